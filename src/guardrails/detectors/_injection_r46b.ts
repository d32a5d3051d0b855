/**
 * Round-46 creative injections: an order carried in a field a reader takes for data — a metric's
 * HELP text, a WHOIS registrant field, a certificate's policy notice, an HL7 note segment, an X12
 * message segment, a CI annotation, an IDL comment, a Makefile's help, a live SQL comment, an nginx
 * comment, an attachment's file name, an OpenAPI description, a chat canvas. The rows read the
 * parts of such an order by what they do, as half-threshold signals, so a block needs two different
 * signals (paraphrases in `_injection_r46b_test.ts`):
 *
 * - `addresses_ai`: the address forms these channels use — a label to "automation" ("ORDER DESK
 *   AUTOMATION:", "note for operators and automation:", "DBA automation reading this view:"), and
 *   the address in Georgian (…თვის "for the assistant"), Thai (สำหรับ AI/บอท) and the Nordic
 *   languages ("OBS till AI-assistenten").
 * - `owner_kept_out`: the people who would stop the act kept out of it ("no need to tell #dba",
 *   "do not mention it in the README", "without notifying the owner", "do not send an
 *   acknowledgement"), in en/nl/de/es/fr/pt/it/sv/ru/hi/ka/th/fa/ja/zh.
 * - `weakening_act`: an act that opens the system — a certificate installed as a trusted root,
 *   a role made superuser or RLS-exempt, a password check or basic auth removed, a project opened to
 *   anyone on the web, workflows given write tokens and the right to approve their own PRs, a
 *   domain taken off block lists or its held mail released, audit data deleted, a credit or fraud
 *   hold released, an approval step switched off by a flag (`skip_four_eyes: true`).
 * - `key_upload`: private keys or cloud credentials from the home directory uploaded to a URL.
 * - `url_payload`: a link whose query carries a placeholder for data the reader encodes
 *   (`?d=<BASE64>`), the unfurl/image exfiltration shape.
 * - `unredacted_leak`: content taken before redaction together with tokens or passwords.
 * - `forged_tool_output`: a fetched page that frames part of itself as another tool's result
 *   ("----- memory.recall (tool result) -----") or as the user's saved memories.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { forbidsOrNames } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(260));

/** Not forbidden or merely named just before ("never remove auth_basic …"). */
const plain: Accept = (v, s) => !forbidsOrNames(v, s);

const L0 = R`(?<![\p{L}\p{M}])`;
const L1 = R`(?![\p{L}\p{M}])`;

