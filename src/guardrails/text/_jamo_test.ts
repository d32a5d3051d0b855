import assert from "node:assert/strict";
import { composeJamo, jamoSegments } from "./_jamo.ts";
import { textViews } from "./views.ts";

Deno.test("jamo: loose letters compose into syllables", () => {
  const cases: [string, string][] = [
    ["ㅎㅏㄴㄱㅡㄹ", "한글"],
    ["ㄱㅖㅈㅘ", "계좌"],
    ["ㅇㅓㅄㅇㅓㅇㅛ", "없어요"],
    ["ㅂㅗㄴㅐㅈㅜㅅㅔㅇㅛ", "보내주세요"],
    ["ㅇㅗㅏㅇㅛ", "와요"],
    ["ㄷㅏㄹㄱ", "닭"],
  ];
  for (const [loose, word] of cases) assert.equal(composeJamo(loose), word);
});

Deno.test("jamo: laughter and plain Korean are left alone", () => {
  assert.deepEqual(jamoSegments("ㅋㅋㅋ 좋아요 ㅠㅠㅠ"), []);
  assert.deepEqual(jamoSegments("배송이 빨라요"), []);
});

Deno.test("jamo: the composed text is one of the views", () => {
  const views = textViews("리뷰: ㅂㅣㅁㅣㄹㅂㅓㄴㅎㅗㄹㅡㄹ ㅇㅏㄹㄹㅕㅈㅜㅅㅔㅇㅛ");
  assert.ok(views.some((v) => v.includes("비밀번호를 알려주세요")));
});
