/** What to tell the client and the event log when a scan job fails (never the scanned value). */
import { ScanTimeoutError } from "./pool.ts";
import type { ScanGroup } from "./scan_job.ts";

/** A failed scan job, described for a verdict: detector, kind, JSON path and an actionable reason. */
export interface ScanFailure {
  /** The detector that was running (a timeout) or every detector of the job. */
  detector: string;
  kind: "scan_timeout" | "scan_failed";
  path?: string;
  reason: string;
}

/** Describe `error` (from {@link ScanPool.run}) for the job `group` of `stage`. */
export function describeScanFailure(
  error: unknown,
  job: { stage: "input" | "output"; group: ScanGroup; timeoutMs: number },
): ScanFailure {
  const ids = job.group.policy.specs.map((s) => s.id);
  if (error instanceof ScanTimeoutError) {
    // Index -1: the worker was still parsing the detectors' options (nothing to single out).
    const spec = job.group.policy.specs[error.at.detector];
    const path = job.group.items[error.at.item]?.field.path;
    const detector = spec?.id ?? ids.join(",");
    const userRegex = detector === "keywords" &&
      ((spec?.options as { patterns?: unknown[] } | undefined)?.patterns?.length ?? 0) > 0;
    const hint = userRegex
      ? `this policy's keywords detector has user regex patterns: simplify them (no alternatives or repeats that can match the same text in several ways, like (a|a)+ or (\\w|\\d)+), or raise settings.guards.timeout_ms`
      : `if the value is legitimately huge raise settings.guards.timeout_ms; otherwise report it (a detector should never take this long)`;
    return {
      detector,
      kind: "scan_timeout",
      path,
      reason:
        `the ${job.stage} scan did not finish in time: ${
          spec ? `detector "${detector}"` : `preparing detectors ${ids.join(", ")}`
        } took longer ` +
        `than settings.guards.timeout_ms=${job.timeoutMs} on the value${
          path ? ` at ${path}` : ""
        } (detectors in this scan: ${ids.join(", ")}), so the value is treated as unsafe; ${hint}`,
    };
  }
  return {
    detector: ids.join(","),
    kind: "scan_failed",
    reason: `the ${job.stage} scan could not run (${
      (error as Error)?.message ?? String(error)
    }), so the value is treated as unsafe (detectors: ${ids.join(", ")})`,
  };
}
