/**
 * Round-31 command rules:
 *
 * - a whole Kubernetes namespace (or OpenShift project) deleted without mercy: forced with no
 *   grace period, every namespace at once (`--all`), or one named as production or as the
 *   cluster's own (`kube-system`). Deleting a feature/preview namespace the normal way passes;
 * - shared git history destroyed: a forced push (`--force`, `-f`, `+ref`, `--mirror`) onto a
 *   main/master/trunk/release/production branch, a push of a parentless `git commit-tree` commit
 *   (history replaced by one orphan commit), or the default branch deleted on the remote.
 *   `--force-with-lease` and forced pushes of feature branches pass;
 * - a whole credential-bearing home folder (`~/.config`, `~/.aws`, `~/.ssh`, `~/.kube`,
 *   `~/.docker`, `~/.gnupg`, `%APPDATA%` …) read in bulk (a glob, an archiver, a recursive walk)
 *   and sent to an HTTP upload (curl data/form/upload options, nushell/httpie `http post`,
 *   `Invoke-RestMethod`, `wget --post-file`, nc/socat). A local backup or listing passes;
 * - endpoint security switched off: Defender real-time/behaviour/IOAV protection disabled,
 *   exclusions added for world-writable staging folders, whole drives, executable extensions or
 *   script hosts, its services stopped, its definitions removed, the firewall turned off, SELinux
 *   permissive, auditing stopped, an EDR agent stopped, Gatekeeper disabled. Reading settings,
 *   re-enabling and excluding a project folder pass;
 * - git URL rewriting to another host: `url.<X>.insteadOf <Y>` where X is on a different domain
 *   than Y (every clone/fetch/push of Y, with its credentials, silently goes to X). Same-host
 *   rewrites (HTTPS → SSH, adding a user) and aliases (`gh:`) pass;
 * - PowerShell `-EncodedCommand` whose program name sits in another argument (an argv array
 *   `["-NoP", "-EncodedCommand", "JAB…"]` with `file: powershell.exe`): the UTF-16LE base64 is
 *   decoded (see {@link encodedCommandView}) so the ordinary rules judge the script.
 *
 * One case-insensitive word test first ({@link R31_WORD}); bounded patterns, no nested quantifiers.
 */

/** A word one of the checks below needs: one pass over every command-like value. */
export const R31_WORD =
  /delete\s{1,4}(?:ns|namespaces?|projects?)\b|push\s|mppreference|windefend|mpcmdrun|defender|firewall|setenforce|auditctl|systemctl|spctl|mdatp|insteadof|\.(?:config|aws|ssh|kube|docker|gnupg|azure)\b|appdata/i;

// --- Kubernetes namespace wipe -----------------------------------------------------------------

