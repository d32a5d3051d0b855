/**
 * Gateway round trip: an SDK client calling the bundled echo server directly over stdio, versus
 * through `smg serve` (stdio) with no policies and with the recommended policies (guards in scan
 * workers, the default, and inline). Target: smg with
 * its default guards ≤ 1.5× direct at p50 (see shared ARCHITECTURE "Performance notes").
 * Run with `deno task bench` (bounded: Deno.bench decides iterations; every process is closed).
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/stdio"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { generateKey } from "../../src/auth/keys.ts";
import { recommendedPolicies } from "../../src/guardrails/recommended.ts";
import { SMG_PERMISSION_FLAGS } from "../../src/upstream/self.ts";

const ECHO = new URL("../../bad_mcps/echo.ts", import.meta.url).pathname;
const MAIN = new URL("../../main.ts", import.meta.url).pathname;
const dir = Deno.makeTempDirSync();
const env = { PATH: Deno.env.get("PATH") ?? "", HOME: Deno.env.get("HOME") ?? dir };

async function connect(
  command: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<Client> {
  const c = new Client({ name: "bench", version: "1" });
  await c.connect(
    new StdioClientTransport({ command, args, env: { ...env, ...extraEnv }, stderr: "ignore" }),
  );
  return c;
}

function gatewayConfig(
  guarded: boolean,
  isolation: "worker" | "inline" = "worker",
): { path: string; key: string } {
  const k = generateKey();
  const path = `${dir}/${guarded ? `guarded-${isolation}` : "plain"}.json`;
  Deno.writeTextFileSync(
    path,
    JSON.stringify({
      settings: { log_level: "error", guards: { isolation } },
      server_sets: {
        s: {
          servers: [{
            name: "echo",
            command: Deno.execPath(),
            args: ["run", "--deny-run", ECHO],
            ...(guarded ? recommendedPolicies() : {}),
          }],
        },
      },
      projects: { p: { name: "P", server_set: "s", users: ["u"] } },
      users: { u: { email: "b@example.com" } },
      keys: { k: { hash: k.hash, prefix: k.prefix, project: "p", user: "u" } },
    }),
  );
  return { path, key: k.key };
}

const plainCfg = gatewayConfig(false);
const guardedCfg = gatewayConfig(true);
const inlineCfg = gatewayConfig(true, "inline");
const direct = await connect(Deno.execPath(), ["run", "--deny-run", ECHO]);
const smgPlain = await connect(Deno.execPath(), [
  "run",
  ...SMG_PERMISSION_FLAGS,
  MAIN,
  "serve",
  "--config",
  plainCfg.path,
], {
  SMG_GATEWAY_KEY: plainCfg.key,
});
const smgGuarded = await connect(Deno.execPath(), [
  "run",
  ...SMG_PERMISSION_FLAGS,
  MAIN,
  "serve",
  "--config",
  guardedCfg.path,
], {
  SMG_GATEWAY_KEY: guardedCfg.key,
});
const smgInline = await connect(Deno.execPath(), [
  "run",
  ...SMG_PERMISSION_FLAGS,
  MAIN,
  "serve",
  "--config",
  inlineCfg.path,
], {
  SMG_GATEWAY_KEY: inlineCfg.key,
});
const text = "The quick brown fox jumps over the lazy dog. ".repeat(23).slice(0, 1024); // 1 KB

// Warm up: spawn upstreams and fill caches outside the measurement.
for (
  const [c, name] of [[direct, "echo"], [smgPlain, "echo__echo"], [
    smgGuarded,
    "echo__echo",
  ], [smgInline, "echo__echo"]] as const
) {
  for (let i = 0; i < 20; i++) await c.callTool({ name, arguments: { text } });
}

Deno.bench(
  { name: "direct: client → echo (stdio), 1 KB", group: "roundtrip", baseline: true },
  async () => {
    await direct.callTool({ name: "echo", arguments: { text } });
  },
);
Deno.bench(
  { name: "smg, no policies: client → smg → echo, 1 KB", group: "roundtrip" },
  async () => {
    await smgPlain.callTool({ name: "echo__echo", arguments: { text } });
  },
);
Deno.bench(
  { name: "smg, recommended policies: client → smg → echo, 1 KB", group: "roundtrip" },
  async () => {
    await smgGuarded.callTool({ name: "echo__echo", arguments: { text } });
  },
);
Deno.bench(
  { name: "smg, recommended policies, inline guards, 1 KB", group: "roundtrip" },
  async () => {
    await smgInline.callTool({ name: "echo__echo", arguments: { text } });
  },
);

globalThis.addEventListener("unload", () => {
  void direct.close();
  void smgPlain.close();
  void smgGuarded.close();
  void smgInline.close();
});
