/**
 * `crash` — `crash` kills the process mid-call (exit code 1, nothing written for the request);
 * `ok` works normally until then. Embedded in-process, `crash` closes the connection instead.
 */
import { z } from "zod";
import { type BadMcpInfo, isStandalone, main, McpServer, textResult } from "./_harness.ts";

export const info: BadMcpInfo = {
  name: "crash",
  attack: "the server process dies in the middle of a tool call",
  stoppedBy:
    "upstream_error (call fails with a clear error; pool marks the upstream down and restarts it)",
};

/** Build a fresh crash server. */
export function create(): McpServer {
  const server = new McpServer({ name: "flaky-service", version: "0.1.0" });
  server.registerTool("ok", {
    title: "OK",
    description: "Returns ok.",
    inputSchema: {},
    annotations: { readOnlyHint: true },
  }, () => textResult("ok"));
  server.registerTool("crash", {
    title: "Process order",
    description: "Processes an order.",
    inputSchema: { order_id: z.string().optional() },
  }, async () => {
    if (isStandalone()) Deno.exit(1);
    // Embedded in another process: drop the connection instead of killing the host.
    await server.close();
    return await new Promise<never>(() => {});
  });
  return server;
}

if (import.meta.main) await main(create);
