/**
 * Path traversal detector: `..` segments in every encoding (URL, double-URL, overlong UTF-8,
 * `%uXXXX`, lookalike dots and slashes, `....//`, `..;/`), paths escaping configured roots,
 * sensitive files (keys, cloud credentials, `.env`, MCP client configs, `/etc/shadow`, SAM),
 * UNC paths and NUL-byte truncation. Strict in path-like arguments, lenient in free text.
 */
import { publicSystemRead } from "./_path_public_read.ts";
import {
  agentSettingsWrite,
  contentJudgedWrite,
  webDirConfigWrite,
} from "./_path_content_judged.ts";
import { envObjectPattern, metadataOnlyArg } from "./_path_metadata_only.ts";
import { hostPinSpans, quotedExampleList } from "./_path_r32.ts";
import { siblingLinkTarget } from "./_path_r14.ts";
import { siblingTemplate, sshAddKey, templateFile } from "./_path_fp37.ts";
import { archiveLinkEscape, expandShortNames, R15_SECRET_FILES } from "./_path_r15.ts";
import {
  expandShortFileNames,
  metadataTool,
  publicCertificate,
  publicClientConfig,
  R46_PERSISTENCE_FILES,
} from "./_path_r46.ts";
import { credentialPattern } from "./_path_r16.ts";
import { urlTraversal } from "./_path_r17.ts";
import { R18_SECRET_FILES } from "./_path_r18.ts";
import { R19_SECRET_FILES } from "./_path_r19.ts";
import { R20_SECRET_FILES } from "./_path_r20.ts";
import { R21_SECRET_FILES } from "./_path_r21.ts";
import { paramTraversal } from "./_path_r22.ts";
import { containerEscape, internalShare, R26_SECRET_FILES } from "./_path_r26.ts";
import { mcpConfigEditMention, secretMount } from "./_path_r27.ts";
import { publicSystemInfo } from "./_path_r28.ts";
import { loneKeygen, markdownProse, rcPathExport, wholeTreeLink } from "./_path_r29.ts";
import { decodedSegmentLength, storedProse } from "./_path_r30.ts";
import { rcAlias } from "./_cmd_r33.ts";
import { formatMentions } from "./_path_r33.ts";
import { fixtureCopy, R34_PERSISTENCE_FILES, R34_SECRET_FILES } from "./_path_r34.ts";
import { agentConfigMention, projectAgentSettingsRead, R35_SECRET_FILES } from "./_path_r35.ts";
import { R36_SECRET_FILES } from "./_path_r36.ts";
import { R38_SECRET_FILES } from "./_path_r38.ts";
import { projectEnvWrite, publicHalf, R44_SECRET_FILES, wslLinuxPath } from "./_path_r44.ts";
import { R47_SECRET_FILES } from "./_path_r47.ts";
import { KB_SECRET_FILES } from "./_path_kb.ts";
import { keyHousekeeping } from "./_path_r31.ts";
import { watchOnly } from "./_path_watch_only.ts";
import { restrictingDropInSpans } from "./_cmd_dropin.ts";
import { auditSudoersSpans } from "./_cmd_r44.ts";
import { deniedListEntry } from "./_path_deny_rule.ts";
import { blankSpans, removalSpans } from "./_path_removal.ts";
import { readOnlyAudit } from "./_path_audit_read.ts";
import { alternateStream } from "./_path_r6_streams.ts";
import { searchMention } from "./_search_sentence.ts";
import { scanError } from "./_scan_error.ts";
import type { FieldContext, Finding, Severity, TextDetector } from "../types.ts";
import { textViews } from "../text/views.ts";
import { mayHideFromParsers } from "./_cmd_hidden.ts";
import { base64Path, closingTag, R13_SECRET_FILES, stripLongPathPrefix } from "./_path_r13.ts";
import { type PathTraversalOptions, PathTraversalOptionsSchema } from "./options.ts";
import { TEXT_DETECTOR_SPECS } from "./specs.ts";
export { PathTraversalOptionsSchema };
export type { PathTraversalOptions };

const PATH_KEY =
  /^(?:path|paths|file|files|filename|filepath|file_path|file_name|dir|dirname|directory|folder|src|source|dest|destination|target|uri|url|location|cwd|root|include|template|page|document|doc|entry|entry_name|entry_path|member|member_name|arcname|archive_path|asset|asset_path|resource|resource_path|slug|socket|unix_socket|ssh_auth_sock|auth_sock)$|^(?:sources|source_paths|inputs|dirs|folders|directories|attachment|attachments)$|^(?:save_?as|save_?to|download_?to)$|(?:_path|_file|_dir|_directory|_folder|_uri|_url|path|file)$/;

/** Sensitive files that are secrets wherever they sit (relative or absolute). */
const BASE_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$|(?:^|\/)\.ssh\/(?![^/]*\.pub$).*(?:key|identity)/,
    "an SSH private key",
    "critical",
  ],
  // A public key (`*.pub`) is meant to be shared; everything else there is keys, trust or hosts.
  [/(?:^|\/)\.ssh(?:$|\/(?![^/]+\.pub$))/, "the SSH configuration directory", "high"],
  [
    // gcloud's named configurations, active-config pointer and logs hold project and region
    // settings, not credentials (credentials.db, access_tokens.db, the ADC json and
    // legacy_credentials/ still count).
    /(?:^|\/)\.aws\/(?:credentials|config)$|(?:^|\/)\.config\/gcloud(?:$|\/(?!configurations\/[^/]+$|active_config$|logs\/|config_sentinel$|\.last_[a-z_]+$))|(?:^|\/)\.azure(?:\/|$)|(?:^|\/)\.oci\/config$/,
    "cloud credentials",
    "critical",
  ],
  [
    /(?:^|\/)\.kube\/config$|(?:^|\/)\.docker\/config\.json$|(?:^|\/)\.vault-token$|(?:^|\/)\.terraform\.d\/credentials/,
    "cluster or registry credentials",
    "critical",
  ],
  [
    /(?:^|\/)(?:\.npmrc|\.yarnrc\.yml|\.pypirc|[._]netrc|\.pgpass|\.my\.cnf|\.git-credentials|\.htpasswd|\.s3cfg|\.boto|\.dockercfg|\.gem\/credentials|\.cargo\/credentials(?:\.toml)?|\.m2\/settings(?:-security)?\.xml|\.gradle\/gradle\.properties|\.composer\/auth\.json|\.nuget\/nuget\/nuget\.config)$|(?:^|\/)\.config\/(?:gh\/hosts\.yml|hub|rclone\/rclone\.conf|composer\/auth\.json|helm\/repositories\.yaml)$/,
    "a credentials file",
    "critical",
  ],
  [
    /(?:^|\/)\.env(?:\.(?!example$|sample$|template$|dist$|defaults$)[^/]+)?$|(?:^|\/)\.envrc$/,
    "an environment (.env) file with secrets",
    "high",
  ],
  [
    /(?:^|\/)\.git\/config$|(?:^|\/)\.gnupg(?:\/|$)|(?:^|\/)\.password-store(?:\/|$)/,
    "a repository or keyring secret store",
    "high",
  ],
  [
    /(?:^|\/)(?:claude_desktop_config\.json|cline_mcp_settings\.json|mcp_settings\.json|\.claude\.json)$|(?:^|\/)\.(?:cursor|vscode|roo)\/mcp\.json$|(?:^|\/)\.codeium\/windsurf\/mcp_config\.json$|(?:^|\/)\.claude\/settings(?:\.local)?\.json$|(?:^|\/)\.gemini\/settings\.json$|(?:^|\/)(?:code|code - insiders|vscodium|cursor|windsurf)\/user\/(?:settings|mcp)\.json$/,
    "an MCP client configuration (it holds server commands and tokens)",
    "critical",
  ],
  [
    /(?:^|\/)\.(?:bash|zsh|sh|psql|mysql|python|node_repl|sqlite|rediscli|lesshst)_history$|(?:^|\/)\.(?:lesshst|viminfo)$|(?:^|\/)psreadline\/consolehost_history\.txt$/,
    "a shell history file",
    "high",
  ],
  [
    /(?:^|\/)\.local\/share\/keyrings\/|(?:^|\/)library\/keychains\/|\/user data\/[^/]+\/(?:login data|cookies|web data|local state)$|(?:^|\/)(?:google-chrome|chromium|brave-browser|microsoft-edge)\/[^/]+\/(?:login data|cookies)$|(?:^|\/)firefox\/(?:profiles\/)?[^/]+\/(?:logins\.json|key[34]\.db|cookies\.sqlite)$|(?:^|\/)filezilla\/(?:recentservers|sitemanager)\.xml$/,
    "a password store or browser credential database",
    "critical",
  ],
  [/(?:^|\/)\.htaccess$/, "a web server access-control file", "medium"],
  [
    /\.(?:p12|pfx|jks|keystore)$|(?:^|\/)wp-config\.php$|(?:^|\/)ntds\.dit$/,
    "a key store or application secret file",
    "high",
  ],
];
/** The base table, then the round-13 stores (password-manager vaults, agent sockets, DPAPI). */
// Round 18 (./_path_r18.ts): password-manager CLI state (op, bw, gopass, lpass). Round 19
// (./_path_r19.ts): cloud CLI token caches, SSH agent sockets.
const SECRET_FILES = [
  ...BASE_SECRET_FILES,
  ...R13_SECRET_FILES,
  ...R15_SECRET_FILES,
  ...R18_SECRET_FILES,
  ...R19_SECRET_FILES,
  // Round 20 (./_path_r20.ts): 8.3 short names of browser stores, desktop apps' session stores.
  ...R20_SECRET_FILES,
  // Round 21 (./_path_r21.ts): Chromium Network/Cookies, chat apps' state, MCP gateway configs.
  ...R21_SECRET_FILES,
  // Round 26 (./_path_r26.ts): chat apps' token stores named through %APPDATA%.
  ...R26_SECRET_FILES, // Round 34 (./_path_r34.ts): plain-text database client configs, kubelet pod secret volumes.
  ...R34_SECRET_FILES,
  // Round 35 (./_path_r35.ts): agent credentials/configs, CI secret keys, message databases.
  ...R35_SECRET_FILES,
  // Round 36 (./_path_r36.ts): mesh-VPN node identities, whole phone backups.
  ...R36_SECRET_FILES,
  // Round 38 (./_path_r38.ts): decryption identities, session managers' saved passwords, cookie
  // jars, Group Policy password files, the administrators' SSH keys.
  ...R38_SECRET_FILES,
  // Round 44 (./_path_r44.ts): LLM command-line tools' stored API keys.
  ...R44_SECRET_FILES,
  // Round 47 (./_path_r47.ts): self-hosted password managers' and secrets servers' server data.
  ...R47_SECRET_FILES,
  // The knowledge base (./_path_kb.ts): credential stores by product and OS, from public sources.
  ...KB_SECRET_FILES,
];
/**
 * Persistence targets: files that run code later (at login, on a schedule, on the next git
 * operation). Writing one is how a hostile tool plants a backdoor; reading them is harmless, but a
 * tool has no business touching them either way.
 */
