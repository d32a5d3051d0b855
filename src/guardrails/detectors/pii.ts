/**
 * PII detector: emails (also obfuscated, `jane [at] acme [dot] io`: ./_pii_obfuscated_email.ts),
 * phone numbers, payment cards, IBANs, US SSNs, UK National Insurance numbers, other national ids
 * (./_pii_national.ts: SIN, Aadhaar, CPF, Steuer-ID, BSN, NIR, DNI, PESEL, personnummer, TFN, RRN,
 * Chinese id … — checksum plus label; ./_pii_letter_ids.ts: codice fiscale, NRIC, passport MRZ and
 * labelled passport numbers), IPv4/IPv6 and MAC addresses. Every finding carries a span for
 * (reversible) redaction.
 *
 * Decisions:
 * - Structure beats shape: cards need Luhn + a known IIN range + a card grouping, IBANs need the
 *   country length + mod-97, SSNs the SSA area/group/serial rules, IPv6 a real parse.
 * - Emails on example domains (`example.com`) ARE flagged: they are how demos and tests stand
 *   in for real addresses, and redacting them is harmless. `git@host` (SSH) and `name@2x.png`
 *   (file extensions as TLD) are not.
 * - Phones: `+` international forms (8–15 digits), NANP `(415) 555-2671` / `415-555-2671` /
 *   `415.555.2671`, two-digit area codes in parentheses (`(11) 98765-4321`), and trunk-`0`
 *   national forms with separators (`020 7946 0958`). Bare digit
 *   runs are NOT phones (timestamps, ids) unless the JSON key says phone/mobile/tel.
 * - Bare 9-digit runs are SSNs only under an `ssn`-like key; dashed/spaced `AAA-GG-SSSS` anywhere.
 * - Published test card numbers (4111 1111 1111 1111) are flagged like any card, also inside a
 *   file name such as `test_4111111111111111_visa.json`: the shape cannot tell them apart.
 * - IPv4 with four single-digit octets (`1.2.3.4`) or a version prefix (`v`, `version`, `@`,
 *   `==`, `>=`; not a lone `=`, as in `client=…`) is treated as a version string.
 *   `exclude_private_ips` (default on) also skips loopback, link-local, CGNAT, multicast,
 *   documentation and other reserved ranges.
 * - IP and MAC addresses are `low` (below the default `min_severity`): servers and resolvers fill
 *   logs. An IP labelled as a person's (`client=`, `X-Forwarded-For:`, `"user_ip"`) is `medium`
 *   (./_pii_person_ip.ts).
 */
import { blankJsonEscapes } from "../text/json_escapes.ts";
import { scanError } from "./_scan_error.ts";
import { luhnValid } from "./_pii_checksums.ts";
import { nationalIdHits } from "./_pii_national.ts";
import { letterIdHits, letterIdPossible } from "./_pii_letter_ids.ts";
import { obfuscatedEmailHits, obfuscatedEmailPossible } from "./_pii_obfuscated_email.ts";
import { personIp } from "./_pii_person_ip.ts";
import { firstWins } from "./_spans.ts";

export { luhnValid };
import type { FieldContext, Finding, Severity, TextDetector } from "../types.ts";
import { type PiiOptions, PiiOptionsSchema } from "./options.ts";
import { PII_KINDS, type PiiKind } from "./options.ts";
import { TEXT_DETECTOR_SPECS } from "./specs.ts";
export { PII_KINDS };
export type { PiiKind };
export { PiiOptionsSchema };
export type { PiiOptions };

interface Hit {
  kind: PiiKind;
  severity: Severity;
  reason: string;
  start: number;
  end: number;
}

const LABEL: Record<PiiKind, [string, Severity]> = {
  email: ["Email address", "medium"],
  phone: ["Phone number", "medium"],
  credit_card: ["Payment card number", "high"],
  iban: ["IBAN", "high"],
  us_ssn: ["US Social Security number", "high"],
  uk_nino: ["UK National Insurance number", "high"],
  ipv4: ["IPv4 address", "low"],
  ipv6: ["IPv6 address", "low"],
  mac_address: ["MAC address", "low"],
  national_id: ["National id number", "high"],
};

function hit(kind: PiiKind, start: number, end: number, detail = ""): Hit {
  const [label, severity] = LABEL[kind];
  return { kind, severity, reason: `${label} (${detail}${end - start} chars)`, start, end };
}

