/**
 * A literal-led search for the Unicode-mode rules that open with `\b` or a look-around: V8 tries
 * such a regex at every position of a window, the zero-width part first (in `iu` mode `\b` is a
 * pair of look-arounds over a folded word class), so a 480-character window costs ~2–13 µs for the
 * larger rules. Instead a plain alternation of the literals every match starts with finds the
 * candidate positions (without `u` where that is exact), and the rule runs sticky at each one.
 * Measured on 480-character windows of fresh bench texts over the ~360 rules this picks: their
 * summed time ~450 → ~310 µs (other rule shapes gained nothing or lost, so they keep the plain
 * search).
 *
 * Exact: every match of the rule starts with one of the literals `leadingLiterals` returns (the
 * zero-width parts before them match no character), under the rule's case folding; the candidate
 * regex matches each literal case-insensitively — in Unicode mode unless the literals are ASCII
 * and the text is fold-safe (`ascii_twin.ts`: then both modes fold alike) — so it finds every
 * position a match can start at (it may find more). Candidates are visited in ascending order and
 * the sticky rule is tried at each, so the first success is the leftmost match the plain search
 * would return, the same text and captures (the sticky regex is the rule's own source and flags).
 * No literal starts with a surrogate, so a candidate never splits a character.
 */
import { leadingLiterals } from "./_gate_prefilter.ts";

/** A rule's candidate finders and its sticky twin. */
export interface LedSearch {
  /** Candidates on a fold-safe text (no `u` when the literals are ASCII). */
  readonly safe: RegExp;
  /** Candidates on any text (Unicode mode). */
  readonly any: RegExp;
  /** The rule itself, matching only at `lastIndex`. */
  readonly sticky: RegExp;
}

/** Sources this search is used for: led by `\b` or a look-around. */
const LED = /^(?:\\b|\(\?<?[=!])/;
const ASCII = /^[\x20-\x7e]*$/;
const SURROGATE = /[\ud800-\udfff]/;
/** Shorter literals are too common in text: the candidates then cost more than they save. */
const MIN_LITERAL = 3;
const ESCAPE = /[\\^$.*+?()[\]{}|/]/g;

/** The literal-led search for `re` (a Unicode-mode rule), or `undefined` when it does not fit. */
export function ledSearch(re: RegExp): LedSearch | undefined {
  if (!re.flags.includes("u") || !LED.test(re.source)) return undefined;
  const lits = leadingLiterals(re.source);
  if (lits === undefined) return undefined;
  if (lits.some((l) => l.length < MIN_LITERAL || SURROGATE.test(l[0]))) return undefined;
  const alt = [...new Set(lits)].map((l) => l.replace(ESCAPE, "\\$&")).join("|");
  const any = new RegExp(alt, "giu");
  const flags = re.flags.includes("y") ? re.flags : re.flags + "y";
  return {
    safe: lits.every((l) => ASCII.test(l)) ? new RegExp(alt, "gi") : any,
    any,
    sticky: new RegExp(re.source, flags.includes("g") ? flags : flags + "g"),
  };
}

/**
 * The leftmost match of the rule in `text` starting at or after `from` (as `exec` of the global
 * rule with `lastIndex = from` returns it), or null.
 */
export function ledExec(
  s: LedSearch,
  text: string,
  from: number,
  foldSafe: boolean,
): RegExpExecArray | null {
  const cand = foldSafe ? s.safe : s.any;
  const sticky = s.sticky;
  cand.lastIndex = from;
  for (let c = cand.exec(text); c !== null; c = cand.exec(text)) {
    sticky.lastIndex = c.index;
    const m = sticky.exec(text);
    if (m !== null) return m;
    cand.lastIndex = c.index + 1;
  }
  return null;
}
