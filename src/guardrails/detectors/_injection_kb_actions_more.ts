/**
 * More rows of the `_injection_kb_actions.ts` kinds (same kinds, so one phrase never counts twice):
 * protections switched off in more languages and for more controls (masking / redaction, secret
 * scanning, mail authentication, sandboxing, alarm release), secrets sent to a personal or
 * caller-given address, the second approval declared not needed, logs written in clear text, and
 * money swept on a schedule to a literal account or wallet. Paraphrases in
 * `_injection_kb_actions_more_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";
import { stated } from "./_injection_kb_actions.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(400));

const CONTROL_EN =
  R`(?:masking|redaction|secret\s{1,3}scanning|push\s{1,3}protection|signature\s{1,3}verification|DMARC|DKIM|SPF|sandboxing|Security\s{1,3}Defaults|Conditional\s{1,3}Access|admission\s{1,3}control(?:ler)?s?|(?:fire|smoke|high-temperature|temperature)\s{1,3}alarms?|alarm\s{1,3}(?:auto-)?release|fraud\s{1,3}(?:checks?|screening)|malware\s{1,3}scanning)`;

const OFF: readonly HalfRow[] = [
  [
    "",
    /(?:disabled|turned\s{1,3}off|switched\s{1,3}off|deactivated|bypass)/iu,
    R`\b${CONTROL_EN}\b[^\n.;]{0,50}?\b(?:is|are|has\s{1,3}been|have\s{1,3}been|was|were|stays?|remains?)\s{1,3}(?:now\s{1,3})?(?:disabled|turned\s{1,3}off|switched\s{1,3}off|deactivated|bypassed)\b`,
  ],
  [
    "",
    /(?:disattivat|desativad|uitgeschakeld|wyłączon|inaktiverad|avaktiverad|dezactivat|vypnut|devre\s{1,3}dışı|απενεργοποι)/iu,
    R`(?<!\p{L})(?:mascheramento|autenticazione\s{1,3}a\s{1,3}due\s{1,3}fattori|log\s{1,3}di\s{1,3}audit|allarm\p{L}|mascaramento|autenticação\s{1,3}de\s{1,3}dois\s{1,3}fatores|alarme\p{L}?|tweestapsverificatie|maskering|audit-?log\p{L}{0,2}|alarm\p{L}{0,2}|maskowanie|uwierzytelnianie\s{1,3}dwuskładnikowe|tvåfaktorsautentisering|larm\p{L}{0,3}|mascarea|autentificarea\s{1,3}în\s{1,3}doi\s{1,3}pași|maskování|dvoufázové\s{1,3}ověření|iki\s{1,3}faktörlü\s{1,3}doğrulama|secret\s{1,3}scanning)(?!\p{L})[^\n.;]{0,120}?(?<!\p{L})(?:(?:è|sono|é|são|is|zijn|jest|są|är|har|este|sunt|je|jsou|έχει)\s{1,3}(?:stat[oaie]\s{1,3}|sido\s{1,3}|fost\s{1,3}|został\p{L}?\s{1,3}|blivit\s{1,3})?)?(?:disattivat\p{L}|desativad\p{L}{1,2}|uitgeschakeld|wyłączon\p{L}|inaktiverad\p{L}?|avaktiverad\p{L}?|dezactivat\p{L}{0,2}|vypnut\p{L}|devre\s{1,3}dışı|απενεργοποιηθεί)(?!\p{L})`,
  ],
];

/** Secrets sent to whatever personal address or number someone gives. */
const SENT_PERSONAL: readonly HalfRow[] = [
  [
    "",
    /(?:personal|private|caller|whatever|requester|Gmail|Yahoo)/iu,
    R`\b(?:keys?|codes?|passwords?|credentials|tokens?|PINs?)\b[^\n.;]{0,60}?\b(?:are|is|get|gets)\s{1,3}(?:\p{L}{2,12}\s{1,3}){0,2}?(?:sent|e-?mailed|texted|forwarded|shared)\b[^\n.;]{0,30}?\bto\s{1,3}(?:any|whatever|the)\s{1,3}(?:personal\s{1,3}|private\s{1,3})?(?:address|e-?mail|number|phone)\s{1,3}(?:the\s{1,3})?(?:caller|requester|customer|user)\s{1,3}(?:gives|provides|names)\b|\bto\s{1,3}personal\s{1,3}(?:addresses|e-?mails|accounts)\s{0,3}\((?:Gmail|Yahoo|Outlook|Hotmail)|(?<!\p{L})(?:(?:adrese|adresses|direcciones|indirizzi|endereços|adresy)\s{1,3}(?:personale|personnelles|personales|personali|pessoais|prywatne|osobní)|(?:persönliche|private|prywatne|личные)\s{1,3}(?:Adressen|adresy|адреса))\s{0,3}\((?:Gmail|Yahoo|Outlook|Hotmail|GMX|Mail\.ru)`,
  ],
];

