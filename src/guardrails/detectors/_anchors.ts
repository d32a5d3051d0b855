/**
 * Cheap pre-filter for the injection rules. Running ~60 case-insensitive regexes over a large text
 * costs ~15 ms per MB each; instead one hand-written pass splits the text into words and looks up
 * each word's 5-letter prefix in a table of anchor words, and one `LiteralSet` pass finds the
 * symbol anchors. Common trigger words ("tool", "send", "user") arm a rule only when one of the
 * rule's partner words sits close by ("send" … "http", "user" … "not"), and the rule then runs
 * only on small windows around those anchors, so ordinary prose, JSON and logs cost two passes.
 */
import { type LiteralHits, LiteralSet } from "../text/literals.ts";

/** What arms a rule: word prefixes (optionally with partner words), literal symbols, or a gate. */
export interface Anchors {
  /** Lower-case words; 5+ letters match as a prefix (first 5 letters), shorter ones exactly. */
  words: readonly string[];
  /** When non-empty, a word anchor counts only with one of these words within `near` characters. */
  partners?: readonly string[];
  /** How close (characters) a partner must be; default {@link NEAR}. */
  near?: number;
  /** Case-sensitive literal substrings (2+ ASCII characters); each arms the rule on its own. */
  symbols: readonly string[];
  /**
   * When this matches the text, the rule scans the whole text; a global (`g`) gate instead arms
   * the rule around each of its matches (so it must match inside every match of the rule).
   */
  gate?: RegExp;
}

/** Per rule: `undefined` (not armed), `"all"` (scan everything), or anchor positions. */
export type Armed = undefined | "all" | number[];

const PREFIX = 5;
/** More anchor hits than this and a whole-text scan is cheaper than windows. */
const MAX_POSITIONS = 400;
/** How close (characters) a partner word must be to a word anchor. */
export const NEAR = 120;

/** ASCII: lower-case letter code, or 0 for a non-letter. */
const ASCII_LOWER = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_LOWER[c] = c + 32;
for (let c = 97; c <= 122; c++) ASCII_LOWER[c] = c;

/** Lower-case letter code for Latin-1/Latin Extended and Cyrillic letters, or 0. */
function foldWide(c: number): number {
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  if ((c >= 0xdf && c <= 0x24f && c !== 0xf7) || (c >= 0x430 && c <= 0x45f)) return c;
  return 0;
}

function fold(c: number): number {
  return c < 128 ? ASCII_LOWER[c] : foldWide(c);
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

/** True when sorted `near` holds a position other than `p` within `dist` of it. */
function hasNear(near: readonly number[], p: number, dist: number): boolean {
  let lo = 0;
  let hi = near.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (near[mid] < p - dist) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < near.length && near[i] <= p + dist; i++) if (near[i] !== p) return true;
  return false;
}

interface RulePlan {
  words: number[];
  partners: number[];
  near: number;
  symbols: number[];
}

/** Open-addressing table size (power of two, well above the number of anchor words). */
const TABLE_SIZE = 4096;

/** Index of anchors for a fixed list of rules. */
export class AnchorIndex {
  /** Word key → word slot. */
  readonly #slots = new Map<number, number>();
  /** The same map as a flat hash table (key + 1, 0 = empty), read once per word of every text. */
  readonly #tableKeys = new Int32Array(TABLE_SIZE);
  readonly #tableSlots = new Int32Array(TABLE_SIZE);
  readonly #plans: RulePlan[] = [];
  readonly #literals: LiteralSet;
  readonly #gates: ReadonlyArray<readonly [RegExp, number]>;
  /** Word slot → rules it can arm (as a word anchor, not as a partner). */
  readonly #slotRules: number[][] = [];
  /** Symbol → rules it arms. */
  readonly #symbolRules: number[][] = [];
  /** Word positions by slot, and the slots written, of the last scan (see `#scan`). */
  readonly #hits: (number[] | undefined)[];
  readonly #found: number[] = [];

