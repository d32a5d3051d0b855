/**
 * Round-20 false-positive fix of the code injection detector: a Node code runner asked to run
 * `execSync('git rev-parse --short HEAD')` reads a commit id, nothing more. When the tool is a
 * JavaScript runner (where child_process code is expected), the spawned commands themselves are
 * judged: if every spawn call runs a literal, read-only command (git rev-parse/log/status/
 * describe/show/diff, `git branch --show-current`, ls, date, pwd, uname, hostname, a `--version`,
 * round 33: `npm|pnpm|yarn ls|list|outdated|why|explain` with plain options — they print the tree)
 * with no shell metacharacter and no writing option, the process-spawn rules stand down.
 * Downloads, shells, `rm`, built commands (template strings, concatenation) and every other
 * code-running construct still count.
 */
import type { FieldContext } from "../types.ts";

/** Tools and servers that run JavaScript (child_process code is their ordinary input). */
const JS_RUNNER = /(?:^|[\s_.:-])(?:node|nodejs|javascript|js|deno|bun)(?:$|[\s_.:-])/i;
/** Argument names that hold the program text. */
const CODE_KEY = /^(?:code|script|source|snippet|js|javascript|program|expression)$/;
/** A spawn call, with its first argument when that is a plain quoted literal. */
const SPAWN_CALL =
  /\b(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\s{0,4}\(\s{0,4}(?:(['"])([^'"\\\n`$]{1,200})\1)?/g;
/** A read-only command line (the whole literal). */
export const READ_ONLY =
  /^(?:git(?:\s{1,4}-C\s{1,4}[\w./-]{1,100})?\s{1,4}(?:rev-parse|log|status|describe|show|diff|branch\s{1,4}--show-current|remote\s{1,4}-v|ls-files)\b[^;&|<>\n]{0,150}|ls(?:\s{1,4}-[a-zA-Z]{1,6})?(?:\s{1,4}[\w./-]{1,100})?|date(?:\s{1,4}[+\w%:-]{1,60})?|pwd|uname(?:\s{1,4}-[a-z]{1,4})?|hostname|whoami|(?:node|npm|git|deno|bun)\s{1,4}--version|(?:npm|pnpm|yarn)\s{1,4}(?:ls|list|outdated|why|explain)(?:\s{1,4}[\w@.\/=:^~-]{1,100}){0,6})$/;
/** Options that make a read-only git command write or run something. */
export const WRITES = /--output|--ext-diff|--textconv|--exec|--upload|\s-c\s|ext::|-o\s/;
/** Other code-running constructs the rules judge (never excused here). */
const OTHER_EXEC =
  /\bnew\s{1,4}Function\b|\beval\s{0,4}\(|\bprocess\s{0,4}\.\s{0,4}(?:binding|mainModule|dlopen)\b|\bDeno\s{0,4}\.\s{0,4}(?:run|Command)\b|\bBun\s{0,4}\.\s{0,4}spawn|\bvm\s{0,4}\.\s{0,4}run|\bshell\s{0,4}:\s{0,4}(?:true|['"])/;

/**
 * True when `text`, given to a JavaScript runner, spawns only literal read-only commands, so the
 * process-spawn rules (`js_exec`, `js_exec_chain`) need not report it.
 */
export function readOnlySpawn(text: string, field: FieldContext): boolean {
  if (field.stage !== "input" || text.length > 2000 || !CODE_KEY.test(field.key ?? "")) {
    return false;
  }
  if (!JS_RUNNER.test(field.tool ?? "") && !JS_RUNNER.test(field.server ?? "")) return false;
  if (OTHER_EXEC.test(text)) return false;
  SPAWN_CALL.lastIndex = 0;
  let calls = 0;
  for (let m = SPAWN_CALL.exec(text); m; m = SPAWN_CALL.exec(text)) {
    if (++calls > 4) return false;
    const cmd = m[2]?.trim();
    if (!cmd || m[0].includes("fork") || WRITES.test(` ${cmd} `) || !READ_ONLY.test(cmd)) {
      return false;
    }
  }
  return calls > 0;
}
