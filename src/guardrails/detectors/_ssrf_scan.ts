/**
 * Character-level scanning helpers of the SSRF detector. They replace per-character regex tests
 * and a whole-text scheme regex with `charCodeAt` loops that jump colon to colon, and answer
 * exactly what the regexes did (the tests compare them on every UTF-16 code unit).
 */

/** `/\s/` for one UTF-16 code unit: ECMAScript WhiteSpace and LineTerminator. */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/[\s"'<>`]/`: where a URL ends in running text. */
export function endsUrl(c: number): boolean {
  return c === 34 || c === 39 || c === 60 || c === 62 || c === 96 || isJsSpace(c);
}

/** `/[\/?\s"'<>`]/`: where the authority of a URL ends. */
export function endsAuthority(c: number): boolean {
  return c === 47 || c === 63 || endsUrl(c);
}

/** `[a-z0-9+.\-]` case-insensitively: a character of a scheme name. */
function schemeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 ||
    c === 45 || c === 46;
}

/** Longest scheme name the detector reads: a letter and up to 30 more characters. */
const MAX_SCHEME = 31;

/**
 * The next match of `/(?<![a-z0-9+.\-])([a-z][a-z0-9+.\-]{0,30}):/gi` at or after `from`, as
 * `[start, colon]`; undefined when there is none. The regex can only end at a colon, and the
 * scheme-character run before that colon must be whole (the look-behind), start with a letter and
 * be at most 31 long: so jump colon to colon and walk back.
 */
export function nextScheme(view: string, from: number): [number, number] | undefined {
  for (let c = view.indexOf(":", from); c >= 0; c = view.indexOf(":", c + 1)) {
    let p = c;
    while (p > 0 && c - p <= MAX_SCHEME && schemeChar(view.charCodeAt(p - 1))) p--;
    const len = c - p;
    // A run that starts before `from` cannot match: the regex starts there, and the look-behind
    // forbids starting inside the run.
    if (len === 0 || len > MAX_SCHEME || p < from) continue;
    const first = view.charCodeAt(p) | 0x20;
    if (first >= 97 && first <= 122) return [p, c];
  }
  return undefined;
}
