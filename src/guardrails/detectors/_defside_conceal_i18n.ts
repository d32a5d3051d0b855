/**
 * More wordings of the order {@link keepsFromUser} looks for in a preset field's own words — what
 * the user is told about a value the definition fixes — in languages and turns the other lists
 * lack: "in the summary name only the user's …" (fa, ar, pt, es), "it does not appear in the
 * summary to the user" (ar), "do not show it in the report" (hi), "it is enough to tell the user
 * '…'" (tr), "tell the user that …" (th), "even if the user asks, answer '…'" (ko), "describe it to
 * them as '…'" / "must not get it explained" (de), "do not warn about the risks" (uk, ru, en).
 * And the override order ("use this value even if the user asks for another") in th, uk, ru, ko,
 * ar, fa, hi.
 *
 * These are read only where the other lists are: in the text of a field whose value the
 * definition presets (or a description that orders one), so "the summary shows only the last four
 * digits" on a field with no preset stays untouched.
 */

/** Arabic harakat between letters ("فاكتفِ", "ملخّص"). */
const AR_MARK = String.raw`[\u064B-\u0652\u0670]{0,2}`;

/** The person the tool works for, in scripts without Latin word breaks. */
const USER_OTHER = String
  .raw`(?:المستخدم|للمستخدم|کاربر|ผู้ใช้|ลูกค้า|사용자|고객|उपयोगकर्ता|ग्राहक|користувач\p{L}{0,3}|пользовател\p{L}{0,3}|клиент\p{L}{0,3}|המשתמש|הלקוח)`;

/** What the user is shown: the reply, summary or report, in the same scripts. */
const REPORT_OTHER = String
  .raw`(?:ال)?(?:ملخ${AR_MARK}ص|تقرير|رد)|خلاصه|گزارش|پاسخ|रिपोर्ट|सारांश|जवाब|उत्तर|สรุป|รายงาน|요약|보고|답변|звіт\p{L}{0,2}|підсумк\p{L}{0,2}|відповід\p{L}{0,2}|отчёт\p{L}{0,2}|отчет\p{L}{0,2}|ответ\p{L}{0,2}`;

