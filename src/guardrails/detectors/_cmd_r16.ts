/**
 * Round-16 command techniques the command injection detector checks in tool arguments (input
 * stage only, before its metacharacter pre-filter):
 *
 * - a program's own hook running a payload inside a command line: GNU tar
 *   `--checkpoint-action=exec=`, `--to-command`, `--use-compress-program`; `make --eval` with
 *   `$(shell …)`; GNU sed's `e` command inside a quoted sed script. A shell tool allowed to run
 *   `tar`, `sed` or `make` does not expect them to fetch and run code;
 * - loops that run each line of downloaded text (`for /f … in ('curl …') do %c`,
 *   `for l in $(curl …); do $l`, `curl … | while read l; do eval "$l"`);
 * - Windows programs fetching remote scriptlets or code (regsvr32 `/i:http… scrobj.dll`, mshta,
 *   rundll32, certutil, bitsadmin, msiexec, wmic `/format:`): these need no metacharacter;
 * - cron persistence: a crontab entry installed by the command that downloads and runs code;
 * - PowerShell resolving Invoke-Expression by a wildcard lookup (`.(gal i?x)`, `&(gcm *ke-ex*)`);
 * - text decoded by ROT13 / a letter rotation (`tr 'A-Za-z' 'N-ZA-Mn-za-m'`,
 *   `codecs.decode(…, 'rot13')`) or from hex (`eval pack "H*", …`, `exec(bytes.fromhex(…))`) and
 *   handed to a shell or an eval: nobody encodes their own command by accident;
 * - one item of an argument list that is a script in a temp folder (`["--post-renderer",
 *   "/tmp/.cache/pr.sh"]`): a list is scanned item by item, so the option and its program arrive
 *   apart, and a dropped script in /tmp is what such options are handed.
 *
 * Every pattern is bounded and has no nested quantifiers.
 */
import type { FieldContext } from "../types.ts";
import { sedExecutes } from "./_cmd_exec.ts";

/** The finding for one value: a kind and a reason. */
export interface R16Hit {
  kind: string;
  reason: string;
}

/**
 * What a hook value must run to count: a fetch, a network relay, a pipe into a shell, or a
 * program in a temp folder at its start (`--to-command='cat > /tmp/out'` only writes there).
 */
