import assert from "node:assert/strict";
import type { FieldContext, Finding } from "../types.ts";
import { r31Weighted } from "./_ssrf_r31.ts";

const HIT: Finding[] = [{ detector: "ssrf", kind: "loopback", severity: "high", reason: "x" }];
const field = (tool: string, key = "url"): FieldContext => ({
  stage: "input",
  path: `$.${key}`,
  key,
  tool,
});
const low = (url: string, tool = "browser_navigate", key = "url") =>
  r31Weighted(HIT, url, field(tool, key))[0].severity === "low";

Deno.test("r31 ssrf: a dev-server page with a plain query is recorded, not blocked", () => {
  for (
    const u of [
      "http://localhost:4200/orders?page=2&sort=desc",
      "http://127.0.0.1:6006/iframe?id=button--primary&viewMode=story",
      "http://localhost:5174/?theme=dark",
      "http://[::1]:4173/search?q=shoes#results",
    ]
  ) assert.equal(low(u), true, u);
});

Deno.test("r31 ssrf: file-serving queries, other ports, other tools stay blocked", () => {
  for (
    const u of [
      "http://localhost:5173/@fs/etc/passwd?import&raw",
      "http://localhost:5173/src/.env?raw=1",
      "http://localhost:5173/x?url=1",
      "http://localhost:5173/a?file=../../etc/passwd",
      "http://localhost:5173/a?next=%2e%2e%2f",
      "http://localhost:8080/manager/html?cmd=list",
      "http://localhost:2375/containers/json?all=1",
      "http://user:pw@localhost:5173/?a=b",
    ]
  ) assert.equal(low(u), false, u);
  assert.equal(low("http://localhost:5173/checkout?a=b", "http_get"), false);
  assert.equal(low("http://localhost:5173/checkout?a=b", "browser_navigate", "body"), false);
});
