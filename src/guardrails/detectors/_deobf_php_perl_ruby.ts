/**
 * PHP, Perl and Ruby obfuscation read back: PHP's `base64_decode`/`str_rot13`/`strrev`/`hex2bin`/
 * `gzinflate`/`gzuncompress`/`gzdecode`/`urldecode`/`convert_uudecode`-free chains into `eval`/
 * `assert`/`preg_replace('/…/e')` and `"sys"."tem"` variable functions; Perl `pack("H*", …)`,
 * `decode_base64`, `reverse`, `chr(n).chr(n)`; Ruby `Base64.decode64`, `"…".unpack1("m")`,
 * `["…"].pack("H*")`, `"…".reverse`, `[…].pack("c*")` and `send`/`instance_eval` of joined names.
 */
import { inflate } from "./_deobf_inflate.ts";
import {
  call,
  codeList,
  fromBase64,
  fromHex,
  fromPercent,
  LIT,
  method,
  reverse,
  type Rewrite,
  rot13,
} from "./_deobf_core.ts";

/** Any literal the PHP, Perl and Ruby decoders start from. */
export const PPR_GATE =
  /["']\s{0,2}\^\s{0,2}["']|\$\{\s{0,2}\$|base64_decode|str_rot13|strrev|hex2bin|gzinflate|gzuncompress|gzdecode|urldecode|decode_base64|decode64|\bpack\s{0,2}\(|\bchrw?\s{0,2}\(|\bchar\s{0,2}\(\s{0,2}\d{2,3}\s{0,2}\)\s{0,2}[&+]|\.pack\b|unpack1?\s{0,2}\(|\breverse\s{0,2}\(\s{0,2}["']|\.reverse\b/i;

export const PPR_REWRITES: readonly Rewrite[] = [
  // Round 46: PHP's letter-free shells. Two string literals XORed byte by byte (`"\x60{{{" ^ "?<>/"`
  // is `_GET`; PHP stops at the shorter one), and a variable variable named by a literal
  // (`${"_GET"}` is `$_GET`) — together `$_GET['_']($_GET['__'])` written without a letter.
  {
    re: new RegExp(String.raw`(${LIT})\s{0,2}\^\s{0,2}(${LIT})`, "g"),
    fn: (v, m) => {
      const a = v.value(m[1]);
      const b = v.value(m[2]);
      const n = Math.min(a.length, b.length);
      if (n < 2) return undefined;
      let x = "";
      for (let i = 0; i < n; i++) x += String.fromCharCode(a.charCodeAt(i) ^ b.charCodeAt(i));
      return /^[\x20-\x7e]+$/.test(x) && /[A-Za-z]{2}/.test(x) ? v.tok(x) : undefined;
    },
  },
  {
    re: new RegExp(String.raw`\$\{\s{0,2}(${LIT})\s{0,2}\}`, "g"),
    fn: (v, m) => {
      const name = v.value(m[1]);
      return /^[A-Za-z_]\w{0,40}$/.test(name) ? `$${name}` : undefined;
    },
  },
  call(
    String.raw`base64_decode|decode_base64|(?:Base64\.)?(?:strict_|urlsafe_)?decode64`,
    (a) => fromBase64(a),
  ),
  call(String.raw`str_rot13`, (a) => rot13(a)),
  call(String.raw`strrev|(?:scalar\s{1,3})?reverse`, (a) => reverse(a)),
  call(String.raw`hex2bin`, (a) => fromHex(a)),
  call(String.raw`(?:raw)?urldecode`, (a) => fromPercent(a)),
  call(
    String.raw`gzinflate|gzuncompress|gzdecode|Zlib::Inflate\.inflate|Zlib\.inflate`,
    (a) => inflate(a),
  ),
  // Perl `pack("H*", "…")` / `pack("A*", …)`.
  call(
    String.raw`pack`,
    (a, b) =>
      b === undefined
        ? undefined
        : /^H\*?$/i.test(a)
        ? fromHex(b)
        : /^A\*?$/.test(a)
        ? b
        : undefined,
  ),
  {
    // Ruby `["…"].pack("H*")` / `.pack('m')`.
    re: new RegExp(
      String
        .raw`\[\s{0,2}(${LIT})\s{0,2}\]\s{0,2}\.pack\s{0,2}\(?\s{0,2}['"]([HmA])\*?0?['"]\s{0,2}\)?`,
      "g",
    ),
    fn: (v, m) => {
      const a = v.value(m[1]);
      const out = m[2] === "H" ? fromHex(a) : m[2] === "m" ? fromBase64(a) : a;
      return out === undefined ? undefined : v.tok(out);
    },
  },
  method(
    String.raw`\.unpack1?\s{0,2}\(?\s{0,2}['"](m0?|H\*?)['"]\s{0,2}\)?(?:\s{0,2}\.first|\[0\])?`,
    (a, m) => m[2].startsWith("m") ? fromBase64(a) : fromHex(a),
  ),
  method(String.raw`\.reverse\b(?!\s{0,2}\()`, (a) => reverse(a)),
  codeList(String.raw`\bpack\b|\.pack\b|\bchr\b|map\s{0,2}\(?&:chr`),
  {
    // Perl/PHP `chr(99).chr(117)`: one character literal each. Round 46: spreadsheet formulas
    // and Excel 4.0 macros spell strings as `CHAR(109)&CHAR(115)&…` (and SQL as `CHAR(115)+…`).
    re:
      /(?<![\w.>$])(?:chr[wb]?|char)\s{0,2}\(\s{0,2}(\d{1,5})\s{0,2}\)(?=\s{0,3}[.,;)&+]|\s{0,3}$)/gi,
    fn: (v, m) => v.tok(String.fromCodePoint(Number(m[1]) % 0x110000)),
  },
];
