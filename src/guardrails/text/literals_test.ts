import assert from "node:assert/strict";
import { LiteralSet } from "./literals.ts";

/** What a loop of `indexOf` calls, stepping past each hit, finds. */
function byIndexOf(text: string, lit: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + lit.length)) out.push(i);
  return out;
}

const LITERALS = [
  "key",
  "Key",
  "oken",
  "://",
  "-----BEGIN ",
  "aa",
  "aaa",
  "sk-",
  "sk-ant-",
  "xox",
  "_test_",
  "eyJ",
  "Q~",
  "AKIA",
];
const TEXTS = [
  "",
  "k",
  "api_key=1 token: Key KEY",
  "postgres://u:p@h https://x -----BEGIN RSA PRIVATE KEY----- sk-ant-abc sk-1",
  "aaaaaaa",
  "ключ key ☃ oken",
  "xoxoxox _test_test_ AKIAKIA eyJeyJ Q~Q~",
  "sk-ant-sk-ant- keykey tokentoken",
];

for (const text of TEXTS) {
  Deno.test(`LiteralSet.find() agrees with indexOf on ${JSON.stringify(text.slice(0, 30))}`, () => {
    const found = new LiteralSet(LITERALS).find(text);
    LITERALS.forEach((lit, i) => assert.deepEqual(found[i], byIndexOf(text, lit), lit));
  });
}

Deno.test("LiteralSet.find() agrees with indexOf on random literal soup", () => {
  let seed = 11;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const set = new LiteralSet(LITERALS);
  for (let round = 0; round < 500; round++) {
    let text = "";
    for (let k = rnd(12); k > 0; k--) {
      const lit = LITERALS[rnd(LITERALS.length)];
      text += lit.slice(rnd(2), 1 + rnd(lit.length + 1)) + ["", " ", "a", "é", "-"][rnd(5)];
    }
    const found = set.find(text);
    LITERALS.forEach((lit, i) =>
      assert.deepEqual(found[i], byIndexOf(text, lit), JSON.stringify(text))
    );
  }
});

Deno.test("LiteralSet rejects literals it cannot index", () => {
  assert.throws(() => new LiteralSet(["a"]), /2\+ characters/);
  assert.throws(() => new LiteralSet(["ключ"]), /printable ASCII/);
});

Deno.test("LiteralSet.find() answers absent literals with a shared read-only empty list", () => {
  const found = new LiteralSet(["ab", "cd", "xy"]).find("abab xy");
  assert.deepEqual(found, [[0, 2], [], [5]]);
  assert.ok(Object.isFrozen(found[1]));
});
