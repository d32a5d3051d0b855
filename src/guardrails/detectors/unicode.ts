/**
 * Unicode and terminal tricks: invisible characters, bidi overrides, tag-character "ASCII
 * smuggling", variation-selector payloads, ANSI/OSC escape sequences, control characters, NUL
 * bytes and mixed-script homoglyph words. Legitimate scripts pass: ZWNJ/ZWJ between letters of
 * Persian or Indic words, ZWJ inside emoji sequences, one variation selector after a character,
 * LRM/RLM and isolates in right-to-left text, and a leading byte-order mark.
 */
import type { Finding, Severity, TextDetector } from "../types.ts";
import { isConfusable } from "../text/confusables.ts";
import { lookalikeHost } from "./_unicode_r45.ts";
import { hiddenFindings, rareCounts } from "./_unicode_hidden.ts";
import { type UnicodeOptions, UnicodeOptionsSchema } from "./options.ts";
import { TEXT_DETECTOR_SPECS } from "./specs.ts";
export { UnicodeOptionsSchema };
export type { UnicodeOptions };

const MAX_FINDINGS = 50;
const SUSPECT_PRE = /[^\x20-\x7E\t\n\r]/;
const SUSPECT = new RegExp(
  [
    String.raw`(?<osc>\x1B\][^\x07\x1B]{0,4096}(?:\x07|\x1B\\)?)`,
    String.raw`(?<csi>(?:\x1B\[|\x9B)[0-?]{0,64}[ -/]{0,8}[@-~]?)`,
    String.raw`(?<esc>\x1B[\s\S]?)`,
    String.raw`(?<nul>\x00+)`,
    String.raw`(?<ctl>[\x01-\x08\x0B\x0C\x0E-\x1A\x1C-\x1F\x7F-\x9A\x9C-\x9F]+)`,
    // U+206A–U+206F are deprecated format controls; U+061C is the Arabic letter mark (bidi).
    String.raw`(?<zw>[\u200B-\u200F\u2060-\u2064\u206A-\u206F\u061C\uFEFF]+)`,
    String.raw`(?<bidi>[\u202A-\u202E\u2066-\u2069]+)`,
    String.raw`(?<tag>(?:\uDB40[\uDC00-\uDC7F])+)`,
    String.raw`(?<vs>(?:[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]){2,})`,
    String.raw`(?<shy>\u00AD{2,})`,
    // Start characters of the rarer checks in `_unicode_hidden.ts`: noted here, judged there,
    // so ordinary text pays for no extra pass.
    String
      .raw`(?<rare>[\u034F\u115F\u1160\u17B4\u17B5\u180E\u3164\uFFA0\uFFF9-\uFFFB\uFE00-\uFE0F\uFF21-\uFF3A\uFF41-\uFF5A]|\uDB40[\uDD00-\uDDEF]|\uD835[\uDC00-\uDFFF]|\uD834[\uDD73-\uDD7A]|\uD82F[\uDCA0-\uDCA3])`,
  ].join("|"),
  "g",
);
/** Every first character SUSPECT can start a match with: find the next candidate cheaply. */
const SUSPECT_START =
  // deno-lint-ignore no-control-regex
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069\u206A-\u206F\u061C\uDB40\uFE00-\uFE0F\u034F\u115F\u1160\u17B4\u17B5\u180E\u3164\uFFA0\uFFF9-\uFFFB\uFF21-\uFF3A\uFF41-\uFF5A\uD835\uD834\uD82F]/g;
// Ends at U+FEFC: U+FEFF (the BOM) is no right-to-left letter, and must not unlock bidi controls;
// for the same reason U+061C (the Arabic letter mark, itself a bidi control) is left out.
const RTL = /[\u0590-\u061B\u061D-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
/** Scripts written without spaces, where ZWSP marks word breaks (Thai, Lao, Khmer, CJK, …). */
const NO_SPACE_SCRIPT =
  /[\u0E00-\u0EFF\u0F00-\u0FFF\u1000-\u109F\u1780-\u17FF\u1950-\u19DF\u1A20-\u1AAF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uA980-\uA9DF\uAA60-\uAA7F\uAC00-\uD7AF\uF900-\uFAFF]/;
/** How far from a bidi control a right-to-left letter must be for the control to be layout. */
const BIDI_WINDOW = 64;
const LETTER = /[\p{L}\p{M}]/u;
const LATIN_LETTER = /[A-Za-z]/;
const PICTO = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F]/u;
// deno-lint-ignore no-control-regex
const SGR = /^(?:\x1B\[|\x9B)[0-9;:]*m$/;
const LOOKALIKE_SCRIPT = /[\u0370-\u03FF\u0400-\u052F\u0530-\u058F\u13A0-\u13FF]/;

function finding(
  kind: string,
  severity: Severity,
  reason: string,
  start: number,
  end: number,
): Finding {
  return { detector: "unicode", kind, severity, reason, start, end };
}

function charBefore(text: string, i: number): string {
  const cp = text.codePointAt(i > 1 && /[\uDC00-\uDFFF]/.test(text[i - 1]) ? i - 2 : i - 1);
  return cp === undefined || i === 0 ? "" : String.fromCodePoint(cp);
}

function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/** ZWNJ/ZWJ joining two letters of a non-Latin script, or ZWJ inside an emoji sequence. */
function isLegitJoiner(text: string, start: number, run: string, opts: UnicodeOptions): boolean {
  if (run.length !== 1 || (run !== "\u200B" && run !== "\u200C" && run !== "\u200D")) return false;
  const prev = charBefore(text, start);
  const next = charAt(text, start + 1);
  if (run === "\u200D" && PICTO.test(prev) && PICTO.test(next)) return true;
  if (run === "\u200B") return NO_SPACE_SCRIPT.test(prev) && NO_SPACE_SCRIPT.test(next);
  return opts.allow_zwnj_in_words && LETTER.test(prev) && LETTER.test(next) &&
    !LATIN_LETTER.test(prev) && !LATIN_LETTER.test(next);
}

function scanInvisible(
  text: string,
  m: RegExpExecArray,
  opts: UnicodeOptions,
  rtl: boolean,
): Finding | undefined {
  const g = m.groups!;
  const start = m.index;
  const end = start + m[0].length;
  if (g.osc !== undefined) {
    const link = g.osc.startsWith("\x1B]8;");
    return finding(
      link ? "osc_hyperlink" : "ansi_escape",
      "high",
      link
        ? "Text contains a terminal hyperlink escape (OSC 8) whose visible text can hide its real target"
        : "Text contains a terminal OSC escape sequence that can retitle or control the terminal",
      start,
      end,
    );
  }
  if (g.csi !== undefined) {
    if (SGR.test(g.csi)) {
      if (opts.allow_ansi_colors) return undefined;
      return finding(
        "ansi_escape",
        "medium",
        "Text contains ANSI colour escape sequences; strip them before showing it",
        start,
        end,
      );
    }
    return finding(
      "ansi_escape",
      "high",
      "Text contains ANSI terminal escape sequences that can move the cursor, erase or rewrite what a terminal shows",
      start,
      end,
    );
  }
  if (g.esc !== undefined) {
    return finding(
      "ansi_escape",
      "high",
      "Text contains a raw ESC control character that terminals interpret as a command",
      start,
      end,
    );
  }
  if (g.nul !== undefined) {
    return finding(
      "nul_byte",
      "high",
      "Text contains NUL bytes, which can truncate or hide content downstream",
      start,
      end,
    );
  }
  if (g.ctl !== undefined) {
    // Vertical tab and form feed are old layout characters, not tricks.
    const benign = /^[\v\f]+$/.test(g.ctl);
    return finding(
      "control_char",
      benign ? "low" : "medium",
      `Text contains ${g.ctl.length} control character(s) such as U+${
        g.ctl.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")
      } that can hide or overwrite output`,
      start,
      end,
    );
  }
  if (g.zw !== undefined) {
    if (isLegitJoiner(text, start, g.zw, opts)) return undefined;
    if (start === 0 && g.zw === "\uFEFF") return undefined;
    if (rtl && /^[\u200E\u200F\u061C]+$/.test(g.zw)) return undefined;
    const splitsWord = LATIN_LETTER.test(charBefore(text, start)) &&
      LATIN_LETTER.test(charAt(text, end));
    return finding(
      "zero_width",
      g.zw.length >= 2 ? "high" : "medium",
      splitsWord
        ? "Text hides zero-width characters inside a word, which can sneak words past filters"
        : `Text contains ${g.zw.length} invisible zero-width character(s) that can hide content`,
      start,
      end,
    );
  }
  if (g.bidi !== undefined) {
    const override = /[\u202D\u202E]/.test(g.bidi);
    // Isolates and embeddings lay out right-to-left text next to them; far from any such
    // text they only reorder Latin code (Trojan Source).
    if (
      !override && rtl && RTL.test(text.slice(Math.max(0, start - BIDI_WINDOW), end + BIDI_WINDOW))
    ) {
      return undefined;
    }
    return finding(
      "bidi_control",
      "high",
      "Text contains bidirectional control characters that make it display differently from how it reads (Trojan Source)",
      start,
      end,
    );
  }
  if (g.tag !== undefined) {
    // Emoji subdivision flags (🏴 + an ISO 3166-2 code in tag letters + CANCEL TAG, e.g.
    // gbsct) are the one legitimate use: two lower-case letters, then 1-4 letters or digits.
    if (
      charBefore(text, start) === "\u{1F3F4}" &&
      /^(?:\uDB40[\uDC61-\uDC7A]){2}(?:\uDB40[\uDC30-\uDC39\uDC61-\uDC7A]){1,4}\uDB40\uDC7F$/
        .test(g.tag)
    ) {
      return undefined;
    }
    return finding(
      "tag_smuggling",
      "high",
      `Text hides ${
        g.tag.length / 2
      } invisible Unicode tag characters that spell out ASCII text (ASCII smuggling)`,
      start,
      end,
    );
  }
  if (g.shy !== undefined) {
    return finding(
      "zero_width",
      "medium",
      `Text hides a run of ${g.shy.length} soft hyphens, which no hyphenation needs`,
      start,
      end,
    );
  }
  const n = [...g.vs].length;
  return finding(
    "variation_selector_run",
    n >= 4 ? "high" : "medium",
    `Text hides data in a run of ${n} invisible variation selectors`,
    start,
    end,
  );
}

const FOREIGN_G = new RegExp(LOOKALIKE_SCRIPT.source, "g");
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const WORD_REST = /[\p{L}\p{M}\p{N}]*/uy;
const NON_WORD_THEN_WORD = /[^\p{L}\p{M}\p{N}]*([\p{L}\p{M}\p{N}]+)/uy;
/** Memo of WORD_CHAR per BMP code unit: 0 unknown, 1 word, 2 not. */
const BMP_WORD = new Uint8Array(0x10000);

function isWordCp(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  }
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  let v = BMP_WORD[cp];
  if (v === 0) v = BMP_WORD[cp] = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
  return v === 1;
}

