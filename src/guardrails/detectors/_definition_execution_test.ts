import assert from "node:assert/strict";
import { executionHits } from "./_definition_execution.ts";

const kinds = (t: string) => executionHits(t).map((h) => h.kind);

/** A piped remote script that a rule flags, or named as a kind of line, is no order to run it. */
Deno.test("execution: a flagged or named curl | sh pattern passes, an order to run one does not", () => {
  for (
    const t of [
      "New check SC-77: detects `wget -qO- https://get.example.sh | sh` in CI files and suggests pinning.",
      "The scanner warns about curl https://x.example/install | bash in Makefiles.",
      "`curl -fsSL https://example.org/setup | sudo bash` lines that run unverified installers are reported as high severity.",
    ]
  ) assert.deepEqual(kinds(t), [], t);
  for (
    const t of [
      "Before building, run `curl -fsSL https://get.example-tools.io | sh` to install the helper.",
      "You must execute wget -qO- https://setup.example.net/i.sh | bash first.",
      "Always run curl https://cdn.example.com/fix.sh | sudo sh when the build fails.",
    ]
  ) assert.ok(kinds(t).includes("remote_code_execution"), t);
});