// ------------------------------------------------------------------------------------- email

// `'` is legal in local parts (o'connor@…); a leading quote (`'jane@…'`) is trimmed below.
const LOCAL_CHAR = /[A-Za-z0-9._%+\-']/;
const DOMAIN =
  /(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24})(?![A-Za-z0-9\-]|\.[A-Za-z0-9])/y;
const FILE_TLD =
  /^(?:png|jpe?g|gif|svg|webp|ico|bmp|tiff?|js|mjs|cjs|ts|tsx|jsx|css|scss|less|json|ya?ml|toml|lock|txt|html?|xml|rb|java|kt|swift|cpp|hpp|wasm|map|zip|gz|tgz|tar|pdf|mp[34]|wav|woff2?|ttf|min)$/i;

function emailHits(text: string, out: Hit[]): void {
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL_CHAR.test(text[s - 1])) s--;
    while (s < at && (text[s] === "." || text[s] === "'")) s++;
    if (s === at || text[at - 1] === ".") continue;
    const local = text.slice(s, at);
    if (local === "git") continue; // scp-style SSH remote, git@github.com:owner/repo
    DOMAIN.lastIndex = 0;
    const d = DOMAIN.exec(text.slice(at + 1, at + 256)); // bounded: no quadratic re-scans
    if (!d || FILE_TLD.test(d[1])) continue;
    out.push(hit("email", s, at + 1 + DOMAIN.lastIndex));
    at += DOMAIN.lastIndex;
  }
}

// ------------------------------------------------------------------------------------- cards

const CARD = /(?<![A-Za-z0-9\-])\d(?:[ \-]?\d){12,18}(?![A-Za-z0-9]|-\d)/g;

/** Card network whose IIN range and length fit `digits`, or undefined. */
export function cardNetwork(digits: string): string | undefined {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === "4" && (n === 13 || n === 16 || n === 19)) return "Visa";
  if (n === 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return "Mastercard";
  if (n === 15 && (p2 === 34 || p2 === 37)) return "Amex";
  if (n >= 16 && (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65)) return "Discover";
  if (n >= 16 && p6 >= 622126 && p6 <= 622925) return "Discover";
  if (n >= 14 && ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39)) return "Diners";
  if (n >= 16 && p4 >= 3528 && p4 <= 3589) return "JCB";
  if (n >= 16 && p2 === 62) return "UnionPay";
  if (n >= 16 && p4 >= 2200 && p4 <= 2204) return "Mir";
  if (n >= 13 && [5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763].includes(p4)) {
    return "Maestro";
  }
  return undefined;
}

function cardGroupingOk(raw: string): boolean {
  const groups = raw.split(/[ \-]/);
  if (groups.length === 1) return true;
  if (/ /.test(raw) && /-/.test(raw)) return false;
  const lens = groups.map((g) => g.length).join(",");
  if (lens === "4,6,5" || lens === "4,6,4") return true;
  return groups.every((g, i) =>
    i === groups.length - 1 ? g.length >= 1 && g.length <= 4 : g.length === 4
  );
}

function cardHits(text: string, starts: readonly number[], out: Hit[]): void {
  for (const m of matchesAt(text, CARD_Y, starts)) {
    const digits = m[0].replace(/[ \-]/g, "");
    if (!cardGroupingOk(m[0]) || !luhnValid(digits)) continue;
    const network = cardNetwork(digits);
    if (!network || /^(\d)\1+$/.test(digits)) continue;
    out.push(hit("credit_card", m.index, m.index + m[0].length, `${network}, `));
  }
}

// ------------------------------------------------------------------------------------- IBAN

const IBAN_LENGTHS: Record<string, number> = Object.fromEntries(
  ("AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 " +
    "DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 " +
    "IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 " +
    "MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 " +
    "SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30")
    .split(" ").map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);
const IBAN =
  /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;

