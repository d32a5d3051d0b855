/** Table runner for the argument-injection rule tests (`_arginj_*_test.ts`): ./_kb_testing.ts. */
import { type KbCase, kbCaseRunner } from "./_kb_testing.ts";
import { argInjectionRule } from "./_arginj.ts";

/** One rule's table: option strings that must be caught (by this rule id) and look-alikes that pass. */
export type ArgCase = KbCase;

/** Registers one Deno test per case (values judged as option lists, the strictest class). */
export const runCases = kbCaseRunner("arginj", (text) => argInjectionRule(text));
