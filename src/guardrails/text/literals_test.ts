import assert from "node:assert/strict";
import { LiteralSet } from "./literals.ts";

/** What a loop of `indexOf` calls, stepping past each hit, finds. */
function byIndexOf(text: string, lit: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + lit.length)) out.push(i);
  return out;
}

const LITERALS = ["key", "Key", "oken", "://", "-----BEGIN ", "aa", "aaa", "sk-", "sk-ant-"];
const TEXTS = [
  "",
  "k",
  "api_key=1 token: Key KEY",
  "postgres://u:p@h https://x -----BEGIN RSA PRIVATE KEY----- sk-ant-abc sk-1",
  "aaaaaaa",
  "ключ key ☃ oken",
];

for (const text of TEXTS) {
  Deno.test(`LiteralSet.find() agrees with indexOf on ${JSON.stringify(text.slice(0, 30))}`, () => {
    const found = new LiteralSet(LITERALS).find(text);
    LITERALS.forEach((lit, i) => assert.deepEqual(found[i], byIndexOf(text, lit), lit));
  });
}

Deno.test("LiteralSet rejects literals it cannot index", () => {
  assert.throws(() => new LiteralSet(["a"]), /at least 2/);
  assert.throws(() => new LiteralSet(["ключ"]), /ASCII/);
});

Deno.test("LiteralSet.find() answers absent literals with a shared read-only empty list", () => {
  const found = new LiteralSet(["ab", "cd", "xy"]).find("abab xy");
  assert.deepEqual(found, [[0, 2], [], [5]]);
  assert.ok(Object.isFrozen(found[1]));
});
