import assert from "node:assert/strict";
import { isConfusable, skeleton } from "./confusables.ts";

const CASES: ReadonlyArray<readonly [string, string]> = [
  ["pаypal", "paypal"], // Cyrillic а
  ["ΑΡΙ_ΚΕΥ", "API_KEY"], // Greek capitals
  ["ѕеnd_еmаil", "send_email"],
  ["ｓｅｎｄ＿ｅｍａｉｌ", "send_email"], // fullwidth
  ["𝐬𝐞𝐧𝐝", "send"], // mathematical bold
  ["ɡіthub", "github"],
  ["hello", "hello"],
  ["se\u200Bnd", "send"],
];

for (const [input, expected] of CASES) {
  Deno.test(`skeleton() maps ${JSON.stringify(input)} to ${expected}`, () => {
    assert.equal(skeleton(input), expected);
  });
}

Deno.test("isConfusable() knows look-alikes but not ordinary letters", () => {
  assert.equal(isConfusable("а"), true);
  assert.equal(isConfusable("ο"), true);
  assert.equal(isConfusable("a"), false);
  assert.equal(isConfusable("ж"), false);
});

Deno.test("skeleton() keeps text around homoglyphs and leaves astral characters whole", () => {
  assert.equal(skeleton("Встреча: sеnd 😀 nоw"), "Bctpeчa: send 😀 now");
  assert.equal(skeleton("plain ascii"), "plain ascii");
});

Deno.test("skeleton() reads small capitals, Lisu and Cherokee capitals as Latin", () => {
  assert.equal(skeleton("ꜱʏꜱᴛᴇᴍ ᴘʀᴏᴍᴘᴛ").toLowerCase(), "system prompt");
  assert.equal(skeleton("ꓢꓰꓠꓓ ꓔꓧꓰ ꓗꓰꓬ"), "SEND THE KEY");
  assert.equal(skeleton("ᏒᎬᏞᎬᎪᏚᎬ"), "RELEASE");
});
