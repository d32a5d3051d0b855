/** Server set operations (pure: they edit a config in place). */
import type { Config, ServerSet } from "../../config/schema.ts";
import { AdminError, notFound } from "../errors.ts";
import { checkId, matches } from "./validate.ts";

/** A server set as listed. */
export interface SetRow {
  name: string;
  description: string;
  servers: number;
  projects: string[];
}

function projectsUsing(c: Config, name: string): string[] {
  return Object.entries(c.projects).filter(([, p]) => p.server_set === name).map(([id]) => id);
}

/** Every server set. */
export function listSets(c: Config): SetRow[] {
  return Object.entries(c.server_sets).map(([name, s]) => ({
    name,
    description: s.description,
    servers: s.servers.length,
    projects: projectsUsing(c, name),
  }));
}

/** One server set, or 404. */
export function getSet(c: Config, name: string): ServerSet {
  const s = c.server_sets[name];
  if (!s) throw notFound("server set", name, "list them with smg server-set list");
  return s;
}

/** Add an empty (or given) server set. */
export function addSet(c: Config, name: string, set: Partial<ServerSet> = {}): ServerSet {
  checkId("server set", name);
  if (c.server_sets[name]) {
    throw new AdminError(
      "conflict",
      `Cannot add server set "${name}": it exists (pick another name or use smg server-set get ${name})`,
    );
  }
  c.server_sets[name] = { description: set.description ?? "", servers: set.servers ?? [] };
  return c.server_sets[name];
}

/** Copy a server set under a new name. */
export function copySet(c: Config, from: string, to: string): ServerSet {
  const src = getSet(c, from);
  checkId("server set", to);
  if (c.server_sets[to]) {
    throw new AdminError("conflict", `Cannot copy server set "${from}" to "${to}": "${to}" exists`);
  }
  c.server_sets[to] = structuredClone(src);
  return c.server_sets[to];
}

/** Rename a server set; projects using it follow. */
export function renameSet(c: Config, from: string, to: string): string[] {
  const src = getSet(c, from);
  checkId("server set", to);
  if (from === to) return [];
  if (c.server_sets[to]) {
    throw new AdminError(
      "conflict",
      `Cannot rename server set "${from}" to "${to}": "${to}" exists`,
    );
  }
  c.server_sets[to] = src;
  delete c.server_sets[from];
  const moved = projectsUsing(c, from);
  for (const id of moved) c.projects[id].server_set = to;
  return moved;
}

/** Remove a server set that no project uses. */
export function removeSet(c: Config, name: string): void {
  getSet(c, name);
  const users = projectsUsing(c, name);
  if (users.length) {
    throw new AdminError(
      "conflict",
      `Cannot remove server set "${name}": used by project(s) ${
        users.map((u) => `"${u}"`).join(", ")
      } (move them with smg project use-set PROJECT SET first)`,
    );
  }
  delete c.server_sets[name];
}

/** Server sets whose name, description or server names match. */
export function searchSets(c: Config, q: string): SetRow[] {
  return listSets(c).filter((r) =>
    matches(q, r.name, r.description, ...c.server_sets[r.name].servers.map((s) => s.name))
  );
}
