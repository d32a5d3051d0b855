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
const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}\s]/gu;
const DENSE = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/** FNV-1a over the UTF-16 code units of `tag` followed by `s` (both bytes of each unit). */
function fnv(tag: number, s: string, h = 0x811c9dc5 | 0): number {
  h = Math.imul(h ^ tag, 0x01000193);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c & 0xff), 0x01000193);
    h = Math.imul(h ^ (c >>> 8), 0x01000193);
  }
  return h;
}

/** Tokens of `text` as the model reads them (exported for the trainer and tests). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(TOKEN)) {
    const w = m[0];
    if (w.length > 1 && DENSE.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
    } else out.push(w.length > MAX_WORD ? w.slice(0, MAX_WORD) : w);
  }
  return out;
}

/** Distinct hash buckets of `text` (unigrams tagged `u`, bigrams `b`), unsorted. */
export function features(text: string): number[] {
  const toks = tokens(text);
  const seen = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    seen.add((fnv(117, toks[i]) >>> 0) % MODEL_BUCKETS);
    if (i + 1 < toks.length) {
      seen.add((fnv(98, toks[i + 1], fnv(32, toks[i])) >>> 0) % MODEL_BUCKETS);
    }
  }
  return [...seen];
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
  return bias + sum / Math.sqrt(Math.max(MIN_FEATURES, feats.length));
}

/** Weights shipped as a generated module (see the trainer). */
export interface ShippedWeights {
  bias: number;
  scale: number;
  b64: string;
}

/** A shipped model: decodes its weights on first use. */
export class LearnedModel {
  #weights?: Map<number, number>;
  constructor(readonly shipped: ShippedWeights) {}

  /** Logit of one window of text. */
  logit(text: string): number {
    this.#weights ??= decodeWeights(this.shipped.b64, this.shipped.scale);
    return logitWith(this.#weights, this.shipped.bias, text);
  }
}
