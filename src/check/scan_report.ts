/** Output of `smg scan`: findings by severity (terminal-safe), JSON and SARIF. */
import { cell } from "./report.ts";
import { levelOf, sarifLog, type SarifResult, type SarifRule } from "./sarif.ts";
import type { ScanReport } from "./scan.ts";

/** The readable report: servers, then findings grouped by severity, then the verdict. */
export function formatScan(r: ScanReport): string {
  const out: string[] = [];
  for (const s of r.servers) {
    out.push(
      s.status === "ok"
        ? `server ${
          cell(s.server, 60)
        }: ${s.tools} tool(s), ${s.prompts} prompt(s), ${s.resources} resource(s)`
        : `server ${cell(s.server, 60)}: NOT SCANNED (${cell(s.error ?? "error", 200)})`,
    );
  }
  out.push("");
  for (const sev of ["critical", "high", "medium", "low"] as const) {
    const fs = r.findings.filter((f) => f.severity === sev);
    if (!fs.length) continue;
    out.push(`${sev.toUpperCase()} (${fs.length})`);
    for (const f of fs) {
      const where = `${cell(f.server, 40)} ${f.item} ${JSON.stringify(cell(f.name, 60))}${
        f.path ? ` at ${cell(f.path, 80)}` : ""
      }`;
      out.push(`  ${where}: ${f.detector}/${f.kind} — ${cell(f.reason, 240)}`);
    }
    out.push("");
  }
  const c = r.counts;
  const total = r.findings.length;
  out.push(
    total
      ? `smg scan: ${total} finding(s): ${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low${
        r.failed ? " — FAILED" : ""
      }`
      : `smg scan: no findings in ${r.servers.length} server(s)`,
  );
  return out.join("\n");
}

/** The JSON report. */
export function scanToJson(r: ScanReport): Record<string, unknown> {
  return {
    ok: !r.failed,
    counts: r.counts,
    servers: r.servers,
    findings: r.findings.map((f) => ({ ...f })),
  };
}

/** SARIF: a rule per detector/kind, a result per finding attached to `uri` (the config file, if any). */
export function scanToSarif(r: ScanReport, uri: string): Record<string, unknown> {
  const rules = new Map<string, SarifRule>();
  const results: SarifResult[] = [];
  for (const f of r.findings) {
    const id = `smg-scan/${f.detector}/${f.kind}`;
    const prev = rules.get(id);
    const rank = ["low", "medium", "high", "critical"];
    if (!prev || rank.indexOf(f.severity) > rank.indexOf(prev.severity)) {
      rules.set(id, {
        id,
        name: `${f.detector}/${f.kind}`,
        short: `MCP ${f.item} definition: ${f.detector} (${f.kind})`,
        full: f.reason,
        help:
          `Found by smg scan with the ${f.detector} detector. Review the server before adding it to a gateway, or keep the item blocked.`,
        severity: f.severity,
      });
    }
    results.push({
      ruleId: id,
      level: levelOf(f.severity),
      message: `Server "${cell(f.server, 60)}", ${f.item} ${JSON.stringify(cell(f.name, 120))}${
        f.path ? ` at ${f.path}` : ""
      }: ${f.reason}`,
      uri,
      logical: `${f.server}/${f.item}/${f.name}${f.path ? `/${f.path}` : ""}`,
    });
  }
  return sarifLog(
    "smg scan",
    "https://github.com/OWNER/smg#smg-scan",
    [...rules.values()],
    results,
  );
}
