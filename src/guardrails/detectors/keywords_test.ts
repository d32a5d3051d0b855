import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { keywordsDetector, KeywordsOptionsSchema } from "./keywords.ts";

const field: FieldContext = { stage: "input", path: "$.arguments.q" };
const opts = KeywordsOptionsSchema.parse({
  keywords: ["project falcon", "secret", "C++", "project-x", "a/b"],
  patterns: ["\\bINC-\\d{4,}\\b"],
});

/** [name, text, expected matched raw substrings]. */
const CASES: [string, string, string[]][] = [
  ["exact", "the secret plan", ["secret"]],
  ["case-insensitive", "Top SECRET", ["SECRET"]],
  ["phrase with any whitespace", "about Project\n  Falcon now", ["Project\n  Falcon"]],
  ["fullwidth", "ｓｅｃｒｅｔ data", ["ｓｅｃｒｅｔ"]],
  ["zero-width split", "sec\u200Bret data", ["sec\u200Bret"]],
  ["non-word edge keyword", "I like C++ a lot", ["C++"]],
  ["pattern", "see inc-12345 today", ["inc-12345"]],
  ["several", "secret INC-9999 secret", ["secret", "INC-9999", "secret"]],
  ["not inside a word", "secretary and secrets", []],
  ["hyphen and slash keywords", "Project-X in a/b", ["Project-X", "a/b"]],
  ["unrelated", "nothing to see here", []],
  ["short ticket", "INC-12", []],
];

for (const [name, text, want] of CASES) {
  Deno.test(`keywordsDetector.scan() handles ${name}`, () => {
    const found = keywordsDetector.scan(text, field, opts);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), want);
    for (const f of found) assert.ok(!f.reason.includes("secret"), "reason must not echo text");
  });
}

Deno.test("keywordsDetector.scan() matches inside words when whole_word is off", () => {
  const o = KeywordsOptionsSchema.parse({ keywords: ["secret"], whole_word: false });
  assert.equal(keywordsDetector.scan("secretary", field, o).length, 1);
});

Deno.test("keywordsDetector.scan() respects case_sensitive, message and severity", () => {
  const o = KeywordsOptionsSchema.parse({
    keywords: ["Falcon"],
    case_sensitive: true,
    message: "Internal codename",
    severity: "medium",
  });
  assert.deepEqual(keywordsDetector.scan("falcon", field, o), []);
  const [f] = keywordsDetector.scan("Falcon", field, o);
  assert.deepEqual([f.kind, f.reason, f.severity, f.detector], [
    "keyword",
    "Internal codename",
    "medium",
    "keywords",
  ]);
});

Deno.test("KeywordsOptionsSchema rejects an invalid pattern, naming it", () => {
  const r = KeywordsOptionsSchema.safeParse({ patterns: ["ok", "(unclosed"] });
  assert.ok(!r.success);
  assert.deepEqual(r.error.issues[0].path, ["patterns", 1]);
  assert.match(r.error.issues[0].message, /Invalid regex "\(unclosed"/);
  assert.ok(!KeywordsOptionsSchema.safeParse({ patterns: ["(\\w+)*$"] }).success);
  assert.ok(!KeywordsOptionsSchema.safeParse({ keywords: [""] }).success);
  assert.ok(!KeywordsOptionsSchema.safeParse({ keyword: ["x"] }).success);
});

Deno.test("keywordsDetector.scan() returns nothing without config and never throws", () => {
  assert.deepEqual(keywordsDetector.scan("secret", field, KeywordsOptionsSchema.parse({})), []);
  const o = KeywordsOptionsSchema.parse({ patterns: ["x*"], keywords: ["a"] });
  assert.deepEqual(keywordsDetector.scan("\uD800 b", field, o), []);
  assert.deepEqual(keywordsDetector.scan("a", field, undefined as never), []);
});
