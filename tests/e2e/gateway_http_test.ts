/** End to end: `smg serve --http` as a child process, SDK clients over real HTTP, real upstreams. */
import assert from "node:assert/strict";
import { badServer, recorded, recorderServer, writeTestConfig } from "../helpers/config.ts";
import { httpClient, startHttpGateway, textOf } from "../helpers/gateway.ts";

Deno.test("smg serve --http: direct and meta calls work, auth is enforced, allowlist hides tools", async (t) => {
  const dir = await Deno.makeTempDir();
  const rec = `${dir}/calls.jsonl`;
  const { path, keys } = await writeTestConfig(dir, [
    recorderServer("alpha", rec, { tools: ["echo", "env_names"] }),
    recorderServer("beta", rec),
  ], { exposure: "both" });
  const gw = await startHttpGateway(path, {
    SMG_SUPER_SECRET: "do-not-leak",
    SMG_GATEWAY_KEY: keys.valid,
  });
  try {
    await t.step("health endpoint answers without a key", async () => {
      const r = await fetch(`http://127.0.0.1:${gw.port}/healthz`);
      assert.equal(r.status, 200);
      assert.equal((await r.json()).status, "ok");
    });

    for (
      const [label, key] of [["missing", ""], ["wrong", "smg_nope"], ["disabled", keys.disabled], [
        "expired",
        keys.expired,
      ]]
    ) {
      await t.step(`${label} key → 401 and nothing reaches an upstream`, async () => {
        const r = await fetch(gw.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "application/json, text/event-stream",
            ...(key ? { authorization: `Bearer ${key}` } : {}),
          },
          body: JSON.stringify({
            jsonrpc: "2.0",
            id: 1,
            method: "tools/call",
            params: { name: "alpha__echo", arguments: { text: "x" } },
          }),
        });
        assert.equal(r.status, 401);
        const body = await r.json();
        assert.match(body.error, /^key_/);
        assert.ok(body.message.length > 10);
      });
    }
    assert.deepEqual(await recorded(rec), []);

    await t.step("X-SMG-Key and apikey headers also authenticate", async () => {
      for (const h of ["x-smg-key", "apikey"]) {
        const r = await fetch(gw.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "application/json, text/event-stream",
            [h]: keys.valid,
          },
          body: JSON.stringify({
            jsonrpc: "2.0",
            id: 1,
            method: "initialize",
            params: {
              protocolVersion: "2025-06-18",
              capabilities: {},
              clientInfo: { name: "c", version: "1" },
            },
          }),
        });
        assert.equal(r.status, 200, h);
        await r.body?.cancel();
      }
    });

    await t.step("DNS rebinding: foreign Host or Origin is refused", async () => {
      // fetch() always sends the real Host, so speak raw HTTP for the forged one.
      const conn = await Deno.connect({ hostname: "127.0.0.1", port: gw.port });
      const body = "{}";
      await conn.write(new TextEncoder().encode(
        `POST /mcp HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer ${keys.valid}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      ));
      const buf = new Uint8Array(4096);
      let text = "";
      while (true) {
        const n = await conn.read(buf);
        if (n === null) break;
        text += new TextDecoder().decode(buf.subarray(0, n));
      }
      conn.close();
      assert.match(text, /^HTTP\/1\.1 403/);
      assert.match(text, /host_not_allowed/);
      const r2 = await fetch(gw.url, {
        method: "POST",
        headers: { origin: "http://evil.example", authorization: `Bearer ${keys.valid}` },
        body: "{}",
      });
      assert.equal(r2.status, 403);
      assert.equal((await r2.json()).error, "origin_not_allowed");
    });

    const client = await httpClient(gw.url, keys.valid);
    try {
      await t.step(
        "tools/list: <server>__<tool> names, allowlist applied, meta tools present",
        async () => {
          const { tools } = await client.listTools();
          const names = tools.map((x) => x.name).sort();
          assert.ok(names.includes("alpha__echo"));
          assert.ok(names.includes("beta__echo"));
          assert.ok(names.includes("beta__hidden_admin"));
          assert.ok(
            !names.includes("alpha__hidden_admin"),
            "allowlist must hide alpha's hidden_admin",
          );
          assert.ok(names.includes("smg_call_tools"));
          for (const n of names) assert.match(n, /^[a-zA-Z0-9_-]{1,64}$/);
        },
      );

      await t.step("two upstreams with the same tool name stay distinct", async () => {
        assert.equal(
          textOf(await client.callTool({ name: "alpha__echo", arguments: { text: "hi" } })),
          "alpha:hi",
        );
        assert.equal(
          textOf(await client.callTool({ name: "beta__echo", arguments: { text: "hi" } })),
          "beta:hi",
        );
      });

      await t.step("a non-allowed tool is not callable, directly or through meta", async () => {
        await assert.rejects(
          client.callTool({ name: "alpha__hidden_admin", arguments: {} }),
          /no such tool/,
        );
        const r = await client.callTool({
          name: "smg_call_tools",
          arguments: { server_name: "alpha", tool_calls: [{ name: "hidden_admin", args: {} }] },
        });
        const s = r.structuredContent as {
          results: { status: string; message: string }[];
          summary: Record<string, number>;
        };
        assert.equal(s.results[0].status, "error");
        assert.match(s.results[0].message, /allowlist/);
        assert.deepEqual(s.summary, { total: 1, successful: 0, blocked: 0, failed: 1 });
        assert.ok(!(await recorded(rec)).some((c) => c.tool === "hidden_admin"));
      });

      await t.step("smg_call_tools runs a batch with per-call status and summary", async () => {
        const r = await client.callTool({
          name: "smg_call_tools",
          arguments: {
            server_name: "beta",
            tool_calls: [{ name: "echo", args: { text: "one" } }, {
              name: "echo",
              args: { text: "two" },
            }],
          },
        });
        const s = r.structuredContent as {
          results: { status: string; result: unknown }[];
          summary: Record<string, number>;
        };
        assert.deepEqual(s.results.map((x) => x.status), ["success", "success"]);
        assert.equal(textOf(s.results[1].result), "beta:two");
        assert.deepEqual(s.summary, { total: 2, successful: 2, blocked: 0, failed: 0 });
      });

      await t.step("meta discovery, server info, cache and timeout metrics", async () => {
        const list = (await client.callTool({ name: "smg_list_servers", arguments: {} }))
          .structuredContent as { servers: { name: string }[] };
        assert.deepEqual(list.servers.map((s) => s.name), ["alpha", "beta"]);
        const disc = (await client.callTool({ name: "smg_discover_tools", arguments: {} }))
          .structuredContent as {
            servers: {
              server: string;
              status: string;
              tools: { name: string }[];
              hidden_by_allowlist: number;
            }[];
          };
        const alpha = disc.servers.find((s) => s.server === "alpha")!;
        assert.equal(alpha.status, "ok");
        assert.deepEqual(alpha.tools.map((x) => x.name).sort(), ["echo", "env_names"]);
        assert.equal(alpha.hidden_by_allowlist, 1);
        const info = (await client.callTool({
          name: "smg_get_server_info",
          arguments: { server_name: "beta" },
        })).structuredContent as {
          tools: unknown[];
        };
        assert.equal(info.tools.length, 3);
        const cache = (await client.callTool({ name: "smg_cache_status", arguments: {} }))
          .structuredContent as {
            entries: number;
            servers: { tools_cached: boolean }[];
          };
        assert.ok(cache.entries >= 2);
        assert.ok(cache.servers.every((s) => s.tools_cached));
        const cleared = (await client.callTool({
          name: "smg_clear_cache",
          arguments: { cache_type: "server", server_name: "alpha" },
        }))
          .structuredContent as { cleared_entries: number };
        assert.equal(cleared.cleared_entries, 1);
        const m = (await client.callTool({ name: "smg_timeout_metrics", arguments: {} }))
          .structuredContent as {
            by_kind: { tool_call: { total: number; successful: number } };
          };
        assert.ok(m.by_kind.tool_call.successful >= 4);
      });

      await t.step("bad meta arguments get a clear error naming the argument", async () => {
        await assert.rejects(
          client.callTool({ name: "smg_call_tools", arguments: { server_name: "beta" } }),
          /tool_calls/,
        );
        await assert.rejects(
          client.callTool({ name: "smg_get_server_info", arguments: { server_name: "nope" } }),
          /Unknown server "nope"/,
        );
      });

      await t.step("upstream env is explicit: no gateway secrets or key", async () => {
        const names = JSON.parse(
          textOf(await client.callTool({ name: "alpha__env_names", arguments: {} })),
        );
        assert.ok(names.includes("RECORD_FILE"));
        assert.ok(!names.includes("SMG_SUPER_SECRET"));
        assert.ok(!names.includes("SMG_GATEWAY_KEY"));
      });
    } finally {
      await client.close();
    }

    await t.step("a key of another project sees only that project's tools", async () => {
      const c2 = await httpClient(gw.url, keys.other);
      try {
        const { tools } = await c2.listTools();
        assert.deepEqual(tools, []);
        await assert.rejects(
          c2.callTool({ name: "alpha__echo", arguments: { text: "x" } }),
          /no such tool/,
        );
      } finally {
        await c2.close();
      }
    });
  } finally {
    const st = await gw.stop("SIGTERM");
    assert.equal(st.code, 0, gw.stderr());
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("smg serve --http: crash, timeout and concurrent sessions", async (t) => {
  const dir = await Deno.makeTempDir();
  const { path, keys } = await writeTestConfig(dir, [
    badServer("crashy", "crash"),
    badServer("slowpoke", "slow", { timeouts: { tool_call_ms: 800 } }),
    badServer("echo", "echo"),
  ]);
  const gw = await startHttpGateway(path);
  const client = await httpClient(gw.url, keys.valid);
  try {
    await t.step(
      "a crashing upstream gives a clear error and is restarted on the next call",
      async () => {
        await assert.rejects(client.callTool({ name: "crashy__crash", arguments: {} }), /crashy/);
        const ok = await client.callTool({ name: "crashy__ok", arguments: {} });
        assert.ok(!ok.isError);
      },
    );

    await t.step(
      "a call that never answers times out with an error naming server and tool",
      async () => {
        const started = Date.now();
        await assert.rejects(
          client.callTool({ name: "slowpoke__wait", arguments: {} }),
          (e: Error) =>
            /Timed out after 800 ms/.test(e.message) && /"wait"/.test(e.message) &&
            /"slowpoke"/.test(e.message),
        );
        assert.ok(Date.now() - started < 10_000);
        const m = (await client.callTool({ name: "smg_timeout_metrics", arguments: {} }))
          .structuredContent as {
            by_kind: { tool_call: { timed_out: number } };
          };
        assert.equal(m.by_kind.tool_call.timed_out, 1);
      },
    );

    await t.step("20 concurrent sessions each call echo", async () => {
      const clients = await Promise.all(
        Array.from({ length: 20 }, () => httpClient(gw.url, keys.valid)),
      );
      try {
        const results = await Promise.all(
          clients.map((c, i) => c.callTool({ name: "echo__echo", arguments: { text: `n${i}` } })),
        );
        results.forEach((r, i) => assert.equal(textOf(r), `n${i}`));
      } finally {
        await Promise.all(clients.map((c) => c.close()));
      }
    });
  } finally {
    await client.close();
    const st = await gw.stop("SIGINT");
    assert.equal(st.code, 0, gw.stderr());
    await Deno.remove(dir, { recursive: true });
  }
});
