/**
 * Legacy and puzzle encodings a sender uses to keep an order out of plain sight, each read only
 * where the text itself carries or names it:
 *
 * - uuencode: a `begin <mode> <name>` … `end` block (mail and list archives) is decoded.
 * - ROT47: the whole text rotated, where it names ROT47.
 * - Letter numbers (A1Z26, `A=1 … Z=26`, with 0 or `/` as a space): runs of numbers 0–26, where
 *   the text states the mapping.
 * - Vigenère with the key written beside it (`Vigenère, key: LEMON`): each line after the key
 *   decrypted with it.
 */
import type { Segment } from "./_decoders.ts";
import { looksLikeText } from "./_decoders.ts";

const UU_BLOCK =
  /^begin [0-7]{3,4} [^\n]{1,200}\n((?:[!-`][ -`]{0,62}[ \t]?\n){1,2000})`?[ \t]?\n?end\b/gm;

/** The bytes of the lines of a uuencoded body (each line: a length character, then 4-char groups). */
function uuBytes(body: string): Uint8Array | undefined {
  const out: number[] = [];
  for (const raw of body.split("\n")) {
    if (raw.length === 0) continue;
    const n = (raw.charCodeAt(0) - 32) & 63;
    if (n === 0) break;
    const line = raw.slice(1);
    const bytes: number[] = [];
    for (let i = 0; i + 1 < line.length && bytes.length < n; i += 4) {
      const c = [0, 1, 2, 3].map((k) => ((line.charCodeAt(i + k) || 32) - 32) & 63);
      bytes.push(
        (c[0] << 2) | (c[1] >> 4),
        ((c[1] & 15) << 4) | (c[2] >> 2),
        ((c[2] & 3) << 6) | c[3],
      );
    }
    if (bytes.length < n) return undefined;
    out.push(...bytes.slice(0, n));
  }
  return new Uint8Array(out);
}

/** uuencoded blocks that decode to text. */
export function decodeUu(text: string): Segment[] {
  if (!text.includes("begin ")) return [];
  const out: Segment[] = [];
  UU_BLOCK.lastIndex = 0;
  for (let m = UU_BLOCK.exec(text); m !== null && out.length < 20; m = UU_BLOCK.exec(text)) {
    const bytes = uuBytes(m[1]);
    if (!bytes || bytes.length === 0) continue;
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

const ROT47_HINT = /rot[\s-]?47/i;

/** The text rotated by ROT47 (printable ASCII `!`…`~` shifted by 47), where it names ROT47. */
export function rot47View(text: string): string | undefined {
  if (text.length > 100_000 || !ROT47_HINT.test(text)) return undefined;
  return text.replace(
    /[!-~]/g,
    (c) => String.fromCharCode(33 + ((c.charCodeAt(0) - 33 + 47) % 94)),
  );
}

/** The letter-number mapping stated: `A1Z26`, `A=1 … Z=26`, `A = 1, B = 2`, `1=A`. */
const A1Z26_HINT =
  /\bA1Z26\b|\bA\s{0,2}=\s{0,2}1\b[^\n]{0,40}?(?:\bZ\s{0,2}=\s{0,2}26\b|\bB\s{0,2}=\s{0,2}2\b)|\b1\s{0,2}=\s{0,2}A\b[^\n]{0,20}?\b2\s{0,2}=\s{0,2}B\b/i;
/** A run of at least 12 numbers of 0–26 separated by spaces, commas, dashes or slashes. */
const A1Z26_RUN =
  /(?<![\d.])(?:(?:[0-9]|1[0-9]|2[0-6])[ ,/-]{1,3}){11,}(?:[0-9]|1[0-9]|2[0-6])(?![\d.])/g;

/** Number runs read as letters (1 = a … 26 = z; 0 or a `/` as a space), where the text states the mapping. */
export function decodeA1Z26(text: string): Segment[] {
  if (text.length > 100_000 || !A1Z26_HINT.test(text)) return [];
  const out: Segment[] = [];
  A1Z26_RUN.lastIndex = 0;
  for (let m = A1Z26_RUN.exec(text); m !== null && out.length < 20; m = A1Z26_RUN.exec(text)) {
    const decoded = m[0].replace(/\s*\/\s*/g, " 0 ").split(/[ ,-]+/).filter((t) => t !== "")
      .map((t) => (t === "0" ? " " : String.fromCharCode(96 + Number(t)))).join("");
    if (/[a-z]{3}/.test(decoded)) out.push({ start: m.index, end: m.index + m[0].length, decoded });
  }
  return out;
}

/** A Vigenère key given beside the cipher's name ("Vigenère, key: LEMON", "anahtar: KARGO"). */
const VIG_KEY =
  /vig[eéè]n[eèé]re[^\n]{0,60}?(?:key|anahtar|clé|cle|clave|schlüssel|chiave|chave|ключ|nyckel|nøgle|sleutel|klucz|klíč|kulcs|avain|kunci|khóa|mật\s?khẩu|password|mot\s?de\s?passe)\s{0,2}[:=]?\s{0,2}["'«“]?([A-Za-z]{2,24})\b/iu;

/** Each line after the named key, decrypted with it (letters only advance the key). */
export function vigenereView(text: string): string | undefined {
  if (text.length > 100_000 || !/vig[eéè]n[eèé]re/i.test(text)) return undefined;
  const m = VIG_KEY.exec(text);
  if (!m) return undefined;
  const key = m[1].toLowerCase();
  const lines = text.slice(m.index + m[0].length).split("\n").slice(0, 40);
  const out: string[] = [];
  for (const line of lines) {
    if (!/[A-Za-z]{4}/.test(line)) continue;
    let k = 0;
    out.push(line.replace(/[A-Za-z]/g, (c) => {
      const base = c <= "Z" ? 65 : 97;
      const shift = key.charCodeAt(k++ % key.length) - 97;
      return String.fromCharCode(base + ((c.charCodeAt(0) - base - shift + 26) % 26));
    }));
  }
  return out.length > 0 ? out.join("\n") : undefined;
}
