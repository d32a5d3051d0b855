/** Values that say they are stand-ins (placeholder/redacted words, mask runs, letter-only Slack
 * tokens) are not secrets; issued values of the same shape still are. */
import assert from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import { standIn } from "./_secrets_values.ts";

const OPTS = secretsDetector.optionsSchema!.parse({});
const found = (text: string, key = "body"): boolean =>
  secretsDetector.scan(text, { stage: "input", path: `$.arguments.${key}`, key }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

const PASS = [
  // letter-only Slack tokens: a name in the token's place, any language
  "Authorization: Bearer xoxb-votre-jeton-de-bot",
  "SLACK_BOT_TOKEN=xoxb-tu-token-de-bot-aqui",
  "token: xoxp-ihr-benutzer-token",
  // a mask run in a URL's password
  "url = https://oauth2:glpat-XXXXXXXXXXXXXXXXXXXX@gitlab.example.org/core/lib.git",
  "DATABASE_URL=postgres://app:********************@db.internal:5432/app",
  // placeholder / redacted inside a header or a flag value
  'curl -H "Authorization: SSWS 00EXAMPLE_TOKEN_REDACTED" https://x.okta.com/api/v1/users',
  "docker swarm join --token SWMTKN-1-0abcdefghijklmnopqrstuvwxyz0123456789abcdefghijkl-placeholder0000000000 10.0.0.5:2377",
];
const BLOCK = [
  "Authorization: Bearer xoxb-2417390563-7716348201556-Q3vTn8KdX2mLp9RwZc4YbHfE",
  "SLACK_BOT_TOKEN=xoxp-1029384756-5647382910-1122334455-9f8e7d6c5b4a39281706f5e4d3c2b1a0",
  "url = https://oauth2:glpat-Rk7v2QmX9pLw4tZs8Yb1@gitlab.example.org/core/lib.git",
  'curl -H "Authorization: SSWS 00Ab3Xk9Lq2Vw7Rt5Yz8Mn4Pc6Dj1Fh0Gs2Ke7Ux" https://x.okta.com/api/v1/users',
  "docker swarm join --token SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx 10.0.0.5:2377",
  "DATABASE_URL=postgres://app:Vq8#tLz2mR9w@db.internal:5432/app",
];

Deno.test("standIn: placeholder and redacted words, mask runs", () => {
  for (
    const v of [
      "placeholder000",
      "00EXAMPLE_TOKEN_REDACTED",
      "glpat-XXXXXXXXXXXXXXXXXXXX",
      "ab********cd",
    ]
  ) {
    assert.equal(standIn(v), true, v);
  }
  for (const v of ["Q3vTn8KdX2mLp9RwZc4YbHfE", "Rk7v2QmX9pLw4tZs8Yb1", "x9Redac7edZ"]) {
    assert.equal(standIn(v), false, v);
  }
});

Deno.test("secrets: stand-ins pass, issued values of the same shape block", () => {
  for (const t of PASS) assert.equal(found(t), false, t);
  for (const t of BLOCK) assert.equal(found(t), true, t);
});
