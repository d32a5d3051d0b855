import assert from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import { documentedExample } from "./_secrets_examples.ts";

const opts = secretsDetector.optionsSchema.parse({});
const scan = (text: string) =>
  secretsDetector.scan(text, { stage: "input", path: "$.arguments.body", key: "body" }, opts)
    .map((f) => f.kind);

const AZURITE =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

Deno.test("emulator keys and documentation samples pass", () => {
  assert.deepEqual(
    scan(
      `conn = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"`,
    ),
    [],
  );
  assert.deepEqual(
    scan("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"),
    [],
  );
});

Deno.test("a real-looking key of the same shape still counts", () => {
  const other =
    "Q7nR2vX9mB4nL7cW1yH6pJ3dF0sA5eG8uKZq8RkT2vX9mB4nL7cW1yH6pJ3dF0sA5eG8uKZq8RkT2vX9mB4nL7cW==";
  assert.notDeepEqual(
    scan(
      `DefaultEndpointsProtocol=https;AccountName=prodshop;AccountKey=${other};EndpointSuffix=core.windows.net`,
    ),
    [],
  );
  assert.notDeepEqual(
    scan("otpauth://totp/Acme:bo@acme.example?secret=K5XW4Z3FOJ2GK3TSMVZXI2LOM4&issuer=Acme"),
    [],
  );
});

Deno.test("documentedExample: contains, or is a long piece of, a documented value", () => {
  assert.equal(documentedExample(`AccountKey=${AZURITE}`), true);
  assert.equal(documentedExample(AZURITE.slice(0, 40)), true);
  assert.equal(documentedExample("JBSW"), false);
  assert.equal(documentedExample("nothing to see"), false);
});
