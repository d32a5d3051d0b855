import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import {
  isPlaceholder,
  looksLikeSecret,
  secretsDetector,
  SecretsOptionsSchema,
  shannonEntropy,
} from "./secrets.ts";
import { assertLinear } from "../text/_linear_testing.ts";

// Fake tokens are assembled at runtime so repository secret scanners never see a literal token.
const F = "FAKE";
const b64url = (s: string): string =>
  btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
const JWT = b64url('{"alg":"HS256","typ":"JWT"}') + "." + b64url('{"sub":"FAKE-user"}') +
  "." + F + "c2lnbmF0dXJlLW5vdC1yZWFs";
const PEM_BODY = "MIIEowIBAAKCAQEA" + btoa("FAKE KEY MATERIAL NOT REAL ".repeat(6));
const PEM = "-----BEGIN " + "RSA PRIVATE KEY-----\n" + PEM_BODY + "\n-----END RSA PRIVATE KEY-----";
const OPENSSH = "-----BEGIN " + "OPENSSH PRIVATE KEY-----\n" + PEM_BODY + "\n-----END OPENSSH " +
  "PRIVATE KEY-----";
const AZ_KEY = F + "A".repeat(20) +
  "bC9dE8fG7hI6jK5lM4nO3pQ2rS1tU0vWxYz+/aBcDeFgHiJkLmNoPqRsTuVwXyZ" +
  "012345==";
const AWS_SECRET = F + "wJalrXUtnFEMI/K7MDENG/bPxRfiCY012345"; // 40 chars

const opts = SecretsOptionsSchema.parse({});
const field: FieldContext = { stage: "output", path: "$.content[0].text" };

