/**
 * Secrets in tabular text (CSV, TSV, `;`-separated exports, Markdown tables): a header row with a
 * secret-named column (`secret`, `api_key`, `password`) makes that column's cells secrets when they
 * look random. The key=value rules cannot see them: the name is rows away from the value.
 *
 * Cheap by construction: it runs only on lines where the detector already found a key anchor
 * (`ecret`, `oken`, `assw`, `key` …), reads at most MAX_ROWS rows under a header, and stops at the
 * first row whose cell count differs.
 */

/** One secret cell: its span and the column name. */
export interface TableCell {
  start: number;
  end: number;
  column: string;
}

const MAX_ROWS = 500;
const DELIMS = [",", "\t", ";", "|"];
/** A CSV header cell: one short name (prose split at commas has spaces in its "cells"). */
const HEADER_CELL = /^[A-Za-z_][\w.\-]{0,39}$/;
/** A Markdown table header cell may hold a few words (`| API key | Owner |`). */
const MD_HEADER_CELL = /^[A-Za-z_][\w.\-]{0,19}(?: [\w.\-]{1,19}){0,2}$/;

/** Cells of `line` split at `delim`, each with its start offset in the text (trimmed). */
function cells(text: string, from: number, to: number, delim: string): [number, number][] {
  const out: [number, number][] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === delim) {
      let a = s;
      let b = i;
      while (a < b && (text[a] === " " || text[a] === '"')) a++;
      while (b > a && (text[b - 1] === " " || text[b - 1] === '"' || text[b - 1] === "\r")) b--;
      out.push([a, b]);
      s = i + 1;
    }
  }
  // Markdown: `| a | b |` has empty cells before the first and after the last bar.
  if (delim === "|") {
    if (out.length && out[0][0] === out[0][1]) out.shift();
    if (out.length && out[out.length - 1][0] === out[out.length - 1][1]) out.pop();
  }
  return out;
}

/**
 * Secret cells under secret-named header columns. `anchors` are positions of key anchors;
 * `secretName(name)` says whether a (lower-cased) column name is secret-named; `secretValue(v)`
 * whether a cell looks like a real secret.
 */
export function tableHits(
  text: string,
  anchors: readonly number[],
  secretName: (name: string) => boolean,
  secretValue: (v: string) => boolean,
): TableCell[] {
  const out: TableCell[] = [];
  let doneTo = -1;
  for (const at of anchors) {
    if (at < doneTo) continue;
    const ls = text.lastIndexOf("\n", at) + 1;
    let le = text.indexOf("\n", at);
    if (le < 0) le = text.length;
    doneTo = le;
    if (le - ls > 1024) continue;
    const line = text.slice(ls, le);
    const delim = DELIMS.find((d) => line.includes(d));
    if (!delim) continue;
    const head = cells(text, ls, le, delim);
    const cellRe = delim === "|" ? MD_HEADER_CELL : HEADER_CELL;
    if (head.length < 2 || !head.every(([a, b]) => cellRe.test(text.slice(a, b)))) continue;
    const cols = head.map(([a, b]) => text.slice(a, b).toLowerCase().replaceAll(" ", "_"));
    const secretCols = cols.flatMap((n, i) => secretName(n) ? [i] : []);
    if (secretCols.length === 0) continue;
    let rs = le + 1;
    for (let row = 0; row < MAX_ROWS && rs < text.length; row++) {
      let re = text.indexOf("\n", rs);
      if (re < 0) re = text.length;
      const cs = cells(text, rs, re, delim);
      if (cs.length !== head.length) break;
      for (const c of secretCols) {
        const [a, b] = cs[c];
        if (b > a && secretValue(text.slice(a, b))) out.push({ start: a, end: b, column: cols[c] });
      }
      rs = re + 1;
    }
    doneTo = rs;
  }
  return out;
}
