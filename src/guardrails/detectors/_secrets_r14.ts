/**
 * Round-14 disguise of secrets: a provider token spaced into groups where the cut also runs
 * through the public prefix (`tskey-au th-kuhx1 gL9CqZCN TRL-0v1q …`), so neither the prefix
 * literal nor the whole-token rules see it. The prefix is found with an optional single space
 * between its characters, the groups after it are joined back, and the detector's own rules
 * judge the joined token (so prose after a prefix-like word does not count).
 */
import type { Rebuilt } from "./_secrets_r13.ts";

/** Public prefixes of variable-length tokens whose rules anchor on the prefix. */
const PREFIXES = [
  "tskey-auth-",
  "tskey-api-",
  "tskey-client-",
  "tskey-scim-",
  "tskey-webhook-",
  "xoxb-",
  "xoxp-",
  "sk_live_",
  "rk_live_",
  "hvs.",
  "glpat-",
  "github_pat_",
  // Round 15: Anthropic keys (`sk-ant-api03 -vUbo…` groups after the prefix).
  "sk-ant-",
];
const spaced = (p: string): string => [...p].map((c) => c.replace(/[.\-]/, "\\$&")).join("[ ]?");
/** A prefix with an optional single space between its characters. */
const CUT_PREFIX = new RegExp(
  `(?<![A-Za-z0-9_])(?:${PREFIXES.map(spaced).join("|")})`,
  "g",
);
/** One group after the prefix: a run of the token alphabet after one or two spaces. */
const GROUP = /[ ]{1,2}([A-Za-z0-9_-]{1,40})(?![^\s.,;:!?)'"])/y;
const FIRST = /[A-Za-z0-9_-]{0,40}/y;
/** A word of prose ends the token: a random group is rarely all lower-case or Capitalised letters. */
const WORD = /^[A-Z]?[a-z]{2,}$/;

/**
 * Tokens whose prefix or body is cut into space-separated groups, each as its joins longest
 * first (the caller keeps the first join its rules accept). The caller gates on pieces of the
 * prefixes (`tsk`, `key-`, `xox` …) from its literal pass.
 */
export function cutPrefixTokens(text: string): Rebuilt[][] {
  return rejoinPieces(text, CUT_PREFIX, FIRST, () => GROUP, { pieces: 16, length: 200 });
}

/**
 * The shared join: for each `prefix` match (global), the rest of its first piece (`first`,
 * sticky), then up to `limits.pieces` more pieces (`pieceFor(prefix)`, sticky, the piece in group
 * 1) until a word of prose or `limits.length` characters; each token's joins longest first.
 */
export function rejoinPieces(
  text: string,
  prefix: RegExp,
  first: RegExp,
  pieceFor: (prefix: string) => RegExp,
  limits: { pieces: number; length: number },
): Rebuilt[][] {
  if (text.length > 65536) return [];
  const out: Rebuilt[][] = [];
  prefix.lastIndex = 0;
  for (let m = prefix.exec(text); m && out.length < 8; m = prefix.exec(text)) {
    first.lastIndex = m.index + m[0].length;
    const head = m[0].replace(/ /g, "");
    const piece = pieceFor(head);
    let joined = head + first.exec(text)![0];
    let at = first.lastIndex;
    const joins: Rebuilt[] = [];
    for (let n = 0; n < limits.pieces && joined.length < limits.length; n++) {
      piece.lastIndex = at;
      const g = piece.exec(text);
      if (!g || WORD.test(g[1])) break;
      joined += g[1];
      at = piece.lastIndex;
      joins.push([m.index, at, joined]);
    }
    if (joins.length > 0) out.push(joins.reverse());
    prefix.lastIndex = Math.max(prefix.lastIndex, at);
  }
  return out;
}
