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
 * - `--holdout rNN`: round NN's attack and benign cases are left out of training and reported: the
 *   model alone, and the way the detector uses it (a grammar score in the low band plus a logit
 *   above `SIGNAL_LOGIT`). That is the honest number for a round nobody trained on.
 *
 * Model: L2-regularised logistic regression, class-balanced, fitted with L-BFGS (deterministic:
 * the same data gives the same weights). The weights are pruned to the {@link KEEP} largest and
 * quantised to Int8; the report is computed with the quantised weights that ship. The docs on
 * another machine differ, so retraining elsewhere gives slightly different weights.
 */
import {
  decodeWeights,
  features,
  logitWith,
  MIN_FEATURES,
  MODEL_BUCKETS,
} from "../../src/guardrails/detectors/_learned.ts";
import {
  MIN_CHARS,
  MODEL_WINDOW,
  SIGNAL_LOGIT,
} from "../../src/guardrails/detectors/_injection_model.ts";
import { grammarScore } from "../../src/guardrails/detectors/injection.ts";
import { DOC_DIRS, docFiles, paragraphChunks, readDoc } from "./_doc_chunks.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const args = [...Deno.args];
const opt = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const OUT = `${ROOT}src/guardrails/detectors/_injection_model_weights.ts`;
const HOLDOUT = opt("--holdout");
const DRY = args.includes("--dry-run") || HOLDOUT !== undefined;
const L2 = Number(opt("--l2") ?? 1e-5);
const ITERS = Number(opt("--iters") ?? 300);
/** Weights kept (largest |w|); the rest are zero. */
const KEEP = 40_000;
/** Logit above which the detector counts the model's signal (`--signal X` tries another). */
const SIGNAL = Number(opt("--signal") ?? SIGNAL_LOGIT);
const MAX_DOC_FILES = Number(opt("--doc-files") ?? 6000);

interface Sample {
  id: string;
  label: 0 | 1;
  group: "train" | "holdout" | "docs_test";
  text: string;
}

function fnvPath(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Injection categories (secrets, PII and obfuscated-argument outputs are other detectors'). */
function isInjection(category: string, file: string): boolean {
  const c = category || file;
  if (/secret|pii/.test(c)) return false;
  return /injection|^pub_|^probe|^holdout_inj|^encoded/.test(c);
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
        if (c.kind !== "output" || c.result === undefined) continue;
        if (side === "attacks" && !isInjection(cat, name)) continue;
        const text = typeof c.result === "string" ? c.result : JSON.stringify(c.result);
        out.push({
          id: c.id,
          label: side === "attacks" ? 1 : 0,
          group: held(cat) ? "holdout" : "train",
          text,
        });
      }
    }
  }
  return out;
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
      for (const chunk of paragraphChunks(text, 2000)) {
        out.push({ id: f, label: 0, group, text: chunk });
      }
    }
  }
  return out;
}

/** Rows of hashed features with their 1/√n value. */
interface Rows {
  ptr: Int32Array;
  col: Int32Array;
  val: Float64Array;
  y: Float64Array;
  sw: Float64Array;
}

function buildRows(samples: Sample[]): Rows {
  const feats = samples.map((s) => features(s.text));
  const nnz = feats.reduce((a, f) => a + f.length, 0);
  const ptr = new Int32Array(samples.length + 1);
  const col = new Int32Array(nnz);
  const val = new Float64Array(samples.length);
  let at = 0;
  feats.forEach((f, r) => {
    col.set(f, at);
    at += f.length;
    ptr[r + 1] = at;
    val[r] = 1 / Math.sqrt(Math.max(MIN_FEATURES, f.length));
  });
  const y = Float64Array.from(samples, (s) => s.label);
  const pos = y.reduce((a, b) => a + b, 0);
  const sw = Float64Array.from(y, (v) => (v === 1 ? (y.length - pos) / pos : 1));
  return { ptr, col, val, y, sw };
}

