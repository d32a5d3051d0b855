/**
 * Table tests of the knowledge base's key / session rules (./_secrets_kb_keys.ts) and the later
 * service formats: each attack is found by the named rule, each benign look-alike passes the whole
 * detector. Bodies are generated (xorshift), never real secrets.
 */
import { randomBodies } from "./_secrets_kb_testing.ts";
import assert from "node:assert/strict";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";

/** Alphabets built from char ranges (no long literals). */
const range = (a: string, z: string) =>
  String.fromCharCode(
    ...Array.from({ length: z.charCodeAt(0) - a.charCodeAt(0) + 1 }, (_, i) => a.charCodeAt(0) + i),
  );
const LOWER = range("a", "z");
const UPPER = range("A", "Z");
const DIGITS = range("0", "9");

const OPTIONS = SecretsOptionsSchema.parse({});
const scan = (text: string) => secretsDetector.scan(text, { stage: "input", path: "$" }, OPTIONS);

/** Deterministic pseudo-random bodies, so failures reproduce. */
const rnd = randomBodies(0x1b873593);
const AN = UPPER + LOWER + DIGITS;
const URL = AN + "_-";
const B64 = AN + "+/";
const h = (n: number) => rnd("0123456789abcdef", n);
const an = (n: number) => rnd(AN, n);

/** [label fragment, attacks, benign look-alikes]. */
const CASES: [string, string[], string[]][] = [
  [
    "JSON Web Key private part",
    [`{"kty":"RSA","kid":"k1","n":"${rnd(URL, 342)}","e":"AQAB","d":"${rnd(URL, 342)}"}`],
    [
      `{"kty":"RSA","kid":"k1","use":"sig","n":"${rnd(URL, 342)}","e":"AQAB"}`,
      `{"d":"${rnd(URL, 64)}"}`,
    ],
  ],
  [
    "AWS STS session token",
    [`AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj${rnd(B64, 300)}`.replace(
      "AWS_SESSION_TOKEN=",
      "aws session ",
    )],
    ["IQoJb3JpZ2luX2Vj is how session tokens begin"],
  ],
  [
    "Session cookie",
    [
      `curl -H "Cookie: theme=dark; sessionid=${
        rnd(LOWER + DIGITS, 32)
      }" https://app.acme.test/api`,
      `curl -b 'PHPSESSID=${rnd(LOWER + DIGITS, 26)}' https://shop.acme.test/cart`,
    ],
    [
      "Cookie: sessionid=<your session id>",
      "set the cookie name with SESSION_COOKIE_NAME = 'sessionid'",
      `sessionid=${rnd(LOWER + DIGITS, 32)} appears in the log without a header`,
    ],
  ],
  [
    "Session cookie in a copied cookie string",
    [
      `Pasted from devtools: _shopadmin_session=${h(32)}; locale=pt-BR; _ga=GA1.2.1`,
      `JSESSIONID=${rnd(UPPER + DIGITS, 32)}; Path=/portal; route=node3`,
      `theme=dark; laravel_session=${an(40)}`,
      `csrftoken=${an(32)}; sessionid=${rnd(LOWER + DIGITS, 32)}`,
    ],
    [
      "_myapp_session=<paste yours here>; locale=en",
      `_app_session=${"x".repeat(32)}; path=/`,
      "Rails names the cookie _myapp_session=…; set secure: true in production",
      `the log line had session_id=${h(32)} only`,
    ],
  ],
  [
    "Credential written after its label",
    [
      `Here is my API key: ${an(12)}7${an(27)} — can you check why it fails?`,
      `the access token is ${rnd(URL, 24)}9${rnd(URL, 15)}`,
      `Client secret: ${rnd(URL, 30)}4x`,
    ],
    [
      "API key: YOUR_API_KEY",
      "API key: secrets.OPENAI_API_KEY_V2",
      "API key: process.env.ACME_API_KEY2",
      "access token: <paste token here>",
      "API key: ${ACME_API_KEY}",
      "Rotate the API key: Settings → API keys → Regenerate",
    ],
  ],
  ["Adafruit IO", [`aio_${an(28)}`], ["aio_placeholder"]],
  ["Defined Networking", [
    `dnkey-${rnd(LOWER + DIGITS, 26)}-${rnd(LOWER + DIGITS, 52)}`,
  ], ["dnkey-..."]],
  ["OpenShift user token", [
    `oc login --token=sha256~${rnd(URL, 43)} --server=https://api.ocp.acme.test:6443`,
  ], [`image digest sha256:${h(64)}`]],
  ["Scalingo", [`tk-us-${rnd(URL, 48)}`], ["tk-us-east"]],
  ["SettleMint", [`sm_pat_${h(16)}`], ["sm_pat_<token>"]],
  ["Sidekiq", [`BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${h(8)}:${h(8)}`], [
    "BUNDLE_ENTERPRISE__CONTRIBSYS__COM=$SIDEKIQ_CREDS",
  ]],
  ["MaxMind", [`${an(6)}_${an(29)}_mmk`], ["license_key_mmk"]],
  ["42 Intra", [`s-s4t2ud-${h(64)}`], ["s-s4t2ud-<secret>"]],
  ["Meraki", [`X-Cisco-Meraki-API-Key: ${h(40)}`], ["meraki network N_1234"]],
];

Deno.test("kb secrets: names, hashes and commits near a provider's name pass", () => {
  const benign = [
    "live_streaming_configuration_settings_v2_enabled",
    "fw_RuleSetConfigurationForTheEdge2",
    `"integrity": "sha512-${rnd(B64, 60)}+ASt${rnd(B64, 22)}=="`,
    `datadog/dd-trace-py commit ${h(40)}`,
    `cloudflare/workers-sdk@${h(40)}`,
    `linode image ${h(64)}`.replace("image", "build sha256"),
  ];
  for (const b of benign) {
    const f = scan(b);
    assert.equal(f.length, 0, `should pass: ${b} → ${f.map((x) => x.reason).join("; ")}`);
  }
});

for (const [label, attacks, benign] of CASES) {
  Deno.test(`kb key/session secrets: ${label}`, () => {
    for (const a of attacks) {
      const found = scan(a);
      assert.ok(
        found.some((f) => f.reason.includes(label)),
        `should find (${label}): ${a} → ${found.map((x) => x.reason).join("; ")}`,
      );
    }
    for (const b of benign) {
      const f = scan(b);
      assert.equal(f.length, 0, `should pass: ${b} → ${f.map((x) => x.reason).join("; ")}`);
    }
  });
}
