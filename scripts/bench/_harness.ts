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

/** A 40-hex-digit id that differs per `i` (a commit sha). */
function sha(i: number): string {
  return (BigInt(i + 1) * 0x9e3779b97f4a7c15n % (1n << 160n)).toString(16).padStart(40, "0");
}

/**
 * The arguments and JSON result of an ordinary small call (a GitHub-like tool): ten short
 * arguments, some the same on every call (names, branch, state, labels), some different (path,
 * message, sha), and a JSON result whose values vary too. Call `i` differs from call `i + 1`.
 */
export function shortArgsCall(i: number): { args: Record<string, unknown>; result: string } {
  return {
    args: {
      owner: "octo-org",
      repo: "hello-world",
      path: `src/mod${i % 50}.ts`,
      branch: "main",
      message: `fix typo #${i} in readme`,
      per_page: 30,
      state: "open",
      sha: sha(i),
      labels: ["bug", "good first issue"],
    },
    result: JSON.stringify({
      number: 1000 + i,
      state: "open",
      title: `Found a bug in module ${i}`,
      user: { login: "octocat", id: 1 },
      labels: [{ name: "bug", color: "f29513" }],
      comments: i % 7,
      created_at: `2011-04-22T13:${String(i % 60).padStart(2, "0")}:48Z`,
    }),
  };
}
