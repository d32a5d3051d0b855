/**
 * Round-36 obfuscation rules: a payload (or a secret) rebuilt at run time so no literal shows.
 *
 * - a number printed as bytes into a shell (`dc -e '<digits> P' | sh`, `printf` of a big integer);
 * - Python identifiers written in fullwidth letters (`__ｉｍｐｏｒｔ__`, `.ｓｙｓｔｅｍ(`): NFKC makes
 *   them the real names, but every keyword check misses them;
 * - a CI secret whose name is assembled by an expression (`secrets[format(…)]`, `secrets[join(…)]`);
 * - a provisioner or hook command that is an encoded literal decoded at apply time
 *   (`command = base64decode("…")`);
 * - SQL text decoded from hex/base64 and run as dynamic SQL (`HEXTORAW` … `EXECUTE IMMEDIATE`,
 *   `UNHEX`/`FROM_BASE64` … `PREPARE`, `CONVERT(…, 0x…)` … `sp_executesql`) when the decoded
 *   literal changes data, schema or rights (a hidden read-only query is round 18's look-alike);
 * - a command spliced from three or more environment references in a Kubernetes spec
 *   (`$(P1)$(P2)$(P3)`);
 * - exec/eval of a home-made decoder applied to a long literal;
 * - a uuencoded file whose decoded text carries credentials (`KEY=`, `password`, `user:pass@`);
 * - a key dictated in a spelling alphabet (16+ NATO words or digit names in a row).
 *
 * One case-insensitive gate first; bounded patterns, no nested quantifiers.
 */
import { LiteralGate } from "./_literal_gate.ts";

