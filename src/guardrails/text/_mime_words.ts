/**
 * MIME encoded-words (RFC 2047), the way mail headers carry non-ASCII text: `=?UTF-8?Q?…?=`
 * (quoted-printable, `_` for a space) and `=?UTF-8?B?…?=` (base64). A raw message read through a
 * mail tool shows its headers encoded, so an order planted in a custom header (`X-Note:`, a
 * display name, a subject) reads as noise to every rule. A run of encoded-words separated only by
 * white space (folded header lines) is one text: the bytes of adjacent words are joined before
 * they are decoded, since an encoder may cut a multi-byte character between two words. The charset
 * is honoured where `TextDecoder` knows it (UTF-8, ISO-8859-x, windows-125x, KOI8-R, Shift_JIS …).
 */
import type { Segment } from "./_decoders.ts";
import { looksLikeText } from "./_decoders.ts";

/** One encoded-word: charset (an optional `*lang` suffix), encoding, text. */
const WORD = /=\?([A-Za-z0-9_.:-]{1,40})(?:\*[A-Za-z-]{1,20})?\?([QqBb])\?([!->@-~]{0,1000}?)\?=/g;
/** A run of encoded-words with only white space between them. */
const RUN =
  /=\?[A-Za-z0-9_.:-]{1,40}(?:\*[A-Za-z-]{1,20})?\?[QqBb]\?[!->@-~]{0,1000}?\?=(?:[ \t\r\n]{1,8}=\?[A-Za-z0-9_.:-]{1,40}(?:\*[A-Za-z-]{1,20})?\?[QqBb]\?[!->@-~]{0,1000}?\?=){0,200}/g;
const GATE = /=\?[A-Za-z0-9_.:-]{1,40}\?[QqBb]\?/;

function qBytes(s: string, out: number[]): void {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "_") out.push(32);
    else if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(s.charCodeAt(i) & 0xff);
  }
}

function bBytes(s: string, out: number[]): boolean {
  try {
    const bin = atob(s.replace(/[^A-Za-z0-9+/=]/g, ""));
    for (let i = 0; i < bin.length; i++) out.push(bin.charCodeAt(i));
    return true;
  } catch {
    return false;
  }
}

function decodeBytes(charset: string, bytes: number[]): string | undefined {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** Runs of RFC 2047 encoded-words decoded to their text (see the module comment). */
export function decodeMimeWords(text: string): Segment[] {
  if (!text.includes("=?") || !GATE.test(text)) return [];
  const out: Segment[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null && out.length < 50; m = RUN.exec(text)) {
    let decoded = "";
    let charset = "";
    let bytes: number[] = [];
    let ok = true;
    const flush = (): void => {
      if (bytes.length === 0) return;
      const s = decodeBytes(charset, bytes);
      if (s === undefined) ok = false;
      else decoded += s;
      bytes = [];
    };
    WORD.lastIndex = 0;
    for (let w = WORD.exec(m[0]); w !== null; w = WORD.exec(m[0])) {
      if (w[1].toLowerCase() !== charset) {
        flush();
        charset = w[1].toLowerCase();
      }
      if (w[2] === "Q" || w[2] === "q") qBytes(w[3], bytes);
      else if (!bBytes(w[3], bytes)) ok = false;
    }
    flush();
    if (ok && decoded.length > 0 && looksLikeText(decoded)) {
      out.push({ start: m.index, end: m.index + m[0].length, decoded });
    }
  }
  return out;
}
