import assert from "node:assert/strict";
import { forEachString, forEachValueString, mapStrings } from "./walk.ts";

const VALUES: [string, unknown][] = [
  ["a string", "hi"],
  ["a number", 3],
  ["nested", { a: "x", "b c": ["y", { d: "z", n: 1 }, ["w"]], e: { f: "v" }, g: "u" }],
  ["binary content", {
    content: [{ type: "image", data: "AAAA", mimeType: "image/png" }, { type: "text", text: "t" }],
  }],
  ["blob", { resource: { uri: "file:///x", blob: "QUJD" } }],
];

for (const [name, value] of VALUES) {
  Deno.test(`forEachValueString() visits what mapStrings() maps, in the same order, for ${name}`, () => {
    const mapped: string[] = [];
    mapStrings(value, "$", (t, p, k) => {
      mapped.push(`${p}|${k}|${t}`);
      return t;
    });
    const visited: string[] = [];
    forEachValueString(value, "$", (t, p, k) => visited.push(`${p}|${k}|${t}`));
    assert.deepEqual(visited, mapped);
  });
}

Deno.test("forEachString() visits keys and values with paths and lower-cased keys", () => {
  const seen: string[] = [];
  forEachString({ Ab: ["x"], "a-b": "y" }, "$", (t, p, k) => seen.push(`${p}|${k}|${t}`));
  // Keys are visited as entries are stacked (last first), values as they are popped (first first).
  assert.deepEqual(seen, [
    '$["a-b"]<key>|undefined|a-b',
    "$.Ab<key>|undefined|Ab",
    "$.Ab[0]|ab|x",
    '$["a-b"]|a-b|y',
  ]);
});

Deno.test("forEachValueString() skips image data and blobs", () => {
  const seen: string[] = [];
  forEachValueString(VALUES[3][1], "$", (t) => seen.push(t));
  // Like mapStrings: nested objects are popped last-pushed first.
  assert.deepEqual(seen, ["text", "t", "image", "image/png"]);
});
