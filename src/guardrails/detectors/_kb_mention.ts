/**
 * When a knowledge base's match is only MENTIONED: prose that quotes the construct in inline code
 * spans (a ticket, a review comment, documentation), or a sentence that holds it. Shared by the
 * posture (./_posture.ts), application-security (./_appsec.ts) and tradecraft (./_tradecraft.ts)
 * checks, which each pass their own rule finder and word count.
 */

/** An inline code span of prose (`` `ufw disable` ``). */
const CODE_SPAN = /\x60[^\x60\n]{1,400}\x60/g;
/** A word of prose (two letters or more, any script). */
const WORD = /\p{L}{2,}/gu;
/** A line that ends as a sentence does (after closing quotes or brackets). */
const SENTENCE_END = /[.!?\u3002\uff01\uff1f\u2026]["'\u201d\u00bb)\]]{0,2}\s{0,4}$/u;
/** A letter outside ASCII (a script without spaces between words counts by letters). */
const NON_ASCII_LETTER = /[^\p{ASCII}\P{L}]/gu;

/**
 * True when `text` is prose that only quotes the construct in inline code spans: with the spans
 * blanked, at least eight words remain and `finds` (the knowledge base's rule finder) finds
 * nothing any more.
 */
export function quotedInProse(text: string, finds: (rest: string) => unknown): boolean {
  if (!text.includes("\x60")) return false;
  const rest = text.replace(CODE_SPAN, " ");
  if (rest === text || (rest.match(WORD)?.length ?? 0) < 8) return false;
  return finds(rest) === undefined;
}

/**
 * True when the match of `re` sits in a sentence: its line ends as a sentence and holds `words`
 * words or more (with `letters`, also that many letters of a script written without spaces). A
 * script or manifest line does not end with a full stop.
 */
export function inSentence(text: string, re: RegExp, words: number, letters = false): boolean {
  const m = re.exec(text);
  if (m === null) return false;
  const from = text.lastIndexOf("\n", m.index) + 1;
  const stop = text.indexOf("\n", m.index);
  const line = text.slice(from, stop === -1 ? text.length : stop);
  if (line.length > 2000 || !SENTENCE_END.test(line)) return false;
  return (line.match(WORD)?.length ?? 0) >= words ||
    (letters && (line.match(NON_ASCII_LETTER)?.length ?? 0) >= words);
}
