import assert from "node:assert/strict";
import { MemoryCache } from "./memory.ts";

Deno.test("MemoryCache expires entries after their TTL (injected clock)", async () => {
  let now = 1000;
  const c = new MemoryCache({ now: () => now });
  await c.set("a", { x: 1 }, 100);
  assert.deepEqual(await c.get("a"), { x: 1 });
  now += 101;
  assert.equal(await c.get("a"), undefined);
  assert.equal((await c.stats()).expired, 1);
});

Deno.test("MemoryCache evicts the least recently used entry", async () => {
  const c = new MemoryCache({ maxEntries: 2 });
  await c.set("a", 1, 1e6);
  await c.set("b", 2, 1e6);
  await c.get("a"); // a is now most recent
  await c.set("c", 3, 1e6);
  assert.equal(await c.get("b"), undefined);
  assert.equal(await c.get("a"), 1);
  assert.equal((await c.stats()).evictions, 1);
});

Deno.test("MemoryCache.clear(prefix) removes only matching keys", async () => {
  const c = new MemoryCache();
  await c.set("tools:a", 1, 1e6);
  await c.set("tools:b", 1, 1e6);
  await c.set("config:x", 1, 1e6);
  assert.equal(await c.clear("tools:"), 2);
  assert.deepEqual(await c.keys(), ["config:x"]);
});