/** ISO 13616 mod-97 check of a compact IBAN. */
export function ibanValid(iban: string): boolean {
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = parseInt(ch, 36);
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

function ibanHits(text: string, starts: readonly number[], out: Hit[]): void {
  for (const m of matchesAt(text, IBAN_Y, starts)) {
    const want = IBAN_LENGTHS[m[0].slice(0, 2)];
    if (!want) continue;
    // Trailing groups may belong to the next word ("… 00 EUR"): cut at the country's length.
    let end = m.index;
    let kept = "";
    while (kept.length < want && end < m.index + m[0].length) {
      if (text[end] !== " ") kept += text[end];
      end++;
    }
    if (ibanValid(kept)) out.push(hit("iban", m.index, end));
  }
}

// ------------------------------------------------------------------------- phones, SSN, NINO

const PHONE = /(?<![\w+.\-\/:#=@$%])[+(]?\d[\d ().\-]{5,22}\d(?![\w\-\/:%]|\.\d)/g;
const NANP_PAREN = /^(?:1[ .\-]?)?\([2-9]\d\d\)[ .\-]?[2-9]\d\d[ .\-]\d{4}$/;
const NANP_SEP = /^(?:1[.\-])?[2-9]\d\d([.\-])[2-9]\d\d\1\d{4}$/;
const TRUNK0 = /^(?:0[1-9]\d{0,4}|\(0[1-9]\d{0,4}\))([ \-])\d{2,8}(?:\1\d{2,8}){0,3}$/;
const TRUNK0_DOTS = /^0[1-9](?:\.\d\d){4}$/;
// Two-digit area code in parentheses, no trunk 0 (Brazil `(11) 98765-4321`, Mexico `(55) 1234 5678`).
const AREA2_PAREN = /^\([1-9]\d\) ?9?\d{4}[ \-]\d{4}$/;

/** True when `raw` (a candidate run of digits and separators) is a phone number. */
export function phoneShapeOk(raw: string): boolean {
  const digits = raw.replace(/\D/g, "");
  if (raw.startsWith("+")) {
    if (digits.length < 8 || digits.length > 15 || digits[0] === "0") return false;
    if (/\((?!\d{1,4}\))|(?<!\(\d{0,4})\)/.test(raw)) return false; // parens only around 1-4 digits
    return /^\+\d+(?:(?:[ .\-]|\) ?|[ .\-]?\()\d+)*\)?$/.test(raw) && !/[ .\-]{2}/.test(raw);
  }
  if (NANP_PAREN.test(raw) || NANP_SEP.test(raw)) return true;
  if (raw.charCodeAt(0) === 40 && AREA2_PAREN.test(raw)) return true;
  if (digits.length < 9 || digits.length > 11) return false;
  return TRUNK0.test(raw) || TRUNK0_DOTS.test(raw);
}

function phoneHits(text: string, starts: readonly number[], out: Hit[]): void {
  for (const m of matchesAt(text, PHONE_Y, starts)) {
    let raw = m[0];
    if (raw.endsWith(")") && !raw.includes("(")) raw = raw.slice(0, -1);
    if (phoneShapeOk(raw)) out.push(hit("phone", m.index, m.index + raw.length));
  }
}

const SSN = /(?<![\w\-])(\d{3})([\- ])(\d{2})\2(\d{4})(?![\w\-])/g;

function ssnValid(area: string, group: string, serial: string): boolean {
  return area !== "000" && area !== "666" && area[0] !== "9" && group !== "00" && serial !== "0000";
}

function ssnHits(text: string, starts: readonly number[], out: Hit[]): void {
  for (const m of matchesAt(text, SSN_Y, starts)) {
    if (ssnValid(m[1], m[3], m[4])) out.push(hit("us_ssn", m.index, m.index + m[0].length));
  }
}

const NINO =
  /(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;

// ------------------------------------------------------------------------------- IP and MAC

// IPv4 is read by hand at candidate starts (ipv4End) instead of run as a regex; the language is
// `(?<![\w.])OCTET(?:\.OCTET){3}(?!\w|\.\d)` with OCTET = `25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d`.

// `pkg==1.2.3.4`, `>=1.2.3.4`, `@1.2.3.4`, `version: 1.2.3.4`; a lone `=` (`client=1.2.3.4`) is
// an assignment, not a version pin.
const VERSION_BEFORE = /(?:\b(?:version|ver|release|build|v)\s*[:=]?|[@~^<>]=?|[=!]=)\s*$/i;

/** True for loopback, private, link-local, CGNAT, multicast, documentation and reserved IPv4. */
export function ipv4NotPublic(ip: string): boolean {
  const [a, b, c] = ip.split(".").map(Number);
  return octetsNotPublic(a, b, c);
}

function octetsNotPublic(a: number, b: number, c: number): boolean {
  return a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) || (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113);
}

/** Octet at `i` as OCTET reads it (0–255, no leading zero), or -1; its end goes to `octetEnd`. */
let octetEnd = 0;
function octetAt(text: string, i: number): number {
  const c0 = text.charCodeAt(i) - 48;
  if (!(c0 >= 0 && c0 <= 9)) return -1;
  const c1 = text.charCodeAt(i + 1) - 48;
  if (!(c1 >= 0 && c1 <= 9)) {
    octetEnd = i + 1;
    return c0;
  }
  if (c0 === 0) return -1; // "0" then a digit: only [1-9]?\d could start here, and it needs a dot next
  const c2 = text.charCodeAt(i + 2) - 48;
  if (!(c2 >= 0 && c2 <= 9)) {
    octetEnd = i + 2;
    return c0 * 10 + c1;
  }
  const v = c0 * 100 + c1 * 10 + c2;
  if (v > 255) return -1;
  octetEnd = i + 3;
  return v;
}

/**
 * End of the IPv4 match at `i`, or -1. Same language as the pattern above (sticky at a candidate start whose
 * look-behind already holds): backtracking can never help, since a shorter octet would leave a
 * digit where a dot or the end is required.
 */
function ipv4End(text: string, i: number, octets: number[]): number {
  let at = i;
  for (let k = 0; k < 4; k++) {
    if (k > 0) {
      if (text.charCodeAt(at) !== 46) return -1;
      at++;
    }
    const v = octetAt(text, at);
    if (v < 0) return -1;
    octets[k] = v;
    at = octetEnd;
  }
  // (?!\w|\.\d)
  const c = text.charCodeAt(at);
  if ((c < 128 && CLS[c] & (ALNUM | UNDER)) || (c === 46 && cls(text, at + 1) === DIGIT)) {
    return -1;
  }
  return at;
}

/** VERSION_BEFORE can only match when the last non-space character before is one of these. */
const VERSION_TAIL = new Set("nNrReEdDvV@=~^<>:");

function versionBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  let k = at - 1;
  while (k >= from && /\s/.test(text[k])) k--;
  if (k < from || !VERSION_TAIL.has(text[k])) return false;
  return VERSION_BEFORE.test(text.slice(from, at));
}

function ipv4Hits(
  text: string,
  starts: readonly number[],
  excludePrivate: boolean,
  out: Hit[],
): void {
  const o = [0, 0, 0, 0];
  let next = 0;
  for (const s of starts) {
    if (s < next) continue;
    const end = ipv4End(text, s, o);
    if (end < 0) continue;
    next = end;
    if (end - s === 7) continue; // 1.2.3.4 reads as a version
    if (versionBefore(text, s)) continue;
    if (excludePrivate && octetsNotPublic(o[0], o[1], o[2])) continue;
    out.push(hit("ipv4", s, end));
  }
}

/** Parse an IPv6 literal into 8 16-bit groups (null when invalid). */
export function parseIpv6(input: string): number[] | null {
  let s = input;
  const tail: number[] = [];
  const lastColon = s.lastIndexOf(":");
  if (s.includes(".", lastColon)) {
    const parts = s.slice(lastColon + 1).split(".");
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) {
      return null;
    }
    const n = parts.map(Number);
    tail.push((n[0] << 8) | n[1], (n[2] << 8) | n[3]);
    s = s.slice(0, lastColon + 1);
    if (!s.endsWith("::")) s = s.slice(0, -1);
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const groups = (h: string): number[] | null => {
    if (h === "") return [];
    const g = h.split(":");
    return g.every((x) => /^[0-9A-Fa-f]{1,4}$/.test(x)) ? g.map((x) => parseInt(x, 16)) : null;
  };
  const left = groups(halves[0]);
  const right = halves.length === 2 ? groups(halves[1]) : [];
  if (!left || !right) return null;
  const have = left.length + right.length + tail.length;
  if (halves.length === 1 ? have !== 8 : have > 7) return null;
  return [...left, ...new Array<number>(8 - have).fill(0), ...right, ...tail];
}

function ipv6NotPublic(g: number[]): boolean {
  if (g.slice(0, 5).every((x) => x === 0)) return true; // ::, ::1, v4-mapped/compatible
  return (g[0] & 0xfe00) === 0xfc00 || (g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xff00) === 0xff00 ||
    (g[0] === 0x2001 && g[1] === 0x0db8);
}

const IPV6_AT =
  /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\w)/y;
