import assert from "node:assert/strict";
import { unicodeDetector, UnicodeOptionsSchema } from "./unicode.ts";
import type { FieldContext } from "../types.ts";

const FIELD: FieldContext = { stage: "input", path: "$.text" };
const DEFAULTS = UnicodeOptionsSchema.parse({});
const kinds = (text: string): string[] =>
  unicodeDetector.scan(text, FIELD, DEFAULTS).filter((f) => f.severity !== "low").map((f) =>
    f.kind
  );

/** [technique, text]: each must be reported at medium or above. */
const ATTACKS: ReadonlyArray<readonly [string, string]> = [
  // A run of fillers must not vouch for itself as "its own script".
  ["halfwidth Hangul filler run", "user\uFFA0\uFFA0\uFFA0name"],
  ["Hangul filler run between words", "send \u3164\u3164 now"],
  ["Khmer inherent vowels together", "ad\u17B4\u17B5min"],
  ["Hangul choseong + jungseong fillers", "x\u115F\u1160y"],
  // Invisible format controls outside the usual zero-width block.
  ["deprecated format controls", "ign\u206Aore\u206F"],
  ["musical formatting controls", "pay\uD834\uDD73\uD834\uDD74load"],
  ["shorthand format controls", "a\uD82F\uDCA0\uD82F\uDCA3b"],
  ["Arabic letter mark in Latin text", "total\u061C 100"],
];

/** [what, text]: legitimate text that must pass. */
const BENIGN: ReadonlyArray<readonly [string, string]> = [
  ["Arabic with its letter mark", "السعر \u061C١٢٣ ريال"],
  ["halfwidth Hangul letters", "\uFFA1\uFFA2\uFFA3"],
  ["Hangul syllables with a filler inside a jamo run", "\u1100\u1160"],
  ["musical symbols that are visible", "\uD834\uDD1E clef"],
  ["Persian ZWNJ", "می\u200Cخواهم"],
];

for (const [name, text] of ATTACKS) {
  Deno.test(`unicodeDetector.scan() reports ${name}`, () => {
    assert.ok(kinds(text).length > 0, `${name}: nothing reported`);
  });
}

for (const [name, text] of BENIGN) {
  Deno.test(`unicodeDetector.scan() passes ${name}`, () => {
    assert.deepEqual(kinds(text), []);
  });
}
