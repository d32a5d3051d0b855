/**
 * Round-14 code-injection mechanisms:
 *
 * - a Smarty tag that is itself a PHP call (`{system('…')}`, `{passthru("id")|escape}`): Smarty
 *   compiles a function tag into PHP, so a command string in it runs on the server;
 * - a graph query that loads a system file (`LOAD CSV FROM 'file:///etc/passwd'`,
 *   `apoc.load.json('file:///root/…')`); the import folder's own files (`file:///people.csv`)
 *   pass;
 * - a filter value (an HQL/JPQL/SQL `where` fragment) with a sub-select that reads or tests a
 *   credential column: a filter compares the caller's rows, it never reads another table's
 *   password hashes.
 */
import type { Rule } from "./_code_rules.ts";

/** The round-14 rules (appended after the round-13 ones). */
export const R14_RULES: Rule[] = [
  {
    kind: "ssti_smarty",
    needles: ["{"],
    // A whole tag: `{`, the call with one quoted command string, optional modifiers, `}`.
    re:
      /\{\s{0,4}(?:if\s{1,4})?(?:system|shell_exec|passthru|exec|popen|proc_open|pcntl_exec)\s{0,4}\(\s{0,4}(?:'[^'\n]{1,300}'|"[^"\n]{1,300}")\s{0,4}(?:,\s{0,4}[^(){}\n]{0,40})?\)\s{0,4}(?:\|[\w:]{1,30}\s{0,4}){0,3}\}/i,
    severity: "high",
    anywhere: true,
    reason: "Smarty tag that calls a PHP command-running function",
  },
  {
    kind: "query_file_access",
    needles: ["file:", "FILE:"],
    re:
      /(?:\bLOAD\s{1,8}CSV\s{1,8}(?:WITH\s{1,8}HEADERS\s{1,8})?FROM|\bapoc\.(?:load|import)\.\w{1,20}\s{0,8}\()\s{0,8}['"]file:\/{0,3}(?:(?:etc|proc|sys|root|home|var|usr|boot|dev|run|windows|users)\/|[a-z]:[\/\\]|[^'"\n]{0,200}?\.\.[\/\\]|[^'"\n]{0,200}?\/\.(?:ssh|aws|gnupg|kube|docker|config)\/)/i,
    severity: "high",
    anywhere: true,
    reason: "Graph query loads a system or home-directory file on the database server",
  },
];

/** Column names that hold credentials (whole names: `password_expired` is not one). */
const CREDENTIAL = String
  .raw`(?:password|password_?hash|passwd|pwd|pass_?hash|hashed_?password|password_?digest|salt|mfa_?secret|totp_?secret|api_?key|secret_?key|client_?secret|private_?key|access_?token|refresh_?token|session_?token|reset_?token)`;
/** A sub-select that returns a credential column, or whose condition tests one (blind reads). */
const CREDENTIAL_SUBQUERY = new RegExp(
  String
    .raw`\(\s{0,8}select\s{1,8}(?:distinct\s{1,8})?(?:[\w\x60"\[\]]{1,40}\.){0,2}[\x60"\[]?${CREDENTIAL}[\x60"\]]?\s{0,8}(?:[,)]|from\b)|\(\s{0,8}select\b[^;\n]{0,200}?\bwhere\b[^;\n]{0,200}?[\s.(]${CREDENTIAL}\s{0,8}(?:like\b|[=<>])`,
  "i",
);
/** Query statements: a query tool's own text is judged elsewhere. */
const STATEMENT = /^\s*\(?\s*(?:select|with|insert|update|delete|merge|call|exec|execute)\b/i;

/** True when a filter value (not a whole statement) sub-selects a credential column. */
export function credentialSubquery(text: string): boolean {
  if (text.length > 2048 || !text.includes("(") || !/select/i.test(text)) return false;
  return !STATEMENT.test(text) && CREDENTIAL_SUBQUERY.test(text);
}
