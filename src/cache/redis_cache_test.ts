import assert from "node:assert/strict";
import { startRedis } from "../../tests/helpers/redis.ts";
import { RedisCache } from "./redis_cache.ts";

Deno.test({
  name: "RedisCache stores JSON with TTL, lists and clears by prefix, against a real redis-server",
  sanitizeResources: false,
  sanitizeOps: false,
  fn: async () => {
    const redis = await startRedis();
    const a = new RedisCache(redis.url, { namespace: "t1:" });
    const b = new RedisCache(redis.url, { namespace: "t1:" }); // a second gateway process sees the same cache
    try {
      await a.ready();
      await b.ready();
      await a.set("tools:x#1", [{ name: "echo" }], 60_000);
      await a.set("tools:y#2", [{ name: "add" }], 60_000);
      await a.set("config:p", { v: 1 }, 60_000);
      assert.deepEqual(await b.get("tools:x#1"), [{ name: "echo" }]);
      assert.deepEqual((await b.keys("tools:")).sort(), ["tools:x#1", "tools:y#2"]);
      await a.set("short", 1, 30);
      await new Promise((r) => setTimeout(r, 80));
      assert.equal(await a.get("short"), undefined);
      assert.equal(await b.clear("tools:"), 2);
      assert.deepEqual(await a.keys(), ["config:p"]);
      const st = await b.stats();
      assert.equal(st.backend, "redis");
      assert.equal(st.entries, 1);
    } finally {
      await a.close();
      await b.close();
      await redis.stop();
    }
  },
});

Deno.test({
  name: "RedisCache degrades to misses when Redis is down, and reports it once",
  sanitizeResources: false,
  sanitizeOps: false,
  fn: async () => {
    const redis = await startRedis();
    const errors: string[] = [];
    const c = new RedisCache(redis.url, { onError: (m) => errors.push(m) });
    try {
      await c.ready();
      await c.set("k", 1, 60_000);
      await redis.stop();
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(await c.get("k"), undefined);
      await c.set("k", 2, 1000);
      assert.equal(errors.length, 1);
      assert.match(errors[0], /Redis cache unavailable/);
    } finally {
      c.close().catch(() => {});
    }
  },
});
