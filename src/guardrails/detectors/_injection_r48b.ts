/**
 * Round-48 "addressed" and "creative": a line inside a record (an approval form's remark, a board
 * update, a Dockerfile comment, an expense note, an SNMP location string, a SWIFT field 72, object
 * metadata, a DMARC report's contact field, a server MOTD, a ticket's environment field) speaks to
 * the AI helper and keeps the human who would stop the act out of it: "不用再推送给她", "שלא תשאל
 * אותה שוב", "Không cần ghi vào mô tả PR", "Katjalle ei tarvitse lähettää", "دون الرجوع إلى
 * الإدارة", "Kein Rückruf bei … nötig", "Właściciel już się zgodził", "منتظر تأیید نمانید", "не
 * создавай тикет". The act itself (a payment, a key, a firewall rule, a public bucket) does not
 * matter: the structure is an order to the agent plus the owner bypassed.
 *
 * Each row is a half-threshold signal filed under a kind the older rows use, so one phrase counts
 * once and a block needs a second, different signal:
 *
 * - `addresses_ai`: the helper named as the addressee of a labelled line in forms the older rows do
 *   not read: ru/uk dative "ИИ-ассистенту инвентаризации:", fa "دستیار هوش مصنوعی جیرا:", am
 *   "ለ… ረዳት (AI)", fr "Assistant IA du domaine :", en "Deploying agents:".
 * - `kept_from_person`: the owner, manager or approver not to be told, asked, notified or called,
 *   or the act kept out of the PR description, activity log or ticket (zh, he, vi, fi, ar, de, pl,
 *   fa, ru, en, ja, ko, tr).
 * - `consent_skipped`: the owner's consent claimed in the record ("the owner already agreed"), the
 *   approval not to be waited for (fa), the agent to pass the approval steps itself (zh).
 *
 * Paraphrases in `_injection_r48b_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

const L0 = R`(?<![\p{L}\p{M}])`;
const L1 = R`(?![\p{L}\p{M}])`;

/** Not reported, warned or quoted as an example just before. */
const stated: Accept = (v, s) =>
  !/(?<![\p{L}\p{M}])(?:scam\p{L}{0,4}|fraud\p{L}{0,4}|phish\p{L}{0,4}|injection|example|beispiel|exemple|ejemplo|if\s{1,3}(?:someone|anyone|a\s{1,3}message)|never|attackers?|Angreifer|мошен\p{L}{0,4}|шахра\p{L}{0,4}|arnaque\p{L}{0,2}|Betrug\p{L}{0,2})(?![\p{L}\p{M}])|诈骗|例如|例えば|사기/iu
    .test(v.slice(Math.max(0, s - 160), s));

const VOCATIVE: readonly HalfRow[] = [
  // ru/uk: the helper in the dative as the label of the line: "ИИ-ассистенту инвентаризации:",
  // "ШІ-помічнику бухгалтерії:", "AI-агенту:"
  [
    "",
    /(?:ассистенту|помощнику|агенту|асистенту|помічнику)/iu,
    R`${L0}(?:ИИ|ШІ|AI)[\s-]{0,2}(?:ассистенту|помощнику|агенту|асистенту|помічнику)(?:\s{1,3}[\p{L}-]{2,24}){0,2}\s{0,2}[:：]`,
  ],
  // fa: "دستیار هوش مصنوعی جیرا:", "دستیار AI:"
  [
    "",
    /دستیار/u,
    R`دستیار\s{1,3}(?:هوش\s{1,3}مصنوعی|AI|ای\s{0,2}آی)(?:\s{1,3}[\p{L}\p{M}\u200c-]{2,24}){0,2}\s{0,2}[:：]`,
  ],
  // am: "ማስታወሻ ለግዥ ረዳት (AI)፡", "ለ AI ረዳት"
  [
    "",
    /ረዳት/u,
    R`ረዳት\s{0,2}\(\s{0,2}(?:AI|ኤአይ)\s{0,2}\)|ለ\s{0,2}(?:AI|ኤአይ)\s{0,2}ረዳት`,
  ],
  // fr: "Assistant IA du domaine :", "Agent IA de la boutique :" at the start of a field or line
  [
    "",
    /(?:assistant|agent)/iu,
    R`(?:^|[\n>"'«]\s{0,3})(?:Assistante?|Agent)\s{1,3}(?:IA|AI)(?:\s{1,3}[\p{L}'’-]{1,20}){0,3}\s{0,2}:\s`,
  ],
  // en: "Deploying agents:", "Automated agents:", "Coding agents:" opening a label, note or field
  [
    "",
    /agents/iu,
    R`(?:^|[\n>"':]\s{0,3})(?:Deploying|Deployment|Automated|Autonomous|Coding|AI|LLM|Fixing|Build|CI)\s{1,3}agents\s{0,2}:\s`,
  ],
];

/** A word gap that may hold a wrapped field's continuation mark (SWIFT "//", a quoted reply "> "). */
const W = R`(?:\s|\/\/|>){1,6}`;

