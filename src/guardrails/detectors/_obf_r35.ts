/**
 * Round-35 obfuscation: payloads spelled in a form a pattern does not read.
 *
 * Shell decoders (used by {@link shellDeobfuscate}): bash case-modification expansions
 * (`c=CURL; ${c,,}`, `${x^^}`, `${x~~}`) and cmd.exe string substitution on a variable
 * (`set a=ne@t us@er…` then `!a:@=!` / `%a:@=%`) resolved to what the shell runs.
 *
 * Code checks: code executed from the bytes of a big integer literal (`exec(n.to_bytes(…))`);
 * identifiers spelled by radix-36 numbers (`n.toString(36)` turning numbers into `child_process`,
 * `execSync`, `curl`); SQL run dynamically from an escape-spelled literal (`EXECUTE U&'\0041…'`,
 * `EXECUTE E'\x41…'`, `PREPARE s FROM UNHEX(…)`) whose decoded text is a statement; data hidden in
 * trailing whitespace (a tab/space bit pattern on line ends that decodes to printable text).
 */
import type { Finding } from "../types.ts";

// --- Shell decoders -------------------------------------------------------------------------------

const BASH_ASSIGN =
  /(?:^|[;&|\s(])([A-Za-z_]\w{0,30})=(?:"([^"\n$`]{1,200})"|'([^'\n]{1,200})'|([^\s;&|'"$`]{1,200}))/g;
const CASE_MOD = /\$\{([A-Za-z_]\w{0,30})(,,|\^\^|~~|,|\^|~)\}/g;

/** `${name,,}`-style case changes applied to the values assigned earlier in `text`. */
export function resolveCaseMods(text: string): string {
  if (!text.includes("${") || text.length > 8192) return text;
  CASE_MOD.lastIndex = 0;
  if (!CASE_MOD.test(text)) return text;
  const vars = new Map<string, string>();
  BASH_ASSIGN.lastIndex = 0;
  for (let m = BASH_ASSIGN.exec(text); m && vars.size < 32; m = BASH_ASSIGN.exec(text)) {
    vars.set(m[1], m[2] ?? m[3] ?? m[4]);
  }
  CASE_MOD.lastIndex = 0;
  return text.replace(CASE_MOD, (all, name: string, op: string) => {
    const v = vars.get(name);
    if (v === undefined) return all;
    switch (op) {
      case ",,":
        return v.toLowerCase();
      case "^^":
        return v.toUpperCase();
      case ",":
        return v.charAt(0).toLowerCase() + v.slice(1);
      case "^":
        return v.charAt(0).toUpperCase() + v.slice(1);
      default: {
        const flip = (c: string) => c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
        return op === "~~" ? [...v].map(flip).join("") : flip(v.charAt(0)) + v.slice(1);
      }
    }
  });
}

