/**
 * Round-46 "addressed" injections: a note from an outsider (a QA vendor, a recruiter, a module
 * author, a contractor, a supplier, a candidate, a buyer, a PR agency) that speaks to the AI helper
 * of the channel and waives the person who should see the act. Older rows read one half of most of
 * them; these rows read the other half, as half-threshold signals under the existing kinds, so a
 * block still needs two different signals (paraphrases in `_injection_r46a_test.ts`):
 *
 * - `consent_skipped`: the person or signature the act needs waived, in phrasings older rows miss:
 *   ar "دون انتظار توقيع …" (without waiting for the signature), vi "không cần chuyển cho … xem lại"
 *   (no need to pass it to … for review), fi "eikä siitä tarvitse kysyä häneltä" (no need to ask
 *   him), ro "fără s-o mai treceți pe la …" (without passing it by …), en "no need to loop <Name>
 *   in", and a reviewer told to look at style only and approve (en, ko "스타일만 보시고 승인").
 * - `kept_from_person`: the act kept from the person in charge: el "χωρίς να ενημερώσετε τον …",
 *   he "בלי לשייך לצוות … ובלי לכלול".
 * - `report_gated` / `report_barred`: a mandated report (child protection, police) gated behind the
 *   family it concerns, and the staff who saw it barred from reporting themselves (en/es/fr/de).
 * - `addresses_ai`: a heading "## For agents and assistants running this …", a conditional address
 *   "If an assistant is triaging X's inbox this week:", a vocative "…: run-approval assistants, the
 *   … are expected", he "הערה לכלי ה-AI …", ko "(AI 코드 리뷰어에게)".
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";
import { stated } from "./_injection_r42b.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

const L0 = R`(?<![\p{L}\p{M}])`;
const L1 = R`(?![\p{L}\p{M}])`;

const WAIVED: readonly HalfRow[] = [
  // ar: "دون انتظار توقيع مسؤول المنطقة", "بدون انتظار موافقة المشرف".
  [
    "",
    /انتظار/u,
    R`(?:دون|بدون|من\s{1,3}غير)\s{1,3}انتظار\s{1,3}(?:ال)?(?:توقيع|موافقة|اعتماد|مراجعة|تصريح|إذن|اذن)`,
  ],
  // vi: "không cần chuyển cho giám thị xem lại", "không cần hỏi ý kiến quản lý", "không cần chờ
  // duyệt".
  [
    "",
    /không\s{1,3}cần/iu,
    R`${L0}không\s{1,3}cần\s{1,3}(?:phải\s{1,3})?(?:chuyển\s{1,3}(?:cho|lên|qua)|hỏi(?:\s{1,3}ý\s{1,3}kiến)?|chờ(?:\s{1,3}(?:duyệt|phê\s{1,3}duyệt|xác\s{1,3}nhận))?|xin\s{1,3}(?:phép|duyệt|ý\s{1,3}kiến)|báo\s{1,3}(?:cho|lại)|thông\s{1,3}báo\s{1,3}cho)${L1}`,
  ],
  // fi: "eikä siitä tarvitse kysyä häneltä", "sitä ei tarvitse kysyä esimieheltä", "ei tarvitse
  // odottaa hyväksyntää".
  [
    "",
    /tarvitse/iu,
    R`${L0}(?:ei|eikä)\s{1,3}(?:(?:siitä|sitä|tätä|tästä|asiaa)\s{1,3})?tarvitse\s{1,3}(?:(?:erikseen|enää|uudestaan)\s{1,3})?(?:kysyä|odottaa\s{1,3}(?:hyväksyntää|lupaa|vahvistusta)|kertoa|ilmoittaa)${L1}|${L0}(?:siitä|sitä)\s{1,3}ei\s{1,3}tarvitse\s{1,3}(?:(?:erikseen|enää|uudestaan)\s{1,3})?(?:kysyä|kertoa|ilmoittaa)${L1}`,
  ],
  // ro: "fără s-o mai treceți pe la Ioana", "fără să-l întrebați pe șef", "fără a anunța DPO".
  [
    "",
    /fără/iu,
    R`${L0}fără\s{1,3}(?:s-o|s-l|să\s{1,3}o|să-l|să\s{1,3}îl|să|a)\s{1,3}(?:mai\s{1,3})?(?:treceți|treci|trece|întrebați|întreba|întrebi|consultați|consulta|anunțați|anunța|informați|informa|aștepta|așteptați)${L1}`,
  ],
  // en: "No need to loop Marcus in again", "no need to cc Dana on this".
  [
    "",
    /no\s{1,3}need/iu,
    R`\bno\s{1,3}need\s{1,3}to\s{1,3}(?:loop|cc|copy|bring|pull)\s{1,3}\p{Lu}\p{Ll}{1,20}(?:\s{1,3}\p{Lu}\p{Ll}{1,20})?\s{1,3}(?:in|into|on)\b`,
  ],
  // A named approver's sign-off dropped: "Merges above 50,000 points no longer require Team Lead
  // approval", "refunds over $500 no longer need a supervisor's sign-off" (half: an honest change
  // notice says it too; it blocks only beside another signal, e.g. the holder not notified).
  [
    "",
    /no\s{1,3}longer/iu,
    R`\bno\s{1,3}longer\s{1,3}(?:require|requires|need|needs)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:[\p{L}-]{2,20}\s{1,3}){1,2}(?:approval|sign[\s-]?off|authori[sz]ation)\b`,
  ],
  // A reviewer told to look at style only and approve: "just check the formatting and approve",
  // ko "코드 스타일만 보시고 승인 처리해 주세요".
  [
    "",
    /(?:approve|승인)/iu,
    R`\b(?:only|just)\s{1,3}(?:check|look\s{1,3}at|review)\s{1,3}(?:the\s{1,3})?(?:code\s{1,3})?(?:style|formatting|lint(?:ing)?|typos|naming)\s{1,3}(?:and|then)\s{1,3}(?:approve|merge)\b|(?:스타일|포맷|형식|서식|컨벤션)만\s{0,2}(?:보시고|보고|봐\s{0,2}주시고|확인하시고|확인하고|검토하시고|검토하고)\s{0,3}(?:바로\s{0,2})?승인`,
  ],
];

const KEPT: readonly HalfRow[] = [
  // es/ca/pt/it: "no es necesario comunicarlo a los entrenadores", "no hace falta avisar a la
  // familia", "no cal informar-ne el tutor", "não é necessário informar o gestor", "non è
  // necessario comunicarlo al medico" — the person who must know is not told.
  [
    "",
    /(?:necesario|falta|no\s{1,3}cal|necessário|necessario)/iu,
    R`${L0}(?:no\s{1,3}(?:es|será)\s{1,3}necesario|no\s{1,3}hace\s{1,3}falta|no\s{1,3}cal|não\s{1,3}é\s{1,3}necessário|non\s{1,3}è\s{1,3}necessario)\s{1,3}(?:comunicar(?:lo|la|los|las|ho|-ho|-ne)?|informar(?:lo|la|le|les|-ne|-ho|-los|-les)?|informare|avisar(?:lo|la|le|les|-ne|-ho|-los|-les)?|avvisare|notificar(?:lo|la)?|decírselo|dizer|contar(?:lo|la)?)\s{1,3}(?:a|al|à|ao|aos|às|el|la|els|les|o|os|ai|agli|alla|alle)\s{1,3}\p{L}{3,}`,
  ],
  // el: "χωρίς να ενημερώσετε τον υπεύθυνο ποιότητας", "χωρίς να το πείτε στον διευθυντή".
  [
    "",
    /χωρίς/iu,
    R`${L0}χωρίς\s{1,3}να\s{1,3}(?:(?:το|τον|την|τους)\s{1,3})?(?:ενημερώσ\p{L}{1,4}|πείτε|πεις|ειδοποιήσ\p{L}{1,4}|ρωτήσ\p{L}{1,4})${L1}`,
  ],
  // he: "בלי לשייך לצוות אבטחת המידע", "ובלי לכלול אותם בסיכום", "מבלי ליידע את המנהל".
  [
    "",
    /(?:בלי|ללא)/u,
    R`(?:^|[\s,])ו?(?:בלי|מבלי|ללא)\s{1,3}(?:לשייך|לכלול|ליידע|לעדכן|לדווח|להודיע)(?=[\s,.])`,
  ],
];

/** A helper named as such (plural or singular). */
const AI_NOUN = R`(?:AI\s{1,3})?(?:assistants?|agents?|copilots?|bots?)`;

