/**
 * Decoders of the compiled and managed languages read back (the same families as the scripting
 * ones, in Go, Rust, Java/Kotlin and C#): `hex.DecodeString`, `base64.StdEncoding.DecodeString`,
 * `hex::decode`, `base64::decode`, `STANDARD.decode`, `Base64.getDecoder().decode`,
 * `Convert.FromBase64String` / `Convert.FromHexString`, the byte-to-text wrappers around them
 * (`string(b)`, `String::from_utf8`, `new String(b)`, `Encoding.UTF8.GetString`), byte and char
 * arrays (`[]byte{0x2f, …}`, `new byte[]{…}`, `vec![…]`) and reversal (`.chars().rev().collect()`,
 * `new StringBuilder("…").reverse()`).
 *
 * And, for every language, a single-byte XOR key applied in a loop (`b[i] ^= 0x5a`,
 * `bytes(c ^ 42 for c in …)`, `charCodeAt(i) ^ 0x1f`, `-bxor 0x33`): each decoded value is also
 * read XORed with each such key, kept when that gives printable text.
 */
import {
  call,
  codeList,
  fromBase64,
  fromCodes,
  fromHex,
  LIT,
  method,
  printable,
  reverse,
  type Rewrite,
  utf16le,
  type Values,
} from "./_deobf_core.ts";

/** Any decoder of the compiled languages. */
export const COMPILED_GATE =
  /hex\.DecodeString|Encoding\.DecodeString|hex::decode|base64::decode|\.decode\s{0,2}\(|getDecoder\(\)|getMimeDecoder|getUrlDecoder|Convert\.From(?:Base64|Hex)String|\.chars\(\)\s{0,2}\.rev\(\)|StringBuilder\s{0,2}\(|\[\]byte\s{0,2}\{|new\s{1,3}(?:byte|char)\s{0,2}\[\s{0,2}\]\s{0,2}\{|vec!\s{0,2}\[/;

const TOKEN = String.raw`\x01\d{1,3}\x02`;

export const COMPILED_REWRITES: readonly Rewrite[] = [
  call(
    String
      .raw`hex\.DecodeString|hex::decode|Hex\.decodeHex|HexFormat\.of\(\)\.parseHex|(?:System\.)?Convert\.FromHexString`,
    (a) => fromHex(a),
  ),
  call(
    String
      .raw`base64\.(?:Raw)?(?:Std|URL)Encoding\.DecodeString|base64::decode|(?:general_purpose::)?(?:STANDARD|URL_SAFE)(?:_NO_PAD)?\.decode|Base64\.get(?:Mime|Url)?Decoder\(\)\.decode|(?:System\.)?Convert\.FromBase64String`,
    (a) => fromBase64(a),
  ),
  codeList(
    String
      .raw`\[\]byte\s{0,2}|new\s{1,3}(?:byte|char)\s{0,2}\[\s{0,2}\]\s{0,2}|vec!\s{0,2}|from_utf8(?:_lossy)?\s{0,2}\(\s{0,2}&?`,
  ),
  {
    // Bytes to text: `string(b)`, `String::from_utf8(b).unwrap()`, `new String(b, UTF_8)`,
    // `Encoding.Unicode.GetString(b)` (UTF-16LE).
    re: new RegExp(
      String
        .raw`(?:(?<![\w$.])string|new\s{1,3}String|String::from_utf8(?:_lossy)?|str::from_utf8|Encoding\.(\w{3,8})\.GetString)\s{0,2}\(\s{0,2}&?(${TOKEN})\s{0,2}(?:,[^()\n]{0,40})?\)(?:\s{0,2}\.unwrap\(\))?`,
      "g",
    ),
    fn: (v, m) => {
      const bytes = v.value(m[2]);
      return v.tok(m[1] && /^unicode$/i.test(m[1]) ? utf16le(bytes) : bytes);
    },
  },
  method(
    String
      .raw`\.chars\(\)\s{0,2}\.rev\(\)\s{0,2}\.collect(?:\s{0,2}::\s{0,2}<\s{0,2}String\s{0,2}>)?\s{0,2}\(\)`,
    (a) => reverse(a),
  ),
  {
    // Java `new StringBuilder("…").reverse().toString()`.
    re: new RegExp(
      String
        .raw`new\s{1,3}StringBuilder\s{0,2}\(\s{0,2}(${LIT})\s{0,2}\)\s{0,2}\.reverse\(\)(?:\s{0,2}\.toString\(\))?`,
      "g",
    ),
    fn: (v, m) => v.tok(reverse(v.value(m[1]))),
  },
];

/** A single-byte XOR key applied in code: `^= 0x5a`, `^ 42`, `-bxor 0x33`. */
const XOR_KEY = /(?:\^=?|-bxor)\s{0,2}(0x[0-9a-f]{1,2}|\d{1,3})\b/gi;
export const XOR_GATE = /\^=?\s{0,2}(?:0x[0-9a-f]|\d)|-bxor/i;
/** A XOR applied with a variable as the key: `-bxor $k`, `^ key`. */
const XOR_KEY_VAR = /(?:\^|-bxor)\s{0,2}\$?([A-Za-z_]\w{0,30})\b/g;
/** A literal list of eight or more byte values. */
const BYTE_LIST = /[\[(]\s{0,2}(\d{1,3}(?:\s{0,2},\s{0,2}\d{1,3}){7,4000})\s{0,2}[\])]/g;

/**
 * Each decoded value of `v` (eight bytes or more) XORed with each key `text` applies (two at
 * most), where that gives printable text with words in it.
 */
export function xorViews(text: string, v: Values): string[] {
  const keys = new Set<number>();
  for (const m of text.matchAll(XOR_KEY)) {
    const k = Number(m[1]);
    if (k > 0 && k < 256) keys.add(k);
    if (keys.size >= 2) break;
  }
  // Round 46: the key kept in a variable (`$k = 0x5A … -bxor $k`, `key = 90 … ^ key`).
  if (keys.size < 2) {
    for (const m of text.matchAll(XOR_KEY_VAR)) {
      const set = new RegExp(
        String.raw`(?:^|[;\n\s(])\$?${m[1]}\s{0,2}=\s{0,2}(0x[0-9a-f]{1,2}|\d{1,3})\b`,
        "i",
      )
        .exec(text);
      const k = set ? Number(set[1]) : 0;
      if (k > 0 && k < 256) keys.add(k);
      if (keys.size >= 2) break;
    }
  }
  const out: string[] = [];
  if (keys.size === 0) return out;
  // Round 46: byte lists written as array literals (`@(126,62,…)`, `[126, 62, …]`) are values too.
  const lists: string[] = [];
  for (const m of text.matchAll(BYTE_LIST)) {
    const s = fromCodes(m[1]);
    if (s !== undefined) lists.push(s);
    if (lists.length >= 8) break;
  }
  for (const val of [...lists, ...v.vals.slice(0, 40)]) {
    if (val.length < 8 || val.length > 20_000) continue;
    for (const k of keys) {
      let x = "";
      for (let i = 0; i < val.length; i++) x += String.fromCharCode(val.charCodeAt(i) ^ k);
      if (printable(x) && /[a-z]{3}/i.test(x) && /\s/.test(x)) out.push(x);
      if (out.length >= 2) return out;
    }
  }
  return out;
}
