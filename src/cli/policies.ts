/** The recommended policies `smg init` writes. */
import type { Policy } from "../config/schema.ts";
import { recommendedPolicies as rec } from "../guardrails/recommended.ts";

/** Recommended input/output/tool policies. */
export function recommendedPolicies(): {
  input_policy?: Partial<Policy>;
  output_policy?: Partial<Policy>;
  tool_policy?: Partial<Policy>;
} {
  return rec();
}
