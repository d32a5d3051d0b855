import assert from "node:assert/strict";
import {
  checkArgumentsShape,
  jsonStringBytes,
  limitToolResult,
  SizeOptionsSchema,
} from "./size.ts";

const kinds = (fs: { kind: string }[]): string[] => fs.map((f) => f.kind);

Deno.test("checkArgumentsShape() passes ordinary arguments", () => {
  assert.deepEqual(checkArgumentsShape({ path: "/tmp/x", n: 3, tags: ["a", "b"], ok: true }), []);
  assert.deepEqual(checkArgumentsShape(undefined), []);
  assert.deepEqual(checkArgumentsShape("x".repeat(1000)), []);
});

Deno.test("checkArgumentsShape() measures bytes like JSON.stringify near the limit", () => {
  const value = { a: 'é€😀\n"\u0001\\\t', b: [1, null, true, 2.5], c: { d: "" } };
  const exact = new TextEncoder().encode(JSON.stringify(value)).length;
  assert.deepEqual(checkArgumentsShape(value, { max_argument_bytes: exact }), []);
  assert.deepEqual(kinds(checkArgumentsShape(value, { max_argument_bytes: exact - 1 })), [
    "argument_bytes",
  ]);
});

Deno.test("checkArgumentsShape() reports depth, string and array limits with paths", () => {
  let deep: unknown = 1;
  for (let i = 0; i < 40; i++) deep = { x: deep };
  const [d] = checkArgumentsShape(deep);
  assert.equal(d.kind, "argument_depth");
  assert.equal(d.path, "$" + ".x".repeat(32));
  const f = checkArgumentsShape({ s: "abcdef", list: [[1, 2, 3]] }, {
    max_string_length: 5,
    max_array_length: 2,
  });
  assert.deepEqual(f.map((x) => [x.kind, x.path]), [
    ["string_length", "$.s"],
    ["array_length", "$.list[0]"],
  ]);
});

Deno.test("checkArgumentsShape() survives a million-level nesting and a huge string quickly", () => {
  let deep: unknown = [];
  for (let i = 0; i < 1_000_000; i++) deep = [deep];
  const t0 = performance.now();
  assert.deepEqual(kinds(checkArgumentsShape(deep)), ["argument_bytes", "argument_depth"]);
  const huge = "x".repeat(50 * 1024 * 1024);
  assert.deepEqual(kinds(checkArgumentsShape({ huge })), ["argument_bytes", "string_length"]);
  const wide = new Array(5_000_000).fill(0);
  assert.deepEqual(kinds(checkArgumentsShape(wide)), ["argument_bytes", "array_length"]);
  assert.ok(performance.now() - t0 < 3000, `took ${performance.now() - t0} ms`);
});

Deno.test("limitToolResult() leaves small results untouched", () => {
  const result = { content: [{ type: "text", text: "hi" }], structuredContent: { a: 1 } };
  const r = limitToolResult(result);
  assert.equal(r.result, result);
  assert.deepEqual([r.findings, r.truncated], [[], false]);
});

Deno.test("limitToolResult() truncates text at a character boundary and says so", () => {
  const result = {
    content: [{ type: "text", text: "ab" }, { type: "text", text: "€€€€" }, {
      type: "text",
      text: "z",
    }],
    isError: false,
  };
  const r = limitToolResult(result, { max_output_bytes: 8 });
  assert.ok(r.truncated);
  assert.deepEqual(kinds(r.findings), ["output_bytes"]);
  assert.deepEqual(r.result.content, [
    { type: "text", text: "ab" },
    { type: "text", text: "€€" },
    {
      type: "text",
      text: "[smg: output truncated from 15 to 8 bytes; 1 of 3 content items dropped]",
    },
  ]);
  assert.equal(r.result.isError, false);
  assert.equal(result.content.length, 3, "input not mutated");
  assert.equal(result.content[1].text, "€€€€");
});

Deno.test("limitToolResult() drops extra items and oversized or deep structured content", () => {
  const content = Array.from({ length: 5 }, (_, i) => ({ type: "text", text: String(i) }));
  let deep: unknown = 0;
  for (let i = 0; i < 10; i++) deep = [deep];
  const r = limitToolResult({ content, structuredContent: deep }, {
    max_content_items: 2,
    max_depth: 5,
  });
  assert.deepEqual(kinds(r.findings), ["output_items", "output_depth"]);
  assert.equal(r.result.structuredContent, undefined);
  assert.deepEqual(r.result.content.map((c) => (c as { text: string }).text), [
    "0",
    "1",
    "[smg: 3 of 5 content items dropped; structuredContent removed]",
  ]);
});

Deno.test("limitToolResult() in block mode only reports", () => {
  const result = { content: [{ type: "text", text: "x".repeat(100) }] };
  const r = limitToolResult(result, { max_output_bytes: 10, mode: "block" });
  assert.equal(r.result, result);
  assert.deepEqual([kinds(r.findings), r.truncated], [["output_bytes"], false]);
});

Deno.test("limitToolResult() counts images by JSON size and drops what does not fit", () => {
  const img = { type: "image", data: "A".repeat(100), mimeType: "image/png" };
  const r = limitToolResult({ content: [{ type: "text", text: "hello" }, img] }, {
    max_output_bytes: 50,
  });
  assert.equal(r.result.content.length, 2);
  assert.match(
    (r.result.content[1] as { text: string }).text,
    /^\[smg: output truncated from \d+ to 5 bytes/,
  );
});

Deno.test("SizeOptionsSchema applies defaults and rejects unknown keys", () => {
  const o = SizeOptionsSchema.parse({});
  assert.deepEqual([o.max_argument_bytes, o.max_output_bytes, o.max_depth, o.mode], [
    1048576,
    1048576,
    32,
    "truncate",
  ]);
  assert.ok(!SizeOptionsSchema.safeParse({ max_bytes: 1 }).success);
  assert.ok(!SizeOptionsSchema.safeParse({ max_depth: 0 }).success);
});

Deno.test("jsonStringBytes() counts UTF-8 bytes of the JSON string body exactly", () => {
  const enc = new TextEncoder();
  const samples = [
    "plain ascii",
    "héllo wörld",
    "会议将在明天下午三点举行",
    "emoji 😀👍🏽 ok",
    "lone \ud800 high, lone \udc00 low, \ud800a\udc00 split pair, end \ud83d",
    'tab\tquote"back\\ \u0001 ctl \u007f del',
    "mixed ascii ".repeat(10) + "ß€😀" + "x".repeat(80) + "\u0000",
  ];
  for (const s of samples) {
    assert.equal(jsonStringBytes(s, 1e6, true), enc.encode(JSON.stringify(s)).length - 2, s);
    assert.equal(jsonStringBytes(s, 1e6, false), enc.encode(s).length, s);
  }
  assert.ok(jsonStringBytes("x".repeat(100), 10, true) > 10);
});
