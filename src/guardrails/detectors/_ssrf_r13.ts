/**
 * Round-13 scheme decisions of the SSRF detector:
 *
 * - WebSocket schemes follow their HTTP twins: `wss:` is TLS like `https:` and `ws:` plain like
 *   `http:`, so a public `wss://` stream passes wherever `https` is allowed. Their hosts are still
 *   checked (a `ws://127.0.0.1:9222` DevTools socket stays blocked).
 * - A local `file:` URL in a resource-identifier argument (`uri`, `resource_uri`): MCP names
 *   resources by URI and `file:///…` is the standard form, so it identifies a file rather than
 *   asking a fetcher to request one. Whether that file may be read is the path detector's
 *   question (it reads `uri` arguments as paths and blocks keys, `/etc/…`, `.env`, remote
 *   `file://host/` shares). In fetch-style arguments (`url`, `href`, `endpoint`, `webhook`, …)
 *   `file:` stays blocked: a generic fetcher given `file://` reads local files for the caller,
 *   which the README lists among the schemes this detector reports.
 */

/** True when `scheme` is allowed, directly or as the WebSocket twin of an allowed web scheme. */
export function schemeAllowed(scheme: string, allowed: readonly string[]): boolean {
  const twin = scheme === "wss" ? "https" : scheme === "ws" ? "http" : "";
  return allowed.some((x) => {
    const s = x.toLowerCase();
    return s === scheme || (twin !== "" && s === twin);
  });
}

/** Resource-identifier keys: `uri`, `resource_uri`, `file_uri`, `resourceUri` (lower-cased). */
const RESOURCE_KEY =
  /^(?:uri|resource|resource_?uri|file_?uri|document_?uri|doc_?uri|target_?uri)$/;
/** A `file:` URL on this machine: no host or `localhost`, then an absolute path, one token. */
const LOCAL_FILE_URL = /^file:(?:\/\/(?:localhost)?)?\/(?!\/)[^\s]{0,2040}$/i;

/** True when `value` under `key` is a local `file:` URL naming a resource, not a fetch. */
export function localFileResource(key: string, value: string): boolean {
  return RESOURCE_KEY.test(key) && LOCAL_FILE_URL.test(value.trim());
}
