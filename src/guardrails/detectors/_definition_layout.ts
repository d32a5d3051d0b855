/**
 * Layout tricks that hide part of a definition from a person reviewing it: a long run of blank
 * lines or spaces that pushes the rest below the fold of an approval dialog, a bare carriage
 * return that lets later text overwrite earlier text in a terminal, and blank "letters"
 * (braille blank, ideographic spaces) used as invisible padding. Definitions are static text, so
 * unlike tool output (progress bars redraw with `\r`) none of these has a use there.
 */
import type { Hit } from "./_definition_grammar.ts";

/**
 * 20 line breaks in a row, or 120 spaces/tabs; what follows is checked apart (bounded
 * repetitions keep a long blank string linear).
 */
const PADDING = /\n(?:[ \t]{0,200}\r?\n){19}|[ \t\u00A0\u2000-\u200A\u3000]{120}/;
/** A carriage return not followed by a line feed, with text after it on the same line. */
const BARE_CR = /\r(?![\r\n])[^\r\n]{0,200}?\S/;
/** Blank "letters" in a run: braille pattern blank, Hangul/halfwidth fillers handled elsewhere. */
const BLANK_RUN = /\u2800{3,}/;

/** Prose after the padding: three words; after spaces not a table cell border (`|`). */
const PROSE = /^[^\p{L}\n]{0,10}\p{L}{2,40}(?:[^\p{L}\n]{1,10}\p{L}{2,40}){2}/u;

/** True when text worth hiding follows the padding that ends at `end`. */
function hidesText(text: string, end: number, vertical: boolean): boolean {
  const rest = text.slice(end, end + 400).replace(/^[ \t\u00A0\u2000-\u200A\u3000]+/, "");
  if (vertical) return /\S/.test(rest);
  return !rest.startsWith("|") && PROSE.test(rest);
}

/** Layout findings for one string of a definition. */
export function layoutHits(text: string): Hit[] {
  if (text.length < 20) return [];
  const out: Hit[] = [];
  const pad = PADDING.exec(text);
  if (pad !== null && hidesText(text, pad.index + pad[0].length, pad[0].includes("\n"))) {
    out.push({
      kind: "hidden_padding",
      severity: "medium",
      reason: "Definition pads text with a long run of blank lines or spaces, hiding what follows",
    });
  }
  if (BARE_CR.test(text)) {
    out.push({
      kind: "overwrite_control",
      severity: "medium",
      reason: "Definition has a bare carriage return, which lets later text overwrite earlier text",
    });
  }
  if (BLANK_RUN.test(text)) {
    out.push({
      kind: "hidden_padding",
      severity: "medium",
      reason: "Definition uses blank braille characters as invisible padding",
    });
  }
  return out;
}
