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
  readonly #buckets: number[][] = [];

  constructor(literals: readonly string[]) {
    this.#literals = literals;
    literals.forEach((lit, id) => {
      if (lit.length < 2 || [...lit].some((c) => c.charCodeAt(0) > 127)) {
        throw new Error(`Literal ${JSON.stringify(lit)} must be ASCII and at least 2 characters`);
      }
      const key = (lit.charCodeAt(0) << 7) | lit.charCodeAt(1);
      let b = this.#pairs[key];
      if (b === 0) {
        this.#buckets.push([]);
        b = this.#buckets.length;
        this.#pairs[key] = b;
      }
      this.#buckets[b - 1].push(id);
    });
  }

  /** Every occurrence of every literal; occurrences of one literal never overlap. */
  find(text: string): LiteralHits {
    const lits = this.#literals;
    const out: (readonly number[])[] = new Array(lits.length).fill(NONE);
    const nextFree = new Int32Array(lits.length);
    const pairs = this.#pairs;
    const n = text.length - 1;
    let c0 = text.charCodeAt(0);
    for (let i = 0; i < n; i++) {
      const c1 = text.charCodeAt(i + 1);
      if (c0 < 128 && c1 < 128) {
        const b = pairs[(c0 << 7) | c1];
        if (b !== 0) {
          for (const id of this.#buckets[b - 1]) {
            if (i >= nextFree[id] && text.startsWith(lits[id], i)) {
              if (out[id] === NONE) out[id] = [i];
              else (out[id] as number[]).push(i);
              nextFree[id] = i + lits[id].length;
            }
          }
        }
      }
      c0 = c1;
    }
    return out;
  }
}
