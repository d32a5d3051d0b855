/**
 * Round-47 secrets, by technique:
 *
 * - an ACCOUNT recovery key handed over (it resets the account's password and second factor with
 *   no other proof): an Apple Account / Apple Business Manager recovery key (seven groups of four
 *   upper-case letters and digits, 28 characters), a 1Password Secret Key (`A3-` then six groups),
 *   and any run of five to eight dash-separated groups of four to six upper-case letters and digits
 *   written after a "recovery key / code" word in one of the languages below;
 *
 * (A live session handed over as a `Cookie` header whose cookie NAME says session/auth, any
 * product, is in ./_secrets_kb_keys.ts.)
 *
 * Input stage only; bounded patterns.
 */

/** One finding: start, end, kind, reason. */
export type R47Secret = [number, number, "generic_secret", string];

/** Seven groups of four (the Apple recovery key shape). */
const SEVEN_BY_FOUR = /(?<![A-Za-z0-9-])(?:[A-Z0-9]{4}-){6}[A-Z0-9]{4}(?![A-Za-z0-9-])/g;
/** A 1Password Secret Key: A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX. */
const ONEPASSWORD =
  /(?<![A-Za-z0-9-])A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9-])/g;
/** Five to eight groups of four to six (other recovery keys), counted only after a recovery word. */
const GROUPS = /(?<![A-Za-z0-9-])[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){4,7}(?![A-Za-z0-9-])/g;
/** "Recovery key / code" in English, European, Slavic, Turkish, Arabic, Hebrew, Persian, Asian languages. */
const RECOVERY_WORD =
  /recovery|restore\s{0,2}key|secret\s{0,2}key|wiederherstell|r[ée]cup[ée]ration|recuperaci[óo]n|recupera[çc][ãa]o|ripristino|herstelsleutel|odzyskiw|восстановл|obnoven|kurtarma|pemulihan|kh[ôo]i ph[ụu]c|استرداد|استعادة|بازیابی|שחזור|復旧|回復キー|恢复|復原|복구/i;

/** Mixed letters and digits, not a stand-in (XXXX, ABCD-EFGH, 1234-5678, one repeated group). */
function realGroups(v: string): boolean {
  if (!/\d/.test(v) || !/[A-Z]/.test(v) || /X{4}|ABCD|1234|0000|AAAA/.test(v)) return false;
  const groups = v.split("-");
  return new Set(groups).size === groups.length && new Set(v.replace(/-/g, "")).size >= 10;
}

/** Round-47 findings in `text`. */
export function r47Secrets(text: string): R47Secret[] {
  if (text.length < 20 || text.length > 50000) return [];
  const out: R47Secret[] = [];
  if (text.indexOf("-") >= 0) {
    const seen = new Set<number>();
    const add = (m: RegExpMatchArray, reason: string) => {
      if (seen.has(m.index!) || !realGroups(m[0])) return;
      seen.add(m.index!);
      out.push([m.index!, m.index! + m[0].length, "generic_secret", reason]);
    };
    for (const m of text.matchAll(SEVEN_BY_FOUR)) {
      add(m, "account recovery key (resets the account's password and second factor)");
    }
    for (const m of text.matchAll(ONEPASSWORD)) {
      add(m, "1Password Secret Key (with the account password it opens every vault)");
    }
    if (RECOVERY_WORD.test(text)) {
      for (const m of text.matchAll(GROUPS)) {
        add(m, "recovery key (takes over the account or unlocks what it protects)");
      }
    }
  }
  return out;
}

/** A slot name of a template: one upper-case word (USER, SENHA, BENUTZER, MOT_DE_PASSE). */
const CAPS_WORD = /^[A-Z][A-Z_]{1,30}$/;
/** The host of a template, also a slot name. */
const CAPS_HOST = /^[A-Z][A-Z_]{1,30}(?=[:\/?#]|$)/;

/**
 * True when a URL's `user:password@host` is a template in any language: the user, the password
 * and the host are each one upper-case word (`USUARIO:SENHA@HOST`, `UTILISATEUR:MOTDEPASSE@SERVEUR`):
 * slot names, not credentials.
 */
export function capsTemplateUserinfo(userinfo: string, afterAt: string): boolean {
  const colon = userinfo.indexOf(":");
  if (colon < 0) return false;
  const user = userinfo.slice(0, colon);
  const pass = userinfo.slice(colon + 1).replace(/@$/, "");
  return CAPS_WORD.test(user) && CAPS_WORD.test(pass) && CAPS_HOST.test(afterAt.slice(0, 40));
}
