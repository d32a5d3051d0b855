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
import { buildRows, lbfgs, quantise, writeWeights } from "./_logreg.ts";
import { DOC_DIRS, docFiles, paragraphChunks, readDoc } from "./_doc_chunks.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const args = [...Deno.args];
const opt = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const OUT = `${ROOT}src/guardrails/detectors/_definition_model_weights.ts`;
const HOLDOUT = opt("--holdout");
const DRY = args.includes("--dry-run") || HOLDOUT !== undefined;
const L2 = Number(opt("--l2") ?? 1e-5);
const ITERS = Number(opt("--iters") ?? 300);
const KEEP = 40_000;
const MAX_DOC_FILES = Number(opt("--doc-files") ?? 6000);
const WITH_BENIGN_RESULTS = !args.includes("--no-benign-results");
const RESULT_WEIGHT = Number(opt("--result-weight") ?? 0.3);
const BENIGN_WEIGHT = Number(opt("--benign-weight") ?? 1);
const SHORT = args.includes("--short");
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

function fnvPath(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function fixtureSamples(): Sample[] {
  const out: Sample[] = [];
  const held = (c: string) =>
    HOLDOUT !== undefined && (c.startsWith(`${HOLDOUT}_`) || c.startsWith(`benign_${HOLDOUT}_`));
  for (const side of ["attacks", "benign"] as const) {
    const dir = `${ROOT}tests/fixtures/eval/${side}`;
    const names = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.endsWith(".json"))
      .sort();
    for (const name of names) {
      for (const c of JSON.parse(Deno.readTextFileSync(`${dir}/${name}`))) {
        const cat = String(c.category ?? name);
        const label = side === "attacks" ? 1 : 0;
        if (c.kind === "definition" && c.definition !== undefined) {
          const group = held(cat) ? "holdout" : "train";
          const weight = label === 0 ? BENIGN_WEIGHT : 1;
          const others = new Set<string>(
            (c.others ?? []).map((o: { tool: { name: string } }) => o.tool.name.toLowerCase()),
          );
          out.push({ id: c.id, label, group, text: definitionText(c.definition), weight, others });
          if (label === 0 && group === "train" && SHORT) {
            for (const piece of fieldPieces(c.definition)) {
              out.push({ id: c.id, label, group: "train", text: piece });
            }
          }
        } else if (
          c.kind === "output" && c.result !== undefined && !held(cat) &&
          (side === "benign" ? WITH_BENIGN_RESULTS : /injection/.test(cat))
        ) {
          const text = typeof c.result === "string" ? c.result : JSON.stringify(c.result);
          out.push({ id: c.id, label, group: "train", text, weight: label ? 1 : RESULT_WEIGHT });
        }
      }
    }
  }
  return out;
}

/** A benign definition's name with its description, and each property with its description. */
function fieldPieces(def: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (typeof def.description === "string") out.push(`${def.name}\n${def.description}`);
  const props = (def.inputSchema as { properties?: Record<string, { description?: unknown }> })
    ?.properties;
  for (const [k, v] of Object.entries(props ?? {})) {
    if (typeof v?.description === "string") out.push(`${k}\n${v.description}`);
  }
  return out;
}

/** Sentences of a documentation chunk, one in four, of 20–240 characters. */
function shortPieces(chunk: string): string[] {
  return chunk.split(/(?<=[.!?])\s+/).filter((s, i) =>
    i % 4 === 0 && s.length >= 20 && s.length <= 240
  );
}

function docSamples(): Sample[] {
  const out: Sample[] = [];
  let n = 0;
  for (const root of DOC_DIRS) {
    for (const f of docFiles(root)) {
      if (++n > MAX_DOC_FILES) break;
      const text = readDoc(f);
      if (text === undefined) continue;
      const group = fnvPath(`t:${f}`) % 5 === 0 ? "docs_test" : "train";
      for (const chunk of paragraphChunks(text, 1000)) {
        out.push({ id: f, label: 0, group, text: chunk });
        if (SHORT && group === "train") {
          for (const s of shortPieces(chunk)) out.push({ id: f, label: 0, group, text: s });
        }
      }
    }
  }
  return out;
}

const samples = [...fixtureSamples(), ...docSamples()];
const train = samples.filter((s) => s.group === "train");
const pos = train.filter((s) => s.label === 1).length;
console.log(`training on ${train.length} texts (${pos} attacks), l2 ${L2}`);
const t0 = performance.now();
const x = lbfgs(buildRows(train), ITERS, L2);
console.log(`fitted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const q = quantise(x, KEEP);
console.log(`weights: ${(q.b64.length / 1024).toFixed(0)} KB base64`);
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
