/**
 * Round-36 secrets: credentials with no provider prefix, recognised by shape and context.
 *
 * - a wallet recovery phrase: 12–24 plain lower-case words as the value of a field named for a
 *   seed/recovery/mnemonic phrase (a phishing form, a chat message body with that key);
 * - sign-in backup codes: six or more lines that each hold one 8–10 digit code (`1234 5678`,
 *   `1234-5678`, `12345678`), the shape every provider prints them in, or one distinct
 *   letter-and-digit code (`1a2b3-c4d5e` as GitHub prints them, `ab12-cd34`);
 * - a full payment card: a Luhn-valid card number with a security code (CVV/CVC/CID…) in the
 *   same text; the patterned numbers payment providers publish for testing are left alone;
 * - a credential hard-coded as the fallback of an environment lookup
 *   (`process.env.X_TOKEN || "…"`, `os.environ.get("X_KEY", "…")`, `getenv("X") ?: "…"`).
 *
 * Input stage only; bounded patterns.
 */

/** One finding: start, end, kind, reason. */
export type R36Secret = [number, number, "generic_secret" | "api_token", string];

const SEED_KEY =
  /(?:seed|recovery|mnemonic|backup|secret|wallet)[\s_-]{0,2}(?:phrase|words?|seed|sentence|mnemonic)|^(?:seed|mnemonic)$/i;
const SEED_VALUE = /^\s{0,4}(?:[a-z]{3,8}[\s,]{1,3}){11,23}[a-z]{3,8}\s{0,4}$/;

const BACKUP_CODES =
  /(?:^[ \t]{0,8}(?:\d{4}[ -]?\d{4}|\d{5}[ -]?\d{5})[ \t]{0,8}\r?\n){5,}[ \t]{0,8}(?:\d{4}[ -]?\d{4}|\d{5}[ -]?\d{5})\b/m;
/** GitHub-style codes (`1a2b3-c4d5e`) and `abcd-1234` pairs, one per line, six or more. */
const BACKUP_CODES_ALNUM =
  /(?:^[ \t]{0,8}(?:[0-9a-f]{5}-[0-9a-f]{5}|[a-z0-9]{4}-[a-z0-9]{4})[ \t]{0,8}\r?\n){5,}[ \t]{0,8}(?:[0-9a-f]{5}-[0-9a-f]{5}|[a-z0-9]{4}-[a-z0-9]{4})(?![\w-])/m;

const CARD = /(?<![\d-])(?:\d[ -]?){14,18}\d(?![\d-])/g;
const SECURITY_CODE =
  /\b(?:cvv2?|cvc2?|cid|csc|cav2|security\s{1,3}code|código\s{1,3}de\s{1,3}seguridad|kód\s{1,3}cvv|codice\s{1,3}cvv|prüfnummer|cryptogramme)\b\s{0,3}[:=#]?\s{0,3}\d{3,4}\b/i;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const ENV_FALLBACK =
  /\b(?:process\.env\.|process\.env\[\s{0,2}["']|os\.environ\.get\(\s{0,2}["']|os\.getenv\(\s{0,2}["']|getenv\(\s{0,2}["']|env\(\s{0,2}["']|ENV\.fetch\(\s{0,2}["'])[A-Z0-9_]{0,40}(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|PWD)[A-Z0-9_]{0,20}["']?\s{0,2}\]?\s{0,2}(?:\|\||\?\?|\?:|,|\)\s{0,2}(?:or|\|\|))\s{0,3}["']([A-Za-z0-9_\-+\/=.]{16,200})["']/g;

function randomLooking(s: string): boolean {
  return /[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s) &&
    !/^(?:your|change|replace|example|dummy|test|placeholder|xxx)/i.test(s) &&
    !/(?:changeme|example|placeholder|dummy|xxxx|your[_-]?)/i.test(s);
}

/** Six or more distinct letter-and-digit codes, one per line (a counter or a date list is not). */
function alnumCodes(text: string): RegExpExecArray | null {
  if (text.indexOf("-") < 0) return null;
  const m = BACKUP_CODES_ALNUM.exec(text);
  if (!m) return null;
  const codes = m[0].split(/\s+/).filter(Boolean);
  const mixed = codes.filter((c) => /[a-z]/.test(c) && /\d/.test(c)).length;
  return new Set(codes).size === codes.length && mixed * 3 >= codes.length * 2 ? m : null;
}

/** Round-36 secrets in `text` (an input argument named `key`). */
export function r36Secrets(text: string, key: string): R36Secret[] {
  const out: R36Secret[] = [];
  if (text.length > 100000) return out;
  if (SEED_KEY.test(key) && SEED_VALUE.test(text)) {
    out.push([0, text.length, "generic_secret", "Wallet recovery phrase in a seed-phrase field"]);
    return out;
  }
  const b = BACKUP_CODES.exec(text) ?? alnumCodes(text);
  if (b) {
    out.push([b.index, b.index + b[0].length, "generic_secret", "A list of sign-in backup codes"]);
    return out;
  }
  if (SECURITY_CODE.test(text)) {
    CARD.lastIndex = 0;
    for (let m = CARD.exec(text), n = 0; m && n < 8; m = CARD.exec(text), n++) {
      const digits = m[0].replace(/[ -]/g, "");
      // Published test cards are patterned (`4242 4242 …`, `4000 0000 0000 9995`, `5105 1051 …`).
      if (/(\d{1,3})\1{3}/.test(digits)) continue;
      if (digits.length >= 15 && digits.length <= 19 && luhn(digits)) {
        out.push([
          m.index,
          m.index + m[0].length,
          "generic_secret",
          "A full payment card (number with its security code)",
        ]);
        return out;
      }
    }
  }
  if (text.includes("env")) {
    ENV_FALLBACK.lastIndex = 0;
    for (let m = ENV_FALLBACK.exec(text), n = 0; m && n < 8; m = ENV_FALLBACK.exec(text), n++) {
      if (randomLooking(m[1])) {
        const start = m.index + m[0].length - m[1].length - 1;
        out.push([
          start,
          start + m[1].length,
          "api_token",
          "A credential hard-coded as the fallback of an environment lookup",
        ]);
        return out;
      }
    }
  }
  return out;
}
