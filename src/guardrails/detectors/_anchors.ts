/**
 * Cheap pre-filter for the injection rules. Running ~60 case-insensitive regexes over a large text
 * costs ~15 ms per MB each; instead one hand-written pass splits the text into words and looks up
 * each word's 5-letter prefix in a table of anchor words, and one `LiteralSet` pass finds the
 * symbol anchors. Common trigger words ("tool", "send", "user") arm a rule only when one of the
 * rule's partner words sits close by ("send" … "http", "user" … "not"), and the rule then runs
 * only on small windows around those anchors, so ordinary prose, JSON and logs cost two passes.
 */
import { type LiteralHits, LiteralSet } from "../text/literals.ts";
import { asciiTwin, foldSafe } from "../text/ascii_twin.ts";
import { GatePrefilter } from "./_gate_prefilter.ts";
import { type ArmedEntry, ArmedMemo } from "./_armed_memo.ts";
import { type LiteralCondition, literalCondition } from "./_rule_literals.ts";

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
/** Non-ASCII runs closer than this (characters) are one segment for the gates. */
const SEGMENT_GAP = 32;
/** Characters before a non-ASCII segment a segment gate's look-behind may read. */
const LOOK_BACK = 16;
/** More non-ASCII segments than this and the gates read the whole text. */
const MAX_SEGMENTS = 64;
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

/**
 * Open-addressing table: 2^14 entries for ~3,300 anchor slots, a load near 0.2, so a word that is
 * no anchor (most words of a text) is rejected after one or two probes. At 4,096 entries the load
 * had crept to 0.8 as rules were added (measured: no speed difference yet on the bench text, but
 * linear probing degrades sharply past that). The constructor refuses a load over one half.
 */
const TABLE_BITS = 14;
const TABLE_SIZE = 1 << TABLE_BITS;
const TABLE_SHIFT = 32 - TABLE_BITS;

/** A distinct gate, the rules it arms, and what a text must hold for it to match at all. */
interface GatePlan {
  gate: RegExp;
  /** The gate without the `u` flag, used on texts where that gives the same matches (`ascii_twin.ts`). */
  twin: RegExp | undefined;
  /** Its index in the {@link GatePrefilter}. */
  pf: number;
  rules: number[];
  /** A one-character class every match starts with, or null. */
  pre: RegExp | null;
  /**
   * Whether to test `pre` before the gate: worth it for a lookahead gate (tried at every position
   * in Unicode mode); a literal alternation is already fast, so its class only picks the blocks.
   */
  testPre: boolean;
  /** True when `pre` matches an ASCII character (then it always runs). */
  ascii: boolean;
}

/**
 * A rule's {@link LiteralCondition} with its literals as ids (prefilter entries): `-1` holds always.
 */
type Needs = number | { readonly all: readonly Needs[] } | { readonly any: readonly Needs[] };

