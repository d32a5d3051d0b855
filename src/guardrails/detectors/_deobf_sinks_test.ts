import assert from "node:assert/strict";
import { Values } from "./_deobf_core.ts";
import { sinkValues } from "./_deobf_sinks.ts";
import { deobfCases, enc } from "./_deobf_testing.ts";

const WIPE = "rm -rf --no-preserve-root /";
const DROP_DB = "systemctl stop mariadb; rm -rf /var/lib/mysql /srv/dumps";
const HELLO = "echo deploy finished";
const LIST = "ls -la /var/log/nginx";

Deno.test("deobf sinks: a decoded value handed to an executor is read back", () => {
  const v = new Values();
  const cmd = v.tok("rm -rf /srv/x");
  assert.deepEqual(sinkValues(`os.system(${cmd})`, v, false), ["rm -rf /srv/x"]);
  assert.deepEqual(sinkValues(`perl -e 'print ${cmd}' | sh`, v, false), ["rm -rf /srv/x"]);
  assert.deepEqual(sinkValues(`Kernel.send(${v.tok("system")}, ${cmd})`, v, false), [
    "rm -rf /srv/x",
  ]);
  assert.deepEqual(sinkValues(`exec.Command(${v.tok("/bin/sh")}, "-c", ${cmd})`, v, false), [
    "rm -rf /srv/x",
  ]);
  // A plain literal in a plain text is what the rules already read; a decoded text's is not.
  assert.deepEqual(sinkValues(`os.system("rm -rf /srv/x")`, v, false), []);
  assert.deepEqual(sinkValues(`os.system("rm -rf /srv/x")`, v, true), ["rm -rf /srv/x"]);
  // A name that runs nothing.
  assert.deepEqual(sinkValues(`obj.send(${v.tok("notify")}, ${cmd})`, v, false), []);
});

deobfCases("sinks", [
  {
    // The decoded command sits inside the call that runs it.
    id: "decoded",
    block: [
      `perl -e 'print pack("H*","${enc.hex(WIPE)}")' | sh`,
      `python3 -c "import base64,os;os.system(base64.b64decode('${enc.b64(WIPE)}').decode())"`,
      `ruby -e 'system("${enc.b64(DROP_DB)}".unpack1("m"))'`,
      `ruby -e 'Kernel.public_send("sys" + "tem", "${enc.b64(DROP_DB)}".unpack("m")[0])'`,
      `perl -MMIME::Base64 -e 'system(decode_base64("${enc.b64(WIPE)}"))'`,
      `<?php call_user_func('sys'.'tem', base64_decode('${enc.b64(DROP_DB)}')); ?>`,
    ],
    pass: [
      `perl -e 'print pack("H*","${enc.hex(HELLO)}")' | sh`,
      `python3 -c "import base64,os;os.system(base64.b64decode('${enc.b64(LIST)}').decode())"`,
      `ruby -e 'system("${enc.b64(LIST)}".unpack1("m"))'`,
      `ruby -e 'Kernel.public_send("sys" + "tem", "${enc.b64(HELLO)}".unpack("m")[0])'`,
      `perl -e 'print pack("H*","${enc.hex(WIPE)}")' > notes/dangerous-commands.txt`,
    ],
  },
]);
