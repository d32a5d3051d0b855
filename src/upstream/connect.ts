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
import { ClientCredentialsTokens } from "../oauth/client_credentials.ts";
import { childEnv } from "./env.ts";
import { resolveCommand } from "./self.ts";
import { DenoStdioTransport } from "./stdio_transport.ts";

export { Client };

/** Hooks the pool passes to a new connection. */
export interface ConnectHooks {
  onStderr?: (line: string) => void;
  /** OAuth client-credentials tokens for this server, when configured. */
  tokens?: ClientCredentialsTokens;
  /** For stdio servers: the access token, passed as OAUTH_ACCESS_TOKEN. */
  accessToken?: string;
}

/** Token source for a server's `oauth` block (client_credentials), or undefined. */
export function tokensFor(server: ServerConfig): ClientCredentialsTokens | undefined {
  const o = server.oauth;
  if (!o || o.enabled === false || o.grant_type !== "client_credentials") return undefined;
  return new ClientCredentialsTokens({
    tokenUrl: o.token_url!,
    clientId: o.client_id!,
    clientSecret: secretValue(o.client_secret) ?? "",
    scope: o.scope,
    audience: o.audience,
  });
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
    if (hooks.accessToken) env.OAUTH_ACCESS_TOKEN = hooks.accessToken;
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
  const tokens = hooks.tokens;
  if (tokens) {
    // Every request carries a current token; a 401 drops the cached one so the next is fresh.
    const authFetch = async (u: string | URL, init?: RequestInit) => {
      const h = new Headers(init?.headers);
      h.set("Authorization", `Bearer ${await tokens.token()}`);
      const res = await fetch(u, { ...init, headers: h });
      if (res.status === 401) tokens.invalidate();
      return res;
    };
    if (server.type === "sse") {
      return new SSEClientTransport(url, {
        requestInit: { headers },
        fetch: authFetch,
        eventSourceInit: { fetch: authFetch },
      });
    }
    return new StreamableHTTPClientTransport(url, { requestInit: { headers }, fetch: authFetch });
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
  if (server.command && hooks.tokens) hooks = { ...hooks, accessToken: await hooks.tokens.token() };
  if (
    server.command && server.oauth?.enabled !== false && server.oauth?.access_token !== undefined
  ) {
    hooks = { ...hooks, accessToken: secretValue(server.oauth.access_token) };
  }
  if (server.oauth?.enabled !== false && server.oauth?.grant_type === "authorization_code") {
    throw new Error(
      "the OAuth authorization_code grant needs a browser and is not supported by the gateway; use client_credentials or a static access_token",
    );
  }
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
