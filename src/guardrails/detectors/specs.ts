/**
 * What config validation needs of each local text detector — the stages it runs at, whether it can
 * redact, its options — apart from the detectors themselves, so `../policy_check.ts` (run by every
 * CLI command) does not load the rule sets. Each detector takes these fields from here
 * (`...TEXT_DETECTOR_SPECS.<id>`), so there is one source.
 */
import type { z } from "zod";
import type { Stage } from "../types.ts";
import {
  CodeInjectionOptionsSchema,
  CommandInjectionOptionsSchema,
  InjectionOptionsSchema,
  KeywordsOptionsSchema,
  PathTraversalOptionsSchema,
  PiiOptionsSchema,
  SecretsOptionsSchema,
  SsrfOptionsSchema,
  ToolDefinitionOptionsSchema,
  UnicodeOptionsSchema,
} from "./options.ts";

/** One text detector's stages, redaction ability and options. */
export interface TextDetectorSpec<S extends z.ZodType> {
  readonly stages: readonly Stage[];
  readonly redactable: boolean;
  readonly optionsSchema: S;
}

const spec = <S extends z.ZodType>(
  stages: readonly Stage[],
  redactable: boolean,
  optionsSchema: S,
): TextDetectorSpec<S> =>
  Object.freeze({ stages: Object.freeze([...stages]), redactable, optionsSchema });

const ALL: readonly Stage[] = ["input", "output", "definition"];

/** Text detectors by policy id (the same ids and order as `TEXT_DETECTORS` in `mod.ts`). */
export const TEXT_DETECTOR_SPECS = Object.freeze({
  injection: spec(ALL, false, InjectionOptionsSchema),
  unicode: spec(ALL, true, UnicodeOptionsSchema),
  command_injection: spec(["input", "output"], false, CommandInjectionOptionsSchema),
  code_injection: spec(["input"], false, CodeInjectionOptionsSchema),
  path_traversal: spec(["input"], false, PathTraversalOptionsSchema),
  ssrf: spec(["input", "output"], false, SsrfOptionsSchema),
  secrets: spec(ALL, true, SecretsOptionsSchema),
  pii: spec(["input", "output"], true, PiiOptionsSchema),
  keywords: spec(ALL, true, KeywordsOptionsSchema),
});

/** Definition detectors by policy id (as `DEFINITION_DETECTORS` in `mod.ts`): their options. */
export const DEFINITION_DETECTOR_SPECS = Object.freeze({
  tool_definition: Object.freeze({ optionsSchema: ToolDefinitionOptionsSchema }),
});
