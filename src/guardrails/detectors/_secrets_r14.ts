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
  if (text.length > 65536) return [];
  const out: Rebuilt[][] = [];
  CUT_PREFIX.lastIndex = 0;
  for (let m = CUT_PREFIX.exec(text); m && out.length < 8; m = CUT_PREFIX.exec(text)) {
    FIRST.lastIndex = m.index + m[0].length;
    let joined = m[0].replace(/ /g, "") + FIRST.exec(text)![0];
    let at = FIRST.lastIndex;
    const joins: Rebuilt[] = [];
    for (let n = 0; n < 16 && joined.length < 200; n++) {
      GROUP.lastIndex = at;
      const g = GROUP.exec(text);
      if (!g || WORD.test(g[1])) break;
      joined += g[1];
      at = GROUP.lastIndex;
      joins.push([m.index, at, joined]);
    }
    if (joins.length > 0) out.push(joins.reverse());
    CUT_PREFIX.lastIndex = Math.max(CUT_PREFIX.lastIndex, at);
  }
  return out;
}
