/** Check-digit algorithms of the PII detector's numbers (cards, national ids). */

/** Luhn checksum over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const VERHOEFF_D = [
  "0123456789",
  "1234067895",
  "2340178956",
  "3401289567",
  "4012395678",
  "5987604321",
  "6598710432",
  "7659821043",
  "8765932104",
  "9876543210",
].map((r) => [...r].map(Number));
const VERHOEFF_P = [
  "0123456789",
  "1576283094",
  "5803796142",
  "8916043527",
  "9453126870",
  "4286573901",
  "2793806415",
  "7046913258",
].map((r) => [...r].map(Number));

/** Verhoeff check (Aadhaar's last digit). */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = VERHOEFF_D[c][VERHOEFF_P[i % 8][d]];
  }
  return c === 0;
}

/** Brazilian CPF: two mod-11 check digits; all-equal digits are invalid. */
export function cpfValid(d: string): boolean {
  if (/^(\d)\1{10}$/.test(d)) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (d.charCodeAt(i) - 48) * (n + 1 - i);
    if (((sum * 10) % 11) % 10 !== d.charCodeAt(n) - 48) return false;
  }
  return true;
}

/** German Steuer-ID: ISO 7064 MOD 11,10 over the first ten digits, which never start with 0. */
export function steuerIdValid(d: string): boolean {
  if (d[0] === "0") return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return check === d.charCodeAt(10) - 48;
}

/** Dutch BSN: the "11-proof" (weights 9..2, last digit −1). */
export function bsnValid(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d.charCodeAt(i) - 48) * (9 - i);
  sum -= d.charCodeAt(8) - 48;
  return sum % 11 === 0 && !/^0+$/.test(d);
}

/** French NIR: 13 digits then the key 97 − (number mod 97); sex digit 1/2 (7/8 provisional). */
export function nirValid(d: string): boolean {
  if (!/^[1278]/.test(d)) return false;
  let rem = 0;
  for (let i = 0; i < 13; i++) rem = (rem * 10 + d.charCodeAt(i) - 48) % 97;
  return 97 - rem === Number(d.slice(13));
}

/** Sum of digit × weight over the first `weights.length` digits of `d`. */
function weighted(d: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (d.charCodeAt(i) - 48) * weights[i];
  return sum;
}

/** Polish PESEL: weights 1,3,7,9 repeated; the 11th digit makes the sum a multiple of 10. */
export function peselValid(d: string): boolean {
  const month = Number(d.slice(2, 4)) % 20;
  if (month < 1 || month > 12) return false;
  return (10 - weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 === d.charCodeAt(10) - 48;
}

/** True when `yymmdd` (6 digits) is a plausible date (day may carry +40 / +60 offsets elsewhere). */
export function dateOk(mm: number, dd: number): boolean {
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

/** Swedish personnummer: Luhn over the last 10 digits (YYMMDDNNNC), a valid month and day. */
export function personnummerValid(d: string): boolean {
  const ten = d.slice(-10);
  const day = Number(ten.slice(4, 6));
  return dateOk(Number(ten.slice(2, 4)), day > 60 ? day - 60 : day) && luhnValid(ten);
}

/** Australian TFN: weights 1,4,3,7,5,8,6,9,10; the sum is a multiple of 11. */
export function tfnValid(d: string): boolean {
  return d[0] !== "0" && weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

/** Norwegian fødselsnummer: two mod-11 check digits. */
export function fnrValid(d: string): boolean {
  const k1 = 11 - weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11;
  const k2 = 11 - weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  const c1 = k1 === 11 ? 0 : k1;
  const c2 = k2 === 11 ? 0 : k2;
  const day = Number(d.slice(0, 2));
  return c1 < 10 && c2 < 10 && c1 === d.charCodeAt(9) - 48 && c2 === d.charCodeAt(10) - 48 &&
    dateOk(Number(d.slice(2, 4)) % 40, day > 40 ? day - 40 : day);
}

/** Belgian national number: 97 − (first nine digits mod 97), with 2 prefixed for births ≥ 2000. */
export function belgianNnValid(d: string): boolean {
  const base = Number(d.slice(0, 9));
  const check = Number(d.slice(9));
  return 97 - (base % 97) === check || 97 - ((2000000000 + base) % 97) === check;
}

/** South African id: YYMMDD, then Luhn over all 13 digits. */
export function saIdValid(d: string): boolean {
  return dateOk(Number(d.slice(2, 4)), Number(d.slice(4, 6))) && luhnValid(d);
}

/** Korean resident registration number: weights 2..9,2..5, check (11 − sum mod 11) mod 10. */
export function rrnValid(d: string): boolean {
  return dateOk(Number(d.slice(2, 4)), Number(d.slice(4, 6))) &&
    (11 - weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 === d.charCodeAt(12) - 48;
}

/** Chinese resident id (18 chars, last may be X): ISO 7064 MOD 11-2 and a valid birth date. */
export function chineseIdValid(id: string): boolean {
  const sum = weighted(id, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  const year = Number(id.slice(6, 10));
  return year >= 1900 && year <= 2099 &&
    dateOk(Number(id.slice(10, 12)), Number(id.slice(12, 14))) &&
    "10X98765432"[sum % 11] === id[17].toUpperCase();
}
