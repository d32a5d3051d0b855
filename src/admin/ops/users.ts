/** User operations. Users are referred to by id or email. */
import { z } from "zod";
import { type Config, type User, UserSchema } from "../../config/schema.ts";
import { AdminError } from "../errors.ts";
import { checkId, matches, parseInput, sentOnly } from "./validate.ts";

/** Body of a user creation (the config's UserSchema plus an optional id). */
export const UserCreateSchema = UserSchema.extend({ id: z.string().min(1).optional() });
/** Body of a user change. */
export const UserPatchSchema = UserSchema.partial().strict();

/** A user as listed. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  projects: string[];
  keys: number;
}

/** Find a user by id or email, or 404. */
export function resolveUser(c: Config, ref: string): { id: string; user: User } {
  if (c.users[ref]) return { id: ref, user: c.users[ref] };
  const lower = ref.toLowerCase();
  const hit = Object.entries(c.users).find(([, u]) => u.email.toLowerCase() === lower);
  if (hit) return { id: hit[0], user: hit[1] };
  throw new AdminError(
    "not_found",
    `No user "${ref}" (by id or email; list them with smg user list)`,
  );
}

function row(c: Config, id: string, u: User): UserRow {
  return {
    id,
    email: u.email,
    name: u.name,
    projects: Object.entries(c.projects).filter(([, p]) => p.users.includes(id)).map(([pid]) =>
      pid
    ),
    keys: Object.values(c.keys).filter((k) => k.user === id).length,
  };
}

/** Every user. */
export function listUsers(c: Config): UserRow[] {
  return Object.entries(c.users).map(([id, u]) => row(c, id, u));
}

/** One user with projects and key count. */
export function getUser(c: Config, ref: string): UserRow {
  const { id, user } = resolveUser(c, ref);
  return row(c, id, user);
}

function checkEmailFree(
  c: Config,
  email: string,
  except: string | undefined,
  action: string,
): void {
  const lower = email.toLowerCase();
  const hit = Object.entries(c.users).find(([id, u]) =>
    id !== except && u.email.toLowerCase() === lower
  );
  if (hit) {
    throw new AdminError(
      "conflict",
      `Cannot ${action} "${email}": a user with this email exists (id ${hit[0]})`,
      "$.email",
    );
  }
}

/** Create a user; the id defaults to a short random one. */
export function createUser(
  c: Config,
  input: unknown,
  now = new Date(),
): { id: string; user: User } {
  const body = parseInput(UserCreateSchema, input, "user");
  const { id: given, ...rest } = body;
  checkEmailFree(c, rest.email, undefined, "add user");
  let id = given;
  if (id) {
    checkId("user", id);
    if (c.users[id]) {
      throw new AdminError(
        "conflict",
        `Cannot add user "${rest.email}": the id "${id}" is taken`,
        "$.id",
      );
    }
  } else {
    do id = `u_${crypto.randomUUID().replaceAll("-", "").slice(0, 10)}`; while (c.users[id]);
  }
  c.users[id] = { ...rest, created_at: rest.created_at ?? now.toISOString() };
  return { id, user: c.users[id] };
}

/** Change a user's email or name. */
export function updateUser(c: Config, ref: string, patch: unknown): { id: string; user: User } {
  const { id, user } = resolveUser(c, ref);
  const body = sentOnly(parseInput(UserPatchSchema, patch, `user "${ref}"`), patch);
  if (body.email) checkEmailFree(c, body.email, id, "change email to");
  Object.assign(user, body);
  return { id, user };
}

/**
 * Delete a user. A member of projects or an owner of keys is refused unless `force`, which also
 * removes them from projects and deletes their keys.
 */
export function deleteUser(
  c: Config,
  ref: string,
  force = false,
): { id: string; projects: string[]; keys: string[] } {
  const { id } = resolveUser(c, ref);
  const projects = Object.entries(c.projects).filter(([, p]) => p.users.includes(id)).map(([pid]) =>
    pid
  );
  const keys = Object.entries(c.keys).filter(([, k]) => k.user === id).map(([kid]) => kid);
  if ((projects.length || keys.length) && !force) {
    throw new AdminError(
      "conflict",
      `Cannot delete user "${ref}": member of ${projects.length} project(s) and owner of ${keys.length} key(s) (use --force to remove them too)`,
    );
  }
  for (const pid of projects) c.projects[pid].users = c.projects[pid].users.filter((u) => u !== id);
  for (const k of keys) delete c.keys[k];
  delete c.users[id];
  return { id, projects, keys };
}

/** Users whose id, email or name match. */
export function searchUsers(c: Config, q: string): UserRow[] {
  return listUsers(c).filter((u) => matches(q, u.id, u.email, u.name));
}
