/** Shared setup of the injection detector's table-driven tests. */
import { injectionDetector, InjectionOptionsSchema } from "./injection.ts";
import type { FieldContext } from "../types.ts";

/** A tool result's text item (the stage most injection rules weigh most). */
export const OUT: FieldContext = { stage: "output", path: "$.content[0].text" };
/** The detector's default options. */
export const DEFAULTS = InjectionOptionsSchema.parse({});

/** True when the injection detector blocks `text` (severity high or critical) at `field`. */
export function blocks(text: string, field: FieldContext = OUT): boolean {
  return injectionDetector.scan(text, field, DEFAULTS).some((f) =>
    f.severity === "high" || f.severity === "critical"
  );
}
