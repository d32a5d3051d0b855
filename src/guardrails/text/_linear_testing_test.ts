import assert from "node:assert/strict";
import { assertLinear } from "./_linear_testing.ts";

Deno.test("assertLinear() passes linear work and fails quadratic work", () => {
  const linear = (s: string) => {
    let h = 0;
    for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return h;
  };
  // Re-reads the rest of the text from every position, as a backtracking regex would.
  const quadratic = (s: string) => {
    let h = 0;
    for (let i = 0; i < s.length; i++) {
      for (let j = i; j < s.length; j++) h = (h + s.charCodeAt(j)) | 0;
    }
    return h;
  };
  assertLinear("linear", linear, (n) => "ab".repeat(n / 2), 262_144);
  assert.throws(() => assertLinear("quadratic", quadratic, (n) => "ab".repeat(n / 2), 2_048));
});
