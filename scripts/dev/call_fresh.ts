/**
 * `call_p50.ts` with a different 1 KB text on every call (997 of them in turn): `call_p50.ts` sends
 * the same string every time, so every per-text cache (views, the literal gates' last text, the
 * anchor index's answers) hits across calls and it reads low. The result echoes the argument;
 * `ECHO=0` returns another text instead. `deno run -A scripts/dev/call_fresh.ts`, interleaved with
 * a base checkout as for `call_p50.ts`.
 */
import { benchEngine, benchServer, guardedCall } from "../bench/_harness.ts";
import { mixedText } from "../bench/_mixed_text.ts";
import type { ServerConfig } from "../../src/config/schema.ts";
const ECHO = Deno.env.get("ECHO") !== "0";
const TEXTS = Array.from({ length: 997 }, (_, i) => mixedText(1024, 100 + i).slice(0, 1024));
const engine = benchEngine();
const guarded = benchServer(true);
const plain = benchServer(false);
let k = 0;
async function p50(server: ServerConfig, n: number): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = TEXTS[k++ % TEXTS.length];
    const r = ECHO ? a : TEXTS[(k + 500) % TEXTS.length];
    const s = performance.now();
    await guardedCall(engine, server, { text: a }, r);
    t.push(performance.now() - s);
  }
  t.sort((x, y) => x - y);
  return t[t.length >> 1] * 1000;
}
await p50(guarded, 600);
await p50(plain, 300);
const added: number[] = [];
for (let j = 0; j < 5; j++) added.push(await p50(guarded, 400) - await p50(plain, 400));
console.log(
  `${ECHO ? "echo" : "no-echo"} varied added p50 µs: ${added.map((x) => x.toFixed(0)).join(" ")}`,
);
