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
 *
 * Local detectors run as scan jobs (isolation/): inline, or in a worker pool with a deadline so a
 * backtracking regex cannot stall the gateway. Each step collects its strings exactly as before
 * (same walks, order and paths), scans them in ONE job (text detectors, then a second job for PII,
 * which must see the values after text redaction), and applies the findings in the same order as
 * an inline scan would, so verdicts, events, redaction and the PII vault do not depend on the mode.
 * A job that fails (deadline, crashed worker) follows the policy's `on_error`, except a PII job
 * under `redact` or `block`: that always fails closed, since raw PII must never pass unscanned.
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
import { describeScanFailure } from "./isolation/scan_failure.ts";
import { type ScanPool, ScanTimeoutError } from "./isolation/pool.ts";
import { sentToIssuer } from "./issuer_bound.ts";
import {
  type GroupFindings,
  runScanJob,
  type ScanGroup,
  type ScanItem,
  type ScanPolicy,
  scanPolicy,
} from "./isolation/scan_job.ts";
import { forEachJsonString, PiiVault } from "./pii_vault.ts";
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

/**
 * True when a job may run inline under `auto`: its strings total at most `max` characters and no
 * policy in it holds a user-written regex. smg's own detectors are checked for exponential
 * backtracking (scripts/dev/redos_check.ts) and are linear on such small texts; user regexes are
 * not vetted, and big texts would hold the event loop for milliseconds.
 */
function smallAndVetted(groups: readonly ScanGroup[], max: number): boolean {
  if (max < 0) return false;
  let chars = 0;
  for (const g of groups) {
    if (g.policy.userPatterns) return false;
    for (const item of g.items) {
      chars += item.text.length;
      if (chars > max) return false;
    }
  }
  return true;
}

