/** A self-contained HTML page listing the admin routes (no external assets). */
import { VERSION } from "../version.ts";
import type { Route } from "./route.ts";

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Render the route table as HTML. */
export function docsHtml(routes: Route[], base: string): string {
  const tags = [...new Set(routes.map((r) => r.tag))];
  const sections = tags.map((t) => {
    const rows = routes.filter((r) => r.tag === t).map((r) =>
      `<tr><td><code>${r.method}</code></td><td><code>${esc(base + r.path)}</code></td><td>${
        esc(r.summary)
      }</td><td>${r.body ? "JSON" : ""}</td></tr>`
    ).join("\n");
    return `<h2>${
      esc(t)
    }</h2>\n<table><tr><th>method</th><th>path</th><th>what</th><th>body</th></tr>\n${rows}\n</table>`;
  }).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>smg admin API</title>
<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}
code{font-size:.9em}</style></head><body>
<h1>smg admin API <small>${esc(VERSION)}</small></h1>
<p>Every route under <code>${
    esc(base)
  }</code> needs <code>Authorization: Bearer &lt;admin key&gt;</code>
(create one with <code>smg admin key create</code>). Errors are JSON <code>{"error", "detail", "path"}</code>.
Request body schemas: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${sections}
</body></html>
`;
}
