/**
 * A cookie's `domain` names the sites the browser will SEND that cookie to; setting it fetches
 * nothing. A test harness seeding a fixture session for `localhost` or an intranet name
 * (`browser_set_cookies`, CDP `Network.setCookie`, Playwright `addCookies`) is not a request to
 * that host, so a loopback, private or internal-name finding in that key is recorded, not
 * blocked. Metadata addresses and schemes keep their weight, and a cookie's `url` (which some
 * APIs do fetch against) is not covered.
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
