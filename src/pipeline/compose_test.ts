import assert from "node:assert/strict";
import { compose } from "./compose.ts";

Deno.test("compose() runs stages in order, onion style", async () => {
  const log: string[] = [];
  const run = compose<{ n: number }>([
    async (_c, next) => {
      log.push("a>");
      await next();
      log.push("<a");
    },
    async (c, next) => {
      c.n++;
      log.push("b>");
      await next();
      log.push("<b");
    },
    (c) => {
      c.n *= 10;
      log.push("c");
      return Promise.resolve();
    },
  ]);
  const ctx = { n: 1 };
  await run(ctx);
  assert.equal(ctx.n, 20);
  assert.deepEqual(log, ["a>", "b>", "c", "<b", "<a"]);
});

Deno.test("compose() stops when a stage throws, and outer stages see the error", async () => {
  let reached = false;
  let seen: unknown;
  const run = compose<object>([
    async (_c, next) => {
      try {
        await next();
      } catch (e) {
        seen = e;
        throw e;
      }
    },
    () => Promise.reject(new Error("blocked")),
    () => {
      reached = true;
      return Promise.resolve();
    },
  ]);
  await assert.rejects(run({}), /blocked/);
  assert.equal(reached, false);
  assert.match(String(seen), /blocked/);
});

Deno.test("compose() rejects next() called twice", async () => {
  const run = compose<object>([async (_c, next) => {
    await next();
    await next();
  }]);
  await assert.rejects(run({}), /multiple/);
});
