import assert from "node:assert/strict";
import { checkSandbox, sandboxDenoArgs } from "./deno_permissions.ts";

const sb = {
  enabled: true,
  allow_net: ["api.example.com"],
  allow_read: ["/srv/data"],
  allow_write: [],
  allow_env: ["TOKEN"],
};

Deno.test("sandboxDenoArgs() replaces any permission flags with exactly the sandbox's, and never allows run", () => {
  const out = sandboxDenoArgs([
    "run",
    "-A",
    "--allow-run",
    "--quiet",
    "server.ts",
    "--allow-all",
    "x",
  ], sb);
  assert.deepEqual(out, [
    "run",
    "--no-prompt",
    "--allow-net=api.example.com",
    "--allow-read=/srv/data",
    "--allow-env=TOKEN",
    "--deny-run",
    "--deny-ffi",
    "--quiet",
    "server.ts",
    "--allow-all",
    "x",
  ]);
});

Deno.test("checkSandbox() accepts deno run and bundled servers, refuses other commands with a hint", () => {
  assert.equal(checkSandbox("deno", ["run", "s.ts"], "$.x"), undefined);
  assert.equal(checkSandbox("/usr/bin/deno", ["run", "s.ts"], "$.x"), undefined);
  assert.equal(checkSandbox("smg", ["bad-mcp", "run", "echo"], "$.x"), undefined);
  const issue = checkSandbox("node", ["server.js"], "$.x.sandbox");
  assert.equal(issue?.path, "$.x.sandbox");
  assert.match(issue!.message, /Deno-run/);
});