/** Code point ending just before `i` and its start index (as the `u`-flag regex sees it). */
function cpBefore(text: string, i: number): [number, number] {
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return [(hi - 0xd800) * 0x400 + lo - 0xdc00 + 0x10000, i - 2];
  }
  return [lo, i - 1];
}

/** Start of the word run that ends at `i` (`i` itself when text[i-1] is no word character). */
function wordStart(text: string, i: number): number {
  while (i > 0) {
    const [cp, j] = cpBefore(text, i);
    if (!isWordCp(cp)) break;
    i = j;
  }
  return i;
}

/** The word before index `s` (a word start), or undefined. */
function wordBefore(text: string, s: number): string | undefined {
  let i = s;
  while (i > 0) {
    const [cp, j] = cpBefore(text, i);
    if (isWordCp(cp)) return text.slice(wordStart(text, i), i);
    i = j;
  }
  return undefined;
}

function isPlainLatin(w: string | undefined): boolean {
  return w !== undefined && LATIN_LETTER.test(w) && !LOOKALIKE_SCRIPT.test(w);
}

/** The look-alike block of a letter: 0 Greek, 1 Cyrillic, 2 Armenian, 3 Cherokee. */
function blockOf(cp: number): number {
  return cp < 0x400 ? 0 : cp < 0x530 ? 1 : cp < 0x590 ? 2 : 3;
}

