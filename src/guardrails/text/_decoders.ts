/**
 * Decoders behind `textViews`. Each returns the text with its encoded segments replaced by their
 * decoded form, or `undefined` when nothing was decoded. Each starts with a cheap pre-test, caps the
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

/** Replace each match of `re` (global) by `decode(match)`, when that returns text. */
function replaceSegments(
  text: string,
  re: RegExp,
  decode: (seg: string) => string | undefined,
): string | undefined {
  let count = 0;
  let changed = false;
  re.lastIndex = 0;
  const out = text.replace(re, (seg) => {
    if (++count > MAX_SEGMENTS) return seg;
    const d = decode(seg);
    if (d === undefined || d === seg) return seg;
    changed = true;
    return d;
  });
  return changed ? out : undefined;
}

const B64_PRE = /[A-Za-z0-9+/_-]{16}/;
const B64_SEG = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}/g;

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
export function decodeBase64(text: string): string | undefined {
  if (!B64_PRE.test(text)) return undefined;
  return replaceSegments(text, B64_SEG, decodeB64Segment);
}

const HEX_PRE = /[0-9A-Fa-f]{16}|(?:[0-9A-Fa-f]{2}[ :]){7}/;
const HEX_SEG = /(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Za-z])|(?:[0-9A-Fa-f]{2}[ :]){7,}[0-9A-Fa-f]{2}/g;

function hexBytes(hex: string): Uint8Array {
  const h = hex.replace(/[^0-9A-Fa-f]/g, "");
  const out = new Uint8Array(h.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Plain hex runs (`69676e6f7265…`, `69 67 6e …`) that decode to text. */
export function decodeHexRuns(text: string): string | undefined {
  if (!HEX_PRE.test(text)) return undefined;
  return replaceSegments(text, HEX_SEG, (seg) => {
    const t = bytesToText(hexBytes(seg), true);
    return t !== undefined && looksLikeText(t) ? t : undefined;
  });
}

const URL_PRE = /%(?:[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})/;
const URL_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const URL_U = /%u([0-9A-Fa-f]{4})/g;
const PLUS_SPACE = /(?<=[A-Za-z0-9])\+(?=[A-Za-z0-9])/g;

/** URL encoding (`%69%67`, `%u0069`), repeated for double or triple encoding; `+` read as space. */
export function decodeUrl(text: string): string | undefined {
  if (!URL_PRE.test(text)) return undefined;
  let cur = text;
  for (let round = 0; round < 3 && URL_PRE.test(cur); round++) {
    const next = cur
      .replace(URL_U, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(URL_RUN, (run) => bytesToText(hexBytes(run), false) ?? run);
    if (next === cur) break;
    cur = next;
  }
  cur = cur.replace(PLUS_SPACE, " ");
  return cur === text ? undefined : cur;
}

const HTML_PRE = /&(?:#[xX]?[0-9A-Fa-f]{1,7}|[a-zA-Z]{2,8});?/;
const HTML_ENT = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([a-zA-Z]{2,8}));?/g;
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
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : undefined;
}

/** HTML character references (`&#x3C;`, `&#60;`, `&lt;`), twice for `&amp;lt;`. */
export function decodeHtml(text: string): string | undefined {
  if (!HTML_PRE.test(text)) return undefined;
  let cur = text;
  for (let round = 0; round < 2; round++) {
    const next = cur.replace(HTML_ENT, (m, hex?: string, dec?: string, name?: string) => {
      if (hex !== undefined) return codePoint(parseInt(hex, 16)) ?? m;
      if (dec !== undefined) return codePoint(parseInt(dec, 10)) ?? m;
      return NAMED[name!.toLowerCase()] ?? m;
    });
    if (next === cur) break;
    cur = next;
  }
  return cur === text ? undefined : cur;
}

const ESC_PRE = /\\(?:u\{?[0-9A-Fa-f]{2,6}|x[0-9A-Fa-f]{2})/;
const ESC_U = /\\u\{([0-9A-Fa-f]{1,6})\}|\\u([0-9A-Fa-f]{4})/g;
const ESC_X = /(?:\\x[0-9A-Fa-f]{2})+/g;

/** Source-code escapes: `\u0041`, `\u{41}` and runs of `\x41` (read as UTF-8 bytes). */
export function decodeEscapes(text: string): string | undefined {
  if (!ESC_PRE.test(text)) return undefined;
  const out = text
    .replace(ESC_U, (m, braced?: string, plain?: string) =>
      braced !== undefined
        ? codePoint(parseInt(braced, 16)) ?? m
        : String.fromCharCode(parseInt(plain!, 16)))
    .replace(ESC_X, (run) => bytesToText(hexBytes(run.replace(/\\x/g, "")), false) ?? run);
  return out === text ? undefined : out;
}