/** Index of anchors for a fixed list of rules. */
export class AnchorIndex {
  /** Word key → word slot. */
  readonly #slots = new Map<number, number>();
  /** The same map as a flat hash table (key + 1, 0 = empty), read once per word of every text. */
  readonly #tableKeys = new Int32Array(TABLE_SIZE);
  readonly #tableSlots = new Int32Array(TABLE_SIZE);
  readonly #plans: RulePlan[] = [];
  readonly #literals: LiteralSet;
  /** Gates any text may open (ASCII or unknown first characters), and gates of other scripts. */
  readonly #asciiGates: GatePlan[];
  readonly #scriptGates: GatePlan[];
  /**
   * Per 256-code-unit block: the indexes (into `#scriptGates`) of the gates that may open on it,
   * worked out the first time a text holds that block (see {@link AnchorIndex.#gatesOf}): most
   * processes meet a handful of blocks, and testing every gate on all 256 at start-up cost ~1 s.
   */
  readonly #blockGates: (number[] | undefined)[] = new Array(256).fill(undefined);
  /** `#gateSeen[g] === #epoch` marks script gate `g` as queued by the last scan (see `locate`). */
  readonly #gateSeen: Int32Array;
  readonly #gateQueue: number[] = [];
  /** One pass that rules out the gates whose required literals the text lacks. */
  readonly #prefilter: GatePrefilter;
  /** Word slot → rules it can arm (as a word anchor, not as a partner). */
  readonly #slotRules: number[][] = [];
  /** Word slot → rules it is a partner word of. */
  readonly #partnerRules: number[][] = [];
  /** `#partnerSeen[r] === #epoch`: the last scanned text holds a partner word of rule `r`. */
  readonly #partnerSeen: Int32Array;
  /**
   * Per rule, the position lists of its partner words in the last text (arrays reused), filled
   * the first time a word anchor of the rule is met (`#nearAt[r] === #epoch`).
   */
  readonly #near: number[][][];
  readonly #nearAt: Int32Array;
  /** Symbol → rules it arms. */
  readonly #symbolRules: number[][] = [];
  /** Word positions by slot, and the slots written, of the last scan (see `#scan`). */
  readonly #hits: (number[] | undefined)[];
  readonly #found: number[] = [];
  /**
   * Non-ASCII 256-code-unit blocks of the last scan: `#blockSeen[b] === #epoch` marks block `b`,
   * `#blockList` lists them. Gates whose first character cannot be in any of them are skipped
   * without a regex pass (most texts are ASCII, or hold one foreign script).
   */
  readonly #blockSeen = new Int32Array(256);
  readonly #blockList: number[] = [];
  /**
   * Runs of the last scan's text that hold its non-ASCII characters (`[start, end)` pairs; runs
   * closer than {@link SEGMENT_GAP} merged), or none when there were more than
   * {@link MAX_SEGMENTS}: a gate that can only start on a non-ASCII character reads these runs
   * instead of the whole text.
   */
  readonly #segments: number[] = [];
  #segmentsOverflow = false;
  #epoch = 0;
  #foldSafe = true;
  readonly #armedRules: number[] = [];
  /** The answer of `locate`, reused: only the entries of the last scan's armed rules are reset. */
  readonly #armed: Armed[];
  /** The last few texts' answers: an echoed argument is located once for both stages. */
  readonly #memo = new ArmedMemo();
  /**
   * Per rule, the literals a text must hold for its regex to match (`_rule_literals.ts`), as
   * prefilter entries numbered from {@link AnchorIndex.#litBase}; a rule whose needs the text
   * lacks is not armed (its regex could not match). `-1`: needs nothing (no patterns given).
   */
  readonly #needs: Needs[];
  #litBase = 0;
  /** `#litSeen[j] === #epoch`: the last scanned text holds needed literal `j`. */
  #litSeen: Int32Array = new Int32Array(0);
  /** `#viableAt[r] === #epoch`: rule `r`'s needs were weighed for the last text; the answer. */
  readonly #viableAt: Int32Array;
  readonly #viable: Uint8Array;

