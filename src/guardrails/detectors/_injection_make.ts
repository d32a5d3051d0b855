/**
 * The rule builder the round-27 … 29 injection files share: a case-insensitive Unicode rule of
 * weight `w` in tool results (arguments at the low input weight, `INPUT_LOW`), armed by the anchor
 * `spec` (see `anchors`) or a gate, with an optional `accept` test.
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { INPUT_LOW } from "./_injection_r21_intl.ts";

/** A rule's own test of a match at `[start, end)` of `view`. */
export type Accept = (view: string, start: number, end: number) => boolean;

/** Options of {@link make}. */
export interface MakeOptions {
  gate?: RegExp;
  accept?: Accept;
  /** Window (characters) around each anchor; default 220. */
  reach?: number;
  /** How far before its anchor a match can start (default: `reach`; see `InjectionRule.back`). */
  back?: number;
  near?: number;
  /** A necessary pre-test of each window (see `InjectionRule.need`). */
  need?: RegExp;
}

/** An output-weighted rule (see the module comment). */
export function make(
  kind: string,
  w: number,
  spec: string,
  src: string,
  reason: string,
  o: MakeOptions = {},
): InjectionRule {
  const r = rule(kind, w, spec, src, reason, {
    flags: "iu",
    reach: o.reach ?? 220,
    ...(o.near ? { near: o.near } : {}),
    at: { output: w, ...INPUT_LOW },
    ...(o.accept ? { accept: o.accept } : {}),
    ...(o.need ? { need: o.need } : {}),
  });
  if (o.back !== undefined) r.back = o.back;
  return o.gate ? { ...r, anchors: anchors(spec, o.gate) } : r;
}

/**
 * A builder of half-threshold signals (weight 0.5) with a default window of `reach`: such a rule
 * blocks only beside a second, different signal.
 */
export function halfOf(
  reach: number,
): (kind: string, spec: string, src: string, reason: string, o?: MakeOptions) => InjectionRule {
  return (kind, spec, src, reason, o = {}) => make(kind, 0.5, spec, src, reason, { reach, ...o });
}

/**
 * A table row of half-threshold rules: anchor spec, optional gate, pattern, `near`, `reach`, `back`
 * and `need`.
 */
export type HalfRow = readonly [
  spec: string,
  gate: RegExp | undefined,
  src: string,
  near?: number,
  reach?: number,
  back?: number,
  need?: RegExp,
];

/**
 * Half-threshold rules of one kind from a table, for tool results only (weight 0 at the definition
 * stage: a tool definition has its own checks). `quoted`: the rule also counts inside code spans
 * and quotes, where payloads such as image links and JSON tool calls live.
 */
export function halfRows(
  half: ReturnType<typeof halfOf>,
  kind: string,
  reason: string,
  list: readonly HalfRow[],
  accept?: Accept,
  quoted = false,
): InjectionRule[] {
  return list.map(([spec, gate, src, near, reach, back, need]) => {
    const r = half(kind, spec, src, reason, {
      ...(reach ? { reach } : {}),
      ...(back !== undefined ? { back } : {}),
      ...(gate ? { gate } : {}),
      ...(near ? { near } : {}),
      ...(accept ? { accept } : {}),
      ...(need ? { need } : {}),
    });
    const out = { ...r, at: { ...r.at, definition: 0 } };
    return quoted ? { ...out, quotedOk: () => true } : out;
  });
}

/** {@link halfRows} bound to one `half` builder: `const rows = halfRowsOf(halfOf(220))`. */
export function halfRowsOf(half: ReturnType<typeof halfOf>) {
  return (
    kind: string,
    reason: string,
    list: readonly HalfRow[],
    accept?: Accept,
    quoted = false,
  ): InjectionRule[] => halfRows(half, kind, reason, list, accept, quoted);
}
