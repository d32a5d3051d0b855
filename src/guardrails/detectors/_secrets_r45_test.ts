import assert from "node:assert/strict";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";
import { shapedBody } from "./_secrets_kb_util.ts";

const OPTIONS = SecretsOptionsSchema.parse({});
const labels = (text: string): string[] =>
  secretsDetector.scan(text, { stage: "input", path: "$.x", key: "x" }, OPTIONS)
    .filter((f) => f.severity !== "low").map((f) => f.reason);

const BLOCK: Array<[string, string]> = [
  // Resend: a 9-character key id, and a random part that happens to hold CamelCase-looking runs
  ["Resend", "const MAIL = 're_Q7wLp2XkZ_hTgRmvBnWqPlaYcoFetiJuKs';"],
  ["Resend", "RESEND_API_KEY=re_9fK2mQaT_VbXnHoReGuSaLtiWmPdCyZkq"],
  // Google sign-in cookies pasted
  [
    "Identity-provider session cookie",
    "cookies: SAPISID=Zk3pW9xQ-rTbLm2V/AqC7nHdE5sYjKfUgR0o; __Secure-3PSID=g.a000tQxWv2KpLmN8bRcDfGh7JkZsYuVeAiOqPw3nXc5ErT9yBaMoLd_",
  ],
  // Microsoft Entra persistent sign-in cookie
  [
    "Identity-provider session cookie",
    "ESTSAUTHPERSISTENT=0.AVYAk2Lm9QxTvR7pBnC3dE5fG8hJ1kZsWuYaOiPq4rXt6cVb_MnLy0",
  ],
  // GitHub web session
  ["Identity-provider session cookie", "user_session=Hq8vT2mNxK5pR9wLcZ3bYgF7dJ1sA4eU6oVtQiWn"],
];
const PASS: string[] = [
  // a Django URL pattern that starts with re_
  "urlpatterns = [re_path(r'^api/', include(api_urls))]",
  // documentation naming the cookies, placeholders for values
  "Copy the __Secure-1PSID=<your cookie> and SAPISID=YOUR_SAPISID values into .env (never commit them).",
  "The ESTSAUTH cookie is set by login.microsoftonline.com after sign-in.",
  "user_session=xxxxxxxxxxxxxxxxxxxxxxxx",
];

Deno.test("r45 secrets: provider keys and identity-provider cookies are caught", () => {
  for (const [label, t] of BLOCK) {
    assert.ok(labels(t).some((r) => r.includes(label)), `should catch ${label}: ${t}`);
  }
});
Deno.test("r45 secrets: names, placeholders and prose pass", () => {
  for (const t of PASS) assert.deepEqual(labels(t), [], t);
});
Deno.test("r45 secrets: shapedBody refuses stand-ins and low entropy", () => {
  assert.equal(shapedBody("SofyLfmhArnfxqNyCrrEqUQB"), true);
  assert.equal(shapedBody("xxxxxxxxxxxxxxxxxxxxxxxx"), false);
  assert.equal(shapedBody("your_api_key_goes_here_"), false);
  assert.equal(shapedBody("aaaaaaaaBBBBBBBB"), false);
});