  /**
   * `patterns` (optional, one per rule): the rules' regexes; a rule is then armed only in a text
   * that holds the literals every match of its regex holds.
   */
  constructor(anchors: readonly Anchors[], patterns?: readonly RegExp[]) {
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
    const symbolAt = new Map<string, number>();
    const gates = new Map<RegExp, GatePlan>();
    anchors.forEach((a, i) => {
      this.#plans.push({
        words: [...new Set(a.words.map(slot))],
        partners: [...new Set((a.partners ?? []).map(slot))],
        near: a.near ?? NEAR,
        symbols: a.symbols.map((s) => {
          let at = symbolAt.get(s);
          if (at === undefined) symbolAt.set(s, at = symbols.push(s) - 1);
          return at;
        }),
      });
      if (a.gate) {
        let plan = gates.get(a.gate);
        if (plan === undefined) gates.set(a.gate, plan = gatePlan(a.gate));
        plan.rules.push(i);
      }
    });
    this.#armed = new Array(anchors.length).fill(undefined);
    this.#partnerSeen = new Int32Array(anchors.length);
    this.#near = anchors.map(() => []);
    this.#nearAt = new Int32Array(anchors.length);
    this.#literals = new LiteralSet(symbols);
    // A rule has at most one gate, so the order gates run in does not change what a rule gets.
    const all = [...gates.values()];
    this.#asciiGates = all.filter((g) => g.pre === null || g.ascii);
    this.#scriptGates = all.filter((g) => !(g.pre === null || g.ascii));
    this.#gateSeen = new Int32Array(this.#scriptGates.length);
    all.forEach((g, k) => g.pf = k);
    const litIds = new Map<string, number>();
    const needs = (c: LiteralCondition): Needs => {
      if (c === true) return -1;
      if ("lit" in c) {
        let id = litIds.get(c.lit);
        if (id === undefined) litIds.set(c.lit, id = litIds.size);
        return id;
      }
      if ("all" in c) return { all: c.all.map(needs) };
      return { any: c.any.map(needs) };
    };
    this.#needs = anchors.map((_, i) =>
      patterns === undefined ? -1 : needs(literalCondition(patterns[i]))
    );
    this.#viableAt = new Int32Array(anchors.length);
    this.#viable = new Uint8Array(anchors.length);
    this.#litBase = all.length;
    this.#litSeen = new Int32Array(litIds.size);
    this.#prefilter = new GatePrefilter(
      all.map((g) => g.gate.source),
      [...litIds.keys()].map((l) => [l]),
    );
    for (let i = 0; i < this.#slots.size; i++) {
      this.#slotRules.push([]);
      this.#partnerRules.push([]);
    }
    this.#hits = new Array(this.#slots.size).fill(undefined);
    for (let i = 0; i < symbols.length; i++) this.#symbolRules.push([]);
    this.#plans.forEach((plan, r) => {
      for (const w of plan.words) this.#slotRules[w].push(r);
      for (const w of plan.partners) this.#partnerRules[w].push(r);
      for (const sym of plan.symbols) this.#symbolRules[sym].push(r);
    });
    if (this.#slots.size > TABLE_SIZE / 2) {
      throw new Error(
        `AnchorIndex: ${this.#slots.size} anchor words overload a ${TABLE_SIZE}-entry table; raise TABLE_BITS`,
      );
    }
    for (const [k, slot] of this.#slots) {
      let h = Math.imul(k, 0x9e3779b1) >>> TABLE_SHIFT;
      while (this.#tableKeys[h] !== 0) h = (h + 1) & (TABLE_SIZE - 1);
      this.#tableKeys[h] = k + 1;
      this.#tableSlots[h] = slot;
    }
  }

  /**
   * Positions of every anchor word (by slot) in `text`, the slots found (in order of first hit), and
   * the symbol literals: one read of the text serves both (the literal set's pair table is probed
   * in this loop), and notes the non-ASCII blocks for the gates.
   */
  #scan(text: string): {
    hits: (number[] | undefined)[];
    found: number[];
    syms: LiteralHits;
    symsFound: readonly number[];
  } {
    // Reused between scans (reset where the last one wrote): no per-string array of every slot.
    const hits = this.#hits;
    const found = this.#found;
    for (let k = 0; k < found.length; k++) hits[found[k]] = undefined;
    found.length = 0;
    const blockSeen = this.#blockSeen;
    const blockList = this.#blockList;
    blockList.length = 0;
    const segments = this.#segments;
    segments.length = 0;
    let segEnd = -SEGMENT_GAP - 1;
    let overflow = false;
    const epoch = ++this.#epoch;
    const keys = this.#tableKeys;
    const slots = this.#tableSlots;
    const lits = this.#literals;
    const pairs = lits.pairs;
    const scan = lits.begin();
    const n = text.length;
    let h = 0;
    let len = 0;
    let start = 0;
    let prev = 0;
    for (let i = 0; i <= n; i++) {
      // One past the end reads as a space, which ends the last word.
      const c = i < n ? text.charCodeAt(i) : 32;
      // Literal key pairs start with a printable character, so the first probe (prev = 0) is empty.
      const b = pairs[((prev & 127) << 7) | (c & 127)];
      if (b !== 0 && (prev | c) < 128 && i < n) lits.hit(text, i - 1, b, scan);
      prev = c;
      let l: number;
      if (c < 128) l = ASCII_LOWER[c];
      else {
        if (blockSeen[c >> 8] !== epoch) {
          blockSeen[c >> 8] = epoch;
          blockList.push(c >> 8);
        }
        if (i < n) {
          if (i > segEnd + SEGMENT_GAP) {
            if (segments.length >= 2 * MAX_SEGMENTS) overflow = true;
            else segments.push(i, i + 1);
          } else segments[segments.length - 1] = i + 1;
          segEnd = i + 1;
        }
        l = foldWide(c);
      }
      if (l !== 0) {
        if (len === 0) start = i;
        if (len < PREFIX) h = (Math.imul(h, 31) + l) | 0;
        len++;
      } else if (len > 0) {
        // Inline lookup in the flat table (see `constructor`).
        const k = keyOf(h, len);
        let at = Math.imul(k, 0x9e3779b1) >>> TABLE_SHIFT;
        for (;;) {
          const t = keys[at];
          if (t === 0) break;
          if (t === k + 1) {
            const s = slots[at];
            const list = hits[s];
            if (list === undefined) {
              hits[s] = [start];
              found.push(s);
            } else if (list.length < MAX_POSITIONS) list.push(start);
            break;
          }
          at = (at + 1) & (TABLE_SIZE - 1);
        }
        h = 0;
        len = 0;
      }
    }
    this.#segmentsOverflow = overflow;
    return { hits, found, syms: scan.hits, symsFound: scan.found };
  }

  /** Arms the rules of `plan` where its gate opened (`open`), merging with their other anchors. */
  #openGate(plan: GatePlan, open: Armed): void {
    if (open === undefined) return;
    const armed = this.#armed;
    const armedRules = this.#armedRules;
    for (const r of plan.rules) {
      const prev = armed[r];
      if (prev === undefined) armedRules.push(r);
      if (open === "all" || prev === "all") armed[r] = "all";
      else if (prev === undefined) armed[r] = open.slice();
      else armed[r] = prev.length + open.length > MAX_POSITIONS ? "all" : prev.concat(open);
    }
  }

  /**
   * The rules the last {@link AnchorIndex.locate} armed, ascending (so a caller can visit them
   * without walking every rule). Reused by the next call.
   */
  get armedRules(): readonly number[] {
    return this.#armedRules;
  }

  /**
   * Whether the last located text lets a regex's {@link asciiTwin} stand in for it (no `ſ`, Kelvin
   * sign or surrogate in it; see `ascii_twin.ts`).
   */
  get foldSafe(): boolean {
    return this.#foldSafe;
  }

  /**
   * Which rules are armed in `text`, and where. The array (and its position lists) is reused by the
   * next call: read it before locating again.
   */
  locate(text: string): Armed[] {
    const known = this.#memo.find(text);
    if (known !== undefined) return this.#restore(known);
    const { hits: words, found, syms, symsFound } = this.#scan(text);
    const plans = this.#plans;
    // Positions per rule, built from the anchors found (not by walking every rule's anchor list):
    // the work is proportional to what the text holds, not to the size of the rule set.
    const armed = this.#armed;
    const armedRules = this.#armedRules;
    for (let k = 0; k < armedRules.length; k++) armed[armedRules[k]] = undefined;
    armedRules.length = 0;
    const lists = armed as (number[] | undefined)[];
    // Only the symbols found (ascending, as a walk over all of them would meet them).
    const symIds = symsFound.length > 1 ? symsFound.slice().sort((a, b) => a - b) : symsFound;
    for (let k = 0; k < symIds.length; k++) {
      const sym = symIds[k];
      const list = syms[sym];
      for (const r of this.#symbolRules[sym]) {
        const out = lists[r];
        if (out === undefined) {
          lists[r] = list.slice();
          armedRules.push(r);
        } else for (const p of list) out.push(p);
      }
    }
    // Which rules have a partner word in this text: a stamp per rule, from the partner words found.
    // The partners' position lists are gathered only for the few rules a word anchor then visits
    // (not, as before, a new list for each of the hundreds of rules a common partner word names).
    const epoch = this.#epoch;
    const partnerSeen = this.#partnerSeen;
    for (let f = 0; f < found.length; f++) {
      const rules = this.#partnerRules[found[f]];
      for (let j = 0; j < rules.length; j++) partnerSeen[rules[j]] = epoch;
    }
    for (let f = 0; f < found.length; f++) {
      const w = found[f];
      const list = words[w]!;
      const rules = this.#slotRules[w];
      for (let j = 0; j < rules.length; j++) {
        const r = rules[j];
        const plan = plans[r];
        if (plan.partners.length === 0) {
          const out = lists[r];
          if (out === undefined) {
            lists[r] = list.slice();
            armedRules.push(r);
          } else for (const p of list) out.push(p);
          continue;
        }
        if (partnerSeen[r] !== epoch) continue;
        const near = this.#near[r];
        if (this.#nearAt[r] !== epoch) {
          this.#nearAt[r] = epoch;
          partnerLists(plan.partners, words, near);
        }
        for (const p of list) {
          let hit = false;
          for (let q = 0; q < near.length && !hit; q++) hit = hasNear(near[q], p, plan.near);
          if (!hit) continue;
          const out = lists[r];
          if (out === undefined) {
            lists[r] = [p];
            armedRules.push(r);
          } else out.push(p);
        }
      }
    }
    for (let k = 0; k < armedRules.length; k++) {
      const r = armedRules[k];
      if (lists[r]!.length > MAX_POSITIONS) armed[r] = "all";
    }
    // Several rules may share a gate: each gate runs once. Gates of other scripts only run when the
    // text holds a character of a block they may match (an ASCII text skips them all).
    const blocks = this.#blockSeen;
    let unsafe = blocks[0x01] === epoch || blocks[0x21] === epoch;
    for (let b = 0xd8; b <= 0xdf && !unsafe; b++) unsafe = blocks[b] === epoch;
    const twins = this.#foldSafe = !unsafe || foldSafe(text);
    const prefilter = this.#prefilter;
    prefilter.scan(text);
    this.#stampLiterals();
    for (const plan of this.#asciiGates) {
      if (!prefilter.mayMatch(plan.pf) || !this.#anyViable(plan.rules)) continue;
      const gate = twins && plan.twin !== undefined ? plan.twin : plan.gate;
      this.#openGate(
        plan,
        gateHits(gate, plan.testPre ? plan.pre : null, text, prefilter.earliest(plan.pf)),
      );
    }
    if (this.#blockList.length > 0) {
      // Only the gates that may open on a block the text holds, in their order (from per-block
      // lists: a text with one foreign script visits that script's gates, not all of them).
      const queue = this.#gateQueue;
      queue.length = 0;
      const seen = this.#gateSeen;
      for (const b of this.#blockList) {
        for (const k of this.#blockGates[b] ?? this.#gatesOf(b)) {
          if (seen[k] === epoch) continue;
          seen[k] = epoch;
          queue.push(k);
        }
      }
      if (this.#blockList.length > 1) queue.sort((a, b) => a - b);
      for (let q = 0; q < queue.length; q++) {
        const plan = this.#scriptGates[queue[q]];
        if (!prefilter.mayMatch(plan.pf) || !this.#anyViable(plan.rules)) continue;
        const gate = twins && plan.twin !== undefined ? plan.twin : plan.gate;
        this.#openGate(
          plan,
          this.#segmentsOverflow
            ? gateHits(gate, plan.testPre ? plan.pre : null, text)
            : segmentGateHits(gate, text, this.#segments),
        );
      }
    }
    // A rule whose regex needs a literal the text lacks cannot match: it is not armed.
    let kept = 0;
    for (let k = 0; k < armedRules.length; k++) {
      const r = armedRules[k];
      if (this.#isViable(r)) armedRules[kept++] = r;
      else armed[r] = undefined;
    }
    armedRules.length = kept;
    if (armedRules.length > 1) armedRules.sort((a, b) => a - b);
    this.#memo.add(text, armedRules, armed, twins);
    return armed;
  }

  /** Stamps the needed literals the prefilter's last scan found (all of them when it skipped). */
  #stampLiterals(): void {
    const epoch = this.#epoch;
    const seen = this.#litSeen;
    const prefilter = this.#prefilter;
    if (prefilter.skipped) {
      seen.fill(epoch);
      return;
    }
    const base = this.#litBase;
    const marked = prefilter.marked;
    for (let k = 0; k < marked.length; k++) {
      const g = marked[k];
      if (g >= base) seen[g - base] = epoch;
    }
  }

  /** Whether the last scanned text holds what rule `r`'s regex needs (weighed once per text). */
  #isViable(r: number): boolean {
    const epoch = this.#epoch;
    if (this.#viableAt[r] === epoch) return this.#viable[r] === 1;
    const ok = this.#holds(this.#needs[r]);
    this.#viableAt[r] = epoch;
    this.#viable[r] = ok ? 1 : 0;
    return ok;
  }

  /** Whether one of `rules` is {@link AnchorIndex.#isViable}. */
  #anyViable(rules: readonly number[]): boolean {
    for (let k = 0; k < rules.length; k++) if (this.#isViable(rules[k])) return true;
    return false;
  }

  #holds(n: Needs): boolean {
    if (typeof n === "number") return n < 0 || this.#litSeen[n] === this.#epoch;
    if ("all" in n) {
      for (const c of n.all) if (!this.#holds(c)) return false;
      return true;
    }
    for (const c of n.any) if (this.#holds(c)) return true;
    return false;
  }

  /**
   * The script gates that may open on a character of 256-code-unit block `b` (remembered): every
   * one for a surrogate block (surrogates may pair up into characters of any plane), else those
   * whose first-character class matches a character of the block.
   */
  #gatesOf(b: number): number[] {
    const out: number[] = [];
    const surrogate = b >= 0xd8 && b <= 0xdf;
    const chars = surrogate ? "" : blockChars(b);
    this.#scriptGates.forEach((g, k) => {
      if (surrogate || g.pre!.test(chars)) out.push(k);
    });
    return this.#blockGates[b] = out;
  }

  /** Puts a remembered answer of {@link AnchorIndex.locate} in place of the last one. */
  #restore(known: ArmedEntry): Armed[] {
    const armed = this.#armed;
    const armedRules = this.#armedRules;
    for (let k = 0; k < armedRules.length; k++) armed[armedRules[k]] = undefined;
    armedRules.length = 0;
    for (let k = 0; k < known.rules.length; k++) {
      armedRules.push(known.rules[k]);
      armed[known.rules[k]] = known.lists[k];
    }
    this.#foldSafe = known.foldSafe;
    return armed;
  }
}

