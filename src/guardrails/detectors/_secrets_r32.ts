/**
 * Round-32 secret disguise: a token written entirely in percent-escapes (`%67%68%70%5F…`), as a
 * form body or query value carries it once more encoded than needed. Runs of 16+ escapes are
 * decoded and the secret rules judge the result. A percent-encoded URL or path (mostly plain
 * characters between escapes) is not such a run.
 */

/** 16 or more percent-escapes in a row (bounded). */
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2}){16,2048}/g;

const isHex = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * Whether some `%` starts 16 escapes in a row: exactly when {@link PERCENT_RUN} has a match. The
 * common `%` (a percentage, one `%20` in a URL) is rejected by a few character reads, without the
 * regex.
 */
function hasPercentRun(text: string): boolean {
  for (let p = text.indexOf("%"); p >= 0; p = text.indexOf("%", p + 1)) {
    let k = 0;
    while (
      k < 16 && text.charCodeAt(p + 3 * k) === 37 && isHex(text.charCodeAt(p + 3 * k + 1)) &&
      isHex(text.charCodeAt(p + 3 * k + 2))
    ) k++;
    if (k === 16) return true;
  }
  return false;
}

/** `[start, end, decoded]` of each run of percent-escapes in `text` that decodes to ASCII. */
export function percentRuns(text: string): [number, number, string][] {
  if (!hasPercentRun(text)) return [];
  const out: [number, number, string][] = [];
  PERCENT_RUN.lastIndex = 0;
  for (let m = PERCENT_RUN.exec(text), n = 0; m && n < 16; m = PERCENT_RUN.exec(text), n++) {
    let decoded = "";
    for (let i = 1; i < m[0].length; i += 3) {
      decoded += String.fromCharCode(parseInt(m[0].slice(i, i + 2), 16));
    }
    // Printable ASCII only: a token, not UTF-8 text or binary.
    if (/^[\x21-\x7e]{16,}$/.test(decoded)) out.push([m.index, m.index + m[0].length, decoded]);
  }
  return out;
}
