/**
 * Round 45: a look-alike host name. A URL or scp/git-style host (`https://ɡithub.com/…`,
 * `git@ɡitlab.com:…`) whose label mixes ASCII letters with letters that only imitate ASCII ones:
 * IPA and small-capital forms (`ɡ` U+0261, `ɑ`, `ɩ`, `ɪ`, `ʟ`, `ɴ`, `ʀ`, `ʏ`, `ᴄ`, `ᴏ`, `ᴜ`, …) and
 * the dotless `ȷ`. No language writes its words with them, so a host spelled with one is a
 * look-alike domain (registered by someone else) of the ASCII name it imitates. Letters of real
 * alphabets (`ü`, `ş`, `ı`, `ə`, Cyrillic in an all-Cyrillic name) are not in the set; mixed
 * Cyrillic/Greek words are the homoglyph check's.
 */

/** Letters that imitate ASCII letters and belong to no language's alphabet. */
const IMITATORS =
  "\u0251\u0261\u0269\u026a\u029f\u0274\u0280\u028f\u029c\u0237\u1d00\u1d04\u1d05\u1d07\u1d0a\u1d0b\u1d0d\u1d0f\u1d18\u1d1b\u1d1c\u1d20\u1d21\u1d22\u0262\u0299\u0280";
/** A host after `://`, `@` or `//`, with a label holding an imitator next to ASCII letters. */
const LOOKALIKE_HOST = new RegExp(
  `(?:\\/\\/|@)(?:[a-z0-9-]{1,63}\\.){0,4}[a-z0-9-]{0,62}[${IMITATORS}][a-z0-9${IMITATORS}-]{0,62}\\.(?:[a-z0-9-]{1,63}\\.){0,4}[a-z]{2,24}(?![a-z0-9])`,
  "i",
);
const ASCII_LETTER = /[a-z]/i;

/** The span of the first look-alike host of `text`, or undefined. */
export function lookalikeHost(text: string): [number, number] | undefined {
  const m = LOOKALIKE_HOST.exec(text);
  if (!m) return undefined;
  const host = m[0].replace(/^(?:\/\/|@)/, "");
  const label = host.split(".").find((l) => [...l].some((c) => IMITATORS.includes(c)));
  if (!label || !ASCII_LETTER.test(label)) return undefined;
  return [m.index, m.index + m[0].length];
}