  constructor(anchors: readonly Anchors[]) {
    const slot = (w: string): number => {
      const k = hashWord(w);
      let s = this.#slots.get(k);
      if (s === undefined) {
        s = this.#slots.size;
        this.#slots.set(k, s);
      }
      return s;
    };
    const symbols: string[] = [];
    const gates: [RegExp, number][] = [];
    anchors.forEach((a, i) => {
      this.#plans.push({
        words: [...new Set(a.words.map(slot))],
        partners: [...new Set((a.partners ?? []).map(slot))],
        near: a.near ?? NEAR,
        symbols: a.symbols.map((s) => {
          const at = symbols.indexOf(s);
          return at >= 0 ? at : symbols.push(s) - 1;
        }),
      });
      if (a.gate) gates.push([a.gate, i]);
    });
    this.#literals = new LiteralSet(symbols);
    this.#gates = gates;
    for (let i = 0; i < this.#slots.size; i++) this.#slotRules.push([]);
    this.#hits = new Array(this.#slots.size).fill(undefined);
    for (let i = 0; i < symbols.length; i++) this.#symbolRules.push([]);
    this.#plans.forEach((plan, r) => {
      for (const w of plan.words) this.#slotRules[w].push(r);
      for (const sym of plan.symbols) this.#symbolRules[sym].push(r);
    });
    for (const [k, slot] of this.#slots) {
      let h = Math.imul(k, 0x9e3779b1) >>> 20;
      while (this.#tableKeys[h] !== 0) h = (h + 1) & (TABLE_SIZE - 1);
      this.#tableKeys[h] = k + 1;
      this.#tableSlots[h] = slot;
    }
  }

  /** Slot of word key `k`, or -1. */
  #slotOf(k: number): number {
    const keys = this.#tableKeys;
    let h = Math.imul(k, 0x9e3779b1) >>> 20;
    for (;;) {
      const t = keys[h];
      if (t === 0) return -1;
      if (t === k + 1) return this.#tableSlots[h];
      h = (h + 1) & (TABLE_SIZE - 1);
    }
  }

  /**
   * Positions of every anchor word (by slot) in `text`, the slots found (in order of first hit), and
   * the symbol literals: one read of the text serves both (the literal set's pair table is probed
   * in this loop).
   */
  #scan(text: string): { hits: (number[] | undefined)[]; found: number[]; syms: LiteralHits } {
    // Reused between scans (reset where the last one wrote): no per-string array of every slot.
    const hits = this.#hits;
    const found = this.#found;
    for (const s of found) hits[s] = undefined;
    found.length = 0;
    const lits = this.#literals;
    const pairs = lits.pairs;
    const scan = lits.begin();
    const n = text.length;
    let h = 0;
    let len = 0;
    let start = 0;
    let prev = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      if (i > 0 && i < n) {
        const b = pairs[((prev & 127) << 7) | (c & 127)];
        if (b !== 0 && (prev | c) < 128) lits.hit(text, i - 1, b, scan);
      }
      prev = c;
      const l = c < 128 ? ASCII_LOWER[c] : foldWide(c);
      if (l !== 0) {
        if (len === 0) start = i;
        if (len < PREFIX) h = (Math.imul(h, 31) + l) | 0;
        len++;
      } else if (len > 0) {
        const s = this.#slotOf(keyOf(h, len));
        if (s >= 0) {
          const list = hits[s];
          if (list === undefined) {
            hits[s] = [start];
            found.push(s);
          } else if (list.length < MAX_POSITIONS) list.push(start);
        }
        h = 0;
        len = 0;
      }
    }
    return { hits, found, syms: scan.hits };
  }

  /** Which rules are armed in `text`, and where. */
  locate(text: string): Armed[] {
    const { hits: words, found, syms } = this.#scan(text);
    const plans = this.#plans;
    // Positions per rule, built from the anchors found (not by walking every rule's anchor list):
    // the work is proportional to what the text holds, not to the size of the rule set.
    const lists: (number[] | undefined)[] = new Array(plans.length);
    for (let sym = 0; sym < syms.length; sym++) {
      const list = syms[sym];
      if (list.length === 0) continue;
      for (const r of this.#symbolRules[sym]) {
        const out = lists[r];
        if (out === undefined) lists[r] = list.slice();
        else for (const p of list) out.push(p);
      }
    }
    for (const w of found) {
      const list = words[w]!;
      for (const r of this.#slotRules[w]) {
        const plan = plans[r];
        if (plan.partners.length === 0) {
          const out = lists[r];
          if (out === undefined) lists[r] = list.slice();
          else for (const p of list) out.push(p);
          continue;
        }
        // The partner words this text holds (usually none or one), looked up once per rule.
        let present: number[][] | undefined;
        for (const q of plan.partners) {
          const near = words[q];
          if (near !== undefined) (present ??= []).push(near);
        }
        if (present === undefined) continue;
        for (const p of list) {
          for (const near of present) {
            if (hasNear(near, p, plan.near)) {
              (lists[r] ??= []).push(p);
              break;
            }
          }
        }
      }
    }
    const armed: Armed[] = new Array(plans.length);
    for (let r = 0; r < lists.length; r++) {
      const out = lists[r];
      if (out !== undefined) armed[r] = out.length > MAX_POSITIONS ? "all" : out;
    }
    // Several rules may share a gate: run each gate once.
    const tested = new Map<RegExp, Armed>();
    for (const [g, r] of this.#gates) {
      let open: Armed;
      if (tested.has(g)) open = tested.get(g);
      else tested.set(g, open = gateHits(g, text));
      if (open === undefined) continue;
      const prev = armed[r];
      if (open === "all" || prev === "all") armed[r] = "all";
      else if (prev === undefined) armed[r] = open.slice();
      else armed[r] = prev.length + open.length > MAX_POSITIONS ? "all" : prev.concat(open);
    }
    return armed;
  }
}

/**
 * A gate that starts with a one-character lookahead (`(?=[…])(?:…)`, the non-Latin script gates)
 * can only match where a character of that class is: one plain class test over the text first
 * (much cheaper than trying the lookahead at every position in Unicode mode).
 */
const PRE_TESTS = new WeakMap<RegExp, RegExp | null>();
function preTest(gate: RegExp): RegExp | null {
  let pre = PRE_TESTS.get(gate);
  if (pre === undefined) {
    const m = /^\(\?=(\[(?:[^\]\\]|\\.)+\])\)/.exec(gate.source);
    pre = m ? new RegExp(m[1], gate.flags.replace(/[gy]/g, "")) : null;
    PRE_TESTS.set(gate, pre);
  }
  return pre;
}

/** Where a gate opens: `"all"` for a plain gate that matches, match positions for a global one. */
function gateHits(gate: RegExp, text: string): Armed {
  const pre = preTest(gate);
  if (pre !== null && !pre.test(text)) return undefined;
  if (!gate.global) return gate.test(text) ? "all" : undefined;
  const out: number[] = [];
  gate.lastIndex = 0;
  for (let m = gate.exec(text); m !== null; m = gate.exec(text)) {
    if (out.length >= MAX_POSITIONS) return "all";
    out.push(m.index);
    if (m[0].length === 0) gate.lastIndex++;
  }
  return out.length > 0 ? out : undefined;
}
