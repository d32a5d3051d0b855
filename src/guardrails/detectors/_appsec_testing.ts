/** Table runner for the application-security rule tests (`_appsec_*_test.ts`). */
import assert from "node:assert/strict";
import { appsecRule } from "./_appsec.ts";

/** One weakness: values that must be caught (by this rule id) and look-alikes that must pass. */
export interface AppsecCase {
  id: string;
  block: string[];
  pass?: string[];
}

/** Registers one Deno test per case. */
export function runCases(area: string, cases: readonly AppsecCase[]): void {
  for (const c of cases) {
    Deno.test(`appsec ${area}: ${c.id}`, () => {
      for (const s of c.block) {
        const got = appsecRule(s);
        assert.ok(got !== undefined, `should block (${c.id}): ${s}`);
        assert.equal(got.id, c.id, `caught by ${got.id}, expected ${c.id}: ${s}`);
      }
      for (const s of c.pass ?? []) {
        const got = appsecRule(s);
        assert.equal(got?.id, undefined, `should pass (${got?.id}): ${s}`);
      }
    });
  }
}
