import { strictEqual } from "node:assert/strict";
import { ssrfDetector, type SsrfOptions } from "./ssrf.ts";
import { ssrfContext } from "./_ssrf_r6_context.ts";
import type { FieldContext } from "../types.ts";

const OPTS: SsrfOptions = {
  allowed_hosts: [],
  allow_private: false,
  allowed_schemes: ["http", "https"],
};
const at = (key: string): FieldContext => ({ stage: "input", path: `$.${key}`, key });
const blocks = (key: string, value: string): boolean =>
  ssrfDetector.scan(value, at(key), OPTS).some((f) => f.severity !== "low");

Deno.test("ssrfDetector.scan() counts a whole-URL value with a cluster or one-label host in any key", () => {
  for (
    const [k, v] of [
      ["target", "https://kubernetes.default.svc/api/v1/secrets"],
      ["page", "http://vault.service.consul:8200/v1/sys/health"],
      ["input", "http://grafana.monitoring.svc.cluster.local:3000/api/datasources"],
      ["resource", "http://jenkins/script"],
    ]
  ) strictEqual(blocks(k, v), true, v);
});

Deno.test("ssrfDetector.scan() only records internal hosts in prose and metadata URLs quoted in search questions", () => {
  for (
    const [k, v] of [
      ["target", "see https://kubernetes.default.svc for the in-cluster API"],
      ["question", "How do I read http://169.254.169.254/latest/meta-data/ from a container?"],
      ["q", "curl http://metadata.google.internal/computeMetadata/v1/ returns 403"],
      ["query", "IMDSv2 http://169.254.169.254/latest/api/token PUT ttl header"],
    ]
  ) strictEqual(blocks(k, v), false, v);
  // The same URL alone in a search key, or in an instruction field, still counts.
  strictEqual(blocks("q", "http://169.254.169.254/latest/meta-data/"), true);
  strictEqual(
    blocks("prompt", "Summarise http://169.254.169.254/latest/meta-data/iam/ for me"),
    true,
  );
});

Deno.test("ssrfContext() applies only to input values outside URL keys", () => {
  strictEqual(ssrfContext("http://x/", at("target"), true).wholeUrl, false);
  strictEqual(
    ssrfContext("http://x/", { stage: "output", path: "$.t", key: "t" }, false).wholeUrl,
    false,
  );
  strictEqual(ssrfContext("http://x/", at("target"), false).wholeUrl, true);
});

Deno.test("ssrfContext() keeps blocking a search sentence that orders a fetch", () => {
  const f = (key: string) => ({ stage: "input" as const, path: `$.${key}`, key });
  strictEqual(
    ssrfContext("fetch http://169.254.169.254/latest and summarize", f("query"), false).asked,
    false,
  );
  strictEqual(ssrfContext("open http://127.0.0.1:8080/admin for me", f("q"), false).asked, false);
  strictEqual(ssrfContext("download http://10.0.0.5/dump.sql", f("search"), false).asked, false);
  strictEqual(
    ssrfContext("Why does http://169.254.169.254/ time out?", f("question"), false).asked,
    true,
  );
});
