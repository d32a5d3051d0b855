/** Server and policy operations within a server set. */
import {
  type Config,
  type Policy,
  PolicySchema,
  type ServerConfig,
  ServerSchema,
} from "../../config/schema.ts";
import { AdminError, notFound } from "../errors.ts";
import { getSet } from "./server_sets.ts";
import { parseInput } from "./validate.ts";

/** Which policy of a server. */
export type PolicyKind = "input" | "output" | "tool";
/** Every policy kind. */
export const POLICY_KINDS: readonly PolicyKind[] = ["input", "output", "tool"];

/** A server as listed. */
export interface ServerRow {
  name: string;
  transport: string;
  target: string;
  tools: string;
  policies: string;
}

/** Rows for every server of a set. */
export function listServers(c: Config, set: string): ServerRow[] {
  return getSet(c, set).servers.map((s) => ({
    name: s.name,
    transport: s.command ? "stdio" : s.type ?? "http",
    target: s.command ? [s.command, ...s.args].join(" ") : s.url ?? "",
    tools: s.tools.length ? s.tools.join(",") : "*",
    policies: POLICY_KINDS.filter((k) => s[`${k}_policy`]).join(",") || "-",
  }));
}

/** One server, or 404. */
export function getServer(c: Config, set: string, name: string): ServerConfig {
  const s = getSet(c, set).servers.find((x) => x.name === name);
  if (!s) {
    throw notFound(
      "server",
      name,
      `in server set "${set}"; list them with smg server list --set ${set}`,
    );
  }
  return s;
}

/** Add a server (validated with the config's ServerSchema). */
export function addServer(c: Config, set: string, input: unknown): ServerConfig {
  const servers = getSet(c, set).servers;
  const s = parseInput(ServerSchema, input, "server");
  if (servers.some((x) => x.name === s.name)) {
    throw new AdminError(
      "conflict",
      `Cannot add server "${s.name}" to set "${set}": a server with this name exists (use smg server update)`,
      "$.name",
    );
  }
  servers.push(s);
  return s;
}

/** Merge `patch` into a server (a null value removes the field), then re-validate it. */
export function updateServer(
  c: Config,
  set: string,
  name: string,
  patch: Record<string, unknown>,
): ServerConfig {
  const servers = getSet(c, set).servers;
  const cur = getServer(c, set, name);
  const merged: Record<string, unknown> = { ...cur };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete merged[k];
    else merged[k] = v;
  }
  return replaceServer(c, set, name, merged, servers.indexOf(cur));
}

/** Replace a server entirely. */
export function replaceServer(
  c: Config,
  set: string,
  name: string,
  input: unknown,
  at?: number,
): ServerConfig {
  const servers = getSet(c, set).servers;
  const i = at ?? servers.indexOf(getServer(c, set, name));
  const s = parseInput(ServerSchema, input, `server "${name}"`);
  if (s.name !== name && servers.some((x) => x.name === s.name)) {
    throw new AdminError(
      "conflict",
      `Cannot rename server "${name}" to "${s.name}": set "${set}" has a server with that name`,
      "$.name",
    );
  }
  servers[i] = s;
  return s;
}

/** Remove one server. */
export function removeServer(c: Config, set: string, name: string): void {
  const servers = getSet(c, set).servers;
  servers.splice(servers.indexOf(getServer(c, set, name)), 1);
}

/** Remove every server of a set; returns how many. */
export function removeAllServers(c: Config, set: string): number {
  const s = getSet(c, set);
  const n = s.servers.length;
  s.servers = [];
  return n;
}

/** The three policies of a server (null when unset). */
export function getPolicies(
  c: Config,
  set: string,
  name: string,
): Record<PolicyKind, Policy | null> {
  const s = getServer(c, set, name);
  return {
    input: s.input_policy ?? null,
    output: s.output_policy ?? null,
    tool: s.tool_policy ?? null,
  };
}

/** Set (or with null, remove) one policy of a server. */
export function setPolicy(
  c: Config,
  set: string,
  name: string,
  kind: PolicyKind,
  input: unknown | null,
): Policy | null {
  if (!POLICY_KINDS.includes(kind)) {
    throw new AdminError("bad_request", `Unknown policy kind "${kind}": use input, output or tool`);
  }
  const s = getServer(c, set, name);
  const field = `${kind}_policy` as const;
  if (input === null) {
    delete s[field];
    return null;
  }
  const p = parseInput(PolicySchema, input, `${kind} policy`);
  s[field] = p;
  return p;
}
