/**
 * Decoders behind `textViews`. Each returns the encoded segments of a text with their decoded
 * form (empty when nothing decodes). Each starts with a cheap pre-test, caps the
 * number of segments it looks at, and keeps only decodings that read as text.
 */

const MAX_SEGMENTS = 200;
const UTF8_STRICT = new TextDecoder("utf-8", { fatal: true });
const UTF8_LOOSE = new TextDecoder("utf-8");
const TEXTISH = /[\p{L}\p{N}\p{P}\p{Zs}\t\n\r]/u;
const LETTER = /\p{L}/u;

/** True when a decoded string is mostly letters, digits, punctuation and spaces. */
export function looksLikeText(s: string): boolean {
  if (s.length < 4) return false;
  let good = 0;
  let letters = 0;
  let n = 0;
  for (const ch of s) {
    n++;
    const c = ch.charCodeAt(0);
    if (c < 128) {
      // ASCII: no control character is a letter, digit, punctuation or space separator.
      if ((c >= 32 && c <= 126) || c === 9 || c === 10 || c === 13) good++;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      continue;
    }
    if (TEXTISH.test(ch)) good++;
    if (LETTER.test(ch)) letters++;
  }
  return good / n >= 0.9 && letters / n >= 0.4;
}

/**
 * Strict UTF-8 validity (what a fatal TextDecoder accepts), plus a cheap necessary condition for
 * {@link looksLikeText}: enough letters and few control bytes. Rejecting here avoids the decoder's
 * exception, which costs far more than the decoding itself.
 */
function mayDecodeToText(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let ascii = 0;
  let letters = 0;
  let bad = 0;
  let high = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      ascii++;
      if ((b >= 65 && b <= 90) || (b >= 97 && b <= 122)) letters++;
      else if ((b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127) bad++;
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return false;
    if (i + need >= n) return false; // truncated sequence
    const b1 = bytes[i + 1];
    if (b1 < lo || b1 > hi) return false;
    for (let k = 2; k <= need; k++) {
      const bk = bytes[i + k];
      if (bk < 0x80 || bk > 0xbf) return false;
    }
    high += need + 1;
    i += need + 1;
  }
  // Characters: at least ascii + high/4 and at most ascii + high/2 (multi-byte ones take 2–4 bytes).
  // Small slack keeps this a strict necessary condition despite rounding.
  if (10 * letters + 5 * high + 1 < 4 * ascii + high) return false; // letters / chars < 0.4
  if (20 * bad > 2 * ascii + high + 2) return false; // non-text / chars > 0.1
  return true;
}

function bytesToText(bytes: Uint8Array, strict: boolean): string | undefined {
  try {
    return strict ? UTF8_STRICT.decode(bytes) : UTF8_LOOSE.decode(bytes);
  } catch {
    return undefined;
  }
}

/** A decoded piece of the input: `text[start, end)` reads as `decoded`. */
export interface Segment {
  start: number;
  end: number;
  decoded: string;
}

/** Decode each match of `re` (global) with `decode`, keeping those that changed. */
function segments(
  text: string,
  re: RegExp,
  decode: (seg: string) => string | undefined,
): Segment[] {
  const out: Segment[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < MAX_SEGMENTS; m = re.exec(text)) {
    const d = decode(m[0]);
    if (d !== undefined && d !== m[0]) {
      out.push({ start: m.index, end: m.index + m[0].length, decoded: d });
    }
  }
  return out;
}

/** Per ASCII character: bit 1 base64 alphabet, bit 2 hex digit, bit 4 hex digit, space or colon. */
const RUN_CLASS = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-") {
  RUN_CLASS[c.charCodeAt(0)] = /[0-9a-fA-F]/.test(c) ? 7 : 1;
}
RUN_CLASS[32] = 4;
RUN_CLASS[58] = 4;
const MIN_RUN = 16;
/** Characters in the shortest text `HEX_SPACED_PRE` matches (`hh ` seven times: 14 digits). */
const MIN_SPACED_HEX = 21;

