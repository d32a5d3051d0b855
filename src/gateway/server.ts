/**
 * One MCP server session facing one client. Re-authenticates on every request (a key disabled
 * while a session is open stops working at once) and routes tools/list and tools/call to the
 * runtime. The SDK server lives only in gateway/.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/server/index"
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import { ListToolsRequestSchema, type Tool } from "@modelcontextprotocol/sdk/types.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/shared/protocol"
import { Protocol } from "@modelcontextprotocol/sdk/shared/protocol.js";
import { z } from "zod";
import type { Principal } from "../auth/keys.ts";
import { UnknownToolError, UsageError } from "../errors.ts";
import type { GatewayRuntime } from "../runtime/runtime.ts";
import { VERSION } from "../version.ts";
import { toMcpError } from "./errors.ts";
import { callMetaTool, META_TOOL_NAMES, META_TOOLS } from "./meta_tools.ts";

/** A tools/call request whose params smg checks itself. */
const ToolCallEnvelope = z.looseObject({
  method: z.literal("tools/call"),
  params: z.unknown().optional(),
});

const CALL_SHAPE =
  'send {"name": "<server>__<tool>", "arguments": {…}} (list tools to see the names)';

/** The tool name and arguments of a tools/call, or a usage error naming the bad field. */
function callParams(params: unknown): { name: string; args: Record<string, unknown> } {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(params)) {
    throw new UsageError(`Invalid tools/call: $.params must be an object; ${CALL_SHAPE}`);
  }
  const { name, arguments: args } = params;
  if (typeof name !== "string" || name.length === 0) {
    throw new UsageError(
      `Invalid tools/call: $.params.name must be a non-empty string, got ${
        describe(name)
      }; ${CALL_SHAPE}`,
      { path: "$.params.name" },
    );
  }
  if (args !== undefined && !isObject(args)) {
    throw new UsageError(
      `Invalid tools/call: $.params.arguments must be an object of argument names to values, got ${
        describe(args)
      }`,
      { path: "$.params.arguments" },
    );
  }
  return { name, args: args ?? {} };
}

function describe(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`;
}

/** Build an MCP server for one client session. `principal()` re-checks the key (throws AuthError). */
export function createGatewayServer(rt: GatewayRuntime, principal: () => Principal): Server {
  const server = new Server(
    { name: "smg", version: VERSION },
    {
      capabilities: { tools: { listChanged: true } },
      instructions:
        "smg is a security gateway. Tools are named <server>__<tool>; smg_* tools are the gateway's own.",
    },
  );

  server.setRequestHandler(ListToolsRequestSchema, async () => {
    try {
      const p = principal();
      const project = rt.project(p);
      const tools: Tool[] = [];
      if (project.exposure !== "meta") {
        const catalog = await rt.catalog(project);
        for (const t of catalog.tools) {
          tools.push({
            ...t.tool,
            name: t.publicName,
            title: t.tool.title ?? t.tool.name,
          });
        }
      }
      if (project.exposure !== "direct") tools.push(...META_TOOLS);
      return { tools };
    } catch (e) {
      throw toMcpError(e);
    }
  });

  // Registered through Protocol, not Server: Server's tools/call wrapper validates params first
  // and answers a malformed call with -32603 and a raw zod dump; smg answers -32602 with the
  // JSON path and the fix (see `callParams`).
  Protocol.prototype.setRequestHandler.call(server, ToolCallEnvelope, async (req, extra) => {
    try {
      const { name, args } = callParams(req.params);
      const p = principal();
      const project = rt.project(p);
      if (META_TOOL_NAMES.has(name)) {
        if (project.exposure === "direct") {
          throw new UnknownToolError(
            name,
            `meta tools are off for project "${project.name}" (exposure: direct)`,
          );
        }
        return await callMetaTool(rt, p, name, args, extra.signal);
      }
      if (project.exposure === "meta") {
        throw new UnknownToolError(
          name,
          `project "${project.name}" exposes tools through smg_call_tools only (exposure: meta)`,
        );
      }
      return await rt.callTool({
        principal: p,
        mode: "direct",
        target: { kind: "public", publicName: name },
        args,
        signal: extra.signal,
      });
    } catch (e) {
      throw toMcpError(e);
    }
  });

  return server;
}

/** Send `notifications/tools/list_changed` to this session when its project's tools may have changed. */
export function notifyToolChanges(
  rt: GatewayRuntime,
  server: Server,
  principal: () => Principal,
): () => void {
  return rt.events.subscribe((e) => {
    if (
      e.type !== "upstream.tools_changed" && e.type !== "config.reloaded" &&
      e.type !== "pin.changed" && e.type !== "pin.approved"
    ) return;
    try {
      const project = rt.project(principal());
      if ("server" in e && !project.servers.some((s) => s.name === e.server)) return;
    } catch {
      return; // key no longer valid: nothing to tell
    }
    server.sendToolListChanged().catch(() => {});
  });
}