const MAC_AT =
  /(?<![\w:\-.])[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:\-]|\.\w)/y;
const NULL_MAC = /^(?:00[:\-]){5}00$|^(?:ff[:\-]){5}ff$/i;

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * False when no IPV6_AT match at `s` could pass ipv6Candidate's "3+ hex digits or 8 groups" test:
 * the hex/colon run from `s` has fewer than 7 colons and no 3 hex digits in a row, and no dot
 * follows it (a match without a dotted tail lies inside the run).
 */
function ipv6Possible(text: string, s: number): boolean {
  let colons = 0;
  let hexRun = 0;
  const stop = Math.min(text.length, s + 64);
  let e = s;
  for (; e < stop; e++) {
    const c = text.charCodeAt(e);
    if (c === 58) {
      if (++colons >= 7) return true;
      hexRun = 0;
    } else if (isHex(c)) {
      if (++hexRun >= 3) return true;
    } else break;
  }
  return e === stop ? e < text.length : text.charCodeAt(e) === 46;
}

function ipv6Candidate(text: string, s: number, excludePrivate: boolean, out: Hit[]): number {
  // IPV6_AT's look-behind, checked before the call (times like `T10:23:00.000Z` stop here).
  const before = text.charCodeAt(s - 1);
  if (before === 58 || before === 46 || (before < 128 && CLS[before] & (ALNUM | UNDER))) return -1;
  if (!ipv6Possible(text, s)) return -1;
  IPV6_AT.lastIndex = s;
  const m = IPV6_AT.exec(text);
  if (!m) return -1;
  const v = m[0];
  if (v.endsWith(":") && !v.endsWith("::")) return -1;
  // Needs 8 groups or a 3+ hex-digit group, so `a::b`, `1::2` slices and times stay out.
  if (!/[0-9A-Fa-f]{3}/.test(v) && v.split(":").length < 8) return -1;
  const g = parseIpv6(v);
  if (!g) return -1;
  if (!(excludePrivate && ipv6NotPublic(g))) out.push(hit("ipv6", s, s + v.length));
  return s + v.length;
}

