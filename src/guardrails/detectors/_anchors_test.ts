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

Deno.test("AnchorIndex opens a lookahead-led global gate only where its class occurs", () => {
  const gate = /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:忽略|指令)/gu;
  const index = new AnchorIndex([{ words: [], symbols: [], gate }]);
  assert.equal(index.locate("plain English text, no CJK at all")[0], undefined);
  assert.equal(index.locate("中文文本但没有关键词")[0], undefined);
  assert.deepEqual(index.locate("请忽略之前的指令")[0], [1, 6]);
});

Deno.test("AnchorIndex finds a non-ASCII gate's matches in every segment, at text offsets", () => {
  const gate = /(?=[\u0600-\u06ff\u1ea0-\u1ef9ỏ])(?:أعد\s+توجيه|ỏ\s+qua)/gu;
  const index = new AnchorIndex([{ words: [], symbols: [], gate }]);
  const pad = "ascii filler text. ".repeat(20);
  const text = `${pad}أعد توجيه${pad}bỏ${" ".repeat(300)}qua ${pad}`;
  const armed = index.locate(text)[0] as number[];
  assert.deepEqual(armed, [pad.length, text.indexOf("ỏ")]);
  // A match that runs on past its segment over a long gap of whitespace still opens the gate.
  assert.deepEqual(index.locate(`x أعد${"\n".repeat(200)}توجيه x`)[0], [2]);
  // More segments than the gates read one by one: the whole text is read, with the same answer.
  const many = "é ".concat("filler words here and there, more of them ".repeat(2)).repeat(100);
  assert.equal(index.locate(many + "bỏ qua")[0]?.length, 1);
});

Deno.test("AnchorIndex skips a literal-alternation gate when the text has none of its scripts", () => {
  const gate = /αγνό|ξέχα/giu;
  const index = new AnchorIndex([{ words: [], symbols: [], gate }]);
  assert.equal(index.locate("plain ASCII text")[0], undefined);
  assert.equal(index.locate("Встреча перенесена на четверг")[0], undefined);
  assert.deepEqual(index.locate("Παρακαλώ ΑΓΝΌΗΣΕ τα πάντα")[0], [9]);
});

Deno.test("AnchorIndex.armedRules lists the armed rules of the last text in rule order", () => {
  const index = new AnchorIndex([
    { words: ["ignore"], symbols: [] },
    { words: [], symbols: ["<|"] },
    { words: [], symbols: [], gate: /[\u0600-\u06FF]/ },
    { words: ["forget"], symbols: [] },
  ]);
  index.locate("forget it, تجاهل <| and ignore");
  assert.deepEqual(index.armedRules, [0, 1, 2, 3]);
  index.locate("nothing here");
  assert.deepEqual(index.armedRules, []);
});
