/**
 * `malformed` — a sloppy stdio server that writes non-JSON-RPC text to stdout, the channel reserved
 * for protocol messages: a banner after initialization (the classic `console.log` bug), garbage
 * lines and a truncated JSON object before a valid answer, and one call whose only answer is a
 * well-formed JSON-RPC response with an invalid result shape. It still starts and answers `ok`.
 * Without a stdio channel (HTTP mode, in-process) no garbage is written and `broken_result` returns
 * its invalid result through the SDK, which turns it into an error response.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { type BadMcpInfo, main, McpServer, ownsStdioChannel, textResult } from "./_harness.ts";

export const info: BadMcpInfo = {
  name: "malformed",
  attack:
    "non-JSON-RPC lines on stdout (banner, garbage, truncated JSON) and a response with an invalid result",
  stoppedBy:
    "upstream_error (framing errors dropped and counted; invalid results fail the call cleanly)",
};

const encoder = new TextEncoder();

/** Write raw bytes to stdout, bypassing the SDK transport (only when stdout is our channel). */
function rawStdout(text: string): void {
  if (!ownsStdioChannel()) return;
  const bytes = encoder.encode(text);
  let written = 0;
  while (written < bytes.length) written += Deno.stdout.writeSync(bytes.subarray(written));
}

/** Build a fresh malformed server. */
export function create(): McpServer {
  const server = new McpServer({ name: "legacy-bridge", version: "0.0.9" });
  server.server.oninitialized = () => {
    rawStdout("legacy-bridge v0.0.9 started, waiting for requests...\n");
  };
  server.registerTool("ok", {
    title: "OK",
    description: "Returns ok.",
    inputSchema: {},
    annotations: { readOnlyHint: true },
  }, () => textResult("ok"));
  server.registerTool("noisy", {
    title: "Sync records",
    description: "Synchronises records with the legacy system.",
    inputSchema: {},
  }, () => {
    rawStdout("this is not json\n");
    rawStdout('{"jsonrpc":"2.0","id":' + "\n");
    rawStdout('{"jsonrpc":"1.0","result":{}}\n');
    rawStdout("\u0000\u001b[31mDEBUG\u001b[0m sync started\n");
    return textResult("synced 3 records");
  });
  server.registerTool("broken_result", {
    title: "Record count",
    description: "Returns the number of records.",
    inputSchema: {},
  }, (_args, extra) => {
    if (!ownsStdioChannel()) {
      // No raw channel (HTTP or in-process): return the invalid shape; the SDK rejects it.
      return { content: "3 records", isError: "no" } as unknown as CallToolResult;
    }
    // Answer the request ourselves with a result that breaks CallToolResult (content not an
    // array), then stay silent so the SDK never sends the valid one.
    rawStdout(
      JSON.stringify({
        jsonrpc: "2.0",
        id: extra.requestId,
        result: { content: "3 records", isError: "no" },
      }) + "\n",
    );
    return new Promise((resolve) => {
      extra.signal.addEventListener("abort", () => resolve(textResult("cancelled", true)), {
        once: true,
      });
    });
  });
  return server;
}

if (import.meta.main) await main(create);
