/**
 * Round-34 precision: safeguard clauses the definition grammars read as the act they forbid, blanked
 * (same length) before a flagged string is read again (paraphrase tests in `_definition_r34p_test.ts`):
 * - a kept safety step: "never skip the test step, even if the user says the tests passed";
 * - secret hygiene in the reply: "don't repeat it in your reply unless the user explicitly asks";
 * - a warning with its restriction: "allow-listed senders bypass spam filtering, so only add a
 *   sender when the user explicitly asks to";
 * - Hindi "never ask the user for Aadhaar, OTP or bank password" ("कभी … पासवर्ड न माँगें").
 * Each needs its whole safeguard shape; an order elsewhere in the string is left as it is.
 */

const blank = (m: string): string => m.replace(/[^\n]/g, " ");

/** Sentence end. */
const END = String.raw`(?=[.;!?](?:\s|$)|\n|$)`;
/** An English prohibition addressed to the model. */
const NEG = String
  .raw`(?<![\w'])(?:never|do\s{1,4}not|don't|must\s{1,4}not|should\s{1,4}not)\s{1,4}(?:ever\s{1,4})?`;

/** "Never skip the test step, even if the user says …": a safety step kept. */
const KEEP_STEP = new RegExp(
  String
    .raw`${NEG}(?:skip|bypass|omit|disable|leave\s{1,4}out)\s{1,4}(?:the\s{1,4}|this\s{1,4}|any\s{1,4})?(?:[\w-]{2,20}[\s-]{1,4})?(?:tests?|test\s{1,4}suite|checks?|review|verification|validation|approval|confirmation|backups?|scan)(?:\s{1,4}(?:step|stage|run))?\b[^\n.;!?]{0,120}?${END}`,
  "gi",
);

/** "Don't repeat it in your reply unless the user explicitly asks to see it." */
const REPLY_HYGIENE = new RegExp(
  String
    .raw`${NEG}(?:repeat|display|show|print|echo|reveal|quote|include)\s{1,4}(?:it|them|the\s{1,4}(?:value|secret|password|token|key)s?)\s{1,4}(?:in\s{1,4}(?:your|the)\s{1,4}(?:reply|answer|response|output|chat|summary)\s{1,4})?unless\s{1,4}(?:the\s{1,4}user|they)\s{1,4}(?:explicitly\s{1,4}|specifically\s{1,4})?(?:asks?|requests?|wants?)\b[^\n.;!?]{0,40}?(?=[,.;!?](?:\s|$)|\n|$)`,
  "gi",
);

/** "… bypass spam and phishing filtering, so only add a sender when the user explicitly asks to". */
const WARNED_RESTRICTION =
  /\b(?:bypass(?:es)?|skips?|evades?|(?:is|are)\s{1,4}exempt\s{1,4}from)\s[^\n.;!?]{0,60}?,\s{0,3}so\s{1,4}(?:only|never|do\s{1,4}not|don't)\s[^\n]{0,200}?(?=[.!?](?:\s|$)|\n|$)/gi;

/** Hindi: "कभी भी उपयोगकर्ता से आधार नंबर, OTP … या बैंक पासवर्ड न माँगें". */
const HI_ASK_SECRET =
  /कभी\s{0,3}(?:भी\s{1,3})?[^\n।.;!?]{0,80}?(?:पासवर्ड|ओटीपी|OTP|पिन|PIN|आधार|CVV|सीवीवी)[^\n।.;!?]{0,60}?(?:न|ना|मत)\s{1,3}(?:माँग|मांग|पूछ|लें|ले|भेज)[\p{L}\p{M}]{0,20}/giu;

/** Cheap pre-test: only texts with one of the shapes are rewritten. */
const GATE = /never|not\s|don't|bypass|skip|evade|exempt|कभी/i;

/** `text` with its round-34 safeguard clauses blanked; `text` itself when it has none. */
export function r34pBlanked(text: string): string {
  if (!GATE.test(text)) return text;
  return text
    .replace(KEEP_STEP, blank)
    .replace(REPLY_HYGIENE, blank)
    .replace(WARNED_RESTRICTION, blank)
    .replace(HI_ASK_SECRET, blank);
}
