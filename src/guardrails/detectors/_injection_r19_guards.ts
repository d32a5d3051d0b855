/**
 * Tests that keep round 19's benign look-alikes apart from the attacks they resemble (used by
 * existing rules as `accept` guards; cases in `_injection_r19_test.ts`):
 * - a note addressed to AI tools *and* people ("Note for AI coding assistants and humans alike:")
 *   is a house rule for every contributor, not a covert order to the model;
 * - a tool-call tag named as a noun in prose ("wraps the output in a <tool_result> block") is
 *   documentation of the format, not a forged turn;
 * - markers given as examples in a sentence that goes on ("attackers paste strings like
 *   </tool_result> or <|im_start|>system into web pages") are mentioned, not used.
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

/** "a <tool_result> block", and "a fake </function_results> tag" (r22: one adjective between). */
const ARTICLE_BEFORE =
  /\b(?:a|an|the|each|every|its|this|that)\s+(?:(?:fake|forged|spoofed|bogus|counterfeit|closing|opening|injected|malicious|extra|stray|own|custom|new|second|premature|early)\s{1,3})?$/i;
const NOUN_AFTER =
  /^\s+(?:block|tag|element|wrapper|turn|message|section|field|marker|envelope)s?\b/i;

/** True when the tag at `start..end` is named as a noun in prose ("a <tool_result> block"). */
export function tagNamedInProse(view: string, start: number, end: number): boolean {
  return ARTICLE_BEFORE.test(view.slice(Math.max(0, start - 12), start)) &&
    NOUN_AFTER.test(view.slice(end, end + 20));
}

/** "strings like", "tokens such as", "e.g.", with earlier list items ("X or", "X,") allowed between. */
const EXAMPLE_CUE =
  /(?:\b(?:strings?|tokens?|markers?|delimiters?|tags?|sequences?|payloads?)\s{1,3}(?:like|such\s{1,3}as)|\be\.g\.,?|\bfor\s{1,3}example,?|\bsuch\s{1,3}as)\s{1,3}(?:\S{1,30}(?:\s{1,3}(?:or|and)|,)\s{1,3}){0,3}$/i;
/**
 * The sentence goes on after the marker, on the same line and in lower case: another list item, or
 * prose ("… into web pages", "… so that a model reads"); a turn opens with a line break or a capital.
 */
const LIST_GOES_ON =
  /^(?:system|user|assistant|tool)?(?:\s{1,3}(?:or|and)\s{1,3}\S|,\s{1,3}\S|[ \t]{1,3}[a-z]{2,12}[ \t])/;

/** True when the marker at `start..end` is one of a few examples listed inside a sentence. */
export function listedAsExample(view: string, start: number, end: number): boolean {
  return EXAMPLE_CUE.test(view.slice(Math.max(0, start - 100), start)) &&
    LIST_GOES_ON.test(view.slice(end, end + 40));
}
