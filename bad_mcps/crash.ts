/**
 * `crash` — `crash` kills the process mid-call (exit code 1, nothing written for the request);
 * `ok` works normally until then.
 */
import { z } from "zod";
import { type BadMcpInfo, main, McpServer, textResult } from "./_harness.ts";

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
  }, () => {
    Deno.exit(1);
  });
  return server;
}

if (import.meta.main) await main(create);
