/**
 * The decoded text an executor is handed, as a view of its own. A decoder chain read back in place
 * leaves its value inside the call that runs it (`os.system(rm -rf /)`, `system(…)`,
 * `perl -e 'print …' | sh`), where the command rules, which read a command line from its start,
 * do not see a command. Every interpreter's execution sinks are listed here — shell runners
 * (`system`, `exec`, `shell_exec`, `passthru`, `popen`, `subprocess.*`, `execSync`, `IO.popen`,
 * `%x(…)`), code evaluators (`eval`, `exec`, `assert`, `Function`, `setTimeout("…")`,
 * `instance_eval`, `Invoke-Expression`/`iex`, `[ScriptBlock]::Create`) and text printed into a
 * shell pipe (`print …| sh`, `puts …| bash`), dynamic dispatch to one of them
 * (`Kernel.send("sys"+"tem", …)`, `call_user_func('system', …)`) and an argv that starts a shell
 * on a command line (`exec.Command("/bin/sh", "-c", …)`) — and the value each receives is handed to the rules
 * as the command or program it is.
 *
 * Only a decoded value is read in the raw text (a `\x01N\x02` token of `_deobf_core.ts`): a plain
 * literal in a plain call is already what the rules read. In a text that is itself decoded (a
 * payload that was base64 a layer ago), its literals are decoded values too.
 */
import { LIT, type Values } from "./_deobf_core.ts";

/** A decoded value token. */
const TOKEN = String.raw`\x01\d{1,3}\x02`;

/** Calls that run their first argument as a command line or as code. */
const SINK_CALL = String
  .raw`(?<![\w$])(?:system|exec|execSync|execFileSync|shell_exec|passthru|popen|proc_open|eval|assert|Function|setTimeout|setInterval|instance_eval|class_eval|module_eval|getoutput|getstatusoutput)|\bsubprocess\.(?:run|call|Popen|check_output|check_call|getoutput)|\bIO\.popen|\bKernel\.(?:system|exec|spawn)|\bRuntime\.getRuntime\(\)\.exec|\[scriptblock\]::create|\b(?:iex|invoke-expression)`;

function sinkRe(arg: string): RegExp {
  return new RegExp(
    String
      .raw`(?:(?:${SINK_CALL})\s{0,2}\(\s{0,2}(?:\[\s{0,2})?|(?<![\w$.-])(?:iex|invoke-expression)\s{1,3}|%x\(|\b(?:print|puts|say|echo|printf|console\.log)\s{0,2}\(?\s{0,2}(?=${arg}[^|\n]{0,24}\|\s{0,2}(?:\/bin\/)?(?:ba|da|z|k)?sh\b))(${arg})`,
    "gi",
  );
}
const SINK_TOKEN = sinkRe(TOKEN);
const SINK_ANY = sinkRe(`${TOKEN}|${LIT}`);
/** Cheap test before the sink regexes. */
const SINK_GATE =
  /send|call_user_func|method|-c|\/c|-command|system|exec|popen|passthru|eval|assert|function|settimeout|setinterval|iex|invoke-expression|scriptblock|%x\(|print|puts|say|echo|console/i;

/** Names a dynamic call resolves to that run their argument. */
const EXEC_NAME =
  /^(?:system|exec|execSync|shell_exec|passthru|popen|proc_open|eval|assert|spawn|instance_eval|`)$/;
const SHELL_NAME = /^(?:(?:\/usr)?\/bin\/)?(?:ba|da|z|k)?sh$|^(?:cmd|powershell|pwsh)(?:\.exe)?$/i;
const SHELL_FLAG = /^(?:-c|\/c|\/k|-command|-c\w{0,3})$/i;

function dispatchRe(arg: string): RegExp {
  return new RegExp(
    String
      // Ruby `Kernel.send("sys"+"tem", …)`, PHP `call_user_func('system', …)`, `method(:system).call(…)`.
      .raw`\b(?:send|public_send|__send__|call_user_func(?:_array)?|method)\s{0,2}\(\s{0,2}(${TOKEN}|${LIT}|:\w{2,20})\s{0,2}(?:\)\s{0,2}\.\s{0,2}call\s{0,2}\(|,)\s{0,2}\[?\s{0,2}(${arg})` +
      // An argv that starts a shell on a command line: `exec.Command("/bin/sh", "-c", …)`,
      // `["bash", "-c", …]`, `ProcessBuilder("cmd.exe", "/c", …)`.
      String
        .raw`|(${TOKEN}|${LIT})\s{0,2},\s{0,2}(${TOKEN}|${LIT})\s{0,2},\s{0,2}(?:string\s{0,2}\(\s{0,2})?(${arg})` +
      // Rust `Command::new("sh").arg("-c").arg(&s)`.
      String
        .raw`|Command::new\s{0,2}\(\s{0,2}(${TOKEN}|${LIT})\s{0,2}\)\s{0,2}\.arg\s{0,2}\(\s{0,2}(${TOKEN}|${LIT})\s{0,2}\)\s{0,2}\.arg\s{0,2}\(\s{0,2}&?(${arg})`,
    "g",
  );
}
const DISPATCH_TOKEN = dispatchRe(TOKEN);
const DISPATCH_ANY = dispatchRe(`${TOKEN}|${LIT}`);
const DISPATCH_GATE = /send|call_user_func|method|-c|\/c|-command|command::new/i;

/**
 * Values handed to an executor in `text` (a decoded text when `decoded`): at most three, each
 * printable and long enough to be a command.
 */
export function sinkValues(text: string, v: Values, decoded: boolean): string[] {
  if (!SINK_GATE.test(text)) return [];
  if (!decoded && !text.includes("\x01")) return [];
  const re = decoded ? SINK_ANY : SINK_TOKEN;
  re.lastIndex = 0;
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const val = v.expand(v.value(m[1]));
    if (val.length >= 6 && val.trim() !== text.trim() && !out.includes(val)) out.push(val);
    if (out.length >= 3) break;
  }
  if (out.length < 3 && DISPATCH_GATE.test(text)) {
    const d = decoded ? DISPATCH_ANY : DISPATCH_TOKEN;
    d.lastIndex = 0;
    for (const m of text.matchAll(d)) {
      const name = m[1] === undefined
        ? ""
        : v.value(m[1].replace(/^:/, "'").replace(/^'(\w+)$/, "'$1'"));
      const run = m[1] !== undefined
        ? EXEC_NAME.test(name) && m[2]
        : m[3] !== undefined
        ? SHELL_NAME.test(v.value(m[3])) && SHELL_FLAG.test(v.value(m[4])) && m[5]
        : SHELL_NAME.test(v.value(m[6])) && SHELL_FLAG.test(v.value(m[7])) && m[8];
      if (!run) continue;
      const val = v.expand(v.value(run));
      if (val.length >= 6 && !out.includes(val)) out.push(val);
      if (out.length >= 3) break;
    }
  }
  return out;
}
