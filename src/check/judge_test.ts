import assert from "node:assert/strict";
import { FAKE_SECRETS } from "../../bad_mcps/_fakes.ts";
import {
  classifyErrorCode,
  classifyResult,
  depthOf,
  judgeCall,
  type Observation,
} from "./judge.ts";
import type { CallStep } from "./types.ts";

const step = (over: Partial<CallStep>): CallStep => ({
  kind: "call",
  id: "s",
  tool: "t",
  args: {},
  expect: "allowed",
  why: "w",
  ...over,
});
const ok = (text: string, extra: Record<string, unknown> = {}): Observation =>
  classifyResult({ content: [{ type: "text", text }], ...extra });

Deno.test("classifyErrorCode() maps smg's JSON-RPC codes to verdicts and drops the SDK prefix", () => {
  const cases: [number, string, string | undefined][] = [
    [-32010, "blocked_input", undefined],
    [-32011, "blocked_output", undefined],
    [-32602, "hidden", "unknown_tool"],
    [-32012, "hidden", "blocked_definition"],
    [-32001, "error", "timeout"],
    [-32002, "error", "upstream_error"],
    [-32003, "refused", "auth"],
    [-32603, "internal_error", "-32603"],
  ];
  for (const [code, verdict, sub] of cases) {
    const o = classifyErrorCode(code, "MCP error -1: MCP error -1: boom");
    assert.equal(o.verdict, verdict, String(code));
    assert.equal(o.code, sub, String(code));
    assert.equal(o.message, "boom");
  }
});

Deno.test("classifyResult() tells allowed, redacted and tool errors apart", () => {
  assert.equal(ok("hello").verdict, "allowed");
  assert.equal(ok("key [REDACTED:aws_access_key]").verdict, "redacted");
  assert.equal(ok("x\n[smg: output truncated from 3 MB to 1 MB]").verdict, "redacted");
  assert.equal(ok("failed", { isError: true }).verdict, "error");
  assert.equal(ok("failed", { isError: true }).code, "tool_error");
});

Deno.test("judgeCall() passes and fails by verdict, content and limits", () => {
  const cases: { name: string; step: CallStep; o: Observation; pass: boolean; why?: RegExp }[] = [
    {
      name: "allowed as expected",
      step: step({ contains: ["hi"] }),
      o: ok("hi there"),
      pass: true,
    },
    {
      name: "missing expected text",
      step: step({ contains: ["bye"] }),
      o: ok("hi"),
      pass: false,
      why: /lacks "bye"/,
    },
    { name: "regex match", step: step({ matches: ["^\\d+$"] }), o: ok("42"), pass: true },
    {
      name: "blocked when allowed expected",
      step: step({}),
      o: classifyErrorCode(-32010, "no"),
      pass: false,
      why: /expected allowed, got blocked_input/,
    },
    {
      name: "redacted benign call is a false positive",
      step: step({}),
      o: ok("[REDACTED:email]"),
      pass: false,
    },
    {
      name: "benign call accepting redaction",
      step: step({ alsoAccept: ["redacted"] }),
      o: ok("[REDACTED:email]"),
      pass: true,
    },
    {
      name: "redaction met by a clean pass-through",
      step: step({ expect: "redacted", absent: ["secret"] }),
      o: ok("nothing here"),
      pass: true,
    },
    {
      name: "redaction missed",
      step: step({ expect: "redacted", absent: ["secret"] }),
      o: ok("the secret"),
      pass: false,
      why: /contains "secret"/,
    },
    {
      name: "stricter verdict accepted",
      step: step({ expect: "blocked_input", alsoAccept: ["hidden"] }),
      o: classifyErrorCode(-32602, "x"),
      pass: true,
    },
    { name: "attack allowed", step: step({ expect: "blocked_input" }), o: ok("done"), pass: false },
    {
      name: "right error code",
      step: step({ expect: "error", code: "timeout" }),
      o: classifyErrorCode(-32001, "late"),
      pass: true,
    },
    {
      name: "wrong error code",
      step: step({ expect: "error", code: "timeout" }),
      o: classifyErrorCode(-32002, "gone"),
      pass: false,
      why: /expected error timeout/,
    },
    {
      name: "escape char always fails",
      step: step({}),
      o: ok("\u001b[31mred"),
      pass: false,
      why: /U\+001B/,
    },
    {
      name: "bidi override always fails",
      step: step({}),
      o: ok("a\u202eb"),
      pass: false,
      why: /U\+202E/,
    },
    {
      name: "tag character always fails",
      step: step({}),
      o: ok("a\u{e0041}"),
      pass: false,
      why: /U\+E0041/,
    },
    {
      name: "fake secret always fails",
      step: step({}),
      o: ok(`k=${FAKE_SECRETS.githubToken}`),
      pass: false,
      why: /fake secret/,
    },
    {
      name: "secret hidden in structuredContent",
      step: step({ expect: "redacted" }),
      o: classifyResult({ content: [], structuredContent: { a: [{ b: FAKE_SECRETS.jwt }] } }),
      pass: false,
    },
    {
      name: "too many bytes",
      step: step({ expect: "redacted", limits: { maxBytes: 3 } }),
      o: ok("abcd"),
      pass: false,
      why: /4 bytes/,
    },
    {
      name: "too deep",
      step: step({ expect: "redacted", limits: { maxDepth: 2 } }),
      o: classifyResult({ content: [], structuredContent: { a: { b: { c: 1 } } } }),
      pass: false,
      why: /3 levels/,
    },
  ];
  for (const c of cases) {
    const j = judgeCall(c.step, c.o);
    assert.equal(j.passed, c.pass, `${c.name}: ${j.detail}`);
    if (c.why) assert.match(j.detail, c.why, c.name);
  }
});

Deno.test("depthOf() measures deep nesting without recursion", () => {
  let v: unknown = 1;
  for (let i = 0; i < 50_000; i++) v = { c: v };
  assert.equal(depthOf(v), 50_000);
  assert.equal(depthOf("x"), 0);
  assert.equal(depthOf([[1]]), 2);
});
