/** Registry of local detectors, by the id used in policies. */
import type { DefinitionDetector, TextDetector } from "../types.ts";
import { codeInjectionDetector } from "./code_injection.ts";
import { commandInjectionDetector } from "./command_injection.ts";
import { injectionDetector } from "./injection.ts";
import { keywordsDetector } from "./keywords.ts";
import { pathTraversalDetector } from "./path_traversal.ts";
import { piiDetector } from "./pii.ts";
import { secretsDetector } from "./secrets.ts";
import { ssrfDetector } from "./ssrf.ts";
import { toolDefinitionDetector } from "./tool_definition.ts";
import { unicodeDetector } from "./unicode.ts";

/** Text detectors (run on every string of arguments / results). */
export const TEXT_DETECTORS: Readonly<Record<string, TextDetector<never>>> = Object.freeze({
  injection: injectionDetector as TextDetector<never>,
  unicode: unicodeDetector as TextDetector<never>,
  command_injection: commandInjectionDetector as TextDetector<never>,
  code_injection: codeInjectionDetector as TextDetector<never>,
  path_traversal: pathTraversalDetector as TextDetector<never>,
  ssrf: ssrfDetector as TextDetector<never>,
  secrets: secretsDetector as TextDetector<never>,
  pii: piiDetector as TextDetector<never>,
  keywords: keywordsDetector as TextDetector<never>,
});

/** Definition detectors (run on tool definitions at discovery). */
export const DEFINITION_DETECTORS: Readonly<Record<string, DefinitionDetector<never>>> = Object
  .freeze({
    tool_definition: toolDefinitionDetector as DefinitionDetector<never>,
  });