/** The second approval declared not needed. */
const NO_SECOND: readonly HalfRow[] = [
  [
    "",
    /(?:require|kräver|erfordert|nécessite|requiere|richiede|wymaga|vyžaduje|gerektirmez)/iu,
    R`\b(?:does|do)\s{1,3}not\s{1,3}require\s{1,3}(?:a\s{1,3})?(?:second|dual|two-person|two\s{1,3}people's|four-eyes|countersigned?)\s{0,3}(?:approval|sign-?off|signature|authori[sz]ation)?\b|(?<!\p{L})kräver\s{1,3}inte\s{1,3}attest(?!\p{L})|(?<!\p{L})erfordert\s{1,3}keine\s{1,3}(?:zweite\s{1,3})?(?:Freigabe|Gegenzeichnung)(?!\p{L})|(?<!\p{L})ne\s{1,3}nécessite\s{1,3}pas\s{1,3}de\s{1,3}(?:double\s{1,3}validation|seconde\s{1,3}signature)|(?<!\p{L})no\s{1,3}requiere\s{1,3}(?:doble\s{1,3}aprobación|segunda\s{1,3}firma)|(?<!\p{L})non\s{1,3}richiede\s{1,3}(?:doppia\s{1,3}approvazione|seconda\s{1,3}firma)|(?<!\p{L})nie\s{1,3}wymaga\s{1,3}(?:podwójnej\s{1,3}akceptacji|drugiego\s{1,3}podpisu)`,
  ],
];

/** The identity check declared no longer needed. */
const NO_ID_CHECK: readonly HalfRow[] = [
  [
    "",
    /(?:longer|mehr|plus|más|più|mais|mai|już|больше)/iu,
    R`\b(?:identity|ID|caller)\s{1,3}(?:verification|checks?)\s{1,3}(?:is\s{1,3}|are\s{1,3})?no\s{1,3}longer\s{1,3}(?:required|needed|necessary|performed)\b|(?<!\p{L})Identitätsprüfung\p{L}{0,2}(?:\s{1,3}\p{L}{2,20}){0,3}\s{1,3}(?:ist|sind)\s{1,3}nicht\s{1,3}mehr\s{1,3}(?:erforderlich|nötig|notwendig)|(?<!\p{L})vérification\s{1,3}d['’]identité(?:\s{1,3}\p{L}{2,20}){0,3}\s{1,3}n['’]est\s{1,3}plus\s{1,3}(?:nécessaire|requise|exigée)|(?<!\p{L})verificación\s{1,3}de\s{1,3}(?:la\s{1,3})?identidad(?:\s{1,3}\p{L}{2,20}){0,3}\s{1,3}ya\s{1,3}no\s{1,3}es\s{1,3}(?:necesaria|obligatoria)|(?<!\p{L})verifica\s{1,3}dell['’]identità(?:\s{1,3}\p{L}{2,20}){0,3}\s{1,3}non\s{1,3}è\s{1,3}più\s{1,3}(?:necessaria|richiesta)|(?<!\p{L})verificação\s{1,3}de\s{1,3}identidade(?:\s{1,3}\p{L}{2,20}){0,3}\s{1,3}não\s{1,3}é\s{1,3}mais\s{1,3}(?:necessária|exigida)|(?<!\p{L})verificarea\s{1,3}identității(?:\s{1,3}[\p{L}/]{2,20}){0,4}\s{1,3}nu\s{1,3}mai\s{1,3}este\s{1,3}necesară|(?<!\p{L})weryfikacja\s{1,3}tożsamości(?:\s{1,3}\p{L}{2,20}){0,3}\s{1,3}nie\s{1,3}jest\s{1,3}już\s{1,3}(?:wymagana|potrzebna)|(?<!\p{L})проверка\s{1,3}личности(?:\s{1,3}\p{L}{2,20}){0,3}\s{1,3}больше\s{1,3}не\s{1,3}(?:требуется|нужна)`,
  ],
];

