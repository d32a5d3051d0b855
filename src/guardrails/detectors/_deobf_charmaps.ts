/**
 * Text rebuilt from character codes or through a character map, in the shapes the obfuscator
 * catalogues list and the earlier tables did not read (Bashfuscator's and PayloadsAllTheThings'
 * `awk`/`printf`/`dc` forms, Invoke-Obfuscation's BXOR and reversed-index families, Perl and
 * Ruby `pack`, SQL and Python `translate`):
 *
 * - `printf "%c%c%c…", 99, 117, …` (awk, C-style printf): one code per `%c`;
 * - `for c in 99 117 …; do printf "\\$(printf %o $c)"; done` (or `%b`/`\x%x`): a shell loop that
 *   prints one character per code;
 * - `dc -e '…P'` / `echo '…P' | dc`: `P` prints a number as its big-endian bytes;
 * - `[99, 117, …].pack('U*')` (Ruby, also `c*`/`C*`) and Perl `pack("C*", 99, 117, …)`,
 *   `join("", map {chr} (99, 117, …))`;
 * - `(99,111,…) | % {[char]($_ -bxor 42)}` (PowerShell, a code list XORed with a key);
 * - `('…')[-1..-N] -join ''`: the parenthesised literal of the reversed-index family;
 * - `translate('…', 'from', 'to')` (PostgreSQL, Oracle) and Python
 *   `'…'.translate(str.maketrans('from', 'to'))`: a shuffled alphabet mapped back;
 * - Perl `scalar reverse "…"`.
 *
 * Each rebuilt text takes the place of its expression, so the command, code and posture rules
 * read what would run. Code lists decode only to mostly printable text.
 */
import { fromCodes, LIT, printable, reverse, type Rewrite } from "./_deobf_core.ts";

