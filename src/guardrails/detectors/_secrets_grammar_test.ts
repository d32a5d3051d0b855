import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";

// Fake values are assembled at runtime so repository secret scanners never see a literal token.
let seed = 11;
/** Deterministic pseudo-random string over `alphabet`. */
function rnd(alphabet: string, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    s += alphabet[(seed >> 8) % alphabet.length];
  }
  return s;
}
const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const HEX = "0123456789abcdef";

const opts = SecretsOptionsSchema.parse({});
const field: FieldContext = { stage: "input", path: "$.command", key: "command" };
const spans = (text: string, f: FieldContext = field): string[] =>
  secretsDetector.scan(text, f, opts).map((x) => text.slice(x.start, x.end));

const PW = rnd(AN, 6) + "#" + rnd(AN, 7);
const HF = "hf_" + rnd(LETTERS, 34);
const NRAL = rnd(HEX, 36) + "NRAL";
const NRII = "NRII-" + rnd(AN, 32);

/** [name, text, the secret span]. */
const POSITIVE: [string, string, string][] = [
  ["--token with a space", `gh auth login --hostname ghe.acme.io --token ${PW}`, PW],
  ["--api-key quoted", `llm keys set --api-key '${PW}' openai`, PW],
  ["--client-secret", `az login --service-principal -u app --client-secret ${PW} -t t1`, PW],
  ["Passwort label", `Zugang: admin / Passwort: ${PW}`, PW],
  ["Kennwort with an environment note", `Kennwort (prod) = ${PW}`, PW],
  ["mot de passe", `Identifiant : jdupont, mot de passe : ${PW}`, PW],
  ["contraseña", `usuario root contraseña: ${PW}`, PW],
  ["senha", `Senha - ${PW}`, PW],
  ["wachtwoord", `Wachtwoord: ${PW}`, PW],
  ["redis requirepass", `# security\nrequirepass ${PW}\n`, PW],
  ["sentinel auth-pass", `sentinel auth-pass mymaster ${PW}`, PW],
  ["masterauth quoted", `masterauth "${PW}"`, PW],
  ["MySQL IDENTIFIED BY", `CREATE USER 'app'@'%' IDENTIFIED BY '${PW}';`, PW],
  [
    "MySQL IDENTIFIED WITH plugin BY",
    `ALTER USER 'x'@'%' IDENTIFIED WITH caching_sha2_password BY '${PW}'`,
    PW,
  ],
  ["Postgres WITH PASSWORD", `ALTER ROLE report WITH LOGIN PASSWORD '${PW}';`, PW],
  ["Hugging Face token of letters only", `HF_HUB_TOKEN=${HF}`, HF],
  ["New Relic license key", `license: ${NRAL}`, NRAL],
  ["New Relic insert key", `X-Insert-Key: ${NRII}`, NRII],
  ["license_key assignment", `license_key = "${PW}"`, PW],
  ["SQLAlchemy URL with a driver", `create_engine("mysql+pymysql://app:${PW}@db/app")`, PW],
  ["asyncpg URL", `DSN=postgresql+asyncpg://svc:${PW}@10.0.0.5/orders`, PW],
];
for (const [name, text, span] of POSITIVE) {
  Deno.test(`secretsDetector.scan() finds a secret: ${name}`, () => {
    assert.ok(spans(text).includes(span), `${spans(text)}`);
  });
}

/** Same grammar with placeholders, references or no secret: no finding. */
const BENIGN: [string, string][] = [
  ["--token from an env var", "gh auth login --token $GH_TOKEN"],
  ["--token-file path", "vault login --token-file /run/secrets/vault"],
  ["--max-tokens number", "llm prompt --max-tokens 4096 --temperature 0.2"],
  ["--password-stdin", "docker login --username bot --password-stdin"],
  ["--secret naming a k8s secret", "helm install app --secret my-app-secret"],
  ["Passwort prose", "Das Passwort muss mindestens zwölf Zeichen lang sein."],
  ["mot de passe oublié", "Mot de passe : oublié ? Cliquez ici."],
  ["senha placeholder", "Senha: <sua-senha>"],
  ["requirepass commented out", "# requirepass foobared"],
  ["SQL with a bind parameter", "ALTER ROLE app WITH PASSWORD :new_password"],
  ["SQL placeholder", "CREATE USER x IDENTIFIED BY 'password'"],
  ["Hugging Face camelCase identifier", "hf_modelCardAndDatasetLoaderConfigHelper"],
  ["hex ending NRAL-like word", "version NRAL-2 is out"],
  ["license_key placeholder", "license_key: <YOUR_LICENSE_KEY>"],
  ["ARN of a secret", "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/App-9Qx1Ab"],
  ["driver URL without password", "postgresql+psycopg://localhost/app"],
  ["C++ namespace path", "hide node::credentials::HasOnly outside unit tests"],
  ["Rust path", "Vec<syntax::tokenstream::TokenStream2>"],
  ["Rust module path with secret", "use crate::secret::SecretBox9;"],
];
for (const [name, text] of BENIGN) {
  Deno.test(`secretsDetector.scan() finds no secret in ${name}`, () => {
    assert.deepEqual(spans(text), []);
  });
}
