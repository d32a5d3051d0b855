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