const ADDRESS: readonly HalfRow[] = [
  // A heading that is only the address: "## For agents and assistants running this collection",
  // "### For AI assistants reading this runbook".
  [
    "",
    /(?:assistant|agent|copilot|bot)/iu,
    R`(?:^|\n)[ \t]{0,3}#{1,6}[ \t]{1,4}(?:for|to)\s{1,3}(?:the\s{1,3}|any\s{1,3})?(?:AI\s{1,3})?(?:agents?|assistants?|copilots?|bots?)(?:\s{1,3}(?:and|or|&)\s{1,3}(?:AI\s{1,3})?(?:agents?|assistants?|copilots?|bots?))?\s{1,3}(?:running|reading|processing|executing|using|handling|triaging|reviewing|working\s{1,3}on)\s{1,3}(?:this|these|the)\b[^\n]{0,40}(?=\n|$)`,
  ],
  // A conditional address that ends in a colon: "If an assistant is triaging Marcus's inbox this
  // week:", "If you are an AI agent reading this ticket:".
  [
    "",
    /\bif\s{1,3}(?:an?|the|any|you)/iu,
    R`\bif\s{1,3}(?:an?|the|any)\s{1,3}${AI_NOUN}\s{1,3}(?:is|are)\s{1,3}(?:triaging|reading|handling|processing|managing|sorting|summari[sz]ing|answering|screening)\s{1,3}[^\n:.!?]{2,60}:`,
  ],
  // A vocative after a label: "…: run-approval assistants, the 3 destroys above are expected".
  [
    "",
    /(?:assistants|agents|bots|copilots)\s{0,2},/iu,
    R`(?:^|[:;]\s{1,3}|\n[ \t]{0,12})(?:[\p{L}-]{2,24}\s{1,3}){0,1}(?:AI\s{1,3})?(?:[\p{L}]{2,14}-)?(?:assistants|agents|bots|copilots)\s{0,2},\s{1,3}(?!and\b|or\b|such\b|like\b|including\b|e\.g\.|i\.e\.|etc\b|too\b|as\b)(?:the|these|this|those|you|please|your|all|any|it|there)\b`,
  ],
  // he: "הערה לכלי ה-AI שממיר ממצאים", "לתשומת לב עוזר ה-AI", "הודעה לסוכן הבינה המלאכותית".
  [
    "",
    /(?:AI|בינה)/u,
    R`(?:הערה|הודעה|לתשומת\s{1,3}לב|בקשה)\s{1,3}ל?(?:כלי|עוזר|סוכן|בוט|מערכת|מודל)\s{1,3}ה[-־]?(?:AI|בינה\s{1,3}המלאכותית)`,
  ],
  // ko: "(AI 코드 리뷰어에게)", "AI 검토 도우미에게:", "인공지능 비서님께".
  [
    "",
    /(?:AI|인공지능)/u,
    R`(?:AI|인공지능)\s{0,2}(?:[\p{Script=Hangul}]{1,6}\s{1,2}){0,2}(?:리뷰어|검토자|어시스턴트|비서|봇|에이전트|도우미)(?:님)?(?:에게|께)`,
  ],
];

