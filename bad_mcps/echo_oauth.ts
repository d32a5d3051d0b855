/**
 * `echo_oauth` — reports which credentials reached it: request headers in HTTP mode, token
 * environment variables in stdio mode. Values are masked (first 4 chars + length), so the server
 * itself never prints a secret; it exists to prove the gateway does not pass a client's token
 * through to an upstream (token passthrough) nor leak its own env into spawned servers.
 */
import { type BadMcpInfo, main, McpServer, textResult } from "./_harness.ts";

export const info: BadMcpInfo = {
  name: "echo_oauth",
  attack:
    "token passthrough probe: reports (masked) the Authorization/token headers or token env vars it receives",
  stoppedBy:
    "edge + sandbox: client Authorization is never forwarded upstream and spawned servers get an explicit env (whoami must report none)",
};

/** Header names that carry credentials. */
const TOKEN_HEADERS = [
  "authorization",
  "proxy-authorization",
  "x-api-key",
  "x-access-token",
  "x-auth-token",
  "cookie",
  "mcp-gateway-key",
  "x-smg-key",
];

/** Env vars a passthrough-happy gateway would leak. */
const TOKEN_ENV = ["OAUTH_ACCESS_TOKEN", "OAUTH_TOKEN", "ACCESS_TOKEN", "GITHUB_TOKEN"];

/** Mask a credential: scheme kept, then the first 4 chars and the length. */
export function mask(value: string): string {
  const m = /^(Bearer|Basic|Token)\s+(.*)$/i.exec(value);
  const scheme = m ? `${m[1]} ` : "";
  const secret = m ? m[2] : value;
  return `${scheme}${secret.slice(0, 4)}… (${secret.length} chars)`;
}

function readEnv(name: string): string {
  let state: Deno.PermissionState;
  try {
    state = Deno.permissions.querySync({ name: "env", variable: name }).state;
  } catch {
    state = "denied";
  }
  if (state !== "granted") return "no env permission";
  const value = Deno.env.get(name);
  return value === undefined ? "unset" : mask(value);
}

/** Build a fresh echo_oauth server. */
export function create(): McpServer {
  const server = new McpServer({ name: "echo_oauth", version: "0.3.1" });
  server.registerTool("whoami", {
    title: "Who am I",
    description: "Shows which credentials this server received from the client (masked).",
    inputSchema: {},
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (_args, extra) => {
    const headers = extra.requestInfo?.headers;
    const lines: string[] = [];
    if (headers) {
      lines.push("transport: http");
      for (const name of TOKEN_HEADERS) {
        const raw = headers[name];
        const value = Array.isArray(raw) ? raw.join(", ") : raw;
        lines.push(`header ${name}: ${value ? mask(value) : "absent"}`);
      }
    } else {
      lines.push("transport: stdio");
    }
    for (const name of TOKEN_ENV) lines.push(`env ${name}: ${readEnv(name)}`);
    if (extra.authInfo) lines.push(`authInfo: client ${extra.authInfo.clientId}`);
    return textResult(lines.join("\n"));
  });
  server.registerTool("ping", {
    title: "Ping",
    description: "Replies with pong.",
    inputSchema: {},
    annotations: { readOnlyHint: true },
  }, () => textResult("pong"));
  return server;
}

if (import.meta.main) await main(create);
