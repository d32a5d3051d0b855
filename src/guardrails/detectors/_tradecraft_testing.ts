/** Table runner for the tradecraft rule tests (`_tradecraft_*_test.ts`). */
import assert from "node:assert/strict";
import { tradecraftRule } from "./_tradecraft.ts";

/** One technique: commands that must be caught (by this rule id) and look-alikes that must pass. */
export interface TradecraftCase {
  id: string;
  block: string[];
  pass?: string[];
}

/** Registers one Deno test per case. */
export function runCases(area: string, cases: readonly TradecraftCase[]): void {
  for (const c of cases) {
    Deno.test(`tradecraft ${area}: ${c.id}`, () => {
      for (const s of c.block) {
        const got = tradecraftRule(s);
        assert.ok(got !== undefined, `should block (${c.id}): ${s}`);
        assert.equal(got.id, c.id, `caught by ${got.id}, expected ${c.id}: ${s}`);
      }
      for (const s of c.pass ?? []) {
        const got = tradecraftRule(s);
        assert.equal(got?.id, undefined, `should pass (${got?.id}): ${s}`);
      }
    });
  }
}