const GATE =
  /\bdc\b|[\uff21-\uff3a\uff41-\uff5a]|secrets\s{0,2}\[|base64decode|base64gunzip|hextoraw|unhex|from_base64|cast_to_varchar2|\$\([A-Z]|exec|eval|begin\s[0-7]{3}\s|alfa|alpha|bravo|charlie|delta|echo|foxtrot|kilo|tango|zulu/i;
/** {@link GATE} skipped when none of its literals is in the text (`_literal_gate.ts`). */
const GATED = new LiteralGate(GATE);

const NUMBER_TO_SHELL =
  /\bdc\s{1,4}(?:-e\s{0,4})?['"]\s{0,4}\d{40,}[^'"]{0,40}P['"]?[^|\n]{0,40}\|\s{0,3}(?:sudo\s{1,4})?(?:ba|z|da|k)?sh\b|\b(?:echo|printf)\s{1,4}(?:-\w\s{1,4})?['"]?\s{0,4}\d{40,}[^'"|\n]{0,40}P\b['"]?\s{0,4}\|\s{0,3}dc\b[^|\n]{0,20}\|\s{0,3}(?:sudo\s{1,4})?(?:ba|z|da|k)?sh\b|\bdc\b[^|\n<]{0,20}<<<\s{0,4}['"]?\s{0,4}\d{40,}[^'"|\n]{0,40}P\b['"]?[^|\n]{0,40}\|\s{0,3}(?:sudo\s{1,4})?(?:ba|z|da|k)?sh\b/;

const FULLWIDTH_IDENT =
  /__[\uff41-\uff5a]{2,12}__|\.[\uff41-\uff5a]{3,20}\s{0,2}\(|\b(?:import|from)\s{1,4}[\uff41-\uff5a]{2,20}|[\uff41-\uff5a]{2,20}\s{0,2}\(/;
/** A few fullwidth letters inside otherwise ASCII code: the names are built to dodge keywords. */
const CODE_SHAPE = /\b(?:import|def|return|lambda|exec|eval|os|sys|subprocess)\b|__\w{0,12}__/;

const CI_SECRET_BUILT =
  /\bsecrets\s{0,2}\[\s{0,2}(?:format|join|concat|replace|tojson|fromjson)\s{0,2}\(/i;

const DECODED_COMMAND =
  /\b(?:command|interpreter|inline|script|cmd)\s{0,4}=\s{0,4}\[?\s{0,4}(?:base64decode|base64gunzip|textdecodebase64|rot13)\s{0,2}\(/i;

const SQL_DECODE =
  /\b(?:hextoraw|cast_to_varchar2|base64_decode|unhex|from_base64|convert_from\s{0,2}\(\s{0,2}decode)\s{0,2}\(/i;
const SQL_DYNAMIC =
  /\bexecute\s{1,4}immediate\b|\bsp_executesql\b|\bprepare\s{1,4}\w{1,40}\s{1,4}from\b|\bexec(?:ute)?\s{0,2}\(\s{0,2}@\w|\bdbms_sql\.parse\b/i;

/** Hex and base64 literals in the statement. */
const SQL_LITERAL =
  /'([0-9a-f]{16,4000})'|\b0x([0-9a-f]{16,4000})\b|'([a-z0-9+\/]{4,4000}={0,2})'/gi;
/** A statement that changes data, schema or rights (a decoded read-only query is left alone). */
const CHANGING_SQL =
  /\b(?:create|alter|drop|grant|revoke|insert|update|delete|truncate|merge|exec(?:ute)?|xp_\w{2,30}|copy|load\s{1,4}data|into\s{1,4}(?:out|dump)file|shutdown|rename)\b/i;

/** True when a hex/base64 literal decodes to a statement that changes something. */
function decodedSqlChanges(text: string): boolean {
  SQL_LITERAL.lastIndex = 0;
  for (let m = SQL_LITERAL.exec(text), n = 0; m && n < 16; m = SQL_LITERAL.exec(text), n++) {
    let decoded = "";
    const hex = m[1] ?? m[2];
    if (hex) {
      for (let i = 0; i + 1 < hex.length; i += 2) {
        decoded += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
      }
    } else {
      try {
        decoded = atob(m[3]);
      } catch {
        continue;
      }
    }
    if (CHANGING_SQL.test(decoded)) return true;
  }
  return false;
}

const SPLICED_ENV =
  /\$\([A-Z][A-Z0-9_]{0,30}\)\s{0,2}\$\([A-Z][A-Z0-9_]{0,30}\)\s{0,2}\$\([A-Z][A-Z0-9_]{0,30}\)/;

const EXEC_DECODED =
  /\b(?:exec|eval)\s{0,2}\(\s{0,2}(?!base64|bytes|str|compile\b)[a-z_]\w{0,20}\s{0,2}\(\s{0,2}[rbu]?['"][A-Za-z0-9+\/=_-]{120,}['"]\s{0,2}\)/i;

const SPELLING_WORD = String
  .raw`(?:alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|x-?ray|yankee|zulu|zero|one|two|three|four|five|six|seven|eight|nine|underscore|dash|hyphen)`;
const SPELLED = new RegExp(String.raw`(?:\b${SPELLING_WORD}\b[\s,.;-]{1,3}){16}`, "i");

const UU_BLOCK = /^begin\s[0-7]{3}\s\S{1,80}\r?\n((?:[\x20-\x60]{2,61}\r?\n){1,400})/m;
const CREDENTIAL_TEXT =
  /\b[A-Z][A-Z0-9_]{0,40}(?:KEY|SECRET|TOKEN|PASSWORD|PASSWD|PWD)\w{0,10}\s{0,2}=\s{0,2}\S{8,}|\b(?:sk|rk)_live_\w{10,}|\bAKIA[0-9A-Z]{16}\b|:\/\/[^\s:@\/]{1,60}:[^\s@\/]{4,80}@/;

/** The text of the first uuencoded block in `text`, or "". */
function uudecode(text: string): string {
  const m = UU_BLOCK.exec(text);
  if (!m) return "";
  let out = "";
  for (const line of m[1].split(/\r?\n/)) {
    if (line.length === 0) continue;
    const n = (line.charCodeAt(0) - 32) & 63;
    if (n === 0) break;
    let bytes = "";
    for (let i = 1; i + 3 < line.length + 3 && bytes.length < n; i += 4) {
      const c = [0, 1, 2, 3].map((k) => ((line.charCodeAt(i + k) || 32) - 32) & 63);
      bytes += String.fromCharCode(
        (c[0] << 2) | (c[1] >> 4),
        ((c[1] & 15) << 4) | (c[2] >> 2),
        ((c[2] & 3) << 6) | c[3],
      );
    }
    out += bytes.slice(0, n);
    if (out.length > 20000) break;
  }
  return out;
}

/** A round-36 obfuscation technique in `text`, or undefined. */
export function r36Obfuscated(text: string): string | undefined {
  if (text.length < 20 || text.length > 100000 || !GATED.test(text)) return undefined;
  if (NUMBER_TO_SHELL.test(text)) return "a number printed as bytes and piped into a shell";
  if (FULLWIDTH_IDENT.test(text) && CODE_SHAPE.test(text)) {
    return "code names written in fullwidth letters (the interpreter folds them to the real names)";
  }
  if (CI_SECRET_BUILT.test(text)) return "a CI secret looked up by a name built at run time";
  if (DECODED_COMMAND.test(text)) {
    return "a command that is an encoded literal decoded at apply time";
  }
  if (SQL_DECODE.test(text) && SQL_DYNAMIC.test(text) && decodedSqlChanges(text)) {
    return "SQL decoded from hex/base64 and run as dynamic SQL";
  }
  if (SPLICED_ENV.test(text)) return "a command spliced together from environment references";
  if (EXEC_DECODED.test(text)) return "exec/eval of a custom decoder applied to a long literal";
  if (text.includes("begin") && CREDENTIAL_TEXT.test(uudecode(text))) {
    return "a uuencoded file that carries credentials";
  }
  if (SPELLED.test(text)) return "a key dictated in a spelling alphabet";
  return undefined;
}
