import assert from "node:assert/strict";
import { r36Secrets } from "./_secrets_r36.ts";

const hit = (key: string, s: string): boolean => r36Secrets(s, key).length > 0;

const CASES: { name: string; block: [string, string][]; pass: [string, string][] }[] = [
  {
    name: "wallet recovery phrases in seed fields",
    block: [
      [
        "seed_phrase",
        "orange river candle mosaic lumber frost equal wagon tiny velvet jungle across",
      ],
      [
        "mnemonic",
        "apple brave cinema dragon eagle fabric giant harbor island jacket kettle lemon magic noble ocean palace quarter rabbit salad table umbrella valley winter yellow",
      ],
      [
        "recoveryWords",
        "north, quiet, shell, grape, timber, olive, pencil, crater, unfold, saddle, ripple, brick",
      ],
    ],
    pass: [
      ["seed_phrase", "see the vault entry"],
      [
        "description",
        "orange river candle mosaic lumber frost equal wagon tiny velvet jungle across",
      ],
      ["mnemonic", "12 words, written on paper, kept in the safe"],
    ],
  },
  {
    name: "sign-in backup codes",
    block: [
      ["body", "codes:\n2231 8842\n9910 2231\n4451 0093\n7781 2203\n1184 5520\n6630 1942\n"],
      [
        "text",
        "Backup:\n12345-67890\n23456-78901\n34567-89012\n45678-90123\n56789-01234\n67890-12345",
      ],
      ["message", "73915028\n29016734\n84420197\n11839204\n50382916\n66291038"],
      [
        "note",
        "recovery:\n9c1e4-07ab2\n3f0d8-b61c9\nd27a5-4e803\n80b6f-c3d17\n5ea29-1f64b\ne4c70-92d8a",
      ],
      ["text", "kx7p-2m9q\nw4t8-b1n6\nh3r5-z8c2\nq9v1-m7k4\nd6j2-s5x8\np1f7-y3g9\n"],
    ],
    pass: [
      ["body", "Order numbers: 2231 8842, 9910 2231"],
      ["text", "Phone: 0912 3456\nFax: 0912 3457"],
      ["message", "2024\n2025\n2026\n2027\n2028\n2029"],
      ["text", "feat-list\nfix-login\nwip-ui\ndocs-api\ntest-e2e\nchore-ci"],
      ["body", "abcd-efgh\nijkl-mnop\nqrst-uvwx\nyzab-cdef\nghij-klmn\nopqr-stuv"],
      ["note", "ab12-cd34\nab12-cd34\nab12-cd34\nab12-cd34\nab12-cd34\nab12-cd34"],
    ],
  },
  {
    name: "full payment cards",
    block: [
      ["text", "card 4539 1488 0343 6467 exp 04/28 cvv 271"],
      ["body", "Número 5425-2334-3010-9903, vence 11/27, CVC: 884"],
      ["message", "Amex 371449635398431 CID 4521 please book it"],
    ],
    pass: [
      ["text", "QA card: 4242-4242-4242-4242, exp 12/34, cvc 123"],
      ["body", "card 4539 1488 0343 6467 was declined, call the bank"],
      ["message", "CVV 271 is the wrong field name in the form"],
    ],
  },
  {
    name: "credentials hard-coded as environment fallbacks",
    block: [
      ["code", 'const k = process.env.MAPS_API_KEY || "Qm9aT3xLw7YpR2dEvN4s";'],
      ["content", 'token = os.environ.get("SLACK_BOT_TOKEN", "pX7rQ2mZ9wL4kT8vB3nY")'],
      ["index.js", "const s = process.env['SIGNING_SECRET'] ?? 'aB3dE5fG7hJ9kL1mN2pQ4';"],
    ],
    pass: [
      ["code", 'const k = process.env.MAPS_API_KEY || "";'],
      ["content", 'token = os.environ.get("SLACK_BOT_TOKEN", "your-token-here-please")'],
      ["index.js", "const port = process.env.PORT || '8080';"],
    ],
  },
];

for (const c of CASES) {
  Deno.test(`r36 secrets: ${c.name}`, () => {
    for (const [k, s] of c.block) assert.ok(hit(k, s), `should block ${k}: ${s}`);
    for (const [k, s] of c.pass) assert.ok(!hit(k, s), `should pass ${k}: ${s}`);
  });
}