/** [name, text, kind, the exact secret the span must cover]. */
const POSITIVE: [string, string, string, string][] = [
  [
    "aws key id",
    "key AKIA" + F + "EXAMPLE00000 here",
    "aws_access_key_id",
    "AKIA" + F + "EXAMPLE00000",
  ],
  ["aws sts key id", "ASIA" + F + "EXAMPLE11111", "aws_access_key_id", "ASIA" + F + "EXAMPLE11111"],
  ["aws secret env", "AWS_SECRET_ACCESS_KEY=" + AWS_SECRET, "aws_secret_access_key", AWS_SECRET],
  ["aws secret json", `{"SecretAccessKey": "${AWS_SECRET}"}`, "aws_secret_access_key", AWS_SECRET],
  [
    "gcp sa json",
    `{"type": "service_account", "private_key": "${PEM.replaceAll("\n", "\\n")}"}`,
    "gcp_service_account",
    PEM.replaceAll("\n", "\\n"),
  ],
  [
    "gcp api key",
    "key=AIza" + F + "SyD0123456789abcdefghijklmnopqr",
    "gcp_api_key",
    "AIza" + F + "SyD0123456789abcdefghijklmnopqr",
  ],
  [
    "azure storage",
    "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=" + AZ_KEY +
    ";EndpointSuffix=core.windows.net",
    "azure_storage_key",
    AZ_KEY,
  ],
  [
    "azure client secret Q~",
    "secret: abc8Q~" + F + "0123456789abcdefghijklmnopq",
    "azure_client_secret",
    "abc8Q~" + F + "0123456789abcdefghijklmnopq",
  ],
  [
    "azure client secret env",
    "AZURE_CLIENT_SECRET=" + F + "x9Kp2Qa7Lm3Zt",
    "azure_client_secret",
    F + "x9Kp2Qa7Lm3Zt",
  ],
  [
    "github classic",
    "token ghp_" + F + "EXAMPLE0123456789abcdefghijklmno",
    "github_token",
    "ghp_" + F + "EXAMPLE0123456789abcdefghijklmno",
  ],
  [
    "github oauth",
    "gho_" + F + "0123456789abcdefghijklmnopqrstuv",
    "github_token",
    "gho_" + F + "0123456789abcdefghijklmnopqrstuv",
  ],
  [
    "github fine-grained",
    "github_pat_" + F + "0123456789ABCDEFGH_" + "a".repeat(59),
    "github_token",
    "github_pat_" + F + "0123456789ABCDEFGH_" + "a".repeat(59),
  ],
  ["gitlab", "glpat-" + F + "0123456789abcdef", "gitlab_token", "glpat-" + F + "0123456789abcdef"],
  [
    "slack bot",
    "xoxb-" + "000000000000-0000000000000-" + F + "abcdefghijklm",
    "slack_token",
    "xoxb-" + "000000000000-0000000000000-" + F + "abcdefghijklm",
  ],
  [
    "slack webhook",
    "https://hooks.slack.com/services/T000" + F + "/B000" + F + "/" + F + "abcdefghijklmnop",
    "slack_webhook",
    "T000" + F + "/B000" + F + "/" + F + "abcdefghijklmnop",
  ],
  [
    "stripe live",
    "sk_" + "live_" + F + "0123456789abcdefghijk",
    "stripe_key",
    "sk_" + "live_" + F + "0123456789abcdefghijk",
  ],
  [
    "stripe restricted",
    "rk_" + "live_" + F + "0123456789abcdefghijk",
    "stripe_key",
    "rk_" + "live_" + F + "0123456789abcdefghijk",
  ],
  [
    "openai proj",
    "OPENAI_API_KEY=sk-proj-" + F + "0123456789abcdefghijklmnopqrstuvwxyz",
    "openai_api_key",
    "sk-proj-" + F + "0123456789abcdefghijklmnopqrstuvwxyz",
  ],
  [
    "openai legacy",
    "sk-" + F + "0123456789abcdefghijklmnopqrstuvwxyzAB",
    "openai_api_key",
    "sk-" + F + "0123456789abcdefghijklmnopqrstuvwxyzAB",
  ],
  [
    "anthropic",
    "x-api-key: sk-ant-api03-" + F + "0123456789abcdefghijklmnopqrstuvwxyz",
    "anthropic_api_key",
    "sk-ant-api03-" + F + "0123456789abcdefghijklmnopqrstuvwxyz",
  ],
  [
    "npm token",
    "npm_" + F + "0123456789abcdefghijklmnopqrstuv",
    "npm_token",
    "npm_" + F + "0123456789abcdefghijklmnopqrstuv",
  ],
  [
    "npmrc",
    "//registry.npmjs.org/:_authToken=" + F + "0a1b2c3d4e5f6a7b",
    "npm_token",
    F + "0a1b2c3d4e5f6a7b",
  ],
  ["pem rsa", "key:\n" + PEM + "\n", "private_key", PEM_BODY],
  ["openssh", OPENSSH, "private_key", PEM_BODY],
  ["jwt", "id_token " + JWT, "jwt", JWT],
  [
    "postgres url",
    "DATABASE_URL=postgres://admin:" + F + "Pa55w0rd@db.internal:5432/app",
    "connection_string",
    F + "Pa55w0rd",
  ],
  [
    "mongodb srv",
    "mongodb+srv://svc:" + F + "s3cr3tZ@cluster0.abcde.mongodb.net/db",
    "connection_string",
    F + "s3cr3tZ",
  ],
  ["redis empty user", "redis://:" + F + "r3dis9@cache:6379/0", "connection_string", F + "r3dis9"],
  ["mysql", "mysql://root:" + F + "My5ql!x@10.0.0.5/shop", "connection_string", F + "My5ql!x"],
  ["amqp", "amqp://guest:" + F + "Rabb1tQ@mq:5672", "connection_string", F + "Rabb1tQ"],
  [
    "bearer header",
    "curl -H 'Authorization: Bearer " + F + "a1B2c3D4e5F6g7H8' https://api",
    "bearer_token",
    F + "a1B2c3D4e5F6g7H8",
  ],
  ["password assign", 'password = "' + F + 'Tr0ub4dor&3"', "generic_secret", F + "Tr0ub4dor&3"],
  ["api_key yaml", "api_key: " + F + "9f8e7d6c5b4a3210", "generic_secret", F + "9f8e7d6c5b4a3210"],
  ["secret env", "CLIENT_SECRET=" + F + "q8W7e6R5t4Y3", "generic_secret", F + "q8W7e6R5t4Y3"],
  [
    "token json hex",
    `{"auth_token":"${F}0123456789abcdef0123456789abcdef01234567"}`,
    "generic_secret",
    F + "0123456789abcdef0123456789abcdef01234567",
  ],
  [
    "uuid api key",
    'HEROKU_API_KEY="1b4e28ba-2fa1-11d2-883f-0016d3cca427"',
    "generic_secret",
    "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
  ],
];

