/**
 * Round-45 false-positive fixes of the SSRF detector (loopback hits recorded, not blocked):
 *
 * - a container definition's own health check: a Dockerfile `HEALTHCHECK … CMD curl
 *   http://127.0.0.1:3000/healthz`, a Compose `healthcheck: test: [… "http://localhost:8080/…"]`.
 *   The command runs INSIDE the container against its own port; the gateway fetches nothing. Only
 *   when every loopback URL of the value sits on such a line, and the value is a Dockerfile (a
 *   `FROM` line) or a Compose file (`services:`);
 * - a document being published or stored (an article, a page, a post) whose loopback URLs all sit
 *   inside code (a fenced block or an inline code span): an example for the reader's own machine,
 *   rendered as literal text, never a link a platform previews.
 *
 * - the server a database tool connects to (`execute_sql {server: "sql-acct.corp.local"}`): an
 *   internal NAME there is recorded, like an SSH tool's target (./_ssrf_r26.ts).
 *
 * Private addresses and metadata hits keep their weight in every case. Bounded, no nested
 * quantifiers over overlapping classes.
 */
import type { FieldContext, Finding } from "../types.ts";

/** Loopback URLs (bounded: values are scanned up to 64 per value). */
const LOOPBACK_URL_G =
  /\b[a-z][a-z0-9+.-]{1,10}:\/\/(?:[^\s/@"'`]{1,80}@)?(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|0\.0\.0\.0)(?=[:/\s"'`,\])]|$)/gi;

/** A Dockerfile (a FROM instruction) or a Compose file (a top-level `services:`). */
const CONTAINER_FILE = /^\s{0,4}FROM\s{1,4}\S{1,200}|^services\s{0,2}:\s{0,4}$/m;
/** A health-check line: Dockerfile `HEALTHCHECK`, Compose `test:` / `healthcheck:` entries. */
const HEALTH_LINE = /^\s{0,12}(?:HEALTHCHECK\b|-?\s{0,4}test\s{0,2}:|healthcheck\s{0,2}:)/i;

/** The line of `text` holding offset `i`, and the line before it when that one continues (`\`). */
function lineAt(text: string, i: number): string {
  const from = text.lastIndexOf("\n", i - 1) + 1;
  const stop = text.indexOf("\n", i);
  const line = text.slice(from, stop === -1 ? text.length : stop);
  if (from < 2 || text[from - 2] !== "\\") return line;
  const prev = text.lastIndexOf("\n", from - 2) + 1;
  return text.slice(prev, from - 1) + line;
}

/** True when every loopback URL of `text` is on a container health-check line. */
export function containerHealthcheckOnly(text: string): boolean {
  if (text.length > 50000 || !CONTAINER_FILE.test(text)) return false;
  let n = 0;
  LOOPBACK_URL_G.lastIndex = 0;
  for (let m = LOOPBACK_URL_G.exec(text); m; m = LOOPBACK_URL_G.exec(text)) {
    if (++n > 64 || !HEALTH_LINE.test(lineAt(text, m.index))) return false;
  }
  return n > 0;
}

/** Tools that publish or store a document. */
const DOC_TOOL =
  /(?:page|doc|document|wiki|note|post|comment|article|blog|issue|ticket|report|writeup|readme|gist)/i;
const WRITING_TOOL =
  /(?:^|[_\-.\s])(?:write|create|save|put|edit|append|update|post|publish|submit|add)(?:[_\-.\s]|$)|^(?:write|create|save|edit|append|update|put|post|publish|submit|add)[A-Z]/i;
/** Keys that hold the document's text. */
const BODY_KEY =
  /^(?:body|content|contents|markdown|md|page_content|doc_content|page_body|text|article|post_body|html)$/i;

/** True when offset `i` of `text` is inside a fenced code block or an inline code span. */
function inCode(text: string, i: number): boolean {
  let fences = 0;
  const FENCE = /^\s{0,3}(?:```|~~~)/gm;
  FENCE.lastIndex = 0;
  for (let m = FENCE.exec(text); m && m.index < i; m = FENCE.exec(text)) fences++;
  if (fences % 2 === 1) return true;
  const from = text.lastIndexOf("\n", i - 1) + 1;
  const stop = text.indexOf("\n", i);
  const line = text.slice(from, stop === -1 ? text.length : stop);
  const before = line.slice(0, i - from).split("`").length - 1;
  return before % 2 === 1 && line.indexOf("`", i - from) >= 0;
}

/** True when `text`, the body of a document a tool publishes, has loopback URLs only in code. */
export function publishedLoopbackInCode(text: string, field: FieldContext): boolean {
  const tool = field.tool ?? "";
  if (
    field.stage !== "input" || text.length > 50000 || !BODY_KEY.test(field.key ?? "") ||
    !DOC_TOOL.test(tool) || !WRITING_TOOL.test(tool) || !text.includes("`") &&
      !text.includes("~~~")
  ) return false;
  let n = 0;
  LOOPBACK_URL_G.lastIndex = 0;
  for (let m = LOOPBACK_URL_G.exec(text); m; m = LOOPBACK_URL_G.exec(text)) {
    if (++n > 64 || !inCode(text, m.index)) return false;
  }
  return n > 0;
}

/** A database engine, by the server's or the tool's name. */
const DB_NAME =
  /(?:^|[_\-.\s])(?:mssql|sqlserver|postgres(?:ql)?|pg|mysql|mariadb|mongo(?:db)?|oracle|clickhouse|cassandra|db2|sybase|cockroach(?:db)?|timescale(?:db)?)(?:[_\-.\s]|$)|^(?:mssql|sqlserver|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|oracle|clickhouse)/i;
/** A tool that runs a query on the server it names. */
const DB_TOOL =
  /^(?:execute|run|exec)[_\-.]?(?:sql|query|statement)s?$|^(?:sql|query)[_\-.]?(?:exec|execute|run)$/i;
/** The argument naming the database server a database tool connects to. */
const DB_HOST_KEY =
  /^(?:host|hostname|server|server_name|servername|instance|db_host|database_host|sql_server|dbserver)$/i;

/**
 * True when `field` is the server a database tool connects to (`execute_sql {server:
 * "sql-acct.corp.local"}`): an internal NAME there is the operator's database, reached over the
 * tool's own authenticated protocol, not a URL forged through a fetcher. What the call does is
 * judged from its SQL; addresses (loopback, private, metadata) keep their weight.
 */
export function dbTargetHost(field: FieldContext): boolean {
  if (field.stage !== "input" || !DB_HOST_KEY.test(field.key ?? "")) return false;
  const tool = field.tool ?? "";
  return DB_TOOL.test(tool) && (/sql/i.test(tool) || DB_NAME.test(field.server ?? ""));
}

/** `findings` with the loopback hits of the two round-45 cases recorded (low). */
export function r45Weighted(findings: Finding[], text: string, field: FieldContext): Finding[] {
  if (dbTargetHost(field) && findings.some((f) => f.kind === "internal_hostname")) {
    findings = findings.map((f) => f.kind === "internal_hostname" ? { ...f, severity: "low" } : f);
  }
  if (
    field.stage !== "input" || !findings.some((f) => f.kind === "loopback") ||
    !(containerHealthcheckOnly(text) || publishedLoopbackInCode(text, field))
  ) return findings;
  return findings.map((f) => f.kind === "loopback" ? { ...f, severity: "low" } : f);
}
