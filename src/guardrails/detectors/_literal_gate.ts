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
import {
  containedFactors,
  GatePrefilter,
  requiredLiterals,
  topAlternatives,
} from "./_gate_prefilter.ts";

/** Sources of every registered alternative, by id (the shared prefilter is built over them). */
const sources: string[] = [];
/**
 * Per id: the literals one of which every match of the alternative holds somewhere (when it does
 * not start with known literals), or undefined (the prefilter reads the source's leading literals).
 */
const anywhere: (string[] | undefined)[] = [];
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
/** The gate index the extra condition ids below stamp (no gate reads it). */
const NO_GATE = gateHit.push(0) - 1;
let prefilter: GatePrefilter | undefined;
/** The text the prefilter last read (argument checks ask about the same value in turn). */
let last: string | undefined;

/**
 * Registers alternative `alt` (looked up by its leading literals, or by `inside` when given) and
 * returns its id. A gate made after the prefilter was built (a knowledge-base rule's, on first use)
 * is added to it; the text it last read is read again.
 */
function register(alt: string, inside: string[] | undefined): number {
  const id = sources.push(alt) - 1;
  anywhere.push(inside);
  if (prefilter !== undefined) {
    prefilter.add(inside ?? alt);
    last = undefined;
  }
  return id;
}

function scanned(text: string): GatePrefilter {
  if (prefilter === undefined) {
    prefilter = new GatePrefilter(sources.map((src, id) => anywhere[id] ?? src));
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
  /** Per split alternative (by place): prefilter ids of further literal sets its matches hold. */
  readonly #also: (number[] | undefined)[] = [];
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
    const alternatives = splitAlternatives(re.source);
    // A back-reference to a group of another alternative, or by name: such a regex is not split.
    if (alternatives === undefined) {
      this.#rest = true;
      this.#alts = null;
      return;
    }
    this.#alts = re.sticky ? null : [];
    const rest: string[] = [];
    for (const { alt, refs } of alternatives) {
      const lits = requiredLiterals(alt);
      // A one-character literal (`=`, `{`) is in most texts: such an alternative is cheaper tried
      // on its own than as a reason to run the whole regex — unless some rarer literal must occur
      // anywhere in its matches (`\b\w+\s*=\s*requests\.get`: `requests.get`).
      let inside: string[] | undefined;
      const led = lits !== undefined && lits.every((l) => l.length >= 2);
      const factors = re.unicodeSets ? [] : containedFactors(alt);
      if (!led) inside = factors.shift();
      else {
        // The leading literals are looked up already: not again as a factor.
        const key = lits.slice().sort().join("\u0000");
        for (let f = factors.length - 1; f >= 0; f--) {
          if (factors[f].slice().sort().join("\u0000") === key) factors.splice(f, 1);
        }
      }
      // The other factors must hold too: each its own prefilter id, read before the alternative
      // runs (`\bnew\s+Function\(…completion…`: `new` leads, `completion` is rarer).
      const also = factors.length === 0 ? undefined : factors.map((f) => {
        owners.push(NO_GATE);
        places.push(-1);
        return register(alt, f);
      });
      if (!led) {
        if (inside === undefined) {
          // Numbered back-references are renumbered for the alternative alone: not in the residual.
          if (refs) {
            this.#rest = true;
            this.#alts = null;
            return;
          }
          rest.push(alt);
          continue;
        }
      }
      owners.push(this.#index);
      places.push(this.#ids.length);
      this.#also.push(also);
      this.#ids.push(register(alt, inside));
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
        const also = this.#also[places[marked[j]]];
        if (also !== undefined && !also.every((id) => pf.mayMatch(id))) continue;
        const alt = this.#alt(places[marked[j]], alts);
        if (alt === null) return this.#whole(subject);
        // No match starts before the first of its leading literals (0 for one looked up by a
        // literal held anywhere): searched from there when positions agree (`subject` is `text`).
        alt.lastIndex = subject === text ? pf.earliest(marked[j]) : 0;
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

  /**
   * The regex of split alternative `k` alone (same flags, global so that a search can start at a
   * given place), or null.
   */
  #alt(k: number, alts: (RegExp | undefined)[]): RegExp | null {
    let re = alts[k];
    if (re === undefined) {
      try {
        re = new RegExp(sources[this.#ids[k]], this.re.flags.replace("g", "") + "g");
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
 * The top-level alternatives of `source`, each with its numbered back-references (`\3`) renumbered
 * as if it stood alone (`refs`: it has some), or undefined when a back-reference names a group of
 * another alternative or a group by name (`\k<x>`).
 */
function splitAlternatives(source: string): { alt: string; refs: boolean }[] | undefined {
  const alts = topAlternatives(source);
  if (!/\\(?:[1-9]|k<)/.test(source)) return alts.map((alt) => ({ alt, refs: false }));
  if (/\\k</.test(source)) return undefined;
  const out: { alt: string; refs: boolean }[] = [];
  let before = 0;
  for (const alt of alts) {
    const groups = captureGroups(alt);
    let bad = false;
    let refs = false;
    const renumbered = alt.replace(/\\(\\|[1-9]\d*)/g, (m, n: string) => {
      if (n === "\\") return m;
      refs = true;
      const k = Number(n) - before;
      if (k < 1 || k > groups) bad = true;
      return `\\${k}`;
    });
    if (bad || /\[[^\]]*\\[1-9]/.test(alt)) return undefined;
    out.push({ alt: renumbered, refs });
    before += groups;
  }
  return out;
}

/** The capturing groups (numbered or named) in a regex source. */
function captureGroups(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (
      c === "(" && (source[i + 1] !== "?" || /^\(\?<[A-Za-z_$]/.test(source.slice(i, i + 4)))
    ) n++;
  }
  return n;
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
