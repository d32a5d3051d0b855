/** Remote upstreams: streamable HTTP and SSE servers with configured headers (secret references). */
import assert from "node:assert/strict";
import { BAD_MCPS_DIR } from "../helpers/config.ts";
import { spawnListening } from "../helpers/child.ts";
import { textOf } from "../helpers/gateway.ts";
import { inProcessGateway } from "../helpers/runtime.ts";

const SSE_FIXTURE = new URL("../fixtures/sse_server.ts", import.meta.url).pathname;

Deno.test("streamable HTTP upstream gets exactly the configured headers, never the client's key", async () => {
  const up = await spawnListening([
    "run",
    "--allow-net=127.0.0.1",
    `${BAD_MCPS_DIR}echo_oauth.ts`,
    "--http",
    "0",
  ]);
  Deno.env.set("SMG_TEST_UPSTREAM_TOKEN", "Bearer upstream-secret-1234");
  const gw = await inProcessGateway([{
    name: "remote",
    url: up.url,
    type: "http",
    headers: { Authorization: { env: "SMG_TEST_UPSTREAM_TOKEN" } },
  }]);
  try {
    const out = textOf(await gw.client.callTool({ name: "remote__whoami", arguments: {} }));
    assert.match(out, /transport: http/);
    assert.match(out, /header authorization: Bearer upst… \(20 chars\)/);
    assert.match(out, /header x-smg-key: absent/);
    assert.equal(textOf(await gw.client.callTool({ name: "remote__ping", arguments: {} })), "pong");
  } finally {
    await gw.close();
    await up.stop();
    Deno.env.delete("SMG_TEST_UPSTREAM_TOKEN");
  }
});

Deno.test("SSE upstream works with configured headers; a wrong header is reported per server without hiding others", async () => {
  const up = await spawnListening([
    "run",
    "--allow-net=127.0.0.1",
    "--allow-env",
    "--allow-read",
    SSE_FIXTURE,
  ], { TOKEN: "t0ken" });
  const gw = await inProcessGateway([
    { name: "legacy", url: up.url, type: "sse", headers: { "x-upstream-token": "t0ken" } },
    {
      name: "locked",
      url: up.url,
      type: "sse",
      headers: { "x-upstream-token": "wrong" },
      timeouts: { connect_ms: 3000 },
    },
  ]);
  try {
    assert.equal(
      textOf(await gw.client.callTool({ name: "legacy__echo", arguments: { text: "over sse" } })),
      "over sse",
    );
    const disc = (await gw.client.callTool({ name: "smg_discover_tools", arguments: {} }))
      .structuredContent as {
        servers: { server: string; status: string; error?: string }[];
      };
    const byName = Object.fromEntries(disc.servers.map((s) => [s.server, s]));
    assert.equal(byName.legacy.status, "ok");
    assert.equal(byName.locked.status, "error");
    assert.match(byName.locked.error!, /locked/);
  } finally {
    await gw.close();
    await up.stop();
  }
});
