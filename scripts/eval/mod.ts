/** The detector evaluation: build every case set and run it. Entry: `scripts/eval.ts`. */
import { mcpsecbenchCases } from "./corpus_mcpsecbench.ts";
import { bipiaCases } from "./corpus_bipia.ts";
import {
  commandInjectionCases,
  fileInclusionCases,
  ssrfCases,
  traversalCases,
} from "./corpus_pat.ts";
import { promptInjectionCases } from "./corpus_pat_prompts.ts";
import { FIXTURES_DIR, loadFixtures } from "./fixtures.ts";
import { type EvalReport, summarize } from "./report.ts";
import { EvalRunner } from "./runner.ts";
import type { CaseResult, CaseSet, EvalCase, Exclusion } from "./types.ts";

/** Every corpus-derived case set. */
export function corpusCaseSets(corpusDir: string): CaseSet[] {
  return [
    traversalCases(corpusDir),
    fileInclusionCases(corpusDir),
    fileInclusionCases(corpusDir, "roots"),
    commandInjectionCases(corpusDir),
    ssrfCases(corpusDir),
    promptInjectionCases(corpusDir),
    bipiaCases(corpusDir),
    mcpsecbenchCases(corpusDir),
  ];
}

/** All cases: corpora, own attacks, benign set. */
export function allCases(
  corpusDir: string,
  fixturesDir: string = FIXTURES_DIR,
): { cases: EvalCase[]; excluded: Exclusion[] } {
  const sets = corpusCaseSets(corpusDir);
  return {
    cases: [
      ...sets.flatMap((s) => s.cases),
      ...loadFixtures("attacks", fixturesDir),
      ...loadFixtures("benign", fixturesDir),
    ],
    excluded: sets.flatMap((s) => s.excluded),
  };
}

/** Run cases through the recommended policies and summarize. */
export async function runEval(
  cases: EvalCase[],
  excluded: Exclusion[] = [],
): Promise<{ report: EvalReport; results: CaseResult[] }> {
  const runner = new EvalRunner();
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runner.run(c));
  return { report: summarize(results, excluded), results };
}
