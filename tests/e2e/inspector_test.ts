/**
 * A client nobody here wrote: the MCP Inspector CLI (npm @modelcontextprotocol/inspector, pinned)
 * lists and calls tools through `smg serve` over stdio and over HTTP with a bearer key.
 */
import assert from "node:assert/strict";
import { recorderServer, writeTestConfig } from "../helpers/config.ts";
import { DENO_DIR, smgArgs, startHttpGateway } from "../helpers/gateway.ts";

const PINNED = "@modelcontextprotocol/inspector@2.12.0";

/** The Inspector command: SMG_INSPECTOR_BIN (installed by .ci/run) or npx with the pinned version. */
function inspector(args: string[]): { cmd: string; args: string[] } {
  const bin = Deno.env.get("SMG_INSPECTOR_BIN");
  if (bin) {
    try {
      Deno.statSync(bin);
      return { cmd: bin, args };
    } catch { /* fall back to npx */ }
  }
  return { cmd: "npx", args: ["-y", "-p", PINNED, "mcp-inspector", ...args] };
}

async function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const c = inspector(args);
  const res = await new Deno.Command(c.cmd, {
    args: c.args,
    env: { DENO_DIR, ...env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: res.code,
    out: new TextDecoder().decode(res.stdout),
    err: new TextDecoder().decode(res.stderr),
  };
}

Deno.test("MCP Inspector CLI lists and calls tools through smg serve --http with a bearer key", async () => {
  const dir = await Deno.makeTempDir();
  const { path, keys } = await writeTestConfig(dir, [recorderServer("alpha", `${dir}/r.jsonl`)]);
  const gw = await startHttpGateway(path);
  try {
    const base = [
      "--cli",
      gw.url,
      "--transport",
      "http",
      "--header",
      `Authorization: Bearer ${keys.valid}`,
    ];
    const list = await run([...base, "--method", "tools/list"]);
    assert.equal(list.code, 0, list.err);
    const names = JSON.parse(list.out).tools.map((t: { name: string }) => t.name);
    assert.ok(names.includes("alpha__echo"));
    assert.ok(names.includes("smg_call_tools"));

    const direct = await run([
      ...base,
      "--method",
      "tools/call",
      "--tool-name",
      "alpha__echo",
      "--tool-arg",
      "text=hello",
    ]);
    assert.equal(direct.code, 0, direct.err);
    assert.equal(JSON.parse(direct.out).content[0].text, "alpha:hello");

    const meta = await run([
      ...base,
      "--method",
      "tools/call",
      "--tool-name",
      "smg_call_tools",
      "--tool-arg",
      "server_name=alpha",
      "--tool-arg",
      'tool_calls=[{"name":"echo","args":{"text":"hi"}}]',
    ]);
    assert.equal(meta.code, 0, meta.err);
    const sc = JSON.parse(meta.out).structuredContent;
    assert.equal(sc.results[0].status, "success");
    assert.equal(sc.summary.successful, 1);

    const wrong = await run([
      "--cli",
      gw.url,
      "--transport",
      "http",
      "--header",
      "Authorization: Bearer smg_wrong",
      "--method",
      "tools/list",
    ]);
    assert.ok(!wrong.out.includes("alpha__echo"));
    assert.match(wrong.out + wrong.err, /auth|401|Unauthorized/i);
  } finally {
    await gw.stop();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("MCP Inspector CLI lists and calls tools through smg serve over stdio", async () => {
  const dir = await Deno.makeTempDir();
  const { path, keys } = await writeTestConfig(dir, [recorderServer("alpha", `${dir}/r.jsonl`)]);
  try {
    const target = ["--", Deno.execPath(), ...smgArgs("serve", "--config", path)];
    const env = ["-e", `SMG_GATEWAY_KEY=${keys.valid}`, "-e", `DENO_DIR=${DENO_DIR}`];
    const list = await run(["--cli", ...env, "--method", "tools/list", ...target]);
    assert.equal(list.code, 0, list.err + list.out);
    assert.ok(JSON.parse(list.out).tools.some((t: { name: string }) => t.name === "alpha__echo"));
    const call = await run([
      "--cli",
      ...env,
      "--method",
      "tools/call",
      "--tool-name",
      "alpha__echo",
      "--tool-arg",
      "text=yo",
      ...target,
    ]);
    assert.equal(call.code, 0, call.err + call.out);
    assert.equal(JSON.parse(call.out).content[0].text, "alpha:yo");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
