/**
 * Round-13 command techniques the command injection detector checks in every field:
 *
 * - an encoded or scrambled script decoded in a pipe and handed to a shell (`base32 -d`, `rev`,
 *   `tr` rot13, `xxd -r -p`, `openssl enc -d`, `gunzip` … `| sh`);
 * - downloaded text handed to `source`/`.`/`eval` (fish `(curl … | source)`, `source <(curl …)`);
 * - zsh glob qualifiers that run code per match (`*(e:'…':)`, `*(+{…})`);
 * - PowerShell aliases for Invoke-Expression (`sal g iex`) and command names built from pieces
 *   (`"{1}{0}" -f 'E','i'`, `[char[]](105,101,120) -join ''`, `'Down'+'loadString'`);
 * - Windows download programs (`certutil -urlcache`, `bitsadmin /transfer`, `mshta http…`);
 * - package managers pointed at an attacker source or shell (`--script-shell` in a temp dir,
 *   `--extra-index-url http://…`, `gem --source http://IP`), helm `--post-renderer`, terraform
 *   `-plugin-dir` in a temp dir, ansible's interpreter set to a shell command;
 * - host escapes from a cluster or container (`kubectl debug --profile=sysadmin`, `chroot /host`,
 *   `nsenter -t 1`).
 *
 * And {@link resolveSlices}, a rewrite for the de-obfuscated view: substrings of well-known
 * variables (`${SHELL:0:5}`, `%ProgramData:~0,1%`) and cmd `set x=…` / `%x%` are replaced by what
 * they spell. Every pattern is bounded and has no nested quantifiers.
 */
import { certificateDecodeOnly } from "./_cmd_fp37.ts";
import { LiteralGate } from "./_literal_gate.ts";

/** A program a decoded pipe or a built name hands its text to (fish reads a piped script with `source`). */
const SHELL_SINK = String
  .raw`\|\s*(?:sudo\s+)?(?:(?:\/usr)?\/bin\/)?(?:(?:(?:ba|z|k|da|fi)?sh|ash|busybox\s+sh|source)(?=\s*(?:$|[;&|)'"\x60\n]|-))|(?:python[23]?|perl|ruby|php|node)(?=\s*(?:$|[;&|)'"\x60\n]|-(?:\s|$))))`;
/** Stages that turn an encoded or scrambled text back into a script. */
const DECODER = String
  .raw`(?:base(?:32|64|nc)\b[^|\n]{0,40}?\s-(?:d|D|-decode)\b|b(?:ase)?32\s+-d|rev\b|tr\s+['"]?\[?(?:a-z|A-Z|\[:|[a-zA-Z]{2,})|xxd\s[^|\n]{0,20}?-r|openssl\s+(?:enc|base64|[a-z]{2,10}-[\w-]{2,20})\b[^|\n]{0,80}?\s-d\b|gunzip|zcat|bzcat|xzcat|gzip\s+-d|uudecode|basenc\b)`;
