/** A running `smg serve --http` follows CLI changes: a new key works, a disabled key is refused within 2 s. */
import assert from "node:assert/strict";
import { badServer, writeTestConfig } from "../helpers/config.ts";
import { startHttpGateway } from "../helpers/gateway.ts";
import { smg } from "./_cli.ts";

async function status(url: string, key: string): Promise<number> {
  const r = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      authorization: `Bearer ${key}`,
    },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: {
        protocolVersion: "2025-06-18",
        capabilities: {},
        clientInfo: { name: "t", version: "1" },
      },
    }),
  });
  await r.body?.cancel();
  return r.status;
}

Deno.test("hot reload: a key created and then disabled via the CLI is honoured by a running gateway", async () => {
  const dir = await Deno.makeTempDir();
  const { path } = await writeTestConfig(dir, [badServer("echo", "echo")]);
  const gw = await startHttpGateway(path, { HOME: dir });
  try {
    const created = await smg(dir, [
      "key",
      "create",
      "--project",
      "p1",
      "--user",
      "u1",
      "--json",
      "--config",
      path,
    ]);
    assert.equal(created.code, 0, created.stderr);
    const { key, id } = JSON.parse(created.stdout);
    const waitFor = async (want: number) => {
      const start = Date.now();
      let last = 0;
      while (Date.now() - start < 10_000) {
        last = await status(gw.url, key);
        if (last === want) return Date.now() - start;
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.fail(`expected ${want} within 10 s, last ${last}\n${gw.stderr()}`);
    };
    await waitFor(200);
    const disabled = await smg(dir, ["key", "disable", id, "--config", path]);
    assert.equal(disabled.code, 0, disabled.stderr);
    const ms = await waitFor(401);
    assert.ok(ms < 10_000);
  } finally {
    await gw.stop();
    await Deno.remove(dir, { recursive: true });
  }
});
