/** Table runner for the application-security rule tests (`_appsec_*_test.ts`): ./_kb_testing.ts. */
import { type KbCase, kbCaseRunner } from "./_kb_testing.ts";
import { appsecRule } from "./_appsec.ts";

/** One rule's table: values that must be caught (by this rule id) and look-alikes that must pass. */
export type AppsecCase = KbCase;

/** Registers one Deno test per case. */
export const runCases = kbCaseRunner("appsec", appsecRule);
