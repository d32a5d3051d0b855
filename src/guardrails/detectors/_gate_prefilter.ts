/**
 * One pass over a text that tells which injection gates cannot match it, so their regexes need not
 * run. A gate is a case-insensitive alternation of word stems in many scripts (`remov|désactiv|
 * entfern|…`); with ~350 of them each reading the whole text in Unicode mode, gates had become the
 * larger part of the injection detector's time.
 *
 * For each gate we take the literal every match must start with, alternative by alternative
 * (`bank\s{1,3}change` → `bank`, `assistants?` → `assistant`, a leading `\b` or look-around
 * skipped). A gate matches only if the lower-cased text holds one of its literals, lower-cased. One
 * scan of the lower-cased text looks each position's first two characters up in a table of the
 * literals' first two; only gates with a literal found are run, exactly as before.
 *
 * Lower-casing stands in for the regex engine's case folding. The two agree except for a few
 * characters ({@link FOLD_EXCEPTIONS}: final sigma, long s, the Greek symbol variants, the micro
 * sign …, found by `_gate_prefilter_test.ts` over every BMP character): a text holding one of them
 * skips the prefilter (every gate runs), and a gate that names one is always run.
 */

/**
 * Characters whose lower-case differs from that of a character the regex engine treats as the same
 * letter under `i` or `iu` (long s, micro sign, the Greek symbol variants, the old Cyrillic
 * letter forms, ligatures …), and `İ`, whose lower-case is two characters. `_gate_prefilter_test.ts`
 * derives the pairs from the engine over every cased BMP character and checks each has a member
 * here. Final sigma is not here: it is read as `σ` on both sides (see {@link lowerFolded}).
 */
export const FOLD_EXCEPTIONS =
  "\u00b5\u0130\u017f\u0345\u0390\u03b0\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f4\u03f5\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05\ufb06";
/** A text holding one of these is not prefiltered (every gate runs). */
const TEXT_EXCEPTION = new RegExp(`[${FOLD_EXCEPTIONS}]`);
/** A literal holding one of these (or half of a surrogate pair) leaves its gate always running. */
const LITERAL_EXCEPTION = new RegExp(`[${FOLD_EXCEPTIONS}\\ud800-\\udfff]`);

/** Lower-case with final sigma read as sigma (the engine folds them together). */
export function lowerFolded(s: string): string {
  const low = s.toLowerCase();
  return low.includes("\u03c2") ? low.replaceAll("\u03c2", "\u03c3") : low;
}

/**
 * {@link requiredLiterals} for an index that looks them up with `indexOf` in {@link lowerForLiterals}
 * of a text: `undefined` too when a literal holds a character the lower-casing may not agree on
 * with the engine's case folding (as {@link GatePrefilter} leaves such a gate always running).
 */
export function searchableLiterals(source: string): string[] | undefined {
  const lits = requiredLiterals(source);
  return lits === undefined || lits.some((l) => LITERAL_EXCEPTION.test(l)) ? undefined : lits;
}

/**
 * The text lower-cased as {@link GatePrefilter.scan} reads it (same length, same positions), or
 * `undefined` when it holds a {@link FOLD_EXCEPTIONS} character (then no literal rules it out).
 */
export function lowerForLiterals(text: string): string | undefined {
  return TEXT_EXCEPTION.test(text) ? undefined : lowerFolded(text);
}

