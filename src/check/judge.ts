/**
 * Pure judgement of what a client received: classifying a tool-call outcome into a verdict and
 * comparing it with a step's expectation, plus the invariants every result must hold (no fake
 * secret, no escape / bidi / zero-width / tag character).
 */
import { FAKE_SECRET_VALUES } from "./manifest.ts";
import type { CallStep, CallVerdict, ObservedVerdict } from "./types.ts";

/** What a call came to, as seen by the client. */
export interface Observation {
  verdict: ObservedVerdict;
  /** smg error code for errors (`timeout`, `upstream_error`, …), `tool_error` for isError results. */
  code?: string;
  /** Error message, or a short note. */
  message?: string;
  /** The raw result on success. */
  result?: RawResult;
}

/** A tool result as it came over the wire (not validated by the SDK). */
export interface RawResult {
  content?: unknown[];
  structuredContent?: unknown;
  isError?: boolean;
}

/** JSON-RPC error codes smg answers with (src/gateway/errors.ts). */
const CODES: Record<number, { verdict: ObservedVerdict; code?: string }> = {
  [-32010]: { verdict: "blocked_input" },
  [-32011]: { verdict: "blocked_output" },
  [-32012]: { verdict: "hidden", code: "blocked_definition" },
  [-32602]: { verdict: "hidden", code: "unknown_tool" },
  [-32001]: { verdict: "error", code: "timeout" },
  [-32002]: { verdict: "error", code: "upstream_error" },
  [-32003]: { verdict: "refused", code: "auth" },
};

/** Classify a JSON-RPC error code (the SDK's "MCP error -320xx: " prefixes are dropped). */
export function classifyErrorCode(code: number, raw: string): Observation {
  const message = raw.replace(/^(MCP error -?\d+: )+/, "");
  const m = CODES[code];
  if (m) return { verdict: m.verdict, code: m.code, message };
  return { verdict: "internal_error", code: String(code), message };
}

/** Markers the gateway leaves when it changes a result. */
const REDACTION_MARKS = ["[REDACTED", "[smg:", "SMG_PII"];

/** Classify a successful result. */
export function classifyResult(result: RawResult): Observation {
  if (result.isError) {
    return { verdict: "error", code: "tool_error", message: firstText(result), result };
  }
  const text = resultStrings(result).join("\n");
  const changed = REDACTION_MARKS.some((m) => text.includes(m));
  return { verdict: changed ? "redacted" : "allowed", result };
}

function firstText(r: RawResult): string {
  return textOf(r).slice(0, 200);
}

/** Text of all text content items. */
export function textOf(r: RawResult): string {
  const items = Array.isArray(r.content) ? r.content : [];
  return items
    .map((
      c,
    ) => (c && typeof c === "object" && (c as { type?: unknown }).type === "text"
      ? String((c as { text?: unknown }).text ?? "")
      : "")
    )
    .filter(Boolean)
    .join("\n");
}

/** Every string leaf of a value (iterative, so any depth is safe), object keys included. */
export function stringsOf(value: unknown, limit = 200_000): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length && out.length < limit) {
    const v = stack.pop();
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) { for (const x of v) stack.push(x); }
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        stack.push(x);
      }
    }
  }
  return out;
}

/** All strings a client would read in a result: content and structuredContent. */
export function resultStrings(r: RawResult): string[] {
  return [...stringsOf(r.content ?? []), ...stringsOf(r.structuredContent ?? null)];
}

/** Nesting depth of a JSON value (iterative). */
export function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v && typeof v === "object") {
      max = Math.max(max, d + 1);
      for (const x of Object.values(v)) stack.push([x, d + 1]);
    }
  }
  return max;
}

/**
 * Characters that must never reach a client: C0/C1 controls other than tab and newlines, ESC,
 * zero-width and invisible formatting characters, bidi overrides/isolates, Unicode tag characters.
 */
export const HOSTILE_CHARS =
  // deno-lint-ignore no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/u;

