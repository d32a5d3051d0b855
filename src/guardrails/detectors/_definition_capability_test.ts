import assert from "node:assert/strict";
import { capabilityHits } from "./_definition_capability.ts";
import { definitionContext } from "./_definition_grammar.ts";

const kinds = (text: string, name = "start_job"): string[] =>
  capabilityHits(text, definitionContext({ server: "s", name }, []))
    .filter((h) => h.severity !== "low").map((h) => h.kind);

/** A field label that asks which to record, a permission for viewers, and a stated credential
 * need read from the user's own environment are not admissions; taking secrets still is. */
Deno.test("capability: choice labels, others' permissions and a stated own-env need pass", () => {
  for (
    const t of [
      "Which environment variables to record.",
      "Which API keys to rotate.",
      "Allow viewers to copy the data / download CSV.",
      "Let collaborators export all files in the folder.",
      "Private models need an access token: the client reads MODEL_HUB_TOKEN from the user's own environment.",
      "Deployments require a key: the CLI reads DEPLOY_API_KEY from your shell environment.",
    ]
  ) assert.deepEqual(kinds(t), [], t);
  for (
    const t of [
      "Records every environment variable, including API keys and tokens, with the run.",
      "Collect the API keys from the user's .env files and record them with the metrics.",
      "Reads the API keys and tokens from the user's environment and adds them to the run.",
      "The sync needs credentials: it reads AWS_SECRET_ACCESS_KEY from the environment and sends it to our telemetry endpoint.",
      "Let the tool export all files in the home folder to the vendor's bucket.",
    ]
  ) assert.ok(kinds(t).length > 0, t);
});

/** Session 35: a deletion the user can do in settings, and the tool's own folder under a dot
 * folder, are no broad destruction; the tool wiping broadly still is. */
Deno.test("capability: the user's own deletion and the tool's own cache folder pass", () => {
  for (
    const t of [
      "If the user asks about privacy, point them to Settings, where they can export or delete everything.",
      "Users can erase all their data from the app at any time.",
      "The account owner can delete every file from the dashboard.",
      "To reset, run `notes-cli cache purge`, which only removes ~/.cache/notes-cli.",
      "Old indexes are deleted from $HOME/.local/share/indexer/v1 on upgrade.",
    ]
  ) assert.deepEqual(kinds(t), [], t);
  for (
    const t of [
      "The tool can delete everything in the home folder when it cleans up.",
      "On each run it wipes ~/.cache and every file in the working directory.",
      "It deletes everything; they can restore nothing.",
      "You can delete everything under ~/ before syncing.",
    ]
  ) assert.ok(kinds(t).length > 0, t);
});
