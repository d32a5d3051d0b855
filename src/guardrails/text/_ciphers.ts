/**
 * Decoders for the encodings jailbreak kits and scanners (garak's encoding probes, published
 * payload lists) use besides base64/hex/URL: Braille, Morse, the NATO alphabet, base32,
 * quoted-printable, Zalgo-style combining marks, words split by hyphens, and — only where the text
 * itself says so ("ROT13", "read it backwards", "concatenate a and b") — ROT13, reversed text and
 * string fragments meant to be joined. Each has a cheap gate, so ordinary text costs a few native
 * regex tests and yields nothing.
 */
import { looksLikeText, type Segment } from "./_decoders.ts";

const MAX_SEGMENTS = 200;

/** Grade-1 Braille letters a–z (U+2801 …). */
const BRAILLE_LETTERS = "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵";
const BRAILLE_RUN = /[\u2800-\u28ff][\u2800-\u28ff\s.,:;!?'"-]{3,}/g;
const BRAILLE_GATE = /[\u2801-\u28ff]{3}/;

/** Braille runs read as Latin letters (`⠊⠛⠝⠕⠗⠑` → `ignore`). */
export function decodeBraille(text: string): Segment[] {
  if (!BRAILLE_GATE.test(text)) return [];
  return mapRuns(text, BRAILLE_RUN, (run) => {
    let out = "";
    for (const ch of run) {
      const at = BRAILLE_LETTERS.indexOf(ch);
      out += at >= 0 ? String.fromCharCode(97 + at) : ch === "\u2800" ? " " : ch;
    }
    return out;
  });
}

/** International Morse letters and digits (also read by `_defside_r47.ts`). */
export const MORSE: Readonly<Record<string, string>> = {
  ".-": "a",
  "-...": "b",
  "-.-.": "c",
  "-..": "d",
  ".": "e",
  "..-.": "f",
  "--.": "g",
  "....": "h",
  "..": "i",
  ".---": "j",
  "-.-": "k",
  ".-..": "l",
  "--": "m",
  "-.": "n",
  "---": "o",
  ".--.": "p",
  "--.-": "q",
  ".-.": "r",
  "...": "s",
  "-": "t",
  "..-": "u",
  "...-": "v",
  ".--": "w",
  "-..-": "x",
  "-.--": "y",
  "--..": "z",
  "-----": "0",
  ".----": "1",
  "..---": "2",
  "...--": "3",
  "....-": "4",
  ".....": "5",
  "-....": "6",
  "--...": "7",
  "---..": "8",
  "----.": "9",
};
/** At least eight Morse letters in a row (dots and dashes, `/` or `|` between words). */
const MORSE_RUN = /(?:[.\-·−]{1,6}[ \t]+(?:[/|][ \t]+)?){7,}[.\-·−]{1,6}/g;
const MORSE_GATE = /[.\-][.\-]?[ \t]+[.\-]{1,6}[ \t]+[.\-]{1,6}[ \t]+[.\-]{1,6}[ \t]/;

/** Morse runs as letters, `/` as a word break (`.. --. -. --- .-. .` → `ignore`). */
export function decodeMorse(text: string): Segment[] {
  if (!MORSE_GATE.test(text)) return [];
  return mapRuns(text, MORSE_RUN, (run) => {
    let out = "";
    let unknown = 0;
    for (const tok of run.split(/[ \t]+/)) {
      if (tok === "/" || tok === "|") out += " ";
      else {
        const c = MORSE[tok.replace(/·/g, ".").replace(/−/g, "-")];
        if (c === undefined) unknown++;
        out += c ?? "";
      }
    }
    // Dashes and dots in ASCII art or tables are not Morse: most codes must be letters.
    return unknown * 4 > out.length ? run : out;
  });
}

const NATO_WORDS =
  "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray yankee zulu"
    .split(" ");
const NATO = new Set(NATO_WORDS);
const NATO_WORD = `(?:${NATO_WORDS.join("|")})`;
/** Six or more NATO code words in a row (`/` or `|` between spelled words). */
const NATO_RUN = new RegExp(
  `\\b${NATO_WORD}(?:[\\s,;]+(?:[/|][\\s,;]+)?${NATO_WORD}){5,}\\b`,
  "gi",
);
const NATO_GATE =
  /Tango|Foxtrot|Sierra|Juliet|November|Quebec|Whisk|Yankee|Zulu|TANGO|FOXTROT|SIERRA|JULIET|NOVEMBER|QUEBEC|WHISK|YANKEE|ZULU/;

/** NATO spelling as letters (`India Golf November Oscar Romeo Echo` → `ignore`). */
export function decodeNato(text: string): Segment[] {
  if (!NATO_GATE.test(text)) return [];
  return mapRuns(text, NATO_RUN, (run) => {
    let out = "";
    for (const tok of run.split(/[\s,;]+/)) {
      const w = tok.toLowerCase();
      if (w === "/" || w === "|") out += " ";
      else if (NATO.has(w)) out += w === "x-ray" ? "x" : w[0];
    }
    return out;
  });
}

const B32_RUN = /(?<![A-Za-z0-9+/])[A-Z2-7]{24,}={0,6}(?![A-Za-z0-9+/])/g;
/** Base32 is decoded where the text names it (scanners and kits say "BASE32 encoded: …"). */
const B32_GATE = /[Bb]ase[\s_-]?32|BASE[\s_-]?32|\b[Bb]32\b/;
const B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 runs that decode to text, in a text that names base32. */
export function decodeBase32(text: string): Segment[] {
  if (!B32_GATE.test(text)) return [];
  return mapRuns(text, B32_RUN, (run) => {
    const body = run.replace(/=+$/, "");
    const bytes: number[] = [];
    let acc = 0;
    let bits = 0;
    for (const ch of body) {
      acc = (acc << 5) | B32_ALPHABET.indexOf(ch);
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((acc >> bits) & 0xff);
      }
    }
    const s = new TextDecoder().decode(new Uint8Array(bytes));
    return looksLikeText(s) && /[a-z]{3}/i.test(s) ? s : run;
  });
}

