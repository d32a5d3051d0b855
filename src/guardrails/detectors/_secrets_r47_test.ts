import assert from "node:assert/strict";
import { r47Secrets } from "./_secrets_r47.ts";
import { secretsDetector } from "./secrets.ts";

const blocked = (s: string): boolean =>
  secretsDetector.scan(s, { stage: "input", path: "$.text", key: "text" }, {
    min_entropy: 3,
    allow_patterns: [],
  }).some((f) => f.severity === "high" || f.severity === "critical");

const CASES: { name: string; block: string[]; pass: string[] }[] = [
  {
    name: "account recovery keys",
    block: [
      "Here is the Apple ID recovery key you asked for: 7QKM-P2ZD-WR9C-H4TN-B8XF-L6JV-3YGA",
      "Mi clave de recuperación de la cuenta: Q9WE-RT5Y-UI3O-P7AS-DF2G-HJ8K-LZ4X, gracias.",
      "Secret Key do 1Password: A3-H8K2QW-7PZRMX-4TNC9-LB6DV-2JF8Y-W5GQ3",
      "Kurtarma anahtarı: 4FRT9-KQ2ML-ZX7CV-8BNP3-W6HJD (hesabı açmak için)",
    ],
    pass: [
      // a product key in a licence e-mail (five groups of five, no recovery word)
      "Your Office product key: V7QKM-P2ZDW-R9CH4-TNB8X-FL6JV",
      // stand-ins in documentation
      "The recovery key looks like XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX.",
      "Recovery key format: ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ12",
      // a UUID next to a recovery word
      "Recovery job 0f8fad5b-d9cb-469f-a165-70867728950e finished.",
    ],
  },
  {
    name: "session cookies named by the application",
    block: [
      "curl -H 'Cookie: appsession=9f2c7b1e44a0d8e3b5c6a7f9e0d1c2b3a4f5e6d7' https://panel.example-host.net/admin",
      "Cookie: cpsession=%3aroot%3a8e1f6a2b9c3d4e5f6a7b8c9d0e1f2a3b%2cc4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9",
      "Bitte nutzen Sie diesen Cookie: grafana_session=b6c1f0e9d2a84c57a13e9f70d4b2c8e1",
    ],
    pass: [
      "Cookie: appsession=<your-session-cookie>",
      "Set the cookie name with SESSION_COOKIE_NAME=myapp_session in settings.",
      "Cookie: theme=dark; lang=pl",
    ],
  },
  {
    name: "provider keys after a label in another language or spelled as the brand",
    block: [
      "Klucz API PagerDuty do integracji: y_NbAkKc66ryYTWUXYEu",
      "Clé PagerDuty (lecture seule) : w8Xq2LmZ7vNpR4sTk9Yb",
      "MessageBird API-Schlüssel: Zt7Qx2WmPa9KcL4vRb8Ny3Hd",
    ],
    pass: [
      "PagerDuty incident PXWZ123 resolved by on-call",
      "Klucz API PagerDuty trzymamy w sejfie (zmienna PD_TOKEN).",
      "MessageBird webhook: https://hooks.example.com/mb",
    ],
  },
  {
    name: "connection-string templates with upper-case slot names (any language)",
    block: [
      "DATABASE_URL=postgresql://app:Xk9vT2qLm8wQ@db.prod.internal:5432/app",
      "mysql://ADMIN:S3CR3TPASS99@10.0.0.5:3306/erp",
      "postgres://REPORTING:QWERTYZUIOPLK@db.example-corp.org/x",
    ],
    pass: [
      "O DATABASE_URL tem o formato postgresql://USUARIO:SENHA@HOST:5432/BANCO",
      "mysql://BENUTZER:PASSWORT@SERVER/DATENBANK",
      "mongodb://UTILISATEUR:MOTDEPASSE@HOTE:27017/BASE",
    ],
  },
];

for (const c of CASES) {
  Deno.test(`secrets r47: ${c.name}`, () => {
    for (const s of c.block) assert.ok(blocked(s), `should block: ${s}`);
    for (const s of c.pass) assert.ok(!blocked(s), `should pass: ${s}`);
  });
}

Deno.test("secrets r47: recovery-key finder alone", () => {
  assert.equal(r47Secrets("recovery key 7QKM-P2ZD-WR9C-H4TN-B8XF-L6JV-3YGA").length, 1);
  // the seven-by-four shape counts without a word (it is the Apple recovery key format)
  assert.equal(r47Secrets("R2D4-0001-AB12-CD34-EF56-GH78-IJ90").length, 1);
  assert.equal(r47Secrets("build 0000-0000-0000-0000-0000-0000-0000").length, 0);
});
