/**
 * Static ReDoS check of every regular expression the guardrails use, with recheck (an automaton-
 * based checker that also proves its verdict with an attack string; its native binary from npm
 * runs as an agent, ~20 ms per expression, the pure-JS fallback is far slower). `redos_scan.ts` times
 * detectors on hostile shapes it was told about; this finds the shapes nobody thought of, such as a
 * header followed by 18 lines ending in " \r \n" (exponential in a PuTTY-key rule until 2026-11).
 *
 * Two sources, so dynamically built rules are covered too:
 * - every regex literal in src/ (parsed with the TypeScript parser, test files skipped);
 * - every `new RegExp(…)` built while the detector modules load (the constructor is wrapped before
 *   they are imported), which covers rules assembled from word lists.
 *
 *   deno run -A scripts/dev/redos_check.ts [--timeout-ms 2000] [--all] [--parallel 2] [--from N]
 *
 * ~1,700 expressions; the large rule alternations often end "unknown" at the timeout, so a full run
 * takes tens of minutes (it is a dev tool, not part of the test suite).
 *
 * Prints every regex recheck finds exponential (always a defect: a few hundred bytes can hang the
 * gateway) and, with `--all`, polynomial ones (usually harmless here: quantifiers are bounded and
 * rules run on windows, but worth a look). Exits 1 when an exponential one is found.
 */
import { check } from "recheck";
import { type FoundRegex, guardrailRegexes } from "./_regex_inventory.ts";

const arg = (name: string): string | undefined => {
  const at = Deno.args.indexOf(name);
  return at >= 0 ? Deno.args[at + 1] : undefined;
};
const TIMEOUT = Number(arg("--timeout-ms") ?? 2000);
const SHOW_POLY = Deno.args.includes("--all");

type Found = FoundRegex;
const found = await guardrailRegexes("src");

let exponential = 0;
let polynomial = 0;
let unknown = 0;
const started = performance.now();
const VERBOSE = Deno.args.includes("--verbose");
/** Skip the first N expressions (to resume a long run). */
const FROM = Number(arg("--from") ?? 0);
/** Expressions checked at once (the native agent answers requests in parallel). */
const PARALLEL = Number(arg("--parallel") ?? 2);
const list = found.slice(FROM);
let done = FROM;
async function checkOne(f: Found): Promise<void> {
  const t0 = performance.now();
  const r = await check(f.source, f.flags, { timeout: TIMEOUT });
  done++;
  if (VERBOSE) {
    console.error(
      `${done}/${found.length} ${
        (performance.now() - t0).toFixed(0)
      } ms ${f.where} ${f.source.length}`,
    );
  }
  if (r.status === "vulnerable") {
    const kind = r.complexity.type;
    if (kind === "exponential") exponential++;
    else polynomial++;
    if (kind === "exponential" || SHOW_POLY) {
      console.log(`${kind.toUpperCase()} ${f.where}\n  /${f.source.slice(0, 300)}/${f.flags}`);
      console.log(`  attack: ${JSON.stringify(r.attack.pattern).slice(0, 200)}`);
    }
  } else if (r.status === "unknown") unknown++;
}
let next = 0;
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    while (next < list.length) await checkOne(list[next++]);
  }),
);
console.log(
  `${found.length} expressions checked in ${
    ((performance.now() - started) / 1000).toFixed(0)
  } s: ` +
    `${exponential} exponential, ${polynomial} polynomial, ${unknown} unknown (timeout ${TIMEOUT} ms)`,
);
// The native checker runs as a child agent that would keep the process alive.
Deno.exit(exponential > 0 ? 1 : 0);