export const KEEP_I18N = new RegExp(
  [
    // ar: "it does not appear in the summary (to the user)", "suffice with mentioning …",
    // "do not tell / show the user"
    String
      .raw`لا${AR_MARK}\s{0,3}(?:ي|ت)${AR_MARK}(?:ظ${AR_MARK}ه${AR_MARK}ر|ذ${AR_MARK}ك${AR_MARK}ر|ع${AR_MARK}ر${AR_MARK}ض)[^.\n]{0,30}?(?:في|ضمن)\s{0,3}(?:${REPORT_OTHER})`,
    String.raw`اكت${AR_MARK}ف${AR_MARK}\s{0,3}ب${AR_MARK}(?:ذكر|عرض|إظهار)`,
    String.raw`لا\s{0,3}(?:تخبر|تُخبر|تبلغ|تُبلغ|تُعلم|تعلم)\s{0,3}(?:ال)?مستخدم`,
    // fa: "in the summary name only …", "only … name"
    String
      .raw`(?:در|توی)\s{0,3}(?:خلاصه|گزارش|پاسخ)[^.\n]{0,30}?(?:فقط|تنها)`,
    // hi: "do not show … in the report / summary"
    String
      .raw`(?:रिपोर्ट|सारांश|जवाब|उत्तर)\s{0,3}में[^।\n]{0,50}?(?:न|मत)\s{0,3}(?:दिखाएँ|दिखाएं|दिखाना|बताएँ|बताएं|लिखें)`,
    // tr: "it is enough to tell the user '…'"
    String
      .raw`(?<!\p{L})kullanıcı\p{L}{0,4}[^.;\n]{0,80}?(?<!\p{L})(?:demen|demeniz|söylemen|söylemeniz|bildirmen|bildirmeniz)\s{1,3}(?:yeterli|yeter)(?!\p{L})`,
    // th: "tell the user that …"
    String.raw`(?:บอก|แจ้ง)(?:ให้)?(?:ผู้ใช้|ลูกค้า)(?:ทราบ)?ว่า`,
    // ko: "even if the user asks, answer '…'"
    String
      .raw`(?:사용자|고객)[^.\n]{0,50}?(?:물어도|묻더라도|물어보더라도|질문해도|요청해도)[^.\n]{0,60}?(?:라고|이라고)\s{0,3}(?:답|말|안내)`,
    // pt, es: "in the reply, present only …", "say that '…'"
    String
      .raw`(?<!\p{L})(?:na|em\s{1,3}sua|en\s{1,3}la|en\s{1,3}su)\s{1,3}(?:resposta|respuesta|resumo|resumen)\s{0,3},?\s{1,3}(?:\p{L}{3,12}\s{1,3}){0,2}?(?:apenas|somente|só|solo|sólo|únicamente)(?!\p{L})|(?<!\p{L})(?:diga|digas|di|dile|dígale)\s{1,3}que\s{0,3}["'‘“«]`,
    // de: "describe it to them as '…'", "is not to get it explained"
    String
      .raw`(?<!\p{L})(?:beschreib|bezeichn|darstell|stell)\p{L}{0,3}\s[^.;\n]{0,50}?gegenüber\s{1,3}(?:\p{L}{1,12}\s{1,3})?als\s{1,3}["'„“‚»]|(?<!\p{L})nicht\s{1,3}(?:erläutert|erklärt|genannt|mitgeteilt|gezeigt)\s{1,3}bekommen(?!\p{L})|(?<!\p{L})gegenüber\s{1,3}(?:dem|der|den)\s{1,3}\p{L}{2,20}\s{1,3}(?:wird|werden)\s{1,3}nur(?!\p{L})`,
    // uk, ru, en: "do not warn (the user) about the risks"
    String
      .raw`(?<!\p{L})не\s{1,3}(?:попереджай|попереджайте|попереджати|предупреждай|предупреждайте)(?!\p{L})|\b(?:do\s{1,3}not|don't|never)\s{1,3}warn\s{1,3}(?:the\s{1,3}(?:users?|customers?)\s{1,3})?(?:of|about)\s{1,3}(?:the\s{1,3}|any\s{1,3})?risks?\b`,
    // en: "leave it out of the list you show the user", "mention only the ones they picked"
    String
      .raw`\b(?:leave|keep)\s{1,3}(?:it|this|them|that)\s{1,3}out\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,3}?(?:you|we)\s{1,3}(?:show|give|send|present|display)\s{1,3}(?:to\s{1,3})?(?:the\s{1,3})?(?:users?|customers?|clients?)\b|\b(?:mention|list|name|show|report|confirm)\s{1,3}only\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}?(?:they|the\s{1,3}(?:users?|customers?))\s{1,3}(?:picked|chose|selected|asked\s{1,3}for|gave|named|entered)\b`,
    // en: "should not be listed in your summary", "report only the repository that was added"
    String
      .raw`\b(?:should|must|need|shall)\s{1,3}not\s{1,3}be\s{1,3}(?:listed|mentioned|included|shown|reported)\s{1,3}in\s{1,3}(?:your|the)\s{1,3}(?:summary|reply|response|report|answer)\b|\breport\s{1,3}only\s{1,3}the\s{1,3}[\w-]{2,20}\s{1,3}(?:that|which)\s{1,3}(?:was|were)\s{1,3}(?:added|created|changed|updated|registered)\b`,
  ].join("|"),
  "iu",
);

/** The override order in the same scripts: "use this value even if the customer asks for 1.4". */
export const OVER_USER_I18N = new RegExp(
  [
    String.raw`แม้(?:ว่า)?\s{0,3}(?:ผู้ใช้|ลูกค้า)[^\n]{0,40}?(?:จะ)?(?:ขอ|เลือก|ระบุ)`,
    String
      .raw`(?<!\p{L})(?:навіть|даже)\s{1,3}(?:якщо|если)[^.;\n]{0,80}?${USER_OTHER}[^.;\n]{0,20}?(?:просит\p{L}{0,2}|попрос\p{L}{0,3}|вибер\p{L}{0,3}|выбер\p{L}{0,3})`,
    String
      .raw`(?:사용자|고객)[^.\n]{0,30}?(?:요청하더라도|요청해도|선택하더라도|선택해도|지정해도)`,
    String
      .raw`حتى\s{0,3}(?:لو|إذا|وإن)\s{0,3}(?:طلب|اختار|حدد)\s{0,3}(?:ال)?(?:مستخدم|عميل)`,
    String.raw`حتی\s{0,3}اگر\s{0,3}کاربر[^.\n]{0,30}?(?:بخواهد|درخواست|انتخاب)`,
    String.raw`(?:भले\s{0,3}ही|चाहे)\s{0,3}(?:उपयोगकर्ता|ग्राहक)[^।\n]{0,40}?(?:माँगे|मांगे|चुने|कहे)`,
  ].join("|"),
  "iu",
);
