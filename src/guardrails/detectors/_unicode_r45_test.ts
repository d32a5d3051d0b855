import assert from "node:assert/strict";
import { unicodeDetector, UnicodeOptionsSchema } from "./unicode.ts";
import type { FieldContext } from "../types.ts";

const FIELD: FieldContext = { stage: "input", path: "$.command", key: "command", tool: "run" };
const OPTS = UnicodeOptionsSchema.parse({});
const blocked = (text: string): boolean =>
  unicodeDetector.scan(text, FIELD, OPTS).some((f) => f.severity !== "low");

const BLOCK = [
  // U+0261 script g
  "git clone https://\u0261itlab.com/acme/payments.git",
  // small-capital O in a package index host
  "pip install --index-url https://pyp\u1d0f.org/simple requests",
  // scp-style remote with IPA small capital I
  "git remote add mirror git@b\u026atbucket.org:acme/core.git",
];
const PASS = [
  // German and Turkish IDNs (letters of real alphabets)
  "curl -I https://m\u00fcller-b\u00e4ckerei.de/",
  "open https://k\u0131rm\u0131z\u0131.com.tr/sepet",
  // IPA in a pronunciation note, not a host
  "Pronounced /\u02c8\u0261\u026at.h\u028cb/ (GitHub).",
  "git clone https://github.com/acme/payments.git",
];

Deno.test("r45 unicode: look-alike letters in a host name block", () => {
  for (const t of BLOCK) assert.ok(blocked(t), `should block: ${t}`);
});
Deno.test("r45 unicode: real alphabets in hosts and IPA outside hosts pass", () => {
  for (const t of PASS) assert.ok(!blocked(t), `should pass: ${t}`);
});