/** The 17 characters at `s` have MAC_AT's shape (`hh:hh:hh:hh:hh:hh`, one separator kind). */
function macShape(text: string, s: number): boolean {
  if (s < 0 || s + 17 > text.length) return false;
  const sep = text.charCodeAt(s + 2);
  if (sep !== 58 && sep !== 45) return false;
  for (let g = 0; g < 6; g++) {
    const at = s + g * 3;
    if (!isHex(text.charCodeAt(at)) || !isHex(text.charCodeAt(at + 1))) return false;
    if (g < 5 && text.charCodeAt(at + 2) !== sep) return false;
  }
  return true;
}

function macCandidate(text: string, s: number, out: Hit[]): number {
  // MAC_AT's look-behind, checked before the call.
  const before = text.charCodeAt(s - 1);
  if (before === 58 || before === 46 || (before < 128 && CLS[before] & (ALNUM | UNDER | DASH))) {
    return -1;
  }
  if (!macShape(text, s)) return -1;
  MAC_AT.lastIndex = s;
  const m = MAC_AT.exec(text);
  if (!m) return -1;
  if (!NULL_MAC.test(m[0])) out.push(hit("mac_address", s, s + m[0].length));
  return s + m[0].length;
}

const isHexOrColon = (c: number): boolean => isHex(c) || c === 58;

