/** Project operations. */
import { z } from "zod";
import { type Config, type Project, ProjectSchema } from "../../config/schema.ts";
import { AdminError, notFound } from "../errors.ts";
import { getSet } from "./server_sets.ts";
import { resolveUser } from "./users.ts";
import { checkId, matches, parseInput, sentOnly } from "./validate.ts";

/** Body of a project creation (the config's ProjectSchema plus its id; name defaults to the id). */
export const ProjectCreateSchema = ProjectSchema.extend({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
});
/** Body of a project change. */
export const ProjectPatchSchema = ProjectSchema.partial().strict();

/** A project as listed. */
export interface ProjectRow {
  id: string;
  name: string;
  server_set: string;
  exposure: string;
  users: number;
  keys: number;
}

/** Every project. */
export function listProjects(c: Config): ProjectRow[] {
  return Object.entries(c.projects).map(([id, p]) => ({
    id,
    name: p.name,
    server_set: p.server_set,
    exposure: p.exposure,
    users: p.users.length,
    keys: Object.values(c.keys).filter((k) => k.project === id).length,
  }));
}

/** One project, or 404. */
export function getProject(c: Config, id: string): Project {
  const p = c.projects[id];
  if (!p) throw notFound("project", id, "list them with smg project list");
  return p;
}

/** Create a project over an existing server set. */
export function createProject(c: Config, input: unknown, now = new Date()): Project {
  const body = parseInput(ProjectCreateSchema, input, "project");
  checkId("project", body.id);
  if (c.projects[body.id]) {
    throw new AdminError("conflict", `Cannot create project "${body.id}": it exists`, "$.id");
  }
  if (!c.server_sets[body.server_set]) {
    throw new AdminError(
      "not_found",
      `Cannot create project "${body.id}": no server set "${body.server_set}" (create it with smg server-set add ${body.server_set})`,
      "$.server_set",
    );
  }
  const users = body.users.map((u) => resolveUser(c, u).id);
  const { id, ...rest } = body;
  c.projects[id] = {
    ...rest,
    name: rest.name ?? id,
    users: [...new Set(users)],
    created_at: rest.created_at ?? now.toISOString(),
  };
  return c.projects[id];
}

/** Change a project's fields (name, description, exposure, server_set, users). */
export function updateProject(c: Config, id: string, patch: unknown): Project {
  const p = getProject(c, id);
  const body = sentOnly(parseInput(ProjectPatchSchema, patch, `project "${id}"`), patch);
  if (body.server_set !== undefined) getSet(c, body.server_set);
  if (body.users) body.users = [...new Set(body.users.map((u) => resolveUser(c, u).id))];
  Object.assign(p, body);
  return p;
}

/** Remove a project; its keys go with it (they could not work without it). Returns deleted key ids. */
export function removeProject(c: Config, id: string): string[] {
  getProject(c, id);
  const keys = Object.entries(c.keys).filter(([, k]) => k.project === id).map(([k]) => k);
  for (const k of keys) delete c.keys[k];
  delete c.projects[id];
  return keys;
}

/** Point a project at another server set. */
export function useSet(c: Config, id: string, set: string): void {
  getSet(c, set);
  getProject(c, id).server_set = set;
}

/** Add a user (id or email) to a project. */
export function addProjectUser(c: Config, id: string, user: string): string {
  const p = getProject(c, id);
  const u = resolveUser(c, user).id;
  if (p.users.includes(u)) {
    throw new AdminError(
      "conflict",
      `Cannot add user "${user}" to project "${id}": already a member`,
    );
  }
  p.users.push(u);
  return u;
}

/** Remove a user from a project; their keys for that project are deleted too. */
export function removeProjectUser(c: Config, id: string, user: string): string[] {
  const p = getProject(c, id);
  const u = resolveUser(c, user).id;
  if (!p.users.includes(u)) {
    throw new AdminError(
      "not_found",
      `Cannot remove user "${user}" from project "${id}": not a member`,
    );
  }
  p.users = p.users.filter((x) => x !== u);
  return dropKeys(c, (k) => k.project === id && k.user === u);
}

/** Remove every user from a project (and their keys for it). */
export function removeAllProjectUsers(c: Config, id: string): { users: string[]; keys: string[] } {
  const p = getProject(c, id);
  const users = p.users;
  p.users = [];
  return { users, keys: dropKeys(c, (k) => k.project === id) };
}

function dropKeys(c: Config, pred: (k: Config["keys"][string]) => boolean): string[] {
  const ids = Object.entries(c.keys).filter(([, k]) => pred(k)).map(([id]) => id);
  for (const id of ids) delete c.keys[id];
  return ids;
}

/** A project with its server set and users (no keys), as portable JSON. */
export function exportProject(c: Config, id: string): Record<string, unknown> {
  const p = getProject(c, id);
  return {
    project: { id, ...p },
    server_set: { name: p.server_set, ...getSet(c, p.server_set) },
    users: Object.fromEntries(p.users.map((u) => [u, c.users[u]])),
  };
}

/** Projects whose id, name or description match. */
export function searchProjects(c: Config, q: string): ProjectRow[] {
  return listProjects(c).filter((r) =>
    matches(q, r.id, r.name, c.projects[r.id].description, r.server_set)
  );
}
