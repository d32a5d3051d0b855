/**
 * Round-17 command techniques the command injection detector checks in tool arguments (input
 * stage only, before its metacharacter pre-filter):
 *
 * - a program's escape hatch that runs a shell, handed a payload: `vim -c ':!…'`, `less +'!…'`,
 *   `gdb -ex '!…'`, `git -c core.pager='…'`, `ssh -o ProxyCommand='…'`, `find -exec sh -c '…'`,
 *   `env`/`nice`/`timeout`/`flock`/`strace`/`xargs … sh -c '…'`, `rsync -e`, `zip -TT`,
 *   `python -c`/`perl -e`/`ruby -e`/`lua -e`/`node -e`/`php -r` with `system("…")`, a LaTeX
 *   `\write18{…}`. The detector's chain rules see a payload only at the start of the command or
 *   after a separator; inside the hatch's quoted argument it has neither. What counts is the
 *   payload itself (a download piped into a shell, a shell bound to a socket, fetched code
 *   evaluated): a shell tool's command that carries one runs it, whatever program wraps it. Search
 *   programs and commit messages quote such lines as text and are left alone;
 * - awk reading commands from a network client and running them (`"nc h p" | getline c;
 *   c | getline r`, gawk `/inet/tcp` coprocesses): a reverse shell with no `system()` and no
 *   shell metacharacter outside the awk program;
 * - a file name decoded from hex, base32/64, printf escapes or reversed text and handed to a
 *   reader (`xxd -r -p <<< 2f65… | xargs cat`, `cat $(printf '\x2f…')`): nobody encodes the name
 *   of a file they mean to read, except to hide which file it is.
 *
 * Every pattern is bounded and has no nested quantifiers.
 */
import type { FieldContext } from "../types.ts";

/** The finding for one value: a kind and a reason. */
export interface R17Hit {
  kind: string;
  reason: string;
}

/** Programs whose run a payload is (shells and interpreters). */
const RUNNER = String
  .raw`(?:sudo\s{1,4})?(?:(?:ba|z|k|da|fi)?sh|python[23]?|perl|ruby|node|php|iex|source)\b`;

/**
 * Payloads no escape hatch runs by accident: a download piped into a shell, a shell bound to a
 * socket or a named pipe, fetched code evaluated by an interpreter, a socket wired to a shell.
 */
const PAYLOAD = new RegExp(
  [
    String
      .raw`\b(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n;]{0,300}?\|\s{0,4}${RUNNER}`,
    String.raw`\/dev\/(?:tcp|udp)\/`,
    String.raw`\b(?:nc|ncat|netcat)(?:\s[^\n|;]{0,200}?)?\s-[a-z]{0,3}[ec]\b`,
    String.raw`\b(?:ba|z|k|da)?sh\s{1,4}-i\s{0,4}[<>]`,
    String.raw`\bmkfifo\b[^\n]{0,200}?\b(?:nc|ncat|netcat|telnet|openssl\s{1,4}s_client)\b`,
    String.raw`\bsocat\b[^\n]{0,200}?\b(?:exec|system):`,
    String
      .raw`\b(?:exec|eval|system|popen)\s{0,4}\(?[^\n]{0,200}?\b(?:urlopen|urlretrieve|requests\.get|httpx\.get|DownloadString|Net::HTTP|LWP::Simple|URI\.open|file_get_contents\s{0,4}\(\s{0,4}['"]https?:)`,
    String
      .raw`(?:TCPSocket|IO::Socket::INET|socket\.socket|fsockopen|net\.(?:connect|Socket|createConnection)|new\s{1,4}Socket)[^\n]{0,400}?(?:\/bin\/(?:ba)?sh\b|\bsh\s{1,4}-i\b|cmd\.exe|subprocess|pty\.spawn|os\.dup2|\bexec\b|\bsystem\b|\bspawn\s{0,4}\(|\bpopen\b)`,
  ].join("|"),
  "i",
);
/** A cheap gate: every payload needs one of these words. */
const PAYLOAD_GATE =
  /curl|wget|fetch|iwr|irm|invoke-|\/dev\/|nc|netcat|sh\s|mkfifo|socat|urlopen|urlretrieve|requests|httpx|download|net::|lwp|uri\.|file_get|socket|tcp/i;

/** Programs that take the payload as text to look for, and flags whose value is a message. */
const QUOTES_AS_TEXT =
  /^\s{0,8}(?:sudo\s{1,4})?(?:grep|egrep|fgrep|zgrep|rg|ag|ack|findstr|select-string|sls|git\s{1,4}(?:grep|log|commit|tag|notes)|gh\s{1,4}(?:issue|pr|release))\b|(?:^|\s)(?:-m|--message|--body|--title|--notes?|--description|--comment|--subject)[\s=]{1,4}['"]?[^'"]{0,200}$/i;

/** True when the payload at `at` is quoted as text (a search pattern or a message). */
function quotedAsText(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  // The command segment the payload sits in: after the last newline or `;`/`&&` at the top level
  // (an approximation; quoting inside the segment does not matter for the test).
  const parts = before.split(/\n|;|&&|\|\|/);
  return QUOTES_AS_TEXT.test(parts[parts.length - 1]);
}

/** True when the text before `at` leaves a quoted string open (the payload is a quoted argument). */
function insideQuotes(text: string, at: number): boolean {
  let quote = "";
  for (let i = Math.max(0, at - 2000); i < at; i++) {
    const c = text[i];
    if (quote === "" && c === "\\") i++;
    else if (quote === "" && (c === "'" || c === '"')) quote = c;
    else if (c === quote) quote = "";
  }
  return quote !== "";
}

/**
 * True when the value carries a shell payload as a quoted argument, where a program's escape
 * hatch runs it (or as one item of an argument list, which the shell never quoted). A payload at
 * the top level of the command is left to the detector's own chain and substitution rules.
 */
function hatchPayload(text: string, listItem: boolean): boolean {
  if (!PAYLOAD_GATE.test(text)) return false;
  const m = PAYLOAD.exec(text);
  if (m === null || quotedAsText(text, m.index)) return false;
  return insideQuotes(text, m.index) || (listItem && !/[;&|]/.test(text.slice(0, m.index)));
}

/** A network client's command string in awk, or a gawk network special file. */
const AWK_NET_READ =
  /"\s{0,4}(?:nc|ncat|netcat|socat|telnet|curl|wget|openssl\s{1,4}s_client)\b[^"\n]{0,200}"\s{0,4}\|&?\s{0,4}getline\s{1,4}([a-z_]\w{0,30})|\b([a-z_]\w{0,30})\s{0,4}\|&\s{0,4}getline\s{1,4}([a-z_]\w{0,30})/gi;

