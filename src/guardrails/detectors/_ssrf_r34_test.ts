import assert from "node:assert/strict";
import { ssrfDetector } from "./ssrf.ts";
import { r34LoopbackHost } from "./_ssrf_r34.ts";

const blocked = (url: string, key = "url", tool = "http_request"): boolean =>
  ssrfDetector.scan(url, { stage: "input", path: `$.${key}`, key, tool }, {
    allowed_hosts: [],
    allow_private: false,
    allowed_schemes: ["http", "https"],
  } as never).some((f) => f.severity !== "low");

const BLOCK = [
  "http://redis-admin.localhost.direct:8001/",
  "https://api.localhost.devcorp.example.com:8443/admin",
  "http://x.fuf.me:9200/_cat/indices",
  "http://imds.cloud-provider.example/latest/meta-data/iam/security-credentials/",
  "http://169-254-169-254.metadata-proxy.example.net/latest/user-data",
  "http://metadata.hetzner.cloud/hetzner/v1/metadata",
  "http://metadata.vendor-cloud.example/openstack/latest/meta_data.json",
];
const PASS = [
  "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
  "https://metadata.ftp-master.debian.org/changelogs/main/c/curl/",
  "https://localhost.run/docs/",
  "https://abc123.localhost.run/",
  "https://cloud.google.com/compute/docs/metadata/querying-metadata",
  "https://registry.example.com/v2/library/latest/manifests",
  "https://example.com/blog/latest/user-data-privacy",
  "https://api.github.com/repos/acme/app/releases/latest",
];

Deno.test("r34 ssrf: loopback aliases and metadata API paths block", () => {
  assert.ok(PASS.length >= BLOCK.length);
  for (const u of BLOCK) assert.equal(blocked(u), true, `should block: ${u}`);
});

Deno.test("r34 ssrf: docs and public names pass", () => {
  for (const u of PASS) assert.equal(blocked(u), false, `should pass: ${u}`);
  assert.equal(r34LoopbackHost("localhost"), false);
  assert.equal(r34LoopbackHost("app.localhost.direct"), true);
});
