/**
 * Tests that keep round 19's benign look-alikes apart from the attacks they resemble (used by
 * existing rules as `accept` guards; cases in `_injection_r19_test.ts`):
 * - a note addressed to AI tools *and* people ("Note for AI coding assistants and humans alike:")
 *   is a house rule for every contributor, not a covert order to the model;
 * - a tool-call tag named as a noun in prose ("wraps the output in a <tool_result> block") is
 *   documentation of the format, not a forged turn.
 */

/** "… and humans alike", "… as well as human contributors", before the label ends. */
const JOINT_AFTER =
  /^[^\n:]{0,60}?\b(?:and|&|as\s+well\s+as|or)\s+(?:for\s+)?(?:the\s+|all\s+)?(?:humans?|people|human\s+(?:developers|contributors|readers|reviewers)|developers|contributors|maintainers)\b/i;
/** "humans and AI assistants: …" */
const JOINT_BEFORE = /\b(?:humans?|people|developers|contributors)\s+(?:and|&)\s+(?:for\s+)?$/i;

/** True when the address at `start` names people alongside the AI (a shared house rule). */
export function alsoHumans(view: string, start: number): boolean {
  return JOINT_AFTER.test(view.slice(start, start + 120)) ||
    JOINT_BEFORE.test(view.slice(Math.max(0, start - 40), start));
}

const ARTICLE_BEFORE = /\b(?:a|an|the|each|every|its|this|that)\s+$/i;
const NOUN_AFTER =
  /^\s+(?:block|tag|element|wrapper|turn|message|section|field|marker|envelope)s?\b/i;

/** True when the tag at `start..end` is named as a noun in prose ("a <tool_result> block"). */
export function tagNamedInProse(view: string, start: number, end: number): boolean {
  return ARTICLE_BEFORE.test(view.slice(Math.max(0, start - 12), start)) &&
    NOUN_AFTER.test(view.slice(end, end + 20));
}