/** Describe a hostile character found in `strings`, or undefined. */
export function findHostileChar(strings: readonly string[]): string | undefined {
  for (const s of strings) {
    const m = HOSTILE_CHARS.exec(s);
    if (m) return `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return undefined;
}

/** Which fake secret (by position in FAKE_SECRET_VALUES) appears in `strings`, if any. */
export function findFakeSecret(strings: readonly string[]): string | undefined {
  for (const [i, v] of FAKE_SECRET_VALUES.entries()) {
    if (strings.some((s) => s.includes(v))) return `fake secret #${i + 1} (${v.slice(0, 4)}…)`;
  }
  return undefined;
}

/** The verdict of a step judged against an observation: passed, and why not. */
export function judgeCall(step: CallStep, o: Observation): { passed: boolean; detail: string } {
  const accepted = new Set<ObservedVerdict>([step.expect, ...(step.alsoAccept ?? [])]);
  // A redaction expectation is met by a clean pass-through as long as the absent text is absent.
  if (accepted.has("redacted")) accepted.add("allowed");
  const problems: string[] = [];
  if (!accepted.has(o.verdict)) {
    problems.push(
      `expected ${describeExpect(step)}, got ${o.verdict}${o.code ? ` (${o.code})` : ""}${
        o.message ? `: ${o.message}` : ""
      }`,
    );
  } else if (o.verdict === "error" && step.code && o.code !== step.code) {
    problems.push(
      `expected error ${step.code}, got ${o.code ?? "error"}${o.message ? `: ${o.message}` : ""}`,
    );
  }
  if (o.result) {
    const strings = resultStrings(o.result);
    const text = textOf(o.result);
    const hostile = findHostileChar(strings);
    if (hostile) problems.push(`result contains the hostile character ${hostile}`);
    const secret = findFakeSecret(strings);
    if (secret) problems.push(`result leaks ${secret}`);
    for (const a of step.absent ?? []) {
      if (strings.some((s) => s.includes(a))) {
        problems.push(`result contains "${a.slice(0, 24)}${a.length > 24 ? "…" : ""}"`);
      }
    }
    const passedThrough = o.verdict === "allowed" || o.verdict === "redacted";
    if (passedThrough && accepted.has(o.verdict)) {
      for (const c of step.contains ?? []) {
        if (!text.includes(c)) problems.push(`result lacks "${c}"`);
      }
      for (const m of step.matches ?? []) {
        if (!new RegExp(m, "m").test(text)) problems.push(`result does not match /${m}/`);
      }
      problems.push(...limitProblems(step, o.result));
    }
  }
  const passed = problems.length === 0;
  return { passed, detail: passed ? (o.message ?? "") : problems.join("; ") };
}

function limitProblems(step: CallStep, r: RawResult): string[] {
  const out: string[] = [];
  const l = step.limits;
  if (!l) return out;
  if (l.maxBytes !== undefined) {
    const bytes = new TextEncoder().encode(textOf(r)).length;
    if (bytes > l.maxBytes) out.push(`result text is ${bytes} bytes (limit ${l.maxBytes})`);
  }
  const items = Array.isArray(r.content) ? r.content.length : 0;
  if (l.maxItems !== undefined && items > l.maxItems) {
    out.push(`result has ${items} content items (limit ${l.maxItems})`);
  }
  if (l.maxDepth !== undefined) {
    const d = depthOf(r.structuredContent);
    if (d > l.maxDepth) out.push(`structuredContent is ${d} levels deep (limit ${l.maxDepth})`);
  }
  return out;
}

/** Human form of a step's expectation. */
export function describeExpect(step: CallStep): string {
  const main: string = step.expect === "error" && step.code ? `error ${step.code}` : step.expect;
  const also = (step.alsoAccept ?? []).filter((v: CallVerdict) => v !== step.expect);
  return also.length ? `${main} (or ${also.join("/")})` : main;
}