/** A scan group's findings, or why its scan failed (settled where the findings are applied). */
type ScanOutcome = GroupFindings | { error: unknown };

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
  /** The text detectors as a scan job policy (same order as `text`). */
  textScan: ScanPolicy;
  remote: ActiveRemote[];
  pii?: ActiveText;
  piiScan?: ScanPolicy;
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
    textScan: scanPolicy([]),
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
  c.textScan = scanPolicy(c.text.map((a) => ({ id: a.id, options: a.setting.options })));
  if (c.pii) c.piiScan = scanPolicy([{ id: "pii", options: c.pii.setting.options }]);
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
  /**
   * Run local detectors in this worker pool, each job bounded by `timeoutMs` (see
   * settings.guards). Absent: inline on the event loop, with no deadline.
   */
  isolation?: {
    pool: ScanPool;
    timeoutMs: number;
    /**
     * Jobs whose strings total at most this many characters, with no user-written regex in their
     * policies, run inline (`auto`); -1: every job goes to the pool (`worker`).
     */
    inlineMaxChars?: number;
  };
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

  /**
   * Run scan groups as ONE job (inline, or in the pool with a deadline). A group that fails is
   * reported as `{ error }` and the others are run again (a worker stopped at a deadline loses the
   * whole job), so each outcome is decided by {@link #settle} where it is applied, in order.
   */
  async #runGroups(groups: ScanGroup[]): Promise<ScanOutcome[]> {
    const iso = this.#o.isolation;
    if (!iso || smallAndVetted(groups, iso.inlineMaxChars ?? -1)) return runScanJob(groups);
    try {
      return await iso.pool.run(groups, { timeoutMs: iso.timeoutMs });
    } catch (error) {
      // A timeout names the group that ran too long; a crash or a closed pool fails them all.
      if (!(error instanceof ScanTimeoutError) || groups.length === 1) {
        return groups.map(() => ({ error }));
      }
      const failed = error.at.group;
      const again = await this.#runGroups(groups.filter((_, i) => i !== failed));
      return groups.map((_, i) => i === failed ? { error } : again[i < failed ? i : i - 1]);
    }
  }

  /**
   * The findings of a group, or, when its scan failed: a `guard.error` verdict, then a block under
   * `on_error: block` (always for a redacting or blocking PII scan: raw PII must never pass
   * unscanned), else undefined (the value passes unscanned under `on_error: allow`).
   */
  #settle(
    ctx: CallContext,
    p: CompiledPolicy,
    group: ScanGroup,
    outcome: ScanOutcome,
  ): GroupFindings | undefined {
    if (!("error" in outcome)) return outcome;
    const stage = p.stage as "input" | "output";
    const piiGuarantee = group.policy === p.piiScan && p.pii?.setting.action !== "warn";
    const d = describeScanFailure(outcome.error, {
      stage,
      group,
      timeoutMs: this.#o.isolation?.timeoutMs ?? 0,
    });
    const block = piiGuarantee || p.onError === "block";
    const v: Verdict = {
      stage,
      detector: d.detector,
      kind: d.kind,
      action: block ? "block" : "warn",
      reason: block ? d.reason : `${d.reason}; this policy fails open (on_error: allow)`,
      path: d.path,
    };
    this.#record(ctx, v, "guard.error");
    if (!block) return undefined;
    throw new GuardBlockedError(stage, `Blocked by smg ${stage} guard: ${d.reason}`, {
      detector: d.detector,
      kind: d.kind,
      path: d.path,
      server: ctx.resolved?.server.name,
      tool: ctx.resolved?.tool.name,
    });
  }

  /**
   * The strings the PII detector sees in `value`, in the order its findings are applied: the
   * vault's walk for input redaction, the guards' walks otherwise.
   */
  #piiGroup(ctx: CallContext, p: CompiledPolicy, value: unknown): ScanGroup {
    const tool = ctx.resolved?.tool.name;
    const items: ScanItem[] = [];
    if (p.stage === "output") {
      forEachValueString(value, "$", (text, path, key) => {
        items.push({ text, field: { stage: "output", path, key, tool } });
      }, { toolResult: true });
    } else {
      const collect = (text: string, at: { path: string; key?: string }) =>
        items.push({ text, field: { stage: "input", path: at.path, key: at.key, tool } });
      if (p.pii!.setting.action === "redact") forEachJsonString(value, collect);
      else forEachString(value, "$.arguments", (text, path, key) => collect(text, { path, key }));
    }
    return { policy: p.piiScan!, items };
  }

  /**
   * The PII findings for `value`: from the stage's first job when `value` is still the value that
   * job scanned (no text redaction happened), else from a job of its own.
   */
  async #piiFindings(
    ctx: CallContext,
    p: CompiledPolicy,
    value: unknown,
    early: { value: unknown; group: ScanGroup; outcome?: ScanOutcome },
  ): Promise<{ group: ScanGroup; found?: GroupFindings }> {
    let { group, outcome } = early;
    if (early.value !== value || !outcome) {
      group = this.#piiGroup(ctx, p, value);
      outcome = group.items.length ? (await this.#runGroups([group]))[0] : [];
    }
    return { group, found: this.#settle(ctx, p, group, outcome) };
  }

  /**
   * Run text detectors over `value`; returns the (possibly redacted) value. Throws on block.
   * `pii`, when given, is scanned in the same job (its outcome is returned, applied later).
   */
  async #scanValue(
    ctx: CallContext,
    p: CompiledPolicy,
    value: unknown,
    root: string,
    pii?: ScanGroup,
  ): Promise<{ value: unknown; pii?: ScanOutcome }> {
    const piiJob = pii?.items.length ? [pii] : [];
    if (!p.text.length) {
      return { value, pii: piiJob.length ? (await this.#runGroups(piiJob))[0] : [] };
    }
    const stage = p.stage as "input" | "output";
    const walk = { toolResult: p.stage === "output" };
    const items: ScanItem[] = [];
    // Arguments: argv arrays are read whole too (`<argv>` views, never redacted in place).
    forEachString(value, root, (text, path, key) => {
      if (!text) return;
      items.push({
        text,
        field: {
          stage: p.stage,
          path,
          key,
          tool: ctx.resolved?.tool.name,
          server: ctx.resolved?.server.name,
        },
      });
    }, { ...walk, argvViews: p.stage === "input" });
    const text: ScanGroup = { policy: p.textScan, items };
    const outcomes = await this.#runGroups(items.length ? [text, ...piiJob] : piiJob);
    const piiOutcome = piiJob.length ? outcomes[outcomes.length - 1] : [];
    if (!items.length) return { value, pii: piiOutcome };
    const found = this.#settle(ctx, p, text, outcomes[0]);
    if (!found) return { value, pii: piiOutcome };
    const redactions = new Map<string, Finding[]>();
    items.forEach(({ text: scanned, field: { path, key } }, i) => {
      p.text.forEach((a, j) => {
        const findings = found[i][j];
        for (const f of findings) {
          // A key in the auth header of a request to its own issuer is recorded, not blocked.
          const act = stage === "input" && sentToIssuer(value, path, key, f, scanned)
            ? "warn"
            : actionFor(a.setting, f);
          if (act === "block") this.#block(ctx, stage, f, path);
          if (
            act === "redact" && a.detector.redactable && f.start !== undefined &&
            !path.endsWith("<key>") && !path.endsWith("<argv>") &&
            !path.endsWith("<joined>") && !path.endsWith("<json>") && !path.endsWith("<doc>") &&
            !path.endsWith("<call>")
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
      });
    });
    if (!redactions.size) return { value, pii: piiOutcome };
    return {
      value: mapStrings(value, root, (text, path) => {
        const fs = redactions.get(path);
        return fs ? redactSpans(text, fs) : text;
      }, walk),
      pii: piiOutcome,
    };
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
    // PII is scanned in the text detectors' job; those findings are used if no text redaction
    // changed the arguments (else PII gets a job of its own, on the redacted arguments).
    const args = ctx.args;
    const piiGroup = p.pii ? this.#piiGroup(ctx, p, args) : undefined;
    const scanned = await this.#scanValue(ctx, p, args, "$.arguments", piiGroup);
    ctx.args = scanned.value as Record<string, unknown>;
    await this.#remote(ctx, p, ctx.args);
    if (p.pii) {
      const pii = p.pii;
      const { group, found } = await this.#piiFindings(ctx, p, ctx.args, {
        value: args,
        group: piiGroup!,
        outcome: scanned.pii,
      });
      if (!found) return; // warn-only PII with on_error: allow (recorded as guard.error)
      const items = group.items;
      let i = 0;
      const scan = (text: string): Finding[] => {
        const item = items[i];
        // Cannot happen (same value, same walk); if it ever did, findings would land on the wrong
        // strings, so refuse rather than guess.
        if (item?.text !== text) throw new Error("PII findings do not match the walked strings");
        return found[i++][0];
      };
      if (pii.setting.action === "redact") {
        const vault = new PiiVault();
        ctx.args = vault.redactJson(ctx.args, (text, at) => {
          const all = scan(text);
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
        forEachString(ctx.args, "$.arguments", (text, path) => {
          for (const f of scan(text)) {
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
  async #piiOutput(
    ctx: CallContext,
    p: CompiledPolicy,
    result: CallToolResult,
    early: { value: unknown; group: ScanGroup; outcome?: ScanOutcome },
  ): Promise<CallToolResult> {
    const pii = p.pii!;
    const { group, found } = await this.#piiFindings(ctx, p, result, early);
    if (!found) return result; // warn-only PII with on_error: allow (recorded as guard.error)
    const items = group.items;
    let redactions: Map<string, Finding[]> | undefined;
    items.forEach(({ field: { path } }, i) => {
      const fs = found[i][0];
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
    });
    if (!redactions) return result;
    const spans = redactions;
    return mapStrings(result, "$", (text, path) => {
      const fs = spans.get(path);
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
      // As on input, PII is scanned in the text detectors' job (used if nothing was redacted).
      const unscanned = result;
      const piiGroup = p.pii ? this.#piiGroup(ctx, p, unscanned) : undefined;
      const scanned = await this.#scanValue(ctx, p, unscanned, "$", piiGroup);
      result = scanned.value as CallToolResult;
      // Only remote providers read the request text: don't serialise the arguments otherwise.
      if (p.remote.length) await this.#remote(ctx, p, result, JSON.stringify(ctx.args));
      if (p.pii) {
        result = await this.#piiOutput(ctx, p, result, {
          value: unscanned,
          group: piiGroup!,
          outcome: scanned.pii,
        });
      }
    }
    // PII restore is last: the client gets back exactly the values it sent in this call, and no
    // placeholder (ours or forged) ever reaches it.
    if (vault) result = vault.restoreJson(result) as CallToolResult;
    ctx.result = result;
  }
}