/** Look-alikes that must produce no finding. */
const BENIGN: [string, string][] = [
  ["uuid", "request id 1b4e28ba-2fa1-11d2-883f-0016d3cca427 done"],
  ["git sha", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 Merge branch"],
  ["sha256 sum", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  file.tar.gz"],
  ["lockfile integrity", '"integrity": "sha512-' + "Qm9vYmFy".repeat(11) + '=="'],
  ["base64 image", '"src": "data:image/png;base64,' + "iVBORw0KGgoAAAANSUhEUgAA".repeat(8) + '"'],
  ["changeme doc", 'Set password = "changeme" in the config file'],
  ["env placeholder", "API_KEY=${OPENAI_API_KEY}"],
  ["angle placeholder", "Authorization: Bearer <your-token>"],
  ["your key", 'api_key: "YOUR_API_KEY_HERE"'],
  ["stars", "password: ********"],
  ["sk in prose", "see task-sk-1 and sk-learn, risk-sk-2024"],
  ["max tokens", '{"max_tokens": 4096, "token_type": "Bearer", "total_tokens": "12345678"}'],
  ["page token", 'nextPageToken: "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3"'],
  ["password field name", 'password_min_length = "12characters"'],
  ["pem without body", "Paste a key starting with -----BEGIN " + "PRIVATE KEY----- ..."],
  ["url without password", "https://user@example.com/path and postgres://localhost:5432/db"],
  ["url placeholder password", "postgres://user:password@localhost/db and mysql://u:${PW}@h/db"],
  ["jwt-ish not json", "eyJub3Rqc29u.eyJ4eHh4eHh4.c2ln is not a token"],
  ["code reference", "password = os.environ.get('DB_PASSWORD')\ntoken = getToken(user)"],
  ["identifier value", "secret: my-app-secret-name, token: refreshTokenProvider"],
  ["prose", "The token is passed to the API; keep your secret safe and rotate passwords often."],
  ["ghp too short", "ghp_" + "abc and gho_ are GitHub prefixes"],
  ["stripe prose", "Stripe keys look like sk_live_… and rk_test_…"],
  ["bearer prose", "Bearer authentication uses the Authorization header"],
  ["version", "version 1.2.3.4 build 20240115"],
  ["regex value", 'const TOKEN_CHARS = "[A-Za-z0-9._~+/-]+=*";'],
];

for (const [name, text, kind, secret] of POSITIVE) {
  Deno.test(`secretsDetector.scan() finds ${kind} in ${name}`, () => {
    const found = secretsDetector.scan(text, field, opts);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].kind, kind);
    assert.equal(found[0].detector, "secrets");
    assert.equal(text.slice(found[0].start, found[0].end), secret);
    assert.ok(!found[0].reason.includes(secret.slice(4, 12)), "reason must not leak the value");
  });
}

for (const [name, text] of BENIGN) {
  Deno.test(`secretsDetector.scan() ignores ${name}`, () => {
    assert.deepEqual(secretsDetector.scan(text, field, opts), []);
  });
}

Deno.test("secretsDetector.scan() flags AWS's documented example key at low severity", () => {
  const found = secretsDetector.scan("AKIA" + "IOSFODNN7EXAMPLE", field, opts);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, "low");
});

Deno.test("secretsDetector.scan() rates Stripe test keys low and live keys critical", () => {
  const test = secretsDetector.scan("sk_" + "test_" + F + "0123456789abcdefghijk", field, opts);
  const live = secretsDetector.scan("sk_" + "live_" + F + "0123456789abcdefghijk", field, opts);
  assert.deepEqual([test[0].severity, live[0].severity], ["low", "critical"]);
});

Deno.test("secretsDetector.scan() treats a whole value under a secret-named key as keyed", () => {
  const value = F + "x9Kp2Qa7Lm3Zt";
  const found = secretsDetector.scan(value, { ...field, key: "password" }, opts);
  assert.equal(found.length, 1);
  assert.deepEqual([found[0].start, found[0].end], [0, value.length]);
  assert.deepEqual(secretsDetector.scan(value, { ...field, key: "title" }, opts), []);
  assert.deepEqual(secretsDetector.scan("changeme", { ...field, key: "password" }, opts), []);
  const aws = secretsDetector.scan(AWS_SECRET, { ...field, key: "secretaccesskey" }, opts);
  assert.equal(aws[0].kind, "aws_secret_access_key");
});