const ADDRESS: readonly HalfRow[] = [
  // "NOTE for Prometheus operators and automation:", "Notice to automated tooling:".
  [
    "",
    /(?:automat|bots?\b)/iu,
    R`\b(?:note|notice|message|attention|memo|warning)\s{1,3}(?:to|for)\s{1,3}(?:all\s{1,3}|any\s{1,3}|the\s{1,3})?(?:[\p{L}-]{2,20}\s{1,3}){0,4}?(?:automation|automated\s{1,3}[\p{L}-]{3,12}|bots?)\s{0,3}:`,
  ],
  // "DBA automation reading pg_stat_activity:", "bots parsing this log:".
  [
    "",
    /(?:automation|automated|bots?|scripts?)\s{1,3}(?:reading|parsing|processing|scanning|ingesting)/iu,
    R`\b(?:automation|automated\s{1,3}[\p{L}-]{3,12}|bots?|scripts?)\s{1,3}(?:reading|parsing|processing|scanning|ingesting)\s{1,3}(?:this\s{1,3}|these\s{1,3}|the\s{1,3})?[\p{L}\p{N}_.-]{2,40}\s{0,2}:`,
  ],
  // ka: "შენიშვნა ასისტენტისთვის", "AI-აგენტისთვის" — the postposition -თვის "for".
  [
    "",
    /(?:ასისტენტ|აგენტ|ბოტ|ხელოვნური)/u,
    R`(?:ასისტენტ|აგენტ|ბოტ|ხელოვნური\s{1,3}ინტელექტ)\p{L}{0,4}თვის${L1}`,
  ],
  // th: "สำหรับ AI/บอทที่…", "ถึงผู้ช่วย AI", "สำหรับผู้ช่วย AI".
  [
    "",
    /(?:สำหรับ|ถึง|เรียน)/u,
    R`(?:สำหรับ|ถึง|เรียน)\s{0,2}(?:AI|เอไอ|บอท|ผู้ช่วย\s{0,2}(?:AI|เอไอ)|เอเจนต์|agent|bot)`,
  ],
  // sv/da/no: "OBS till AI-assistenten", "Besked til AI-agenten", "Merk for KI-assistenten".
  [
    "",
    /(?:assistent|agent|bot)/iu,
    R`\b(?:obs|notera|meddelande|besked|notat|note|merk|bemærk|huom)\s{0,2}[:!]?\s{1,3}(?:till|til|for|för)\s{1,3}(?:den\s{1,3})?(?:AI|KI)[\s-]?(?:assistent|agent|bot)(?:en|er|erne|ene|ar|arna)?${L1}`,
  ],
  // ja spelled in kana (furigana readings, text for a reader that only sees sound): "あしすたんとは",
  // "えーあいへ", and the katakana "アシスタントへ：" label.
  [
    "",
    /(?:あしすたんと|えーあい|アシスタント)/u,
    R`(?:あしすたんと|えーあい)(?:さん)?(?:は|へ|に)|(?:AI|ＡＩ)?アシスタント(?:さん)?へ(?:の)?(?:指示|お願い|メモ|連絡)?\s{0,2}[:：]`,
  ],
];

/** People or records who would notice the act. */
const WHO =
  R`(?:the\s{1,3}|your\s{1,3}|our\s{1,3}|any\s{1,3}|other\s{1,3})?(?:[\p{L}-]{2,15}\s{1,3}){0,2}?(?:owners?|team|admins?|administrators?|dbas?|security|it|ops|sre|on-?call|readme|docs|documentation|changelog|release\s{1,3}notes|committee|manager|supervisor|maintainers?|#[\w-]{2,30})${L1}`;

/**
 * A segment or line that opens with a shouted label to automation: "ORDER DESK AUTOMATION: …",
 * "MSG*BILLING AUTOMATION: …" (capitals only: "Test automation:" is a heading).
 */
const SHOUTED: readonly HalfRow[] = [
  [
    "",
    /AUTOMATION/u,
    R`(?:^|[\n*|~>])[ \t]{0,3}(?:[\p{L}-]{2,20}[ \t]{1,3}){1,3}automation[ \t]{0,2}:[ \t]{0,3}\p{L}`,
  ],
];
/** The label part of the match is written in capitals. */
const shouted: Accept = (v, s, e) => {
  const label = v.slice(s, e).replace(/:[\s\S]*$/, "");
  return label === label.toUpperCase() && /\p{Lu}/u.test(label);
};

/** Not the secret a protective rule names: "don't tell the customer your PIN", "customer names". */
const NOT_SECRET =
  R`(?!\s{1,3}(?:names?|data|details|numbers?|ids?|e-?mails?|records?|(?:your|their|the|any|his|her)\s{1,3}(?:passwords?|pins?|codes?|otps?|credentials?|secrets?|keys?)))`;