const NS_DELETE =
  /(?:(?:^|[\s;&|(`])(?:kubectl|oc|k|kubecolor)(?:\.exe)?\s{1,4}(?:--?[\w-]{1,30}(?:[= ]\S{1,120})?\s{1,4}){0,4}|^\s{0,4})delete\s{1,4}(?:namespaces?|ns|projects?)\b([^\n;&|]{0,400})/i;
const NS_FORCE = /(?:^|\s)--force(?:=true)?(?=\s|$)/i;
const NS_NOW = /(?:^|\s)(?:--grace-period(?:=|\s{1,4})0|--now)(?=\s|$)/i;
const NS_ALL = /(?:^|\s)(?:--all|-A|--all-namespaces)(?=\s|$)/;
/** A namespace named as production or as the cluster's own. */
const NS_CRITICAL =
  /(?:^|\s)(?:[\w.-]{0,60}[-_.])?(?:prod|production|prd|live)(?:[-_.][\w.-]{0,60}|\d{0,3})?(?=\s|$)|(?:^|\s)(?:kube-system|kube-public|default|istio-system|cert-manager|monitoring)(?=\s|$)/i;

/** True when `view` deletes a whole namespace forcefully, all of them, or a production one. */
export function namespaceWipe(view: string): boolean {
  const m = NS_DELETE.exec(view);
  if (!m) return false;
  const rest = " " + m[1];
  return (NS_FORCE.test(rest) && NS_NOW.test(rest)) || NS_ALL.test(rest) ||
    NS_CRITICAL.test(rest.replace(/\s-{1,2}[\w-]{1,40}(?:=\S{0,120})?/g, " "));
}

// --- Git history destruction -------------------------------------------------------------------

const PUSH =
  /(?:\bgit(?:\.exe)?\s{1,4}(?:-[Cc]\s{1,4}\S{1,200}\s{1,4}|--[\w-]{1,30}(?:=\S{1,200})?\s{1,4}){0,3}|^\s{0,4})push\b([^\n;&|]{0,600})/gi;
const FORCE_FLAG = /(?:^|\s)(?:--force(?![\w-])|-[a-z]{0,4}f[a-z]{0,4}(?=\s|$))|(?:^|\s)\+[\w$(]/i;
const SHARED_BRANCH =
  /(?:^|[\s:+])(?:refs\/heads\/)?(?:main|master|trunk|develop|production|prod|release(?:[\/-][\w.-]{1,40})?|stable|live)(?=\s|$|["'])/i;
const ORPHAN =
  /\$\(\s{0,4}git\s{1,4}commit-tree\b(?![^)]{0,300}\s-p\s)|`git\s{1,4}commit-tree\b(?![^`]{0,300}\s-p\s)/i;
const DELETE_SHARED =
  /(?:^|\s)(?:--delete|-d)\s{1,4}(?:\S{1,100}\s{1,4})?(?:refs\/heads\/)?(?:main|master|trunk|production)(?=\s|$)|(?:^|\s):(?:refs\/heads\/)?(?:main|master|trunk|production)(?=\s|$)/i;

/** True when `view` force-pushes over a shared branch, pushes an orphan commit, or deletes main. */
export function historyDestruction(view: string): boolean {
  PUSH.lastIndex = 0;
  for (let m = PUSH.exec(view), n = 0; m && n < 4; m = PUSH.exec(view), n++) {
    // `$(…)` may hold a `;`-free commit-tree call: judge the whole rest of the line.
    const rest = " " + m[1];
    if (ORPHAN.test(rest)) return true;
    if (DELETE_SHARED.test(rest)) return true;
    if (FORCE_FLAG.test(rest) && !/--force-with-lease|--force-if-includes/i.test(rest)) {
      if (SHARED_BRANCH.test(rest) || /--mirror\b/i.test(rest)) return true;
    }
  }
  return false;
}

// --- Credential folders harvested and uploaded --------------------------------------------------

const HOME = String
  .raw`(?:~|\$HOME|\$\{HOME\}|\$env:USERPROFILE|%USERPROFILE%|\/home\/[\w.-]{1,40}|\/root|\/Users\/[\w.-]{1,40}|[A-Za-z]:\\Users\\[\w.-]{1,40})`;
const CRED_DIR = new RegExp(
  String
    .raw`(?:${HOME}[\\/]\.(?:config|aws|ssh|kube|docker|gnupg|azure|gcloud|password-store|local[\\/]share[\\/]keyrings)|%APPDATA%|\$env:APPDATA|AppData[\\/]Roaming)(?:[\\/][^\s'"|;&)]{0,160})?`,
  "gi",
);
const BULK_PROGRAM =
  /\b(?:tar|zip|7z|7za|rar|compress-archive|glob|find|fd|get-childitem|gci|walkdir|os\.walk|ls\s{1,4}-[a-z]{0,4}R)\b|\bcp\s{1,4}-[a-z]{0,4}[rRa]|\bcat\s{1,4}[^\n|;&]{0,200}\*/i;
const UPLOAD =
  /\bcurl(?:\.exe)?\b[^\n;&|]{0,300}(?:\s-[a-zA-Z]{0,4}[dFT](?=[\s'"@])|\s--(?:data[\w-]{0,8}|form|upload-file|json)\b)|\bhttps?\s{1,4}(?:post|put)\b|\bxh\s{1,4}(?:post|put)\b|\bwget\b[^\n;&|]{0,200}--post-(?:file|data)\b|\binvoke-(?:restmethod|webrequest)\b|(?:^|[\s|;(])(?:irm|iwr|nc|ncat|netcat|socat)(?=\s)|\/dev\/tcp\/|\brequests\.(?:post|put)\b/i;

/** True when `view` reads a credential-bearing home folder in bulk and uploads it over HTTP. */
export function credentialFolderUpload(view: string): boolean {
  if (view.length > 8192) return false;
  CRED_DIR.lastIndex = 0;
  for (let m = CRED_DIR.exec(view), n = 0; m && n < 8; m = CRED_DIR.exec(view), n++) {
    const bulk = m[0].includes("*") || BULK_PROGRAM.test(view);
    if (bulk && UPLOAD.test(view.slice(Math.max(0, m.index - 400)))) return true;
  }
  return false;
}

// --- Endpoint security switched off ---------------------------------------------------------------

const SECURITY_OFF =
  /\bset-mppreference\b[^\n;|]{0,300}?-disable(?:realtimemonitoring|ioavprotection|behaviormonitoring|scriptscanning|blockatfirstseen|intrusionpreventionsystem|archivescanning|emailscanning|scanningnetworkfiles|privacymode|tamperprotection)\s{0,4}(?::\s{0,2})?(?:\$?true|1)\b|\bset-mppreference\b[^\n;|]{0,300}?-(?:maps?reporting|submitsamplesconsent|puaprotection|enablecontrolledfolderaccess|enablenetworkprotection)\s{1,4}(?:0|disabled)\b|\b(?:sc|net)(?:\.exe)?\s{1,4}(?:stop|delete|config)\s{1,4}["']?(?:windefend|sense|wdnissvc|wdboot|wdfilter|mpssvc|sysmon64|sysmon|csagent|sentinelagent)\b|\b(?:stop|set)-service\b[^\n;|]{0,80}\b(?:windefend|sense|wdnissvc|mpssvc|sysmon64?)\b|\bmpcmdrun(?:\.exe)?\b[^\n]{0,100}-removedefinitions\b|\b(?:reg(?:\.exe)?\s{1,4}add|set-itemproperty|new-itemproperty)\b[^\n]{0,250}windows defender[^\n]{0,250}\bdisable(?:antispyware|antivirus|realtimemonitoring|behaviormonitoring|onaccessprotection|ioavprotection)\b|\bnetsh(?:\.exe)?\s{1,4}(?:adv)?firewall\s{1,4}set\s{1,4}[\w]{0,20}\s{0,4}state\s{1,4}off\b|\bset-netfirewallprofile\b[^\n;|]{0,150}-enabled\s{1,4}(?:\$?false|0)\b|\bsetenforce\s{1,4}(?:0|permissive)\b|\bauditctl\s{1,4}(?:-[a-z]\s{1,4}\S{1,40}\s{1,4}){0,2}-e\s{0,2}0\b|\bsystemctl\s{1,4}(?:stop|disable|mask|kill)\s{1,4}(?:--now\s{1,4})?(?:[\w@.-]{1,40}\s{1,4}){0,3}(?:auditd|falcon-sensor|wazuh-agent|osqueryd|elastic-agent|sentinelone|cbagentd|mdatp|sysmon|ossec|aide|crowdstrike)(?:\.service)?\b|\bspctl\s{1,4}--master-disable\b|\bmdatp\s{1,4}config\s{1,4}real-time-protection\s{1,4}--value\s{1,4}disabled\b/i;
/** Exclusions added to Defender, and what they exclude. */
const EXCLUSION =
  /\b(?:add|set)-mppreference\b[^\n;|]{0,200}?-exclusion(path|process|extension)\b([^\n;|]{0,400})/gi;
const RISKY_PATH =
  /\\users\\public\b|\\programdata\b|\\windows\\temp\b|%temp%|%tmp%|\$env:(?:temp|tmp|appdata|localappdata|programdata|public)\b|\\appdata\\|\\temp\b|['"\s,][a-z]:\\?['"\s,]|['"\s,][a-z]:\\?$|\\downloads\b|\\windows\\(?:system32|tasks)\b/i;
const RISKY_EXT =
  /(?:^|['"\s,.])(?:exe|dll|ps1|psm1|bat|cmd|vbs|js|jse|hta|scr|msi|lnk|sys)(?=['"\s,]|$)/i;
const RISKY_PROCESS =
  /\b(?:powershell|pwsh|cmd|rundll32|regsvr32|mshta|wscript|cscript|msbuild|installutil|certutil|bitsadmin|wmic)(?:\.exe)?\b/i;

/** True when `view` switches endpoint protection, auditing or the firewall off. */
export function securityOff(view: string): boolean {
  if (view.length > 8192) return false;
  if (SECURITY_OFF.test(view)) return true;
  EXCLUSION.lastIndex = 0;
  for (let m = EXCLUSION.exec(view), n = 0; m && n < 4; m = EXCLUSION.exec(view), n++) {
    const kind = m[1].toLowerCase();
    const what = " " + m[2].replace(/\s-\w{2,40}\b[^\n]{0,400}$/, "") + " ";
    if (kind === "path" && RISKY_PATH.test(what)) return true;
    if (kind === "extension" && RISKY_EXT.test(what)) return true;
    if (kind === "process" && RISKY_PROCESS.test(what)) return true;
  }
  return false;
}

// --- Git URL rewriting to another host ------------------------------------------------------------

const INSTEAD_OF =
  /\burl\.["']?([^\s"'=]{1,300}?)["']?\.(?:push)?insteadof["']?(?:\s{1,4}|=)["']?([^\s"';&|]{1,300})|\[url\s{1,4}"([^"\n]{1,300})"\]\s{0,8}(?:push)?insteadof\s{0,4}=\s{0,4}["']?([^\s"';&|]{1,300})/gi;

/**
 * The registrable part (last two labels) of the host a git URL or `user@host:` form names; a
 * `host:` form without a user is not read (a view spelling `@` as `a` would make one up).
 */
function gitDomain(url: string): string | undefined {
  const m = /^[a-z][\w+.-]{0,20}:\/\/(?:[^@\/\s]{0,200}@)?([^\/:\s]{1,200})/i.exec(url) ??
    /^[\w.-]{1,60}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,10}):/.exec(url);
  if (!m) return undefined;
  const labels = m[1].toLowerCase().replace(/\.$/, "").split(".");
  return labels.length < 2 ? labels.join(".") : labels.slice(-2).join(".");
}

/** True when a git `insteadOf` rule sends a forge's URLs to a host on another domain. */
export function gitUrlRedirect(view: string): boolean {
  INSTEAD_OF.lastIndex = 0;
  for (let m = INSTEAD_OF.exec(view), n = 0; m && n < 4; m = INSTEAD_OF.exec(view), n++) {
    const to = gitDomain(m[1] ?? m[3] ?? "");
    const from = gitDomain(m[2] ?? m[4] ?? "");
    // An alias (`gh:`) or a local path has no host: nothing is redirected.
    if (to === undefined || from === undefined) continue;
    if (to !== from) return true;
  }
  return false;
}

/** Round-31 command techniques of `view`, or undefined. */
export function r31Techniques(view: string): { kind: string; reason: string } | undefined {
  if (view.length > 8192 || !R31_WORD.test(view)) return undefined;
  if (namespaceWipe(view)) {
    return {
      kind: "destructive_command",
      reason:
        "deletes a whole Kubernetes namespace forcefully, all namespaces, or a production/system one",
    };
  }
  if (historyDestruction(view)) {
    return {
      kind: "destructive_command",
      reason:
        "force-pushes over a shared branch, replaces its history with an orphan commit, or deletes it on the remote",
    };
  }
  if (credentialFolderUpload(view)) {
    return {
      kind: "data_exfiltration",
      reason:
        "reads a credential-bearing home folder (~/.config, ~/.aws, ~/.ssh, AppData …) in bulk and uploads it",
    };
  }
  if (securityOff(view)) {
    return {
      kind: "defense_evasion",
      reason:
        "switches endpoint protection, auditing or the firewall off, or excludes staging folders from scanning",
    };
  }
  if (gitUrlRedirect(view)) {
    return {
      kind: "argument_injection",
      reason:
        "rewrites git URLs of one host to a host on another domain, so clones, pushes and credentials go there",
    };
  }
  return undefined;
}

// --- PowerShell -EncodedCommand without the program name ------------------------------------------

const ENCODED_FLAG = /[-\/]e(?:c|nc)/i;
const ENCODED =
  /(?:^|\s)[-\/]e(?:c|nc(?:o(?:d(?:e(?:d(?:c(?:o(?:m(?:m(?:a(?:n(?:d)?)?)?)?)?)?)?)?)?)?)?)\s{1,4}['"]?([A-Za-z0-9+\/]{16,8000}={0,2})(?=['"\s]|$)/gi;

/** ASCII text a UTF-16LE base64 body encodes (every high byte zero), or undefined. */
function asciiUtf16(b64: string): string | undefined {
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    return undefined;
  }
  if (bin.length < 8 || bin.length % 2 !== 0) return undefined;
  let out = "";
  for (let i = 0; i + 1 < bin.length; i += 2) {
    const c = bin.charCodeAt(i);
    if (bin.charCodeAt(i + 1) !== 0 || c > 126 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) {
      return undefined;
    }
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * `text` with each `-EncodedCommand`/`-enc`/`-ec` base64 body replaced by the PowerShell script it
 * encodes (as `powershell -Command …`), when the program name is not in `text` itself (an argv
 * array whose program is another argument); undefined when nothing decodes.
 */
export function encodedCommandView(text: string): string | undefined {
  if (text.length > 16384 || !ENCODED_FLAG.test(text) || /powershell|pwsh/i.test(text)) {
    return undefined;
  }
  let hit = false;
  const out = text.replace(ENCODED, (m, b64: string) => {
    const script = asciiUtf16(b64);
    if (script === undefined) return m;
    hit = true;
    return ` powershell -Command ${script}`;
  });
  return hit ? out : undefined;
}
