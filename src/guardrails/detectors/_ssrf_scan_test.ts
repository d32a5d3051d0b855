import assert from "node:assert/strict";
import { endsAuthority, endsUrl, isJsSpace, nextScheme } from "./_ssrf_scan.ts";

Deno.test("isJsSpace(), endsUrl() and endsAuthority() agree with their regexes on every code unit", () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isJsSpace(c), /\s/.test(ch), `\\s at U+${c.toString(16)}`);
    assert.equal(endsUrl(c), /[\s"'<>`]/.test(ch), `url end at U+${c.toString(16)}`);
    assert.equal(endsAuthority(c), /[\/?\s"'<>`]/.test(ch), `authority end at U+${c.toString(16)}`);
  }
});

const SCHEME_RE = /(?<![a-z0-9+.\-])([a-z][a-z0-9+.\-]{0,30}):/gi;
const regexMatches = (s: string): Array<[number, number]> =>
  [...s.matchAll(SCHEME_RE)].map((m) => [m.index, m.index + m[0].length - 1]);
const scanMatches = (s: string): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  for (let m = nextScheme(s, 0); m; m = nextScheme(s, m[1] + 1)) out.push(m);
  return out;
};

Deno.test("nextScheme() finds what the scheme regex finds on URL-like text", () => {
  const cases = [
    "see http://a.example/x and HTTPS://b:80 or jar:http://c!/ now",
    "Note: a:b:c::d x1:y -http:z .ftp: +a: 9a:",
    "ssh2.exec://h compress.zlib://f " + "a".repeat(31) + ": " + "b".repeat(32) + ":",
    "é:x ü1http:// http\u00a0:// ＨＴＴＰ://x",
    ":",
    "",
    "a:",
  ];
  for (const s of cases) assert.deepEqual(scanMatches(s), regexMatches(s), s);
});

Deno.test("nextScheme() finds what the scheme regex finds on random text", () => {
  const alphabet = "aZ9+.-:/ _é\u212a";
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let n = 0; n < 3000; n++) {
    let s = "";
    const len = Math.floor(rnd() * 60);
    for (let i = 0; i < len; i++) {
      s += rnd() < 0.1
        ? "a".repeat(Math.floor(rnd() * 40))
        : alphabet[Math.floor(rnd() * alphabet.length)];
    }
    assert.deepEqual(scanMatches(s), regexMatches(s), JSON.stringify(s));
  }
});

Deno.test("nextScheme() does not start inside a scheme run that begins before `from`", () => {
  // The regex started at index 2 cannot match "ttp:" (its look-behind sees the "h").
  const re = new RegExp(SCHEME_RE.source, "gi");
  re.lastIndex = 2;
  assert.equal(re.exec("xhttp:"), null);
  assert.equal(nextScheme("xhttp:", 2), undefined);
  assert.deepEqual(nextScheme("xhttp: ftp:", 2), [7, 10]);
});