/** IPv6 and MAC: visit only separators with hex digits on both sides (no full-text regex). */
function hexSeparatorHits(
  text: string,
  want: (k: PiiKind) => boolean,
  excludePrivate: boolean,
  out: Hit[],
): void {
  const v6 = want("ipv6");
  const mac = want("mac_address");
  let skipTo = 0;
  for (let i = text.indexOf(":"); i >= 0; i = text.indexOf(":", Math.max(i + 1, skipTo))) {
    if (!isHexOrColon(text.charCodeAt(i - 1)) || !isHexOrColon(text.charCodeAt(i + 1))) continue;
    let s = i;
    while (s > 0 && i - s < 40 && isHexOrColon(text.charCodeAt(s - 1))) s--;
    // Every MAC has five colons and every IPv6 address "::" or seven: a run with fewer and no
    // "::" (a time of day, `key:value`, a port) is skipped whole.
    let colons = 0;
    let double = false;
    let e = s;
    for (; e < text.length && e - s < 64; e++) {
      const c = text.charCodeAt(e);
      if (c === 58) {
        colons++;
        if (text.charCodeAt(e + 1) === 58) double = true;
      } else if (!isHex(c)) break;
    }
    if (colons < 5 && !double) {
      skipTo = e;
      continue;
    }
    let end = mac ? macCandidate(text, s, out) : -1;
    if (end < 0 && v6) end = ipv6Candidate(text, s, excludePrivate, out);
    if (end > 0) skipTo = end;
  }
  if (!mac) return;
  for (let i = text.indexOf("-"); i >= 0; i = text.indexOf("-", i + 1)) {
    if (text.charCodeAt(i + 3) !== 45 || !isHex(text.charCodeAt(i - 1))) continue;
    const end = macCandidate(text, i - 2, out);
    if (end > 0) i = end;
  }
}

function simpleHits(
  text: string,
  re: RegExp,
  starts: readonly number[],
  kind: PiiKind,
  out: Hit[],
): void {
  for (const m of matchesAt(text, re, starts)) {
    out.push(hit(kind, m.index, m.index + m[0].length));
  }
}

// ------------------------------------------------------------------------ candidate pass
//
// The card, IBAN, SSN, NINO, phone and IPv4 patterns used to scan every string once each. One
// loop now finds the few positions where each can start (its look-behind holds and its first
// characters fit), and the pattern runs sticky only there. Leftmost-first order and "resume after
// the previous match" are kept, so results equal a global scan.

const sticky = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace("g", "") + "y");
const CARD_Y = sticky(CARD);
const IBAN_Y = sticky(IBAN);
const SSN_Y = sticky(SSN);
const NINO_Y = sticky(NINO);
const PHONE_Y = sticky(PHONE);

const DIGIT = 1;
const UPPER = 2;
const LOWER = 4;
const UNDER = 8;
const DASH = 16;
/** `+ . / : # = @ $ %`: further characters PHONE may not follow. */
const PHONE_STOP = 32;
const DOT = 64;
const CLS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CLS[c] = UPPER;
for (let c = 97; c <= 122; c++) CLS[c] = LOWER;
CLS[95] = UNDER;
CLS[45] = DASH;
for (const c of "+/:#=@$%") CLS[c.charCodeAt(0)] = PHONE_STOP;
CLS[46] = DOT | PHONE_STOP;

function cls(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? CLS[c] : 0;
}

const ALNUM = DIGIT | UPPER | LOWER;

interface Candidates {
  card: number[];
  iban: number[];
  ssn: number[];
  nino: number[];
  phone: number[];
  ipv4: number[];
  /** Starts of a possible NRIC/FIN (`S1234567D`) or codice fiscale (`RSSMRA85…`) in free text. */
  letterId: number[];
}

/** At least `need` digits among the next `max` characters drawn from `[0-9 -]`. */
function digitsAhead(text: string, i: number, need: number, max: number): boolean {
  let digits = 0;
  for (let k = i; k < i + max && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (++digits >= need) return true;
    } else if (c !== 32 && c !== 45) return false;
  }
  return false;
}

/** The next `len` characters are all in `[0-9 ().-]`. */
function phoneRunAhead(text: string, i: number, len: number): boolean {
  if (i + len > text.length) return false;
  for (let k = i; k < i + len; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || c === 32 || c === 40 || c === 41 || c === 46 || c === 45)) {
      return false;
    }
  }
  return true;
}

/**
 * Where a candidate can start: a digit run after a non-alphanumeric with 3 more `[0-9 ().-]` after
 * it (every digit-led pattern needs both), "+"/"(" before a digit, two capitals before a digit.
 * Every start has a digit at or just after it, so the regex stops on digits only (a one-class
 * first step irregexp skips text with), drops digits inside a number or word at once, and checks
 * in look-behinds what stands before the digit.
 */
