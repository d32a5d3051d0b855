/**
 * Added p50 (µs) of a guarded call over a plain one — `checkInput` + `checkOutput` with the
 * recommended policies, inline, a 1 KB argument and its 1 KB echo — as five 400-call medians. Run it
 * from two checkouts side by side (`git worktree add /tmp/base <commit>`), interleaved, to compare
 * builds on a shared machine: `deno run -A scripts/dev/call_p50.ts`.
 */
import { benchEngine, benchServer, guardedCall } from "../bench/_harness.ts";
import { mixedText } from "../bench/_mixed_text.ts";
import type { ServerConfig } from "../../src/config/schema.ts";

const ARG = mixedText(1024, 7).slice(0, 1024);
const engine = benchEngine();
const guarded = benchServer(true);
const plain = benchServer(false);

async function p50(server: ServerConfig, n: number): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    await guardedCall(engine, server, { text: ARG }, ARG);
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  return t[t.length >> 1] * 1000;
}

await p50(guarded, 300);
await p50(plain, 300);
const added: number[] = [];
for (let k = 0; k < 5; k++) added.push(await p50(guarded, 400) - await p50(plain, 400));
console.log(`added p50 µs: ${added.map((x) => x.toFixed(0)).join(" ")}`);
