/**
 * The injection rules' first counted matches in the last few views, by view text. A tool result
 * very often repeats an argument verbatim (an echo, a file read back): the output stage then runs
 * the same rules over the same views the input stage just did. Only the weights differ between
 * stages (`injection.ts` `atStage`), and which rules a stage tries depends on them, but each
 * rule's answer in a view does not: `firstMatch` is a pure function of the rule (its regex, reach,
 * look-back and accept tests, the same at every stage), where the anchor index arms it (a pure
 * function of the view, `_armed_memo.ts`), the view, and the view's fold test (again the view's).
 * So a remembered answer is exactly what running the rule again would return.
 */

/** Views remembered at most (a field's views, with room for a few more strings). */
const SIZE = 6;
/** Longer views are not remembered (the check compares texts). */
export const MATCH_MEMO_MAX_CHARS = 1 << 18;
/** Stored per rule: unknown (0), no match (-1), or 1 + the match start (end kept beside it). */
const UNKNOWN = 0;
const NONE = -1;

/** Answers of one view: per rule, see {@link UNKNOWN}. */
export class MatchAnswers {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  constructor(rules: number) {
    this.starts = new Int32Array(rules);
    this.ends = new Int32Array(rules);
  }
  /** True when rule `i`'s answer is known. */
  known(i: number): boolean {
    return this.starts[i] !== UNKNOWN;
  }
  /** Rule `i`'s known answer. */
  get(i: number): [number, number] | undefined {
    const s = this.starts[i];
    return s === NONE ? undefined : [s - 1, this.ends[i]];
  }
  set(i: number, m: [number, number] | undefined): void {
    if (m === undefined) this.starts[i] = NONE;
    else {
      this.starts[i] = m[0] + 1;
      this.ends[i] = m[1];
    }
  }
}

/** A ring of the last few views' answers. */
export class MatchMemo {
  readonly #views: (string | undefined)[] = new Array(SIZE).fill(undefined);
  readonly #answers: MatchAnswers[];
  #next = 0;

  constructor(rules: number) {
    this.#answers = Array.from({ length: SIZE }, () => new MatchAnswers(rules));
  }

  /**
   * The answers for `view`: remembered ones, or a cleared slot now holding it; `undefined` for a
   * view too long to remember.
   */
  answers(view: string): MatchAnswers | undefined {
    if (view.length > MATCH_MEMO_MAX_CHARS) return undefined;
    for (let k = 0; k < SIZE; k++) {
      const v = this.#views[k];
      if (v !== undefined && v.length === view.length && v === view) return this.#answers[k];
    }
    const k = this.#next;
    this.#next = (k + 1) % SIZE;
    this.#views[k] = view;
    const a = this.#answers[k];
    a.starts.fill(UNKNOWN);
    return a;
  }
}
