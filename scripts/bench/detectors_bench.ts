/**
 * Guardrail throughput and per-call latency (`deno task bench`).
 *
 * - MB/s per text detector over ~1 MB of deterministic mixed text (prose, code, JSON, logs,
 *   markdown, non-English), scanned in 4 KB fields as the engine sees string leaves.
 * - MB/s of the full recommended input policy and output policy (PolicyEngine, 64 KB per call).
 * - Added p50 latency per guarded call: checkInput + checkOutput with a new 1 KB argument on
 *   every call and its 1 KB echo result (and once with another new 1 KB text as the result),
 *   minus the same call on a server with no policy; for each settings.guards
 *   isolation mode (auto, the default, scans a 1 KB call inline; worker; inline), plus the RSS
 *   each scan worker adds.
 *
 * Besides the Deno.bench entries, a summary table with the targets is printed once
 * (set SMG_BENCH_SUMMARY=0 to skip it).
 */
import { TEXT_DETECTORS } from "../../src/guardrails/detectors/mod.ts";
import { ScanPool } from "../../src/guardrails/isolation/pool.ts";
import type { FieldContext, Stage } from "../../src/guardrails/types.ts";
import { benchEngine, benchServer, guardedCall, shortArgsCall } from "./_harness.ts";
import { chunks, mixedText } from "./_mixed_text.ts";

const TEXT = mixedText(1 << 20);
const MB = new TextEncoder().encode(TEXT).length / 1e6;
const FIELDS = chunks(TEXT, 4096);
const CALLS = chunks(TEXT, 64 * 1024);
/**
 * 1 KB arguments, a different text for every call: the engine keeps small per-text memos (a
 * repeated string is located once), so timing one string over and over reads about half the cost
 * of real traffic, where every call brings new text.
 */
const FRESH_1K = Array.from({ length: 3400 }, (_, i) => {
  // Whole lines, so no slice starts or ends inside an emoji sequence or a SQL statement.
  const at = TEXT.indexOf("\n", (i * 307) % (TEXT.length - 4096)) + 1;
  const end = TEXT.lastIndexOf("\n", at + 1024);
  return TEXT.slice(at, end > at + 256 ? end : at + 1024);
});
let nextFresh = 0;
const fresh1k = (): string => FRESH_1K[nextFresh++ % FRESH_1K.length];

const detectors = Object.entries(TEXT_DETECTORS).filter(([id]) => id !== "keywords");
const parsed = new Map(detectors.map(([id, d]) => [id, d.optionsSchema.parse({}) as never]));

function fieldFor(stages: readonly Stage[]): FieldContext {
  const stage: Stage = stages.includes("output") ? "output" : "input";
  return { stage, path: "$.content[0].text", key: "text", tool: "bench", server: "bench" };
}

/** Every field through each detector in turn, as a scan job runs them (`runScanJob`). */
function scanAll(ids: string[]): number {
  let n = 0;
  const ds = ids.map((id) => {
    const d = TEXT_DETECTORS[id];
    return { d, f: fieldFor(d.stages), o: parsed.get(id)! };
  });
  for (const t of FIELDS) for (const { d, f, o } of ds) n += d.scan(t, f, o).length;
  return n;
}

const engine = benchEngine();
const guarded = benchServer(true);
const plain = benchServer(false);

async function fullInput(): Promise<void> {
  for (const c of CALLS) await guardedCall(engine, guarded, { text: c }, "ok").catch(() => {});
}
async function fullOutput(): Promise<void> {
  for (const c of CALLS) await guardedCall(engine, guarded, { q: "x" }, c).catch(() => {});
}

for (const [id] of detectors) {
  Deno.bench(`detector ${id} (~1 MB mixed text, 4 KB fields)`, { group: "detectors" }, () => {
    scanAll([id]);
  });
}
Deno.bench("secrets+pii (~1 MB)", { group: "policies" }, () => {
  scanAll(["secrets", "pii"]);
});
Deno.bench(
  "recommended input policy (~1 MB as 64 KB arguments)",
  { group: "policies" },
  async () => {
    await fullInput();
  },
);
Deno.bench(
  "recommended output policy (~1 MB as 64 KB results)",
  { group: "policies" },
  async () => {
    await fullOutput();
  },
);
Deno.bench(
  "call with no policy (1 KB arg + 1 KB echo)",
  { group: "per-call", baseline: true },
  async () => {
    const arg = fresh1k();
    await guardedCall(engine, plain, { text: arg }, arg);
  },
);
Deno.bench(
  "guarded call, recommended policies (1 KB arg + 1 KB echo)",
  { group: "per-call" },
  async () => {
    const arg = fresh1k();
    await guardedCall(engine, guarded, { text: arg }, arg);
  },
);

/** Seconds per run of `fn`, best of repeated runs for at least `budgetMs`. */
async function bestSeconds(fn: () => unknown, budgetMs = 300): Promise<number> {
  await fn();
  let best = Infinity;
  const until = performance.now() + budgetMs;
  let runs = 0;
  while (runs < 3 || performance.now() < until) {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
    runs++;
  }
  return best / 1000;
}

