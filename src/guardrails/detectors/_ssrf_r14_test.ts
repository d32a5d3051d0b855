import { strictEqual } from "node:assert/strict";
import { ssrfDetector, SsrfOptionsSchema } from "./ssrf.ts";

const OPTS = SsrfOptionsSchema.parse({});
const blocks = (tool: string, url: string): boolean =>
  ssrfDetector.scan(url, { stage: "input", path: "$.url", key: "url", tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

Deno.test("ssrf passes a browser tool previewing a local HTML build", () => {
  strictEqual(blocks("browser_navigate", "file:///Users/kim/code/app/build/index.html"), false);
  strictEqual(blocks("navigate", "file:///home/dev/site/public/docs/guide.htm"), false);
  strictEqual(blocks("playwright_goto", "file:///srv/www/report/coverage.html"), false);
});

Deno.test("ssrf still blocks file URLs that read secrets or go through a fetcher", () => {
  strictEqual(blocks("navigate", "file:///etc/passwd"), true);
  strictEqual(blocks("navigate", "file:///home/dev/.ssh/id_rsa"), true);
  strictEqual(blocks("navigate", "file:///home/dev/.config/x/page.html"), true);
  strictEqual(blocks("navigate", "file:///home/dev/site/../../../etc/a.html"), true);
  strictEqual(blocks("navigate", "file:///proc/self/environ.html"), true);
  strictEqual(blocks("fetch_url", "file:///home/dev/site/index.html"), true);
  strictEqual(blocks("navigate", "file://fileserver/share/index.html"), true);
});
