import { strictEqual } from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import type { FieldContext } from "../types.ts";

const field: FieldContext = { stage: "output", path: "$.content[0].text" };
const opts = { min_entropy: 3, allow_patterns: [], kinds: undefined };
const found = (text: string) =>
  secretsDetector.scan(text, field, opts).filter((f) => f.severity !== "low");
// Passwords are assembled at run time so this file holds no scannable credential line.
const PW = "Hx7" + "#qLm2" + "!Vb9tR";

Deno.test("secrets redacts the password field of .pgpass lines", () => {
  const cases = [
    `db.internal:5432:orders:svc_orders:${PW}`,
    `$ cat $PGPASSFILE\n10.0.4.12:*:*:replicator:${PW}\n`,
    `pgbouncer.prod:6432:app:app_rw:${PW}`,
    `# .pgpass\nanalytics-db:5439:dw:etl:${PW}`,
  ];
  for (const text of cases) {
    const f = found(text);
    strictEqual(f.length > 0, true, text);
    strictEqual(text.slice(f[0].start, f[0].end), PW, text);
  }
});

Deno.test("secrets passes colon-separated lines that are not .pgpass entries", () => {
  const cases = [
    "web-01:8080:GET:/health:200",
    "localhost:5432:mydb:postgres:*",
    "db.internal:5432:orders:svc_orders:$PGPASSWORD",
    "12:30:45:10:2026",
    "hostname:port:database:username:password",
  ];
  for (const text of cases) strictEqual(found(text).length, 0, text);
});
