import { strictEqual } from "node:assert/strict";
import { ssrfDetector, SsrfOptionsSchema } from "./ssrf.ts";

const OPTS = SsrfOptionsSchema.parse({});
const blocks = (value: string, tool: string, key = "url"): boolean =>
  ssrfDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

Deno.test("ssrf passes a browser opening a front-end dev-server page", () => {
  const cases: Array<[string, string]> = [
    ["http://localhost:4200/dashboard", "navigate"],
    ["http://127.0.0.1:6006/", "browser_navigate"],
    ["http://localhost:4173/settings/profile#top", "goto"],
    ["http://localhost:5173", "playwright_navigate"],
  ];
  for (const [v, t] of cases) strictEqual(blocks(v, t), false, v);
});

Deno.test("ssrf still blocks other loopback targets and dev-server file routes", () => {
  const cases: Array<[string, string]> = [
    ["http://localhost:5173/@fs/etc/passwd?raw??", "navigate"],
    ["http://localhost:5173/../../etc/hosts", "navigate"],
    ["http://localhost:5173/src/main.ts?import&raw", "navigate"],
    ["http://localhost:8080/admin", "navigate"],
    ["http://localhost:4200/x", "http_get"],
    ["http://admin:pw@localhost:4200/", "navigate"],
  ];
  for (const [v, t] of cases) strictEqual(blocks(v, t), true, v);
});