const PAYLOAD =
  /\b(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod|nc|ncat|netcat|socat|telnet)\b|\/dev\/(?:tcp|udp)\/|\|\s{0,4}(?:sudo\s{1,4})?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|node|php)\b|\bbash\s{1,4}-i\b|\bbase64\s{1,4}(?:-d|--decode)\b|^['"]?(?:(?:ba|z|k|da)?sh\s{1,4}(?:-c\s{1,4})?['"]?)?(?:\/private)?(?:\/var)?\/(?:tmp|dev\/shm)\//i;

/** Tool options whose value is a program the tool runs (tar, make). */
const HOOK_OPTION =
  /(?<![^\s'"])--(?:checkpoint-action(?:\s{0,4}=\s{0,4}|\s{1,4})['"]?exec=|to-command(?:\s{0,4}=\s{0,4}|\s{1,4})|use-compress-program(?:\s{0,4}=\s{0,4}|\s{1,4})|info-script(?:\s{0,4}=\s{0,4}|\s{1,4})|new-volume-script(?:\s{0,4}=\s{0,4}|\s{1,4})|eval(?:\s{0,4}=\s{0,4}|\s{1,4}))/gi;

/** The option value at `at`: a quoted string, or up to the next blank (`quote` already open). */
function valueAt(text: string, at: number, quote?: string): string {
  const open = quote ?? (text[at] === "'" || text[at] === '"' ? text[at] : undefined);
  const from = quote ? at : open ? at + 1 : at;
  const rest = text.slice(from, from + 400);
  if (open) {
    const end = rest.indexOf(open);
    return end < 0 ? rest : rest.slice(0, end);
  }
  return rest.match(/^[^\s;|&]{0,400}/)![0];
}

/** True when a tar/make hook option runs a fetch, a shell pipe or a temp-folder program. */
function hookRunsPayload(text: string): boolean {
  HOOK_OPTION.lastIndex = 0;
  for (let m = HOOK_OPTION.exec(text), n = 0; m && n < 8; m = HOOK_OPTION.exec(text), n++) {
    // `--checkpoint-action='exec=…'`: the quote opened before `exec=`.
    const opened = /(['"])exec=$/i.exec(m[0])?.[1];
    const value = valueAt(text, HOOK_OPTION.lastIndex, opened);
    if (/^--eval/i.test(m[0]) && !/\$\(\s{0,4}shell\b/.test(value)) continue;
    if (PAYLOAD.test(value)) return true;
  }
  return false;
}

/** `sed` followed by its quoted script arguments (same command segment). */
const SED_SCRIPT_ARG = /'([^'\n]{1,400})'|"([^"\n]{1,400})"/g;

/** True when a quoted script given to `sed` in the command line holds an `e` command. */
function sedScriptExecutes(text: string): boolean {
  const at = text.search(/(?:^|[\s;&|(])sed\s/);
  if (at < 0) return false;
  const segment = text.slice(at, at + 1200).split(/\n|;\s{0,4}(?![^'"]{0,400}['"])/)[0];
  SED_SCRIPT_ARG.lastIndex = 0;
  for (let m = SED_SCRIPT_ARG.exec(segment), n = 0; m && n < 8; m = SED_SCRIPT_ARG.exec(segment)) {
    n++;
    for (const piece of (m[1] ?? m[2]).split(/[;\n]/)) {
      if (sedExecutes(piece)) return true;
    }
  }
  return false;
}

/** A fetch the loop reads lines from. */
const FETCH = String
  .raw`(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod|powershell|pwsh|certutil|bitsadmin|nslookup)`;
/** Loops that run each line of downloaded text. */
const LINE_RUNNER = new RegExp(
  [
    // cmd: for /f "…" %c in ('curl …') do %c  (or do call %c / do cmd /c %c)
    String
      .raw`\bfor\s{1,4}\/f\b[^\n]{0,120}?\bin\s{0,4}\(\s{0,4}['\x60]\s{0,4}${FETCH}\b[^'\x60\n]{0,400}['\x60]\s{0,4}\)\s{0,4}do\s{1,4}@?(?:(?:call|cmd(?:\.exe)?\s{1,4}\/[ck]|start)\s{1,4})?['"]?%%?~?[a-z](?![\w])`,
    // sh: for l in $(curl …); do $l / eval "$l"
    String
      .raw`\bfor\s{1,4}(\w{1,30})\s{1,4}in\s{1,4}["']?(?:\$\(|\x60)\s{0,4}${FETCH}\b[^()\x60\n]{0,400}(?:\)|\x60)["']?\s{0,4};?\s{0,4}do\s{1,4}(?:eval\s{1,4})?['"]?\$\{?\1\b`,
    // sh: curl … | while read l; do eval "$l"
    String
      .raw`\b${FETCH}\b[^\n|]{0,400}\|\s{0,4}while\s{1,4}read\s{1,4}(?:-r\s{1,4})?(\w{1,30})\s{0,4};?\s{0,4}do\s{1,4}(?:eval\s{1,4})?['"]?\$\{?\2\b`,
  ].join("|"),
  "i",
);

/** Windows programs fetching remote scriptlets, HTAs, DLLs or files (Squiblydoo and kin). */
const LOLBIN_REMOTE =
  /\bregsvr32(?:\.exe)?\b[^\n]{0,80}?[\/-]i:\s{0,4}['"]?(?:https?:|\\\\|ftp:)|\bmshta(?:\.exe)?\s{1,4}['"]?(?:https?:|javascript:|vbscript:|\\\\)|\brundll32(?:\.exe)?\s{1,4}(?:['"]?javascript:|[^\n]{0,80}?\burl\.dll\s{0,4},\s{0,4}(?:FileProtocolHandler|OpenURL(?:A)?)\s{1,4}['"]?(?:https?:|\\\\)|['"]?\\\\[\w.-]{1,100}\\)|\bcertutil(?:\.exe)?\b[^\n]{0,80}?[-\/](?:urlcache|verifyctl)\b|\bbitsadmin(?:\.exe)?\b[^\n]{0,80}?\/(?:transfer|addfile|setnotifycmdline)\b|\bmsiexec(?:\.exe)?\b[^\n]{0,40}?[-\/](?:i|package|y)\s{0,4}['"]?(?:https?:|\\\\)|\bwmic(?:\.exe)?\b[^\n]{0,120}?\/format:\s{0,4}['"]?(?:https?:|\\\\)/i;
const LOLBIN_GATE = /regsvr32|mshta|rundll32|certutil|bitsadmin|msiexec|wmic/i;

/** A crontab being installed from the command: `| crontab -`, `crontab file`, a cron spool write. */
const CRON_INSTALL =
  /\|\s{0,4}(?:sudo\s{1,4})?crontab\s{1,4}(?:-u\s{1,4}[\w.-]{1,32}\s{1,4})?-(?![\w-])|>>?\s{0,4}['"]?\/(?:etc\/crontab|etc\/cron\.(?:d|hourly|daily|weekly|monthly)\/|var\/spool\/cron\/)|\btee\s{1,4}(?:-a\s{1,4})?['"]?\/(?:etc\/crontab|etc\/cron\.d\/|var\/spool\/cron\/)/;
/** A cron schedule: five time fields or an `@` keyword. */
const CRON_SCHEDULE =
  /(?:^|['"\s;(])(?:@(?:reboot|hourly|daily|weekly|monthly|yearly|annually|midnight)|(?:[\d*\/,-]{1,20}[ \t]{1,4}){5})/g;
/** What a persistent cron entry runs that no maintenance job does: fetched code, a shell relay. */
const CRON_PAYLOAD =
  /\b(?:curl|wget|fetch)\b[^\n|'"]{0,200}\|\s{0,4}(?:sudo\s{1,4})?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|node|php)\b|\/dev\/(?:tcp|udp)\/|\b(?:nc|ncat|netcat)\b[^\n|]{0,60}\s-[a-z]{0,3}[ec]\b|\bbash\s{1,4}-i\b|\bbase64\s{1,4}(?:-d|--decode)\b[^\n]{0,60}\|\s{0,4}(?:ba|z|k|da)?sh\b|^['"]?(?:root\s{1,4})?(?:\/private)?(?:\/var)?\/(?:tmp|dev\/shm)\//i;

/** True when the command installs a cron entry that downloads and runs code or opens a shell. */
function cronPersistence(text: string): boolean {
  if (!text.includes("cron") || !CRON_INSTALL.test(text)) return false;
  CRON_SCHEDULE.lastIndex = 0;
  for (let m = CRON_SCHEDULE.exec(text), n = 0; m && n < 8; m = CRON_SCHEDULE.exec(text), n++) {
    const entry = text.slice(CRON_SCHEDULE.lastIndex, CRON_SCHEDULE.lastIndex + 300).split("\n")[0];
    if (CRON_PAYLOAD.test(entry)) return true;
  }
  return false;
}

/** PowerShell invoking what a lookup returns: `.(gal i?x)`, `&(Get-Command *ke-Ex*)`. */
const PS_LOOKUP =
  /[.&]\s{0,4}\(\s{0,4}(?:gal|get-alias|gcm|get-command|(?:dir|ls|gci|get-childitem)\s{1,4}alias:\\?)\s{1,4}(?:-name\s{1,4})?['"]?([\w?*\[\]-]{1,40})|\.(?:GetCommand|GetCmdlet|GetCommandName)\s{0,4}\(\s{0,4}['"]([\w?*\[\]-]{1,40})/gi;
/** Names a lookup must not resolve to. */
const EVALUATORS = ["iex", "invoke-expression"];

/** The PowerShell wildcard `pattern` as an anchored regular expression. */
function wildcard(pattern: string): RegExp {
  let src = "";
  for (const c of pattern.toLowerCase()) {
    if (c === "*") src += "[\\w-]{0,40}";
    else if (c === "?") src += "[\\w-]";
    else if (c === "[" || c === "]") src += c;
    else src += c.replace(/[-\\^$.|+(){}]/g, "\\$&");
  }
  try {
    return new RegExp(`^${src}$`);
  } catch {
    return /^$/;
  }
}

/** True when a command-lookup result invoked by the script resolves to Invoke-Expression. */
function lookupInvokesEval(text: string): boolean {
  if (!/gal|alias|gcm|command|cmdlet/i.test(text)) return false;
  PS_LOOKUP.lastIndex = 0;
  for (let m = PS_LOOKUP.exec(text), n = 0; m && n < 8; m = PS_LOOKUP.exec(text), n++) {
    const re = wildcard(m[1] ?? m[2]);
    if (EVALUATORS.some((name) => re.test(name))) return true;
  }
  return false;
}

/** ROT13 / letter rotation: a `rot13` codec or a rotated range set (`N-ZA-M`, `n-za-m`). */
const ROTATION = /['"\/]rot[_-]?13['"]|(?<![A-Za-z])[B-Zb-z]-[Zz][Aa]-[A-Ya-y]/i;
/** Hex decoded and evaluated: perl `eval pack "H*"`, python `exec(bytes.fromhex(…))`, php `hex2bin`. */
const HEX_EVAL =
  /\b(?:eval|exec)\s{0,4}\(?\s{0,4}(?:pack\s{0,4}\(?\s{0,4}(?:q[qw]?\s{0,2}[\/{(|!#]|['"])H\*|hex2bin\s{0,4}\(|(?:bytes\.fromhex|binascii\.(?:unhexlify|a2b_hex)|codecs\.decode)\s{0,4}\(\s{0,4}['"][0-9a-f]{16}|\[\s{0,4}['"][0-9a-f]{16}[0-9a-f]{0,4000}['"]\s{0,4}\]\.pack\s{0,4}\(\s{0,4}['"]H\*)/i;
/** Where decoded text is run: a pipe into a shell, eval, os.system and kin. */
const RUN_SINK =
  /\|\s{0,4}(?:sudo\s{1,4})?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|node|php|iex|invoke-expression)\b|\b(?:eval|exec|system|popen|os\.(?:system|popen|exec\w{0,3}|spawn\w{0,3})|subprocess\.\w{1,20}|pty\.spawn)\s{0,4}[(\s'"$]|\x60|\b(?:ba|z|k|da)?sh\s{1,4}(?:-c\s{0,4}['"]?\$\(|<\()/i;

/** Keys of argument lists, scanned item by item. */
const ARG_LIST_KEY =
  /^(?:flags|args|argv|arguments|extra_args|extra_flags|options|opts|cli_args|helm_args|params|additional_args)$/;
/** One whole list item that is a script or binary in a temp folder. */
const TEMP_PROGRAM_ITEM =
  /^['"]?(?:\/private)?(?:\/var)?\/(?:tmp|dev\/shm)\/[^\s'"]{0,200}\.(?:sh|bash|zsh|py|pl|rb|js|php|ps1|exe|bin|elf|so)['"]?$/i;

/**
 * Round-16 techniques in one argument value (`text` raw; `free` for a free-text argument). Free
 * text (messages, notes, documents) quotes such commands in how-tos: only command, argument-list,
 * path and ref values are judged.
 */
export function r16Techniques(
  text: string,
  field: FieldContext,
  free: boolean,
): R16Hit | undefined {
  if (field.stage !== "input" || free || text.length > 8192) return undefined;
  // A chained line (`x & certutil …`) gets the detector's own chain findings; a lone program
  // line has no metacharacter for its pre-filter to see.
  if (!/[;&|\n]/.test(text) && LOLBIN_GATE.test(text) && LOLBIN_REMOTE.test(text)) {
    return {
      kind: "dangerous_command",
      reason:
        "uses a Windows program to fetch and run remote code (regsvr32 /i:, mshta, rundll32 …)",
    };
  }
  if (text.includes("--") && hookRunsPayload(text)) {
    return {
      kind: "argument_injection",
      reason:
        "hands a download or shell to a tool's own hook (tar checkpoint/to-command, make --eval)",
    };
  }
  if (text.includes("sed") && sedScriptExecutes(text)) {
    return { kind: "code_execution", reason: "gives sed a script whose e command runs a command" };
  }
  if (/\bdo\b/i.test(text) && LINE_RUNNER.test(text)) {
    return { kind: "dangerous_command", reason: "runs each line of downloaded text as a command" };
  }
  if (cronPersistence(text)) {
    return {
      kind: "dangerous_command",
      reason: "installs a cron entry that downloads and runs code (persistence)",
    };
  }
  if (text.includes("(") && lookupInvokesEval(text)) {
    return {
      kind: "dangerous_command",
      reason: "invokes Invoke-Expression through a wildcard command lookup (gal/gcm)",
    };
  }
  if (ROTATION.test(text) && RUN_SINK.test(text)) {
    return {
      kind: "obfuscated_command",
      reason: "decodes ROT13 / letter-rotated text and runs it",
    };
  }
  if (HEX_EVAL.test(text)) {
    return { kind: "obfuscated_command", reason: "decodes hex text and evaluates it" };
  }
  if (
    field.path.endsWith("]") && ARG_LIST_KEY.test(field.key ?? "") &&
    TEMP_PROGRAM_ITEM.test(text.trim())
  ) {
    return {
      kind: "argument_injection",
      reason: "is a script in a temp folder given as a separate argument (a dropped program)",
    };
  }
  return undefined;
}
