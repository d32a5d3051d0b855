/**
 * Letters drawn with symbols NFKC leaves alone, so neither the normalized nor the skeleton view
 * reads them, while a model reads them as words: enclosed letters from the emoji plane (squared
 * `🄸`, negative circled `🅘`, negative squared `🅸`), regional indicators spelling words (`🇮🇬🇳…`,
 * shown as flags or letters), parenthesized letters (`⒤⒢⒩`, which NFKC turns into `(i)(g)(n)`),
 * upside-down text (`ʇdɯoɹd ɯǝʇsʎs`), and every-other-letter casing joined by underscores
 * (`iGnOrE_aLl_PrEvIoUs`). Each function returns the segments to rewrite; `views.ts` turns them
 * into excerpt views. Each has a gate that ordinary text fails after one `includes` or one short
 * regex test.
 */
import type { Segment } from "./_decoders.ts";
import { mapped } from "./_segments.ts";

/**
 * Two or more enclosed letters or regional indicators (U+1F130–1F189, U+1F1E6–1F1FF, all behind
 * the high surrogate D83C), with invisible joiners or variation selectors between them.
 */
const ENCLOSED_RUN =
  /(?:\uD83C[\uDD30-\uDD89\uDDE6-\uDDFF][\u200B-\u200D\u2060\uFE0E\uFE0F]{0,2}){2,}/g;
const ENCLOSED_LETTER = /\uD83C([\uDD30-\uDD89\uDDE6-\uDDFF])|[\u200B-\u200D\u2060\uFE0E\uFE0F]/g;

function enclosedLetter(_m: string, lo?: string): string {
  if (lo === undefined) return "";
  const c = lo.charCodeAt(0);
  // Squared (DD30), negative circled (DD50) and negative squared (DD70) alphabets are 26 each.
  const off = c >= 0xdde6 ? c - 0xdde6 : (c - 0xdd30) % 32;
  return off < 26 ? String.fromCharCode(97 + off) : "";
}

/** Words spelled in enclosed letters or regional indicators, as lower-case Latin letters. */
export function enclosedSegments(text: string): Segment[] {
  if (!text.includes("\uD83C")) return [];
  return mapped(text, ENCLOSED_RUN, (m) => m.replace(ENCLOSED_LETTER, enclosedLetter));
}

/** Parenthesized small letters `⒜`–`⒵` (U+249C–24B5) as plain letters, before NFKC. */
export function unparenthesize(s: string): string {
  return s.replace(/[\u249C-\u24B5]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x249c + 97));
}

/** Upside-down letters → the letter they show when the screen is turned (ASCII letters too). */
const FLIP: Readonly<Record<string, string>> = {
  "ɐ": "a",
  "ɔ": "c",
  "ǝ": "e",
  "ɟ": "f",
  "ƃ": "g",
  "ɥ": "h",
  "ᴉ": "i",
  "ı": "i",
  "ɾ": "j",
  "ʞ": "k",
  "ɯ": "m",
  "ɹ": "r",
  "ʇ": "t",
  "ʌ": "v",
  "ʍ": "w",
  "ʎ": "y",
  "b": "q",
  "q": "b",
  "d": "p",
  "p": "d",
  "n": "u",
  "u": "n",
  "¡": "!",
  "¿": "?",
  "˙": ".",
  "'": ",",
  ",": "'",
};
/** The turned letters that plain text and IPA rarely hold three of on one line. */
const FLIPPED = /[ɐǝɟƃɥᴉɾʞɯɹʇʌʍʎ]/g;
/** A run of turned letters, ASCII letters and word punctuation on one line. */
const FLIP_RUN = /[ɐɔǝɟƃɥᴉıɾʞɯɹʇʌʍʎ¡¿˙a-zA-Z' ,.!?-]{6,400}/g;

/** Upside-down text (turned letters, written right to left) read the right way up. */
export function flippedSegments(text: string): Segment[] {
  // "ǝ" (turned e) is in nearly every upside-down sentence and rare elsewhere (schwa is U+0259).
  if (!text.includes("\u01DD")) return [];
  return mapped(text, FLIP_RUN, (m) => {
    if ((m.match(FLIPPED) ?? []).length < 3) return m;
    return [...m].reverse().map((c) => FLIP[c] ?? c.toLowerCase()).join("");
  });
}

/**
 * A word after an underscore in every-other-letter casing (`_aLl`): the pre-test for
 * {@link altCaseSegments}, matched from the underscore so ordinary text is skipped fast.
 */
const ALT_GATE = /_[a-z]?[A-Z][a-z][A-Z][a-z]/;
/** Four or more words joined by underscores. */
const SNAKE_RUN = /(?<![A-Za-z0-9_])[A-Za-z]{1,24}(?:_[A-Za-z]{1,24}){3,12}(?![A-Za-z0-9_])/g;
const CASE_FLIP = /[a-z](?=[A-Z])|[A-Z](?=[a-z])/g;

/**
 * `dIsReGaRd_pRiOr_rUlEs_aNd_dElEtE` → `disregard prior rules and delete`: underscores keep
 * snake_case names apart from prose, but a name whose letters flip case all the way is a sentence
 * in disguise, not an identifier.
 */
export function altCaseSegments(text: string): Segment[] {
  if (!text.includes("_") || !ALT_GATE.test(text)) return [];
  return mapped(text, SNAKE_RUN, (m) => {
    const letters = m.length - (m.match(/_/g) ?? []).length;
    const flips = (m.match(CASE_FLIP) ?? []).length;
    return flips * 2 >= letters ? m.toLowerCase().replace(/_/g, " ") : m;
  });
}
