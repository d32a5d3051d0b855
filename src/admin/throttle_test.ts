import assert from "node:assert/strict";
import { AuthThrottle } from "./throttle.ts";

Deno.test("AuthThrottle locks an address out after 5 failures a minute, doubling, and a success clears it", () => {
  let now = 0;
  const t = new AuthThrottle({ now: () => now });
  for (let i = 0; i < 5; i++) t.fail("a");
  assert.equal(t.retryAfter("a"), 0);
  t.fail("a");
  assert.equal(t.retryAfter("a"), 1000);
  t.fail("a");
  assert.equal(t.retryAfter("a"), 2000);
  assert.equal(t.retryAfter("b"), 0, "other addresses are not affected");
  now += 61_000;
  t.succeed("a");
  assert.equal(t.retryAfter("a"), 0);
});
