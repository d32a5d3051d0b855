/**
 * Round-28 false-positive fix of the SSRF detector: a fetch tool's URL that is only a liveness
 * endpoint of a service on the gateway's own machine (`http://localhost:3000/api/health`,
 * `http://127.0.0.1:8080/healthz`, `http://[::1]:9000/v1/ping`). The answer is up or down; a
 * dev server's health check is what a coding agent asks for. The loopback finding is recorded
 * (low), not blocked. Only an exact health path counts: no query, fragment, user info, other
 * host kinds (private, metadata, internal names) or other paths (`/admin`, `/actuator/env`,
 * `/api/health/../users`) — those keep their weight. Round 26 (./_ssrf_r26.ts) covers the same
 * probe in a shell command.
 */
import type { FieldContext, Finding } from "../types.ts";

/** Keys of an argument that a fetch tool requests. */
const URL_KEY = /^(?:url|uri|href|endpoint|link|target|address)$/;
/** A loopback liveness endpoint, optionally under `/api/` and a version, nothing after it. */
const HEALTH_URL =
  /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{2,5})?\/(?:api\/)?(?:v\d{1,2}\/)?(?:actuator\/|-\/|_)?(?:healthz?|livez|readyz|ready|live|liveness|readiness|ping|status|health\/(?:live|ready|liveness|readiness))\/?$/i;

/** `findings` with a fetch URL's loopback hit set to low when the URL is a health endpoint. */
export function r28Weighted(findings: Finding[], text: string, field: FieldContext): Finding[] {
  if (
    field.stage !== "input" || !URL_KEY.test(field.key ?? "") || text.length > 200 ||
    !findings.some((f) => f.kind === "loopback") || !HEALTH_URL.test(text.trim())
  ) {
    return findings;
  }
  return findings.map((f) => f.kind === "loopback" ? { ...f, severity: "low" } : f);
}
