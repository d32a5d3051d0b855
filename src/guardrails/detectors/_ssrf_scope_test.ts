/** A cookie's domain scopes the cookie; a ping or DNS lookup fetches nothing (./_ssrf_scope.ts). */
import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { ssrfDetector } from "./ssrf.ts";

const opts = ssrfDetector.optionsSchema.parse({}) as never;
const blocking = (text: string, f: FieldContext) =>
  ssrfDetector.scan(text, f, opts).filter((x) => x.severity !== "low");
const at = (path: string, tool: string): FieldContext => ({
  stage: "input",
  path,
  key: path.slice(path.lastIndexOf(".") + 1),
  tool,
});

const PASS: Array<[string, FieldContext]> = [
  ["localhost", at("$.arguments.cookies[0].domain", "browser_set_cookies")],
  ["127.0.0.1", at("$.arguments.params.cookies[2].domain", "cdp_send")],
  ["intranet.corp.internal", at("$.arguments.cookie.domain", "add_cookie")],
  ["10.0.4.17", at("$.arguments.cookies.domain", "playwright_add_cookies")],
];

const BLOCK: Array<[string, FieldContext]> = [
  // A domain that is not a cookie's: a host to reach.
  ["localhost", at("$.arguments.domain", "whois_lookup")],
  ["127.0.0.1", at("$.arguments.target.domain", "scan")],
  // A cookie's url, and a metadata address even as a cookie's domain.
  ["http://127.0.0.1:8500/v1/agent", at("$.arguments.cookies[0].url", "browser_set_cookies")],
  ["169.254.169.254", at("$.arguments.cookies[0].domain", "browser_set_cookies")],
];

Deno.test("ssrf: a cookie's domain on loopback or an internal name is recorded", () => {
  for (const [t, f] of PASS) assert.equal(blocking(t, f).length, 0, `${f.path} ${t}`);
});

Deno.test("ssrf: other domains, cookie URLs and metadata addresses still count", () => {
  for (const [t, f] of BLOCK) assert.notEqual(blocking(t, f).length, 0, `${f.path} ${t}`);
});

const DIAG_PASS: Array<[string, FieldContext]> = [
  ["192.168.1.1", at("$.arguments.host", "ping")],
  ["127.0.0.1", at("$.arguments.target", "traceroute")],
  ["10.8.0.53", at("$.arguments.server", "nslookup")],
  ["fileserver.corp.internal", at("$.arguments.hostname", "dns_lookup")],
  ["::1", at("$.arguments.host", "mtrReport")],
];

const DIAG_BLOCK: Array<[string, FieldContext]> = [
  // Tools that fetch or connect, and metadata addresses even to a ping.
  ["127.0.0.1", at("$.arguments.host", "http_get")],
  ["10.0.0.5", at("$.arguments.host", "tcp_port_scan")],
  ["169.254.169.254", at("$.arguments.host", "ping")],
  // Not a bare host: a URL to a diagnostic tool still counts.
  ["http://127.0.0.1:2375/containers/json", at("$.arguments.host", "ping")],
];

Deno.test("ssrf: a ping/traceroute/DNS lookup of one bare internal host is recorded", () => {
  for (const [t, f] of DIAG_PASS) assert.equal(blocking(t, f).length, 0, `${f.tool} ${t}`);
});

Deno.test("ssrf: fetching tools, metadata and URLs given to a diagnostic tool still count", () => {
  for (const [t, f] of DIAG_BLOCK) assert.notEqual(blocking(t, f).length, 0, `${f.tool} ${t}`);
});
