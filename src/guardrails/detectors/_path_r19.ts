/**
 * Round-19 secret locations of the path traversal detector, which the tables of earlier rounds
 * left out:
 *
 * - cloud CLIs' token caches: AWS SSO and CLI caches (`~/.aws/sso/cache/*.json` hold an SSO
 *   access token, `~/.aws/cli/cache` assumed-role credentials), the kubectl OIDC login cache
 *   (`~/.kube/cache/oidc-login/` holds id and refresh tokens), gcloud's Windows profile folder
 *   (`AppData/Roaming/gcloud/credentials.db`; `~/.config/gcloud` and `~/.azure` are in the base
 *   table);
 * - the SSH agent's socket directory (`/tmp/ssh-XXXXXXXX/`, listed to find `agent.1234`; round 13
 *   has the socket itself) and the OpenSSH agent under `/run/user/N/`: whoever reaches the socket
 *   signs with every loaded key, no key file read.
 *
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** Token caches and agent sockets, checked after the base and earlier rounds' tables. */
export const R19_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)\.aws\/(?:sso|cli)\/cache(?:\/|$)|(?:^|\/)\.kube\/cache\/oidc-login(?:\/|$)|(?:^|\/)appdata\/roaming\/gcloud\/(?:credentials\.db|access_tokens\.db|application_default_credentials\.json|legacy_credentials(?:\/|$))/,
    "a cloud CLI's token cache (AWS SSO/CLI cache, kubectl OIDC login, gcloud credentials)",
    "critical",
  ],
  [
    /^\/(?:private\/)?tmp\/ssh-[a-z0-9]{4,16}(?:\/|$)|^\/run\/user\/\d{1,10}\/openssh_agent$/,
    "the SSH agent's socket or its directory (it signs with every loaded key)",
    "critical",
  ],
];
