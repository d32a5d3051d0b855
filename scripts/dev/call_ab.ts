/**
 * `call_fresh.ts` for two checkouts in one process, call by call in turn (order alternating), so
 * that load on a shared machine falls on both alike: the added p50 (guarded − plain) of each and
 * their ratio per round. `BASE=/path/to/base/checkout deno run -A
 * --v8-flags=--regexp-interpret-all scripts/dev/call_ab.ts` (`ECHO=0`: another text as the result;
 * `N`: calls per round).
 */
const BASE = Deno.env.get("BASE");
if (BASE === undefined) throw new Error("set BASE to the base checkout");
const ECHO = Deno.env.get("ECHO") !== "0";
const N = Number(Deno.env.get("N") ?? 400);
type Harness = typeof import("../bench/_harness.ts");
const sides: Harness[] = [
  await import(new URL("scripts/bench/_harness.ts", `file://${BASE.replace(/\/?$/, "/")}`).href),
  await import("../bench/_harness.ts"),
];
const { mixedText } = await import("../bench/_mixed_text.ts");
const TEXTS = Array.from({ length: 997 }, (_, i) => mixedText(1024, 100 + i).slice(0, 1024));
const runs = sides.map((h) => ({
  h,
  engine: h.benchEngine(),
  guarded: h.benchServer(true),
  plain: h.benchServer(false),
}));
const median = (t: number[]): number => t.sort((x, y) => x - y)[t.length >> 1] * 1000;
let k = 0;
for (let round = 0; round < 6; round++) {
  const g: number[][] = [[], []];
  const p: number[][] = [[], []];
  for (let i = 0; i < N; i++) {
    const a = TEXTS[k++ % TEXTS.length];
    const r = ECHO ? a : TEXTS[(k + 500) % TEXTS.length];
    for (const j of i & 1 ? [1, 0] : [0, 1]) {
      for (const [server, into] of [[runs[j].guarded, g], [runs[j].plain, p]] as const) {
        const s = performance.now();
        await runs[j].h.guardedCall(runs[j].engine, server, { text: a }, r);
        into[j].push(performance.now() - s);
      }
    }
  }
  if (round === 0) continue; // warm-up
  const base = median(g[0]) - median(p[0]);
  const branch = median(g[1]) - median(p[1]);
  console.log(
    `${ECHO ? "echo" : "no-echo"} added p50 µs: base ${base.toFixed(0)} branch ${
      branch.toFixed(0)
    } ratio ${(branch / base).toFixed(3)}`,
  );
}
