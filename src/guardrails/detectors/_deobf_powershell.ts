/**
 * PowerShell obfuscation read back (Invoke-Obfuscation's token, string, encoding and launcher
 * families): `[char]105+[char]101`, `[char[]](…)`/`-join` code lists, `"{1}{0}" -f 'b','a'`
 * format reordering, `-replace`/`.Replace()` of literals, `'…'[-1..-N] -join ''` reversal,
 * `[Convert]::FromBase64String` with `[Text.Encoding]::Unicode|UTF8|ASCII.GetString`,
 * `IO.Compression.DeflateStream`/`GZipStream` over a base64 literal (read with `_deobf_inflate.ts`),
 * backtick escapes, and the built-in variables Invoke-Obfuscation slices into `iex`
 * (`$env:ComSpec[4,15,25]`, `$PSHome[4]+$PSHome[30]`, `$ShellId[1]+$ShellId[13]`,
 * `$VerbosePreference.ToString()[1,3]`, `$env:Public[13]+$env:Public[5]`).
 */
import { inflate } from "./_deobf_inflate.ts";
import {
  fromBase64,
  fromCodes,
  LIT,
  method,
  printable,
  reverse,
  type Rewrite,
  utf16le,
  type Values,
} from "./_deobf_core.ts";

/** Any literal the PowerShell decoders start from. */
export const PS_GATE =
  /\[char|-split\s|\.split\(|\[byte\[\]\]|-join|\biex\b|invoke-expression|scriptblock\]|-f\s{1,3}['"$(]|-replace\s|-creplace\s|frombase64string|deflatestream|gzipstream|\[-1\s{0,2}\.\.|\$env:(?:comspec|public)\[|\$pshome\[|\$shellid\[|verbosepreference/i;

/** Built-in values Invoke-Obfuscation indexes into (default Windows install). */
const BUILTIN: Record<string, string> = {
  comspec: "C:\\WINDOWS\\system32\\cmd.exe",
  public: "C:\\Users\\Public",
  pshome: "C:\\Windows\\System32\\WindowsPowerShell\\v1.0",
  shellid: "Microsoft.PowerShell",
  verbosepreference: "SilentlyContinue",
};

const NUM = String.raw`(?:0x[0-9a-fA-F]{1,4}|\d{1,5})`;

/** `-replace 'a','b'` treats `a` as a regex: only literal-safe patterns are applied. */
function replaceAll(s: string, from: string, to: string, ci: boolean): string | undefined {
  if (from.length === 0) return undefined;
  const re = new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), ci ? "gi" : "g");
  return s.replace(re, () => to);
}

