/** Shared helpers for the admin commands: config option, output, confirmation, error mapping. */
import type { Command } from "commander";
import { configPath } from "../../config/paths.ts";
import { ConfigStore, type UpdateResult } from "../../config/store.ts";
import type { Config } from "../../config/schema.ts";
import { UsageError } from "../../errors.ts";
import { sanitizeForTerminal } from "../../log/logger.ts";
import { AdminError } from "../../admin/errors.ts";
import { CONFIG_CHECKS } from "../load.ts";

/** Parsed options of a command. */
export type Opts = Record<string, unknown>;

/** The store for the config the user pointed at. */
export function storeFor(o: Opts): ConfigStore {
  return new ConfigStore(configPath(o.config as string | undefined), { checks: CONFIG_CHECKS });
}

/** Apply a change through the store. */
export async function change<T>(
  o: Opts,
  reason: string,
  fn: (c: Config) => T | Promise<T>,
): Promise<UpdateResult<T>> {
  return await storeFor(o).update(fn, { reason });
}

/** Print a line on stdout. */
export function out(s: string): void {
  console.log(s);
}

/** Print a line on stderr. */
export function note(s: string): void {
  console.error(sanitizeForTerminal(s));
}

/** Print `data` as JSON with --json, else as `text()`. */
export function show(o: Opts, data: unknown, text: () => string): void {
  out(o.json ? JSON.stringify(data, null, 2) : text());
}

/** A plain text table (cells stripped of control characters). */
export function table(rows: object[]): string {
  if (!rows.length) return "(none)";
  const recs = rows as Record<string, unknown>[];
  const cols = Object.keys(recs[0]);
  const cell = (v: unknown) =>
    sanitizeForTerminal(
      v === undefined || v === null ? "" : Array.isArray(v) ? v.join(",") : String(v),
    );
  const w = cols.map((c) => Math.max(c.length, ...recs.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(w[i])).join("  ").trimEnd();
  return [
    line(cols.map((c) => c.toUpperCase())),
    ...recs.map((r) => line(cols.map((c) => cell(r[c])))),
  ].join("\n");
}

/** JSON of an object, sanitized for the terminal. */
export function pretty(v: unknown): string {
  return sanitizeForTerminal(JSON.stringify(v, null, 2)).replace(/\\n/g, "\\n");
}

/** Ask before a destructive action: --yes skips; without a terminal the action is refused (exit 2). */
export function confirm(o: Opts, what: string): void {
  if (o.yes || o.confirm) return;
  if (!Deno.stdin.isTerminal()) {
    throw new UsageError(
      `Refusing to ${what} without confirmation: pass --yes (stdin is not a terminal)`,
    );
  }
  const answer = prompt(`About to ${what}. Type "yes" to continue:`);
  if (answer?.trim().toLowerCase() !== "yes") throw new UsageError(`Cancelled: did not ${what}`);
}

/** Collect a repeatable option. */
export function collect(v: string, prev: string[] = []): string[] {
  return [...prev, v];
}

/** Parse `K=V` pairs. */
export function pairs(list: unknown, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of (list as string[] | undefined) ?? []) {
    const i = item.indexOf("=");
    if (i <= 0) throw new UsageError(`Invalid ${flag} "${item}": use NAME=VALUE`);
    out[item.slice(0, i)] = item.slice(i + 1);
  }
  return out;
}

/** Add a subcommand with --config, a description and an example. */
export function leaf(parent: Command, spec: string, desc: string, example: string): Command {
  return parent.command(spec)
    .exitOverride() // commander errors reach runCli, which maps them to exit 2
    .description(desc)
    .option("-c, --config <path>", "config file (default: $SMG_CONFIG or ~/.smg/config.json)")
    .addHelpText("after", `\nExample:\n  ${example}`);
}

/** Add a command group (e.g. `smg key`). */
export function group(parent: Command, name: string, desc: string): Command {
  return parent.command(name).description(desc).exitOverride();
}

/** Set an async action: positional args and options; AdminError 400/422 becomes a usage error (exit 2). */
export function act(cmd: Command, fn: (args: string[], o: Opts) => Promise<void> | void): Command {
  return cmd.action(async (...a: unknown[]) => {
    const command = a.at(-1) as Command;
    const args = a.slice(0, -2) as string[];
    try {
      await fn(args, command.opts());
    } catch (e) {
      if (e instanceof AdminError && (e.status === 400 || e.status === 422)) {
        throw new UsageError(e.message);
      }
      throw e;
    }
  });
}

/** Read JSON from a file or `-` (stdin). */
export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = file === "-"
      ? await new Response(Deno.stdin.readable).text()
      : await Deno.readTextFile(file);
  } catch (e) {
    throw new UsageError(`Cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`Cannot parse ${file}: not valid JSON (${(e as Error).message})`);
  }
}