/** Loss and gradient of the weighted logistic loss + L2 (the bias is the last coordinate). */
function lossGrad(x: Float64Array, rows: Rows, g: Float64Array): number {
  const { ptr, col, val, y, sw } = rows;
  const n = y.length;
  const d = MODEL_BUCKETS;
  g.fill(0);
  let loss = 0;
  for (let r = 0; r < n; r++) {
    let z = x[d];
    for (let k = ptr[r]; k < ptr[r + 1]; k++) z += x[col[k]] * val[r];
    // log(1 + e^z) - y z, computed stably
    loss += sw[r] * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[r] * z);
    const e = sw[r] * (1 / (1 + Math.exp(-z)) - y[r]) / n;
    for (let k = ptr[r]; k < ptr[r + 1]; k++) g[col[k]] += e * val[r];
    g[d] += e;
  }
  loss /= n;
  for (let i = 0; i < d; i++) {
    loss += L2 * x[i] * x[i];
    g[i] += 2 * L2 * x[i];
  }
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Limited-memory BFGS with a backtracking (Armijo) line search. */
function lbfgs(rows: Rows, iters: number, m = 10): Float64Array {
  const dim = MODEL_BUCKETS + 1;
  let x = new Float64Array(dim);
  let g = new Float64Array(dim);
  let f = lossGrad(x, rows, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  for (let it = 0; it < iters; it++) {
    // Two-loop recursion: direction = -H g.
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let i = S.length - 1; i >= 0; i--) {
      const a = dot(S[i], q) / dot(Y[i], S[i]);
      alpha[i] = a;
      for (let k = 0; k < dim; k++) q[k] -= a * Y[i][k];
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last], Y[last]) / dot(Y[last], Y[last]);
      for (let k = 0; k < dim; k++) q[k] *= gamma;
    }
    for (let i = 0; i < S.length; i++) {
      const b = dot(Y[i], q) / dot(Y[i], S[i]);
      for (let k = 0; k < dim; k++) q[k] += S[i][k] * (alpha[i] - b);
    }
    for (let k = 0; k < dim; k++) q[k] = -q[k];
    let step = S.length === 0 ? 1 / Math.sqrt(dot(g, g)) : 1;
    const slope = dot(g, q);
    if (slope >= 0) break;
    const xn = new Float64Array(dim);
    const gn = new Float64Array(dim);
    let fn = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let k = 0; k < dim; k++) xn[k] = x[k] + step * q[k];
      fn = lossGrad(xn, rows, gn);
      if (fn <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    const s = new Float64Array(dim);
    const yv = new Float64Array(dim);
    for (let k = 0; k < dim; k++) {
      s[k] = xn[k] - x[k];
      yv[k] = gn[k] - g[k];
    }
    if (dot(s, yv) > 1e-12) {
      S.push(s);
      Y.push(yv);
      if (S.length > m) {
        S.shift();
        Y.shift();
      }
    }
    const done = Math.abs(f - fn) < 1e-9 * Math.max(1, Math.abs(f));
    x = xn;
    g = gn;
    f = fn;
    if (it % 25 === 0 || done) console.error(`iter ${it}: loss ${f.toFixed(6)} step ${step}`);
    if (done) break;
  }
  return x;
}

/** Pruned, Int8-quantised weights in the shipped form (LEB128 bucket deltas + Int8). */
function quantise(x: Float64Array): { b64: string; scale: number; bias: number } {
  const idx = Array.from({ length: MODEL_BUCKETS }, (_, i) => i)
    .filter((i) => x[i] !== 0)
    .sort((a, b) => Math.abs(x[b]) - Math.abs(x[a]))
    .slice(0, KEEP)
    .sort((a, b) => a - b);
  const scale = Math.max(...idx.map((i) => Math.abs(x[i]))) / 127;
  const bytes: number[] = [];
  let prev = 0;
  for (const i of idx) {
    const q = Math.round(x[i] / scale);
    if (q === 0) continue;
    let delta = i - prev;
    prev = i;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
    bytes.push(q & 0xff);
  }
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return { b64: btoa(bin), scale, bias: x[MODEL_BUCKETS] };
}

function writeWeights(q: { b64: string; scale: number; bias: number }, info: string): void {
  const lines = q.b64.match(/.{1,100}/g) ?? [];
  Deno.writeTextFileSync(
    OUT,
    `/**
 * GENERATED by scripts/dev/train_injection_model.ts — do not edit; retrain instead.
 * ${info}
 */
// deno-fmt-ignore-file
/** Logit bias. */
export const MODEL_BIAS = ${q.bias};
/** Weight of one Int8 step. */
export const MODEL_SCALE = ${q.scale};
/** Ascending buckets as LEB128 deltas, each followed by its Int8 weight (base64). */
export const MODEL_WEIGHTS_B64 =
${lines.map((l) => `  "${l}"`).join(" +\n")};
`,
  );
}

const samples = [...fixtureSamples(), ...docSamples()];
const train = samples.filter((s) => s.group === "train");
const pos = train.filter((s) => s.label === 1).length;
console.log(`training on ${train.length} texts (${pos} injections), l2 ${L2}`);
const t0 = performance.now();
const x = lbfgs(buildRows(train), ITERS);
console.log(`fitted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const q = quantise(x);
console.log(`weights: ${(q.b64.length / 1024).toFixed(0)} KB base64`);
if (!DRY) {
  writeWeights(
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
  const rows = [...held, ...samples.filter((s) => s.group === "docs_test")].map((s) => ({
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
report("benign fixtures (trained on)", train.filter((s) => s.label === 0 && !s.id.startsWith("/")));
