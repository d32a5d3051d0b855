import assert from "node:assert/strict";
import { localizedName } from "./_definition_r29p_names.ts";
import { nameFindings } from "./_definition_names.ts";

const OPTS = { check_shadowing: true, fuzzy_names: true };
const severity = (name: string): string | undefined =>
  nameFindings({ server: "s", name }, [], OPTS).find((f) => f.kind === "invalid_name")?.severity;

// Names that imitate or hide: still blocked.
const BLOCK: [string, string][] = [
  ["Latin with a Cyrillic а", "uplоad_file"],
  ["Latin with a Greek ο", "list_rοoms"],
  ["fullwidth Latin", "ｄｅｌｅｔｅ_repo"],
  ["mathematical bold Latin", "𝐫𝐮𝐧_query"],
  ["zero-width space", "get\u200b_weather"],
  ["Cyrillic that folds to Latin", "рау"],
  ["space inside", "отправить письмо"],
  ["zero-width joiner in Cyrillic", "отправить\u200dписьмо"],
  ["bidi control", "تحويل\u202e_مبلغ"],
  ["other punctuation", "送信/メール"],
  ["over 128 characters", "検".repeat(129)],
  ["CJK mixed with Latin letters", "发送email"],
];

// Localized names in one script: reported low, not blocked.
const PASS: [string, string][] = [
  ["Russian", "отправить_письмо"],
  ["Ukrainian", "створити_задачу"],
  ["Japanese kana and kanji", "予定を追加"],
  ["Chinese with digits", "查询订单2"],
  ["Korean", "일정_추가"],
  ["Arabic", "حذف_ملف"],
  ["Persian with a zero-width non-joiner", "می\u200cخواهم_ارسال"],
  ["Hebrew", "שלח_הודעה"],
  ["Thai", "ส่งอีเมล"],
  ["Hindi", "ईमेल_भेजें"],
  ["Greek", "καιρός_σήμερα"],
  ["Georgian", "ფაილის_წაკითხვა"],
  ["with dots and dashes", "заказ.найти-по-номеру"],
];

for (const [label, name] of BLOCK) {
  Deno.test(`r29p names: blocks ${label}`, () => {
    assert.equal(localizedName(name), false);
    assert.equal(severity(name), "high");
  });
}
for (const [label, name] of PASS) {
  Deno.test(`r29p names: passes ${label}`, () => {
    assert.equal(localizedName(name), true);
    assert.equal(severity(name), "low");
  });
}
Deno.test("r29p names: an ASCII name raises nothing", () => {
  assert.equal(severity("send_email"), undefined);
});
