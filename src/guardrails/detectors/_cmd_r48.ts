/**
 * Round-48 command techniques (tradecraft knowledge base), each in the forms it is written in:
 *
 * - privilege escalation by a set-uid (or setuid capability) on a program that can run a shell or
 *   read/write any file (the GTFOBins "SUID" / "Capabilities" lists: find, python, perl, vim, awk,
 *   env, nmap, tar, cp …): `chmod u+s`, `chmod 4755`, `install -m 4755`, `setcap cap_setuid+ep` —
 *   every local user then gets root (`find . -exec /bin/sh -p`, `os.setuid(0)`). Removing the bit
 *   (`chmod u-s`), a set-gid directory and a set-uid helper of one's own pass;
 * - runtime security monitoring switched off by starving its workload: the DaemonSet / Deployment
 *   of a detection or enforcement agent (Falco, Falcon, Sysdig, Tetragon, Wazuh, NeuVector …)
 *   patched with a node selector or affinity (no node matches, every pod is evicted) or to zero
 *   replicas, scaled to zero, deleted or uninstalled. A selector on the OS / architecture label
 *   (where the agent can run) passes.
 *
 * Literal gates through the shared tradecraft gate; bounded windows, no nested quantifiers over
 * overlapping classes.
 */
import type { TradecraftRule } from "./_tradecraft_core.ts";

const r = String.raw;

/** Programs that give a shell or arbitrary file access when set-uid (GTFOBins). */
const SHELL_CAPABLE =
  r`(?:find|python[\d.]{0,5}|perl[\d.]{0,5}|ruby[\d.]{0,5}|php[\d.]{0,5}|node|nodejs|lua[\d.]{0,5}|vim?|rvim|vim\.basic|nano|less|more|awk|gawk|mawk|nawk|env|ksh|csh|tcsh|ash|nmap|tar|zip|cp|mv|tee|dd|busybox|gdb|docker|strace|taskset|ionice|nice|timeout|xargs|watch|git|rsync|make|expect|tclsh|wish|socat|sed|ed|base64|xxd|openssl|systemctl|journalctl|chmod|chown|cat|head|tail|diff|jq|curl|wget|screen|tmux|flock|stdbuf|script|run-parts|start-stop-daemon|capsh|setarch|unshare|nsenter|chroot)`;

/** A program operand: a path in a bin directory or a `$(which …)` lookup. */
const PROGRAM =
  r`(?:['"]?(?:\/(?:usr\/)?(?:local\/)?s?bin\/|\/opt\/[\w.-]{1,40}\/bin\/)${SHELL_CAPABLE}(?![\w.-])|\$\(\s{0,2}(?:which|command\s{1,2}-v)\s{1,3}${SHELL_CAPABLE}\s{0,2}\))`;

/** A set-uid mode: symbolic (`u+s`, `+s`, `u=rwxs`) or octal with the 4000 bit. */
const SUID_MODE =
  r`(?:[ugoa]{0,3}\+[rwxX]{0,3}s[rwxX]{0,3}|u=[rwx]{0,3}s[rwx]{0,3}|0?[4-7][0-7]{3})`;

/** Security detection / enforcement agents run as cluster workloads. */
const AGENT =
  r`(?:falco|falcon(?:-sensor|-node-sensor)?|crowdstrike[\w-]{0,20}|sysdig(?:-agent)?|tetragon|tracee|wazuh(?:-agent)?|aqua(?:-enforcer|-kube-enforcer|-agent)|twistlock(?:-defender)?|neuvector(?:-enforcer[\w-]{0,10})?|stackrox[\w-]{0,20}|sentinelone[\w-]{0,20}|s1-agent|cbcontainers[\w-]{0,20}|lacework(?:-agent)?|qualys(?:-agent|-container-sensor)?|deepsecurity[\w-]{0,20}|prisma-cloud-defender|osquery[\w-]{0,10}|auditbeat|kubearmor|gatekeeper-audit|gatekeeper-controller-manager|kyverno[\w-]{0,20})`;

/** A workload kind. */
const WORKLOAD = r`(?:ds|daemonsets?|deploy(?:ments?)?|statefulsets?|sts)(?:\.apps)?`;

