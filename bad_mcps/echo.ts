/** `echo` — the safe baseline server: one tool that returns its input unchanged. */
import { z } from "zod";
import { type BadMcpInfo, main, McpServer } from "./_harness.ts";

export const info: BadMcpInfo = {
  name: "echo",
  attack: "none (safe baseline)",
  stoppedBy: "nothing: every call must be allowed",
};

/** Build a fresh echo server. */
export function create(): McpServer {
  const server = new McpServer({ name: "echo", version: "1.0.0" });
  server.registerTool("echo", {
    title: "Echo",
    description: "Returns the given text unchanged.",
    inputSchema: { text: z.string().describe("Text to echo back") },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, ({ text }) => ({ content: [{ type: "text", text }] }));
  server.registerTool("add", {
    title: "Add",
    description: "Adds two numbers.",
    inputSchema: { a: z.number(), b: z.number() },
    annotations: { readOnlyHint: true },
  }, ({ a, b }) => ({ content: [{ type: "text", text: String(a + b) }] }));
  return server;
}

if (import.meta.main) await main(create);
