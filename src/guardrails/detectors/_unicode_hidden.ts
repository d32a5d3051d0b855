/**
 * Rarer hiding places for the unicode detector, each legitimate only inside its own script:
 * blank "letters" (Hangul fillers, the Mongolian vowel separator, Khmer inherent vowels, the
 * combining grapheme joiner) used to make invisible identifiers or split keywords; interlinear
 * annotation marks that hide a second text; variation selectors attached one per letter to
 * Latin text (a payload spread out so no run shows); and words that mix ASCII letters with
 * fullwidth or mathematical look-alikes of the same letters.
 */
import type { Finding, Severity } from "../types.ts";

/**
 * True when the rare character `ch` at `i` needs the detailed checks: anything but a variation
 * selector, or a variation selector right after an ASCII letter (emoji VS16 does not count).
 */
export function rareCounts(text: string, i: number, ch: string): boolean {
  const c = ch.charCodeAt(0);
  const selector = (c >= 0xfe00 && c <= 0xfe0f) || c === 0xdb40;
  return !selector || /[A-Za-z]/.test(text[i - 1] ?? "");
}

const FILLER = /[\u034F\u115F\u1160\u17B4\u17B5\u180E\u3164\uFFA0]/g;
/** The script each filler belongs to (it is layout only between letters of that script). */
const HOME: Readonly<Record<string, RegExp>> = {
  "\u034F": /[\p{M}\u0590-\u05FF]/u,
  "\u115F": /[\u1100-\u11FF\u3130-\u318F]/,
  "\u1160": /[\u1100-\u11FF\u3130-\u318F]/,
  "\u3164": /[\u1100-\u11FF\u3130-\u318F]/,
  "\uFFA0": /[\uFFA0-\uFFDC]/,
  "\u180E": /[\u1800-\u18AF]/,
  "\u17B4": /[\u1780-\u17FF]/,
  "\u17B5": /[\u1780-\u17FF]/,
};
const FILLER_ONE = /^[\u034F\u115F\u1160\u17B4\u17B5\u180E\u3164\uFFA0]$/;
const ANNOTATION = /[\uFFF9-\uFFFB]/g;
/**
 * Invisible format characters no text needs: the musical-notation formatting controls
 * (U+1D173–U+1D17A) and the shorthand format controls (U+1BCA0–U+1BCA3).
 */
const FORMAT_CONTROL = /\uD834[\uDD73-\uDD7A]|\uD82F[\uDCA0-\uDCA3]/g;
/** At most this many findings per kind (a long payload needs no more to be judged). */
const MAX = 50;
/** A variation selector right after an ASCII letter (no standardized variant exists). */
const VS_ON_LETTER = /[A-Za-z](?:[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF])/g;
/** ASCII letters touching fullwidth or mathematical letters inside one word. */
const STYLED_MIX =
  /[A-Za-z](?:[\uFF21-\uFF3A\uFF41-\uFF5A]|\uD835[\uDC00-\uDFFF])|(?:[\uFF21-\uFF3A\uFF41-\uFF5A]|\uD835[\uDC00-\uDFFF])[A-Za-z]/;

function at(kind: string, severity: Severity, reason: string, start: number, end = start + 1) {
  return { detector: "unicode", kind, severity, reason, start, end } satisfies Finding;
}

/** Findings for the rarer hiding places in `text` (call only when {@link rareCounts} said so). */
export function hiddenFindings(text: string): Finding[] {
  // Spans cover only the invisible characters, so `redact` strips them and keeps the letters.
  const out: Finding[] = [];
  FILLER.lastIndex = 0;
  for (let m = FILLER.exec(text); m !== null && out.length < MAX; m = FILLER.exec(text)) {
    const home = HOME[m[0]];
    const i = m.index;
    // A neighbour counts only when it is a real letter of the script: the fillers sit inside
    // their own script's ranges, and a run of them must not vouch for itself.
    const letter = (c: string): boolean => c !== "" && home.test(c) && !FILLER_ONE.test(c);
    if (letter(text[i - 1] ?? "") || letter(text[i + 1] ?? "")) continue;
    out.push(at(
      "zero_width",
      "high",
      `Text contains U+${
        m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")
      }, a blank character outside its script, which can hide or split words`,
      i,
    ));
  }
  ANNOTATION.lastIndex = 0;
  for (let m = ANNOTATION.exec(text); m !== null && out.length < MAX; m = ANNOTATION.exec(text)) {
    out.push(at(
      "zero_width",
      "high",
      "Text contains interlinear annotation marks, which can hide a second text",
      m.index,
    ));
  }
  FORMAT_CONTROL.lastIndex = 0;
  for (
    let m = FORMAT_CONTROL.exec(text);
    m !== null && out.length < MAX;
    m = FORMAT_CONTROL.exec(text)
  ) {
    out.push(at(
      "zero_width",
      "high",
      "Text contains invisible format control characters (musical or shorthand formatting)",
      m.index,
      m.index + 2,
    ));
  }
  VS_ON_LETTER.lastIndex = 0;
  const vs = [...text.matchAll(VS_ON_LETTER)];
  if (vs.length >= 3) {
    for (const m of vs.slice(0, MAX)) {
      out.push(at(
        "variation_selector_run",
        "high",
        `Text attaches invisible variation selectors to ${vs.length} Latin letters (hidden data)`,
        m.index + 1,
        m.index + m[0].length,
      ));
    }
  }
  const s = STYLED_MIX.exec(text);
  if (s) {
    out.push(at(
      "homoglyph",
      "medium",
      "A word mixes ASCII letters with fullwidth or mathematical look-alike letters",
      s.index,
      s.index + s[0].length,
    ));
  }
  return out;
}
