import { strictEqual } from "node:assert/strict";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";

const OPTS = PathTraversalOptionsSchema.parse({});
const blocks = (key: string, value: string, tool = "fetch"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

/** Paraphrases (none from the fixtures): servlet path-parameter climbs. */
Deno.test("path_traversal blocks Tomcat path-parameter climbs in URLs", () => {
  const cases = [
    "https://app.example.org/portal/..;/host-manager/text/list",
    "http://10.0.0.5:8080/static/..;jsessionid=AB12/WEB-INF/web.xml",
    "https://shop.example.net/api;/../admin/users",
    "https://x.example.com/public/%2e%2e;/manager/status",
    "https://x.example.com/app;v=1/../actuator/env?x=1",
  ];
  for (const url of cases) strictEqual(blocks("url", url), true, url);
});

Deno.test("path_traversal passes ordinary path parameters in URLs", () => {
  const cases = [
    "https://shop.example.com/cart;jsessionid=1A2B3C/checkout",
    "https://cdn.example.com/css/main.css;v=3",
    "https://maps.example.com/place;lat=1.2;lon=3.4/details",
    "https://git.example.com/compare/v1.0...v2.0;diff",
  ];
  for (const url of cases) strictEqual(blocks("url", url), false, url);
});
