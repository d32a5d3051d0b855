/**
 * Round-37 obfuscation rules: the dangerous text is only assembled at run time, so each rule
 * rebuilds it the way the interpreter would and then checks the result.
 *
 * - format-string assembly: a template of three or more numbered slots filled from a list of
 *   fragments (PowerShell `"{2}{0}{1}" -f 'a','b','c'`, `format('{0}{1}', 'a', 'b')` in CI
 *   expressions, Python `'{0}{1}'.format(…)`), when the assembled text is a dangerous command;
 * - reversed literals handed to an executor (`REVERSE(N'…')` + `EXEC`, `strrev`, `[::-1]`,
 *   `.reverse().join`, `| rev |`), when the reversed text changes rights or runs a payload;
 * - MySQL versioned comments (`/*!50000GRANT*\/`) that split a rights-changing statement: the
 *   server runs what is inside them;
 * - a live credential base64/base64url-encoded into a URL (a tracking pixel, a query value);
 * - a key dictated in a spelling alphabet with case words and digits in between
 *   (`capital tango, 4, delta …`).
 *
 * One case-insensitive gate first; bounded patterns, no nested unbounded quantifiers.
 */
import { LiteralGate } from "./_literal_gate.ts";

const GATE =
  /\{\d\}|reverse|strrev|\[::-1\]|\|\s{0,2}rev\b|\/\*!\d{5}|https?:\/\/|alfa|alpha|bravo|charlie|delta|foxtrot|tango|kilo|zulu/i;
/** {@link GATE} skipped when none of its literals is in the text (`_literal_gate.ts`). */
const GATED = new LiteralGate(GATE);

/** A command or statement that runs a payload, weakens protection or changes rights. */
const DANGER =
  /\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n|]{0,200}\|\s{0,3}(?:sudo\s{1,3})?(?:ba|z|da|k)?sh\b|\b(?:iex|invoke-expression)\b|\bset-mppreference\b[^\n]{0,60}-disable\w{0,40}|\badd-mppreference\b[^\n]{0,20}-exclusion\w{0,10}|\bdownload(?:string|file)\s{0,2}\(|\bcertutil\b[^\n]{0,40}-urlcache|\bnet\s{1,3}(?:user|localgroup)\b[^\n]{0,80}\/add\b|\/dev\/tcp\/|\bnc\b[^\n]{0,40}\s-e\s|\brm\s{1,3}-rf\s{1,3}\/(?:\s|$)|\bvssadmin\b[^\n]{0,20}delete|\balter\s{1,3}login\b[^\n]{0,120}\b(?:enable|password)\b|\bsp_addsrvrolemember\b|\bcreate\s{1,3}(?:login|user)\b|\bgrant\s{1,3}(?:all|control|sysadmin|dba|super)\b|\bwith\s{1,3}grant\s{1,3}option\b|\bxp_cmdshell\b|\bdrop\s{1,3}(?:database|table|schema|login|user)\b/i;

// --- Format-string assembly --------------------------------------------------------------------

const PS_TEMPLATE = /(?:"([^"\n]{6,600})"|'([^'\n]{6,600})')\s{0,3}\)?\s{0,3}-f\s{0,3}(?=["'])/gi;
const CALL_TEMPLATE =
  /\bformat\s{0,2}\(\s{0,3}(?:"([^"\n]{6,600})"|'([^'\n]{6,600})')\s{0,3},|(?:"([^"\n]{6,600})"|'([^'\n]{6,600})')\.format\s{0,2}\(/gi;
const SLOT = /\{(\d{1,2})\}/g;

/** Quoted strings separated by commas, starting at `at`. */
function quotedList(text: string, at: number): string[] {
  const out: string[] = [];
  let i = at;
  for (let n = 0; n < 60 && i < text.length; n++) {
    while (i < text.length && /[\s,]/.test(text[i])) i++;
    const q = text[i];
    if (q !== "'" && q !== '"') break;
    const end = text.indexOf(q, i + 1);
    if (end < 0 || end - i > 200) break;
    out.push(text.slice(i + 1, end));
    i = end + 1;
    while (i < text.length && text[i] === " ") i++;
    if (text[i] !== ",") break;
  }
  return out;
}

function fill(template: string, args: string[]): string | undefined {
  const slots = template.match(SLOT);
  if (!slots || slots.length < 3 || args.length < 3) return undefined;
  return template.replace(SLOT, (_, d: string) => args[Number(d)] ?? "");
}

