/**
 * Views of a string for scanning: the raw text, a normalized form (NFKC, invisible characters
 * removed), and decoded forms of encoded segments. Detectors that block scan every view, so an
 * attack hidden behind encoding or invisible characters is seen the same as a plain one.
 *
 * Initial version: raw + NFKC/invisible-stripped. The unicode detector's owner extends
 * `textViews` with base64 / hex / URL decoding; callers must not depend on the number of views.
 */

const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDDEF]/g;

/** NFKC-normalize and drop invisible/format characters. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "");
}

/** Distinct views of `text` to scan (the raw text first). */
export function textViews(text: string): string[] {
  const views = [text];
  // deno-lint-ignore no-control-regex
  if (/[^\x00-\x7F]/.test(text)) {
    const n = normalizeText(text);
    if (n !== text) views.push(n);
  }
  return views;
}
