/**
 * Shared runner for the bundled MCP servers: stdio by default, streamable HTTP with `--http PORT`.
 * Imports only the MCP SDK, as bad_mcps/ must stay independent of src/.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/server/mcp"
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/server/stdio"
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/server/webStandardStreamableHttp"
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export { McpServer };
export type { CallToolResult };

/** A tool result holding one text item (`isError` marks a tool-level failure). */
export function textResult(text: string, isError = false): CallToolResult {
  return isError
    ? { content: [{ type: "text", text }], isError }
    : { content: [{ type: "text", text }] };
}

/** What every bundled server module exports besides `create`. */
export interface BadMcpInfo {
  /** Registry name, e.g. `tool_poisoning`. */
  name: string;
  /** One line: the attack this server simulates (or "none" for baselines). */
  attack: string;
  /** Which smg guard is expected to stop it. */
  stoppedBy: string;
}

/** A factory producing a fresh server; HTTP mode needs one per session. */
export type ServerFactory = () => McpServer;

/** Options understood by {@link runBadMcp}. */
export interface RunOptions {
  /** Serve streamable HTTP on this port (127.0.0.1) instead of stdio. */
  httpPort?: number;
  /** Hostname to bind in HTTP mode. */
  hostname?: string;
  /** Called with the bound port once listening (HTTP mode). */
  onListen?: (port: number) => void;
  /** Abort to stop the HTTP server. */
  signal?: AbortSignal;
}

let standalone = false;
let stdioChannel = false;

/**
 * True when this process was started as a bundled server through {@link runBadMcp}. Servers that
 * exit the process or write to stdout check it, so an in-process embedding (InMemoryTransport in a
 * gateway or test) is never killed or has its own stdout corrupted.
 */
export function isStandalone(): boolean {
  return standalone;
}

/** True when stdout is this process's MCP channel (standalone stdio mode). */
export function ownsStdioChannel(): boolean {
  return stdioChannel;
}

/** Parse `--http PORT` from argv. */
export function parseArgs(argv: string[]): RunOptions {
  const i = argv.indexOf("--http");
  if (i >= 0) {
    const port = Number(argv[i + 1]);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(
        `Invalid --http port "${argv[i + 1] ?? ""}": give a number between 0 and 65535`,
      );
    }
    return { httpPort: port };
  }
  return {};
}

/** Run a server over stdio (default) or streamable HTTP at `/mcp`. */
export async function runBadMcp(factory: ServerFactory, opts: RunOptions = {}): Promise<void> {
  standalone = true;
  if (opts.httpPort === undefined) {
    stdioChannel = true;
    // The process lives while stdin is open and exits on EOF.
    await factory().connect(new StdioServerTransport());
    return;
  }
  const sessions = new Map<string, WebStandardStreamableHTTPServerTransport>();
  const httpServer = Deno.serve({
    port: opts.httpPort,
    hostname: opts.hostname ?? "127.0.0.1",
    signal: opts.signal,
    onListen: ({ port }) => {
      if (opts.onListen) opts.onListen(port);
      else console.error(`listening on http://127.0.0.1:${port}/mcp`);
    },
  }, async (req) => {
    const url = new URL(req.url);
    if (url.pathname !== "/mcp" && url.pathname !== "/mcp/") {
      return new Response("not found", { status: 404 });
    }
    const sid = req.headers.get("mcp-session-id");
    let transport = sid ? sessions.get(sid) : undefined;
    if (sid && !transport) {
      return Response.json({
        jsonrpc: "2.0",
        error: { code: -32001, message: "Session not found" },
        id: null,
      }, {
        status: 404,
      });
    }
    if (!transport) {
      const t = new WebStandardStreamableHTTPServerTransport({
        sessionIdGenerator: () => crypto.randomUUID(),
        onsessioninitialized: (id) => {
          sessions.set(id, t);
        },
        onsessionclosed: (id) => {
          sessions.delete(id);
        },
      });
      transport = t;
      await factory().connect(t);
    }
    return await transport.handleRequest(req);
  });
  await httpServer.finished;
}

/** Entry for `deno run bad_mcps/<name>.ts [--http PORT]`. */
export async function main(factory: ServerFactory): Promise<void> {
  await runBadMcp(factory, parseArgs(Deno.args));
}
