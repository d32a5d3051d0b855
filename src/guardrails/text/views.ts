/**
 * Views of a string for scanning: the raw text, a normalized form (NFKC, invisible characters
 * removed), a homoglyph skeleton, and decoded forms of encoded segments (base64, hex, URL encoding,
 * HTML entities, unicode escapes, Unicode tag characters, s p a c e d and l33t letters). Detectors
 * that block scan every view, so an attack hidden behind encoding or invisible characters is seen
 * the same as a plain one. Callers must not depend on the number or order of views after the first.
 *
 * Speed: every decoder has a cheap pre-test and runs only when a candidate segment exists, so plain
 * text costs a handful of linear scans and yields one view.
 */
import { skeleton } from "./confusables.ts";
import { decodeBase64, decodeEscapes, decodeHexRuns, decodeHtml, decodeUrl } from "./_decoders.ts";

const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDDEF]/g;
// deno-lint-ignore no-control-regex
const NON_ASCII = /[^\x00-\x7F]/;
const TAG_CHARS = /\uDB40[\uDC20-\uDC7E]/;
const TAG_CHARS_G = /\uDB40([\uDC20-\uDC7E])/g;
const SPACED_PRE = /\b[a-zA-Z](?:[ ._*|~-][a-zA-Z]){4}/;
const SPACED_RUN = /\b[a-zA-Z](?:[ ._*|~-][a-zA-Z]){2,}\b/g;
const SPACED_SEP = /[ ._*|~-]/g;
const LEET_PRE = /[a-z][013457@$][a-z]*[g-z]|[g-z][a-z]*[013457@$][a-z]/i;
const LEET_TOKEN = /[a-z0-9@$]*[a-z][a-z0-9@$]*/gi;
const LEET_CHAR = /[013457@$]/g;
const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  "$": "s",
};
/** Decoded text is scanned again once (e.g. base64 of URL-encoded text), never deeper. */
const MAX_DEPTH = 2;

/** NFKC-normalize and drop invisible/format characters. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "");
}

let lastText: string | undefined;
let lastViews: readonly string[] = [];

/** Distinct views of `text` to scan (the raw text first). */
export function textViews(text: string): string[] {
  // Several detectors scan the same string in a row: remember the last answer.
  if (text === lastText) return [...lastViews];
  const out = new Set<string>([text]);
  addViews(text, out, 1);
  lastText = text;
  lastViews = [...out];
  return [...lastViews];
}

function addViews(text: string, out: Set<string>, depth: number): void {
  const fresh: string[] = [];
  const add = (v: string | undefined): void => {
    if (v !== undefined && v !== text && !out.has(v)) {
      out.add(v);
      fresh.push(v);
    }
  };
  if (NON_ASCII.test(text)) {
    if (TAG_CHARS.test(text)) {
      // ASCII smuggling: tag characters mirror ASCII one-to-one; show them as the text they spell.
      add(text.replace(TAG_CHARS_G, (_m, lo: string) => String.fromCharCode(lo.charCodeAt(0) - 0xdc00)));
    }
    const n = normalizeText(text);
    add(n);
    add(skeleton(n));
  }
  add(decodeBase64(text));
  add(decodeHexRuns(text));
  add(decodeUrl(text));
  add(decodeHtml(text));
  add(decodeEscapes(text));
  if (SPACED_PRE.test(text)) add(text.replace(SPACED_RUN, (m) => m.replace(SPACED_SEP, "")));
  if (LEET_PRE.test(text)) add(unleet(text));
  if (depth < MAX_DEPTH) {
    for (const v of fresh) if (v.length <= text.length) addViews(v, out, depth + 1);
  }
}

function unleet(text: string): string {
  return text.replace(LEET_TOKEN, (tok) => {
    if (!/[013457@$]/.test(tok) || /^[0-9a-f]+$/i.test(tok)) return tok;
    return tok.replace(LEET_CHAR, (c) => LEET[c] ?? c);
  });
}
