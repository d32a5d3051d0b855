import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";
import { RULES } from "./_secrets_rules.ts";
import { hasMaskRun } from "./_secrets_values.ts";
import { assertLinear } from "../text/_linear_testing.ts";

// Fake tokens are assembled at runtime so repository secret scanners never see a literal token.
let seed = 7;
/** Deterministic pseudo-random string over `alphabet` (so every run tests the same values). */
function rnd(alphabet: string, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    s += alphabet[seed % alphabet.length];
  }
  return s;
}
const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";
const URL = AN + "-_";
const B32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
const b64 = (s: string): string => btoa(s);
const b64url = (s: string): string =>
  btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

const opts = SecretsOptionsSchema.parse({});
const field: FieldContext = { stage: "output", path: "$.content[0].text" };

const KCK = rnd(AN + "+", 180) + "==";
const DO = "dop_" + "v1_" + rnd(HEX, 64);
const PYPI = "pypi-" + "AgEIcHlwaS5vcmc" + rnd(URL, 120);
const DOCKER = "dckr_" + "pat_" + rnd(URL, 27);
const TELEGRAM = "5874517539:" + "AA" + rnd(URL, 33);
const DOPPLER = "dp." + "st.prd." + rnd(AN, 43);
const LINEAR = "lin_" + "api_" + rnd(AN, 40);
const TAILSCALE = "tskey-" + "auth-k" + rnd(AN, 11) + "-" + rnd(AN, 33);
const VAULT = "hvs." + rnd(AN, 24);
const GRAFANA = "glsa_" + rnd(AN, 32) + "_" + rnd(HEX, 8);
const HEROKU = "HRKU-" + rnd(URL, 60);
const AGE = "AGE-" + "SECRET-KEY-1" + rnd(B32, 58);
const DISCORD = b64url("1166478995994485665") + "." + rnd(URL, 6) + "." + rnd(URL, 38);
const SHOPIFY = "shp" + "at_" + rnd(HEX, 32);
const PG_KEY = "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA" + rnd(AN, 300) +
  "\n-----END RSA PRIVATE KEY-----\n";
const SAS_SIG = encodeURIComponent(rnd(AN + "+/", 43) + "=");
const PASS = rnd(AN, 20);
const APP_KEY = "base64:" + b64(rnd(AN, 32));

/** [name, text, kind, the exact secret the span must cover]. */
const POSITIVE: [string, string, string, string][] = [
  ["DigitalOcean PAT", `doctl auth init --access-token ${DO}`, "api_token", DO],
  ["PyPI token", `twine upload -u __token__ -p ${PYPI} dist/*`, "api_token", PYPI],
  ["Docker Hub PAT", `echo ${DOCKER} | docker login --password-stdin`, "api_token", DOCKER],
  [
    "Telegram token in a URL path",
    `https://api.telegram.org/bot${TELEGRAM}/getMe`,
    "api_token",
    TELEGRAM,
  ],
  ["Doppler token alone", DOPPLER, "api_token", DOPPLER],
  ["Linear key as raw header", `Authorization: ${LINEAR}`, "api_token", LINEAR],
  ["Tailscale auth key", `tailscale up --authkey ${TAILSCALE}`, "api_token", TAILSCALE],
  [
    "Vault token in a table",
    `token                ${VAULT}\ntoken_duration 768h`,
    "api_token",
    VAULT,
  ],
  ["Grafana SA token", `{"key": "${GRAFANA}"}`, "api_token", GRAFANA],
  ["Heroku token", `HEROKU=${HEROKU}`, "api_token", HEROKU],
  ["age identity", `# public key: age1xyz\n${AGE}\n`, "private_key", AGE],
  ["Discord bot token", `client.run('${DISCORD}')`, "api_token", DISCORD],
  ["Shopify token without key context", `X ${SHOPIFY} y`, "api_token", SHOPIFY],
  [
    "base64 PEM in kubeconfig",
    `    client-key-data: ${b64(PG_KEY)}\n`,
    "private_key",
    b64(PG_KEY),
  ],
  [
    "kubeconfig client key whose bytes are not PEM",
    `users:\n- name: admin\n  user:\n    client-key-data: ${KCK}\n`,
    "private_key",
    KCK,
  ],
  [
    "Azure SAS signature",
    `https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2025-01-01T00:00:00Z&sp=r&sig=${SAS_SIG}`,
    "signed_url",
    SAS_SIG,
  ],
  ["curl -u user:pass", `curl -u 'api:${PASS}' https://api.example.com`, "login_password", PASS],
  ["curl --user=", `curl --user=AC${rnd(HEX, 32)}:${PASS} https://x`, "login_password", PASS],
  ["mysql -p", `mysql -h db -u admin -p'${PASS}' -e 'select 1'`, "login_password", PASS],
  ["sshpass -p", `sshpass -p ${PASS} ssh deploy@host`, "login_password", PASS],
  ["redis-cli -a", `redis-cli -h cache -a ${PASS} ping`, "login_password", PASS],
  [
    ".netrc entry",
    `machine api.example.com\n  login ops@example.com\n  password ${PASS}\n`,
    "login_password",
    PASS,
  ],
  [
    "docker config auth",
    `{"auths": {"ghcr.io": {"auth": "${b64("bot:" + PASS)}"}}}`,
    "login_password",
    b64("bot:" + PASS),
  ],
  ["Authorization: Bot", `Authorization: Bot ${DISCORD}`, "api_token", DISCORD],
  ["Authorization without scheme", `authorization: ${PASS}`, "bearer_token", PASS],
  [
    "Discord webhook",
    `https://discord.com/api/webhooks/872826540645376939/${"T" + rnd(URL, 67)}`,
    "webhook_url",
    "",
  ],
  ["session_key assignment", `session_key = ${PASS}`, "generic_secret", PASS],
  ["Laravel APP_KEY", `APP_KEY=${APP_KEY}`, "generic_secret", APP_KEY],
];

