/**
 * Trains the learned injection signal (`src/guardrails/detectors/_injection_model.ts`) and writes
 * `src/guardrails/detectors/_injection_model_weights.ts`.
 *
 *   deno run -A scripts/dev/train_injection_model.ts [--holdout r19] [--dry-run] [--l2 1e-4]
 *
 * Data (texts of output-stage cases, as tool results):
 * - positives: the injection attack cases of tests/fixtures/eval/attacks (not secrets/PII cases);
 * - negatives: every output-stage benign case, and documentation paragraphs from this machine
 *   (/usr/share/doc and the Deno npm cache, the source `scripts/dev/fp_scan.ts` reads), cut into
 *   chunks of at most 2,000 characters. One file in five (by a hash of its path) is never trained
 *   on and is reported as the held-out documentation set.
 * - `--scores FILE`: writes each held-out text's grammar score and logit as JSON (to choose tiers).
 * - `--holdout rNN` (or a comma-separated list): round NN's attack and benign cases are left out of training and reported: the
 *   model alone, and the way the detector uses it (a grammar score in the low band plus a logit
 *   above `SIGNAL_LOGIT`). That is the honest number for a round nobody trained on.
 * - `--missed FILE` (with `--holdout`): the attacks the rules of the day missed (an `eval --verbose`
 *   listing run on the commit that added the round). The report then counts, at the detector's
 *   levels (grammar half-way plus a logit above `SIGNAL_LOGIT`, or the model alone above
 *   `BLOCK_LOGIT`), how many of those the model adds, and the twins and documentation chunks it
 *   blocks the same way.
 * - `--shipped`: no training; the same report for the weights as they ship (the baseline).
 *
 * Model: L2-regularised logistic regression, class-balanced, fitted with L-BFGS (deterministic:
 * the same data gives the same weights). The weights are pruned to the {@link KEEP} largest and
 * quantised to Int8; the report is computed with the quantised weights that ship. The docs on
 * another machine differ, so retraining elsewhere gives slightly different weights.
 */
import {
  decodeWeights,
  logitWith,
  windowedLogit,
} from "../../src/guardrails/detectors/_learned.ts";
import {
  MODEL_BIAS,
  MODEL_SCALE,
  MODEL_WEIGHTS_B64,
} from "../../src/guardrails/detectors/_injection_model_weights.ts";
import { evalCases, fit, heldOutBy, KEEP, trainerFlags, writeWeights } from "./_logreg.ts";
import {
  BLOCK_LOGIT,
  MAX_ALONE_WINDOWS,
  MIN_CHARS,
  MODEL_WINDOW,
  SIGNAL_LOGIT,
} from "../../src/guardrails/detectors/_injection_model.ts";
import { grammarScore } from "../../src/guardrails/detectors/injection.ts";
import { docSamples } from "./_doc_chunks.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const args = [...Deno.args];
const flags = trainerFlags(args);
const opt = flags.opt;
const OUT = `${ROOT}src/guardrails/detectors/_injection_model_weights.ts`;
const HOLDOUT = flags.holdout;
const WITH_CORPUS = args.includes("--with-corpus");
const DRY = flags.dry;
const L2 = flags.l2;
const ITERS = flags.iters;
/** Logit above which the detector counts the model's signal (`--signal X` tries another). */
const SIGNAL = Number(opt("--signal") ?? SIGNAL_LOGIT);
const MAX_DOC_FILES = flags.maxDocFiles;

interface Sample {
  id: string;
  label: 0 | 1;
  /** `corpus_test`: the ordinary-results corpus, scored but never trained on (see `--with-corpus`). */
  group: "train" | "holdout" | "docs_test" | "corpus_test";
  text: string;
}

/** Injection categories (secrets, PII and obfuscated-argument outputs are other detectors'). */
function isInjection(category: string, file: string): boolean {
  const c = category || file;
  if (/secret|pii/.test(c)) return false;
  return /injection|^pub_|^probe|^holdout_inj|^encoded/.test(c);
}

function fixtureSamples(): Sample[] {
  const out: Sample[] = [];
  const held = heldOutBy(HOLDOUT);
  for (const { side, file: name, category: cat, c } of evalCases()) {
    if (c.kind !== "output" || c.result === undefined) continue;
    // The ordinary-results corpus is an eval set here: trained on, it cost a held-out attack
    // and lifted a trained benign write-up (`--with-corpus` includes it).
    const corpus = cat.startsWith("benign_corpus") && !WITH_CORPUS;
    if (side === "attacks" && !isInjection(cat, name)) continue;
    const text = typeof c.result === "string" ? c.result : JSON.stringify(c.result);
    out.push({
      id: c.id,
      label: side === "attacks" ? 1 : 0,
      group: corpus ? "corpus_test" : held(cat) ? "holdout" : "train",
      text,
    });
  }
  return out;
}

const samples: Sample[] = [...fixtureSamples(), ...docSamples(2000, MAX_DOC_FILES)];
const train = samples.filter((s) => s.group === "train");
const pos = train.filter((s) => s.label === 1).length;
console.log(`training on ${train.length} texts (${pos} injections), l2 ${L2}`);
const q = flags.shipped
  ? { b64: MODEL_WEIGHTS_B64, scale: MODEL_SCALE, bias: MODEL_BIAS }
  : fit(train, L2, ITERS, KEEP);