/** Escapes that stand for a literal character (anything else ends the literal). */
const LITERAL_ESCAPE = /[.\-/\\()[\]{}|?*+^$'"’:,;!@#%&=<>~`]/;

/**
 * The literals one of which every match of `source` starts with (lower-cased), or `undefined` when
 * some alternative may start with something else (a class, `.`, an optional part).
 */
export function requiredLiterals(source: string): string[] | undefined {
  const out = leadingLiterals(source);
  return out === undefined ? undefined : [...new Set(out.map(lowerFolded))];
}

/** {@link requiredLiterals} as written in `source` (not lower-cased, not deduplicated). */
export function leadingLiterals(source: string): string[] | undefined {
  const out = alternatives(source, 0, source.length);
  return out === undefined || out.some((l) => l.length === 0) ? undefined : out;
}

/**
 * The syntax characters of `src[from, to)` outside escapes and character classes, in order, each
 * with the group depth before it; `visit` returning true stops the walk.
 */
function walk(
  src: string,
  from: number,
  to: number,
  visit: (c: string, i: number, depth: number) => boolean,
): void {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < to; i++) {
    const c = src[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    if (visit(c, i, depth)) return;
    if (c === "(") depth++;
    else if (c === ")") depth--;
  }
}

/** The top-level `|`-separated alternatives of a regex source (one element when there is no `|`). */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  walk(source, 0, source.length, (c, i, depth) => {
    if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  out.push(source.slice(start));
  return out;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closing(src: string, open: number): number {
  let end = -1;
  walk(src, open, src.length, (c, i, depth) => c === ")" && depth === 1 && (end = i) >= 0);
  return end;
}

/** Leading literals of each `|`-separated alternative of `src[from, to)`. */
function alternatives(src: string, from: number, to: number): string[] | undefined {
  const bars: number[] = [];
  walk(src, from, to, (c, i, depth) => {
    if (c === "|" && depth === 0) bars.push(i);
    return false;
  });
  bars.push(to);
  const out: string[] = [];
  let start = from;
  for (const bar of bars) {
    const lits = leading(src, start, bar);
    if (lits === undefined) return undefined;
    out.push(...lits);
    start = bar + 1;
  }
  return out;
}

/** A quantifier at `i` that allows zero repetitions of what precedes it. */
function optionalAt(src: string, i: number): boolean {
  const c = src[i];
  return c === "?" || c === "*" || (c === "{" && /^\{0\s*[,}]/.test(src.slice(i, i + 4)));
}

/** The literal(s) an alternative `src[from, to)` must start with. */
function leading(src: string, from: number, to: number): string[] | undefined {
  let i = from;
  // Zero-width parts first: they match no character, so the literal after them is still required.
  for (;;) {
    if (src.startsWith("\\b", i) || src.startsWith("\\B", i)) i += 2;
    else if (src[i] === "^") i++;
    else if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      const end = closing(src, i);
      if (end < 0 || end >= to) return undefined;
      i = end + 1;
    } else break;
  }
  if (i >= to) return undefined;
  if (src[i] === "(") {
    const end = closing(src, i);
    if (end < 0 || end >= to || optionalAt(src, end + 1)) return undefined;
    const inner = src.startsWith("(?:", i) ? i + 3 : src[i + 1] === "?" ? -1 : i + 1;
    if (inner < 0) return undefined;
    const lits = alternatives(src, inner, end);
    if (lits === undefined || lits.some((l) => l.length === 0)) return undefined;
    return lits;
  }
  let lit = "";
  while (i < to) {
    let ch = src[i];
    let next = i + 1;
    if (ch === "\\") {
      const e = src[i + 1];
      if (e === undefined || !LITERAL_ESCAPE.test(e)) break;
      ch = e;
      next = i + 2;
    } else if ("[(.^$|)?*+{".includes(ch)) break;
    if (optionalAt(src, next)) break;
    lit += ch;
    // `x+` / `x{2,}`: one x is required, what follows is not a fixed literal.
    if (src[next] === "+" || src[next] === "{") break;
    i = next;
  }
  return [lit];
}

/**
 * A literal of a bucket, its gates, and its fourth and fifth characters' codes (-1 when it is
 * shorter).
 */
interface BucketEntry {
  lit: string;
  gates: number[];
  fourth: number;
  fifth: number;
}

/** Which gates a text may open: built once for a gate list, read once per text. */
export class GatePrefilter {
  /** Per gate index: literals known (else the gate always runs). */
  readonly #known: Uint8Array;
  /**
   * Hash of a literal's first two characters → 1 + index of its bucket in `#buckets` (0: no
   * literal starts so): one typed-array read per position of the text.
   */
  readonly #pairHead = new Int32Array(PAIR_TABLE);
  /** The same for the first three characters of literals of three or more (most of them). */
  readonly #triHead = new Int32Array(PAIR_TABLE);
  /**
   * By the hash of two characters: 1 when a literal of three or more starts with a pair of that
   * hash. A position whose pair is not marked starts no such literal, so its three-character hash
   * need not be computed (most positions of ordinary text).
   */
  readonly #triFirst = new Uint8Array(PAIR_TABLE);
  /** Literals sharing a pair hash, with their gates (a `startsWith` tells them apart). */
  readonly #buckets: BucketEntry[][] = [];
  /** One-character literals: a flag per character, and the gates. */
  readonly #single = new Uint8Array(0x10000);
  readonly #singles = new Map<number, number[]>();
  readonly #seen: Int32Array;
  /** The gates marked by the last scan, each once, in the order first marked. */
  readonly #marked: number[] = [];
  /** Per gate: where the last scan first found one of its literals (valid when marked). */
  readonly #first: Int32Array;
  #epoch = 0;
  #skipped = false;

  constructor(sources: readonly (string | undefined)[]) {
    this.#known = new Uint8Array(sources.length);
    this.#seen = new Int32Array(sources.length);
    this.#first = new Int32Array(sources.length);
    sources.forEach((src, g) => {
      const lits = src === undefined ? undefined : requiredLiterals(src);
      if (lits === undefined || lits.some((l) => LITERAL_EXCEPTION.test(l))) return;
      this.#known[g] = 1;
      for (const lit of lits) {
        const c = lit.charCodeAt(0);
        if (lit.length === 1) {
          this.#single[c] = 1;
          const list = this.#singles.get(c) ?? [];
          if (!list.includes(g)) list.push(g);
          this.#singles.set(c, list);
          continue;
        }
        if (lit.length > 2) this.#triFirst[pairKey(c, lit.charCodeAt(1))] = 1;
        const table = lit.length === 2 ? this.#pairHead : this.#triHead;
        const key = lit.length === 2
          ? pairKey(c, lit.charCodeAt(1))
          : triKey(c, lit.charCodeAt(1), lit.charCodeAt(2));
        if (table[key] === 0) table[key] = this.#buckets.push([]);
        const list = this.#buckets[table[key] - 1];
        const same = list.find((e) => e.lit === lit);
        if (same === undefined) {
          const at = (k: number): number => lit.length > k ? lit.charCodeAt(k) : -1;
          list.push({ lit, gates: [g], fourth: at(3), fifth: at(4) });
        } else if (!same.gates.includes(g)) same.gates.push(g);
      }
    });
  }

  /** How many gates the prefilter can rule out (the rest always run). */
  get coverage(): number {
    let n = 0;
    for (const k of this.#known) n += k;
    return n;
  }

  /** Reads `text` once; then {@link mayMatch} answers per gate. */
  scan(text: string): void {
    const epoch = ++this.#epoch;
    const marked = this.#marked;
    marked.length = 0;
    this.#skipped = TEXT_EXCEPTION.test(text);
    if (this.#skipped) return;
    const low = lowerFolded(text);
    const seen = this.#seen;
    const pairs = this.#pairHead;
    const tris = this.#triHead;
    const triFirst = this.#triFirst;
    const buckets = this.#buckets;
    const single = this.#single;
    const n = low.length;
    let c = n > 0 ? low.charCodeAt(0) : 0;
    let d = n > 1 ? low.charCodeAt(1) : -1;
    for (let i = 0; i < n; i++) {
      const e = i + 2 < n ? low.charCodeAt(i + 2) : -1;
      if (single[c] === 1) {
        for (const g of this.#singles.get(c)!) {
          if (seen[g] !== epoch) {
            marked.push(g);
            this.#first[g] = i;
          }
          seen[g] = epoch;
        }
      }
      if (d >= 0) {
        const pk = pairKey(c, d);
        const h2 = pairs[pk];
        if (h2 !== 0) this.#mark(buckets[h2 - 1], low, i, epoch, seen, marked);
        if (e >= 0 && triFirst[pk] === 1) {
          const h3 = tris[triKey(c, d, e)];
          if (h3 !== 0) this.#mark(buckets[h3 - 1], low, i, epoch, seen, marked);
        }
      }
      c = d;
      d = e;
    }
  }

  /** Marks the gates of the literals in `bucket` that `low` holds at `i`. */
  #mark(
    bucket: readonly BucketEntry[],
    low: string,
    i: number,
    epoch: number,
    seen: Int32Array,
    marked: number[],
  ): void {
    // A literal holds here only if its fourth and fifth characters do (when it has them): two
    // character compares spare most `startsWith` calls in a bucket of literals that share their
    // first three (`request`, `require`, `requests`).
    const fourth = low.charCodeAt(i + 3);
    const fifth = low.charCodeAt(i + 4);
    for (const b of bucket) {
      if (
        (b.fourth >= 0 && b.fourth !== fourth) || (b.fifth >= 0 && b.fifth !== fifth) ||
        !low.startsWith(b.lit, i)
      ) continue;
      for (const g of b.gates) {
        if (seen[g] !== epoch) {
          marked.push(g);
          this.#first[g] = i;
        }
        seen[g] = epoch;
      }
    }
  }

  /**
   * Whether the last scan ruled nothing out (its text holds a {@link FOLD_EXCEPTIONS} character):
   * then every gate may match.
   */
  get skipped(): boolean {
    return this.#skipped;
  }

  /**
   * Where a match of gate `g` in the last scanned text may start at the earliest: 0, or, when the
   * scan looked for its literals, the first place one of them starts. Every match starts with one
   * of its literals (what {@link requiredLiterals} returns: the zero-width parts before them match
   * no character), and lower-casing keeps every position of a text the scan was not
   * {@link skipped} for (only `İ` lower-cases to two units, and it is a fold exception), so no
   * match starts before this. A search may begin here; look-behinds still read what lies before.
   */
  earliest(g: number): number {
    return this.#skipped || this.#known[g] === 0 || this.#seen[g] !== this.#epoch
      ? 0
      : this.#first[g];
  }

  /** Whether gate `g` has literals the prefilter looks for (else it may always match). */
  known(g: number): boolean {
    return this.#known[g] === 1;
  }

  /**
   * The gates whose literals the last scan found, each once (reused by the next scan). When the
   * scan was not {@link skipped}, a known gate may match exactly when it is listed here.
   */
  get marked(): readonly number[] {
    return this.#marked;
  }

  /** False when gate `g` cannot match the last scanned text (its regex need not run). */
  mayMatch(g: number): boolean {
    return this.#skipped || this.#known[g] === 0 || this.#seen[g] === this.#epoch;
  }
}

/** Size of the pair hash table (a power of two). */
const PAIR_TABLE = 1 << 16;

/** The table slot of two UTF-16 units (collisions only cost a `startsWith`). */
function pairKey(a: number, b: number): number {
  return ((a * 257) ^ (b * 31)) & (PAIR_TABLE - 1);
}

/** The table slot of three UTF-16 units. */
function triKey(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 16;
}
