/**
 * Environment-variable injection: variables that make a program load code or run a command
 * before it does its job (`LD_PRELOAD`, `NODE_OPTIONS=--require`, `BASH_ENV`, JVM `-javaagent:` and
 * `-XX:OnError=`). A tool that passes an `env` object (CI variables, test runners, container
 * specs) hands these to the process it starts, so the payload needs no shell metacharacter.
 *
 * The variables have ordinary uses (`LD_PRELOAD=/usr/lib/libjemalloc.so`, `NODE_OPTIONS=
 * --max-old-space-size=4096`, `-r dotenv/config`), so a value counts only when what it loads sits
 * where an attacker can write or fetch it (temp dirs, `/proc/self/fd`, `/dev/shm`, a URL, a
 * `data:` module, a UNC share), or when a value the shell expands holds a command substitution.
 */

/** Variables whose value is a library or module path the loader reads first. */
const PRELOAD = new Set([
  "ld_preload",
  "ld_audit",
  "dyld_insert_libraries",
  "pythonpath",
  "pythonstartup",
  "perl5lib",
  "rubylib",
  "node_path",
  // terraform reads provider locations (and so provider binaries) from its CLI config file.
  "tf_cli_config_file",
  "terraform_config",
  "tf_plugin_cache_dir",
]);
/** Variables whose value is a list of options, some of which load code. */
const LOADER_OPTIONS = new Set([
  "node_options",
  "rubyopt",
  "perl5opt",
  "java_tool_options",
  "_java_options",
  "jdk_java_options",
]);
/** Variables the shell expands (command substitution runs) before using them. */
const SHELL_EXPANDED = new Set(["bash_env", "ps4"]);

/**
 * Variables whose value is a command line the program runs for a side job (git's ssh transport,
 * diff and credential prompts, the shell prompt hook, `less` pre-processors, editors, pagers).
 * Their ordinary values name a helper with options (`ssh -i ~/.ssh/deploy -o IdentitiesOnly=yes`,
 * `history -a; history -n`, `| lesspipe %s`), so only what a helper never is counts: a shell
 * given a script, a download, a socket, a substitution or a program in a temp dir.
 */
