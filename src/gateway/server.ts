/**
 * One MCP server session facing one client. Re-authenticates on every request (a key disabled
 * while a session is open stops working at once) and routes tools/list and tools/call to the
 * runtime. The SDK server lives only in gateway/.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/server/index"
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import type { Principal } from "../auth/keys.ts";
import { UnknownToolError } from "../errors.ts";
import type { GatewayRuntime } from "../runtime/runtime.ts";
import { VERSION } from "../version.ts";
import { toMcpError } from "./errors.ts";
import { callMetaTool, META_TOOL_NAMES, META_TOOLS } from "./meta_tools.ts";

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

  server.setRequestHandler(CallToolRequestSchema, async (req, extra) => {
    try {
      const p = principal();
      const project = rt.project(p);
      const name = req.params.name;
      const args = (req.params.arguments ?? {}) as Record<string, unknown>;
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
