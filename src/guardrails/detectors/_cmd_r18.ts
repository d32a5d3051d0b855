/**
 * Round-18 command techniques the command injection detector checks in tool arguments (input
 * stage only, before its metacharacter pre-filter):
 *
 * - fish's process substitution: `(curl … | psub | source)`, `source (curl … | psub)`,
 *   `eval (curl …)`. fish spells command substitution `(…)` with no `$`, and `psub` turns a
 *   download into a file that `source` runs, so the chain rules' `| sh` never appears;
 * - npm configuration set through the environment or a flag (`npm_config_script_shell=/tmp/x`,
 *   `npm_config_node_options="--require /tmp/x.js"`, `--script-shell=/tmp/x`): npm runs every
 *   lifecycle script through that shell, or loads that module into every node it starts. Judged
 *   like the loader variables (./_cmd_env.ts): a dropped, remote or shell-running value counts,
 *   `npm_config_script_shell=/bin/bash` does not;
 * - a command string written backwards and turned around into a shell: `rev <<< 'hs | … lruc' |
 *   sh`, `echo '…' | rev | bash`, `eval "$(rev <<< '…')"`. Nobody reverses a command they mean to
 *   show; `… | rev | cut -d/ -f1 | rev` (text processing) has no shell after it.
 *
 * Each check sits behind a cheap literal test; every pattern is bounded, no nested quantifiers.
 */
import type { FieldContext } from "../types.ts";
import { envInjection } from "./_cmd_env.ts";

/** The finding for one value: a kind and a reason. */
export interface R18Hit {
  kind: string;
  reason: string;
}

/** A download command (the start of a fetch). */
const DOWNLOAD = String.raw`\b(?:curl|wget|fetch|aria2c|http(?:ie)?|xh)\b`;
/** Programs that run what they are given (shells, `source`, interpreters). */
const RUNNER = String
  .raw`(?:sudo\s{1,4})?(?:(?:ba|z|k|da|fi|c|tc)?sh|source|eval|python[23]?|perl|ruby|node|php)\b`;

/** fish: a download through `psub` that is sourced or run, or a download handed to `eval (…)`. */
const FISH_FETCH_RUN = new RegExp(
  [
    String
      .raw`${DOWNLOAD}[^\n;()]{0,300}?\|\s{0,4}psub\b[^\n;()|]{0,40}\|\s{0,4}(?:${RUNNER}|\.(?=[\s)]))`,
    String
      .raw`(?:^|[\s;&|(])(?:${RUNNER}|\.)\s{1,4}\(\s{0,4}${DOWNLOAD}[^\n;()]{0,300}?\|\s{0,4}psub\b`,
    String.raw`(?:^|[\s;&|(])(?:eval|source|\.)\s{1,4}\(\s{0,4}${DOWNLOAD}`,
  ].join("|"),
  "i",
);
/** The literal gate of the fish forms. */
const FISH_GATE = /psub|[(]\s{0,4}(?:curl|wget|fetch|aria2c|http|xh)\b/i;

/** npm configuration that runs or loads code, set as an env prefix, a flag or `npm config set`. */
const NPM_CONFIG =
  /(?:^|[\s;&|"'(])(?:npm_config_(script_shell|shell|node_options|git|node_gyp|init_module|onload_script|userconfig|globalconfig)\s{0,4}=|--(script-shell|node-options|init-module|userconfig|globalconfig)(?:\s{1,4}|=)|\bconfig\s{1,4}set\s{1,4}(script-shell|node-options|init-module|shell)(?:\s{1,4}|=))\s{0,4}(?:"([^"\n]{0,400})"|'([^'\n]{0,400})'|([^\s;&|]{0,400}))/gi;

/** Why an npm setting `name` (snake_case) with `value` runs dropped, remote or shell code. */
function npmVerdict(name: string, value: string): boolean {
  if (name === "node_options") return envInjection("node_options", value, false) !== undefined;
  // The shell, git, node-gyp and the files npm reads all name a program or file: the same test
  // as a helper-command variable (a dropped or remote program, a shell running a payload).
  return envInjection("npm_config_script_shell", value, false) !== undefined;
}

/** True when an npm setting in `text` makes npm run or load untrusted code. */
function npmConfigHijack(text: string): boolean {
  NPM_CONFIG.lastIndex = 0;
  for (let m = NPM_CONFIG.exec(text), n = 0; m && n < 16; m = NPM_CONFIG.exec(text), n++) {
    const name = (m[1] ?? m[2] ?? m[3]).toLowerCase().replace(/-/g, "_");
    if (npmVerdict(name, m[4] ?? m[5] ?? m[6] ?? "")) return true;
  }
  return false;
}

/** `rev` in command position (the start, after a separator or pipe, or opening a substitution). */
const REV_CMD = /(?:^|[|;&(\x60\n])\s{0,4}rev(?=[\s|)\x60]|$)/g;
/** Quoted strings (their pipes are text, not pipes). */
const QUOTED = /'[^'\n]{0,2000}'|"[^"\n]{0,2000}"/g;
/** The rest of `rev`'s pipeline reaches a runner. */
const PIPED_TO_RUNNER = new RegExp(
  `^[^\\n;&|]{0,400}(?:\\|[^\\n;&|]{0,200}){0,3}?\\|\\s{0,4}${RUNNER}`,
);
/** `rev`'s output substituted into `eval`, `sh -c` or `source`. */
const REV_SUBSTITUTED = new RegExp(
  String
    .raw`(?:\beval|\b(?:ba|z|k|da|fi)?sh\s{1,4}-c|\bsource|(?:^|\s)\.)\s{1,4}["']?(?:\$\(|<\(|\x60)\s{0,4}(?:[^)\x60\n]{0,300}?\|\s{0,4})?rev\b`,
);

/** True when a reversed command string is turned around and run. */
function reversedIntoShell(text: string): boolean {
  // Both forms have `rev` in command position (after `|`, `(`, a separator or at the start).
  REV_CMD.lastIndex = 0;
  let m = REV_CMD.exec(text);
  if (!m) return false;
  if (REV_SUBSTITUTED.test(text)) return true;
  for (let n = 0; m && n < 8; m = REV_CMD.exec(text), n++) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 2400);
    if (PIPED_TO_RUNNER.test(rest.replace(QUOTED, "''"))) return true;
  }
  return false;
}

/**
 * Round-18 techniques in one argument value (`text` raw; `free` for a free-text argument). Free
 * text and other stages are left to the other checks.
 */
export function r18Techniques(
  text: string,
  field: FieldContext,
  free: boolean,
): R18Hit | undefined {
  if (field.stage !== "input" || free || text.length > 8192) return undefined;
  if (FISH_GATE.test(text) && FISH_FETCH_RUN.test(text)) {
    return {
      kind: "dangerous_command",
      reason: "downloads code and runs it through fish's process substitution (psub, source, eval)",
    };
  }
  if (
    (text.includes("npm_config_") || text.includes("NPM_CONFIG_") || text.includes("-shell") ||
      text.includes("-options") || text.includes("config set")) && npmConfigHijack(text)
  ) {
    return {
      kind: "env_injection",
      reason:
        "points npm's script shell, node options or config files at a dropped, remote or shell-running program",
    };
  }
  if (text.includes("rev") && reversedIntoShell(text)) {
    return {
      kind: "obfuscated_command",
      reason: "turns a command written backwards around with rev and runs it in a shell",
    };
  }
  return undefined;
}
