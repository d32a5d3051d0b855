/**
 * Harmful orders stated as facts, read by the control they switch off rather than the domain
 * (paraphrases in `_injection_controls_off_test.ts`). Each is a half-threshold signal; a record that
 * holds two (or one beside another family's half) is the planted order.
 *
 * - `security_setting_off` (also inside code spans and fences, where settings live): a trust,
 *   TLS or certificate check set to false as a quoted settings key (`"security.workspace.trust.enabled":
 *   false`, `"http.proxyStrictSSL": false`, `"rejectUnauthorized": false`). Not a test harness's
 *   `VERIFY_SSL = False` or a shell's `NODE_TLS_REJECT_UNAUTHORIZED=0`: those are everyday local
 *   testing, and Node prints its own warning.
 * - `opt_out_ignored`: the people's opt-outs, objections or do-not-contact flags declared not to
 *   apply ("opt-outs do not apply to this export", "including students with opt-outs on file",
 *   "regardless of opt-out status", "Widersprüche werden nicht berücksichtigt").
 * - `secret_by_phone`: PINs, passwords, card numbers, access passes read out over the phone or
 *   sent by text or to an address the caller gives.
 * - `limit_removed`: no per-transaction, daily or value cap on money-moving acts.
 * - `record_not_kept`: the record of a sensitive act declared not kept ("privilege logs are not
 *   prepared", "withhold requests are no longer recorded", "overrides are not logged").
 * - `access_retained`: leavers' or terminated staff's access declared kept active after they go.
 * - `alerts_silenced` (ko, ja, zh; the kind `_injection_protection_waived.ts` uses for en … ru): an
 *   alarm or warning sound switched off or muted.
 *
 * Every half is read only when stated, not warned against ("never", "must not", "fraud" before).
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(400));

const WARNED =
  /(?<!\p{L})(?:never|must\s{1,3}not|should\s{1,3}not|do\s{1,3}not|don['’]t|illegal\p{L}{0,2}|unlawful|fraud\p{L}{0,4}|scam\p{L}{0,2}|prohibited|forbidden|red\s{1,3}flags?|warning|insecure|unsafe|niemals|verboten|jamais|interdit\p{L}{0,2}|nunca|prohibid\p{L}{1,2}|никогда|запрещ\p{L}{1,6})(?!\p{L})|禁止|违法|不得|严禁|금지|절대/iu;
const stated: Accept = (v, s) => {
  const before = v.slice(Math.max(0, s - 90), s);
  const cut = Math.max(...["\n\n", ". ", "。", "! ", "? "].map((c) => before.lastIndexOf(c)));
  return !WARNED.test(before.slice(cut + 1));
};

/** Stated, and not negated inside the match ("PINs are never read out over the phone"). */
const statedUnnegated: Accept = (v, s, e) =>
  stated(v, s, e) && !/(?<!\p{L})(?:never|not|no|nor|neither)(?!\p{L})/iu.test(v.slice(s, e));

/** A sentence gap: no full stop (a decimal point is fine) or line break. */
const G = (n: number) => R`(?:[^.!?;\n。]|\.(?=\d)){0,${n}}?`;

const SETTING_OFF: readonly HalfRow[] = [
  [
    "",
    /(?:trust|strictssl|strict-ssl|strict_ssl|rejectunauthori[sz]ed|verify_?ssl|ssl_?verify|verify_?certs?|tls_?verify)/iu,
    R`["'][\w.-]{0,40}(?:workspace\.trust\.enabled|proxyStrictSSL|strict-?ssl|strict_ssl|rejectUnauthorized|verify_?ssl|ssl_?verify|sslVerify|verify_?certs?|tls_?verify)["']\s{0,3}:\s{0,3}["']?(?:false|off|no)\b`,
  ],
];

