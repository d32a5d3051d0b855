/**
 * GraphQL batching abuse: one request that calls the same login / OTP / coupon / reset field
 * many times under aliases (`a1: login(…) a2: login(…) …`) or as many operations in a JSON batch.
 * Rate limits count HTTP requests, so this is how passwords and one-time codes are brute-forced.
 * A legitimate query aliases a field a few times to fetch different objects; five or more calls
 * of one field that checks a secret, or ten of one mutation, is a guessing loop.
 */

/** `alias: field(` — the field called (the scan starts at each colon, so prose costs little). */
const ALIASED_CALL = /(?<=[A-Za-z0-9_]\s{0,4}):\s*([A-Za-z_]\w{0,60})\s*\(/g;
/** `mutation … { field(` — one operation of a JSON batch (`[{"query": …}, {"query": …}]`). */
const OPERATION_CALL = /\b(?:mutation|query)\b[^{}]{0,80}\{\s*([A-Za-z_]\w{0,60})\s*\(/g;
/** Fields that check a secret or redeem something: what batching is used to guess. */
const GUESSABLE =
  /login|log_in|signin|sign_in|authenticate|auth|verify|verification|otp|totp|mfa|2fa|twofactor|password|passcode|pin|redeem|coupon|voucher|promo|gift|reset|confirm|token/i;
const MAX_SCAN = 200_000;
const DOCUMENT_START = /^\s*(?:[\[{]|(?:query|mutation|subscription)\b)/;

/** Why a GraphQL document batches guesses, or undefined. */
export function graphqlBatching(text: string): string | undefined {
  // A GraphQL document starts with its operation, an anonymous `{ … }` selection, or is a JSON
  // body / batch (`{"query": …}`, `[…]`): an anchored test, so other text costs nothing.
  if (text.length > MAX_SCAN || !DOCUMENT_START.test(text)) return undefined;
  return repeated(text, ALIASED_CALL) ?? repeated(text, OPERATION_CALL);
}

function repeated(text: string, re: RegExp): string | undefined {
  const counts = new Map<string, number>();
  re.lastIndex = 0;
  let seen = 0;
  for (let m = re.exec(text); m && seen < 2000; m = re.exec(text)) {
    seen++;
    const field = m[1];
    const n = (counts.get(field) ?? 0) + 1;
    counts.set(field, n);
    if (n >= 5 && GUESSABLE.test(field)) {
      return `calls "${field.slice(0, 40)}" ${n}+ times in one request (batched guessing)`;
    }
    if (n >= 10 && /\bmutation\b/.test(text)) {
      return `calls mutation field "${field.slice(0, 40)}" ${n}+ times in one request`;
    }
  }
  return undefined;
}
