/**
 * Cyrillic typed on the Latin keyboard layout: "Jkmuf? chjxyj jgkfnb" is "Ольга, срочно оплати"
 * typed with the ЙЦУКЕН layout switched off. A model reads such a line once the text says the
 * layout slipped ("раскладка слетела", "wrong keyboard layout"), and so does a scanner after
 * `layoutSegments` maps each key back to its Russian/Ukrainian letter.
 *
 * Gate: the text holds Cyrillic letters and names the layout or keyboard (cheap, rarely true),
 * and a line holds a run of Latin words with letters no English word strings together.
 */
import type { Segment } from "./_decoders.ts";

/** Latin key → ЙЦУКЕН letter (unshifted), then the shifted punctuation keys. */
const LOWER_FROM = "qwertyuiop[]asdfghjkl;'zxcvbnm,./`";
const LOWER_TO = "йцукенгшщзхъфывапролджэячсмитьбю.ё";
const SHIFT_FROM = '{}:"<>?~^&|@#$';
const SHIFT_TO = 'ХЪЖЭБЮ,Ё:?/"№;';

const MAP = new Map<string, string>();
for (let i = 0; i < LOWER_FROM.length; i++) {
  MAP.set(LOWER_FROM[i], LOWER_TO[i]);
  const up = LOWER_FROM[i].toUpperCase();
  if (up !== LOWER_FROM[i]) MAP.set(up, LOWER_TO[i].toUpperCase());
}
for (let i = 0; i < SHIFT_FROM.length; i++) MAP.set(SHIFT_FROM[i], SHIFT_TO[i]);

/** The text says its keyboard layout slipped (ru, uk, en). */
const HINT =
  /(?<!\p{L})(?:раскладк|розкладк|клавиатур|клавіатур|не\s{1,3}(?:та|той)\s{1,3}язык|keyboard\s{1,3}layout|wrong\s{1,3}layout)/iu;
const CYRILLIC = /[\u0400-\u04ff]/;
/**
 * A run of five or more Latin "words" (letters and the keys that carry Russian letters) on one
 * line; the words are bounded, the gaps are blanks and digits, so the scan is linear.
 */
const RUN =
  /[A-Za-z[\];',.`{}:"<>~?^&|]{2,20}(?:[ \t0-9/-]{1,24}[A-Za-z[\];',.`{}:"<>~?^&|/]{1,20}){4,80}/g;
/** Three consonant keys in a row that English rarely writes ("chjxyj", "jgkfnb", "ctujlyz"). */
const GIBBERISH = /[bcdfghjklmnpqrstvwxz]{4}|[^aeiouy\s\d]{3}[bcdfghjklmnpqrstvwxz]/i;

/** Each long Latin run of a text that says its layout slipped, mapped back to Cyrillic. */
export function layoutSegments(text: string): Segment[] {
  if (text.length > 50_000 || !CYRILLIC.test(text) || !HINT.test(text)) return [];
  const out: Segment[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null && out.length < 16; m = RUN.exec(text)) {
    const run = m[0];
    const words = run.split(/[\s\d]+/).filter((w) => w.length > 2);
    if (words.filter((w) => GIBBERISH.test(w)).length * 3 < words.length) continue;
    let d = "";
    for (const ch of run) d += MAP.get(ch) ?? ch;
    out.push({ start: m.index, end: m.index + run.length, decoded: d });
  }
  return out;
}
