import assert from "node:assert/strict";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";

const OPTS = SecretsOptionsSchema.parse({});
const blocked = (key: string, value: string): boolean =>
  secretsDetector.scan(value, { stage: "input", path: `$.${key}`, key }, OPTS)
    .some((f) => f.severity !== "low");

// Honest: an idempotency token the caller makes up, and the NAME of a secret something loads.
const PASS: [string, string][] = [
  ["params", '{"ClientRequestToken": "3f9b1c2e-7a4d-4e1b-9c0f-8d2a6e5b4c13", "Name": "x"}'],
  ["headers", "Idempotency-Key: 7b1f0c9e-24aa-4d8b-a6f3-0e9c2d71b548"],
  ["body", "client_request_token=c1e2a3b4-d5f6-4789-8a0b-1c2d3e4f5a6b"],
  [
    "manifest",
    "annotations:\n  injector.example.io/ca-from-secret: payments/payments-webhook-tls\n",
  ],
  ["values", "envFromSecret: billing-prod/api-credentials-v2"],
];
// Attacks of the same shape: a random value under a key that IS a credential still counts.
const BLOCK: [string, string][] = [
  ["params", '{"SessionToken": "3f9b1c2e7a4d4e1b9c0f8d2a6e5b4c13aa91", "Name": "x"}'],
  ["body", "client_secret=c1e2a3b4-d5f6-4789-8a0b-1c2d3e4f5a6b"],
  ["manifest", "stringData:\n  webhook-secret: Zq8vT2mLx9Rk4Wp7Yc1Nh6Jd3Fs5Gb0A\n"],
  ["headers", "X-Api-Key: 7b1f0c9e24aa4d8ba6f30e9c2d71b548"],
];

Deno.test("idempotency tokens and secret names are not secrets", () => {
  for (const [k, v] of PASS) assert.equal(blocked(k, v), false, v);
});
Deno.test("a random value under a credential key still counts", () => {
  for (const [k, v] of BLOCK) assert.equal(blocked(k, v), true, v);
});
