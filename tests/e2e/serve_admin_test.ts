/** `smg serve --http --admin`: the gateway and the REST admin API in one process, sharing the runtime. */
import assert from "node:assert/strict";
import { generateKey } from "../../src/auth/keys.ts";
import { recorderServer, writeTestConfig } from "../helpers/config.ts";
import { httpClient, startHttpGateway } from "../helpers/gateway.ts";

Deno.test("smg serve --admin serves the admin API beside the gateway; cache routes see the live runtime; key use is recorded", async () => {
  const dir = await Deno.makeTempDir();
  const { path, keys, config } = await writeTestConfig(dir, [
    recorderServer("alpha", `${dir}/r.jsonl`),
  ]);
  const admin = generateKey("smgadm");
  await Deno.writeTextFile(
    path,
    JSON.stringify({ ...config, admin_key: { hash: admin.hash, prefix: admin.prefix } }),
  );
  const gw = await startHttpGateway(path, {}, ["--admin", "127.0.0.1:0"]);
  try {
    const m = /admin API on (http:\/\/\S+)\/api\/v1/.exec(gw.stderr());
    assert.ok(m, gw.stderr());
    const base = `${m[1]}/api/v1`;
    const client = await httpClient(gw.url, keys.valid);
    await client.listTools(); // fills the tools cache
    await client.close();
    const unauth = await fetch(`${base}/cache`);
    assert.equal(unauth.status, 401);
    await unauth.body?.cancel();
    const cache = await fetch(`${base}/cache`, {
      headers: { authorization: `Bearer ${admin.key}` },
    });
    assert.equal(cache.status, 200);
    const body = await cache.json();
    assert.ok(body.entries >= 1, JSON.stringify(body));
    const cleared = await fetch(`${base}/cache/clear`, {
      method: "POST",
      headers: { authorization: `Bearer ${admin.key}`, "content-type": "application/json" },
      body: JSON.stringify({ scope: "all" }),
    });
    assert.ok(cleared.status < 300, await cleared.text());
  } finally {
    assert.equal((await gw.stop()).code, 0, gw.stderr());
  }
  // The gateway flushed last-used times on shutdown.
  const usage = JSON.parse(await Deno.readTextFile(`${dir}/key_usage.json`));
  assert.ok(usage.valid, JSON.stringify(usage));
  await Deno.remove(dir, { recursive: true });
});
