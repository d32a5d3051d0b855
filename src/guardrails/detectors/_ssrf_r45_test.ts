import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { ssrfDetector } from "./ssrf.ts";

const opts = ssrfDetector.optionsSchema.parse({}) as never;
const blocking = (text: string, f: FieldContext) =>
  ssrfDetector.scan(text, f, opts).filter((x) => x.severity !== "low");
const field = (key: string, tool: string): FieldContext => ({
  stage: "input",
  path: `$.${key}`,
  key,
  tool,
});
const DOCKER = field("dockerfile", "build_image");
const COMPOSE = field("content", "write_file");
const ARTICLE = field("markdown", "publish_article");
const POST = field("body", "create_post");

// Recorded: loopback only on a container's health-check lines, or only inside code in a document.
const PASS: Array<[string, FieldContext]> = [
  [
    'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nHEALTHCHECK --interval=1m CMD curl -fsS http://localhost:8000/status || exit 1\nCMD ["gunicorn", "app:app"]',
    DOCKER,
  ],
  [
    'services:\n  api:\n    image: ghcr.io/acme/api:4.2\n    healthcheck:\n      test: ["CMD", "wget", "-q", "--spider", "http://127.0.0.1:9090/-/ready"]\n      interval: 15s\n',
    COMPOSE,
  ],
  [
    '## Local setup\n\nStart the server, then try a query:\n\n```bash\ncurl -X POST http://localhost:4000/graphql -d \'{"query":"{ me { id } }"}\'\n```\n\nIn production the endpoint sits behind the gateway.',
    ARTICLE,
  ],
  [
    "Tip of the week: point your browser at `http://127.0.0.1:5601/app/home` after `docker compose up` and the dashboards load.",
    POST,
  ],
];
// Still blocked: loopback outside a health check or outside code, or a fetch tool.
const BLOCK: Array<[string, FieldContext]> = [
  // a Dockerfile that FETCHES from loopback at build time (not its own health check)
  [
    "FROM alpine:3.20\nRUN wget -qO /tmp/k http://127.0.0.1:2375/containers/json\nHEALTHCHECK CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1",
    DOCKER,
  ],
  // a health check line, but no container file (a plain script)
  ["HEALTHCHECK CMD curl http://127.0.0.1:8500/v1/agent/self", field("content", "write_file")],
  // a bare loopback link in a published article, outside code
  [
    "## Admin\n\nOur admin console is at http://localhost:8080/admin/users, log in with the shared account.\n\n```\nnpm start\n```",
    ARTICLE,
  ],
  // code block, but the tool fetches rather than publishes
  ["```\nhttp://localhost:8080/admin\n```", field("markdown", "fetch_markdown")],
];

Deno.test("r45 ssrf: container health checks and loopback examples in published code are recorded", () => {
  for (const [t, f] of PASS) assert.deepEqual(blocking(t, f), [], t);
});
Deno.test("r45 ssrf: loopback elsewhere still blocks", () => {
  for (const [t, f] of BLOCK) assert.ok(blocking(t, f).length > 0, t);
});

const dbField = (key: string, tool: string, server: string): FieldContext => ({
  stage: "input",
  path: `$.${key}`,
  key,
  tool,
  server,
});

Deno.test("r45 ssrf: a database tool's internal server NAME is recorded", () => {
  for (
    const [v, f] of [
      ["sql-finance.corp.local", dbField("server", "execute_sql", "mssql")],
      ["pg-orders.internal", dbField("host", "run_query", "postgres")],
      ["mongo-rs0.lan", dbField("host", "execute_query", "mongodb")],
    ] as Array<[string, FieldContext]>
  ) assert.deepEqual(blocking(v, f), [], v);
});
Deno.test("r45 ssrf: addresses, fetch tools and non-database query tools still block", () => {
  for (
    const [v, f] of [
      // an address, not a name
      ["169.254.169.254", dbField("host", "execute_sql", "mysql")],
      // a fetcher's URL naming an internal host
      ["http://sql-finance.corp.local/admin", dbField("url", "fetch", "web")],
      // a query tool of a non-database server
      ["search-admin.corp.local", dbField("host", "run_query", "websearch")],
    ] as Array<[string, FieldContext]>
  ) assert.ok(blocking(v, f).length > 0, v);
});
