/**
 * Test helpers for the injection rule files: scan a text as a tool result (or another stage) with
 * the default options, and ask whether it blocks (a high or critical finding) or which kinds fired.
 */
import { injectionDetector, InjectionOptionsSchema } from "./injection.ts";
import type { Finding, Stage } from "../types.ts";
import type { InjectionRule } from "./_injection_rules.ts";

const OPTS = InjectionOptionsSchema.parse({});

/** Findings for `text` at `stage` (default: a tool result). */
export const scanText = (text: string, stage: Stage = "output"): Finding[] =>
  injectionDetector.scan(text, { stage, path: "$.content[0].text" }, OPTS);
/** True when `text` would be blocked at `stage`. */
export const blocks = (text: string, stage: Stage = "output"): boolean =>
  scanText(text, stage).some((f) => f.severity === "high" || f.severity === "critical");
/** The kinds that fired, for assertion messages. */
export const kinds = (text: string, stage: Stage = "output"): string[] =>
  scanText(text, stage).map((f) => f.kind);

/**
 * True when one of `rules` of `kind` matches `text` and accepts the match (a rule file's own
 * families, read without the rest of the detector).
 */
export function firesIn(rules: readonly InjectionRule[], kind: string, text: string): boolean {
  return rules.some((r) => {
    if (r.kind !== kind) return false;
    const re = new RegExp(r.re.source, "giu");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!r.accept || r.accept(text, m.index, m.index + m[0].length)) return true;
      if (m[0].length === 0) re.lastIndex++;
    }
    return false;
  });
}