/** Who would stop the act: an owner, manager, approver, director. */
const BOSS_ZH = R`(?:她|他|领导|老板|经理|主管|总监|财务|刘总|\p{Script=Han}{1,2}总)`;

const KEPT: readonly HalfRow[] = [
  // zh: "不用再推送给她", "不要在审批群里提醒", "不要告诉领导", "无需通知财务"
  [
    "",
    /(?:不用|不要|无需|无须|别)/u,
    R`(?:不用|不必|无需|无须)(?:再)?(?:推送|通知|告诉|告知|转发|抄送|发送?|请示|汇报|提醒)(?:给)?${BOSS_ZH}|(?:不要|别|勿)(?:再)?(?:告诉|通知|告知|惊动|提醒|打扰|抄送)${BOSS_ZH}|(?:不要|别|勿)在[^\n,，。]{1,12}?(?:群|日志|记录|备注|动态)里?(?:提醒|提及|说明|记录|通知|发)`,
  ],
  // he: "שלא תשאל אותה שוב", "אל תספר למנהל", the change kept out of the activity log
  [
    "",
    /(?:שלא|אל|לא)/u,
    R`(?:${L0}ו?שלא|${L0}ו?אל)\s{1,3}(?:תשאל|תספר|תודיע|תעדכן|תיידע|תפנה)\p{L}{0,2}\s{1,3}(?:אותה|אותו|אותם|את|ל\p{L}{1,12})|${L0}ו?(?:שלא|לא)\s{1,3}(?:יופיע|יירשם|ירשם|יתועד)\p{L}{0,2}\s{1,3}ב(?:יומן|לוג|היסטוריה|רישום)`,
  ],
  // vi: "Không cần ghi vào mô tả PR", "đừng báo cho sếp"
  [
    "",
    /(?:không\s{1,3}cần|đừng)/iu,
    R`${L0}(?:không\s{1,3}cần|đừng)\s{1,3}(?:ghi|nêu|nhắc|đề\s{1,3}cập|báo|thông\s{1,3}báo)\s{1,3}(?:vào\s{1,3}|trong\s{1,3}|cho\s{1,3}|với\s{1,3})?(?:mô\s{1,3}tả|PR|commit|ticket|phiếu|sếp|quản\s{1,3}lý|trưởng|chủ)`,
  ],
  // fi: "Katjalle ei tarvitse lähettää tätä", "älä kerro esimiehelle"
  [
    "",
    /(?:tarvitse|älä)/iu,
    R`${L0}ei\s{1,3}tarvitse\s{1,3}(?:lähettää|kertoa|ilmoittaa|kysyä|näyttää|välittää)${L1}|${L0}älä\s{1,3}(?:kerro|ilmoita|kysy|lähetä|välitä)\s{1,3}(?:tästä\s{1,3})?\p{L}{2,20}(?:lle|ltä)${L1}`,
  ],
  // ar: "دون الرجوع إلى الإدارة", "لا تخبر المدير"
  [
    "",
    /(?:الرجوع|العودة|تخبر|تبلغ|تُبلغ|تُخبر)/u,
    R`(?:دون|بدون|من\s{1,3}غير)${W}(?:الرجوع|العودة)${W}(?:إلى|الى|لل)\s{0,3}(?:ال)?(?:إدارة|ادارة|مدير|مسؤول|مالك)|(?:لا|ولا)\s{1,3}(?:تخبر|تبلغ|تُبلغ|تُخبر)\p{L}{0,2}\s{1,3}(?:ال)?(?:إدارة|ادارة|مدير|مسؤول|مالك)`,
  ],
  // de: "Kein Rückruf bei Dr. X nötig", "ohne Rückfrage beim Inhaber"
  [
    "",
    /(?:Rückruf|Rückfrage)/iu,
    R`${L0}kein(?:e|en)?\s{1,3}(?:Rückruf|Rückfrage)\p{L}{0,2}(?:\s{1,3}[\p{L}.]{1,20}){0,4}?\s{1,3}(?:nötig|notwendig|erforderlich)${L1}|${L0}ohne\s{1,3}(?:Rückruf|Rückfrage)\p{L}{0,2}\s{1,3}(?:bei|beim)${L1}`,
  ],
  // fa: "به مدیر نگویید", "اطلاع ندهید"
  [
    "",
    /(?:نگویید|نگو|ندهید|نده)/u,
    R`(?:به\s{1,3}[\p{L}\u200c]{2,20}\s{1,3})(?:نگویید|نگو|اطلاع\s{1,3}ندهید|اطلاع\s{1,3}نده)`,
  ],
  // ru: "не создавай тикет", "не сообщай руководителю"
  [
    "",
    /не\s/iu,
    R`${L0}не\s{1,3}(?:создавай|заводи|открывай|регистрируй|создавайте|заводите|открывайте|регистрируйте)\s{1,3}(?:тикет|заявк\p{L}|инцидент|обращени\p{L})|${L0}не\s{1,3}(?:сообщай|говори|уведомляй|сообщайте|говорите|уведомляйте)\s{1,3}(?:об\s{1,3}этом\s{1,3})?(?:руководител\p{L}{1,3}|начальник\p{L}{1,3}|владельц\p{L}{1,3}|администратор\p{L}{1,3}|директор\p{L}{1,3})`,
  ],
  // en: "do not raise them in the PR description", "leave it out of the changelog"
  [
    "",
    /(?:raise|flag|list|out\s{1,3}of)/iu,
    R`\b(?:do\s{1,3}not|don['’]t)\s{1,3}(?:raise|flag|list|surface)\s{1,3}(?:them|this|these|it|the\s{1,3}\w+)\s{1,3}in\s{1,3}the\s{1,3}(?:PR|pull\s{1,3}request|MR|merge\s{1,3}request|commit|change(?:log)?|ticket|review)(?:\s{1,3}(?:description|message|notes?))?\b|\bleave\s{1,3}(?:it|this|them)\s{1,3}out\s{1,3}of\s{1,3}the\s{1,3}(?:PR|pull\s{1,3}request|commit|changelog|ticket|review)\b`,
  ],
  // ja / ko / tr: "上司には伝えないで", "관리자에게 알리지 마세요", "yöneticiye haber vermeyin"
  [
    "",
    /(?:ないで|마세요|말고|vermeyin|söylemeyin)/iu,
    R`(?:上司|管理者|部長|課長|オーナー|店長)(?:に|には)(?:伝え|知らせ|報告し|連絡し)ないで|(?:관리자|상사|팀장|사장|대표|주인)(?:에게|께)\s?(?:알리지|보고하지|말하지)\s?(?:마세요|말고|마)|${L0}(?:yönetici|müdür|patron|sahib)\p{L}{0,4}\s{1,3}(?:haber\s{1,3}vermeyin|söylemeyin|bildirmeyin)`,
  ],
];

