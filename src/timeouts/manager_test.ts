import assert from "node:assert/strict";
import { CancelledError, TimeoutError } from "../errors.ts";
import { EventBus } from "../events/bus.ts";
import type { SmgEvent } from "../events/types.ts";
import { TimeoutManager } from "./manager.ts";

const limits = { connect: 1000, discovery: 1000, tool_call: 1000 };

Deno.test("TimeoutManager.run() aborts at the limit with an error naming server and tool", async () => {
  const events = new EventBus();
  const seen: SmgEvent[] = [];
  events.subscribe((e) => seen.push(e));
  const tm = new TimeoutManager(limits, events);
  await assert.rejects(
    tm.run(
      "tool_call",
      { server: "s", tool: "t", limitMs: 50 },
      (signal) =>
        new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason))),
    ),
    (e) =>
      e instanceof TimeoutError && /"t"/.test(e.message) && /"s"/.test(e.message) &&
      /50 ms/.test(e.message),
  );
  const m = tm.metrics();
  assert.equal(m.by_kind.tool_call.timed_out, 1);
  assert.equal(m.by_kind.tool_call.active, 0);
  assert.deepEqual(seen.map((e) => e.type), ["timeout.warned", "timeout.expired"]);
});

Deno.test("TimeoutManager.run() force-fails an operation that ignores its signal (escalation)", async () => {
  const events = new EventBus();
  const types: string[] = [];
  events.subscribe((e) => types.push(e.type));
  const tm = new TimeoutManager(limits, events);
  let release!: () => void;
  const stuck = new Promise<void>((r) => (release = r));
  await assert.rejects(
    tm.run("discovery", { server: "s", limitMs: 40 }, () => stuck),
    TimeoutError,
  );
  release();
  assert.deepEqual(types, ["timeout.warned", "timeout.expired", "timeout.escalated"]);
  assert.equal(tm.metrics().by_kind.discovery.escalated, 1);
});

Deno.test("TimeoutManager.run() reports caller cancellation as cancelled, success as successful", async () => {
  const tm = new TimeoutManager(limits);
  assert.equal(await tm.run("tool_call", {}, () => Promise.resolve(42)), 42);
  const ctrl = new AbortController();
  const p = tm.run(
    "tool_call",
    { signal: ctrl.signal },
    (signal) =>
      new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason))),
  );
  ctrl.abort();
  await assert.rejects(p, CancelledError);
  const m = tm.metrics().by_kind.tool_call;
  assert.deepEqual([m.total, m.successful, m.cancelled, m.timed_out], [2, 1, 1, 0]);
});
