import assert from "node:assert/strict";
import { ConfigError } from "../errors.ts";
import { ConfigCorruptError, ConfigStore } from "./store.ts";

async function fresh(keep = 3): Promise<{ dir: string; store: ConfigStore }> {
  const dir = await Deno.makeTempDir();
  const store = new ConfigStore(`${dir}/config.json`);
  await store.replace({
    version: 1,
    settings: { backups: { keep } },
    users: { u: { email: "u@example.com" } },
  }, { reason: "seed" });
  return { dir, store };
}

Deno.test("ConfigStore.update() validates, writes atomically and keeps the last N backups", async () => {
  const { dir, store } = await fresh(3);
  try {
    for (let i = 0; i < 6; i++) {
      await store.update(
        (c) => void (c.users[`x${i}`] = { email: `x${i}@example.com`, name: "" }),
        { reason: `add x${i}` },
      );
    }
    assert.equal(Object.keys((await store.read()).users).length, 7);
    const backups = await store.listBackups();
    assert.equal(backups.length, 3);
    assert.match(backups[0].name, /^config-\d{4}-.*-add-x5\.json$/);
    const unchanged = await store.update(() => "same", { reason: "noop" });
    assert.equal(unchanged.changed, false);
    assert.equal(unchanged.result, "same");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ConfigStore.update() leaves the file untouched when the change is invalid or the mutator throws", async () => {
  const { dir, store } = await fresh();
  try {
    const before = await Deno.readTextFile(store.path);
    await assert.rejects(
      store.update(
        (c) =>
          void (c.projects.p = {
            name: "p",
            description: "",
            server_set: "ghost",
            exposure: "direct",
            users: [],
          }),
        { reason: "bad" },
      ),
      (e: unknown) => e instanceof ConfigError && e.issues[0].path === "$.projects.p.server_set",
    );
    await assert.rejects(
      store.update(() => {
        throw new Error("boom");
      }, { reason: "throws" }),
      /boom/,
    );
    assert.equal(await Deno.readTextFile(store.path), before);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ConfigStore refuses to overwrite a corrupt file but replace(overwriteInvalid) restores", async () => {
  const { dir, store } = await fresh();
  try {
    await Deno.writeTextFile(store.path, '{"version": 1, "users": {"u": {"email": 5}}}');
    await assert.rejects(
      store.update((c) => void (c.users.v = { email: "v@example.com", name: "" }), { reason: "x" }),
      (e: unknown) =>
        e instanceof ConfigCorruptError && /smg system restore/.test(e.message) &&
        /\$\.users\.u\.email/.test(e.message),
    );
    await assert.rejects(store.replace({ version: 1 }, { reason: "import" }), ConfigCorruptError);
    const r = await store.replace({ version: 1 }, { reason: "restore", overwriteInvalid: true });
    assert.ok(
      r.backup && (await Deno.readTextFile(r.backup)).includes('"email": 5'),
      "the corrupt file is kept as a backup",
    );
    assert.deepEqual((await store.read()).users, {});
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ConfigStore serialises concurrent updates in one process (no lost writes)", async () => {
  const { dir, store } = await fresh();
  const other = new ConfigStore(store.path);
  try {
    await Promise.all(
      Array.from(
        { length: 30 },
        (_, i) =>
          (i % 2 ? store : other).update(
            (c) => void (c.users[`c${i}`] = { email: `c${i}@example.com`, name: "" }),
            { reason: "c" },
          ),
      ),
    );
    assert.equal(Object.keys((await store.read()).users).length, 31);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ConfigStore keeps secret references as written", async () => {
  const { dir, store } = await fresh();
  try {
    await store.update((c) => {
      c.server_sets.s = { description: "", servers: [] };
      c.settings.cache.redis_url = { env: "SMG_TEST_UNSET_REDIS" };
    }, { reason: "ref" });
    assert.match(
      await Deno.readTextFile(store.path),
      /"redis_url": \{\s*"env": "SMG_TEST_UNSET_REDIS"/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
