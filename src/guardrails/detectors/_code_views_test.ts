import assert from "node:assert/strict";
import { codeViews } from "./_code_views.ts";

Deno.test("codeViews() resolves Log4j lookups, joins concatenations and decodes payloads", () => {
  const has = (text: string, want: string, whole = false) =>
    assert.ok(codeViews(text, whole).some((v) => v.includes(want)), `${text} -> ${want}`);
  has("${${lower:j}ndi:${upper:l}dap://x}", "${jndi:Ldap://x}");
  has("${${::-j}${::-n}di:x}", "${jndi:x}");
  has("${${env:NOPE:-j}ndi:x}", "${jndi:x}");
  has("${${date:'j'}ndi:x}", "${jndi:x}");
  has("require('child_'+'process')", "require('child_process')");
  has("%24%7Bjndi%3Aldap%7D", "${jndi:ldap}");
  has("data:text/plain;base64,PD9waHAgc3lzdGVtKCk7ID8+", "<?php system(); ?>");
  has("Y3Bvc2l4CnN5c3RlbQo=", "cposix\nsystem", true);
});

Deno.test("codeViews() adds nothing for ordinary text", () => {
  for (
    const text of [
      "plain words",
      "const x = 'a' + 'b';",
      "https://example.com/a%2Fb?q=%20x",
      "${HOME}/app and ${env:HOME}",
    ]
  ) {
    assert.deepEqual(codeViews(text, false), [], text);
  }
  assert.deepEqual(
    codeViews("SGVsbG8gd29ybGQsIHRoaXMgaXM=", false),
    [],
    "whole base64 only on request",
  );
});
