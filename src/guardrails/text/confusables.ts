/**
 * A compact homoglyph map: letters from other scripts that look like Latin letters, mapped to the
 * Latin letter they imitate. Fullwidth forms and mathematical alphanumerics are handled by NFKC in
 * {@link skeleton}, so the table only lists letters NFKC leaves alone (Cyrillic, Greek, Armenian,
 * Cherokee, Lisu, small capitals and a few Latin/IPA look-alikes). Not the full Unicode confusables table: the letters
 * attackers actually use, small enough to read.
 */

const PAIRS: readonly string[] = [
  // Cyrillic lower case
  "аa",
  "вb",
  "еe",
  "ёe",
  "кk",
  "мm",
  "нh",
  "оo",
  "рp",
  "сc",
  "тt",
  "уy",
  "хx",
  "ѕs",
  "іi",
  "їi",
  "јj",
  "ԁd",
  "ԛq",
  "ԝw",
  "ӏl",
  "һh",
  "ӕa",
  "ғf",
  "үy",
  "ьb",
  "ԍg",
  "ɡg",
  // Cyrillic upper case
  "АA",
  "ВB",
  "ЕE",
  "ЁE",
  "КK",
  "МM",
  "НH",
  "ОO",
  "РP",
  "СC",
  "ТT",
  "УY",
  "ХX",
  "ЅS",
  "ІI",
  "ЇI",
  "ЈJ",
  "ԀD",
  "ԚQ",
  "ԜW",
  "ӀI",
  "ҺH",
  "ҮY",
  "ԌG",
  // Greek
  "αa",
  "βb",
  "γy",
  "εe",
  "ηn",
  "ιi",
  "κk",
  "νv",
  "οo",
  "ρp",
  "τt",
  "υu",
  "χx",
  "ωw",
  "ϲc",
  "ϳj",
  "ΑA",
  "ΒB",
  "ΕE",
  "ΖZ",
  "ΗH",
  "ΙI",
  "ΚK",
  "ΜM",
  "ΝN",
  "ΟO",
  "ΡP",
  "ΤT",
  "ΥY",
  "ΧX",
  "ϹC",
  "ϺM",
  // Armenian, Cherokee and Latin/IPA look-alikes
  "օo",
  "սu",
  "հh",
  "ոn",
  "ցg",
  "զq",
  "ԼL",
  "ՏS",
  "ᎪA",
  "ᏴB",
  "ᏟC",
  "ᎠD",
  "ᎬE",
  "ᎻH",
  "ᏦK",
  "ᎷM",
  "ᏢP",
  "ᏚS",
  "ᎢT",
  "ᏙV",
  "ᏔW",
  "ıi",
  "ȷj",
  "ɑa",
  "ɩi",
  "ʀR",
  "ʏY",
  "ᴀA",
  "ᴄC",
  "ᴅD",
  "ᴇE",
  "ᴊJ",
  "ᴋK",
  "ᴍM",
  "ᴏO",
  "ᴘP",
  "ᴛT",
  "ᴜU",
  "ᴠV",
  "ᴡW",
  "ᴢZ",
  // Small capitals outside the phonetic block ("ɪɢɴᴏʀᴇ" styled text generators)
  "ʙB",
  "ɢG",
  "ʜH",
  "ɪI",
  "ʟL",
  "ɴN",
  "ꜰF",
  "ꜱS",
  "ꞯQ",
  // More Cherokee capitals
  "ᎥI",
  "ᏆI",
  "ᎫJ",
  "ᏀG",
  "ᏒR",
  "ᏞL",
  "ᎾO",
  "ᏃZ",
  // Lisu (Fraser alphabet), a full set of Latin-looking capitals
  "ꓐB",
  "ꓑP",
  "ꓓD",
  "ꓔT",
  "ꓖG",
  "ꓗK",
  "ꓙJ",
  "ꓚC",
  "ꓜZ",
  "ꓝF",
  "ꓟM",
  "ꓠN",
  "ꓡL",
  "ꓢS",
  "ꓣR",
  "ꓦV",
  "ꓧH",
  "ꓪW",
  "ꓫX",
  "ꓬY",
  "ꓮA",
  "ꓰE",
  "ꓲI",
  "ꓳO",
  "ꓴU",
  // Angle brackets drawn with other characters: a fake `⟨tool_response⟩` or `〈system〉` tag reads
  // as one to a model (mathematical, CJK, single guillemets, ornaments, Canadian syllabics).
  "⟨<",
  "⟩>",
  "〈<",
  "〉>",
  "‹<",
  "›>",
  "❬<",
  "❭>",
  "❮<",
  "❯>",
  "ᐸ<",
  "ᐳ>",
];

/** Homoglyph → Latin letter it imitates. */
export const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  PAIRS.map((p) => [p[0], p.slice(1)]),
);

const CONFUSABLE_CLASS = new RegExp(`[${[...CONFUSABLES.keys()].join("")}]`, "gu");
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDDEF]/g;

/** True when `ch` (one code point) is a non-Latin letter that imitates a Latin one. */
export function isConfusable(ch: string): boolean {
  return CONFUSABLES.has(ch);
}

/**
 * The Latin "skeleton" of `s`: NFKC (folds fullwidth and mathematical letters), invisible characters
 * removed, and every homoglyph replaced by the Latin letter it imitates. Case is kept.
 */
export function skeleton(s: string): string {
  const n = s.normalize("NFKC").replace(INVISIBLE, "");
  // deno-lint-ignore no-control-regex
  if (!/[^\x00-\x7F]/.test(n)) return n;
  if (BY_UNIT === undefined) return n.replace(CONFUSABLE_CLASS, (c) => CONFUSABLES.get(c) ?? c);
  // One read with a table lookup per character (the same answer as the regex replacement: every
  // key is one BMP code unit outside the surrogates, so no key can be half of a pair).
  let out = "";
  let last = 0;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c < 128 || c >= BY_UNIT.length) continue;
    const to = BY_UNIT[c];
    if (to === undefined) continue;
    out += n.slice(last, i) + to;
    last = i + 1;
  }
  return last === 0 ? n : out + n.slice(last);
}

/**
 * Code unit → Latin letter, when every homoglyph is one BMP code unit (else `undefined`, and
 * {@link skeleton} uses the regex).
 */
const BY_UNIT: readonly (string | undefined)[] | undefined = (() => {
  const table: (string | undefined)[] = [];
  for (const [k, v] of CONFUSABLES) {
    const c = k.charCodeAt(0);
    if (k.length !== 1 || (c >= 0xd800 && c <= 0xdfff)) return undefined;
    while (table.length <= c) table.push(undefined);
    table[c] = v;
  }
  return table;
})();
