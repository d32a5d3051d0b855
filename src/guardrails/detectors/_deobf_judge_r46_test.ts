import assert from "node:assert/strict";
import { deobfMechanism } from "./_deobf_judge.ts";

const judge = (text: string) =>
  deobfMechanism(text, { stage: "input", path: "$.script", key: "script", tool: "run" }, "script");

// Text rebuilt from a string of binary digits (from any carrier) and executed.
const BLOCK = [
  // Python: bits from trailing spaces/tabs of a config file, run through subprocess
  "bits = ''.join('1' if l.endswith('\\t') else '0' for l in open('motd.txt'))\nsubprocess.run(bytes(int(bits[i:i+8], 2) for i in range(0, len(bits), 8)).decode(), shell=True)",
  // Python: zero-width characters as bits, exec
  "z = ''.join('1' if c == '\\u200d' else '0' for c in banner if c in '\\u200c\\u200d')\nexec(''.join(chr(int(z[i:i+8], 2)) for i in range(0, len(z), 8)))",
  // PowerShell: bits from letter case, script block
  "$bits = -join ($txt.ToCharArray() | ? { $_ -cmatch '[A-Za-z]' } | % { if ($_ -cmatch '[A-Z]') {'1'} else {'0'} })\n$s = -join (0..($bits.Length/8-1) | % { [char][Convert]::ToByte($bits.Substring($_*8,8), 2) })\nInvoke-Expression $s",
];
// The same decoders whose output is only printed or compared, and base-2 parsing of flags.
const PASS = [
  "bits = ''.join('1' if c.isupper() else '0' for c in title)\nprint(bytes(int(bits[i:i+8], 2) for i in range(0, len(bits), 8)).decode())",
  "mask = int(flags_str, 2)\nos.system('logger -t app started')",
  "$b = [Convert]::ToByte('00001111', 2)\nWrite-Host $b",
];

Deno.test("r46 deobf: code rebuilt from binary digits and executed blocks", () => {
  for (const t of BLOCK) assert.ok(judge(t), `should block: ${t}`);
});
Deno.test("r46 deobf: binary-digit decoders with nothing executed pass", () => {
  for (const t of PASS) assert.equal(judge(t), undefined, `should pass: ${t}`);
});
