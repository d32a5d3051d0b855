/**
 * Round-38 secrets: a password written into a message in the writer's own language.
 *
 * - a labelled password: a word for "password" / "app password" in one of many languages (no
 *   colon needed: `وكلمة المرور X`, `contraseña de aplicación: X`, `heslo X`) followed closely
 *   by a value shaped like a password: 8–64 visible characters mixing letters with digits or
 *   symbols, or the four-groups-of-four lower-case letters that mail/Apple/Google app passwords
 *   are printed in (`abcd efgh ijkl mnop`).
 *
 * Input stage only (what is being sent); bounded patterns. Placeholders (`****`, `<password>`,
 * `{{…}}`, `${…}`) are not values.
 */
import { LiteralGate } from "./_literal_gate.ts";

/** One finding: start, end, kind, reason. */
export type R38Secret = [number, number, "generic_secret", string];

const LABEL = String
  .raw`(?:app(?:lication)?[\s-]{0,2}password|password|passwort|passwd|pwd|contrase[nñ]a(?:\s{1,3}de\s{1,3}aplicaci[oó]n)?|senha(?:\s{1,3}de\s{1,3}app)?|mot\s{1,3}de\s{1,3}passe|wachtwoord|haslo|hasło|heslo|hesło|parol[ae]?|пароль|парола|salasana|losenord|lösenord|adgangskode|passord|jelsz[oó]|kata\s{1,3}sandi|(?:mat|mật)\s{1,3}kh[aẩ]u|sifre|şifre|sifra|šifra|lozinka|κωδικός|סיסמה|كلمة\s{1,3}(?:ال)?(?:مرور|سر)|رمز\s{1,3}(?:ال)?عبور|密码|密碼|パスワード|비밀번호|รหัสผ่าน|पासवर्ड)`;
const LABELLED = new RegExp(
  String
    .raw`(?<![A-Za-z\d:/_.-])${LABEL}(?:\s{0,3}(?:is|es|é|est|ist|je|:|=|-|—|–|->|→|\(|de\s{1,3}la\s{1,3}cuenta)){0,2}\s{1,3}["'«“]?([^\s"'«»“”<>{}]{8,64}|[a-z]{4}[ -][a-z]{4}[ -][a-z]{4}[ -][a-z]{4})(?=["'»”.,;!?)\s]|$)`,
  "giu",
);

function passwordShaped(v: string): boolean {
  if (/^[a-z]{4}[ -][a-z]{4}[ -][a-z]{4}[ -][a-z]{4}$/.test(v)) return true;
  if (
    /^[@:/.<{$[(]|:\/\/|^(?:www\.|x{4,})|\*{3}|\.{3}|your|here|example|changeme|placeholder/i.test(
      v,
    )
  ) {
    return false;
  }
  // An all-lower-case kebab/snake identifier (`password-for-node-1`) is a name, not a password.
  if (/^[a-z0-9]+(?:[-_][a-z0-9]+)+$/.test(v)) return false;
  const letter = /\p{L}/u.test(v);
  const digit = /\d/.test(v);
  const symbol = /[!-/:-@[-`{-~]/.test(v);
  return letter && digit && (symbol || /\p{Lu}/u.test(v) && /\p{Ll}/u.test(v));
}

/**
 * Whether a label may be in a text (`_literal_gate.ts`: every alternative of {@link LABEL} opens
 * with a literal of two or more characters, so this is one shared prefilter lookup).
 */
const LABEL_GATE = new LiteralGate(new RegExp(LABEL, "iu"));

/** Round-38 secret findings in `text`. */
export function r38Secrets(text: string): R38Secret[] {
  if (text.length < 12 || text.length > 20000 || !LABEL_GATE.may(text)) return [];
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text), n = 0; m && n < 20; m = LABELLED.exec(text), n++) {
    if (!passwordShaped(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    return [[start, start + m[1].length, "generic_secret", "A password written into the message"]];
  }
  return [];
}