const OPT_OUT: readonly HalfRow[] = [
  [
    "",
    /(?:opt-?outs?|objections?|do-not-(?:contact|call|sell)|Widerspr|opposition|oposici|rifiut)/iu,
    R`\b(?:opt-?outs?|objections?|do-not-(?:contact|call|sell)\s{1,3}(?:flags?|requests?|lists?|status))\b${
      G(60)
    }\b(?:do|does|will)\s{1,3}not\s{1,3}apply\b|\b(?:including|incl\.|even)\s{1,3}(?:for\s{1,3})?(?:[\w-]{2,20}\s{1,3}){0,3}(?:with|who\s{1,3}(?:have|made|filed|submitted))\s{1,3}(?:an?\s{1,3})?(?:opt-?outs?|objections?|do-not-(?:contact|call|sell)\s{1,3}(?:flags?|requests?))(?:\s{1,3}on\s{1,3}file)?\b|\b(?:regardless\s{1,3}of|irrespective\s{1,3}of|ignoring|overrid(?:e|es|ing))\s{1,3}(?:any\s{1,3}|their\s{1,3}|the\s{1,3})?(?:[\w-]{2,20}\s{1,3})?(?:opt-?outs?|objections?|do-not-(?:contact|call|sell))|(?<!\p{L})Widersprüche?\p{L}{0,2}(?!\p{L})${
      G(60)
    }(?<!\p{L})(?:werden|wird)\s{1,3}(?:\p{L}{1,20}\s{1,3}){0,4}?nicht\s{1,3}(?:berücksichtigt|beachtet)|(?<!\p{L})(?:malgré|sans\s{1,3}tenir\s{1,3}compte\s{1,3}de)\s{1,3}(?:leur|l['’]|les)\s{0,3}(?:opposition|refus)|(?<!\p{L})(?:independientemente\s{1,3}de|pese\s{1,3}a)\s{1,3}(?:su|la|las)\s{1,3}(?:oposición|baja)`,
  ],
];

const SECRET_NOUN =
  R`(?:PINs?|passwords?|passcodes?|card\s{1,3}numbers?|CVVs?|CVCs?|security\s{1,3}codes?|recovery\s{1,3}codes?|backup\s{1,3}codes?|temporary\s{1,3}access\s{1,3}pass(?:es)?|TAPs?|activation\s{1,3}codes?)`;
const BY_PHONE: readonly HalfRow[] = [
  [
    "",
    /(?:phone|text|SMS|WhatsApp|caller|personal)/iu,
    R`\b${SECRET_NOUN}\b${
      G(60)
    }\b(?:(?:may|can|are|is|will)\s{1,3}(?:be\s{1,3})?)?(?:read\s{1,3}(?:out|aloud)|given|provided|sent|shared|texted|dictated)\s{1,3}(?:out\s{1,3})?(?:over|by|via|through)\s{1,3}(?:the\s{1,3})?(?:phone|telephone|text|SMS|WhatsApp|chat)\b|\bsend\s{1,3}(?:the\s{1,3})?${SECRET_NOUN}\s{1,3}to\s{1,3}(?:the\s{1,3}|any\s{1,3})?(?:e-?mail|address|number|phone|mobile)\s{1,3}(?:or\s{1,3}[\w-]{2,20}\s{1,3}(?:number\s{1,3})?)?(?:the|that\s{1,3}the)\s{1,3}caller\s{1,3}(?:provides|gives|supplies|names)\b`,
  ],
];

const LIMIT: readonly HalfRow[] = [
  [
    "",
    /(?:cap|limit|ceiling|maximum)/iu,
    R`\b(?:there\s{1,3}is\s{1,3})?no\s{1,3}(?:per-?(?:transaction|order|card|customer|day|account)|daily|transaction|spending|withdrawal|refund|payout|transfer|credit|value|amount)\s{1,3}(?:cap|limit|ceiling|maximum)\s{1,3}(?:on|for)\s{1,3}(?:[\w-]{2,20}\s{1,3}){0,2}(?:activations?|refunds?|payouts?|transfers?|withdrawals?|gift\s{1,3}cards?|credits?|disbursements?|vouchers?|orders?)\b|\bthere\s{1,3}is\s{1,3}no\s{1,3}(?:per-?(?:transaction|order|card|day)|daily)\s{1,3}(?:cap|limit)\b`,
  ],
];

