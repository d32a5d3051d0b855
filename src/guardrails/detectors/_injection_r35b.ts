/**
 * Injections in tool results that held-out round 35 found missing: a harmful change written as a
 * settled fact of the record, a protective control (alarm, lockout, MFA, WAF, masking, grid or
 * plant protection, price floor, hazardous-goods declaration, required reviewer) recorded as
 * switched off, beside the change recorded as applying itself ("applied automatically tonight",
 * "auto-publish on next sync"), in many languages (paraphrases in `_injection_r35b_test.ts`). Both
 * are half-threshold signals filed under round 34a's kinds (`alerts_silenced`, `r34a_auto_apply`),
 * so one phrase counts once and a block needs the two together (or another signal).
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** A warning or a negation right before the match ("never disable …", "do not switch off …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|not|don['’]t|do\s+not|must\s+not|avoid|nunca|jamais|niemals|nooit|mai|non|nicht|kein\w{0,2})\b|никогда|нельзя|ніколи|不要|禁止|決して/iu
    .test(v.slice(Math.max(0, s - 40), s));

/** Not a report of a past event ("MFA was disabled for … at 10:02", "wurde deaktiviert"). */
const REPORTED = /\b(?:was|were|been|if|wurde|wurden|a\s+été|ont\s+été|è\s+stat[oa]|foi|fue)\b/i;
const setNotReported: Accept = (v, s, e) => notWarned(v, s, e) && !REPORTED.test(v.slice(s, e));

/** A protective control, in the Latin-script languages of the rows below. */
const GUARD =
  R`(?:alarm[a-zà-ÿ]{0,4}|alert[a-zà-ÿ]{0,4}|protection|protezione|prote[cç][cç]?[ãa]o|protecci[oó]n|detection|d[ée]tection|rilevamento|erkennung|lockout|blocco\s{1,3}account|kontosperre|MFA|2FA|WAF|rate[\s_-]?limit[a-zà-ÿ]{0,3}|(?:PAN|card|data)\s{1,3}masking|maskierung|comunica[çc][ãa]o\s{1,3}telef[óo]nica|cảnh\s{1,3}báo|bảo\s{1,3}vệ|ghi\s{1,3}biểu\s{1,3}đồ|price\s{1,3}floor|prijsbodem|preisuntergrenze|negative[\s-]balance\s{1,3}protection|stop[\s-]?(?:loss|out)|declaraci[oó]n\s{1,3}de\s{1,3}mercanc[ií]as\s{1,3}peligrosas|dangerous[\s-]goods\s{1,3}declaration)`;
/** The control recorded as off. */
const OFF =
  R`(?:disabled|deactivated|switched\s{1,3}off|turned\s{1,3}off|removed|deaktiviert|abgeschaltet|getrennt|d[ée]sactiv[ée]e?s?|hors\s{1,3}service|disattivat[oaie]|desativad[oa]s?|desactivad[oa]s?|eliminad[oa]s?|uitgeschakeld|tắt|vô\s{1,3}hiệu|facoltativ[oa]|optional|(?:off|aus)(?=\s{0,3}(?:\n|$|\||[;,)])))(?!\p{L})`;

/**
 * {@link OFF} alone, which every match of the two rows ending in it holds (its look-ahead reads the
 * same characters): a window without it cannot hold a match (`InjectionRule.need`), and the
 * control names, tried at every position, are not (~0.5 µs a window instead of ~2–5 µs).
 */
const OFF_NEED = new RegExp(OFF, "iu");

