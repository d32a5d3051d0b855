import assert from "node:assert/strict";
import { nosqlScript, sqlInjection } from "./_code_sql.ts";

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
