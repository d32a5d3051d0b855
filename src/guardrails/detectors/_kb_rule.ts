/**
 * The matching half every knowledge base shares (`_posture.ts`, `_appsec.ts`, `_tradecraft.ts`,
 * `_dbabuse.ts`, `_arginj.ts`): a rule names the literal(s) every match holds, which index it in
 * one shared {@link literalRuleGate}, and holds when its pattern matches, its second condition
 * (if any) matches too, and its clearing condition (if any) does not.
 */
import { literalRuleGate } from "./_literal_gate.ts";

/** The gate-facing fields of a knowledge-base rule. */
export interface KbRule {
  /** Literal(s), one of which every match holds (the gate's index). */
  lit: string | readonly string[];
  /** The construct together with the shape that makes it count. */
  re: RegExp;
  /** A second condition that must hold too. */
  also?: RegExp;
  /** A condition that clears the rule. */
  not?: RegExp;
}

/** A rule's literals, lower-cased (whole: they are chosen to be rare in ordinary text). */
export function kbKeys(rule: KbRule): string[] {
  return (typeof rule.lit === "string" ? [rule.lit] : rule.lit).map((l) => l.toLowerCase());
}

/** True when `rule` holds on `view`. */
export function kbRuleHolds(rule: KbRule, view: string): boolean {
  return rule.re.test(view) && (rule.also === undefined || rule.also.test(view)) &&
    (rule.not === undefined || !rule.not.test(view));
}

/**
 * A finder for the first of `rules` (in order) that holds on a view of 8–65,536 characters, with
 * one shared gate over the rules' keys (`keys` defaults to {@link kbKeys}).
 */
export function firstKbRule<R extends KbRule>(
  rules: readonly R[],
  keys: (rule: R) => string[] = kbKeys,
): (view: string) => R | undefined {
  const candidates = literalRuleGate(rules.map(keys));
  return (view) => {
    if (view.length < 8 || view.length > 65536) return undefined;
    for (const i of candidates(view)) if (kbRuleHolds(rules[i], view)) return rules[i];
    return undefined;
  };
}
