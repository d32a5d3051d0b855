import assert from "node:assert/strict";
import { asciiTwin, foldSafe } from "../text/ascii_twin.ts";
import { RULES } from "./injection.ts";

const ROOT = new URL("../../../tests/fixtures/eval/", import.meta.url).pathname;

/** Texts of the eval's injection fixtures (attacks and twins), every thirteenth, as read by the rules. */
function texts(): string[] {
  const out: string[] = [];
  for (const side of ["attacks", "benign"]) {
    for (const e of Deno.readDirSync(ROOT + side)) {
      if (!e.name.endsWith("_injection.json")) continue;
      const cases = JSON.parse(Deno.readTextFileSync(`${ROOT}${side}/${e.name}`));
      cases.forEach((c: { result?: unknown }, i: number) => {
        if (i % 13 !== 0 || c.result === undefined) return;
        out.push(typeof c.result === "string" ? c.result : JSON.stringify(c.result));
      });
    }
  }
  return out;
}

function first(re: RegExp, text: string): string {
  re.lastIndex = 0;
  const all: string[] = [];
  for (let k = 0; k < 4; k++) {
    const m = re.exec(text);
    if (!m) break;
    all.push(`${m.index}:${m[0]}`);
    if (!re.global && !re.sticky) break;
    if (m[0].length === 0) re.lastIndex++;
  }
  return all.join("|");
}

Deno.test("injection rules and gates: each ASCII twin finds the same matches as its rule on fold-safe texts", () => {
  const res = new Set<RegExp>();
  for (const r of RULES) {
    res.add(r.re);
    if (r.anchors.gate) res.add(r.anchors.gate);
  }
  const pairs = [...res].map((re) => [re, asciiTwin(re)] as const).filter(([, t]) => t);
  // Most rules are multilingual; enough are ASCII for the twins to matter (see ascii_twin.ts).
  assert.ok(pairs.length > 150, `${pairs.length} twins`);
  const sample = texts().filter(foldSafe);
  assert.ok(sample.length > 60, `${sample.length} texts`);
  let matched = 0;
  for (const text of sample) {
    for (const [re, twin] of pairs) {
      const want = first(re, text);
      assert.equal(first(twin!, text), want, `${re.source.slice(0, 80)} on ${text.slice(0, 60)}`);
      if (want) matched++;
    }
  }
  // The comparison means something only if rules do match these texts.
  assert.ok(matched > 100, `${matched} matches`);
});
