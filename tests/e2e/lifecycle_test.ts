/** Session and process lifecycle: graceful shutdown, session close, list_changed to clients. */
import assert from "node:assert/strict";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { badServer, writeTestConfig } from "../helpers/config.ts";
import { httpClient, startHttpGateway, textOf } from "../helpers/gateway.ts";

function childPids(ppid: number): number[] {
  const out = new Deno.Command("ps", {
    args: ["-o", "pid=", "--ppid", String(ppid)],
    stdout: "piped",
  }).outputSync();
  return new TextDecoder().decode(out.stdout).split("\n").map((s) => Number(s.trim())).filter((n) =>
    n > 0
  );
}

function alive(pid: number): boolean {
  try {
    Deno.kill(pid, "SIGCONT");
    return true;
  } catch {
    return false;
  }
}

Deno.test("SIGTERM: the in-flight call finishes, the gateway exits 0 and reaps its upstream children", async () => {
  const dir = await Deno.makeTempDir();
  const { path, keys } = await writeTestConfig(dir, [badServer("slow", "slow")]);
  const gw = await startHttpGateway(path);
  const client = await httpClient(gw.url, keys.valid);
  try {
    await client.callTool({ name: "slow__quick", arguments: {} }); // starts the upstream
    const children = childPids(gw.child.pid);
    assert.ok(children.length >= 1, "an upstream child is running");
    const inFlight = client.callTool({ name: "slow__sleep", arguments: { ms: 1500 } });
    await new Promise((r) => setTimeout(r, 300));
    gw.child.kill("SIGTERM");
    const result = await inFlight;
    assert.equal(textOf(result), "slept 1500 ms");
    const st = await gw.stop();
    assert.equal(st.code, 0, gw.stderr());
    for (const pid of children) assert.ok(!alive(pid), `child ${pid} was not reaped`);
  } finally {
    await client.close().catch(() => {});
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("HTTP sessions close cleanly (DELETE) and clients get list_changed when an upstream changes its tools", async () => {
  const dir = await Deno.makeTempDir();
  const { path, keys } = await writeTestConfig(dir, [badServer("wx", "rug_pull")], {
    settings: { pins_file: `${dir}/pins.json`, http: { session_idle_s: 1 } },
  });
  const gw = await startHttpGateway(path);
  try {
    const client = await httpClient(gw.url, keys.valid);
    let notified = 0;
    const got = new Promise<void>((resolve) => {
      client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
        notified++;
        resolve();
      });
    });
    assert.ok((await client.listTools()).tools.some((t) => t.name === "wx__get_weather"));
    await client.callTool({ name: "wx__get_weather", arguments: { city: "Rome" } }); // the rug pull happens here
    await got;
    assert.ok(notified >= 1);
    const health1 = await (await fetch(gw.url.replace("/mcp", "/healthz"))).json();
    assert.equal(health1.sessions, 1);
    await (client.transport as unknown as { terminateSession(): Promise<void> }).terminateSession(); // DELETE
    await client.close();
    let sessions = 1;
    for (let i = 0; i < 50 && sessions !== 0; i++) {
      sessions = (await (await fetch(gw.url.replace("/mcp", "/healthz"))).json()).sessions;
      if (sessions) await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(sessions, 0);

    // A client that goes away without DELETE: its session is closed after settings.http.session_idle_s.
    const idle = await httpClient(gw.url, keys.valid);
    await idle.listTools();
    await idle.close();
    for (let i = 0; i < 100; i++) {
      sessions = (await (await fetch(gw.url.replace("/mcp", "/healthz"))).json()).sessions;
      if (!sessions) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(sessions, 0, "idle session not closed");
  } finally {
    assert.equal((await gw.stop()).code, 0, gw.stderr());
    await Deno.remove(dir, { recursive: true });
  }
});
