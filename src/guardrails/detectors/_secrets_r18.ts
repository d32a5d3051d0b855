/**
 * Round-18 disguise of secrets: a provider token cut into pieces that are not on one line or not
 * behind an intact prefix, so no whole-token rule sees it:
 *
 * - cut into fixed-size lines ("split so the scanner doesn't eat it, just join the pieces"):
 *   `SG.uljJ5` / `wIokF8Gq` / `-nJ5hyUh` …, one piece per line;
 * - spaced every few characters with the cut running through the prefix too (`dop_ v1_c 2cc8
 *   f6eb …`), for the prefixes round 14 (./_secrets_r14.ts) does not cover.
 *
 * The pieces after a prefix are joined back, longest first, and the detector's own rules judge
 * each join (the caller keeps the first one a rule accepts), so prose after a prefix-like word
 * does not count. Runs only behind the caller's literal pass; every pattern is bounded and sticky.
 */
import type { Rebuilt } from "./_secrets_r13.ts";
import { rejoinPieces } from "./_secrets_r14.ts";

/** Prefixes the cut may run through (an optional single space between their characters). */
const SPACED = ["SG.", "dop_v1_", "doo_v1_", "dor_v1_", "dp.st.", "dp.pt.", "dp.sa."];
/** Further prefixes whose tokens are cut over lines (the prefix itself intact). */
const LINED = [
  "ghp_",
  "gho_",
  "ghs_",
  "github_pat_",
  "glpat-",
  "xoxb-",
  "xoxp-",
  "sk_live_",
  "rk_live_",
  "sk-ant-",
  "sk-proj-",
  "hvs.",
  "AKIA",
  "AIza",
  "npm_",
  "hf_",
  "pypi-AgE",
];
const spaced = (p: string): string => [...p].map((c) => c.replace(/[.\-]/, "\\$&")).join("[ ]?");
const lined = (p: string): string => p.replace(/[.\-]/g, "\\$&");
/** A prefix at a token start. */
const PREFIX = new RegExp(
  `(?<![A-Za-z0-9_.\\-])(?:${SPACED.map(spaced).join("|")}|${LINED.map(lined).join("|")})`,
  "g",
);
/** The run right after the prefix (the first piece's rest). */
const FIRST = /[A-Za-z0-9_.\-]{0,64}/y;
/** One more piece: a run of the token alphabet after one or two spaces or one line break. */
const PIECE = /(?:[ ]{1,2}|[ \t]{0,2}\r?\n[ \t]{0,2})([A-Za-z0-9_.\-]{1,64})(?=\s|$)/y;
/**
 * One more piece after a line break only: for the `LINED` prefixes, whose spaced forms earlier
 * rounds judge (with checksums where the format has one).
 */
const LINE_PIECE = /[ \t]{0,2}\r?\n[ \t]{0,2}([A-Za-z0-9_.\-]{1,64})(?=\s|$)/y;
const SPACED_SET = new Set(SPACED);

/**
 * Pieces a cut prefix keeps (`S G.`, `SG .`, `dop_ v1_`, `dop_v 1_`): with the rule hints of an
 * intact prefix, the caller's gate, found in its one literal pass (ordinary text pays nothing).
 */
export const PIECE_LITERALS: readonly string[] = ["G.", "SG ", "v1_", "_v1 ", "v 1"];

/**
 * Tokens cut into pieces over lines or through their prefix, each as its joins longest first
 * (the caller keeps the first join its rules accept). The caller gates on a rule hint or one of
 * `PIECE_LITERALS` in the text.
 */
export function piecedTokens(text: string): Rebuilt[][] {
  return rejoinPieces(
    text,
    PREFIX,
    FIRST,
    (prefix) => SPACED_SET.has(prefix) ? PIECE : LINE_PIECE,
    { pieces: 24, length: 240 },
  );
}
