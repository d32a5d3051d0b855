/**
 * HTML ruby annotations (`<ruby>本日<rt>ほんじつ</rt></ruby>`, furigana, pinyin, bopomofo): a page
 * shows each reading above its base text, so two texts are interleaved in the source. A message
 * can ride in the readings (read in order they are a sentence of their own), and readings inserted
 * between letters split the base text's words. Two views: the readings joined in order, and the
 * base text with the readings taken out.
 */

/** One reading: `<rt>…</rt>` (attributes allowed), the text inside without tags. */
const RT = /<rt(?:\s[^<>]{0,100})?>([^<>]{0,80})<\/rt\s{0,2}>/giu;
/** What only marks up the annotation: readings, fallback parentheses, ruby/rb/rtc tags. */
const ANNOTATION =
  /<rt(?:\s[^<>]{0,100})?>[^<>]{0,80}<\/rt\s{0,2}>|<rp(?:\s[^<>]{0,100})?>[^<>]{0,4}<\/rp\s{0,2}>|<\/?(?:ruby|rb|rtc)(?:\s[^<>]{0,100})?>/giu;
/** At least this many readings: one annotated word is ordinary furigana. */
const MIN_READINGS = 3;

/** The readings joined in order, or undefined when the text has fewer than three. */
export function rubyReadings(text: string): string | undefined {
  if (!text.includes("<rt") && !text.includes("<RT")) return undefined;
  const parts: string[] = [];
  RT.lastIndex = 0;
  for (let m = RT.exec(text); m !== null && parts.length < 400; m = RT.exec(text)) {
    parts.push(m[1].trim());
  }
  if (parts.length < MIN_READINGS) return undefined;
  return parts.join("");
}

/** The base text with the annotations taken out, or undefined when the text has no reading. */
export function rubyBase(text: string): string | undefined {
  if (!text.includes("<rt") && !text.includes("<RT")) return undefined;
  const out = text.replace(ANNOTATION, "");
  return out === text ? undefined : out;
}
