/**
 * More wordings of the order {@link keepsFromUser} looks for in a preset field's words (session
 * 38): what the person the tool works for is told about a value the definition fixes.
 *
 * - A scripted claim: "say only '…'", "dire solo '…'", "chỉ báo '…'", "показывать только «…»",
 *   "present the result to the staff as '…'", "the answer to the user: '…'" — the report is a
 *   fixed phrase, not what happened.
 * - "The user need not see / know it" in Slavic languages (ru, uk, bg, sr/hr/bs, pl), en, es, pt.
 * - "No need to show it (to the merchant)" (es, pt, it), "do not show it on the employee side /
 *   customer screen" (zh, ja), "show the customer only …" with the customer word (hi).
 * - An unrequested addition kept over the person's own wish: "add it even if the seller does not
 *   ask for it" (en, es, pt, fr, it, de).
 *
 * Read only where the other lists are read: in the text of a field whose value the definition
 * presets, so "the summary shows only the last four digits" on an ordinary field stays untouched.
 */

/** A quote that opens a fixed phrase. */
const Q = String.raw`\s{0,3}[:：]?\s{0,3}["'‘“„«「『]`;

export const KEEP_R48 = new RegExp(
  [
    // en: "say only 'done'", "just say 'done'", "report it only as 'sent'", "present the result to
    // clinicians as 'no changes'", "reply to the user: 'checked'"
    String
      .raw`\b(?:say|tell\s{1,3}(?:them|the\s{1,3}\p{L}{2,20})|report|answer|reply|respond|confirm)\s{1,3}(?:only|just|simply|merely)${Q}|\b(?:only|just|simply)\s{1,3}(?:say|report|answer|reply|confirm)${Q}`,
    String
      .raw`\b(?:present|report|describe|summari[sz]e|show|frame|communicate|relay)\w{0,2}\s{1,3}(?:the\s{1,3}|this\s{1,3}|its\s{1,3})?(?:result|outcome|change|run|action|operation|update|status)s?\s{1,3}to\s{1,3}(?:the\s{1,3})?\p{L}{2,20}\s{1,3}as${Q}`,
    String
      .raw`\b(?:the\s{1,3})?(?:answer|reply|response|message)\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:users?|customers?|clients?|patients?)\s{0,3}(?:is|will\s{1,3}be|should\s{1,3}be)?${Q}`,
    // en: "users don't need to see / know this", "the owner doesn't have to know"
    String
      .raw`\b(?:users?|customers?|clients?|owners?|merchants?|sellers?|employees?)\s{1,3}(?:don't|do\s{1,3}not|doesn't|does\s{1,3}not|needn't)\s{1,3}(?:need|have)\s{1,3}to\s{1,3}(?:see|know|be\s{1,3}told)\b`,
    // en: "should not be brought up in the reply", "can be dropped from what you show the user"
    String
      .raw`\b(?:should|must|need|shall|is|are|will)\s{1,3}(?:not|never)\s{1,3}(?:be\s{1,3})?(?:brought\s{1,3}up|raised|flagged)\s{1,3}(?:in|to|with)\s{1,3}(?:the|your|any)\s{1,3}(?:reply|answer|response|summary|chat|users?|customers?)\b|\b(?:can|may|should)\s{1,3}be\s{1,3}(?:dropped|omitted|left\s{1,3}out|removed|hidden|stripped|filtered\s{1,3}out)\s{1,3}(?:from|of)\s{1,3}(?:what\s{1,3}(?:you|we)\s{1,3}(?:show|tell|report|give)|the\s{1,3}(?:reply|summary|answer|output\s{1,3}(?:you|we)\s{1,3}show))`,
    // A participant added out of sight: "a silent co-host", "a hidden observer", "added as a silent bcc"
    String
      .raw`\b(?:silent(?:ly)?|hidden|invisible|undisclosed|unlisted)\s{1,3}(?:co-?hosts?|observers?|participants?|attendees?|recipients?|cc|bcc|members?|admins?|owners?|collaborators?|guests?)\b`,
    // ru, uk, en: "do not clarify / check this with the user"
    String
      .raw`(?<!\p{L})не\s{1,3}(?:уточнюйте|уточнюй|уточняйте|уточняй|питайте|спрашивайте|узгоджуйте|согласовывайте)\s{1,3}(?:(?:це|этого|это|цього|про\s{1,3}це|об\s{1,3}этом)\s{1,3})?(?:з|с|у)\s{1,3}(?:користувач|пользовател|клієнт|клиент)\p{L}{0,4}|\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:check|confirm|clarify|verify|discuss)\s{1,3}(?:this|it|that)\s{1,3}with\s{1,3}the\s{1,3}(?:users?|customers?|owners?|clients?)\b`,
    // th, en: a preset kept even when the shop or merchant gives its own
    String
      .raw`แม้(?:ว่า)?\s{0,3}(?:ร้าน(?:ค้า)?|ผู้ขาย|เจ้าของ|ผู้ใช้|ลูกค้า)[^\n]{0,40}?(?:จะ)?(?:ขอ|เลือก|ระบุ|ใส่|กรอก)|\beven\s{1,3}(?:if|when)\s{1,3}(?:the\s{1,3})?(?:shop|store|merchant|seller|vendor|owner|business|account\s{1,3}holder)\s{1,3}(?:enters|gives|provides|specifies|supplies|sets|types)\b`,
    // it, es, pt, fr: "dire solo '…'", "di' solo", "responde solo '…'", "diga apenas", "dites
    // seulement"
    String
      .raw`(?<!\p{L})(?:dire|dica|di['’]?|rispondere|rispondi|riferire|comunicare|indicare|decir|dile|diga|digas|responder|responde|responda|dizer|informar|informe|dites|dis|répondre|répondez|indiquez)\s{1,3}(?:all['’]\s{0,3}\p{L}{2,20}\s{1,3}|al\s{1,3}\p{L}{2,20}\s{1,3}|ao\s{1,3}\p{L}{2,20}\s{1,3}|à\s{1,3}l['’]\s{0,3}\p{L}{2,20}\s{1,3})?(?:solo|soltanto|solamente|unicamente|sólo|únicamente|apenas|somente|só|seulement|uniquement|juste)${Q}`,
    // it, es, pt: "(al X) la risposta è: '…'", "respuesta al usuario: '…'"
    String
      .raw`(?<!\p{L})(?:risposta\s{1,3}(?:all['’]\s{0,3}|al\s{1,3})(?:utente|cliente)|respuesta\s{1,3}al\s{1,3}(?:usuario|cliente)|resposta\s{1,3}ao\s{1,3}(?:usuário|utilizador|cliente)|réponse\s{1,3}(?:à\s{1,3}l['’]\s{0,3}utilisateur|au\s{1,3}client)|Antwort\s{1,3}an\s{1,3}(?:den|die)\s{1,3}(?:Nutzer\p{L}{0,2}|Benutzer\p{L}{0,2}|Kund\p{L}{1,3}))${Q}`,
    // es, pt, it: "no hace falta enseñarlo/mostrarlo", "não precisa mostrar", "non serve mostrarlo"
    String
      .raw`(?<!\p{L})(?:no\s{1,3}hace\s{1,3}falta|no\s{1,3}es\s{1,3}necesario|não\s{1,3}(?:é\s{1,3}preciso|precisa)|non\s{1,3}(?:serve|è\s{1,3}necessario|occorre))\s{1,3}(?:enseñ|mostr|avis|ensin|comunic|segnal)\p{L}{0,6}`,
    // ru, uk, bg, sr: "(to the user) show only «…»", "the answer to the user: «…»"
    String
      .raw`(?<!\p{L})(?:показывать|показывай|показывайте|сообщать|сообщай|сообщайте|говорить|говори|отвечать|отвечай|писать|показувати|показуй|повідомляти|повідомляй|казати|кажи|відповідати|показвай|показвайте|казвай|казвайте|съобщавай|отговаряй|приказуј|приказуј\p{L}{0,2}|реци|кажи|одговори)\s{1,3}(?:\p{L}{2,20}\s{1,3})?(?:только|лише|тільки|само|samo)${Q}`,
    String
      .raw`(?<!\p{L})(?:ответ|відповідь|отговорът|отговор|одговор)\s{1,3}(?:к|на|до|към|ка)?\s{0,3}(?:пользовател\p{L}{0,3}|клиент\p{L}{0,3}|користувач\p{L}{0,3}|потребител\p{L}{0,3}|корисник\p{L}{0,3})${Q}`,
    // ru, uk, bg, sr/hr/bs, pl: "the user need not see / know it"
    String
      .raw`(?<!\p{L})(?:пользовател\p{L}{0,3}|клиент\p{L}{0,3}|користувач\p{L}{0,3}|потребител\p{L}{0,4}|корисник\p{L}{0,3}|korisnik\p{L}{0,3}|użytkowni\p{L}{1,3})\s{1,3}(?:(?:это|цього|це|това|то|to|tego)\s{1,3})?(?:не\s{1,3}(?:нужно|надо|должен|должн\p{L}{1,2}|повин\p{L}{1,3}|потрібно|трябва|треба)|nie\s{1,3}(?:musi|powinien|trzeba)|ne\s{1,3}(?:treba|mora))\s{1,3}(?:(?:да|da)\s{1,3})?(?:видеть|видя|види|знать|знае|зна|бачити|знати|vidi|zna|widzieć|wiedzieć)`,
    // zh, ja: "not shown on the employee side / to the customer", "kept off the confirmation screen"
    String
      .raw`不(?:在|向|对)[^。；\n]{0,6}(?:员工|用户|客户|家长|患者|买家|卖家|商户)(?:端|侧|方|界面)?[^。；\n]{0,4}(?:显示|展示|告知|提示|通知)|(?:员工|用户|客户|买家|商户)(?:端|侧)?(?:不可见|看不到|不显示)|確認画面(?:に|には)(?:出し|表示し|出さ)(?:ません|ない)|(?:ユーザー|利用者|お客様)(?:に|には)(?:見せ|表示し|知らせ)(?:ません|ない)`,
    // hi: "show the customer only …" / "do not tell the customer"
    String
      .raw`(?:ग्राहक|उपयोगकर्ता|यूज़र|यूजर)\s{0,3}को[^।\n]{0,40}(?:केवल|सिर्फ़?|सिर्फ)[^।\n]{0,40}(?:दिखाएँ|दिखाएं|बताएँ|बताएं)|(?:ग्राहक|यूज़र|यूजर)\s{0,3}को\s{0,3}(?:न|मत)\s{0,3}(?:बताएँ|बताएं|दिखाएँ|दिखाएं)`,
    // hi: "tell them it is only 'X'", "whatever profile the user asked for"; ja: "record it as「X」",
    // "tell them「X」"; he: "and tell the user that"
    String
      .raw`(?:उसे|उन्हें|ग्राहक\s{0,3}को|उपयोगकर्ता\s{0,3}को)\s{0,3}[‘'"“][^’'"”\n]{1,30}[’'"”]\s{0,3}(?:ही\s{0,3})?(?:बताएं|बताएँ|कहें|दिखाएं|दिखाएँ)|(?:उपयोगकर्ता|ग्राहक)\s{0,3}ने\s{0,3}कोई\s{0,3}भी[^।\n]{0,30}(?:माँगी|मांगी|चुनी|चुना|माँगा|मांगा)\s{0,3}हो|(?:記録|報告|画面|表示|説明)上?(?:は|では)\s{0,2}「[^」\n]{1,30}」と(?:表示|記載|報告|説明)|「[^」\n]{1,30}」と(?:だけ)?(?:伝え|答え|説明し|報告し)|(?:ו)?(?:אמור|תגיד|ספר|הודע)\s{0,3}ל(?:ה)?משתמש\s{0,3}ש`,
    // vi: "only report 'refunded'", "do not tell the customer"
    String
      .raw`(?<!\p{L})chỉ\s{1,3}(?:báo|nói|thông\s{1,3}báo|trả\s{1,3}lời|ghi|hiển\s{1,3}thị)(?:\s{1,3}là)?${Q}|(?<!\p{L})(?:không\s{1,3}cần|đừng|không\s{1,3}được)\s{1,3}(?:báo|nói|thông\s{1,3}báo|cho\s{1,3}biết|hiển\s{1,3}thị)\s{1,3}(?:cho|với)\s{1,3}(?:khách|người\s{1,3}dùng|người\s{1,3}bán)`,
    // An addition kept over the person's own wish: "add it even if the seller does not ask for it"
    String
      .raw`\b(?:even\s{1,3}if|even\s{1,3}when|although)\s{1,3}(?:the\s{1,3})?\p{L}{3,20}\s{1,3}(?:doesn't|does\s{1,3}not|didn't|did\s{1,3}not|has\s{1,3}not|hasn't)\s{1,3}(?:ask|request|want)\w{0,2}\b|(?<!\p{L})(?:aunque|incluso\s{1,3}si|aun\s{1,3}si)\s{1,3}(?:el|la)\s{1,3}\p{L}{3,20}\s{1,3}no\s{1,3}(?:lo|la|los|las)\s{1,3}(?:pida|pide|solicite|quiera|haya\s{1,3}pedido)|(?<!\p{L})(?:mesmo\s{1,3}que|ainda\s{1,3}que)\s{1,3}(?:o|a)\s{1,3}\p{L}{3,20}\s{1,3}não\s{1,3}(?:o|a)?\s{0,3}(?:peça|solicite|queira)|(?<!\p{L})même\s{1,3}si\s{1,3}(?:le|la|l['’])\s{0,3}\p{L}{3,20}\s{1,3}ne\s{1,3}(?:le|la)\s{1,3}demande\s{1,3}pas|(?<!\p{L})anche\s{1,3}se\s{1,3}(?:il|la|l['’])\s{0,3}\p{L}{3,20}\s{1,3}non\s{1,3}(?:lo|la)\s{1,3}(?:chiede|richiede|vuole)|(?<!\p{L})auch\s{1,3}wenn\s{1,3}(?:der|die)\s{1,3}\p{L}{3,20}\s{1,3}(?:es|sie|ihn)\s{1,3}nicht\s{1,3}(?:verlangt|wünscht|anfordert)`,
  ].join("|"),
  "iu",
);

/** A cheap gate: words at least one branch of {@link KEEP_R48} needs. */
export const KEEP_R48_GATE =
  /only|को|उसे|उन्हें|ने|「|משתמש|แม้|уточн|питайте|спрашив|узгодж|согласов|check|confirm|clarify|verify|discuss|silent|hidden|invisible|undisclosed|unlisted|brought|raised|flagged|dropped|omitted|left\s|removed|hidden|stripped|filtered|just|simply|merely|as\s|answer|reply|response|message|need|solo|soltant|solament|unicament|sólo|únicament|apenas|somente|só|seulement|uniquement|juste|risposta|respuesta|resposta|réponse|antwort|falta|necesari|precis|serve|occorre|только|лише|тільки|само|samo|ответ|відповід|отговор|одговор|не\s|nie\s|ne\s|不|確認画面|見せ|表示し|知らせ|को|chỉ|không|đừng|even|although|aunque|aun\s|mesmo|ainda|même|anche|auch/i;

/** True when `t` (a preset field's words) carries one of the orders above. */
export function keepsR48(t: string): boolean {
  return KEEP_R48_GATE.test(t) && KEEP_R48.test(t);
}
