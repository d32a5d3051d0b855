/** Load and validate a config file, reporting every problem at once. */
import { ConfigError, type ConfigIssue } from "../errors.ts";
import { zodIssues } from "./issues.ts";
import { type Config, ConfigSchema } from "./schema.ts";
import { resolveSecrets } from "./secrets.ts";

/** An extra validation step (e.g. guard policies), run after the schema passes. */
export type ConfigCheck = (config: Config) => ConfigIssue[];

/** A loaded config and what was learned while loading it. */
export interface LoadedConfig {
  /** Secrets resolved. */
  config: Config;
  /** As written (secret references intact) — for printing and writing back. */
  raw: Config;
  /** Where it came from (a path, or `embedded default`). */
  source: string;
  /** Resolved secret values, to scrub from logs. */
  secretValues: string[];
}

/** Options for {@link parseConfig} / {@link loadConfigFile}. */
export interface ParseOptions {
  checks?: ConfigCheck[];
  env?: (name: string) => string | undefined;
  /** Skip secret resolution (for commands that only edit the file). */
  resolve?: boolean;
}

/** Parse JSON text and validate it; throws {@link ConfigError} listing every problem. */
export function parseConfig(text: string, source: string, opts: ParseOptions = {}): LoadedConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(source, [{
      path: "$",
      message: `not valid JSON: ${jsonErrorWhere(text, e)}`,
    }]);
  }
  return validateConfig(json, source, opts);
}

/** Validate an already-parsed JSON value. */
export function validateConfig(
  json: unknown,
  source: string,
  opts: ParseOptions = {},
): LoadedConfig {
  const parsed = ConfigSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(source, zodIssues(parsed.error));
  const issues: ConfigIssue[] = [];
  for (const check of opts.checks ?? []) issues.push(...check(parsed.data));
  let config = parsed.data;
  let secretValues: string[] = [];
  if (opts.resolve !== false) {
    const r = resolveSecrets(parsed.data, opts.env ?? ((n) => Deno.env.get(n)));
    issues.push(...r.issues);
    config = r.config;
    secretValues = r.values;
  }
  if (issues.length) throw new ConfigError(source, issues);
  return { config, raw: parsed.data, source, secretValues };
}

/** Read and validate a config file. Returns null when the file does not exist. */
export async function loadConfigFile(
  path: string,
  opts: ParseOptions = {},
): Promise<LoadedConfig | null> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw new ConfigError(path, [{
      path: "$",
      message: `cannot read file: ${(e as Error).message}`,
    }]);
  }
  return parseConfig(text, path, opts);
}

function jsonErrorWhere(text: string, e: unknown): string {
  const msg = (e as Error).message;
  const m = /position (\d+)/.exec(msg);
  if (!m) return msg;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  const col = pos - before.lastIndexOf("\n");
  return `${msg.replace(/ in JSON at position \d+.*$/, "")} at line ${line}, column ${col}`;
}
