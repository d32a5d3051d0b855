/**
 * Literal gates for the argument checks. Each round's code and obfuscation checks open with one
 * keyword regex (`principal|targetrevision|\.pth\b|…`, or `(a)|(b)|…` whose groups say which rule
 * families apply) that V8 tries at every position of the value: together ~40% of the
 * `code_injection` detector's time on an ordinary 1 KB value, most of them matching nothing.
 *
 * A {@link LiteralGate} splits its regex into top-level alternatives. Those whose matches must start
 * with known literals of two or more characters (`requiredLiterals`, as for the injection gates) are
 * looked up in one shared
 * {@link GatePrefilter}, which reads each text once for every gate of every check; the others are
 * joined into a residual regex that always runs. The gate's regex runs only when one of its
 * literals occurs (case-insensitively) or the residual matches, so `test` answers exactly as the
 * regex alone does (`_literal_gate_test.ts` checks that over the fixtures of the argument checks).
 */
import { GatePrefilter, requiredLiterals, topAlternatives } from "./_gate_prefilter.ts";

/** Sources of every registered alternative, by id (the shared prefilter is built over them). */
const sources: string[] = [];
/** Per alternative id: the gate that registered it, and its index among that gate's ids. */
const owners: number[] = [];
const places: number[] = [];
/**
 * Per gate: the number of the last scan whose text holds one of its literals. With a few hundred
 * gates and thousands of alternatives, asking the prefilter about each alternative of each gate
 * cost more than the pass itself; the scan's list of marked alternatives stamps their gates once.
 */
const gateHit: number[] = [];
let scans = 0;
let prefilter: GatePrefilter | undefined;
/** The text the prefilter last read (argument checks ask about the same value in turn). */
let last: string | undefined;

function scanned(text: string): GatePrefilter {
  if (prefilter === undefined) {
    prefilter = new GatePrefilter(sources);
    last = undefined;
  }
  if (text !== last) {
    prefilter.scan(text);
    last = text;
    const n = ++scans;
    const marked = prefilter.marked;
    for (let k = 0; k < marked.length; k++) gateHit[owners[marked[k]]] = n;
  }
  return prefilter;
}

/** A regex with a cheap "cannot match" answer (see the module comment). */
export class LiteralGate {
  readonly re: RegExp;
  /** Prefilter ids of the alternatives with known literals. */
  readonly #ids: number[] = [];
  /** The other alternatives, always tried; `true`: the regex cannot be split, it always runs. */
  readonly #rest: RegExp | null | true;
  /** This gate's index in `gateHit`. */
  readonly #index = gateHit.push(0) - 1;
  /** Whether some alternative has literals the prefilter cannot look for (found on first use). */
  #always: boolean | undefined;
  /**
   * Per split alternative (by place): its own regex, compiled on first use; `null` when the gate
   * is not tested alternative by alternative (sticky, or an alternative that does not compile
   * alone).
   */
  #alts: (RegExp | undefined)[] | null;

