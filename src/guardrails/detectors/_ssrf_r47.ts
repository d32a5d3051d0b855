/**
 * Round-47 false-positive fix of the SSRF detector, by meaning: the names a container runtime
 * gives the developer's OWN machine (`host.docker.internal`, `gateway.docker.internal`,
 * `host.containers.internal` (Podman), `host.lima.internal`, `host.minikube.internal`,
 * `docker.for.mac.localhost`) are loopback seen from inside a devcontainer. A fetch tool's URL that
 * is only a liveness endpoint there (`http://host.docker.internal:3000/api/health`) answers up or
 * down, like the loopback health probe of ./_ssrf_r28.ts, and is recorded (low), not blocked. Only
 * the exact health path counts: any other path, a query, user info, or the runtime's own API ports
 * (Docker 2375/2376, kubelet 10250, etcd 2379) keep their weight.
 */
import type { FieldContext, Finding } from "../types.ts";

/** Keys of an argument that a fetch tool requests. */
const URL_KEY = /^(?:url|uri|href|endpoint|link|target|address)$/;
/** A container-to-host alias, a non-control port, an exact liveness path, nothing after it. */
const HOST_ALIAS_HEALTH_URL =
  /^https?:\/\/(?:host\.docker\.internal|gateway\.docker\.internal|host\.containers\.internal|host\.lima\.internal|host\.minikube\.internal|docker\.for\.(?:mac|win)\.localhost)(?::(?!(?:2375|2376|2379|2380|10250|10255)\b)\d{2,5})?\/(?:api\/)?(?:v\d{1,2}\/)?(?:actuator\/|-\/|_)?(?:healthz?|livez|readyz|ready|live|liveness|readiness|ping|status|health\/(?:live|ready|liveness|readiness))\/?$/i;

/** `findings` with the internal-name hit of a host-alias health URL set to low. */
export function r47Weighted(findings: Finding[], text: string, field: FieldContext): Finding[] {
  if (
    field.stage !== "input" || !URL_KEY.test(field.key ?? "") || text.length > 200 ||
    !findings.some((f) => f.kind === "internal_hostname") ||
    !HOST_ALIAS_HEALTH_URL.test(text.trim())
  ) {
    return findings;
  }
  return findings.map((f) =>
    f.kind === "internal_hostname" || f.kind === "loopback" ? { ...f, severity: "low" } : f
  );
}
