/**
 * Every bundled server really starts as a child process with no Deno permissions, lists its tools
 * and behaves as its catalog entry claims (rug pull, hang, crash, huge output, garbage, HTTP mode).
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/stdio"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/streamableHttp"
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/inMemory"
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import {
  type CallToolResult,
  ToolListChangedNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { BAD_MCPS } from "./registry.ts";
import { FAKE_SECRETS } from "./_fakes.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const HERE = fileURLToPath(new URL("./", import.meta.url));
const MB = 1024 * 1024;

/** Child env: no update check (no internet), same module cache as this process. */
function childEnv(): Record<string, string> {
  const env: Record<string, string> = { DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
  const dir = Deno.env.get("DENO_DIR");
  if (dir) env.DENO_DIR = dir;
  return env;
}

/**
 * Spawn `deno run bad_mcps/<name>.ts` with no permissions and connect an SDK client over stdio.
 * The SDK spawns through node:child_process, and Deno's node layer silently injects `-A` when it
 * spawns `deno run` without any permission flag (denoland/deno#35443); `--deny-run` is an explicit
 * flag that grants nothing, so the child really runs with no permissions.
 */
async function spawnStdio(name: string): Promise<Client> {
  const transport = new StdioClientTransport({
    command: Deno.execPath(),
    args: ["run", "--deny-run", `bad_mcps/${name}.ts`],
    cwd: ROOT,
    env: childEnv(),
    stderr: "ignore",
  });
  const client = new Client({ name: "registry-test", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

/** Connect a client to an in-process instance of a registry server. */
async function inProcess(name: string): Promise<Client> {
  const [a, b] = InMemoryTransport.createLinkedPair();
  await BAD_MCPS[name].create().connect(a);
  const client = new Client({ name: "registry-test", version: "1.0.0" });
  await client.connect(b);
  return client;
}

function textOf(result: unknown): string {
  const content = (result as CallToolResult).content ?? [];
  return content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
}

Deno.test("registry lists every bad_mcps/*.ts server file and nothing else", async () => {
  const files: string[] = [];
  for await (const entry of Deno.readDir(HERE)) {
    const n = entry.name;
    if (!entry.isFile || !n.endsWith(".ts") || n.startsWith("_") || n.endsWith("_test.ts")) {
      continue;
    }
    if (n === "registry.ts") continue;
    files.push(n.slice(0, -3));
  }
  assert.deepEqual(files.sort(), Object.keys(BAD_MCPS).sort());
});

Deno.test("registry entries carry their own name, an attack and a guard", () => {
  for (const [key, entry] of Object.entries(BAD_MCPS)) {
    assert.equal(entry.info.name, key);
    assert.ok(entry.info.attack.length > 3, `${key}: attack`);
    assert.ok(entry.info.stoppedBy.length > 3, `${key}: stoppedBy`);
    assert.equal(typeof entry.create, "function");
  }
});

Deno.test("every registry server starts over stdio with no permissions and lists its tools", async () => {
  const names = Object.keys(BAD_MCPS);
  await Promise.all(names.map(async (name) => {
    const [child, local] = await Promise.all([spawnStdio(name), inProcess(name)]);
    try {
      const [remote, expected] = await Promise.all([child.listTools(), local.listTools()]);
      assert.ok(remote.tools.length >= 1, `${name}: no tools`);
      assert.deepEqual(
        remote.tools.map((t) => t.name),
        expected.tools.map((t) => t.name),
        `${name}: child and in-process tool lists differ`,
      );
    } finally {
      await Promise.all([child.close(), local.close()]);
    }
  }));
});

Deno.test("fake secrets keep real-world shapes while saying FAKE or EXAMPLE", () => {
  const s = FAKE_SECRETS;
  assert.match(s.awsAccessKeyId, /^AKIA[0-9A-Z]{16}$/);
  assert.match(s.awsSecretAccessKey, /^[A-Za-z0-9/+]{40}$/);
  assert.match(s.githubToken, /^ghp_[A-Za-z0-9]{36}$/);
  assert.match(
    s.privateKeyPem,
    /^-----BEGIN RSA PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END RSA/,
  );
  assert.match(s.jwt, /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
  assert.match(s.databaseUrl, /^postgres:\/\/[^:]+:[^@]+@/);
  for (const [k, v] of Object.entries(s)) {
    const decoded = k === "privateKeyPem" ? atob(v.split("\n").slice(1, -1).join("")) : v;
    assert.match(decoded + v, /FAKE|EXAMPLE/, k);
  }
});

Deno.test("benign twins answer cleanly in process", async () => {
  const cases: [string, string, Record<string, unknown>, RegExp][] = [
    ["path_traversal", "read_file", { path: "docs/readme.md" }, /# Project docs/],
    ["command_injection", "ping_host", { host: "example.com" }, /time=/],
    ["rce", "eval_expression", { expression: "2 + 3" }, /^5$/],
    ["prompt_injection", "read_email", { id: "1" }, /lunch/],
    ["tool_poisoning", "multiply", { a: 6, b: 7 }, /^42$/],
    ["ssrf", "fetch_url", { url: "http://169.254.169.254/latest/meta-data/" }, /ASIA/],
  ];
  for (const [server, tool, args, expected] of cases) {
    const client = await inProcess(server);
    try {
      assert.match(textOf(await client.callTool({ name: tool, arguments: args })), expected);
    } finally {
      await client.close();
    }
  }
});

Deno.test("crash and malformed neither exit nor write stdout when embedded in process", async () => {
  const crash = await inProcess("crash");
  let closed = false;
  crash.onclose = () => closed = true;
  await assert.rejects(crash.callTool({ name: "crash", arguments: {} }));
  assert.ok(closed);
  const malformed = await inProcess("malformed");
  try {
    assert.equal(
      textOf(await malformed.callTool({ name: "noisy", arguments: {} })),
      "synced 3 records",
    );
    await assert.rejects(malformed.callTool({ name: "broken_result", arguments: {} }), /Invalid/);
  } finally {
    await malformed.close();
  }
});

Deno.test("rug_pull changes its definition after the first call and emits list_changed", async () => {
  const client = await spawnStdio("rug_pull");
  try {
    let notified!: () => void;
    const changed = new Promise<void>((r) => notified = r);
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => notified());
    const before = (await client.listTools()).tools.find((t) => t.name === "get_weather");
    assert.ok(before && !before.description?.includes("IMPORTANT"));
    await client.callTool({ name: "get_weather", arguments: { city: "Oslo" } });
    await changed;
    const after = (await client.listTools()).tools.find((t) => t.name === "get_weather");
    assert.match(after?.description ?? "", /<IMPORTANT>/);
    assert.ok("notes" in ((after?.inputSchema.properties ?? {}) as Record<string, unknown>));
  } finally {
    await client.close();
  }
});

Deno.test("slow wait does not answer within 500 ms and honours cancellation", async () => {
  const client = await spawnStdio("slow");
  try {
    const ac = new AbortController();
    const call = client.callTool({ name: "wait", arguments: {} }, undefined, { signal: ac.signal });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const winner = await Promise.race([
      call.then(() => "answered", () => "failed"),
      new Promise<string>((r) => timer = setTimeout(() => r("timeout"), 500)),
    ]);
    clearTimeout(timer);
    assert.equal(winner, "timeout");
    ac.abort();
    await assert.rejects(call);
    const quick = await client.callTool({ name: "quick", arguments: {} });
    assert.match(textOf(quick), /cancelled waits so far: 1/);
  } finally {
    await client.close();
  }
});

/** Newline-delimited JSON-RPC requests for a raw stdio session. */
function rawSession(...calls: unknown[]): Uint8Array {
  const init = {
    jsonrpc: "2.0",
    id: 0,
    method: "initialize",
    params: {
      protocolVersion: "2025-06-18",
      capabilities: {},
      clientInfo: { name: "t", version: "1" },
    },
  };
  const msgs = [init, { jsonrpc: "2.0", method: "notifications/initialized" }, ...calls];
  return new TextEncoder().encode(msgs.map((m) => JSON.stringify(m)).join("\n") + "\n");
}

Deno.test("crash makes the call fail and the process exit with code 1", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "bad_mcps/crash.ts"],
    cwd: ROOT,
    env: childEnv(),
    stdin: "piped",
    stdout: "piped",
    stderr: "null",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(rawSession({
    jsonrpc: "2.0",
    id: 1,
    method: "tools/call",
    params: { name: "crash", arguments: {} },
  }));
  const [status, out] = await Promise.all([child.status, new Response(child.stdout).text()]);
  await writer.close().catch(() => {});
  assert.equal(status.code, 1);
  assert.match(out, /"id":0/);
  assert.doesNotMatch(out, /"id":1/);

  const client = await spawnStdio("crash");
  try {
    assert.equal(textOf(await client.callTool({ name: "ok", arguments: {} })), "ok");
    await assert.rejects(client.callTool({ name: "crash", arguments: {} }));
  } finally {
    await client.close();
  }
});

Deno.test("resource_exhaustion returns >= 5 MB, 10 000 items and thousands-deep JSON", async () => {
  const client = await spawnStdio("resource_exhaustion");
  try {
    const big = await client.callTool({ name: "generate_report", arguments: { size_mb: 5 } });
    assert.ok(textOf(big).length >= 5 * MB);
    const items = await client.callTool({ name: "list_items", arguments: { count: 10_000 } });
    assert.equal((items as CallToolResult).content.length, 10_000);
    const tree = await client.callTool({ name: "get_tree", arguments: {} });
    const levels = Number(/(\d+) levels/.exec(textOf(tree))?.[1]);
    assert.ok(levels >= 2000, `only ${levels} levels`);
    let node = (tree as CallToolResult).structuredContent as Record<string, unknown>;
    for (let i = 0; i < levels; i++) node = node.child as Record<string, unknown>;
    assert.equal(node.leaf, true);
    let progress = 0;
    const stream = await client.callTool(
      { name: "stream_logs", arguments: { seconds: 0.3 } },
      undefined,
      { onprogress: () => progress++ },
    );
    assert.match(textOf(stream), /finished after \d+ events/);
    assert.ok(progress >= 5, `only ${progress} progress notifications`);
  } finally {
    await client.close();
  }
});

Deno.test("malformed writes garbage to stdout yet a client survives it", async () => {
  const client = await spawnStdio("malformed");
  const errors: unknown[] = [];
  client.onerror = (e) => errors.push(e);
  try {
    assert.equal(textOf(await client.callTool({ name: "ok", arguments: {} })), "ok");
    assert.equal(
      textOf(await client.callTool({ name: "noisy", arguments: {} })),
      "synced 3 records",
    );
    await assert.rejects(client.callTool({ name: "broken_result", arguments: {} }));
    assert.ok(errors.length >= 3, `only ${errors.length} framing errors seen`);
  } finally {
    await client.close();
  }
});

Deno.test("echo_oauth reports no env permission when run with none", async () => {
  const client = await spawnStdio("echo_oauth");
  try {
    const text = textOf(await client.callTool({ name: "whoami", arguments: {} }));
    assert.match(text, /transport: stdio/);
    assert.match(text, /env GITHUB_TOKEN: no env permission/);
  } finally {
    await client.close();
  }
});

/** Start `bad_mcps/<name>.ts --http 0` with only --allow-net=127.0.0.1; resolve its URL. */
async function spawnHttp(name: string): Promise<{ url: URL; child: Deno.ChildProcess }> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-net=127.0.0.1", `bad_mcps/${name}.ts`, "--http", "0"],
    cwd: ROOT,
    env: childEnv(),
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const reader = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  while (!/listening on (\S+)/.test(seen)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`${name} exited before listening: ${seen}`);
    seen += value;
  }
  reader.releaseLock();
  child.stderr.cancel().catch(() => {});
  return { url: new URL(/listening on (\S+)/.exec(seen)![1]), child };
}

Deno.test("echo and echo_oauth work over streamable HTTP with only --allow-net=127.0.0.1", async () => {
  const [echo, oauth] = await Promise.all([spawnHttp("echo"), spawnHttp("echo_oauth")]);
  const token = "Bearer " + "FAKE" + "EXAMPLE" + "token-0123456789";
  const c1 = new Client({ name: "registry-test", version: "1.0.0" });
  const c2 = new Client({ name: "registry-test", version: "1.0.0" });
  try {
    await c1.connect(new StreamableHTTPClientTransport(echo.url));
    assert.equal(textOf(await c1.callTool({ name: "echo", arguments: { text: "hi" } })), "hi");
    await c2.connect(
      new StreamableHTTPClientTransport(oauth.url, {
        requestInit: { headers: { Authorization: token } },
      }),
    );
    const who = textOf(await c2.callTool({ name: "whoami", arguments: {} }));
    assert.match(who, /header authorization: Bearer FAKE… \(27 chars\)/);
    assert.doesNotMatch(who, /EXAMPLEtoken/);
  } finally {
    await Promise.all([c1.close(), c2.close()]);
    for (const { child } of [echo, oauth]) {
      child.kill("SIGTERM");
      await child.status;
    }
  }
});

Deno.test("every registry server lists its tools over HTTP with only --allow-net=127.0.0.1", async () => {
  await Promise.all(
    Object.keys(BAD_MCPS).map(async (name) => {
      const { url, child } = await spawnHttp(name);
      const client = new Client({ name: "registry-test", version: "1.0.0" });
      try {
        await client.connect(new StreamableHTTPClientTransport(url));
        assert.ok((await client.listTools()).tools.length >= 1, `${name}: no tools over HTTP`);
      } finally {
        await client.close();
        child.kill("SIGTERM");
        await child.status;
      }
    }),
  );
});
