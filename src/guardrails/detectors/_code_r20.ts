/**
 * Round-20 code-injection mechanisms:
 *
 * - Redis pointed at a file that runs or grants access later: `CONFIG SET dir /root/.ssh` +
 *   `CONFIG SET dbfilename authorized_keys` (then `SAVE`) writes the dump, with the attacker's key
 *   in a value, as an SSH key list, a crontab, a shell start-up file or a web page. Judged alike
 *   as a plain command and as `redis.call('CONFIG','SET',…)` inside an `EVAL` Lua script (the
 *   same command, one level down);
 * - a spreadsheet formula that fetches a URL by itself (`IMAGE`, `IMPORTXML`, `IMPORTDATA`,
 *   `WEBSERVICE`) whose URL is a literal joined with `&` to anything that reads cells — a range in
 *   `TEXTJOIN`/`CONCAT`, a sheet-qualified range (`Payroll!A1:D200`): the base rule only knew a
 *   cell right after the `&`.
 *
 * Judged once per argument (raw text, input stage) behind literal gates; every pattern is bounded
 * with no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";

/** Between two words of a Redis command: spaces, or Lua's `','` between string arguments. */
const SEP = String.raw`['"]?(?:\s{0,4},\s{0,4}|\s{1,4})['"]?`;
/** `CONFIG SET dir|dbfilename VALUE` in plain or `redis.call('CONFIG','SET',…)` form. */
const REDIS_CONFIG_FILE = new RegExp(
  String
    .raw`\bCONFIG${SEP}SET${SEP}(?:dir|dbfilename)${SEP}([^'"\s,)]{1,200})`,
  "gi",
);
/** Where a Redis dump becomes code or access: SSH keys, cron, start-up files, web roots. */
const REDIS_TARGET =
  /authorized_keys|\.ssh\b|\bcron|\/spool\b|\.(?:bashrc|profile|zshrc|bash_profile)\b|profile\.d\b|\.(?:php\d?|phtml|jsp|jspx|aspx?|cgi)$|\/var\/www\b|\/srv\/http\b|htdocs|wwwroot|\\startup\b|\/systemd\/|\.service$/i;

/** What a spreadsheet formula starts with. */
const FORMULA_LEAD = /^[\s'"]{0,4}[=+@]/;
/** A fetching formula whose URL literal is joined (`&`) to a cell or range read. */
const FORMULA_URL_JOIN =
  /\b(?:IMPORTXML|IMPORTDATA|IMPORTHTML|IMPORTFEED|IMAGE|WEBSERVICE)\s{0,4}\(\s{0,4}"[a-z]{3,8}:\/\/[^"\n]{1,300}"\s{0,4}&[^\n]{0,300}?(?:!\$?[A-Z]{1,3}\$?\d{1,7}|\b\$?[A-Z]{1,3}\$?\d{1,7}\s{0,2}:\s{0,2}\$?[A-Z]{1,3}\$?\d{1,7}|\b(?:TEXTJOIN|CONCAT|CONCATENATE|JOIN|ARRAYFORMULA|FILTER|QUERY|INDIRECT)\s{0,4}\()/i;

/** The round-20 finding for an argument value, or undefined (`where` names the value). */
export function r20Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  if (field.stage !== "input" || text.length > 65536) return undefined;
  if (redisGate(text) && redisWritesTarget(text)) {
    return {
      detector: "code_injection",
      kind: "redis_file_write",
      severity: "critical",
      reason:
        `Redis command in ${where} points its dump file at SSH keys, cron, a start-up file or a web root (CONFIG SET dir/dbfilename)`,
    };
  }
  // A formula starts with `=`, `+` or `@` (the base rule's lead): an O(1) gate.
  if (FORMULA_LEAD.test(text) && (text.includes('"&') || text.includes('" &'))) {
    const m = FORMULA_URL_JOIN.exec(text);
    if (m) {
      return {
        detector: "code_injection",
        kind: "formula_injection",
        severity: "high",
        reason:
          `Spreadsheet formula in ${where} sends cell ranges to a URL each time the sheet recalculates`,
        start: m.index,
        end: m.index + m[0].length,
      };
    }
  }
  return undefined;
}

/**
 * The gate of the Redis rule: a dump written as a file that runs or grants access needs its name
 * set (`authorized_keys`, `root` under cron, `x.php`); `dir` alone keeps `dump.rdb`, and an
 * absolute `dir` like `/root/.ssh` is the path detector's. Two literal scans, no regex.
 */
function redisGate(text: string): boolean {
  return text.includes("dbfilename") || text.includes("DBFILENAME");
}

/** True when a `CONFIG SET dir|dbfilename` value is a place where a dump runs or grants access. */
function redisWritesTarget(text: string): boolean {
  REDIS_CONFIG_FILE.lastIndex = 0;
  for (
    let m = REDIS_CONFIG_FILE.exec(text), n = 0;
    m && n < 8;
    m = REDIS_CONFIG_FILE.exec(text), n++
  ) {
    if (REDIS_TARGET.test(m[1])) return true;
  }
  return false;
}
