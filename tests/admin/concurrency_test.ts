/** The store under contention: CLI processes and API requests at once, and writers killed mid-write. */
import assert from "node:assert/strict";
import { keyMatchesHash } from "../../src/auth/keys.ts";
import { setAdminKey } from "../../src/admin/ops/keys.ts";
import { startAdminServer } from "../../src/admin/server.ts";
import { validateConfig } from "../../src/config/load.ts";
import { ConfigStore } from "../../src/config/store.ts";
import { DENO_DIR } from "../helpers/gateway.ts";
import { smg, tempHome } from "./_cli.ts";

Deno.test("50 key creations in parallel (25 CLI processes + 25 API calls) all land in a valid file", async () => {
  const { home, config } = await tempHome();
  const store = new ConfigStore(config);
  const adminKey =
    (await store.update((c) => setAdminKey(c, "create"), { reason: "test" })).result.key;
  const server = await startAdminServer({ store, hostname: "127.0.0.1", port: 0 });
  try {
    const apiCalls = Array.from(
      { length: 25 },
      (_, i) =>
        fetch(`http://127.0.0.1:${server.port}/api/v1/keys`, {
          method: "POST",
          headers: { authorization: `Bearer ${adminKey}`, "content-type": "application/json" },
          body: JSON.stringify({ project: "default", user: "demo", name: `api-${i}` }),
        }).then(async (r) => {
          assert.equal(r.status, 201);
          return (await r.json()).key as string;
        }),
    );
    const cliKeys: string[] = [];
    const cli = (async () => {
      for (let b = 0; b < 25; b += 8) {
        const batch = Array.from(
          { length: Math.min(8, 25 - b) },
          (_, j) =>
            smg(home, [
              "key",
              "create",
              "--project",
              "default",
              "--user",
              "demo",
              "--name",
              `cli-${b + j}`,
              "--json",
            ]),
        );
        for (const r of await Promise.all(batch)) {
          assert.equal(r.code, 0, r.stderr);
          cliKeys.push(JSON.parse(r.stdout).key);
        }
      }
    })();
    const [apiKeys] = await Promise.all([Promise.all(apiCalls), cli]);
    const text = await Deno.readTextFile(config);
    const c = validateConfig(JSON.parse(text), config, { resolve: false }).raw;
    const records = Object.values(c.keys);
    assert.equal(records.length, 51, "the initial key and all 50 new ones");
    for (const k of [...apiKeys, ...cliKeys]) {
      assert.ok(records.some((r) => keyMatchesHash(k, r.hash)), "every issued key is stored");
    }
    assert.equal(new Set(records.map((r) => r.name)).size, 51);
    const backups = await store.listBackups();
    assert.equal(
      backups.length,
      c.settings.backups.keep,
      "backups pruned to settings.backups.keep",
    );
  } finally {
    await server.shutdown();
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("kill -9 of a writer mid-write never leaves a torn or invalid file", async () => {
  const { home, config } = await tempHome();
  // A writer that keeps creating users through the store until killed.
  const script = `${home}/writer.ts`;
  const storeUrl = new URL("../../src/config/store.ts", import.meta.url).href;
  await Deno.writeTextFile(
    script,
    `
    import { ConfigStore } from ${JSON.stringify(storeUrl)};
    const store = new ConfigStore(${JSON.stringify(config)});
    for (let i = 0; ; i++) {
      await store.update((c) => { c.users["w" + Date.now() + "_" + i] = { email: "w" + i + "@example.com", name: "x".repeat(2000) }; }, { reason: "writer" });
    }
  `,
  );
  try {
    for (let round = 0; round < 8; round++) {
      const child = new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "-A",
          "--config",
          new URL("../../deno.json", import.meta.url).pathname,
          script,
        ],
        env: { DENO_DIR },
        stdout: "null",
        stderr: "null",
      }).spawn();
      // Wait until it has written at least once, then kill it at a random point.
      const before = (await Deno.stat(config)).mtime?.getTime();
      for (let i = 0; i < 200 && (await Deno.stat(config)).mtime?.getTime() === before; i++) {
        await new Promise((r) => setTimeout(r, 25));
      }
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 120)));
      child.kill("SIGKILL");
      await child.status;
      const text = await Deno.readTextFile(config);
      validateConfig(JSON.parse(text), config, { resolve: false }); // throws on a torn or invalid file
    }
    // The next writer still works (lock released by the kernel, stale temp files swept).
    const r = await smg(home, ["user", "create", "after@example.com"]);
    assert.equal(r.code, 0, r.stderr);
    const leftovers = [...Deno.readDirSync(`${home}/.smg`)].filter((e) => e.name.includes(".tmp-"));
    assert.deepEqual(leftovers, []);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});
