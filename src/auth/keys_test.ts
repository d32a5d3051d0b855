import assert from "node:assert/strict";
import { validateConfig } from "../config/load.ts";
import { generateKey, hashKey, KeyIndex, keyMatchesHash } from "./keys.ts";

Deno.test("generateKey() makes distinct smg_ keys stored only as sha256", () => {
  const a = generateKey(), b = generateKey();
  assert.match(a.key, /^smg_[A-Za-z0-9]{43}$/);
  assert.notEqual(a.key, b.key);
  assert.equal(a.hash, hashKey(a.key));
  assert.ok(!a.hash.includes(a.key));
  assert.ok(keyMatchesHash(a.key, a.hash));
  assert.ok(!keyMatchesHash(b.key, a.hash));
});

Deno.test("KeyIndex.authenticate() enforces unknown, disabled and expired keys", () => {
  const k = { ok: generateKey(), off: generateKey(), old: generateKey(), soon: generateKey() };
  const rec = (g: { hash: string; prefix: string }, extra = {}) => ({
    hash: g.hash,
    prefix: g.prefix,
    project: "p",
    user: "u",
    ...extra,
  });
  const { config } = validateConfig({
    server_sets: { s: { servers: [] } },
    projects: { p: { name: "P", server_set: "s" } },
    users: { u: { email: "a@b.co" } },
    keys: {
      ok: rec(k.ok),
      off: rec(k.off, { disabled: true }),
      old: rec(k.old, { expires_at: "2020-01-01T00:00:00Z" }),
      soon: rec(k.soon, { expires_at: "2030-01-01T00:00:00Z" }),
    },
  }, "t");
  const idx = new KeyIndex(config);
  assert.deepEqual(idx.authenticate(k.ok.key), { keyId: "ok", projectId: "p", userId: "u" });
  assert.equal(idx.authenticate(`  ${k.soon.key} `).keyId, "soon");
  assert.throws(() => idx.authenticate(undefined), { code: "key_missing" });
  assert.throws(() => idx.authenticate("smg_nope"), { code: "key_invalid" });
  assert.throws(() => idx.authenticate(k.off.key), { code: "key_disabled" });
  assert.throws(() => idx.authenticate(k.old.key), { code: "key_expired" });
  assert.throws(() => idx.authenticate(k.soon.key, Date.parse("2031-01-01")), {
    code: "key_expired",
  });
});
