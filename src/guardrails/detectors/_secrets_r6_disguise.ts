/**
 * Secrets dressed up so a pattern scan misses them: a provider token cut in pieces with spaces,
 * quotes, `+` or a short label between them (`ghp_AbC… WxY…`, `"npm_ab" + "cd…"`), a token written backwards,
 * and a value that is entirely base64 of a text holding a secret (a Kubernetes Secret's `data`,
 * a CI variable). Each candidate is rebuilt and handed to the detector's own scan, so the rebuilt
 * value must still pass that provider's format (and, for GitHub and npm, its CRC32 checksum).
 */

/** Prefixes whose tokens carry a checksum: 30 random base62 characters, then 6 of CRC32. */
const CHECKSUMMED = /(?<![A-Za-z0-9_])(?:gh[pousr]|npm)_([A-Za-z0-9]{4,35})(?![A-Za-z0-9_])/g;
/** The next alphanumeric run after at most 12 other characters (spaces, quotes, `+`, a label). */
const NEXT_RUN = /^[^A-Za-z0-9]{1,12}([A-Za-z0-9]{1,36})(?![A-Za-z0-9])/;
const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

let crcTable: Int32Array | undefined;
function crc32(s: string): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < s.length; i++) crc = crcTable[(crc ^ s.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function base62(n: number): string {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(6, "0");
}

/** True when 36 characters are 30 random ones and their base62 CRC32. */
export function checksumOk(body: string): boolean {
  return body.length === 36 && base62(crc32(body.slice(0, 30))) === body.slice(30);
}

/**
 * Spans of `text` holding a GitHub/npm token cut into pieces: the prefix's first piece, then
 * some of the next few alphanumeric runs (a label such as "second:" may sit between pieces), in
 * order, adding up to 36 characters with a valid checksum.
 */
export function splitTokens(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!text.includes("_")) return out;
  CHECKSUMMED.lastIndex = 0;
  for (let m = CHECKSUMMED.exec(text); m && out.length < 16; m = CHECKSUMMED.exec(text)) {
    const runs: Array<[string, number]> = [];
    let at = m.index + m[0].length;
    while (runs.length < 6) {
      const r = NEXT_RUN.exec(text.slice(at, at + 64));
      if (!r) break;
      at += r[0].length;
      runs.push([r[1], at]);
    }
    const end = joinRuns(m[1], runs, 0);
    if (end !== undefined) out.push([m.index, end]);
  }
  return out;
}

/** End offset of the last run used when some of `runs` (from `i`, in order) complete `body`. */
function joinRuns(body: string, runs: Array<[string, number]>, i: number): number | undefined {
  for (let j = i; j < runs.length; j++) {
    const next = body + runs[j][0];
    if (next.length === 36 && checksumOk(next)) return runs[j][1];
    if (next.length < 36) {
      const end = joinRuns(next, runs, j + 1);
      if (end !== undefined) return end;
    }
  }
  return undefined;
}

/**
 * Ends of tokens written backwards: the reversed public prefixes (`sk_live_` → `_evil_ks`,
 * `ghp_` → `_phg`, `AKIA` → `AIKA`, `xoxb-` → `-bxox`, `glpat-` → `-taplg`, `sk-proj-`,
 * `sk-ant-`, `hf_`, `npm_`, `pypi-`, `AIza`).
 */
const REVERSED_END =
  /(?:_evil_(?:ks|kr|kp)|_tset_(?:ks|kr)|_[pousr]hg|_tap_buhtig|AIKA|AISA|-[bpaer]xox|-taplg|-jorp-ks|-tna-ks|-ks|_fh|_mpn|-ipyp|azIA)(?![A-Za-z0-9_\-])/y;

function tokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ||
    c === 45 || c === 47 || c === 43;
}

/**
 * Tokens that read as a secret backwards: [start, end, reversed text]. `at` are the positions
 * where a reversed prefix may start (the caller's literal hits), so no pass over the whole text.
 */
export function reversedTokens(
  text: string,
  at: readonly number[],
): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let last = -1;
  for (const p of [...at].sort((a, b) => a - b)) {
    if (out.length >= 16) break;
    if (p < last) continue;
    REVERSED_END.lastIndex = p;
    const m = REVERSED_END.exec(text);
    if (!m) continue;
    let start = p;
    while (start > 0 && p - start < 400 && tokenChar(text.charCodeAt(start - 1))) start--;
    if (p - start < 16) continue;
    last = p + m[0].length;
    out.push([start, last, [...text.slice(start, last)].reverse().join("")]);
  }
  return out;
}

const WHOLE_BASE64 = /^[A-Za-z0-9+\/_-]{20,8192}={0,2}$/;

/** The text a whole-base64 value decodes to, when it is printable (a secret's container). */
export function base64Text(value: string): string | undefined {
  const t = value.trim();
  if (t.length < 20 || !WHOLE_BASE64.test(t)) return undefined;
  const std = t.replaceAll("-", "+").replaceAll("_", "/").replace(/=+$/, "");
  if (std.length % 4 === 1) return undefined;
  let body: string;
  try {
    body = atob(std.padEnd(Math.ceil(std.length / 4) * 4, "="));
  } catch {
    return undefined;
  }
  // Printable ASCII and line breaks only: images, hashes and keys' raw bytes are not text.
  return /^[\x20-\x7e\t\r\n]{12,}$/.test(body) ? body : undefined;
}
