import assert from "node:assert/strict";
import { forEachString } from "./walk.ts";

function joined(value: unknown): string[] {
  const out: string[] = [];
  forEachString(value, "$", (t, p, k) => {
    if (p.endsWith("<joined>")) out.push(`${p}|${k}|${t}`);
  }, { argvViews: true });
  return out;
}

Deno.test("values split across sequenced sibling keys are also read joined, in order", () => {
  const cases: ReadonlyArray<readonly [unknown, string]> = [
    [
      { props: { k_b: "EAQ8N8P3OX", k_a: "AKIAN9SYXQ" } },
      "$.props.k<joined>|k|AKIAN9SYXQEAQ8N8P3OX",
    ],
    [
      { token1: "ghp_0a1B2c3D4e5F", token2: "6g7H8i9J0kLmNoPq" },
      "$.token<joined>|token|ghp_0a1B2c3D4e5F6g7H8i9J0kLmNoPq",
    ],
    [{ secret_part2: "bbb", secret_part1: "aaa", other: "x" }, "$.secret<joined>|secret|aaabbb"],
    [{ "sig-3": "c3", "sig-1": "a1", "sig-2": "b2" }, "$.sig<joined>|sig|a1b2c3"],
  ];
  for (const [value, want] of cases) assert.deepEqual(joined(value), [want], JSON.stringify(value));
});

Deno.test("no joined view for prose pieces, lone keys, unrelated stems or argument walks without views", () => {
  for (
    const value of [
      { line_1: "12 Harbour Road", line_2: "Flat 4" }, // addresses hold spaces
      { k_a: "AKIAN9SYXQ", name: "x" }, // one piece only
      { a_1: "x1", b_2: "y2" }, // different stems
      { data: "abc", datb: "def" }, // no sequence suffix
    ]
  ) {
    assert.deepEqual(joined(value), [], JSON.stringify(value));
  }
  const seen: string[] = [];
  forEachString({ k_a: "AKIAN9SYXQ", k_b: "EAQ8N8P3OX" }, "$", (_t, p) => seen.push(p));
  assert.ok(!seen.some((p) => p.endsWith("<joined>")), "output walks read no joined views");
});