export const PS_REWRITES: readonly Rewrite[] = [
  {
    // `[char]105` / `[char](0x69)` / `[char]105+[char]101`.
    re: new RegExp(String.raw`\[char\]\s{0,2}\(?\s{0,2}(${NUM})\s{0,2}\)?`, "gi"),
    fn: (v, m) => v.tok(String.fromCodePoint(Number(m[1]) % 0x110000)),
  },
  {
    // `[char[]](…) -join ''`, `-join [char[]](…)`, `(105,101 | % {[char]$_}) -join ''`.
    re: new RegExp(
      String
        .raw`(?<=\[char\[\]\]\s{0,2}|-join\s{0,3}\(?\s{0,2})\(\s{0,2}(${NUM}(?:\s{0,2},\s{0,2}${NUM}){3,2000})\s{0,2}(?:\)|(?=\|))`,
      "gi",
    ),
    fn: (v, m) => {
      const s = fromCodes(m[1]);
      return s !== undefined && printable(s) ? v.tok(s) : undefined;
    },
  },
  {
    // `(105,101,120 | % {[char]$_})`, `[byte[]](72,101,…)`.
    re: new RegExp(
      String
        .raw`(?<=\[byte\[\]\]\s{0,2})\(\s{0,2}(${NUM}(?:\s{0,2},\s{0,2}${NUM}){3,2000})\s{0,2}\)|\(\s{0,2}(${NUM}(?:\s{0,2},\s{0,2}${NUM}){3,2000})\s{0,2}\|\s{0,2}(?:%|foreach(?:-object)?)\s{0,2}\{\s{0,2}\[char\]\s{0,2}\$_\s{0,2}\}\s{0,2}\)`,
      "gi",
    ),
    fn: (v, m) => {
      const s = fromCodes(m[1] ?? m[2]);
      return s !== undefined && printable(s) ? v.tok(s) : undefined;
    },
  },
  {
    // `("{2}{0}{1}" -f 'a','b','c')`.
    re: new RegExp(
      String.raw`(${LIT})\s{0,2}-f\s{0,3}(${LIT}(?:\s{0,2},\s{0,2}${LIT}){0,60})`,
      "gi",
    ),
    fn: (v, m) => {
      const args = [...m[2].matchAll(new RegExp(LIT, "g"))].map((a) => v.value(a[0]));
      let ok = true;
      const out = v.value(m[1]).replace(/\{(\d{1,2})\}/g, (_, n) => {
        if (args[Number(n)] === undefined) ok = false;
        return args[Number(n)] ?? "";
      });
      return ok ? v.tok(out) : undefined;
    },
  },
  {
    // `'…' -replace 'x','y'` / `-creplace`, and `'…'.Replace('x','y')`.
    re: new RegExp(
      String
        .raw`(${LIT})\s{0,2}(?:-(c?)replace\s{0,3}|\.replace\s{0,2}\(\s{0,2})(${LIT})\s{0,2},\s{0,2}(${LIT})\s{0,2}\)?`,
      "gi",
    ),
    fn: (v, m) => {
      const out = replaceAll(
        v.value(m[1]),
        v.value(m[3]),
        v.value(m[4]),
        m[2] === "" && m[0].includes("-"),
      );
      return out === undefined ? undefined : v.tok(out);
    },
  },
  // `'…'[-1..-20] -join ''`: reversed.
  method(
    String.raw`\[\s{0,2}-1\s{0,2}\.\.\s{0,2}-[^\]\n]{1,6100}\]\s{0,2}(?:-join\s{0,2}(?:''|"")?)?`,
    (a) => reverse(a),
  ),
  {
    // Invoke-Obfuscation's ENCODING families (ASCII, hex, octal, binary, BXOR): a literal list
    // split on its delimiter and turned back into characters one item at a time,
    // `'49,45,58' -split ',' | % {[char][Convert]::ToInt32($_,16)}`,
    // `'73~69'.Split('~') | ForEach-Object {[char][int]$_}`, `… | % {[char]($_ -bxor 0x2a)}`.
    re: new RegExp(
      String
        .raw`(${LIT})\s{0,2}(?:-[ci]?split\s{0,2}(${LIT})|\.split\s{0,2}\(\s{0,2}(${LIT})\s{0,2}\))\s{0,2}\|\s{0,2}(?:%|foreach(?:-object)?)\s{0,2}\{\s{0,2}\[char\]\s{0,2}\(?\s{0,2}(?:\[(?:system\.)?convert\]::to(?:u?int(?:16|32|64)|byte)\s{0,2}\(\s{0,2}\(?\s{0,2}\$_(?:\.tostring\(\s{0,2}\))?\s{0,2}\)?\s{0,2},\s{0,2}(\d{1,2})\s{0,2}\)|\[int\]\s{0,2}\$_|\$_\s{0,2}-bxor\s{0,2}(${NUM})|\$_)\s{0,2}\)?\s{0,2}\}`,
      "gi",
    ),
    fn: (v, m) => {
      const items = splitItems(v.value(m[1]), m[2] ?? m[3], m[2] !== undefined, v);
      const radix = m[4] === undefined ? 10 : Number(m[4]);
      const key = m[5] === undefined ? 0 : Number(m[5]);
      if (items.length < 4 || ![2, 8, 10, 16].includes(radix)) return undefined;
      let out = "";
      for (const it of items) {
        if (!/^[0-9a-f]{1,16}$/i.test(it)) return undefined;
        const c = parseInt(it, radix) ^ key;
        if (!(c >= 0 && c < 0x110000)) return undefined;
        out += String.fromCodePoint(c);
      }
      return printable(out) ? v.tok(out) : undefined;
    },
  },
  {
    // `('Set-~MpPr~efer' -split '~') -join ''`, `-join ('…'.Split('~'))`: the pieces rejoined.
    re: new RegExp(
      String
        .raw`\(\s{0,2}(${LIT})\s{0,2}(?:-[ci]?split\s{0,2}(${LIT})|\.split\s{0,2}\(\s{0,2}(${LIT})\s{0,2}\))\s{0,2}\)\s{0,2}-join\s{0,2}(${LIT})|-join\s{0,2}\(\s{0,2}(${LIT})\s{0,2}(?:-[ci]?split\s{0,2}(${LIT})|\.split\s{0,2}\(\s{0,2}(${LIT})\s{0,2}\))\s{0,2}\)`,
      "gi",
    ),
    fn: (v, m) => {
      const items = m[1] !== undefined
        ? splitItems(v.value(m[1]), m[2] ?? m[3], m[2] !== undefined, v)
        : splitItems(v.value(m[5]), m[6] ?? m[7], m[6] !== undefined, v);
      if (items.length < 2) return undefined;
      return v.tok(items.join(m[4] === undefined ? "" : v.value(m[4])));
    },
  },
  {
    // `[String]::Join('', …)` of a value already decoded.
    re: new RegExp(
      String
        .raw`\[(?:system\.)?string\]::join\s{0,2}\(\s{0,2}(${LIT})\s{0,2},\s{0,2}\(?\s{0,2}(${LIT})\s{0,2}\)?\s{0,2}\)`,
      "gi",
    ),
    fn: (v, m) => v.value(m[1]) === "" ? v.tok(v.value(m[2])) : undefined,
  },
  {
    // `$env:ComSpec[4,15,25]`, `$PSHome[4]`, `$VerbosePreference.ToString()[1,3]`.
    re:
      /\$(?:env:)?(comspec|public|pshome|shellid|verbosepreference)(?:\.tostring\(\))?\s{0,2}\[\s{0,2}(\d{1,2}(?:\s{0,2},\s{0,2}\d{1,2}){0,5})\s{0,2}\]/gi,
    fn: (v, m) => {
      const s = BUILTIN[m[1].toLowerCase()];
      return v.tok(m[2].split(",").map((n) => s[Number(n)] ?? "").join(""));
    },
  },
  {
    // `[Convert]::FromBase64String('…')`, with an encoding's `GetString` around it or not.
    re: new RegExp(
      String
        .raw`(?:\[(?:system\.)?text\.encoding\]::(\w{3,9})\.getstring\s{0,2}\(\s{0,2})?\[(?:system\.)?convert\]::frombase64string\s{0,2}\(\s{0,2}(${LIT})\s{0,2}\)(\s{0,2}\))?`,
      "gi",
    ),
    fn: (v, m) => {
      const bytes = fromBase64(v.value(m[2]));
      if (bytes === undefined) return undefined;
      if (m[1] && !m[3]) return undefined;
      return v.tok(m[1] && /^unicode$/i.test(m[1]) ? utf16le(bytes) : bytes);
    },
  },
  {
    // Round 46: the memory stream kept in a variable first —
    // `$m = New-Object IO.MemoryStream(,<bytes>); … DeflateStream($m, …)` reads as the inline form.
    re: new RegExp(
      String
        .raw`\$(\w{1,40})\s{0,2}=\s{0,2}\(?\s{0,2}new-object\s{1,3}(?:system\.)?io\.memorystream\s{0,2}\(\s{0,2},?\s{0,2}(${LIT})\s{0,2}\)?\s{0,2}\)?([;\n][^;\n]{0,300}?(?:deflate|gzip)stream\s{0,2}\(\s{0,2})\$\1\b`,
      "gi",
    ),
    fn: (_v, m) => `${m[3]}${m[2]}`,
  },
  {
    // `New-Object IO.Compression.DeflateStream([IO.MemoryStream]<bytes>, …)`: the bytes inflated.
    re: new RegExp(
      String
        .raw`(?:deflate|gzip)stream\s{0,2}\(\s{0,2}(?:\[(?:system\.)?io\.memorystream\]\s{0,2}|\(?\s{0,2}new-object\s{1,3}(?:system\.)?io\.memorystream\s{0,2}\(?\s{0,2}(?:,\s{0,2})?)?(${LIT})`,
      "gi",
    ),
    fn: (v, m) => {
      const out = inflate(v.value(m[1]));
      return out === undefined ? undefined : `DeflateStream(${v.tok(out)}`;
    },
  },
];

