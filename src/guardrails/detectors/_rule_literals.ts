/**
 * What a text must hold for a regex to match anywhere in it, as a condition on literals: every
 * match of `\bno\s{1,3}(?:approval|sign-?off)\s{1,3}(?:required|needed)\b` holds `approval` or
 * (`sign` and `off`), and `required` or `needed`. The anchor index (`_anchors.ts`) looks all
 * rules' literals up in one pass over a text (`GatePrefilter`) and arms no rule whose condition
 * fails: its regex cannot match there, so not running it changes no answer.
 *
 * The condition is read off the regex source: a run of literal characters that every match of a
 * sequence holds is a literal; a sequence needs all of its parts, an alternation one of its
 * alternatives; an optional part (`?`, `*`, `{0,n}`), a class, an escape other than a literal
 * character, a look-around or a back-reference needs nothing. Whatever the reader does not know
 * (an unusual construct, a `v`-flag class) it reads as "needs nothing", so a rule it cannot
 * analyse is run as before. Literals shorter than {@link MIN_LITERAL} characters (in almost every
 * text anyway) and literals the lower-casing may not agree on with the engine's case folding
 * (`searchableLiterals`) count as "needs nothing" too; of a sequence's needed parts only the
 * {@link KEEP} rarest-looking (longest literals) are kept: each kept one is a necessary condition
 * on its own, so dropping some only makes the condition weaker, never wrong.
 */
import { FOLD_EXCEPTIONS, lowerFolded, lowerForLiterals } from "./_gate_prefilter.ts";

/** A condition on the literals a text holds (lower-cased): `true` holds always. */
export type LiteralCondition =
  | true
  | { readonly lit: string }
  | { readonly all: readonly LiteralCondition[] }
  | { readonly any: readonly LiteralCondition[] };

/**
 * Shorter literals are not looked for ("is", "a": nearly every text holds them), save two
 * characters of an ideographic script ({@link IDEOGRAPHIC}).
 */
