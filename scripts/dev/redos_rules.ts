/**
 * Rule-aware backtracking scan of the injection rules: for each rule, its own anchor words with a
 * long run of separators (tabs, spaces, underscores, commas) or word characters between them, the
 * hostile shape that made lazy spans next to unbounded separators blow up (a 16 KB run of tabs
 * after "the true fix to" took 18 s). Generic shapes (`redos_scan.ts`) miss these, because a rule
 * only runs near its anchors. Prints rules slower than `--ms` (default 50) on `--size` characters
 * (default 16384: what `settings.guards.isolation: auto` scans inline).
 *
 *   deno run -A scripts/dev/redos_rules.ts [--size 16384] [--ms 50]
 */
import { RULES } from "../../src/guardrails/detectors/injection.ts";

const arg = (name: string, dflt: number): number => {
  const at = Deno.args.indexOf(name);
  return at >= 0 ? Number(Deno.args[at + 1]) : dflt;
};
const SIZE = arg("--size", 16384);
const LIMIT = arg("--ms", 50);
const FILLERS = ["\t", " ", "_", ", ", "a", "a_", "'", "-", "1.", "\n"];

const slow: [number, string, string][] = [];
for (const r of RULES) {
  const words = [...r.anchors.words, ...r.anchors.symbols].slice(0, 6);
  const partners = (r.anchors.partners ?? []).slice(0, 4);
  const head = words.join(" ") + " ";
  const tail = " " + partners.join(" ") + " " + words.join(" ");
  let worst = 0;
  let worstFill = "";
  for (const fill of FILLERS) {
    const body = fill.repeat(Math.ceil(SIZE / fill.length)).slice(
      0,
      SIZE - head.length - tail.length,
    );
    const text = head + body + tail;
    const re = new RegExp(r.re.source, r.re.flags);
    const t0 = performance.now();
    for (let m = re.exec(text), n = 0; m && n < 50; m = re.exec(text), n++) {
      if (m[0].length === 0) re.lastIndex++;
    }
    const ms = performance.now() - t0;
    if (ms > worst) [worst, worstFill] = [ms, fill];
  }
  if (worst > LIMIT) {
    slow.push([worst, r.kind, JSON.stringify(worstFill)]);
    // Printed as found too: a badly backtracking rule can take minutes on the full size.
    console.error(`  … ${worst.toFixed(0)} ms ${r.kind} filler ${JSON.stringify(worstFill)}`);
  }
}
slow.sort((a, b) => b[0] - a[0]);
console.log(
  `${RULES.length} rules, ${FILLERS.length} fillers, ${SIZE} characters each; slower than ${LIMIT} ms:`,
);
for (const [ms, kind, fill] of slow) {
  console.log(`${ms.toFixed(0).padStart(7)} ms  ${kind.padEnd(28)} filler ${fill}`);
}
if (!slow.length) console.log("  none");
