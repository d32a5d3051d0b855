/**
 * Command injection detector: shell metacharacters, substitutions and argument injection in
 * arguments that end up on a command line. Strict in command-, host-, file- and ref-like
 * arguments; in free text (queries, messages, code) only shell constructs that chain into a
 * dangerous command are reported, so prose, SQL and markdown pass.
 */
import { scanError } from "./_scan_error.ts";
import type { FieldContext, Finding, Severity, TextDetector } from "../types.ts";
import { textViews } from "../text/views.ts";
import { SOCAT_NOT_LOCAL } from "./_cmd_socat_local.ts";
import { mayHideFromParsers } from "./_cmd_hidden.ts";
import { withoutRestrictingDropIns } from "./_cmd_dropin.ts";
import { withoutAuditSudoers } from "./_cmd_r44.ts";
import { selfPowerOffAtEnd } from "./_cmd_r45.ts";
import { slashSpacedView } from "./_cmd_r47.ts";
import { labelOnlyLookup } from "./_cmd_r48.ts";
import { isPackageSpec, isProseValue, isVersionRange, writesSensitiveFile } from "./_cmd_shape.ts";
import { outputToNetwork, powershellCradle, sedExecutes } from "./_cmd_exec.ts";
import { powershellCallOperator } from "./_cmd_fp37.ts";
import { shellDeobfuscate } from "./_cmd_deobf.ts";
import { envInjection } from "./_cmd_env.ts";
import { programOption } from "./_cmd_r6_progopt.ts";
import { argInjection, withoutPlainHookOptions } from "./_arginj.ts";
import { r13Techniques, slicedProgram } from "./_cmd_r13.ts";
import { globStandIn, r14Techniques, requirementsFile } from "./_cmd_r14.ts";
import { hiddenBySpelling, r15Techniques } from "./_cmd_r15.ts";
import { r16Techniques } from "./_cmd_r16.ts";
import { r17Techniques } from "./_cmd_r17.ts";
import { r18Techniques } from "./_cmd_r18.ts";
import { filteredEnvListing, r19Techniques } from "./_cmd_r19.ts";
import { r20Techniques, withoutProjectOutput } from "./_cmd_r20.ts";
import { r21Techniques } from "./_cmd_r21.ts";
import { r22Techniques } from "./_cmd_r22.ts";
import { plainFilterOption, r26Techniques, withoutRevisionSyntax } from "./_cmd_r26.ts";
import { listingFilterPipe, propertyKey } from "./_cmd_r27.ts";
import { r28ScriptsTechnique, r28Techniques } from "./_cmd_r28.ts";
import { r29BareTechnique, r29Techniques } from "./_cmd_r29.ts";
import { R30_WORD, r30Techniques } from "./_cmd_r30.ts";
import { encodedCommandView, R31_WORD, r31Techniques } from "./_cmd_r31.ts";
import { r32Techniques, withoutHostPins } from "./_cmd_r32.ts";
import { r33Techniques, rcAlias } from "./_cmd_r33.ts";
import { r34Techniques } from "./_cmd_r34.ts";
import { r35Techniques } from "./_cmd_r35.ts";
import { r36Techniques } from "./_cmd_r36.ts";
import { postureTechnique } from "./_posture.ts";
import { blankSearchPatterns } from "./_cmd_search_patterns.ts";
import { caseModProgram } from "./_obf_r35.ts";
/** The words rounds 30 and 31 need, in one pass (each file still tests its own when this opens). */
const R30_31_WORD = new LiteralGate(new RegExp(`${R30_WORD.source}|${R31_WORD.source}`, "i"));
import { rcPathExport } from "./_path_r29.ts";
import { storageWipeTechnique } from "./_cmd_storage.ts";
import {
  mailerOptions,
  outputOptionToSensitiveFile,
  splicedSubstitution,
  tokenThenChain,
} from "./_cmd_splice.ts";
import { LiteralGate } from "./_literal_gate.ts";
import { addDeobfuscated } from "./_deobf.ts";
import { type CommandInjectionOptions, CommandInjectionOptionsSchema } from "./options.ts";
import { TEXT_DETECTOR_SPECS } from "./specs.ts";
export { CommandInjectionOptionsSchema };
export type { CommandInjectionOptions };

type KeyClass = "command" | "host" | "file" | "ref" | "args" | "url" | "free";

const KEY_CLASSES: ReadonlyArray<[KeyClass, RegExp]> = [
  [
    "command",
    /^(?:command|cmd|commandline|command_line|shell|script|exec|run|program|binary|module_args|module_arguments)$|_(?:cmd|command)$/,
  ],
  [
    "host",
    /^(?:host|hostname|ip|ip_address|addr|address|domain|server|target|remote|port|user|username)$|_(?:host|ip|domain)$/,
  ],
  [
    "file",
    /^(?:file|files|filename|file_name|filepath|file_path|path|paths|dir|dirname|directory|folder|src|dest|destination|glob|globs|drive)$|_(?:file|path|dir|glob)$/,
  ],
  [
    "ref",
    /^(?:branch|ref|refs|tag|revision|rev|commit|sha|remote_name|package|module|version|image|requirement|dependency|pkg)$/,
  ],
  ["args", /^(?:args|argv|arguments|flags|options|opts|extra_args|params)$/],
  ["url", /^(?:url|uri|href|link|endpoint|repo|repository|repo_url)$|_(?:url|uri)$/],
];

/** Programs an injected chain typically starts with (recon, fetch, shells, interpreters, Windows). */
const COMMAND_WORDS = new Set(
  ("id whoami uname hostname ls dir cat type more less head tail nl od xxd strings grep egrep find " +
    "pwd echo printf env printenv set export ps kill pkill killall netstat ss ifconfig ipconfig ip route " +
    "arp ping ping6 traceroute tracert nslookup dig curl wget nc ncat netcat socat telnet ssh scp sftp " +
    "ftp tftp rsync bash sh zsh ksh csh tcsh dash fish busybox cmd cmd.exe powershell pwsh python " +
    "python2 python3 perl ruby php node lua awk gawk sed xargs eval exec source sudo su chmod chown " +
    "rm rmdir mv cp dd mkfifo mknod touch tee base64 openssl gcc make tar unzip systeminfo sysinfo net " +
    "netsh reg sc tasklist taskkill wmic certutil bitsadmin mshta rundll32 regsvr32 cscript wscript " +
    "shutdown reboot halt crontab nohup sleep timeout getent useradd usermod passwd history nmap mount " +
    "lsof nohup phpinfo system whoami.exe calc calc.exe notepad sh.exe bash.exe schtasks " +
    "vssadmin bcdedit net1 icacls takeown").split(" "),
);

