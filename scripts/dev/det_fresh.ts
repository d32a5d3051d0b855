/**
 * `det1k.ts` with a different 1 KB bench text on every scan: CPU time (µs) per scan, per detector
 * and stage, three rounds over `N` fresh texts (`N=3000 deno run -A
 * --v8-flags=--regexp-tier-up-ticks=100 scripts/dev/det_fresh.ts [detector …]`). `det1k.ts` scans
 * one string, so per-text memos (views, the anchor index's answers, the literal gates' last text)
 * hit every time and it reads about half the real cost. The first round includes compiling the
 * regexes the texts reach; compare the later ones, interleaved with a base checkout.
 */
import process from "node:process";
import { TEXT_DETECTORS } from "../../src/guardrails/detectors/mod.ts";
import type { FieldContext } from "../../src/guardrails/types.ts";
import { mixedText } from "../bench/_mixed_text.ts";

const N = Number(Deno.env.get("N") ?? 3000);
const TEXTS = Array.from({ length: N }, (_, i) => mixedText(1024, 100 + i).slice(0, 1024));
const only = Deno.args;
for (const [id, d] of Object.entries(TEXT_DETECTORS)) {
  if (only.length && !only.includes(id)) continue;
  const o = d.optionsSchema.parse({}) as never;
  for (const stage of d.stages) {
    const f: FieldContext = { stage, path: "$.a", key: "text", tool: "bench", server: "bench" };
    const rounds: string[] = [];
    for (let r = 0; r < 3; r++) {
      const c0 = process.cpuUsage();
      for (let i = 0; i < N; i++) d.scan(TEXTS[i], f, o);
      const used = process.cpuUsage(c0);
      rounds.push(((used.user + used.system) / N).toFixed(1));
    }
    console.log(`${id.padEnd(18)} ${stage.padEnd(10)} ${rounds.join(" ")} µs`);
  }
}
