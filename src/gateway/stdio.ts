/**
 * stdio edge for desktop clients: the key comes from SMG_GATEWAY_KEY (or ENKRYPT_GATEWAY_KEY).
 * stdout carries only MCP traffic; every log goes to stderr.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/server/stdio"
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import process from "node:process";
import type { Principal } from "../auth/keys.ts";
import type { GatewayRuntime } from "../runtime/runtime.ts";
import { createGatewayServer, notifyToolChanges } from "./server.ts";

/** Read the gateway key from the environment. */
export function keyFromEnv(
  env: (n: string) => string | undefined = (n) => Deno.env.get(n),
): string | undefined {
  return env("SMG_GATEWAY_KEY") || env("ENKRYPT_GATEWAY_KEY") || undefined;
}

/** Serve one client over stdio until stdin closes. Throws AuthError at once for a bad key. */
export async function serveStdio(
  rt: GatewayRuntime,
  key: string | undefined,
): Promise<{ closed: Promise<void> }> {
  const first: Principal = rt.authenticate(key, "stdio");
  const principal = () => rt.recheck(first.keyId);
  const server = createGatewayServer(rt, principal);
  const unsubscribe = notifyToolChanges(rt, server, principal);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    server.onclose = () => {
      unsubscribe();
      resolve();
    };
  });
  await server.connect(transport);
  // The SDK's stdio transport does not notice stdin EOF; watch for it so we shut down cleanly.
  process.stdin.once("end", () => void server.close());
  rt.events.emit({
    type: "session.opened",
    session_id: "stdio",
    transport: "stdio",
    project: first.projectId,
  });
  return { closed };
}
