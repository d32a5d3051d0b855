/**
 * Round-29 false-positive fixes of the secrets detector:
 *
 * - a documentation sample JWT: its claims are only the placeholder values tutorials use (`sub`
 *   "1234567890", a "John/Jane Doe" name, an `iat`, an `admin` flag, an example.com e-mail) and it
 *   names no issuer or audience, so it logs no one in anywhere. Reported low (recorded), like the
 *   AWS documentation key. A token with any real-looking subject, an issuer, audience, scope or
 *   other claim keeps its weight (see {@link sampleJwt});
 * - a connection URL whose password is the user name or a stock default (`postgres:postgres`,
 *   `guest:guest`, `root:root`) on a loopback or single-label host (a compose/CI service name):
 *   the default credential of a throw-away local container, not a secret (see
 *   {@link defaultLocalCredential}).
 */

/** Claims a tutorial token carries. */
const SAMPLE_CLAIMS = new Set([
  "sub",
  "name",
  "iat",
  "admin",
  "email",
  "exp",
  "given_name",
  "family_name",
]);
const SAMPLE_SUB = /^(?:1234567890|123456789|12345|0|1|user(?:[-_]?\d{1,3})?|test|example|demo)$/i;
const SAMPLE_NAME = /^(?:john|jane|max|erika)\s(?:doe|roe|mustermann|musterfrau)$/i;

/** A base64url segment decoded (padding restored), or undefined when it is not base64. */
export function b64url(part: string): string | undefined {
  try {
    const b = part.replace(/-/g, "+").replace(/_/g, "/");
    return atob(b + "=".repeat((4 - (b.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/** True when `token` is a JWT whose payload holds only tutorial placeholder claims. */
export function sampleJwt(token: string): boolean {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[1].length > 400) return false;
  const json = b64url(parts[1]);
  if (json === undefined) return false;
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(json);
  } catch {
    return false;
  }
  if (typeof claims !== "object" || claims === null || Array.isArray(claims)) return false;
  const keys = Object.keys(claims);
  if (!keys.includes("sub") || keys.some((k) => !SAMPLE_CLAIMS.has(k))) return false;
  if (typeof claims.sub !== "string" || !SAMPLE_SUB.test(claims.sub)) return false;
  if ("name" in claims && (typeof claims.name !== "string" || !SAMPLE_NAME.test(claims.name))) {
    return false;
  }
  if (
    "email" in claims &&
    (typeof claims.email !== "string" || !/@example\.(?:com|org|net)$/i.test(claims.email))
  ) return false;
  return "name" in claims || "email" in claims;
}

/** Stock passwords of local database and broker containers. */
const STOCK = new Set([
  "postgres",
  "password",
  "root",
  "admin",
  "guest",
  "test",
  "example",
  "mysql",
  "secret",
  "changeme",
  "dev",
  "ci",
]);

/**
 * True when the user info `userinfo` (`user:password`) of a connection URL is a stock default and
 * the host that follows `at` (index just past `@`) in `text` is loopback or a single label.
 */
export function defaultLocalCredential(userinfo: string, text: string, at: number): boolean {
  const colon = userinfo.indexOf(":");
  if (colon < 0) return false;
  const user = userinfo.slice(0, colon);
  const pw = userinfo.slice(colon + 1);
  if (pw !== user && !STOCK.has(pw.toLowerCase())) return false;
  const host = /^([A-Za-z0-9._\-]{1,63}|\[::1\])(?=[:\/?#\s"']|$)/.exec(text.slice(at, at + 80))
    ?.[1];
  if (!host) return false;
  return /^(?:localhost|127\.0\.0\.1|\[::1\])$/i.test(host) ||
    /^[A-Za-z][A-Za-z0-9_\-]{0,62}$/.test(host);
}
