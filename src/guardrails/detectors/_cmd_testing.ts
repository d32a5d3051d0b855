/**
 * Test helper for the command rule files: scan a value as a tool argument with the detector's
 * default options and ask whether the recommended policy (which blocks from "medium" up) blocks it.
 */
import { commandInjectionDetector } from "./command_injection.ts";
import type { FieldContext } from "../types.ts";

const OPTS = { strict_keys: [], mode: "auto" as const };

/** The argument `key` of a call to `tool`. */
export const argField = (key: string, tool = "run"): FieldContext => ({
  stage: "input",
  path: `$.${key}`,
  key,
  tool,
});

/** True when the recommended policy blocks `value` as argument `key` of `tool`. */
export const blocks = (key: string, value: string, tool?: string): boolean =>
  commandInjectionDetector.scan(value, argField(key, tool), OPTS).some((f) => f.severity !== "low");
