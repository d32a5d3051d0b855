/**
 * Round-30 path false-positive fixes:
 *
 * - a percent-encoded URL path segment is measured in the bytes the server sees once decoded
 *   (`%E0%B8%81` is one character of three bytes, not nine): a Thai or Cyrillic article title is
 *   not an overlong segment (see {@link decodedSegmentLength});
 * - prose stored by a page/document write tool (`body` of `create_page`): a sentence that names
 *   `~/.aws/credentials` reads nothing (see {@link storedProse}).
 *
 * Bounded patterns, no nested quantifiers.
 */

/** The byte length of a URL path segment once its `%XX` escapes are decoded. */
export function decodedSegmentLength(seg: string): number {
  return seg.includes("%") ? seg.replace(/%[0-9a-fA-F]{2}/g, "_").length : seg.length;
}

/** Keys holding the body of a stored page, post or document. */
const BODY_KEY = /^(?:body|content|contents|markdown|page_content|doc_content|page_body|text)$/i;
/** Tools that store a page, post, comment or document. */
const PAGE_TOOL =
  /(?:page|doc|document|wiki|note|post|comment|article|issue|ticket|message|report|writeup)/i;
/** A word of prose (letters, digits, apostrophes, commas, hyphens, a closing stop). */
const WORD = /^[\p{L}\p{N}'’,-]{1,40}[.!?:]?$/u;
/** Code or a script: a fence, a shebang, a line that opens with a command or prompt. */
const CODE_SIGN =
  /```|~~~|^#!|(?:^|\n)\s{0,8}(?:\$\s|sudo\s|cat\s|cp\s|scp\s|curl\s|wget\s|tar\s|zip\s|rsync\s|base64\s|aws\s|export\s|echo\s)/;

/**
 * True when `text` is prose (two or more sentences of five words or more, and most of the text in
 * them) stored as the body of a page/document by a write tool. Paths named in it are talked
 * about, not opened.
 */
export function storedProse(tool: string, key: string | undefined, text: string): boolean {
  if (!BODY_KEY.test(key ?? "") || !PAGE_TOOL.test(tool) || text.length > 20000) return false;
  if (text.length < 80 || CODE_SIGN.test(text)) return false;
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) =>
    /[.!?:]["')]?\s*$/.test(s.trim()) &&
    s.split(/\s+/).filter((w) => WORD.test(w)).length >= 5
  );
  if (sentences.length < 2) return false;
  const covered = sentences.reduce((n, s) => n + s.length, 0);
  return covered * 10 >= text.trim().length * 8;
}