function inClass(text: string, i: number, bit: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && (RUN_CLASS[c] & bit) !== 0;
}

/**
 * Start/end of maximal runs of at least 16 characters whose class has bit `bit` set (1: base64
 * alphabet, 2: hex digits). Every such run covers an index ≡ 15 (mod 16), so only those indexes
 * are probed and a run is measured only where a probe lands in it: ordinary text costs a fraction
 * of one read per character (a regex or a full loop reads every character, often several times).
 */
function runs(text: string, bit: number): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  for (let k = MIN_RUN - 1; k < n; k += MIN_RUN) {
    if (!inClass(text, k, bit)) continue;
    let start = k;
    while (start > 0 && inClass(text, start - 1, bit)) start--;
    let end = k + 1;
    while (end < n && inClass(text, end, bit)) end++;
    // Resume at the first probe index at or after the run's end (`k += MIN_RUN` follows).
    k = end + ((MIN_RUN - 1 - (end % MIN_RUN)) % MIN_RUN) - MIN_RUN;
    if (end - start < MIN_RUN) continue;
    out.push([start, end]);
    if (out.length >= MAX_SEGMENTS) break;
  }
  return out;
}

/**
 * `runs(text, 1)`, plus whether a run of 21+ hex digits, spaces and colons holding 14+ hex digits
 * exists (without one `HEX_SPACED_PRE` cannot match), from the same probes.
 */
function scanRuns(text: string): { b64: [number, number][]; spacedHex: boolean } {
  const b64: [number, number][] = [];
  let spacedHex = false;
  let b64End = 0;
  let hexEnd = 0;
  const n = text.length;
  const cls = (i: number): number => {
    const c = text.charCodeAt(i);
    return c < 128 ? RUN_CLASS[c] : 0;
  };
  for (let k = MIN_RUN - 1; k < n; k += MIN_RUN) {
    const here = cls(k);
    if (here === 0) continue;
    if ((here & 1) !== 0 && k >= b64End) {
      let start = k;
      while (start > 0 && (cls(start - 1) & 1) !== 0) start--;
      let end = k + 1;
      while (end < n && (cls(end) & 1) !== 0) end++;
      b64End = end;
      if (end - start >= MIN_RUN) {
        b64.push([start, end]);
        if (b64.length >= MAX_SEGMENTS) return { b64, spacedHex: true };
      }
    }
    if ((here & 4) !== 0 && !spacedHex && k >= hexEnd) {
      let start = k;
      while (start > 0 && (cls(start - 1) & 4) !== 0) start--;
      let end = k + 1;
      while (end < n && (cls(end) & 4) !== 0) end++;
      hexEnd = end;
      if (end - start >= MIN_SPACED_HEX) {
        let digits = 0;
        for (let i = start; i < end; i++) if ((cls(i) & 2) !== 0) digits++;
        spacedHex = digits >= 14;
      }
    }
  }
  return { b64, spacedHex };
}

function runSegments(
  text: string,
  spans: [number, number][],
  decode: (seg: string) => string | undefined,
): Segment[] {
  const out: Segment[] = [];
  for (const [start, end0] of spans) {
    let end = end0;
    while (text[end] === "=" && end - end0 < 2) end++;
    const d = decode(text.slice(start, end));
    if (d !== undefined) out.push({ start, end, decoded: d });
  }
  return out;
}

const B64_VALUE = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => {
  B64_VALUE[c.charCodeAt(0)] = i;
});
B64_VALUE[45] = 62; // "-" (URL-safe)
B64_VALUE[95] = 63; // "_" (URL-safe)

