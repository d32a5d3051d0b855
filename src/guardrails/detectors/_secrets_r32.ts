/**
 * Round-32 secret disguise: a token written entirely in percent-escapes (`%67%68%70%5F…`), as a
 * form body or query value carries it once more encoded than needed. Runs of 16+ escapes are
 * decoded and the secret rules judge the result. A percent-encoded URL or path (mostly plain
 * characters between escapes) is not such a run.
 */

/** 16 or more percent-escapes in a row (bounded). */
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2}){16,2048}/g;

/** `[start, end, decoded]` of each run of percent-escapes in `text` that decodes to ASCII. */
export function percentRuns(text: string): [number, number, string][] {
  if (text.indexOf("%") < 0) return [];
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
