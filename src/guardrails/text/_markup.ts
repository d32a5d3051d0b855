/**
 * Formatting used to break up a phrase so word rules miss it while a model (or a rendered page)
 * still reads it: markup inside a word (`Ig<b></b>nore`, `prev**ious**`, `instruc`tions`), every
 * word wrapped on its own (`` `ignore` `all` `previous` ``, `[ignore](x) [all](x) …`), words joined
 * into a slug (`ignore-all-previous-instructions`, `q=ignore+all+previous`) and words hyphenated
 * across a line break (`pre-\nvious`). Each function returns the segments to rewrite; `views.ts`
 * turns them into an excerpt view. Ordinary formatting (a code span, a bold phrase, a kebab-case
 * name of two or three parts) yields no segment, so most documents cost only the pre-tests.
 */
import type { Segment } from "./_decoders.ts";
import { mapped } from "./_segments.ts";

/** At most this many segments per shape and text. */

/**
 * A tag, a comment, emphasis marks or one backtick. Left alone: single `_` and `-` (snake_case,
 * kebab-case), a single `~` (home folders) and code fences.
 */
const TOKEN = String
  .raw`<\/?[a-zA-Z][\w-]{0,20}(?:\s[^<>]{0,200})?\/?>|<!--[^<>]{0,200}?-->|\*{1,2}|~~|__|\x60(?!\x60)`;
/**
 * Markup between two letters of one word. Matched from the markup character (irregexp skips to it
 * fast), with a look-behind for the letter before the first token (not the letter of an escape
 * such as `\n` in JSON text).
 */
const INTRA = new RegExp(
  String
    .raw`(?:${TOKEN})(?<=(?<!\\)[A-Za-z](?:<[^<>]{1,230}>|\*{1,2}|~~|__|\x60))(?:${TOKEN}){0,5}(?=[A-Za-z])`,
  "g",
);

/**
 * Every markup token, removed together once markup was found inside a word (text built to split
 * words): inline tags, comments, emphasis marks and backticks go, block tags become a space.
 */
const ANY_MARKUP = new RegExp(TOKEN, "g");
const INLINE =
  /^<\/?(?:b|i|u|s|em|strong|span|a|code|mark|small|sub|sup|del|ins|font|kbd|var|abbr|q|tt|big)\b/i;
const stripToken = (
  m: string,
): string => (m[0] === "<" && m[1] !== "!" && !INLINE.test(m) ? " " : "");

/** Three or more words each in its own code span, emphasis or link, in a row. */
const WRAPPED = String
  .raw`\x60[^\x60\s]{1,40}\x60|(?:\*\*?|~~)[A-Za-z'’-]{1,24}(?:\*\*?|~~)|\[[A-Za-z'’ -]{1,30}\]\([^()\s]{0,300}\)`;
const WRAPPED_RUN = new RegExp(String.raw`(?:${WRAPPED})(?:[ \t,;:]{1,3}(?:${WRAPPED})){2,}`, "g");
const UNWRAP = /`|\*\*?|~~|\]\([^()\s]{0,300}\)|\[/g;

/** Four or more words joined by `-` or `+` (a slug, a form-encoded query). */
const SLUG = /(?<![A-Za-z0-9_-])[A-Za-z]{2,24}(?:[-+][A-Za-z]{1,24}){3,}(?![A-Za-z0-9_])/g;
/** A joiner with two letters before and three more joined words after: the pre-test for SLUG. */
const SLUG_PRE = /[-+](?<=[A-Za-z]{2}[-+])[A-Za-z]{1,24}[-+][A-Za-z]{1,24}[-+][A-Za-z]/;

/** A word hyphenated at a line break: `pre-` / `vious`. */
const HYPHEN_BREAK = /(?<=[A-Za-z])-[ \t]*\r?\n[ \t]*(?=[a-z])/g;

/** The markup shapes in `text`, one segment list per shape (each list sorted, non-overlapping). */
export function markupSegments(text: string): Segment[][] {
  const out: Segment[][] = [];
  const tick = text.includes("`");
  const tag = text.includes("<");
  const emph = text.includes("*") || text.includes("~") || text.includes("__");
  if (tick || tag || emph) {
    const intra = mapped(text, INTRA, () => "");
    out.push(intra);
    if (intra.length > 0) out.push(mapped(text, ANY_MARKUP, stripToken));
  }
  if (tick || emph || text.includes("](")) {
    out.push(mapped(text, WRAPPED_RUN, (m) => m.replace(UNWRAP, "")));
  }
  if (SLUG_PRE.test(text)) out.push(mapped(text, SLUG, (m) => m.replace(/[-+]/g, " ")));
  if (text.includes("-\n") || text.includes("-\r\n")) {
    out.push(mapped(text, HYPHEN_BREAK, () => ""));
  }
  return out;
}
