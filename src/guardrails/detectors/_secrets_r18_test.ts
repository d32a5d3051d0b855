import { strictEqual } from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import type { FieldContext } from "../types.ts";

// Tokens are assembled at run time so this file holds no scannable credential.
const field: FieldContext = { stage: "output", path: "$.content[0].text" };
const opts = { min_entropy: 3, allow_patterns: [], kinds: undefined };
const found = (text: string) =>
  secretsDetector.scan(text, field, opts).filter((f) => f.severity !== "low");
const SG = "S" + "G." + "Qm7xT2vLp9aR4kZw1yNc3d" + "." +
  "Hk8sPq2Lr5Vt9Wx3Yz6Ab1Cd4Ef7Gh0Jk2Lm5Np8Qr1";
const DO = "do" + "p_v1_" + "9f3a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a";
const GH = "gh" + "p_" + "aB3dE5fG7hJ9kL2mN4pQ6rS8tU0vW1xY3zA5";
const chunks = (s: string, n: number): string[] => s.match(new RegExp(`.{1,${n}}`, "g"))!;

Deno.test("secrets finds a token cut into fixed-size lines", () => {
  const cases = [
    `key below, glue the lines together:\n${chunks(SG, 8).join("\n")}\nthanks`,
    `sendgrid (split):\n  ${chunks(SG, 10).join("\n  ")}`,
    `DO token:\n${chunks(DO, 16).join("\n")}`,
    `token lines\r\n${chunks(GH, 7).join("\r\n")}\r\n`,
  ];
  for (const text of cases) strictEqual(found(text).length > 0, true, text);
});

Deno.test("secrets finds a token spaced through its prefix", () => {
  const cases = [
    `droplet token → ${DO.slice(0, 4)} ${DO.slice(4, 8)} ${chunks(DO.slice(8), 4).join(" ")}`,
    `use ${chunks(DO, 4).join(" ")} for the api`,
    `${SG.slice(0, 1)} ${chunks(SG.slice(1), 5).join(" ")}`,
  ];
  for (const text of cases) strictEqual(found(text).length > 0, true, text);
});

Deno.test("secrets passes prose and short ids after a prefix-like word", () => {
  const cases = [
    "SG.\nStarting the game\nnext round",
    "Format: SG.<id>.<secret>\nkeys rotate monthly",
    "dop_v1_ tokens are\nissued per team",
    "We upgraded to v1 and the SGX enclave\nworks",
    "ghp_\nabc\nxyz",
  ];
  for (const text of cases) strictEqual(found(text).length, 0, text);
});
