/**
 * "Earlier finding wins" de-duplication of spans, shared by the secrets and PII detectors.
 *
 * Both detectors push hits rule by rule (kind by kind), each rule's hits in text order, and keep a
 * hit only when it overlaps no hit kept before it. Checking every kept hit for every new one is
 * quadratic: a 1 MiB tool result of 60 000 e-mail addresses took ~20 s. Here each ascending run
 * of hits (one rule's output, or several rules' in a row) is merged into the kept list with one
 * sweep, so the cost is O(hits × runs) and runs are bounded by the number of rules.
 */

/** A span with a start and an end (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The hits that overlap no earlier hit (list order decides, as a pairwise check would), sorted
 * by start.
 */
export function firstWins<T extends Span>(hits: readonly T[]): T[] {
  let kept: T[] = [];
  for (let i = 0; i < hits.length;) {
    let j = i + 1;
    while (j < hits.length && hits[j].start >= hits[j - 1].start) j++;
    // Merge the ascending run hits[i, j) into `kept` (sorted, non-overlapping).
    const merged: T[] = [];
    let k = 0;
    for (let r = i; r < j; r++) {
      const h = hits[r];
      while (k < kept.length && kept[k].start <= h.start) merged.push(kept[k++]);
      const left = merged.length > 0 && overlaps(merged[merged.length - 1], h);
      // Spans in `merged` and `kept` never overlap each other, so only these two neighbours can
      // overlap h: the left one has the largest end so far, the right one the smallest start.
      const right = k < kept.length && overlaps(kept[k], h);
      if (!left && !right) merged.push(h);
    }
    while (k < kept.length) merged.push(kept[k++]);
    kept = merged;
    i = j;
  }
  return kept;
}
