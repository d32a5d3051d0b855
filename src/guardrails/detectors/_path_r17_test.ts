import { strictEqual } from "node:assert/strict";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";
import { urlTraversal } from "./_path_r17.ts";

const OPTS = PathTraversalOptionsSchema.parse({});
const blocks = (key: string, value: string, tool = "fetch"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

Deno.test("path_traversal blocks URL query parameters that climb once decoded", () => {
  const cases = [
    "https://files.example.com/get?file=..%252f..%252fetc%252fpasswd",
    "https://dl.example.org/v1/export?path=%252e%252e%252f%252e%252e%252froot%252f.ssh%252fid_rsa&fmt=raw",
    "https://img.example.net/resize?w=200&src=..%25252f..%25252fetc%25252fhosts",
    "https://api.example.com/read?doc=..%2f..%2f..%2fetc%2fshadow",
    "https://a.example.com/dl?name=%2e%2e%5c%2e%2e%5cwindows%5cwin.ini",
    "https://a.example.com/view#page=../../../../proc/self/environ",
  ];
  for (const url of cases) strictEqual(blocks("url", url), true, url);
});

Deno.test("path_traversal blocks URL path segments ending in '..' (alias off-by-slash)", () => {
  const cases = [
    "https://cdn.example.com/assets../config/database.yml",
    "https://www.example.org/media../.env",
    "http://203.0.113.5/img../etc/passwd",
    "https://shop.example.com/static..%2fapp.py",
  ];
  for (const url of cases) strictEqual(blocks("url", url), true, url);
});

Deno.test("path_traversal passes ordinary URLs with dots, ranges and encoded slashes", () => {
  const cases = [
    "https://github.com/denoland/deno/compare/v1.40.0...v1.41.0",
    "https://github.com/org/repo/compare/main..feature/x",
    "https://example.com/search?q=50%25%20off&page=2",
    "https://example.com/files?path=reports%252F2024%252Fq1.pdf",
    "https://en.wikipedia.org/wiki/Ellipsis...",
    "https://app.example.com/login?next=../dashboard",
    "https://docs.example.com/guide/getting-started/?v=1.2..1.4",
  ];
  for (const url of cases) strictEqual(blocks("url", url), false, url);
});

Deno.test("urlTraversal() ignores values that are not URLs", () => {
  strictEqual(urlTraversal("static../app/settings.py"), undefined);
  strictEqual(urlTraversal("see ?name=..%252f..%252fetc"), undefined);
});
