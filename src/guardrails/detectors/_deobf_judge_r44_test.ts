import assert from "node:assert/strict";
import { deobfMechanism } from "./_deobf_judge.ts";

const judge = (text: string) =>
  deobfMechanism(text, { stage: "input", path: "$.script", key: "script", tool: "run" }, "script");

// Text rebuilt from character codes in a loop (any radix) and executed.
const BLOCK = [
  // PowerShell, hexadecimal codes, IEX a line later
  "$c = '49 45 58 20 28 67 65 74 29'\n$s = ($c -split ' ' | % { [char][Convert]::ToInt32($_, 16) }) -join ''\nInvoke-Expression $s",
  // PowerShell, decimal codes through [int], script block
  "$p = $data.Split(',') | ForEach-Object { [char][int]$_ }\n$run = [scriptblock]::Create(($p -join ''))\n$run.Invoke()",
  // Python, octal codes
  "key = open('lic.txt').read()\nexec(''.join(chr(int(x, 8)) for x in key.split()))",
  // JavaScript, base-36 codes
  "const k = cfg.licence.split('.');\neval(k.map((x) => String.fromCharCode(parseInt(x, 36))).join(''));",
];
// The same builders with nothing executed, or execution of plain text.
const PASS = [
  "$c = '72 101 108 108 111'\n$s = ($c -split ' ' | % { [char][Convert]::ToInt32($_, 10) }) -join ''\nWrite-Host $s",
  "name = ''.join(chr(int(x, 8)) for x in key.split())\nprint(name)",
  "const label = codes.map((x) => String.fromCharCode(parseInt(x, 16))).join('');\nconsole.log(label);",
  "$sb = [scriptblock]::Create('Get-Date')\n& $sb",
];

Deno.test("r44 deobf: code rebuilt from character codes and executed blocks", () => {
  for (const t of BLOCK) assert.ok(judge(t), `should block: ${t}`);
});
Deno.test("r44 deobf: character-code builders with nothing executed pass", () => {
  for (const t of PASS) assert.equal(judge(t), undefined, `should pass: ${t}`);
});
