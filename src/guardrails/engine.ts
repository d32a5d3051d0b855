/**
 * The policy engine: turns a server's `input_policy` / `output_policy` into the pipeline's
 * GuardEngine. Order inside each stage (documented in README):
 *
 *   input:  size/shape → text detectors on every string (block/redact/warn) → remote providers
 *           → PII last (reversible redaction, so the other detectors saw the raw values)
 *   output: size limits (truncate/block) → text detectors (block/redact/warn) → remote providers
 *           → PII restore last (only this call's placeholders; foreign ones neutralised)
 *
 * First block wins; redactions chain; every verdict becomes an event (never the value itself).
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/types"
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { DetectorSetting, Policy, ServerConfig } from "../config/schema.ts";
import { GuardBlockedError } from "../errors.ts";
import type { EventBus } from "../events/bus.ts";
import type { CallContext, Verdict } from "../pipeline/context.ts";
import type { GuardEngine } from "../pipeline/guard_engine.ts";
import { TEXT_DETECTORS } from "./detectors/mod.ts";
import { checkArgumentsShape, limitToolResult, SizeOptionsSchema } from "./detectors/size.ts";
import { PiiVault } from "./pii_vault.ts";
import { REMOTE_DETECTORS } from "./providers/mod.ts";
import {
  type Finding,
  ProviderError,
  type RemoteDetector,
  type Severity,
  type Stage,
  type TextDetector,
} from "./types.ts";
import { forEachString, forEachValueString, mapStrings } from "./walk.ts";

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

interface ActiveText {
  id: string;
  detector: TextDetector<never>;
  setting: DetectorSetting;
  options: never;
}
interface ActiveRemote {
  id: string;
  detector: RemoteDetector<never>;
  setting: DetectorSetting;
  options: never;
}

/** A policy compiled for one stage: detectors resolved, options parsed once. */
export interface CompiledPolicy {
  stage: Stage;
  onError: "block" | "allow";
  asyncInput: boolean;
  text: ActiveText[];
  remote: ActiveRemote[];
  pii?: ActiveText;
  size?: { setting: DetectorSetting; options: Record<string, unknown> };
}

/** Compile a policy (options already validated by the config check). */
export function compilePolicy(
  policy: Policy | undefined,
  stage: "input" | "output",
): CompiledPolicy | undefined {
  if (!policy || !policy.enabled) return undefined;
  const c: CompiledPolicy = {
    stage,
    onError: policy.on_error,
    asyncInput: policy.async_input,
    text: [],
    remote: [],
  };
  for (const [id, setting] of Object.entries(policy.detectors)) {
    if (setting.action === "off") continue;
    if (id === "size") {
      c.size = {
        setting,
        options: SizeOptionsSchema.parse(setting.options ?? {}) as Record<string, unknown>,
      };
      continue;
    }
    const t = TEXT_DETECTORS[id];
    if (t) {
      if (!t.stages.includes(stage)) continue;
      const entry = {
        id,
        detector: t,
        setting,
        options: t.optionsSchema.parse(setting.options ?? {}) as never,
      };
      if (id === "pii") c.pii = entry;
      else c.text.push(entry);
      continue;
    }
    const r = REMOTE_DETECTORS[id];
    if (r && r.stages.includes(stage)) {
      c.remote.push({
        id,
        detector: r as RemoteDetector<never>,
        setting,
        options: r.optionsSchema.parse(setting.options ?? {}) as never,
      });
    }
  }
  return c;
}

/** Effective action for a finding under a setting: low-severity findings only warn; scan errors fail closed. */
export function actionFor(setting: DetectorSetting, f: Finding): "block" | "redact" | "warn" {
  // A detector that could not judge a value fails closed, unless the policy only records (warn).
  if (f.kind === "scan_error") return setting.action === "warn" ? "warn" : "block";
  if (RANK[f.severity] < RANK[setting.min_severity]) return "warn";
  return setting.action === "off" ? "warn" : setting.action;
}

