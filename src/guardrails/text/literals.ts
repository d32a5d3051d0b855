/**
 * Find many short ASCII literals in one pass (the secrets detector's hints, the injection anchors'
 * symbols): per literal, the positions a loop of `indexOf` calls stepping past each hit finds,
 * without 20–100 full scans of every string. The text is read once; each character pair is looked
 * up in a bitmap of key pairs, and literals are compared only where their key pair occurs. Each
 * literal is keyed on its pair least likely in prose, code, JSON and logs (`yJ`, `Q~`, `sw`, `IA`),
 * not its first two characters (`ke`, `re`, `as` are everywhere), so comparisons are rare.
 */

/** Positions of each literal (same order as given), as `indexOf` stepping past each hit finds them. */
export type LiteralHits = ReadonlyArray<readonly number[]>;

/** Printable ASCII, rarest first (measured over mixed prose, code, JSON, logs and markdown). */
const RARITY =
  "~Q^%@K!&VX+YJ<\\zB$HG>|ZU?#DP'WFLMqICNjAx;*O_S}{][RT8kE69`7=w()534v-ygb2/,f1.:m0hupl\"dcniasrote ";

/** Shared answer for a literal that does not occur (read-only, so sharing it is safe). */
const NONE: readonly number[] = Object.freeze([]);

/**
 * Letter pairs among the most frequent in English prose and in code (case-insensitive): two
 * common letters can still make a rare pair (`tr`, `ui`), and a literal keyed on `on` or `qu`
 * would be compared at every "json", "token" and "query".
 */
const COMMON_PAIRS = new Set(
  ("th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve " +
    "co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur us pa qu if ok wo ba ta la na ca ur " +
    "et ge ke lo no so do ut ow ad ac ct ol il ai ay fo mo pe po pr sh ss tt wh").split(" "),
);

/** How common the pair at `k` of `lit` is likely to be (lower is rarer). */
function pairScore(lit: string, k: number): number {
  const a = RARITY.indexOf(lit[k]);
  const b = RARITY.indexOf(lit[k + 1]);
  const pair = lit.slice(k, k + 2);
  // A word boundary (" p", "c ") is as common as the letter next to it.
  const common = COMMON_PAIRS.has(pair.toLowerCase()) || pair.includes(" ") ? 120 : 0;
  return a + b + 2 * Math.min(a, b) + common;
}

/** A fixed set of case-sensitive printable-ASCII literals (each at least two characters). */
export class LiteralSet {
  readonly #literals: readonly string[];
  /**
   * Key pair (7 bits each: `(c0 & 127) << 7 | (c1 & 127)`) → bucket number + 1. Public so a caller
   * that already reads every character (the injection anchors' word pass) can probe it in its own
   * loop and call {@link LiteralSet.hit} on the rare non-zero entries, instead of a second pass.
   */
  readonly pairs = new Uint16Array(1 << 14);
  /** Per bucket: literal id, offset of its key pair; repeated. */
  readonly #buckets: Int32Array[] = [];
  /**
   * Per bucket, 8 words: two 128-bit sets, of the characters that follow the key pair in the
   * bucket's literals and of those that precede it (see {@link LiteralSet.hit}). A set is full when
   * some literal of the bucket ends (or starts) with its key pair.
   */
  readonly #around: Int32Array;
  readonly #scan: LiteralScan;