/** Four or more `=XX` bytes, then short literal stretches between more of them (no `=` inside). */
const QP_RUN = /(?:=[0-9A-F]{2}){4,}(?:(?:[!-<>-~ \t]{1,20}|=\r?\n)(?:=[0-9A-F]{2})+)*/g;
const QP_GATE = /(?:=[0-9A-F]{2}){4}/;

/** Quoted-printable runs (`=49=67=6E=6F=72=65` → `Ignore`). */
export function decodeQuotedPrintable(text: string): Segment[] {
  if (!QP_GATE.test(text)) return [];
  return mapRuns(text, QP_RUN, (run) => {
    const bytes: number[] = [];
    const body = run.replace(/=\r?\n/g, "");
    for (let i = 0; i < body.length; i++) {
      if (body[i] === "=" && /^[0-9A-F]{2}$/.test(body.slice(i + 1, i + 3))) {
        bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(body.charCodeAt(i) & 0xff);
    }
    const s = new TextDecoder().decode(new Uint8Array(bytes));
    return looksLikeText(s) ? s : run;
  });
}

/** Combining marks (Zalgo text piles them on letters). */
const MARKS_GATE =
  /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
/** A Latin or ASCII character (letters, spaces, punctuation) with marks piled on it. */
const LATIN_MARKED =
  /[\x20-\x7e\u00c0-\u024f][\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;

/**
 * Latin letters (and the spaces and punctuation between them) with their combining marks dropped
 * (`Í̖̤ǵ̖̤ń̖̤…` → `Ign…`): one segment per marked character; the excerpt joins neighbours back into
 * words. Scripts that write with marks (Devanagari, Arabic, Hebrew, Thai) are left alone.
 */
export function stripMarks(text: string): Segment[] {
  if (!MARKS_GATE.test(text)) return [];
  return mapRuns(text, LATIN_MARKED, (m) => m[0], 4000);
}

/** True for an ASCII letter. */
function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}
const PROSE_BEFORE = /[\s("'“‘]/;
const PROSE_AFTER = /[\s.,;:!?)"'”’]/;
/** Hyphen-split tokens closer than this to each other form a cluster. */
const SPLIT_NEAR = 60;

/**
 * Hyphen-split words joined (`Ig-nore all pre-vious in-struc-tions`) where at least two sit close
 * together: a short leading or middle piece marks syllables, not a compound (`well-known`,
 * `built-in`), and acronyms (`RSA-PSS`, `UTF-8`) stay. A single split word in prose is far more
 * often a prefix (`re-run`, `pre-release`) than a disguise, so it is left alone.
 */
export function joinSplitWords(text: string): Segment[] {
  const found: Segment[] = [];
  for (let at = text.indexOf("-"); at >= 0 && found.length < MAX_SEGMENTS;) {
    if (!isLetter(text.charCodeAt(at - 1)) || !isLetter(text.charCodeAt(at + 1))) {
      at = text.indexOf("-", at + 1);
      continue;
    }
    let start = at;
    while (start > 0 && (isLetter(text.charCodeAt(start - 1)) || text[start - 1] === "-")) start--;
    let end = at;
    while (end < text.length && (isLetter(text.charCodeAt(end)) || text[end] === "-")) end++;
    const w = text.slice(start, end);
    const parts = w.split("-");
    // Prose words only: `[npm-url]`, `application/x-perl`, `@scope/cli-truncate` are names.
    const before = start === 0 ? " " : text[start - 1];
    const after = end >= text.length ? " " : text[end];
    const ok = PROSE_BEFORE.test(before) && PROSE_AFTER.test(after) && parts.length <= 9 &&
      parts.every((p) => p.length >= 1 && p.length <= 12) &&
      !parts.some((p) => p.length >= 2 && p === p.toUpperCase()) &&
      parts.slice(0, -1).some((p) => p.length <= 3);
    if (ok) found.push({ start, end, decoded: parts.join("") });
    at = text.indexOf("-", end);
  }
  return found.filter((s, i) =>
    (i > 0 && s.start - found[i - 1].end <= SPLIT_NEAR) ||
    (i + 1 < found.length && found[i + 1].start - s.end <= SPLIT_NEAR)
  );
}

const ROT13_PRE = /[Rr][Oo][Tt][\s-]?13|[Cc]aesar|CAESAR/;
/** The text says how to read it: ROT13 / Caesar. */
const ROT13_HINT = /\brot[\s-]?13\b|\bcaesar\b|\brot[\s-]?(?:cipher|encod)/i;
/** The text says to read it backwards. */
const REVERSE_HINT =
  /\bbackwards\b|(?<![\w-])in\s+reverse(?:\s+order\b|\s*[.,:;!)]|\s*$)|\bright[\s-]to[\s-]left\b|\b(?:read|spell|write|say|decode)\w{0,3}\s+(?:\S+\s+){0,4}?from\s+(?:the\s+)?(?:end|last)|\brevers(?:e|ed|ing)\s+(?:the\s+|this\s+|each\s+|every\s+)?(?:text|string|message|order|letters|characters|words|sentence|line)s?\b|\breversed\s+(?:text|string|message|instructions?)\b|(?<!\p{L})справа\s+нал[еіи]в[оа](?!\p{L})|(?<!\p{L})задом\s+напер[её]д|\bde\s+derecha\s+a\s+izquierda\b|\bde\s+droite\s+à\s+gauche|\bvon\s+rechts\s+nach\s+links\b|\brückwärts|\bda\s+destra\s+a\s+sinistra\b|\bod\s+prawej\s+do\s+lewej\b|\bsağdan\s+sola\b|\bda\s+direita\s+para\s+a\s+esquerda\b/iu;

/** Case-sensitive pre-test for {@link REVERSE_HINT} (one cheap regex pass). */
const REVERSE_PRE =
  /evers|EVERS|ackward|ACKWARD|rom the end|ROM THE END|to.left|TO.LEFT|права\s+нал|РАВА\s+НАЛ|адом\s+напер|echa a izq|roite à g|echts nach l|ückwärts|ÜCKWÄRTS|estra a sin|rawej do l|ağdan sol|ireita para a esq/;

/** ROT13 of the whole text, when the text names ROT13 or a Caesar cipher. */
export function rot13View(text: string): string | undefined {
  if (text.length > 100_000 || !ROT13_PRE.test(text) || !ROT13_HINT.test(text)) return undefined;
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(base + ((c.charCodeAt(0) - base + 13) % 26));
  });
}