function formatAssembled(text: string): boolean {
  for (const re of [PS_TEMPLATE, CALL_TEMPLATE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text), n = 0; m && n < 8; m = re.exec(text), n++) {
      const template = m[1] ?? m[2] ?? m[3] ?? m[4];
      const out = fill(template, quotedList(text, re.lastIndex));
      if (out && DANGER.test(out.replace(/`/g, ""))) return true;
    }
  }
  return false;
}

// --- Reversed literals --------------------------------------------------------------------------

const REVERSER =
  /\breverse\s{0,2}\(\s{0,2}n?'((?:[^']|''){8,4000})'|\bstrrev\s{0,2}\(\s{0,2}(["'])([^"'\n]{8,2000})\2|(["'])([^"'\n]{8,2000})\4\s{0,2}\[::-1\]|(["'])([^"'\n]{8,2000})\6\s{0,3}(?:\.split\(\s{0,2}["']{2}\s{0,2}\)\.reverse\(\)|\|\s{0,2}rev\b)/gi;
const RUNS =
  /\bexec(?:ute)?\b|\bsp_executesql\b|\beval\b|\bexec\s{0,2}\(|\bos\.system\b|\bsubprocess\b|\|\s{0,3}(?:ba|z)?sh\b|\biex\b|\binvoke-expression\b|\bfunction\s{0,2}\(|\bnew\s{1,3}function\b/i;

function reversedDanger(text: string): boolean {
  if (!RUNS.test(text)) return false;
  REVERSER.lastIndex = 0;
  for (let m = REVERSER.exec(text), n = 0; m && n < 8; m = REVERSER.exec(text), n++) {
    const lit = (m[1] ?? m[3] ?? m[5] ?? m[7] ?? "").replace(/''/g, "'");
    if (DANGER.test([...lit].reverse().join(""))) return true;
  }
  return false;
}

// --- MySQL versioned comments -------------------------------------------------------------------

const VERSIONED = /\/\*!\d{5}\s{0,3}([^*]{1,200})\*\//g;

function versionedRights(text: string): boolean {
  VERSIONED.lastIndex = 0;
  const parts: string[] = [];
  for (let m = VERSIONED.exec(text), n = 0; m && n < 200; m = VERSIONED.exec(text), n++) {
    parts.push(m[1].trim());
  }
  if (parts.length < 2) return false;
  return /\b(?:grant\s{1,3}(?:all|super|file|process|create\s{1,3}user)|create\s{1,3}user|alter\s{1,3}user|set\s{1,3}password|with\s{1,3}grant\s{1,3}option|into\s{1,3}(?:out|dump)file|load_file|sys_exec|sys_eval)\b/i
    .test(parts.join(" "));
}

// --- Credentials encoded into a URL --------------------------------------------------------------

const URL_CHUNK =
  /https?:\/\/[^\s"'<>()]{0,80}?[/=?&]([A-Za-z0-9_\-+]{24,400}={0,2})(?=[./?&#"'\s<>]|$)/g;
const LIVE_SECRET =
  /^(?:sk_live_|rk_live_|sk-(?:ant-|proj-)?[A-Za-z0-9]{16}|ghp_|gho_|ghs_|github_pat_|glpat-|xox[abposr]-|AKIA[0-9A-Z]{16}|ASIA[0-9A-Z]{16}|AIza[\w-]{30}|SG\.[\w-]{16}|npm_[A-Za-z0-9]{30}|-----BEGIN [A-Z ]{0,20}PRIVATE KEY)/;

function urlSecret(text: string): boolean {
  URL_CHUNK.lastIndex = 0;
  for (let m = URL_CHUNK.exec(text), n = 0; m && n < 20; m = URL_CHUNK.exec(text), n++) {
    const b64 = m[1].replace(/-/g, "+").replace(/_/g, "/");
    try {
      const decoded = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
      if (LIVE_SECRET.test(decoded)) return true;
    } catch {
      // not base64
    }
  }
  return false;
}

// --- Spelled keys with case words ----------------------------------------------------------------

const NATO =
  "alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|x-?ray|yankee|zulu";
const SPELL_TOKEN = new RegExp(
  String
    .raw`(?:\b(?:capital|upper(?:case)?|lower(?:case)?|small|big|cap)\s{1,3})?(?:\b(?:${NATO})\b|\b\d\b|\b(?:underscore|dash|hyphen|dot|slash|zero|one|two|three|four|five|six|seven|eight|nine)\b)[\s,.;]{1,3}`,
  "gi",
);
const CASE_WORD = /\b(?:capital|upper(?:case)?|lower(?:case)?|small|big|cap)\s/gi;

function spelledWithCase(text: string): boolean {
  SPELL_TOKEN.lastIndex = 0;
  let run = 0, last = -1;
  for (let m = SPELL_TOKEN.exec(text), n = 0; m && n < 400; m = SPELL_TOKEN.exec(text), n++) {
    run = m.index === last ? run + 1 : 1;
    last = m.index + m[0].length;
    if (run >= 20) {
      // Only a dictation that marks letter case (a key, not a call sign or a word list).
      const cased = text.slice(Math.max(0, last - 600), last).match(CASE_WORD);
      return (cased?.length ?? 0) >= 3;
    }
  }
  return false;
}

/** A short description of what was hidden in `text`, or undefined. */
export function r37Obfuscated(text: string): string | undefined {
  if (text.length < 20 || text.length > 100000 || !GATED.test(text)) return undefined;
  if (text.includes("{") && /-f\s{0,3}["']|format\s{0,2}\(/i.test(text) && formatAssembled(text)) {
    return "a command assembled from format-string fragments";
  }
  if (reversedDanger(text)) return "a reversed literal that changes rights or runs a payload";
  if (text.includes("/*!") && versionedRights(text)) {
    return "MySQL versioned comments that hide a rights-changing statement";
  }
  if (text.includes("://") && urlSecret(text)) return "a live credential encoded into a URL";
  if (spelledWithCase(text)) return "a key dictated in a spelling alphabet with case words";
  return undefined;
}
