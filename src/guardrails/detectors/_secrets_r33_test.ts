import assert from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import { secretStoreValue } from "./_secrets_r33.ts";

const TOKEN = "sk_live_" + "51HxQ2bCdEfGhIjKlMnOpQrStUvWx";
const scan = (text: string, key: string, tool: string, server: string) =>
  secretsDetector.scan(text, { stage: "input", path: `$.arguments.${key}`, key, tool, server }, {
    min_entropy: 3,
    allow_patterns: [],
  });

Deno.test("r33 secrets: the value a secrets-manager write stores passes", () => {
  for (
    const [key, tool, server] of [
      ["value", "put_secret", "secrets"],
      ["secret_value", "create_secret", "vault"],
      ["value", "kv_put", "hashicorp-vault"],
      ["secret_string", "rotate_secret", "secrets_manager"],
    ]
  ) {
    assert.ok(secretStoreValue({ stage: "input", path: "$", key, tool, server }), tool);
    assert.equal(scan(TOKEN, key, tool, server).length, 0, tool);
  }
});

Deno.test("r33 secrets: other servers, tools, arguments and stages still report", () => {
  for (
    const [key, tool, server] of [
      ["value", "ci_set_secret", "devtools"],
      ["value", "set_secret", "gcp"],
      ["description", "put_secret", "secrets"],
      ["value", "send_message", "secrets"],
      ["value", "get_secret", "vault"],
      ["body", "create_issue", "github"],
    ]
  ) assert.ok(scan(TOKEN, key, tool, server).length > 0, `${server}/${tool}/${key}`);
  assert.equal(
    secretStoreValue({
      stage: "output",
      path: "$",
      key: "value",
      tool: "put_secret",
      server: "vault",
    }),
    false,
  );
});
