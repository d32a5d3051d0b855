import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { ssrfDetector } from "./ssrf.ts";

const opts = ssrfDetector.optionsSchema.parse({}) as never;
const blocking = (text: string, f: FieldContext) =>
  ssrfDetector.scan(text, f, opts).filter((x) => x.severity !== "low");
const URL: FieldContext = { stage: "input", path: "$.url", key: "url", tool: "fetch" };

const PASS = [
  "http://host.docker.internal:5173/healthz",
  "http://host.containers.internal:8000/api/v1/ping",
  "https://gateway.docker.internal:8443/actuator/health",
];
const BLOCK = [
  // the runtime's own control API on the host
  "http://host.docker.internal:2375/containers/json",
  "http://host.docker.internal:2375/_ping",
  // other paths, queries, and other internal names
  "http://host.docker.internal:3000/api/users?limit=1000",
  "http://host.docker.internal:3000/api/health/../admin",
  "http://billing.internal:8080/health",
];

Deno.test("ssrf r47: a health probe of the developer's own machine by its container alias", () => {
  for (const u of PASS) assert.equal(blocking(u, URL).length, 0, `should pass: ${u}`);
  for (const u of BLOCK) assert.ok(blocking(u, URL).length > 0, `should block: ${u}`);
});
