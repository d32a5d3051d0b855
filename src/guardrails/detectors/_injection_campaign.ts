/**
 * Injection rules for techniques seen in published attacks (write-ups, benchmarks, bug reports):
 * see the rule comments for the technique each one reads. Registered in `injection.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";

/** Rules for techniques from published attacks. */
export const CAMPAIGN_RULES: readonly InjectionRule[] = [];
