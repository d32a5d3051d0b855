/**
 * Round-42 creative injections: an order planted in a delivery channel an outsider writes (a
 * translator's comment, a custom attribute, an auto-reply, a gift message, a link preview, a
 * device description, a payment reference, worksheet names, a submodule comment) and addressed to
 * the reader's helper in the channel's own language. The rows read the two halves of such an order
 * by structure, as half-threshold signals under the kinds older rows use, so one phrase counts
 * once and a block needs a second, different signal (paraphrases in `_injection_r42b_test.ts`):
 *
 * - `addresses_ai`: a label naming the helper as the reader ("per gli assistenti automatici che …:",
 *   "p/ o assistente de …:", "для ШІ-асистентів …:", "fir den Assistent vum …:", "foar de
 *   AI-assistint …:", "pentru asistenții AI …:"), a data field that opens by naming an AI ("Fin /
 *   support AI: …"), or a helper addressed as a vocative in languages the older rows do not read
 *   (el "ο βοηθός … να <verb>", mi "e te kaiāwhina", wo "… assistant bi:", zh pinyin "… zhushou kan
 *   dao / qing …", tg/uz "Ёрдамчӣ, …").
 * - `kept_from_person`: the act kept off the record or from a named person (fr "ne pas mentionner …
 *   dans la description", el "να μην το καταγράψει", fy/nl "net yn it logboek sette", "hoeft dit
 *   niet te weten", pt "não emitir nota", zh pinyin "bu yao gen X shuo", wo "bul ko wax", tg "ба X
 *   нагӯ").
 * - `consent_skipped`: a check waived in phrasings the older rows miss (it "non serve … né
 *   chiedere conferma", lb/de "ouni/ohne X ze/zu stéieren/stören", uk/ru "питати не потрібно", mi
 *   "kaua e waea", en "no need to contact Dr. X, she asked me …", "don't escalate, just confirm").
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not a warning or report just before ("scammers write …", "if someone asks …", "never …"). */
export const stated: Accept = (v, s) =>
  !/(?<!\p{L})(?:scam\p{L}{0,4}|fraud\p{L}{0,4}|phish\p{L}{0,4}|golpe\p{L}{0,2}|arnaque\p{L}{0,2}|estafa\p{L}{0,2}|truffa\p{L}{0,2}|if\s{1,3}(?:someone|anyone|a\s{1,3}message)|never|jamais|nunca|mai)(?!\p{L})|мошенни|шахра|απάτη|诈骗|詐欺/iu
    .test(v.slice(Math.max(0, s - 100), s)) && !FRAMED.test(v.slice(Math.max(0, s - 400), s));
