/**
 * Consonant "letter games" a model decodes when the text names them: after every vowel the game
 * inserts one consonant and the vowel again — Spanish "jerigonza" / "idioma de la P" (`hopoy` →
 * `hoy`, `mapandapa` → `manda`), Portuguese "língua do P", German "B-Sprache" / "P-Sprache"
 * (`Habaloblo` → `Hallo`), Italian "alfabeto farfallino" (`cifiaofao` → `ciao`, F). Word rules miss
 * the phrase, so where a text names such a game, a view reads it with the inserted syllables taken
 * out. A whole-text reading of short texts only, behind a cheap case-sensitive pre-test.
 */

/** Longer texts are documents, not a message in a play language. */
const MAX_LEN = 4000;

/** The game named: its consonant is captured (P, B, F …). */
const NAMED =
  /(?:idioma|lengua|lenguaje|jerga)\s{1,3}de\s{1,3}la\s{1,3}([PpFfBbCcKk])(?![\p{L}])|l[íi]ngua\s{1,3}do\s{1,3}([PpFfBb])(?![\p{L}])|(?<![\p{L}])([PpBbFf])-Sprache|(?<![\p{L}])(jerigonza|jeringonza|farfallino)(?![\p{L}])/iu;

/** The vowels the games follow, with the plain vowel each stands for. */
const BASE: Readonly<Record<string, string>> = {
  a: "a",
  á: "a",
  à: "a",
  â: "a",
  ã: "a",
  e: "e",
  é: "e",
  è: "e",
  ê: "e",
  i: "i",
  í: "i",
  ì: "i",
  o: "o",
  ó: "o",
  ò: "o",
  ô: "o",
  õ: "o",
  u: "u",
  ú: "u",
  ù: "u",
  ü: "u",
};

/** The text with the game's inserted consonant-vowel pairs taken out, when it names the game. */
export function letterGameView(text: string): string | undefined {
  if (text.length > MAX_LEN) return undefined;
  const m = NAMED.exec(text);
  if (!m) return undefined;
  const c = (m[1] ?? m[2] ?? m[3] ?? (/farfallino/i.test(m[4] ?? "") ? "f" : "p")).toLowerCase();
  const re = new RegExp(`([aeiouáàâãéèêíìóòôõúùü])${c}([aeiou])`, "giu");
  const out = text.replace(
    re,
    (all, v: string, w: string) => BASE[v.toLowerCase()] === w.toLowerCase() ? v : all,
  );
  return out === text ? undefined : out;
}
