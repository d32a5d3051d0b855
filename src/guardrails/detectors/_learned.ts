/**
 * The learned signal's machinery: a logistic regression over hashed word unigrams and bigrams,
 * trained offline by `scripts/dev/train_injection_model.ts` and shipped as Int8 weights
 * (`_injection_model.ts` reads tool results with it). Kept apart from the injection specifics so a
 * model for another stage can reuse the features and the weight format.
 *
 * Features: the text is lower-cased (per UTF-16 unit, by a table) and cut into words (letters, digits and marks of any script)
 * and single punctuation characters; a word counts by its first {@link MAX_WORD} characters; a run
 * of CJK, kana, Hangul or Thai characters counts as its character bigrams. Each unigram and each
 * pair of neighbouring tokens is hashed (FNV-1a over UTF-16 code units) into 2^16 buckets. A text's
 * logit is `bias + Σ w / √max(n, MIN_FEATURES)` over its n distinct buckets, so long texts do not
 * win by length nor short ones by one loaded word.
 */

/** Hash buckets (2^16: the Int8 weight table is 64 KB and stays in cache). */
export const MODEL_BUCKETS = 1 << 16;
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

/**
 * Per BMP code unit: its lower-case (the first unit where lower-casing yields two, as for İ) in the
 * high bits and its class in the low 8 bits — one table read per character. Filled on first sight
 * of each unit (-1 until then): a text meets few scripts, and classing all 65,536 units up front
 * cost ~10 ms and ~15 MB of transient strings in every process and scan worker.
 */
let classes: Int32Array | undefined;
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/u;

function classTable(): Int32Array {
  if (classes) return classes;
  classes = new Int32Array(0x10000).fill(-1);
  for (let c = 0; c < 128; c++) classify(c);
  return classes;
}

/** Classes code unit `c` into the table (see {@link classes}) and returns its entry. */
function classify(c: number): number {
  const t = classes!;
  if (c >= 0xd800 && c <= 0xdfff) return t[c] = (c << 8) | SURROGATE;
  const ch = String.fromCharCode(c);
  const cls = WORD_RE.test(ch)
    ? WORD | (DENSE.test(ch) ? DENSE_BIT : 0)
    : SPACE_RE.test(ch)
    ? SPACE
    : PUNCT;
  return t[c] = (ch.toLowerCase().charCodeAt(0) << 8) | cls;
}

/** The table entry of code unit `c`, classing it on first sight. */
function entryOf(t: Int32Array, c: number): number {
  const e = t[c];
  return e >= 0 ? e : classify(c);
}

const ASTRAL_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const ASTRAL_SPACE = /^\s$/u;

/** Class and length (1 or 2 code units, times 16) of the surrogate-led character at `i`. */
function astralClass(s: string, i: number): number {
  const cp = s.codePointAt(i)!;
  const len = cp > 0xffff ? 2 : 1;
  const ch = String.fromCodePoint(cp);
  const cls = ASTRAL_WORD.test(ch) ? WORD : ASTRAL_SPACE.test(ch) ? SPACE : PUNCT;
  return cls | (len << 4);
}

/** Tokens of the last `spans` call: starts and lengths in the text, and their hashes. */
let starts = new Int32Array(1024);
let lens = new Int32Array(1024);
let hashes = new Int32Array(1024);

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Cuts `s` into tokens and returns their number (spans and FNV-1a hashes over lower-cased UTF-16
 * code units in `starts`/`lens`/`hashes`): a run of word characters is a word (its first
 * {@link MAX_WORD} units; as character bigrams when it holds a dense-script character), any other
 * non-space character a token of its own. A token never takes fewer units than it yields tokens,
 * so `s.length` slots suffice.
 */
function spans(s: string): number {
  const end = s.length;
  if (starts.length < end) {
    const size = Math.max(end, 2 * starts.length);
    starts = new Int32Array(size);
    lens = new Int32Array(size);
    hashes = new Int32Array(size);
  }
  const st = starts;
  const ln = lens;
  const hs = hashes;
  const t = classTable();
  let n = 0;
  let i = 0;
  while (i < end) {
    let e = t[s.charCodeAt(i)];
    if (e < 0) e = classify(s.charCodeAt(i));
    let k = e & 0xff;
    let units = 1;
    if (k === SURROGATE) {
      k = astralClass(s, i);
      units = k >> 4;
      k &= 3;
    }
    if (k === SPACE) {
      i += units;
      continue;
    }
    if (k === PUNCT) {
      let h = Math.imul(FNV_OFFSET ^ (e >> 8), FNV_PRIME);
      if (units === 2) h = Math.imul(h ^ s.charCodeAt(i + 1), FNV_PRIME);
      st[n] = i;
      ln[n] = units;
      hs[n++] = h;
      i += units;
      continue;
    }
    // A word: hash its first MAX_WORD units while reading on to its end.
    const from = i;
    const cut = from + MAX_WORD;
    let dense = 0;
    let h = FNV_OFFSET;
    for (;;) {
      dense |= k;
      if (i < cut) h = Math.imul(h ^ (e >> 8), FNV_PRIME);
      i++;
      if (units === 2) {
        if (i < cut) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
        i++;
      }
      if (i >= end) break;
      e = t[s.charCodeAt(i)];
      if (e < 0) e = classify(s.charCodeAt(i));
      k = e & 0xff;
      units = 1;
      if (k === SURROGATE) {
        k = astralClass(s, i);
        units = k >> 4;
        k &= 3;
      }
      if ((k & 3) !== WORD) break;
    }
    const len = i - from;
    if ((dense & DENSE_BIT) !== 0 && len > 1) {
      // Character bigrams (rare: CJK, kana, Hangul, Thai text).
      for (let j = from; j + 1 < i; j++) {
        st[n] = j;
        ln[n] = 2;
        hs[n++] = Math.imul(
          Math.imul(FNV_OFFSET ^ (entryOf(t, s.charCodeAt(j)) >> 8), FNV_PRIME) ^
            (entryOf(t, s.charCodeAt(j + 1)) >> 8),
          FNV_PRIME,
        );
      }
    } else {
      st[n] = from;
      ln[n] = len > MAX_WORD ? MAX_WORD : len;
      hs[n++] = h;
    }
  }
  return n;
}