/**
 * Fills `out` with the position lists of the `partners` slots that `words` (a scan's positions by
 * slot) holds. A word anchor then counts when any of them is near: an "any" test, so the order of
 * the lists does not matter.
 */
function partnerLists(
  partners: readonly number[],
  words: readonly (number[] | undefined)[],
  out: number[][],
): void {
  out.length = 0;
  for (let k = 0; k < partners.length; k++) {
    const list = words[partners[k]];
    if (list !== undefined) out.push(list);
  }
}

/** A gate source that starts with a one-character lookahead class. */
const LOOKAHEAD_CLASS = /^\(\?=(\[(?:[^\]\\]|\\.)+\])\)/;
/** Characters with a meaning in a regex source (outside a class). */
const SYNTAX = /[\\[\](){}|.*+?^$]/;

/**
 * The one-character class every match of `gate` starts with: the lookahead of a gate written
 * `(?=[…])(?:…)` (the non-Latin script gates), or the first characters of a gate that is a plain
 * alternation of literal words (`αγνό|ξέχα|…`). A plain class test over the text is much cheaper
 * than trying the gate at every position in Unicode mode.
 */
function firstClass(gate: RegExp): RegExp | null {
  const flags = gate.flags.replace(/[gy]/g, "");
  const m = LOOKAHEAD_CLASS.exec(gate.source);
  if (m) return new RegExp(m[1], flags);
  const words = gate.source.split("|");
  if (words.some((w) => w.length === 0 || SYNTAX.test(w))) return null;
  let cls = "";
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c >= 0xd800 && c <= 0xdfff) return null;
    cls += "\\u" + c.toString(16).padStart(4, "0");
  }
  return new RegExp(`[${cls}]`, flags);
}

