import assert from "node:assert/strict";
import { shellDeobfuscate } from "./_cmd_deobf.ts";

Deno.test("shellDeobfuscate() undoes quoting, escaping and expansion tricks", () => {
  const cases: ReadonlyArray<[string, string]> = [
    ["a;c''at /e't'c/pa's'swd", "a;cat /etc/passwd"],
    ['x;w"h"oami', "x;whoami"],
    ["x & w^h^o^a^m^i", "x & whoami"],
    ["x;$'\\x63\\x61\\x74' f", "x;cat f"],
    ["x;$'\\167\\150\\157'", "x;who"],
    ["x;ca\\\nt f", "x;cat f"],
    ["x|c$@at f", "x|cat f"],
    ["x;{cat,/etc/passwd}", "x;cat /etc/passwd"],
    ["x;cat${HOME:0:1}etc", "x;cat/etc"],
    ["a=c;b=at;$a$b /etc/passwd", "a=c;b=at;cat /etc/passwd"],
    ["x & %COMSPEC% /c dir", "x & cmd /c dir"],
    ["x & C:\\Windows\\System32\\cmd.exe /c dir", "x & cmd.exe /c dir"],
    ["x|/???/c?t /???/p?ss??", "x|/bin/cat /etc/passwd"],
  ];
  for (const [input, want] of cases) assert.equal(shellDeobfuscate(input), want, input);
});

Deno.test("shellDeobfuscate() leaves ordinary text alone", () => {
  for (
    const text of [
      "plain words only",
      '{"id":1,"status":"ok","items":[{"sku":"A-1"}]}',
      "it's a 'quoted' word and \"another\" one",
      "C:\\Users\\me\\Documents\\report.docx",
      "price: $5; total ${total}",
      "/* comment */ a ^ b",
      "/usr/share/doc/*.txt",
    ]
  ) {
    assert.equal(shellDeobfuscate(text), undefined, text);
  }
  assert.equal(shellDeobfuscate("x;c''at".repeat(2000)), undefined, "long input is skipped");
});
