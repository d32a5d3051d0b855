import assert from "node:assert/strict";
import { anonRoleJwt, foldLookalikes, r46Secrets } from "./_secrets_r46.ts";
import { secretsDetector } from "./secrets.ts";

const hit = (s: string): boolean => r46Secrets(s).length > 0;
const blocked = (s: string): boolean =>
  secretsDetector.scan(s, { stage: "input", path: "$.text", key: "text" }, {
    min_entropy: 3,
    allow_patterns: [],
  }).some((f) => f.severity === "high" || f.severity === "critical");

/** ASCII letters and digits written as Mathematical Bold (or Monospace) symbols. */
function math(s: string, upper: number, lower: number, digit: number): string {
  return [...s].map((c) => {
    const p = c.codePointAt(0)!;
    if (p >= 65 && p <= 90) return String.fromCodePoint(upper + p - 65);
    if (p >= 97 && p <= 122) return String.fromCodePoint(lower + p - 97);
    if (p >= 48 && p <= 57) return String.fromCodePoint(digit + p - 48);
    return c;
  }).join("");
}
const bold = (s: string) => math(s, 0x1d400, 0x1d41a, 0x1d7ce);
const mono = (s: string) => math(s, 0x1d670, 0x1d68a, 0x1d7f6);
const wide = (s: string) =>
  [...s].map((c) => c >= "!" && c <= "~" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)
    .join("");

function jwt(payload: Record<string, unknown>): string {
  const b = (o: unknown) =>
    btoa(JSON.stringify(o)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return `${b({ alg: "HS256", typ: "JWT" })}.${b(payload)}.Q2xYb3d2Zk9sYXJxT0p0Zk1nVWhWcWx4`;
}

const CASES: { name: string; block: string[]; pass: string[] }[] = [
  {
    name: "disk-encryption recovery secrets",
    block: [
      "Recovery password for LAPTOP-HR-12: 135795-597531-048884-660011-258016-085547-345565-299002",
      "Klucz odzyskiwania dysku:\n135795-597531-048884-660011-258016-085547-345565-299002\nprzepisz go na ekranie.",
      "FileVault personal recovery key for the MacBook: K7QF-2M9X-PL4T-8ZRN-W3CH-6YJD",
    ],
    pass: [
      // groups that are not multiples of 11: an order/tracking number, not a recovery password
      "Tracking: 135796-597532-048885-660012-258017-085548-345566-299003",
      "Recovery password format: 000000-000000-000000-000000-000000-000000-000000-000000",
      "Product key: K7QF-2M9X-PL4T-8ZRN-W3CH-6YJD (the license for the office suite)",
      "FileVault recovery key placeholder: XXXX-XXXX-XXXX-XXXX-XXXX-XXXX",
    ],
  },
];

for (const c of CASES) {
  Deno.test(`r46 secrets: ${c.name}`, () => {
    for (const s of c.block) assert.equal(hit(s), true, s);
    for (const s of c.pass) assert.equal(hit(s), false, s);
  });
}

Deno.test("r46 secrets: the detector blocks recovery passwords in a message", () => {
  assert.equal(
    blocked("BitLocker key: 135795-597531-048884-660011-258016-085547-345565-299002"),
    true,
  );
  assert.equal(blocked("Order 135796-597532-048885-660012-258017-085548-345566-299003"), false);
});

Deno.test("r46 secrets: credentials written in look-alike Unicode letters", () => {
  const stripe = "sk_live_" + "51Hq8ZtK2eR7vB9xW3nM4pL6yT0cF1dG5";
  const slack = "xoxb-" + "2817364519-7391826451-Qk8Zr2Lm9Vx4Tp7Wn3Bc6Yd1";
  for (
    const s of [
      `STRIPE_SECRET=${bold(stripe)}`,
      `aws_access_key_id = ${mono("AKIAQ7RZ3M5W2KXT4PLN")}\naws_secret_access_key = ${
        mono("h3Gk9Qz2Lw8Rt5Vb1Nc7Xm4Pd6Sf0Yj2Ua8Ke3T")
      }`,
      `slack bot: ${wide(slack)}`,
    ]
  ) assert.equal(blocked(s), true, s);
  for (
    const s of [
      `${bold("Quarterly report")} — headings in bold maths letters`,
      `${mono("ghp_your_token_here")} goes in the settings page`,
      "plain text with no look-alike letters",
    ]
  ) assert.equal(blocked(s), false, s);
  assert.equal(foldLookalikes(mono("ab1")), "ab1");
  assert.equal(foldLookalikes("abc"), undefined);
});

Deno.test("r46 secrets: anonymous-role project keys are public, other JWTs are not", () => {
  const anon = jwt({
    iss: "supabase",
    ref: "qwfjkzplmnbv",
    role: "anon",
    iat: 1730000000,
    exp: 2045000000,
  });
  const service = jwt({
    iss: "supabase",
    ref: "qwfjkzplmnbv",
    role: "service_role",
    iat: 1730000000,
    exp: 2045000000,
  });
  const user = jwt({
    sub: "b1c2d3e4-1111-2222-3333-444455556666",
    role: "anon",
    email: "ana@shop.pt",
  });
  assert.equal(anonRoleJwt(anon), true);
  assert.equal(anonRoleJwt(service), false);
  assert.equal(anonRoleJwt(user), false);
  assert.equal(blocked(`SUPABASE_ANON_KEY=${anon}`), false);
  assert.equal(blocked(`SUPABASE_SERVICE_ROLE_KEY=${service}`), true);
  assert.equal(blocked(`Authorization: Bearer ${user}`), true);
});
