import { deepStrictEqual, strictEqual } from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import {
  embeddedBase64,
  joinedLiterals,
  netCommandPasswords,
  spacedTokens,
} from "./_secrets_r13.ts";
import type { FieldContext } from "../types.ts";

// Tokens are assembled at run time so this file holds no scannable credential.
const PAT = "github" + "_pat_";
const PAT_A = "11ABCDE2F0aQ7rTz9LmN4x"; // 22
const PAT_B = "Kq8ZpL3vR7tY2uW9sN4mB6cX1dF5gH0jA8eQ3rT7yU2iO4pZ6xC9vB1nM5k"; // 59
const AK = "AK" + "IA";
const AWS_ID = "Q7RZ2XKD4MVB6TNW"; // 16
const AWS_SECRET = "kT9pQ2mZ7xR4vB8nW1cY6hJ3sD5fG0lA9eU2iO7q"; // 40
const STRIPE = "sk" + "_live_";
const STRIPE_BODY = "4eC39HqLyjWDarjtT1zdp7dc";
const field: FieldContext = { stage: "output", path: "$.content[0].text" };
const opts = { min_entropy: 3, allow_patterns: [], kinds: undefined };
const found = (text: string) =>
  secretsDetector.scan(text, field, opts).filter((f) => f.severity !== "low");

Deno.test("secrets finds fixed-length tokens spaced into groups or cut over lines", () => {
  for (
    const t of [
      `pat (two halves): ${PAT}${PAT_A.slice(0, 10)}\n${PAT_A.slice(10)}_${PAT_B}`,
      `token = "${PAT}${PAT_A}_${PAT_B.slice(0, 30)}" "${PAT_B.slice(30)}"`,
      `key id ${AK} ${AWS_ID.slice(0, 4)} ${AWS_ID.slice(4, 8)} ${AWS_ID.slice(8, 12)} ${
        AWS_ID.slice(12)
      } (no spaces when you paste it)`,
      `${AK}${AWS_ID.slice(0, 8)}-${AWS_ID.slice(8)}`,
    ]
  ) strictEqual(found(t).length > 0, true, t);
});

Deno.test("secrets redacts an AWS secret key written in groups after a spaced key id", () => {
  const groups = AWS_SECRET.match(/.{1,8}/g)!.join(" ");
  const text = `id: ${AK} ${AWS_ID.slice(0, 8)} ${AWS_ID.slice(8)} secret: ${groups} thanks`;
  const kinds = found(text).map((f) => f.kind);
  strictEqual(kinds.includes("aws_access_key_id"), true);
  strictEqual(kinds.includes("aws_secret_access_key"), true);
});

Deno.test("spacedTokens() ignores prose after a prefix and lengths that do not fit", () => {
  deepStrictEqual(spacedTokens(`${AK} KEYS ARE FOR IAM USERS ONLY AND ROTATE`), []);
  deepStrictEqual(
    spacedTokens(`The ${AK} prefix marks long-term keys; ASIA marks temporary ones.`),
    [],
  );
  deepStrictEqual(spacedTokens(`${AK} 1234 5678 9012`), []);
  deepStrictEqual(spacedTokens(`${PAT} tokens are fine-grained and expire`), []);
});

Deno.test("secrets finds tokens joined from string literals", () => {
  for (
    const t of [
      `const k = ["${STRIPE}", "${STRIPE_BODY.slice(0, 12)}", "${
        STRIPE_BODY.slice(12)
      }"].join("");`,
      `key = '${STRIPE}${STRIPE_BODY.slice(0, 5)}' + '${STRIPE_BODY.slice(5)}'`,
      `local t = "${AK}${AWS_ID.slice(0, 6)}" .. "${AWS_ID.slice(6)}"`,
    ]
  ) strictEqual(found(t).length > 0, true, t);
  // Arrays of words, ids and hashes join into nothing a rule knows.
  for (
    const t of [
      `tags = ["alpha", "beta", "gamma-release", "2026-11-02"]`,
      `shas: ["3f2a9c1e0b7d4e6f8a9b0c1d2e3f4a5b6c7d8e9f", "0b7d4e6f8a9b0c1d2e3f4a5b6c7d8e9f3f2a9c1e"]`,
      `const cls = "btn " + "btn-primary " + "btn-lg";`,
    ]
  ) deepStrictEqual(found(t), [], t);
  strictEqual(joinedLiterals(`x = "ab" + "cd"`).length, 0); // too short to be a token
});

Deno.test("secrets finds base64-wrapped credentials inside a larger text", () => {
  const env = btoa(`AWS_ACCESS_KEY_ID=${AK}${AWS_ID}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET}\n`);
  const gh = btoa(`machine github.com token ${PAT}${PAT_A}_${PAT_B}`);
  for (
    const t of [
      `# vars\nCREDS_B64=${env}\nREGION=eu-west-1\n`,
      `backup: { "blob": "${gh}", "note": "restore on new laptop" }`,
      `export STRIPE_B64='${btoa(`${STRIPE}${STRIPE_BODY}`)}'`,
    ]
  ) strictEqual(found(t).length > 0, true, t);
  // Base64 of ordinary text, images and hashes inside text.
  const readme = btoa("This is only a long readme sentence with nothing secret in it at all.");
  for (
    const t of [
      `content: ${readme}`,
      "logo: iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "integrity sha512-Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4",
    ]
  ) deepStrictEqual(found(t), [], t);
  strictEqual(embeddedBase64("no runs here at all").length, 0);
});

Deno.test("secrets finds passwords typed into net use and net user", () => {
  const pw = "Tr0ub4dor&3x";
  for (
    const t of [
      `C:\\> net use \\\\nas01\\media /user:HOME\\ann ${pw}`,
      `net use Y: \\\\10.0.0.8\\c$ ${pw} /user:Administrator /persistent:no`,
      `NET USE * \\\\files\\eng "${pw}" /USER:CORP\\build`,
      `net user backdoor ${pw} /add && net localgroup administrators backdoor /add`,
    ]
  ) strictEqual(netCommandPasswords(t).length > 0 && found(t).length > 0, true, t);
  // Prompts, options, variables and plain listings.
  for (
    const t of [
      "net use Z: \\\\fileserver01\\backup /user:CORP\\svc_backup * /persistent:yes",
      "net use Z: \\\\fileserver01\\backup /user:CORP\\svc_backup /persistent:yes",
      "net use Z: \\\\fs\\b /user:CORP\\svc %BACKUP_PASSWORD%",
      "net use\nStatus  Local  Remote\nOK      Z:     \\\\fileserver01\\backup",
      "net user ann /domain",
    ]
  ) deepStrictEqual(netCommandPasswords(t), [], t);
});