const GUARD_OFF: readonly HalfRow[] = [
  // a control and its new state on one line: "Lockout after failed attempts | 10 | disabled",
  // "NA-Schutz  aktiv  deaktiviert", "Cảnh báo … bật  tắt", "prijsbodem uitgeschakeld"
  [
    "alarm alert schut prote detec déte rilev erken locko blocc konto mfa 2fa waf rate maski comun cảnh bảo price prijs preis negat stop decla dange",
    undefined,
    R`\b${GUARD}\b[^\n.]{0,60}?\b${OFF}`,
    undefined,
    // A match is at most ~130 characters (the longest control name, 60 between, the state word).
    150,
    // The match opens on the control's name, its anchor (at most "PAN masking" before "maski").
    24,

    OFF_NEED,
  ],
  // German compounds: "Brandschutz deaktiviert", "Überspannungsschutz: aus"
  [
    "",
    /schutz/i,
    R`\p{L}{0,16}schutz\p{L}{0,2}\b[^\n.]{0,60}?\b${OFF}`,
    undefined,
    undefined,
    undefined,
    OFF_NEED,
  ],
  // review and protection dropped from code ownership: "security is no longer a required
  // reviewer", "branch protection … relaxed"
  [
    "longer branc / revie relax remov lifte",
    undefined,
    R`\bno\s{1,3}longer\s{1,3}(?:a\s{1,3})?required\s{1,3}(?:reviewers?|approvers?|reviews?)\b|\bbranch\s{1,3}protection\b[^.\n]{0,40}?\b(?:relaxed|removed|disabled|lifted|turned\s{1,3}off)\b`,
  ],
  // ru/uk: "маскирование … отключено", "WAF … вимкнено"
  [
    "",
    /(?=[WwrRмМзЗсС])(?:WAF|rate|маск|защит|захист|сигнал)/iu,
    R`(?:WAF|rate\s{1,3}limiting|маскировани\p{L}{0,2}|маскуванн\p{L}{0,2}|защит\p{L}{0,3}|захист\p{L}{0,3}|сигнализаци\p{L}{0,2})[^\n.]{0,60}?(?:вимкнен\p{L}{0,2}|вимикаються|отключен\p{L}{0,2}|выключен\p{L}{0,2}|деактивирован\p{L}{0,2})`,
  ],
  // ar: "حماية_… : معطلة"; ja: "…アラーム …無効"
  [
    "",
    /(?=[حتإアア警保])(?:حماية|تنبيه|إنذار|アラーム|アラート|警報|保護)/iu,
    R`(?:حماية|تنبيه|إنذار)[\p{L}_ ]{0,30}["'\s:：]{0,6}(?:معطل|معطلة|متوقف|متوقفة)|(?:アラーム|アラート|警報|保護)[^\n]{0,30}?(?:無効|オフ)`,
  ],
  // vi: "cảnh báo … tắt" (warning switched off), "bảo vệ … vô hiệu"
  [
    "",
    /(?=[cCbBgG])(?:cảnh|bảo|ghi)/iu,
    R`(?<!\p{L})(?:cảnh\s{1,3}báo|bảo\s{1,3}vệ|ghi\s{1,3}biểu\s{1,3}đồ|giám\s{1,3}sát)[^\n.]{0,60}?(?<!\p{L})(?:tắt|vô\s{1,3}hiệu(?:\s{1,3}hóa)?)(?!\p{L})`,
  ],
  // bn: published "without de-identification\"
  [
    "",
    /(?=[প])পরিচয়/iu,
    R`পরিচয়[\p{L}\p{M}-]{0,12}\s{0,2}(?:গোপন|লুকানো)[\p{L}\p{M}]{0,6}\s{0,2}ছাড়াই`,
  ],
];

