/**
 * Injection rules for techniques seen in published attacks (write-ups, benchmarks, bug reports):
 * see the rule comments for the technique each one reads. Registered in `injection.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { PRECEDENCE_RULES } from "./_injection_precedence.ts";
import { PRINCIPAL_RULES } from "./_injection_principal.ts";
import { CANARY_RULES } from "./_injection_canary.ts";
import { ERRAND_RULES } from "./_injection_errand.ts";
import { LURE_RULES } from "./_injection_lure.ts";
import { CONDITIONED_RULES } from "./_injection_conditioned.ts";
import { INTL_PUBLISHED_RULES } from "./_injection_intl_published.ts";

/** Rules for techniques from published attacks. */
export const PUBLISHED_RULES: readonly InjectionRule[] = [
  ...PRECEDENCE_RULES,
  ...PRINCIPAL_RULES,
  ...CANARY_RULES,
  ...ERRAND_RULES,
  ...LURE_RULES,
  ...CONDITIONED_RULES,
  ...INTL_PUBLISHED_RULES,
];