export const CHARMAP_GATE =
  /%c%c|\bdo\s{1,3}printf\b|\bdc\b|\.pack\s{0,2}\(|\bpack\s{0,2}\(\s{0,2}["'][cu]|map\s{0,2}\{\s{0,2}chr|-bxor|\)\s{0,2}\[\s{0,2}-1\s{0,2}\.\.|\btranslate\s{0,2}\(|scalar\s{1,3}reverse/i;

/** A comma-separated list of decimal or hex codes (at least four). */
const CODES = String
  .raw`(?:0x[0-9a-fA-F]{1,4}|\d{1,5})(?:\s{0,2},\s{0,2}(?:0x[0-9a-fA-F]{1,4}|\d{1,5})){3,4000}`;

function fromList(list: string, key = 0): string | undefined {
  const s = fromCodes(list);
  if (s === undefined) return undefined;
  const out = key === 0
    ? s
    : [...s].map((c) => String.fromCharCode(c.charCodeAt(0) ^ key)).join("");
  return printable(out) && /[a-z]{2}/i.test(out) ? out : undefined;
}

/** A rewrite that reads the code list in capture group `g` and writes it back as a token. */
function listAt(g: number): Rewrite["fn"] {
  return (v, m) => {
    const s = fromList(m[g]);
    return s === undefined ? undefined : v.tok(s);
  };
}

/** `dc`'s `P`: a non-negative integer printed as its big-endian bytes. */
export function dcBytes(num: string): string | undefined {
  if (num.length > 4000) return undefined;
  let n = BigInt(num);
  let out = "";
  while (n > 0n) {
    out = String.fromCharCode(Number(n & 255n)) + out;
    n >>= 8n;
  }
  return printable(out) && /[a-z]{2}/i.test(out) ? out : undefined;
}

/** `translate(s, from, to)`: each character of `from` becomes the one at its place in `to`. */
export function translateChars(s: string, from: string, to: string): string | undefined {
  if (from.length < 8) return undefined;
  const map = new Map<string, string>();
  for (let i = 0; i < from.length; i++) if (!map.has(from[i])) map.set(from[i], to[i] ?? "");
  let out = "";
  for (const c of s) out += map.get(c) ?? c;
  return out;
}

export const CHARMAP_REWRITES: readonly Rewrite[] = [
  {
    // awk / C printf: `printf "%c%c%c", 99, 117, 114`.
    re: new RegExp(
      String.raw`\bprintf\s{0,2}\(?\s{0,2}(["'])((?:%c){4,4000})\1\s{0,2},\s{0,2}(${CODES})`,
      "g",
    ),
    fn: (v, m) => {
      const codes = m[3].split(",");
      if (codes.length !== m[2].length / 2) return undefined;
      const s = fromList(m[3]);
      return s === undefined ? undefined : v.tok(s);
    },
  },
  {
    // Shell loop printing one character per code (octal, `%b`, `\x%x` conversions).
    re:
      /\bfor\s{1,3}(\w{1,20})\s{1,3}in\s{1,3}((?:\d{1,3}\s{1,3}){3,4000}\d{1,3})\s{0,2};\s{0,2}do\s{1,3}printf\b[^\n;]{0,80}?\$\{?\1\b[^\n;]{0,40};\s{0,2}done/g,
    fn: (v, m) => {
      const s = fromList(m[2].trim().split(/\s+/).join(","));
      return s === undefined ? undefined : v.tok(s);
    },
  },
  {
    // `dc -e '…P'`, `echo '…P' | dc`, `dc <<< '…P'`.
    re:
      /\bdc\s{1,3}-e\s{0,2}(['"]?)(\d{8,4000})\s{0,2}P\1|\b(?:echo|printf)\s{1,3}(['"]?)(\d{8,4000})\s{0,2}P\3\s{0,3}\|\s{0,3}dc\b|\bdc\s{0,3}<<<\s{0,3}(['"]?)(\d{8,4000})\s{0,2}P\5/g,
    fn: (v, m) => {
      const s = dcBytes(m[2] ?? m[4] ?? m[6]);
      return s === undefined ? undefined : v.tok(s);
    },
  },
  {
    // Ruby `[99, 117, …].pack('U*')`.
    re: new RegExp(
      String
        .raw`\[\s{0,2}(${CODES})\s{0,2},?\s{0,2}\]\s{0,2}\.pack\s{0,2}\(?\s{0,2}["'][UcC]\*["']\s{0,2}\)?`,
      "g",
    ),
    fn: listAt(1),
  },
  {
    // Perl `pack("C*", 99, 117, …)`, `pack('U*', …)`.
    re: new RegExp(
      String
        .raw`\bpack\s{0,2}\(\s{0,2}["'][UcC]\*["']\s{0,2},\s{0,2}\(?\s{0,2}(${CODES})\s{0,2}\)?\s{0,2}\)`,
      "g",
    ),
    fn: listAt(1),
  },
  {
    // Perl `join("", map {chr} (99, 117, …))`, `join '', map { chr($_) } 99, 117, …`.
    re: new RegExp(
      String
        .raw`\bjoin\s{0,2}\(?\s{0,2}(["'])\1\s{0,2},\s{0,2}map\s{0,2}\{\s{0,2}chr(?:\s{0,2}\(?\s{0,2}\$_\s{0,2}\)?)?\s{0,2}\}\s{0,2}\(?\s{0,2}(${CODES})\s{0,2}\)?\s{0,2}\)?`,
      "g",
    ),
    fn: listAt(2),
  },
  {
    // PowerShell `(99,111,…) | % {[char]($_ -bxor 0x2a)}` (also `ForEach-Object`, and the list
    // inside the pipeline's parentheses: `(99,111,… | % {…})`).
    re: new RegExp(
      String
        .raw`(\(\s{0,2})?(${CODES})\s{0,2}(\))?\s{0,2}\|\s{0,2}(?:%|foreach(?:-object)?)\s{0,2}\{\s{0,2}\[char\]\s{0,2}\(\s{0,2}\$_\s{0,2}-bxor\s{0,2}(0x[0-9a-fA-F]{1,2}|\d{1,3})\s{0,2}\)\s{0,2}\}`,
      "gi",
    ),
    fn: (v, m) => {
      const s = fromList(m[2], Number(m[4]) & 0xff);
      if (s === undefined) return undefined;
      return (m[1] && !m[3] ? "(" : "") + v.tok(s) + (m[3] && !m[1] ? ")" : "");
    },
  },
  {
    // `('…')[-1..-N] -join ''`: the literal reversed (its parentheses are only grouping).
    re: new RegExp(
      String
        .raw`(?<![\w\]$)])\(\s{0,2}(${LIT})\s{0,2}\)\s{0,2}\[\s{0,2}-1\s{0,2}\.\.\s{0,2}-[^\]\n]{1,80}\]\s{0,2}(?:-join\s{0,2}(?:''|"")?)?`,
      "g",
    ),
    fn: (v, m) => v.tok(reverse(v.value(m[1]))),
  },
  {
    // SQL `translate('…', 'from', 'to')`.
    re: new RegExp(
      String
        .raw`\btranslate\s{0,2}\(\s{0,40}(${LIT})\s{0,40},\s{0,40}(${LIT})\s{0,40},\s{0,40}(${LIT})\s{0,40}\)`,
      "gi",
    ),
    fn: (v, m) => {
      const s = translateChars(v.value(m[1]), v.value(m[2]), v.value(m[3]));
      return s === undefined ? undefined : v.tok(s);
    },
  },
  {
    // Python `'…'.translate(str.maketrans('from', 'to'))`.
    re: new RegExp(
      String
        .raw`(${LIT})\s{0,2}\.translate\s{0,2}\(\s{0,2}(?:str|bytes|string)\.maketrans\s{0,2}\(\s{0,2}(${LIT})\s{0,2},\s{0,2}(${LIT})\s{0,2}\)\s{0,2}\)`,
      "g",
    ),
    fn: (v, m) => {
      const s = translateChars(v.value(m[1]), v.value(m[2]), v.value(m[3]));
      return s === undefined ? undefined : v.tok(s);
    },
  },
  {
    // Perl `scalar reverse "…"` (list-context `reverse` of one string leaves it as it is).
    re: new RegExp(String.raw`\bscalar\s{1,3}reverse\s{0,2}\(?\s{0,2}(${LIT})\s{0,2}\)?`, "g"),
    fn: (v, m) => v.tok(reverse(v.value(m[1]))),
  },
];
