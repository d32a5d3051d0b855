/**
 * Runs a scenario's steps against a gateway through an MCP client — the in-process gateway of
 * `smg check`, or a real `smg serve` over stdio / HTTP in the end-to-end tests. Everything is read
 * raw off the wire (no SDK result validation or key stripping), so what is judged is exactly what
 * a client would receive.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/client/index"
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { assignPublicNames } from "../discovery/names.ts";
import {
  classifyErrorCode,
  classifyResult,
  describeExpect,
  findHostileChar,
  judgeCall,
  type Observation,
  stringsOf,
} from "./judge.ts";
import type { CallStep, CheckResult, Scenario, ToolsStep } from "./types.ts";

/** How to reach the gateway. */
export interface StepDriver {
  /** A client authenticated with a valid gateway key (project exposure `both`). */
  client: Client;
  /** Make one call without a valid key; resolves to what happened (`refused` expected). */
  anonymousCall?: (publicName: string, args: Record<string, unknown>) => Promise<Observation>;
}

/** Options for {@link runSteps}. */
export interface RunStepsOptions {
  /** Deadline of one call step unless the step sets its own (default 10 s). */
  stepTimeoutMs?: number;
  /** Called with each result as soon as it is known. */
  onResult?: (r: CheckResult) => void;
  /**
   * Deadline of the first listing (default 45 s). It covers the gateway connecting to the
   * upstream and discovering its tools (default `connect_ms` 10 s + `discovery_ms` 20 s), so
   * a slow or busy machine is not mistaken for a failing gateway.
   */
  firstListingMs?: number;
}

/** Longer than the default connect + discovery deadlines together, so theirs are observed. */
export const FIRST_LISTING_MS = 45_000;

const LooseTools = z.looseObject({
  tools: z.array(z.looseObject({ name: z.string() })),
  nextCursor: z.string().optional(),
});
const LooseResult = z.looseObject({
  content: z.array(z.unknown()).optional(),
  structuredContent: z.unknown().optional(),
  isError: z.boolean().optional(),
});
const Discovered = z.looseObject({
  servers: z.array(z.looseObject({
    server: z.string(),
    status: z.string(),
    error: z.string().optional(),
    blocked: z.array(z.looseObject({ tool: z.string(), detector: z.string(), reason: z.string() }))
      .default([]),
    tools: z.array(z.looseObject({ name: z.string() })).default([]),
  })),
});
type Discovery = z.infer<typeof Discovered>;

/** What a client sees of the project's tools right now. */
interface View {
  listed: Set<string>;
  rawTools: unknown[];
  discovery: Discovery;
  names: Map<string, string>;
}

const pairKey = (server: string, tool: string) => `${server}\u0000${tool}`;

/** The public name smg gives (server, tool) when it is listed alone (hidden tools). */
export function publicNameOf(server: string, tool: string): string {
  return assignPublicNames([{ server, tool }])[0];
}

async function view(client: Client, timeoutMs: number): Promise<View> {
  const rawTools: unknown[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const r = await client.request(
      { method: "tools/list", params: cursor ? { cursor } : {} },
      LooseTools,
      { timeout: timeoutMs },
    );
    rawTools.push(...r.tools);
    cursor = r.nextCursor;
    if (!cursor) break;
  }
  const res = await client.request(
    { method: "tools/call", params: { name: "smg_discover_tools", arguments: {} } },
    LooseResult,
    { timeout: timeoutMs },
  );
  const discovery = Discovered.parse(res.structuredContent);
  // Reproduce the catalog's naming: every visible (server, tool) pair in project order.
  const pairs = discovery.servers.flatMap((s) =>
    s.tools.map((t) => ({ server: s.server, tool: t.name }))
  );
  const names = new Map(
    assignPublicNames(pairs).map((n, i) => [pairKey(pairs[i].server, pairs[i].tool), n]),
  );
  return {
    listed: new Set(rawTools.map((t) => (t as { name: string }).name)),
    rawTools,
    discovery,
    names,
  };
}

function nameIn(v: View, server: string, tool: string): string {
  return v.names.get(pairKey(server, tool)) ?? publicNameOf(server, tool);
}

function toolChecks(step: ToolsStep, server: string, v: View, ms: number): CheckResult[] {
  const st = v.discovery.servers.find((s) => s.server === server);
  const out: CheckResult[] = [];
  const check = (tool: string, want: "hidden" | "visible"): CheckResult => {
    const base = {
      id: `${step.id}/${tool}`,
      kind: "tools" as const,
      tool,
      expected: want,
      why: step.why,
      ms,
    };
    if (!st) {
      return {
        ...base,
        observed: "missing",
        passed: false,
        detail: `server "${server}" is not in the project`,
      };
    }
    if (st.status !== "ok") {
      return {
        ...base,
        observed: "error",
        passed: false,
        detail: `discovery failed: ${st.error ?? st.status}`,
      };
    }
    const inCatalog = st.tools.some((t) => t.name === tool);
    const listed = v.listed.has(nameIn(v, server, tool));
    const blocked = st.blocked.find((b) => b.tool === tool);
    const observed = inCatalog || listed ? "visible" : "hidden";
    const reason = blocked ? `${blocked.detector}: ${blocked.reason}` : "";
    if (observed !== want) {
      const why = want === "hidden"
        ? "the definition was not blocked"
        : reason
        ? `blocked by ${reason}`
        : "not listed by the upstream";
      return {
        ...base,
        observed,
        passed: false,
        detail: `expected ${want}, got ${observed}: ${why}`,
      };
    }
    return { ...base, observed, passed: true, detail: reason };
  };
  for (const t of step.hidden ?? []) out.push(check(t, "hidden"));
  for (const t of step.visible ?? []) out.push(check(t, "visible"));
  return out;
}

