import assert from "node:assert/strict";
import { lowerOnce } from "./lower.ts";

Deno.test("lowerOnce() lower-cases like toLowerCase, for new and remembered texts alike", () => {
  const texts = [
    "Curl -D @- HTTPS://X",
    "ÄÖÜ İstanbul",
    "",
    "plain",
    "MiXeD",
    "Curl -D @- HTTPS://X",
  ];
  for (const t of texts) assert.equal(lowerOnce(t), t.toLowerCase());
  // More texts than it remembers: the oldest are computed again, still right.
  for (let i = 0; i < 10; i++) assert.equal(lowerOnce(`ABC${i}`), `abc${i}`);
  assert.equal(lowerOnce("Curl -D @- HTTPS://X"), "curl -d @- https://x");
});