const DECODED_TO_SHELL = new RegExp(`\\|\\s*${DECODER}[^|\\n]{0,120}${SHELL_SINK}`, "i");
/** Downloaded text handed to source/eval/`.` (fish `… | source`, `source <(curl …)`). */
const FETCH_TO_SOURCE =
  /\b(?:curl|wget|fetch|iwr|irm)\b[^\n;()|]{0,400}\|\s*(?:source|\.|eval)(?=\s*(?:$|[;&|)\n]|-))|(?:^|[\s;&|(])(?:source|\.|eval)\s+['"]?(?:\(|\$\(|<\(|\x60)\s*(?:curl|wget|fetch|iwr|irm)\b/i;
/** The start of a zsh glob qualifier that runs code: a glob, `(`, flags, then `e<delim>` or `+{`. */
const GLOB_QUALIFIER_LEAD = /[*?][\w.-]{0,40}\([^()\s'"\/:]{0,20}?(?:e[^\w\s()]|\+\{)/;
/** zsh glob qualifiers `e:…:`/`+{…}` after a glob, whose code names a program that does harm. */
const GLOB_QUALIFIER_CODE =
  /[*?][\w.-]{0,40}\((?:[^()\s'"\/:]{0,20}?)(?:e([^\w\s()])[^\n]{0,300}?|\+\{[^}\n]{0,300}?)(?:curl|wget|\bnc\b|ncat|socat|\bsh\b|bash|python|perl|base64|\/dev\/tcp|\brm\s+-|chmod|\$\(|\$\{?IFS)/i;
/** PowerShell alias for Invoke-Expression (or a process launcher): `sal g iex`, `Set-Alias -Name x -Value iex`. */
const PS_ALIAS =
  /\b(?:sal|nal|set-alias|new-alias)\s+(?:-name\s+)?['"]?[\w-]{1,30}['"]?\s+(?:-value\s+)?['"]?(?:iex|invoke-expression|icm|invoke-command|saps|start-process)['"]?(?=[\s;|)]|$)/i;
/** `"{1}{0}{2}" -f 'E','i','X'`: the format operator. */
const PS_FORMAT =
  /(['"])((?:\{\d{1,2}\}){2,20})\1\s*-f\s*((?:['"][^'"\n]{0,40}['"]\s*,\s*){1,20}['"][^'"\n]{0,40}['"])/gi;
/** `[char[]](105,101,120) -join ''` and `[char]105+[char]101+…`. */
const PS_CHAR_ARRAY =
  /\[char\[\]\]\s*\(\s*((?:\d{1,3}\s*,\s*){1,40}\d{1,3})\s*\)\s*-join\s*['"]{2}/gi;
const PS_CHAR_SUM = /\[char\]\s*(\d{1,3})(?:\s*\+\s*\[char\]\s*\d{1,3}){1,40}/gi;
/** `'Down'+'loadString'`: string pieces glued with `+`. */
const PS_CONCAT = /(['"])([\w.-]{0,30})\1(?:\s*\+\s*(['"])[\w.-]{0,30}\3){1,10}/g;
const QUOTE_PLUS_QUOTE = /['"]\s*\+\s*['"]/;
/** Names a script builds from pieces only to hide them. */
const PS_HIDDEN_NAME =
  /^(?:iex|invoke-expression|downloadstring|downloadfile|downloaddata|invoke-webrequest|iwr|irm|invoke-restmethod|start-process|frombase64string|net\.webclient|system\.net\.webclient|invoke-command|add-type|invoke-shellcode|amsiutils|amsiinitfailed)$/i;
/** Windows programs used to download or run remote code. */
const LOLBIN_DOWNLOAD =
  /\bcertutil(?:\.exe)?\b[^\n]{0,80}?[-\/](?:urlcache|verifyctl|decode|decodehex)\b|\bbitsadmin(?:\.exe)?\b[^\n]{0,80}?\/(?:transfer|addfile|setnotifycmdline)\b|\bmshta(?:\.exe)?\s+['"]?(?:https?:|javascript:|vbscript:)|\bregsvr32(?:\.exe)?\b[^\n]{0,60}?\/i:\s*['"]?https?:|\brundll32(?:\.exe)?\s+['"]?javascript:/i;
/** A package index or source on plain HTTP, or on a bare IP address. */
const PACKAGE_SOURCE =
  /(?<![^\s'"=])(?:--(?:extra-index-url|index-url|find-links|source|registry|index|trusted-source)|-i)(?:\s*=\s*|\s+)['"]?(?:http:\/\/(?!(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])[:\/])|https?:\/\/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b)/i;
/** Writable or download places a dropped helper lives in. */
const WRITABLE = String
  .raw`['"]?(?:(?:\/private)?(?:\/var)?\/tmp\/|\/dev\/shm\/|\/run\/user\/\d{1,6}\/|\$\{?TMPDIR\}?\/|%TEMP%\\|%TMP%\\|(?:~|\$HOME|\/home\/[\w.-]{1,32}|\/Users\/[\w.-]{1,32})\/Downloads\/)`;
/**
 * A post-renderer that is a shell, interpreter or download program, or a URL or a substitution:
 * a one-liner, not a project script (`./hack/kustomize-post-render.sh` or `kustomize` pass).
 */
const POST_RENDERER_RUNNER = String
  .raw`['"]?(?:(?:\/usr)?(?:\/local)?\/bin\/)?(?:(?:(?:ba|z|k|da|fi)?sh|python[23]?|perl|ruby|php|node|curl|wget|nc|ncat|socat|env|xargs|busybox|eval)(?![\w.\/-])|https?:|\$\(|\x60)`;
/**
 * Options whose value is a program or plugin the tool runs: npm's `--script-shell`, helm's
 * `--post-renderer`, terraform's `-plugin-dir`, a VCS `--exec-path`.
 * `--post-renderer` counts as a shell one-liner or in a temp place (a repository script is the
 * documented use); the others in a temp place or as a script file.
 */
const TOOL_PROGRAM = new RegExp(
  String
    .raw`(?<![^\s'"=])(?:--post-renderer(?:\s*=\s*|\s+)(?:${WRITABLE}|${POST_RENDERER_RUNNER})|--post-renderer-args(?:\s*=\s*|\s+)['"]?-[a-z]{0,3}[ce]\b|--?(?:script-shell|plugin-dir|exec-path|node-options)(?:\s*=\s*|\s+)(?:${WRITABLE}|['"]?[^\s'"]{0,200}\.(?:sh|bash|py|pl|rb|js|ps1|bat|cmd|exe)(?![\w.])))`,
  "i",
);
/** ansible's interpreter variables set to a shell command instead of an interpreter path. */
const ANSIBLE_INTERPRETER =
  /\bansible_(?:python|shell|\w{1,20})_interpreter\s*[=:]\s*['"]?[^\s'"]{0,60}(?:\s+-c\b|\s*[;|&`]|\$\()/i;
/** Escapes from a cluster node's container into the host. */
const HOST_ESCAPE =
  /(?<![^\s'"=])--profile(?:\s*=\s*|\s+)['"]?sysadmin\b|\bchroot\s+['"]?\/(?:host|hostfs|rootfs|mnt\/host)\b|\bnsenter\b[^\n;|]{0,60}?(?:-t\s*1\b|--target[=\s]1\b)/i;

/** The finding for one view: a kind and a reason, or undefined. */
export interface R13Hit {
  kind: string;
  reason: string;
}

/**
 * Round-13 techniques in `view`. `tool` is the called tool's name (kubectl's `--profile=sysadmin`
 * counts only for a Kubernetes tool or text that names `kubectl debug`). With `document` (free
 * text over 2 KB: a page, a file, a message) only the decoded pipe into a shell is checked: the
 * other techniques are argument-sized, and a document that names them describes them.
 */
/** The option names {@link TOOL_PROGRAM} needs (a plain substring pass before the long pattern). */
const TOOL_PROGRAM_WORD = new LiteralGate(
  /post-renderer|script-shell|plugin-dir|exec-path|node-options/i,
);

export function r13Techniques(
  view: string,
  tool = "",
  document = false,
  whole = view,
): R13Hit | undefined {
  if (view.length > 8192) return undefined;
  if (view.includes("|") && PIPE_GATE.test(view)) {
    if (DECODED_TO_SHELL.test(view)) {
      return {
        kind: "dangerous_command",
        reason: "decodes a hidden script and pipes it to a shell",
      };
    }
    if (!document && FETCH_TO_SOURCE.test(view)) {
      return { kind: "dangerous_command", reason: "hands downloaded text to source or eval" };
    }
  }
  if (document) return undefined;
  if (
    (view.includes("curl") || view.includes("wget") || view.includes("fetch")) &&
    SUBSTITUTED_FETCH.test(view) && FETCH_TO_SOURCE.test(view)
  ) {
    return { kind: "dangerous_command", reason: "hands downloaded text to source or eval" };
  }
  if (GLOB_QUALIFIER_LEAD.test(view) && GLOB_QUALIFIER_CODE.test(view)) {
    return { kind: "code_execution", reason: "is a zsh glob whose qualifier runs a command" };
  }
  if (ALIAS_GATE.test(view) && PS_ALIAS.test(view)) {
    return { kind: "dangerous_command", reason: "makes a PowerShell alias for Invoke-Expression" };
  }
  if (psHiddenName(view)) {
    return {
      kind: "dangerous_command",
      reason: "builds a PowerShell command name from pieces (format, char codes or concatenation)",
    };
  }
  // ./_cmd_fp37.ts: a base64 certificate decoded back into its file and inspected (read on the
  // whole value: a decoded view turns `C:\pki\root.crt` into a line break).
  if (LOLBIN_GATE.test(view) && LOLBIN_DOWNLOAD.test(view) && !certificateDecodeOnly(whole)) {
    return {
      kind: "dangerous_command",
      reason: "uses a Windows program to download or run remote code",
    };
  }
  if (view.includes("interpreter") && ANSIBLE_INTERPRETER.test(view)) {
    return { kind: "code_execution", reason: "sets an ansible interpreter to a shell command" };
  }
  const escape = HOST_GATE.test(view) ? view.match(HOST_ESCAPE) : null;
  if (escape && (!/profile/i.test(escape[0]) || /kube|k8s|debug\s+node/i.test(tool + view))) {
    return { kind: "dangerous_command", reason: "escapes from a container into the host" };
  }
  // Option strings are short: a long value naming these options describes them.
  if (view.length > 2048 || !view.includes("-")) return undefined;
  if (PACKAGE_SOURCE.test(view)) {
    return {
      kind: "argument_injection",
      reason: "installs packages from a plain-HTTP or IP-address source",
    };
  }
  if (TOOL_PROGRAM_WORD.test(view) && TOOL_PROGRAM.test(view)) {
    return {
      kind: "argument_injection",
      reason: "names a program or plugin folder for the tool to run from a writable place",
    };
  }
  return undefined;
}

/** Gates: a pattern runs only when a word it needs is there (one scan each, any case). */
const ALIAS_GATE = new LiteralGate(/iex|invoke-|icm|saps|start-process/i);
const LOLBIN_GATE = new LiteralGate(/certutil|bitsadmin|mshta|regsvr32|rundll32/i);
const HOST_GATE = /sysadmin|chroot|nsenter/;

/** What a decoder stage or `source`/`eval` after a pipe starts with. */
const PIPE_GATE =
  /\|\s*(?:base|b32|rev\b|tr\s|xxd|openssl|gunzip|zcat|bzcat|xzcat|gzip|uudecode|source|eval|\.)/i;
/** `(curl`, `$(wget`, `<(curl`, `` `curl``: a download in a substitution (shells: lower case). */
const SUBSTITUTED_FETCH = /[(\x60]\s*(?:curl|wget|fetch)\b/;

/** True when the script builds a hidden command name (iex, DownloadString …) from pieces. */
function psHiddenName(view: string): boolean {
  const built: string[] = [];
  if (view.includes("}{") && /-f\b/i.test(view)) {
    PS_FORMAT.lastIndex = 0;
    for (let m = PS_FORMAT.exec(view); m && built.length < 20; m = PS_FORMAT.exec(view)) {
      const args = [...m[3].matchAll(/['"]([^'"\n]{0,40})['"]/g)].map((a) => a[1]);
      built.push(m[2].replace(/\{(\d{1,2})\}/g, (_x, i: string) => args[Number(i)] ?? ""));
    }
  }
  if (view.includes("[") && /\[char/i.test(view)) {
    for (const re of [PS_CHAR_ARRAY, PS_CHAR_SUM]) {
      re.lastIndex = 0;
      for (let m = re.exec(view); m && built.length < 40; m = re.exec(view)) {
        const codes = m[0].replace(/\[char(?:\[\])?\]/gi, "").match(/\d{1,3}/g) ?? [];
        built.push(String.fromCharCode(...codes.map(Number)));
      }
    }
  }
  if (view.includes("+") && QUOTE_PLUS_QUOTE.test(view)) {
    PS_CONCAT.lastIndex = 0;
    for (let m = PS_CONCAT.exec(view); m && built.length < 60; m = PS_CONCAT.exec(view)) {
      built.push(m[0].replace(/['"]|\s|\+/g, ""));
    }
  }
  return built.some((b) => PS_HIDDEN_NAME.test(b.trim()));
}

/** Usual values of variables whose slices spell program names (bash and cmd.exe). */
const KNOWN_VALUES: Record<string, string> = {
  shell: "/bin/bash",
  // Only the leading "/" of a home or working directory is known; it stands in for a slash.
  home: "/home/user",
  pwd: "/home/user",
  oldpwd: "/home/user",
  path: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  programdata: "C:\\ProgramData",
  allusersprofile: "C:\\ProgramData",
  comspec: "C:\\Windows\\system32\\cmd.exe",
  windir: "C:\\Windows",
  systemroot: "C:\\Windows",
  programfiles: "C:\\Program Files",
  commonprogramfiles: "C:\\Program Files\\Common Files",
  public: "C:\\Users\\Public",
  pathext: ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC",
  os: "Windows_NT",
  systemdrive: "C:",
};
const BASH_SLICE = /\$\{([A-Za-z_]\w{0,30}):\s*(-?\d{1,4})(?::\s*(-?\d{1,4}))?\}/g;
const CMD_SLICE = /%([A-Za-z_]\w{0,30}):~\s*(-?\d{1,4})(?:,\s*(-?\d{1,4}))?%/g;
const SET_WORDS = ["set ", "SET ", "Set "];
/** cmd.exe `set name=value` (optionally quoted), then `%name%` spells the value. */
const CMD_SET = /\bset\s+"?([A-Za-z_]\w{0,30})=([^&|\n"%]{1,80})"?/gi;

function bashSlice(value: string, off: number, len?: number): string {
  const start = off < 0 ? Math.max(0, value.length + off) : off;
  if (len === undefined) return value.slice(start);
  return len < 0 ? value.slice(start, value.length + len) : value.slice(start, start + len);
}

/**
 * `text` with slices of well-known variables (`${SHELL:0:5}` → `/bin/`, `%ProgramData:~0,1%` →
 * `C`) and cmd `set x=…` variables (`%x%`) replaced by their values; the same text when none.
 */
export function resolveSlices(text: string): string {
  let s = text;
  if (s.includes("${") && s.includes(":")) {
    s = s.replace(BASH_SLICE, (m, name: string, off: string, len?: string) => {
      const v = KNOWN_VALUES[name.toLowerCase()];
      return v === undefined
        ? m
        : bashSlice(v, Number(off), len === undefined ? undefined : Number(len));
    });
  }
  if (s.includes(":~")) {
    s = s.replace(CMD_SLICE, (m, name: string, off: string, len?: string) => {
      const v = KNOWN_VALUES[name.toLowerCase()];
      // cmd.exe: a negative length counts from the end, like bash.
      return v === undefined
        ? m
        : bashSlice(v, Number(off), len === undefined ? undefined : Number(len));
    });
  }
  if (s.includes("%") && SET_WORDS.some((w) => s.includes(w)) && /\bset\s/i.test(s)) {
    const vars = new Map<string, string>();
    CMD_SET.lastIndex = 0;
    for (let m = CMD_SET.exec(s); m && vars.size < 16; m = CMD_SET.exec(s)) {
      vars.set(m[1].toLowerCase(), m[2].trim());
    }
    if (vars.size > 0) {
      s = s.replace(/%([A-Za-z_]\w{0,30})%/g, (m, n: string) => vars.get(n.toLowerCase()) ?? m);
    }
  }
  return s;
}

/** Program names spelled by slices of variables: obfuscation on its own. */
const SLICED_PROGRAM =
  /^(?:cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh|certutil|bitsadmin|mshta|rundll32|regsvr32|wscript|cscript|(?:\/usr)?\/bin\/(?:ba|z|k|da)?sh|(?:ba|z|k|da)?sh|curl|wget|nc|python3?|perl)$/i;
const SLICE_RUN =
  /(?:%[A-Za-z_]\w{0,30}:~\s*-?\d{1,4}(?:,\s*-?\d{1,4})?%|\$\{[A-Za-z_]\w{0,30}:\s*-?\d{1,4}(?::\s*-?\d{1,4})?\}|[\w.\/]){1,80}/g;

/** True when adjacent variable slices (with glued letters) spell a program name. */
export function slicedProgram(text: string): boolean {
  if (text.length > 8192 || (!text.includes(":~") && !text.includes("${"))) return false;
  if (!/:~|\$\{\w{1,30}:/.test(text)) return false;
  SLICE_RUN.lastIndex = 0;
  for (let m = SLICE_RUN.exec(text); m; m = SLICE_RUN.exec(text)) {
    if (!/:~|\$\{/.test(m[0])) continue;
    const spelled = resolveSlices(m[0]);
    if (spelled !== m[0] && SLICED_PROGRAM.test(spelled)) return true;
  }
  return false;
}
