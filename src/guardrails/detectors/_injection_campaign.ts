/**
 * Injection rules for techniques seen in published attacks (write-ups, benchmarks, bug reports):
 * see the rule comments for the technique each one reads. Registered in `injection.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { VOCATIVE_RULES } from "./_injection_vocative.ts";
import { AGENTCFG_RULES } from "./_injection_agentcfg.ts";
import { REFUSAL_RULES } from "./_injection_refusal.ts";
import { HARVEST_RULES } from "./_injection_harvest.ts";
import { TRIGGER_RULES } from "./_injection_trigger.ts";

/** Rules for techniques from published attacks. */
export const CAMPAIGN_RULES: readonly InjectionRule[] = [
  ...VOCATIVE_RULES,
  ...AGENTCFG_RULES,
  ...REFUSAL_RULES,
  ...HARVEST_RULES,
  ...TRIGGER_RULES,
];
