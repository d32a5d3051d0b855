/**
 * stdio edge for desktop clients: the key comes from SMG_GATEWAY_KEY (or ENKRYPT_GATEWAY_KEY).
 * stdout carries only MCP traffic; every log goes to stderr.
 */
import type { Principal } from "../auth/keys.ts";
import type { GatewayRuntime } from "../runtime/runtime.ts";
import { createGatewayServer, notifyToolChanges } from "./server.ts";
import { DenoStdioServerTransport } from "./stdio_server_transport.ts";

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
  const transport = new DenoStdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    server.onclose = () => {
      unsubscribe();
      resolve();
    };
  });
  // The transport closes on stdin EOF, which closes the server and resolves `closed`.
  await server.connect(transport);
  rt.events.emit({
    type: "session.opened",
    session_id: "stdio",
    transport: "stdio",
    project: first.projectId,
  });
  return { closed };
}
