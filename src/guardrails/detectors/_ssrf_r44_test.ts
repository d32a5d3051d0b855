import assert from "node:assert/strict";
import { ssrfDetector } from "./ssrf.ts";

const blocked = (text: string, key: string, tool: string): boolean =>
  ssrfDetector.scan(text, { stage: "input", path: `$.${key}`, key, tool }, {
    allowed_hosts: [],
    allow_private: false,
    allowed_schemes: ["http", "https"],
  } as never).some((f) => f.severity !== "low");

// HTML for a server-side renderer that loads a cluster-internal resource.
const BLOCK: [string, string, string][] = [
  [
    '<html><body><h1>Status</h1><img src="http://grafana.monitoring.svc.cluster.local:3000/render/d-solo/abc?panelId=2"></body></html>',
    "html",
    "html_to_pdf",
  ],
  [
    "<div><object data='http://vault.internal:8200/v1/sys/health'></object></div>",
    "content",
    "take_screenshot",
  ],
  [
    "<style>body{background:url('http://jenkins.corp.lan/job/prod/lastBuild/consoleText')}</style><p>Report</p>",
    "markup",
    "render_page",
  ],
  [
    "<html><head><link rel='stylesheet' href='http://intranet-wiki.local/export/hr/salaries.css'></head></html>",
    "html",
    "printToPdf",
  ],
];
// Same vocabulary, safe: public resources, plain links, mail bodies, internal names in text.
const PASS: [string, string, string][] = [
  [
    "<html><body><img src='https://cdn.jsdelivr.net/npm/logo@1/logo.png'><h1>Invoice</h1></body></html>",
    "html",
    "html_to_pdf",
  ],
  [
    "<p>Dashboards: <a href='http://grafana.monitoring.svc.cluster.local:3000/d/x'>open</a></p>",
    "html",
    "render_pdf",
  ],
  [
    "<p>The service runs at http://billing.svc.cluster.local:8080 behind the mesh.</p>",
    "html",
    "render_pdf",
  ],
  [
    "<html><body><img src='http://intranet-wiki.local/logo.png'> Weekly update</body></html>",
    "body",
    "send_email",
  ],
];

Deno.test("r44 ssrf: internal resources loaded by an HTML renderer block", () => {
  for (const [t, k, tool] of BLOCK) assert.ok(blocked(t, k, tool), `should block ${tool}: ${t}`);
});
Deno.test("r44 ssrf: public resources, anchors, text and mail bodies pass", () => {
  for (const [t, k, tool] of PASS) assert.ok(!blocked(t, k, tool), `should pass ${tool}: ${t}`);
});