/** Bytes of unpadded base64 `s` (length % 4 !== 1; every char in the alphabet), as atob reads it. */
function base64Bytes(s: string): Uint8Array {
  const n = s.length;
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    acc = ((acc << 6) | B64_VALUE[s.charCodeAt(i)]) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

function decodeB64Segment(seg: string): string | undefined {
  let end = seg.length;
  while (end > 0 && seg.charCodeAt(end - 1) === 61) end--; // "="
  let s = end === seg.length ? seg : seg.slice(0, end);
  if (!/[A-Z]/.test(s) || !/[a-z]/.test(s)) return undefined;
  if (/[+/]/.test(s) && /[-_]/.test(s)) return undefined;
  if (s.length % 4 === 1) s = s.slice(0, -1);
  const bytes = base64Bytes(s);
  if (!mayDecodeToText(bytes)) return undefined;
  const t = bytesToText(bytes, true);
  return t !== undefined && looksLikeText(t) ? t : undefined;
}

/** Base64 (standard and URL-safe) segments of 16+ characters that decode to text. */
export function decodeBase64(text: string): Segment[] {
  return runSegments(text, runs(text, 1), decodeB64Segment);
}

/**
 * Maximal hex runs of 16+ characters, found inside the base64-alphabet runs `b64` (hex digits are
 * a subset of that alphabet, so every hex run lies inside one): no second scan of the whole text.
 */
function hexRunsWithin(text: string, b64: readonly [number, number][]): [number, number][] {
  if (b64.length >= MAX_SEGMENTS) return runs(text, 2); // the base64 list was cut short
  const out: [number, number][] = [];
  for (const [from, to] of b64) {
    let i = from;
    while (i < to) {
      if (!inClass(text, i, 2)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < to && inClass(text, end, 2)) end++;
      if (end - i >= MIN_RUN) {
        out.push([i, end]);
        if (out.length >= MAX_SEGMENTS) return out;
      }
      i = end;
    }
  }
  return out;
}

/** `decodeBase64` and `decodeHexRuns` of `text` from one scan for runs. */
export function decodeRuns(text: string): { base64: Segment[]; hex: Segment[] } {
  const { b64, spacedHex } = scanRuns(text);
  const plain = runSegments(text, hexRunsWithin(text, b64), decodeHexSegment);
  return {
    base64: runSegments(text, b64, decodeB64Segment),
    hex: spacedHex && HEX_SPACED_PRE.test(text)
      ? [...plain, ...segments(text, HEX_SPACED, decodeHexSegment)]
      : plain,
  };
}

/**
 * Seven `hh ` groups (`/(?:[0-9A-Fa-f]{2}[ :]){7}/`), matched from the first separator with a
 * look-behind for its two digits: starting on a separator lets irregexp skip letters at once.
 */
const HEX_SPACED_PRE = /[ :](?<=[0-9A-Fa-f]{2}[ :])(?:[0-9A-Fa-f]{2}[ :]){6}/;
const HEX_SPACED = /(?:[0-9A-Fa-f]{2}[ :]){7,}[0-9A-Fa-f]{2}/g;

const HEX_VALUE = new Int8Array(128).fill(-1);
"0123456789abcdef".split("").forEach((c, i) => {
  HEX_VALUE[c.charCodeAt(0)] = i;
  HEX_VALUE[c.toUpperCase().charCodeAt(0)] = i;
});

/** Bytes of the hex digits in `hex` (other characters skipped), pairwise. */
function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  let o = 0;
  let hi = -1;
  for (let i = 0; i < hex.length; i++) {
    const c = hex.charCodeAt(i);
    const v = c < 128 ? HEX_VALUE[c] : -1;
    if (v < 0) continue;
    if (hi < 0) hi = v;
    else {
      out[o++] = (hi << 4) | v;
      hi = -1;
    }
  }
  return out.subarray(0, o);
}

function decodeHexSegment(seg: string): string | undefined {
  if (seg.length % 2 === 1 && !/[ :]/.test(seg)) return undefined;
  const bytes = hexBytes(seg);
  if (!mayDecodeToText(bytes)) return undefined;
  const t = bytesToText(bytes, true);
  return t !== undefined && looksLikeText(t) ? t : undefined;
}

/** Plain hex runs (`69676e6f7265…`, `69 67 6e …`) that decode to text. */
export function decodeHexRuns(text: string): Segment[] {
  const plain = runSegments(text, runs(text, 2), decodeHexSegment);
  return HEX_SPACED_PRE.test(text)
    ? [...plain, ...segments(text, HEX_SPACED, decodeHexSegment)]
    : plain;
}

