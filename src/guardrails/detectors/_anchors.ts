/**
 * Cheap pre-filter for the injection rules. Running ~50 case-insensitive regexes over a large text
 * costs ~15 ms per MB each; instead one hand-written pass splits the text into words and looks up
 * each word's 5-letter prefix in a table of anchor words. A rule only runs on small windows around
 * its anchors (or on the whole text when anchors are dense), so ordinary text costs one pass.
 */

/** What arms a rule: word prefixes, literal symbols, or a gate that runs it on the whole text. */
export interface Anchors {
  /** Lower-case words; 5+ letters match as a prefix (first 5 letters), shorter ones exactly. */
  words: readonly string[];
  /** Case-sensitive literal substrings, found with `indexOf`. */
  symbols: readonly string[];
  /** When this matches the text, the rule scans the whole text. */
  gate?: RegExp;
}

/** Per rule: `undefined` (not armed), `"all"` (scan everything), or anchor positions. */
export type Armed = undefined | "all" | number[];

const PREFIX = 5;
/** More anchor hits than this and a whole-text scan is cheaper than windows. */
const MAX_POSITIONS = 2000;

function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  return c;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7) ||
    (c >= 0x430 && c <= 0x45f);
}

/** A small integer key (stays a V8 Smi, so Map lookups are cheap). */
function keyOf(h: number, len: number): number {
  return ((h & 0x7ffffff) << 3) | (len >= PREFIX ? PREFIX : len);
}

function hashWord(w: string): number {
  let h = 0;
  const n = Math.min(w.length, PREFIX);
  for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + fold(w.charCodeAt(i))) | 0;
  return keyOf(h, w.length);
}

/** Index of anchors for a fixed list of rules. */
export class AnchorIndex {
  readonly #byKey = new Map<number, number[]>();
  readonly #symbols: ReadonlyMap<string, number[]>;
  readonly #gates: ReadonlyArray<readonly [RegExp, number]>;
  readonly #count: number;

  constructor(anchors: readonly Anchors[]) {
    this.#count = anchors.length;
    const symbols = new Map<string, number[]>();
    const gates: [RegExp, number][] = [];
    anchors.forEach((a, i) => {
      for (const w of a.words) {
        const k = hashWord(w);
        const list = this.#byKey.get(k) ?? [];
        if (!list.includes(i)) list.push(i);
        this.#byKey.set(k, list);
      }
      for (const s of a.symbols) symbols.set(s, [...(symbols.get(s) ?? []), i]);
      if (a.gate) gates.push([a.gate, i]);
    });
    this.#symbols = symbols;
    this.#gates = gates;
  }

  /** Which rules are armed in `text`, and where. */
  locate(text: string): Armed[] {
    const armed: Armed[] = new Array(this.#count).fill(undefined);
    const hit = (rule: number, pos: number): void => {
      const cur = armed[rule];
      if (cur === "all") return;
      if (cur === undefined) armed[rule] = [pos];
      else if (cur.length >= MAX_POSITIONS) armed[rule] = "all";
      else cur.push(pos);
    };
    const n = text.length;
    let h = 0;
    let len = 0;
    let start = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? fold(text.charCodeAt(i)) : 32;
      if (isLetter(c)) {
        if (len === 0) start = i;
        if (len < PREFIX) h = (Math.imul(h, 31) + c) | 0;
        len++;
      } else if (len > 0) {
        const rules = this.#byKey.get(keyOf(h, len));
        if (rules) { for (const r of rules) hit(r, start); }
        h = 0;
        len = 0;
      }
    }
    for (const [s, rules] of this.#symbols) {
      for (
        let p = text.indexOf(s), k = 0;
        p >= 0 && k < MAX_POSITIONS;
        p = text.indexOf(s, p + s.length), k++
      ) {
        for (const r of rules) hit(r, p);
      }
    }
    for (const [g, r] of this.#gates) if (g.test(text)) armed[r] = "all";
    return armed;
  }
}