const PERSISTENCE_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)\.(?:bashrc|bash_profile|bash_login|bash_logout|profile|zshrc|zshenv|zprofile|zlogin|kshrc|cshrc|tcshrc|inputrc)$|(?:^|\/)\.config\/fish\/(?:config\.fish|conf\.d\/)|(?:^|\/)etc\/(?:profile|bash\.bashrc|zshrc|environment)(?:$|\.d\/)/,
    "a shell start-up file (its contents run at every login)",
    "high",
  ],
  [
    /(?:^|\/)\.config\/(?:autostart|systemd\/user)\/|\/start menu\/programs\/startup(?:\/|$)|(?:^|\/)library\/launch(?:agents|daemons)\/|(?:^|\/)etc\/(?:systemd\/system|init\.d|rc\.local|cron(?:tab|\.d|\.daily|\.hourly|\.weekly|\.monthly)?)(?:$|\/)|(?:^|\/)var\/spool\/cron(?:$|\/)/,
    "an autostart, service or scheduled-job location (its contents run unattended)",
    "high",
  ],
  [
    // git never runs `pre-commit.sample` (the shipped examples): only live hook names count.
    /(?:^|\/)\.git\/hooks\/[^/]+(?<!\.sample)$|(?:^|\/)\.gitconfig$|(?:^|\/)\.ssh\/rc$/,
    "a file that runs commands on the next git or ssh use",
    "high",
  ], // Round 34 (./_path_r34.ts): PowerShell profiles.
  ...R34_PERSISTENCE_FILES,
  // Round 46 (./_path_r46.ts): Office start-up folders, Outlook's VBA project, Normal.dotm.
  ...R46_PERSISTENCE_FILES,
];
/** System files reachable only by absolute paths (or by climbing). */
const SYSTEM_SECRETS: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /^\/etc\/(?:shadow|gshadow|sudoers|master\.passwd|security\/opasswd)(?:[-.]|$)/,
    "the system password database",
    "critical",
  ],
  [/^\/etc\/passwd$/, "the system account list", "high"],
  [
    // Round 45 (./_path_r45_test.ts): a file BELOW the process's own working directory
    // (`/proc/self/cwd/config/app.yaml`) is a project file, judged by its name like a relative
    // path; the directory itself, another process's cwd, and climbs out of it still count.
    /^\/proc\/(?:self|thread-self|\d+)\/(?:environ|cmdline|mem|maps|fd|root|exe)|^\/proc\/(?:self|thread-self)\/cwd(?!\/[^/.])|^\/proc\/\d+\/cwd/,
    "a process's environment or memory",
    "critical",
  ],
  [/^\/(?:var\/)?run\/secrets\//, "container secrets", "critical"],
  [/^\/root(?:\/|$)/, "the root user's home", "high"],
  [
    /^[a-z]:\/(?:windows|winnt)\/(?:system32\/config(?:\/regback)?|repair)\/(?:sam|system|security|software)/,
    "the Windows account database (SAM)",
    "critical",
  ],
];
/**
 * Reconnaissance targets: system configuration and logs (path-like arguments only). On Windows
 * that includes what sits at a drive root without being a user folder: the system, server stacks
 * installed there (XAMPP, WAMP, IIS) and deployment leftovers (MININT, `$Windows.~BT`,
 * `Windows.old`, sysprep) — documents live under `Users\…` or a project folder instead. A
 * process's status, limits and stat counters (its own, round 20, or by pid) are ids, capability
 * masks and counters, and so are the gateway's OWN scheduler, I/O and OOM counters, cgroup and
 * cpuset (its container's limits); another process's cgroup (`/proc/1/cgroup`: which runtime hosts
 * the machine) is reconnaissance, and every environ, cmdline, maps, mem, mountinfo and fd stays a
 * system path.
 */
