/** The finding a detector returns when it fails on a value: fail closed, the policy decides. */
import type { Finding } from "../types.ts";

/** A `scan_error` finding (medium, so the recommended block actions block it). */
export function scanError(detector: string): Finding {
  return {
    detector,
    kind: "scan_error",
    severity: "medium",
    reason:
      `The ${detector} detector could not check this value, so it is treated as unsafe (fail closed)`,
  };
}
