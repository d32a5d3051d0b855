/**
 * Views of a string for scanning: the raw text, a normalized form (NFKC, invisible characters
 * removed), a homoglyph skeleton, and decoded forms of encoded segments (base64, hex, URL encoding,
 * HTML entities, unicode escapes, Unicode tag characters, s p a c e d and l33t letters, whitespace
 * padding squeezed, markup that breaks up words (`_markup.ts`), and the
 * letters drawn with enclosed, regional-indicator or upside-down symbols and every-other-letter
 * casing (`_glyphs.ts`), Pig Latin and Caesar shifts the text names (`_wordplay.ts`), the
 * encodings of `_ciphers.ts`: Braille, Morse, NATO, base32, quoted-printable, Zalgo marks, split
 * words; ROT13, reversed text and joined fragments where the text asks for them). Detectors
 * that block scan every view, so an attack hidden behind encoding or invisible characters is seen
 * the same as a plain one. Callers must not depend on the number or order of views after the first.
 *
 * Speed: every decoder has a cheap pre-test and runs only when a candidate segment exists, so plain
 * text costs a handful of linear scans and yields one view. A decoded view (the normalized and
 * skeleton views too) holds only the changed segments with a little context around each, never a
 * second copy of a large text.
 */
import { rubyBase, rubyReadings } from "./_ruby.ts";
import { skeleton } from "./confusables.ts";
import { mapped, MAX_SEGMENTS } from "./_segments.ts";
import { markupSegments } from "./_markup.ts";
import { JAMO_GATE, jamoSegments } from "./_jamo.ts";
import { separatorSegments } from "./_separators.ts";
import { layoutSegments } from "./_layout.ts";
import { altCaseSegments, enclosedSegments, flippedSegments, unparenthesize } from "./_glyphs.ts";
import { caesarView, namesWordGame, pigLatinView } from "./_wordplay.ts";
import { letterGameView } from "./_letter_game.ts";
import { decodeEscapes, decodeHtml, decodeRuns, decodeUrl, type Segment } from "./_decoders.ts";
import {
  decodeBase32,
  decodeBraille,
  decodeMorse,
  decodeNato,
  decodeQuotedPrintable,
  joinedFragments,
  joinSplitWords,
  reversedView,
  rot13View,
  stripMarks,
} from "./_ciphers.ts";
import { decodeAscii85, numberedFragments } from "./_sequenced.ts";
import { decodeMimeWords } from "./_mime_words.ts";
import { decodeA1Z26, decodeUu, rot47View, vigenereView } from "./_classic.ts";

const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDDEF]/g;
// deno-lint-ignore no-control-regex
const NON_ASCII = /[^\x00-\x7F]/;
/**
 * Characters NFKC folds or `normalizeText` drops: invisibles, fullwidth, ligatures, styled letters,
 * and the Unicode spaces NFKC turns into an ASCII one (no-break, en/em, thin, ideographic): words
 * separated by them are one phrase to a model.
 */
const COMPAT =
  /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u00AD\u02B0-\u02FF\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u1D00-\u1DBF\u200B-\u200F\u202A-\u202E\u2060-\u209F\u2100-\u218F\u2460-\u24FF\u3000\u3164\uFB00-\uFB4F\uFE00-\uFE0F\uFE30-\uFE6F\uFEFF-\uFFEF\uD835\uDB40]/;
/** Invisible characters that can stand where a space would be (soft hyphen, zero-width space, joiners of words). */
const INVISIBLE_SEP = /[\u00AD\u200B\u2060\uFEFF]/;
const INVISIBLE_SEP_G = /[\u00AD\u200B\u2060\uFEFF]/g;
/** Letters (and angle-bracket look-alikes) the homoglyph skeleton maps to Latin. */
const LOOKALIKE =
  /[\u0250-\u02AF\u0370-\u058F\u13A0-\u13FF\u1D00-\u1D2B\uA4D0-\uA4FF\uA730\uA731\uA7AF\u2039\u203A\u27E8\u27E9\u3008\u3009\u276C\u276D\u276E\u276F\u1433\u1438]/;
const TAG_CHARS = /\uDB40[\uDC20-\uDC7E]/;
const TAG_CHARS_G = /\uDB40([\uDC20-\uDC7E])/g;
/**
 * Five single letters with separators (`/\b[a-zA-Z](?:[ ._*|~-][a-zA-Z]){4}/`), matched from the
 * first separator with a look-behind for the letter before it, so ordinary words are skipped fast.
 */
