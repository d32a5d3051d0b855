/**
 * `smg check` engine: each scenario gets its own in-process gateway (the real runtime, guards and
 * MCP server, driven by an SDK client over an in-memory transport) in front of the bundled attack
 * server running as a child process; the scenario's steps run through it and are judged. Scenarios
 * run with bounded concurrency; every step has a deadline and every scenario a cap, so a hostile
 * server can never hang the suite.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/inMemory"
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import { generateKey } from "../auth/keys.ts";
import { guardsFor } from "../cli/guards.ts";
import { CONFIG_CHECKS } from "../cli/load.ts";
import { validateConfig } from "../config/load.ts";
import { createGatewayServer } from "../gateway/server.ts";
import { Logger } from "../log/logger.ts";
import { GatewayRuntime } from "../runtime/runtime.ts";
import { VERSION } from "../version.ts";
import { type PolicyChoice, scenarioConfig } from "./config.ts";
import { classifyErrorCode, type Observation } from "./judge.ts";
import { runSteps } from "./steps.ts";
import type { CheckReport, CheckResult, Scenario, ScenarioResult } from "./types.ts";

/** Options for {@link runCheck}. */
export interface RunCheckOptions {
  choice: PolicyChoice;
  /** Scenarios at once (default 2). */
  concurrency?: number;
  /** Deadline of one call step (default: 10 s, or the scenario's tool-call deadline + 5 s if longer). */
  stepTimeoutMs?: number;
  /** Cap on one scenario (default 120 s: a first listing may take 45 s on a busy machine). */
  scenarioTimeoutMs?: number;
  /** Called when a scenario finishes. */
  onScenario?: (r: ScenarioResult, done: number, total: number) => void;
}

/** Run scenarios and build the report. */
export async function runCheck(
  scenarios: readonly Scenario[],
  opts: RunCheckOptions,
): Promise<CheckReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const results: ScenarioResult[] = new Array(scenarios.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < scenarios.length) {
      const i = next++;
      results[i] = await runScenario(scenarios[i], opts);
      opts.onScenario?.(results[i], ++done, scenarios.length);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 2, scenarios.length)) }, worker),
  );
  const checks = results.flatMap((r) => r.results);
  const failedChecks = checks.filter((c) => !c.passed).length;
  const failedScenarios = results.filter((r) => !r.passed).length;
  return {
    ok: failedScenarios === 0,
    policySource: opts.choice.source,
    startedAt,
    ms: Math.round(performance.now() - started),
    summary: { scenarios: results.length, failedScenarios, checks: checks.length, failedChecks },
    scenarios: results,
  };
}

/** Run one scenario against a fresh in-process gateway. */
export async function runScenario(s: Scenario, opts: RunCheckOptions): Promise<ScenarioResult> {
  const started = performance.now();
  const base = {
    name: s.name,
    threat: s.threat,
    stoppedBy: s.stoppedBy,
    severity: s.severity,
    test: s.test,
  };
  const dir = await Deno.makeTempDir({ prefix: "smg-check-" });
  const key = generateKey();
  const closers: (() => Promise<unknown>)[] = [];
  let results: CheckResult[] = [];
  try {
    const config = scenarioConfig([s], new Map([[s.name, key]]), {
      policies: opts.choice.policies,
      settings: opts.choice.settings,
      pinsFile: `${dir}/pins.json`,
    });
    const loaded = validateConfig(config, `smg check (${s.name})`, { checks: CONFIG_CHECKS });
    const rt = new GatewayRuntime(loaded, {
      guards: guardsFor,
      logger: new Logger({ level: "error" }),
    });
    closers.push(() => rt.close());
    const principal = rt.authenticate(key.key, "stdio");
    const client = await connectInMemory(rt, () => rt.recheck(principal.keyId), closers);
    const anonymousCall = async (
      name: string,
      args: Record<string, unknown>,
    ): Promise<Observation> => {
      const anon = await connectInMemory(rt, () => rt.authenticate(undefined, "stdio"), closers);
      try {
        await anon.callTool({ name, arguments: args });
        return { verdict: "allowed", message: "the call went through without a key" };
      } catch (e) {
        if (e instanceof McpError) return classifyErrorCode(e.code, e.message);
        return { verdict: "internal_error", message: (e as Error).message };
      }
    };
    const cap = opts.scenarioTimeoutMs ?? 120_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const capped = new Promise<"timeout">((
      resolve,
    ) => (timer = setTimeout(() => resolve("timeout"), cap)));
    const collected: CheckResult[] = [];
    const outcome = await Promise.race([
      runSteps(s, { client, anonymousCall }, {
        stepTimeoutMs: opts.stepTimeoutMs,
        onResult: (r) => collected.push(r),
      }),
      capped,
    ]);
    clearTimeout(timer);
    results = outcome === "timeout" ? [...collected, timedOut(s, cap)] : outcome;
    const passed = results.length > 0 && results.every((r) => r.passed);
    return { ...base, passed, ms: Math.round(performance.now() - started), results };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { ...base, passed: false, ms: Math.round(performance.now() - started), results, error };
  } finally {
    for (const c of closers.reverse()) await c().catch(() => {});
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
}

async function connectInMemory(
  rt: GatewayRuntime,
  principal: Parameters<typeof createGatewayServer>[1],
  closers: (() => Promise<unknown>)[],
): Promise<Client> {
  const server = createGatewayServer(rt, principal);
  const [a, b] = InMemoryTransport.createLinkedPair();
  await server.connect(b);
  const client = new Client({ name: "smg-check", version: VERSION });
  await client.connect(a);
  closers.push(() => server.close(), () => client.close());
  return client;
}

function timedOut(s: Scenario, cap: number): CheckResult {
  return {
    id: "scenario/deadline",
    kind: "clean",
    tool: "",
    expected: `finish within ${cap} ms`,
    observed: "timeout",
    passed: false,
    detail: `scenario "${s.name}" did not finish within ${cap} ms`,
    why: "A hostile server must never hang the suite",
    ms: cap,
  };
}
