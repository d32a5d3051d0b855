/**
 * A learned second opinion for the injection grammar: logistic regression over hashed word
 * unigrams and bigrams, trained offline by `scripts/dev/train_injection_model.ts` on the project's
 * attack and benign cases plus real documentation, and shipped as `_injection_model_weights.ts`.
 *
 * The grammar reads techniques; it misses orders it has no phrase for ("the escrow balance is
 * released to the new account on receipt of this notice"). A bag of words sees what such texts
 * share with known attacks (an act, an outside target, urgency, a waived check) without needing
 * the grammar of each. It is trusted alone only far above the injections' level: benign twins
 * written with the same words (a runbook, a security advisory) score high too. So mostly it tips
 * the balance where the grammar already found a partial signal (see `injection.ts`), which is
 * where held-out rounds showed it adds most and costs least (round 19, never seen by rules or
 * model, 31/65 → 49/65 blocked with no new false positive among its 74 benign twins); above
 * {@link BLOCK_LOGIT} it blocks a result the grammar found nothing in.
 *
 * The features and the model are in `_learned.ts`.
 */
import { LearnedModel, windowedLogit } from "./_learned.ts";
import { MODEL_BIAS, MODEL_SCALE, MODEL_WEIGHTS_B64 } from "./_injection_model_weights.ts";
import { INJECTION_BLOCK_LOGIT } from "./_learned_levels.ts";
/** Logit above which the model alone blocks a tool result (chosen in `_learned_levels.ts`). */
export const BLOCK_LOGIT = INJECTION_BLOCK_LOGIT;

/**
 * Logit above which the model's reading counts as a signal (chosen on held-out rounds: at 1.0 one
 * security article quoting an attack was lifted; 1.25 keeps every held-out round's gain but one
 * case).
 */
export const SIGNAL_LOGIT = 1.25;
/** Windows of a long result the model reads when no grammar match says where to look. */
export const MAX_ALONE_WINDOWS = 32;
/**
 * Shorter texts are not read by the model: a line or two ("User: … Assistant: …", "Note for
 * whoever reads this: the coffee machine is broken") carries too few words to judge, and the
 * held-out rounds' injections are longer.
 */
export const MIN_CHARS = 140;
/** Longest text scored as one window; longer texts are scored in windows of this size. */
export const MODEL_WINDOW = 2400;

const MODEL = new LearnedModel({ bias: MODEL_BIAS, scale: MODEL_SCALE, b64: MODEL_WEIGHTS_B64 });

/** The model's logit for one window of text (0 or below: ordinary; above 1: injection-like). */
export function windowLogit(text: string): number {
  return MODEL.logit(text);
}

/**
 * The highest logit over the windows of `text` that hold one of `around` (offsets where the
 * grammar matched; all of a short text). A long tool result is read in windows of
 * {@link MODEL_WINDOW} characters centred on those offsets, at most `maxWindows` of them.
 */
export function modelLogit(text: string, around: readonly number[] = [], maxWindows = 4): number {
  if (text.length < 2 * MIN_CHARS && text.trim().length < MIN_CHARS) {
    return Number.NEGATIVE_INFINITY;
  }
  if (text.length <= MODEL_WINDOW) return windowLogit(text);
  const centres = around.length > 0 ? around.slice(0, maxWindows) : [MODEL_WINDOW / 2];
  let best = Number.NEGATIVE_INFINITY;
  for (const c of centres) {
    const from = Math.max(0, Math.min(text.length - MODEL_WINDOW, c - MODEL_WINDOW / 2));
    best = Math.max(best, windowLogit(text.slice(from, from + MODEL_WINDOW)));
  }
  return best;
}

/**
 * The highest logit over consecutive windows of `text` (at most {@link MAX_ALONE_WINDOWS}, half
 * overlapping so an injection cut by one window boundary is whole in the next): the reading for a
 * result the grammar found nothing in.
 */
export function wholeLogit(text: string): number {
  if (text.length < 2 * MIN_CHARS && text.trim().length < MIN_CHARS) {
    return Number.NEGATIVE_INFINITY;
  }
  return windowedLogit(windowLogit, text, MODEL_WINDOW, MAX_ALONE_WINDOWS);
}
