import assert from "node:assert/strict";
import { pathTraversalDetector } from "./path_traversal.ts";
import type { FieldContext } from "../types.ts";

const OPTS = { allowed_roots: [], sensitive_files: [], block_absolute_outside_roots: true };
const field = (key: string, tool: string): FieldContext => ({
  stage: "input",
  path: `$.${key}`,
  key,
  tool,
});
const blocked = (value: string, f: FieldContext): boolean =>
  pathTraversalDetector.scan(value, f, OPTS).some((x) => x.severity !== "low");

const MAIL = field("attachments", "send_email");
const READ = field("path", "read_file");

const BLOCK: Array<[string, FieldContext]> = [
  // a credential store attached to a mail (the attachment list is a list of files)
  ["/home/qa/.android/adbkey", MAIL],
  ["/Users/ana/.edgerc", field("attachment", "send_message")],
  ["/home/dev/.b2_account_info", MAIL],
  // /proc/self/cwd: the directory itself, a climb out of it, another process's cwd, a secret in it
  ["/proc/self/cwd/", READ],
  ["/proc/self/cwd/../../../etc/shadow", READ],
  ["/proc/1/cwd/app/settings.py", READ],
  ["/proc/self/cwd/.env.production", READ],
];
const PASS: Array<[string, FieldContext]> = [
  // ordinary documents attached
  ["/home/ana/Documents/offer-2025.pdf", MAIL],
  ["reports/q3-summary.xlsx", MAIL],
  // the public half of the adb key pair
  ["/home/ana/.android/adbkey.pub", MAIL],
  // files below the process's own working directory
  ["/proc/self/cwd/config/logging.yaml", READ],
  ["/proc/self/cwd/docs/index.md", READ],
];

Deno.test("r45 path: attached credential stores and /proc/self/cwd escapes block", () => {
  for (const [v, f] of BLOCK) assert.ok(blocked(v, f), `should block: ${v}`);
});
Deno.test("r45 path: attached documents and files below the own cwd pass", () => {
  for (const [v, f] of PASS) assert.ok(!blocked(v, f), `should pass: ${v}`);
});