if (!DRY) {
  writeWeights(
    OUT,
    "scripts/dev/train_injection_model.ts",
    q,
    `${train.length} texts (${pos} injection attacks), L2 ${L2}, ${KEEP} largest weights kept.`,
  );
  console.log(`wrote ${OUT}`);
}

// The report scores with the pruned, quantised weights, exactly as they ship.
const shippedWeights = decodeWeights(q.b64, q.scale);
const logit = (t: string): number => {
  if (t.trim().length < MIN_CHARS) return Number.NEGATIVE_INFINITY;
  if (t.length <= MODEL_WINDOW) return logitWith(shippedWeights, q.bias, t);
  let best = Number.NEGATIVE_INFINITY;
  for (let from = 0; from < t.length && from < 4 * MODEL_WINDOW; from += MODEL_WINDOW) {
    best = Math.max(best, logitWith(shippedWeights, q.bias, t.slice(from, from + MODEL_WINDOW)));
  }
  return best;
};

const FIELD = { stage: "output" as const, path: "$", key: "text", tool: "t" };

function report(name: string, set: Sample[]): void {
  if (set.length === 0) return;
  let alone = 0;
  let grammar = 0;
  let both = 0;
  const tiers = [2, 3, 4, 5].map((t) => ({ t, weak: 0, none: 0 }));
  for (const s of set) {
    const l = logit(s.text);
    const g = grammarScore(s.text, FIELD);
    if (l > SIGNAL) alone++;
    if (g >= 1) grammar++;
    else if (g >= 0.5 && l > SIGNAL) both++;
    for (const tier of tiers) {
      if (g > 0 && g < 0.5 && l > tier.t) tier.weak++;
      if (g === 0 && l > tier.t) tier.none++;
    }
  }
  if (Deno.args.includes("--tiers")) {
    console.log(
      `  ${name} tiers: ${tiers.map((t) => `>${t.t}: weak ${t.weak} none ${t.none}`).join(" · ")}`,
    );
  }
  console.log(
    `${name}: ${set.length} texts — model alone ${alone}, grammar ${grammar}, ` +
      `grammar + model signal ${grammar + both} (+${both})`,
  );
}
const held = samples.filter((s) => s.group === "holdout");
const SCORES = opt("--scores");
if (SCORES !== undefined) {
  // Per held-out text and held-out doc chunk: label, grammar score and logit, to choose tiers.
  const rows = [
    ...held,
    ...samples.filter((s) => s.group === "docs_test" || s.group === "corpus_test"),
  ]
    .map((s) => ({
      id: s.id,
      label: s.label,
      group: s.group,
      g: grammarScore(s.text, FIELD),
      l: logit(s.text),
    }));
  Deno.writeTextFileSync(SCORES, JSON.stringify(rows));
}
report(`held-out ${HOLDOUT ?? "-"} attacks`, held.filter((s) => s.label === 1));
report(`held-out ${HOLDOUT ?? "-"} benign`, held.filter((s) => s.label === 0));
report("held-out documentation chunks", samples.filter((s) => s.group === "docs_test"));
report(
  "ordinary-results corpus (never trained on)",
  samples.filter((s) => s.group === "corpus_test"),
);
report("benign fixtures (trained on)", train.filter((s) => s.label === 0 && !s.id.startsWith("/")));

const MISSED = opt("--missed");
if (MISSED !== undefined) {
  // At the detector's levels: a half-way grammar score plus the signal, or the model alone far
  // above it (read in half-overlapping windows, as `wholeLogit`). Grammar blocks are the rules'.
  const alone = (t: string): number =>
    t.trim().length < MIN_CHARS ? Number.NEGATIVE_INFINITY : windowedLogit(
      (w) => logitWith(shippedWeights, q.bias, w),
      t,
      MODEL_WINDOW,
      MAX_ALONE_WINDOWS,
    );
  const byModel = (s: Sample): boolean => {
    const g = grammarScore(s.text, FIELD);
    if (g >= 1) return false;
    return (g >= 0.5 && logit(s.text) > SIGNAL) || alone(s.text) > BLOCK_LOGIT;
  };
  const heldIds = new Set(held.filter((s) => s.label === 1).map((s) => s.id));
  const missed = new Set(
    [...Deno.readTextFileSync(MISSED).matchAll(/^\s+(\S+) \(/gm)].map((m) => m[1])
      .filter((id) => heldIds.has(id)),
  );
  const added = held.filter((s) => missed.has(s.id) && byModel(s));
  const twins = held.filter((s) => s.label === 0 && byModel(s));
  const docs = samples.filter((s) => s.group === "docs_test");
  const docsBlocked = docs.filter(byModel);
  console.log(
    `blocked by the model (signal ${SIGNAL}, alone ${BLOCK_LOGIT}): ` +
      `of the rules' misses ${added.length}/${missed.size} ${added.map((s) => s.id).join(" ")} · ` +
      `benign twins ${twins.length}/${held.filter((s) => s.label === 0).length} ${
        twins.map((s) => s.id).join(" ")
      } · documentation chunks ${docsBlocked.length}/${docs.length}`,
  );
}
