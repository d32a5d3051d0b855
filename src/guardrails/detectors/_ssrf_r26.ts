/**
 * Round-26 rules of the SSRF detector:
 *
 * - cloud metadata services reached by name rather than by 169.254.169.254: IBM Cloud VPC
 *   (`api.metadata.cloud.ibm.com`), Equinix Metal (`metadata.platformequinix.com`, the older
 *   `metadata.packet.net`), and any sub-domain of those;
 * - an SSH tool's own target host: `ssh_exec {host: "web1.internal"}` connects to the operator's
 *   server over an authenticated channel, which is what the tool is for. An internal *name* there
 *   is recorded, not blocked (addresses — loopback, private, metadata — keep their weight);
 * - a liveness probe in a shell command: `curl -sf http://localhost:8080/healthz` reads an
 *   up/down answer from a service on the same machine the shell already runs on. Loopback hits
 *   are recorded when every URL in the command is a loopback health endpoint and the command
 *   sends nothing (no method, body or upload flags) and pipes nothing into an interpreter.
 */
import type { FieldContext, Finding } from "../types.ts";

/** Metadata host names (and their sub-domains) that hand out instance credentials. */
const METADATA_DOMAINS = [
  "api.metadata.cloud.ibm.com",
  "metadata.cloud.ibm.com",
  "metadata.platformequinix.com",
  "metadata.packet.net",
];

/** True when `h` (normalized, lower-case) is a named cloud metadata service of round 26. */
export function r26MetadataHost(h: string): boolean {
  if (!h.includes("metadata")) return false;
  return METADATA_DOMAINS.some((d) => h === d || h.endsWith("." + d));
}

const SSH_TOOL = /(?:^|[_\-.\s])(?:ssh|sftp|scp)(?:[_\-.\s]|$)|^(?:ssh|sftp|scp)[A-Z]|ssh$/i;
/**
 * A remote-execution tool: it runs the call's command or script ON the named machine over the
 * operator's authenticated channel (SSH, WinRM/PowerShell remoting, an agent), so its target host
 * is where the work happens, not a URL the gateway's upstream fetches. `run_command`,
 * `run_powershell`, `invoke_pwsh`, `execute_command`, `run_cmd`, `cmd_exec`, `powershell`, and a
 * platform's own shell (`esxi_shell`, `router_shell`, `node_shell`; round 48) …
 */
const REMOTE_EXEC_TOOL =
  /^(?:(?:run|exec|execute|invoke|remote|terminal)[_\-.]?(?:command|cmd|powershell|pwsh|shell|script|ps)s?|(?:command|cmd|shell|powershell|pwsh)[_\-.]?(?:exec|run|execute)|powershell|pwsh|winrm[\w\-.]*|psexec|[a-z][a-z0-9]{1,15}[_\-.]shell)$/i;
const SSH_HOST_KEY =
  /^(?:host|hostname|server|remote_host|target_host|jump_host|bastion|proxy_jump|proxyjump|computer|computer_?name|machine|target)$/i;

/**
 * True when `field` is the target host of an SSH-family or remote-execution tool. What such a
 * call does is judged from its command by the command and code detectors; an internal NAME as
 * its target is recorded, and addresses (loopback, private, metadata) keep their weight.
 */
export function sshTargetHost(field: FieldContext): boolean {
  if (field.stage !== "input" || !SSH_HOST_KEY.test(field.key ?? "")) return false;
  const tool = field.tool ?? "";
  return SSH_TOOL.test(tool) || SSH_TOOL.test(field.server ?? "") || REMOTE_EXEC_TOOL.test(tool) ||
    FILE_OP_TOOL.test(tool);
}

/**
 * Round 46: a file-operation tool (`read_file`, `stat_file`, `search_files`, `list_directory`…)
 * whose `host` names the machine the operation runs on — its agent there reads the file, nothing
 * fetches a URL. Like an SSH target, an internal NAME is recorded; addresses keep their weight.
 */
const FILE_OP_TOOL =
  /^(?:read|write|stat|list|search|find|copy|move|delete|remove|get|tail|head|cat|edit|append|create)[_\-.]?(?:file|files|dir|dirs|directory|directories|folder|folders|path|paths|file_?info|metadata)$/i;

const COMMAND_KEY = /^(?:command|cmd|script|shell|run|commands?_line|command_line)$/;
/** Every URL of the command (bounded: commands are short). */
const URL_G = /\bhttps?:\/\/[^\s"'`|;&<>)]{1,300}/gi;
/** A loopback liveness endpoint: nothing after the path but an optional trailing slash. */
const HEALTH_URL =
  /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{2,5})?\/(?:actuator\/|-\/)?(?:healthz?|livez|readyz|ready|live|ping|status|health\/(?:live|ready|liveness|readiness))\/?$/i;
/** Flags that send or change something, and hand-offs of the answer to an interpreter. */
const SENDS =
  /(?:^|\s)(?:-X|--request|-d|--data[\w-]{0,8}|-F|--form|-T|--upload-file|--json|-K|--config|--unix-socket|-o|--output|-O|--post-data|--method)(?:\s|=|$)|\|\s{0,4}(?:ba|z|da|k)?sh\b|\|\s{0,4}(?:python|perl|ruby|node|php|iex)/;

/** True when `text` (a shell command argument) only probes loopback health endpoints. */
export function localHealthProbe(text: string, field: FieldContext): boolean {
  if (field.stage !== "input" || !COMMAND_KEY.test(field.key ?? "") || text.length > 600) {
    return false;
  }
  const urls = text.match(URL_G);
  if (!urls || urls.length > 4 || !urls.every((u) => HEALTH_URL.test(u))) return false;
  return !SENDS.test(text);
}

/**
 * `findings` with the round-26 record-only cases set to low: internal host names as an SSH
 * tool's target, loopback hits of a shell command that only probes health endpoints.
 */
export function r26Weighted(findings: Finding[], text: string, field: FieldContext): Finding[] {
  const ssh = sshTargetHost(field);
  const probe = !ssh && findings.some((f) => f.kind === "loopback") &&
    localHealthProbe(text, field);
  if (!ssh && !probe) return findings;
  const lowKind = ssh ? "internal_hostname" : "loopback";
  return findings.map((f) => f.kind === lowKind ? { ...f, severity: "low" } : f);
}
