import assert from "node:assert/strict";
import { literalBreakout } from "./_code_breakout.ts";

Deno.test("literalBreakout() flags values that close a quote and call a command or eval", () => {
  for (
    const v of [
      'Europe/Berlin";passthru("uname -a");//',
      "fr'.shell_exec('cat /etc/hosts').'",
      'dark");os.system("id")#',
      "x' + __import__('os').popen('id').read() + '",
      "10');eval(atob('YWxlcnQoMSk='));//",
    ]
  ) assert.ok(literalBreakout(v), v);
});

Deno.test("literalBreakout() passes names, quotes in prose and code that is not a breakout", () => {
  for (
    const v of [
      "O'Reilly; system design book",
      'He said "hi"; then left',
      "const a = 'x'; eval(b)",
      "'quoted', require review",
      "Rock 'n' roll",
    ]
  ) assert.equal(literalBreakout(v), false, v);
});
