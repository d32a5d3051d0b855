/**
 * Email addresses written to dodge scrapers: `jane [at] acme [dot] io`, `jane(at)acme.io`,
 * `john dot doe at fastmail dot com`, `jane＠acme.io`. The `@` scan of the PII detector cannot see
 * them. A spelled-out `at` between plain words (`look at acme.io`) is not an address: a bare
 * ` at ` needs the domain spelled with ` dot ` too, and the domain must end in a known TLD.
 */

/** One address found: its span. */
export interface EmailSpan {
  start: number;
  end: number;
}

/**
 * Only text that passes this is read: a spelled-out `dot` (`[dot]`, `(dot)`, ` dot `) or a
 * fullwidth `＠`. One `includes` is all the budget allows on every string (a regex for the
 * bracketed `at` alone costs ~15% of the PII detector), so `jane[at]acme.io` with a real dot and
 * an upper-case `DOT` are not read.
 */
export function obfuscatedEmailPossible(text: string): boolean {
  return text.includes("dot") || text.includes("＠");
}

const TLDS =
  "com|org|net|edu|gov|mil|int|io|co|ai|app|dev|me|info|biz|xyz|email|mail|tech|online|site|cloud|eu|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|cz|pt|ie|ru|ua|tr|gr|hu|ro|cn|jp|kr|in|br|mx|ar|cl|au|nz|ca|us|za|sg|hk|tw|il";
const DOT = String
  .raw`(?:[ \t]?[\[({<][ \t]?(?:dot|DOT|Dot)[ \t]?[\])}>][ \t]?|[ \t]+(?:dot|DOT)[ \t]+|\.)`;
const AT = String
  .raw`(?<at>[ \t]?[\[({<][ \t]?(?:at|AT|At)[ \t]?[\])}>][ \t]?|[ \t]+(?:at|AT)[ \t]+|[ \t]?＠[ \t]?)`;
const WORD = String.raw`[A-Za-z0-9_%+\-]{1,64}`;
const LABEL = String.raw`[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?`;

const OBFUSCATED = new RegExp(
  String
    .raw`(?<![A-Za-z0-9_%+\-.])${WORD}(?:${DOT}${WORD}){0,3}${AT}(?<domain>${LABEL}(?:${DOT}${LABEL}){0,3}${DOT}(?:${TLDS}))(?![A-Za-z0-9\-])`,
  "g",
);
/** The domain uses a spelled-out dot. */
const SPELLED_DOT = /[ \t\[({<](?:dot|DOT|Dot)[ \t\])}>]/;

/** Obfuscated addresses in `text` (call only when {@link OBFUSCATED_EMAIL_GATE} holds). */
export function obfuscatedEmailHits(text: string): EmailSpan[] {
  const out: EmailSpan[] = [];
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(text); m; m = OBFUSCATED.exec(text)) {
    const at = m.groups!.at;
    const plainAt = /^[ \t]+(?:at|AT)[ \t]+$/.test(at);
    if (at.includes("@") === false && plainAt && !SPELLED_DOT.test(m.groups!.domain)) {
      // `look at acme.io`: a plain " at " needs " dot " in the domain; retry after the "at".
      OBFUSCATED.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
