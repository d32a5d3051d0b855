/**
 * A learned reading of a whole tool call's arguments (the `<call>` view, `walk.ts` `callText`): the
 * same hashed-word logistic regression as the injection and definition models (`_learned.ts`),
 * trained offline by `scripts/dev/train_args_model.ts` on the project's dangerous-argument cases
 * (commands, code, IaC, paths, URLs, secrets sent out, obfuscated payloads) against every benign
 * call of the eval and real documentation, and shipped as `_args_model_weights.ts`.
 *
 * The argument rules read techniques one round at a time; a new round's dangerous call is written
 * in the same technical tokens (flags, keys, manifest fields, API names) as earlier ones, which do
 * not change with the language of its justification — so a bag of those tokens carries to calls
 * no rule has a pattern for better than the prose models do. It blocks only far above the level
 * where the benign look-alikes of held-out rounds start ({@link ARGS_BLOCK_LOGIT}).
 */
import { LearnedModel } from "./_learned.ts";
import { MODEL_BIAS, MODEL_SCALE, MODEL_WEIGHTS_B64 } from "./_args_model_weights.ts";
import { ARGS_BLOCK_LOGIT } from "./_learned_levels.ts";
export { ARGS_BLOCK_LOGIT };

/**
 * Shorter call texts are not read: in a 60-character call (`roles billing_admin mfa.enabled true`)
 * one loaded word weighs too much. By rolling origin (the table in the README) a minimum of 100
 * costs one of 23 misses blocked at 2.5 and no benign twin; 150 costs four.
 */
export const ARGS_MIN_CHARS = 100;

const MODEL = new LearnedModel({ bias: MODEL_BIAS, scale: MODEL_SCALE, b64: MODEL_WEIGHTS_B64 });

/** The model's logit for a call text (`callText`): 0 or below ordinary, above 3 dangerous-like. */
export function argsLogit(text: string): number {
  if (text.length < ARGS_MIN_CHARS) return Number.NEGATIVE_INFINITY;
  return MODEL.logit(text);
}
