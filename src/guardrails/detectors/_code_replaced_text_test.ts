import assert from "node:assert/strict";
import { codeInjectionDetector, CodeInjectionOptionsSchema } from "./code_injection.ts";

const opts = { ...CodeInjectionOptionsSchema.parse({}), learned: false };
const blocked = (key: string, value: string): boolean =>
  codeInjectionDetector.scan(value, {
    stage: "input",
    path: `$.edits[0].${key}`,
    key,
    tool: "edit_file",
  }, opts)
    .some((f) => f.severity !== "low");

// Weaknesses an edit takes OUT (they sit in the replaced text) and the same ones put IN.
const WEAK = [
  "permissions: write-all",
  "on:\n  pull_request_target:\njobs:\n  build:\n    runs-on: self-hosted\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}",
  "    runs-on: [self-hosted, linux, prod]\n    if: github.event_name == 'pull_request'",
];

Deno.test("a weakness in an edit's replaced text (oldText, old_string) is being removed", () => {
  for (const key of ["oldtext", "old_string", "old_str"]) {
    for (const v of WEAK) {
      if (!blocked("newtext", v)) continue; // only shapes the rules know
      assert.equal(blocked(key, v), false, `${key}: ${v}`);
    }
  }
});
Deno.test("the same weakness in the new text, content or a patch still counts", () => {
  let known = 0;
  for (const v of WEAK) {
    if (!blocked("newtext", v)) continue;
    known++;
    for (const key of ["new_string", "content", "new_str"]) {
      assert.equal(blocked(key, v), true, `${key}: ${v}`);
    }
  }
  assert.ok(known >= 2, "at least two shapes must be known to the rules");
});
