/**
 * The learned signal's machinery: a logistic regression over hashed word unigrams and bigrams,
 * trained offline by `scripts/dev/train_injection_model.ts` and shipped as Int8 weights
 * (`_injection_model.ts` reads tool results with it). Kept apart from the injection specifics so a
 * model for another stage can reuse the features and the weight format.
 *
 * Features: the text is lower-cased and cut into words (letters, digits and marks of any script)
 * and single punctuation characters; a word counts by its first {@link MAX_WORD} characters; a run
 * of CJK, kana, Hangul or Thai characters counts as its character bigrams. Each unigram and each
 * pair of neighbouring tokens is hashed (FNV-1a over UTF-16 code units) into 2^18 buckets. A text's
 * logit is `bias + Σ w / √max(n, MIN_FEATURES)` over its n distinct buckets, so long texts do not
 * win by length nor short ones by one loaded word.
 */

/** Hash buckets (2^18). */
export const MODEL_BUCKETS = 1 << 18;
/** Characters of a word that count (longer words are cut: "administrators" ~ "administrato"). */
export const MAX_WORD = 12;
/**
 * Feature count below which a text is normalised as if it had this many: a two-line snippet
 * ("User: … Assistant: …") must not score like a whole paragraph on the strength of two loaded
 * words.
 */
export const MIN_FEATURES = 48;
const DENSE = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/** Character classes of the tokenizer (per UTF-16 code unit of the BMP). */
const SPACE = 0;
const WORD = 1;
const PUNCT = 2;
/** Set on WORD for a character of a dense script (CJK, kana, Hangul, Thai). */
const DENSE_BIT = 4;
/** A surrogate: its class depends on the code point it forms (rare; decided per character). */
const SURROGATE = 8;

let classes: Uint8Array | undefined;

/**
 * Class of every BMP code unit, built once on first use: word characters are `\p{L}\p{N}\p{M}`,
 * spaces `\s`, anything else a one-character token.
 */
function classTable(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}\p{M}]/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = SURROGATE;
    else {
      const ch = String.fromCharCode(c);
      if (word.test(ch)) t[c] = WORD | (DENSE.test(ch) ? DENSE_BIT : 0);
      else t[c] = space.test(ch) ? SPACE : PUNCT;
    }
  }
  return classes = t;
}

const ASTRAL_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const ASTRAL_SPACE = /^\s$/u;

/** Class and length (1 or 2 code units) of the character at `i`. */
function classAt(t: Uint8Array, s: string, i: number): number {
  const c = s.charCodeAt(i);
  const k = t[c];
  if (k !== SURROGATE) return k | 16;
  const cp = s.codePointAt(i)!;
  const len = cp > 0xffff ? 2 : 1;
  const ch = String.fromCodePoint(cp);
  const cls = ASTRAL_WORD.test(ch) ? WORD : ASTRAL_SPACE.test(ch) ? SPACE : PUNCT;
  return cls | (len << 4);
}

/** Token spans of the last `spans` call: starts and lengths in the lower-cased text. */
let starts = new Int32Array(1024);
let lens = new Int32Array(1024);

function push(n: number, start: number, len: number): number {
  if (n === starts.length) {
    const s2 = new Int32Array(n * 2);
    s2.set(starts);
    starts = s2;
    const l2 = new Int32Array(n * 2);
    l2.set(lens);
    lens = l2;
  }
  starts[n] = start;
  lens[n] = len;
  return n + 1;
}

/**
 * Cuts lower-cased `s` into token spans (into `starts`/`lens`) and returns their number: a run of
 * word characters is a word (its first {@link MAX_WORD} units; as character bigrams when it holds a
 * dense-script character), any other non-space character a token of its own.
 */
function spans(s: string): number {
  const t = classTable();
  let n = 0;
  let i = 0;
  const end = s.length;
  while (i < end) {
    let k = classAt(t, s, i);
    let cls = k & 3;
    if (cls === SPACE) {
      i += k >> 4;
      continue;
    }
    if (cls === PUNCT) {
      n = push(n, i, k >> 4);
      i += k >> 4;
      continue;
    }
    const from = i;
    let dense = false;
    for (;;) {
      if ((k & DENSE_BIT) !== 0) dense = true;
      i += k >> 4;
      if (i >= end) break;
      k = classAt(t, s, i);
      cls = k & 3;
      if (cls !== WORD) break;
    }
    const len = i - from;
    if (dense && len > 1) { for (let j = from; j + 1 < i; j++) n = push(n, j, 2); }
    else n = push(n, from, len > MAX_WORD ? MAX_WORD : len);
  }
  return n;
}