/** Every ASCII character. */
const ASCII_CHARS = String.fromCharCode(...Array.from({ length: 128 }, (_, c) => c));

/** The non-ASCII characters of 256-code-unit block `b` (not a surrogate block). */
function blockChars(b: number): string {
  const codes: number[] = [];
  for (let c = Math.max(b << 8, 128); c < (b + 1) << 8; c++) codes.push(c);
  return String.fromCharCode(...codes);
}

function gatePlan(gate: RegExp): GatePlan {
  const pre = firstClass(gate);
  const ascii = pre === null || pre.test(ASCII_CHARS);
  return {
    gate,
    twin: asciiTwin(gate),
    pf: -1,
    rules: [],
    pre,
    testPre: LOOKAHEAD_CLASS.test(gate.source),
    ascii,
  };
}

/** A plain (not global) gate's global copy, to search from a position. */
const SEARCHES = new Map<RegExp, RegExp>();
function searchFrom(gate: RegExp): RegExp {
  let out = SEARCHES.get(gate);
  if (out === undefined) SEARCHES.set(gate, out = new RegExp(gate.source, gate.flags + "g"));
  return out;
}

/**
 * Where a gate opens: `"all"` for a plain gate that matches, match positions for a global one,
 * whose search begins at `from` (no match of it starts before: `GatePrefilter.earliest`).
 */