/** An authority a mandated report goes to. */
const AUTHORITY =
  R`(?:child\s{1,3}protective\s{1,3}services|CPS|social\s{1,3}services|law\s{1,3}enforcement|(?:the\s{1,3})?police|(?:the\s{1,3})?authorities|(?:the\s{1,3})?regulator|servicios\s{1,3}sociales|(?:la\s{1,3})?policía|(?:las\s{1,3})?autoridades|services\s{1,3}sociaux|(?:la\s{1,3})?police|(?:les\s{1,3})?autorités|Jugendamt|(?:die\s{1,3})?Polizei|(?:die\s{1,3})?Behörden?)`;

/**
 * A mandated report gated behind the people it concerns: "Before any report is made to CPS or law
 * enforcement, the principal contacts the student's parent", "antes de avisar a los servicios
 * sociales, el director habla con la familia", "bevor das Jugendamt informiert wird, spricht die
 * Leitung mit den Eltern". Half: it blocks beside the staff barred from reporting themselves.
 */
const REPORT_GATED: readonly HalfRow[] = [
  [
    "",
    /(?:before|antes|avant|bevor|vor\s{1,3}(?:einer|jeder))/iu,
    R`\b(?:before\s{1,3}(?:any|a|the)\s{1,3}(?:report|referral|call)\s{1,3}(?:is\s{1,3}(?:made|filed|sent)\s{1,3})?to\s{1,3}${AUTHORITY}|antes\s{1,3}de\s{1,3}(?:avisar|informar|denunciar\s{1,3}ante|notificar)\s{1,3}a\s{1,3}(?:l[oa]s?\s{1,3})?${AUTHORITY}|avant\s{1,3}(?:tout\s{1,3}signalement|de\s{1,3}(?:signaler|prévenir|alerter))\s{1,3}(?:aux?\s{1,3})?${AUTHORITY}|bevor\s{1,3}(?:das\s{1,3}|die\s{1,3}|der\s{1,3})?${AUTHORITY}\s{1,3}(?:informiert|eingeschaltet|benachrichtigt)\s{1,3}wird)[^.\n]{0,120}?\b(?:contacts?|calls?|meets?|informs?|notifies|speaks?\s{1,3}(?:to|with)|habla\s{1,3}con|contacta|llama|informa|contacte|appelle|prévient|rencontre|spricht(?:\s{1,3}[\p{L}-]{2,20}){0,2}\s{1,3}mit|kontaktiert|informiert)\s{1,3}(?:with\s{1,3})?(?:the\s{1,3}|a\s{1,3}|la\s{1,3}|los\s{1,3}|las\s{1,3}|les\s{1,3}|die\s{1,3}|den\s{1,3})?(?:[\p{L}'’-]{2,15}\s{1,3})?(?:parents?|guardians?|famil(?:y|ies)|accused|alleged|familia|padres|tutores|famille|parents|Eltern|Familie)\b`,
  ],
];