const REDACT_LABEL = (f: Finding) => (f.detector === "unicode" ? "" : `[REDACTED:${f.kind}]`);

/** Replace finding spans in `text` (longest first, no overlaps). */
function redactSpans(text: string, findings: Finding[]): string {
  const spans = findings.filter((f) =>
    f.start !== undefined && f.end !== undefined && f.end! > f.start!
  )
    .sort((a, b) => a.start! - b.start! || b.end! - a.end!);
  let out = "";
  let at = 0;
  for (const f of spans) {
    if (f.start! < at) continue;
    out += text.slice(at, f.start) + REDACT_LABEL(f);
    at = f.end!;
  }
  return out + text.slice(at);
}

/** Options for {@link PolicyEngine}. */
export interface EngineOptions {
  events: EventBus;
  /** Server name → its effective policies (defaults applied). */
  policies: (server: ServerConfig) => { input?: Policy; output?: Policy };
}

/** The GuardEngine built from config policies. */
export class PolicyEngine implements GuardEngine {
  #o: EngineOptions;
  #compiled = new WeakMap<ServerConfig, { input?: CompiledPolicy; output?: CompiledPolicy }>();

  constructor(opts: EngineOptions) {
    this.#o = opts;
  }

  #policiesOf(server: ServerConfig): { input?: CompiledPolicy; output?: CompiledPolicy } {
    let c = this.#compiled.get(server);
    if (!c) {
      const p = this.#o.policies(server);
      c = { input: compilePolicy(p.input, "input"), output: compilePolicy(p.output, "output") };
      this.#compiled.set(server, c);
    }
    return c;
  }

  asyncInput(ctx: CallContext): boolean {
    const r = ctx.resolved;
    if (!r) return false;
    const p = this.#policiesOf(r.server).input;
    const readOnly =
      (r.tool.annotations as { readOnlyHint?: boolean } | undefined)?.readOnlyHint === true;
    return !!p?.asyncInput && readOnly;
  }

  #record(
    ctx: CallContext,
    v: Verdict,
    kind: "guard.blocked" | "guard.redacted" | "guard.warned" | "guard.error",
  ): void {
    ctx.verdicts.push(v);
    this.#o.events.emit({
      type: kind,
      call_id: ctx.callId,
      stage: v.stage,
      server: ctx.resolved?.server.name ?? "",
      tool: ctx.resolved?.tool.name,
      detector: v.detector,
      kind: v.kind,
      action: v.action,
      reason: v.reason,
      path: v.path,
    });
  }

  #block(ctx: CallContext, stage: "input" | "output", f: Finding, path: string | undefined): never {
    const v: Verdict = {
      stage,
      detector: f.detector,
      kind: f.kind,
      action: "block",
      reason: f.reason,
      path,
    };
    this.#record(ctx, v, "guard.blocked");
    const where = path ? ` (at ${path})` : "";
    throw new GuardBlockedError(
      stage,
      `Blocked by smg ${stage} guard "${f.detector}": ${f.reason}${where}`,
      {
        detector: f.detector,
        kind: f.kind,
        path,
        server: ctx.resolved?.server.name,
        tool: ctx.resolved?.tool.name,
      },
    );
  }

  /** Run text detectors over `value`; returns the (possibly redacted) value. Throws on block. */
  #scanValue(ctx: CallContext, p: CompiledPolicy, value: unknown, root: string): unknown {
    if (!p.text.length) return value;
    const stage = p.stage as "input" | "output";
    const walk = { toolResult: p.stage === "output" };
    const redactions = new Map<string, Finding[]>();
    forEachString(value, root, (text, path, key) => {
      if (!text) return;
      const field = {
        stage: p.stage,
        path,
        key,
        tool: ctx.resolved?.tool.name,
        server: ctx.resolved?.server.name,
      };
      for (const a of p.text) {
        const findings = a.detector.scan(text, field, a.options);
        for (const f of findings) {
          const act = actionFor(a.setting, f);
          if (act === "block") this.#block(ctx, stage, f, path);
          if (
            act === "redact" && a.detector.redactable && f.start !== undefined &&
            !path.endsWith("<key>")
          ) {
            const list = redactions.get(path) ?? [];
            list.push(f);
            redactions.set(path, list);
            this.#record(ctx, {
              stage,
              detector: f.detector,
              kind: f.kind,
              action: "redact",
              reason: f.reason,
              path,
            }, "guard.redacted");
          } else {
            this.#record(ctx, {
              stage,
              detector: f.detector,
              kind: f.kind,
              action: "warn",
              reason: f.reason,
              path,
            }, "guard.warned");
          }
        }
      }
    }, walk);
    if (!redactions.size) return value;
    return mapStrings(value, root, (text, path) => {
      const fs = redactions.get(path);
      return fs ? redactSpans(text, fs) : text;
    }, walk);
  }

  async #remote(
    ctx: CallContext,
    p: CompiledPolicy,
    value: unknown,
    requestText?: string,
  ): Promise<void> {
    if (!p.remote.length) return;
    const parts: string[] = [];
    forEachString(value, "$", (t, path) => {
      if (!path.endsWith("<key>")) parts.push(t);
    }, { toolResult: p.stage === "output" });
    const stage = p.stage as "input" | "output";
    const signal = ctx.signal ?? new AbortController().signal;
    const results = await Promise.allSettled(p.remote.map((r) =>
      r.detector.check(
        {
          stage: p.stage,
          server: ctx.resolved?.server.name ?? "",
          tool: ctx.resolved?.tool.name,
          text: parts.join("\n"),
          value,
          requestText,
        },
        r.options,
        signal,
      )
    ));
    results.forEach((res, i) => {
      const r = p.remote[i];
      if (res.status === "rejected") {
        const msg = res.reason instanceof ProviderError ? res.reason.message : "provider failed";
        const f: Finding = {
          detector: r.id,
          kind: "provider_error",
          severity: "high",
          reason: `Guard provider "${r.id}" failed: ${msg}`,
        };
        if (p.onError === "block") {
          this.#block(ctx, stage, {
            ...f,
            reason: `${f.reason}; this policy fails closed (on_error: block)`,
          }, undefined);
        }
        this.#record(ctx, {
          stage,
          detector: r.id,
          kind: "provider_error",
          action: "warn",
          reason: f.reason,
        }, "guard.error");
        return;
      }
      for (const f of res.value) {
        const act = actionFor(r.setting, f);
        if (act === "block") this.#block(ctx, stage, f, f.path);
        this.#record(ctx, {
          stage,
          detector: f.detector,
          kind: f.kind,
          action: "warn",
          reason: f.reason,
          path: f.path,
        }, "guard.warned");
      }
    });
  }

  async checkInput(ctx: CallContext): Promise<void> {
    const p = this.#policiesOf(ctx.resolved!.server).input;
    if (!p) return;
    if (p.size) {
      for (const f of checkArgumentsShape(ctx.args, p.size.options as never)) {
        if (actionFor(p.size.setting, f) === "block") this.#block(ctx, "input", f, f.path);
        this.#record(ctx, {
          stage: "input",
          detector: "size",
          kind: f.kind,
          action: "warn",
          reason: f.reason,
          path: f.path,
        }, "guard.warned");
      }
    }
    ctx.args = this.#scanValue(ctx, p, ctx.args, "$.arguments") as Record<string, unknown>;
    await this.#remote(ctx, p, ctx.args);
    if (p.pii) {
      const pii = p.pii;
      const scan = (text: string, at: { path: string; key?: string }) =>
        pii.detector.scan(text, {
          stage: "input",
          path: at.path,
          key: at.key,
          tool: ctx.resolved?.tool.name,
        }, pii.options);
      if (pii.setting.action === "redact") {
        const vault = new PiiVault();
        ctx.args = vault.redactJson(ctx.args, (text, at) => {
          const all = scan(text, at);
          for (const f of all) {
            if (actionFor(pii.setting, f) === "block") this.#block(ctx, "input", f, at.path);
          }
          const fs = all.filter((f) => actionFor(pii.setting, f) === "redact");
          for (const f of fs) {
            this.#record(ctx, {
              stage: "input",
              detector: "pii",
              kind: f.kind,
              action: "redact",
              reason: f.reason,
              path: at.path,
            }, "guard.redacted");
          }
          return fs;
        }) as Record<string, unknown>;
        if (vault.size) ctx.state.set("pii_vault", vault);
      } else {
        forEachString(ctx.args, "$.arguments", (text, path, key) => {
          for (const f of scan(text, { path, key })) {
            if (actionFor(pii.setting, f) === "block") this.#block(ctx, "input", f, path);
            this.#record(ctx, {
              stage: "input",
              detector: "pii",
              kind: f.kind,
              action: "warn",
              reason: f.reason,
              path,
            }, "guard.warned");
          }
        });
      }
    }
  }

  /**
   * Output PII: scan every string (same order as {@link mapStrings}), and copy the result only
   * when something is redacted. Values the client sent are placeholders here (restored after), so
   * only data the upstream produced itself is matched.
   */
  #piiOutput(ctx: CallContext, pii: ActiveText, result: CallToolResult): CallToolResult {
    const tool = ctx.resolved?.tool.name;
    let redactions: Map<string, Finding[]> | undefined;
    forEachValueString(result, "$", (text, path, key) => {
      const fs = pii.detector.scan(text, { stage: "output", path, key, tool }, pii.options);
      if (!fs.length) return;
      const toRedact: Finding[] = [];
      for (const f of fs) {
        const act = actionFor(pii.setting, f);
        if (act === "block") this.#block(ctx, "output", f, path);
        if (act === "redact") toRedact.push(f);
        this.#record(ctx, {
          stage: "output",
          detector: "pii",
          kind: f.kind,
          action: act === "redact" ? "redact" : "warn",
          reason: f.reason,
          path,
        }, act === "redact" ? "guard.redacted" : "guard.warned");
      }
      if (toRedact.length) (redactions ??= new Map()).set(path, toRedact);
    }, { toolResult: true });
    if (!redactions) return result;
    const found = redactions;
    return mapStrings(result, "$", (text, path) => {
      const fs = found.get(path);
      return fs ? redactSpans(text, fs) : text;
    }, { toolResult: true }) as CallToolResult;
  }

  async checkOutput(ctx: CallContext): Promise<void> {
    const p = this.#policiesOf(ctx.resolved!.server).output;
    const vault = ctx.state.get("pii_vault") as PiiVault | undefined;
    let result = ctx.result!;
    if (p) {
      if (p.size) {
        const limited = limitToolResult(result as never, p.size.options as never);
        for (const f of limited.findings) {
          if (actionFor(p.size.setting, f) === "block" && !limited.truncated) {
            this.#block(ctx, "output", f, f.path);
          }
          this.#record(ctx, {
            stage: "output",
            detector: "size",
            kind: f.kind,
            action: limited.truncated ? "redact" : "warn",
            reason: f.reason,
            path: f.path,
          }, limited.truncated ? "guard.redacted" : "guard.warned");
        }
        result = limited.result as CallToolResult;
      }
      result = this.#scanValue(ctx, p, result, "$") as CallToolResult;
      // Only remote providers read the request text: don't serialise the arguments otherwise.
      if (p.remote.length) await this.#remote(ctx, p, result, JSON.stringify(ctx.args));
      if (p.pii) result = this.#piiOutput(ctx, p.pii, result);
    }
    // PII restore is last: the client gets back exactly the values it sent in this call, and no
    // placeholder (ours or forged) ever reaches it.
    if (vault) result = vault.restoreJson(result) as CallToolResult;
    ctx.result = result;
  }
}
