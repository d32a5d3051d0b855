/**
 * Round-19 command techniques the command injection detector checks in tool arguments (input
 * stage, before its metacharacter pre-filter):
 *
 * - a Python reverse shell written inline (`socket.create_connection(…)` or `s.connect(…)` whose
 *   descriptors are handed to a shell with `os.dup2`/`pty.spawn`/`subprocess(["/bin/sh"])`),
 *   wherever it sits (`xargs … python3 -c "…"`, `find -exec`, a bare `-c` string);
 * - a netcat or telnet relay handing the connection to any shell, busybox/toybox applets included
 *   (`busybox nc HOST PORT -e /bin/ash`, `telnet HOST PORT | /bin/sh`): the older rule knew only
 *   sh/bash/zsh/dash and a bare `nc`;
 * - git configuration that runs a program set to a payload: `git config core.fsmonitor "curl …|
 *   sh"`, `diff.external`, `credential.helper`/`alias.x` with `!`, `filter.*.clean/smudge`,
 *   `core.sshCommand`/`pager`/`editor`, `gpg.program` — on a command line, under a key named so,
 *   or as the value of a git tool's setting. A payload is a download, a pipe into a shell, a
 *   `sh -c`, `/dev/tcp` or a program in a temp folder: `core.editor=vim`, `alias.lg='!git log'`
 *   and `core.fsmonitor=true` pass;
 * - a command written backwards whose `$(rev <<< '…')` output stands in command position (the
 *   shell runs what the substitution prints), or is fed to `bash <<<`;
 * - an editor auto-run file with a payload: a VS Code task with `"runOn": "folderOpen"` (runs when
 *   the folder opens) or a JetBrains startup task whose command downloads or pipes into a shell.
 *
 * Each check sits behind a cheap literal test; every pattern is bounded, no nested quantifiers.
 */
import type { FieldContext } from "../types.ts";

/** The finding for one value: a kind and a reason. */
export interface R19Hit {
  kind: string;
  reason: string;
}

