import assert from "node:assert/strict";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";

const OPTS = SecretsOptionsSchema.parse({});
const scan = (t: string) =>
  secretsDetector.scan(t, { stage: "input", path: "$.body", key: "body" }, OPTS);
const body = (n: number) =>
  Array.from({ length: n }, (_, i) => "Zq7Kx2Lm9Pw4Rt8Vb3Nc6Hy1Jd5Gf0"[(i * 7 + 3) % 30]).join("");

Deno.test("secrets: Fly.io macaroons from 60 characters (deploy tokens are often under 100)", () => {
  const found = scan(`export FLY_API_TOKEN='FlyV1 fm2_${body(90)}'`);
  assert.ok(found.some((f) => f.reason.startsWith("Fly.io token")), JSON.stringify(found));
  assert.deepEqual(scan("export FLY_API_TOKEN='FlyV1 fm2_<your-deploy-token>'"), []);
  assert.deepEqual(scan("fm2_short_name_for_a_thing"), []);
});
