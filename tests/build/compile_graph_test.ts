/**
 * The compile graph: `deno compile` with DENORT_BIN pointing at this deno (the real `denort` cannot
 * be downloaded here) embeds and lists every file; the output does not run, so this test checks
 * the listing: main.ts, the core and every bundled bad MCP must be embedded.
 */
import assert from "node:assert/strict";
import { BAD_MCPS } from "../../bad_mcps/registry.ts";
import { SMG_PERMISSION_FLAGS } from "../../src/upstream/self.ts";

Deno.test("deno compile embeds main.ts, the core, the scan worker and every bundled bad MCP", async () => {
  const dir = await Deno.makeTempDir();
  const root = new URL("../../", import.meta.url).pathname;
  // The release binary is built by `deno task compile` (and the README's workflow, same flags).
  const task = (JSON.parse(await Deno.readTextFile(`${root}deno.json`)) as {
    tasks: Record<string, string>;
  }).tasks.compile.split(/\s+/);
  for (const flag of ["--unstable-worker-options", ...SMG_PERMISSION_FLAGS]) {
    assert.ok(task.includes(flag), `deno task compile lacks ${flag}`);
  }
  const args = task.slice(2, task.indexOf("-o"));
  const readme = await Deno.readTextFile(`${root}README.md`);
  const workflow = /- run: deno compile ([^\n]+)/.exec(readme)?.[1] ?? "";
  for (const a of args) {
    assert.ok(workflow.includes(a), `README workflow's deno compile lacks ${a}`);
  }
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["compile", "--no-check", ...args, "-o", `${dir}/smg`, "main.ts"],
    cwd: root,
    env: { DENORT_BIN: Deno.execPath(), NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const out = new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr);
  assert.equal(r.code, 0, out);
  assert.match(out, /main\.ts/);
  assert.match(out, /pipeline/);
  // The scan worker (guards run in it by default) is started from a URL, never imported.
  assert.match(out, /scan_worker\.ts \(/, `scan worker not embedded:\n${out}`);
  // Deno collapses folders in its listing ("bad_mcps/* (229KB)"): check the embedded folder holds at
  // least every registry file (registry.ts imports each statically; registry_test checks that).
  const m = /bad_mcps\/\*? ?\(([\d.]+)(KB|MB)\)/.exec(out);
  assert.ok(m, `bad_mcps not embedded:\n${out}`);
  const embedded = Number(m[1]) * (m[2] === "MB" ? 1e6 : 1e3);
  let expected = 0;
  for (const name of Object.keys(BAD_MCPS)) {
    expected += Deno.statSync(`${root}bad_mcps/${name}.ts`).size;
  }
  assert.ok(
    embedded >= expected * 0.95,
    `embedded ${embedded} bytes < registry files ${expected} bytes`,
  );
  await Deno.remove(dir, { recursive: true });
});