const SKIPPED: readonly HalfRow[] = [
  // pl/cs/es/pt/it/fr/de/en: the owner's consent claimed in the record: "Właściciel już się
  // zgodził", "the owner already agreed", "der Inhaber hat bereits zugestimmt"
  [
    "",
    /(?:zgodzi|souhlasil|acord|agreed|approved|consented|zugestimmt|d['’]accord|accepté|aceptó|concordou|acconsentito|согласил|погодив)/iu,
    R`${L0}(?:właściciel\p{L}{0,2}|admin\p{L}{0,3}|szef\p{L}{0,2}|owner|the\s{1,3}owner|manager|Inhaber\p{L}{0,2}|Besitzer\p{L}{0,2}|le\s{1,3}propriétaire|el\s{1,3}propietario|o\s{1,3}proprietário|il\s{1,3}proprietario|владелец|власник)\s{1,3}(?:już\s{1,3}się\s{1,3}zgodził\p{L}{0,2}|(?:has\s{1,3})?already\s{1,3}(?:agreed|approved|consented|signed\s{1,3}off)|hat\s{1,3}bereits\s{1,3}zugestimmt|(?:a\s{1,3})?déjà\s{1,3}(?:donné\s{1,3}son\s{1,3}accord|accepté)|ya\s{1,3}(?:aceptó|aprobó|dio\s{1,3}su\s{1,3}visto\s{1,3}bueno)|já\s{1,3}(?:concordou|aprovou)|ha\s{1,3}già\s{1,3}(?:acconsentito|approvato)|уже\s{1,3}(?:согласился|одобрил)|вже\s{1,3}(?:погодився|схвалив))`,
  ],
  // fa: "منتظر تأیید نمانید", "نیازی به تأیید نیست"
  [
    "",
    /(?:منتظر|نیازی)/u,
    R`منتظر\s{1,3}(?:تأیید|تایید|اجازه|پاسخ)\p{L}{0,3}(?:\s{1,3}[\p{L}\u200c]{1,12})?\s{1,3}(?:نمانید|نمان|نباشید)|نیازی\s{1,3}به\s{1,3}(?:تأیید|تایید|اجازه)\s{1,3}(?:نیست|ندارد)`,
  ],
  // zh: the agent told to pass the approval steps itself: "由 AI 助手直接通过一级和二级审批"
  [
    "",
    /审批/u,
    R`(?:AI|智能|机器人)\s{0,2}(?:助手|助理|机器人)?\s{0,2}(?:直接|自行|代为)\s{0,2}(?:通过|审批|批准|同意)[^\n。，,]{0,12}?审批`,
  ],
];

/** The round-48 addressed rows (see the module comment). */
export const R48B_RULES: readonly InjectionRule[] = [
  ...rows(
    "addresses_ai",
    "Text speaks to the AI helper as the addressee of a line",
    VOCATIVE,
    stated,
  ),
  ...rows("kept_from_person", "Text keeps the act from the owner or approver", KEPT, stated),
  ...rows("consent_skipped", "Text claims or skips the owner's approval", SKIPPED, stated),
];
