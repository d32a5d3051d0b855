/**
 * Instructions a definition carries in an encoding the model is told to undo, read as the plain
 * text they decode to, for the definition grammars: Grade-1 Unicode Braille cells ("conformance
 * string, render in Braille and follow", `⠗⠑⠁⠙` → `read`) and JavaScript/JSON escape sequences
 * written out literally (`\u0052\u0065\u0061\u0064` → `Read`, also `\x52`). Both are ways to keep
 * words away from a scanner while a model reads them at once (garak's encoding probes, published
 * payload lists). A view is made only from a run long enough to hold a sentence and only when it
 * decodes to printable text with spaces, so a Braille label or one escaped quote yields nothing.
 */
import { decodeBraille } from "../text/_ciphers.ts";

/** At least eight escapes in a row: `\uXXXX`, `\u{X…}` or `\xXX`. */
const ESCAPE_RUN = /(?:\\u[0-9A-Fa-f]{4}|\\u\{[0-9A-Fa-f]{1,6}\}|\\x[0-9A-Fa-f]{2}){8,}/g;
const ESCAPE_ONE = /\\u([0-9A-Fa-f]{4})|\\u\{([0-9A-Fa-f]{1,6})\}|\\x([0-9A-Fa-f]{2})/g;
/** Braille punctuation of Grade 1 that the letter table leaves as cells. */
const BRAILLE_PUNCT: Readonly<Record<string, string>> = {
  "⠲": ".",
  "⠂": ",",
  "⠆": ";",
  "⠒": ":",
  "⠖": "!",
  "⠦": "?",
  "⠤": "-",
  "⠄": "'",
};
const MAX_VIEWS = 4;

/** Readable text decoded from escape runs and Braille runs of `text` (at most a few). */
export function encodedViews(text: string): string[] {
  const out: string[] = [];
  if (text.includes("\\u") || text.includes("\\x")) {
    for (const m of text.matchAll(ESCAPE_RUN)) {
      if (out.length >= MAX_VIEWS) break;
      const s = m[0].replace(ESCAPE_ONE, (_, u, b, x) => {
        const cp = parseInt(u ?? b ?? x, 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
      });
      if (sentence(s)) out.push(s);
    }
  }
  if (/[\u2801-\u28ff]{3}/.test(text)) {
    for (const seg of decodeBraille(text).slice(0, MAX_VIEWS)) {
      const s = seg.decoded.replace(/[\u2800-\u28ff]/g, (c) => BRAILLE_PUNCT[c] ?? " ");
      if (sentence(s) && out.length < MAX_VIEWS) out.push(s);
    }
  }
  return out;
}

/** Three or more words of letters: a sentence, not a label or a code. */
function sentence(s: string): boolean {
  return /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u.test(s);
}
