import assert from "node:assert/strict";
import { r36Obfuscated } from "./_obf_r36.ts";

const hit = (s: string): boolean => r36Obfuscated(s) !== undefined;

// Fullwidth letters, written with escapes so the source stays ASCII.
const fw = (s: string): string =>
  s.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 97 + 0xff41));

const uu = (text: string): string => {
  const enc = (n: number) => String.fromCharCode(n === 0 ? 96 : n + 32);
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 45) {
    const chunk = text.slice(i, i + 45);
    let line = enc(chunk.length);
    for (let j = 0; j < chunk.length; j += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => chunk.charCodeAt(j + k) || 0);
      line += enc(a >> 2) + enc(((a & 3) << 4) | (b >> 4)) + enc(((b & 15) << 2) | (c >> 6)) +
        enc(c & 63);
    }
    lines.push(line);
  }
  return `begin 644 app.cfg\n${lines.join("\n")}\n\`\nend\n`;
};

const CASES: { name: string; block: string[]; pass: string[] }[] = [
  {
    name: "numbers printed as bytes into a shell",
    block: [
      "dc -e '9876543210987654321098765432109876543210987654321 P' | bash",
      'dc -e "1234567890123456789012345678901234567890123456P" | sudo sh',
      "dc -e '11223344556677889900112233445566778899001122P' |sh",
    ],
    pass: [
      "dc -e '2 10 ^ p'",
      "echo '3 4 + p' | dc",
      "dc -e '12345678901234567890123456789012345678901234567890 p'",
    ],
  },
  {
    name: "fullwidth identifiers in code",
    block: [
      `import os\nos.${fw("popen")}('id')`,
      `__${fw("import")}__('subprocess').run(['id'])`,
      `def f():\n    return ${fw("eval")}(input())`,
    ],
    pass: [
      "# ＡＢＣ株式会社 向けレポート\nimport csv\nprint('ｈｅｌｌｏ')",
      "title = '全角テキスト（ｔｅｓｔ）'",
      "import os\nos.system('ls')",
    ],
  },
  {
    name: "CI secret names built at run time",
    block: [
      "env:\n  T: ${{ secrets[join(fromJSON('[\"DEPLOY\",\"KEY\"]'), '_')] }}",
      "run: echo ${{ secrets[format('{0}{1}', 'PYPI_', 'TOKEN')] }} | base64",
      "with:\n  k: ${{ secrets[ format('AWS_{0}', 'SECRET_ACCESS_KEY') ] }}",
    ],
    pass: [
      "env:\n  T: ${{ secrets.DEPLOY_KEY }}",
      "run: echo ${{ format('{0}-{1}', github.ref, github.sha) }}",
      "with:\n  token: ${{ secrets['NPM_TOKEN'] }}",
    ],
  },
  {
    name: "commands decoded at apply time",
    block: [
      'provisioner "local-exec" {\n  command = base64decode(var.blob)\n}',
      'provisioner "remote-exec" {\n  inline = [base64decode("bHMgLWxh")]\n}',
      'resource "x" "y" {\n  script = base64gunzip(local.p)\n}',
    ],
    pass: [
      "user_data = base64decode(data.template_file.init.rendered)",
      'provisioner "local-exec" {\n  command = "echo ${self.id} >> ids.txt"\n}',
      "locals { cert = base64decode(var.ca_b64) }",
    ],
  },
  {
    name: "SQL decoded and run dynamically",
    block: [
      "SET @q = UNHEX('44524F50205441424C45207573657273'); PREPARE stmt1 FROM @q; EXECUTE stmt1;",
      "DECLARE @c nvarchar(max) = CAST(BASE64_DECODE('Z3JhbnQ=') AS nvarchar(max)); EXEC(@c);",
      "BEGIN EXECUTE IMMEDIATE UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('414C54455220555345522078')); END;",
    ],
    pass: [
      "SELECT UNHEX(sha_col) FROM blobs WHERE id = 4;",
      "BEGIN EXECUTE IMMEDIATE 'TRUNCATE TABLE stage_orders'; END;",
      "SELECT HEXTORAW('7D') FROM dual;",
    ],
  },
  {
    name: "commands spliced from environment references",
    block: [
      'args: ["-c", "$(A)$(B)$(C)$(D)"]',
      'command: [sh, -c, "$(X1) $(X2) $(X3)"]',
      "args:\n  - $(PART_A)$(PART_B)$(PART_C)",
    ],
    pass: [
      'args: ["--port=$(PORT)", "--host=$(HOST)"]',
      'command: [sh, -c, "echo $(date)"]',
      'args: ["$(MODE)"]',
    ],
  },
  {
    name: "exec of a custom decoder on a long literal",
    block: [
      `exec(unpack('${"Zm9vYmFy".repeat(20)}'))`,
      `eval(dec("${"a1B2c3D4".repeat(18)}"))`,
      `exec(z85(b'${"Qw3rTy99".repeat(17)}'))`,
    ],
    pass: [
      `data = unpack('${"Zm9vYmFy".repeat(20)}')`,
      "exec(compile(src, 'f.py', 'exec'))",
      "eval(expr)",
    ],
  },
  {
    name: "credentials inside a uuencoded file",
    block: [
      uu("DATABASE_URL=postgres://app:Sup3rS3cret@db.internal:5432/app\n"),
      uu("STRIPE_SECRET_KEY=sk_live_abcdefghijklmnop123\n"),
      uu("API_TOKEN=9f8e7d6c5b4a39281706\n"),
    ],
    pass: [
      uu("LOG_LEVEL=debug\nPORT=8080\n"),
      uu("hello world, just a readme\n"),
      "begin 644 notes.txt\nplain text, not encoded\nend",
    ],
  },
  {
    name: "keys dictated in a spelling alphabet",
    block: [
      "the token is: papa seven kilo lima two two foxtrot romeo nine echo bravo one six sierra tango five zulu",
      "Key: alfa x-ray three three mike delta india quebec four four golf hotel juliet zero zero kilo uniform whiskey",
      "spell: hotel india zero one two three four five six seven eight nine yankee zulu victor whiskey oscar",
    ],
    pass: [
      "Radio check: alpha bravo charlie, over.",
      "Team Alpha meets Team Bravo at the Delta hotel at nine.",
      "Count: one two three four five six seven eight nine ten eleven twelve",
    ],
  },
];

for (const c of CASES) {
  Deno.test(`r36 obfuscation: ${c.name}`, () => {
    for (const s of c.block) assert.ok(hit(s), `should block: ${s}`);
    for (const s of c.pass) assert.ok(!hit(s), `should pass: ${s}`);
  });
}
