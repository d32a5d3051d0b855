import { strictEqual } from "node:assert/strict";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";
import { sampleJwt } from "./_secrets_r29.ts";

const OPTS = SecretsOptionsSchema.parse({});
const blocks = (value: string, key = "content"): boolean =>
  secretsDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool: "t" }, OPTS)
    .some((f) => f.severity !== "low");
const b64 = (o: unknown) =>
  btoa(JSON.stringify(o)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
const jwt = (claims: unknown) =>
  `${b64({ alg: "HS256", typ: "JWT" })}.${b64(claims)}.c2lnbmF0dXJlX2J5dGVzX2hlcmVfMTIzNDU2Nzg5MA`;

Deno.test("secrets records tutorial JWTs and stock local container passwords", () => {
  const pass = [
    jwt({ sub: "1234567890", name: "Jane Doe", admin: true, iat: 1700000000 }),
    jwt({ sub: "user1", email: "someone@example.com" }),
    "REDIS_URL: redis://default:default@cache:6379/0",
    "amqp://guest:guest@localhost:5672/",
    "mysql://root:root@127.0.0.1:3306/app_test",
  ];
  for (const v of pass) strictEqual(blocks(v), false, v);
});

Deno.test("secrets still blocks real-looking JWTs and real passwords", () => {
  const block = [
    jwt({ sub: "8f14e45f-ceea-467f-a9f0-0a1b2c3d4e5f", name: "Jane Doe", iat: 1700000000 }),
    jwt({ sub: "1234567890", name: "Jane Doe", iss: "https://auth.example.net", iat: 1 }),
    jwt({ sub: "1234567890", name: "Ana Silva" }),
    jwt({ sub: "1234567890", name: "John Doe", scope: "repo admin" }),
    "postgres://postgres:postgres@db.prod.example.net:5432/app",
    "postgres://app:Tq9vLm2xRw7s@db:5432/app",
  ];
  for (const v of block) strictEqual(blocks(v), true, v);
  strictEqual(sampleJwt("a.b"), false);
});
