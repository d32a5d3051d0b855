/** Table runner for the tradecraft technique rule tests (`_tradecraft_*_test.ts`): ./_kb_testing.ts. */
import { type KbCase, kbCaseRunner } from "./_kb_testing.ts";
import { tradecraftRule } from "./_tradecraft.ts";

/** One rule's table: values that must be caught (by this rule id) and look-alikes that must pass. */
export type TradecraftCase = KbCase;

/** Registers one Deno test per case. */
export const runCases = kbCaseRunner("tradecraft", tradecraftRule);
