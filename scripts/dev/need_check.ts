/**
 * Every rule's `need` is necessary: on eval texts, documentation chunks and fresh mixed text (all
 * their views, whole and in 500-char slices), wherever the rule's regex (and its ASCII twin) finds a
 * match, `need` passes. Prints violations and how many matched slices were checked; exits 1 on
 * a violation. Run after adding or editing a rule that has one:
 * `deno run -A --v8-flags=--regexp-tier-up-ticks=100 scripts/dev/need_check.ts` (DOCS=n files).
 */
import { RULES } from "../../src/guardrails/detectors/injection.ts";
import { asciiTwin } from "../../src/guardrails/text/ascii_twin.ts";
import { textViews } from "../../src/guardrails/text/views.ts";
import { allCases } from "../eval/mod.ts";
import { locateCorpus } from "../eval/corpus.ts";
import { trainingChunks } from "./_doc_chunks.ts";
import { mixedText } from "../bench/_mixed_text.ts";

const texts: string[] = [];
const strings = (v: unknown): void => {
  if (typeof v === "string") texts.push(v);
  else if (Array.isArray(v)) v.forEach(strings);
  else if (v && typeof v === "object") Object.values(v).forEach(strings);
};
for (const c of allCases(locateCorpus()).cases) strings([c.args, c.result, c.definition]);
const nEval = texts.length;
for (const c of trainingChunks(1500, Number(Deno.env.get("DOCS") ?? 4000))) texts.push(c.text);
const nDoc = texts.length - nEval;
for (let i = 0; i < 3000; i++) texts.push(mixedText(1024, 100 + i));
console.log(`texts: ${nEval} eval, ${nDoc} doc, 3000 mixed`);
const ruled = RULES.map((r, i) => [r, i] as const).filter(([r]) => r.need);
const matched = new Map<number, number>(),
  bad = new Map<number, number>(),
  tried = new Map<number, number>();
for (const t of texts) {
  for (const view of textViews(t)) {
    const slices = [view];
    if (view.length > 500) {
      for (let a = 0; a < view.length; a += 97) slices.push(view.slice(a, a + 500));
    }
    for (const [r, i] of ruled) {
      const res = [r.re, asciiTwin(r.re)].filter((x): x is RegExp => !!x);
      for (const s of slices) {
        tried.set(i, (tried.get(i) ?? 0) + 1);
        for (const re of res) {
          re.lastIndex = 0;
          if (!re.exec(s)) continue;
          matched.set(i, (matched.get(i) ?? 0) + 1);
          if (!r.need!.test(s)) {
            bad.set(i, (bad.get(i) ?? 0) + 1);
            console.log(`VIOLATION #${i} ${r.kind}: ${JSON.stringify(s.slice(0, 200))}`);
          }
        }
      }
    }
  }
}
for (const [, i] of ruled) {
  console.log(
    `#${i} ${RULES[i].kind}: ${tried.get(i) ?? 0} slices, ${matched.get(i) ?? 0} matched, ${
      bad.get(i) ?? 0
    } violations`,
  );
}
if (bad.size > 0) Deno.exit(1);
