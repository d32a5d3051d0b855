/**
 * JUnit XML for `smg check --junit FILE`: one testsuite per scenario, one testcase per check.
 * Failures name the scenario and the check, so CI test reports point at the attack that got through.
 */
import type { CheckReport } from "./types.ts";

/** Escape text for XML 1.0 (characters XML cannot carry at all become U+FFFD). */
export function xmlEscape(s: string): string {
  return s
    // deno-lint-ignore no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const secs = (ms: number) => (ms / 1000).toFixed(3);

/** Render the report as JUnit XML. */
export function toJunit(report: CheckReport): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const m = report.summary;
  lines.push(
    `<testsuites name="smg check" tests="${
      m.checks + report.scenarios.filter((s) => s.error).length
    }" failures="${m.failedChecks}" errors="${
      report.scenarios.filter((s) => s.error).length
    }" time="${secs(report.ms)}">`,
  );
  for (const s of report.scenarios) {
    const failures = s.results.filter((c) => !c.passed).length;
    lines.push(
      `  <testsuite name="${xmlEscape(`smg check: ${s.name}`)}" tests="${
        s.results.length + (s.error ? 1 : 0)
      }" failures="${failures}" errors="${s.error ? 1 : 0}" time="${secs(s.ms)}" timestamp="${
        xmlEscape(report.startedAt)
      }">`,
    );
    lines.push(
      `    <properties><property name="threat" value="${
        xmlEscape(s.threat)
      }"/><property name="stopped_by" value="${
        xmlEscape(s.stoppedBy)
      }"/><property name="test" value="${xmlEscape(s.test)}"/></properties>`,
    );
    if (s.error) {
      lines.push(
        `    <testcase classname="${xmlEscape(`smg.check.${s.name}`)}" name="setup" time="0">`,
      );
      lines.push(`      <error message="${xmlEscape(`${s.name}: could not run: ${s.error}`)}"/>`);
      lines.push("    </testcase>");
    }
    for (const c of s.results) {
      const name = `${c.id}: ${c.tool ? `${c.tool} → ` : ""}${c.expected}`;
      lines.push(
        `    <testcase classname="${xmlEscape(`smg.check.${s.name}`)}" name="${
          xmlEscape(name)
        }" time="${secs(c.ms)}">`,
      );
      if (!c.passed) {
        const msg = `${s.name} / ${c.id}: expected ${c.expected}, got ${c.observed}`;
        lines.push(
          `      <failure message="${xmlEscape(msg)}" type="${xmlEscape(c.observed)}">${
            xmlEscape(`${c.detail}\n${c.why}\nstopped by: ${s.stoppedBy}`)
          }</failure>`,
        );
      }
      lines.push("    </testcase>");
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return lines.join("\n") + "\n";
}
