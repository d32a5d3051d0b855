/**
 * Precision guards of round 30b (second half): a warning or a prohibition before a match. Used by
 * `_injection_r30b2.ts` and by the waiver rule of `_injection_acts_intl.ts` ("assistants may not
 * approve payments … without explicit confirmation" demands the check; it does not waive it).
 */
type Accept = (view: string, start: number, end: number) => boolean;

/** A warning or a prohibition before the match ("never …", "no pueden …", "не должны …"). */
const WARNED =
  /(?:^|[^\p{L}])(?:never|not|don['’]t|mustn['’]t|shouldn['’]t|cannot|can['’]t|avoid|scam\p{L}{0,4}|phish\p{L}{0,4}|fraud\p{L}{0,5}|nunca|jamás|jamais|niemals|nooit|asla|nie|nicht|keine?|no|não|non|ne|не|никогда|ніколи|tidak|jangan|không|لا|لن|אל|אין)(?![\p{L}])|(?:^|[^\p{L}])(?:if|when|whenever|si|wenn|falls|jeśli|если|якщо)\s+(?:someone|anyone|somebody|a\s+\p{L}+|quelqu['’]un|alguien|jemand|ktoś|кто-то)\s+(?:asks?|tells?|requests?|demande|pide|bittet|fragt|prosi|просит)|绝不|決して|禁止|하지\s?마/iu;
/** Not a warning against the act in the same sentence or line. */
export const notWarned: Accept = (v, s) => {
  const from = Math.max(0, s - 120);
  let before = v.slice(from, s);
  // Only the same sentence or line.
  const cut = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("\n"),
    before.lastIndexOf("。"),
  );
  if (cut >= 0) before = before.slice(cut + 1);
  return !WARNED.test(before);
};
/**
 * A waiver under a prohibition ("assistants may not approve payments … without explicit
 * confirmation"): a rule that demands the check, not one that waives it.
 */
const PROHIBITED =
  /(?:^|[^\p{L}])(?:cannot|can['’]t|may\s+not|must\s+not|mustn['’]t|no\s+(?:pueden|puede|deben|debe|podrá)|ne\s+(?:peuvent|peut|doivent|doit)\s+(?:pas|jamais)|(?:dürfen|darf|können|kann)\s+(?:\p{L}+\s+){0,3}?(?:nicht|keine?)|não\s+(?:podem|pode|devem|deve)|non\s+(?:possono|può|devono|deve)|nie\s+(?:mogą|może|wolno)|не\s+(?:могут|может|должны|должен|вправе)|mogen\s+(?:\p{L}+\s+){0,3}?niet)(?![\p{L}])/iu;
export const forbiddenBefore = (v: string, s: number): boolean => {
  let before = v.slice(Math.max(0, s - 160), s);
  const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  if (cut >= 0) before = before.slice(cut + 1);
  return PROHIBITED.test(before);
};
