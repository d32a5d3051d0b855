import { strictEqual } from "node:assert/strict";
import { ssrfDetector, SsrfOptionsSchema } from "./ssrf.ts";

const OPTS = SsrfOptionsSchema.parse({});
const blocks = (value: string, key = "url"): boolean =>
  ssrfDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool: "fetch" }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

Deno.test("ssrf blocks an IP host spelled in circled or enclosed digits", () => {
  const cases = [
    "http://①②⑦.⓪.⓪.①:6379/",
    "https://❶❻❾.❷❺❹.❶❻❾.❷❺❹/latest/meta-data/",
    "http://⑩.⓪.⓪.➎:8500/v1/kv/?recurse",
    "http://user@⓵⓽⓶.⓵⓺⓼.⓵.⓵/admin",
    "http://⑴⑵⑺.⓪.⓪.⑴/",
  ];
  for (const url of cases) strictEqual(blocks(url), true, url);
  strictEqual(blocks("①②⑦.⓪.⓪.①", "host"), true);
});

Deno.test("ssrf passes enclosed digits outside a host", () => {
  const cases: Array<[string, string]> = [
    ["https://example.com/steps/①-install", "url"],
    ["① open https://docs.example.com ② run the build", "text"],
    ["⑤", "rating"],
    ["https://①.example.com/", "url"],
    ["version ②.⓪ notes", "title"],
  ];
  for (const [value, key] of cases) strictEqual(blocks(value, key), false, value);
});