const SYSTEM_PLACES =
  /^\/(?:etc|proc(?!\/(?:cpuinfo|meminfo|loadavg|uptime|(?:(?:self|\d{1,7})\/(?:status|limits|stat|statm)|self\/(?:cgroup|cpuset|oom_score|oom_score_adj|sched|io)))$)(?!\/(?:self|thread-self)\/cwd\/[^/.])|sys|boot|dev(?!\/null$|\/stdout$|\/stderr$))(?:\/|$)|^\/var\/log\/|^[a-z]:\/(?:windows|winnt)(?:\/|$)|^[a-z]:\/(?:xampp|wamp(?:64)?|lampp|minint|\$windows\.~(?:bt|ws)|windows\.old|perflogs|sysprep)(?:\/|$)|(?:^|\/)(?:boot|win|system)\.ini$|(?:^|\/)(?:httpd|apache2?|nginx|lighttpd|php-fpm)\.conf$|(?:^|\/)(?:php\.ini|my\.cnf|my\.ini|web\.config|global\.asa|tomcat-users\.xml|\.htaccess|unattend\.(?:xml|txt)|sysprep\.(?:xml|inf))$|(?:^|\/)(?:access|error)[._]log$|^[a-z]:\/inetpub\/(?!wwwroot\/[^?#]{1,200}\.(?:html?|css|js|png|jpe?g|gif|svg|ico|txt|md|woff2?)$)|(?:^|\/)(?:ntuser\.(?:dat|ini)|desktop\.ini|metabase\.xml|unattended\.(?:xml|txt)|filezilla server\.xml)$|\/\$recycle\.bin\/|\/system volume information\/|(?:^|\/)php\d*\/sessions(?:\/|$)|\/mysql[^/]*\/(?:data\/|my\.)|\.err$|\/(?:apache2?|httpd|nginx|lampp|xampp|wamp)\/(?:conf|logs?|htdocs|bin)\//;

/** Lookalike dots and slashes and what path decoders read them as. */
const LOOKALIKE_MAP: ReadonlyArray<[string, string]> = [
  ..."\u2215\u2044\u29f8\u2571\uff0f".split("").map((c): [string, string] => [c, "/"]),
  ..."\u2216\u29f9\u2572\ufe68\uff3c".split("").map((c): [string, string] => [c, "\\"]),
  ..."\u2024\uff0e\ufe52\u3002\uff61".split("").map((c): [string, string] => [c, "."]),
  ["\u2025", ".."],
];
const ENCODED_HINT =
  /%(?:u|[0-9a-f])|&#|\\u|\\x|0x[25]|[\u2024\u2025\u2044\u2215\u2216\u2571\u2572\u29f8\u29f9\ufe52\ufe68\uff0e\uff0f\uff3c]/i;

/** Necessary for any escape `decodePath` decodes: without one its decoding loop changes nothing. */
const ESCAPE_NEEDED = /%(?:u|[0-9a-f])|&#|\\[ux]|0x(?:2e|2f|5c)/i;
/** Every character `decodePath` maps after NFKC (`LOOKALIKE_MAP`): lookalike dots and slashes. */
const LOOKALIKE_ANY =
  /[\u2025\u2024\uff0e\ufe52\u3002\uff61\u2215\u2044\u29f8\u2571\uff0f\u2216\u29f9\u2572\ufe68\uff3c]/;

/** Decode what a web server, framework or filesystem layer might decode before opening a path. */
export function decodePath(input: string): string {
  let s = input;
  for (let i = 0; i < 4 && ESCAPE_NEEDED.test(s); i++) {
    const before = s;
    s = s
      .replace(/%u([0-9a-f]{4})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(
        /%e0%80%([0-9a-f]{2})/gi,
        (_m, h: string) => String.fromCharCode(parseInt(h, 16) & 0x3f),
      )
      .replace(/%c([01])%([0-9a-f]{2})/gi, (_m, hi: string, h: string) => {
        const b = parseInt(h, 16);
        return String.fromCharCode(b < 0x80 ? b : ((Number(hi) & 1) << 6) | (b & 0x3f));
      })
      .replace(/%([0-9a-f]{2})/gi, (m, h: string) => {
        const b = parseInt(h, 16);
        return b < 0x80 ? String.fromCharCode(b) : m;
      })
      .replace(/&#(x?)([0-9a-f]{1,6});?/gi, (m, x: string, n: string) => {
        const c = parseInt(n, x ? 16 : 10);
        return Number.isFinite(c) && c < 0x110000 && (x || /^\d+$/.test(n))
          ? String.fromCodePoint(c)
          : m;
      })
      .replace(
        /\\u00([0-9a-f]{2})|\\x([0-9a-f]{2})/gi,
        (_m, a?: string, b?: string) => String.fromCharCode(parseInt(a ?? b ?? "0", 16)),
      )
      .replace(/0x(2e|2f|5c)/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (s === before) break;
  }
  if (/[^ -~\t\n\r]/.test(s)) {
    // Private-use code points after ".." are mapped to separators by some legacy decoders (IIS %uF025).
    if (s.includes("..")) s = s.replace(/\.\.[\ue000-\uf8ff]/g, "../");
    s = s.normalize("NFKC");
    if (LOOKALIKE_ANY.test(s)) {
      for (const [c, to] of LOOKALIKE_MAP) if (s.includes(c)) s = s.replaceAll(c, to);
    }
  }
  return s;
}

/** PHP and archive stream wrappers: a path argument holding one opens something other than a file. */
const STREAM_WRAPPER =
  /^(php|phar|expect|glob|zip|zlib|rar|ogg|compress\.zlib|compress\.bzip2|ssh2\.(?:shell|exec|tunnel|sftp|scp)|data):\/\//i;

interface Resolved {
  /** `/`-separated, `.`/`..` resolved; absolute paths start with `/` (drives as `c:/`). */
  path: string;
  absolute: boolean;
  /** A `..` went above the starting point. */
  climbs: boolean;
  /** Number of parent segments seen. */
  parents: number;
}

const HOME_PREFIX =
  /^(?:~[^/\\]*|\$home|\$\{home\}|%userprofile%|%homepath%|%homedrive%%homepath%|%appdata%|%localappdata%)(?=[/\\]|$)/i;

/** Windows environment variables that name system folders, as the default install spells them. */
const WINDOWS_ENV: Record<string, string> = {
  "%systemroot%": "c:/windows",
  "%windir%": "c:/windows",
  "%systemdrive%": "c:",
  "%programdata%": "c:/programdata",
  "%allusersprofile%": "c:/programdata",
  "%programfiles%": "c:/program files",
  "%programfiles(x86)%": "c:/program files (x86)",
};
const WINDOWS_ENV_PREFIX =
  /^%(?:systemroot|windir|systemdrive|programdata|allusersprofile|programfiles(?:\(x86\))?)%(?=\/|$)/i;

/** Resolve `.` and `..` lexically. `base` (already resolved) is used for relative paths. */
export function resolvePath(raw: string, base?: string): Resolved {
  let p = raw.replace(/\\/g, "/");
  if (p.startsWith("%")) {
    p = p.replace(WINDOWS_ENV_PREFIX, (m) => WINDOWS_ENV[m.toLowerCase()] ?? m);
  }
  let prefix = "";
  const home = p.match(HOME_PREFIX);
  if (home) {
    prefix = "/~home";
    p = p.slice(home[0].length);
  } else if (/^[a-z]:(?:\/|$)/i.test(p)) {
    prefix = p.slice(0, 2).toLowerCase();
    p = p.slice(2);
  } else if (/^[a-z]:[^/]/i.test(p)) {
    prefix = p.slice(0, 2).toLowerCase(); // drive-relative (`c:..\x`)
    p = "/" + p.slice(2);
  }
  const absolute = prefix !== "" || p.startsWith("/");
  const stack: string[] = [];
  let parents = 0, climbs = false;
  if (!absolute && base !== undefined) stack.push(...base.split("/").filter(Boolean));
  const floor = stack.length;
  for (const rawSeg of p.split("/")) {
    const seg = rawSeg.replace(/\0.*$/s, "").replace(/[ ]+$/, "");
    if (seg === "" || seg === ".") continue;
    if (/^\.{2,}(?:[;%].*)?$/.test(seg)) {
      parents++;
      if (stack.length <= (absolute ? 0 : floor)) climbs = true;
      if (stack.length > 0) stack.pop();
      continue;
    }
    stack.push(seg);
  }
  const joined = stack.join("/");
  const path = absolute ? `${prefix}/${joined}` : base?.startsWith("/") ? `/${joined}` : joined;
  return { path, absolute: absolute || base !== undefined, climbs, parents };
}

function within(path: string, root: string): boolean {
  const fold = /^[a-z]:\//i.test(root);
  const p = fold ? path.toLowerCase() : path;
  const r = (fold ? root.toLowerCase() : root).replace(/\/+$/, "");
  return p === r || p.startsWith(r + "/") || r === "";
}

const PARENT_SEG = /(?:^|[\/\\])\.{2,}(?:;[^\/\\]*)?(?:[\/\\]|$)/;
const MULTI_PARENT = /(?:^|[^\w.])(?:\.{2,}(?:;[^\/\\\s]*)?[\/\\]+){2,}/;
const FREE_TOKEN =
  /(?:file:\/\/[^\s"'<>`|]*|(?:~[\w.-]*|\$HOME|\$\{HOME\}|%[A-Za-z]+%|\b[A-Za-z]:)?[\/\\](?:[^\s"'<>`|;,()]*))/gi;
/**
 * Necessary for any sensitive-file match in a resolved path (lower-cased, `\\` read as `/`): a
 * dotted config name, a key or history file name, or a system directory next to a separator. Free
 * text without one skips the per-token resolution entirely.
 */
const SENSITIVE_HINT =
  /\.(?:ssh|aws|azure|oci|kube|docker|vault-token|s3cfg|boto|gem|cargo|m2|gradle|composer|nuget|lesshst|viminfo|terraform|npmrc|yarnrc|pypirc|netrc|pgpass|my\.cnf|git|gnupg|password-store|env|claude|cursor|vscode|roo|codeium|gemini|ht(?:access|passwd)|p12|pfx|jks|keystore|bash|profile|zsh|zprofile|zlogin|kshrc|cshrc|tcshrc|inputrc|config|(?<=ntds\.)dit)|_(?:netrc|history|(?<=id_)(?:rsa|dsa|ecdsa|ed25519)|(?<=claude_)desktop)|-(?<=wp-)config|[\/\\](?:root|(?<=(?:etc|proc|secrets|system32|repair|spool|launch\w*)[\/\\]))/i;
/** The rest of the sensitive-name hint: the names without punctuation. */
const SENSITIVE_WORD =
  /gcloud|mcp|keyrings|keychains|login data|logins\.json|key[34]\.db|filezilla|snowsql|\.dbt\/|databrickscfg|kubelet|kubernetes\.io~|powershell|jenkins|gitlab|codex|zed\/|copilot|continue\/|opencode|goose|kiro|amazonq|messages\/|sms\.db|chatstorage|signal\/|buildkite|library\/mail/i;
const UNC = /^(?:\\\\|[\/\\]{2}[?.][\/\\])[^\\\/\s]+[\\\/]/;
/**
 * `//host/share/…` is a UNC path to Windows file APIs too, but also a protocol-relative URL: it
 * counts in file-system keys for a dotted host (`//home/x` is a doubled POSIX slash), and elsewhere
 * only for an IP host or an administrative `x$` share.
 */
const SLASH_UNC = /^\/\/[\w-]+(?:\.[\w-]+)+\/[^\/\s]+\/[^\/\s]/;
const SLASH_UNC_STRONG = /^\/\/(?:\d{1,3}(?:\.\d{1,3}){3}\/|[^\/\s]+\/[a-z]{1,12}\$(?:\/|$))/i;
const FS_KEY =
  /^(?:path|paths|file|files|filename|filepath|file_path|file_name|dir|dirname|directory|folder|dest|destination|cwd|root)$|(?:_path|_file|_dir|_directory|_folder)$/;

const SOURCE_KEY = /^(?:include|includes|sources?|inputs?|source_paths|members)$/;

interface Ctx {
  who: string;
  pathKey: boolean;
  /** The tool writes the file it is given (`write_file`, `createFile`), rather than reading it. */
  writes: boolean;
  /** A key that names a file-system location (not a URL-or-path `src`/`url`/`page`). */
  fsKey: boolean;
  /** A key that lists what a tool takes in (`include`, `sources`): read even by a "create" tool. */
  sourceKey: boolean;
  /** The value is a write of a project's `.env`/`.envrc` by its absolute path (./_path_r44.ts). */
  projectEnv: boolean;
  /** A symlink target one folder up from the link (./_path_r14.ts): not a climb. */
  siblingLink: boolean;
  roots: string[];
  blockAbsolute: boolean;
  /** Option `public_system_reads`. */
  publicReads: boolean;
  extra: string[];
  findings: Finding[];
  /**
   * Free-text tokens already checked in this scan, with their `places` flag. Checking one again
   * can only repeat findings that `add` already holds, so decoded views (which mostly repeat the
   * raw text) skip them.
   */
  checked: Set<string>;
}

function add(
  ctx: Ctx,
  kind: string,
  severity: Severity,
  reason: string,
  start?: number,
  end?: number,
): void {
  if (ctx.findings.some((f) => f.kind === kind && f.reason === reason)) return;
  ctx.findings.push({ detector: "path_traversal", kind, severity, reason, start, end });
}

/** Credential-bearing config files a project keeps at its own root (not direnv's `.envrc`: it runs). */
const PROJECT_CONFIG =
  /^(?:[^/]+\/)*(?:\.npmrc|\.yarnrc\.yml|\.pypirc|\.env(?:rc|\.[^/]+)?|\.docker\/config\.json)$/;
/**
 * An application's text configuration kept in the project tree (`conf/tomcat-users.xml`,
 * `wp-config.php`, `config/application-prod.yml`): a write tool putting one in a project or a
 * repository exposes nothing by its name — what it holds is the secrets detector's business.
 * Names that say key material (`service-account.json`, `jwt.key`, `private.pem`) and AI agents'
 * and editors' configs (`.cursor/mcp.json`, `.vscode/settings.json`: they start MCP servers) stay.
 */
const PROJECT_TEXT_CONFIG = /\.(?:xml|php|properties|ya?ml|json|ini|conf|toml|cfg)$/;
const KEY_NAME =
  /(?:^|\/)[^/]*(?:key|secret|credential|token|passw|private|service[-_]?account|adminsdk|mcp)[^/]*$|(?:^|\/)\.(?:cursor|vscode|claude|windsurf|continue|codeium|gemini|zed|roo|cline|amazonq|github)\//;
/**
 * An AI agent's or editor's SETTINGS kept in the project (`.claude/settings.json`,
 * `.vscode/settings.json`, `.gemini/settings.json`): a write tool putting one in a project is
 * judged by what it writes — the agent-config base (`_agentcfg*.ts`: bypass or wildcard
 * permissions, auto-approve, hooks that run downloads or send data out) and the secrets detector —
 * not refused by name. MCP server registrations (`.mcp.json`, `.cursor/mcp.json`: a new program
 * every developer who opens the project may start), home-folder and absolute copies (the user's
 * own client config) and every read still count.
 */
const PROJECT_AGENT_CONFIG =
  /^(?:[^/]+\/)*\.(?:claude\/settings(?:\.local)?|(?:vscode|gemini|roo|kiro|amazonq|continue)\/settings)\.json$/;
/**
 * The user's OpenSSH client config (`~/.ssh/config`, `/home/<u>/.ssh/config`): written by a write
 * tool, it is judged by what it says — the posture rule `ssh.client_config_exec` (LocalCommand, a
 * fetching ProxyCommand, providers from temp folders, agent forwarding to every host) — since
 * keep-alives, host aliases and `IdentityFile` lines are everyday edits. Reads, keys, `authorized_keys`
 * and `known_hosts` still count by name.
 */
const SSH_CLIENT_CONFIG = /(?:^|\/)\.ssh\/config$/;
/**
 * Tool names that write: `write_file`, `fs_create`, `files.save`, `writeFile`, `editFile`,
 * `push_files` (a commit with the files' content in the arguments).
 */
const WRITE_TOOL =
  /(?:^|[_\-.\s])(?:write|create|save|put|edit|append|update|patch|push)(?:[_\-.\s]|$)|^(?:write|create|save|edit|append|update|put|push)[A-Z]/i;
/**
 * `IdentityFile ~/.ssh/id_ed25519` in an ssh_config, `xpack.security.http.ssl.keystore.path:
 * certs/http.p12` in a service's YAML: where a key lives, not a request to read it.
 */
const KEY_DIRECTIVE =
  /^\s*(?:IdentityFile|CertificateFile|UserKnownHostsFile|GlobalKnownHostsFile|IdentityAgent|ControlPath|ssl_(?:certificate(?:_key)?|trusted_certificate|client_certificate|key|cert|ca)(?:_file)?|SSL(?:Certificate(?:Key|Chain)?|CACertificate)File|smtpd?_tls_(?:key|cert|CA|dh1024_param)_file|tls[-_](?:key|cert|ca(?:cert)?)[-_]file|ssl-(?:key|cert|ca)|(?:key|cert|ca)_?file|tls_?(?:key|cert)|private_?key_?(?:file|path)|ssl\.(?:keystore|truststore)\.location|[\w.-]{0,120}\.(?:keystore|truststore)\.(?:path|location|file)\s{0,4}[=:]\s{0,4}["']?[\w.-]{0,80})\s*[=:]?\s*[<"']?$/i;
/**
 * `ssh -i ~/.ssh/id_work …`, `scp -i …`, `GIT_SSH_COMMAND="ssh -i …"`: the key ssh proves it holds
 * (the private key never leaves the machine), named right after `-i` of an ssh-family program.
 * Any other path on the line (`scp -i k ~/.ssh/id_rsa host:`) is still judged. A project-local
 * key (`-i ./.deploy/id_ed25519`) reaches here as the token after the `.` (round 26).
 */
const IDENTITY_OPTION =
  /(?:^|[\s"'=;|&(])(?:ssh|scp|sftp|autossh|mosh)(?:\.exe)?\s(?:[^\n;|&]{0,120}\s)?-i\s{1,4}["']?\.?$/;
/**
 * `curl --cert c.crt --key c.key https://…`, `etcdctl --key=/etc/kubernetes/pki/etcd/server.key
 * endpoint status`, `kubectl --client-key …`, `docker --tlskey …`: a network client's TLS
 * client-authentication option names the key the client signs its handshake with (the key never
 * leaves the machine), like `ssh -i`. Only the path right after such an option of such a program
 * is excused; a key printed (`openssl rsa -in`), copied or uploaded elsewhere on the line is judged.
 */
const TLS_CLIENT_OPTION =
  /(?:^|[\s"'=;|&(])(?:curl|wget|etcdctl|kubectl|helm|docker|podman|grpcurl|mongosh|mongo|redis-cli|vault|consul|nomad|nats|ldapsearch|ldapwhoami|kafka-[\w-]{1,30}|openssl\s{1,4}s_client)(?:\.exe)?\s(?:[^\n;|&]{0,400}\s)?--?(?:key|cert|cacert|client-key|client-cert|client-certificate|tlskey|tlscert|tlscacert|tls-key|tls-cert|tls-ca-cert|tls-ca|ssl-key|ssl-cert|ssl-ca|tlsCertificateKeyFile|tlsCAFile|key-file|cert-file|private-key|ca-file|ca-cert)(?:=|\s{1,4})["']?\.?$/;
/** An argument holding a Dockerfile / Containerfile's text (`build_image {dockerfile}`). */
const DOCKERFILE_KEY = /^(?:docker_?file|container_?file)(?:_?(?:content|text|body))?$/i;
/** A value that opens with two or more `../` climbs is a path, whatever its key. */
const LEADING_CLIMB = /^\s*(?:\.[\/\\])*(?:\.{2,}(?:;[^\/\\\s]*)?[\/\\]+){2,}/;
/** An archive file in a non-hidden folder below `/root` (see checkSensitive). */
const ROOT_ARCHIVE =
  /^\/root\/(?:[^.\/][^\/]{0,100}\/){1,6}[^.\/][^\/]{0,120}\.(?:tar(?:\.(?:gz|xz|bz2|zst))?|tgz|zip|7z)$/;
/** Tomcat/Jetty `..;/`: a path parameter after `..` that only traversal payloads use. */
const PARAM_PARENT = /(?:^|[\/\\])\.\.;[^\/\\\s]{0,40}[\/\\]/;

/** Sensitive-file checks on a resolved path; `anchored` means it is absolute or climbed out. */
function checkSensitive(
  ctx: Ctx,
  r: Resolved,
  span: [number?, number?],
  places = true,
): void {
  const lp = r.path.toLowerCase();
  const abs = r.absolute || r.climbs
    ? (lp.startsWith("/") || /^[a-z]:\//.test(lp) ? lp : "/" + lp)
    : "";
  // A project's own `.env` or `.npmrc` written by a write tool exposes nothing; home or climbing
  // paths still count (they overwrite the user's credentials).
  const projectConfig = (ctx.writes && !r.absolute && !r.climbs &&
    (PROJECT_CONFIG.test(lp) || PROJECT_AGENT_CONFIG.test(lp) ||
      (PROJECT_TEXT_CONFIG.test(lp) && !KEY_NAME.test(lp)))) ||
    (ctx.writes && SSH_CLIENT_CONFIG.test(lp)) ||
    (ctx.writes && ctx.pathKey && r.parents === 0 && webDirConfigWrite(lp)) ||
    (ctx.writes && r.parents === 0 && agentSettingsWrite(lp)) ||
    // Round 44 (./_path_r44.ts): a project's `.env`/`.envrc` named by its absolute path (the
    // whole value; its pieces in the decoded views are that same file).
    (ctx.projectEnv && /(?:^|\/)\.env(?:rc|\.[\w.-]{1,30})?$/.test(lp));
  for (const [re, what, severity] of SECRET_FILES) {
    const hit = projectConfig ? null : re.exec(lp);
    // Round 34 (./_path_r34.ts): a store's name below a project's test tree is a fixture.
    if (
      hit && !fixtureCopy(lp, r.climbs, hit.index) &&
      // Round 35 (./_path_r35.ts): a project's shared agent settings, read.
      !projectAgentSettingsRead(lp, r.climbs, ctx.writes) &&
      // Round 44 (./_path_r44.ts): the public half of a key pair, a public certificate.
      !publicHalf(lp, r.climbs)
    ) {
      return add(
        ctx,
        "sensitive_file",
        severity,
        `${ctx.who} refers to ${what}; reading it would expose secrets`,
        ...span,
      );
    }
  }
  // A start-up entry or a service's text configuration written by a write tool is judged by what
  // it writes (./_path_content_judged.ts); reads, climbs and guarded trees still count by name.
  // An `.htaccess` write is judged by what it says for the system-place rule too, as it already is
  // for the secret-file names above (./_path_content_judged.ts `webDirConfigWrite`).
  const judged = ctx.writes && ctx.pathKey && r.parents === 0 &&
    (contentJudgedWrite(abs || lp) || webDirConfigWrite(lp));
  for (const [re, what, severity] of PERSISTENCE_FILES) {
    if (re.test(lp)) {
      return add(
        ctx,
        "persistence_file",
        judged ? "low" : severity,
        judged
          ? `${ctx.who} writes ${what}; recorded only — what it writes is judged by the content checks`
          : `${ctx.who} refers to ${what}; writing it plants code (and shell start-up files often hold exported secrets)`,
        ...span,
      );
    }
  }
  for (const x of ctx.extra) {
    const e = x.toLowerCase().replace(/\\/g, "/").replace(/^\/+/, "");
    if (e && (lp === e || lp.endsWith("/" + e))) {
      return add(
        ctx,
        "sensitive_file",
        "high",
        `${ctx.who} refers to a file listed in sensitive_files`,
        ...span,
      );
    }
  }
  if (!abs) return;
  // An archive a write tool CREATES in a plain folder of root's home (`/root/migration/x.tar.gz`)
  // plants nothing and exposes nothing: root's home is where it stays private. What goes into the
  // archive is judged on its own (its source paths); reads, hidden folders and other files count.
  const rootArchive = ctx.writes && !ctx.sourceKey && r.parents === 0 && ROOT_ARCHIVE.test(abs);
  for (const [re, what, severity] of SYSTEM_SECRETS) {
    if (re.test(abs) && !rootArchive) {
      return add(ctx, "sensitive_file", severity, `${ctx.who} refers to ${what}`, ...span);
    }
  }
  // `/etc/os-release`: the OS name every platform check reads, no secret (./_path_r28.ts).
  if (
    places && ctx.pathKey && ctx.roots.length === 0 && SYSTEM_PLACES.test(abs) &&
    !publicSystemInfo(abs) && !publicClientConfig(abs, r.climbs) &&
    // ./_path_fp37.ts: a configuration template (`*.example.json`) read is no system state.
    !(!ctx.writes && !r.climbs && templateFile(abs)) &&
    // Round 46 (./_path_r46.ts): a certificate (`ca.crt`) is the public half too.
    !((!ctx.writes || ctx.sourceKey) &&
      (publicHalf(abs, r.climbs) || publicCertificate(abs, r.climbs)))
  ) {
    // Reading a log or a web-server config is everyday work (./_path_public_read.ts): recorded,
    // not blocked; writing one, or reading anything else there, still counts.
    const read = ctx.publicReads && !ctx.writes && r.parents === 0 && publicSystemRead(abs);
    add(
      ctx,
      "system_file",
      read || judged ? "low" : "medium",
      read
        ? `${ctx.who} reads a system log or configuration file that holds no secrets (recorded only; allowed_roots limits it)`
        : judged
        ? `${ctx.who} writes a service's text configuration; recorded only — what it writes is judged by the content checks (allowed_roots limits it)`
        : `${ctx.who} refers to a system configuration or log location, a common traversal target; configure allowed_roots if tools need it`,
      ...span,
    );
  }
}

const SEPARATOR_G = /[\/\\]/g;
function separators(text: string): number {
  return text.match(SEPARATOR_G)?.length ?? 0;
}

function scanPathValue(ctx: Ctx, value: string, raw: string): void {
  let v = value.trim();
  const span: [number?, number?] = [0, raw.length];
  let urlPath = false;
  const file = v.match(/^file:(?:\/\/([^\/\\]*))?/i);
  if (file) {
    if (file[1] && !/^localhost$/i.test(file[1])) {
      add(
        ctx,
        "unc_path",
        "high",
        `${ctx.who} is a file URL on a remote host; opening it can leak credentials to that host`,
        ...span,
      );
    }
    v = v.slice(file[0].length);
  } else {
    const url = v.match(/^[a-z][a-z0-9+.\-]+:\/\/[^\/\\?#]*/i);
    const wrapper = url ? v.match(STREAM_WRAPPER) : null;
    if (wrapper) {
      add(
        ctx,
        "stream_wrapper",
        "high",
        `${ctx.who} uses the "${
          wrapper[1].toLowerCase()
        }://" stream wrapper, which reads request bodies, archives or runs commands instead of opening a file`,
        ...span,
      );
    }
    if (url) {
      v = v.slice(url[0].length).replace(/[?#].*$/s, "");
      urlPath = true;
    }
  }
  // `\\?\C:\…` (Win32 long-path prefix) is the local path `C:\…`, judged as one.
  v = stripLongPathPrefix(v);
  // Round 44 (./_path_r44.ts): `\\wsl$\Ubuntu\…` is that distribution's local Linux path.
  if (!urlPath) v = wslLinuxPath(v) ?? v;
  if (v.includes("\0")) {
    add(
      ctx,
      "null_byte",
      "high",
      `${ctx.who} contains a NUL byte, which truncates paths in many file APIs`,
      ...span,
    );
  }
  if (
    !urlPath &&
    (UNC.test(v) || SLASH_UNC_STRONG.test(v) || (ctx.fsKey && SLASH_UNC.test(v))) &&
    // Round 26 (./_path_r26.ts): the company's own file server is not an outside host.
    !internalShare(v)
  ) {
    add(
      ctx,
      "unc_path",
      "high",
      `${ctx.who} is a UNC or device path; opening it can reach remote shares and leak Windows credentials`,
      ...span,
    );
  }
  const stream = alternateStream(v);
  if (stream) add(ctx, "alternate_stream", "high", `${ctx.who} ${stream}`, ...span);
  const r = resolvePath(v);
  if (r.parents > 0 && !PARENT_SEG.test(raw) && value !== raw) {
    add(
      ctx,
      "encoded_traversal",
      "high",
      `${ctx.who} hides ".." segments behind encoding (URL, overlong UTF-8 or lookalike characters)`,
      ...span,
    );
  }
  // A view with fewer separators than the argument (`/var log nginx access.log`, the reading of
  // `/` as a word break) is for word rules, not a path: it names no place, so it is never outside
  // a root. Decoded views (`%2f`, `／`) have as many separators or more.
  const wordView = value !== raw && separators(v) < separators(raw);
  if (ctx.roots.length > 0 && !urlPath) {
    const rr = r.absolute ? r : resolvePath(v, ctx.roots[0]);
    if (!wordView && !ctx.roots.some((root) => within(rr.path, root))) {
      if (!r.absolute) {
        add(
          ctx,
          "outside_root",
          "high",
          `${ctx.who} climbs out of the allowed root ${ctx.roots[0]}`,
          ...span,
        );
      } else if (r.parents > 0 && ctx.roots.some((root) => within(v.replace(/\\/g, "/"), root))) {
        add(
          ctx,
          "outside_root",
          "high",
          `${ctx.who} climbs out of the allowed roots (${ctx.roots.join(", ")}) with ".."`,
          ...span,
        );
      } else if (ctx.blockAbsolute) {
        add(
          ctx,
          "outside_root",
          "high",
          `${ctx.who} is outside the allowed roots (${ctx.roots.join(", ")})`,
          ...span,
        );
      }
    }
  } else if (
    r.climbs && !ctx.siblingLink &&
    // ./_path_fp37.ts: a sibling folder's configuration template, read.
    !(!ctx.writes && ctx.pathKey && siblingTemplate(value))
  ) {
    add(
      ctx,
      "traversal",
      "high",
      `${ctx.who} climbs above its starting directory with ".." segments; pass a path inside the working tree instead`,
      ...span,
    );
  }
  checkSensitive(ctx, r, span);
  if (!r.absolute && /[\/\\]\.[\/\\]|\/\\|\\\/|[\/\\]{2,}/.test(v)) {
    // Redundant `./`, `//` and mixed separators dress up a system path as a relative one.
    checkSensitive(ctx, { ...r, climbs: true }, span);
  }
  // A URL segment is measured in the bytes it decodes to (./_path_r30.ts). A value with line
  // breaks under a path-like key (`template`, `document`, `source`) is the document itself, not a
  // file name: its long lines are content, and its paths are read as free text below.
  if (
    !/[\r\n]/.test(v) &&
    v.split(/[\/\\]/).some((seg) => (urlPath ? decodedSegmentLength(seg) : seg.length) > 255)
  ) {
    add(
      ctx,
      "overlong_path",
      "medium",
      `${ctx.who} has a path segment longer than filesystems allow, a truncation trick`,
      ...span,
    );
  }
  // Round 34: `..` that never climbs above the path's start (`a/b/../../c`) stays inside it.
  if (/\s/.test(v)) scanFreeText(ctx, v, false, raw, true, !r.climbs);
}

/**
 * `pathValue`: `view` is one path argument with spaces in it, so a token that stops at a space
 * before more of the name ("…\\web.config backup notes.docx") is a piece of a file name, not a
 * file: only secrets count for it, not system locations.
 */
function scanFreeText(
  ctx: Ctx,
  view: string,
  isRaw: boolean,
  raw: string,
  pathValue = false,
  contained = false,
): void {
  const dots = view.includes("..");
  // MULTI_PARENT needs `..` right before a separator or `;`: three native searches rule it out.
  const climb = dots && (view.includes("../") || view.includes("..\\") || view.includes("..;"));
  const encoded = !isRaw && dots && PARENT_SEG.test(view) && !PARENT_SEG.test(raw) &&
    /[\/\\]/.test(view);
  if (climb && !contained && MULTI_PARENT.test(view)) {
    // In prose (a message, a document being written) `../../guide/` is a relative link; it is
    // evidence only in a file-system or path argument, in a value that starts with the climb,
    // with `..;/` (never a link), or with a sensitive target (checked below).
    const pathy = ctx.pathKey || ctx.fsKey || pathValue || LEADING_CLIMB.test(view) ||
      (view.includes("..;") && PARAM_PARENT.test(view));
    add(
      ctx,
      "traversal",
      pathy ? "high" : "low",
      `${ctx.who} contains a multi-level "../" path traversal sequence`,
    );
  }
  if (encoded) {
    add(
      ctx,
      "encoded_traversal",
      "high",
      `${ctx.who} hides ".." segments behind encoding (URL, overlong UTF-8 or lookalike characters)`,
    );
  }
  if (
    !ctx.pathKey && ctx.extra.length === 0 && !SENSITIVE_HINT.test(view) &&
    !SENSITIVE_WORD.test(view)
  ) {
    return;
  }
  FREE_TOKEN.lastIndex = 0;
  for (let m = FREE_TOKEN.exec(view); m; m = FREE_TOKEN.exec(view)) {
    const token = m[0].replace(/^file:\/\/[^\/\\]*/i, "").replace(/[.:!?]+$/, "");
    if (token.length < 3 || (token.charCodeAt(0) === 47 && closingTag(view, m.index, token))) {
      continue;
    }
    const span: [number?, number?] = isRaw ? [m.index, m.index + m[0].length] : [];
    const cut = pathValue && m.index === 0 &&
      /^ +[\p{L}\p{N}(]/u.test(view.slice(m[0].length));
    const line = view.slice(view.lastIndexOf("\n", m.index) + 1, m.index);
    if (
      !pathValue &&
      (KEY_DIRECTIVE.test(line) || IDENTITY_OPTION.test(line) || TLS_CLIENT_OPTION.test(line) ||
        sshAddKey(line))
    ) continue;
    // `stat`, `lsattr`, `ls -l`, `ssh-keygen -l` print metadata, not content
    // (./_path_metadata_only.ts).
    if (!pathValue && !ctx.pathKey && metadataOnlyArg(view, line, m.index)) continue;
    if (!pathValue && envObjectPattern(view, m.index, token)) continue;
    // Round 27 (./_path_r27.ts): a setup guide telling a person to edit an MCP client's config.
    if (!pathValue && !ctx.pathKey && mcpConfigEditMention(view, m.index, token)) continue;
    // Round 35 (./_path_r35.ts): an agent's config file named in prose.
    if (!pathValue && !ctx.pathKey && agentConfigMention(token)) continue;
    // ./_path_deny_rule.ts: an entry of a permission deny/ask list forbids the access.
    if (!pathValue && !ctx.pathKey && deniedListEntry(view, m.index)) continue;
    const key = (cut ? "0" : "1") + token;
    if (ctx.checked.has(key)) continue;
    ctx.checked.add(key);
    checkSensitive(ctx, resolvePath(token), span, !cut);
  }
}

/**
 * A path sent as base64 (`path_b64`): the decoded path is judged as a path argument, and what it
 * climbs to or names counts (high and critical findings) as a hidden path.
 */
function encodedPathFindings(ctx: Ctx, text: string, key: string | undefined): void {
  if (text.length > 2800 || text.length < 8) return;
  const decoded = base64Path(text, key);
  if (decoded === undefined) return;
  const sub: Ctx = {
    ...ctx,
    who: `${ctx.who} (base64-decoded)`,
    pathKey: true,
    fsKey: true,
    findings: [],
    checked: new Set(),
  };
  scanPathValue(sub, decoded, decoded);
  for (const f of sub.findings) {
    if (f.severity === "high" || f.severity === "critical") {
      add(ctx, "encoded_traversal", f.severity, `${f.reason}, hidden in base64`);
    }
  }
}

/** The persistence findings a read-only audit may lower: autostart, service and job locations. */
const AUTOSTART_WHAT = /an autostart, service or scheduled-job location/;

/** File findings a removal-only command may lower (./_path_removal.ts). */
const FILE_KINDS = new Set(["sensitive_file", "persistence_file", "system_file"]);
const weighty = (fs: Finding[], kinds: ReadonlySet<string>): boolean =>
  fs.some((f) => kinds.has(f.kind) && f.severity !== "low");

/**
 * ./_path_removal.ts: a command that only deletes, unloads, line-deletes, backs up in place or
 * counts the files it names (or moves a start-up entry out). The command is scanned again with
 * those arguments blanked; only when nothing else still names such a file are the file findings
 * lowered. `mv` sources excuse start-up entries only: a moved secret lives on elsewhere.
 */
function removalOnly(
  text: string,
  field: FieldContext,
  options: PathTraversalOptions,
  findings: Finding[],
): Finding[] {
  if (
    !weighty(findings, FILE_KINDS) ||
    findings.some((f) => f.severity !== "low" && !FILE_KINDS.has(f.kind))
  ) {
    return findings;
  }
  const spans = removalSpans(text);
  if (spans.gone.length === 0 && spans.movedOut.length === 0) return findings;
  const all = scanPaths(blankSpans(text, [...spans.gone, ...spans.movedOut]), field, options, true);
  if (weighty(all, FILE_KINDS)) return findings;
  if (spans.movedOut.length) {
    const kept = scanPaths(blankSpans(text, spans.gone), field, options, true);
    if (weighty(kept, new Set(["sensitive_file", "system_file"]))) return findings;
  }
  return findings.map((f) => FILE_KINDS.has(f.kind) ? { ...f, severity: "low" } : f);
}

function scanPaths(
  text: string,
  field: FieldContext,
  options: PathTraversalOptions,
  nested = false,
): Finding[] {
  if (text.length === 0 || text.length > 1 << 20) return [];
  const pathKey = PATH_KEY.test(field.key ?? "");
  const name = field.key ?? field.path;
  const roots = options.allowed_roots.map((r) => resolvePath(r.trim()).path).filter((r) =>
    r !== ""
  );
  const ctx: Ctx = {
    who: field.stage === "input" ? `Argument "${name}"` : `Field "${name}"`,
    pathKey,
    writes: WRITE_TOOL.test(field.tool ?? ""),
    fsKey: FS_KEY.test(field.key ?? ""),
    sourceKey: SOURCE_KEY.test(field.key ?? ""),
    projectEnv: false,
    siblingLink: siblingLinkTarget(field.tool ?? "", field.key ?? "", text),
    roots,
    blockAbsolute: options.block_absolute_outside_roots ?? true,
    publicReads: options.public_system_reads ?? false,
    extra: options.sensitive_files,
    findings: [],
    checked: new Set(),
  };
  if (ctx.writes && ctx.pathKey && text.length < 400) {
    const whole = resolvePath(text.trim());
    ctx.projectEnv = projectEnvWrite(whole.path.toLowerCase(), whole.climbs);
  }
  // A base64 path has none of the pre-filter's characters.
  encodedPathFindings(ctx, text, field.key);
  // Round 29 (./_path_r29.ts): a link tool pointed at `/` or a whole system/home tree.
  if (field.stage === "input" && wholeTreeLink(field.tool ?? "", field.key ?? "", text)) {
    add(
      ctx,
      "root_link",
      "high",
      `${ctx.who} links the filesystem root or a whole system/home tree into another folder, exposing every file under it`,
    );
  }
  // Round 16 (./_path_r16.ts): a file pattern naming credential stores (`{logins.json,key4.db}`).
  if (credentialPattern(text, field)) {
    add(ctx, "credential_pattern", "high", `${ctx.who} is a file pattern naming credential stores`);
  }
  // Round 17 (./_path_r17.ts): a URL query climbing once decoded; an alias off-by-slash segment.
  const climb = text.includes("://") ? urlTraversal(text) : undefined;
  if (climb) add(ctx, climb.kind, "high", `${ctx.who} ${climb.reason}`);
  // Round 22 (./_path_r22.ts): Tomcat `..;/` path-parameter climbs in URLs.
  const tomcat = text.includes("://") ? paramTraversal(text) : undefined;
  if (tomcat) add(ctx, "traversal", "high", `${ctx.who} ${tomcat}`);
  // Round 26 (./_path_r26.ts): a container-engine create body mounting the host or privileged.
  if (containerEscape(text)) {
    add(
      ctx,
      "container_escape",
      "critical",
      `${ctx.who} creates a container with the host's root or system folders mounted, privileged or in the host's namespaces (root on the host)`,
    );
  }
  // Round 27 (./_path_r27.ts): a bind mount handing a container the host's keys or ssh agent.
  if (secretMount(text)) {
    add(
      ctx,
      "sensitive_file",
      "high",
      `${ctx.who} mounts a credential folder or key agent socket of the host into a container`,
    );
  }
  // Cheap pre-filter: nothing path-like or encoded at all.
  if (!/[\/\\.~%&\0]|0x|[\u2024\u2025\u2044\u2215\u2216\uff0e\uff0f\uff3c]/i.test(text)) {
    return ctx.findings;
  }
  const views = new Set<string>([text]);
  if (ENCODED_HINT.test(text)) views.add(decodePath(text));
  // Round 15 (./_path_r15.ts): 8.3 short names read as their long names; archive link targets.
  const long = expandShortNames(text);
  if (long) views.add(long);
  // Round 46 (./_path_r46.ts): 8.3 short FILE names (`NUGET~1.CON`) read as their long names.
  const longFile = expandShortFileNames(long ?? text);
  if (longFile) views.add(longFile);
  if (field.stage === "input" && archiveLinkEscape(text, field)) {
    add(
      ctx,
      "archive_link",
      "high",
      `${ctx.who} is an archive link target outside the extraction folder (zip/tar slip through a link)`,
      0,
      text.length,
    );
  }
  // Path arguments are short: every view. Free text: decoded views only when something decodes.
  if (pathKey || mayHideFromParsers(text)) {
    for (const v of textViews(text).slice(1)) views.add(decodePath(v));
  }
  for (const view of views) {
    if (pathKey) scanPathValue(ctx, view, text);
    else scanFreeText(ctx, view, view === text, text);
  }
  // Round 46 (./_path_r46.ts): a metadata-only tool (`stat_file`) never returns the content. A
  // socket (an SSH agent's) is used, not read: learning where it is still counts.
  if (field.stage === "input" && metadataTool(field.tool ?? "")) {
    return ctx.findings.map((f) =>
      FILE_KINDS.has(f.kind) && !/socket/i.test(f.reason) ? { ...f, severity: "low" } : f
    );
  }
  if (searchMention(field.key, text)) {
    return ctx.findings.map((f) =>
      f.kind === "sensitive_file" || f.kind === "persistence_file" ? { ...f, severity: "low" } : f
    );
  }
  // A Dockerfile's `RUN sed -i … /etc/apt/sources.list`, `COPY … /etc/nginx/`, `/etc/profile.d`:
  // system and start-up paths there are the IMAGE's, built in a container, not the host's.
  // Credential files keep their weight (a key baked into a layer ships with the image).
  if (DOCKERFILE_KEY.test(field.key ?? "")) {
    ctx.findings = ctx.findings.map((f) =>
      f.kind === "system_file" || f.kind === "persistence_file" ? { ...f, severity: "low" } : f
    );
  }
  // Round 29 (./_path_r29.ts): a lone ssh-keygen, a PATH line appended to a start-up file, Markdown
  // prose quoting a system file: the named file is created, extended narrowly, or only talked about.
  // Round 32 (./_path_r32.ts): `mkdir -p ~/.ssh`, `ssh-keyscan … >> ~/.ssh/known_hosts` steps
  // name the SSH folder only to create it and trust a host key; findings inside them are low.
  const pins = ctx.findings.length && field.stage === "input" ? hostPinSpans(text) : [];
  // ./_cmd_dropin.ts: a systemd drop-in written to only sandbox or limit its service.
  const dropIns = ctx.findings.length && field.stage === "input"
    ? restrictingDropInSpans(text)
    : [];
  if (dropIns.length) {
    ctx.findings = ctx.findings.map((f) =>
      f.kind === "persistence_file" && f.start !== undefined && f.end !== undefined &&
        dropIns.some(([a, b]) => f.start! >= a && f.end! <= b)
        ? { ...f, severity: "low" }
        : f
    );
  }
  // Round 44 (./_cmd_r44.ts): a sudoers drop-in of audit-only `Defaults` lines, and the
  // `chmod`/`visudo -c` of that same file.
  const audits = ctx.findings.length && field.stage === "input" ? auditSudoersSpans(text) : [];
  if (audits.length) {
    ctx.findings = ctx.findings.map((f) =>
      f.start !== undefined && f.end !== undefined &&
        audits.some(([a, b]) => f.start! >= a && f.end! <= b)
        ? { ...f, severity: "low" }
        : f
    );
  }
  if (pins.length) {
    ctx.findings = ctx.findings.map((f) =>
      f.kind === "sensitive_file" && f.start !== undefined && f.end !== undefined &&
        pins.some(([a, b]) => f.start! >= a && f.end! <= b)
        ? { ...f, severity: "low" }
        : f
    );
  }
  if (ctx.findings.length && field.stage === "input") {
    // Round 31 (./_path_r31.ts): key creation, public-key display, chmod 600, ls of ~/.ssh.
    // ./_path_watch_only.ts: audit rules, inotify watches, stat/ls, public certificates exported.
    const keygen = loneKeygen(text) || keyHousekeeping(text) || watchOnly(text);
    // Round 33 (./_cmd_r33.ts): one plain `alias` line appended to a start-up file.
    const rc = !keygen && (rcPathExport(text) || rcAlias(text));
    // Round 30 (./_path_r30.ts): prose stored as a page body by a write tool.
    const doc = !keygen && !rc &&
      (markdownProse(field.key, text) ||
        (ctx.writes && storedProse(field.tool ?? "", field.key, text)) ||
        // Round 32 (./_path_r32.ts): prose listing quoted path examples as code-span bullets.
        (ctx.writes && quotedExampleList(field.key, text)));
    if (keygen || rc || doc) {
      return ctx.findings.map((f) =>
        (f.kind === "sensitive_file" && (keygen || doc)) || (f.kind === "persistence_file" && rc)
          ? { ...f, severity: "low" }
          : f
      );
    }
    // Round 33 (./_path_r33.ts): a note naming a system file only as a data format.
    const formatted = formatMentions(field.key, text, ctx.findings);
    if (nested || ctx.pathKey) return formatted;
    const judged = removalOnly(text, field, options, formatted);
    // ./_path_audit_read.ts: autostart locations only listed or searched (a persistence audit).
    return judged.some((f) => f.kind === "persistence_file" && f.severity !== "low") &&
        readOnlyAudit(text)
      ? judged.map((f) =>
        f.kind === "persistence_file" && AUTOSTART_WHAT.test(f.reason)
          ? { ...f, severity: "low" }
          : f
      )
      : judged;
  }
  return ctx.findings;
}

/** Path traversal, sensitive-file and root-escape detection for file-path arguments. */
export const pathTraversalDetector: TextDetector<PathTraversalOptions> = {
  id: "path_traversal",
  description: "`..` traversal in any encoding, paths escaping allowed roots, and sensitive files",
  ...TEXT_DETECTOR_SPECS.path_traversal,
  scan(text: string, field: FieldContext, options: PathTraversalOptions): Finding[] {
    try {
      return scanPaths(text, field, {
        allowed_roots: options?.allowed_roots ?? [],
        sensitive_files: options?.sensitive_files ?? [],
        block_absolute_outside_roots: options?.block_absolute_outside_roots,
        public_system_reads: options?.public_system_reads ?? false,
      });
    } catch {
      // Fail closed: a value the detector could not judge is reported, and the policy decides.
      return [scanError("path_traversal")];
    }
  },
};
