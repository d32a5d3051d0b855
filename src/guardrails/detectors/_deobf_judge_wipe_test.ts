import assert from "node:assert/strict";
import { deobfMechanism } from "./_deobf_judge.ts";
import { enc } from "./_deobf_testing.ts";

const judge = (text: string) =>
  deobfMechanism(text, { stage: "input", path: "$.command", key: "command", tool: "run" }, "c");

// Destructive commands that appear only once the obfuscation is undone.
const BLOCK = [
  `echo ${enc.b64("rm -rf /var/lib/mysql /srv/backups")} | base64 -d | bash`,
  `python3 -c "import os,base64;os.system(base64.b64decode('${
    enc.b64("mkfs.ext4 -F /dev/sdb1")
  }').decode())"`,
  `iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('${
    enc.u16b64("vssadmin delete shadows /all /quiet")
  }')))`,
  `eval "$(echo '${enc.rev("sudo rm -rf --no-preserve-root /")}' | rev)"`,
  `ruby -e 'system("${enc.b64("dd if=/dev/zero of=/dev/nvme0n1 bs=1M")}".unpack1("m"))'`,
];
// The same encodings around housekeeping, and destructive text that is only printed or quoted.
const PASS = [
  `echo ${enc.b64("rm -rf ./build ./dist")} | base64 -d | bash`,
  `python3 -c "import os,base64;os.system(base64.b64decode('${
    enc.b64("mkdir -p /srv/app/logs")
  }').decode())"`,
  `iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('${
    enc.u16b64("vssadmin list shadows")
  }')))`,
  `perl -e 'print pack("H*","${enc.hex("rm -rf /var/lib/mysql")}")' > notes/never-run.txt`,
  `eval "$(echo '${enc.rev("rm -rf node_modules")}' | rev)"`,
];

Deno.test("deobf judge: destructive commands revealed by decoding block", () => {
  for (const t of BLOCK) assert.ok(judge(t), `should block: ${t}`);
});
Deno.test("deobf judge: housekeeping under the same encodings passes", () => {
  for (const t of PASS) assert.equal(judge(t), undefined, `should pass: ${t}`);
});
