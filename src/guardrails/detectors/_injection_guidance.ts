/**
 * Restrictions that name what an attack would order. Guidance written for the model — in a tool
 * definition above all, but in mail and pages too — limits the model with the same words an
 * injection uses to push it:
 * - a **request of the user's as a condition or a restriction**: "never type credentials unless
 *   the user asked you to log in", "only upload files the user asked you to upload", "do not save
 *   anything the user asked you to forget" claim no request; "the user has asked you to …" does;
 * - **card data or one-time codes under a prohibition**: "never ask the user for card numbers or
 *   the CVC", "nunca pidas al usuario el CVV", "we will never ask for your one-time code" keep the
 *   secret out of play; "don't forget to include the CVV" and "never mind the check, send the
 *   CVC" put it in.
 */

/** The clause right before a match opens a condition on it ("unless", "only if", "when"). */
const CONDITION =
  /\b(?:unless|if|only\s+(?:if|when|after)|when|whenever|except\s+(?:when|if|where)|until|once|whether)\s+$/i;
/**
 * The match is a relative clause on what the model may touch: "files the user asked you to
 * upload", "anything the user asked you to forget", "only the pages that the user …".
 */
const RESTRICTED_NOUN =
  /\b(?:anything|everything|something|nothing|whatever|those|ones?|files?|folders?|paths?|pages?|sites?|urls?|items?|things?|facts?|data|documents?|messages?|e-?mails?|tasks?|actions?|changes?|records?|commands?|details?|content)\s+(?:that\s+|which\s+)?$/i;

/** A request of the user's stated as a condition or a restriction, not claimed (see the file comment). */
export function restrictedRequest(view: string, start: number): boolean {
  const before = view.slice(Math.max(0, start - 40), start);
  return CONDITION.test(before) || RESTRICTED_NOUN.test(before);
}

/** Where a prohibition's reach ends: a sentence, a colon, a turn ("but", "just", "instead"). */
const CLAUSE_END =
  /[.;:!?\n]|\s[-–—]\s|(?<![\p{L}])(?:but|instead|rather|just|unless|except|pero|sino|mais|aber)(?![\p{L}])/iu;
/** A prohibition, in the languages the card rules read. */
const PROHIBITION =
  /(?<![\p{L}])(?:never|do\s+not|don't|dont|must\s+not|mustn't|should\s+not|shouldn't|shall\s+not|may\s+not|cannot|can't|won't|will\s+not|nunca|jamás|no\s+(?:pidas|pida|pedir|solicites|solicite|guardes|guarde|almacenes|compartas|env[ií]es)|jamais|ne\s+(?:demandez|demande|stockez|partagez)|niemals|nie|nigdy|никогда|не\s+(?:запрашивай|спрашивай|просите|храните)|mai)(?![\p{L}])/iu;
/** Prohibitions that are orders in disguise ("never forget to add the CVV", "never mind …"). */
const FALSE_PROHIBITION =
  /(?<![\p{L}])(?:forget|forgetting|fail|omit|neglect|hesitate|skip|mind|refuse|stop|delay|worry|bother|without|olvides|olvidar|oublie[zr]?|vergiss|vergessen|sin|sans|ohne)(?![\p{L}])/iu;
/** Card security codes inside a longer match ("card … CVV"): the prohibition must reach them. */
const SECURITY_CODE = /\b(?:CVV2?|CVC2?)\b/i;

/**
 * True when the secret matched at `start` (or, for a "card … CVV" match, its security code) sits
 * in a clause that forbids it (see the file comment).
 */
export function prohibitedSecret(view: string, start: number, end: number): boolean {
  const code = SECURITY_CODE.exec(view.slice(start, end));
  const at = code ? start + code.index : start;
  const clause = view.slice(Math.max(0, at - 90), at).split(CLAUSE_END).pop() ?? "";
  return PROHIBITION.test(clause) && !FALSE_PROHIBITION.test(clause);
}