/**
 * True when `text` holds two or more words with a letter of that block that imitates no Latin
 * letter (Ukrainian `з`, `б`, `ї`, Greek `λ`, `ω`): the script is written there as a language, so a
 * word of it made only of look-alike letters (`Токен`, `Сервер`, `Он`) is a word of that language
 * — a Ukrainian prompt string in Python code —, not a Latin word spoofed letter by letter. Words
 * that mix scripts are still reported whatever the text holds.
 */
function writesScript(text: string, block: number): boolean {
  // Once per text and block: a text of many look-alike words must not be re-read for each.
  if (memoText !== text) {
    memoText = text;
    memoBlocks = [undefined, undefined, undefined, undefined];
  }
  return memoBlocks[block] ??= countsNative(text, block);
}
let memoText: string | undefined;
let memoBlocks: (boolean | undefined)[] = [];
function countsNative(text: string, block: number): boolean {
  let words = 0;
  let lastWord = -1;
  NATIVE_G.lastIndex = 0;
  for (let m = NATIVE_G.exec(text); m !== null; m = NATIVE_G.exec(text)) {
    if (blockOf(m[0].charCodeAt(0)) !== block || isConfusable(m[0])) continue;
    const w = wordStart(text, m.index);
    if (w !== lastWord && ++words >= 2) return true;
    lastWord = w;
  }
  return false;
}
const NATIVE_G = new RegExp(`${LOOKALIKE_SCRIPT.source}`, "g");