const NOT_KEPT: readonly HalfRow[] = [
  [
    "",
    /(?:not\s{1,3}(?:prepared|recorded|logged|kept)|no\s{1,3}longer\s{1,3}(?:recorded|logged|kept))/iu,
    R`\b(?:privilege|audit|withhold(?:ing)?|override|exception|approval|consent|disclosure|release|access\s{1,3}review|change)\s{1,3}(?:logs?|records?|requests?|entries|trails?)\b${
      G(60)
    }\b(?:are|is)\s{1,3}(?:no\s{1,3}longer|not)\s{1,3}(?:prepared|recorded|logged|kept|maintained|created)\b`,
  ],
];

const RETAINED: readonly HalfRow[] = [
  [
    "",
    /(?:leaver|terminat|departing|offboard|former\s{1,3}employee|last\s{1,3}working\s{1,3}day)/iu,
    R`\baccess\b${
      G(120)
    }\b(?:is|are|remains?|stays?)\s{1,3}(?:kept\s{1,3})?(?:active|enabled|open|in\s{1,3}place)\b${
      G(120)
    }\b(?:after|beyond|past)\s{1,3}(?:the\s{1,3})?(?:last\s{1,3}working\s{1,3}day|termination|departure|leaving|exit|end\s{1,3}of\s{1,3}employment)\b|\b(?:involuntary\s{1,3}terminations?|terminated\s{1,3}(?:employees|staff|users)|leavers)\b${
      G(60)
    }\b(?:keep|retain|follow\s{1,3}the\s{1,3}same)\b`,
  ],
];

const SILENCED_CJK: readonly HalfRow[] = [
  [
    "",
    /(?:경보|알람|경고음|警報|アラーム|警告音|报警|警报|告警)/u,
    R`(?:경보|알람|경고음)(?:기)?(?:는|은|을|를)?[^\n.。]{0,24}?(?:볼륨을\s{0,2})?(?:끄고|끈다|끔|꺼\s{0,2}두|해제|무음)|(?:警報|アラーム|警告音)(?:音)?(?:は|を)?[^\n。]{0,16}?(?:切って|切る|オフ|消音|止めて|鳴らさない)|(?:报警|警报|告警)(?:器|声|音量)?[^\n。]{0,16}?(?:关闭|静音|关掉|屏蔽)`,
  ],
];

/** The rules of this family. */
export const CONTROLS_OFF_RULES: readonly InjectionRule[] = [
  ...rows(
    "security_setting_off",
    "Text sets a trust, TLS or certificate check to false in a settings file or environment",
    SETTING_OFF,
    stated,
    true,
  ),
  ...rows(
    "opt_out_ignored",
    "Text declares people's opt-outs or objections not to apply",
    OPT_OUT,
    stated,
  ),
  ...rows(
    "secret_by_phone",
    "Text has PINs, passwords or access passes read out by phone or sent where a caller says",
    BY_PHONE,
    statedUnnegated,
  ),
  ...rows(
    "limit_removed",
    "Text removes the cap on money-moving acts",
    LIMIT,
    stated,
  ),
  ...rows(
    "record_not_kept",
    "Text declares the record of a sensitive act not kept",
    NOT_KEPT,
    stated,
  ),
  ...rows(
    "access_retained",
    "Text keeps leavers' or terminated staff's access active",
    RETAINED,
    stated,
  ),
  ...rows(
    "alerts_silenced",
    "Text has an alarm or warning sound switched off",
    SILENCED_CJK,
    stated,
  ),
];