/** Tokens of `text` as the model reads them (exported for the trainer and tests). */
export function tokens(text: string): string[] {
  const s = text.toLowerCase();
  const n = spans(s);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(s.slice(starts[i], starts[i] + lens[i]));
  return out;
}

/** Distinct buckets counted by the last {@link scanFeatures} call. */
let distinct = 0;

/**
 * One pass over `text`'s distinct hash buckets (unigrams tagged `u`, bigrams `b`, in the order
 * the trainer saw them): each is pushed to `out` when given, and its weight in `dense` (when given)
 * added to the returned sum. Tokens are cut without building strings, the three hashes of a token
 * come from one read of its characters, and a generation-stamped table does the distinct test.
 */
function scanFeatures(text: string, dense: Float32Array | null, out: number[] | null): number {
  const s = text.toLowerCase();
  const n = spans(s);
  const gen = nextGeneration();
  const mask = MODEL_BUCKETS - 1;
  const P = 0x01000193;
  const OFFSET = 0x811c9dc5 | 0;
  let prev = 0;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const from = starts[i];
    const to = from + lens[i];
    let hu = Math.imul(OFFSET ^ 117, P);
    let hp = Math.imul(OFFSET ^ 32, P);
    let hb = Math.imul(prev ^ 98, P);
    for (let j = from; j < to; j++) {
      const c = s.charCodeAt(j);
      const lo = c & 0xff;
      const hi = c >>> 8;
      hu = Math.imul(Math.imul(hu ^ lo, P) ^ hi, P);
      hp = Math.imul(Math.imul(hp ^ lo, P) ^ hi, P);
      hb = Math.imul(Math.imul(hb ^ lo, P) ^ hi, P);
    }
    if (i > 0) {
      const b = (hb >>> 0) & mask;
      if (stamp[b] !== gen) {
        stamp[b] = gen;
        count++;
        if (dense !== null) sum += dense[b];
        if (out !== null) out.push(b);
      }
    }
    const u = (hu >>> 0) & mask;
    if (stamp[u] !== gen) {
      stamp[u] = gen;
      count++;
      if (dense !== null) sum += dense[u];
      if (out !== null) out.push(u);
    }
    prev = hp;
  }
  distinct = count;
  return sum;
}

const stamp = new Int32Array(MODEL_BUCKETS);
let generation = 0;

function nextGeneration(): number {
  if (++generation === 0x7fffffff) {
    stamp.fill(0);
    generation = 1;
  }
  return generation;
}

/** Distinct hash buckets of `text` (unigrams tagged `u`, bigrams `b`), in order of first use. */
export function features(text: string): number[] {
  const out: number[] = [];
  scanFeatures(text, null, out);
  return out;
}

/** Bucket → weight from the shipped form: ascending buckets as LEB128 deltas, each + Int8. */
export function decodeWeights(b64: string, scale: number): Map<number, number> {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const map = new Map<number, number>();
  let at = 0;
  let bucket = 0;
  while (at < bytes.length) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      delta |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    bucket += delta;
    const q = bytes[at++];
    map.set(bucket, (q > 127 ? q - 256 : q) * scale);
  }
  return map;
}

/** Logit of `text` under weights `w` and `bias` (the trainer scores candidate weights so). */
export function logitWith(w: ReadonlyMap<number, number>, bias: number, text: string): number {
  const feats = features(text);
  if (feats.length === 0) return bias;
  let sum = 0;
  for (const f of feats) sum += w.get(f) ?? 0;
  const n = feats.length;
  return bias + sum / Math.sqrt(Math.max(MIN_FEATURES, n));
}

/** Weights shipped as a generated module (see the trainer). */
export interface ShippedWeights {
  bias: number;
  scale: number;
  b64: string;
}

/** A shipped model: decodes its weights on first use, into a dense table read per feature. */
export class LearnedModel {
  #dense?: Float32Array;
  constructor(readonly shipped: ShippedWeights) {}

  /** Logit of one window of text. */
  logit(text: string): number {
    let dense = this.#dense;
    if (dense === undefined) {
      dense = this.#dense = new Float32Array(MODEL_BUCKETS);
      for (const [b, w] of decodeWeights(this.shipped.b64, this.shipped.scale)) dense[b] = w;
    }
    const sum = scanFeatures(text, dense, null);
    const n = distinct;
    if (n === 0) return this.shipped.bias;
    return this.shipped.bias + sum / Math.sqrt(Math.max(MIN_FEATURES, n));
  }
}