async function runToolsStep(
  step: ToolsStep,
  scenario: Scenario,
  client: Client,
  timeoutMs: number,
): Promise<CheckResult[]> {
  const server = step.server ?? scenario.name;
  const started = performance.now();
  const deadline = started + (step.eventuallyMs ?? 0);
  while (true) {
    let v: View;
    try {
      v = await view(client, timeoutMs);
    } catch (e) {
      const detail = `listing tools failed: ${errorText(e)}`;
      const tools = [...(step.hidden ?? []), ...(step.visible ?? [])];
      return tools.map((tool) => ({
        id: `${step.id}/${tool}`,
        kind: "tools",
        tool,
        expected: step.hidden?.includes(tool) ? "hidden" : "visible",
        observed: "error",
        passed: false,
        detail,
        why: step.why,
        ms: Math.round(performance.now() - started),
      }));
    }
    const results = toolChecks(step, server, v, Math.round(performance.now() - started));
    if (results.every((r) => r.passed) || performance.now() >= deadline) return results;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function cleanListingCheck(v: View, ms: number): CheckResult {
  const offenders: string[] = [];
  for (const t of v.rawTools) {
    const bad = findHostileChar(stringsOf(t));
    if (bad) offenders.push(`${JSON.stringify((t as { name: string }).name)} (${bad})`);
  }
  return {
    id: "listing/no_hostile_characters",
    kind: "clean",
    tool: "",
    expected: "clean",
    observed: offenders.length ? "hostile" : "clean",
    passed: offenders.length === 0,
    detail: offenders.length
      ? `listed tools carry escape/invisible characters: ${offenders.join(", ")}`
      : "",
    why: "No escape, bidi, zero-width or tag character reaches a client in tools/list",
    ms,
  };
}

async function observeCall(
  client: Client,
  name: string,
  args: Record<string, unknown>,
  timeoutMs: number,
): Promise<Observation> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const r = await client.request(
      { method: "tools/call", params: { name, arguments: args } },
      LooseResult,
      { signal, timeout: timeoutMs + 60_000 },
    );
    return classifyResult(r);
  } catch (e) {
    if (signal.aborted) {
      return { verdict: "no_answer", message: `no answer within ${timeoutMs} ms` };
    }
    if (e instanceof McpError) return classifyErrorCode(e.code, e.message);
    return { verdict: "internal_error", message: errorText(e) };
  }
}

async function runCallStep(
  step: CallStep,
  scenario: Scenario,
  d: StepDriver,
  timeoutMs: number,
): Promise<CheckResult> {
  const server = step.server ?? scenario.name;
  const started = performance.now();
  const ms = step.timeoutMs ?? timeoutMs;
  let o: Observation;
  try {
    // Names follow the current catalog (a call may have changed it: rug pull, restart).
    const name = nameIn(await view(d.client, ms), server, step.tool);
    if (step.anonymous) {
      o = d.anonymousCall
        ? await d.anonymousCall(name, step.args)
        : { verdict: "internal_error", message: "this driver cannot make anonymous calls" };
    } else {
      o = await observeCall(d.client, name, step.args, ms);
    }
  } catch (e) {
    o = { verdict: "internal_error", message: errorText(e) };
  }
  const j = judgeCall(step, o);
  return {
    id: step.id,
    kind: "call",
    tool: step.tool,
    expected: describeExpect(step),
    observed: o.verdict +
      (o.code && o.verdict !== "hidden" && o.verdict !== "refused" ? ` (${o.code})` : ""),
    passed: j.passed,
    detail: j.detail,
    why: step.why,
    ms: Math.round(performance.now() - started),
  };
}

/** Run every step of a scenario in order; returns one result per check. */
export async function runSteps(
  scenario: Scenario,
  d: StepDriver,
  opts: RunStepsOptions = {},
): Promise<CheckResult[]> {
  // A step waits past the scenario's own tool-call deadline, so the gateway's timeout is observed.
  const timeoutMs = opts.stepTimeoutMs ?? Math.max(10_000, (scenario.toolCallMs ?? 0) + 5_000);
  const out: CheckResult[] = [];
  const push = (r: CheckResult) => {
    out.push(r);
    opts.onResult?.(r);
  };
  // The first listing is also checked for characters that must never reach a client.
  const started = performance.now();
  try {
    push(
      cleanListingCheck(
        await view(d.client, Math.max(timeoutMs, opts.firstListingMs ?? FIRST_LISTING_MS)),
        Math.round(performance.now() - started),
      ),
    );
  } catch (e) {
    push({
      id: "listing/no_hostile_characters",
      kind: "clean",
      tool: "",
      expected: "clean",
      observed: "error",
      passed: false,
      detail: `listing tools failed: ${errorText(e)}`,
      why: "The gateway lists tools",
      ms: Math.round(performance.now() - started),
    });
  }
  for (const step of scenario.steps) {
    if (step.kind === "tools") {
      for (const x of await runToolsStep(step, scenario, d.client, timeoutMs)) {
        push(x);
      }
    } else push(await runCallStep(step, scenario, d, timeoutMs));
  }
  return out;
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 300);
}
