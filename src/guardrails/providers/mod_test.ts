import assert from "node:assert/strict";
import { REMOTE_DETECTORS } from "./mod.ts";

Deno.test("REMOTE_DETECTORS registers every provider under its own id", () => {
  assert.deepEqual(Object.keys(REMOTE_DETECTORS).sort(), [
    "enkrypt",
    "enkrypt_adherence",
    "enkrypt_hallucination",
    "enkrypt_relevancy",
    "openai_moderation",
    "webhook",
  ]);
  for (const [id, d] of Object.entries(REMOTE_DETECTORS)) {
    assert.equal(d.id, id);
    assert.ok(d.description.length > 0);
    assert.ok(d.stages.length > 0);
    // Every provider needs configuration: parsing empty options must fail, not default silently.
    assert.equal(d.optionsSchema.safeParse({}).success, false, id);
  }
  assert.deepEqual(REMOTE_DETECTORS.enkrypt_relevancy.stages, ["output"]);
});
