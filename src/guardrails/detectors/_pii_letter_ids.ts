/**
 * Identity documents whose numbers mix letters and digits, which the digit-run candidates of the
 * PII detector never reach: Italian codice fiscale (shape + check letter, no label needed),
 * Singapore NRIC/FIN (check letter + a label or key), passport machine-readable zones (TD3 and
 * TD1, ICAO 9303 check digits) and passport numbers under a passport label in several languages.
 *
 * Everything runs behind {@link letterIdPossible}, a test most text fails at once.
 */
import type { NationalIdSpan } from "./_pii_national.ts";

/**
 * Text that passes this is read whole: MRZ filler `<<` (one fast `includes`), or a JSON key that
 * names a codice fiscale, NRIC/FIN or passport. In other text the PII detector's candidate pass
 * (one regex over the digits it visits anyway) finds a free-text codice fiscale or NRIC shape and
 * calls {@link letterIdHits} only then; an NRIC there still needs its label.
 */
export function letterIdPossible(text: string, key: string | undefined): boolean {
  return text.includes("<<") || (key !== undefined && ID_KEY.test(key));
}
const ID_KEY = /codice_?fiscale|^cf$|fiscal_?code|tax_?code|nric|^fin$|passport/;

// ------------------------------------------------------------------- Italian codice fiscale

const CF =
  /(?<![A-Za-z0-9])[A-Z]{6}[\dLMNP-V]{2}[A-EHLMPR-T][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}([A-Z])(?![A-Za-z0-9])/g;
/** Values of characters in odd (1st, 3rd, …) positions, indexed by digit then letter. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const CF_ODD_LETTERS = [
  1,
  0,
  5,
  7,
  9,
  13,
  15,
  17,
  19,
  21,
  2,
  4,
  18,
  20,
  11,
  3,
  6,
  8,
  12,
  14,
  16,
  10,
  22,
  25,
  24,
  23,
];

/** The codice fiscale's 16th character is its check letter. */
export function codiceFiscaleValid(cf: string): boolean {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = cf.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    const v = digit ? c - 48 : c - 65;
    sum += i % 2 === 0 ? (digit ? CF_ODD[v] : CF_ODD_LETTERS[v]) : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === cf[15];
}

// ------------------------------------------------------------------------ Singapore NRIC

const NRIC = /(?<![A-Za-z0-9])([STFGM])(\d{7})([A-Z])(?![A-Za-z0-9])/g;
const NRIC_LABEL = /\b(?:NRIC|FIN|IC (?:no|number)|identity card)\b/i;

/** NRIC/FIN check letter (weights 2,7,6,5,4,3,2; offset 4 for T/G, 3 for M). */
export function nricValid(prefix: string, digits: string, letter: string): boolean {
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = prefix === "T" || prefix === "G" ? 4 : prefix === "M" ? 3 : 0;
  for (let i = 0; i < 7; i++) sum += (digits.charCodeAt(i) - 48) * w[i];
  const table = prefix === "S" || prefix === "T"
    ? "JZIHGFEDCBA"
    : prefix === "M"
    ? "KLJNPQRTUWX"
    : "XWUTRQPNMLK";
  return table[sum % 11] === letter;
}

// ---------------------------------------------------------------------------------- MRZ

/** ICAO 9303 check digit: weights 7,3,1; `<` is 0, letters 10–35. */
export function mrzCheck(field: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const v = c === 60 ? 0 : c <= 57 ? c - 48 : c - 55;
    sum += v * w[i % 3];
  }
  return sum % 10;
}

const digitAt = (s: string, i: number): number => s.charCodeAt(i) - 48;

// TD3 (passports, 2 × 44): line 2 = number, check, nationality, birth date, check, sex, expiry, check.
const TD3_LINE2 =
  /(?<![A-Z0-9<])([A-Z0-9<]{9})(\d)[A-Z<]{3}(\d{6})(\d)[MFX<](\d{6})(\d)[A-Z0-9<]{14}[\d<]\d(?![A-Z0-9<])/g;
const TD3_LINE1 = /P[A-Z<][A-Z<]{3}[A-Z<]{39}[ \t]*\r?\n?$/;
/**
 * A TD3 name line on its own: type P, issuer, surname `<<` given names, padded to 44 (OCR output
 * often gains or loses a filler `<`, so 42–46 are accepted).
 */
const TD3_NAME =
  /(?<![A-Z0-9<])P[A-Z<][A-Z][A-Z<]{2}(?=[A-Z<]{37,41}(?![A-Z0-9<]))[A-Z]{1,39}<<[A-Z]/g;
