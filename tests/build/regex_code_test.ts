/**
 * smg's regexes must not fill V8's code space. Compiled regex code is never given back, and once it
 * passed V8's code limit the process died "Fatal JavaScript out of memory" (session 26, and again in
 * session 35 with `--regexp-tier-up-ticks=100`). smg runs with `--regexp-interpret-all`
 * (`SMG_PERMISSION_FLAGS`): this test scans 1,500 varied tool results in a child process started
 * with exactly those flags and checks that native code stays small. With tier-up at 100 the same
 * scan held ~136 MB of code; interpreted, ~20 MB (JavaScript's own).
 */
import assert from "node:assert/strict";
import { SMG_PERMISSION_FLAGS } from "../../src/upstream/self.ts";

const PROBE = new URL("./_regex_code_probe.ts", import.meta.url).pathname;
const CODE_LIMIT = 64e6;

Deno.test("smg's V8 flags keep regexes out of native code", async () => {
  assert.ok(
    SMG_PERMISSION_FLAGS.some((f) => f.includes("--regexp-interpret-all")),
    "SMG_PERMISSION_FLAGS must keep regexes interpreted",
  );
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...SMG_PERMISSION_FLAGS, PROBE, "1500"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr).slice(-2000));
  const { cases, spaces } = JSON.parse(
    new TextDecoder().decode(out.stdout).trim().split("\n").pop()!,
  );
  assert.equal(cases, 1500);
  const code = (spaces.code_space ?? 0) + (spaces.code_large_object_space ?? 0);
  assert.ok(code < CODE_LIMIT, `native code ${(code / 1e6).toFixed(0)} MB after ${cases} results`);
});
