/**
 * National identity numbers that are only digits (Canadian SIN, Indian Aadhaar, Brazilian CPF,
 * German Steuer-ID, Dutch BSN, French NIR, Spanish DNI, Polish PESEL, Norwegian fødselsnummer,
 * Belgian national number, Swedish personnummer, Australian TFN, Korean RRN, South African id,
 * Chinese resident id). Each needs its own checksum; all but a formatted CPF (`123.456.789-09`, a
 * shape nothing else has) also need their label in the same line just before (`SIN:`, `PESEL`,
 * `身份证号`…) or a JSON key naming it, because a checksum alone passes 1 in 10–97 random numbers
 * (order ids, invoice numbers).
 *
 * Runs only at the PII detector's phone candidates (a digit run of 7+ `[0-9 ().-]` characters not
 * glued to a word), so ordinary text costs nothing.
 */
import {
  belgianNnValid,
  bsnValid,
  chineseIdValid,
  cpfValid,
  fnrValid,
  luhnValid,
  nirValid,
  personnummerValid,
  peselValid,
  rrnValid,
  saIdValid,
  steuerIdValid,
  tfnValid,
  verhoeffValid,
} from "./_pii_checksums.ts";

/** One national id found: its span and the scheme's name (for the finding's reason). */
export interface NationalIdSpan {
  start: number;
  end: number;
  scheme: string;
}

interface Scheme {
  name: string;
  /** Digit counts this scheme takes. */
  digits: number;
  /** Shape of the raw run (digits and separators). */
  shape: RegExp;
  valid: (d: string) => boolean;
  /** Label that must stand shortly before (case-insensitive, word-bounded). */
  label: RegExp;
  /** JSON keys (lower-cased) that stand in for the label. */
  key: RegExp;
  /** Accepted without a label (shapes no other number has). */
  shapeAlone?: RegExp;
}

const SCHEMES: Scheme[] = [
  {
    name: "Canadian SIN",
    digits: 9,
    shape: /^\d{3}([ \-]?)\d{3}\1\d{3}$/,
    valid: (d) => !/^[08]/.test(d) && luhnValid(d),
    label: /\b(?:SIN|NAS|social insurance|assurance sociale)\b/i,
    key: /^(?:sin|nas|social_?insurance)/,
  },
  {
    name: "Aadhaar number",
    digits: 12,
    shape: /^\d{4}([ \-]?)\d{4}\1\d{4}$/,
    valid: (d) => /^[2-9]/.test(d) && verhoeffValid(d),
    label: /\b(?:aadhaa?r|uidai|UID)\b|आधार/i,
    key: /aadhaa?r|uidai/,
  },
  {
    name: "Brazilian CPF",
    digits: 11,
    shape: /^(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})$/,
    shapeAlone: /^\d{3}\.\d{3}\.\d{3}-\d{2}$/,
    valid: cpfValid,
    label: /\bCPF\b/i,
    key: /^cpf/,
  },
  {
    name: "German tax id",
    digits: 11,
    shape: /^(?:\d{2} \d{3} \d{3} \d{3}|\d{11})$/,
    valid: steuerIdValid,
    label: /\b(?:steuer-?id(?:entifikationsnummer)?|IdNr|tax id)\b/i,
    key: /steuer_?id|tax_?id/,
  },
  {
    name: "Dutch BSN",
    digits: 9,
    shape: /^(?:\d{9}|\d{4}\.\d{2}\.\d{3})$/,
    valid: bsnValid,
    label: /\b(?:BSN|burgerservicenummer|sofi(?:nummer)?)\b/i,
    key: /^bsn|burgerservice/,
  },
  {
    name: "French NIR",
    digits: 15,
    shape: /^(?:\d \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}|\d{15})$/,
    valid: nirValid,
    label: /\b(?:NIR|INSEE|s[ée]curit[ée] sociale|s[ée]cu)\b/i,
    key: /^nir$|insee|secu/,
  },
  {
    name: "Polish PESEL",
    digits: 11,
    shape: /^\d{11}$/,
    valid: peselValid,
    label: /\bPESEL\b/i,
    key: /pesel/,
  },
  {
    name: "Norwegian national id",
    digits: 11,
    shape: /^\d{6} ?\d{5}$/,
    valid: fnrValid,
    label: /f(?:ø|o|oe)dselsnummer|\bf\.?nr\b|personnummer/i,
    key: /fodselsnummer|fnr/,
  },
  {
    name: "Belgian national number",
    digits: 11,
    shape: /^(?:\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}|\d{6}[ \-]?\d{3}[ \-.]?\d{2}|\d{11})$/,
    valid: belgianNnValid,
    label:
      /rijksregister|registre national|num[ée]ro national|national (?:number|register)|\b(?:NISS|INSZ)\b/i,
    key: /rijksregister|niss|insz|national_?number/,
  },
  {
    name: "Swedish personnummer",
    digits: 10,
    shape: /^\d{6}-?\d{4}$/,
    valid: personnummerValid,
    label: /person(?:nummer|nr)|samordningsnummer|\bpnr\b/i,
    key: /personnummer|personnr|pnr/,
  },
  {
    name: "Swedish personnummer",
    digits: 12,
    shape: /^(?:19|20)\d{6}-?\d{4}$/,
    valid: personnummerValid,
    label: /person(?:nummer|nr)|samordningsnummer|\bpnr\b/i,
    key: /personnummer|personnr|pnr/,
  },
  {
    name: "Australian TFN",
    digits: 9,
    shape: /^\d{3}([ \-]?)\d{3}\1\d{3}$/,
    valid: tfnValid,
    label: /\bTFN\b|tax file (?:number|no)/i,
    key: /^tfn|tax_?file/,
  },
  {
    name: "Korean resident registration number",
    digits: 13,
    shape: /^\d{6}-?\d{7}$/,
    valid: rrnValid,
    label: /주민등록번호|주민번호|\bRRN\b|resident registration/i,
    key: /rrn|resident_?reg/,
  },
  {
    name: "South African id",
    digits: 13,
    shape: /^\d{6} ?\d{4} ?\d{3}$/,
    valid: saIdValid,
    label: /\b(?:(?:R?SA )?ID (?:number|no\.?)|identity number)\b/i,
    key: /^(?:sa_?)?id_?number|identity_?number/,
  },
  {
    // 9-digit passport numbers (US, UK, …) carry no checksum: only a passport label makes them one.
    name: "passport number",
    digits: 9,
    shape: /^\d{9}$/,
    valid: () => true,
    label: /pass(?:port|eport|aporto)|pasaporte|reisepass|paspoort|паспорт|护照|旅券|여권/i,
    key: /passport/,
  },
  {
    name: "Chinese resident id",
    digits: 18,
    shape: /^\d{17}[\dXx]$/,
    valid: chineseIdValid,
    label: /身份[证證]|公民身份|\bID card\b|resident (?:identity|id)/i,
    key: /id_?card|shenfenzheng|sfz/,
  },
];

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
/** Longest run read (NIR with spaces is 21 chars); a longer run is some other number. */
const MAX_RUN = 24;
/**
 * Digit counts of the schemes (DNI 8, SIN/BSN/TFN 9, personnummer 10, CPF/Steuer-ID/PESEL/
 * fødselsnummer/Belgian 11, Aadhaar 12, RRN/SA id 13, NIR 15, Chinese id 18 or 17 + X).
 */
