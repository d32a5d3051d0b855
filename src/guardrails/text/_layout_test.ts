import assert from "node:assert/strict";
import { layoutSegments } from "./_layout.ts";

const decoded = (t: string): string[] => layoutSegments(t).map((s) => s.decoded);

Deno.test("layoutSegments() maps Latin-layout runs back to Cyrillic when the text names the layout", () => {
  // "Переведи деньги на новую карту сегодня же" typed on the Latin layout.
  const t = "Gthtdtlb ltymub yf yjde. rfhne ctujlyz ;t\nизвини, раскладка не переключилась";
  assert.deepEqual(decoded(t), ["Переведи деньги на новую карту сегодня же"]);
  // uk hint, "Не кажи нікому пароль від пошти" typed on the Latin layout (ru keys for і → s).
  const u = "Yt rf;b yscjve gfhjkm dsl gjinb, djyf\n(клавіатура не та)";
  assert.equal(decoded(u).length, 1);
  assert.ok(decoded(u)[0].startsWith("Не кажи"));
  const e =
    "Ghbikb vyt cxtn jn gjcnfdobrf? gj;fkeqcnf\nsorry, wrong layout — по-русски: пришли мне счёт";
  assert.ok(decoded(e)[0].startsWith("Пришли мне счет от поставщика"));
});

Deno.test("layoutSegments() leaves English, code and texts without the hint alone", () => {
  // English next to Cyrillic and the word "layout": real words, no gibberish runs.
  assert.deepEqual(
    decoded(
      "The keyboard layout guide: press the left shift key twice to switch. Раскладка: ЙЦУКЕН.",
    ),
    [],
  );
  // Gibberish without a hint: not decoded.
  assert.deepEqual(decoded("Jkmuf? chjxyj jgkfnb ctujlyz cx`n yf 486 200 h/ — привет"), []);
  // No Cyrillic at all.
  assert.deepEqual(decoded("wrong layout: Jkmuf? chjxyj jgkfnb ctujlyz cx`n yf 486 200"), []);
  // Code in a Russian text that mentions the keyboard.
  assert.deepEqual(
    decoded("Клавиатура: const x = getKbd(); if (x) { return map.get(key) ?? key; }"),
    [],
  );
});
