import assert from "node:assert/strict";
import { r44Secrets } from "./_secrets_r44.ts";
import { secretsDetector } from "./secrets.ts";

const hit = (s: string): boolean => r44Secrets(s).length > 0;

const CASES: { name: string; block: string[]; pass: string[] }[] = [
  {
    name: "an API token labelled in prose, on its line or after a colon",
    block: [
      "Hi Priya,\n\nas agreed, this is the payroll API key so you can run the exports yourself:\n\n6f1c2a9e-77b0-4d1e-9a3c-52e0d8b4c1f7\n\nIt can approve payouts, so keep it safe.",
      "Bonjour, voici la clé API du compte marchand : 9b2f41c07de84a66b1e0c3d5a7f28e91 — merci de la garder pour vous.",
      "Привет! API-токен для биллинга:\nR7kq2Vx9Lm4Tp8Ws3Nz6Yb1Hc5Jd0Fg\nПолные права.",
      "api令牌：a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6",
    ],
    pass: [
      "Hi Priya, the payroll API key is in the vault under finance/payroll; ask Sam for access.",
      "API key ID: 6f1c2a9e-77b0-4d1e-9a3c-52e0d8b4c1f7 (rotate it on Friday)",
      "Here is the API token for the sandbox:\n\nxxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n\nreplace it with yours.",
      "The API token endpoint is documented here:\nhttps://docs.example.com/auth/tokens",
      "Access token rotation:\nmonthly-rotation-policy-v2\napplies to all services.",
    ],
  },
  {
    name: "numbered lists of sign-in backup codes",
    block: [
      "Recovery codes for the admin account:\n1. a9f2-77c1-0b3e\n2. 4c8d-e210-9f7a\n3. 77ab-3c09-d1e4\n4. 0e5f-a2b8-6c13\n5. 9d31-f0c7-2a8b\n6. b46e-1d9a-c730\n",
      "Kody zapasowe:\n 1) 83920-11847\n 2) 55102-99380\n 3) 10398-44721\n 4) 77261-30045\n 5) 49187-62209\n 6) 21076-58834\n 7) 66013-24970",
      "1. 4821 9033\n2. 1177 5402\n3. 9360 2218\n4. 5029 8841\n5. 7712 0396\n6. 3345 6170\n",
    ],
    pass: [
      "Switch port MACs:\n1. 0050-56ab-cd01\n2. 0050-56ab-cd02\n3. 0050-56ab-cd03\n4. 0050-56ab-cd04\n5. 0050-56ab-cd05\n6. 0050-56ab-cd06",
      "Release steps:\n1. run-unit-test\n2. lint-all-file\n3. push-tag-main\n4. bump-ver-note\n5. send-mail-team\n6. done-done-done",
      "Dates:\n1. 2024-0101\n2. 2024-0101\n3. 2024-0101\n4. 2024-0101\n5. 2024-0101\n6. 2024-0101",
    ],
  },
];

for (const c of CASES) {
  Deno.test(`r44 secrets: ${c.name}`, () => {
    for (const s of c.block) assert.ok(hit(s), `should block: ${s}`);
    for (const s of c.pass) assert.ok(!hit(s), `should pass: ${s}`);
  });
}

Deno.test("r44 secrets: the detector reports them on input only", () => {
  const text = "API token:\n\n6f1c2a9e-77b0-4d1e-9a3c-52e0d8b4c1f7\n";
  const field = { path: "$.body", key: "body", tool: "send_email" };
  assert.ok(secretsDetector.scan(text, { ...field, stage: "input" }, {} as never).length > 0);
  assert.equal(secretsDetector.scan(text, { ...field, stage: "output" }, {} as never).length, 0);
});
