import { strictEqual } from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import { authPairSecret } from "./_secrets_r6_pairs.ts";
import type { FieldContext } from "../types.ts";

// Assembled at run time so this file holds no scannable credential.
const SID = "A" + "Caf783b52901a6ccaccdb251bce79793a";
const KEY_SID = "S" + "K67c9e2ed829af48d9d59ce6ca6b0b965";
const TOKEN = "67c9e2ed829af48d9d59ce6ca6b0b965";
const SECRET = "YOqQAVW3ToA33wQzahGImaHt8RVkGYZC";
const opts = { min_entropy: 3, allow_patterns: [], kinds: undefined };
const found = (key: string, value: string) =>
  secretsDetector.scan(value, { stage: "input", path: `$.${key}`, key } as FieldContext, opts);

Deno.test("secretsDetector.scan() finds the secret half of a user:secret pair under an auth key", () => {
  for (
    const [k, v] of [
      ["auth", `${SID}:${TOKEN}`],
      ["basic_auth", `${KEY_SID}:${SECRET}`],
      ["userpass", "deploy-bot:Zq8#mW2!xR7$kP4v"],
      ["http_auth", " registry-user:9fK2xQ7mLp3RtV8w "],
    ]
  ) {
    const f = found(k, v);
    strictEqual(f.length, 1, v);
    strictEqual(v.slice(f[0].start, f[0].end), v.trim().split(":")[1], v);
  }
});

Deno.test("authPairSecret() passes ids, placeholders and non-auth keys", () => {
  strictEqual(authPairSecret("auth", SID), undefined);
  strictEqual(authPairSecret("auth", "user:changeme"), undefined);
  strictEqual(authPairSecret("auth", "admin:<password>"), undefined);
  strictEqual(authPairSecret("auth", "oauth2:client_credentials"), undefined);
  strictEqual(authPairSecret("time", "12:30:45"), undefined);
  strictEqual(authPairSecret("mapping", `${SID}:${TOKEN}`), undefined);
});