function gateHits(gate: RegExp, pre: RegExp | null, text: string, from = 0): Armed {
  if (pre !== null && !pre.test(text)) return undefined;
  if (!gate.global) {
    if (from === 0 || gate.sticky) return gate.test(text) ? "all" : undefined;
    // The same search begun where the first of the gate's literals is: the positions before it
    // (most of a text whose only literal comes late) are not tried for nothing.
    const search = searchFrom(gate);
    search.lastIndex = from;
    return search.test(text) ? "all" : undefined;
  }
  const out: number[] = [];
  gate.lastIndex = gate.sticky ? 0 : from;
  for (let m = gate.exec(text); m !== null; m = gate.exec(text)) {
    if (out.length >= MAX_POSITIONS) return "all";
    out.push(m.index);
    if (m[0].length === 0) gate.lastIndex++;
  }
  return out.length > 0 ? out : undefined;
}

/**
 * {@link gateHits} for a gate whose matches start on a non-ASCII character, run only over the
 * text's non-ASCII segments (`[start, end)` pairs). A match may run on into ASCII ("ỏ qua",
 * "أعد توجيه"), so each segment is read on past its end over any whitespace and
 * {@link SEGMENT_GAP} more characters; a match must start inside the segment (the next segment
 * reads its own).
 */
function segmentGateHits(gate: RegExp, text: string, segments: readonly number[]): Armed {
  const out: number[] = [];
  for (let k = 0; k < segments.length; k += 2) {
    const from = segments[k];
    const end = segments[k + 1];
    let to = end;
    while (to < text.length && to - end < 4096 && SPACE.test(text[to])) to++;
    // A few characters before the run too, for a look-behind ("AI に": the particle opens the
    // match, the ASCII name before it is read behind).
    const back = Math.min(LOOK_BACK, from);
    const part = text.slice(from - back, Math.min(text.length, to + SEGMENT_GAP));
    if (!gate.global) {
      if (gate.test(part)) return "all";
      continue;
    }
    gate.lastIndex = 0;
    for (let m = gate.exec(part); m !== null; m = gate.exec(part)) {
      if (m.index - back >= end - from) break;
      if (out.length >= MAX_POSITIONS) return "all";
      out.push(from - back + m.index);
      if (m[0].length === 0) gate.lastIndex++;
    }
  }
  return out.length > 0 ? out : undefined;
}
const SPACE = /\s/;
