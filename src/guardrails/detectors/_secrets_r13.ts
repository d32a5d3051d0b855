/**
 * Round-13 disguises of secrets, each rebuilt so the detector's own rules (or a fixed provider
 * format) judge the result:
 *
 * - a fixed-length provider token spaced into groups or cut over lines (`AKIA EKY6 ZRFX …`,
 *   `github_pat_…\n…`): the pieces after the prefix must add up to exactly the format's length
 *   at a piece boundary, so prose after a prefix does not join up;
 * - the AWS secret key written in groups after its key id (40 characters in pieces);
 * - string literals joined at run time (`["sk_live_", "0Jn…", "cdD…"]`, `"a" + "b"`);
 * - a base64 value inside a larger text (`DEPLOY_CREDS_B64=QVdT…`) that decodes to text;
 * - a Windows password typed as a positional argument (`net use … /user:X P@ss`,
 *   `net user bob P@ss /add`).
 */
import { isPlaceholder } from "./_secrets_values.ts";

/** A rebuilt candidate: the span it covers in the text and what a parser would see. */
export type Rebuilt = [start: number, end: number, rebuilt: string];

/**
 * Fixed-length provider formats: the prefix, the whole token once joined, and the next piece
 * (1-6 separator characters, then a run of the format's alphabet). Formats whose alphabet has
 * `-` or `_` do not take them as separators.
 */
