import { deepStrictEqual, strictEqual } from "node:assert/strict";
import { ssrfDetector } from "./ssrf.ts";
import { localFileResource, schemeAllowed } from "./_ssrf_r13.ts";
import type { FieldContext } from "../types.ts";

const opts = ssrfDetector.optionsSchema.parse({});
/** Kinds of high/critical findings for `text` under argument `key`. */
function blocked(key: string, text: string, options = opts): string[] {
  const field: FieldContext = { stage: "input", path: `$.arguments.${key}`, key, tool: "call" };
  return ssrfDetector.scan(text, field, options)
    .filter((f) => f.severity === "high" || f.severity === "critical")
    .map((f) => f.kind);
}

Deno.test("schemeAllowed() lets WebSocket schemes follow their HTTP twins", () => {
  strictEqual(schemeAllowed("wss", ["http", "https"]), true);
  strictEqual(schemeAllowed("ws", ["http", "https"]), true);
  strictEqual(schemeAllowed("wss", ["http"]), false);
  strictEqual(schemeAllowed("ws", ["https"]), false);
  strictEqual(schemeAllowed("ftp", ["http", "https"]), false);
});

Deno.test("ssrf passes public wss:// URLs and still blocks internal WebSocket hosts", () => {
  for (
    const u of [
      "wss://ws.kraken.example.org/v2",
      "wss://realtime.example.net:443/socket?vsn=2.0.0",
      "ws://echo.example.com/",
    ]
  ) deepStrictEqual(blocked("url", u), [], u);
  for (
    const u of [
      "ws://127.0.0.1:9222/devtools/browser/abc",
      "wss://169.254.169.254/latest/meta-data/",
      "wss://10.1.2.3:8443/feed",
      "ws://[::1]:8080/",
    ]
  ) strictEqual(blocked("endpoint", u).length > 0, true, u);
  // With only https allowed, a plain ws:// URL is still off the list.
  const only = { ...opts, allowed_schemes: ["https"] };
  const field: FieldContext = { stage: "input", path: "$.arguments.url", key: "url" };
  strictEqual(
    ssrfDetector.scan("ws://echo.example.com/", field, only).some((f) => f.kind === "scheme"),
    true,
  );
});

Deno.test("ssrf leaves local file: resource URIs to the path detector, fetch URLs not", () => {
  strictEqual(localFileResource("uri", "file:///home/dev/notes/todo.md"), true);
  strictEqual(localFileResource("resource_uri", "file://localhost/srv/app/README"), true);
  strictEqual(localFileResource("uri", "file://fileserver/share/x"), false);
  strictEqual(localFileResource("url", "file:///home/dev/notes/todo.md"), false);
  for (
    const [k, u] of [
      ["uri", "file:///Users/ann/projects/site/index.html"],
      ["resource_uri", "file:///workspace/docs/guide.md"],
      ["file_uri", "file:/tmp/report.pdf"],
    ]
  ) deepStrictEqual(blocked(k, u), [], u);
  for (
    const [k, u] of [
      ["url", "file:///home/dev/projects/site/README.md"],
      ["href", "file:///etc/passwd"],
      ["webhook_url", "file:///tmp/x"],
      ["uri", "gopher://203.0.113.5:70/_x"],
    ]
  ) strictEqual(blocked(k, u).includes("scheme"), true, u);
});
