/**
 * Find many short ASCII literals in one pass. Detectors used to call `text.indexOf` once per
 * literal (20–40 full scans of every string); this reads the text once, looks up each pair of
 * characters in a bitmap, and only compares literals at the rare positions whose pair matches.
 */

/** Positions of each literal (same order as given), as `indexOf` stepping past each hit finds them. */
export type LiteralHits = ReadonlyArray<readonly number[]>;

/** Shared answer for a literal that does not occur (read-only, so sharing it is safe). */
const NONE: readonly number[] = Object.freeze([]);

/** A fixed set of case-sensitive ASCII literals (each at least two characters). */
export class LiteralSet {
  readonly #literals: readonly string[];
  /** Pair of the first two characters (7 bits each) → bucket number + 1. */
  readonly #pairs = new Uint16Array(1 << 14);
  /**
   * Per bucket, literals by their third character (`bucket * 129 + c`, with slot 128 for
   * two-character literals, which match whatever follows), so a common pair such as `", "` only
   * compares the literals whose third character fits.
   */
  readonly #byThird: (number[] | undefined)[] = [];

  constructor(literals: readonly string[]) {
    this.#literals = literals;
    let buckets = 0;
    literals.forEach((lit, id) => {
      if (lit.length < 2 || [...lit].some((c) => c.charCodeAt(0) > 127)) {
        throw new Error(`Literal ${JSON.stringify(lit)} must be ASCII and at least 2 characters`);
      }
      const key = (lit.charCodeAt(0) << 7) | lit.charCodeAt(1);
      let b = this.#pairs[key];
      if (b === 0) b = this.#pairs[key] = ++buckets;
      const slot = (b - 1) * 129 + (lit.length > 2 ? lit.charCodeAt(2) : 128);
      (this.#byThird[slot] ??= []).push(id);
    });
  }

  /** Every occurrence of every literal; occurrences of one literal never overlap. */
  find(text: string): LiteralHits {
    const lits = this.#literals;
    const out: (readonly number[])[] = new Array(lits.length).fill(NONE);
    const nextFree = new Int32Array(lits.length);
    const pairs = this.#pairs;
    const byThird = this.#byThird;
    const n = text.length - 1;
    let c0 = text.charCodeAt(0);
    for (let i = 0; i < n; i++) {
      const c1 = text.charCodeAt(i + 1);
      if (c0 < 128 && c1 < 128) {
        const b = pairs[(c0 << 7) | c1];
        if (b !== 0) {
          const base = (b - 1) * 129;
          const short = byThird[base + 128];
          if (short !== undefined) this.#check(text, i, short, out, nextFree);
          // NaN past the end and non-ASCII characters select no bucket.
          const c2 = text.charCodeAt(i + 2);
          if (c2 < 128) {
            const ids = byThird[base + c2];
            if (ids !== undefined) this.#check(text, i, ids, out, nextFree);
          }
        }
      }
      c0 = c1;
    }
    return out;
  }

  #check(
    text: string,
    i: number,
    ids: readonly number[],
    out: (readonly number[])[],
    nextFree: Int32Array,
  ): void {
    const lits = this.#literals;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      if (i >= nextFree[id] && text.startsWith(lits[id], i)) {
        if (out[id] === NONE) out[id] = [i];
        else (out[id] as number[]).push(i);
        nextFree[id] = i + lits[id].length;
      }
    }
  }
}
