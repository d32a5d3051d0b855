import assert from "node:assert/strict";
import { firstWins, type Span } from "./_spans.ts";
import { piiDetector } from "./pii.ts";
import { secretsDetector } from "./secrets.ts";
import { assertLinear } from "../text/_linear_testing.ts";

/** The pairwise definition firstWins() must equal: keep a hit unless it overlaps a kept one. */
function naive<T extends Span>(hits: readonly T[]): T[] {
  const kept: T[] = [];
  for (const h of hits) {
    if (!kept.some((a) => h.start < a.end && a.start < h.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

Deno.test("firstWins() equals the pairwise check on rule-ordered random hits", () => {
  let seed = 3;
  const rand = (n: number): number => (seed = (seed * 16807) % 2147483647) % n;
  for (let round = 0; round < 300; round++) {
    const hits: (Span & { id: number })[] = [];
    // Like the detectors: several rules, each emitting ascending non-overlapping spans.
    for (let rule = 0; rule < 1 + rand(6); rule++) {
      let at = rand(20);
      for (let k = 0; k < rand(8); k++) {
        const len = 1 + rand(12);
        hits.push({ start: at, end: at + len, id: hits.length });
        at += len + rand(15);
      }
    }
    assert.deepEqual(firstWins(hits).map((h) => h.id), naive(hits).map((h) => h.id));
  }
});

Deno.test("firstWins() keeps the earlier hit of two overlapping ones, whatever their order", () => {
  const late = { start: 10, end: 20, id: "late" };
  const early = { start: 5, end: 15, id: "early" };
  assert.deepEqual(firstWins([late, early]).map((h) => h.id), ["late"]);
  assert.deepEqual(firstWins([early, late]).map((h) => h.id), ["early"]);
});

Deno.test("secrets and pii stay linear on a result with tens of thousands of findings", () => {
  const at = { stage: "output" as const, path: "$" };
  const emails = (n: number) => "jo@ex.io ".repeat(n / 9);
  const passwords = (n: number) => "password=Xk29vLq7Rm3p ".repeat(n / 22);
  assert.equal(piiDetector.scan(emails(540_000), at, {} as never).length, 60000);
  assert.equal(secretsDetector.scan(passwords(440_000), at, {} as never).length, 20000);
  assertLinear("many e-mail findings", (s) => piiDetector.scan(s, at, {} as never), emails);
  assertLinear(
    "many password findings",
    (s) => secretsDetector.scan(s, at, {} as never),
    passwords,
  );
});
