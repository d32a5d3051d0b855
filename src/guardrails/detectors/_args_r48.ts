/**
 * Round-48 precision: a proof the learned argument model (./_args_model.ts) does not overrule
 * (wired in ./_args_model_proof.ts).
 *
 * A read-only request to a public HTTPS API that carries its credential as a PLACEHOLDER
 * (`Authorization: Bearer <USER_TOKEN>`, `${TOKEN}`, `{{token}}`): the model reads the names a call
 * holds (`Authorization`, `Bearer`, `iam`, `permissions`, a cloud API host) and a request that
 * carries a live token to somewhere it should not go is one of the dangerous shapes it learned. A
 * GET that names no secret, sends no body and reaches a public host by name changes nothing and
 * hands nothing over: the caller's own token is filled in later by the client.
 *
 * The proof holds only when ALL of these hold:
 * - the method is GET or HEAD, and nothing is sent (no body, data, json, form or file argument);
 * - exactly one URL in the call, the `url` argument itself: https, a public DNS name (not an IP
 *   address, not a metadata, internal or local name), no user-info, short plain path segments and
 *   a query of plain `key=value` pairs, no opaque run of 24 characters (data carried out);
 * - every credential is a placeholder and the call holds no long opaque token (a literal key);
 * - every other line is a name or a bare scalar.
 */

/** A placeholder credential line: `Bearer <USER_TOKEN>`, `token ${GH_TOKEN}`, `{{ api_key }}`. */
const PLACEHOLDER_AUTH =
  /^(?:(?:bearer|token|basic|ssws|apikey)\s{1,4})?(?:<[\w -]{1,60}>|\$\{?[A-Z_][A-Z0-9_]{0,60}\}?|\{\{\s{0,4}[\w.-]{1,60}\s{0,4}\}\})$/i;
/** A name or a bare scalar (ids, hosts, numbers, flags). */
const BARE_LINE = /^[\p{L}\p{M}\p{N}_.:@#+\/-]{1,160}$/u;
/** The target: https, a public DNS name, plain path segments, a plain query. */
const PUBLIC_GET_URL =
  /^https:\/\/(?![\d.]{1,15}(?:[:\/?]|$))(?!(?:[\w-]{1,63}\.){0,6}(?:metadata|localhost|internal|local|lan|corp|intranet|home\.arpa)(?:[.:\/?]|$))[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,6}\.[a-z]{2,24}(?::443)?(?:\/[\w.~+-]{1,64}){0,16}\/?(?:\?[\w.-]{1,40}=[\w.:,%-]{0,120}(?:&[\w.-]{1,40}=[\w.:,%-]{0,120}){0,8})?$/i;
/** Arguments that send something. */
const SENDS_KEY = /^(?:body|data|json|payload|form|files?|upload|content|params_body)$/i;
/** An opaque run in a URL (data or a key carried in the path or query; a UUID's parts are short). */
const OPAQUE_RUN = /[A-Za-z0-9+_]{24,}/;
/** A long opaque token (a literal key). */
const LONG_TOKEN = /[A-Za-z0-9+\/_=.-]{32,}/;

/** Whether `call` (a whole-call view) is a read-only public HTTPS request with placeholder auth. */
export function placeholderPublicGet(call: string): boolean {
  if (call.length > 1500) return false;
  const lines = call.split("\n");
  let method = false;
  let url = false;
  let auth = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const prev = i > 0 ? lines[i - 1].toLowerCase() : "";
    if (SENDS_KEY.test(line)) return false;
    if (prev === "method") {
      if (!/^(?:get|head)$/i.test(line)) return false;
      method = true;
      continue;
    }
    if (/^(?:url|uri|endpoint)$/.test(prev)) {
      if (url || !PUBLIC_GET_URL.test(line) || OPAQUE_RUN.test(line)) return false;
      url = true;
      continue;
    }
    if (/:\/\//.test(line)) return false;
    if (PLACEHOLDER_AUTH.test(line)) {
      auth = true;
      continue;
    }
    if (LONG_TOKEN.test(line) || !BARE_LINE.test(line)) return false;
  }
  return method && url && auth;
}
