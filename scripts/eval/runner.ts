/**
 * Runs eval cases through what users get: the real {@link PolicyEngine} and the real definition
 * filter, configured with the recommended policies (`smg init` defaults), on hand-built call
 * contexts. No network, no upstream: the "upstream result" is the case's result.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { type Policy, type ServerConfig, ServerSchema } from "../../src/config/schema.ts";
import { GuardBlockedError } from "../../src/errors.ts";
import { EventBus } from "../../src/events/bus.ts";
import { definitionFilter } from "../../src/guardrails/definitions.ts";
import { PolicyEngine } from "../../src/guardrails/engine.ts";
import { recommendedPolicies } from "../../src/guardrails/recommended.ts";
import type { CallContext } from "../../src/pipeline/context.ts";
import type { CaseOutcome, CaseResult, EvalCase, FixtureTool } from "./types.ts";

/** Policies a runner applies; defaults to the recommended set. */
export interface RunnerPolicies {
  input_policy?: Policy;
  output_policy?: Policy;
  tool_policy?: Policy;
}

/** Runs cases through one engine and one definition filter (compiled policies are reused). */
export class EvalRunner {
  #events = new EventBus();
  #servers = new Map<string, ServerConfig>();
  #policies: RunnerPolicies;
  #roots: RunnerPolicies;
  #engine: PolicyEngine;
  #filter;
  #seq = 0;

  constructor(policies?: RunnerPolicies) {
    this.#policies = policies ?? (recommendedPolicies() as RunnerPolicies);
    this.#roots = withAllowedRoots(this.#policies, EVAL_ROOTS);
    this.#engine = new PolicyEngine({
      events: this.#events,
      policies: (s) => ({ input: s.input_policy, output: s.output_policy }),
    });
    this.#filter = definitionFilter({ events: this.#events, policyOf: (s) => s.tool_policy });
  }

  /** The server config (with the runner's policies) for a server name, parsed by the real schema. */
  server(name: string, variant?: "roots"): ServerConfig {
    const key = `${variant ?? ""}:${name}`;
    let s = this.#servers.get(key);
    if (!s) {
      s = ServerSchema.parse({
        name,
        command: "eval-upstream",
        ...(variant ? this.#roots : this.#policies),
      });
      this.#servers.set(key, s);
    }
    return s;
  }

  /** Run one case; never throws for a guard decision. */
  async run(c: EvalCase): Promise<CaseResult> {
    const outcome = c.kind === "definition" ? await this.#definition(c) : await this.#call(c);
    const attack = !c.category.startsWith("benign");
    const stopped = outcome.blocked || (c.expect === "redact" && outcome.redacted);
    return { case: c, outcome, ok: attack ? stopped : !outcome.blocked };
  }

  async #definition(c: EvalCase): Promise<CaseOutcome> {
    const server = this.server(c.server);
    const tool = asTool(c.definition ?? { name: c.tool });
    const all = [
      ...(c.others ?? []).map((o) => ({ server: o.server, tool: asTool(o.tool) })),
      { server: c.server, tool },
    ];
    const { blocked } = await this.#filter(server, [tool], { all });
    if (blocked.length) return { blocked: true, redacted: false, detector: blocked[0].detector };
    return { blocked: false, redacted: false };
  }

  async #call(c: EvalCase): Promise<CaseOutcome> {
    const server = this.server(c.server, c.variant);
    const ctx: CallContext = {
      callId: `eval-${++this.#seq}`,
      mode: "direct",
      principal: {} as never,
      project: {} as never,
      target: { kind: "server_tool", server: c.server, tool: c.tool },
      args: structuredClone(c.args ?? {}),
      resolved: {
        publicName: `${c.server}__${c.tool}`,
        server,
        tool: { name: c.tool, inputSchema: { type: "object" } } as Tool,
      },
      verdicts: [],
      state: new Map(),
    };
    try {
      await this.#engine.checkInput(ctx);
      if (c.kind === "output") {
        ctx.result = toResult(c.result);
        await this.#engine.checkOutput(ctx);
      }
    } catch (e) {
      if (e instanceof GuardBlockedError) {
        const d = e.detail as { detector?: string; kind?: string } | undefined;
        return { blocked: true, redacted: false, detector: d?.detector, kind: d?.kind };
      }
      throw e;
    }
    const red = ctx.verdicts.find((v) =>
      v.action === "redact" && (c.kind === "output" || v.stage === "input")
    );
    return { blocked: false, redacted: !!red, detector: red?.detector, kind: red?.kind };
  }
}

/** Roots used by the `roots` variant (a filesystem server confined to one project folder). */
export const EVAL_ROOTS: readonly string[] = ["/home/user/project"];

/** `policies` with `allowed_roots` set on the input path-traversal detector. */
export function withAllowedRoots(
  policies: RunnerPolicies,
  roots: readonly string[],
): RunnerPolicies {
  const copy = structuredClone(policies);
  const pt = copy.input_policy?.detectors.path_traversal;
  if (pt) pt.options = { ...(pt.options ?? {}), allowed_roots: [...roots] };
  return copy;
}

function asTool(t: FixtureTool): Tool {
  return { ...t, inputSchema: t.inputSchema ?? { type: "object" } } as Tool;
}

function toResult(r: EvalCase["result"]): CallToolResult {
  if (r === undefined) return { content: [] };
  if (typeof r === "string") return { content: [{ type: "text", text: r }] };
  return r as CallToolResult;
}
