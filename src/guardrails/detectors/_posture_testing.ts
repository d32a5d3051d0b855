/** Table runner for the posture rule tests (`_posture_*_test.ts`): ./_kb_testing.ts. */
import { type KbCase, kbCaseRunner } from "./_kb_testing.ts";
import { postureRule } from "./_posture.ts";

/** One rule's table: values that must be caught (by this rule id) and look-alikes that must pass. */
export type PostureCase = KbCase;

/** Registers one Deno test per case. */
export const runCases = kbCaseRunner("posture", postureRule);
