/**
 * Precision (session 35): `new Function('row', 'return row.price * row.qty')` compiles a FIXED
 * formula — a spreadsheet column, a pricing rule, a unit conversion — and is the everyday way a
 * JavaScript runner tests one. What makes `new Function` dangerous is a body built at run time
 * (from input, a download, a decoded string) or one that reaches the process, the global object or
 * a constructor chain. Here every `new Function(…)` call must take only plain string literals, the
 * last one `return EXPR` where EXPR is arithmetic, comparison and property access over names and
 * numbers (parentheses allowed, so `Math.round(x * 100) / 100`), with no quote, bracket, backtick,
 * assignment or escape-hatch name (`constructor`, `__proto__`, `this`, `globalThis`, `process`,
 * `require`, `import`, `eval`, `Function`, `window`, `global`, `self`); the rest of the code must
 * hold no other code-running construct. Then `js_exec` stands down for that code.
 */
import type { FieldContext } from "../types.ts";

/** Argument names that hold program text. */
const CODE_KEY = /^(?:code|script|source|snippet|js|javascript|program|expression)$/;
/** A `new Function(` call with all its arguments as quoted literals, captured whole. */
const FN_CALL =
  /\bnew\s{1,4}Function\s{0,4}\(((?:\s{0,4}(['"])[^'"\\\n`]{0,300}\2\s{0,4},)*\s{0,4}(['"])[^'"\\\n`]{0,300}\3)\s{0,4}\)/g;
/** The last literal: `return` and an arithmetic expression over names, numbers and parentheses. */
const FORMULA = /^\s{0,4}return\s{1,4}[\w.\s+\-*\/%()?:<>=!&|,]{1,280};?\s{0,4}$/;
/** Names that reach the process, the global object or a constructor chain. */
const ESCAPE =
  /\b(?:constructor|__proto__|prototype|this|globalThis|process|require|import|eval|Function|window|global|self|Deno|Bun|module|exports)\b/;
/** Assignment (`=` not part of `==`, `<=`, `>=`, `!=`, `=>`). */
const ASSIGN = /(?:^|[^=!<>])=(?![=>])/;
/** Other code-running constructs: any of them and the code is judged as before. */
const OTHER_EXEC =
  /child_process|\beval\s{0,4}\(|\bprocess\s{0,4}\.|\bDeno\s{0,4}\.|\bBun\s{0,4}\.|\bvm\s{0,4}\.|\brequire\s{0,4}\(|\bimport\s{0,4}\(|\bconstructor\b|\bsetTimeout\s{0,4}\(\s{0,4}['"`]|\bsetInterval\s{0,4}\(\s{0,4}['"`]/;

/** True when every `new Function` in `text` compiles a constant arithmetic formula. */
export function constantFormulaFunction(text: string, field: FieldContext): boolean {
  if (field.stage !== "input" || text.length > 4000 || !CODE_KEY.test(field.key ?? "")) {
    return false;
  }
  let calls = 0;
  let rest = text;
  for (const m of text.matchAll(FN_CALL)) {
    if (++calls > 4) return false;
    const lits = [...m[1].matchAll(/(['"])([^'"\\\n`]{0,300})\1/g)].map((x) => x[2]);
    const body = lits[lits.length - 1];
    const params = lits.slice(0, -1);
    if (
      !params.every((p) =>
        /^\s{0,4}[A-Za-z_]\w{0,40}(?:\s{0,4},\s{0,4}[A-Za-z_]\w{0,40}){0,8}\s{0,4}$/.test(p)
      )
    ) {
      return false;
    }
    if (!FORMULA.test(body) || ESCAPE.test(body) || ASSIGN.test(body)) return false;
    rest = rest.replace(m[0], " ");
  }
  // No other `new Function` (a built body) and nothing else that runs code.
  return calls > 0 && !/\bFunction\b/.test(rest) && !OTHER_EXEC.test(rest);
}
