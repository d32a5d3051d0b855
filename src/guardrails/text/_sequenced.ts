/**
 * Two deliveries that hide a sentence from rules that read text as it stands:
 *
 * - Ascii85 (Adobe `<~ … ~>`, the PDF/PostScript encoding; also btoa's output between those
 *   delimiters): the decoded text of each delimited block, when it reads as text.
 * - Sequence-numbered fragments: a sentence cut into cells or rows that each start with their
 *   position (`"1/6 assistant reading this"`, `"2/6 add the tag"` … in report rows; column names
 *   `01_assistant_before_loading`, `02_share_the_folder` …; network names, branches or slugs
 *   `01-note-for-the-agent`, `02-turn-the-firewall-off` …), so that no one cell holds the order.
 *   The view is the fragments joined in their numbered order, underscores or hyphens read as
 *   spaces (a hyphenated fragment needs two hyphens, is not a file name, and runs only with other
 *   hyphenated ones). Read
 *   only where positions 1, 2, 3 … run without a gap in separate cells (a table, a listing, the
 *   values of a list): each fragment ends at a quote, a bar or rule, a tab, a wide gap or the line end
 *   before the next one starts. `k) ` and `k. ` count only at the start of a quoted or barred cell.
 */
import type { Segment } from "./_decoders.ts";
import { looksLikeText } from "./_decoders.ts";

const A85_BLOCK = /<~([!-uz\s]{10,40000})~>/g;

/** Bytes of an Ascii85 body (whitespace ignored, `z` = four zero bytes); undefined if malformed. */
function a85Bytes(body: string): Uint8Array | undefined {
  const out: number[] = [];
  let group: number[] = [];
  for (const ch of body) {
    const c = ch.charCodeAt(0);
    if (c <= 32) continue;
    if (ch === "z") {
      if (group.length !== 0) return undefined;
      out.push(0, 0, 0, 0);
      continue;
    }
    if (c < 33 || c > 117) return undefined;
    group.push(c - 33);
    if (group.length === 5) {
      let v = 0;
      for (const d of group) v = v * 85 + d;
      if (v > 0xffffffff) return undefined;
      out.push((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
      group = [];
    }
  }
  if (group.length === 1) return undefined;
  if (group.length > 0) {
    const n = group.length - 1;
    while (group.length < 5) group.push(84);
    let v = 0;
    for (const d of group) v = v * 85 + d;
    if (v > 0xffffffff) return undefined;
    out.push(...[(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].slice(0, n));
  }
  return new Uint8Array(out);
}

/** Delimited Ascii85 blocks (`<~…~>`) that decode to text. */
export function decodeAscii85(text: string): Segment[] {
  if (!text.includes("<~")) return [];
  const out: Segment[] = [];
  A85_BLOCK.lastIndex = 0;
  for (let m = A85_BLOCK.exec(text); m !== null && out.length < 50; m = A85_BLOCK.exec(text)) {
    const bytes = a85Bytes(m[1]);
    if (!bytes) continue;
    let s: string;
    try {
      s = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    if (looksLikeText(s) && /\p{L}{3}/u.test(s)) {
      out.push({ start: m.index, end: m.index + m[0].length, decoded: s });
    }
  }
  return out;
}

/**
 * A fragment's position: `k/N ` (k of N) or a zero-padded-or-not `k_` that starts an identifier,
 * at the start of a line or a cell (after a quote, bar or box-drawing rule, or blank).
 */
const MARK =
  /(?<=^|[\s"'“‘|│┃(\[])(?:(\d{1,2})\/(\d{1,2})[ \t]+|0?(\d{1,2})_(?=\p{L})|(?<=["'“‘«|│┃][ \t]{0,2})(\d{1,2})[).:][ \t]+|0?(\d{1,2})-(?=\p{L}[^\s"'|]{0,40}-))/gmu;
/**
 * A hyphenated name that is a file (`01-intro.md`, `02-create-users.sql`): a name in a listing, not
 * a piece of a sentence.
 */
const FILE_NAME = /\.[A-Za-z][A-Za-z0-9]{0,5}$/;
/** Where a fragment's cell ends: a quote, a bar or rule, a tab or a wide gap. */
const CELL_END = /["”’|│┃\t]| {2,}/;
const MIN_PARTS = 3;
const INDIC = /[\u0660-\u0669\u06F0-\u06F9]/;
const INDIC_G = /[\u0660-\u0669\u06F0-\u06F9]/g;
const MAX_PARTS = 40;

/** The numbered fragments of `text` joined in order (see the module comment), or undefined. */
export function numberedFragments(raw: string): string | undefined {
  if (raw.length > 200_000) return undefined;
  // Arabic-Indic and Persian digits read as ASCII ones (same length, so positions hold).
  const text = INDIC.test(raw)
    ? raw.replace(INDIC_G, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    : raw;
  if (!/1(?:\/|_|-\p{L}|[).:][ \t])/u.test(text)) return undefined;
  type Part = { k: number; of: number; hyphen: boolean; at: number; end: number; text: string };
  const parts: Part[] = [];
  MARK.lastIndex = 0;
  let count = 0;
  for (let m = MARK.exec(text); m !== null && count < 5000; m = MARK.exec(text)) {
    count++;
    const slash = m[1] !== undefined;
    const hyphen = m[5] !== undefined;
    const k = Number(slash ? m[1] : m[3] ?? m[4] ?? m[5]);
    const of = slash ? Number(m[2]) : 0;
    const from = m.index + m[0].length;
    const eol = text.indexOf("\n", from);
    let rest = text.slice(from, eol === -1 ? text.length : eol);
    const cut = CELL_END.exec(rest);
    if (cut) rest = rest.slice(0, cut.index);
    if (hyphen) {
      // `01-note-for-the-agent`: a multi-word name cut by hyphens (an SSID, a branch, a slug).
      rest = rest.split(/\s/, 1)[0];
      if (FILE_NAME.test(rest)) continue;
      rest = rest.replace(/-+/g, " ");
    } else if (!slash) rest = rest.replace(/_+/g, " ");
    parts.push({ k, of, hyphen, at: m.index, end: from + rest.length, text: rest.trim() });
  }
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].k !== 1) continue;
    const run = [parts[i]];
    for (let j = i + 1; j < parts.length && run.length < MAX_PARTS; j++) {
      const prev = run[run.length - 1];
      const p = parts[j];
      if (p.at < prev.end) continue;
      if (p.k !== prev.k + 1 || p.of !== prev.of || p.hyphen !== prev.hyphen) break;
      run.push(p);
    }
    if (run.length < MIN_PARTS) continue;
    if (run[0].of !== 0 && run[0].of !== run.length) continue;
    const joined = run.map((p) => p.text).join(" ");
    if ((joined.match(/\p{L}{3,}/gu) ?? []).length >= 6) out.push(joined);
  }
  return out.length > 0 ? out.join("\n") : undefined;
}
