/**
 * A harmful order stated as a fact addressed to no one, in two shapes that do not depend on the
 * product or the goods:
 *
 * - A sale whose buyer may not check what he pays for: payment only through a named "escrow",
 *   "guarantee" or "buyer protection" service (`pay_only_at`) beside the viewing or inspection
 *   before payment declared impossible (`inspection_refused`). Either alone is an ordinary listing
 *   line; the pair is the fake-escrow fraud (en, ro, de, fr, es, it, pl).
 * - Authentication of incoming calls weakened to network trust: the signature of webhooks or
 *   callbacks declared retired or no longer verified (`control_off`) beside an IP allowlist
 *   declared sufficient to authenticate them (`network_trust`) (en).
 *
 * Each row is a half-threshold signal; a block needs a second, different kind. Paraphrases in
 * `_injection_trust_waived_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(400));

/** Not a warning just before ("never", "scam", "do not use", "beware"). */
const stated: Accept = (v, s) =>
  !/(?<!\p{L})(?:never|niciodată|niemals|jamais|nunca|nigdy|scam\p{L}{0,4}|fraud\p{L}{0,4}|beware|țeap\p{L}{0,2}|escroc\p{L}{0,4}|Betrug\p{L}{0,4}|arnaque\p{L}{0,2}|estafa\p{L}{0,2}|truffa\p{L}{0,2}|oszust\p{L}{0,4}|do\s{1,3}not|don['’]t|nu\s{1,3}folosiți|not\s{1,3}(?:sufficient|enough))(?!\p{L})/iu
    .test(v.slice(Math.max(0, s - 120), s));

const ESCROW_ONLY: readonly HalfRow[] = [
  [
    "",
    /(?:escrow|guarantee|garanți|garanzia|garantía|Treuhand|Käuferschutz|séquestre|paiement\s{1,3}sécurisé|buyer\s{1,3}protection|payment\s{1,3}protection|protección\s{1,3}al|pago\s{1,3}seguro|pagamento\s{1,3}protetto|plată\s{1,3}securizată|ochron\p{L}{1,3}\s{1,3}kupuj|depozyt|bezpieczn\p{L}{1,3}\s{1,3}płatno)/iu,
    R`\b(?:payment|paying)\s{1,3}(?:is\s{1,3}(?:made|done|accepted)\s{1,3}|goes\s{1,3}|can\s{1,3}be\s{1,3}made\s{1,3})?(?:only|exclusively|solely)\s{1,3}(?:through|via|by)\s{1,3}(?:the\s{1,3})?(?:[\p{L}.-]{2,20}\s{1,3}){0,3}(?:escrow|buyer\s{1,3}protection|payment\s{1,3}protection|guarantee)\b|(?<!\p{L})plata\s{1,3}(?:se\s{1,3}face\s{1,3})?(?:exclusiv|doar|numai)\s{1,3}prin\s{1,3}(?:serviciul\s{1,3}(?:de\s{1,3})?)?(?:garanți\p{L}{0,2}|escrow|plată\s{1,3}securizată)|(?<!\p{L})(?:Zahlung|Bezahlung)\s{1,3}(?:erfolgt\s{1,3})?(?:ausschlie(?:ß|ss)lich|nur)\s{1,3}über\s{1,3}(?:den|das|die)\s{1,3}(?:\p{L}{2,20}\s{1,3})?(?:Treuhand\p{L}{0,10}|Käuferschutz\p{L}{0,6})|(?<!\p{L})(?:le\s{1,3})?paiement\s{1,3}(?:se\s{1,3}fait\s{1,3})?(?:uniquement|exclusivement)\s{1,3}(?:par|via)\s{1,3}(?:le\s{1,3}|un\s{1,3})?(?:service\s{1,3}(?:de\s{1,3})?)?(?:séquestre|escrow|paiement\s{1,3}sécurisé)|(?<!\p{L})(?:el\s{1,3})?pago\s{1,3}(?:se\s{1,3}(?:hace|realiza)\s{1,3})?(?:únicamente|exclusivamente|solo|sólo)\s{1,3}(?:a\s{1,3}través\s{1,3}del?|mediante|por)\s{1,3}(?:servicio\s{1,3}(?:de\s{1,3})?)?(?:escrow|depósito\s{1,3}en\s{1,3}garantía|protección\s{1,3}al\s{1,3}comprador|pago\s{1,3}seguro)|(?<!\p{L})(?:il\s{1,3})?pagamento\s{1,3}(?:avviene\s{1,3})?(?:solo|esclusivamente|unicamente)\s{1,3}(?:tramite|attraverso)\s{1,3}(?:il\s{1,3})?(?:servizio\s{1,3}(?:di\s{1,3})?)?(?:garanzia|escrow|deposito\s{1,3}fiduciario|pagamento\s{1,3}protetto)|(?<!\p{L})płatność\s{1,3}(?:tylko|wyłącznie)\s{1,3}(?:przez|za\s{1,3}pośrednictwem)\s{1,3}(?:usług\p{L}{1,2}\s{1,3})?(?:escrow|depozyt\p{L}{0,3}|bezpieczn\p{L}{1,3}\s{1,3}płatnoś\p{L}{1,3}|ochron\p{L}{1,3}\s{1,3}kupującego)`,
  ],
];

const NO_VIEWING: readonly HalfRow[] = [
  [
    "",
    /(?:viewing|inspection|vizionare|Besichtigung|visite|visita|visione|oglądani)/iu,
    R`\b(?:no\s{1,3}(?:viewing|inspection|test\s{1,3}drives?)\s{1,3}(?:is\s{1,3}possible\s{1,3})?(?:before|prior\s{1,3}to)\s{1,3}(?:the\s{1,3})?payment|(?:viewing|inspection)\s{1,3}(?:before|prior\s{1,3}to)\s{1,3}(?:the\s{1,3})?payment\s{1,3}(?:is\s{1,3})?(?:not\s{1,3}possible|impossible|not\s{1,3}available))\b|(?<!\p{L})vizionar\p{L}{0,3}\s{1,3}(?:înainte\s{1,3}de\s{1,3}plată\s{1,3})?(?:nu\s{1,3}(?:este|e)\s{1,3}posibil\p{L}{0,2}|imposibil\p{L}{0,2})|(?<!\p{L})(?:keine\s{1,3}Besichtigung\s{1,3}vor\s{1,3}(?:der\s{1,3})?Zahlung|Besichtigung\s{1,3}vor\s{1,3}(?:der\s{1,3})?Zahlung\s{1,3}(?:ist\s{1,3})?(?:nicht\s{1,3}möglich|ausgeschlossen))(?!\p{L})|(?<!\p{L})(?:pas\s{1,3}de\s{1,3}visite\s{1,3}avant\s{1,3}(?:le\s{1,3})?paiement|visite\s{1,3}avant\s{1,3}(?:le\s{1,3})?paiement\s{1,3}(?:impossible|pas\s{1,3}possible))(?!\p{L})|(?<!\p{L})(?:no\s{1,3}(?:es\s{1,3}posible\s{1,3}la\s{1,3})?visita\s{1,3}antes\s{1,3}del\s{1,3}pago|la\s{1,3}visita\s{1,3}antes\s{1,3}del\s{1,3}pago\s{1,3}no\s{1,3}es\s{1,3}posible)(?!\p{L})|(?<!\p{L})(?:visione|visita)\s{1,3}prima\s{1,3}del\s{1,3}pagamento\s{1,3}non\s{1,3}(?:è\s{1,3})?possibile(?!\p{L})|(?<!\p{L})oglądani\p{L}{1,2}\s{1,3}przed\s{1,3}(?:za)?płat\p{L}{1,4}\s{1,3}nie\s{1,3}(?:jest\s{1,3})?możliw\p{L}{1,2}(?!\p{L})`,
  ],
];

const SIGNATURE_OFF: readonly HalfRow[] = [
  [
    "",
    /(?:signing|signature|HMAC)/iu,
    R`\b(?:(?:webhook|callback|event)\s{1,3}){0,2}(?:signing|signatures?|signature\s{1,3}verification|HMAC\s{1,3}(?:signatures?|verification))\s{1,3}(?:is|are|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:now\s{1,3})?(?:retired|removed|discontinued|dropped|no\s{1,3}longer\s{1,3}(?:sent|required|needed|supported))\b|\bno\s{1,3}longer\s{1,3}verify\s{1,3}(?:the\s{1,3}|their\s{1,3})?(?:webhook\s{1,3})?signatures?\b|\b[\w-]{0,30}Signature\s{1,3}header\s{1,3}is\s{1,3}no\s{1,3}longer\s{1,3}sent\b`,
  ],
];

const IP_TRUST: readonly HalfRow[] = [
  [
    "",
    /(?:allowlisting|whitelisting|trusting|trusted\s{1,3}without)/iu,
    R`\b(?:allowlisting|whitelisting|trusting)\s{1,3}(?:these|those|the\s{1,3}(?:above|following|listed))\s{1,3}(?:IP\s{1,3})?(?:ranges|addresses|IPs|CIDRs|networks)\s{1,3}(?:is|are)\s{1,3}(?:sufficient|enough)\s{1,3}to\s{1,3}(?:authenticate|verify|trust)\b|\b(?:events|requests|calls|callbacks)\s{1,3}from\s{1,3}(?:these|the\s{1,3}(?:above|following|listed))\s{1,3}(?:IP\s{1,3})?(?:ranges|addresses|IPs|networks)\s{1,3}(?:can|may)\s{1,3}be\s{1,3}trusted\s{1,3}without\b`,
  ],
];

/** The rules of this technique. */
export const TRUST_WAIVED_RULES: readonly InjectionRule[] = [
  ...rows(
    "pay_only_at",
    "Text allows payment only through a named escrow service",
    ESCROW_ONLY,
    stated,
  ),
  ...rows(
    "inspection_refused",
    "Text rules out seeing the goods before payment",
    NO_VIEWING,
    stated,
  ),
  ...rows(
    "control_off",
    "Text declares the signature of incoming calls retired",
    SIGNATURE_OFF,
    stated,
  ),
  ...rows(
    "network_trust",
    "Text declares an IP allowlist enough to authenticate",
    IP_TRUST,
    stated,
  ),
];
