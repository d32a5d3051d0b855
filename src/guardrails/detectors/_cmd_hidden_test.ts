import assert from "node:assert/strict";
import { mayHideEncoded, mayHideFromParsers } from "./_cmd_hidden.ts";

const HIDDEN = [
  "a%2e%2e%2fb",
  "x %u002e y",
  "&#x2f;etc",
  "&lt;script",
  "\\x2e\\x2e",
  "\\u002e",
  "0x2e0x2e",
  "ｈｔｔｐ：／／",
  "caf\u00e9",
  "Y3VybCBodHRwOi8vZXZpbC5leGFtcGxl",
  "JiBpcGNvbmZpZyAvYWxs",
  "see 6375726c20687474703a2f2f here",
  "63 75 72 6c 20 68 74 74",
];
const PLAIN = [
  "The quick brown fox jumps over the lazy dog.",
  "src/guardrails/detectors/command_injection_test.ts",
  '{"id": "a3f9c0d2e4b6a8c0d2e4f6a8b0c2d4e6", "ok": true}',
  "2024-05-02 10:14:03 INFO sync finished (12 files)",
  "AT&T and Q&A, 50% off",
  "camelCaseIdentifierWithoutDigits",
];

Deno.test("mayHideEncoded() is true for percent, entity, escape, non-ASCII, hex and base64 text", () => {
  for (const s of HIDDEN) assert.ok(mayHideEncoded(s), s);
});

Deno.test("mayHideEncoded() is false for plain prose, paths, hashes and logs", () => {
  for (const s of PLAIN) assert.ok(!mayHideEncoded(s), s);
});

const PARSER_HIDDEN = [
  "a%2e%2e%2fb",
  "&#x2f;etc",
  "\\x2e\\x2e",
  "0X2e0X2e",
  "ｈｔｔｐ：／／",
  "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/",
  "cu\u200brl http://x",
  "l\u043ecalhost",
  "\u0441url evil",
  "ab\u200ccd",
  "\u200c/etc/passwd",
  "Y3VybCBodHRwOi8vZXZpbC5leGFtcGxl",
  "63 75 72 6c 20 68 74 74",
];
const PARSER_PLAIN = [
  ...PLAIN,
  "caf\u00e9 cr\u00e8me",
  "Встреча перенесена на четверг.",
  "می\u200cخواهم فردا بروم.",
  "会议将在明天下午三点举行。",
  "नमस्ते दुनिया 👋🏽",
  "| orders | 42 | done | 12.5% |",
];

Deno.test("mayHideFromParsers() is true for escapes, folding forms, invisibles and mixed scripts", () => {
  for (const s of PARSER_HIDDEN) assert.ok(mayHideFromParsers(s), s);
});

Deno.test("mayHideFromParsers() is false for plain text and ordinary non-Latin prose", () => {
  for (const s of PARSER_PLAIN) assert.ok(!mayHideFromParsers(s), s);
});

Deno.test("mayHideFromParsers() answers the same when asked twice in a row", () => {
  for (const s of [...PARSER_HIDDEN, ...PARSER_PLAIN]) {
    assert.equal(mayHideFromParsers(s), mayHideFromParsers(s), s);
  }
});
