/**
 * Shared prologue of the per-round code rules (`_code_r34.ts` … `_code_r38.ts`): every round
 * checks tool-call arguments only (input stage), skips very short or very long values, and reports
 * its findings as high-severity `code_injection` findings naming the argument.
 */
import type { FieldContext, Finding } from "../types.ts";

/** Makes a finding of `kind` whose reason names the argument. */
export type Hit = (kind: string, reason: string) => Finding;

/** A round's check of one argument value. */
export type RoundMechanism = (
  text: string,
  field: FieldContext,
  where: string,
) => Finding | undefined;

/** The finding factory for the argument described by `where`. */
export function findingFactory(where: string): Hit {
  return (kind, reason) => ({
    detector: "code_injection",
    kind,
    severity: "high",
    reason: `${reason} in ${where}`,
  });
}

/**
 * Wraps a round's rules with the shared input-stage and length gate; `body` receives the text,
 * the finding factory, and the original field and argument description.
 */
export function roundMechanism(
  body: (text: string, hit: Hit, field: FieldContext, where: string) => Finding | undefined,
): RoundMechanism {
  return (text, field, where) => {
    if (field.stage !== "input" || text.length < 20 || text.length > 100000) return undefined;
    return body(text, findingFactory(where), field, where);
  };
}