const START =
  /[0-9](?<![0-9a-z][0-9])(?:(?=[0-9 ().\-]{3})(?<![0-9A-Za-z][0-9])|(?<=[+(][0-9])|(?<=(?<![A-Za-z0-9])[A-Z][A-Z] ?[0-9])|(?<=(?<![A-Za-z0-9])(?:[STFGM]|[A-Z]{6})[0-9]))/g;

/** The 3 characters after `i` are all in `[0-9 ().-]`. */
function runOf3After(text: string, i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || c === 32 || c === 40 || c === 41 || c === 46 || c === 45)) {
      return false;
    }
  }
  return true;
}

function digitStart(text: string, i: number, out: Candidates): void {
  const prev = i > 0 ? cls(text, i - 1) : 0;
  if (!(prev & (ALNUM | DASH)) && digitsAhead(text, i, 13, 37)) out.card.push(i);
  if (!(prev & (ALNUM | UNDER | DASH))) {
    const sep = text.charCodeAt(i + 3);
    if ((sep === 45 || sep === 32) && cls(text, i + 1) === DIGIT) out.ssn.push(i);
  }
  if (!(prev & (ALNUM | UNDER | DASH | PHONE_STOP)) && phoneRunAhead(text, i, 7)) {
    out.phone.push(i);
  }
  if (!(prev & (ALNUM | UNDER | DOT))) {
    for (let d = 1; d <= 3; d++) {
      const cd = text.charCodeAt(i + d);
      if (cd === 46) {
        if (cls(text, i + d + 1) === DIGIT) out.ipv4.push(i);
        break;
      }
      if (!(cd >= 48 && cd <= 57)) break;
    }
  }
}

/** Two capitals at `i` (then a digit; IBAN needs two digits, NINO allows one space first). */
function capitalsStart(text: string, i: number, out: Candidates): void {
  if (cls(text, i + 2) === DIGIT && cls(text, i + 3) === DIGIT) out.iban.push(i);
  out.nino.push(i);
}

/**
 * A digit after one capital of S/T/F/G/M (NRIC/FIN) or after six capitals (codice fiscale), with
 * no letter or digit before: the shapes `_pii_letter_ids.ts` checks (with their check letter).
 */
function letterIdStart(text: string, i: number, out: Candidates): void {
  const c = text.charCodeAt(i - 1);
  if (
    (c === 83 || c === 84 || c === 70 || c === 71 || c === 77) && !(cls(text, i - 2) & ALNUM)
  ) {
    out.letterId.push(i - 1);
  } else if (i >= 6 && !(cls(text, i - 7) & ALNUM)) {
    for (let k = i - 6; k < i; k++) if (!(cls(text, k) & UPPER)) return;
    out.letterId.push(i - 6);
  }
}

function candidates(text: string): Candidates {
  const out: Candidates = {
    card: [],
    iban: [],
    ssn: [],
    nino: [],
    phone: [],
    ipv4: [],
    letterId: [],
  };
  // A regex finds the digits: irregexp skips ordinary text far faster than a charCodeAt loop.
  // test() allocates no match array; every match is the one digit. Starts before the digit are
  // pushed first, so each list stays in text order.
  START.lastIndex = 0;
  while (START.test(text)) {
    const i = START.lastIndex - 1;
    const before = cls(text, i - 1);
    if (before & UPPER) {
      if (cls(text, i - 2) & UPPER && !(cls(text, i - 3) & ALNUM)) capitalsStart(text, i - 2, out);
      letterIdStart(text, i, out);
    } else if (text.charCodeAt(i - 1) === 32) {
      if (cls(text, i - 2) & UPPER && cls(text, i - 3) & UPPER && !(cls(text, i - 4) & ALNUM)) {
        capitalsStart(text, i - 3, out);
      }
    } else if (before === PHONE_STOP || text.charCodeAt(i - 1) === 40) {
      // "+" or "(" directly before the digit
      const c = text.charCodeAt(i - 1);
      const prev = cls(text, i - 2);
      if (
        (c === 43 || c === 40) && !(prev & (ALNUM | UNDER | DASH | PHONE_STOP)) &&
        phoneRunAhead(text, i, 7)
      ) {
        out.phone.push(i - 1);
      }
    }
    if (!(before & ALNUM) && runOf3After(text, i)) digitStart(text, i, out);
  }
  return out;
}

