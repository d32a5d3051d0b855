/**
 * Cheap test for text that `textViews` could decode into something else: non-ASCII characters
 * (NFKC, homoglyphs, tag characters), percent escapes, HTML entities, `\x`/`\u` escapes, `0x2e`
 * style bytes, and hex or base64 runs that look like encoded text. The command, path and SSRF
 * detectors build the decoded views only when this says yes, so plain text costs one pass.
 *
 * Leet (`wh0am1`) and s p a c e d views are left out on purpose: no shell, file system or URL parser
 * reads `l0calh0st` as `localhost`, so those views only add false positives to these detectors.
 */

/** One character class first (irregexp scans it fast), the exact hint only where it hits. */
const SIMPLE_PRE = /[%&\\\u0080-\uffff]/;
// deno-lint-ignore no-control-regex
const SIMPLE_HINT = /[^\x00-\x7f]|%(?:[0-9a-f]{2}|u[0-9a-f]{4})|&(?:#|[a-z]{2,8})|\\[ux]|0x[25]/i;
/** Eight hex byte pairs in the printable ASCII range (`2x`–`7x`) separated by space or colon. */
const HEX_SPACED = /(?:[2-7][0-9a-f][ :]){7}[2-7][0-9a-f]/i;
/** Eight spaced pairs span 23 characters, so probing every 12th index finds every such run. */
const SPACED_PROBE = 12;
const SPACED_MIN = 23;
const HEX_TEXT = /^(?:[0-9a-f][0-9a-f])*?(?:[2-7][0-9a-f]){8}/i;
const MIN_RUN = 16;
const B64 = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => {
  B64[c.charCodeAt(0)] = i;
});
B64[45] = 62;
B64[95] = 63;
function inSpacedHex(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20; // lower-case letters; space stays, ":" becomes "\x3a"
  return (c >= 48 && c <= 58) || (c >= 97 && c <= 102) || c === 32;
}

/** Runs of hex pairs separated by spaces or colons (`63 75 72 6c …`) that spell ASCII text. */
function hasSpacedHex(text: string): boolean {
  const n = text.length;
  for (let k = SPACED_PROBE - 1; k < n; k += SPACED_PROBE) {
    if (!inSpacedHex(text, k)) continue;
    let end = k + 1;
    while (end < n && inSpacedHex(text, end)) end++;
    // Walk back only when the run can still reach SPACED_MIN characters.
    let start = k;
    if (end >= SPACED_MIN && inSpacedHex(text, end - SPACED_MIN)) {
      while (start > 0 && inSpacedHex(text, start - 1)) start--;
    }
    if (end - start >= SPACED_MIN && HEX_SPACED.test(text.slice(start, end))) return true;
    if (end > k + 1) k = end - 1;
  }
  return false;
}

function inRun(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && B64[c] >= 0;
}

/** Base64 that decodes to UTF-8 text without control characters (ids and hashes do not). */
function base64Text(run: string): boolean {
  if (!/[A-Z]/.test(run) || !/[a-z]/.test(run)) return false;
  const n = run.length - (run.length % 4 === 1 ? 1 : 0);
  const bytes = new Uint8Array(Math.floor((n * 3) / 4));
  let o = 0, acc = 0, bits = 0;
  for (let i = 0; i < n; i++) {
    acc = ((acc << 6) | B64[run.charCodeAt(i)]) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[o++] = (acc >> bits) & 0xff;
    }
  }
  return utf8Text(bytes, o);
}

/** Valid UTF-8 without control characters other than tab and line breaks. */
function utf8Text(bytes: Uint8Array, n: number): boolean {
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) {
      if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) return false;
      i++;
      continue;
    }
    const more = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (more < 0 || (b >= 0xf5)) return false;
    for (let j = 1; j <= more; j++) {
      // A multi-byte character cut by the end of the run is fine: the run may be partial.
      if (i + j < n && (bytes[i + j] & 0xc0) !== 0x80) return false;
    }
    i += more + 1;
  }
  return true;
}

/**
 * Runs of 16+ base64/hex characters that decode to text. Every such run covers an index ≡ 15
 * (mod 16), so only those indexes are probed: plain text costs a fraction of a read per character.
 */