const FIXED_FORMATS: ReadonlyArray<[prefix: RegExp, whole: RegExp, head: RegExp, next: RegExp]> = [
  [
    /github_pat_/y,
    /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/,
    /[A-Za-z0-9_]{0,100}/y,
    /[\s"'+,.\-]{1,6}([A-Za-z0-9_]{1,100})/y,
  ],
  [
    /(?:AKIA|ASIA)/y,
    /^(?:AKIA|ASIA)[A-Z0-9]{16}$/,
    /[A-Z0-9]{0,30}/y,
    /[\s"'+,.\-_:]{1,6}([A-Z0-9]{1,30})/y,
  ],
  [
    /AIza/y,
    /^AIza[0-9A-Za-z_-]{35}$/,
    /[A-Za-z0-9_-]{0,60}/y,
    /[\s"'+,.]{1,6}([A-Za-z0-9_-]{1,60})/y,
  ],
  [
    /glpat-/y,
    /^glpat-[0-9A-Za-z_-]{20}$/,
    /[A-Za-z0-9_-]{0,40}/y,
    /[\s"'+,.]{1,6}([A-Za-z0-9_-]{1,40})/y,
  ],
];
/** Where a spaced token may start (a prefix not inside a longer word). */
const PREFIX_AT = /(?<![A-Za-z0-9_])(?:github_pat_|AKIA|ASIA|AIza|glpat-)/g;

/** A run of letters, digits and symbols that looks random (not a word or a number). */
function mixed(body: string, aws: boolean): boolean {
  return aws ? /\d/.test(body) && /[A-Z]/.test(body) : /\d/.test(body) && /[a-z]/.test(body) &&
    /[A-Z]/.test(body);
}

/** Fixed-length tokens spaced into groups or cut over lines, joined back. */
export function spacedTokens(text: string): Rebuilt[] {
  const out: Rebuilt[] = [];
  PREFIX_AT.lastIndex = 0;
  for (let m = PREFIX_AT.exec(text); m && out.length < 16; m = PREFIX_AT.exec(text)) {
    const format = FIXED_FORMATS.find(([p]) => {
      p.lastIndex = m!.index;
      return p.test(text);
    });
    if (!format) continue;
    const [, whole, headRe, next] = format;
    headRe.lastIndex = m.index + m[0].length;
    const head = m[0] + headRe.exec(text)![0];
    let joined = head;
    let at = m.index + head.length;
    for (let pieces = 0; pieces < 12 && joined.length < 120; pieces++) {
      next.lastIndex = at;
      const n = next.exec(text);
      if (!n) break;
      joined += n[1];
      at = next.lastIndex;
      if (whole.test(joined)) {
        const body = joined.slice(m[0].length);
        if (mixed(body, m[0] === "AKIA" || m[0] === "ASIA")) out.push([m.index, at, joined]);
        break;
      }
    }
  }
  return out;
}

/** Groups of the AWS secret key: runs of its alphabet split by one to three spaces. */
const SECRET_RUN = /[A-Za-z0-9\/+]{1,40}/g;

/**
 * The AWS secret access key written in groups within 200 characters after a key id (`id` is the
 * span of the rebuilt id): 40 characters in two or more pieces, upper and lower case mixed.
 */
export function spacedAwsSecret(text: string, idEnd: number): [number, number] | undefined {
  const window = text.slice(idEnd, idEnd + 240);
  const runs: Array<[number, number]> = [];
  SECRET_RUN.lastIndex = 0;
  for (let r = SECRET_RUN.exec(window); r && runs.length < 40; r = SECRET_RUN.exec(window)) {
    runs.push([r.index, r.index + r[0].length]);
  }
  for (let i = 0; i < runs.length; i++) {
    let len = 0;
    for (let j = i; j < runs.length && len < 40; j++) {
      if (j > i && !/^ {1,3}$/.test(window.slice(runs[j - 1][1], runs[j][0]))) break;
      len += runs[j][1] - runs[j][0];
      if (len === 40 && j > i) {
        const joined = window.slice(runs[i][0], runs[j][1]).replace(/ /g, "");
        if (/[a-z]/.test(joined) && /[A-Z]/.test(joined) && /[\d\/+]/.test(joined)) {
          return [idEnd + runs[i][0], idEnd + runs[j][1]];
        }
      }
    }
  }
  return undefined;
}

/** A quoted literal of token characters (the pieces of a joined secret). */
const LITERAL = /(["'`])([A-Za-z0-9_\-+\/=.:]{1,100})\1/g;
/** Between two pieces: spaces, then an optional `,` `+` `..` `||` or `.` joiner, then spaces. */
const JOINER = /\s{0,4}(?:(?:,|\+|\.\.|\|\||\.)\s{0,4})?(["'`])([A-Za-z0-9_\-+\/=.:]{1,100})\1/y;

/** Runs of two or more string literals (array items, `+`, `..`, `||`), each run joined. */
export function joinedLiterals(text: string): Rebuilt[] {
  const out: Rebuilt[] = [];
  LITERAL.lastIndex = 0;
  let budget = 256;
  for (let m = LITERAL.exec(text); m && budget > 0 && out.length < 16; m = LITERAL.exec(text)) {
    budget--;
    let joined = m[2];
    let end = m.index + m[0].length;
    let pieces = 1;
    while (pieces < 12 && joined.length < 300) {
      JOINER.lastIndex = end;
      const n = JOINER.exec(text);
      if (!n) break;
      joined += n[2];
      end = JOINER.lastIndex;
      pieces++;
    }
    if (pieces >= 2 && joined.length >= 16) out.push([m.index, end, joined]);
    LITERAL.lastIndex = end;
  }
  return out;
}

/** Names and prefixes that a credential container holds in clear before it is base64-wrapped. */
const WRAPPED_WORDS = [
  "AKIA",
  "ASIA",
  "SECRET",
  "secret",
  "PASSWORD",
  "password",
  "TOKEN",
  "token",
  "sk_live_",
  "ghp_",
  "github_pat_",
  "xoxb-",
  "PRIVATE KEY",
  // Round 15: a Docker config (`{"auths": …}`) as a Kubernetes `.dockerconfigjson` value.
  "auths",
];

/**
 * The base64 text of `word` at each of the three byte alignments, only the characters that its
 * bytes alone decide: a base64 run holding the word contains one of them.
 */
export function base64Fragments(word: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const enc = btoa("\0".repeat(k) + word + "\0\0");
    const from = Math.ceil((8 * k) / 6);
    const to = Math.floor((8 * (k + word.length)) / 6);
    if (to - from >= 4) out.push(enc.slice(from, to));
  }
  return out;
}

/** Fragments of {@link WRAPPED_WORDS}: the literal gate of {@link embeddedBase64}. */
export const WRAPPED_FRAGMENTS: readonly string[] = [
  ...new Set(WRAPPED_WORDS.flatMap(base64Fragments)),
];

/**
 * A base64 run inside a text. The look-behind makes every start inside a word fail at once, so
 * the search is one pass (without it each word would be re-read from every letter).
 */
const B64_RUN = /(?<![A-Za-z0-9+\/])[A-Za-z0-9+\/]{24,1048576}={0,2}/g;

/** Base64 runs inside a larger text that decode to printable text (at most 8 per text). */
export function embeddedBase64(text: string): Rebuilt[] {
  const out: Rebuilt[] = [];
  B64_RUN.lastIndex = 0;
  let tries = 0;
  for (let m = B64_RUN.exec(text); m && tries < 8; m = B64_RUN.exec(text)) {
    const run = m[0];
    const bare = run.replace(/=+$/, "");
    // Mixed case and a digit: words, paths and hex digests are not base64 of text.
    if (run.length > 8192 || bare.length % 4 === 1 || !/[a-z]/.test(run) || !/[A-Z]/.test(run)) {
      continue;
    }
    tries++;
    let body: string;
    try {
      body = atob(bare.padEnd(Math.ceil(bare.length / 4) * 4, "="));
    } catch {
      continue;
    }
    if (/^[\x20-\x7e\t\r\n]{16,}$/.test(body)) out.push([m.index, m.index + run.length, body]);
  }
  return out;
}

/**
 * `net use … /user:NAME PASSWORD`, `net use \\host\share PASSWORD /user:NAME` and
 * `net user NAME PASSWORD /add`: the password is a positional argument (`*` prompts for it).
 */
const NET_PASSWORD = [
  /\bnet(?:\.exe)?[ \t]{1,4}use\b[^\n]{0,200}?[ \t]\/u(?:ser)?:(?:"[^"\n]{1,100}"|[^\s"]{1,100})[ \t]{1,8}("?)([^\s"\/*][^\s"]{3,127})\1(?=\s|$)/gi,
  /\bnet(?:\.exe)?[ \t]{1,4}use[ \t]{1,4}(?:[a-z]:[ \t]{1,4}|\*[ \t]{1,4})?\\\\[^\s"]{1,200}[ \t]{1,8}("?)([^\s"\/*][^\s"]{3,127})\1[ \t]{1,8}\/u(?:ser)?:/gi,
  /\bnet(?:\.exe)?[ \t]{1,4}user[ \t]{1,4}(?:"[^"\n]{1,64}"|[^\s\/"]{1,64})[ \t]{1,8}("?)([^\s"\/*][^\s"]{3,127})\1[ \t]{1,8}\/(?:add|domain)\b/gi,
];

/** Spans of Windows passwords given as positional `net use` / `net user` arguments. */
export function netCommandPasswords(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!/\bnet(?:\.exe)?[ \t]{1,4}use/i.test(text)) return out;
  // (the detector calls this only when its literal pass saw "et use": few texts)
  for (const re of NET_PASSWORD) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && out.length < 8; m = re.exec(text)) {
      const pw = m[2];
      if (isPlaceholder(pw) || /^(?:\/|%|\$|\\\\)/.test(pw) || /^[a-z]:$/i.test(pw)) continue;
      const start = m.index + m[0].lastIndexOf(pw);
      out.push([start, start + pw.length]);
    }
  }
  return out;
}
