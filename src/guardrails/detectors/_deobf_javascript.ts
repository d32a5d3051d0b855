/**
 * JavaScript obfuscation read back: `atob`, `Buffer.from(…, 'base64'|'hex').toString()`,
 * `unescape`/`decodeURIComponent`, `String.fromCharCode(…)` (spread or `apply` of a code list
 * too), `'…'.split('').reverse().join('')`, `\x`/`\u` escapes inside literals (read by the shared
 * literal reader), `require('child_'+'process')` and `obj['ex'+'ecSync']` names joined, and the
 * string array of javascript-obfuscator (`var _0x1f2e=['…', …]` indexed as `_0x1f2e[0x3]`)
 * inlined when the array is not rotated (a rotated array still shows its strings decoded).
 */
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
  type Values,
} from "./_deobf_core.ts";

/** Any literal the JavaScript decoders start from. */
export const JS_GATE =
  /\batob\b|buffer\.from|fromcharcode|unescape|decodeuri|\.reverse\s{0,2}\(\s{0,2}\)\s{0,2}\.join|_0x[0-9a-f]{3}/i;

function buffer(a: string, b: string | undefined): string | undefined {
  const enc = (b ?? "utf8").toLowerCase();
  if (enc === "base64" || enc === "base64url") return fromBase64(a);
  if (enc === "hex") return fromHex(a);
  return enc === "utf8" || enc === "utf-8" || enc === "latin1" || enc === "binary" ? a : undefined;
}

/** `var _0xabc = ['…', '…']`: the array's literals, by name. */
const STRING_ARRAY = new RegExp(
  String
    .raw`(?:var|let|const)\s{1,3}(_0x[0-9a-f]{3,8})\s{0,2}=\s{0,2}\[\s{0,2}(${LIT}(?:\s{0,2},\s{0,2}${LIT}){1,500})\s{0,2}\]`,
  "gi",
);
const LIT_G = new RegExp(LIT, "g");

/** javascript-obfuscator string arrays inlined where they are indexed by a literal number. */
export function inlineStringArrays(text: string, v: Values): string {
  if (!/_0x[0-9a-f]{3}/i.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(STRING_ARRAY)) {
    const items = [...m[2].matchAll(LIT_G)].map((l) => v.value(l[0]));
    const index = new RegExp(
      String.raw`${m[1]}\s{0,2}[\[(]\s{0,2}(0x[0-9a-f]{1,4}|\d{1,4})\s{0,2}[\])]`,
      "gi",
    );
    out = out.replace(index, (all, n) => {
      const s = items[Number(n)];
      return s === undefined ? all : v.tok(s);
    });
    out = inlineAccessors(out, m[1], items, v);
  }
  return out;
}

/**
 * The accessor javascript-obfuscator wraps its array in (`stringArrayWrappersCount`,
 * `stringArrayIndexShift`, base64 `stringArrayEncoding` with `atob`): `var f = function (i) {
 * i = i - 0x1a; return atob(ARR[i]); }` (or a function declaration); each `f(0x1c)` call becomes
 * the decoded item.
 */
function inlineAccessors(text: string, arr: string, items: string[], v: Values): string {
  const def = new RegExp(
    String
      .raw`(?:(?:var|let|const)\s{1,3}(_?\w{1,20})\s{0,2}=\s{0,2}function\s{0,2}|function\s{1,3}(_?\w{1,20})\s{0,2})\(\s{0,2}(\w{1,20})\s{0,2}(?:,\s{0,2}\w{1,20}\s{0,2})?\)\s{0,2}\{\s{0,2}(?:\3\s{0,2}=\s{0,2}\3\s{0,2}-\s{0,2}(0x[0-9a-f]{1,6}|\d{1,6})\s{0,2};\s{0,2})?return\s{1,3}(atob|decodeURIComponent|unescape)?\s{0,2}\(?\s{0,2}${arr}\s{0,2}\[\s{0,2}\3\s{0,2}\]\s{0,2}\)?\s{0,2};?\s{0,2}\}`,
    "gi",
  );
  let out = text;
  for (const d of text.matchAll(def)) {
    const name = d[1] ?? d[2];
    const shift = d[4] === undefined ? 0 : Number(d[4]);
    const decode = d[5]?.toLowerCase();
    const calls = new RegExp(
      String.raw`(?<![\w$.])${
        name.replace(/\$/g, "\$")
      }\s{0,2}\(\s{0,2}(0x[0-9a-f]{1,6}|\d{1,6})\s{0,2}\)`,
      "gi",
    );
    out = out.replace(calls, (all, n) => {
      const item = items[Number(n) - shift];
      if (item === undefined) return all;
      const s = decode === "atob"
        ? fromBase64(item)
        : decode === undefined
        ? item
        : fromPercent(item);
      return s === undefined ? all : v.tok(s);
    });
  }
  return out;
}

export const JS_REWRITES: readonly Rewrite[] = [
  call(String.raw`(?:window\.)?atob`, (a) => fromBase64(a)),
  call(String.raw`(?:unescape|decodeURIComponent|decodeURI)`, (a) => fromPercent(a)),
  call(String.raw`Buffer\.from`, buffer),
  method(
    String
      .raw`\.\s{0,2}toString\s{0,2}\(\s{0,2}(?:['"](?:utf-?8|ascii|latin1|binary)['"])?\s{0,2}\)`,
    (a) => a,
  ),
  method(
    String
      .raw`\.split\s{0,2}\(\s{0,2}(?:''|"")\s{0,2}\)\s{0,2}\.reverse\s{0,2}\(\s{0,2}\)\s{0,2}\.join\s{0,2}\(\s{0,2}(?:''|"")\s{0,2}\)`,
    (a) => reverse(a),
  ),
  {
    // `String.fromCharCode(99, 117)` with the numbers as arguments: the whole call becomes the
    // string (before the code-list reader, which would replace only the parenthesised list).
    re:
      /String\.fromCharCode\s{0,2}\(\s{0,2}((?:0x[0-9a-fA-F]{1,4}|\d{1,5})(?:\s{0,2},\s{0,2}(?:0x[0-9a-fA-F]{1,4}|\d{1,5})){0,2000})\s{0,2}\)/g,
    fn: (v, m) => {
      let s = "";
      for (const n of m[1].split(",")) s += String.fromCodePoint(Number(n.trim()) % 0x110000);
      return v.tok(s);
    },
  },
  codeList(String.raw`fromCharCode(?:\.apply)?`),
];