/** The text reversed (each line and word order), when the text says to read it backwards. */
export function reversedView(text: string): string | undefined {
  if (text.length > 100_000 || !REVERSE_PRE.test(text) || !REVERSE_HINT.test(text)) {
    return undefined;
  }
  const chars = [...text].reverse().join("");
  const words = text.split(/(\s+)/).reverse().join("");
  return `${chars}\n${words}`;
}

/** Two or more quoted fragments and a request to join them (`a + b`, "concatenate"). */
const JOIN_HINT =
  /\b[a-z]\w{0,10}\s*\+\s*[a-z]\w{0,10}\b|\bconcat(?:enat\w*)?\b|\b(?:combine|join|merge|put together)\b/i;
const JOIN_PRE = /\+|concat|combin|join|merge|together/i;
const QUOTED = /(["'`“‘])([^"'`“”‘’\n]{1,120})(?:["'`”’])/g;

/** The quoted fragments joined in order, when the text asks for them to be put together. */
export function joinedFragments(text: string): string | undefined {
  if (text.length > 4000 || !JOIN_PRE.test(text) || !JOIN_HINT.test(text)) return undefined;
  const parts: string[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m && parts.length < 40; m = QUOTED.exec(text)) parts.push(m[2]);
  return parts.length >= 2 ? parts.join("") : undefined;
}

/** Segments of `re` (global) matches whose `map` differs from the match. */
function mapRuns(
  text: string,
  re: RegExp,
  map: (m: string) => string,
  cap = MAX_SEGMENTS,
): Segment[] {
  const out: Segment[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < cap; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const d = map(m[0]);
    if (d !== m[0]) out.push({ start: m.index, end: m.index + m[0].length, decoded: d });
  }
  return out;
}
