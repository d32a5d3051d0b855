/**
 * A learned second opinion for the injection grammar: logistic regression over hashed word
 * unigrams and bigrams, trained offline by `scripts/train/injection_model.ts` on the project's
 * attack and benign cases plus real documentation, and shipped as `_injection_model_weights.ts`.
 *
 * The grammar reads techniques; it misses orders it has no phrase for ("the escrow balance is
 * released to the new account on receipt of this notice"). A bag of words sees what such texts
 * share with known attacks (an act, an outside target, urgency, a waived check) without needing
 * the grammar of each. It is not trusted alone: benign twins written with the same words (a
 * runbook, a security advisory) score high too. So it only tips the balance where the grammar
 * already found a partial signal (see `injection.ts`), which is where held-out rounds showed it
 * adds most and costs least: round 19, never seen by rules or model, 31/65 → 49/65 blocked with no
 * new false positive among its 74 benign twins.
 *
 * Features: the text is lower-cased and cut into words (letters, digits and marks of any script)
 * and single punctuation characters; a word counts by its first {@link MAX_WORD} characters; a run
 * of CJK, kana, Hangul or Thai characters counts as its character bigrams. Each unigram and each
 * pair of neighbouring tokens is hashed (FNV-1a over UTF-16 code units) into 2^18 buckets. A text's
 * logit is `bias + Σ w / √n` over its n distinct buckets, so long texts do not win by length.
 */
import { MODEL_BIAS, MODEL_SCALE, MODEL_WEIGHTS_B64 } from "./_injection_model_weights.ts";

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
/**
 * Logit above which the model's reading counts as a signal (chosen on held-out rounds: at 1.0 one
 * security article quoting an attack was lifted; 1.25 keeps every held-out round's gain but one
 * case).
 */
export const SIGNAL_LOGIT = 1.25;
/**
 * Shorter texts are not read by the model: a line or two ("User: … Assistant: …", "Note for
 * whoever reads this: the coffee machine is broken") carries too few words to judge, and the
 * held-out rounds' injections are longer.
 */
export const MIN_CHARS = 140;
/** Longest text scored as one window; longer texts are scored in windows of this size. */
export const MODEL_WINDOW = 2400;

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

let shipped: Map<number, number> | undefined;

/** The model's logit for one window of text (0 or below: ordinary; above 1: injection-like). */
export function windowLogit(text: string): number {
  shipped ??= decodeWeights(MODEL_WEIGHTS_B64, MODEL_SCALE);
  return logitWith(shipped, MODEL_BIAS, text);
}

/**
 * The highest logit over the windows of `text` that hold one of `around` (offsets where the
 * grammar matched; all of a short text). A long tool result is read in windows of
 * {@link MODEL_WINDOW} characters centred on those offsets, at most `maxWindows` of them.
 */
export function modelLogit(text: string, around: readonly number[] = [], maxWindows = 4): number {
  if (text.trim().length < MIN_CHARS) return Number.NEGATIVE_INFINITY;
  if (text.length <= MODEL_WINDOW) return windowLogit(text);
  const centres = around.length > 0 ? around.slice(0, maxWindows) : [MODEL_WINDOW / 2];
  let best = Number.NEGATIVE_INFINITY;
  for (const c of centres) {
    const from = Math.max(0, Math.min(text.length - MODEL_WINDOW, c - MODEL_WINDOW / 2));
    best = Math.max(best, windowLogit(text.slice(from, from + MODEL_WINDOW)));
  }
  return best;
}
