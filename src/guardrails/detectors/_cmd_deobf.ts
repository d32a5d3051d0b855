/**
 * What a shell (POSIX sh/bash or cmd.exe/PowerShell) reads once it has removed the quoting and
 * expansion tricks that hide a command name from a pattern: `c''at`, `w"h"oami`, `w^h^o^a^m^i`,
 * `$'\x63at'`, `ca\<newline>t`, `c$@at`, `c$()at`, `{cat,/etc/passwd}`, `${HOME:0:1}`, `a=c;b=at;$a$b`,
 * `%COMSPEC%`, `/???/c?t` and `C:\Windows\System32\cmd.exe`, a command spelled by `printf` or
 * `echo -e` escapes (`$(printf '\x72\x6d …')`), and PowerShell's `-EncodedCommand` (base64 of
 * UTF-16LE). The command injection detector runs its ordinary rules on this view, so every rule
 * sees through every trick.
 */

import { resolveSlices } from "./_cmd_r13.ts";
import { resolveCaseMods, resolveCmdSubstitutions } from "./_obf_r35.ts";

/** Any character one of the rewrites below starts from; text without one is returned unchanged. */
const MARKERS = /[\^'"\\$%{?*`[]/;

/** Binaries and files a glob like `/???/c?t` or `/b??/n?` is written to reach. */
const GLOB_TARGETS = [
  "/bin/sh",
  "/bin/bash",
  "/bin/dash",
  "/bin/zsh",
  "/bin/cat",
  "/bin/nc",
  "/bin/netcat",
  "/bin/ncat",
  "/bin/busybox",
  "/bin/id",
  "/bin/ls",
  "/bin/rm",
  "/bin/uname",
  "/bin/ping",
  "/bin/chmod",
  "/usr/bin/id",
  "/usr/bin/whoami",
  "/usr/bin/curl",
  "/usr/bin/wget",
  "/usr/bin/nc",
  "/usr/bin/ncat",
  "/usr/bin/python",
  "/usr/bin/python3",
  "/usr/bin/perl",
  "/usr/bin/base64",
  "/usr/bin/socat",
  "/etc/passwd",
  "/etc/shadow",
  "/etc/hosts",
];
/** A path with a glob character (`?`, `*`, `[…]`) in it, starting at the root. */
const GLOB_PATH = /(?<![\w.])\/[\w?*\[\]-]{1,12}(?:\/[\w?*\[\]-]{1,16}){0,2}(?![\w\/])/g;

/** cmd.exe `^` escapes a letter to itself; PowerShell's backtick does the same. */
const CARET_IN_WORD = /(?<=[a-z0-9])[\^`](?=[a-z0-9])/gi;
/** `c''at`, `w"h"oami`, `/e't'c`: a quoted run glued to a word is just part of that word. */
const QUOTED_RUN = /(?<=[\w\/.-])(['"])([\w\/.-]{0,30})\1|(['"])([\w\/.-]{0,30})\3(?=[\w\/.-])/g;
/** `$'…'` (ANSI-C quoting) and `$"…"` (locale strings). */
const ANSI_C = /\$'((?:[^'\\]|\\.){0,200})'|\$"([^"]{0,200})"/g;
const LINE_CONTINUATION = /\\\r?\n/g;
/** `$@`, `$*` and unset positional parameters expand to nothing inside a word. */
const EMPTY_PARAMETER = /\$(?:[@*]|[1-9]|\{[@*1-9]\})(?=[\w\/.-])|(?<=\w)\$(?:[@*]|[1-9])/g;
/** `c$()url`, `w``get`: an empty command substitution inside a word expands to nothing. */
/** `cat${IFS}/etc/x`, `rm$IFS$9-rf`: the field separator read as the space it stands for. */
const IFS_WORD = /\$\{IFS\}|\$IFS(?:\$[@*1-9])?(?!\w)/g;
/**
 * `c${u}at`, `b${x}ash` (Bashfuscator, PayloadsAllTheThings): a variable never assigned in the
 * text, spliced between letters of a word, expands to nothing (read after assigned ones are).
 */
const UNSET_IN_WORD = /(?<=[a-z])\$\{[a-z_]\w{0,15}\}(?=[a-z])/gi;
/** `c[a]t`, `b[a]sh`, `r[m]`: a one-letter bracket glob inside a word matches that letter. */
const CLASS_IN_WORD = /(?<=[a-z])\[([a-z])\](?=[a-z]|[\s;|&)]|$)/gi;
const EMPTY_SUBSTITUTION = /(?<=[\w\/.-])(?:\$\(\s{0,2}\)|`\s{0,2}`)(?=[\w\/.-])/g;
/** cmd.exe: `de^le^te^ s^ha^do^ws`: a caret before a space escapes the space, still a space. */
const CARET_BEFORE_SPACE = /(?<=[a-z0-9])\^(?=[ \t]|$)/gi;
/** `${HOME:0:1}`, `${PATH%%u*}`: slices of variables that start with "/" spell a slash. */
const SLASH_SLICE = /\$\{(?:HOME|PATH|PWD|OLDPWD|SHELL|TMPDIR):0:1\}|\$\{PATH%%[^}]{1,10}\}/gi;
/** Brace expansion `{cat,/etc/passwd}` becomes words separated by spaces. */
const BRACE_LIST = /\{([^{}\s,"':]{1,60}(?:,[^{}\s,"':]{0,60}){1,8})\}/g;
/** `a=c;b=at;$a$b`: short assignments whose values are spliced into a later word. */
const ASSIGNMENT = /(?:^|[;&|\s])([a-z_]\w{0,15})=([\w\/.-]{1,30})(?=[;&|\s])/gi;
/** Windows: `%COMSPEC%` and the system directory in front of a program name. */
const COMSPEC = /%comspec%/gi;
const SYSTEM_DIR =
  /(?:%(?:systemroot|windir)%|[a-z]:\\(?:windows|winnt))\\(?:system32|syswow64|sysnative)\\(?:windowspowershell\\v1\.0\\)?/gi;
const WINDOWS_PATH = /[a-z]:\\|\\\\/i;
const BACKSLASH_IN_WORD = /(?<=[a-z0-9])\\(?=[a-z0-9])/gi;

function ansiC(body: string): string {
  return body.replace(
    /\\(?:x([0-9a-f]{1,2})|u([0-9a-f]{4})|([0-7]{1,3})|(.))/gi,
    (_m, x?: string, u?: string, o?: string, c?: string) => {
      if (x) return String.fromCharCode(parseInt(x, 16));
      if (u) return String.fromCharCode(parseInt(u, 16));
      if (o) return String.fromCharCode(parseInt(o, 8));
      return ({ n: "\n", t: "\t", r: "\r" } as Record<string, string>)[c ?? ""] ?? c ?? "";
    },
  );
}

/**
 * `printf '\x72\x6d …'` / `echo -e "\162\155 …"`, alone or as a command substitution
 * (`$(…)`, backticks): the shell runs the characters the escapes spell. Only a body with escapes.
 */
const PRINTF_ESCAPES =
  /(?:\$\(\s*|`\s*)?\b(?:printf|echo\s+-[neE]{1,3})\s+(['"])((?:\\(?:x[0-9a-fA-F]{1,2}|[0-7]{1,3}|u[0-9a-fA-F]{4})|[^'"\\\n]){1,400})\1(?:\s*\)|\s*`)?/g;
const HAS_ESCAPE = /\\(?:x[0-9a-fA-F]|[0-7]|u[0-9a-fA-F]{4})/;

/** `bash -c "…"`, `sh -lc '…'`: the quoted string is the command line the shell runs. */
const SHELL_C =
  /(?<![\w.\/-])(?:(?:\/usr)?\/bin\/)?(?:ba|z|k|da)?sh\s+-[a-z]{0,3}c\s+(['"])([^'"\n]{1,2000})\1/g;

function decodePrintf(text: string): string {
  return text.replace(
    PRINTF_ESCAPES,
    (m, _q: string, body: string) => HAS_ESCAPE.test(body) ? ` ${ansiC(body)} ` : m,
  );
}

/** PowerShell `-EncodedCommand` (any unambiguous prefix: `-enc`, `-ec`, `-e`) and its base64. */
const PS_ENCODED =
  /(?<=\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,200}?)(?:^|\s)[-\/]e(?:c|n(?:c(?:o(?:d(?:e(?:d(?:c(?:o(?:m(?:m(?:a(?:n(?:d)?)?)?)?)?)?)?)?)?)?)?)?)?\s+['"]?([A-Za-z0-9+\/]{8,8000}={0,2})/gi;

/** The UTF-16LE text a base64 body encodes, or undefined when it is not printable text. */
function utf16Base64(b64: string): string | undefined {
  try {
    const bin = atob(b64);
    if (bin.length < 4 || bin.length % 2 !== 0) return undefined;
    let out = "";
    for (let i = 0; i + 1 < bin.length; i += 2) {
      const c = bin.charCodeAt(i) | (bin.charCodeAt(i + 1) << 8);
      if (c < 9 || (c > 13 && c < 32)) return undefined;
      out += String.fromCharCode(c);
    }
    return out;
  } catch {
    return undefined;
  }
}

function decodePowerShell(text: string): string {
  return text.replace(PS_ENCODED, (m, b64: string) => {
    const decoded = utf16Base64(b64);
    return decoded === undefined ? m : ` -Command ${decoded}`;
  });
}

function globToRegExp(glob: string): RegExp | undefined {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "?") re += "[^/]";
    else if (c === "*") re += "[^/]*";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) return undefined;
      re += "[" + glob.slice(i + 1, close).replace(/^!/, "^").replace(/[\\\]]/g, "\\$&") + "]";
      i = close;
    } else re += c.replace(/[.\-]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Replace each root glob that names a known binary or system file by that path. */
function expandGlobs(text: string): string {
  return text.replace(GLOB_PATH, (path) => {
    if (!/[?*\[]/.test(path)) return path;
    const re = globToRegExp(path);
    return (re && GLOB_TARGETS.find((t) => re.test(t))) ?? path;
  });
}

function spliceAssignments(text: string): string {
  const vars = new Map<string, string>();
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m && vars.size < 16; m = ASSIGNMENT.exec(text)) {
    vars.set(m[1], m[2]);
  }
  if (vars.size === 0) return text;
  return text.replace(
    /\$\{?([a-z_]\w{0,15})\}?/gi,
    (m, name: string) => vars.get(name) ?? m,
  );
}

/**
 * The text as a shell would read it after quote removal and the expansions above, or `undefined`
 * when nothing in it changes (the caller then has nothing new to check).
 */
export function shellDeobfuscate(text: string): string | undefined {
  if (text.length > 4096) return undefined;
  const ps = /powershell|pwsh/i.test(text) ? decodePowerShell(text) : text;
  if (!MARKERS.test(ps)) return ps === text ? undefined : ps;
  let s = ps.replace(LINE_CONTINUATION, "");
  // `${SHELL:0:5}`, `%ProgramData:~0,1%`, cmd `set x=…` then `%x%`: what the slices spell.
  if (s.includes("%") || s.includes("${")) s = resolveSlices(s);
  // Round 35 (./_obf_r35.ts): `${c,,}` case changes, cmd `!a:@=!` substitutions.
  if (s.includes("${")) s = resolveCaseMods(s);
  if (s.includes(":") && (s.includes("!") || s.includes("%"))) s = resolveCmdSubstitutions(s);
  if (s.includes("\\") && (s.includes("printf") || s.includes("echo"))) s = decodePrintf(s);
  if (s.includes("sh ")) s = s.replace(SHELL_C, (_m, _q: string, inner: string) => inner);
  if (s.includes("$")) {
    s = s.replace(ANSI_C, (_m, c?: string, l?: string) => c !== undefined ? ansiC(c) : l ?? "")
      .replace(SLASH_SLICE, "/")
      .replace(IFS_WORD, " ")
      .replace(EMPTY_PARAMETER, "");
    if (s.includes("$(")) s = s.replace(EMPTY_SUBSTITUTION, "");
    if (s.includes("=")) s = spliceAssignments(s);
    if (s.includes("${")) s = s.replace(UNSET_IN_WORD, "");
  }
  if (s.includes("'") || s.includes('"')) {
    s = s.replace(
      QUOTED_RUN,
      (_m, _q?: string, glued?: string, _q2?: string, lead?: string) => glued ?? lead ?? "",
    );
  }
  if (s.includes("^") || s.includes("`")) {
    // Backticks around a whole word are command substitution: only one inside a word is an escape.
    if (s.includes("``")) s = s.replace(EMPTY_SUBSTITUTION, "");
    // Carets inside words throughout (Invoke-DOSfuscation): one before a space is no delimiter
    // trick either.
    const carets = s.match(CARET_IN_WORD)?.length ?? 0;
    s = s.replace(CARET_IN_WORD, "");
    if (carets >= 3) s = s.replace(CARET_BEFORE_SPACE, "");
  }
  if (s.includes("%")) s = s.replace(COMSPEC, "cmd");
  if (s.includes("\\")) {
    s = s.replace(SYSTEM_DIR, "");
    if (!WINDOWS_PATH.test(s)) s = s.replace(BACKSLASH_IN_WORD, "");
  }
  if (s.includes("{")) {
    s = s.replace(BRACE_LIST, (_m, body: string) => body.split(",").join(" "));
  }
  if (s.includes("[")) s = s.replace(CLASS_IN_WORD, "$1");
  if (s.includes("?") || s.includes("*") || s.includes("[")) s = expandGlobs(s);
  return s === text ? undefined : s;
}
