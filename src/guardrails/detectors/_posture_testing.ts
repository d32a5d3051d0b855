/** Table runner for the posture rule tests (`_posture_*_test.ts`). */
import assert from "node:assert/strict";
import { postureRule } from "./_posture.ts";

/** One technique: values that must be caught (by this rule id) and look-alikes that must pass. */
export interface PostureCase {
  id: string;
  block: string[];
  pass?: string[];
}

/** Registers one Deno test per case. */
export function runCases(area: string, cases: readonly PostureCase[]): void {
  for (const c of cases) {
    Deno.test(`posture ${area}: ${c.id}`, () => {
      for (const s of c.block) {
        const got = postureRule(s);
        assert.ok(got !== undefined, `should block (${c.id}): ${s}`);
        assert.equal(got.id, c.id, `caught by ${got.id}, expected ${c.id}: ${s}`);
      }
      for (const s of c.pass ?? []) {
        const got = postureRule(s);
        assert.equal(got?.id, undefined, `should pass (${got?.id}): ${s}`);
      }
    });
  }
}
