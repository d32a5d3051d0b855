/**
 * Trains the learned argument check (`src/guardrails/detectors/_args_model.ts`) and writes
 * `src/guardrails/detectors/_args_model_weights.ts`.
 *
 *   deno run -A scripts/dev/train_args_model.ts [--holdout r39,probe_posture [--write]] [--dry-run]
 *     [--missed FILE] [--only ID_PREFIX]
 *
 * Data (each call read by `callText`, as the detector reads the `<call>` view):
 * - positives: the input-stage attack cases of the argument families (categories with args, cmd,
 *   code, path, ssrf, secrets, obfuscation, posture in their name);
 * - negatives: every input-stage benign case, and documentation paragraphs from this machine
 *   (`_doc_chunks.ts`) cut into chunks of at most 1,000 characters (one file in five never
 *   trained on: the held-out documentation set).
 * - `--holdout LIST`: those categories' cases are left out and reported at several levels.
 *   `--missed FILE` is an `eval --verbose` listing of the rules of the day (the commit that added
 *   the held-out round): the report then counts the calls the rules missed that the model blocks,
 *   and the benign twins the rules passed that the model blocks — the honest gain and cost.
 *
 * Same machinery and settings as the other trainers (`_logreg.ts`).
 */
import { decodeWeights, logitWith } from "../../src/guardrails/detectors/_learned.ts";
import { ARGS_BLOCK_LOGIT, ARGS_MIN_CHARS } from "../../src/guardrails/detectors/_args_model.ts";
import { callText } from "../../src/guardrails/walk.ts";
import { evalCases, fit, heldOutBy, KEEP, trainerFlags, writeWeights } from "./_logreg.ts";
import { docSamples } from "./_doc_chunks.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const flags = trainerFlags([...Deno.args]);
const OUT = `${ROOT}src/guardrails/detectors/_args_model_weights.ts`;
const LEVELS = [1, 2, ARGS_BLOCK_LOGIT, 3, 3.5, 4];
const ARG_FAMILY = /args|cmd|code|path|ssrf|secret|obfusc|posture/;

interface Sample {
  id: string;
  label: 0 | 1;
  group: "train" | "holdout" | "docs_test";
  text: string;
}

const held = heldOutBy(flags.holdout);
const samples: Sample[] = [];
for (const { side, category: cat, c } of evalCases()) {
  if (c.kind !== "input" || c.args === undefined) continue;
  if (side === "attacks" && !ARG_FAMILY.test(cat)) continue;
  samples.push({
    id: c.id,
    label: side === "attacks" ? 1 : 0,
    group: held(cat) ? "holdout" : "train",
    text: callText(c.args),
  });
}
samples.push(...docSamples(1000, flags.maxDocFiles));
const train = samples.filter((s) => s.group === "train");
const pos = train.filter((s) => s.label === 1).length;
console.log(`training on ${train.length} texts (${pos} dangerous calls), l2 ${flags.l2}`);
const q = fit(train, flags.l2, flags.iters, KEEP);
if (!flags.dry) {
  writeWeights(
    OUT,
    "scripts/dev/train_args_model.ts",
    q,
    `${train.length} texts (${pos} dangerous calls)${
      flags.holdout ? `, held out: ${flags.holdout}` : ""
    }, L2 ${flags.l2}, ${KEEP} largest weights kept.`,
  );
  console.log(`wrote ${OUT}`);
}

// The report scores with the pruned, quantised weights, exactly as they ship.
const shipped = decodeWeights(q.b64, q.scale);
/** `--min-chars N`: score as if the detector skipped call texts shorter than N. */
const MIN = Number(flags.opt("--min-chars") ?? ARGS_MIN_CHARS);
const logit = (t: string): number =>
  t.length < MIN ? Number.NEGATIVE_INFINITY : logitWith(shipped, q.bias, t);
const MISSED = flags.opt("--missed");
const listed = new Set(
  MISSED === undefined
    ? []
    : [...Deno.readTextFileSync(MISSED).matchAll(/^\s+(\S+) \(/gm)].map((m) => m[1]),
);
/** `--only PREFIX`: report only the held-out cases whose id starts so (one round of several). */
const ONLY = flags.opt("--only");
const heldOut = samples.filter((s) =>
  s.group === "holdout" && (ONLY === undefined || s.id.startsWith(ONLY))
);
const docs = samples.filter((s) => s.group === "docs_test").map((s) => logit(s.text));
const attacks = heldOut.filter((s) => s.label === 1).map((s) => ({ ...s, l: logit(s.text) }));
const benign = heldOut.filter((s) => s.label === 0).map((s) => ({ ...s, l: logit(s.text) }));
for (const level of LEVELS) {
  const over = <T extends { l: number }>(xs: T[]) => xs.filter((s) => s.l > level);
  const parts = [`documentation chunks ${docs.filter((l) => l > level).length}/${docs.length}`];
  if (flags.holdout !== undefined) {
    const a = over(attacks);
    const b = over(benign);
    parts.unshift(
      `held-out attacks ${a.length}/${attacks.length}`,
      ...(MISSED
        ? [
          `of the rules' misses ${a.filter((s) => listed.has(s.id)).length}/${
            attacks.filter((s) => listed.has(s.id)).length
          }`,
          `benign twins the rules passed, now blocked ${
            b.filter((s) => !listed.has(s.id)).length
          }/${benign.filter((s) => !listed.has(s.id)).length} ${
            b.filter((s) => !listed.has(s.id)).map((s) => s.id).join(" ")
          }`,
        ]
        : [`benign twins ${b.length}/${benign.length}`]),
    );
  }
  console.log(`above ${level}: ${parts.join(" · ")}`);
}
