/** Shared setup for the guard benchmarks: engines with the recommended / no policies, call contexts. */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { type ServerConfig, ServerSchema } from "../../src/config/schema.ts";
import { EventBus } from "../../src/events/bus.ts";
import { PolicyEngine } from "../../src/guardrails/engine.ts";
import type { ScanPool } from "../../src/guardrails/isolation/pool.ts";
import { recommendedPolicies } from "../../src/guardrails/recommended.ts";
import type { CallContext } from "../../src/pipeline/context.ts";

/** A server config with the recommended policies (`guarded`) or none. */
export function benchServer(guarded: boolean): ServerConfig {
  return ServerSchema.parse({
    name: guarded ? "guarded" : "plain",
    command: "bench",
    ...(guarded ? recommendedPolicies() : {}),
  });
}

/**
 * The engine, reading policies from the server config (as the gateway does): inline, or with its
 * local detectors in `pool` (settings.guards.isolation "worker"; "auto" with `inlineMaxChars`).
 */
export function benchEngine(pool?: ScanPool, inlineMaxChars = -1): PolicyEngine {
  return new PolicyEngine({
    events: new EventBus(),
    policies: (s) => ({ input: s.input_policy, output: s.output_policy }),
    isolation: pool ? { pool, timeoutMs: 2000, inlineMaxChars } : undefined,
  });
}

let seq = 0;
/** A hand-built call context for `server`. */
export function benchContext(server: ServerConfig, args: Record<string, unknown>): CallContext {
  return {
    callId: `bench-${++seq}`,
    mode: "direct",
    principal: {} as never,
    project: {} as never,
    target: { kind: "server_tool", server: server.name, tool: "echo" },
    args,
    resolved: {
      publicName: `${server.name}__echo`,
      server,
      tool: { name: "echo", inputSchema: { type: "object" } } as Tool,
    },
    verdicts: [],
    state: new Map(),
  };
}

/** One guarded call: input checks, then output checks on `result` text. */
export async function guardedCall(
  engine: PolicyEngine,
  server: ServerConfig,
  args: Record<string, unknown>,
  result: string,
): Promise<void> {
  const ctx = benchContext(server, args);
  await engine.checkInput(ctx);
  ctx.result = { content: [{ type: "text", text: result }] };
  await engine.checkOutput(ctx);
}
