/**
 * Python obfuscation read back (published loaders and obfuscators): base64 (`b64decode`,
 * `urlsafe_b64decode`, `decodebytes`) and hex (`bytes.fromhex`, `binascii.unhexlify`,
 * `codecs.decode(…, 'hex'|'base64'|'rot13')`), `'…'[::-1]`, `''.join(chr(c) for c in […])` and
 * `bytes([…])` code lists, `chr(n)+chr(n)` chains, `.decode()` no-ops, `zlib.decompress`/
 * `gzip.decompress` of a decoded literal (lzma and marshal cannot be read back: the shape rule of
 * `_deobf_judge.ts` reports them), and `getattr(__import__(…), …)` with names built from pieces (the
 * joining is shared, `_deobf_core.ts`).
 */
import { inflate } from "./_deobf_inflate.ts";
import {
  call,
  codeList,
  fromBase64,
  fromHex,
  fromPercent,
  method,
  reverse,
  type Rewrite,
  rot13,
} from "./_deobf_core.ts";

/** Any literal the Python decoders start from. */
export const PY_GATE =
  /b64decode|b32decode|decodebytes|fromhex|unhexlify|codecs\.|::-1\s{0,2}\]|\bchr\s{0,2}\(|\bbytes\s{0,2}\(\s{0,2}\[|bytearray\s{0,2}\(\s{0,2}\[|zlib\.|lzma\.|unquote/i;

function codec(a: string, b: string | undefined): string | undefined {
  const c = (b ?? "").toLowerCase().replace(/[-_]/g, "");
  if (c === "rot13") return rot13(a);
  if (c === "hex") return fromHex(a);
  if (c === "base64") return fromBase64(a);
  if (c === "" || c === "utf8" || c === "ascii" || c === "latin1") return a;
  return undefined;
}

export const PY_REWRITES: readonly Rewrite[] = [
  call(
    String
      .raw`(?:base64\.)?(?:b64decode|standard_b64decode|urlsafe_b64decode|decodebytes|decodestring)`,
    (a) => fromBase64(a),
  ),
  call(
    String.raw`(?:bytes|bytearray)\.fromhex|(?:binascii\.)?(?:unhexlify|a2b_hex)`,
    (a) => fromHex(a),
  ),
  call(String.raw`codecs\.(?:decode|encode)`, codec),
  call(String.raw`(?:urllib\.parse\.)?unquote(?:_plus)?`, (a) => fromPercent(a)),
  call(String.raw`(?:zlib\.decompress|gzip\.decompress|lzma\.decompress)`, (a) => inflate(a)),
  method(String.raw`\[\s{0,2}::\s{0,2}-1\s{0,2}\]`, (a) => reverse(a)),
  method(
    String.raw`\.\s{0,2}decode\s{0,2}\(\s{0,2}(?:['"]([\w-]{1,12})['"])?\s{0,2}\)`,
    (a, m) => codec(a, m[2]),
  ),
  method(
    String.raw`\.\s{0,2}encode\s{0,2}\(\s{0,2}(?:['"](?:utf-?8|ascii|latin-?1)['"])?\s{0,2}\)`,
    (a) => a,
  ),
  codeList(String.raw`\bchr\b|\bbytes\s{0,2}\(|\bbytearray\s{0,2}\(`),
  {
    // `chr(99)` in a chain of pieces: one character literal.
    re:
      /(?<![\w.])chr\s{0,2}\(\s{0,2}(0x[0-9a-fA-F]{1,4}|\d{1,5})\s{0,2}\)(?=\s{0,3}[+,)\]]|\s{0,3}$)/g,
    fn: (v, m) => v.tok(String.fromCodePoint(Number(m[1]) % 0x110000)),
  },
];
