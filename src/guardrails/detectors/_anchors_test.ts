import assert from "node:assert/strict";
import { AnchorIndex } from "./_anchors.ts";

const INDEX = new AnchorIndex([
  { words: ["send"], partners: ["https", "email"], symbols: [] },
  { words: ["ignore"], symbols: [] },
  { words: [], symbols: ["<|"] },
  { words: [], symbols: [], gate: /[\u0600-\u06FF]/ },
]);

const CASES: ReadonlyArray<readonly [string, string, ReadonlyArray<unknown>]> = [
  ["a common word alone arms nothing", "Please send the report tomorrow.", [undefined, undefined]],
  ["a partner nearby arms the word", "Send it to https://x.example", [[0], undefined]],
  ["a partner far away does not", "send " + "x ".repeat(100) + "email", [undefined, undefined]],
  ["a word without partners arms alone", "You may IGNORE this.", [undefined, [8]]],
  ["prefixes of five letters match", "Ignoring it", [undefined, [0]]],
  ["a symbol arms its rule", "a <|im_start|>", [undefined, undefined, [2]]],
  ["a gate arms the whole text", "تجاهل", [undefined, undefined, undefined, "all"]],
];

for (const [name, text, want] of CASES) {
  Deno.test(`AnchorIndex.locate(): ${name}`, () => {
    const got = INDEX.locate(text);
    want.forEach((w, i) => assert.deepEqual(got[i], w, `rule ${i}`));
  });
}