/** A socket that connects out. */
const SOCKET_CONNECT = /\bsocket\b[^\n]{0,600}?\b(?:create_connection|connect(?:_ex)?)\s{0,4}\(/;
/** The socket's descriptors handed to a shell (or a pty running one); `subprocess` may be aliased. */
const SHELL_HANDOFF =
  /\b(?:os\s{0,2}\.\s{0,2})?dup2\s{0,4}\(|\bpty\s{0,2}\.\s{0,2}spawn\s{0,4}\(|\.\s{0,2}(?:call|Popen|run|check_call|check_output)\s{0,4}\(\s{0,4}\[?\s{0,4}['"](?:\/bin\/)?(?:ba|z|a|da|k)?sh\b/;

/** Shells and interpreters a relay hands a connection to (busybox's `ash` included). */
const RELAY_PROGRAM = String
  .raw`['"]?(?:\/[\w.-]{1,30}){0,3}\/?(?:(?:ba|z|k|da|a|mk|fi|tc|c|y)?sh|busybox|python[23]?|perl|ruby|php|pwsh|powershell|cmd(?:\.exe)?)\b`;
/** `nc/ncat/netcat … -e PROGRAM` (or `-c`), with or without a busybox/toybox prefix. */
const NC_EXEC = new RegExp(
  String
    .raw`(?:^|[\s;&|(\x60'"])(?:nc|ncat|netcat|nc\.traditional|nc\.openbsd)\b[^\n;&|]{0,160}?\s-[a-z]{0,3}[ec]\s{0,4}${RELAY_PROGRAM}`,
  "i",
);
/** `telnet HOST PORT | sh` (the classic relay when nc has no -e). */
const TELNET_SHELL =
  /\btelnet\s{1,4}[\w.:\[\]-]{1,100}\s{1,4}\d{1,5}\s{0,4}(?:2>&1\s{0,4})?\|\s{0,4}(?:\/bin\/)?(?:ba|a|z|da)?sh\b/i;

/** git settings whose value git runs as a program (lower-cased). */
const GIT_RUN_KEY = String
  .raw`(?:core\.(?:fsmonitor|sshcommand|pager|editor|askpass)|sequence\.editor|diff\.(?:external|[\w-]{1,40}\.(?:textconv|command))|credential\.(?:[\w.:\/-]{1,80}\.)?helper|alias\.[\w-]{1,40}|filter\.[\w-]{1,40}\.(?:clean|smudge|process)|merge\.[\w-]{1,40}\.driver|gpg\.(?:[\w]{1,10}\.)?program|uploadpack\.packobjectshook|pager\.[\w-]{1,40})`;
/** A git run key followed by its value on a command line (`git config KEY VALUE`, `-c KEY=VALUE`). */
const GIT_KEY_VALUE = new RegExp(
  String.raw`(?:^|[\s'"])${GIT_RUN_KEY}['"]?(?:\s{1,4}|\s{0,2}=\s{0,2})([^\n]{1,400})`,
  "gi",
);
/** The section names of those settings (a cheap test before the key-value scan). */
const GIT_KEY_GATE = /(?:core|alias|filter|diff|credential|gpg|sequence|merge|uploadpack|pager)\./i;
/** A field key that names a git run setting. */
const GIT_RUN_FIELD = new RegExp(`^${GIT_RUN_KEY}$`, "i");
/** What a payload is: a download, a pipe into a shell, `sh -c`, a raw socket, a temp program. */
const PAYLOAD =
  /\b(?:curl|wget|fetch|aria2c|iwr|Invoke-WebRequest|nc|ncat|socat)\b[^\n]{0,200}|\|\s{0,4}(?:sudo\s{1,4})?(?:\/bin\/)?(?:ba|z|k|da|a)?sh\b|\b(?:ba|z|k|da)?sh\s{1,4}-c\b|\/dev\/(?:tcp|udp)\/|(?:^|[\s'"=!])\/(?:tmp|var\/tmp|dev\/shm)\/|\bbase64\s{1,4}(?:-d|--decode)\b|\b(?:python[23]?|perl|ruby|node)\s{1,4}-[ce]\b/i;

/** The finding for a git run setting given a payload. */
const GIT_HIT: R19Hit = {
  kind: "dangerous_command",
  reason:
    "sets a git option that runs a program (fsmonitor, sshCommand, alias !, filter, helper) to a download or shell payload",
};
/** Value fields of a git tool's configuration call. */
const GIT_VALUE_KEY = /^(?:value|val|setting|config_value|new_value)$/;

/**
 * A value named by a git run key (a field `core.fsmonitor`, or `{"key": "core.fsmonitor",
 * "value": …}` which the gateway pairs), or a git tool's generic value field whose key argument it
 * cannot see: the value must carry the payload.
 */
function gitFieldValue(text: string, field: FieldContext): boolean {
  const key = field.key ?? "";
  if (GIT_RUN_FIELD.test(key)) return PAYLOAD.test(text);
  if (!GIT_VALUE_KEY.test(key)) return false;
  const tool = `${field.tool ?? ""} ${field.server ?? ""}`.toLowerCase();
  return tool.includes("git") && PAYLOAD.test(text);
}

/** True when a git setting that runs a program is given a payload, in `text` or field `field`. */
function gitRunsPayload(text: string, field: FieldContext): boolean {
  if (gitFieldValue(text, field)) return true;
  if (!GIT_KEY_GATE.test(text)) return false;
  GIT_KEY_VALUE.lastIndex = 0;
  for (let m = GIT_KEY_VALUE.exec(text), n = 0; m && n < 8; m = GIT_KEY_VALUE.exec(text), n++) {
    if (PAYLOAD.test(m[1])) return true;
  }
  return false;
}

/** A substitution whose output is the command (start of a line or after a separator). */
const REV_COMMAND_POSITION =
  /(?:^|[;&|\n{(])\s{0,4}["']?(?:\$\(|\x60)\s{0,4}(?:[^)\x60\n]{0,300}?\|\s{0,4})?rev\b|\b(?:ba|z|k|da)?sh\s{0,4}<<<\s{0,4}["']?(?:\$\(|\x60)\s{0,4}(?:[^)\x60\n]{0,300}?\|\s{0,4})?rev\b/;

/** A VS Code task that runs when the folder opens, or a JetBrains startup task. */
const AUTO_RUN = /["']?runOn["']?\s{0,4}:\s{0,4}["']folderOpen["']|ProjectStartupTaskManager/;

/**
 * Round-19 techniques in one argument value (`text` raw; `free` for a free-text argument). The
 * auto-run file check also runs on free text (a file's content argument is free text).
 */
export function r19Techniques(
  text: string,
  field: FieldContext,
  free: boolean,
): R19Hit | undefined {
  if (field.stage !== "input" || text.length > 8192) return undefined;
  if (
    (text.includes("folderOpen") || text.includes("StartupTask")) && AUTO_RUN.test(text) &&
    PAYLOAD.test(text)
  ) {
    return {
      kind: "dangerous_command",
      reason:
        "writes an editor task that runs on folder open (VS Code runOn, JetBrains startup task) with a download or shell payload",
    };
  }
  // A value under a git run key (the gateway pairs `{"key": K, "value": V}`) or a git tool's value
  // field is free text by name; the payload test is strict enough for it.
  if (free) return gitFieldValue(text, field) ? GIT_HIT : undefined;
  if (
    text.includes("socket") && (text.includes("dup2") || text.includes("spawn") ||
      text.includes("sh")) &&
    SOCKET_CONNECT.test(text) && SHELL_HANDOFF.test(text)
  ) {
    return {
      kind: "reverse_shell",
      reason: "opens a Python reverse shell (a connected socket handed to a shell)",
    };
  }
  if (
    (text.includes("nc") || text.includes("telnet")) &&
    (NC_EXEC.test(text) || TELNET_SHELL.test(text))
  ) {
    return {
      kind: "reverse_shell",
      reason: "relays a network connection into a shell (nc -e, telnet | sh, busybox applets)",
    };
  }
  if (gitRunsPayload(text, field)) return GIT_HIT;
  if (text.includes("rev") && REV_COMMAND_POSITION.test(text)) {
    return {
      kind: "obfuscated_command",
      reason: "runs the output of rev (a command written backwards) as a command",
    };
  }
  return undefined;
}

/** `printenv | grep NAME` (or `env |`) ending the value, with grep's options captured. */
const ENV_GREP =
  /(?:^|[\s'"])(?:printenv|env)\s{0,4}\|\s{0,4}grep((?:\s{1,4}-[a-zA-Z]{1,4}){0,3})\s{1,4}(["']?)\^?([A-Za-z_][A-Za-z0-9_]{0,60})\2\s{0,4}["']?\s{0,4}$/;
/** Variable names whose values are credentials (a listing filtered to these is a harvest). */
const SECRET_NAME = /key|token|secret|pass|pwd|cred|auth|cookie|session|conn|private|cert|dsn/i;

/**
 * True when `value` is an environment listing filtered to one plain, non-secret name, and nothing
 * else is chained (`kubectl exec … -- sh -c 'printenv | grep ^FEATURE_'`): it reads feature flags
 * or a PATH, not every secret of the process. `grep -v` (everything but) and secret-like names
 * (`grep TOKEN`) still count, like the PowerShell listing rule of round 16 (./_code_r13.ts).
 */
export function filteredEnvListing(value: string): boolean {
  if (!value.includes("grep")) return false;
  const m = value.match(ENV_GREP);
  if (!m || /v/.test(m[1]) || SECRET_NAME.test(m[3])) return false;
  // Exactly one pipe and no other separator or substitution anywhere in the value.
  return value.split("|").length === 2 && !/[;&`\n]|\$\(/.test(value);
}
