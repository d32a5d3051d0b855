import assert from "node:assert/strict";
import { DEFINITION_DETECTORS, TEXT_DETECTORS } from "./mod.ts";
import { DEFINITION_DETECTOR_SPECS, TEXT_DETECTOR_SPECS } from "./specs.ts";
import { checkPolicies } from "../policy_check.ts";
import type { Config } from "../../config/schema.ts";

Deno.test("specs: every registered detector has a spec, and the detector's fields are the spec's", () => {
  assert.deepEqual(Object.keys(TEXT_DETECTOR_SPECS), Object.keys(TEXT_DETECTORS));
  for (const [id, d] of Object.entries(TEXT_DETECTORS)) {
    const s = TEXT_DETECTOR_SPECS[id as keyof typeof TEXT_DETECTOR_SPECS];
    assert.equal(d.id, id);
    assert.deepEqual(d.stages, s.stages, id);
    assert.equal(d.redactable, s.redactable, id);
    assert.equal(d.optionsSchema, s.optionsSchema, id);
  }
  assert.deepEqual(Object.keys(DEFINITION_DETECTOR_SPECS), Object.keys(DEFINITION_DETECTORS));
  for (const [id, d] of Object.entries(DEFINITION_DETECTORS)) {
    const s = DEFINITION_DETECTOR_SPECS[id as keyof typeof DEFINITION_DETECTOR_SPECS];
    assert.equal(d.optionsSchema, s.optionsSchema, id);
  }
});

Deno.test("specs: config validation reads stages, redaction and options from the specs", () => {
  const policy = (detectors: Record<string, unknown>) => ({ enabled: true, detectors });
  const config = {
    settings: {},
    server_sets: {
      s: {
        servers: [
          {
            name: "a",
            command: "x",
            input_policy: policy({
              path_traversal: { action: "block", options: { allowed_roots: "/srv" } },
              ssrf: { action: "redact" },
            }),
            output_policy: policy({
              path_traversal: { action: "block" },
              pii: { action: "redact" },
            }),
            tool_policy: policy({ tool_definition: { action: "block", options: { fuzzy: 1 } } }),
          },
        ],
      },
    },
  } as unknown as Config;
  const issues = checkPolicies(config);
  const at = (p: string) =>
    issues.filter((i) => i.path.includes(p)).map((i) => i.message).join(" | ");
  assert.match(at("input_policy.detectors.path_traversal.options"), /required|array|expected/i);
  assert.match(at("input_policy.detectors.ssrf.action"), /cannot redact/);
  assert.match(at("output_policy.detectors.path_traversal"), /unknown detector/);
  assert.equal(at("output_policy.detectors.pii"), "");
  assert.match(at("tool_policy.detectors.tool_definition.options"), /unknown key/);
});