const SPACED_PRE =
  /[ ._*|~-](?<=(?:^|[^A-Za-z0-9_])[a-zA-Z][ ._*|~-])[a-zA-Z](?:[ ._*|~-][a-zA-Z]){3}/;
/** Three single letters with separators: a cheap necessary condition for `SPACED_PRE`. */
const SPACED_GATE = /[a-zA-Z][ ._*|~-][a-zA-Z][ ._*|~-][a-zA-Z]/;
/** The characters URL encoding, HTML entities and source escapes start with. */
const ESCAPE_CHARS = /[%&\\]/;
const SPACED_RUN = /\b[a-zA-Z](?:[ ._*|~-][a-zA-Z]){2,}\b/g;
const SPACED_SEP = /[ ._*|~-]/g;
/**
 * A letter of an alphabetic script beyond ASCII (Latin with diacritics, Greek, Cyrillic) standing
 * alone between separators (`S a t ı c ı`, `a c l a r a c i ó n`): a cheap necessary condition
 * for {@link SPACED_RUN_WIDE}, read only in texts with non-ASCII characters.
 */
const SPACED_WIDE_PRE = /(?:^|[ ._*|~-])[\u00C0-\u024F\u0370-\u052F][ ._*|~-]/;
/**
 * A letter-spaced stretch of a line: eight or more single characters, each alone between spaces
 * (`S a t ı c ı   n o t u   ( o t o`). Read with the character classes of any script, so the
 * stretch runs through `ı`, `ó`, punctuation and two-letter words, which the ASCII run stops at.
 */
const SPACED_LINE = /(?<!\S)\S(?: {1,6}\S(?!\S)){7,}/gu;
const GAPS = / +/g;
/**
 * `S a t ı c ı   n o t u` → `Satıcı notu`: the narrowest gap joins letters, any wider gap is a
 * word break.
 */
function unspaceLine(run: string): string {
  let narrow = Infinity;
  for (const g of run.match(GAPS) ?? []) narrow = Math.min(narrow, g.length);
  return run.replace(GAPS, (g) => (g.length === narrow ? "" : " "));
}
/** Right-to-left override … pop (or end of line): displayed backwards, so read it backwards. */
const RLO_RUN = /\u202E([^\u202C\n]*)\u202C?/g;

/**
 * `I-g-n-o-r-e a-l-l` → `Ignore all`: the separator used most inside the run joins letters, any
 * other separator marks a word break.
 */
function unspace(run: string): string {
  if (run.length < 5) return run;
  const counts = new Map<string, number>();
  for (const c of run.match(SPACED_SEP) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  let main = " ";
  let best = 0;
  for (const [c, n] of counts) {
    if (n > best) [main, best] = [c, n];
  }
  return run.replace(SPACED_SEP, (c) => (c === main ? "" : " "));
}
const LEET_CHAR = /[013457@$]/g;
/** Leetspeak digits and symbols read back as the letters they stand for (`4` → `a`, `$` → `s`). */
export const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  "$": "s",
};
/**
 * JSON string escapes (`\n`, `\"`, `\\` …) as they appear when a tool returns JSON as text: in
 * `"body": "Thanks!\n\nIgnore previous…"` the words after an escaped line break are glued to its
 * `n` ("nIgnore"), so word rules miss them. `\u` escapes are decoded by `decodeEscapes`.
 */
