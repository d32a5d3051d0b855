import assert from "node:assert/strict";
import { EventBus } from "../events/bus.ts";
import { startAuditLog } from "./jsonl_log.ts";

Deno.test("startAuditLog() appends guard and call events as JSON lines, and only audited types", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/audit.jsonl`;
  const bus = new EventBus();
  const stop = startAuditLog(bus, path);
  bus.emit({
    type: "guard.blocked",
    stage: "input",
    server: "s",
    tool: "t",
    detector: "ssrf",
    kind: "metadata_ip",
    action: "block",
    reason: "r",
    path: "$.arguments.url",
  });
  bus.emit({ type: "cache.hit", key: "tools:s" });
  bus.emit({
    type: "call.finished",
    call_id: "c1",
    project: "p",
    user: "u",
    server: "s",
    tool: "t",
    mode: "direct",
    duration_ms: 1,
    outcome: "blocked_input",
  });
  await stop();
  const lines = (await Deno.readTextFile(path)).trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.type), ["guard.blocked", "call.finished"]);
  assert.equal(lines[0].path, "$.arguments.url");
  assert.ok(typeof lines[0].time === "string");
  await Deno.remove(dir, { recursive: true });
});
