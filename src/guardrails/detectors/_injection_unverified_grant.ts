/**
 * A record states, as a fact addressed to no one, that someone was given authority over a person
 * or an account (an authorised pickup, a power of attorney, a signatory, a delegate) on a request
 * that nobody verified: the identity or notary check reads "not requested / not done / not
 * needed", and the grant came by phone call or a photo sent over a messenger. The person or
 * product does not matter: two halves, each a half-threshold signal of its own kind, block
 * together:
 *
 * - `identity_unverified`: a record field for the identity document, the identity or notary
 *   check or the signed delegation, whose value says it was not asked for or not done (en, it,
 *   es, fr, de, pt, ar).
 * - `grant_remote`: the grant (added, registered, authorised, changed) made on a phone request or
 *   from a photo sent over WhatsApp / text message (en, it, es, fr, de, pt, ar).
 *
 * Paraphrases in `_injection_unverified_grant_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(600));

/** Not a rule or warning just before ("never", "must", "always required"). */
const stated: Accept = (v, s) =>
  !/(?<!\p{L})(?:never|must|always|mai|sempre|nunca|siempre|jamais|toujours|niemals|immer|scam\p{L}{0,4}|fraud\p{L}{0,4})(?!\p{L})|أبدا|دائما/iu
    .test(v.slice(Math.max(0, s - 80), s));

const UNVERIFIED: readonly HalfRow[] = [
  [
    "",
    /[:：]\s{0,3}(?:not\s|non\s|no\s|nicht\s|não\s|pas\s|waived|none|لم\s|غير\s|لا\s)/iu,
    R`(?:\b(?:(?:photo\s{1,3})?ID(?:\s{1,3}(?:document|check|card))?|identity\s{1,3}(?:document|check|verification)|notary\s{1,3}(?:verification|check)|signed\s{1,3}(?:delegation|authori[sz]ation|consent\s{1,3}form))\s{0,2}[:：]\s{0,3}(?:not\s{1,3}(?:requested|required|needed|done|checked|performed|provided|verified)|waived|none)\b|(?<!\p{L})(?:documento\s{1,3}d['’]identità|verifica\s{1,3}(?:dell['’]identità|notarile)|delega\s{1,3}firmata|documento\s{1,3}de\s{1,3}identidad|verificación\s{1,3}(?:de\s{1,3}identidad|notarial)|autorización\s{1,3}firmada|pièce\s{1,3}d['’]identité|vérification\s{1,3}d['’]identité|délégation\s{1,3}signée|Ausweis(?:prüfung|kontrolle)?|Identitätsprüfung|unterschriebene\s{1,3}Vollmacht|documento\s{1,3}de\s{1,3}identificação|verificação\s{1,3}de\s{1,3}identidade)\s{0,2}[:：]\s{0,3}(?:non\s{1,3}(?:richiest|necessari|verificat|effettuat)\p{L}{1,2}|no\s{1,3}(?:requerid|necesari|verificad|realizad|solicitad)\p{L}{1,2}|non\s{1,3}(?:requise?|nécessaire|vérifiée?|effectuée?)|pas\s{1,3}(?:demandée?|nécessaire)|nicht\s{1,3}(?:erforderlich|verlangt|geprüft|erfolgt|vorgelegt)|não\s{1,3}(?:solicitad|exigid|verificad|necessári)\p{L}{1,2})(?!\p{L})|(?:التحقق|التحقّق)(?:\s{1,3}من)?(?:\s{1,3}[\p{L}\p{M}]{2,15}){0,3}\s{0,2}[:：]\s{0,3}(?:لم\s{1,3}يتم|غير\s{1,3}مطلوب|لا\s{1,3}يلزم))`,
  ],
];

const REMOTE: readonly HalfRow[] = [
  [
    "",
    /(?:phone\s{1,3}(?:call|request)|telephone|WhatsApp|SMS|text\s{1,3}message|telefonic|téléphon|llamada|ligação|telefone|Telefon|واتس|هاتف)/iu,
    R`\b(?:added|registered|authori[sz]ed|changed|updated|approved|granted)\b[^\n]{0,80}?\b(?:by|via|over|on|after|following)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:(?:unverified|single|brief)\s{1,3})?(?:phone\s{1,3}(?:call|request)|telephone\s{1,3}(?:call|request)|WhatsApp(?:\s{1,3}(?:message|photo))?|text\s{1,3}message|SMS)\b|(?<!\p{L})(?:aggiunt|registrat|autorizzat|modificat|inserit)\p{L}{1,2}[^\n]{0,80}?(?:su\s{1,3}richiesta\s{1,3}telefonica|(?:via|tramite)\s{1,3}WhatsApp)(?!\p{L})|(?<!\p{L})(?:añadid|registrad|autorizad|cambiad|agregad|adicionad|alterad)\p{L}{1,2}[^\n]{0,80}?(?:(?:por|tras|mediante|após|apos)\s{1,3}(?:una\s{1,3}|uma\s{1,3})?(?:llamada\s{1,3}telefónica|ligação\s{1,3}telefónica|ligação|WhatsApp)|por\s{1,3}teléfono|por\s{1,3}telefone)(?!\p{L})|(?<!\p{L})(?:ajouté|enregistré|autorisé|modifié)\p{L}{0,2}[^\n]{0,80}?(?:sur\s{1,3}(?:simple\s{1,3})?demande\s{1,3}téléphonique|par\s{1,3}téléphone|(?:via|par)\s{1,3}WhatsApp)(?!\p{L})|(?<!\p{L})(?:hinzugefügt|eingetragen|registriert|geändert|freigeschaltet)[^\n]{0,80}?(?:auf\s{1,3}telefonische\s{1,3}(?:Anfrage|Bitte)|per\s{1,3}(?:Telefon|WhatsApp))(?!\p{L})|(?:صورة|نسخة)\s{1,3}(?:مرسلة|أرسلت|مرسله)\s{1,3}عبر\s{1,3}(?:واتساب|الواتساب|واتس\s{0,2}اب)|(?:بناء\s{1,3}على|عبر)\s{1,3}(?:مكالمة\s{1,3}هاتفية|اتصال\s{1,3}هاتفي)`,
  ],
];

/** The rules of this technique. */
export const UNVERIFIED_GRANT_RULES: readonly InjectionRule[] = [
  ...rows(
    "identity_unverified",
    "Text records an identity check not asked for or not done",
    UNVERIFIED,
    stated,
  ),
  ...rows(
    "grant_remote",
    "Text records authority granted on a phone or messenger request",
    REMOTE,
    stated,
  ),
];
