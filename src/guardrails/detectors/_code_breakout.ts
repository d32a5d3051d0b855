/**
 * String-literal breakout into an interpreter: a value that a server pastes inside a quoted literal
 * of PHP, JavaScript, Python or Ruby code (`$tz = '…';`, `eval("lang='…'")`) closes the quote,
 * ends or joins the expression, and calls a command- or code-running function
 * (`UTC';system('id');'`, `en'+require('child_process')…+'`, `x");exec(…);//`).
 *
 * Anchored at the value's start like the SQL check: a leading token (what the field expects),
 * the closing quote, a joiner (`;`, `.`, `+`, `)`, `,`), then the call. Prose does not open with a
 * word glued to a quote and a `system(` call.
 */
const BREAKOUT =
  /^\s*[^\s'"]{0,80}['"]\s*\)?\s*(?:;|\.|\+|,|\|\||&&)\s*(?:[\w$]{1,20}\s*=\s*)?(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec|eval|assert|create_function|call_user_func|os\s*\.\s*(?:system|popen)|subprocess\s*\.\s*\w{1,20}|__import__|require|import|Function|setTimeout|Runtime\s*\.\s*getRuntime|Kernel\s*\.\s*(?:system|exec)|IO\s*\.\s*popen|`)\s*\(?/;

/** True when `text` closes a string literal and calls a command- or code-running function. */
export function literalBreakout(text: string): boolean {
  if (text.length > 1024) return false;
  // The closing quote follows a token of at most 80 characters: look for it in the head only.
  const head = text.length > 100 ? text.slice(0, 100) : text;
  if (!head.includes("'") && !head.includes('"')) return false;
  return BREAKOUT.test(text);
}
