import assert from "node:assert/strict";
import { blankJsonEscapes } from "./json_escapes.ts";

Deno.test("blankJsonEscapes() turns escaped line breaks and tabs into real ones, keeping every offset", () => {
  const raw = JSON.stringify({ log: "a\nAKIA\tb\r\n" });
  const out = blankJsonEscapes(raw);
  assert.equal(out.length, raw.length);
  assert.equal(out, '{"log":"a \nAKIA \tb \r \n"}');
});

Deno.test("blankJsonEscapes() leaves an escaped backslash followed by n alone", () => {
  const raw = JSON.stringify({ path: "C:\\new" }); // {"path":"C:\\new"}
  assert.equal(blankJsonEscapes(raw), raw);
  assert.equal(blankJsonEscapes("no escapes"), "no escapes");
});

Deno.test("blankJsonEscapes() answers each text for itself when texts alternate (memo of the last one)", () => {
  const a = JSON.stringify({ x: "1\n2" });
  const b = JSON.stringify({ x: "3\t4" });
  for (let i = 0; i < 3; i++) {
    assert.equal(blankJsonEscapes(a), '{"x":"1 \n2"}');
    assert.equal(blankJsonEscapes(a), '{"x":"1 \n2"}');
    assert.equal(blankJsonEscapes(b), '{"x":"3 \t4"}');
  }
  // Same length, different content: never the memo of the other.
  const c = JSON.stringify({ x: "5\n6" });
  assert.equal(c.length, a.length);
  assert.equal(blankJsonEscapes(c), '{"x":"5 \n6"}');
});