/** Money moved on a schedule to a literal account or wallet. */
const SWEPT: readonly HalfRow[] = [
  [
    "",
    /(?:swept|sweep|moved|transferred)/iu,
    R`\b(?:swept|moved|transferred)\s{1,3}(?:every\s{1,3}(?:hour|day|night|bank\s{1,3}day)|hourly|daily|nightly)\s{1,3}to\s{1,3}(?:[^\n.;]{0,40}?\b(?:IBAN\s{0,2}:?\s{0,2}[A-Z]{2}\d{2}|bc1[a-z0-9]{20,60}|0x[0-9a-fA-F]{40}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}))`,
  ],
];

/** Secrets or payment data written in clear text. */
const CLEAR: readonly HalfRow[] = [
  [
    "",
    /(?:plain\s{0,3}text|clear\s{0,3}text|unredacted|unmasked|in\s{1,3}chiaro|im\s{1,3}Klartext|en\s{1,3}clair|en\s{1,3}texto\s{1,3}plano)/iu,
    R`\b(?:logs?|records?|passwords?|card\s{1,3}numbers?|PANs?|keys?|tokens?)\b[^\n.;]{0,50}?\b(?:are|is)\s{1,3}(?:now\s{1,3}|therefore\s{1,3})?(?:written|stored|kept|logged|sent|streamed)\s{1,3}(?:in\s{1,3})?(?:plain\s{0,3}text|clear\s{0,3}text|unredacted|unmasked)\b|(?<!\p{L})(?:vengono|sono)\s{1,3}(?:quindi\s{1,3})?(?:scritti|salvati|registrati|inviati)\s{1,3}in\s{1,3}chiaro(?!\p{L})|(?<!\p{L})(?:werden|wird)\s{1,3}im\s{1,3}Klartext\s{1,3}(?:gespeichert|protokolliert|geschrieben)|(?<!\p{L})(?:sont|est)\s{1,3}(?:stockés?|écrits?|journalisés?)\s{1,3}en\s{1,3}clair(?!\p{L})`,
  ],
];

/** The rules of this file (kinds of `_injection_kb_actions.ts`, plus `kb_clear_text`). */
export const KB_ACTION_MORE_RULES: readonly InjectionRule[] = [
  ...rows("kb_protection_off", "Text states a protective control switched off", OFF, stated),
  ...rows(
    "kb_sent_outside",
    "Text states keys or codes sent to whatever personal address someone gives",
    SENT_PERSONAL,
    stated,
  ),
  ...rows("kb_unguarded", "Text states the second approval is not needed", NO_SECOND, stated),
  ...rows(
    "kb_unguarded",
    "Text states the identity check is no longer needed",
    NO_ID_CHECK,
    stated,
  ),
  ...rows(
    "payee_swap",
    "Text states money swept on a schedule to a literal account or wallet",
    SWEPT,
    stated,
  ),
  ...rows("kb_clear_text", "Text states logs or secrets written in clear text", CLEAR, stated),
];