/**
 * `-split` takes a regex (a literal-safe one is applied as written; another is taken literally);
 * `.Split()` splits at any one of its characters.
 */
function splitItems(s: string, sepLit: string, regex: boolean, v: Values): string[] {
  const sep = v.value(sepLit);
  if (sep.length === 0) return [];
  let re: RegExp;
  // A pattern without groups or quantifiers (`[~@]`, `x|y`) cannot backtrack; anything else is
  // split on as written.
  if (regex && /^[^()*+?{}\\]{1,20}$/.test(sep)) {
    try {
      re = new RegExp(sep, "i");
    } catch {
      re = new RegExp(sep.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
    }
  } else if (regex) re = new RegExp(sep.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
  else re = new RegExp(`[${sep.replace(/[\]\\^-]/g, "\\$&")}]`);
  return s.split(re).filter((x) => x !== "").slice(0, 5000);
}

/**
 * Backtick escapes inside words (`I`E`X`, `N`ew-Obj`ect`) and before `$` (`` `$true `` in a
 * double-quoted string is `$true`): PowerShell drops them.
 */
export function dropBackticks(text: string): string {
  return text.includes("`")
    ? text.replace(/(?<=[A-Za-z0-9-])`(?=[A-Za-z0-9-])|`(?=\$)/g, "")
    : text;
}

/** `LIT -join ''` around an already decoded value: the value. */
export const PS_JOIN: Rewrite = {
  re: new RegExp(
    String
      .raw`\(\s{0,2}(${LIT})\s{0,2}\)\s{0,2}-join\s{0,2}(?:''|"")|-join\s{0,2}\(\s{0,2}(${LIT})\s{0,2}\)`,
    "gi",
  ),
  fn: (v, m) => v.tok(v.value(m[1] ?? m[2])),
};
