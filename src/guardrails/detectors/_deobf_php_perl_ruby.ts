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
  /base64_decode|str_rot13|strrev|hex2bin|gzinflate|gzuncompress|gzdecode|urldecode|decode_base64|decode64|\bpack\s{0,2}\(|\bchrw?\s{0,2}\(|\.pack\b|unpack1?\s{0,2}\(|\breverse\s{0,2}\(\s{0,2}["']|\.reverse\b/i;

export const PPR_REWRITES: readonly Rewrite[] = [
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
    // Perl/PHP `chr(99).chr(117)`: one character literal each.
    re: /(?<![\w.>$])chr[wb]?\s{0,2}\(\s{0,2}(\d{1,5})\s{0,2}\)(?=\s{0,3}[.,;)&+]|\s{0,3}$)/gi,
    fn: (v, m) => v.tok(String.fromCodePoint(Number(m[1]) % 0x110000)),
  },
];
