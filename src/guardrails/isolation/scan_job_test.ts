import assert from "node:assert/strict";
import { runScanJob, scanPolicy } from "./scan_job.ts";

Deno.test("scan job: a whole-argument <doc> view is read by the code detector only", () => {
  const policy = scanPolicy([{ id: "code_injection" }, { id: "command_injection" }, {
    id: "path_traversal",
  }]);
  const doc = JSON.stringify({ users: ["*"], note: "$(id) ../../../../etc/passwd" });
  const field = (path: string) => ({ stage: "input" as const, path, key: "body" });
  const [found] = runScanJob([{
    policy,
    items: [{ text: doc, field: field("$.body<doc>") }, { text: doc, field: field("$.body") }],
  }]);
  // As a document view: the command and path detectors do not run on it.
  assert.deepEqual(found[0][1], []);
  assert.deepEqual(found[0][2], []);
  // The same text as a plain value is read by all of them.
  assert.ok(found[1][1].length > 0 || found[1][2].length > 0, JSON.stringify(found[1]));
});