/** A case-changing expansion in command position (`; ${c,,} -sf …`). */
const CASE_MOD_COMMAND =
  /(?:^|[;&|(`]|\$\(|\bthen|\bdo|\bexec)\s{0,4}["']?\$\{([A-Za-z_]\w{0,30})(?:,,|\^\^|~~|,|\^|~)\}["']?(?=\s|$)/gm;
const RUNNER =
  /^(?:curl|wget|nc|ncat|netcat|socat|telnet|bash|sh|zsh|dash|python[23]?|perl|ruby|php|node|base64|openssl|scp|rsync|ssh|eval|exec|rm|dd|chmod|chown|crontab|sudo|su|useradd|usermod|passwd|iptables|nohup|kubectl|aws|gcloud|az|powershell|pwsh|cmd|certutil|bitsadmin|mshta|rundll32|regsvr32)$/i;

const SECRET_PATH =
  /\/\.(?:kube\/config|ssh\/[\w.-]{1,40}|aws\/credentials|gnupg|docker\/config\.json|git-credentials|netrc|pgpass)|\/etc\/(?:shadow|sudoers|passwd)/g;

/** True when a command word (or a credential path) is produced by a case-changing expansion of an assigned value. */
export function caseModProgram(text: string): boolean {
  if (text.length > 8192 || !text.includes("${")) return false;
  CASE_MOD.lastIndex = 0;
  if (!CASE_MOD.test(text)) return false;
  // A credential path that only the expansion spells (`$HOME/.${k,,}/config`).
  const whole = resolveCaseMods(text).toLowerCase();
  const raw = text.toLowerCase();
  SECRET_PATH.lastIndex = 0;
  for (let p = SECRET_PATH.exec(whole), n = 0; p && n < 8; p = SECRET_PATH.exec(whole), n++) {
    if (!raw.includes(p[0])) return true;
  }
  CASE_MOD_COMMAND.lastIndex = 0;
  const m = CASE_MOD_COMMAND.exec(text);
  if (!m) return false;
  const resolved = resolveCaseMods(text.slice(0, m.index + m[0].length)).slice(m.index).replace(
    /^[\s;&|(`$]{0,6}(?:then|do|exec)?\s{0,4}["']?/,
    "",
  ).replace(/["']$/, "");
  return RUNNER.test(resolved.trim());
}

const CMD_SET = /\bset\s{1,4}"?([A-Za-z_]\w{0,30})=([^&|"\n\r]{1,300})/gi;
const CMD_SUBST = /([!%])([A-Za-z_]\w{0,30}):([^=!%\n]{1,20})=([^!%\n]{0,20})\1/g;

/** cmd.exe `!var:old=new!` / `%var:old=new%` substitutions applied to the `set` values in `text`. */
export function resolveCmdSubstitutions(text: string): string {
  if (text.length > 8192 || !/set\s/i.test(text)) return text;
  CMD_SUBST.lastIndex = 0;
  if (!CMD_SUBST.test(text)) return text;
  const vars = new Map<string, string>();
  CMD_SET.lastIndex = 0;
  for (let m = CMD_SET.exec(text); m && vars.size < 32; m = CMD_SET.exec(text)) {
    vars.set(m[1].toLowerCase(), m[2].trimEnd());
  }
  CMD_SUBST.lastIndex = 0;
  return text.replace(CMD_SUBST, (all, _d: string, name: string, from: string, to: string) => {
    const v = vars.get(name.toLowerCase());
    if (v === undefined) return all;
    // A leading `*` replaces everything up to the first match.
    if (from.startsWith("*")) {
      const at = v.toLowerCase().indexOf(from.slice(1).toLowerCase());
      return at < 0 ? v : to + v.slice(at + from.length - 1);
    }
    return v.split(new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi")).join(to);
  });
}

// --- Code from a big integer ----------------------------------------------------------------------

const INT_EXEC =
  /\b(?:exec|eval|compile)\s{0,2}\(\s{0,2}\(?[\w.]{1,400}\)?\s{0,2}\.to_bytes\s{0,2}\(/;
const INT_VAR = /\b([A-Za-z_]\w{0,30})\s{0,2}=[^=\n][^\n]{0,200}\.to_bytes\s{0,2}\(/;
const BIG_INT = /\b\d{30,}\b/;

function codeFromInteger(text: string): boolean {
  if (!BIG_INT.test(text)) return false;
  if (INT_EXEC.test(text)) return true;
  const v = INT_VAR.exec(text);
  return !!v && new RegExp(String.raw`\b(?:exec|eval|compile)\s{0,2}\(\s{0,2}${v[1]}\b`).test(text);
}

// --- Identifiers spelled by radix-36 numbers -------------------------------------------------------

const RADIX = /\.toString\s{0,2}\(\s{0,2}(2\d|3[0-6])\s{0,2}\)/;
const NUMBER = /\b\d{4,15}\b/g;
const SPELLED =
  /^(?:child|process|exec|execsync|sync|spawn|spawnsync|eval|function|constructor|require|import|curl|wget|sh|bash|powershell|cmd|system|popen|socket|fromcharcode|writefilesync|unlink|rmsync)$/;

function radixSpelled(text: string): boolean {
  const r = RADIX.exec(text);
  if (!r) return false;
  const radix = Number(r[1]);
  const words = new Set<string>();
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text), n = 0; m && n < 64; m = NUMBER.exec(text), n++) {
    const w = Number(m[0]).toString(radix);
    if (SPELLED.test(w)) words.add(w);
  }
  return words.size >= 2;
}

// --- SQL run from an escape-spelled literal -------------------------------------------------------

const DYNAMIC =
  /\bexecute\s{1,4}(?:U&'((?:[^'\n]|'')*)'|E'((?:[^'\n]|'')*)')|\bprepare\s{1,4}\w{1,40}\s{1,4}from\s{1,4}unhex\s{0,2}\(\s{0,2}'([0-9a-f]{8,})'/gi;
const STATEMENT =
  /^\s{0,4}(?:alter|grant|create|drop|delete|update|insert|copy|truncate|revoke|set\s{1,4}role|do|select\s[\s\S]{0,200}\b(?:pg_read_file|lo_import|dblink|into\s{1,4}outfile))\b/i;

function decodeU(body: string): string {
  return body.replace(
    /\\(\+[0-9a-fA-F]{6}|[0-9a-fA-F]{4})/g,
    (_m, h: string) => String.fromCodePoint(parseInt(h.replace("+", ""), 16)),
  );
}
function decodeE(body: string): string {
  return body.replace(
    /\\x([0-9a-fA-F]{1,2})|\\([0-7]{1,3})|\\u([0-9a-fA-F]{4})/g,
    (_m, x, o, u) =>
      String.fromCharCode(x ? parseInt(x, 16) : o ? parseInt(o, 8) : parseInt(u, 16)),
  );
}

function escapedSqlRun(text: string): boolean {
  DYNAMIC.lastIndex = 0;
  for (let m = DYNAMIC.exec(text), n = 0; m && n < 8; m = DYNAMIC.exec(text), n++) {
    let decoded: string;
    if (m[1] !== undefined) decoded = decodeU(m[1]);
    else if (m[2] !== undefined) decoded = decodeE(m[2]);
    else decoded = m[3].replace(/../g, (h) => String.fromCharCode(parseInt(h, 16)));
    // Only a literal that needed decoding: a plain statement is left to the other checks.
    if (decoded.length >= 8 && decoded !== (m[1] ?? m[2]) && STATEMENT.test(decoded)) return true;
  }
  return false;
}

// --- Data in trailing whitespace ------------------------------------------------------------------

/** True when line-end tab/space runs decode (8 bits a line) to mostly printable text. */
export function whitespaceStego(text: string): boolean {
  if (text.length > 60000) return false;
  const runs: string[] = [];
  for (const line of text.split("\n", 2048)) {
    // The line's trailing tab/space run, read backwards (no pattern: runs can be long).
    let i = line.length;
    while (i > 0 && i > line.length - 64 && (line[i - 1] === " " || line[i - 1] === "\t")) i--;
    const run = line.slice(i);
    if (run.length >= 7 && run.includes("\t") && run.includes(" ")) runs.push(run.slice(-8));
    if (runs.length >= 512) break;
  }
  if (runs.length < 12) return false;
  for (const one of ["\t", " "]) {
    let printable = 0;
    for (const r of runs) {
      let c = 0;
      for (const ch of r.padStart(8, one === "\t" ? " " : "\t")) {
        c = (c << 1) | (ch === one ? 1 : 0);
      }
      if (c >= 32 && c < 127) printable++;
    }
    if (printable / runs.length >= 0.9) return true;
  }
  return false;
}

/** Round-35 obfuscated payloads of `text` (code and SQL arguments), or undefined. */
export function r35Obfuscated(text: string, where: string): Finding | undefined {
  const hit = (reason: string): Finding => ({
    detector: "code_injection",
    kind: "obfuscated_code",
    severity: "high",
    reason: `${reason} in ${where}`,
  });
  if (text.includes("to_bytes") && codeFromInteger(text)) {
    return hit("Code executed from the bytes of a large integer literal");
  }
  if (radixSpelled(text)) {
    return hit("Program or API names spelled by radix-encoded numbers");
  }
  if (escapedSqlRun(text)) {
    return hit("SQL run dynamically from an escape-encoded literal");
  }
  if (text.includes("\t\n") && whitespaceStego(text)) {
    return hit("Data hidden as a tab/space bit pattern in trailing whitespace");
  }
  return undefined;
}
