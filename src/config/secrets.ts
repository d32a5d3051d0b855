/**
 * Secret references in config: `{"env": "NAME"}` is resolved at load; literal secrets are
 * masked whenever a config is printed.
 */
import type { ConfigIssue } from "../errors.ts";
import type { Config, Secret } from "./schema.ts";
import { jsonPath } from "./issues.ts";

/** The mask shown in place of a secret value. */
export const MASK = "********";

/** Result of resolving secret references. */
export interface ResolvedSecrets {
  /** A copy of the config with every `{env}` reference replaced by its value. */
  config: Config;
  /** Missing environment variables, with paths. */
  issues: ConfigIssue[];
  /** Every resolved secret value (for log scrubbing). */
  values: string[];
}

/** Return a secret's literal value (after resolution every secret is a string). */
export function secretValue(s: Secret | undefined): string | undefined {
  if (s === undefined) return undefined;
  if (typeof s === "string") return s;
  throw new Error(`Secret reference {"env": "${s.env}"} was not resolved`);
}

type Visit = (value: Secret, path: PropertyKey[]) => Secret;

/** Apply `visit` to every secret-bearing field of the config (returns a deep copy). */
export function mapSecrets(config: Config, visit: Visit): Config {
  const c: Config = structuredClone(config);
  const redis = c.settings.cache.redis_url;
  if (redis !== undefined) {
    c.settings.cache.redis_url = visit(redis, ["settings", "cache", "redis_url"]);
  }
  for (const [setName, set] of Object.entries(c.server_sets)) {
    set.servers.forEach((s, i) => {
      const base = ["server_sets", setName, "servers", i];
      for (const k of Object.keys(s.env)) s.env[k] = visit(s.env[k], [...base, "env", k]);
      for (const k of Object.keys(s.headers)) {
        s.headers[k] = visit(s.headers[k], [...base, "headers", k]);
      }
      if (s.oauth?.client_secret !== undefined) {
        s.oauth.client_secret = visit(s.oauth.client_secret, [...base, "oauth", "client_secret"]);
      }
      if (s.oauth?.access_token !== undefined) {
        s.oauth.access_token = visit(s.oauth.access_token, [...base, "oauth", "access_token"]);
      }
    });
  }
  return c;
}

/** Resolve `{"env": NAME}` references from `env`, reporting every missing variable. */
export function resolveSecrets(
  config: Config,
  env: (name: string) => string | undefined,
): ResolvedSecrets {
  const issues: ConfigIssue[] = [];
  const values: string[] = [];
  const resolved = mapSecrets(config, (v, path) => {
    if (typeof v === "string") {
      if (v.length >= 4) values.push(v);
      return v;
    }
    const val = env(v.env);
    if (val === undefined) {
      issues.push({
        path: jsonPath(path),
        message: `environment variable ${v.env} is not set`,
        hint: `export ${v.env}=... before starting smg, or replace the reference`,
      });
      return "";
    }
    if (val.length >= 4) values.push(val);
    return val;
  });
  return { config: resolved, issues, values };
}

/** Mask literal secrets for printing; references stay visible (they are not secret). */
export function maskSecrets(config: Config): Config {
  return mapSecrets(config, (v) => (typeof v === "string" ? (v === "" ? v : MASK) : v));
}
