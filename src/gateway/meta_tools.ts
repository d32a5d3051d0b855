/**
 * The gateway's own tools (meta exposure), with the Enkrypt gateway's contract under smg names.
 * `smg_call_tools` runs every call through the same pipeline as direct tools.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { Principal } from "../auth/keys.ts";
import { zodIssues } from "../config/issues.ts";
import { SmgError, UsageError } from "../errors.ts";
import { outcomeOf } from "../pipeline/stages/trace.ts";
import type { GatewayRuntime } from "../runtime/runtime.ts";

const obj = (properties: Record<string, object>, required: string[] = []) => ({
  type: "object" as const,
  properties,
  required,
  additionalProperties: false,
});

/** Definitions of the meta tools. */
export const META_TOOLS: Tool[] = [
  {
    name: "smg_list_servers",
    description:
      "List the upstream MCP servers available in this project, with their descriptions and transport.",
    inputSchema: obj({}),
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: "smg_get_server_info",
    description:
      "Get details about one upstream server, including its tools if they have been discovered.",
    inputSchema: obj({
      server_name: { type: "string", description: "Server name from smg_list_servers" },
    }, ["server_name"]),
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: "smg_discover_tools",
    description:
      "Discover the tools of one server, or of every server when server_name is omitted (in parallel).",
    inputSchema: obj({
      server_name: { type: "string", description: "Server to discover; omit for all" },
    }),
    annotations: { readOnlyHint: true },
  },
  {
    name: "smg_call_tools",
    description:
      "Call one or more tools on one upstream server. Each call is checked by the gateway's guardrails; each result has a status.",
    inputSchema: obj({
      server_name: { type: "string", description: "Server that owns the tools" },
      tool_calls: {
        type: "array",
        minItems: 1,
        maxItems: 50,
        description: "Calls to make, in order",
        items: obj({
          name: { type: "string", description: "Tool name as the server calls it" },
          args: {
            type: "object",
            description: "Arguments for the tool",
            additionalProperties: true,
          },
        }, ["name"]),
      },
    }, ["server_name", "tool_calls"]),
  },
  {
    name: "smg_cache_status",
    description:
      "Show the gateway's cache: backend, entry counts, hit/miss counters and which servers have cached tools.",
    inputSchema: obj({}),
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: "smg_clear_cache",
    description:
      "Clear the gateway's cache: all of it, one server's tool list, or the config-derived state.",
    inputSchema: obj({
      cache_type: {
        type: "string",
        enum: ["all", "server", "config"],
        description: "What to clear (default all)",
      },
      server_name: { type: "string", description: "Required when cache_type is server" },
    }),
    annotations: { destructiveHint: false, idempotentHint: true, openWorldHint: false },
  },
  {
    name: "smg_timeout_metrics",
    description:
      "Show timeout counters per operation kind (total, successful, timed out, cancelled, active) and limits.",
    inputSchema: obj({}),
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
];

/** Names of the meta tools. */
export const META_TOOL_NAMES = new Set(META_TOOLS.map((t) => t.name));

const ServerArg = z.object({ server_name: z.string().min(1) }).strict();
const DiscoverArg = z.object({ server_name: z.string().min(1).optional() }).strict();
const CallArg = z.object({
  server_name: z.string().min(1),
  tool_calls: z.array(
    z.object({ name: z.string().min(1), args: z.record(z.string(), z.unknown()).default({}) })
      .strict(),
  ).min(1).max(50),
}).strict();
const ClearArg = z.object({
  cache_type: z.enum(["all", "server", "config"]).default("all"),
  server_name: z.string().min(1).optional(),
}).strict().refine((a) => a.cache_type !== "server" || !!a.server_name, {
  message: "server_name is required when cache_type is server",
  path: ["server_name"],
});
const Empty = z.object({}).strict();

function parse<T>(schema: z.ZodType<T>, args: unknown, tool: string): T {
  const r = schema.safeParse(args ?? {});
  if (r.success) return r.data;
  const issues = zodIssues(r.error, ["arguments"]);
  throw new UsageError(
    `Invalid arguments for ${tool}: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`,
    { issues },
  );
}

function json(value: Record<string, unknown>): CallToolResult {
  return {
    content: [{ type: "text", text: JSON.stringify(value, null, 2) }],
    structuredContent: value,
  };
}

function firstText(r: CallToolResult): string {
  const t = r.content.find((c) => c.type === "text");
  return t && t.type === "text" ? t.text.slice(0, 500) : "The tool reported an error";
}

/** Per-call status in `smg_call_tools`. */
export type CallStatus = "success" | "blocked_input" | "blocked_output" | "error";

/** Run a meta tool. */
export async function callMetaTool(
  rt: GatewayRuntime,
  principal: Principal,
  name: string,
  args: unknown,
  signal?: AbortSignal,
): Promise<CallToolResult> {
  const project = rt.project(principal);
  const serverOf = (n: string) => {
    const s = project.servers.find((x) => x.name === n);
    if (!s) {
      throw new UsageError(
        `Unknown server "${n}": this project has ${
          project.servers.map((x) => `"${x.name}"`).join(", ") || "no servers"
        }`,
      );
    }
    return s;
  };
  switch (name) {
    case "smg_list_servers": {
      parse(Empty, args, name);
      return json({
        project: project.name,
        servers: project.servers.map((s) => ({
          name: s.name,
          description: s.description,
          transport: s.command ? "stdio" : s.type ?? "http",
          tools_allowlist: s.tools,
        })),
      });
    }
    case "smg_get_server_info": {
      const { server_name } = parse(ServerArg, args, name);
      const s = serverOf(server_name);
      const catalog = await rt.catalog(project);
      const status = catalog.servers.find((x) => x.server === s.name);
      return json({
        name: s.name,
        description: s.description,
        transport: s.command ? "stdio" : s.type ?? "http",
        tools_allowlist: s.tools,
        discovery: status,
        tools: [...(catalog.byServer.get(s.name)?.values() ?? [])].map((t) => ({
          name: t.tool.name,
          description: t.tool.description ?? "",
        })),
      });
    }
    case "smg_discover_tools": {
      const { server_name } = parse(DiscoverArg, args, name);
      if (server_name) serverOf(server_name);
      const catalog = await rt.catalog(project);
      const servers = catalog.servers.filter((s) => !server_name || s.server === server_name).map((
        st,
      ) => ({
        server: st.server,
        status: st.status,
        error: st.error,
        cached: st.cached,
        hidden_by_allowlist: st.hidden,
        blocked: st.blocked.map((b) => ({ tool: b.tool, detector: b.detector, reason: b.reason })),
        tools: [...(catalog.byServer.get(st.server)?.values() ?? [])].map((t) => ({
          name: t.tool.name,
          title: t.tool.title,
          description: t.tool.description ?? "",
          inputSchema: t.tool.inputSchema,
          annotations: t.tool.annotations,
        })),
      }));
      return json({ servers });
    }
    case "smg_call_tools": {
      const a = parse(CallArg, args, name);
      serverOf(a.server_name);
      const results: Record<string, unknown>[] = [];
      const summary = { total: a.tool_calls.length, successful: 0, blocked: 0, failed: 0 };
      for (const call of a.tool_calls) {
        try {
          const result = await rt.callTool({
            principal,
            mode: "meta",
            target: { kind: "server_tool", server: a.server_name, tool: call.name },
            args: call.args,
            signal,
          });
          if (result.isError) {
            // The upstream ran the tool and reported a failure: pass its result along as an error.
            results.push({
              name: call.name,
              status: "error" satisfies CallStatus,
              message: firstText(result),
              result,
            });
            summary.failed++;
          } else {
            results.push({ name: call.name, status: "success" satisfies CallStatus, result });
            summary.successful++;
          }
        } catch (e) {
          const outcome = outcomeOf(e);
          const status: CallStatus = outcome === "blocked_input" || outcome === "blocked_output"
            ? outcome
            : "error";
          if (status === "error") summary.failed++;
          else summary.blocked++;
          results.push({
            name: call.name,
            status,
            message: e instanceof SmgError
              ? e.message
              : "Internal gateway error (see the gateway log)",
            ...(e instanceof SmgError ? { code: e.code, detail: e.detail } : {}),
          });
        }
      }
      return json({ server_name: a.server_name, results, summary });
    }
    case "smg_cache_status": {
      parse(Empty, args, name);
      const stats = await rt.cache.stats();
      const keys = await rt.cache.keys("tools:");
      return json({
        ...stats,
        ttl_s: {
          tools: rt.config.settings.cache.tools_ttl_s,
          config: rt.config.settings.cache.config_ttl_s,
        },
        servers: project.servers.map((s) => ({
          server: s.name,
          tools_cached: keys.some((k) => k.startsWith(`tools:${s.name}#`)),
        })),
        upstreams: rt.pool.status().map((u) => ({
          server: u.server,
          connected: u.connected,
          last_exit: u.last_exit,
        })),
      });
    }
    case "smg_clear_cache": {
      const a = parse(ClearArg, args, name);
      if (a.server_name) serverOf(a.server_name);
      const cleared = await rt.clearCache(a.cache_type, a.server_name);
      return json({
        cleared_entries: cleared,
        cache_type: a.cache_type,
        server_name: a.server_name ?? null,
      });
    }
    case "smg_timeout_metrics": {
      parse(Empty, args, name);
      return json({ ...rt.timeouts.metrics() });
    }
    default:
      throw new UsageError(`Unknown meta tool "${name}"`);
  }
}