const KEPT_OUT: readonly HalfRow[] = [
  // en: "no need to tell #dba", "without notifying the repo owner", "don't loop in the security
  // team", "do not mention it in the generated README".
  [
    "",
    /(?:tell|inform|notify|mention|loop|alert|coordinat|cc)/iu,
    R`\b(?:no\s{1,3}need\s{1,3}to|do\s{1,3}not|don['’]t|never|without)\s{1,3}(?:(?:tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|loop(?:ing)?\s{1,3}in|alert(?:ing)?|cc(?:ing)?|coordinat(?:e|ing)\s{1,3}with)\s{1,3}|mention(?:ing)?\s{1,3}(?:it|this|that|them)?\s{0,3}(?:in|to)\s{1,3})${WHO}${NOT_SECRET}`,
  ],
  // "do not send an 855 acknowledgement", "don't send the confirmation email".
  [
    "",
    /(?:acknowledg|confirmation|receipt)/iu,
    R`\b(?:do\s{1,3}not|don['’]t|never|without)\s{1,3}(?:send(?:ing)?|issu(?:e|ing)|return(?:ing)?)\s{1,3}(?:an?\s{1,3}|the\s{1,3}|any\s{1,3})?(?:[\p{L}\p{N}-]{1,12}\s{1,3})?(?:acknowledge?ments?|confirmations?|receipts?)\b`,
  ],
  // nl: "Vermeld dit niet in de bevestiging", "zonder de eigenaar te informeren".
  [
    "",
    /(?:vermeld|meld|noem|vertel|zonder)/iu,
    R`\b(?:vermeld|meld|noem|vertel)\s{1,3}(?:dit|het|dat)\s{1,3}niet\b|\bzonder\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,3}?te\s{1,3}(?:informeren|melden|vertellen|waarschuwen)\b`,
  ],
  // de: "ohne den Admin zu informieren", "dies dem Team nicht mitteilen".
  [
    "",
    /(?:informier|mitteil|benachrichtig|erwähn)/iu,
    R`\bohne\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,3}?zu\s{1,3}(?:informieren|benachrichtigen)\b|\b(?:dies|das|es)\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,2}?nicht\s{1,3}(?:erwähnen|mitteilen|melden)\b`,
  ],
  // es/pt/it/fr: "sin avisar al dueño", "sem informar a equipe", "senza avvisare", "sans
  // prévenir l'équipe", "no se lo digas al equipo", "ne le mentionnez pas".
  [
    "",
    /(?:sin|sem|senza|sans|no|não|non|ne|inutile)\s/iu,
    R`${L0}(?:sin|sem|senza|sans)\s{1,3}(?:avisar|informar|notificar|avvisare|informare|notificare|prévenir|informer|avertir|notifier)${L1}|${L0}(?:no|não|non)\s{1,3}(?:se\s{1,3})?(?:lo|la|le|les|lhe|gli)\s{1,3}(?:informes|informe|avises|avise|digas|diga|menciones|mencione|notifiques|notifique)${L1}|${L0}ne\s{1,3}(?:le\s{1,3}|les\s{1,3}|l['’]\s{0,2})(?:mentionnez|signalez|dites)\s{1,3}pas${L1}|${L0}inutile\s{1,3}de\s{1,3}(?:prévenir|informer|avertir)${L1}`,
  ],
  // sv: "utan att meddela ägaren", "berätta det inte för teamet".
  [
    "",
    /(?:utan\s{1,3}att|inte)/iu,
    R`${L0}utan\s{1,3}att\s{1,3}(?:meddela|informera|berätta)${L1}|${L0}(?:berätta|meddela|nämn)\s{1,3}(?:det|detta)\s{1,3}inte${L1}`,
  ],
  // ru: "не сообщай об этом команде", "не уведомляй владельца", "без ведома владельца".
  [
    "",
    /(?:не\s|без\s)/iu,
    R`${L0}не\s{1,3}(?:сообщай|уведомляй|говори|информируй)(?:те)?\s{1,3}(?:об\s{1,3}этом|владельц\p{L}*|администратор\p{L}*|команд\p{L}*|руководств\p{L}*|отдел\p{L}*)${L1}|${L0}без\s{1,3}(?:уведомления|ведома|согласования)${L1}`,
  ],
  // hi: "IT टीम को सूचित न करें", "बिना बताए".
  [
    "",
    /(?:सूचित|बिना|ज़िक्र|जिक्र)/u,
    R`(?:सूचित|ज़िक्र|जिक्र)\s{0,3}(?:न|मत)\s{1,3}(?:करें|करना|करो|कीजिए)|बिना\s{1,3}(?:बताए|सूचित\s{1,3}किए)`,
  ],
  // ka: "ნუ აცნობებ", "არ შეატყობინო".
  [
    "",
    /(?:ნუ|არ)\s/u,
    R`${L0}(?:ნუ|არ)\s{1,3}(?:ა?ცნობ|შეატყობინ)\p{L}{0,6}`,
  ],
  // th: "ไม่ต้องเปิด issue หรือแจ้งเจ้าของ", "โดยไม่แจ้งผู้ดูแล".
  [
    "",
    /(?:ไม่ต้อง|โดยไม่|อย่า)/u,
    R`(?:ไม่ต้อง|โดยไม่|อย่า)[^\n]{0,30}?(?:แจ้ง|บอก)(?:ให้)?(?:เจ้าของ|ผู้ดูแล|ทีม|แอดมิน)`,
  ],
  // fa: "نیازی به هماهنگی با صاحب سایت نیست", "به مدیر اطلاع ندهید", "بدون اطلاع".
  [
    "",
    /(?:نیازی|لازم|ندهید|نده|بدون)/u,
    R`(?:نیازی\s{1,3}به|لازم\s{1,3}نیست)\s{1,3}(?:هماهنگی|اطلاع|اطلاع‌رسانی|گفتن|خبر)|(?:اطلاع|خبر)\s{1,3}(?:ندهید|نده)|بدون\s{1,3}(?:اطلاع|هماهنگی)`,
  ],
  // ja/zh: the report declared unneeded — "報告は不要", "ほうこくはふようです", "无需通知".
  [
    "",
    /(?:報告|ほうこく|連絡|れんらく|通知|つうち|告知|报告)/u,
    R`(?:報告|ほうこく|連絡|れんらく|通知|つうち)(?:は|も)?(?:不要|ふよう|いりません)|(?:无需|無需|不必)(?:通知|告知|报告|報告)`,
  ],
];

