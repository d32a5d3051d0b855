/**
 * The transport seam: builds an MCP client transport for one upstream entry. Everything else talks
 * to upstreams through the SDK `Client` this module connects.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/streamableHttp"
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/sse"
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/shared/transport"
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { ServerConfig } from "../config/schema.ts";
import { secretValue } from "../config/secrets.ts";
import { VERSION } from "../version.ts";
import { isDenoRun, sandboxDenoArgs } from "../sandbox/deno_permissions.ts";
import { childEnv } from "./env.ts";
import { resolveCommand } from "./self.ts";
import { DenoStdioTransport } from "./stdio_transport.ts";

export { Client };

/** Hooks the pool passes to a new connection. */
export interface ConnectHooks {
  onStderr?: (line: string) => void;
}

/** Build the transport for a server entry (secrets already resolved). */
export function createTransport(server: ServerConfig, hooks: ConnectHooks = {}): Transport {
  if (server.command) {
    const resolved = resolveCommand(server.command, server.args);
    const { command } = resolved;
    let args = resolved.args;
    if (server.sandbox?.enabled && isDenoRun(command, args)) {
      args = sandboxDenoArgs(args, server.sandbox);
    }
    // Cap what a chatty or hostile server can push into our logs.
    let stderrBudget = server.sandbox?.max_stderr_bytes ?? 1 << 20;
    const onStderr = (line: string) => {
      if (stderrBudget <= 0) return;
      stderrBudget -= line.length;
      if (stderrBudget <= 0) {
        hooks.onStderr?.("[smg: further stderr output from this server is dropped]");
      } else hooks.onStderr?.(line);
    };
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(server.env)) env[k] = secretValue(v) ?? "";
    return new DenoStdioTransport({
      command,
      args,
      env: childEnv(env),
      cwd: server.cwd,
      onStderr,
    });
  }
  const url = new URL(server.url!);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(server.headers)) headers[k] = secretValue(v) ?? "";
  if (server.oauth?.enabled !== false && server.oauth?.access_token !== undefined) {
    headers["Authorization"] = `Bearer ${secretValue(server.oauth.access_token)}`;
  }
  if (server.type === "sse") {
    return new SSEClientTransport(url, {
      requestInit: { headers },
      eventSourceInit: {
        fetch: (u, init) =>
          fetch(u, {
            ...init,
            headers: { ...(init?.headers as Record<string, string>), ...headers },
          }),
      },
    });
  }
  return new StreamableHTTPClientTransport(url, { requestInit: { headers } });
}

/** Create an SDK client and connect it (caller applies the connect timeout via `signal`). */
export async function connectClient(
  server: ServerConfig,
  hooks: ConnectHooks,
  signal: AbortSignal,
): Promise<{ client: Client; transport: Transport }> {
  const transport = createTransport(server, hooks);
  const client = new Client({ name: "smg-gateway", version: VERSION }, { capabilities: {} });
  const onAbort = () => void transport.close().catch(() => {});
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    await client.connect(transport, { signal });
  } catch (e) {
    await transport.close().catch(() => {});
    throw e;
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  return { client, transport };
}
