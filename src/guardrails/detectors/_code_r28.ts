/**
 * Round-28 code-injection rules and one false-positive fix:
 *
 * - a SQL statement whose destination is outside the database: ClickHouse `INSERT INTO FUNCTION
 *   url(…)`/`remote(…)`/`remoteSecure(…)`/`mysql(…)`/`postgresql(…)` (the server posts the rows to
 *   an HTTP endpoint or another server), `COPY … TO 'http(s)://…'` (DuckDB httpfs and kin), and
 *   any remote write (`INSERT INTO FUNCTION s3(…)`, `COPY … TO 's3://…'`, `UNLOAD … TO`, `EXPORT
 *   DATA`) whose rows come from a server-side file (`file('/…')`, `pg_read_file`, `read_text`).
 *   Postgres `COPY … TO PROGRAM` and MySQL `INTO OUTFILE` are judged by ./_code_sql.ts already;
 *   reading a URL into a table (`SELECT … FROM url(…)`) is the SSRF detector's;
 * - a server-side file read by a SQL table function with an absolute system path (ClickHouse
 *   `file('/etc/…')`, DuckDB `read_text('/root/…')`);
 * - false positive: a JavaScript runner's `execFileSync('git', ['status', '--short'])`: the
 *   program and its argument list are literals, so the command line is joined and judged by the
 *   read-only list of ./_code_r20_spawn.ts (git status/log/diff, ls, date …).
 *
 * Literal gates first; bounded patterns, no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";
import { readOnlySpawn } from "./_code_r20_spawn.ts";
import { literalListWords } from "./_code_r27.ts";
import { lowerOnce } from "../text/lower.ts";

/** A write into a table function that sends rows over the network. */
const NET_WRITE =
  /\binsert\s{1,4}into\s{1,4}(?:table\s{1,4})?function\s{1,4}(?:url|urlcluster|remote|remotesecure|mysql|postgresql|mongodb|redis|odbc|jdbc)\s{0,4}\(|(?:^|[;\n])\s{0,40}copy\s{1,4}(?:\([^;]{1,400}?\)|[\w."]{1,80}(?:\s{0,4}\([\w\s,"]{0,200}\))?)\s{1,4}to\s{1,4}'(?:https?|ftp):\/\//i;
/** Any write to a remote destination (object stores included). */
const REMOTE_WRITE =
  /\binsert\s{1,4}into\s{1,4}(?:table\s{1,4})?function\s{1,4}\w{1,30}\s{0,4}\(|\bcopy\b[^;]{0,400}?\bto\s{1,4}'[a-z0-9]{1,10}:\/\/|\bunload\b[^;]{0,400}?\bto\s{1,4}'|\bexport\s{1,4}data\b/i;
/** A server-side file read through a SQL function, with an absolute path. */
const SERVER_FILE =
  /\b(?:file|read_text|read_blob|read_csv(?:_auto)?|read_json(?:_auto)?|pg_read_file|pg_read_binary_file|load_file)\s{0,4}\(\s{0,4}'(?:\/|[a-z]:[\\/]|file:\/\/)/i;
/** An absolute system path in such a read (not a user_files-relative name). */
const SYSTEM_FILE =
  /\b(?:file|read_text|read_blob)\s{0,4}\(\s{0,4}'\/(?:etc|root|home|proc|var|usr|opt|srv|run|sys|boot)\//i;

/** Round-28 SQL mechanisms of `text`, or undefined. */
export function r28Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  if (field.stage !== "input" || text.length > 65536) return undefined;
  const low = lowerOnce(text.length > 4096 ? text.slice(0, 4096) : text);
  // The literals each SQL form needs, together ("export" and "copy" alone fill ordinary code).
  const writes = (low.includes("insert") && low.includes("function")) ||
    (low.includes("copy") && low.includes("://")) || low.includes("unload") ||
    (low.includes("export") && low.includes("data"));
  if (writes && (NET_WRITE.test(text) || (REMOTE_WRITE.test(text) && SERVER_FILE.test(text)))) {
    return {
      detector: "code_injection",
      kind: "sql_exfiltration",
      severity: "high",
      reason:
        `SQL in ${where} writes query results to a remote endpoint (INSERT INTO FUNCTION url/remote, COPY TO a URL)`,
    };
  }
  if ((low.includes("file(") || low.includes("read_")) && SYSTEM_FILE.test(text)) {
    return {
      detector: "code_injection",
      kind: "sql_file_access",
      severity: "high",
      reason: `SQL in ${where} reads a system file on the database server through a table function`,
    };
  }
  return undefined;
}

/** `execFile('git', ['a', 'b'])` and kin: a literal program, then a literal argument list. */
const ARGV_CALL =
  /\b(execFile|execFileSync|spawn|spawnSync)\s{0,4}\(\s{0,4}(['"])([\w.\/-]{1,60})\2\s{0,4},\s{0,4}\[([^\]\n]{0,400})\]/g;

/**
 * True when `text`, given to a JavaScript runner, spawns only literal read-only commands once each
 * `execFile(prog, [args])` call is read as the command line `prog args`.
 */
export function readOnlyArgvSpawn(text: string, field: FieldContext): boolean {
  if (text.length > 2000 || !text.includes("[")) return false;
  let changed = false;
  let bad = false;
  ARGV_CALL.lastIndex = 0;
  const joined = text.replace(ARGV_CALL, (all, fn: string, _q: string, prog: string, body) => {
    const words = literalListWords(body);
    if (!words || words.some((w) => w.includes(","))) {
      bad = true;
      return all;
    }
    changed = true;
    return `${fn}('${[prog, ...words].join(" ")}'`;
  });
  return changed && !bad && readOnlySpawn(joined, field);
}