const WEAKEN: readonly HalfRow[] = [
  // "install this certificate as a trusted root", "add to the System keychain with Always Trust".
  [
    "",
    /(?:trusted\s{1,3}root|root\s{1,3}ca|always\s{1,3}trust)/iu,
    R`\b(?:install|add|import|place)\s{1,3}(?:[\p{L}-]{2,15}\s{1,3}){0,3}?(?:as|to)\s{1,3}(?:a\s{1,3}|the\s{1,3})?(?:system[\s-]wide\s{1,3})?(?:trusted\s{1,3}root|root\s{1,3}CA)|\balways\s{1,3}trust\b`,
  ],
  // "ALTER ROLE app WITH SUPERUSER BYPASSRLS", "GRANT ALL PRIVILEGES ON *.* TO …".
  [
    "",
    /(?:superuser|bypassrls|all\s{1,3}privileges)/iu,
    R`\bALTER\s{1,3}(?:ROLE|USER)\s{1,3}[\w"-]{1,40}\s{1,3}(?:WITH\s{1,3})?(?:SUPERUSER|BYPASSRLS)|\bGRANT\s{1,3}ALL\s{1,3}PRIVILEGES\s{1,3}ON\s{1,3}\*`,
  ],
  // "remove auth_basic from /admin/", "disable basic auth", "turn off the login".
  [
    "",
    /(?:auth|password)/iu,
    R`\b(?:remove|drop|delete|disable|strip|turn\s{1,3}off|comment\s{1,3}out)\s{1,3}(?:the\s{1,3})?(?:auth_basic|basic[\s_-]auth\p{L}*|password\s{1,3}protection)\b|\bauth_basic\b[^\n]{0,40}?(?:بردار|حذف|entfern|quita|elimina|supprim|rimuov|verwijder)`,
  ],
  // "autoindex on; allow all;" — a directory listed to everyone.
  ["", /autoindex/iu, R`\bautoindex\s{1,3}on\s{0,2};[^\n]{0,40}?\ballow\s{1,3}all\b`],
  // "Browse projects for Anyone on the web", "public without login", sv "publik utan inloggning".
  [
    "",
    /(?:anyone|public|publik|anonym)/iu,
    R`\b(?:grant|give|set|open|share|allow|permissions?|rights?|rättighet\p{L}*|access|projects)\b[^\n.]{0,40}?${L0}(?:for|to|för|für|pour|para|voor)\s{1,3}anyone\s{1,3}on\s{1,3}the\s{1,3}(?:web|internet)\b|\bpublic(?:ly)?\s{1,3}(?:\p{L}{2,12}\s{1,3})?(?:without|with\s{1,3}no)\s{1,3}(?:login|sign[\s-]?in|auth\p{L}*)\b|${L0}publi[ck]\p{L}{0,3}\s{1,3}utan\s{1,3}inloggning${L1}`,
  ],
  // "Workflow permissions … Read and write permissions", "Allow GitHub Actions to create and
  // approve pull requests".
  [
    "",
    /(?:approve\s{1,3}pull|read\s{1,3}and\s{1,3}write)/iu,
    R`\ballow\s{1,3}github\s{1,3}actions\s{1,3}to\s{1,3}create\s{1,3}and\s{1,3}approve\b|\bworkflow\s{1,3}permissions\b[^\n]{0,40}?\bread\s{1,3}and\s{1,3}write\b`,
  ],
  // "remove it from proxy and DNS block lists", "release held messages from it".
  [
    "",
    /(?:block\s{0,2}lists?|deny\s{0,2}lists?|held|quarantin)/iu,
    R`\b(?:remove|delete|take)\s{1,3}(?:it|them|this\s{1,3}[\p{L}-]{2,12}|the\s{1,3}[\p{L}-]{2,12})\s{1,3}(?:off|from)\s{1,3}(?:the\s{1,3}|all\s{1,3}|any\s{1,3}|our\s{1,3})?(?:[\p{L}-]{2,15}\s{1,3}){0,3}?(?:block\s{0,2}lists?|deny\s{0,2}lists?)\b|\brelease\s{1,3}(?:the\s{1,3}|all\s{1,3}|any\s{1,3})?(?:held|quarantined)\s{1,3}(?:messages|mails?|emails)\b`,
  ],
  // "delete_series?match[]={__name__=~"audit_.*"}", "purge the audit logs".
  [
    "",
    /audit/iu,
    R`\b(?:delete|purge|drop|truncate|wipe)[^\n]{0,60}?\baudit(?:_|\s{1,3}(?:logs?|trail|series|records|events|tables?|entries))`,
  ],
  // "release the credit hold", "lift the fraud hold".
  [
    "",
    /hold/iu,
    R`\b(?:release|lift|remove|clear)\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?(?:credit|fraud|payment|compliance|risk|security)\s{1,3}holds?\b`,
  ],
  // "set `skip_four_eyes: true`", "skip_approval=true", "bypass_review: true".
  [
    "",
    /(?:skip|bypass|disable|no)[_-]/iu,
    R`\b(?:skip|bypass|disable|no)[_-](?:four[_-]eyes|approvals?|review|2fa|mfa|verification|dual[_-]control)\b\s{0,2}["'\x60]?\s{0,2}[:=]\s{0,2}["'\x60]?true\b`,
  ],
];

