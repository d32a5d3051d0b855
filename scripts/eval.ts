/**
 * `deno task eval`: score the guardrails, with the recommended policies, on the public corpora and
 * the project's own attack and benign cases. Prints block rate per attack category and false
 * positive rate per benign group.
 *
 *   deno task eval [--corpus DIR] [--json] [--verbose] [--strict]
 *
 * Exit code 0 unless `--strict` and a target is missed (then 1); 2 on a usage or corpus error.
 */
import { parseArgs } from "node:util";
import { CorpusMissingError, locateCorpus } from "./eval/corpus.ts";
import { FixtureError } from "./eval/fixtures.ts";
import { allCases, runEval } from "./eval/mod.ts";
import { formatReport, formatVerbose, sanitize } from "./eval/report.ts";

async function main(): Promise<number> {
  let flags;
  try {
    flags = parseArgs({
      args: Deno.args,
      options: {
        corpus: { type: "string" },
        json: { type: "boolean", default: false },
        verbose: { type: "boolean", short: "v", default: false },
        strict: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (e) {
    console.error(
      `${
        (e as Error).message
      }; usage: deno task eval [--corpus DIR] [--json] [--verbose] [--strict]`,
    );
    return 2;
  }
  if (flags.help) {
    console.log("usage: deno task eval [--corpus DIR] [--json] [--verbose] [--strict]");
    return 0;
  }
  let corpus: string;
  let built;
  try {
    corpus = locateCorpus(flags.corpus);
    built = allCases(corpus);
  } catch (e) {
    if (e instanceof CorpusMissingError || e instanceof FixtureError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const started = performance.now();
  const { report } = await runEval(built.cases, built.excluded);
  const ms = performance.now() - started;
  if (flags.json) {
    const brief = (r: typeof report.misses[number]) => ({
      id: r.case.id,
      category: r.case.category,
      group: r.case.group,
      detector: r.outcome.detector,
      kind: r.outcome.kind,
      sample: sanitize(
        r.case.kind === "input" ? JSON.stringify(r.case.args) : r.case.kind === "output"
          ? String(
            typeof r.case.result === "string" ? r.case.result : JSON.stringify(r.case.result),
          )
          : JSON.stringify(r.case.definition),
        200,
      ),
    });
    console.log(JSON.stringify(
      {
        corpus,
        cases: built.cases.length,
        ms: Math.round(ms),
        attacks: report.attacks,
        benign: [...report.benign, report.benignTotal],
        excluded: report.excluded,
        all_met: report.allMet,
        ...(flags.verbose
          ? { misses: report.misses.map(brief), false_positives: report.falsePositives.map(brief) }
          : {}),
      },
      null,
      2,
    ));
  } else {
    console.log(
      `smg detector evaluation — recommended policies, corpus ${corpus}, ${built.cases.length} cases in ${
        Math.round(ms)
      } ms\n`,
    );
    console.log(formatReport(report));
    if (flags.verbose) console.log(formatVerbose(report));
    console.log(
      report.allMet
        ? "All targets met."
        : "Some targets are missed (see rows marked NO; --verbose lists the cases).",
    );
  }
  return flags.strict && !report.allMet ? 1 : 0;
}

Deno.exit(await main());