/** True when an awk program reads lines from the network and runs them as commands. */
function awkNetworkShell(text: string): boolean {
  if (!/awk\b/i.test(text) || !/getline/i.test(text)) return false;
  const inet = /\/inet6?\/(?:tcp|udp)\//i.test(text);
  AWK_NET_READ.lastIndex = 0;
  for (let m = AWK_NET_READ.exec(text), n = 0; m && n < 8; m = AWK_NET_READ.exec(text), n++) {
    // A coprocess read (`s |& getline c`) is a network read only with a gawk /inet/ file.
    if (m[1] === undefined && !inet) continue;
    const v = m[1] ?? m[3];
    const run = new RegExp(
      String
        .raw`\b${v}\s{0,4}\|&?\s{0,4}getline\b|\bsystem\s{0,4}\(\s{0,4}${v}\b|\|\s{0,4}${v}\b(?!\s{0,4}\|)`,
    );
    if (run.test(text.slice(AWK_NET_READ.lastIndex))) return true;
  }
  return false;
}

/** Decoders of hidden text: hex, base32/64, printf/echo escapes, a reversed literal. */
const DECODER = String
  .raw`(?:\bxxd\s{1,4}(?:-[a-z]{1,3}\s{1,4}){0,3}-r|\bxxd\s{1,4}-[a-z]{0,2}r[a-z]{0,2}\b|\bbase(?:64|32)\s{1,4}(?:-[a-z]{1,3}\s{1,4}){0,3}(?:-d|-D|--decode)\b|\bbasenc\b[^|;\n]{0,60}?\s(?:-d|--decode)\b|\bopenssl\s{1,4}(?:enc\s{1,4})?(?:-[a-z0-9]{1,8}\s{1,4}){0,4}-d\b|\bprintf\s{1,4}(?:%b\s{1,4})?['"]?(?:\\x[0-9a-f]{2}|\\[0-7]{3})|\becho\s{1,4}-[a-z]{0,2}e[a-z]{0,2}\s{1,4}['"]?(?:\\x[0-9a-f]{2}|\\[0-7]{3})|\becho\s{1,4}['"]?[\w.\/-]{3,200}['"]?\s{0,4}\|\s{0,4}rev\b|\brev\s{0,4}<<<)`;
/** Programs that read, copy or send the file they are given. */
const READER = String
  .raw`(?:cat|head|tail|less|more|nl|tac|cp|scp|rsync|mv|curl|nc|ncat|tar|zip|strings|od|xxd|base64|source|rm|shred|get-content|gc)`;
/** Decoded text handed to a reader through xargs or a command substitution. */
const DECODED_TO_READER = new RegExp(
  String
    .raw`${DECODER}[^;&\n]{0,300}?\|\s{0,4}xargs\s{1,4}(?:-\S{1,20}\s{1,4}(?:\{\}\s{1,4})?){0,4}${READER}\b|\b${READER}\s{1,4}(?:-[\w-]{1,20}\s{1,4}(?:\d{1,6}\s{1,4})?){0,4}["']?(?:\$\(|\x60)[^)\x60\n]{0,300}?${DECODER}`,
  "i",
);
const DECODER_GATE = /xxd|base(?:64|32)|basenc|openssl|printf|echo|rev/i;

/**
 * Round-17 techniques in one argument value (`text` raw; `free` for a free-text argument). Free
 * text (messages, notes, documents) quotes such commands in how-tos: only command, argument-list,
 * path and ref values are judged.
 */
export function r17Techniques(
  text: string,
  field: FieldContext,
  free: boolean,
): R17Hit | undefined {
  if (field.stage !== "input" || free || text.length > 8192) return undefined;
  if (awkNetworkShell(text)) {
    return {
      kind: "dangerous_command",
      reason: "runs commands awk reads from a network client (a reverse shell through getline)",
    };
  }
  if (hatchPayload(text, field.path.endsWith("]"))) {
    return {
      kind: "dangerous_command",
      reason:
        "hands a download-and-run or a socket shell to a program's escape hatch (vim :!, pager, -exec, -c, -e)",
    };
  }
  if (DECODER_GATE.test(text) && DECODED_TO_READER.test(text)) {
    return {
      kind: "obfuscated_command",
      reason: "decodes a hidden file name (hex, base64, escapes) and hands it to a file reader",
    };
  }
  return undefined;
}
