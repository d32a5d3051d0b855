/**
 * Decoders behind `textViews`. Each returns the encoded segments of a text with their decoded
 * form (empty when nothing decodes). Each starts with a cheap pre-test, caps the
 * number of segments it looks at, and keeps only decodings that read as text.
 */

const MAX_SEGMENTS = 200;
const UTF8_STRICT = new TextDecoder("utf-8", { fatal: true });
const UTF8_LOOSE = new TextDecoder("utf-8");
const TEXTISH = /[\p{L}\p{N}\p{P}\p{Zs}\t\n\r]/u;

/** True when a decoded string is mostly letters, digits, punctuation and spaces. */
export function looksLikeText(s: string): boolean {
  if (s.length < 4) return false;
  let good = 0;
  let letters = 0;
  for (const ch of s) {
    if (TEXTISH.test(ch) || (ch >= " " && ch <= "~")) good++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  const n = [...s].length;
  return good / n >= 0.9 && letters / n >= 0.4;
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

const B64_CLASS = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-") {
  B64_CLASS[c.charCodeAt(0)] = c <= "9" && c >= "0" || /[a-fA-F]/.test(c) ? 3 : 1;
}

/**
 * Start/end of runs of at least `min` characters whose class has bit `bit` set. A plain loop:
 * irregexp re-reads every word from each of its positions, which costs 5× more on prose.
 */
function runs(text: string, bit: number, min: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c < 128 && (B64_CLASS[c] & bit) !== 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= min) {
        out.push([start, i]);
        if (out.length >= MAX_SEGMENTS) break;
      }
      start = -1;
    }
  }
  return out;
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

function decodeB64Segment(seg: string): string | undefined {
  let s = seg.replace(/=+$/, "");
  if (!/[A-Z]/.test(s) || !/[a-z]/.test(s)) return undefined;
  if (/[+/]/.test(s) && /[-_]/.test(s)) return undefined;
  s = s.replace(/-/g, "+").replace(/_/g, "/");
  if (s.length % 4 === 1) s = s.slice(0, -1);
  s += "=".repeat((4 - (s.length % 4)) % 4);
  let bin: string;
  try {
    bin = atob(s);
  } catch {
    return undefined;
  }
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const t = bytesToText(bytes, true);
  return t !== undefined && looksLikeText(t) ? t : undefined;
}

/** Base64 (standard and URL-safe) segments of 16+ characters that decode to text. */
export function decodeBase64(text: string): Segment[] {
  return runSegments(text, runs(text, 1, 16), decodeB64Segment);
}

const HEX_SPACED_PRE = /(?:[0-9A-Fa-f]{2}[ :]){7}/;
const HEX_SPACED = /(?:[0-9A-Fa-f]{2}[ :]){7,}[0-9A-Fa-f]{2}/g;

function hexBytes(hex: string): Uint8Array {
  const h = hex.replace(/[^0-9A-Fa-f]/g, "");
  const out = new Uint8Array(h.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function decodeHexSegment(seg: string): string | undefined {
  if (seg.length % 2 === 1 && !/[ :]/.test(seg)) return undefined;
  const t = bytesToText(hexBytes(seg), true);
  return t !== undefined && looksLikeText(t) ? t : undefined;
}

/** Plain hex runs (`69676e6f7265…`, `69 67 6e …`) that decode to text. */
export function decodeHexRuns(text: string): Segment[] {
  const plain = runSegments(text, runs(text, 2, 16), decodeHexSegment);
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
