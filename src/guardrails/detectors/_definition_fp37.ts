/**
 * Session 37 precision (tool definitions): a proxy or scanner that says what it does NOT do —
 * "The proxy does not rename, hide or override any server's tools", "never suppresses any
 * warnings" — describes its honesty; the attack tells the model to override or dismiss the
 * gateway's checks. A dismiss verb counts only where no negation governs it: a "does not / never /
 * won't" earlier in the same clause, with at most a short list of verbs between ("rename, hide or
 * override"). A negated go-ahead ("don't hesitate to override …") still counts.
 */

/** A negation that governs a short verb list ending at the match. */
const NEGATED_LIST =
  /\b(?:does\s{1,3}not|do\s{1,3}not|doesn['’]t|don['’]t|never|will\s{1,3}not|won['’]t|cannot|can['’]t|must\s{1,3}not)\s{1,3}(?!(?:hesitate|wait|forget|fail|need|bother)\b)(?:[a-z]+,?\s{1,3}){0,4}(?:(?:or|and|nor)\s{1,3})?$/iu;

/** True when some match of `re` (global) in `text` is not negated (see the module comment). */
export function unnegatedDismiss(re: RegExp, text: string): boolean {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  for (const m of text.matchAll(g)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const cut = Math.max(
      before.lastIndexOf("."),
      before.lastIndexOf(";"),
      before.lastIndexOf("\n"),
    );
    if (!NEGATED_LIST.test(before.slice(cut + 1))) return true;
  }
  return false;
}
