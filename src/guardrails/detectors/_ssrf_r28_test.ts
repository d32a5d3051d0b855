import { strictEqual } from "node:assert/strict";
import { ssrfDetector, SsrfOptionsSchema } from "./ssrf.ts";

const OPTS = SsrfOptionsSchema.parse({});
const blocks = (value: string, key = "url", tool = "fetch_url"): boolean =>
  ssrfDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

Deno.test("ssrf passes a fetch of a loopback health endpoint", () => {
  const cases = [
    "http://localhost:8080/healthz",
    "http://127.0.0.1:5173/api/v1/health",
    "http://[::1]:9000/ping",
    "http://localhost:4000/actuator/health",
    "https://localhost:8443/readyz/",
  ];
  for (const v of cases) strictEqual(blocks(v), false, v);
});

Deno.test("ssrf still blocks other loopback paths and non-loopback internal hosts", () => {
  const cases = [
    "http://localhost:8080/admin/users",
    "http://127.0.0.1:2375/containers/json",
    "http://localhost:8080/health?redirect=http://169.254.169.254/",
    "http://localhost:8080/actuator/env",
    "http://10.0.0.8/healthz",
    "http://169.254.169.254/latest/meta-data/",
    "http://admin:pw@localhost:3000/health",
  ];
  for (const v of cases) strictEqual(blocks(v), true, v);
});