Deno.test("secretsDetector.scan() reads @file references as file names, not secrets", () => {
  for (
    const t of [
      "vault kv put secret/ci/runner registration_token=@/tmp/runner-token.txt",
      "http POST api.example.com/login password=@./pw.txt",
      "vault write auth/approle/login secret_id=@secret-id.json",
    ]
  ) {
    assert.deepEqual(secretsDetector.scan(t, { ...field, key: "command" }, opts), [], t);
  }
  // A real value after the key still counts.
  const real = secretsDetector.scan(
    "vault kv put secret/ci/runner registration_token=" + F + "x9Kp2Qa7Lm3Zt",
    { ...field, key: "command" },
    opts,
  );
  assert.equal(real.length, 1);
});

Deno.test("secretsDetector.scan() reports several secrets in order without overlaps", () => {
  const text = "a=ghp_" + F + "EXAMPLE0123456789abcdefghijklmno b=Bearer " + JWT;
  const found = secretsDetector.scan(text, field, opts);
  assert.deepEqual(found.map((f) => f.kind), ["github_token", "jwt"]);
  assert.ok(found[0].end! <= found[1].start!);
});

Deno.test("secretsDetector.scan() honours kinds and allow_patterns", () => {
  const text = "AKIA" + F + "EXAMPLE00000 ghp_" + F + "EXAMPLE0123456789abcdefghijklmno";
  const onlyGh = SecretsOptionsSchema.parse({ kinds: ["github_token"] });
  assert.deepEqual(secretsDetector.scan(text, field, onlyGh).map((f) => f.kind), ["github_token"]);
  const allow = SecretsOptionsSchema.parse({ allow_patterns: ["^AKIA" + F] });
  assert.deepEqual(secretsDetector.scan(text, field, allow).map((f) => f.kind), ["github_token"]);
});

Deno.test("secretsDetector.scan() raises the generic bar with min_entropy", () => {
  const text = 'password = "' + F + 'Tr0ub4dor&3"';
  assert.equal(secretsDetector.scan(text, field, opts).length, 1);
  const strict = SecretsOptionsSchema.parse({ min_entropy: 5 });
  assert.equal(secretsDetector.scan(text, field, strict).length, 1, "short values cap the bar");
  assert.equal(secretsDetector.scan('password = "aaaaaaaa1"', field, strict).length, 0);
});