const DIGIT_COUNTS = new Set([8, 9, 10, 11, 12, 13, 15, 17, 18]);
const LABEL_WINDOW = 48;

/** The label regex matches in the same line within LABEL_WINDOW chars before `start`. */
function labelled(text: string, start: number, label: RegExp): boolean {
  // Slice first: lastIndexOf on the whole text would walk back to its start on every call.
  const before = text.slice(Math.max(0, start - LABEL_WINDOW), start);
  return label.test(before.slice(before.lastIndexOf("\n") + 1));
}

/**
 * National ids at the candidate starts (see module doc). `key` is the JSON property holding the
 * whole text, when any.
 */
export function nationalIdHits(
  text: string,
  starts: readonly number[],
  key: string | undefined,
): NationalIdSpan[] {
  const out: NationalIdSpan[] = [];
  let next = 0;
  for (const s of starts) {
    if (s < next) continue;
    // ISO dates (2024-05-13) are most candidates in logs and JSON: no scheme has that shape.
    if (text.charCodeAt(s + 4) === 45 && text.charCodeAt(s + 7) === 45) continue;
    // The digit run at s (digits, spaces, dots, dashes), by hand: most candidates are dates,
    // times and amounts whose digit count no scheme takes, and they must cost no allocation.
    let digits = 0;
    let end = s;
    let k = s;
    for (; k < text.length && k - s < MAX_RUN; k++) {
      const c = text.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        digits++;
        end = k + 1;
      } else if (c !== 32 && c !== 46 && c !== 45) break;
    }
    if (end === s || !DIGIT_COUNTS.has(digits) || k - s === MAX_RUN) continue;
    // Spanish DNI: 8 digits, then (after an optional "-") the check letter.
    if (digits === 8) {
      if (end - s !== 8) continue; // 2024-05-13: a date
      const letter = dniLetter(text, end);
      if (
        letter && letter === DNI_LETTERS[Number(text.slice(s, end)) % 23] &&
        (labelled(text, s, /\b(?:DNI|NIF|D\.N\.I\.)/i) || /^(?:dni|nif)/.test(key ?? ""))
      ) {
        next = end + (text[end] === "-" ? 2 : 1);
        out.push({ start: s, end: next, scheme: "Spanish DNI" });
      }
      continue;
    }
    // Chinese resident id ending in the check letter X: 17 digits, then X.
    if (digits === 17) {
      const x = text[end];
      if ((x !== "X" && x !== "x") || /[A-Za-z0-9]/.test(text[end + 1] ?? "")) continue;
      end++;
      digits = 18;
    }
    const raw = text.slice(s, end);
    const only = raw.replace(/[^\dXx]/g, ""); // X: the Chinese id check letter
    for (const sc of SCHEMES) {
      if (digits !== sc.digits || !sc.shape.test(raw) || !sc.valid(only)) continue;
      const alone = sc.shapeAlone?.test(raw) ?? false;
      if (!alone && !labelled(text, s, sc.label) && !(key && sc.key.test(key))) continue;
      out.push({ start: s, end: s + raw.length, scheme: sc.name });
      next = s + raw.length;
      break;
    }
  }
  return out;
}

/** The letter at `i` (after an optional `-`) when no letter or digit follows it, else "". */
function dniLetter(text: string, i: number): string {
  if (text[i] === "-") i++;
  const c = text[i] ?? "";
  return /^[A-Z]$/.test(c) && !/[A-Za-z0-9]/.test(text[i + 1] ?? "") ? c : "";
}