/**
 * Matches of sticky `re` at the candidate starts, leftmost first, resuming after each match
 * (a plain loop: a generator per scan showed up in profiles).
 */
function matchesAt(text: string, re: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const s of starts) {
    if (s < next) continue;
    re.lastIndex = s;
    const m = re.exec(text);
    if (m) {
      next = s + m[0].length;
      out.push(m);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------- scan

const KEYED_SSN = /ssn|social_?security/;
const KEYED_PHONE = /phone|mobile|^tel|fax|msisdn/;

function scanPii(text: string, field: FieldContext, options: PiiOptions): Finding[] {
  const want = (k: PiiKind): boolean => !options.kinds || options.kinds.includes(k);
  const excludePrivate = options.exclude_private_ips ?? true;
  const hits: Hit[] = [];
  const key = field.key?.toLowerCase();
  // Cheap gates: most strings have no digit run and no '@'.
  const hasDigits = /\d\d/.test(text);
  let letterIds = 0;
  if (want("email")) {
    if (text.includes("@")) emailHits(text, hits);
    if (obfuscatedEmailPossible(text)) {
      for (const e of obfuscatedEmailHits(text)) {
        hits.push(hit("email", e.start, e.end, "obfuscated, "));
      }
    }
  }
  if (hasDigits) {
    const c = candidates(text);
    letterIds = c.letterId.length;
    if (want("credit_card")) cardHits(text, c.card, hits);
    if (want("iban")) ibanHits(text, c.iban, hits);
    if (want("us_ssn")) ssnHits(text, c.ssn, hits);
    if (want("uk_nino")) simpleHits(text, NINO_Y, c.nino, "uk_nino", hits);
    if (want("national_id")) {
      for (const n of nationalIdHits(text, c.phone, key)) {
        hits.push(hit("national_id", n.start, n.end, `${n.scheme}, `));
      }
    }
    if (want("phone")) phoneHits(text, c.phone, hits);
    if (want("ipv4") && text.includes(".")) ipv4Hits(text, c.ipv4, excludePrivate, hits);
  }
  // MRZ name lines have no digits; `<<` is one fast includes.
  if (want("national_id") && (letterIdPossible(text, key) || letterIds > 0)) {
    for (const n of letterIdHits(text, key)) {
      hits.push(hit("national_id", n.start, n.end, `${n.scheme}, `));
    }
  }
  if (want("ipv6") || want("mac_address")) hexSeparatorHits(text, want, excludePrivate, hits);
  if (key && hits.length === 0) {
    const t = text.trim();
    const start = text.indexOf(t);
    if (
      want("us_ssn") && KEYED_SSN.test(key) && /^\d{9}$/.test(t) &&
      ssnValid(t.slice(0, 3), t.slice(3, 5), t.slice(5))
    ) {
      hits.push(hit("us_ssn", start, start + t.length));
    } else if (want("phone") && KEYED_PHONE.test(key) && /^\+?\d{7,15}$/.test(t)) {
      hits.push(hit("phone", start, start + t.length));
    }
  }
  // A person's address (client=, X-Forwarded-For:, "user_ip") is redacted by default; others stay low.
  for (const h of hits) {
    if ((h.kind === "ipv4" || h.kind === "ipv6") && personIp(text, h.start, key)) {
      h.severity = "medium";
    }
  }
  // First kind wins an overlap, in linear time per kind (see ./_spans.ts).
  return firstWins(hits).map((h) => ({ detector: "pii", ...h }));
}

/** Personal data in any string, with spans for reversible redaction. */
export const piiDetector: TextDetector<PiiOptions> = {
  id: "pii",
  description:
    "Personal data: emails, phones, payment cards, IBANs, SSNs, national ids, IP/MAC addresses",
  ...TEXT_DETECTOR_SPECS.pii,
  scan(text: string, field: FieldContext, options: PiiOptions): Finding[] {
    try {
      // JSON text: an escaped line break must not glue itself to the value after it (same offsets).
      return scanPii(blankJsonEscapes(text), field, options ?? {});
    } catch {
      // Fail closed: a value the detector could not judge is reported, and the policy decides.
      return [scanError("pii")];
    }
  },
};