  constructor(literals: readonly string[]) {
    this.#literals = literals;
    const buckets: number[][] = [];
    literals.forEach((lit, id) => {
      if (lit.length < 2 || !/^[\x20-\x7e]+$/.test(lit)) {
        throw new Error(`Literal ${JSON.stringify(lit)} must be printable ASCII, 2+ characters`);
      }
      let at = 0;
      for (let k = 1; k + 1 < lit.length; k++) {
        if (pairScore(lit, k) < pairScore(lit, at)) at = k;
      }
      const key = (lit.charCodeAt(at) << 7) | lit.charCodeAt(at + 1);
      if (this.pairs[key] === 0) this.pairs[key] = buckets.push([]);
      buckets[this.pairs[key] - 1].push(id, at);
    });
    this.#buckets = buckets.map((b) => Int32Array.from(b));
    this.#around = new Int32Array(8 * buckets.length);
    buckets.forEach((b, n) => {
      for (let k = 0; k < b.length; k += 2) {
        const lit = literals[b[k]];
        const at = b[k + 1];
        this.#allow(8 * n, lit, at + 2);
        this.#allow(8 * n + 4, lit, at - 1);
      }
    });
    this.#scan = {
      hits: new Array(literals.length).fill(NONE),
      nextFree: new Int32Array(literals.length),
      found: [],
    };
  }

  /** Adds `lit[k]` to the 128-bit set at `w`, or fills the set when `k` is outside `lit`. */
  #allow(w: number, lit: string, k: number): void {
    if (k < 0 || k >= lit.length) this.#around.fill(-1, w, w + 4);
    else this.#around[w + (lit.charCodeAt(k) >> 5)] |= 1 << (lit.charCodeAt(k) & 31);
  }

  /**
   * Every occurrence of every literal; occurrences of one literal never overlap. The answer is
   * reused by the next scan of this set: read it before scanning again.
   */
  find(text: string): LiteralHits {
    const scan = this.begin();
    const pairs = this.pairs;
    const n = text.length - 1;
    let c0 = text.charCodeAt(0);
    for (let i = 0; i < n; i++) {
      const c1 = text.charCodeAt(i + 1);
      // Masked to 7 bits so the lookup needs no branch; non-ASCII pairs are dropped on a hit.
      const b = pairs[((c0 & 127) << 7) | (c1 & 127)];
      if (b !== 0 && (c0 | c1) < 128) this.hit(text, i, b, scan);
      c0 = c1;
    }
    return scan.hits;
  }

  /**
   * Ids of the literals the last {@link LiteralSet.find} found, in the order first met (reused
   * like its answer): lets a caller visit only those instead of every literal.
   */
  get lastFound(): readonly number[] {
    return this.#scan.found;
  }

  /**
   * Scan state for {@link LiteralSet.hit}; `hits` is the answer once every pair is probed. One state
   * per set, reset here (only the literals the last scan found), so a scan of a short string
   * allocates nothing: small strings are the common case, and per-scan arrays sized by the number
   * of literals cost more than the scan itself.
   */
  begin(): LiteralScan {
    const scan = this.#scan;
    for (const id of scan.found) {
      scan.hits[id] = NONE;
      scan.nextFree[id] = 0;
    }
    scan.found.length = 0;
    return scan;
  }

  /**
   * The key pair at `i` (ASCII, bucket `b` = its non-zero `pairs` entry) was seen: record the
   * literals of that bucket that start where it puts them. Pairs must be probed left to right.
   */
  hit(text: string, i: number, b: number, scan: LiteralScan): void {
    // Exact early out: a literal of the bucket can start here only if the characters after and
    // before the key pair are in the bucket's sets. A character outside the text (NaN: `>> 5` and
    // `& 31` give 0, bit 0 is U+0000, in no printable literal) or non-ASCII is in a set only when
    // it is full.
    const w = 8 * (b - 1);
    const around = this.#around;
    const next = text.charCodeAt(i + 2);
    if (next >= 128 ? around[w] !== -1 : (around[w + (next >> 5)] & (1 << (next & 31))) === 0) {
      return;
    }
    const prev = text.charCodeAt(i - 1);
    if (
      prev >= 128 ? around[w + 4] !== -1 : (around[w + 4 + (prev >> 5)] & (1 << (prev & 31))) === 0
    ) {
      return;
    }
    const lits = this.#literals;
    const { hits, nextFree } = scan;
    const bucket = this.#buckets[b - 1];
    for (let k = 0; k < bucket.length; k += 2) {
      const id = bucket[k];
      // Key pairs are met left to right, so each literal's starts arrive in order.
      const s = i - bucket[k + 1];
      if (s >= nextFree[id] && s >= 0 && text.startsWith(lits[id], s)) {
        if (hits[id] === NONE) {
          hits[id] = [s];
          scan.found.push(id);
        } else (hits[id] as number[]).push(s);
        nextFree[id] = s + lits[id].length;
      }
    }
  }
}

/** State of one scan (see {@link LiteralSet.begin}). */
export interface LiteralScan {
  readonly hits: (readonly number[])[];
  readonly nextFree: Int32Array;
  /** Ids of the literals found so far (what `begin` resets). */
  readonly found: number[];
}