const SEPARATOR_THEN_WORD =
  /(?:;|&&|\|\||\||&|\r|\n|\u2028|^\s*\)|\)\s*[;|&])[ \t]*(?:\([ \t]*)?((?:\/(?:usr\/)?(?:local\/)?s?bin\/|\.\/)?[a-z][\w.-]*)(?=$|[\s;|&<>)`'"])/gi;
/** `re` with its `socat` alternative passing a relay between two local endpoints (./_cmd_socat_local.ts). */
function localSocatPasses(re: RegExp): RegExp {
  const source = re.source.replace("|socat\\b|", `|socat\\b${SOCAT_NOT_LOCAL}|`);
  if (source === re.source) throw new Error("command_injection: socat alternative not found");
  return new RegExp(source, re.flags);
}
/** Dangerous commands (after a separator or inside a substitution) that matter even in free text. */
const DANGEROUS = localSocatPasses(
  /^\s*(?:sudo\s+)?(?:rm\s+(?:-[a-z]*[rf][a-z]*\s+)+(?:--no-preserve-root\b|(?:(?:\/|~\/?|\$home\/?|\$\{home\}\/?|\.\.?\/?|\/(?:etc|usr|bin|sbin|lib(?:32|64)?|boot|home|root|var|opt|srv|dev|sys|proc|mnt|media)\/?)\*?|\*)(?=[\s;&|)`'\x22]|$))|(?:curl|wget|fetch|iwr|invoke-webrequest|invoke-restmethod|irm)\b[^\n;]*\|\s*(?:sudo\s+)?(?:ba|z|k|da)?sh\b|(?:curl|wget|fetch|iwr|irm)\b[^\n;]*\|\s*(?:python|perl|ruby|php|node|iex)\b|(?:nc|ncat|netcat)\b[^\n;|]*\s-[a-z]*[ec]\b|(?:ba|z|k)?sh\s+-[a-z]*i\b|(?:ba|z|k)?sh\s+-c\b|python[23]?\s+-c\b|perl\s+-e\b|ruby\s+-e\b|php\s+-r\b|node\s+-e\b|powershell\b|pwsh\b|cmd(?:\.exe)?(?:\s+\/[abd-jl-z](?::\w+)?){0,4}\s+\/[ck]\b|(?:iex|invoke-expression)\b\s*(?:[(\$'\x22;|&)\n]|$)|start-process\b|invoke-item\b|start\s+(?:\/[a-z]{1,8}\s+|""\s+){0,4}(?:cmd|powershell|pwsh|mshta|rundll32|regsvr32|wscript|cscript)\b|xargs\b[^\n;|]{0,120}?\b(?:(?:ba|z|k|da)?sh\s+-c|nc|ncat|netcat|socat)\b|xargs\b[^\n;|]{0,120}?\bcurl\b[^\n;|]{0,200}?(?:\s-T\b|\s--upload-file\b|\s-F\s|\s--data-binary\s+@|\s-d\s*@)|(?:xargs|env|nice|nohup|timeout|busybox|stdbuf|torsocks|proxychains[34]?)\b[^\n;|]{0,120}?\b(?:curl|wget)\b[^\n;]*\|\s*(?:sudo\s+)?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|node)\b|mkfifo\b|socat\b|telnet\s+\S+\s+\d+|whoami\b|uname\s+-a|ifconfig\b|ipconfig\b|systeminfo\b|net\s+(?:user|localgroup)\b|reg\s+add\b|netsh\b|certutil\b|bitsadmin\b|chmod\s+(?:\+x|[0-7]*7[0-7]*)\s|cat\s+\/etc\/(?:passwd|shadow)|(?:\/usr)?\/bin\/(?:ba|z|k|da)?sh\b|(?:\/usr)?\/bin\/id\b|dd\s+if=|mkfs\b|shutdown\b|reboot\b|crontab\b|base64\s+(?:-d|--decode)\b[^\n;]*\|\s*(?:ba)?sh\b|sleep\s+\d+\s*(?:[;&|]{0,2}\s*(?:#|$)|`|\))|ping\s+-[cn]\s*\d+)/i,
);
const DANGEROUS_BODY = DANGEROUS.source.replace(/^\^\\s\*/, "");
// PowerShell's `iex(…)` takes its argument without a space.
const WORD_AHEAD =
  "((?:\\/(?:usr\\/)?(?:local\\/)?s?bin\\/|\\.\\/)?[a-z][\\w.-]*)(?=$|[\\s;|&<>)`'\"]|(?<=iex|invoke-expression)\\()";
const SEPARATOR_SOURCE =
  "(?:;|&&|\\|\\||\\||&|\\r|\\n|\\u2028|^\\s*\\)|\\)\\s*[;|&])[ \\t]*(?:\\([ \\t]*)?";
/**
 * A separator followed by a dangerous command, in one pass: the same candidates as walking
 * SEPARATOR_THEN_WORD and testing DANGEROUS at each word, without returning to JS per separator.
 */
const SEPARATOR_THEN_DANGEROUS = new RegExp(
  `${SEPARATOR_SOURCE}(?=${WORD_AHEAD})(?=(?:${DANGEROUS_BODY}))`,
  "i",
);
/**
 * What a shell tool's own `command` must not do, at its start, after a separator or inside a
 * substitution: download-and-execute, destructive deletes and disk writes, named pipes and socat
 * relays, interactive shells, base64-decoded scripts piped to a shell, and substitutions that fetch
 * remote content. Plain chaining (`&&`, `|`, `;`) of ordinary programs is what such a tool is for.
 */
const COMMAND_DANGEROUS = localSocatPasses(
  /^\s*(?:sudo\s+)?(?:rm\s+(?:-[a-z]*[rf][a-z]*\s+)+(?:--no-preserve-root\b|(?:(?:\/|~\/?|\$home\/?|\$\{home\}\/?|\.\.?\/?|\/(?:etc|usr|bin|sbin|lib(?:32|64)?|boot|home|root|var|opt|srv|dev|sys|proc|mnt|media)\/?)\*?|\*)(?=[\s;&|)`'\x22]|$))|(?:curl|wget|fetch|iwr|invoke-webrequest|invoke-restmethod|irm)\b[^\n;]{0,400}\|\s*(?:sudo\s+)?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|php|node|iex)\b|(?:nc|ncat|netcat)\b[^\n;|]{0,200}\s-[a-z]*[ec]\b|(?:xargs|env|nice|nohup|timeout|busybox|stdbuf|torsocks|proxychains[34]?)\b[^\n;|]{0,120}?\b(?:curl|wget)\b[^\n;]{0,400}\|\s*(?:sudo\s+)?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|node)\b|(?:ba|z|k)?sh\s+-[a-z]*i\b|mkfifo\b|socat\b|base64\s+(?:-d|--decode)\b[^\n;]{0,400}\|\s*(?:sudo\s+)?(?:ba|z|k|da)?sh\b|dd\s+[^\n;|]{0,200}\bof=\/dev\/|mkfs\b)/i,
);
const COMMAND_DANGEROUS_AFTER_SEP = new RegExp(
  `${SEPARATOR_SOURCE}(?=${WORD_AHEAD})(?=(?:${COMMAND_DANGEROUS.source.replace(/^\^\\s\*/, "")}))`,
  "i",
);
/**
 * The two patterns above without their `^\s*\)` separator, for text that does not start with `)`:
 * then they find the same match, and irregexp can skip ahead to the next separator character
 * instead of trying every position. The command test runs first: it fails on the first letter.
 */
const SEPARATOR_NOT_AT_START = SEPARATOR_SOURCE.replace("|^\\s*\\)", "");
const SEPARATOR_THEN_DANGEROUS_FAST = new RegExp(
  `${SEPARATOR_NOT_AT_START}(?=(?:${DANGEROUS_BODY}))(?=${WORD_AHEAD})`,
  "i",
);
const COMMAND_DANGEROUS_AFTER_SEP_FAST = new RegExp(
  `${SEPARATOR_NOT_AT_START}(?=(?:${
    COMMAND_DANGEROUS.source.replace(/^\^\\s\*/, "")
  }))(?=${WORD_AHEAD})`,
  "i",
);
const STARTS_WITH_PAREN = /^\s*\)/;
/**
 * What follows a command word when it is run, not named: an option, a path, a variable, a URL,
 * a quoted script, a redirection or pipe, a number (`sleep 5`), or a host and port.
 */
const COMMAND_ARGUMENT =
  /^(?:[ \t]*(?:$|\n|[|;&<>`]|\$\()|[ \t]+(?:-{1,2}[a-z0-9]|[\/~$'"]|\.{1,2}\/|https?:|\d|[\w.-]+[ \t]+\d+\b|[\w.-]+\.[a-z]{2,}\b))/i;
/** A substitution whose first word fetches remote content (`$(curl …)`, `` `wget -qO- …` ``). */
const FETCHING_SUBSTITUTION =
  /^\s*(?:curl|wget|fetch|nc|ncat|netcat|iwr|irm|invoke-webrequest|invoke-restmethod)\b/i;
const LEADING_SEPARATOR = /^\s*(?:;|&&?|\|\|?)\s*[\w.\/$`'"]/;
/** Necessary for any ALWAYS alternative: `/dev/`, `()`, mkfifo, socat, or an `-e`/`-i` style flag. */
const ALWAYS_GATE =
  /[\/(\-kc](?:(?<=\/)dev\/|(?<=\()\)|(?<=m)kfifo|(?<=so)cat|(?<=\s-)[a-z]*[ie])/i;
/** Reverse shells and shellshock: strong on their own, in any field. */
const ALWAYS =
  /\/dev\/(?:tcp|udp)\/[\w.-]+\/\d+|\b(?:ba)?sh\s+-i\s*[<>]&|\b(?:nc|ncat|netcat)\b[^\n]{0,80}\s-[a-z]*e\s*(?:\/bin\/)?(?:ba|z|da)?sh\b|\(\)\s*\{\s*:\s*;\s*\}\s*;|\bmkfifo\b[^\n]{0,80}\b(?:nc|ncat|sh)\b|:\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:|socat\b[^\n]{0,80}exec:/i;
/** SSI exec directives, and recon commands glued to `;`/`&&` that never occur in prose. */
const SSI_OR_RECON =
  /<!--#exec\s|(?:;|&&)\s*(?:id|whoami|uname|ifconfig|ipconfig|systeminfo|netstat|(?:\/usr)?\/bin\/\w+)\s*(?:-a\s*)?(?:[;|&#`'"]|$)/i;
// Bounded repeats keep every pattern linear on hostile input (`$(` x 20000).
const SUBSTITUTION =
  /\$\(\s*([^)]{0,400})\)?|`([^`]{0,400})`|\$\{[^}]{0,200}\}|\$IFS\b|[<>]\(\s*[^)]{1,400}\)/gi;
/** A shell, interpreter or network tool as an option's value. */
const SHELLISH = String
  .raw`['"]?(?:(?:\/usr)?\/bin\/)?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|php|node|nc|ncat|netcat|socat|curl|wget|powershell|pwsh|cmd(?:\.exe)?)\b`;
/**
 * What a hook option (`--upload-pack`, `--open-files-in-pager`, `core.fsmonitor`, zip's `-TT`) is
 * never given in earnest: a shell, interpreter, network tool or recon/file command. Those options
 * name a helper program (`git-upload-pack`, `vim`, `watchman`), so any of these is injection.
 */
const RUN_WORD = String
  .raw`['"]?(?:(?:\/usr)?\/bin\/)?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|php|node|nc|ncat|netcat|socat|curl|wget|powershell|pwsh|cmd(?:\.exe)?|touch|id|whoami|uname|cat|echo|rm|chmod|cp|mv|tee|base64|ping|nslookup|dig|calc(?:\.exe)?|xterm|bitsadmin|certutil|mshta|rundll32)\b`;
/**
 * An option whose value is a program the tool runs (git/ssh/tar/find/rsync/zip), given a shell,
 * interpreter or network tool — or a value that always runs one (`-oProxyCommand=`, tar's
 * `--checkpoint-action=exec=`). Strong in any field: prose names these options without handing
 * them a shell. Every branch starts at the "-", so the scan jumps from dash to dash.
 */
const EXEC_OPTION = new RegExp(
  String
    .raw`(?<![^\s'"=])-(?:-?(?:upload-pack|receive-pack|to-command|use-compress-program|unzip-command|open-files-in-pager)(?:\s*=\s*|\s+)${RUN_WORD}|-?(?:rsh|rsync-path|proxy-command|ssh-command|exec|execdir|ok|okdir)(?:\s*=\s*|\s+)${SHELLISH}|TT(?:\s*=\s*|\s+)${RUN_WORD}|c\s*['"]?core\.(?:sshCommand|fsmonitor|askpass|hooksPath)(?:\s*=\s*|\s+)${RUN_WORD}|c\s*['"]?core\.(?:pager|editor)(?:\s*=\s*|\s+)${SHELLISH}|e\s*['"]?(?:ba|z|k|da)?sh\s+-c\b|o\s*['"]?(?:Proxy|Local)Command\s*=|-checkpoint-action\s*=\s*['"]?exec\s*=|(?:-config|c)(?:\s*=\s*|\s+)['"]?(?:(?:alias\.[\w-]{1,40}|credential\.helper)\s*=\s*['"]?!|hooks\.[\w.-]{1,60}\s*=|ui\.ssh\s*=\s*${RUN_WORD}|protocol\.ext\.allow\s*=\s*['"]?always))`,
  "i",
);
/** git's `ext::` transport runs its argument as a command. */
const EXT_TRANSPORT = /(?<![\w:])ext::\S/;
/**
 * Options that make git, ssh, find, tar, curl, rsync … run another program or write files. A
 * pager or editor set to a plain pager/editor program (`-c core.pager=cat`, `less -R`) is not one.
 */
const DANGEROUS_OPTION =
  /(?:^|\s)(?:--upload-pack|--receive-pack|--exec|-exec|-execdir|-ok|--to-command|--checkpoint-action|--use-compress-program|--rsh|--rsync-path|--post-file|--output|-oProxyCommand|-o\s*ProxyCommand|-oLocalCommand|-o\s*LocalCommand|--proxy-command|--ssh-command|-c\s*core\.(?:sshCommand|fsmonitor|hooksPath)|-c\s*core\.(?:pager|editor)(?!(?:\s*=\s*|\s+)['"]?(?:cat|less|more|most|delta|bat|vim?|nvim|nano|emacs)(?:\s+-{1,2}[\w-]{1,20}){0,4}['"]?(?:\s|$))|--open-files-in-pager|--template|--eval|--interactive-program)(?:[=\s]|$)|--config(?:\s*=\s*|\s+)['"]?(?:core\.|alias\.|credential\.|hooks?\.|target\.[\w.-]{1,60}\.(?:runner|linker)|build\.rustc(?:-[\w-]{1,30})?\b|include\.path|ui\.ssh|protocol\.)|(?:^|\s)['"]?target\.[\w.-]{1,60}\.(?:runner|linker)\s*=|\bLD_PRELOAD=|\bGIT_SSH_COMMAND=|\bPROMPT_COMMAND=|\bBASH_ENV=/i;
/**
 * `-F` (ssh config file, curl form upload) in capitals only: the detector's other options are
 * case-insensitive, and helm/kubectl `-f values.yaml` is an ordinary file option.
 */
const CAPITAL_F_OPTION = /(?:^|\s)-F(?:[=\s]|$)/;
/** Interpreter-level execution calls (PHP/Python/Perl/Ruby/Java) and PHP complex `${…(…)}` syntax. */
const CODE_EXEC =
  /\b(?:system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|eval|assert|phpinfo|os\.system|os\.popen|subprocess\.\w+|Runtime\.getRuntime\(\)\.exec|child_process\.\w+|__import__)\s*\(|\$\{[^}]{0,200}\([^}]{0,200}\}|<\?php\b/i;
const META_PREFILTER = /[;&|`$\n\r<>\u2028%(){}\\'"-]/;
/** Two carets inside words (cmd.exe escapes, Invoke-DOSfuscation). */
const CARET_WORDS = /[a-z0-9]\^[a-z0-9][^\n]{0,200}?[a-z0-9]\^[a-z0-9]/i;
/** `${NAME}` or `${NAME:-default}` with a plain default; `${IFS}` is a space, so it never counts. */
const PLACEHOLDER = /\$\{(?!IFS\})[A-Za-z_][A-Za-z0-9_]{0,40}(?::?[-=?+][\w.\/@-]{0,100})?\}/g;
/** Argument names (and list items) that carry environment variables as `NAME=value`. */
const ENV_LIST =
  /^(?:env|envs|environment|env_vars|envvars|variables|vars)$|^(?:dot)?env_|_(?:env|environment|env_vars|envvars)$/i;
const ENV_LIST_ITEM = /[._](?:env|envs|environment|env_vars|envvars|variables|vars)\[\d+\]$/i;
const HOST_OK = /^[\w.\-:\[\]%@\/]*$/;
/**
 * A SQL Server named instance (`SQLPROD01\ERP`, `db.corp.lan\SQLEXPRESS`): the client's own
 * `host\instance` syntax. A backslash before a letter only escapes that letter in a shell,
 * and the instance name allows no other punctuation here.
 */
const SQL_INSTANCE = /^[A-Za-z0-9][\w.-]{0,253}\\[A-Za-z_][\w#]{0,15}$/;
/**
 * A host pattern (`WS-FIN-*`, `*.corp.example`): `*` wildcards over host-name characters name a
 * group of machines; a shell only globs them, it runs nothing (round 48).
 */
const HOST_GLOB = /^[\w.*-]{1,253}$/;
/**
 * A remote's visibility or role noted after it (`github.com/acme/ui (public)`): a fixed word, not
 * a command a PowerShell subexpression or a fish substitution could run (round 48).
 */
const HOST_NOTE =
  / \((?:public|private|internal|read[- ]only|fork|mirror|upstream|origin|archived|default|primary|backup|staging|production|prod|test|dev)\)$/i;

function classify(key: string, strictKeys: readonly string[]): KeyClass {
  if (strictKeys.includes(key)) return "file";
  for (const [cls, re] of KEY_CLASSES) if (re.test(key)) return cls;
  return "free";
}

function urlDecode(s: string): string {
  if (!/%[0-9a-f]{2}/i.test(s)) return s;
  let cur = s;
  for (let i = 0; i < 2; i++) {
    cur = cur.replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return cur;
}

function htmlDecode(s: string): string {
  return s.replace(
    /&(?:lt|gt|quot|apos|amp|#(\d{1,5})|#x([0-9a-f]{1,4}));/gi,
    (m, d?: string, x?: string) => {
      if (d) return String.fromCharCode(Number(d));
      if (x) return String.fromCharCode(parseInt(x, 16));
      return ({ "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" } as Record<
        string,
        string
      >)[
        m.toLowerCase()
      ] ?? m;
    },
  );
}

interface Ctx {
  who: string;
  cls: KeyClass;
  findings: Finding[];
  /** The called tool's name ("" when unknown). */
  tool: string;
  /** The argument's name ("" when unknown). */
  key: string;
  /** A tool-call argument (input stage), not a result field. */
  input: boolean;
  /** The whole value as given (the views are decoded or split forms of it). */
  text?: string;
}

function add(
  ctx: Ctx,
  kind: string,
  severity: Severity,
  reason: string,
  start?: number,
  end?: number,
): void {
  if (ctx.findings.some((f) => f.kind === kind)) return;
  ctx.findings.push({ detector: "command_injection", kind, severity, reason, start, end });
}

/** {@link add} with the span of match `m` (only when `spans`: raw-text views). */
function addMatch(
  ctx: Ctx,
  kind: string,
  severity: Severity,
  reason: string,
  m: RegExpMatchArray,
  spans: boolean,
): void {
  const at = spans ? m.index : undefined;
  add(ctx, kind, severity, reason, at, at === undefined ? undefined : at + m[0].length);
}

function isCommandWord(word: string): boolean {
  const w = word.toLowerCase();
  return COMMAND_WORDS.has(w) || /^(?:\/(?:usr\/)?(?:local\/)?s?bin\/|\.\/)/.test(w) ||
    COMMAND_WORDS.has(w.replace(/^.*\//, ""));
}

/** Program grammars that run a command on their own: sed `e`, PowerShell cradles, hooks, `>(…)`. */
function execGrammars(ctx: Ctx, view: string, spans: boolean): void {
  const found = (kind: string, reason: string, m?: RegExpMatchArray | null) => {
    if (m) addMatch(ctx, kind, "critical", `${ctx.who} ${reason}`, m, spans);
    else add(ctx, kind, "critical", `${ctx.who} ${reason}`);
  };
  // Free text: `; iex (…)` is a DANGEROUS chain already; what is left is a script block built
  // after a separator on its line (`x'; & ([scriptblock]::Create(…`). Install docs start a line
  // with `iex ((New-Object …).DownloadString(…))`, which stays allowed like `curl … | sh`.
  let cradle = ctx.cls !== "free" || view.includes("::") ? powershellCradle(view) : null;
  if (cradle && ctx.cls === "free") {
    const at = cradle.index ?? 0;
    if (!/[;&|]/.test(view.slice(view.lastIndexOf("\n", at) + 1, at))) cradle = null;
  }
  if (cradle) found("dangerous_command", "makes PowerShell evaluate downloaded code", cradle);
  const sink = outputToNetwork(view);
  if (sink) {
    found("substitution", "pipes output through process substitution into a network tool", sink);
  }
  if (ctx.cls !== "free" || view.length < 512) {
    if (sedExecutes(view)) {
      found("code_execution", "is a sed program that executes a command (e flag or command)");
    }
  }
  if (view.includes("<(")) {
    PROCESS_IN.lastIndex = 0;
    for (let m = PROCESS_IN.exec(view); m; m = PROCESS_IN.exec(view)) {
      if (DANGEROUS.test(m[1])) {
        found("substitution", "runs a dangerous command through process substitution", m);
        break;
      }
    }
  }
}
/** `<(…)`: input process substitution. */
const PROCESS_IN = /<\(\s*([^()<>]{1,400})\)/g;

/** Constructs that are dangerous in any field: reverse shells, chains into dangerous commands. */
function strongChecks(ctx: Ctx, view: string, spans: boolean): void {
  // Each check is gated by a cheap test for what its pattern needs, so prose costs a few scans.
  const always = ALWAYS_GATE.test(view) ? view.match(ALWAYS) : null;
  if (always) {
    addMatch(
      ctx,
      "reverse_shell",
      "critical",
      `${ctx.who} contains a reverse-shell or shellshock payload`,
      always,
      spans,
    );
  }
  const command = ctx.cls === "command";
  if (!command && (view.includes("-") || view.includes("ext::"))) {
    const opt = view.match(EXEC_OPTION) ??
      (view.includes("ext::") ? view.match(EXT_TRANSPORT) : null);
    if (opt) {
      addMatch(
        ctx,
        "argument_injection",
        "critical",
        `${ctx.who} passes an option that makes the called program run a shell or another program`,
        opt,
        spans,
      );
    }
  }
  const program = command ? undefined : programOption(view);
  if (program) add(ctx, "argument_injection", "high", `${ctx.who} ${program}`);
  // Option-borne execution, reads, writes and fetches by CLI (./_arginj.ts).
  const arg = ctx.input ? argInjection(view, ctx.cls, ctx.key) : undefined;
  if (arg) add(ctx, "argument_injection", "high", `${ctx.who} ${arg.why} (${arg.id})`);
  // Decoded pipes into a shell, built PowerShell names, package sources, host escapes (round 13).
  const document = ctx.cls === "free" && view.length > 2048;
  const r13 = r13Techniques(view, ctx.tool, document, ctx.text);
  if (r13) add(ctx, r13.kind, "critical", `${ctx.who} ${r13.reason}`);
  // Downloads run from a variable, network hooks, awk, pod overrides, globs, slices (round 14).
  const r14 = document ? undefined : r14Techniques(view);
  if (r14) add(ctx, r14.kind, "critical", `${ctx.who} ${r14.reason}`);
  // Environment listings sent to the network, install scripts forced on (./_cmd_r28.ts).
  const r28 = document
    ? undefined
    : r28Techniques(view) ?? r28ScriptsTechnique(view, ctx.cls === "free") ??
      r29Techniques(view) ??
      (R30_31_WORD.test(view) ? r30Techniques(view) ?? r31Techniques(view) : undefined) ??
      // Round 32 (./_cmd_r32.ts): commands and argv only (a free-text value runs nothing).
      // Round 33 (./_cmd_r33.ts): DNS-label exfiltration, top AWS policy to an outside IAM user.
      // Round 34 (./_cmd_r34.ts): controls off, exposure, host handed out, people dumped.
      // Round 35 (./_cmd_r35.ts): shared out, credential DBs, mail forwarded, backdoors, logs.
      // Round 36 (./_cmd_r36.ts): names delegated, rights and data handed to outsiders.
      // Security posture (./_posture.ts): footholds planted and defences weakened, per platform.
      (ctx.cls !== "free"
        ? r32Techniques(view) ?? r33Techniques(view) ?? r34Techniques(view) ??
          r35Techniques(view) ?? r36Techniques(view) ?? postureTechnique(view)
        : undefined);
  if (r28) add(ctx, r28.kind, "critical", `${ctx.who} ${r28.reason}`);
  if (!document && slicedProgram(view)) {
    add(
      ctx,
      "obfuscated_command",
      "critical",
      `${ctx.who} spells a program name from variable slices`,
    );
  }
  // Round 35 (./_obf_r35.ts): a program name produced by a `${var,,}` case change.
  if (!document && ctx.cls !== "free" && caseModProgram(view)) {
    add(
      ctx,
      "obfuscated_command",
      "critical",
      `${ctx.who} spells a program name with a case-changing variable expansion`,
    );
  }
  const ssi = !command && (view.includes(";") || view.includes("&&") || view.includes("<!--#"))
    ? view.match(SSI_OR_RECON)
    : null;
  if (ssi) {
    const at = spans ? ssi.index : undefined;
    const end = at === undefined ? undefined : at + ssi[0].length;
    if (ssi[0].startsWith("<!--")) {
      add(
        ctx,
        "ssi_exec",
        "high",
        `${ctx.who} contains a server-side include exec directive`,
        at,
        end,
      );
    } else {
      add(
        ctx,
        "chained_command",
        "high",
        `${ctx.who} chains a reconnaissance command (id, whoami, uname …) after ; or &&`,
        at,
        end,
      );
    }
  }
  if (command) {
    // A command that starts with a separator is meant to be spliced after another command line.
    // ./_cmd_fp37.ts: PowerShell's call operator (`& 'C:\Tools\app.exe' …`) splices nothing.
    if (LEADING_SEPARATOR.test(view) && !powershellCallOperator(view, ctx.text ?? view)) {
      add(
        ctx,
        "chained_command",
        "high",
        `${ctx.who} starts with a shell separator, so it extends another command line`,
      );
    }
    const lead = view.match(COMMAND_DANGEROUS);
    if (lead) {
      add(
        ctx,
        "dangerous_command",
        "critical",
        `${ctx.who} runs a dangerous command (download-and-execute, destructive delete, shell relay)`,
        spans ? lead.index : undefined,
        spans ? (lead.index ?? 0) + lead[0].length : undefined,
      );
    }
    // `ssh-keyscan … >> ~/.ssh/known_hosts` pins a host key (./_cmd_r32.ts).
    // A systemd drop-in that only sandboxes or limits its service (./_cmd_dropin.ts) is hardening.
    // A sudoers drop-in of audit-only `Defaults` lines (./_cmd_r44.ts) grants nothing.
    const sink = writesSensitiveFile(
      withoutAuditSudoers(withoutHostPins(withoutRestrictingDropIns(view))),
    );
    // One home-folder `export PATH=…:$PATH` line appended to a start-up file (./_path_r29.ts), or
    // one plain `alias` line (./_cmd_r33.ts).
    if (sink && !rcPathExport(view) && !rcAlias(view)) {
      add(
        ctx,
        "sensitive_write",
        "critical",
        `${ctx.who} writes to ${sink}, which plants code or credentials`,
      );
    }
  }
  execGrammars(ctx, view, spans);
  // A search program's quoted pattern (`grep -E 'curl|wget'`) is data, not a pipeline.
  const shellView = command ? blankSearchPatterns(view) : view;
  let chain =
    (STARTS_WITH_PAREN.test(view)
      ? (command ? COMMAND_DANGEROUS_AFTER_SEP : SEPARATOR_THEN_DANGEROUS)
      : (command ? COMMAND_DANGEROUS_AFTER_SEP_FAST : SEPARATOR_THEN_DANGEROUS_FAST)).exec(
        shellView,
      );
  if (
    chain && ctx.cls === "free" && !/[;&|)]/.test(chain[0]) &&
    (/[.,:]$/.test(chain[1]) ||
      !COMMAND_ARGUMENT.test(view.slice(chain.index + chain[0].length + chain[1].length)))
  ) {
    // In prose a line may simply start with such a word ("shutdown.", "PowerShell uses …"): after
    // a bare line break it counts only when it is not closed by punctuation and what follows
    // reads as the command's arguments (or nothing: a bare command line).
    chain = null;
  }
  // Round 45 (./_cmd_r45.ts): a script file powering off its own machine as its last step.
  if (chain && selfPowerOffAtEnd(view, shellView.slice(chain.index + chain[0].length))) {
    chain = null;
  }
  if (chain) {
    const word = chain[1];
    const end = chain.index + chain[0].length + word.length;
    add(
      ctx,
      "chained_command",
      "critical",
      `${ctx.who} chains a dangerous shell command ("${
        word.slice(0, 24)
      }") after a command separator`,
      spans ? chain.index : undefined,
      spans ? end : undefined,
    );
  }
  // Free text only trusts `$( … )`: backticks there are usually markdown code spans.
  if (!view.includes("$(") && (ctx.cls === "free" || !view.includes("`"))) return;
  SUBSTITUTION.lastIndex = 0;
  for (let m = SUBSTITUTION.exec(view); m; m = SUBSTITUTION.exec(view)) {
    const inner = m[1] ?? (ctx.cls === "free" ? undefined : m[2]);
    if (
      inner !== undefined &&
      (command
        ? COMMAND_DANGEROUS.test(inner) || FETCHING_SUBSTITUTION.test(inner)
        : DANGEROUS.test(inner) && !labelOnlyLookup(view, m.index, inner))
    ) {
      add(
        ctx,
        "substitution",
        "critical",
        `${ctx.who} runs a dangerous command through shell substitution`,
        spans ? m.index : undefined,
        spans ? m.index + m[0].length : undefined,
      );
      break;
    }
  }
}

/** Values shaped for a command line whatever their argument name (`_cmd_splice.ts`). */
function spliceChecks(ctx: Ctx, key: string, views: readonly string[]): void {
  const sink = outputOptionToSensitiveFile(views[0]);
  if (sink) {
    add(
      ctx,
      "sensitive_write",
      "critical",
      `${ctx.who} passes an output option that writes ${sink}, which plants code or credentials`,
    );
  }
  if (mailerOptions(key, views[0])) {
    add(
      ctx,
      "argument_injection",
      "high",
      `${ctx.who} carries command-line options after the e-mail address (sendmail -X/-O/-C)`,
    );
  }
  for (const v of views) {
    if (/[;&|]/.test(v) && tokenThenChain(v, isCommandWord)) {
      add(
        ctx,
        "chained_command",
        "high",
        `${ctx.who} is a single value followed by a shell separator and another command`,
      );
    }
    if (splicedSubstitution(v, isCommandWord)) {
      add(
        ctx,
        "substitution",
        "high",
        `${ctx.who} is, or has glued inside it, a shell substitution that runs a program`,
      );
    }
  }
}

/** Grammar checks for arguments that are spliced into a command line. */
function strictChecks(ctx: Ctx, view: string, spans: boolean, full: boolean): void {
  const cls = ctx.cls;
  const value = view.trim();
  const chainSeverity: Severity = cls === "command" ? "medium" : "high";
  SEPARATOR_THEN_WORD.lastIndex = 0;
  for (let m = SEPARATOR_THEN_WORD.exec(view); m; m = SEPARATOR_THEN_WORD.exec(view)) {
    // `printenv | grep ^FEATURE_` in a pod: one plain name read, not a chain (./_cmd_r19.ts).
    // `logs deploy/api | grep -i 'exec failed'`: a listing narrowed by one filter (./_cmd_r27.ts).
    if (
      isCommandWord(m[1]) && !(m[1] === "grep" && filteredEnvListing(view)) &&
      !listingFilterPipe(view)
    ) {
      add(
        ctx,
        "chained_command",
        chainSeverity,
        `${ctx.who} chains another command ("${
          m[1].slice(0, 24)
        }") with a shell separator; pass a plain value`,
        spans ? m.index : undefined,
        spans ? m.index + m[0].length : undefined,
      );
      break;
    }
  }
  if (!full) return;
  SUBSTITUTION.lastIndex = 0;
  for (let m = SUBSTITUTION.exec(view); m; m = SUBSTITUTION.exec(view)) {
    const isVar = m[0].startsWith("${") && !/^\$\{IFS/i.test(m[0]);
    if (isVar || (m[2] !== undefined && m[2].trim() === "")) continue;
    add(
      ctx,
      "substitution",
      chainSeverity,
      `${ctx.who} contains shell command substitution ($(…), backticks, $IFS or <(…)); pass a plain value`,
      spans ? m.index : undefined,
      spans ? m.index + m[0].length : undefined,
    );
    break;
  }
  const flagSeverity: Severity = cls === "command" || cls === "args" ? "medium" : "high";
  // `--output=tmp/changelog.txt` (a project report file) is no reason (./_cmd_r20.ts): the rest is
  // judged again, only when the option test fired.
  // `--use-compress-program=zstd`, `-exec grep -l x {} +`: a hook option with its ordinary value.
  const option = DANGEROUS_OPTION.test(view) &&
    DANGEROUS_OPTION.test(withoutProjectOutput(view) ?? view) &&
    DANGEROUS_OPTION.test(withoutPlainHookOptions(view) ?? view);
  if (option || CAPITAL_F_OPTION.test(view)) {
    add(
      ctx,
      "argument_injection",
      flagSeverity,
      `${ctx.who} carries an option that makes the tool run another program or rewrite its config (e.g. --upload-pack, -exec, ProxyCommand)`,
    );
  }
  if (cls === "command" || cls === "args") return;
  // `--exclude=*.map` in a file list filters an archive; other options still count (./_cmd_r26.ts).
  if (
    /^-/.test(value) && !/^-?\d+(?:\.\d+)?$/.test(value) &&
    !(cls === "file" && plainFilterOption(value))
  ) {
    add(
      ctx,
      "argument_injection",
      "high",
      `${ctx.who} starts with "-", so the called program would read it as an option; pass a value, not a flag`,
    );
  }
  if (/[\r\n\u2028\u2029]/.test(view) || /\0/.test(view)) {
    add(
      ctx,
      "newline",
      "high",
      `${ctx.who} contains a line break or NUL byte, which starts a new shell command`,
    );
  }
  if (/(?:^|[^<>=-])(?:\d?>{1,2}|&>)\s*[&\/~.\w$]|<\s*\/\w/.test(value) && cls !== "url") {
    if (cls !== "free" || /(?:>{1,2}|&>)\s*(?:\/|~)/.test(value)) {
      add(
        ctx,
        "redirection",
        "high",
        `${ctx.who} contains a shell redirection (>, >>, <) to a file`,
      );
    }
  }
  if (CODE_EXEC.test(view)) {
    add(
      ctx,
      "code_execution",
      "high",
      `${ctx.who} calls a code-execution function (system, exec, eval, \${…(…)} …); pass a plain value`,
    );
  }
  const first = value.match(/^([\w.\/-]+)\s+(\S+)/);
  if (
    first && cls !== "url" && isCommandWord(first[1]) &&
    (/^(?:-|\/|\\|[a-z]:\\|%\w+%|https?:\/\/)/i.test(first[2]) ||
      WINDOWS_ADMIN.test(`${first[1]} ${first[2]}`))
  ) {
    add(
      ctx,
      "command_as_value",
      "medium",
      `${ctx.who} looks like a shell command ("${
        first[1].slice(0, 24)
      }" with options or paths) rather than a ${cls === "host" ? "host" : "name"}`,
    );
  }
  if (cls === "host" || cls === "ref") {
    // A URL is judged without its scheme (`git+https://`: `+` is scheme syntax, no shell's), query
    // or fragment (`#egg=requests`).
    const hostLike = /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
      ? value.replace(/[?#].*$/s, "").replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")
      : value;
    // `postgres:${PG_VERSION:-16}` is a compose/CI placeholder: a variable, not a command.
    const placed = hostLike.includes("${") ? hostLike.replace(PLACEHOLDER, "x") : hostLike;
    // `main~20..main`, `HEAD^2`: git revision syntax in a ref (./_cmd_r26.ts).
    const filled = cls === "ref" ? withoutRevisionSyntax(placed) : placed.replace(HOST_NOTE, "");
    if (
      !HOST_OK.test(filled) &&
      !(cls === "host" && (SQL_INSTANCE.test(filled) || HOST_GLOB.test(filled)))
    ) {
      add(
        ctx,
        "shell_metachar",
        "high",
        `${ctx.who} contains characters a ${
          cls === "host" ? "host name" : "git ref or name"
        } never has (spaces, quotes or shell metacharacters)`,
      );
    }
  } else if (cls === "file" && (/`|\$\(/.test(value) || chainsCommandLike(value))) {
    add(
      ctx,
      "shell_metachar",
      "medium",
      `${ctx.who} contains shell metacharacters (; | \` && $() that are unusual in a file name`,
    );
  } else if (cls === "url" && /\s-{1,2}[a-z]/i.test(value)) {
    add(
      ctx,
      "argument_injection",
      "high",
      `${ctx.who} has an option after the URL, which injects arguments into the fetching program`,
    );
  }
}

/** Windows administration tools with the sub-command that changes the system (`reg add`, `net user`). */
const WINDOWS_ADMIN =
  /^(?:reg(?:\.exe)?\s+(?:add|delete|import|export|save|load|query)|net1?(?:\.exe)?\s+(?:user|localgroup|group|use|share|start|stop)|sc(?:\.exe)?\s+(?:create|config|start|stop|delete)|schtasks(?:\.exe)?\s+\/|wmic(?:\.exe)?\s+(?:process|shadowcopy|useraccount)|vssadmin(?:\.exe)?\s+delete|bcdedit(?:\.exe)?\s+\/)$/i;
const FILE_SEPARATOR = /;|\|\|?|&&/g;
/** `name=value` with a plain value and nothing after it (a URL path parameter). */
const PATH_PARAMETER = /^[A-Za-z_][\w.-]{0,40}=[\w.,%+:-]{0,100}$/;
/** What only a command has after `;`/`|`/`&&`: paths, quotes, expansions, globs, redirections, flags. */
const COMMAND_SYNTAX = /[\/\\$`'"{}<>*?=]|(?:^|\s)--?[a-z]/i;

/**
 * True when a separator in a file name is followed by something a shell would run: a known
 * program, or command syntax. "Smith; Jones v2.docx" is a (rare but real) file name.
 */
function chainsCommandLike(value: string): boolean {
  FILE_SEPARATOR.lastIndex = 0;
  for (let m = FILE_SEPARATOR.exec(value); m; m = FILE_SEPARATOR.exec(value)) {
    const rest = value.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const segment = rest.split(/;|\||&&/)[0].trim();
    const word = segment.match(/^[\w.-]+/)?.[0] ?? "";
    // `main.css;v=3`, `page;jsessionid=1A2B`: a path parameter; a bare assignment runs nothing.
    if (PATH_PARAMETER.test(segment)) continue;
    if (segment === "" || isCommandWord(word) || COMMAND_SYNTAX.test(segment)) return true;
  }
  return false;
}

const VERSION_KEY = /(?:^|_)(?:version|versions|semver|range|constraint|requirement|spec)$/;

/** A `data:` URI with a base64 or percent-encoded body: content, never a name or command line. */
const DATA_URI =
  /^data:[\w.+-]{1,40}\/[\w.+-]{1,80}(?:;[\w.+-]{1,40}=[\w.+-]{1,80}){0,4}(?:;base64,[A-Za-z0-9+\/]*={0,2}|,[\w.~%!*()+,\/=-]*)$/i;

/**
 * Refine a name-based class by the value's shape: prose in a host key, a range in a version key,
 * a data: URI in an image or file key.
 */
function classifyValue(cls: KeyClass, key: string, text: string): KeyClass {
  if ((cls === "ref" || cls === "file" || cls === "url") && text.startsWith("data:")) {
    if (text.length < 1 << 22 && DATA_URI.test(text)) return "free";
  }
  if (cls === "host" && isProseValue(text)) {
    const first = text.trim().match(/^[\w.\/-]+/)?.[0] ?? "";
    if (!isCommandWord(first)) return "free";
  }
  if ((cls === "ref" || VERSION_KEY.test(key)) && isVersionRange(text)) return "free";
  // `@types/node@^20.11.0`, `react@">=18 <20"`, `requests>=2,<3`: a range after a package name.
  if (cls === "ref" && isPackageSpec(text)) return "free";
  // `-r requirements-dev.txt`: pip's own syntax for a requirements file inside the project.
  if (cls === "ref" && requirementsFile(text)) return "free";
  return cls;
}

/** A shell started with a script in an argv line (`bash -c '…'`, `/bin/sh -ec '…'`). */
const SHELL_SCRIPT_ARGV =
  /(?:^|\s)(?:\/(?:usr\/)?bin\/)?(?:ba|z|da|k|a)?sh\s+(?:-[a-z]{1,4}\s+){0,2}-[a-z]{0,4}c[a-z]{0,4}\s+\S/;

function scanCommand(
  text: string,
  field: FieldContext,
  options: CommandInjectionOptions,
): Finding[] {
  if (text.length === 0) return [];
  const key = field.key ?? "";
  const strictKeys = options.strict_keys.map((k) => k.toLowerCase());
  // Round 27 (./_cmd_r27.ts): `exec.args`, `run.command`: a property naming a program's arguments.
  let cls = classify(propertyKey(key) ?? key, strictKeys);
  // Loader variables need no metacharacter (`LD_PRELOAD=/tmp/x.so`): checked before the prefilter.
  if (field.stage === "input") {
    const list = ENV_LIST.test(key) || ENV_LIST_ITEM.test(field.path);
    const env = envInjection(key.toLowerCase(), text, cls !== "free" || list, list);
    if (env) {
      const who = `Argument "${key || field.path}"`;
      return [{
        detector: "command_injection",
        kind: "env_injection",
        severity: "high",
        reason: `${who}: ${env}`,
      }];
    }
  }
  // Round-15 techniques (./_cmd_r15.ts): package, helm and hook values need no metacharacter.
  const free = cls === "free" && options.mode !== "strict" && !strictKeys.includes(key);
  // Round 16 (./_cmd_r16.ts): tool hooks, LOLBins, cron, wildcard lookups, ROT13/hex into a shell.
  const r15 = r15Techniques(text, field, free) ?? r16Techniques(text, field, free) ??
    // Round 17 (./_cmd_r17.ts): escape hatches running a payload, awk network shells, decoded names.
    r17Techniques(text, field, free) ??
    // Round 18 (./_cmd_r18.ts): fish psub/source downloads, npm config hijacks, reversed commands.
    r18Techniques(text, field, free) ??
    // Round 19 (./_cmd_r19.ts): Python reverse shells, busybox relays, git run settings, rev output
    // in command position, editor auto-run tasks.
    r19Techniques(text, field, free) ??
    // Round 20 (./_cmd_r20.ts): zsh =(…) downloads, find/xargs key uploads, remote package runs.
    r20Techniques(text, field, free) ??
    // Round 21 (./_cmd_r21.ts): Ansible shell-module switches, database shells' OS escapes.
    r21Techniques(text, field, free) ??
    // Round 22 (./_cmd_r22.ts): Terraform external/local-exec, build-tool program swaps, ${IFS}.
    r22Techniques(text, field, free) ??
    // Round 26 (./_cmd_r26.ts): zsh ztcp shells, sqlite .shell, vim :!cmd, gh admin grants, decoders.
    r26Techniques(text, field, free) ??
    // Whole buckets emptied, backups and snapshots deleted (./_cmd_storage.ts).
    storageWipeTechnique(text, free) ??
    // Round 28 (./_cmd_r28.ts): lifecycle scripts forced on by a value with no metacharacter
    // (`npm_config_ignore_scripts=false npm ci`); others are judged with the strong checks.
    (META_PREFILTER.test(text)
      ? undefined
      // Round 29 (./_cmd_r29.ts): block-device writes, TLS checks off, with no metacharacter.
      : r28ScriptsTechnique(text, free) ?? r29BareTechnique(text, free) ??
        // Round 35 (./_cmd_r35.ts): one plain command (`auditpol /clear /y`) needs none either.
        // Round 36 (./_cmd_r36.ts): one config line (`snmp-server community x RW`) likewise.
        // Security posture (./_posture.ts): `ufw disable`, `csrutil disable` need none either.
        (free ? undefined : r35Techniques(text) ?? r36Techniques(text) ?? postureTechnique(text)));
  if (r15) {
    return [{
      detector: "command_injection",
      severity: "critical",
      ...r15,
      reason: `Argument "${key || field.path}" ${r15.reason}`,
    }];
  }
  // Host and ref values have a tight grammar (a space is already wrong); others need a metacharacter.
  if (!META_PREFILTER.test(text) && cls !== "host" && cls !== "ref" && cls !== "file") {
    // `v^ss^ad^mi^n de^le^te s^ha^do^ws`: cmd.exe carets are no metacharacter here, but they hide
    // the command from every rule; the command they spell is judged instead.
    if (field.stage === "input" && text.includes("^") && CARET_WORDS.test(text)) {
      const plain = shellDeobfuscate(text);
      if (plain !== undefined && !plain.includes("^")) return scanCommand(plain, field, options);
    }
    // `/b??/c?t /e??/sh*` has no metacharacter: wildcard stand-ins are checked on their own.
    if (field.stage === "input" && text.includes("/") && globStandIn(text)) {
      return [{
        detector: "command_injection",
        kind: "obfuscated_command",
        severity: "critical",
        reason: `Argument "${
          key || field.path
        }" spells a program or secret file with wildcard globs`,
      }];
    }
    // `msl:/tmp/x.msl`, `1e id`: a coder or script with no shell metacharacter (./_arginj.ts).
    const arg = field.stage === "input" ? argInjection(text, cls, key.toLowerCase()) : undefined;
    if (arg) {
      return [{
        detector: "command_injection",
        kind: "argument_injection",
        severity: "high",
        reason: `Argument "${key || field.path}" ${arg.why} (${arg.id})`,
      }];
    }
    return [];
  }
  const lenient = options.mode === "lenient" || field.stage !== "input";
  if (options.mode === "strict" && cls === "free") cls = "file";
  if (!lenient && !strictKeys.includes(key)) cls = classifyValue(cls, key.toLowerCase(), text);
  // An argv that hands a script to a shell (`exec pod -- bash -c '…'`, `["sh", "-c", "…"]`): the
  // script is a command line of its own, judged like a shell tool's command (a chain is allowed,
  // a dangerous command is not).
  if (cls === "args" && field.path.endsWith("<argv>") && SHELL_SCRIPT_ARGV.test(text)) {
    cls = "command";
  }
  const ctx: Ctx = {
    who: field.stage === "input"
      ? `Argument "${key || field.path}"`
      : `Field "${key || field.path}"`,
    cls: lenient ? "free" : cls,
    findings: [],
    tool: field.tool ?? "",
    key: key.toLowerCase(),
    input: field.stage === "input",
    text,
  };
  // Arguments with a grammar are short: every view. Free text gets decoded views only when the raw
  // text holds something a decoder reads.
  const views = ctx.cls !== "free" || mayHideFromParsers(text) ? textViews(text) : [text];
  const decoded = new Set<string>();
  if (text.includes("&") || text.includes("%")) {
    const url = urlDecode(text);
    const html = text.includes("&") ? htmlDecode(text) : text;
    for (const v of [url, html, url === text ? html : htmlDecode(url)]) {
      if (v !== text) decoded.add(v);
    }
  }
  // `$IFS` / `${IFS}` is a space to the shell.
  if (/ifs/i.test(text) || decoded.size > 0) {
    for (const v of [...decoded, text]) {
      if (/\$\{?IFS\}?/i.test(v)) decoded.add(v.replace(/\$\{IFS\}|\$IFS\b/gi, " "));
    }
  }
  // Quote splitting, carets, ANSI-C strings, globs …: check what the shell would actually run.
  for (const v of [text, ...decoded]) {
    const plain = shellDeobfuscate(v);
    if (plain !== undefined) decoded.add(plain);
    if (
      plain !== undefined && field.stage === "input" && ctx.cls !== "free" &&
      hiddenBySpelling(v, plain)
    ) {
      add(
        ctx,
        "obfuscated_command",
        "critical",
        `${ctx.who} hides a program or secret file name with quoting or escapes`,
      );
    }
  }
  // Round 31 (./_cmd_r31.ts): `-EncodedCommand` whose `powershell.exe` is another argument.
  const encoded = field.stage === "input" ? encodedCommandView(text) : undefined;
  if (encoded) decoded.add(encoded);
  // Systematic deobfuscation (./_deobf.ts): what PowerShell, cmd.exe, sh, Python, JavaScript,
  // PHP, Perl or Ruby would run once the published obfuscation families are undone.
  if (field.stage === "input") addDeobfuscated(text, decoded);
  // A shell tool's own command may chain programs; only strong checks apply to it.
  if (ctx.cls !== "free" && ctx.cls !== "command") {
    for (const v of [text, ...decoded]) strictChecks(ctx, v, v === text, true);
    // Literal escape sequences (`\n`, `\t`) are expanded by echo -e, printf and many wrappers.
    if (/\\[nrt]/.test(text)) {
      strictChecks(ctx, text.replace(/\\[nr]/g, "\n").replace(/\\t/g, "\t"), false, false);
    }
  }
  // Round 47 (./_cmd_r47.ts): a shell reads no slash as a word separator.
  const shellViews = ctx.cls === "command"
    ? views.slice(1).filter((v) => !slashSpacedView(text, v))
    : views.slice(1);
  for (const v of [text, ...decoded, ...shellViews]) strongChecks(ctx, v, v === text);
  if (field.stage === "input" && ctx.cls !== "command") spliceChecks(ctx, key, [text, ...decoded]);
  return ctx.findings;
}

/** Shell command injection and argument injection in tool arguments. */
export const commandInjectionDetector: TextDetector<CommandInjectionOptions> = {
  id: "command_injection",
  description:
    "Shell metacharacters, substitutions and argument injection in command-line arguments",
  ...TEXT_DETECTOR_SPECS.command_injection,
  scan(text: string, field: FieldContext, options: CommandInjectionOptions): Finding[] {
    try {
      return scanCommand(text, field, {
        strict_keys: options?.strict_keys ?? [],
        mode: options?.mode ?? "auto",
      });
    } catch {
      // Fail closed: a value the detector could not judge is reported, and the policy decides.
      return [scanError("command_injection")];
    }
  },
};
