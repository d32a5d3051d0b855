/**
 * Trains the learned tool-definition model (`src/guardrails/detectors/_definition_model.ts`) and
 * writes `src/guardrails/detectors/_definition_model_weights.ts`.
 *
 *   deno run -A scripts/dev/train_definition_model.ts [--holdout r21 [--missed FILE]] [--dry-run]
 *
 * Data (each definition read by `definitionText`, as the detector reads it):
 * - positives: the definition attack cases of tests/fixtures/eval/attacks, and the injection
 *   attacks found in tool results (orders aimed at a model, in the wording attackers use);
 * - negatives: every benign definition case, and documentation paragraphs from this machine
 *   (`_doc_chunks.ts`) cut into chunks of at most 1,000 characters, about a long description's
 *   length. One documentation file in five (by a hash of its path) is never trained on and is
 *   reported as the held-out documentation set.
 * - `--holdout rNN`: round NN's cases are left out of training and reported at several block levels:
 *   attacks blocked, benign twins blocked, documentation chunks blocked. `--missed FILE` names the
 *   attacks the rules of the day missed (an `eval --verbose` listing run on the commit that added
 *   the round): the report then counts how many of those the model adds — the honest gain.
 * - `--shipped`: no training; the same report for the weights as they ship (the baseline beside
 *   which a held-out run is read).
 *
 * Same machinery and settings as the injection trainer (`_logreg.ts`).
 */
import { decodeWeights, logitWith } from "../../src/guardrails/detectors/_learned.ts";
import {
  DEFINITION_BLOCK_LOGIT,
  DEFINITION_MIN_PROSE,
  DEFINITION_WINDOW,
  definitionText,
  plainDefinitionText,
  proseChars,
} from "../../src/guardrails/detectors/_definition_model.ts";
import { windowedLogit } from "../../src/guardrails/detectors/_learned.ts";
import {
  MODEL_BIAS,
  MODEL_SCALE,
  MODEL_WEIGHTS_B64,
} from "../../src/guardrails/detectors/_definition_model_weights.ts";
import { evalCases, fit, heldOutBy, KEEP, trainerFlags, writeWeights } from "./_logreg.ts";
import { docSamples } from "./_doc_chunks.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const args = [...Deno.args];
const flags = trainerFlags(args);
const opt = flags.opt;
const OUT = `${ROOT}src/guardrails/detectors/_definition_model_weights.ts`;
const HOLDOUT = flags.holdout;
const DRY = flags.dry;
const L2 = flags.l2;
const ITERS = flags.iters;
const MAX_DOC_FILES = flags.maxDocFiles;
const WITH_BENIGN_RESULTS = !args.includes("--no-benign-results");
const RESULT_WEIGHT = Number(opt("--result-weight") ?? 0.3);
const LEVELS = [1, 1.5, DEFINITION_BLOCK_LOGIT, 2.5, 3];

interface Sample {
  id: string;
  label: 0 | 1;
  weight?: number;
  /** Tool names of other servers (a definition case's `others`). */
  others?: ReadonlySet<string>;
  group: "train" | "holdout" | "docs_test";
  text: string;
}

function fixtureSamples(): Sample[] {
  const out: Sample[] = [];
  const held = heldOutBy(HOLDOUT);
  for (const { side, category: cat, c } of evalCases()) {
    const label = side === "attacks" ? 1 : 0;
    if (c.kind === "definition" && c.definition !== undefined) {
      const group = held(cat) ? "holdout" : "train";
      const others = new Set<string>(
        (c.others ?? []).map((o: { tool: { name: string } }) => o.tool.name.toLowerCase()),
      );
      out.push({ id: c.id, label, group, text: definitionText(c.definition), others });
    } else if (
      c.kind === "output" && c.result !== undefined && !held(cat) &&
      (side === "benign" ? WITH_BENIGN_RESULTS : /injection/.test(cat))
    ) {
      const text = typeof c.result === "string" ? c.result : JSON.stringify(c.result);
      out.push({ id: c.id, label, group: "train", text, weight: label ? 1 : RESULT_WEIGHT });
    }
  }
  return out;
}

const samples: Sample[] = [...fixtureSamples(), ...docSamples(1000, MAX_DOC_FILES)];
const train = samples.filter((s) => s.group === "train");
const pos = train.filter((s) => s.label === 1).length;
console.log(`training on ${train.length} texts (${pos} attacks), l2 ${L2}`);
const q = flags.shipped
  ? { b64: MODEL_WEIGHTS_B64, scale: MODEL_SCALE, bias: MODEL_BIAS }
  : fit(train, L2, ITERS, KEEP);
if (!DRY) {
  writeWeights(
    OUT,
    "scripts/dev/train_definition_model.ts",
    q,
    `${train.length} texts (${pos} attacks: definitions and injections in results), L2 ${L2}, ` +
      `${KEEP} largest weights kept.`,
  );
  console.log(`wrote ${OUT}`);
}

// The report scores with the pruned, quantised weights, exactly as they ship.
const shipped = decodeWeights(q.b64, q.scale);
const MIN = Number(opt("--min-prose") ?? DEFINITION_MIN_PROSE);

const read = (t: string): number =>
  windowedLogit((w) => logitWith(shipped, q.bias, w), t, DEFINITION_WINDOW, 32);
const NONE: ReadonlySet<string> = new Set();
/** As the detector reads a definition: the text, then (to block) its plain reading too. */
const logit = (t: string, others = NONE): number => {
  if (proseChars(t) < MIN) return Number.NEGATIVE_INFINITY;
  const p = plainDefinitionText(t, others);
  return Math.min(read(t), proseChars(p) < MIN ? Number.NEGATIVE_INFINITY : read(p));
};

const MISSED = opt("--missed");
const held = samples.filter((s) => s.group === "holdout");
const heldIds = new Set(held.filter((s) => s.label === 1).map((s) => s.id));
const missed = new Set(
  MISSED === undefined ? [] : [...Deno.readTextFileSync(MISSED).matchAll(/^\s+(\S+) \(/gm)]
    .map((m) => m[1]).filter((id) => heldIds.has(id)),
);
const docs = samples.filter((s) => s.group === "docs_test").map((s) => logit(s.text));
const attacks = held.filter((s) => s.label === 1).map((s) => ({
  id: s.id,
  l: logit(s.text, s.others),
}));
const benign = held.filter((s) => s.label === 0).map((s) => ({
  id: s.id,
  l: logit(s.text, s.others),
}));
const SCORES = opt("--scores");
if (SCORES !== undefined) {
  const rows = held.map((s) => ({
    id: s.id,
    label: s.label,
    missed: missed.has(s.id),
    chars: s.text.length,
    l: logit(s.text, s.others),
    text: s.text,
  }));
  Deno.writeTextFileSync(SCORES, JSON.stringify(rows));
}
for (const level of LEVELS) {
  const over = <T extends { l: number }>(xs: T[]) => xs.filter((s) => s.l > level);
  const parts = [`documentation chunks ${docs.filter((l) => l > level).length}/${docs.length}`];
  if (HOLDOUT !== undefined) {
    parts.unshift(
      `held-out attacks ${over(attacks).length}/${attacks.length}`,
      ...(MISSED
        ? [
          `of the rules' misses ${
            over(attacks).filter((a) => missed.has(a.id)).length
          }/${missed.size}`,
        ]
        : []),
      `benign twins ${over(benign).length}/${benign.length} ${
        over(benign).map((b) => b.id).join(" ")
      }`,
    );
  }
  console.log(`above ${level}: ${parts.join(" · ")}`);
}
