/** Gateway key operations. The plain key exists only in the return value of create/rotate. */
import { z } from "zod";
import { generateKey, hashKey } from "../../auth/keys.ts";
import { type Config, type KeyRecord, KeySchema } from "../../config/schema.ts";
import { AdminError } from "../errors.ts";
import { parseDuration } from "./duration.ts";
import { getProject } from "./projects.ts";
import { resolveUser } from "./users.ts";
import { parseInput } from "./validate.ts";

/** Body of a key creation: the config's key fields plus `expires_in` (e.g. `30d`). */
export const KeyCreateSchema = KeySchema.pick({
  project: true,
  user: true,
  name: true,
  expires_at: true,
})
  .extend({ expires_in: z.string().optional() });

/** A key as listed (never the key or its hash). */
export interface KeyRow {
  id: string;
  prefix: string;
  name: string;
  user: string;
  email: string;
  project: string;
  created: string;
  last_used: string;
  status: "active" | "disabled" | "expired";
  expires: string;
}

/** A newly issued key: show `key` once. */
export interface IssuedKey {
  id: string;
  key: string;
  record: KeyRecord;
}

/** Find a key by id, prefix (unique) or the full key. */
export function resolveKey(c: Config, ref: string): { id: string; record: KeyRecord } {
  if (c.keys[ref]) return { id: ref, record: c.keys[ref] };
  if (/^smg_[A-Za-z0-9]{43}$/.test(ref)) {
    const h = hashKey(ref);
    const hit = Object.entries(c.keys).find(([, k]) => k.hash === h);
    if (hit) return { id: hit[0], record: hit[1] };
  }
  const hits = Object.entries(c.keys).filter(([, k]) =>
    ref.length >= 6 && k.prefix.startsWith(ref.replace(/…$/, ""))
  );
  if (hits.length === 1) return { id: hits[0][0], record: hits[0][1] };
  if (hits.length > 1) {
    throw new AdminError(
      "conflict",
      `Key prefix "${ref}" is ambiguous (${hits.length} keys): use the key id`,
    );
  }
  throw new AdminError(
    "not_found",
    `No key "${ref}" (by id or prefix; list them with smg key list)`,
  );
}

function newId(c: Config, prefix: string): string {
  let id = `k_${prefix.slice(4)}`;
  while (c.keys[id]) id = `k_${prefix.slice(4)}${crypto.randomUUID().slice(0, 4)}`;
  return id;
}

/** Issue a key for a user of a project. */
export function createKey(c: Config, input: unknown, now = new Date()): IssuedKey {
  const body = parseInput(KeyCreateSchema, input, "key");
  getProject(c, body.project);
  const { id: userId } = resolveUser(c, body.user);
  if (!c.projects[body.project].users.includes(userId)) {
    throw new AdminError(
      "conflict",
      `Cannot create a key for "${body.user}" in project "${body.project}": not a member (add with smg project add-user ${body.project} ${body.user})`,
      "$.user",
    );
  }
  let expires = body.expires_at;
  if (body.expires_in) {
    expires = new Date(now.getTime() + parseDuration(body.expires_in)).toISOString();
  }
  const g = generateKey();
  const id = newId(c, g.prefix);
  const record: KeyRecord = {
    hash: g.hash,
    prefix: g.prefix,
    name: body.name ?? "",
    project: body.project,
    user: userId,
    disabled: false,
    ...(expires ? { expires_at: expires } : {}),
    created_at: now.toISOString(),
  };
  c.keys[id] = record;
  return { id, key: g.key, record };
}

/** Replace a key's secret (same id, owner, project); the old key stops working. */
export function rotateKey(c: Config, ref: string, now = new Date()): IssuedKey {
  const { id, record } = resolveKey(c, ref);
  const g = generateKey();
  record.hash = g.hash;
  record.prefix = g.prefix;
  record.created_at = now.toISOString();
  return { id, key: g.key, record };
}

/** Disable or enable a key. */
export function setKeyDisabled(
  c: Config,
  ref: string,
  disabled: boolean,
): { id: string; record: KeyRecord } {
  const k = resolveKey(c, ref);
  k.record.disabled = disabled;
  return k;
}

/** Delete one key. */
export function deleteKey(c: Config, ref: string): string {
  const { id } = resolveKey(c, ref);
  delete c.keys[id];
  return id;
}

/** Delete every key, optionally only of a project and/or a user. */
export function deleteAllKeys(
  c: Config,
  filter: { project?: string; user?: string } = {},
): string[] {
  const userId = filter.user ? resolveUser(c, filter.user).id : undefined;
  const ids = Object.entries(c.keys)
    .filter(([, k]) =>
      (!filter.project || k.project === filter.project) && (!userId || k.user === userId)
    )
    .map(([id]) => id);
  for (const id of ids) delete c.keys[id];
  return ids;
}

/** Rows for listing; `lastUsed` maps key id → ISO time (from the usage file). */
export function listKeys(
  c: Config,
  opts: { project?: string; user?: string; lastUsed?: Record<string, string>; now?: number } = {},
): KeyRow[] {
  const now = opts.now ?? Date.now();
  const userId = opts.user ? resolveUser(c, opts.user).id : undefined;
  return Object.entries(c.keys)
    .filter(([, k]) =>
      (!opts.project || k.project === opts.project) && (!userId || k.user === userId)
    )
    .map(([id, k]) => ({
      id,
      prefix: `${k.prefix}…`,
      name: k.name,
      user: k.user,
      email: c.users[k.user]?.email ?? "",
      project: k.project,
      created: k.created_at ?? "-",
      last_used: opts.lastUsed?.[id] ?? "-",
      status: k.disabled
        ? "disabled"
        : k.expires_at && Date.parse(k.expires_at) <= now
        ? "expired"
        : "active",
      expires: k.expires_at ?? "never",
    }));
}

/** Create (when absent) or rotate the admin key; returns the plain key (show once). */
export function setAdminKey(c: Config, mode: "create" | "rotate"): { key: string; prefix: string } {
  if (mode === "create" && c.admin_key) {
    throw new AdminError(
      "conflict",
      `Cannot create the admin key: one exists (${c.admin_key.prefix}…); rotate it with smg admin key rotate`,
    );
  }
  if (mode === "rotate" && !c.admin_key) {
    throw new AdminError(
      "not_found",
      "Cannot rotate the admin key: none exists (create it with smg admin key create)",
    );
  }
  const g = generateKey("smgadm");
  c.admin_key = { hash: g.hash, prefix: g.prefix };
  return { key: g.key, prefix: g.prefix };
}
