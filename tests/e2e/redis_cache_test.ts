/** Two gateway processes share tool discovery through a real redis-server. */
import assert from "node:assert/strict";
import { recorderServer, writeTestConfig } from "../helpers/config.ts";
import { httpClient, startHttpGateway } from "../helpers/gateway.ts";
import { startRedis } from "../helpers/redis.ts";

Deno.test("with settings.cache.redis_url, a second gateway reuses the first one's discovery", async () => {
  const redis = await startRedis();
  const dir = await Deno.makeTempDir();
  const { path, keys } = await writeTestConfig(dir, [recorderServer("alpha", `${dir}/r.jsonl`)], {
    settings: { cache: { redis_url: { env: "SMG_TEST_REDIS_URL" } } },
  });
  const env = { SMG_TEST_REDIS_URL: redis.url };
  const one = await startHttpGateway(path, env);
  const two = await startHttpGateway(path, env);
  try {
    const c1 = await httpClient(one.url, keys.valid);
    await c1.listTools();
    const status = (await c1.callTool({ name: "smg_cache_status", arguments: {} }))
      .structuredContent as {
        backend: string;
        entries: number;
      };
    assert.equal(status.backend, "redis");
    assert.ok(status.entries >= 1);
    await c1.close();
    const c2 = await httpClient(two.url, keys.valid);
    const disc =
      (await c2.callTool({ name: "smg_discover_tools", arguments: { server_name: "alpha" } }))
        .structuredContent as {
          servers: { cached: boolean; tools: unknown[] }[];
        };
    assert.equal(disc.servers[0].cached, true, "second gateway should hit the shared cache");
    assert.equal(disc.servers[0].tools.length, 3);
    await c2.close();
  } finally {
    await one.stop();
    await two.stop();
    await redis.stop();
    await Deno.remove(dir, { recursive: true });
  }
});
