/**
 * The trainers' shared machinery (`train_injection_model.ts`, `train_definition_model.ts`):
 * L2-regularised, class-balanced logistic regression over the hashed features of
 * `src/guardrails/detectors/_learned.ts`, fitted with L-BFGS (deterministic: the same data gives
 * the same weights), then pruned to the largest weights and quantised to Int8 in the shipped form.
 */
import { features, MIN_FEATURES, MODEL_BUCKETS } from "../../src/guardrails/detectors/_learned.ts";

/** A training text: label 1 for an attack, 0 for benign. */
export interface LabelledText {
  label: 0 | 1;
  text: string;
  /** Weight of the text among its class (default 1). */
  weight?: number;
}

/** Pruned, quantised weights: what a generated weights module holds. */
export interface Quantised {
  b64: string;
  scale: number;
  bias: number;
}

/** Rows of hashed features with their 1/√n value. */
export interface Rows {
  ptr: Int32Array;
  col: Int32Array;
  val: Float64Array;
  y: Float64Array;
  sw: Float64Array;
}

export function buildRows(samples: readonly LabelledText[]): Rows {
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
  // Class-balanced: the positives weigh as much in total as the negatives.
  const total = [0, 0];
  for (const s of samples) total[s.label] += s.weight ?? 1;
  const sw = Float64Array.from(
    samples,
    (s) => (s.weight ?? 1) * (s.label === 1 ? total[0] / total[1] : 1),
  );
  return { ptr, col, val, y, sw };
}

/** Loss and gradient of the weighted logistic loss + L2 (the bias is the last coordinate). */
function lossGrad(x: Float64Array, rows: Rows, g: Float64Array, l2: number): number {
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
    loss += l2 * x[i] * x[i];
    g[i] += 2 * l2 * x[i];
  }
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Limited-memory BFGS with a backtracking (Armijo) line search. */
export function lbfgs(rows: Rows, iters: number, l2: number, m = 10): Float64Array {
  const dim = MODEL_BUCKETS + 1;
  let x = new Float64Array(dim);
  let g = new Float64Array(dim);
  let f = lossGrad(x, rows, g, l2);
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
      fn = lossGrad(xn, rows, gn, l2);
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
export function quantise(x: Float64Array, keep: number): Quantised {
  const idx = Array.from({ length: MODEL_BUCKETS }, (_, i) => i)
    .filter((i) => x[i] !== 0)
    .sort((a, b) => Math.abs(x[b]) - Math.abs(x[a]))
    .slice(0, keep)
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

export function writeWeights(out: string, trainer: string, q: Quantised, info: string): void {
  const lines = q.b64.match(/.{1,100}/g) ?? [];
  Deno.writeTextFileSync(
    out,
    `/**
 * GENERATED by ${trainer} — do not edit; retrain instead.
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

/** Fits `train`, then prunes and quantises the weights, logging time and size. */
export function fit(
  train: readonly LabelledText[],
  l2: number,
  iters: number,
  keep: number,
): Quantised {
  const t0 = performance.now();
  const x = lbfgs(buildRows(train), iters, l2);
  console.log(`fitted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const q = quantise(x, keep);
  console.log(`weights: ${(q.b64.length / 1024).toFixed(0)} KB base64`);
  return q;
}

/**
 * The flags both trainers read (`--holdout`, `--write`, `--dry-run`, `--shipped`, `--l2`, `--iters`,
 * `--doc-files`).
 */
export function trainerFlags(args: readonly string[]) {
  const opt = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at < 0 ? undefined : args[at + 1];
  };
  const holdout = opt("--holdout");
  return {
    opt,
    holdout,
    /**
     * A held-out run writes no weights, unless `--write`: then the weights ship trained without
     * the held-out rounds (so a round written later stays unseen by the model too).
     */
    dry: args.includes("--dry-run") || args.includes("--shipped") ||
      (holdout !== undefined && !args.includes("--write")),
    /** `--shipped`: no fit; the report scores the weights module as it is (the baseline). */
    shipped: args.includes("--shipped"),
    l2: Number(opt("--l2") ?? 1e-5),
    iters: Number(opt("--iters") ?? 300),
    maxDocFiles: Number(opt("--doc-files") ?? 6000),
  };
}

/** Weights kept (largest |w|); the rest are zero. */
export const KEEP = 40_000;

/** One eval fixture case, with the side and file it came from and its category. */
export interface EvalCase {
  side: "attacks" | "benign";
  file: string;
  category: string;
  // deno-lint-ignore no-explicit-any
  c: any;
}

/** Every case of tests/fixtures/eval/{attacks,benign}, files in name order. */
export function* evalCases(): Generator<EvalCase> {
  const root = new URL("../../tests/fixtures/eval/", import.meta.url).pathname;
  for (const side of ["attacks", "benign"] as const) {
    const names = [...Deno.readDirSync(`${root}${side}`)].map((e) => e.name)
      .filter((n) => n.endsWith(".json")).sort();
    for (const file of names) {
      for (const c of JSON.parse(Deno.readTextFileSync(`${root}${side}/${file}`))) {
        yield { side, file, category: String(c.category ?? file), c };
      }
    }
  }
}

/** Whether a category belongs to a held-out round (`--holdout r21` or a comma-separated list). */
export function heldOutBy(holdout: string | undefined): (category: string) => boolean {
  const rounds = holdout === undefined ? [] : holdout.split(",");
  return (c) =>
    rounds.some((h) =>
      c === h || c === `benign_${h}` || c.startsWith(`${h}_`) || c.startsWith(`benign_${h}_`)
    );
}
