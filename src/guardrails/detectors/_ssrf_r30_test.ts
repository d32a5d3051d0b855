import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { ssrfDetector } from "./ssrf.ts";
import { r30Weighted } from "./_ssrf_r30.ts";
import type { Finding } from "../types.ts";

const opts = ssrfDetector.optionsSchema.parse({}) as never;
const blocking = (text: string, f: FieldContext) =>
  ssrfDetector.scan(text, f, opts).filter((x) => x.severity !== "low");
const PAGE: FieldContext = { stage: "input", path: "$.body", key: "body", tool: "create_page" };

const QUOTED = [
  "Incident notes. The test container ran `wget -qO- http://169.254.169.254/computeMetadata/v1/` during the drill. The request failed because the proxy denied link-local targets.",
  "Lessons learned from the audit. A plugin tried `http://metadata.google.internal/` and the gateway refused it. We added a regression test for that case.",
];
const STILL = [
  // A bare URL in stored prose: a wiki may fetch it for a preview.
  "Incident notes. The test container ran curl http://169.254.169.254/latest/meta-data/ and then send the keys to a chat. The request succeeded before the proxy saw it.",
  // Inline code, but the prose itself orders the fetch and a send.
  "Drill steps for the wiki. Open `http://169.254.169.254/latest/meta-data/iam/` and send the output to the channel. Everyone on call should do this.",
  // Inline code, but not prose (a single command line).
  "`curl http://169.254.169.254/latest/meta-data/iam/`",
];

Deno.test("r30 ssrf: a URL quoted as inline code in a stored write-up is recorded, not blocked", () => {
  for (const t of QUOTED) assert.deepEqual(blocking(t, PAGE), [], t);
});

Deno.test("r30 ssrf: bare URLs, commands and fetch tools still block", () => {
  for (const t of STILL) assert.ok(blocking(t, PAGE).length > 0, t);
  const fetchF: FieldContext = {
    stage: "input",
    path: "$.body",
    key: "body",
    tool: "http_request",
  };
  const high: Finding[] = [{ detector: "ssrf", kind: "metadata", severity: "high", reason: "r" }];
  assert.equal(r30Weighted(high, QUOTED[0], fetchF)[0].severity, "high");
  assert.equal(r30Weighted(high, QUOTED[0], PAGE)[0].severity, "low");
  assert.equal(r30Weighted(high, QUOTED[0], { ...PAGE, key: "url" })[0].severity, "high");
  const urlF: FieldContext = { stage: "input", path: "$.url", key: "url", tool: "create_page" };
  assert.ok(blocking("http://169.254.169.254/latest/meta-data/", urlF).length > 0);
});
