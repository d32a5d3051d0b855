/**
 * A raw `user:secret` pair as the whole value of an auth-named argument (`{"auth": "AC…:…"}`,
 * `basic_auth`, `userpass`): the Basic-auth form SDKs build from an id and its secret (Twilio's
 * Account SID and auth token, an API key id and its secret, a registry login). The id is public;
 * the part after the first colon is the credential. Base64-wrapped pairs under `auth` (Docker
 * configs) are handled by the detector itself.
 */
import { isPlaceholder, looksLikeSecret } from "./_secrets_values.ts";

const AUTH_PAIR_KEY =
  /^(?:auth|basic_?auth|http_?auth|userpass|user_?pass(?:word)?|user_?secret|client_?credentials?|api_?auth|sid_?token)$/;
const PAIR = /^([\x21-\x39\x3b-\x7e]{1,256}):([\x21-\x7e]{8,256})$/;

/** Offsets [start, end) of the secret half of a `user:secret` value under an auth key, or undefined. */
export function authPairSecret(key: string, value: string): [number, number] | undefined {
  if (!AUTH_PAIR_KEY.test(key) || value.length > 600) return undefined;
  const trimmed = value.trim();
  const m = PAIR.exec(trimmed);
  if (!m || isPlaceholder(m[1]) || isPlaceholder(m[2]) || !looksLikeSecret(m[2], 3)) {
    return undefined;
  }
  const end = value.indexOf(trimmed) + trimmed.length;
  return [end - m[2].length, end];
}
