/** End to end over stdio: `smg serve` spawned by an SDK client, as a desktop client does. */
import assert from "node:assert/strict";
import { recorded, recorderServer, writeTestConfig } from "../helpers/config.ts";
import { DENO_DIR, smgArgs, stdioClient, textOf } from "../helpers/gateway.ts";

Deno.test("smg serve (stdio): lists and calls tools with SMG_GATEWAY_KEY; meta and direct agree", async () => {
  const dir = await Deno.makeTempDir();
  const rec = `${dir}/calls.jsonl`;
  const { path, keys } = await writeTestConfig(dir, [recorderServer("alpha", rec)]);
  const client = await stdioClient(path, keys.valid);
  try {
    const { tools } = await client.listTools();
    assert.ok(tools.some((t) => t.name === "alpha__echo"));
    const direct = await client.callTool({ name: "alpha__echo", arguments: { text: "hello" } });
    assert.equal(textOf(direct), "alpha:hello");
    const meta = await client.callTool({
      name: "smg_call_tools",
      arguments: { server_name: "alpha", tool_calls: [{ name: "echo", args: { text: "hello" } }] },
    });
    const r =
      (meta.structuredContent as { results: { status: string; result: unknown }[] }).results[0];
    assert.equal(r.status, "success");
    assert.equal(textOf(r.result), textOf(direct));
  } finally {
    await client.close();
  }
  assert.equal((await recorded(rec)).length, 2);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("smg serve (stdio): ENKRYPT_GATEWAY_KEY is accepted for drop-in compatibility", async () => {
  const dir = await Deno.makeTempDir();
  const { path, keys } = await writeTestConfig(dir, [recorderServer("alpha", `${dir}/r.jsonl`)]);
  const client = await stdioClient(path, undefined, { ENKRYPT_GATEWAY_KEY: keys.valid });
  try {
    assert.ok((await client.listTools()).tools.length > 0);
  } finally {
    await client.close();
  }
  await Deno.remove(dir, { recursive: true });
});

for (const which of ["missing", "wrong", "disabled", "expired"] as const) {
  Deno.test(`smg serve (stdio): ${which} key → exit code 3, clear message, no upstream started`, async () => {
    const dir = await Deno.makeTempDir();
    const rec = `${dir}/calls.jsonl`;
    const { path, keys } = await writeTestConfig(dir, [recorderServer("alpha", rec)]);
    const key = {
      missing: undefined,
      wrong: "smg_wrong",
      disabled: keys.disabled,
      expired: keys.expired,
    }[which];
    const out = await new Deno.Command(Deno.execPath(), {
      args: smgArgs("serve", "--config", path),
      env: {
        HOME: dir,
        DENO_DIR,
        PATH: Deno.env.get("PATH") ?? "",
        ...(key ? { SMG_GATEWAY_KEY: key } : {}),
      },
      clearEnv: true,
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    await out.stdin.close();
    const res = await out.output();
    assert.equal(res.code, 3);
    assert.equal(new TextDecoder().decode(res.stdout), "", "nothing but MCP on stdout");
    assert.match(new TextDecoder().decode(res.stderr), /gateway key/i);
    assert.deepEqual(await recorded(rec), []);
    await Deno.remove(dir, { recursive: true });
  });
}

Deno.test("smg serve (stdio) with no config runs the embedded default with the bundled echo server", async () => {
  const home = await Deno.makeTempDir();
  const client = await stdioClient(null, undefined, { HOME: home });
  try {
    const { tools } = await client.listTools();
    assert.ok(tools.some((t) => t.name === "echo__echo"));
    assert.equal(
      textOf(await client.callTool({ name: "echo__echo", arguments: { text: "hi" } })),
      "hi",
    );
  } finally {
    await client.close();
  }
  await Deno.remove(home, { recursive: true });
});
