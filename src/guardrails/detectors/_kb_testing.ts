/** Table runner for the knowledge-base rule tests (posture, appsec, tradecraft). */
import assert from "node:assert/strict";

/** One rule: values that must be caught (by this rule id) and look-alikes that must pass. */
export interface KbCase {
  id: string;
  block: string[];
  pass?: string[];
}

/** A runner registering one Deno test per case, for the base whose rule finder is `find`. */
export function kbCaseRunner(
  base: string,
  find: (text: string) => { id: string } | undefined,
): (area: string, cases: readonly KbCase[]) => void {
  return (area, cases) => {
    for (const c of cases) {
      Deno.test(`${base} ${area}: ${c.id}`, () => {
        for (const s of c.block) {
          const got = find(s);
          assert.ok(got !== undefined, `should block (${c.id}): ${s}`);
          assert.equal(got.id, c.id, `caught by ${got.id}, expected ${c.id}: ${s}`);
        }
        for (const s of c.pass ?? []) {
          const got = find(s);
          assert.equal(got?.id, undefined, `should pass (${got?.id}): ${s}`);
        }
      });
    }
  };
}
