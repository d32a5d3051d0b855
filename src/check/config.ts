/**
 * Configs for the red-team suite: one project per scenario (its attack server plus any twin), the
 * policies under test on every server, and which policies a user's own config contributes.
 *
 * How `smg check --config FILE` maps a user's config onto the scenarios (the bundled attack servers
 * replace the user's servers; only policies and settings are taken):
 *  1. `--policy-from NAME`: the input/output/tool policies of server NAME (any server set), each
 *     level falling back to `settings.default_policies` like the gateway does;
 *  2. otherwise `settings.default_policies`, when it sets any level;
 *  3. otherwise the policies shared by every server of the config, when they are all identical;
 *  4. otherwise a usage error asking for `--policy-from`.
 * Settings come along (cache, timeouts) except the pins file (a fresh temp file per run, so the
 * user's pins are never touched), the audit log (not written) and the log level (errors only).
 */
import type { Config, ConfigInput, Policy, ServerConfig } from "../config/schema.ts";
import { UsageError } from "../errors.ts";
import { recommendedPolicies } from "../guardrails/recommended.ts";
import type { Scenario, ScenarioServer } from "./types.ts";

/** The policies applied to every scenario server (a missing level means no policy). */
export interface CheckPolicies {
  input_policy?: Partial<Policy>;
  output_policy?: Partial<Policy>;
  tool_policy?: Partial<Policy>;
}

/** Policies plus a label saying where they came from. */
export interface PolicyChoice {
  policies: CheckPolicies;
  source: string;
  /** Settings to keep from the user's config (already stripped of pins/audit/log level). */
  settings?: Record<string, unknown>;
}

/** The default: recommended policies on every server. */
export function recommendedChoice(): PolicyChoice {
  return { policies: recommendedPolicies(), source: "recommended policies" };
}

const LEVELS = ["input_policy", "output_policy", "tool_policy"] as const;

function pick(
  o: { input_policy?: Policy; output_policy?: Policy; tool_policy?: Policy },
): CheckPolicies {
  const out: CheckPolicies = {};
  for (const l of LEVELS) if (o[l]) out[l] = structuredClone(o[l]);
  return out;
}

/** Choose the policies and settings of a user's (validated, secrets resolved) config. */
export function choiceFromConfig(
  config: Config,
  source: string,
  policyFrom?: string,
): PolicyChoice {
  const defaults = config.settings.default_policies ?? {};
  const servers: ServerConfig[] = Object.values(config.server_sets).flatMap((s) => s.servers);
  const { pins_file: _p, audit_log: _a, log_level: _l, ...settings } = structuredClone(
    config.settings,
  );
  if (policyFrom) {
    const s = servers.find((x) => x.name === policyFrom);
    if (!s) {
      const names = [...new Set(servers.map((x) => `"${x.name}"`))].join(", ") || "none";
      throw new UsageError(
        `Cannot use --policy-from "${policyFrom}": no such server in ${source} (servers: ${names})`,
      );
    }
    const merged = pick({
      input_policy: s.input_policy ?? defaults.input_policy,
      output_policy: s.output_policy ?? defaults.output_policy,
      tool_policy: s.tool_policy ?? defaults.tool_policy,
    });
    return {
      policies: merged,
      source: `policies of server "${policyFrom}" in ${source}`,
      settings,
    };
  }
  if (LEVELS.some((l) => defaults[l])) {
    return { policies: pick(defaults), source: `settings.default_policies of ${source}`, settings };
  }
  const distinct = new Set(servers.map((s) => JSON.stringify(pick(s))));
  if (servers.length > 0 && distinct.size === 1) {
    return { policies: pick(servers[0]), source: `the servers' policies in ${source}`, settings };
  }
  throw new UsageError(
    servers.length
      ? `Cannot choose policies from ${source}: it has no settings.default_policies and its servers' policies differ (pass --policy-from SERVER)`
      : `Cannot choose policies from ${source}: it has no servers and no settings.default_policies`,
  );
}

/** Config entries of a scenario's servers, each carrying the policies under test. */
export function scenarioServers(s: Scenario, policies: CheckPolicies): Record<string, unknown>[] {
  const all: ScenarioServer[] = [
    { name: s.name, bundled: s.name, toolCallMs: s.toolCallMs },
    ...(s.extraServers ?? []),
  ];
  return all.map((x) => ({
    name: x.name,
    command: "smg",
    args: ["bad-mcp", "run", x.bundled],
    ...structuredClone(policies),
    ...(x.toolCallMs ? { timeouts: { tool_call_ms: x.toolCallMs } } : {}),
  }));
}

/** A gateway key for one scenario project (only hash and prefix go into the config). */
export interface ProjectKey {
  hash: string;
  prefix: string;
}

/** Build a config with one project per scenario (`exposure: both`, so smg_discover_tools works). */
export function scenarioConfig(
  scenarios: readonly Scenario[],
  keys: ReadonlyMap<string, ProjectKey>,
  opts: { policies: CheckPolicies; pinsFile: string; settings?: Record<string, unknown> },
): ConfigInput {
  const server_sets: Record<string, unknown> = {};
  const projects: Record<string, unknown> = {};
  const keyRecords: Record<string, unknown> = {};
  for (const s of scenarios) {
    const k = keys.get(s.name);
    if (!k) throw new Error(`No key for scenario "${s.name}"`);
    server_sets[s.name] = { description: s.threat, servers: scenarioServers(s, opts.policies) };
    projects[s.name] = {
      name: `check ${s.name}`,
      server_set: s.name,
      exposure: "both",
      users: ["check"],
    };
    keyRecords[s.name] = { hash: k.hash, prefix: k.prefix, project: s.name, user: "check" };
  }
  return {
    version: 1,
    settings: {
      ...(opts.settings ?? {}),
      log_level: "error",
      pins_file: opts.pinsFile,
    } as ConfigInput["settings"],
    server_sets: server_sets as ConfigInput["server_sets"],
    projects: projects as ConfigInput["projects"],
    users: { check: { email: "check@example.com", name: "smg check" } },
    keys: keyRecords as ConfigInput["keys"],
  };
}
