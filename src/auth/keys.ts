/**
 * Gateway and admin keys. Keys are 256-bit random strings, so a SHA-256 hash is enough to store
 * them (no slow KDF needed); only the hash and a short prefix are kept.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { AuthError } from "../errors.ts";
import type { Config, KeyRecord } from "../config/schema.ts";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A newly generated key: the plain value (show once) and what to store. */
export interface NewKey {
  key: string;
  hash: string;
  prefix: string;
}

/** Generate a key such as `smg_` + 43 random base62 characters. */
export function generateKey(kind: "smg" | "smgadm" = "smg"): NewKey {
  const bytes = crypto.getRandomValues(new Uint8Array(43));
  let body = "";
  // 62 * 4 = 248 < 256: reject bytes >= 248 to avoid modulo bias.
  for (let i = 0; body.length < 43; i++) {
    if (i >= bytes.length) {
      crypto.getRandomValues(bytes);
      i = 0;
    }
    if (bytes[i] < 248) body += ALPHABET[bytes[i] % 62];
  }
  const key = `${kind}_${body}`;
  return { key, hash: hashKey(key), prefix: key.slice(0, kind.length + 5) };
}

/** `sha256:<hex>` of a key. Synchronous (node:crypto) so the hot path need not await. */
export function hashKey(key: string): string {
  return `sha256:${sha256Hex(key)}`;
}

function sha256Hex(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

/** Constant-time comparison of a presented key with a stored hash. */
export function keyMatchesHash(key: string, storedHash: string): boolean {
  const a = new TextEncoder().encode(hashKey(key));
  const b = new TextEncoder().encode(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Who a valid gateway key belongs to. */
export interface Principal {
  keyId: string;
  projectId: string;
  userId: string;
}

/** An index from key hash to key id, rebuilt when the config changes. */
export class KeyIndex {
  #byHash = new Map<string, string>();
  #config: Config;

  constructor(config: Config) {
    this.#config = config;
    for (const [id, k] of Object.entries(config.keys)) this.#byHash.set(k.hash, id);
  }

  /**
   * Authenticate a presented key at time `now`.
   * Lookup is by hash: the map lookup leaks nothing about the key itself.
   */
  authenticate(presented: string | undefined | null, now = Date.now()): Principal {
    if (!presented) {
      throw new AuthError(
        "key_missing",
        "Missing gateway key: send Authorization: Bearer <key> (HTTP) or set SMG_GATEWAY_KEY (stdio)",
      );
    }
    const id = this.#byHash.get(hashKey(presented.trim()));
    if (!id) {
      throw new AuthError(
        "key_invalid",
        "Invalid gateway key: no such key (check for typos, or create one with smg key create)",
      );
    }
    return this.check(id, now);
  }

  /** Re-check a key by id against the current config (sessions do this on every request). */
  check(id: string, now = Date.now()): Principal {
    const rec: KeyRecord | undefined = this.#config.keys[id];
    if (!rec) throw new AuthError("key_invalid", "Gateway key was deleted: use another key");
    if (rec.disabled) {
      throw new AuthError(
        "key_disabled",
        `Gateway key ${rec.prefix}… is disabled: enable it or use another key`,
      );
    }
    if (rec.expires_at && Date.parse(rec.expires_at) <= now) {
      throw new AuthError(
        "key_expired",
        `Gateway key ${rec.prefix}… expired at ${rec.expires_at}: rotate it with smg key rotate`,
      );
    }
    if (!this.#config.projects[rec.project]) {
      throw new AuthError(
        "key_invalid",
        `Gateway key ${rec.prefix}… belongs to project "${rec.project}" which no longer exists`,
      );
    }
    return { keyId: id, projectId: rec.project, userId: rec.user };
  }
}