export const R48_TRADECRAFT_RULES: TradecraftRule[] = [
  {
    id: "evade.suid_on_shell_capable_program",
    lit: ["chmod", "setcap", "install"],
    re: new RegExp(
      [
        r`\bchmod[ \t]{1,3}(?:-[a-zA-Z]{1,3}[ \t]{1,3})?${SUID_MODE}[ \t]{1,3}(?:[^\s;&|]{1,120}[ \t]{1,3}){0,4}?${PROGRAM}`,
        r`\binstall[ \t]{1,3}(?:-[a-zA-Z][ \t]{1,3}\S{1,40}[ \t]{1,3}){0,3}-m[ \t]{0,2}0?[4-7][0-7]{3}[ \t]{1,3}${PROGRAM}`,
        r`\bsetcap\s{1,3}['"]?cap_(?:setuid|setgid|dac_override|dac_read_search|sys_admin|sys_ptrace|chown|fowner)[\w,]{0,60}[+=][eip]{1,3}['"]?\s{1,3}${PROGRAM}`,
      ].join("|"),
    ),
    why:
      "sets the set-uid bit (or a setuid capability) on a program that can start a shell or read/write any file: every local user gets root",
  },
  {
    id: "evade.security_agent_unscheduled",
    lit: [
      "falco",
      "falcon",
      "crowdstrike",
      "sysdig",
      "tetragon",
      "tracee",
      "wazuh",
      "aqua",
      "twistlock",
      "neuvector",
      "stackrox",
      "sentinelone",
      "s1-agent",
      "cbcontainers",
      "lacework",
      "qualys",
      "deepsecurity",
      "prisma-cloud",
      "osquery",
      "auditbeat",
      "kubearmor",
      "gatekeeper",
      "kyverno",
    ],
    re: new RegExp(
      [
        // patched to run on no node (a selector / affinity) or to zero replicas
        r`\bpatch\s{1,4}${WORKLOAD}(?:\/|\s{1,4})${AGENT}(?![\w-])[^\n]{0,400}?(?:nodeSelector|nodeAffinity|["']?replicas["']?\s{0,3}:\s{0,3}0\b)`,
        // scaled to zero, deleted, uninstalled
        r`\bscale\s{1,4}${WORKLOAD}(?:\/|\s{1,4})${AGENT}(?![\w-])[^\n]{0,120}?--replicas[\s=]{1,2}0\b`,
        r`\bdelete\s{1,4}${WORKLOAD}(?:\/|\s{1,4})${AGENT}(?![\w-])`,
        r`\bhelm\s{1,4}(?:uninstall|delete|del|un)\s{1,4}${AGENT}(?![\w-])`,
      ].join("|"),
      "i",
    ),
    // A selector on the OS / architecture label only says where the agent can run.
    not: /kubernetes\.io\/(?:os|arch)\b|beta\.kubernetes\.io\/(?:os|arch)\b/,
    why:
      "starves a security detection / enforcement agent of nodes (node selector no node matches, zero replicas, deleted): runtime threat detection goes dark",
  },
];

/** A substitution that only looks up who / where the script runs (`$(whoami)`, `$(hostname)`). */
const IDENTITY_LOOKUP =
  /^\s{0,2}(?:whoami|id\s{1,2}-u?n|hostname(?:\s{1,2}-[sf])?|uname\s{1,2}-[nrsm])\s{0,2}$/;
/** A network sender or resolver on the same line: what the lookup's answer would be sent with. */
const NET_LINE =
  /(?:^|[\s;&|(])(?:curl|wget|nc|ncat|netcat|socat|nslookup|dig|host|ping|telnet|ftp|scp|rsync|ssh|iwr|irm|invoke-webrequest|invoke-restmethod|resolve-dnsname|mail|sendmail)(?=\s)|https?:\/\/|\/dev\/(?:tcp|udp)\//i;

/**
 * Round 48: a stored script or guide (a text of several lines) in which an identity lookup only
 * labels a value of a local command (`ssh-keygen -C "$(whoami)@acme"`, `git config user.name
 * "$(whoami)"`): its answer goes into a key comment or a file name, nothing is sent. A one-line
 * value with `$(whoami)` (the injection probe), or a line that sends or resolves the answer
 * (`nslookup $(whoami).x.example`, `curl …/?u=$(whoami)`), still counts.
 */
export function labelOnlyLookup(view: string, at: number, inner: string): boolean {
  if (!IDENTITY_LOOKUP.test(inner) || !view.includes("\n")) return false;
  const from = view.lastIndexOf("\n", at) + 1;
  const stop = view.indexOf("\n", at);
  const line = view.slice(from, stop === -1 ? view.length : stop);
  return !NET_LINE.test(line) && !/[;&|`]/.test(line.replace(/\$\([^()]{0,40}\)/g, ""));
}

/** A whole-line shell comment or a blank line. */
const NOTE_LINE = /^\s*(?:#[^\n]*)?$/;
/** The start of a trailing comment (`cat id.pub   # send only this`). */
const NOTE_START = /[ \t]#/;

/** `line` without a trailing comment that holds no quote, backquote or `$`. */
function dropTrailingNote(line: string): string {
  const m = NOTE_START.exec(line);
  if (!m || /['"`$]/.test(line.slice(m.index))) return line;
  return line.slice(0, m.index).trimEnd();
}

/** An identity lookup in a double-quoted label (`-C "$(whoami)@acme"`). */
const QUOTED_LOOKUP =
  /(?<="[^"\n]{0,80})\$\(\s{0,2}(?:whoami|hostname(?:\s{1,2}-[sf])?|id\s{1,2}-un)\s{0,2}\)(?=[^"\n]{0,80}")/g;

/**
 * Round 48: a shell snippet of a guide as the shell runs it — comment lines and trailing comments
 * dropped (they run nothing), an identity lookup inside a quoted label read as a plain word — so
 * the SSH key-housekeeping proof (./_path_r31.ts) judges the steps themselves.
 */
export function shellWithoutNotes(text: string): string {
  if (text.length > 4000 || (!text.includes("#") && !text.includes("$("))) return text;
  return text.split("\n").map(dropTrailingNote).filter((l) => !NOTE_LINE.test(l))
    .join("\n").replace(QUOTED_LOOKUP, "user");
}
