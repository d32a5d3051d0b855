import { strictEqual } from "node:assert/strict";
import { blankSpans } from "./blank.ts";

Deno.test("blankSpans() blanks each span with spaces of its length, overlaps and order aside", () => {
  strictEqual(blankSpans("abcdefgh", []), "abcdefgh");
  strictEqual(blankSpans("abcdefgh", [[5, 7], [1, 3]]), "a  de  h");
  strictEqual(blankSpans("abcdefgh", [[1, 5], [3, 6]]), "a     gh");
  strictEqual(blankSpans("abcdefgh", [[2, 3], [2, 3]]), "ab defgh");
  strictEqual(blankSpans("abc", [[0, 3]]).length, 3);
});
