/**
 * Human and machine output of `smg check`: a terminal table (every check, failures spelled out),
 * a progress line per scenario, and JSON. Upstream text is hostile, so every cell is sanitized.
 */
import { sanitizeForTerminal } from "../log/logger.ts";
import type { CheckReport, ScenarioResult } from "./types.ts";

/** One line of terminal-safe text (controls replaced, whitespace collapsed, length capped). */
export function cell(s: string, max = 200): string {
  const one = sanitizeForTerminal(s).replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The progress line printed when a scenario finishes. */
export function progressLine(r: ScenarioResult, done: number, total: number): string {
  const failed = r.results.filter((c) => !c.passed).length;
  const status = r.passed ? "pass" : "FAIL";
  const what = r.error
    ? `could not run: ${r.error}`
    : `${r.results.length - failed}/${r.results.length} checks passed`;
  return cell(
    `[${String(done).padStart(String(total).length)}/${total}] ${status} ${r.name} — ${what} (${
      (r.ms / 1000).toFixed(1)
    }s)`,
    400,
  );
}

function table(rows: string[][]): string {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) =>
    r.map((v, i) => (i === r.length - 1 ? v : v.padEnd(w[i]))).join("  ").trimEnd()
  ).join("\n");
}

/** The readable report: one row per check, then the failures in full, then the verdict. */
export function formatTable(report: CheckReport): string {
  const rows: string[][] = [["SCENARIO", "CHECK", "EXPECTED", "OBSERVED", "RESULT", "DETAIL"]];
  for (const s of report.scenarios) {
    if (s.error) rows.push([cell(s.name, 24), "(setup)", "", "", "FAIL", cell(s.error, 80)]);
    for (const c of s.results) {
      rows.push([
        cell(s.name, 24),
        cell(c.id, 40),
        cell(c.expected, 36),
        cell(c.observed, 26),
        c.passed ? "pass" : "FAIL",
        cell(c.detail, 70),
      ]);
    }
  }
  const out = [table(rows), ""];
  const failures = report.scenarios.flatMap((s) => [
    ...(s.error ? [`- ${s.name}: could not run: ${cell(s.error, 400)}`] : []),
    ...s.results.filter((c) => !c.passed).map((c) =>
      `- ${cell(s.name)} / ${cell(c.id)}${c.tool ? ` (tool ${cell(c.tool, 60)})` : ""}: ${
        cell(c.detail, 400)
      }\n    expected: ${cell(c.why, 300)} [stopped by ${cell(s.stoppedBy, 200)}]`
    ),
  ]);
  if (failures.length) out.push("Failures:", ...failures, "");
  const m = report.summary;
  out.push(
    report.ok
      ? `smg check: all ${m.scenarios} scenarios passed (${m.checks} checks, ${report.policySource}) in ${
        (report.ms / 1000).toFixed(1)
      }s`
      : `smg check: ${m.failedScenarios} of ${m.scenarios} scenarios FAILED (${m.failedChecks} of ${m.checks} checks, ${report.policySource}) in ${
        (report.ms / 1000).toFixed(1)
      }s`,
  );
  return out.join("\n");
}

/** The JSON report (stable field names, snake_case like the rest of smg's JSON). */
export function toJson(report: CheckReport): Record<string, unknown> {
  return {
    ok: report.ok,
    policy_source: report.policySource,
    started_at: report.startedAt,
    duration_ms: report.ms,
    summary: {
      scenarios: report.summary.scenarios,
      failed_scenarios: report.summary.failedScenarios,
      checks: report.summary.checks,
      failed_checks: report.summary.failedChecks,
    },
    scenarios: report.scenarios.map((s) => ({
      name: s.name,
      threat: s.threat,
      stopped_by: s.stoppedBy,
      severity: s.severity,
      test: s.test,
      passed: s.passed,
      duration_ms: s.ms,
      ...(s.error ? { error: s.error } : {}),
      checks: s.results.map((c) => ({
        id: c.id,
        kind: c.kind,
        tool: c.tool,
        expected: c.expected,
        observed: c.observed,
        passed: c.passed,
        detail: c.detail,
        why: c.why,
        duration_ms: c.ms,
      })),
    })),
  };
}
