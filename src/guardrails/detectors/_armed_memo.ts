/**
 * The last few answers of `AnchorIndex.locate`, by text. The injection detector locates each view
 * of a field once per stage, and a tool result very often repeats an argument verbatim (an echo, a
 * file read back, a search that quotes its query): the output stage then locates the very strings
 * the input stage just did. `locate` is a pure function of the text (one index, its tables fixed
 * at construction), so a remembered answer is exactly what a new pass would return.
 *
 * Entries hold the armed rules (ascending) and their position lists. The lists are shared with
 * every caller that gets the entry back; the only caller (`injection.ts` `windows`) sorts them in
 * place, which leaves a list with the same positions in the same (ascending) order it is read in.
 */
import type { Armed } from "./_anchors.ts";

/** One remembered answer: the rules armed (ascending), their positions, and the fold test. */
export interface ArmedEntry {
  readonly rules: readonly number[];
  readonly lists: readonly Exclude<Armed, undefined>[];
  readonly foldSafe: boolean;
}

/** Texts remembered at most (a field's views for two stages, with room for a few more strings). */
const SIZE = 8;
/** Longer texts are not remembered (their answers would keep too much alive). */
export const ARMED_MEMO_MAX_CHARS = 1 << 18;

export class ArmedMemo {
  readonly #texts: (string | undefined)[] = new Array(SIZE).fill(undefined);
  readonly #entries: (ArmedEntry | undefined)[] = new Array(SIZE).fill(undefined);
  #next = 0;

  /** The remembered answer for `text`, if any. */
  find(text: string): ArmedEntry | undefined {
    const n = text.length;
    for (let k = 0; k < SIZE; k++) {
      const t = this.#texts[k];
      if (t !== undefined && t.length === n && t === text) return this.#entries[k];
    }
    return undefined;
  }

  /** Remembers `locate`'s answer for `text` (oldest entry out). */
  add(text: string, rules: readonly number[], armed: readonly Armed[], foldSafe: boolean): void {
    if (text.length > ARMED_MEMO_MAX_CHARS) return;
    const r = rules.slice();
    const lists: Exclude<Armed, undefined>[] = new Array(r.length);
    for (let k = 0; k < r.length; k++) lists[k] = armed[r[k]]!;
    this.#texts[this.#next] = text;
    this.#entries[this.#next] = { rules: r, lists, foldSafe };
    this.#next = (this.#next + 1) % SIZE;
  }
}