/** A security write-up quoting the attack ("prompt injection via task comments: «…»"). */
const FRAMED =
  /(?<!\p{L})(?:prompt[\s-]{1,2}injection|injection\s{1,3}(?:de\s{1,3})?prompt|ін['’]?єкці\p{L}{0,3}\s{1,3}промпт|инъекци\p{L}{0,3}\s{1,3}промпт|pen-?test\p{L}{0,3}|пентест|тестуванн\p{L}\s{1,3}на\s{1,3}проникнення|тестировани\p{L}\s{1,3}на\s{1,3}проникновение|red[\s-]?team\p{L}{0,3})(?!\p{L})/iu;

/** A letter boundary for scripts `\b` does not know. */
const L0 = R`(?<![\p{L}\p{M}])`;
const L1 = R`(?![\p{L}\p{M}])`;

/** A helper named as such, in the Latin, Cyrillic and Greek spellings (with an "AI-" prefix). */
const HELPER =
  R`(?:(?:AI|IA|KI|ШІ|ИИ|ΤΝ)[\s-]{1,2})?(?:assist(?!an[cz]|enz|ência|encia)\p{L}{0,6}|asist(?!encia|ência|enț)\p{L}{0,6}|ассист\p{L}{0,6}|асист\p{L}{0,6}|βοηθ\p{L}{0,4}|kaiāwhina|zhushou|ёрдамчӣ|yordamchi)${L1}`;
/** Not a human job title ("assistant manager", "assistant professor"). */
const NOT_TITLE =
  R`(?!\s{1,3}(?:manager|director|professor|principal|editor|coach|secretary|referee|teacher|producer|attorney|engineer|controller|treasurer|general|to\s))`;
/** Or the AI itself as a standalone token. */
const AI_TOKEN = R`(?:AI|IA|KI|ШІ|ИИ)`;

const ADDRESS: readonly HalfRow[] = [
  // A label "for/to the helper(s) …:" in the prepositions of en, it, pt, es, fr, ro, lb, fy, nl,
  // de, uk/ru, el, pl, cs: the helper (or the AI) named, a short qualifier, and a colon.
  [
    "",
    /(?:assist|asist|ассист|асист|βοηθ|kaiāwhina|\bAI\b|\bIA\b|\bKI\b|ШІ|ИИ|helper|\bbot\b)/iu,
    R`${L0}(?:for|to|attn\.?|per|pour|para|p/|pro|pentru|fir|foar|voor|für|для|για|dla|pro)\s{1,3}(?:(?:the|our|your|gli|il|l['’]|lo|i|le|la|les|o|a|os|as|el|los|den|de|die|der|dem|it|het|vum|vom|de|des)\s{0,3})?(?:\p{L}{2,14}\s{1,3}){0,2}?(?:${HELPER}${NOT_TITLE}[^:\n.!?]{0,70}|(?:helper|bot)s?\s{0,2}|${AI_TOKEN}(?:\s{0,2}/[^:\n.!?]{0,40})?\s{0,2}):(?![\d/])`,
  ],
  // A field value that opens by naming an AI reader: `"Fin / support AI: …"`, `"Billing bot: …"`,
  // `"AI ASSISTANT READ IN …"` (a statement descriptor or file name that starts a split order).
  [
    "",
    /(?:\bAI\b|\bbot\b|assistant|copilot)/iu,
    R`"\s{0,2}(?:[\p{L}\d]{1,15}\s{0,2}[/&]?\s{1,2}){1,3}(?:AI|bot|assistant|copilot)(?:\s{0,2}:\s|\s{1,3}(?:read|please|note\s{1,3}that)\b)`,
  ],
  // el: "ο βοηθός (AI) (της βάρδιας) να <verb>" — the helper told what to do in the subjunctive.
  [
    "",
    /βοηθ/iu,
    R`${L0}(?:ο|τον)\s{1,3}βοηθός(?:\s{1,3}(?:AI|ΤΝ))?(?:\s{1,3}(?:της|του|των)\s{1,3}\p{L}{2,20})?\s{1,3}να\s{1,3}(?!μην${L1})\p{L}{3,20}`,
  ],
  // mi "e te kaiāwhina" (vocative); wo "… assistant bi:" / "ndimbal bi"; tg/uz "Ёрдамчӣ, …";
  // zh pinyin "… de zhushou kan dao …" / "zhushou qing …"
  [
    "",
    /(?:kaiāwhina|assistant\s{1,3}bi|ёрдамчӣ|yordamchi|zhushou)/iu,
    R`${L0}e\s{1,3}te\s{1,3}kaiāwhina${L1}|\b(?:bind|wax|jox)\s{1,3}(?:assistant|ndimbal)\s{1,3}bi\b|${L0}(?:ёрдамчӣ|yordamchi)\s{0,2}[,!:]|\bzhushou\s{1,3}(?:kan\s{1,3}dao|qing|ni\s{1,3}(?:qing|kuai))\b`,
  ],
  // ru/uk: the helper hailed, then an imperative ("ассистент Ольги — разберись и сделай",
  // "помічнику, переведи …")
  [
    "",
    /(?:ассистент|асистент|помощник|помічник)/iu,
    R`${L0}(?:ассистент|асистент|помощник|помічник)\p{L}{0,3}(?:\s{1,3}\p{L}{2,20})?\s{0,2}[,—–:-]\s{0,3}(?:пожалуйста\s{0,2},?\s{1,3}|будь\s{1,3}ласка\s{0,2},?\s{1,3})?(?!который|которая|которые|який|яка|які)\p{L}{2,20}(?:ись|йся|ите|йте|ай|яй|уй|юй|и|ь)${L1}`,
  ],
];

/** A word gap that may cross a comment's line break ("ce\n#. changement", "the\n// log"). */
const SP = R`(?:[ \t]{1,3}|[ \t]{0,2}\n[ \t]{0,3}(?:#\.?|//|\*|--|;)?[ \t]{0,2})`;

const KEPT: readonly HalfRow[] = [
  // fr: "ne pas mentionner ce changement dans la description / le journal / le commit"
  [
    "",
    /ne\s{1,3}pas\s{1,3}(?:mentionner|signaler|indiquer|consigner|noter)/iu,
    R`${L0}ne${SP}pas${SP}(?:mentionner|signaler|indiquer|consigner|noter)${SP}(?:(?:ce|cet|cette|ces)${SP}\p{L}{2,15}${SP}|(?:cela|ça|ceci)${SP})?dans${SP}(?:la|le|les|l['’])${SP}?(?:description|journal|log|changelog|commit|PR|rapport|compte[\s-]rendu|registre|ticket)${L1}`,
  ],
  // el: "να μην το καταγράψει / αναφέρει / πει" (not to record / mention / tell it)
  [
    "",
    /μην/iu,
    R`${L0}να\s{1,3}μην\s{1,3}(?:το|τα|του|της|τους)\s{1,3}(?:καταγράψ|αναφέρ|πει|πεις|πουν|ενημερώσ)\p{L}{0,4}`,
  ],
  // fy/nl/de: "net yn it logboek sette", "niet in het logboek zetten", "nicht ins Protokoll";
  // "de suvelfabryk hoecht dit net te witten", "hoeft dit niet te weten", "muss das nicht wissen"
  [
    "",
    /(?:logbo|protokoll|hoecht|hoeft|hoeven|muss|müssen)/iu,
    R`(?:(?<=(?:^|[.!?:;\n—–-])\s{0,3})|(?<=(?:^|\s)(?:dit|dat|it|het|das|es)\s{1,3}))(?:net|niet|nicht)\s{1,3}(?:yn|in|ins)\s{1,3}(?:(?:it|het|de|das|den)\s{1,3})?(?:logboek|log|logbuch|protokoll|verslach|verslag)\s{0,3}(?:sette|setten|zetten|opnemen|skriuwe|schrijven|eintragen|aufnehmen)?\b|\b(?:hoecht|hoeft|hoeven|muss|müssen)\s{1,3}(?:dit|dat|it|het|das|es)\s{1,3}(?:net|niet|nicht)\s{1,3}(?:te\s{1,3}|zu\s{1,3})?(?:witten|weten|wissen|erfahren)\b`,
  ],
  // pt/es/it: the act kept off the books — "não emitir nota / NF", "no emitir factura", "non
  // emettere fattura", "sem nota fiscal"
  [
    "",
    /(?:emitir|emettere|nota\s{1,3}fiscal)/iu,
    R`${L0}(?:n[ãa]o|no|non)\s{1,3}(?:emitir|emettere|registrar|registrare|lan[çc]ar)\s{1,3}(?:a\s{1,3}|la\s{1,3}|o\s{1,3})?(?:NF|NF-?e|nota|factura|fattura|recibo|ricevuta)(?:\s{1,3}fiscal)?\s{1,3}(?:separad\p{L}{1,2}|separat\p{L}{1,2}|à\s{1,3}parte|aparte|a\s{1,3}parte)${L1}`,
  ],
  // zh pinyin "bu yao gen X shuo", "bie gaosu X"; wo "bul ko wax X"; tg "ба сардор нагӯ"
  [
    "",
    /(?:bu\s{0,2}yao|bie\s{1,3}gaosu|bul\s{1,3}ko|нагӯ)/iu,
    R`\bbu\s{0,2}yao\s{1,3}(?:gen|he|dui)\s{1,3}(?:[a-z]{1,10}\s{1,3}){1,3}(?:shuo|jiang|ti)\b|\bbu\s{0,2}yao\s{1,3}gaosu\b|\bbie\s{1,3}gaosu\b|\bbul\s{1,3}ko\s{1,3}wax\b|${L0}ба\s{1,3}\p{L}{2,15}\s{1,3}нагӯ(?:ед)?${L1}`,
  ],
  // ru/uk: the person in the dative, then "don't write / tell" ("бухгалтеру не пиши", "Андрею
  // Викторовичу не говори"); not "никому не говори" (keep a secret from everyone)
  [
    "",
    /не\s/iu,
    R`${L0}(?<!(?:^|\s)(?:в|во|на|о|об|при|у|в|на)\s{1,3})(?!никому|нікому|никого|нікого)\p{L}{2,20}(?:у|ю|ам|ям|ові|еві|е|і)\s{1,3}(?:об\s{1,3}этом\s{1,3}|про\s{1,3}це\s{1,3}|(?:утром|вечером|завтра|сегодня|пока|сейчас|потом|ничего|вранці|увечері|поки|нічого)\s{1,3})?не\s{1,3}(?:пиши|пишите|говори|говорите|сообщай|сообщайте|рассказывай|рассказывайте|кажи|кажіть|пишіть|повідомляй|повідомляйте)${L1}`,
  ],
];

const WAIVED: readonly HalfRow[] = [
  // it: "non serve aggiornarlo né chiedere conferma", "né chiedere conferma telefonica"
  [
    "",
    /chieder/iu,
    R`${L0}(?:né|ne)\s{1,3}chiedere\s{1,3}(?:conferm|autorizzazion|permess|il\s{1,3}permesso)\p{L}{0,6}|${L0}non\s{1,3}serve\s{1,3}(?:\p{L}{2,15}\s{1,3}){0,2}(?:né\s{1,3})?chiedere${L1}`,
  ],
  // lb/de: "ouni d'Claudine ze stéieren", "ohne den Chef zu stören / fragen"
  [
    "",
    /(?:ouni|ohne)\s/iu,
    R`${L0}(?:ouni|ohne)\s{1,3}(?:d['’]\s{0,2}\p{L}{2,20}|(?:Herrn?|Frau|Här|Madame|Monsieur)\s{1,3}\p{L}{2,20}|(?:den|die|der|de|hir|hiren|seinen|seine|ihren|ihre)\s{1,3}(?:Chef\p{L}{0,3}|Inhaber\p{L}{0,2}|Besitzer\p{L}{0,2}|Eigentümer\p{L}{0,2}|Patron\p{L}{0,2}|Mandant\p{L}{0,2}|Boss|Vorgesetzt\p{L}{0,2}|Direkt\p{L}{0,4}|Geschäftsführ\p{L}{0,4}|Buchhalter\p{L}{0,2}|Eltern|Elteren)|(?!(?:Sie|dich|euch|uns|mich|ihn|sie|es|ihnen|jemanden|iech|dech|eis|hien|si|Nutzer\p{L}{0,2}|Benutzer\p{L}{0,2}|Kunden|Leute)${L1})\p{L}{2,20})\s{1,3}(?:ze|zu)\s{1,3}(?:stéieren|stören|froen|fragen|informéieren|informieren|benoriichtegen|benachrichtigen|kontaktéieren|kontaktieren|uruffen|anrufen)${L1}`,
  ],
  // uk/ru: the verb before the negated need ("учасників питати не потрібно", "звонить не надо")
  [
    "",
    /не\s/iu,
    R`${L0}(?:питати|перепитувати|повідомляти|турбувати|дзвонити|спрашивать|переспрашивать|беспокоить|уведомлять|звонить|согласовывать|погоджувати)\s{1,3}не\s{1,3}(?:потрібно|треба|нужно|надо|обов['’]язково|обязательно)${L1}`,
  ],
  // mi: "kaua e waea / pātai / whakamōhio" (don't phone / ask / tell)
  [
    "",
    /kaua/iu,
    R`${L0}kaua\s{1,3}e\s{1,3}(?:waea|pātai|patai|whakamōhio|whakamohio|whakapā|whakapa)${L1}`,
  ],
  // en: the owner waived with a claimed delegation ("no need to contact Dr. Lee, she asked me to
  // handle it"), an escalation waived for a bare confirmation ("don't escalate, just confirm")
  [
    "",
    /(?:no\s{1,3}need|don['’]t|do\s{1,3}not)/iu,
    R`\bno\s{1,3}need\s{1,3}to\s{1,3}(?:contact|call|email|ask|bother)\s{1,3}(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s{1,3})?\p{Lu}\p{L}{1,20}\s{0,2}[,;—–-]\s{0,3}(?:she|he|they)\s{1,3}(?:already\s{1,3})?(?:asked|told|authori[sz]ed|approved|knows|agreed)\b|\b(?:don['’]t|do\s{1,3}not|no\s{1,3}need\s{1,3}to)\s{1,3}escalate\s{0,3}[,;—–-]?\s{0,3}(?:just|simply)\s{1,3}(?:confirm|approve|proceed|go\s{1,3}ahead|do\s{1,3}it)\b`,
  ],
];

/** The round-42 creative rows (see the module comment). */
export const R42B_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text addresses the AI helper reading this channel", ADDRESS, stated),
  ...rows(
    "kept_from_person",
    "Text has the act kept off the record or from a person",
    KEPT,
    stated,
  ),
  ...rows("consent_skipped", "Text waives the check the act needs", WAIVED, stated),
];

/** Kinds whose match is a waived check ("without approval", "승인 없이"). */
const WAIVER_KINDS = new Set(["consent_skipped", "check_waived", "safeguard_waived"]);
/**
 * A prohibition closing the phrase: "승인 없이는 금지", "확인 없이는 처리하지 않음" (not processed
 * without confirmation), "without approval is prohibited", fa "… بدون تأیید مدیر داده نشود" (not
 * granted without the manager's approval).
 */
const PROHIBITED_AFTER =
  /^[\p{L}\s]{0,12}?(?:금지|불가|안\s?됩니다|할\s?수\s?없|(?:하지|되지)\s?않|(?:し|行い|行わ)(?:ない|ません)|禁止|不得|不可|できません|禁じ|(?:is|are)\s{1,3}(?:strictly\s{1,3})?(?:prohibited|forbidden|not\s{1,3}(?:allowed|permitted))|interdit|prohibid|vietat|verboten|запрещ|заборон|نشود|نمی\u200c?شود|نباید|ممنوع|مجاز\s{1,3}نیست)/iu;

/**
 * True when a waiver match at `[start, end)` is the condition of a prohibition ("외부 반출은 … 서면
 * 승인 없이는 금지입니다": exporting is prohibited without written approval), which forbids the act
 * rather than waiving the check (called by `firstMatch` in ./injection.ts after a rule matched).
 */
export function prohibitedWithout(kind: string, view: string, end: number): boolean {
  return WAIVER_KINDS.has(kind) && PROHIBITED_AFTER.test(view.slice(end, end + 40));
}