/** Tokens of `text` as the model reads them (exported for the trainer and tests). */
export function tokens(text: string): string[] {
  const n = spans(text);
  const t = classTable();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = "";
    for (let j = starts[i]; j < starts[i] + lens[i]; j++) {
      w += String.fromCharCode(entryOf(t, text.charCodeAt(j)) >> 8);
    }
    out.push(w);
  }
  return out;
}

/** Distinct buckets counted by the last {@link scanFeatures} call. */
let distinct = 0;

/** Murmur3's finaliser: spreads a 32-bit hash over every bit (the bucket is its low bits). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Tags that keep a word's unigram and a pair starting with it in different buckets. */
const UNIGRAM = 0x75;
const BIGRAM = 0x62;

/**
 * One pass over `text`'s distinct hash buckets (each token's unigram, then its pair with the token
 * before): each is pushed to `out` when given, and its weight in `weights` (when given) added to
 * the returned sum. Tokens are cut without building strings; a token's hash is FNV-1a over its
 * UTF-16 code units, mixed with a tag into a unigram bucket and with the previous token's hash
 * into a pair bucket; a bitmap of the buckets does the distinct test.
 */
function scanFeatures(text: string, weights: Int8Array | null, out: number[] | null): number {
  const n = spans(text);
  const mask = MODEL_BUCKETS - 1;
  const seen = seenBits;
  seen.fill(0);
  let prev = 0;
  let sum = 0;
  let count = 0;
  const hs = hashes;
  for (let i = 0; i < n; i++) {
    const h = hs[i];
    const u = mix(h ^ UNIGRAM) & mask;
    if ((seen[u >>> 5] & (1 << (u & 31))) === 0) {
      seen[u >>> 5] |= 1 << (u & 31);
      count++;
      if (weights !== null) sum += weights[u];
      if (out !== null) out.push(u);
    }
    if (i > 0) {
      const b = mix(Math.imul(prev, 0x9e3779b1) ^ h ^ BIGRAM) & mask;
      if ((seen[b >>> 5] & (1 << (b & 31))) === 0) {
        seen[b >>> 5] |= 1 << (b & 31);
        count++;
        if (weights !== null) sum += weights[b];
        if (out !== null) out.push(b);
      }
    }
    prev = h;
  }
  distinct = count;
  return sum;
}

/** The distinct test: one bit per bucket (8 KB), cleared per text. */
const seenBits = new Int32Array(MODEL_BUCKETS >>> 5);

/** Distinct hash buckets of `text` (unigrams tagged `u`, bigrams `b`), in order of first use. */
export function features(text: string): number[] {
  const out: number[] = [];
  scanFeatures(text, null, out);
  return out;
}

/** The shipped form (ascending buckets as LEB128 deltas, each + Int8) as a table by bucket. */
export function decodeTable(b64: string): Int8Array {
  // A plain loop: `Uint8Array.from(string, fn)` first makes an array of one string per character.
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const table = new Int8Array(MODEL_BUCKETS);
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
    table[bucket] = q > 127 ? q - 256 : q;
  }
  return table;
}

/** Bucket → weight (the Int8 table times `scale`), non-zero weights only. */
export function decodeWeights(b64: string, scale: number): Map<number, number> {
  const table = decodeTable(b64);
  const map = new Map<number, number>();
  for (let b = 0; b < table.length; b++) if (table[b] !== 0) map.set(b, table[b] * scale);
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
  #table?: Int8Array;
  constructor(readonly shipped: ShippedWeights) {}

  /** Logit of one window of text. */
  logit(text: string): number {
    // Int8 weights, 256 KB: the table stays in cache where a Float32 one (1 MB) would not.
    this.#table ??= decodeTable(this.shipped.b64);
    const sum = scanFeatures(text, this.#table, null);
    const n = distinct;
    if (n === 0) return this.shipped.bias;
    return this.shipped.bias + sum * this.shipped.scale / Math.sqrt(Math.max(MIN_FEATURES, n));
  }
}

/**
 * The highest `logit` over consecutive windows of `text` of `window` characters (at most
 * `maxWindows`), half overlapping so a passage cut by one window boundary is whole in the next.
 */
export function windowedLogit(
  logit: (window: string) => number,
  text: string,
  window: number,
  maxWindows: number,
): number {
  if (text.length <= window) return logit(text);
  const step = window / 2;
  let best = Number.NEGATIVE_INFINITY;
  for (let k = 0, from = 0; k < maxWindows && from < text.length - step; k++, from += step) {
    best = Math.max(best, logit(text.slice(from, from + window)));
  }
  return best;
}