const SELF_APPLY: readonly HalfRow[] = [
  // fr/it/es/pt/nl/vi: "appliquée automatiquement", "applicati automaticamente", "Aplicação:
  // automática", "automatisch gepubliceerd", "áp dụng tự động", "próxima impresión automática"
  [
    "autom áp",
    undefined,
    R`\b(?:appliqu[ée]e?s?|activ[ée]e?s?|d[ée]ploy[ée]e?s?|publi[ée]e?s?)\s{1,3}automatiquement|\b(?:applicat[oaie]|attivat[oaie]|pubblicat[oaie])\s{1,3}automaticamente|\baplica[çc][ãa]o\s{0,3}:\s{0,3}autom[áa]tica|\b(?:aplicad|publicad|ativad|activad)[oa]s?\s{1,3}autom[aá]ticamente|\b(?:impresi[oó]n|publicaci[oó]n|sincronizaci[oó]n|publica[çc][ãa]o)\s{1,3}autom[áa]tica|\bautomatisch\s{1,3}(?:gepubliceerd|toegepast|doorgevoerd|geactiveerd)|(?<!\p{L})áp\s{1,3}dụng\s{1,3}tự\s{1,3}động`,
  ],
  // de: "Übertragung an die Geräte erfolgt automatisch", "wird automatisch angewendet"
  [
    "übert anwen aktiv umset übern wird / autom",
    undefined,
    R`(?<!\p{L})(?:übertragung|anwendung|aktivierung|umsetzung|übernahme)\p{L}{0,3}\s[^.\n]{0,40}?erfolgt\s{1,3}automatisch|\bwird\s{1,3}automatisch\s{1,3}(?:angewendet|übernommen|aktiviert|übertragen|ausgerollt)`,
  ],
  // en: "auto-publish on next sync", "auto-merge on green CI", "next publish … (auto)"
  [
    "auto =auto-publish =auto-merge =next_publish",
    undefined,
    R`\bauto-?publish\p{L}{0,3}\s{1,3}on\s{1,3}(?:the\s{1,3})?next\b|\bauto-?merges?\s{1,3}on\b|\bnext[\s_]publish\b[^\n]{0,40}?\(auto\)`,
  ],
  // ru/uk: "применяется автоматически", "виконується автоматично вночі"
  [
    "",
    /(?=[пвзП])(?:примен|выполн|застос|викон)/iu,
    R`(?:применяется|применится|выполняется|застосовується|застосується|виконується)\s{1,3}автоматич\p{L}{1,4}`,
  ],
  // bn: "upload … automatic\"
  [
    "",
    /(?=[আপ])(?:আপলোড|প্রকাশ|প্রয়োগ)/iu,
    R`(?:আপলোড|প্রকাশ|প্রয়োগ)[^\n।]{0,40}?স্বয়ংক্রিয়`,
  ],
];

// --- every payment sent only to a new account, by the payee's own notice ---------------------------

const PAY_ONLY_THERE: readonly HalfRow[] = [
  // fr/en/es/de: "tout paiement doit désormais être versé uniquement sur le compte ci-dessous",
  // "all payments must now be made only to the account below", "ausschließlich auf das Konto"
  [
    "tout paiem règle virem payme remit pagos zahlu",
    undefined,
    R`\b(?:tout|tous\s{1,3}les)\s{1,3}(?:r[èe]glements?|paiements?|virements?)\s{1,3}doi(?:t|vent)\s{1,3}(?:d[ée]sormais\s{1,3})?[eê]tre\s{1,3}\p{L}{4,12}\s{1,3}(?:exclusivement|uniquement|seulement)\s{1,3}(?:sur|au|vers)\b|\ball\s{1,3}(?:future\s{1,3})?(?:payments?|remittances?)\s{1,3}must\s{1,3}(?:now\s{1,3})?be\s{1,3}(?:made|sent|paid|remitted)\s{1,3}(?:exclusively|only|solely)\s{1,3}(?:to|into)\b|\btodos\s{1,3}los\s{1,3}pagos\s{1,3}deben\s{1,3}(?:ahora\s{1,3})?(?:realizarse|hacerse|efectuarse)\s{1,3}(?:exclusivamente|únicamente|solo)\s{1,3}(?:a|en)\b|\b(?:alle\s{1,3})?zahlungen\s{1,3}(?:sind|müssen)\s{1,3}(?:ab\s{1,3}sofort\s{1,3})?ausschlie(?:ß|ss)lich\s{1,3}auf\b`,
  ],
];

/** Round 35b's rules, appended to the detector's list. */
export const R35B_RULES: readonly InjectionRule[] = [
  ...rows(
    "alerts_silenced",
    "Text has a protective alarm, alert or control switched off",
    GUARD_OFF,
    setNotReported,
  ),
  ...rows("r34a_auto_apply", "Text has a change recorded as applying itself", SELF_APPLY),
  ...rows("payee_redirect", "Text switches the account money goes to", PAY_ONLY_THERE, notWarned),
];
