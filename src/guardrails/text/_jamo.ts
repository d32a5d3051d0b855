/**
 * Korean written in loose compatibility jamo ("ㅎㅏㄴㄱㅡㄹ" for "한글"), a spelling that keeps
 * every word readable to a person and to a model but unlike any word a rule or filter knows. The
 * view puts the syllables back together (initial + vowel + optional final, with the two-letter
 * vowels and finals), so the text reads as ordinary Korean.
 */
import type { Segment } from "./_decoders.ts";
import { mapped } from "./_segments.ts";

/** Three loose jamo in a row: the cheap gate (plain Korean uses composed syllables). */
export const JAMO_GATE = /[\u3131-\u3163]{3}/u;

/** A run of loose jamo. */
const JAMO_RUN = /[\u3131-\u3163]{3,}/gu;

const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
const VOWEL0 = 0x314f;
const VOWEL_N = 0x3163;
const VOWEL_PAIRS: Record<string, string> = {
  "ㅗㅏ": "ㅘ",
  "ㅗㅐ": "ㅙ",
  "ㅗㅣ": "ㅚ",
  "ㅜㅓ": "ㅝ",
  "ㅜㅔ": "ㅞ",
  "ㅜㅣ": "ㅟ",
  "ㅡㅣ": "ㅢ",
};
const FINAL_PAIRS: Record<string, string> = {
  "ㄱㅅ": "ㄳ",
  "ㄴㅈ": "ㄵ",
  "ㄴㅎ": "ㄶ",
  "ㄹㄱ": "ㄺ",
  "ㄹㅁ": "ㄻ",
  "ㄹㅂ": "ㄼ",
  "ㄹㅅ": "ㄽ",
  "ㄹㅌ": "ㄾ",
  "ㄹㅍ": "ㄿ",
  "ㄹㅎ": "ㅀ",
  "ㅂㅅ": "ㅄ",
};

const isVowel = (c: string | undefined): boolean =>
  c !== undefined && c.charCodeAt(0) >= VOWEL0 && c.charCodeAt(0) <= VOWEL_N;

/** One run of loose jamo as composed syllables (letters that form no syllable stay as they are). */
export function composeJamo(run: string): string {
  const c = [...run];
  let out = "";
  let i = 0;
  while (i < c.length) {
    const lead = INITIALS.indexOf(c[i]);
    if (lead < 0 || !isVowel(c[i + 1])) {
      out += c[i++];
      continue;
    }
    let vowel = c[i + 1];
    let j = i + 2;
    const pair = VOWEL_PAIRS[vowel + (c[j] ?? "")];
    if (pair) {
      vowel = pair;
      j++;
    }
    let tail = 0;
    const fin = FINALS.indexOf(c[j] ?? " ");
    if (fin > 0 && !isVowel(c[j + 1])) {
      const two = FINAL_PAIRS[c[j] + (c[j + 1] ?? "")];
      if (two && !isVowel(c[j + 2])) {
        tail = FINALS.indexOf(two);
        j += 2;
      } else {
        tail = fin;
        j++;
      }
    }
    const v = vowel.charCodeAt(0) - VOWEL0;
    out += String.fromCharCode(0xac00 + (lead * 21 + v) * 28 + tail);
    i = j;
  }
  return out;
}

/** The runs of loose jamo that compose into syllables. */
export function jamoSegments(text: string): Segment[] {
  return mapped(text, JAMO_RUN, composeJamo);
}