function p50(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The summary rows: label, measured value, target and whether it is met. */
export async function benchSummary(): Promise<
  { label: string; value: string; target: string; met: boolean | null }[]
> {
  const rows: { label: string; value: string; target: string; met: boolean | null }[] = [];
  for (const [id] of detectors) {
    const mbs = MB / await bestSeconds(() => scanAll([id]));
    rows.push({ label: `detector ${id}`, value: `${mbs.toFixed(0)} MB/s`, target: "—", met: null });
  }
  const sp = MB / await bestSeconds(() => scanAll(["secrets", "pii"]));
  rows.push({
    label: "secrets+pii",
    value: `${sp.toFixed(0)} MB/s`,
    target: "≥ 100 MB/s",
    met: sp >= 100,
  });
  const fin = MB / await bestSeconds(fullInput);
  rows.push({
    label: "recommended input policy",
    value: `${fin.toFixed(0)} MB/s`,
    target: "≥ 50 MB/s",
    met: fin >= 50,
  });
  const fout = MB / await bestSeconds(fullOutput);
  rows.push({
    label: "recommended output policy",
    value: `${fout.toFixed(0)} MB/s`,
    target: "≥ 50 MB/s",
    met: fout >= 50,
  });
  const added = await addedP50(engine);
  rows.push({
    label: "added p50 per guarded call (1 KB arg + echo), inline",
    value: `${(added * 1000).toFixed(0)} µs`,
    target: "< 300 µs",
    met: added < 0.3,
  });
  const addedOther = await addedP50(engine, false);
  rows.push({
    label: "added p50, 1 KB arg + another 1 KB result, inline",
    value: `${(addedOther * 1000).toFixed(0)} µs`,
    target: "< 300 µs",
    met: addedOther < 0.3,
  });
  const addedShort = await addedP50Short(engine);
  rows.push({
    label: "added p50, ten short arguments + JSON result (varying), inline",
    value: `${(addedShort * 1000).toFixed(0)} µs`,
    target: "—",
    met: null,
  });
  // Worker mode: the same calls with the local detectors in scan workers.
  const rssBefore = Deno.memoryUsage().rss;
  const pool = new ScanPool({ size: 2 });
  try {
    await pool.warm();
    const perWorker = (Deno.memoryUsage().rss - rssBefore) / 2;
    // The default (auto): a 1 KB call is under inline_max_chars, so it is scanned inline.
    const addedAuto = await addedP50(benchEngine(pool, 16_384));
    rows.push({
      label: "added p50 per guarded call (1 KB arg + echo), auto",
      value: `${(addedAuto * 1000).toFixed(0)} µs`,
      target: "< 300 µs",
      met: addedAuto < 0.3,
    });
    const addedWorker = await addedP50(benchEngine(pool));
    rows.push({
      label: "added p50 per guarded call, worker isolation",
      value: `${(addedWorker * 1000).toFixed(0)} µs`,
      target: "< 300 µs",
      met: addedWorker < 0.3,
    });
    rows.push({
      label: "RSS per scan worker (started and warmed)",
      value: `${(perWorker / 1e6).toFixed(0)} MB`,
      target: "—",
      met: null,
    });
  } finally {
    await pool.close();
  }
  return rows;
}

/**
 * p50 of a guarded call minus p50 of the same call with no policy, in ms: a new 1 KB argument on
 * every call, and as the result its echo (`echo`) or another new 1 KB text.
 */
async function addedP50(e: typeof engine, echo = true): Promise<number> {
  const on: number[] = [];
  const off: number[] = [];
  const call = (i: number) => {
    const arg = FRESH_1K[i % FRESH_1K.length];
    return { arg, result: echo ? arg : FRESH_1K[(i + 1700) % FRESH_1K.length] };
  };
  for (let i = 0; i < 200; i++) {
    const { arg, result } = call(i);
    await guardedCall(e, guarded, { text: arg }, result);
  }
  for (let i = 200; i < 3200; i++) {
    const { arg, result } = call(i);
    let t = performance.now();
    await guardedCall(e, plain, { text: arg }, result);
    off.push(performance.now() - t);
    t = performance.now();
    await guardedCall(e, guarded, { text: arg }, result);
    on.push(performance.now() - t);
  }
  return p50(on) - p50(off);
}

/** The same for an ordinary small call (`shortArgsCall`: each call's values differ a little). */
async function addedP50Short(e: typeof engine): Promise<number> {
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < 200; i++) {
    const { args, result } = shortArgsCall(i);
    await guardedCall(e, guarded, args, result);
  }
  for (let i = 200; i < 3200; i++) {
    const { args, result } = shortArgsCall(i);
    let t = performance.now();
    await guardedCall(e, plain, args, result);
    off.push(performance.now() - t);
    t = performance.now();
    await guardedCall(e, guarded, args, result);
    on.push(performance.now() - t);
  }
  return p50(on) - p50(off);
}

if (Deno.env.get("SMG_BENCH_SUMMARY") !== "0") {
  const rows = await benchSummary();
  const w = Math.max(...rows.map((r) => r.label.length));
  const lines = [
    `Guard benchmark summary (${MB.toFixed(2)} MB mixed text, 1 core):`,
    `| ${"measure".padEnd(w)} | ${"value".padStart(10)} | ${"target".padStart(10)} | met |`,
    `|${"-".repeat(w + 2)}|${"-".repeat(12)}|${"-".repeat(12)}|-----|`,
    ...rows.map((r) =>
      `| ${r.label.padEnd(w)} | ${r.value.padStart(10)} | ${r.target.padStart(10)} | ${
        r.met === null ? " — " : r.met ? "yes" : "NO "
      } |`
    ),
  ];
  console.log(lines.join("\n"));
}
