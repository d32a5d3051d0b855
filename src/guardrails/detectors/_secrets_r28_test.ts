import { strictEqual } from "node:assert/strict";
import { secretsDetector } from "./secrets.ts";
import { variableJoins } from "./_secrets_r28.ts";
import type { FieldContext } from "../types.ts";

// Pieces are assembled at run time so this file holds no scannable credential.
const field: FieldContext = { stage: "output", path: "$.content[0].text" };
const opts = { min_entropy: 3, allow_patterns: [], kinds: undefined };
const found = (text: string) =>
  secretsDetector.scan(text, field, opts).filter((f) => f.severity !== "low");
const GL = "gl" + "pat-";
const GH = "gh" + "p_";
const SL = "xo" + "xb-";
const ST = "sk_" + "live_";

/** Paraphrases (none from the fixtures): a token split across variables and joined at use. */
Deno.test("secrets finds tokens split across variables and joined where used", () => {
  const cases = [
    `#!/usr/bin/env bash\nP1="${GL}Qw3rTy8uIo"\nP2="Pa5sDf7gHj"\ncurl -H "PRIVATE-TOKEN: \${P1}\${P2}" https://git.example.org/api\n`,
    `head = "${GH}R8x2LmQ9"\ntail = "Zt4KvW7nBc3YdHs1PqA6eUfJ0gXoTi5r"\ntoken = head + tail\n`,
    `$a = "${SL}2814-55"\n$b = "0193827-Ab3dEf9GhJkLmN0pQrStUv"\n$tok = "$a$b"\n`,
    `set -x K1 ${GL}Zx8cVb2nM4\nset -x K2 Lk9jHg3fDs\nset -x TOKEN "$K1$K2"\n`,
    `const a = "${ST}51Hx"; const b = "Tq8ZrM2vLp0WcY7kJ3nB5sD9fG"; const key = \`\${a}\${b}\`;`,
    `x = '${GH}R8x2LmQ9'\ny = 'Zt4KvW7nBc3YdHs1PqA6eUfJ0gXoTi5r'\nprint(f"{x}{y}")\n`,
  ];
  for (const c of cases) strictEqual(found(c).length > 0, true, c);
});

Deno.test("secrets passes ordinary variables joined at use", () => {
  const cases = [
    `A="hello"\nB="world"\necho "\${A}\${B}"\n`,
    `first = "John"\nlast = "Smith"\nname = first + " " + last\n`,
    `PREFIX="${GL}"\nSUFFIX="example"\necho "\${PREFIX}\${SUFFIX}"\n`,
    `HOST="api.example.com"\nPORT="8443"\nURL="https://\${HOST}:\${PORT}/v1"\n`,
    `DIR="/opt/app"\nNAME="release-2024"\ncp build.tgz "$DIR$NAME.tgz"\n`,
    `# use a ${GL} token from your vault\nA="abc"\nB="def"\necho "$A$B"\n`,
    `base = "https://example.org"\npath = "/docs/intro"\nurl = base + path\n`,
  ];
  for (const c of cases) strictEqual(found(c).length, 0, c);
  strictEqual(variableJoins(`A="x1y2w3v4"\nB="z3w4q5r6"\nC="$A$B"`)[0]?.[2], "x1y2w3v4z3w4q5r6");
});