export const MIN_LITERAL = 3;
/** Two characters of these scripts (CJK, kana, Hangul) make a word: rare enough to look for. */
const IDEOGRAPHIC = /^[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]{2}$/;
/** Needed parts kept per sequence (the ones with the longest literals). */
const KEEP = 2;
/** A literal holding one of these (or half of a surrogate pair) is not looked for. */
const LITERAL_EXCEPTION = new RegExp(`[${FOLD_EXCEPTIONS}\\ud800-\\udfff]`);
/** Escapes that stand for their character (outside a class). */
const LITERAL_ESCAPE = /^[.\-/\\()[\]{}|?*+^$'"’:,;!@#%&=<>~`_ ]$/;

/** Thrown on a construct the reader does not know: the whole regex then needs nothing. */
class Unknown extends Error {}

/** The literals `re` needs in any text it matches (see the module comment). */
export function literalCondition(re: RegExp): LiteralCondition {
  if (re.flags.includes("v")) return true;
  try {
    const p = new Reader(re.source, re.flags.includes("u"));
    const c = p.alternation();
    if (p.at < re.source.length) return true;
    return c;
  } catch (e) {
    if (e instanceof Unknown) return true;
    throw e;
  }
}

/** How rare a condition looks: its shortest needed literal's length (0: needs nothing). */
function score(c: LiteralCondition): number {
  if (c === true) return 0;
  if ("lit" in c) return c.lit.length;
  if ("all" in c) return Math.max(...c.all.map(score));
  return Math.min(...c.any.map(score));
}

function literal(s: string): LiteralCondition {
  const low = lowerFolded(s);
  const short = low.length < MIN_LITERAL && !(low.length === 2 && IDEOGRAPHIC.test(low));
  if (short || LITERAL_EXCEPTION.test(s) || LITERAL_EXCEPTION.test(low)) {
    return true;
  }
  return { lit: low };
}

function all(parts: LiteralCondition[]): LiteralCondition {
  const needed = parts.filter((p) => p !== true);
  if (needed.length === 0) return true;
  if (needed.length === 1) return needed[0];
  const kept = needed
    .map((p, k) => ({ p, k, s: score(p) }))
    .sort((a, b) => b.s - a.s || a.k - b.k)
    .slice(0, KEEP)
    .sort((a, b) => a.k - b.k)
    .map((x) => x.p);
  return kept.length === 1 ? kept[0] : { all: kept };
}

function any(alts: LiteralCondition[]): LiteralCondition {
  if (alts.length === 1) return alts[0];
  if (alts.some((a) => a === true)) return true;
  // Nested alternations are one; a literal that holds another of them adds nothing ("payments"
  // beside "payment": a text holding the first holds the second).
  const flat: LiteralCondition[] = [];
  for (const a of alts) {
    if (a !== true && "any" in a) flat.push(...a.any);
    else flat.push(a);
  }
  const lits = new Set<string>();
  for (const a of flat) if (a !== true && "lit" in a) lits.add(a.lit);
  const out: LiteralCondition[] = [];
  const kept = new Set<string>();
  for (const a of flat) {
    if (a !== true && "lit" in a) {
      if (kept.has(a.lit)) continue;
      let covered = false;
      for (const l of lits) {
        if (l.length < a.lit.length && a.lit.includes(l)) {
          covered = true;
          break;
        }
      }
      if (covered) continue;
      kept.add(a.lit);
    }
    out.push(a);
  }
  return out.length === 1 ? out[0] : { any: out };
}

/** One parsed atom: what it needs, or the character it stands for (`char`), and its quantifier. */
interface Atom {
  cond: LiteralCondition;
  char?: string;
}

class Reader {
  at = 0;
  constructor(readonly src: string, readonly unicode: boolean) {}

  alternation(): LiteralCondition {
    const alts = [this.sequence()];
    while (this.src[this.at] === "|") {
      this.at++;
      alts.push(this.sequence());
    }
    return any(alts);
  }

  sequence(): LiteralCondition {
    const parts: LiteralCondition[] = [];
    let run = "";
    const flush = (): void => {
      if (run !== "") parts.push(literal(run));
      run = "";
    };
    const src = this.src;
    while (this.at < src.length && src[this.at] !== "|" && src[this.at] !== ")") {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      if (atom.char !== undefined) {
        if (min === 0) {
          flush();
          continue;
        }
        run += atom.char;
        // `x+`, `x{2,5}`: one x is needed, what follows it is no longer adjacent.
        if (max !== 1 || min !== 1) flush();
        continue;
      }
      flush();
      if (min > 0) parts.push(atom.cond);
    }
    flush();
    return all(parts);
  }

  /** `[min, max]` of the quantifier at the reading position (`[1, 1]`: none); max -1: unbounded. */
  quantifier(): [number, number] {
    const src = this.src;
    const c = src[this.at];
    let q: [number, number] | undefined;
    if (c === "?") q = [0, 1];
    else if (c === "*") q = [0, -1];
    else if (c === "+") q = [1, -1];
    if (q !== undefined) this.at++;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.at, this.at + 24));
      if (m === null) {
        if (this.unicode) throw new Unknown();
        return [1, 1];
      }
      this.at += m[0].length;
      const min = Number(m[1]);
      q = [min, m[2] === undefined ? min : m[3] === "" ? -1 : Number(m[3])];
    } else return [1, 1];
    if (src[this.at] === "?") this.at++;
    return q;
  }

  atom(): Atom {
    const src = this.src;
    const c = src[this.at];
    if (c === "(") return this.group();
    if (c === "[") {
      this.skipClass();
      return { cond: true };
    }
    if (c === "\\") return this.escape();
    this.at++;
    if (c === "." || c === "^" || c === "$") return { cond: true };
    if (c === "*" || c === "+" || c === "?") throw new Unknown();
    if (this.unicode && (c === "{" || c === "}" || c === "]")) throw new Unknown();
    // A surrogate pair is one character in Unicode mode (a quantifier applies to both halves).
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.at < src.length) {
      this.at++;
      return { cond: true };
    }
    return { cond: true, char: c };
  }

  group(): Atom {
    const src = this.src;
    this.at++;
    let look = false;
    if (src[this.at] === "?") {
      const rest = src.slice(this.at, this.at + 3);
      if (rest.startsWith("?:")) this.at += 2;
      else if (rest.startsWith("?=") || rest.startsWith("?!")) {
        this.at += 2;
        look = true;
      } else if (rest === "?<=" || rest === "?<!") {
        this.at += 3;
        look = true;
      } else if (rest.startsWith("?<")) {
        const end = src.indexOf(">", this.at);
        if (end < 0) throw new Unknown();
        this.at = end + 1;
      } else throw new Unknown();
    }
    const inner = this.alternation();
    if (src[this.at] !== ")") throw new Unknown();
    this.at++;
    return { cond: look ? true : inner };
  }

  skipClass(): void {
    const src = this.src;
    this.at++;
    if (src[this.at] === "^") this.at++;
    // In JavaScript a `]` first in a class closes it (`[]` matches nothing, `[^]` any character),
    // unlike POSIX, where it would be a literal.
    while (this.at < src.length && src[this.at] !== "]") {
      if (src[this.at] === "\\") this.at++;
      this.at++;
    }
    if (this.at >= src.length) throw new Unknown();
    this.at++;
  }

  escape(): Atom {
    const src = this.src;
    const e = src[this.at + 1];
    if (e === undefined) throw new Unknown();
    this.at += 2;
    if (LITERAL_ESCAPE.test(e)) return { cond: true, char: e };
    if ("bBdDwWsS".includes(e)) return { cond: true };
    if (e === "p" || e === "P") {
      if (src[this.at] === "{") {
        const end = src.indexOf("}", this.at);
        if (end < 0) throw new Unknown();
        this.at = end + 1;
      }
      return { cond: true };
    }
    if (e === "u") {
      if (src[this.at] === "{") {
        const end = src.indexOf("}", this.at);
        if (end < 0) throw new Unknown();
        this.at = end + 1;
      } else if (/^[0-9a-fA-F]{4}/.test(src.slice(this.at, this.at + 4))) {
        this.at += 4;
        // A pair of `\uXXXX` escapes may be one character: the low half goes with it.
        if (/^\\u[dD][c-fC-F][0-9a-fA-F]{2}/.test(src.slice(this.at, this.at + 6))) this.at += 6;
      }
      return { cond: true };
    }
    if (e === "x") {
      if (/^[0-9a-fA-F]{2}/.test(src.slice(this.at, this.at + 2))) this.at += 2;
      return { cond: true };
    }
    if (e === "c") {
      if (/^[a-zA-Z]/.test(src[this.at] ?? "")) this.at++;
      return { cond: true };
    }
    if (e === "k") {
      if (src[this.at] === "<") {
        const end = src.indexOf(">", this.at);
        if (end < 0) throw new Unknown();
        this.at = end + 1;
      }
      return { cond: true };
    }
    if (/[0-9]/.test(e)) {
      while (/[0-9]/.test(src[this.at] ?? "")) this.at++;
      return { cond: true };
    }
    if ("nrtfv".includes(e)) return { cond: true };
    throw new Unknown();
  }
}

/** Whether `low` (a text lower-cased by `lowerForLiterals`) holds what `c` needs. */
export function holdsIn(c: LiteralCondition, low: string): boolean {
  if (c === true) return true;
  if ("lit" in c) return low.includes(c.lit);
  if ("all" in c) return c.all.every((x) => holdsIn(x, low));
  return c.any.some((x) => holdsIn(x, low));
}

/**
 * A cheap necessary test for `re` to match somewhere in a text: false only when the text lacks the
 * literals every match holds ({@link literalCondition}), so a caller may skip the regex then.
 */
export function literalPretest(re: RegExp): (text: string) => boolean {
  const c = literalCondition(re);
  if (c === true) return () => true;
  return (text) => {
    const low = lowerForLiterals(text);
    return low === undefined || holdsIn(c, low);
  };
}