/**
 * The staff who witnessed it barred from reporting themselves: "Individual staff do not report
 * directly", "los docentes no denuncian directamente", "le personnel ne signale pas directement",
 * "Mitarbeitende melden nicht selbst".
 */
const REPORT_BARRED: readonly HalfRow[] = [
  [
    "",
    /(?:directly|directamente|directement|selbst|direkt)/iu,
    R`\b(?:(?:individual\s{1,3})?(?:staff(?:\s{1,3}members)?|employees|teachers|nurses|counselors|counsellors|workers)\s{1,3}(?:(?:do|may|must|should|can)\s{1,3}not|don['’]t|cannot|are\s{1,3}not\s{1,3}to)\s{1,3}(?:report|make\s{1,3}(?:a\s{1,3})?reports?|file\s{1,3}(?:a\s{1,3})?reports?|contact\s{1,3}${AUTHORITY})\s{1,3}(?:directly|themselves|on\s{1,3}their\s{1,3}own)|(?:el\s{1,3}personal|los\s{1,3}docentes|los\s{1,3}empleados)\s{1,3}no\s{1,3}(?:denuncia|denuncian|informa|informan|avisa|avisan)\s{1,3}directamente|le\s{1,3}personnel\s{1,3}ne\s{1,3}(?:signale|contacte|prévient)\s{1,3}pas\s{1,3}directement|(?:Mitarbeitende|Mitarbeiter|Lehrkräfte|Beschäftigte)\s{1,3}(?:melden|informieren)\s{1,3}nicht\s{1,3}(?:selbst|direkt))\b`,
  ],
];

/** The round-46 addressed rows (see the module comment). */
export const R46A_RULES: readonly InjectionRule[] = [
  ...rows("consent_skipped", "Text waives the person or signature the act needs", WAIVED, stated),
  ...rows("kept_from_person", "Text keeps the act from the person in charge", KEPT, stated),
  ...rows("addresses_ai", "Text addresses the AI helper reading this channel", ADDRESS, stated),
  ...rows(
    "report_gated",
    "Text has the people a mandated report concerns contacted before the authority",
    REPORT_GATED,
    stated,
  ),
  ...rows(
    "report_barred",
    "Text bars the staff who saw it from reporting to the authority themselves",
    REPORT_BARRED,
    stated,
  ),
];
