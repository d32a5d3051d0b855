/**
 * Keywords detector: user-configured words and regexes. Keywords match case-insensitively and as
 * whole words by default; both keywords and patterns are also matched on the NFKC-normalized,
 * invisible-stripped text, so `ｓｅｃｒｅｔ` or `sec\u200Bret` match `secret`. Spans always point
 * into the raw text, so matches can be redacted.
 *
 * Patterns are compiled with the `u` flag (plus `i` unless `case_sensitive`); an invalid pattern,
 * or one with a nested quantifier like `(a+)+` (catastrophic backtracking on hostile text), is
 * rejected when the options are parsed, naming the pattern.
 */
import { scanError } from "./_scan_error.ts";
import type { FieldContext, Finding, TextDetector } from "../types.ts";
import { normalizeText } from "../text/views.ts";
import { type KeywordsOptions, KeywordsOptionsSchema } from "./options.ts";
import { TEXT_DETECTOR_SPECS } from "./specs.ts";
export { KeywordsOptionsSchema };
export type { KeywordsOptions };

interface Compiled {
  /** One regex per keyword then one per pattern; `kind` says which. */
  matchers: { re: RegExp; kind: "keyword" | "pattern"; index: number }[];
}

const WORD = /[\p{L}\p{N}_]/u;
const cache = new WeakMap<object, Compiled>();

function escapeRegex(s: string): string {
  // Not "-": with the `u` flag "\-" outside a class is a syntax error (every scan with a hyphenated
  // keyword like "project-x" failed as scan_error). "/" needs no escape in a RegExp source.
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(options: KeywordsOptions): Compiled {
  let c = cache.get(options);
  if (c) return c;
  const flags = options.case_sensitive ? "gu" : "giu";
  const matchers: Compiled["matchers"] = [];
  (options.keywords ?? []).forEach((raw, index) => {
    const kw = normalizeText(raw);
    if (!kw) return;
    const whole = options.whole_word ?? true;
    const before = whole && WORD.test(kw[0]) ? "(?<![\\p{L}\\p{N}_])" : "";
    const after = whole && WORD.test(kw[kw.length - 1]) ? "(?![\\p{L}\\p{N}_])" : "";
    // Whitespace inside a phrase matches any run of whitespace.
    const body = escapeRegex(kw).replace(/\s+/g, "\\s+");
    matchers.push({ re: new RegExp(before + body + after, flags), kind: "keyword", index });
  });
  (options.patterns ?? []).forEach((source, index) => {
    try {
      matchers.push({ re: new RegExp(source, flags), kind: "pattern", index });
    } catch { /* rejected by the schema; skipped so scan never throws */ }
  });
  c = { matchers };
  cache.set(options, c);
  return c;
}

/** Normalized text plus, for each normalized char, the raw span of the cluster it came from. */
function normalizedView(text: string): { text: string; from: number[]; to: number[] } {
  let out = "";
  const from: number[] = [];
  const to: number[] = [];
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const n = normalizeText(m[0]);
    for (let k = 0; k < n.length; k++) {
      from.push(m.index);
      to.push(m.index + m[0].length);
    }
    out += n;
  }
  return { text: out, from, to };
}

function scanKeywords(text: string, options: KeywordsOptions): Finding[] {
  const { matchers } = compile(options);
  if (matchers.length === 0) return [];
  // deno-lint-ignore no-control-regex
  const view = /[^\x00-\x7F]/.test(text) ? normalizedView(text) : undefined;
  const findings: Finding[] = [];
  const add = (m: Compiled["matchers"][number], start: number, end: number): void => {
    if (findings.some((f) => f.start! < end && start < f.end!)) return;
    findings.push({
      detector: "keywords",
      kind: m.kind,
      severity: options.severity ?? "high",
      reason: options.message ?? `Text matches configured ${m.kind} #${m.index + 1}`,
      start,
      end,
    });
  };
  for (const m of matchers) {
    for (
      const [t, mapStart, mapEnd] of [
        [text, undefined, undefined],
        ...(view && view.text !== text ? [[view.text, view.from, view.to]] : []),
      ] as [string, number[] | undefined, number[] | undefined][]
    ) {
      m.re.lastIndex = 0;
      for (let r = m.re.exec(t); r; r = m.re.exec(t)) {
        if (r[0].length === 0) {
          m.re.lastIndex++;
          continue;
        }
        const s = r.index;
        const e = s + r[0].length;
        if (mapStart && mapEnd) add(m, mapStart[s], mapEnd[e - 1]);
        else add(m, s, e);
      }
    }
  }
  return findings.sort((a, b) => a.start! - b.start!);
}

/** User-configured keywords and regex patterns. */
export const keywordsDetector: TextDetector<KeywordsOptions> = {
  id: "keywords",
  description: "User-configured keywords (whole-word, case-insensitive, NFKC) and regex patterns",
  ...TEXT_DETECTOR_SPECS.keywords,
  scan(text: string, _field: FieldContext, options: KeywordsOptions): Finding[] {
    try {
      return scanKeywords(text, options ?? {});
    } catch {
      // Fail closed: a value the detector could not judge is reported, and the policy decides.
      return [scanError("keywords")];
    }
  },
};