Deno.test("SecretsOptionsSchema rejects invalid and nested-quantifier allow_patterns", () => {
  const bad = SecretsOptionsSchema.safeParse({ allow_patterns: ["ok", "([a-z"] });
  assert.ok(!bad.success);
  assert.match(bad.error.issues[0].message, /\(\[a-z/);
  assert.deepEqual(bad.error.issues[0].path, ["allow_patterns", 1]);
  assert.ok(!SecretsOptionsSchema.safeParse({ allow_patterns: ["(a+)+$"] }).success);
  assert.ok(!SecretsOptionsSchema.safeParse({ typo: 1 }).success);
});

Deno.test("secretsDetector.scan() never throws and stays linear on hostile input", () => {
  const nasty: [string, (n: number) => string][] = [
    ["repeated assignments", (n) => "password=".repeat(n / 9)],
    ["repeated PEM openers", (n) => "-----BEGIN ".repeat(n / 11)],
    ["a URL of user:pass pairs", (n) => "postgres://" + "a:".repeat(n / 2)],
    ["an endless JWT", (n) => "eyJ" + "a".repeat(n) + "."],
    ["an endless key prefix", (n) => "sk-" + "-".repeat(n)],
  ];
  for (const s of ["", "\u0000\uD800"]) {
    assert.ok(Array.isArray(secretsDetector.scan(s, field, opts)));
  }
  for (const [name, make] of nasty) {
    assert.ok(Array.isArray(secretsDetector.scan(make(1000), field, opts)));
    assertLinear(name, (s) => secretsDetector.scan(s, field, opts), make);
  }
  assert.deepEqual(secretsDetector.scan("x", field, undefined as never), []);
});

Deno.test("shannonEntropy() and helpers behave at the edges", () => {
  assert.equal(shannonEntropy(""), 0);
  assert.equal(shannonEntropy("aaaa"), 0);
  assert.equal(shannonEntropy("abcd"), 2);
  assert.ok(isPlaceholder("${TOKEN}") && isPlaceholder("<password>") && isPlaceholder("xxxx"));
  assert.ok(!isPlaceholder(F + "x9Kp2Qa7"));
  assert.ok(looksLikeSecret("x9Kp2Qa7Lm3Z", 3) && !looksLikeSecret("correcthorse", 3));
});

// Round 2: webhook URLs whose path or query is the credential, and PuTTY keys (assembled at runtime).
const HEX32 = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
const GUID = "3f2b8c1e-9a4d-4e6b-8f1a-2c3d4e5f6a7b";
const TEAMS_SECRET = `${HEX32}/${GUID}/V2${F}k3JqWz9Lm2Xv7Rt5Qp1Ny8`;
const SIG = F + "q9Xz2Lm7Vt4Rw1Ks8Jd5Hf3Gb6Nc0Pa-Ye_Ui";
const GCHAT = F + "Zp4Lq8Wm2Xr6Tv1Ns9Kd3Hg7Jf5Bc0Ay-Eu_Io%3D";
const MM = "k3j8" + "h2m9x4p7q1r6t5w0z8y2v3"; // 26 lower-case base32 chars
const PPK_BODY = "AAAAI" + btoa("FAKE ed25519 private scalar, not a key").slice(0, 43);

const R2_WEBHOOKS: [string, string, string][] = [
  [
    "Teams webhook",
    `post to https://contoso.webhook.office.com/webhookb2/${GUID}@${GUID}/IncomingWebhook/${TEAMS_SECRET} now`,
    TEAMS_SECRET,
  ],
  [
    "legacy Office 365 webhook",
    `https://outlook.office.com/webhook/${GUID}@${GUID}/IncomingWebhook/${HEX32}/${GUID}`,
    `${HEX32}/${GUID}`,
  ],
  [
    "Logic Apps trigger",
    `https://prod-27.westeurope.logic.azure.com:443/workflows/${HEX32}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${SIG}`,
    SIG,
  ],
  [
    "Google Chat webhook",
    `https://chat.googleapis.com/v1/spaces/AAAAb1c2d3e/messages?threadKey=x&token=${GCHAT}`,
    GCHAT,
  ],
  ["Mattermost hook", `curl -X POST https://chat.example.org/hooks/${MM} -d '{}'`, MM],
  [
    "PuTTY key",
    `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ci\nPublic-Lines: 1\nAAAAC3NzaC1lZDI1NTE5AAAAI${F}\nPrivate-Lines: 1\n${PPK_BODY}\nPrivate-MAC: ${HEX32}`,
    PPK_BODY,
  ],
  [
    "JSON-escaped PuTTY key",
    JSON.stringify({
      ppk:
        `PuTTY-User-Key-File-2: ssh-rsa\r\nEncryption: none\r\nPrivate-Lines: 1\r\n${PPK_BODY}\r\nPrivate-MAC: x`,
    }),
    PPK_BODY,
  ],
];

Deno.test("secretsDetector.scan() finds credentials in Teams/Logic Apps/Google Chat/Mattermost URLs and PuTTY keys", () => {
  for (const [name, text, secret] of R2_WEBHOOKS) {
    const found = secretsDetector.scan(text, field, opts);
    assert.equal(found.length, 1, `${name}: ${JSON.stringify(found)}`);
    assert.equal(text.slice(found[0].start, found[0].end), secret, name);
  }
});

Deno.test("secretsDetector.scan() ignores webhook templates, git hook paths and encrypted-key docs", () => {
  for (
    const text of [
      "https://acme.webhook.office.com/webhookb2/<tenant-guid>@<guid>/IncomingWebhook/<id>/<guid>",
      "see .git/hooks/pre-commit and https://gitlab.com/api/v4/projects/42/hooks/12",
      "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: aes256-cbc\nPrivate-Lines: 1\n<base64 here>",
      "https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN",
    ]
  ) {
    assert.deepEqual(secretsDetector.scan(text, field, opts), [], text);
  }
});

Deno.test("secretsDetector.scan() finds a secret after an escaped line break in JSON text, with exact spans", () => {
  const key = "AKIA" + "IOSFODNN7QWERTYU";
  const raw = JSON.stringify({ log: `deploy log\n${key}\ndone` });
  const out: FieldContext = { stage: "output", path: "$.content[0].text", key: "text" };
  const fs = secretsDetector.scan(raw, out, SecretsOptionsSchema.parse({}));
  const hit = fs.find((f) => f.kind === "aws_access_key_id");
  assert.ok(hit, JSON.stringify(fs));
  assert.equal(raw.slice(hit.start, hit.end), key, "span is the key, not the escape");
});
