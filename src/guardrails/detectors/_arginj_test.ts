import assert from "node:assert/strict";
import { ARGINJ_GATE_KEYS, argInjection, withoutPlainHookOptions } from "./_arginj.ts";
import { commandInjectionDetector } from "./command_injection.ts";
import type { FieldContext } from "../types.ts";

const scan = (key: string, text: string) =>
  commandInjectionDetector.scan(
    text,
    { key, path: key, stage: "input", tool: "t" } as FieldContext,
    { strict_keys: [], mode: "auto" },
  );

Deno.test("arginj: free text is judged only by the free rules, and not in prose", () => {
  assert.equal(argInjection("x -exec id ;", "free", "name")?.id, "text.find_exec");
  assert.equal(argInjection("--privileged", "free", "name"), undefined);
  assert.equal(argInjection("x -exec id ;", "free", "query"), undefined);
  assert.equal(
    argInjection("In the docs we show that find -exec id ; runs id once per file.", "free", "note"),
    undefined,
  );
  assert.equal(
    argInjection(
      "Careful: `--upload-pack=touch x` is how the old advisory was exploited here",
      "free",
      "note",
    ),
    undefined,
  );
  assert.equal(argInjection("--upload-pack=touch /tmp/x", "command", "command"), undefined);
});

Deno.test("arginj: hook options with their ordinary value are blanked for the broad option test", () => {
  assert.equal(withoutPlainHookOptions("--use-compress-program=zstd")?.trim(), "");
  assert.equal(withoutPlainHookOptions("-type f -exec grep -l TODO {} +")?.trim(), "-type f");
  assert.equal(withoutPlainHookOptions("--use-compress-program='sh -c id'"), undefined);
  assert.equal(withoutPlainHookOptions("-depth 1"), undefined);
});

Deno.test("arginj: through the detector, attacks in option lists and names are argument_injection", () => {
  for (
    const [key, text] of [
      ["extra_args", "--lua-filter=/tmp/x.lua"],
      ["extra_args", "-v /:/host --privileged"],
      ["options", "--pre /tmp/x.sh"],
      ["input", "msl:/tmp/x.msl"],
      ["input", "|ls -la"],
      ["extra_args", "-dNOSAFER"],
    ]
  ) {
    assert.ok(scan(key, text).some((f) => f.kind === "argument_injection"), `${key}: ${text}`);
  }
});

Deno.test("arginj: ordinary option lists and look-alike values pass the detector", () => {
  for (
    const [key, text] of [
      ["extra_args", "--depth=1 --single-branch --filter=blob:none"],
      ["extra_args", "-crf 23 -preset slow -vf scale=1280:-2"],
      ["extra_args", "-resize 50% -quality 85"],
      ["options", "--use-compress-program=zstd -xf a.tar"],
      ["extra_args", "-type f -exec grep -l TODO {} +"],
      ["extra_args", "-c core.autocrlf=false -c core.fsmonitor=false"],
      ["extra_args", "--upload-pack=/usr/bin/git-upload-pack"],
      ["query", "-foo python tutorial"],
      ["pattern", "foo|bar$"],
      ["message", "Fix: use $(date) in the banner script"],
      ["content", "| a | b |\n|---|---|\n| 1 | 2 |"],
    ]
  ) {
    assert.deepEqual(scan(key, text), [], `${key}: ${text}`);
  }
});

Deno.test("arginj: every gate key is lower case and two characters or more", () => {
  for (const k of ARGINJ_GATE_KEYS) {
    assert.equal(k, k.toLowerCase());
    assert.ok(k.length >= 2, k);
  }
});
