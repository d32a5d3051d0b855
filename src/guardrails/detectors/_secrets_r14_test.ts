import { strictEqual } from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import type { FieldContext } from "../types.ts";

// Tokens are assembled at run time so this file holds no scannable credential.
const TS = "ts" + "key";
const field: FieldContext = { stage: "output", path: "$.content[0].text" };
const opts = { min_entropy: 3, allow_patterns: [], kinds: undefined };
const found = (text: string) =>
  secretsDetector.scan(text, field, opts).filter((f) => f.severity !== "low");

Deno.test("secrets finds a token whose prefix is cut by the spacing too", () => {
  const cases = [
    `key: ${TS}-a uth-kQ7xR2 mP4v-B8nW 1cY6hJ3s D5fG0lA9 eU2i please rotate`,
    `${TS.slice(0, 3)} ${TS.slice(3)}-api-k9Z3t7 Wq2-Lr8Xb Nn4Mc6Vd Hp1Gs5Fa Kt`,
    `runner key = ${TS}-client- kR2d9Fq-Lx7Mv3Pn Zc8Wt1Bh Yg4Js6Qe`,
    `xo xb-2837461928-9182736455-aB3dE7fG 9hJ2kL5m N8pQ1rS4`,
  ];
  for (const text of cases) strictEqual(found(text).length > 0, true, text);
});

Deno.test("secrets passes prose and short ids after a cut prefix", () => {
  const cases = [
    `Tailscale auth keys start with ${TS}-auth- and expire after 90 days`,
    `the ${TS}-au th- prefix is documented here`,
    "ts keys are rotated by the xo xb team weekly",
  ];
  for (const text of cases) strictEqual(found(text).length, 0, text);
});
