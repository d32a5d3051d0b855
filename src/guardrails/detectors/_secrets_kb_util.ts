/**
 * Helpers of the credential-format knowledge base (./_secrets_kb.ts): a rule per documented
 * provider format (prefix + length + alphabet), a value test that rejects placeholders, masked and
 * low-entropy bodies, and a look at the words just before a value (for formats with no prefix,
 * which count only next to their provider's name or documented key).
 */
import type { Severity } from "../types.ts";
import type { SecretKind } from "./secrets.ts";
import type { Check, Rule } from "./_secrets_rules.ts";
import { isPlaceholder, looksLikeSecret, shannonEntropy } from "./_secrets_values.ts";

/** Stand-ins documentation and templates put where a token goes. */
const FAKE =
  /x{4}|X{4}|\*{3}|\.{3}|…|0{8}|([A-Za-z0-9])\1{5}|example|sample|dummy|placeholder|your|redacted|fake|abcdef|123456|[<>{}$]/i;

/** A token body that looks issued, not typed: no mask or stand-in, entropy near random. */
export function realBody(body: string): boolean {
  if (body.length < 8 || FAKE.test(body)) return false;
  // 30+ random chars of a mixed alphabet hold a digit (odds of none ≤ 0.5%); names do not.
  if (body.length >= 30 && !/\d/.test(body)) return false;
  // snake / kebab / dotted words (`live_streaming_settings_v2`) or CamelCase names are names.
  if (/(?:^|[_\-.])[a-z]{3,}[_\-.][a-z]{3,}(?=[_\-.]|$)|(?:[A-Z][a-z]{3,}){3}/.test(body)) {
    return false;
  }
  return shannonEntropy(body) >= Math.min(3.3, 0.75 * Math.log2(body.length));
}

/**
 * A token body whose provider format (prefix, separators, exact lengths) already rules out a
 * name: {@link realBody} without its name heuristics (a random 24-character base62 part can hold
 * three CamelCase-looking runs), still refusing stand-ins, masks and low entropy.
 */
export function shapedBody(body: string): boolean {
  if (body.length < 8 || FAKE.test(body)) return false;
  return /[A-Z]/.test(body) && /[a-z]/.test(body) &&
    shannonEntropy(body) >= Math.min(3.3, 0.75 * Math.log2(body.length));
}

/** A password-like value (the generic bar: entropy, two classes, not `$VAR` / `<password>`). */
export const passwordish = (v: string, _text?: string, _start?: number): boolean =>
  looksLikeSecret(v, 3) && !isPlaceholder(v) && !STAND_IN.test(v);

/** Documented examples and stand-ins inside a password (`…EXAMPLEKEY`, `xxxx`, `****`). */
const STAND_IN = /example|sample|dummy|placeholder|redacted|changeme|x{4}|\*{3}/i;

/** Options of {@link tok}. */
export interface TokOptions {
  check?: Check;
  kind?: SecretKind;
  severity?: Severity;
  /** Chars of fixed prefix the body test skips. */
  skip?: number;
  showPrefix?: boolean;
}

/**
 * A provider token: the whole match is the secret. `where` says where to revoke it; the reason
 * tells the user the holder acts as them, and to send a reference instead.
 */
export function tok(
  label: string,
  hint: string | readonly string[],
  re: RegExp,
  where: string,
  o: TokOptions = {},
): Rule {
  const skip = o.skip ?? 0;
  return {
    kind: o.kind ?? "api_token",
    label,
    severity: o.severity ?? "high",
    hint,
    re,
    check: o.check ?? ((v) => realBody(v.slice(skip))),
    showPrefix: o.showPrefix ?? true,
    advice: advice(where),
  };
}

/** The standard advice: what the holder can do and where to revoke it. */
export function advice(where: string): string {
  return `anyone holding it can use it as you; revoke it in ${where} and pass a reference ` +
    `(an environment variable or secret-store name) instead`;
}

/** A check that also needs `words` within `before` chars before the value. */
export function near(words: RegExp, before = 160, then: Check = (v) => realBody(v)): Check {
  return (v, text, start) =>
    words.test(text.slice(Math.max(0, start - before), start)) && then(v, text, start);
}

/**
 * A provider value with no prefix: one of `labels` (regex alternatives), then up to 40 chars on
 * the line (`_API_KEY="`, `: `, ` key is `), then the value of the documented shape (group `s`).
 */
export function labelled(labels: string, value: string): RegExp {
  return new RegExp(
    String.raw`(?:${labels})[^\n]{0,40}?(?<![A-Za-z0-9_\-])(?<s>${value})(?![A-Za-z0-9_\-])`,
    "dg",
  );
}

/** Variants of a provider name as written in prose, config keys and env vars. */
export const cases = (name: string): string[] => [
  name.toLowerCase(),
  name[0].toUpperCase() + name.slice(1).toLowerCase(),
  name.toUpperCase(),
];

/**
 * The provider's name as its label spells it (`PagerDuty`, `MessageBird`, `IBM Cloud`): brands
 * written with inner capitals or a space, which the lower/Title/UPPER variants miss.
 */
function brandSpelling(label: string, name: string): string[] {
  const words = label.split(" ");
  const out: string[] = [];
  for (let k = 1; k <= Math.min(3, words.length); k++) {
    const w = words.slice(0, k).join(" ");
    if (/^[A-Za-z0-9 ]+$/.test(w) && w.replace(/ /g, "").toLowerCase() === name) out.push(w);
  }
  return out;
}

/** An unprefixed provider key of shape `value` right after the provider's name. */
export function named(label: string, name: string, value: string, where: string): Rule {
  const names = [...new Set([...cases(name), ...brandSpelling(label, name)])];
  return tok(label, names, labelled(names.join("|"), value), where, {
    showPrefix: false,
    check: keyed((v) => /\d/.test(v) && /[A-Za-z]/.test(v) && realBody(v)),
  });
}

/**
 * A credential word: English, and "key / token / password" in the languages a label is written in
 * (klucz, clé, Schlüssel, chiave, clave, chave, sleutel, nyckel, nøgle, avain, kulcs, klíč, ключ,
 * токен, anahtar, kunci, khóa, مفتاح, מפתח, キー, 密钥, 키 …) — only words for key, token, password.
 */
const CREDENTIAL_WORD =
  /key|token|secret|auth|passw|cred|bearer|klucz|cl[ée](?![a-z])|schl[üu]ssel|chiave|clave|chave|sleutel|nyckel|n[øo]gle|n[øo]kkel|avain|kulcs|kl[íi][čc]|ключ|токен|парол|anahtar|kunci|kh[óo]a|مفتاح|توکن|מפתח|キー|トークン|密钥|密鑰|令牌|키|토큰|hasło|contrase[ñn]a|senha|mot de passe|passwort|jeton|gettone/i;

/**
 * A check that also needs a credential word (`key`, `token`, `secret`, `auth` …, the label's own
 * counts) in the 80 chars before the value: `datadog … commit <sha>` is not a key.
 */
export function keyed(then: Check = (v) => realBody(v)): Check {
  return near(CREDENTIAL_WORD, 80, then);
}