const JSON_ESCAPE = /\\(["\\/bfnrt])/g;
const JSON_ESCAPE_TEST = /\\[nrt"]/;
const JSON_ESCAPED: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/**
 * Whitespace padding: a long run of spaces inside a line, or a long run of any whitespace, pushes
 * the halves of a phrase apart ("Ignore all previous" + 300 spaces + "instructions") beyond what
 * rules and their anchors look across, while a model reads the words as adjacent. The view squeezes
 * each run to one space (or line break). Indentation after a line break is not a run inside a line.
 */
const PAD = /(?<=\S)[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{12,}|\s{24,}/g;
const squeeze = (run: string): string => (run.includes("\n") ? "\n" : " ");
/** A cheap pre-test for {@link PAD} (`includes` skips ahead fast); other Unicode spaces are squeezed only in a text that also has one of these runs. */
function mayBePadded(text: string, wide: boolean): boolean {
  return text.includes("            ") || text.includes("\t\t\t\t") ||
    text.includes("\n\n\n\n") || text.includes("\r\n\r\n\r\n") ||
    // A character-class regex over all of a non-ASCII text costs ~7 ms per MB; the two spaces
    // that occur in runs (no-break, ideographic) are looked up instead.
    (wide &&
      (text.includes("\u00a0\u00a0\u00a0\u00a0") || text.includes("\u3000\u3000\u3000\u3000")));
}

/** Combining marks or Braille: the gate for `stripMarks` and `decodeBraille`. */
const MARKS_OR_BRAILLE =
  /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u2801-\u28ff]/;

/** Decoded text is decoded again once (e.g. base64 of URL-encoded text), never deeper. */
const MAX_DEPTH = 2;
/** Characters of original text kept on each side of a decoded segment. */
const CONTEXT = 80;

/** NFKC-normalize and drop invisible/format characters. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "");
}

/**
 * The last few texts and their views. Several detectors scan the same string in a row, and the
 * same text often comes back a moment later (an argument echoed in the result, with short keys
 * such as `type` and `text` scanned in between), so one entry is not enough.
 */
const CACHE_SIZE = 4;
const cachedTexts: (string | undefined)[] = new Array(CACHE_SIZE).fill(undefined);
const cachedViews: (readonly string[])[] = new Array(CACHE_SIZE).fill([]);
let cacheNext = 0;

/** Distinct views of `text` to scan (the raw text first). */
export function textViews(text: string): string[] {
  for (let k = 0; k < CACHE_SIZE; k++) {
    const t = cachedTexts[k];
    if (t !== undefined && t.length === text.length && t === text) return [...cachedViews[k]];
  }
  const out = new Set<string>([text]);
  addViews(text, out, 1);
  const views = [...out];
  cachedTexts[cacheNext] = text;
  cachedViews[cacheNext] = views;
  cacheNext = (cacheNext + 1) % CACHE_SIZE;
  return [...views];
}

/**
 * The context kept before a segment at `start`: up to CONTEXT characters, starting at a word when
 * the cut falls inside one (a cut through `a && b` must not leave a line that starts with `& b`,
 * which reads as a command spliced after another; leading separators are dropped too).
 */
function before(text: string, start: number): string {
  const from = start - CONTEXT;
  if (from <= 0) return text.slice(0, start);
  const pre = text.slice(from, start);
  return (/\s/.test(text[from - 1]) ? pre : pre.replace(/^\S*\s?/, "")).replace(/^[\s;&|]+/, "");
}

/** The decoded segments, each with some original context, one excerpt per paragraph. */
function excerpt(text: string, input: readonly Segment[]): string | undefined {
  if (input.length === 0) return undefined;
  const segs = [...input].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cur = "";
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const prev = segs[i - 1];
    if (prev && s.start - prev.end <= 2 * CONTEXT) {
      // Close to the previous segment: keep one run with the text between them.
      cur += text.slice(prev.end, s.start) + s.decoded;
    } else {
      if (prev) parts.push(cur + text.slice(prev.end, prev.end + CONTEXT));
      cur = before(text, s.start) + s.decoded;
    }
  }
  const last = segs[segs.length - 1];
  parts.push(cur + text.slice(last.end, last.end + CONTEXT));
  // A blank line between excerpts: text from distant places must not read as one sentence.
  return parts.join("\n\n");
}

/**
 * A letter, a leet character and a run of letters with one in g-z, or the mirror. Written with the
 * leet character first and look-arounds, so each attempt costs one character test plus the letter
 * runs next to a leet character: `[a-z][013457@$][a-z]*[g-z]|[g-z][a-z]*[013457@$][a-z]` re-read
 * every letter run from each of its positions (quadratic on a long word).
 */
const LEET_PRE = /[013457@$](?:(?<=[a-z].)(?=[a-z]*[g-z])|(?<=[g-z][a-z]*.)(?=[a-z]))/i;
const LEET_CHAR_G = /[013457@$]/g;

/** True for the characters of a leet token: `[a-zA-Z0-9@$]`. */
function inToken(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 64 || c === 36;
}

/**
 * Maximal runs of `[a-z0-9@$]` holding a letter that `unleetToken` changes, in order (at most
 * `MAX_SEGMENTS`). Only runs holding a leet character can change, so the scan jumps from one leet
 * character to the next instead of visiting every word.
 */
function leetSegments(text: string): Segment[] {
  const out: Segment[] = [];
  LEET_CHAR_G.lastIndex = 0;
  for (let m = LEET_CHAR_G.exec(text); m !== null; m = LEET_CHAR_G.exec(text)) {
    let start = m.index;
    while (start > 0 && inToken(text.charCodeAt(start - 1))) start--;
    // Walk the token once, noting what `unleetToken` would refuse anyway: fewer than two letters,
    // a digit no letter looks like (2, 6, 8, 9), only hex digits, or more than 24 characters.
    let letters = 0;
    let refuse = false;
    let hexOnly = true;
    let end = start;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (!inToken(c)) break;
      const l = c | 32;
      if (l >= 97 && l <= 122) {
        letters++;
        if (l > 102) hexOnly = false;
      } else if (c === 50 || c === 54 || c === 56 || c === 57) refuse = true;
      else if (c === 64 || c === 36) hexOnly = false;
    }
    LEET_CHAR_G.lastIndex = end;
    if (refuse || letters < 2 || hexOnly || end - start > 24) continue;
    const tok = text.slice(start, end);
    const d = unleetToken(tok);
    if (d !== tok) {
      out.push({ start, end, decoded: d });
      if (out.length >= MAX_SEGMENTS) break;
    }
  }
  return out;
}

/** A compatibility or look-alike character: where the normalized and skeleton views differ. */
const FOLDABLE = new RegExp(`[${COMPAT.source.slice(1, -1)}${LOOKALIKE.source.slice(1, -1)}]`, "g");

/** True for ASCII space, tab, line feed and carriage return (where a folded token ends). */
function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/**
 * The normalized and skeleton forms of the parts of `text` that hold compatibility or look-alike
 * characters: whole whitespace-separated tokens around them, merged when close, so a phrase spelled
 * in homoglyphs stays one run while a large text with one foreign word is not copied.
 */
function foldedSegments(
  text: string,
): { normal: Segment[]; skeletal: Segment[]; spaced: Segment[] } {
  const ranges: [number, number][] = [];
  FOLDABLE.lastIndex = 0;
  for (let m = FOLDABLE.exec(text); m !== null; m = FOLDABLE.exec(text)) {
    let start = m.index;
    while (start > 0 && !isBlank(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isBlank(text.charCodeAt(end))) end++;
    FOLDABLE.lastIndex = end;
    const last = ranges[ranges.length - 1];
    if (last && start - last[1] <= 2 * CONTEXT) last[1] = end;
    else ranges.push([start, end]);
  }
  const normal: Segment[] = [];
  const skeletal: Segment[] = [];
  const spaced: Segment[] = [];
  for (const [start, end] of ranges) {
    const raw = text.slice(start, end);
    // Parenthesized letters first: NFKC would turn `⒤⒢⒩` into `(i)(g)(n)`.
    const n = COMPAT.test(raw) ? normalizeText(unparenthesize(raw)) : raw;
    if (n !== raw) normal.push({ start, end, decoded: n });
    // An invisible character is dropped inside a word ("ig\u200bnore"), but one standing in for
    // the space between words ("Do\u200bnot\u200btell") must read as a space: both views exist.
    if (INVISIBLE_SEP.test(raw)) {
      spaced.push({ start, end, decoded: normalizeText(raw.replace(INVISIBLE_SEP_G, " ")) });
    }
    if (LOOKALIKE.test(n)) {
      const sk = skeleton(n);
      if (sk !== raw) skeletal.push({ start, end, decoded: sk });
    }
  }
  return { normal, skeletal, spaced };
}

/**
 * Digits no letter looks like (2, 6, 8, 9), or a number with one letter in it (`00Z`, `v10`): a
 * timestamp, version or id, not a word in disguise.
 */
const NUMERIC_TOKEN = /[2689]|^[^a-z]*[a-z][^a-z]*$/i;

function unleetToken(tok: string): string {
  // Hex, long or mixed-case tokens are ids and random keys, not words in disguise.
  if (
    !/[013457@$]/.test(tok) || /^[0-9a-f]+$/i.test(tok) || tok.length > 24 ||
    NUMERIC_TOKEN.test(tok) || /.[A-Z].*[a-z]|.[a-z].*[A-Z]/.test(tok)
  ) {
    return tok;
  }
  return tok.replace(LEET_CHAR, (c) => LEET[c] ?? c);
}

function addViews(text: string, out: Set<string>, depth: number): void {
  const fresh: string[] = [];
  const add = (v: string | undefined): void => {
    if (v !== undefined && v !== text && !out.has(v)) {
      out.add(v);
      fresh.push(v);
    }
  };
  const wide = NON_ASCII.test(text);
  if (wide) {
    if (text.includes("\uDB40") && TAG_CHARS.test(text)) {
      // ASCII smuggling: tag characters mirror ASCII one-to-one; show the text they spell.
      add(
        text.replace(
          TAG_CHARS_G,
          (_m, lo: string) => String.fromCharCode(lo.charCodeAt(0) - 0xdc00),
        ),
      );
    }
    if (text.includes("\u202E")) {
      add(text.replace(RLO_RUN, (_m, run: string) => [...run].reverse().join("")));
    }
    // NFKC only changes compatibility characters: plain accented or CJK text yields no segment
    // (one pass of `FOLDABLE`, no copy).
    const { normal, skeletal, spaced } = foldedSegments(text);
    add(excerpt(text, normal));
    add(excerpt(text, skeletal));
    add(excerpt(text, spaced));
    add(excerpt(text, enclosedSegments(text)));
    add(excerpt(text, flippedSegments(text)));
    // Korean spelled in loose jamo: the syllables put back together.
    if (JAMO_GATE.test(text)) add(excerpt(text, jamoSegments(text)));
  }
  // JSON text: the whole string unescaped (escapes are everywhere in it, so no excerpt).
  if (text.includes("\\") && JSON_ESCAPE_TEST.test(text)) {
    add(text.replace(JSON_ESCAPE, (_m, c: string) => JSON_ESCAPED[c]));
  }
  const runs = decodeRuns(text);
  add(excerpt(text, runs.base64));
  add(excerpt(text, runs.hex));
  if (ESCAPE_CHARS.test(text)) {
    add(excerpt(text, decodeUrl(text)));
    add(excerpt(text, decodeHtml(text)));
    add(excerpt(text, decodeEscapes(text)));
  }
  const spacedAscii = SPACED_GATE.test(text);
  if (spacedAscii && SPACED_PRE.test(text)) {
    add(excerpt(text, mapped(text, SPACED_RUN, unspace)));
  }
  if (spacedAscii || (wide && SPACED_WIDE_PRE.test(text))) {
    add(excerpt(text, mapped(text, SPACED_LINE, unspaceLine)));
  }
  if (LEET_PRE.test(text)) add(excerpt(text, leetSegments(text)));
  if (mayBePadded(text, wide)) add(excerpt(text, mapped(text, PAD, squeeze)));
  for (const segs of markupSegments(text)) add(excerpt(text, segs));
  // Ruby annotations (furigana): the readings in order, and the base text without them.
  add(rubyReadings(text));
  add(rubyBase(text));
  if (depth === 1) {
    for (const segs of separatorSegments(text)) add(excerpt(text, segs));
    add(excerpt(text, altCaseSegments(text)));
  }
  // Encodings from jailbreak kits and scanners (on the text itself, not on decoded views).
  if (depth === 1) addCipherViews(text, wide, add);
  if (depth < MAX_DEPTH) {
    for (const v of fresh) if (v.length <= text.length) addViews(v, out, depth + 1);
  }
}

/** Views from `_ciphers.ts`; each decoder has its own cheap gate. */
function addCipherViews(
  text: string,
  wide: boolean,
  add: (v: string | undefined) => void,
): void {
  if (wide && MARKS_OR_BRAILLE.test(text)) {
    add(excerpt(text, stripMarks(text)));
    add(excerpt(text, decodeBraille(text)));
  }
  add(excerpt(text, decodeMorse(text)));
  add(excerpt(text, decodeNato(text)));
  add(excerpt(text, decodeBase32(text)));
  add(excerpt(text, decodeAscii85(text)));
  add(excerpt(text, decodeUu(text)));
  // Puzzle ciphers only where the text names them or states the key (`_classic.ts`).
  add(excerpt(text, decodeA1Z26(text)));
  add(rot47View(text));
  add(vigenereView(text));
  // A sentence cut into numbered cells or rows (`_sequenced.ts`), read in its numbered order.
  add(numberedFragments(text));
  if (text.includes("=")) {
    add(excerpt(text, decodeQuotedPrintable(text)));
    // Mail headers in RFC 2047 encoded-words (`=?UTF-8?Q?…?=`), read as their text.
    add(excerpt(text, decodeMimeWords(text)));
  }
  add(excerpt(text, joinSplitWords(text)));
  // Cyrillic typed on the Latin layout, where the text says the layout slipped (`_layout.ts`).
  if (wide) add(excerpt(text, layoutSegments(text)));
  // Whole-text readings only where the text itself says how to read it.
  if (namesWordGame(text)) {
    add(rot13View(text));
    add(caesarView(text));
  }
  // Pig Latin also where a line is written in it without naming it (its own cheap gate).
  add(pigLatinView(text));
  // Jerigonza / língua do P / B-Sprache, where the text names the game (`_letter_game.ts`).
  add(letterGameView(text));
  add(reversedView(text));
  add(joinedFragments(text));
}
