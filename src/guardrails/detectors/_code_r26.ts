/**
 * Round-26 code-injection mechanisms and one false-positive fix:
 *
 * - a download piped into a shell (`curl … | sh`) run from code: R/PHP/Ruby `system()`,
 *   `system2()`, `shell()`, `pipe()`, `popen()`, `shell_exec()`, or a notebook shell escape
 *   (`!curl … | bash`, `%%bash`, `%system`) at a line start. The same line quoted in a `print()`
 *   or a README (no call around it) passes;
 * - Python `exec`/`eval` of decompressed or decoded bytes (`exec(zlib.decompress(…))`,
 *   `exec(marshal.loads(…))`, `eval(b64decode(…))`): a packed payload nobody can read;
 * - false positive: Python `subprocess.run(['git','log','--oneline'])` in a Python runner, where
 *   every subprocess call is a literal list for a read-only command (git log/status/diff/show,
 *   ls, date …, the list JavaScript runners get in ./_code_r20_spawn.ts), is no system-command
 *   finding. `shell=True`, `os.system`, built lists and other exec constructs still count.
 *
 * Judged once per argument behind literal gates; every pattern is bounded, no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";
import { READ_ONLY, WRITES } from "./_code_r20_spawn.ts";
import { literalListWords, r27ReadOnly } from "./_code_r27.ts";
import { testRunnerCommand } from "./_code_r29.ts";

/** A download piped into a shell, inside one string or line. */
const FETCH_TO_SHELL =
  /\b(?:curl|wget|iwr|invoke-webrequest)\b[^\n'"|]{0,300}\|\s{0,4}(?:sudo\s{1,4})?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|iex)\b/i;
/** A call that hands a string to the OS shell (R, PHP, Ruby, Perl, C), or a notebook escape. */
const SHELL_CALL =
  /\b(?:system2?|shell|pipe|popen|shell_exec|passthru|proc_open|spawn|IO\s{0,2}\.\s{0,2}popen|Kernel\s{0,2}\.\s{0,2}system)\s{0,4}\(\s{0,4}(?:command\s{0,4}=\s{0,4})?['"`]|`[^`\n]{0,20}\b(?:curl|wget)\b|%x\s{0,2}[({\[]|(?:^|\n)\s{0,8}(?:!|%%?(?:bash|sh|system|script\s{1,4}(?:ba)?sh)\b)/;

/** A notebook cell whose whole body runs in a shell. */
const CELL_MAGIC = /^\s{0,8}%%(?:bash|sh|script\s{1,4}(?:ba)?sh)\b/;

/** exec/eval of decompressed or decoded bytes. */
const PACKED_EXEC =
  /\b(?:exec|eval)\s{0,4}\(\s{0,4}(?:(?:zlib|gzip|bz2|lzma|marshal|pickle)\s{0,4}\.\s{0,4}(?:decompress|loads)|(?:base64\s{0,4}\.\s{0,4})?(?:b64decode|b32decode|b16decode|b85decode|a85decode|urlsafe_b64decode|decodebytes)|(?:binascii\s{0,4}\.\s{0,4})?(?:unhexlify|a2b_base64)|decompress|loads)\s{0,4}\(/;

/**
 * exec/eval (Python) or eval/Function (JavaScript) of bytes rebuilt at run time: the argument is
 * not source text but a transformation — a codec (`.decode('cp500')`, `'utf-7'`), a number turned
 * into bytes (`n.to_bytes(…)`, `struct.pack(…)`), hex, char codes, a reversed or translated string,
 * a `Buffer`/`atob`/`TextDecoder` round trip. Only the call's own argument (≤ 240 characters up to
 * the matching close) is read, so `exec(code)` beside an unrelated `.decode()` passes.
 */
const REBUILT_EXEC_HEAD = /\b(?:exec|eval|(?:new\s{1,4})?Function)\s{0,4}\(/g;
const REBUILT =
  /\.decode\s{0,4}\(|\bto_bytes\s{0,4}\(|\bstruct\s{0,4}\.\s{0,4}pack|\bfromhex\s{0,4}\(|\bcodecs\s{0,4}\.|\b(?:bytes|bytearray)\s{0,4}\(\s{0,4}(?:\[|map\b|\(|\w+\s{0,4}\)\s{0,4}\.)|\bchr\s{0,4}\(|\[\s{0,2}::\s{0,2}-1\s{0,2}\]|\.translate\s{0,4}\(|\bBuffer\s{0,4}\.\s{0,4}from\s{0,4}\(|\batob\s{0,4}\(|\bfromCharCode\b|\bTextDecoder\b|\bunescape\s{0,4}\(|\.reverse\s{0,4}\(/;

/** The argument text of the call opened just before `from` (up to its matching `)`), capped. */
function callArgument(text: string, from: number): string {
  let depth = 1;
  const end = Math.min(text.length, from + 240);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return text.slice(from, i);
  }
  return text.slice(from, end);
}

/** True when code runs a string rebuilt at run time (see {@link REBUILT_EXEC_HEAD}). */
export function execOfRebuilt(text: string): boolean {
  if (!text.includes("exec") && !text.includes("eval") && !text.includes("Function")) return false;
  REBUILT_EXEC_HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = REBUILT_EXEC_HEAD.exec(text)) !== null && n++ < 64) {
    const before = text.charCodeAt(m.index - 1);
    // `.exec(` is a method (RegExp.exec, cursor.exec), not the builtin.
    if (before === 46 || (before >= 48 && before <= 57) || before === 95) continue;
    const arg = callArgument(text, m.index + m[0].length);
    if (/^\s{0,4}(?:'[^'\n]*'|"[^"\n]*"|`[^`]*`)\s{0,4}$/.test(arg)) continue; // a plain literal
    if (REBUILT.test(arg)) return true;
  }
  return false;
}

/** Tools and servers that run Python. */
const PY_RUNNER = /(?:^|[\s_.:-])(?:python3?|py|ipython|jupyter|notebook)(?:$|[\s_.:-])/i;
/** Argument names that hold the program text. */
const CODE_KEY = /^(?:code|script|source|snippet|program|cell|expression)$/;
/** A subprocess call with a literal list as its first argument. */
const PY_SPAWN =
  /\bsubprocess\s{0,2}\.\s{0,2}(?:run|call|check_call|check_output|Popen)\s{0,4}\(\s{0,4}(?:\[([^\]\n]{1,300})\])?/g;
/** Other code-running constructs (never excused here). */
const PY_OTHER_EXEC =
  /\bos\s{0,2}\.\s{0,2}(?:system|popen|exec\w{0,4}|spawn\w{0,4})\b|\bshell\s{0,4}=\s{0,4}True\b|\b(?:eval|exec|compile)\s{0,4}\(|__import__|\bgetoutput\b|\bpty\b|\bsocket\b|\bctypes\b/;

/** The round-26 finding for an argument value, or undefined (`where` names the value). */
export function r26Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  if (field.stage !== "input" || text.length > 65536) return undefined;
  const fetches = text.includes("curl") || text.includes("wget") || text.includes("iwr") ||
    text.includes("WebRequest");
  if (fetches && text.includes("|") && FETCH_TO_SHELL.test(text)) {
    const line = fetchLineContext(text);
    if ((line && SHELL_CALL.test(line)) || CELL_MAGIC.test(text)) {
      return {
        detector: "code_injection",
        kind: "code_exec",
        severity: "high",
        reason:
          `Code in ${where} runs a download piped into a shell (system(), shell escape or popen)`,
      };
    }
  }
  if (
    (text.includes("exec") || text.includes("eval")) && PACKED_EXEC.test(text) ||
    execOfRebuilt(text)
  ) {
    return {
      detector: "code_injection",
      kind: "python_eval",
      severity: "high",
      reason: `Code in ${where} runs decompressed or decoded bytes (exec(zlib.decompress(…)))`,
    };
  }
  return undefined;
}

/** The line holding the first fetch-into-shell, up to the fetch: at most 400 characters. */
function fetchLineContext(text: string): string | undefined {
  const at = text.search(FETCH_TO_SHELL);
  if (at < 0) return undefined;
  const lineStart = text.lastIndexOf("\n", at) + 1;
  // A cut line starts with a space so a mid-line "!" never reads as a notebook escape.
  return at - lineStart > 400 ? ` ${text.slice(at - 400, at + 1)}` : text.slice(lineStart, at + 1);
}

/**
 * True when `text`, given to a Python runner, runs only literal read-only commands through
 * `subprocess` (so the system-command rule need not report it).
 */
export function readOnlyPySpawn(text: string, field: FieldContext): boolean {
  if (field.stage !== "input" || text.length > 2000 || !CODE_KEY.test(field.key ?? "")) {
    return false;
  }
  if (!PY_RUNNER.test(field.tool ?? "") && !PY_RUNNER.test(field.server ?? "")) return false;
  if (PY_OTHER_EXEC.test(text)) return false;
  PY_SPAWN.lastIndex = 0;
  let calls = 0;
  for (let m = PY_SPAWN.exec(text); m; m = PY_SPAWN.exec(text)) {
    if (++calls > 4 || m[1] === undefined) return false;
    // Items are read by quotes: `'--query-gpu=name,memory.used'` is one item (./_code_r27.ts).
    const words = literalListWords(m[1]);
    if (!words) return false;
    const cmd = words.join(" ");
    if (
      WRITES.test(` ${cmd} `) ||
      !(READ_ONLY.test(cmd) || r27ReadOnly(cmd) || testRunnerCommand(cmd))
    ) {
      return false;
    }
  }
  return calls > 0;
}
