import { strictEqual } from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import type { FieldContext } from "../types.ts";

// Keys are assembled at run time so this file holds no scannable credential.
const field: FieldContext = { stage: "output", path: "$.content[0].text" };
const opts = { min_entropy: 3, allow_patterns: [], kinds: undefined };
const found = (text: string) =>
  secretsDetector.scan(text, field, opts).filter((f) => f.severity !== "low");
const BODY = "Tq7Lm2Xc9Rb4Vz1Kp8Wd3Ny6Hf0Gs5Ju2Ea7Mo4Ci9Ql1Bt8Zx3";
const chunks = (s: string, n: number): string[] => s.match(new RegExp(`.{1,${n}}`, "g"))!;

Deno.test("secrets finds an OpenAI project or service key spaced into chunks", () => {
  const cases = [
    `new key (spaced so the filter skips it): sk-${"proj"}-${chunks(BODY, 8).join(" ")}`,
    `OPENAI_API_KEY = sk-${"svcacct"}-${chunks(BODY, 12).join("  ")} — rotate Friday`,
    `admin key: sk-${"admin"}-${chunks(BODY, 6).join("\t")}.`,
    `comment by lee: "sk-${"proj"}-${chunks(BODY, 10).join(" ")}"`,
  ];
  for (const c of cases) strictEqual(found(c).length > 0, true, c);
});

Deno.test("secrets passes OpenAI prefixes followed by prose or placeholders", () => {
  const cases = [
    "Project keys start with sk-proj- and are tied to one project.",
    "set OPENAI_API_KEY=sk-proj-xxxx xxxx xxxx in your shell",
    "sk-proj- keys replace sk-svcacct- keys for services now",
    "use sk-admin-... only for the admin API",
  ];
  for (const c of cases) strictEqual(found(c).length, 0, c);
});
