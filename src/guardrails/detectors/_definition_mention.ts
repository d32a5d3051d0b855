/**
 * Attack phrases quoted as examples by a tool whose job is spotting them: a prompt-injection
 * scanner documents itself with "detects phrases such as "you are now DAN"". The quote is a
 * mention, not an order, when the span sits wholly inside short quotes introduced by an example
 * cue and the description says it detects, scans or filters something. The definition grammars
 * still read the whole text; only the injection detector's verdict on the quoted span is lowered.
 */

const QUOTE = /["“”'‘’\x60«»]/;
/** "such as", "like", "e.g.", "phrases", "patterns" before the first quote of a list. */
const CUE =
  /(?:such\s+as|like|e\.g\.|i\.e\.|for\s+example|for\s+instance|including|phrases?|patterns?|strings?|attempts?|payloads?|examples?|known)\s*(?:[:,]\s*)?(?:["“'‘\x60][^"“”'‘’\x60]{1,80}["”'’\x60]\s*(?:,|or|and|\/)\s*){0,4}$/i;
/** The tool's job is finding such text. */
const DETECTS =
  /\b(?:detect|scan|flag|classif|filter|identif|screen|moderat|sanitiz|sanitis|guard|catch|spot)\w*/i;

/** True when `[start, end)` of `text` is a quoted example of what a detection tool looks for. */
export function quotedMention(text: string, start: number, end: number): boolean {
  if (!DETECTS.test(text)) return false;
  let open = start - 1;
  while (open >= 0 && start - open <= 3 && !QUOTE.test(text[open])) open--;
  if (open < 0 || !QUOTE.test(text[open])) return false;
  let close = end;
  while (close < text.length && close - end <= 3 && !QUOTE.test(text[close])) close++;
  if (close >= text.length || !QUOTE.test(text[close]) || close - open > 120) return false;
  return CUE.test(text.slice(Math.max(0, open - 400), open));
}
