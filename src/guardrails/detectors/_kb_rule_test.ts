import assert from "node:assert/strict";
import { firstKbRule, kbKeys, kbRuleHolds } from "./_kb_rule.ts";

const RULES = [
  { id: "a", lit: "Alpha", re: /alpha\s+on/i, not: /alpha\s+on\s+test/i },
  { id: "b", lit: ["beta", "gamma"], re: /(?:beta|gamma)\s+\d/, also: /--now/ },
  { id: "c", lit: "alpha", re: /alpha/ },
];

Deno.test("kbKeys lower-cases a rule's literal or literals", () => {
  assert.deepEqual(kbKeys(RULES[0]), ["alpha"]);
  assert.deepEqual(kbKeys(RULES[1]), ["beta", "gamma"]);
});

Deno.test("kbRuleHolds needs the pattern and the second condition, and no clearing one", () => {
  assert.equal(kbRuleHolds(RULES[0], "turn alpha on now"), true);
  assert.equal(kbRuleHolds(RULES[0], "turn alpha on test box"), false);
  assert.equal(kbRuleHolds(RULES[1], "gamma 3 --now"), true);
  assert.equal(kbRuleHolds(RULES[1], "gamma 3 later"), false);
});

Deno.test("firstKbRule returns the first rule in order that holds, within 8-65,536 characters", () => {
  const first = firstKbRule(RULES);
  assert.equal(first("turn alpha on now")?.id, "a");
  assert.equal(first("turn alpha on test box")?.id, "c");
  assert.equal(first("gamma 3 --now please")?.id, "b");
  assert.equal(first("nothing to see here"), undefined);
  assert.equal(first("alpha"), undefined);
  assert.equal(first("alpha on " + "x".repeat(70000)), undefined);
});
