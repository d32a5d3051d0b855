import { strictEqual } from "node:assert/strict";
import { codeInjectionDetector, CodeInjectionOptionsSchema } from "./code_injection.ts";

const OPTS = CodeInjectionOptionsSchema.parse({});
const blocks = (key: string, value: string, tool = "run"): boolean =>
  codeInjectionDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

/** [key, value, tool]: paraphrases of the round-15 code techniques, none from the fixtures. */
const ATTACKS: Array<[string, string, string]> = [
  // Server files read through SQL.
  ["query", "SELECT 1 FROM t WHERE a='x' UNION ALL SELECT load_file('/root/.my.cnf')#", "sql"],
  ["sql", "select LOAD_FILE(0x2f726f6f742f2e7373682f69645f727361) as k", "mysql_exec"],
  ["q", "SELECT pg_read_file('/var/lib/postgresql/.pgpass')", "postgres_query"],
  ["id", "1 AND 0 UNION SELECT load_file(char(47,101,116,99,47,104,111,115,116,115))", "get_item"],
  ["query", "SELECT LOAD_FILE('C:\\\\xampp\\\\mysql\\\\bin\\\\my.ini')", "db"],
  // Keywords split by inline comments, executable comments.
  ["query", "SELECT a FROM b WHERE id=2 UNI/**/ON/**/SEL/*x*/ECT user,pass FROM admins", "sql"],
  ["search", "1 AND SL/**/EEP(5)", "find"],
  ["id", "-1 /*!50000UnIoN*/ /*!50000SeLeCt*/ 1,2,3", "lookup"],
  ["filter", "x' un/**/i/**/on sel/**/ect null--", "list"],
];

const BENIGN: Array<[string, string, string]> = [
  ["query", "SELECT LOAD_FILE('uploads/avatar-12.png')", "sql"],
  ["query", "SELECT pg_read_file('postgresql.conf')", "postgres_query"],
  [
    "query",
    "SELECT id, name FROM users /* active only */ WHERE active = 1 UNION SELECT 0, 'none'",
    "sql",
  ],
  ["query", "SELECT /* cost */ sum(amount) FROM invoices", "sql"],
  [
    "text",
    "MySQL's LOAD_FILE() reads a file on the server when FILE privilege is granted",
    "notes",
  ],
  ["code", "/* union of two sets */ const u = new Set([...a, ...b]);", "run"],
  ["query", "/*!40101 SET NAMES utf8mb4 */;", "sql"],
];

Deno.test("code_injection blocks round-15 SQL techniques (paraphrases)", () => {
  for (const [key, value, tool] of ATTACKS) {
    strictEqual(blocks(key, value, tool), true, `${key}: ${value}`);
  }
});

Deno.test("code_injection passes round-15 SQL look-alikes", () => {
  for (const [key, value, tool] of BENIGN) {
    strictEqual(blocks(key, value, tool), false, `${key}: ${value}`);
  }
});