/**
 * Homoglyph words. Same result as walking every word of the text, but only words holding a
 * Cyrillic/Greek/Armenian/Cherokee letter can be reported, so only they (and their neighbours)
 * are looked at.
 */
function scanHomoglyphs(text: string, opts: UnicodeOptions, out: Finding[]): void {
  FOREIGN_G.lastIndex = 0;
  for (
    let m = FOREIGN_G.exec(text);
    m !== null && out.length < MAX_FINDINGS;
    m = FOREIGN_G.exec(text)
  ) {
    const p = m.index;
    if (!isWordCp(text.charCodeAt(p))) continue;
    const start = wordStart(text, p);
    WORD_REST.lastIndex = p;
    WORD_REST.exec(text);
    const end = WORD_REST.lastIndex;
    FOREIGN_G.lastIndex = end;
    const w = text.slice(start, end);
    if (LATIN_LETTER.test(w)) {
      const lookalike = [...w].every((c) => !LOOKALIKE_SCRIPT.test(c) || isConfusable(c));
      out.push(
        lookalike
          ? finding(
            "homoglyph",
            opts.block_homoglyphs ? "high" : "medium",
            "A word mixes Latin letters with look-alike Cyrillic/Greek letters (homoglyph spoofing)",
            start,
            end,
          )
          : finding(
            "mixed_script",
            "low",
            "A word mixes Latin letters with Cyrillic/Greek letters",
            start,
            end,
          ),
      );
      continue;
    }
    if (w.length < 3 || !isPlainLatin(wordBefore(text, start))) continue;
    if (![...w].every((c) => isConfusable(c))) continue;
    NON_WORD_THEN_WORD.lastIndex = end;
    const next = NON_WORD_THEN_WORD.exec(text);
    if (next && isPlainLatin(next[1]) && !writesScript(text, blockOf(w.charCodeAt(0)))) {
      out.push(
        finding(
          "homoglyph",
          "medium",
          "A word written entirely in Cyrillic/Greek look-alike letters sits among Latin words (homoglyph spoofing)",
          start,
          end,
        ),
      );
    }
  }
}

function scanText(text: string, opts: UnicodeOptions): Finding[] {
  const out: Finding[] = [];
  if (!SUSPECT_PRE.test(text)) return out;
  let rtl: boolean | undefined;
  let hidden = false;
  SUSPECT_START.lastIndex = 0;
  while (SUSPECT_START.test(text)) {
    // A match can only begin at a SUSPECT_START character, so scanning from there finds the
    // same leftmost match as scanning from the previous match's end.
    SUSPECT.lastIndex = SUSPECT_START.lastIndex - 1;
    const m = SUSPECT.exec(text);
    if (m === null) break;
    SUSPECT_START.lastIndex = SUSPECT.lastIndex;
    if (m.groups!.rare !== undefined) {
      hidden ||= rareCounts(text, m.index, m[0]);
      continue;
    }
    rtl ??= RTL.test(text);
    const f = scanInvisible(text, m, opts, rtl);
    if (f) out.push(f);
    if (out.length >= MAX_FINDINGS) return out;
  }
  if (hidden) out.push(...hiddenFindings(text));
  if (LOOKALIKE_SCRIPT.test(text) && LATIN_LETTER.test(text)) scanHomoglyphs(text, opts, out);
  // Round 45 (./_unicode_r45.ts): a host spelled with letters that only imitate ASCII ones.
  const host = out.length < MAX_FINDINGS ? lookalikeHost(text) : undefined;
  if (host) {
    out.push(
      finding(
        "homoglyph",
        "high",
        "A host name spells an ASCII name with look-alike letters (a look-alike domain)",
        host[0],
        host[1],
      ),
    );
  }
  return out;
}

/** Detector for invisible, bidi, tag, escape and control characters and homoglyph words. */
export const unicodeDetector: TextDetector<UnicodeOptions> = {
  id: "unicode",
  description: "Invisible/bidi/tag characters, terminal escapes, control bytes and homoglyph words",
  ...TEXT_DETECTOR_SPECS.unicode,
  scan(text, _field, options): Finding[] {
    try {
      return scanText(text, options ?? UnicodeOptionsSchema.parse({}));
    } catch {
      return [
        finding(
          "scan_error",
          "medium",
          "The unicode scan failed on this text; treat it as untrusted",
          0,
          0,
        ),
      ];
    }
  },
};
