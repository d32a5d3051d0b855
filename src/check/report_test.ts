import assert from "node:assert/strict";
import { toJunit, xmlEscape } from "./junit.ts";
import { formatTable, toJson } from "./report.ts";
import { checkToSarif } from "./sarif.ts";
import type { CheckReport, CheckResult } from "./types.ts";

const check = (id: string, passed: boolean, detail = ""): CheckResult => ({
  id,
  kind: "call",
  tool: "t\u001b[31m",
  expected: "blocked_input",
  observed: passed ? "blocked_input" : "allowed",
  passed,
  detail,
  why: "why",
  ms: 5,
});

function report(): CheckReport {
  return {
    ok: false,
    policySource: "recommended policies",
    startedAt: "2025-01-01T00:00:00.000Z",
    ms: 1200,
    summary: { scenarios: 2, failedScenarios: 1, checks: 3, failedChecks: 1 },
    scenarios: [
      {
        name: "echo",
        threat: "none",
        stoppedBy: "nothing",
        severity: "none",
        test: "t.ts",
        passed: true,
        ms: 10,
        results: [check("a", true)],
      },
      {
        name: "ssrf",
        threat: "SSRF",
        stoppedBy: "ssrf",
        severity: "critical",
        test: "t.ts",
        passed: false,
        ms: 20,
        results: [
          check("metadata", false, "expected blocked_input, got allowed <&> \u0000\u202e"),
          check("ok", true),
        ],
      },
    ],
  };
}

Deno.test("toJunit() has one testcase per check and failures naming scenario and check, as valid XML text", () => {
  const xml = toJunit(report());
  assert.equal((xml.match(/<testcase /g) ?? []).length, 3);
  assert.match(xml, /<testsuite name="smg check: ssrf" tests="2" failures="1"/);
  assert.match(xml, /<failure message="ssrf \/ metadata: expected blocked_input, got allowed"/);
  assert.ok(xml.includes("&lt;&amp;&gt;"));
  // deno-lint-ignore no-control-regex
  assert.ok(!/[\u0000\u001b]/.test(xml), "characters XML cannot carry are replaced");
  assert.equal(xmlEscape(`a"'b`), "a&quot;&apos;b");
});

Deno.test("checkToSarif() is SARIF 2.1.0 with a rule per scenario and an error per failed check", () => {
  const log = checkToSarif(report(), "smg.json") as {
    version: string;
    runs: {
      tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } };
      results: Record<string, unknown>[];
    }[];
  };
  assert.equal(log.version, "2.1.0");
  const run = log.runs[0];
  assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ["smg-check/echo", "smg-check/ssrf"]);
  assert.equal(run.tool.driver.rules[1].properties["security-severity"], "9.5");
  assert.equal(run.results.length, 1);
  const r = run.results[0] as {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
  };
  assert.equal(r.ruleId, "smg-check/ssrf");
  assert.equal(r.ruleIndex, 1);
  assert.equal(r.level, "error");
  assert.match(r.message.text, /Scenario "ssrf", check "metadata"/);
});

Deno.test("formatTable() prints every check, the failures and the verdict, terminal-safe", () => {
  const text = formatTable(report());
  assert.match(text, /^SCENARIO\s+CHECK\s+EXPECTED/);
  assert.match(text, /Failures:\n- ssrf \/ metadata/);
  assert.match(text, /1 of 2 scenarios FAILED/);
  // deno-lint-ignore no-control-regex
  assert.ok(!/[\u0000\u001b\u202e]/.test(text));
  const json = toJson(report()) as { ok: boolean; scenarios: { checks: unknown[] }[] };
  assert.equal(json.ok, false);
  assert.equal(json.scenarios[1].checks.length, 2);
});