  constructor(re: RegExp) {
    this.re = re;
    // A back-reference can name a group of another alternative: such a regex is not split.
    if (/\\(?:[1-9]|k<)/.test(re.source)) {
      this.#rest = true;
      this.#alts = null;
      return;
    }
    this.#alts = re.sticky ? null : [];
    const rest: string[] = [];
    for (const alt of topAlternatives(re.source)) {
      const lits = requiredLiterals(alt);
      // A one-character literal (`=`, `{`) is in most texts: such an alternative is cheaper tried
      // on its own than as a reason to run the whole regex.
      if (lits === undefined || lits.some((l) => l.length < 2)) rest.push(alt);
      else {
        owners.push(this.#index);
        places.push(this.#ids.length);
        this.#ids.push(sources.push(alt) - 1);
        prefilter = undefined;
      }
    }
    let residual: RegExp | null | true = null;
    if (rest.length > 0) {
      try {
        residual = new RegExp(rest.join("|"), re.flags.replace(/[gy]/g, ""));
      } catch {
        residual = true;
      }
    }
    this.#rest = residual;
    if (residual === true) this.#alts = null;
  }

  /**
   * False only when the regex cannot match `subject` (`text` itself, or a case-mapped copy of it
   * such as its lower-case: the literals are compared case-insensitively).
   */
  may(text: string, subject: string = text): boolean {
    const rest = this.#rest;
    if (rest === true) return true;
    if (this.#ids.length > 0) {
      // Some alternative may match exactly when `mayMatch` holds for one of them: the scan ruled
      // nothing out, one always runs, or the scan marked one (and so stamped this gate).
      const pf = scanned(text);
      if (gateHit[this.#index] === scans || pf.skipped || this.#alwaysRuns(pf)) return true;
    }
    return rest !== null && rest.test(subject);
  }

  #alwaysRuns(pf: GatePrefilter): boolean {
    return this.#always ??= this.#ids.some((id) => !pf.known(id));
  }

  /**
   * For a regex whose every alternative was split off with its literals (an alternation of
   * literals): calls `visit(k)` for each alternative `k` (in source order) that may match `text`
   * and returns true; returns false, calling nothing, when some alternative always runs.
   */
  forEachMay(text: string, visit: (k: number) => void): boolean {
    if (this.#rest !== null) return false;
    const pf = scanned(text);
    const ids = this.#ids;
    if (pf.skipped || this.#alwaysRuns(pf)) {
      for (let k = 0; k < ids.length; k++) if (pf.mayMatch(ids[k])) visit(k);
      return true;
    }
    if (gateHit[this.#index] !== scans) return true;
    // Otherwise `mayMatch` holds for exactly the alternatives the scan marked: visited in source
    // order, as the loop above would.
    const ks: number[] = [];
    const marked = pf.marked;
    for (let j = 0; j < marked.length; j++) {
      if (owners[marked[j]] === this.#index) ks.push(places[marked[j]]);
    }
    if (ks.length > 1) ks.sort((a, b) => a - b);
    for (let j = 0; j < ks.length; j++) visit(ks[j]);
    return true;
  }

  /**
   * `re.test(subject)`, skipped when {@link may} says it cannot match. When the prefilter ruled
   * some alternatives out, only the others are tried, each as its own regex: a regex matches
   * exactly when one of its top-level alternatives does, and one led by a literal is searched for
   * that literal, where the whole alternation (a hundred stems) is tried at every position.
   */
  test(text: string, subject: string = text): boolean {
    const alts = this.#alts;
    if (alts === null || this.#ids.length === 0) {
      return this.may(text, subject) && this.#whole(subject);
    }
    // As `may`, but a stamped gate tries its marked alternatives instead of answering true.
    const pf = scanned(text);
    if (pf.skipped || this.#alwaysRuns(pf)) return this.#whole(subject);
    if (gateHit[this.#index] === scans) {
      const marked = pf.marked;
      for (let j = 0; j < marked.length; j++) {
        if (owners[marked[j]] !== this.#index) continue;
        const alt = this.#alt(places[marked[j]], alts);
        if (alt === null) return this.#whole(subject);
        if (alt.test(subject)) return true;
      }
    }
    const rest = this.#rest as RegExp | null;
    return rest !== null && rest.test(subject);
  }

  #whole(subject: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(subject);
  }

  /** The regex of split alternative `k` alone (same flags, never global), or null. */
  #alt(k: number, alts: (RegExp | undefined)[]): RegExp | null {
    let re = alts[k];
    if (re === undefined) {
      try {
        re = new RegExp(sources[this.#ids[k]], this.re.flags.replace("g", ""));
      } catch {
        this.#alts = null;
        return null;
      }
      alts[k] = re;
    }
    return re;
  }
}

/**
 * Bit k set when group k+1 of `any` (`(a)|(b)|…`, global) matches `low`: `groupBits`, with the
 * pass skipped when no group's gate may match.
 */
export function gatedGroupBits(
  gates: readonly LiteralGate[],
  any: RegExp,
  text: string,
  low: string,
  bits: (any: RegExp, text: string, groups: number) => number,
): number {
  for (const g of gates) if (g.may(text, low)) return bits(any, low, gates.length);
  return 0;
}

const escapeLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/**
 * One gate over a rule table's literals (the knowledge bases: `_posture.ts`, `_appsec.ts`):
 * `keys[i]` are rule i's gate keys (lower-cased, each rare in ordinary text). The returned function
 * gives the indices of the rules one of whose keys is in a view, in rule order — one loop over the
 * gate's alternatives, read in the shared prefilter pass; every rule when the gate cannot split.
 */
export function literalRuleGate(keys: readonly (readonly string[])[]): (view: string) => number[] {
  const literals = [...new Set(keys.flat())];
  const rulesByLiteral: number[][] = literals.map((key) =>
    keys.flatMap((ks, i) => ks.includes(key) ? [i] : [])
  );
  const gate = new LiteralGate(new RegExp(literals.map(escapeLiteral).join("|"), "i"));
  const marked = new Uint8Array(keys.length);
  const all = keys.map((_, i) => i);
  return (view) => {
    let any = false;
    const split = gate.forEachMay(view, (k) => {
      for (const i of rulesByLiteral[k]) marked[i] = 1;
      any = true;
    });
    if (!split) return all.slice();
    const out: number[] = [];
    if (!any) return out;
    for (let i = 0; i < marked.length; i++) {
      if (marked[i] === 1) {
        out.push(i);
        marked[i] = 0;
      }
    }
    return out;
  };
}
