/**
 * A cookie's `domain` names the sites the browser will SEND that cookie to; setting it fetches
 * nothing. A test harness seeding a fixture session for `localhost` or an intranet name
 * (`browser_set_cookies`, CDP `Network.setCookie`, Playwright `addCookies`) is not a request to
 * that host, so a loopback, private or internal-name finding in that key is recorded, not
 * blocked. Metadata addresses and schemes keep their weight, and a cookie's `url` (which some
 * APIs do fetch against) is not covered.
 *
 * Likewise a network-diagnostic tool (`ping`, `traceroute`, `mtr`, `nslookup`, `dig`, a DNS
 * lookup) given one bare host (an IP or a DNS name, nothing else in the value): it sends echo or
 * DNS probes and reports reachability or an answer; no service's content comes back, so the
 * gateway's own or internal hosts as its target are recorded. A value with anything after the
 * host (an injected command) is not bare and keeps its weight, as do metadata addresses and
 * tools that fetch, request or scan ports.
 */
import type { FieldContext, Finding } from "../types.ts";

/** A `domain` key inside a cookie object or cookie list (`$.arguments.cookies[0].domain`). */
const COOKIE_DOMAIN = /cookies?(?:\[\d{1,4}\])?\.domain$/i;
const SCOPE_KINDS = new Set(["loopback", "private", "internal_hostname"]);

/** `findings` with the cookie-scope ones lowered. */
export function cookieScopeWeighted(findings: Finding[], field: FieldContext): Finding[] {
  if (!findings.length || field.stage !== "input" || !COOKIE_DOMAIN.test(field.path)) {
    return findings;
  }
  return findings.map((f) => SCOPE_KINDS.has(f.kind) ? { ...f, severity: "low" } : f);
}

const DIAG_WORDS = new Set([
  "ping",
  "traceroute",
  "tracert",
  "tracepath",
  "mtr",
  "nslookup",
  "dig",
  "dns",
]);
const NOT_DIAG = new Set([
  "fetch",
  "http",
  "https",
  "curl",
  "wget",
  "request",
  "get",
  "scan",
  "port",
  "ports",
  "tcp",
  "udp",
  "connect",
  "open",
  "browse",
  "download",
]);
/** One IPv4, bracketed or bare IPv6, or DNS name: the whole value. */
const BARE_HOST =
  /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f:]{2,39}\]?|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){0,10}[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)$/i;

/** Whether `tool` is a network-diagnostic tool by its name's words. */
function diagnosticTool(tool: string): boolean {
  const words = tool.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/);
  return words.some((w) => DIAG_WORDS.has(w)) && !words.some((w) => NOT_DIAG.has(w));
}

/** `findings` with a diagnostic tool's bare internal target lowered. */
export function diagnosticTargetWeighted(
  findings: Finding[],
  text: string,
  field: FieldContext,
): Finding[] {
  if (
    !findings.length || field.stage !== "input" || text.length > 300 ||
    !BARE_HOST.test(text.trim()) || !diagnosticTool(field.tool ?? "")
  ) return findings;
  return findings.map((f) => SCOPE_KINDS.has(f.kind) ? { ...f, severity: "low" } : f);
}