const KEY_UPLOAD: readonly HalfRow[] = [
  // "uploads ~/.ssh/id_ed25519 and ~/.gitconfig to https://…", "send ~/.aws/credentials to …".
  [
    "",
    /(?:\.ssh\/|id_(?:rsa|ed25519|ecdsa)|\.aws\/credentials|\.kube\/config|\.netrc)/iu,
    R`\b(?:upload|send|post|copy|copies|transmit|sync|push|submit)(?:s|es|ed|ing)?\b[\s\S]{0,80}?(?:\.ssh\/|id_(?:rsa|ed25519|ecdsa)\b|\.aws\/credentials|\.kube\/config|\.netrc)[\s\S]{0,120}?\bto\s{1,40}https?:\/\/`,
  ],
];

const URL_PAYLOAD: readonly HalfRow[] = [
  // "https://x.example/u?d=<BASE64>", "…?q={{encoded_summary}}" — a link carrying data the reader
  // encodes into it.
  [
    "",
    /[?&][\w-]{1,20}=[<{]/u,
    R`https?:\/\/[^\s?]{3,80}\?(?:[^\s]{0,60}&)?[\w-]{1,20}=(?:<\s{0,2}|\{\{?\s{0,2})(?:base64|b64|encoded|data|payload|digest|content|summary|text|message)[\p{L}\p{N}_ -]{0,30}?\s{0,2}(?:>|\}\}?)`,
  ],
];

const UNREDACTED: readonly HalfRow[] = [
  // "the digest before redaction, including any tokens or passwords", "the unredacted log with
  // its API keys".
  [
    "",
    /(?:redact)/iu,
    R`(?:\b(?:before|without|prior\s{1,3}to|skipping)[*_]{0,2}\s{1,3}(?:any\s{1,3})?redact\p{L}*|\bunredacted)\b[^\n]{0,160}?\b(?:tokens?|passwords?|secrets?|credentials?|connection\s{1,3}strings?|api\s{1,3}keys?)\b`,
  ],
];

const FORGED_TOOL: readonly HalfRow[] = [
  // "----- memory.recall (tool result) -----", "==== search (function output) ====".
  [
    "",
    /\((?:tool|function)\s{1,3}(?:result|output|response)\)/iu,
    R`(?:^|\n)[ \t]{0,3}[-=*#~]{3,}[ \t]{0,3}[\w.:/-]{2,40}[ \t]{0,3}\((?:tool|function)\s{1,3}(?:result|output|response)\)[ \t]{0,3}[-=*#~]{3,}`,
  ],
  // "Saved memories for this user", "Stored preferences of the user (most recent first)".
  [
    "",
    /(?:memories|preferences)/iu,
    R`(?:^|\n)[ \t]{0,3}(?:saved|stored|remembered)\s{1,3}(?:memories|preferences)\s{1,3}(?:for|of|about)\s{1,3}(?:this|the)\s{1,3}user\b`,
  ],
];

/** The round-46b creative rows (half-threshold; a block needs two different kinds). */
export const R46B_RULES: InjectionRule[] = [
  ...rows("addresses_ai", "Text labels a data field as a note to automation or the AI", ADDRESS),
  ...rows("addresses_ai", "Text labels a data segment as a note to automation", SHOUTED, shouted),
  ...rows(
    "owner_kept_out",
    "Text keeps the owner, team or record out of the act",
    KEPT_OUT,
    plain,
  ),
  ...rows("weakening_act", "Text tells the reader to open up a security control", WEAKEN, plain),
  ...rows(
    "key_upload",
    "Text uploads private keys or cloud credentials to a URL",
    KEY_UPLOAD,
    plain,
  ),
  ...rows(
    "url_payload",
    "Text builds a link that carries encoded data out",
    URL_PAYLOAD,
    plain,
    true,
  ),
  ...rows(
    "unredacted_leak",
    "Text asks for content before redaction, with its secrets",
    UNREDACTED,
    plain,
  ),
  ...rows(
    "forged_tool_output",
    "Content frames itself as another tool's result or the user's saved memories",
    FORGED_TOOL,
  ),
];
