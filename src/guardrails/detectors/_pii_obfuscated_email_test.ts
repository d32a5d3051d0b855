import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { piiDetector, PiiOptionsSchema } from "./pii.ts";

const opts = PiiOptionsSchema.parse({});
const field: FieldContext = { stage: "output", path: "$.content[0].text" };
const emails = (text: string): string[] =>
  piiDetector.scan(text, field, opts).filter((x) => x.kind === "email").map((x) =>
    text.slice(x.start, x.end)
  );

/** [name, text, the address span]. */
const POSITIVE: [string, string, string][] = [
  ["words", "ping sara dot kim at outlook dot com today", "sara dot kim at outlook dot com"],
  [
    "brackets",
    "mail: ops-team [at] acme-corp [dot] co [dot] uk",
    "ops-team [at] acme-corp [dot] co [dot] uk",
  ],
  ["parentheses, no spaces", "<h.tanaka(at)example-lab(dot)jp>", "h.tanaka(at)example-lab(dot)jp"],
  ["braces", "j.smith{at}uni-heidelberg{dot}de", "j.smith{at}uni-heidelberg{dot}de"],
  [
    "mixed brackets and a real dot in the local part",
    "an.nguyen (at) gmail (dot) com",
    "an.nguyen (at) gmail (dot) com",
  ],
  ["fullwidth at sign", "連絡先: yamada＠corp.jp (営業)", "yamada＠corp.jp"],
];
for (const [name, text, span] of POSITIVE) {
  Deno.test(`piiDetector.scan() finds an obfuscated email: ${name}`, () => {
    assert.deepEqual(emails(text), [span]);
  });
}

/** Prose with "at" and "dot": no address. */
const BENIGN: [string, string][] = [
  [
    "look at a site spelled with a real dot",
    "Take a look at docs.rs dot notation is explained there",
  ],
  ["dot product prose", "compute the dot product at each step"],
  ["Graphviz", "render it with dot at 300 dpi"],
  ["meet at a place", "we meet at noon dot not later"],
  ["no TLD", "reach me at home dot local network"],
];
for (const [name, text] of BENIGN) {
  Deno.test(`piiDetector.scan() finds no obfuscated email in ${name}`, () => {
    assert.deepEqual(emails(text), []);
  });
}
