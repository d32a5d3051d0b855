/**
 * Round 32 precision: benign texts the round-32 twins showed blocked, by technique.
 *
 * Cues for the specimen blanker (./_injection_r31p.ts), each still inside a text framed as
 * security material:
 * - a parenthesis that holds nothing but a list of quotations: `the crude ones ("…", "…") were
 *   caught` names examples, it orders nothing;
 * - a quotation presented as what was seen, after a past-tense report and a colon: `what got
 *   through were polite notes: "…"`, `the first message was: "…"`;
 * - a third party's attempt described, right before a code span: `a document tells the model to
 *   append \`…\``, `an email asks the agent to run \`…\`` (an indefinite subject: any such text;
 *   "this page tells the model to …" names no third party and is not excused);
 * - a quotation coordinated with other nouns and carried on by a preposition: `variants fill in the
 *   user's email or "…" about the badge` (a noun phrase inside a sentence, not an order);
 * - a short Latin-script gloss in parentheses right after a word of another script, in a text
 *   framed as security material in that script: `… להתעלם מההוראות הקודמות (ignore previous
 *   instructions)` translates the term it follows.
 *
 * `falseAssurance`: "do not tell the user that the message is safe" forbids a reassurance; it hides
 * nothing from the user (unlike "do not tell the user that the link is malicious").
 */

/** A parenthesis whose whole content is a list of two or more quotations. */
export const QUOTE_LIST =
  /^\s{0,2}(?:"[^"\n]{2,300}"|“[^”\n]{2,300}”|«[^»\n]{2,300}»)(?:\s{0,2}[,;]\s{0,2}(?:(?:or|and)\s{1,3})?(?:"[^"\n]{2,300}"|“[^”\n]{2,300}”|«[^»\n]{2,300}»)){1,8}\s{0,2}$/;

/** A past-tense report presenting what was seen: "what got through were polite notes:". */
export const SEEN_CUE =
  /\b(?:was|were)\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,2}(?:notes?|messages?|lines?|e-?mails?|comments?|requests?|texts?)\s{0,2}:\s{0,3}$/i;

/** A third party's attempt described before a code span: "a document tells the model to append". */
export const ATTEMPT_CUE =
  /\b(?:an?|any|some|other)\s{1,3}(?:[\w-]{1,15}\s{1,3})?(?:document|page|email|e-mail|message|file|site|website|issue|ticket|comment|pdf|readme|tool|server|attacker|payload|input)s?\s{1,3}(?:that\s{1,3})?(?:tells?|asks?|instructs?|gets?|makes?|convinces?|tricks?)\s{1,3}(?:the\s{1,3}|an?\s{1,3})?(?:model|assistant|agent|ai|llm|bot|chatbot)s?\s{1,3}(?:in)?to\s{1,3}[\w-]{1,15}\s{0,3}$/i;

/** A quotation coordinated with other nouns ("… or "…"") … */
export const COORD_BEFORE = /\w\s{1,3}(?:or|and|nor)\s{1,3}$/i;
/** … that the sentence carries on after, with a preposition ("… about the badge"). */
export const COORD_AFTER =
  /^\s{1,3}(?:about|for|in|on|into|with|from|as|at|near|under|inside|within)\s{1,3}[a-z]/;

/** A gloss: a short Latin-script phrase, nothing else, in parentheses. */
const GLOSS = /^\s{0,2}[A-Za-z][A-Za-z' -]{2,60}$/;
/** A word of a non-Latin script right before the parenthesis. */
const NON_LATIN_BEFORE = /[^\P{L}\p{Script=Latin}][\s\u200e\u200f]{0,2}$/u;

/** True when `( inner )` right after `before` is a Latin-script gloss of a non-Latin term. */
export function glossAfterTerm(before: string, inner: string): boolean {
  return inner.split(/\s+/).length <= 6 && GLOSS.test(inner) && NON_LATIN_BEFORE.test(before);
}

/** What the forbidden telling would assert: a reassurance ("that the message is safe"). */
const ASSURANCE =
  /^[\s,*"“”«»_]{1,8}that\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){1,4}(?:is|are|was|looks?|seems?)\s{1,3}(?:safe|fine|secure|legit(?:imate)?|trustworthy|harmless|clean|verified|genuine|authentic|benign)\b/i;

/** True when the concealment at `[_, end)` forbids only a reassurance to the user. */
export function falseAssurance(view: string, end: number): boolean {
  return ASSURANCE.test(view.slice(end, end + 120));
}
