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
