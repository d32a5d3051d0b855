/** The recommended policies `smg init` writes (filled in by the guardrails work). */
import type { Policy } from "../config/schema.ts";

/** Recommended input/output/tool policies. */
export function recommendedPolicies(): { input_policy?: Partial<Policy>; output_policy?: Partial<Policy>; tool_policy?: Partial<Policy> } {
  return {};
}