const COMMAND_VARS = new Set([
  "git_ssh_command",
  "git_ssh",
  "git_proxy_command",
  "git_external_diff",
  "git_askpass",
  "ssh_askpass",
  "sudo_askpass",
  "git_editor",
  "git_sequence_editor",
  "git_pager",
  "prompt_command",
  "lessopen",
  "lessclose",
  "pager",
  "editor",
  "visual",
  "browser",
  // npm runs every lifecycle script through this shell.
  "npm_config_script_shell",
]);
/** What a helper command never is: `sh -c`, a pipe into a shell, network tools, substitutions. */
const RUNS_PAYLOAD =
  /(?:^|[\s;&|'"(])(?:(?:\/usr)?\/bin\/)?(?:ba|z|k|da)?sh\s+-[a-z]{0,3}c\b|\|\s*(?:sudo\s+)?(?:ba|z|k|da)?sh\b|(?:^|[\s;&|'"(\/])(?:curl|wget)\b|\/dev\/(?:tcp|udp)\/|\$\(|`|\bpython[23]?\s+-c\b|\bperl\s+-e\b|\b(?:powershell|pwsh)\b/i;

/** A place anyone can write, or a remote/fileless source. Bounded, no nested quantifiers. */
const UNTRUSTED_SOURCE =
  /(?:^|[\s=:,;"'@]|(?<=(?:^|\s)-[rIM]))(?:(?:\/private)?\/(?:var\/)?tmp\/|\/dev\/shm\/|\/proc\/(?:self|\d{1,7})\/fd\/|\/dev\/fd\/|%te?mp%|\$\{?(?:tmpdir|tmp|temp)\}?[\/\\]|[a-z]:\\(?:windows\\)?temp\\|[a-z]:\\users\\[^\\\s]{1,64}\\appdata\\local\\temp\\|\\\\[\w.-]{1,253}\\|https?:\/\/|ftp:\/\/|data:)/i;
/** Options that load a module, library or agent (node, ruby, perl, JVM). */
const LOAD_FLAG =
  /(?:^|\s)(?:-r|--require|--import|--loader|--experimental-loader|-javaagent:|-agentpath:|-agentlib:|-M|-I)/;
/** JVM hooks that run a shell command on a crash or out-of-memory. */
const JVM_HOOK =
  /-XX:On(?:OutOfMemory)?Error\s*=\s*['"]?[^'"\n]{0,200}?\b(?:(?:ba|z|da)?sh|curl|wget|nc|ncat|python[23]?|perl|powershell|cmd(?:\.exe)?|\/tmp\/)/i;
/** Command substitution: the shell runs it while expanding the variable. */
const SUBSTITUTION = /\$\(|`/;
/** `NAME=value` inline (a command prefix, an env list entry, a dotenv line). */
const INLINE =
  /(?:^|[\s;&|"'(])(LD_PRELOAD|LD_AUDIT|DYLD_INSERT_LIBRARIES|PYTHONPATH|PYTHONSTARTUP|PERL5LIB|RUBYLIB|NODE_PATH|NODE_OPTIONS|RUBYOPT|PERL5OPT|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|BASH_ENV|PS4|GIT_SSH_COMMAND|GIT_SSH|GIT_PROXY_COMMAND|GIT_EXTERNAL_DIFF|GIT_ASKPASS|SSH_ASKPASS|PROMPT_COMMAND|LESSOPEN)\s*=\s*(?:"([^"\n]{0,400})"|'([^'\n]{0,400})'|([^\s;&|]{0,400}))/g;
const INLINE_GATE =
  /_(?:PRELOAD|AUDIT|LIBRARIES|OPTIONS|PATH|STARTUP|ENV|LIB|COMMAND|SSH|DIFF|ASKPASS)\b|OPT\s*=|PS4|LESSOPEN/i;

const DOTENV_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]{1,40})\s*=([^\n]{0,400})$/;

function verdict(name: string, value: string): string | undefined {
  if (PRELOAD.has(name)) {
    return UNTRUSTED_SOURCE.test(value)
      ? `${name.toUpperCase()} loads code from a writable or remote place`
      : undefined;
  }
  if (LOADER_OPTIONS.has(name)) {
    if (JVM_HOOK.test(value)) {
      return `${name.toUpperCase()} sets a JVM crash hook that runs a command`;
    }
    if (LOAD_FLAG.test(value) && UNTRUSTED_SOURCE.test(value)) {
      return `${name.toUpperCase()} loads a module from a writable or remote place`;
    }
    return undefined;
  }
  if (COMMAND_VARS.has(name)) {
    const program = value.trim().replace(/^['"]/, "");
    if (RUNS_PAYLOAD.test(value) || UNTRUSTED_SOURCE.test(" " + program.split(/\s/)[0])) {
      return `${name.toUpperCase()} makes the program run a shell, a download or a dropped helper`;
    }
    return undefined;
  }
  if (SHELL_EXPANDED.has(name)) {
    if (SUBSTITUTION.test(value) || UNTRUSTED_SOURCE.test(value)) {
      return `${name.toUpperCase()} makes the shell run a command or source an untrusted file`;
    }
  }
  return undefined;
}

/**
 * Why `value` injects code through an environment variable, or undefined. `key` is the
 * lower-cased property name (`{"env": {"NODE_OPTIONS": …}}`). With `inline`, `NAME=value` forms in
 * the value count too (a command line or an env list; docs about LD_PRELOAD do not pass it); with
 * `list` (an env list entry) a whole `NAME=value` line is one assignment, spaces included.
 */
export function envInjection(
  key: string,
  value: string,
  inline: boolean,
  list = false,
): string | undefined {
  if (key) {
    const v = verdict(key, value);
    if (v) return v;
  }
  // An env list entry or dotenv line is `NAME=value` to the end of the line, spaces included
  // (`NODE_OPTIONS=--require /tmp/x.js`), unlike a shell prefix where a space ends the value.
  const line = list ? DOTENV_LINE.exec(value) : null;
  if (line) {
    const v = verdict(line[1].toLowerCase(), line[2].trim().replace(/^(['"])(.*)\1$/s, "$2"));
    if (v) return v;
  }
  if (!inline || value.length > 65536 || !value.includes("=") || !INLINE_GATE.test(value)) {
    return undefined;
  }
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(value); m; m = INLINE.exec(value)) {
    const v = verdict(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
    if (v) return v;
  }
  return undefined;
}