const URL_PRE = /%(?:[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})/;
const URL_SEG = /(?<![^\s%])[^\s%]*(?:%(?:[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})[^\s%]*)+/g;
const URL_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const URL_U = /%u([0-9A-Fa-f]{4})/g;
const PLUS_SPACE = /(?<=[A-Za-z0-9])\+(?=[A-Za-z0-9])/g;

function decodeUrlSegment(seg: string): string {
  let cur = seg;
  for (let round = 0; round < 3 && URL_PRE.test(cur); round++) {
    const next = cur
      .replace(URL_U, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(URL_RUN, (run) => bytesToText(hexBytes(run), false) ?? run);
    if (next === cur) break;
    cur = next;
  }
  return cur.replace(PLUS_SPACE, " ");
}

/** URL encoding (`%69%67`, `%u0069`), repeated for double or triple encoding; `+` read as space. */
export function decodeUrl(text: string): Segment[] {
  if (!URL_PRE.test(text)) return [];
  return segments(text, URL_SEG, decodeUrlSegment);
}

const HTML_PRE = /&(?:#[xX]?[0-9A-Fa-f]{1,7}|[a-zA-Z]{2,8});?/;
const HTML_ENT = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([a-zA-Z]{2,8}));?/g;
const HTML_SEG = /(?<![^\s&])[^\s&]*(?:&(?:#[xX]?[0-9A-Fa-f]{1,7}|[a-zA-Z]{2,8});?[^\s&]*)+/g;
const NAMED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  nbsp: " ",
  sol: "/",
  colon: ":",
  lpar: "(",
  rpar: ")",
  period: ".",
  comma: ",",
  excl: "!",
  num: "#",
  equals: "=",
  lsqb: "[",
  rsqb: "]",
  lcub: "{",
  rcub: "}",
  newline: "\n",
  tab: "\t",
};

function codePoint(cp: number): string | undefined {
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)
    ? String.fromCodePoint(cp)
    : undefined;
}

function decodeHtmlSegment(seg: string): string {
  let cur = seg;
  for (let round = 0; round < 2; round++) {
    const next = cur.replace(HTML_ENT, (m, hex?: string, dec?: string, name?: string) => {
      if (hex !== undefined) return codePoint(parseInt(hex, 16)) ?? m;
      if (dec !== undefined) return codePoint(parseInt(dec, 10)) ?? m;
      return NAMED[name!.toLowerCase()] ?? m;
    });
    if (next === cur) break;
    cur = next;
  }
  return cur;
}

/** HTML character references (`&#x3C;`, `&#60;`, `&lt;`), twice for `&amp;lt;`. */
export function decodeHtml(text: string): Segment[] {
  if (!HTML_PRE.test(text)) return [];
  return segments(text, HTML_SEG, decodeHtmlSegment);
}

const ESC_PRE = /\\(?:u\{?[0-9A-Fa-f]{2,6}|x[0-9A-Fa-f]{2})/;
const ESC_U = /\\u\{([0-9A-Fa-f]{1,6})\}|\\u([0-9A-Fa-f]{4})/g;
const ESC_X = /(?:\\x[0-9A-Fa-f]{2})+/g;

const ESC_SEG =
  /(?<![^\s\\])[^\s\\]*(?:\\(?:u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})[^\s\\]*)+/g;

function decodeEscapeSegment(seg: string): string {
  return seg
    .replace(
      ESC_U,
      (m, braced?: string, plain?: string) =>
        braced !== undefined
          ? codePoint(parseInt(braced, 16)) ?? m
          : String.fromCharCode(parseInt(plain!, 16)),
    )
    .replace(ESC_X, (run) => bytesToText(hexBytes(run.replace(/\\x/g, "")), false) ?? run);
}

/** Source-code escapes: `\u0041`, `\u{41}` and runs of `\x41` (read as UTF-8 bytes). */
export function decodeEscapes(text: string): Segment[] {
  if (!ESC_PRE.test(text)) return [];
  return segments(text, ESC_SEG, decodeEscapeSegment);
}
