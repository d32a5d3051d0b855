import assert from "node:assert/strict";
import { asciiTwin, foldSafe } from "./ascii_twin.ts";

Deno.test("ascii twin: an ASCII source in Unicode mode gets a twin without `u`, same other flags", () => {
  for (const re of [/\b(?:previous|former)\b/iu, /\bno\s{1,3}need\b/giu, /a\u0041[^\n]{0,8}b/u]) {
    const twin = asciiTwin(re);
    assert.ok(twin, re.source);
    assert.equal(twin.source, re.source);
    assert.equal(twin.flags, re.flags.replace("u", ""));
  }
});

Deno.test("ascii twin: no twin where the modes could differ or nothing is gained", () => {
  const none: RegExp[] = [
    /\bprevious\b/i, // no `u`: nothing to gain
    /\p{L}+/u, // Unicode-only syntax
    /\u{1F600}/u,
    /caf\u00e9/iu, // names a non-ASCII character (folding differs between the modes)
    /\x80/u,
    /straße/iu, // a non-ASCII literal
    /(?<w>a)\k<w>/u, // named back-reference: left alone
  ];
  for (const re of none) assert.equal(asciiTwin(re), undefined, re.source);
});

Deno.test("ascii twin: foldSafe is false exactly for ſ, the Kelvin sign and characters outside the BMP", () => {
  for (const t of ["plain ASCII", "Встреча перенесена", "用户 指令", "çé ß ẞ Ω"]) {
    assert.equal(foldSafe(t), true, t);
  }
  for (const t of ["ſecret", "\u212Aey", "ok 😀", "𝐢𝐠𝐧𝐨𝐫𝐞"]) assert.equal(foldSafe(t), false, t);
});

Deno.test("ascii twin: where foldSafe is false the twin really would differ (why the check exists)", () => {
  const cases: [RegExp, string][] = [
    [/\bsecret\b/iu, "the ſecret"],
    [/\bkey\b/iu, "the \u212Aey"],
    [/^a.b$/u, "a😀b"],
  ];
  for (const [re, text] of cases) {
    const twin = asciiTwin(re)!;
    assert.notEqual(re.test(text), twin.test(text), re.source);
    assert.equal(foldSafe(text), false);
  }
});