/** Look-alikes that must produce no finding (placeholders, docs, public or non-secret values). */
const BENIGN: [string, string][] = [
  ["x-filled GitHub placeholder", "GITHUB_TOKEN=ghp_" + "x".repeat(36)],
  ["star-masked Stripe key", "STRIPE=sk_" + "live_" + "*".repeat(24)],
  ["docker run -u uid:gid", "docker run -u 1000:1000 --rm alpine id"],
  ["git push -u", "git push -u origin main"],
  ["curl -u with variables", 'curl -u "$USER:$TOKEN" https://api.example.com'],
  ["mysql prompting for a password", "mysql -h db.example.com -u admin -p -e 'show databases'"],
  [
    "netrc in prose",
    "Set a password in ~/.netrc: the machine entry needs login and password lines.",
  ],
  ["netrc placeholder", "machine example.com\nlogin daniel\npassword qwerty\n"],
  ["sig= outside a SAS URL", "https://example.com/verify?sig=" + rnd(AN, 43) + "=&id=7"],
  [
    "AWS SigV4 authorization",
    "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/s3/aws4_request, " +
    "SignedHeaders=host, Signature=" + rnd(HEX, 64),
  ],
  ["base64 certificate", "client-certificate-data: " + b64("-----BEGIN CERTIFICATE-----\nMIIC")],
  ["docker auth that is not user:pass", `{"auth": "${b64("just-some-text-value")}"}`],
  ["three dotted segments, not Discord", "com.example.app.MainActivity.onCreate.savedState"],
  ["Telegram-like ratio", "ratio 12345678:AAB"],
  ["token prefixes in docs", "Vault tokens start with hvs. and Tailscale keys with tskey-auth-."],
  ["Pusher app key is public", "PUSHER_APP_KEY=" + rnd(HEX, 20)],
  ["kubeconfig key redacted", "    client-key-data: DATA+OMITTED\n    token: REDACTED"],
  ["kubeconfig key as a file path", "    client-key: /home/me/.minikube/profiles/m/client.key"],
  ["pk_live publishable key", "pk_" + "live_" + rnd(AN, 60)],
];

for (const [name, text, kind, secret] of POSITIVE) {
  Deno.test(`secretsDetector.scan() finds ${kind} in ${name}`, () => {
    const found = secretsDetector.scan(text, field, opts);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].kind, kind);
    assert.ok(found[0].severity !== "low");
    if (secret) assert.equal(text.slice(found[0].start, found[0].end), secret);
    const value = text.slice(found[0].start, found[0].end);
    assert.ok(!found[0].reason.includes(value.slice(4, 14)), "reason must not leak the value");
  });
}

for (const [name, text] of BENIGN) {
  Deno.test(`secretsDetector.scan() ignores ${name}`, () => {
    assert.deepEqual(secretsDetector.scan(text, field, opts), []);
  });
}

Deno.test("secretsDetector.scan() reads Authorization and auth JSON keys as credentials", () => {
  const auth = secretsDetector.scan("Token " + PASS, { ...field, key: "authorization" }, opts);
  assert.deepEqual(auth.map((f) => f.kind), ["bearer_token"]);
  assert.equal(("Token " + PASS).slice(auth[0].start, auth[0].end), PASS);
  const docker = secretsDetector.scan(b64("ci:" + PASS), { ...field, key: "auth" }, opts);
  assert.deepEqual(docker.map((f) => f.kind), ["login_password"]);
  assert.deepEqual(secretsDetector.scan("oauth2", { ...field, key: "auth" }, opts), []);
});

Deno.test("every secrets rule is gated, global, has indices and bounded repetition", () => {
  for (const rule of RULES) {
    assert.ok(rule.hint !== undefined || rule.gate !== undefined, rule.label);
    assert.ok(rule.re.global && rule.re.hasIndices, rule.label);
    // No nested unbounded quantifier ((a+)+): the ReDoS shape the allow_patterns check rejects.
    assert.ok(!/[+*}]\)[+*{]/.test(rule.re.source), rule.label);
  }
});

Deno.test("hasMaskRun() spots mask runs but not random tokens", () => {
  assert.ok(hasMaskRun("ghp_" + "x".repeat(36)) && hasMaskRun("sk_live_********"));
  assert.ok(!hasMaskRun(DO) && !hasMaskRun(PYPI));
});

Deno.test("secretsDetector.scan() stays linear on hostile near-misses of the new rules", () => {
  const nasty: [string, (n: number) => string][] = [
    ["a client name and one long word", (n) => "mysql " + "x".repeat(n)],
    ["a user flag and colon pairs", (n) => "-u " + "a:".repeat(n / 2)],
    ["a signature of escapes", (n) => "sig=" + "%2F".repeat(n / 3)],
    ["a base64 PEM opener", (n) => "LS0tLS1CRUdJTi" + "A".repeat(n)],
    ["base64 quads", (n) => "MTIz".repeat(n / 4) + "."],
    ["a netrc with a long gap", (n) => "machine a\nlogin b " + " ".repeat(n) + "password"],
    ["an endless authorization value", (n) => "authorization: " + "a".repeat(n)],
  ];
  for (const [name, make] of nasty) {
    assert.ok(Array.isArray(secretsDetector.scan(make(1000), field, opts)));
    assertLinear(name, (s) => secretsDetector.scan(s, field, opts), make);
  }
});
