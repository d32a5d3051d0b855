/**
 * Round-27 path rule: a container bind mount whose host side is a credential store or an agent
 * socket. `~/.ssh:/root/.ssh:ro`, `${SSH_AUTH_SOCK}:/agent.sock`, `-v $HOME/.aws:/root/.aws` or
 * `--mount type=bind,source=~/.kube,…` hands the container (and whatever image or command it
 * runs) the user's keys or a live signing agent. The sensitive-file rules anchor a path at the
 * value's end, so the `HOST:CONTAINER[:opts]` shape hid the host side from them.
 *
 * False-positive fix: setup documentation telling a person to edit an MCP client's configuration
 * (`Edit ~/Library/Application Support/Claude/claude_desktop_config.json and add the server under
 * mcpServers`) in free text (a document being written, a message). Editing is the file's purpose;
 * the line must name an edit verb before the path and no reading, sending or secret after it
 * (`edit … and paste its tokens here` still counts). Path arguments are never excused.
 *
 * Only the host side (before the first `:`) is judged: `/srv/app:/root/.ssh` mounts a project
 * folder, and a container path alone reads nothing from the host. One literal gate, bounded
 * patterns, no nested quantifiers.
 */

/** Home-directory spellings: `~`, `$HOME`, `${HOME}`, `/home/NAME`, `/Users/NAME`, `/root`. */
const HOME = String
  .raw`(?:~|\$\{?HOME\}?|\/home\/[\w.-]{1,40}|\/Users\/[\w.-]{1,40}|\/root)`;
/** Credential folders and files under a home directory. */
const SECRET_DIR = String
  .raw`\/\.(?:ssh|aws|kube|gnupg|docker|azure|config\/gcloud|netrc|git-credentials|npmrc|pypirc|password-store)`;
/** Agent sockets: ssh-agent, gpg-agent, the macOS Docker Desktop ssh relay. */
const AGENT = String
  .raw`\$\{?SSH_AUTH_SOCK\}?|\/run\/host-services\/ssh-auth\.sock|\/tmp\/ssh-[\w]{1,40}\/agent\.\d{1,8}|S\.gpg-agent(?:\.ssh)?`;
/** `HOST:CONTAINER` with a secret host side (a bind spec, a `-v` flag or a `--mount` source). */
const SECRET_BIND = new RegExp(
  String.raw`(?:^|[\s'"=,\[])(?:-v\s{1,4}|--volume[=\s]{1,4}|(?:source|src)=)?['"]?(?:` +
    String
      .raw`${HOME}${SECRET_DIR}(?:\/[\w.-]{0,60}){0,3}\/?|${AGENT})['"]?(?::[\w.\/~-]{1,200}|,\s{0,2}(?:target|dst|destination)=)`,
  "i",
);
/** The secret side itself (`/.ssh`, an agent socket): bench and prose texts hold the bare words. */
const GATE = new RegExp(
  `${SECRET_DIR}|SSH_AUTH_SOCK|ssh-auth\\.sock|\\/agent\\.\\d|S\\.gpg-agent`,
  "i",
);

/** True when `text` mounts a credential folder or an agent socket of the host into a container. */
export function secretMount(text: string): boolean {
  if (text.length > 8192 || !text.includes(":") && !/source=|src=/i.test(text)) return false;
  return GATE.test(text) && SECRET_BIND.test(text);
}

/** MCP client configuration files (the names users are told to edit in setup guides). */
const MCP_CONFIG =
  /(?:claude_desktop_config|cline_mcp_settings|mcp_settings|mcp_config|mcp)\.json$/i;
/** An edit verb shortly before the path on its line. */
const EDIT_BEFORE = /\b(?:edit|update|modify|configure|change)\b[^.!?\n]{0,60}$/i;
/** Reading, sending or secrets after the path on its line. */
const TAKES_AFTER =
  /\b(?:cat|type|get-content|curl|wget|base64|send|upload|post|paste|print|show|read|copy|cp|scp|share|attach|reply|return|contents?|tokens?|keys?|secrets?|credentials?|passwords?)\b/i;

/**
 * True when the sensitive `token` found at `at` in free text `view` is an MCP client configuration
 * that the line tells a person to edit, with nothing read or sent.
 */
export function mcpConfigEditMention(view: string, at: number, token: string): boolean {
  if (!MCP_CONFIG.test(token)) return false;
  const lineStart = view.lastIndexOf("\n", at) + 1;
  const before = view.slice(Math.max(lineStart, at - 120), at);
  if (!EDIT_BEFORE.test(before)) return false;
  const nl = view.indexOf("\n", at);
  const after = view.slice(at + token.length, nl < 0 ? at + 300 : Math.min(nl, at + 300));
  return !TAKES_AFTER.test(after) && !TAKES_AFTER.test(before);
}
