/**
 * Round-14 command techniques the command injection detector checks in every field (a shell
 * tool's own `command` included: each is a way to hide a download, an upload or a host escape
 * from the plain `curl … | sh` checks):
 *
 * - a download stored in a variable and run later (`set p (curl …); eval $p`, `s=$(wget -qO- …);
 *   bash -c "$s"`);
 * - a hook option that makes another program start a shell whose script reaches the network
 *   (tar `--checkpoint-action=exec=`, rsync/ssh `-e 'sh -c "…"'`, `--to-command`, ProxyCommand);
 * - awk running commands: `system()` with a network tool or a shell, a gawk `/inet/` socket,
 *   output piped to a shell;
 * - a pod spec override that shares the node's PID/network namespace or runs privileged, and
 *   `nsenter` into PID 1 written as a JSON argument list;
 * - wildcard globs that stand in for a program or a secret file (`/???/?at /e??/s?a*ow`);
 * - variable slices that spell a secret path (`${HOME:0:1}etc${HOME:0:1}shadow`).
 *
 * Every pattern is bounded and has no nested quantifiers.
 */
import { resolveSlices } from "./_cmd_r13.ts";

/** The finding for one view: a kind and a reason. */
export interface R14Hit {
  kind: string;
  reason: string;
}

/** A variable filled from a download: fish `set [-l] p (curl …)`, sh `p=$(curl …)` / `` p=`wget …` ``. */
const FETCH_ASSIGN =
  /\bset\s+(?:-[a-zA-Z]{1,4}\s+){0,3}([A-Za-z_]\w{0,30})\s+\(\s*(?:curl|wget|fetch)\b|(?:^|[\s;&|(])([A-Za-z_]\w{0,30})=["']?(?:\$\(|\x60)\s*(?:curl|wget|fetch)\b/g;
/** A runner of text held in a variable: eval, source, `sh -c`, an interpreter's `-c`/`-e`. */
const RUNNER =
  /(?:\beval|\bsource|(?:^|[\s;&|])\.|\b(?:ba|z|k|da|fi)?sh\s+-c|\bpython[23]?\s+-c|\bperl\s+-e|\bnode\s+-e)\s+["']?\$\{?([A-Za-z_]\w{0,30})/g;

/** True when a download is stored in a variable that is then evaluated or run by a shell. */
function fetchThenRun(view: string): boolean {
  const names = new Set<string>();
  FETCH_ASSIGN.lastIndex = 0;
  for (let m = FETCH_ASSIGN.exec(view); m && names.size < 8; m = FETCH_ASSIGN.exec(view)) {
    names.add(m[1] ?? m[2]);
  }
  if (names.size === 0) return false;
  RUNNER.lastIndex = 0;
  for (let m = RUNNER.exec(view); m; m = RUNNER.exec(view)) {
    if (names.has(m[1])) return true;
  }
  return false;
}

/**
 * Options that hand a command string to a shell on the tool's behalf. `find -exec sh -c` is
 * left out: it is everyday shell usage.
 */
const HOOK_OPTION =
  /(?<![^\s'"=])(?:--checkpoint-action\s*=\s*['"]?exec\s*=|--(?:to-command|use-compress-program|rsh|rsync-path|proxy-command)(?:\s*=\s*|\s+)|-e\s+['"]?(?=(?:ba|z|k|da)?sh\s+-c\b)|-o\s*['"]?(?:Proxy|Local)Command\s*=|-TT\s+)/g;
/** What the hooked command does that a hook never needs: a network tool, a socket, a pipe to a shell. */
const HOOK_PAYLOAD =
  /\b(?:curl|wget|nc|ncat|netcat|socat|telnet)\b|\/dev\/(?:tcp|udp)\/|\|\s*(?:ba|z|k|da)?sh\b/;
/** ProxyCommand legitimately runs `nc %h %p` or `ssh -W`: only a download or a shell pipe counts. */
const PROXY_PAYLOAD = /\b(?:curl|wget)\b|\/dev\/tcp\/|\|\s*(?:ba|z|k|da)?sh\b/;

/** True when a hook option's command (the next 300 characters) reaches the network. */
function hookedNetwork(view: string): boolean {
  HOOK_OPTION.lastIndex = 0;
  for (let m = HOOK_OPTION.exec(view); m; m = HOOK_OPTION.exec(view)) {
    const end = HOOK_OPTION.lastIndex;
    const cut = view.indexOf("\n", end);
    const value = view.slice(end, Math.min(end + 300, cut < 0 ? view.length : cut));
    const proxy = /Command\s*=$/i.test(m[0]);
    if ((proxy ? PROXY_PAYLOAD : HOOK_PAYLOAD).test(value)) return true;
  }
  return false;
}

/** awk running a network tool or shell, opening a gawk socket, or piping its output to a shell. */
const AWK_EXEC =
  /\bsystem\s*\(\s*[^)\n]{0,300}?(?:\b(?:curl|wget|nc|ncat|netcat|socat|telnet)\b|\/dev\/tcp\/|\b(?:ba|z|k|da)?sh\s+-c\b)|\/inet[46]?\/(?:tcp|udp)\/|\bprint[^|\n]{0,200}\|\s*["'](?:(?:\/usr)?\/bin\/)?(?:ba|z|k|da)?sh["']/;

/** A pod spec override that shares a host namespace or runs privileged. */
const POD_OVERRIDE =
  /--overrides[\s\S]{0,2000}?["']?(?:hostPID|hostNetwork|hostIPC|privileged)["']?\s*:\s*true\b/;
/** `nsenter` into PID 1 as a JSON or YAML argument list: `"nsenter","-t","1"`. */
const NSENTER_LIST = /\bnsenter["']?\s*,\s*["'](?:-t|--target)["']\s*,\s*["']?1["'\s,\]]/;

/** Paths a wildcard glob stands in for to hide a program or a secret file. */
const GLOB_TARGETS = [
  "/bin/cat",
  "/usr/bin/cat",
  "/bin/sh",
  "/bin/bash",
  "/usr/bin/bash",
  "/bin/nc",
  "/usr/bin/nc",
  "/bin/netcat",
  "/usr/bin/curl",
  "/usr/bin/wget",
  "/usr/bin/python3",
  "/usr/bin/perl",
  "/usr/bin/base64",
  "/usr/bin/socat",
  "/etc/shadow",
  "/etc/passwd",
  "/etc/sudoers",
  "/root/.ssh/id_rsa",
  "/root/.bash_history",
];
/** An absolute path token with a wildcard in it. */
const GLOB_TOKEN = /(?<![\w.\/])\/[\w.?*\/\[\]-]{2,60}/g;

/** The anchored pattern a shell glob stands for (`?` one character, `*` a run, `[…]` a class). */
function globPattern(token: string): RegExp {
  const source = token.replace(
    /\[[^\]]{0,20}\]|[?*]|[^?*\[]/g,
    (c) =>
      c === "?"
        ? "[^/]"
        : c === "*"
        ? "[^/]{0,40}"
        : c.startsWith("[")
        ? c.replace(/^\[!/, "[^")
        : c.replace(/[.\\+^$(){}|\]-]/g, "\\$&"),
  );
  return new RegExp(`^${source}$`);
}

/**
 * True when a wildcard path matches a program or secret file and hides at least two letters.
 * Exported: a glob needs no shell metacharacter, so the detector checks it before its prefilter.
 */
export function globStandIn(view: string): boolean {
  if (!view.includes("?") && !view.includes("*")) return false;
  GLOB_TOKEN.lastIndex = 0;
  for (let m = GLOB_TOKEN.exec(view); m; m = GLOB_TOKEN.exec(view)) {
    if (!m[0].includes("?") && !m[0].includes("*")) continue;
    const wild = m[0].match(/[?*]|\[[^\]]{0,20}\]/g)?.length ?? 0;
    if (wild < 2) continue;
    const re = globPattern(m[0]);
    if (GLOB_TARGETS.some((t) => re.test(t))) return true;
  }
  return false;
}

/** Secret files and sockets a sliced path spells. */
const SLICED_SECRET =
  /\/etc\/(?:shadow|passwd|sudoers)\b|\/\.ssh\/(?:id_|authorized_keys)|\/\.aws\/credentials|\/dev\/(?:tcp|udp)\//;
const SLICE_GATE = /\$\{[A-Za-z_]\w{0,30}:\s*-?\d{0,4}:/;

/** True when slices of well-known variables spell a secret path (`${HOME:0:1}etc${HOME:0:1}shadow`). */
function slicedSecretPath(view: string): boolean {
  if (!view.includes("${") || !SLICE_GATE.test(view)) return false;
  // `${HOME::1}` is `${HOME:0:1}`.
  const resolved = resolveSlices(view.replace(/\$\{([A-Za-z_]\w{0,30})::/g, "${$1:0:"));
  return resolved !== view && SLICED_SECRET.test(resolved) && !SLICED_SECRET.test(view);
}

/** Round-14 techniques in `view` (argument-sized: callers skip long documents). */
export function r14Techniques(view: string): R14Hit | undefined {
  if (view.length > 8192) return undefined;
  if (
    (view.includes("curl") || view.includes("wget") || view.includes("fetch")) && fetchThenRun(view)
  ) {
    return { kind: "dangerous_command", reason: "stores a download in a variable and runs it" };
  }
  if (view.includes("-") && hookedNetwork(view)) {
    return {
      kind: "argument_injection",
      reason: "passes a hook option whose command reaches the network (tar/rsync/ssh hooks)",
    };
  }
  if (view.includes("awk") && AWK_EXEC.test(view)) {
    return {
      kind: "code_execution",
      reason: "is an awk program that runs network tools or a shell",
    };
  }
  if (view.includes("--overrides") && POD_OVERRIDE.test(view)) {
    return {
      kind: "dangerous_command",
      reason: "overrides a pod spec to share the node's namespaces or run privileged",
    };
  }
  if (view.includes("nsenter") && NSENTER_LIST.test(view)) {
    return { kind: "dangerous_command", reason: "escapes from a container into the host" };
  }
  if (globStandIn(view)) {
    return {
      kind: "obfuscated_command",
      reason: "spells a program or secret file with wildcard globs",
    };
  }
  if (slicedSecretPath(view)) {
    return { kind: "obfuscated_command", reason: "spells a secret path from variable slices" };
  }
  return undefined;
}

/** `-r requirements-dev.txt`, `--constraint constraints.txt`: a relative requirements file. */
const REQUIREMENT_FILE =
  /^(?:-r|-c|--requirement|--constraint)(?:\s*=\s*|\s+)(?!\/|~|[a-z]:)(?![^\s]{0,200}\.\.)[\w.\/-]{1,200}\.(?:txt|in)$/i;

/** True when a requirement argument names a pip requirements file inside the project. */
export function requirementsFile(value: string): boolean {
  return REQUIREMENT_FILE.test(value.trim());
}