function hasEncodedRun(text: string): boolean {
  const n = text.length;
  for (let k = MIN_RUN - 1; k < n; k += MIN_RUN) {
    if (!inRun(text, k)) continue;
    let end = k + 1;
    while (end < n && inRun(text, end)) end++;
    // Walk back only when the run can still reach MIN_RUN characters.
    let start = k;
    if (end >= MIN_RUN && inRun(text, end - MIN_RUN)) {
      while (start > 0 && inRun(text, start - 1)) start--;
    }
    if (end - start >= MIN_RUN) {
      const run = text.slice(start, end);
      if (HEX_TEXT.test(run) || base64Text(run)) return true;
    }
    k = end + ((MIN_RUN - 1 - (end % MIN_RUN)) % MIN_RUN) - MIN_RUN;
  }
  return false;
}

/** True when `text` may hide content behind an encoding that `textViews` decodes. */
export function mayHideEncoded(text: string): boolean {
  return ((SIMPLE_PRE.test(text) || text.includes("0x")) && SIMPLE_HINT.test(text)) ||
    hasSpacedHex(text) || hasEncodedRun(text);
}

/** `SIMPLE_HINT` without its "any non-ASCII character" branch, one pattern per lead character. */
const PERCENT_HINT = /%(?:[0-9a-f]{2}|u[0-9a-f]{4})/i;
const ENTITY_HINT = /&(?:#|[a-z]{2,8})/i;
const ESCAPE_HINT = /\\[ux]/i;
const HEX_BYTE_HINT = /0x[25]/i;
// deno-lint-ignore no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * The characters `textViews` normalizes away (NFKC compatibility forms: fullwidth, enclosed and
 * styled letters; invisible and bidi controls; Unicode tag characters; ZWNJ/ZWJ), or a lookalike
 * letter (Cyrillic, Greek, Armenian, Cherokee, IPA) touching an ASCII letter.
 */
const FOLDABLE_G =
  /[\u00AD\u02B0-\u02FF\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u1D00-\u1DBF\u200B-\u200F\u202A-\u202E\u2060-\u209F\u2100-\u218F\u2460-\u24FF\u3000\u3164\uFB00-\uFB4F\uFE00-\uFE0F\uFE30-\uFE6F\uFEFF-\uFFEF\uD835\uDB40]|[\u0250-\u02AF\u0370-\u058F\u13A0-\u13FF\u1D00-\u1D2B](?:(?<=[A-Za-z].)|(?=[A-Za-z]))/g;

/** A foldable character or mixed-script letter, except ZWNJ/ZWJ between two non-ASCII ones. */
function hasFoldable(text: string): boolean {
  FOLDABLE_G.lastIndex = 0;
  for (let m = FOLDABLE_G.exec(text); m; m = FOLDABLE_G.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c !== 0x200c && c !== 0x200d) return true;
    // Persian and Indic text joins letters with ZWNJ/ZWJ; only one next to ASCII hides anything.
    if (m.index === 0 || text.charCodeAt(m.index - 1) < 0x80) return true;
    if (m.index + 1 >= text.length || text.charCodeAt(m.index + 1) < 0x80) return true;
  }
  return false;
}

function asciiHint(text: string): boolean {
  return (text.includes("%") && PERCENT_HINT.test(text)) ||
    (text.includes("&") && ENTITY_HINT.test(text)) ||
    (text.includes("\\") && ESCAPE_HINT.test(text)) ||
    ((text.includes("0x") || text.includes("0X")) && HEX_BYTE_HINT.test(text));
}

let lastText: string | undefined;
let lastAnswer = false;

/**
 * Like `mayHideEncoded`, for free text checked by the command, path and SSRF detectors: ordinary
 * non-Latin text (a Russian or Persian sentence) does not count, because no shell, file system or
 * URL parser reads it as ASCII. Only characters that fold into ASCII, invisible or tag characters,
 * or lookalike letters inside a Latin word do. The three detectors ask in a row about the same
 * string, so the last answer is kept.
 */
export function mayHideFromParsers(text: string): boolean {
  if (text === lastText) return lastAnswer;
  const answer = asciiHint(text) || (NON_ASCII.test(text) && hasFoldable(text)) ||
    hasSpacedHex(text) || hasEncodedRun(text);
  lastText = text;
  lastAnswer = answer;
  return answer;
}
