/**
 * The recommended policy set `smg init` writes: safe to turn on for any server (see README,
 * "Default policies", for each choice and why).
 */
import type { Policy } from "../config/schema.ts";

type PolicyIn = {
  enabled: boolean;
  detectors: Policy["detectors"];
  on_error: "block" | "allow";
  async_input: boolean;
};

const d = (
  action: "block" | "redact" | "warn",
  options?: Record<string, unknown>,
  min: "low" | "medium" | "high" = "medium",
) => ({
  action,
  min_severity: min,
  ...(options ? { options } : {}),
});

/** Recommended input policy. */
export function recommendedInput(): PolicyIn {
  return {
    enabled: true,
    on_error: "block",
    async_input: false,
    detectors: {
      size: d("block"),
      injection: d("block"),
      unicode: d("block"),
      command_injection: d("block"),
      code_injection: d("block"),
      path_traversal: d("block"),
      ssrf: d("block"),
      secrets: d("block"),
      // Addresses are often the point of a call (email, CRM): record, don't rewrite, by default.
      pii: d("warn"),
    },
  };
}

/** Recommended output policy. */
export function recommendedOutput(): PolicyIn {
  return {
    enabled: true,
    on_error: "block",
    async_input: false,
    detectors: {
      size: d("redact"),
      injection: d("block"),
      unicode: d("redact"),
      secrets: d("redact"),
      pii: d("redact"),
    },
  };
}

/** Recommended tool-definition policy. */
export function recommendedTool(): PolicyIn {
  return {
    enabled: true,
    on_error: "block",
    async_input: false,
    detectors: {
      tool_definition: d("block"),
      pinning: d("block"),
    },
  };
}

/** All three, as written into a server entry. */
export function recommendedPolicies(): {
  input_policy: PolicyIn;
  output_policy: PolicyIn;
  tool_policy: PolicyIn;
} {
  return {
    input_policy: recommendedInput(),
    output_policy: recommendedOutput(),
    tool_policy: recommendedTool(),
  };
}
