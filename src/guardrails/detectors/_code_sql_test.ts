import assert from "node:assert/strict";
import { ldapInjection, nosqlScript, sqlInjection, xpathInjection } from "./_code_sql.ts";

const ATTACKS = [
  "ORD-77' UNION ALL SELECT table_name, NULL FROM information_schema.tables#",
  "3 union select email, pw from accounts",
  "jsmith' or 'z'='z",
  "99') OR (1=1",
  "guest'/*",
  "x'||pg_sleep(7)--",
  "18; TRUNCATE TABLE audit_log --",
  "sku-4'; UPDATE products SET price=0 WHERE 1=1; --",
  "5; EXEC xp_cmdshell 'whoami'",
  "abc' ORDER BY 4#",
  "t1') AND EXISTS(SELECT 1 FROM users WHERE name='admin')--",
  // A filter condition pasted after WHERE, then a stacked statement.
  "status = 'open'; DELETE FROM invoices; --",
  "region IN ('eu','us'); DROP TABLE sessions",
  "price >= 10; UPDATE products SET price = 0 WHERE 1 = 1",
  "name LIKE 'a%'; EXEC xp_cmdshell 'dir'",
];
const BENIGN = [
  "Dwayne O'Connor",
  "Tried and true",
  "black or white",
  "ORD-77",
  "pages 1-3; chapters 4 and 5",
  "Hello; select the items from the shelf",
  "Cleanup; delete from the board what is done",
  "SELECT id FROM a UNION SELECT id FROM b",
  "WITH t AS (SELECT 1) SELECT * FROM t; DROP TABLE tmp;",
  "it's 'on' or 'off'",
  "f(x) and g(y)",
  '"quoted" -- a remark',
  "status = 'open' AND total > 100",
  "x = 1; y = 2",
  "note = see the drop table docs; thanks",
];

Deno.test("sqlInjection() flags ids and terms that break out into SQL", () => {
  for (const v of ATTACKS) assert.ok(sqlInjection(v), v);
});

Deno.test("sqlInjection() passes names, prose and values that are whole statements", () => {
  for (const v of BENIGN) assert.equal(sqlInjection(v), false, v);
});

Deno.test("nosqlScript() flags $where/$function scripts but not plain predicates", () => {
  assert.ok(nosqlScript("$where", "sleep(3000) || true"));
  assert.ok(
    nosqlScript("$function", "{ body: function(){ return process.env }, args: [], lang: 'js' }"),
  );
  assert.ok(nosqlScript("$where", "(() => { for(;;){} })()"));
  assert.equal(nosqlScript("$where", "this.credits == this.debits"), false);
  assert.equal(nosqlScript("where", "function() { return 1 }"), false);
});

Deno.test("sqlInjection() reads percent-encoded values and probing sub-selects", () => {
  for (
    const v of [
      "shoes%27%20OR%20%27k%27%3D%27k",
      "42%3B%20DROP%20TABLE%20carts%3B--",
      "price,(SELECT CASE WHEN (SUBSTR(user(),1,1)='r') THEN 1 ELSE 1/0 END)",
      "id,(select sleep(3))",
      "title,(select password from staff limit 1)",
    ]
  ) assert.ok(sqlInjection(v), v);
  for (
    const v of [
      "100%25%20cotton",
      "Choose one (select all that apply)",
      "name,(select from the list below)",
      "a%20b%20c",
    ]
  ) assert.equal(sqlInjection(v), false, v);
});

Deno.test("sqlInjection() reads comments as spaces, WAITFOR after a token and a quote closing a multi-word term", () => {
  for (
    const v of [
      "abc WAITFOR DELAY '00:00:05'",
      "sku-1/**/UNION/**/ALL/**/SELECT/**/user,pass/**/FROM/**/accounts",
      "id5/*x*/OR/**/1=1",
      "red shoes' UNION SELECT card_number FROM payments--",
      'blue widget" AND SLEEP(4)#',
      "new york') OR ('x'='x",
    ]
  ) assert.ok(sqlInjection(v), v);
  for (
    const v of [
      'search "union select" tutorial',
      'He said "or 1=1 is a classic" in the talk',
      'Dune" and "Foundation" books',
      "/* TODO */ cleanup task",
      'Tom\'s "best" burgers or fries',
      "Wait for delay '5 min' message",
    ]
  ) assert.equal(sqlInjection(v), false, v);
});

Deno.test("sqlInjection() flags error-based probes and sub-selects smuggled into a sort column", () => {
  for (
    const v of [
      "7' AND extractvalue(1,concat(0x7e,user()))-- -",
      "abc' OR updatexml(null,concat(0x3a,version()),null)#",
      "5 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))",
      "created_at asc, (select pg_sleep(3))",
      "(CASE WHEN (SELECT count(*) FROM admins)>0 THEN id ELSE name END)",
      "IF((SELECT 1 FROM dual)=1, price, id)",
    ]
  ) assert.ok(sqlInjection(v), v);
  for (
    const v of ["price desc", "created_at DESC, id ASC", "(price * qty) desc", "cast iron pan"]
  ) {
    assert.equal(sqlInjection(v), false, v);
  }
});

Deno.test("ldapInjection() and xpathInjection() flag filter and predicate breakouts, not whole expressions", () => {
  for (
    const v of ["jdoe)(|(objectClass=*)", "*)(mail=*", "x)(!(cn=y))", "admin*)((|userPassword=*)"]
  ) {
    assert.ok(ldapInjection(v), v);
  }
  for (const v of ["f(x)(y=2)", "(uid=jdoe)", "Smith (2019)(ed.)", "a)(b"]) {
    assert.equal(ldapInjection(v), false, v);
  }
  for (const v of ["x'] | //password | //a['", "bob' or name()='user", "' or count(/*)=1 or 'a"]) {
    assert.ok(xpathInjection(v), v);
  }
  for (
    const v of ["//book[@lang='en'] | //magazine", "it's ] | // comment", "user's name or count(*)"]
  ) {
    assert.equal(xpathInjection(v), false, v);
  }
});
