/** The database-abuse check as the detector runs it: database tools, prose, code searches. */
import assert from "node:assert/strict";
import { DBABUSE_GATE_KEYS, DBABUSE_RULES, dbAbuseMechanism, dbAbuseRule } from "./_dbabuse.ts";
import { codeInjectionDetector } from "./code_injection.ts";
import type { FieldContext } from "../types.ts";

const field = (key: string, tool = "query", server = "postgres"): FieldContext => ({
  stage: "input",
  path: `$.${key}`,
  key,
  tool,
  server,
});
const check = (text: string, f: FieldContext = field("sql")) =>
  dbAbuseMechanism(text, f, `"${f.key}"`);

const HARVEST = "SELECT usename, passwd FROM pg_shadow";

Deno.test("dbabuse: a statement to a database tool is reported", () => {
  const got = check(HARVEST);
  assert.ok(got);
  assert.equal(got.detector, "code_injection");
  assert.equal(got.kind, "database_abuse");
  assert.match(got.reason, /db\.pg_password_hashes/);
  assert.ok(check("CONFIG GET requirepass", field("command", "redis_command", "redis")));
  assert.ok(check('{"usersInfo": 1, "showCredentials": true}', field("command", "run", "mongodb")));
  assert.ok(check(HARVEST, field("query", "run_query")));
});

Deno.test("dbabuse: the detector reports it when nothing more specific does", () => {
  const opts = codeInjectionDetector.optionsSchema.parse({});
  const got = codeInjectionDetector.scan(
    "SELECT rolname, rolpassword FROM pg_authid",
    field("sql"),
    opts,
  );
  assert.equal(got.length, 1);
  assert.equal(got[0].kind, "database_abuse");
});

Deno.test("dbabuse: output stage, search arguments, prose and code searches pass", () => {
  assert.equal(check(HARVEST, { ...field("sql"), stage: "output" }), undefined);
  assert.equal(check(HARVEST, field("pattern", "search_code", "github")), undefined);
  assert.equal(check("xp_cmdshell 'whoami'", field("q", "search_code", "github")), undefined);
  assert.equal(check("grep -rn \"EXEC xp_cmdshell 'dir'\" src/legacy/"), undefined);
  assert.equal(
    check(
      "The audit found that `SELECT usename, passwd FROM pg_shadow` was run by the old backup script, so we removed that step and rotated every password.",
    ),
    undefined,
  );
  assert.equal(
    check(
      "Never run EXEC xp_cmdshell 'whoami' on a production server, because it hands the SQL Server service account to whoever controls the query.",
    ),
    undefined,
  );
});

Deno.test("dbabuse: rule ids unique, literals lower-case, gate keys present", () => {
  const ids = new Set<string>();
  for (const r of DBABUSE_RULES) {
    assert.ok(!ids.has(r.id), r.id);
    ids.add(r.id);
    for (const l of typeof r.lit === "string" ? [r.lit] : r.lit) {
      assert.equal(l, l.toLowerCase(), `${r.id}: ${l}`);
      assert.ok(l.length >= 2, `${r.id}: ${l}`);
    }
  }
  assert.ok(DBABUSE_RULES.length >= 60, `${DBABUSE_RULES.length} rules`);
  assert.ok(DBABUSE_GATE_KEYS.length > 0);
});

Deno.test("dbabuse: ordinary database work opens no rule", () => {
  for (
    const s of [
      "SELECT pid, state, query FROM pg_stat_activity WHERE state <> 'idle'",
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
      "EXPLAIN SELECT * FROM orders WHERE customer_id = 42",
      "CREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id)",
      "SELECT count(*) FROM users",
      "INFO replication",
      "GRANT SELECT ON orders, invoices TO reporting_ro",
      "UPDATE users SET password_hash = $1 WHERE id = $2",
      "db.orders.aggregate([{ $match: { status: 'A' } }, { $out: 'order_totals' }])",
      "EXECUTE sp_configure N'show advanced options'",
    ]
  ) assert.equal(dbAbuseRule(s)?.id, undefined, s);
});
