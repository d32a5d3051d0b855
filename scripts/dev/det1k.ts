/**
 * CPU time (µs) per 1 KB value of the bench text (`SIZE=4096` for another size), per detector and stage:
 * `N=3000 deno run -A scripts/dev/det1k.ts [detector …]`. CPU time, not wall time, so a busy
 * machine inflates it less; still compare builds side by side, interleaved.
 */
import process from "node:process";
import { TEXT_DETECTORS } from "../../src/guardrails/detectors/mod.ts";
import type { FieldContext } from "../../src/guardrails/types.ts";
import { mixedText } from "../bench/_mixed_text.ts";

const SIZE = Number(Deno.env.get("SIZE") ?? 1024);
const ARG = mixedText(SIZE, 7).slice(0, SIZE);
const N = Number(Deno.env.get("N") ?? 3000);
const only = Deno.args;
for (const [id, d] of Object.entries(TEXT_DETECTORS)) {
  if (only.length && !only.includes(id)) continue;
  const o = d.optionsSchema.parse({}) as never;
  for (const stage of d.stages) {
    const f: FieldContext = { stage, path: "$.a", key: "text", tool: "bench", server: "bench" };
    for (let i = 0; i < 200; i++) d.scan(ARG, f, o);
    const c0 = process.cpuUsage();
    for (let i = 0; i < N; i++) d.scan(ARG, f, o);
    const used = process.cpuUsage(c0);
    console.log(
      `${id.padEnd(18)} ${stage.padEnd(10)} ${((used.user + used.system) / N).toFixed(1)} µs`,
    );
  }
}
