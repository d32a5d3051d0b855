/**
 * Faster twins of Unicode-mode regexes whose source is plain ASCII.
 *
 * V8 runs a case-insensitive regex in Unicode mode (`iu`) through case-folding tables and without
 * some of its quick literal checks: on a 1 KB text the ~240 ASCII-only rules and gates of the
 * injection detector cost about twice as much as the same sources without `u` (measured on the
 * bench text: 3.3 ms → 1.8 ms for all of them over the whole text). The two modes agree on every
 * text except where one of these holds:
 *
 * - the text has `ſ` (U+017F) or the Kelvin sign (U+212A): under `iu` they fold to `s` and `k`
 *   (and count as word characters for `\w` and `\b`); without `u` they match nothing ASCII;
 * - the text has a surrogate (a character outside the BMP): `.`, negated classes and `\S` read it
 *   as one character in Unicode mode and as two code units without;
 * - the source uses Unicode-only syntax (`\p{…}`, `\u{…}`) or names a non-ASCII character (an
 *   escape or a literal): then case folding of that character differs between the modes (`ẞ`/`ß`,
 *   the ohm sign). Such sources get no twin.
 *
 * So a caller uses the twin only when {@link foldSafe} says the text has none of those characters;
 * the result is then the same match, at the same place, as the original's.
 */

/** Printable ASCII, tab and line breaks only. */
const ASCII_SOURCE = /^[\x20-\x7e\t\n\r]*$/;
/**
 * An escape that is Unicode-only or names a non-ASCII code unit (`\u0080`+, `\x80`+). Checked at
 * every backslash, paired or not, so an escaped backslash can only make this stricter.
 */
const UNSAFE_ESCAPE = /\\(?:[pPkK]|u\{|u(?!00[0-7][0-9a-fA-F])|x(?![0-7][0-9a-fA-F]))/;
/** Characters of a text on which the twins may differ from the originals (see the module note). */
const FOLD_UNSAFE = /[\u017f\u212a\ud800-\udfff]/;

/**
 * The same regex without the `u` flag, when its source is plain ASCII and uses no Unicode-only
 * syntax; `undefined` when there is no safe twin (the original must be used).
 */
export function asciiTwin(re: RegExp): RegExp | undefined {
  if (!re.flags.includes("u") || re.flags.includes("v")) return undefined;
  const src = re.source;
  if (!ASCII_SOURCE.test(src) || UNSAFE_ESCAPE.test(src)) return undefined;
  try {
    return new RegExp(src, re.flags.replace("u", ""));
  } catch {
    return undefined;
  }
}

/** Whether every {@link asciiTwin} matches `text` exactly as its original does. */
export function foldSafe(text: string): boolean {
  return !FOLD_UNSAFE.test(text);
}