// TD1 (identity cards, 3 × 30): line 1 = type, issuer, number, check, optional data.
const TD1_LINE1 = /(?<![A-Z0-9<])[ACI][A-Z<][A-Z<]{3}([A-Z0-9<]{9})(\d)[A-Z0-9<]{15}(?![A-Z0-9<])/g;

function mrzHits(text: string, out: NationalIdSpan[]): void {
  TD3_LINE2.lastIndex = 0;
  for (let m = TD3_LINE2.exec(text); m; m = TD3_LINE2.exec(text)) {
    if (
      mrzCheck(m[1]) !== digitAt(m[2], 0) || mrzCheck(m[3]) !== digitAt(m[4], 0) ||
      mrzCheck(m[5]) !== digitAt(m[6], 0)
    ) continue;
    let start = m.index;
    // The name line just above belongs to the same document.
    const above = text.slice(Math.max(0, m.index - 48), m.index);
    const l1 = TD3_LINE1.exec(above);
    if (l1) start = m.index - above.length + l1.index;
    out.push({ start, end: m.index + m[0].length, scheme: "passport MRZ" });
  }
  // The name line alone (`P<GBRHUGHES<<AMELIA<ROSE<<<…`, 44 chars) names the holder.
  TD3_NAME.lastIndex = 0;
  for (let m = TD3_NAME.exec(text); m; m = TD3_NAME.exec(text)) {
    if (!out.some((o) => o.start <= m!.index && m!.index < o.end)) {
      let end = m.index + m[0].length;
      while (end < text.length && /[A-Z<]/.test(text[end])) end++;
      out.push({ start: m.index, end, scheme: "passport MRZ" });
    }
  }
  TD1_LINE1.lastIndex = 0;
  for (let m = TD1_LINE1.exec(text); m; m = TD1_LINE1.exec(text)) {
    if (!/\d/.test(m[1]) || mrzCheck(m[1]) !== digitAt(m[2], 0)) continue;
    // Birth date, check digit, sex and expiry on the next line confirm an id card.
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const l2 = /^\s{1,4}(\d{6})(\d)[MFX<](\d{6})(\d)[A-Z<]{3}[A-Z0-9<]{11}\d/.exec(next);
    if (!l2 || mrzCheck(l2[1]) !== digitAt(l2[2], 0) || mrzCheck(l2[3]) !== digitAt(l2[4], 0)) {
      continue;
    }
    const end = m.index + m[0].length + l2[0].length;
    out.push({ start: m.index, end, scheme: "identity card MRZ" });
  }
}

// ---------------------------------------------------------------------- passport numbers

const PASSPORT =
  /(?:passport|passeport|pasaporte|passaporto|reisepass|paspoort)(?:[ \t]{0,2}(?:no\.?|nr\.?|number|num(?:[ée]ro|ero)?|n[°º]|#|nummer|número|numero))?[ \t]{0,3}[:#：]?[ \t]{0,3}(?<n>[A-Z0-9]{6,9})(?![A-Za-z0-9])/dgi;

function passportHits(text: string, out: NationalIdSpan[]): void {
  PASSPORT.lastIndex = 0;
  for (let m = PASSPORT.exec(text); m; m = PASSPORT.exec(text)) {
    const n = m.groups!.n;
    // A number has several digits and no lower-case letters (`passport photo`, `passport2024`).
    if (!/^[A-Z0-9]+$/.test(n) || n.replace(/\D/g, "").length < 5) continue;
    const [s, e] = m.indices!.groups!.n!;
    out.push({ start: s, end: e, scheme: "passport number" });
  }
}

// ----------------------------------------------------------------------------------- scan

/** Letter-and-digit identity numbers in `text` (call only when {@link letterIdPossible} holds). */
export function letterIdHits(text: string, key: string | undefined): NationalIdSpan[] {
  const out: NationalIdSpan[] = [];
  CF.lastIndex = 0;
  for (let m = CF.exec(text); m; m = CF.exec(text)) {
    if (codiceFiscaleValid(m[0])) {
      out.push({ start: m.index, end: m.index + m[0].length, scheme: "Italian codice fiscale" });
    }
  }
  if (text.includes("<<")) mrzHits(text, out);
  if (/[Pp]ass|PASS|[Rr]eisepass|[Pp]aspoort|[Pp]asaporte|PASAPORTE/.test(text)) {
    passportHits(text, out);
  }
  NRIC.lastIndex = 0;
  for (let m = NRIC.exec(text); m; m = NRIC.exec(text)) {
    if (!nricValid(m[1], m[2], m[3])) continue;
    const line = text.slice(Math.max(0, m.index - 48), m.index);
    if (!NRIC_LABEL.test(line.slice(line.lastIndexOf("\n") + 1)) && !/nric|^fin$/.test(key ?? "")) {
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, scheme: "Singapore NRIC/FIN" });
  }
  return out;
}
