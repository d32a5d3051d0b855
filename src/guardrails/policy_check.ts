/**
 * Config check for guard policies: every detector id known and valid for its policy level, the
 * action allowed for that detector, and options valid against the detector's own schema — all
 * reported at once with JSON paths.
 */
import type { ConfigIssue } from "../errors.ts";
import type { Config, Policy } from "../config/schema.ts";
import { jsonPath, zodIssues } from "../config/issues.ts";
import {
  DEFINITION_DETECTOR_SPECS,
  TEXT_DETECTOR_SPECS,
  type TextDetectorSpec,
} from "./detectors/specs.ts";
import { SizeOptionsSchema } from "./detectors/size.ts";
import { REMOTE_DETECTORS } from "./providers/mod.ts";
import type { z } from "zod";

/** The detector specs by id, as looked up from config keys. */
const TEXT_SPECS: Readonly<Record<string, TextDetectorSpec<z.ZodType>>> = TEXT_DETECTOR_SPECS;
const DEFINITION_SPECS: Readonly<Record<string, { optionsSchema: z.ZodType }>> =
  DEFINITION_DETECTOR_SPECS;

type Level = "input_policy" | "output_policy" | "tool_policy";
const STAGE = {
  input_policy: "input",
  output_policy: "output",
  tool_policy: "definition",
} as const;

/** Ids accepted at each level, for hints. */
export function knownDetectors(level: Level): string[] {
  if (level === "tool_policy") return [...Object.keys(DEFINITION_SPECS), "pinning"];
  const stage = STAGE[level];
  return [
    ...Object.entries(TEXT_SPECS).filter(([, d]) => d.stages.includes(stage)).map(([id]) => id),
    "size",
    ...Object.entries(REMOTE_DETECTORS).filter(([, d]) => d.stages.includes(stage)).map(([id]) =>
      id
    ),
  ];
}

function checkPolicy(policy: Policy, level: Level, base: PropertyKey[], out: ConfigIssue[]): void {
  const known = new Set(knownDetectors(level));
  for (const [id, setting] of Object.entries(policy.detectors)) {
    const p = [...base, "detectors", id];
    if (!known.has(id)) {
      out.push({
        path: jsonPath(p),
        message: `unknown detector "${id}" for ${level}`,
        hint: `use one of: ${[...known].join(", ")}`,
      });
      continue;
    }
    let schema: z.ZodType | undefined;
    let redactable = false;
    if (id === "size") {
      schema = SizeOptionsSchema;
      redactable = level === "output_policy";
    } else if (id === "pinning") {
      schema = undefined;
    } else if (TEXT_SPECS[id]) {
      schema = TEXT_SPECS[id].optionsSchema;
      redactable = TEXT_SPECS[id].redactable;
    } else if (DEFINITION_SPECS[id]) {
      schema = DEFINITION_SPECS[id].optionsSchema;
    } else if (REMOTE_DETECTORS[id]) {
      schema = REMOTE_DETECTORS[id].optionsSchema;
    }
    if (setting.action === "redact" && !redactable) {
      out.push({
        path: jsonPath([...p, "action"]),
        message: `"${id}" cannot redact here`,
        hint: "use block or warn",
      });
    }
    if (id === "pinning" && setting.options && Object.keys(setting.options).length) {
      out.push({ path: jsonPath([...p, "options"]), message: "pinning takes no options" });
    }
    if (schema) {
      const r = schema.safeParse(setting.options ?? {});
      if (!r.success) out.push(...zodIssues(r.error, [...p, "options"]));
    }
  }
  if (policy.async_input && level !== "input_policy") {
    out.push({
      path: jsonPath([...base, "async_input"]),
      message: "async_input only applies to input_policy",
    });
  }
}

/** The ConfigCheck for guard policies. */
export function checkPolicies(config: Config): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  const levels: Level[] = ["input_policy", "output_policy", "tool_policy"];
  for (const [setName, set] of Object.entries(config.server_sets)) {
    set.servers.forEach((s, i) => {
      for (const level of levels) {
        const pol = s[level];
        if (pol) checkPolicy(pol, level, ["server_sets", setName, "servers", i, level], out);
      }
    });
  }
  const d = config.settings.default_policies;
  for (const level of levels) {
    const pol = d?.[level];
    if (pol) checkPolicy(pol, level, ["settings", "default_policies", level], out);
  }
  return out;
}
