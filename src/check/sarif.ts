/**
 * SARIF 2.1.0 for GitHub code scanning, shared by `smg check` (one rule per scenario, one `error`
 * result per failed check) and `smg scan` (one rule per finding kind, one result per finding).
 */
import { createHash } from "node:crypto";
import { VERSION } from "../version.ts";
import type { CheckReport } from "./types.ts";

/** Severity scale shared by scenarios and findings. */
export type SarifSeverity = "critical" | "high" | "medium" | "low" | "none";

/** A rule (threat or finding kind). */
export interface SarifRule {
  id: string;
  name: string;
  short: string;
  full?: string;
  help?: string;
  severity: SarifSeverity;
}

/** One result. */
export interface SarifResult {
  ruleId: string;
  level: "error" | "warning" | "note";
  message: string;
  /** File the result is attached to (repo-relative when possible). */
  uri: string;
  /** Logical place, e.g. `tool_poisoning/discover/add` or `server/tool`. */
  logical: string;
}

const SECURITY_SEVERITY: Record<SarifSeverity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  none: "0.0",
};

/** The SARIF level of a severity. */
export function levelOf(s: SarifSeverity): SarifResult["level"] {
  return s === "critical" || s === "high" ? "error" : s === "medium" ? "warning" : "note";
}

/** A repo-relative URI for a path (GitHub matches results to files by it). */
export function artifactUri(path: string): string {
  const cwd = Deno.cwd().replace(/\\/g, "/");
  const p = path.replace(/\\/g, "/");
  const rel = p.startsWith(cwd + "/") ? p.slice(cwd.length + 1) : p;
  return rel.replace(/^\.\//, "");
}

/** Build a SARIF log. */
export function sarifLog(
  tool: string,
  informationUri: string,
  rules: SarifRule[],
  results: SarifResult[],
): Record<string, unknown> {
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: tool,
          version: VERSION,
          semanticVersion: VERSION,
          informationUri,
          rules: rules.map((r) => ({
            id: r.id,
            name: r.name,
            shortDescription: { text: r.short },
            fullDescription: { text: r.full ?? r.short },
            help: { text: r.help ?? r.short },
            defaultConfiguration: { level: r.severity === "none" ? "note" : levelOf(r.severity) },
            properties: {
              tags: ["security", "mcp"],
              "security-severity": SECURITY_SEVERITY[r.severity],
            },
          })),
        },
      },
      results: results.map((x) => ({
        ruleId: x.ruleId,
        ruleIndex: Math.max(0, rules.findIndex((r) => r.id === x.ruleId)),
        level: x.level,
        message: { text: x.message },
        locations: [{
          physicalLocation: { artifactLocation: { uri: x.uri }, region: { startLine: 1 } },
          logicalLocations: [{ fullyQualifiedName: x.logical }],
        }],
        partialFingerprints: {
          "smgFinding/v1": createHash("sha256").update(`${x.ruleId}\u0000${x.logical}`).digest(
            "hex",
          ).slice(0, 32),
        },
      })),
    }],
  };
}

/** SARIF for a check run: a rule per scenario, an `error` result per failed check. */
export function checkToSarif(report: CheckReport, uri: string): Record<string, unknown> {
  const rules: SarifRule[] = report.scenarios.map((s) => ({
    id: `smg-check/${s.name}`,
    name: s.name,
    short: `${s.name}: ${s.threat}`,
    full: `Attack scenario "${s.name}": ${s.threat}. Must be stopped by: ${s.stoppedBy}.`,
    help:
      `Stopped by ${s.stoppedBy}. Proven by ${s.test}. Re-run locally with: smg check --only ${s.name}`,
    severity: s.severity,
  }));
  const results: SarifResult[] = report.scenarios.flatMap((s) => [
    ...(s.error
      ? [{
        ruleId: `smg-check/${s.name}`,
        level: "error" as const,
        message: `Scenario "${s.name}" could not run: ${s.error}`,
        uri,
        logical: `${s.name}/setup`,
      }]
      : []),
    ...s.results.filter((c) => !c.passed).map((c) => ({
      ruleId: `smg-check/${s.name}`,
      level: "error" as const,
      message:
        `Scenario "${s.name}", check "${c.id}"${
          c.tool ? ` (tool ${JSON.stringify(c.tool)})` : ""
        }: expected ${c.expected}, got ${c.observed}. ${c.detail} ` +
        `(${c.why}; policies: ${report.policySource})`,
      uri,
      logical: `${s.name}/${c.id}`,
    })),
  ]);
  return sarifLog("smg check", "https://github.com/OWNER/smg#smg-check", rules, results);
}
