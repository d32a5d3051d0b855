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
} from "./_deobf_core.ts";

/** Any literal the PowerShell decoders start from. */
export const PS_GATE =
  /\[char|\[byte\[\]\]|-join|\biex\b|invoke-expression|scriptblock\]|-f\s{1,3}['"$(]|-replace\s|-creplace\s|frombase64string|deflatestream|gzipstream|\[-1\s{0,2}\.\.|\$env:(?:comspec|public)\[|\$pshome\[|\$shellid\[|verbosepreference/i;

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

/** Backtick escapes inside words (`I`E`X`, `N`ew-Obj`ect`): PowerShell drops them. */
export function dropBackticks(text: string): string {
  return text.includes("`") ? text.replace(/(?<=[A-Za-z0-9-])`(?=[A-Za-z0-9-])/g, "") : text;
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
