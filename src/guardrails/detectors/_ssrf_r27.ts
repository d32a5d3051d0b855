/**
 * Round-27 SSRF rule: a SQL statement whose table function or HTTP routine fetches a URL.
 * ClickHouse `url()`/`s3()`/`hdfs()`, DuckDB `read_csv('http…')`, Oracle `UTL_HTTP.REQUEST`,
 * PostgreSQL `http_get()` and MySQL `LOAD_FILE` make the database server itself fetch the
 * address, so a metadata or loopback URL there is a forged request, not a question quoted into a
 * search box. A `query` argument is otherwise weighed as a search sentence (see
 * ./_ssrf_r6_context.ts); a statement that starts like SQL and passes the URL as a fetching
 * function's first argument keeps full weight. A URL in a `WHERE` comparison fetches nothing.
 *
 * Literal gates first (`(` and `://`); bounded patterns, no nested quantifiers.
 */

/** A statement that starts like SQL (after comments and blanks). */
const SQL_START =
  /^\s{0,40}(?:(?:--[^\n]{0,200}\n|\/\*[^*]{0,200}\*\/)\s{0,40}){0,4}(?:select|with|insert|create|copy|attach|from|call|exec|declare|begin)\b/i;
/** A fetching function or routine given a quoted URL first (after a `*Cluster` cluster name). */
const SQL_FETCH =
  /\b(?:url|urlcluster|s3|s3cluster|gcs|hdfs|azureblobstorage|read_(?:csv|csv_auto|parquet|json|json_auto|ndjson|text|blob)|utl_http\s{0,2}\.\s{0,2}(?:request|request_pieces|begin_request)|httpuritype|http_(?:get|post|head|request)|load_file|openrowset|dblink|remote)\s{0,4}\(\s{0,4}(?:bulk\s{1,4}|'[\w{}-]{1,60}'\s{0,4},\s{0,4})?['"](?:https?|ftp|s3|gs):\/\//i;

/** True when `text` is a SQL statement that makes the database fetch a URL. */
export function sqlFetch(text: string): boolean {
  if (text.length > 65536 || !text.includes("(") || !text.includes("://")) return false;
  return SQL_START.test(text) && SQL_FETCH.test(text);
}

/** A documentation placeholder where the host goes: `...`, `…`, `<attacker-host>`. */
const PLACEHOLDER_HOST = /^(?:\.{2,4}|\u2026|<[\w .-]{1,30}>)(?=[\/}\s`'")\]]|$)/;

/**
 * True when the authority starting at `at` in `view` is only a placeholder (`ldap://...` in an
 * advisory): prose naming a scheme, with no host for anything to reach.
 */
export function placeholderAuthority(view: string, at: number): boolean {
  const c = view.charCodeAt(at);
  // Only `.`, `…` and `<` start a placeholder: one comparison for every real host.
  if (c !== 46 && c !== 0x2026 && c !== 60) return false;
  return PLACEHOLDER_HOST.test(view.slice(at, at + 40));
}
