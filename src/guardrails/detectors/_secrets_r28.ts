/**
 * Round-28 disguise of secrets: a token split across variables and joined where it is used.
 * `A="glpat-…"`, `B="…"`, then `TOKEN="${A}${B}"` (sh, bash, zsh), `"$A$B"` (PowerShell, sh),
 * `set A …` (fish), `a + b` (Python, JavaScript), `$a . $b` (PHP, Perl), `a .. b` (Lua),
 * `f"{a}{b}"`. No single literal holds the whole token, so the provider rules see only a short
 * prefix piece. Each run of two or more references to assigned pieces is joined back and the
 * detector's own rules judge the join (the caller's `rebuiltHit`), so ordinary variables that
 * happen to be concatenated yield nothing. Runs only behind the caller's provider-prefix gate.
 *
 * Bounded patterns, no nested quantifiers; at most 32 assignments and 512 references are read.
 */
import type { Rebuilt } from "./_secrets_r13.ts";

/** An assignment of a quoted or bare token-alphabet value to a name. */
const ASSIGN =
  /(?:^|[\s;({])(?:export\s{1,4}|local\s{1,4}|readonly\s{1,4}|const\s{1,4}|let\s{1,4}|var\s{1,4}|my\s{1,4}|\$)?([A-Za-z_]\w{0,40})\s{0,2}:?=\s{0,2}(["'`]?)([A-Za-z0-9_\-+\/=.:]{3,120})\2(?=$|[\s;,)}])/g;
/** A fish assignment: `set [-gx] NAME value`. */
const FISH_SET =
  /(?:^|[\s;(])set\s{1,4}(?:-[a-zA-Z]{1,3}\s{1,4}){0,2}([A-Za-z_]\w{0,40})\s{1,4}(["']?)([A-Za-z0-9_\-+\/=.:]{3,120})\2(?=$|[\s;)])/g;
/** A reference to a name: `${A}`, `$A`, `{A}` (f-strings, templates) or a bare `A`. */
const REF =
  /\$\{([A-Za-z_]\w{0,40})\}|\$([A-Za-z_]\w{0,40})|\{([A-Za-z_]\w{0,40})\}|\b([A-Za-z_]\w{0,40})\b/g;
/** What may stand between two joined references: nothing, an empty quote pair, `+`, `.`, `..`, `&`. */
const JOIN_GAP = /^(?:|""|''|\s{0,3}(?:\+|\.{1,2}|&)\s{0,3})$/;

/** Joined values of runs of two or more references to assigned pieces, with the pieces' span. */
export function variableJoins(text: string): Rebuilt[] {
  if (text.length > 65536) return [];
  const pieces = new Map<string, { value: string; start: number; end: number }>();
  for (const re of [ASSIGN, FISH_SET]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && pieces.size < 32; m = re.exec(text)) {
      const start = m.index + m[0].length - m[3].length - m[2].length;
      pieces.set(m[1], { value: m[3], start, end: start + m[3].length });
    }
  }
  if (pieces.size < 2) return [];
  const out: Rebuilt[] = [];
  let run: { value: string; start: number; end: number }[] = [];
  let prevEnd = -1;
  const flush = () => {
    if (run.length >= 2) {
      const joined = run.map((p) => p.value).join("");
      if (joined.length >= 16 && joined.length <= 400) {
        const start = Math.min(...run.map((p) => p.start));
        const end = Math.max(...run.map((p) => p.end));
        out.push([start, end, joined]);
      }
    }
    run = [];
  };
  REF.lastIndex = 0;
  let n = 0;
  for (let m = REF.exec(text); m && n < 512 && out.length < 8; m = REF.exec(text), n++) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4];
    const piece = pieces.get(name);
    // An assignment's own name (`A=…`) is not a use of the piece.
    if (!piece || text[m.index + m[0].length] === "=") {
      flush();
      continue;
    }
    if (run.length > 0 && !JOIN_GAP.test(text.slice(prevEnd, m.index))) flush();
    run.push(piece);
    prevEnd = m.index + m[0].length;
  }
  flush();
  return out;
}
