/**
 * Child of `regex_code_test.ts`: scans the eval's injection and tool-result fixtures (the most
 * varied texts the project has: every rule family's gates open somewhere in them) through the
 * recommended policies, then prints the V8 code spaces as JSON. Run with smg's own flags.
 */
import v8 from "node:v8";
import { loadFixtures } from "../../scripts/eval/fixtures.ts";
import { EvalRunner } from "../../scripts/eval/runner.ts";

const limit = Number(Deno.args[0] ?? "1500");
const cases = [...loadFixtures("attacks"), ...loadFixtures("benign")]
  .filter((c) => c.kind === "output")
  .slice(0, limit);
const runner = new EvalRunner();
for (const c of cases) await runner.run(c);
const spaces = Object.fromEntries(
  v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]),
);
console.log(JSON.stringify({ cases: cases.length, spaces }));
