/**
 * Word games a model decodes when the text names them, so word rules miss the phrase: Pig Latin
 * (`ignoreway allway eviouspray`) and a Caesar shift by any amount (`ROT3`, `ROT-5`, a bare "Caesar
 * cipher"; ROT13 has its own view in `_ciphers.ts`). Whole-text readings, made only when
 * the text itself names the game (a cheap case-sensitive pre-test first), and only for short texts.
 */

/**
 * One pass that ordinary text fails: the text names ROT-n, a Caesar cipher or Pig Latin. The gate
 * for {@link pigLatinView}, {@link caesarView} and `rot13View` (cheaper than one test each).
 */
const GAME_PRE = /[Rr][Oo][Tt][\s-]?\d|[Cc]aesar|CAESAR|[Ll]atin|LATIN|[Ii]gpay/;

/** True when the text may name a word game or cipher this module (or ROT13) decodes. */
export function namesWordGame(text: string): boolean {
  // ROT13 applies to texts up to 100 000 characters, the other games to short ones.
  return text.length <= 100_000 && GAME_PRE.test(text);
}

/** Longer texts are documents, not a puzzle for the model. */
const MAX_LEN = 4000;

const PIG_PRE = /[Pp]ig[\s-]?[Ll]atin|PIG[\s-]?LATIN|[Ii]gpay/;
const PIG_WORD = /\b[A-Za-z]{1,30}ay\b/g;
const VOWEL = /[aeiou]/i;
/** Consonant clusters English words start with (the part Pig Latin moves to the end). */
const ONSETS = new Set(
  ("bl br ch cl cr dr fl fr gl gr kn pl pr sc sh sk sl sm sn sp st sw th tr tw wh wr ph " +
    "str spr scr thr shr sch spl squ").split(" "),
);

/** `eviouspray` → `previous`, `ignoreway` → `ignore`. */
function unpig(word: string): string {
  const stem = word.slice(0, -2);
  const lower = stem.toLowerCase();
  // A word that began with a vowel gets "way" added ("yay"/"hay" variants would misread "ethay").
  if (VOWEL.test(lower[0]) && lower.endsWith("w") && stem.length > 2) {
    return stem.slice(0, -1);
  }
  let i = lower.length;
  while (i > 0 && !VOWEL.test(lower[i - 1])) i--;
  const cluster = lower.slice(i);
  if (cluster.length === 0 || i === 0) return word;
  let take = 1;
  for (let n = Math.min(3, cluster.length); n > 1; n--) {
    if (ONSETS.has(cluster.slice(-n))) {
      take = n;
      break;
    }
  }
  return stem.slice(-take) + stem.slice(0, -take);
}

/** A word that may be Pig Latin (a cheap pre-test before {@link writesPigLatin} splits lines). */
const AY_PRE = /[a-z]ay\b/i;
const LETTER_WORDS = /[A-Za-z]+/g;
const AY_END = /ay$/i;

/**
 * True when some line is written in Pig Latin without naming it (a "secret code" in a chat): at
 * least 8 words end in "ay" and they are at least 60% of the line's words, which ordinary prose
 * ("today", "pay", "may") never reaches.
 */
export function writesPigLatin(text: string): boolean {
  if (text.length > MAX_LEN || !AY_PRE.test(text)) return false;
  for (const line of text.split("\n")) {
    if (line.length < 40) continue;
    const words = line.match(LETTER_WORDS) ?? [];
    if (words.length < 8) continue;
    let ay = 0;
    for (const w of words) if (w.length > 2 && AY_END.test(w)) ay++;
    if (ay >= 8 && ay >= words.length * 0.6) return true;
  }
  return false;
}

/** The text with its Pig Latin words turned back, when it says or shows it is Pig Latin. */
export function pigLatinView(text: string): string | undefined {
  if (
    text.length > MAX_LEN || (!PIG_PRE.test(text) && !writesPigLatin(text))
  ) return undefined;
  const out = text.replace(PIG_WORD, unpig);
  return out === text ? undefined : out;
}

/** A Caesar shift named in the text: "Caesar", "ROT3", "ROT-5". */
const CAESAR_PRE = /[Cc]aesar|CAESAR|\b[Rr][Oo][Tt][\s-]?\d/;
/** Short words that make up much of any English sentence, used to pick the shift. */
const COMMON = new Set(
  ("the and to of you your all is in for this that with it not do be are on as at or if " +
    "from by an me my now then any will can must").split(" "),
);
const WORDS = /[a-z]+/g;
function shift(text: string, k: number): string {
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(base + ((c.charCodeAt(0) - base + k) % 26));
  });
}

function score(text: string): number {
  let n = 0;
  for (const w of text.toLowerCase().match(WORDS) ?? []) if (COMMON.has(w)) n++;
  return n;
}

/**
 * The text shifted back by the Caesar shift that makes the most common English words, when the
 * text names a Caesar cipher or a shift and that shift reads better than the text as written.
 */
export function caesarView(text: string): string | undefined {
  if (text.length > MAX_LEN || !CAESAR_PRE.test(text)) return undefined;
  const base = score(text);
  let best = 0;
  let bestScore = base;
  for (let k = 1; k < 26; k++) {
    if (k === 13) continue; // ROT13 is `rot13View`
    const s = score(shift(text, k));
    if (s > bestScore) [best, bestScore] = [k, s];
  }
  return best > 0 && bestScore >= 3 && bestScore >= base + 3 ? shift(text, best) : undefined;
}
