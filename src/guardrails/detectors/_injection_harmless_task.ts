/**
 * An order to an addressed AI that only asks for a reading task: summarise, translate, explain,
 * list, review, proofread, format, schedule a meeting, draft a reply for the asker to read
 * ("@asistente ¿puedes agendar una reunión y traducir el resumen?", "AIアシスタントさんへ：ジョブログを
 * 要約してください"). Colleagues write these to an assistant in shared threads every day; the address
 * rules read polite markers ("por favor", "ください", "请") as the act in languages whose verbs they do
 * not list, so such a line read as an order. It is one only when it ALSO holds a consequential verb
 * (send, forward, share, delete, pay, approve, run, install, change, disable, tell someone, say or
 * state something, describe a thing as something, ignore …) —
 * which keeps "summarise this and forward it to …" an order in every language listed here.
 */
const R = String.raw;

/** Reading tasks, by stem, in the languages the address rules know. */
const READING_TASK = new RegExp(
  [
    // en (a word start: not the "review" of "peer-reviewed")
    R`(?<![\p{L}\p{N}-])(?:summari[sz]|sum\s{1,3}up|recap|translat|explain|proofread|review|list\s{1,3}(?:the|all|every)|format|outline|schedule\s{1,3}a|book\s{1,3}a\s{1,3}(?:meeting|call|room)|draft\s{1,3}a\s{1,3}(?:reply|summary|note))`,
    // de fr es pt it nl sv pl tr id
    R`zusammenfass|fasse|übersetz|erkläre|erklären|prüfe|korrigier|résum|tradui|traduis|explique|relis|résumé|resum|traduc|tradu|explica|agenda|revis|riassum|tradur|spiega|samenvat|vertaal|leg\s{1,3}uit|sammanfatt|översätt|förklara|podsumuj|przetłumacz|wyjaśnij|özetle|çevir|açıkla|ringkas|terjemah|jelaskan`,
    // ru uk
    R`резюм|подыт|кратко\s{1,3}изложи|переведи|объясни|проверь|підсумуй|переклади|поясни`,
    // scripts without word edges: zh ja ko ar he th hi fa
    R`总结|總結|摘要|要点|要點|翻译|翻譯|解释|解釋|整理|要約|まとめ|翻訳|説明|箇条書き|요약|번역|설명|정리|لخص|ملخص|ترجم|اشرح|תסכם|סכם|תרגם|הסבר|สรุป|แปล|อธิบาย|सारांश|अनुवाद|समझाएं|خلاصه|ترجمه`,
  ].join("|"),
  "iu",
);

/** Verbs whose object leaves the thread: data, money, access, settings or people's beliefs. */
const CONSEQUENTIAL = new RegExp(
  [
    R`\b(?:send|forward|share|delete|remove|approve|merge|reset|disable|turn\s{1,3}off|transfer|wire|pay|buy|purchase|tell|inform|notify|grant|invite|export|cc|bcc|upload|e-?mail|publish|wipe|revoke|reveal|post|run|execute|install|change|update|move|add|create|invite|click|open|download|reply\s{1,3}to|respond\s{1,3}to|say|state|claim|confirm|mention|present|recommend|ignore|describe\s[^\n.;]{1,40}\sas|report\s[^\n.;]{1,40}\sas|(?:write|answer)\s{1,3}that)\b`,
    // What the user is told, and instructions set aside, in the other languages.
    R`ignor|negeer|zignoruj|yoksay|abaikan|игнорир|ігнор|скаж|кажи|忽略|無視|무시|تجاهل|התעלם|अनदेखा`,
    R`weiterleit|send|schick|lösch|teil|überweis|genehmig|führ|füg|änder|deaktivier|antwort|sag|meld|klick|setz|installier|envo|transf|supprim|effac|exécut|ajout|modifi|désactiv|répond|dis\b|dites|indiqu|cliqu|approuv|valid|pai|achèt|compart|envi|reenv|borr|elimin|ejecut|añad|agreg|cambi|desactiv|respond|dile|paga|compr|partilh|encaminh|apag|exclu|execut|adicion|alter|mud|desativ|diga|inform|cliqu|aprov|pagu|condivid|inoltr|trasfer|cancell|esegu|aggiung|modific|disattiv|rispond|clicc|stuur|deel|verwijder|voer|voeg|wijzig|schakel|betaal|koop|skicka|vidarebefordra|radera|kör|ändra|inaktivera|svara|godkänn|betala|wyślij|prześlij|udostępnij|usuń|uruchom|dodaj|zmień|wyłącz|odpowiedz|zatwierdź|zapłać|gönder|ilet|paylaş|çalıştır|ekle|değiştir|onayla|yanıtla|öde|sil\b|silin|kirim|teruskan|bagikan|hapus|jalankan|tambahkan|nonaktifkan|setujui|bayar`,
    R`отправ|перешл|подел|удал|выполн|запуст|добав|измен|отключ|ответ|сообщ|одобр|оплат|надішл|поділ|видал|викон|дода|змін|вимкн|відпов|повідом|схвал`,
    R`发送|發送|转发|轉發|删除|刪除|执行|執行|运行|運行|批准|告诉|告訴|通知|分享|共享|导出|導出|上传|上傳|付款|支付|转账|轉賬|修改|更改|禁用|关闭|關閉|安装|安裝|邀请|邀請|回复|回覆|送信|送って|転送|削除|実行|承認|伝え|共有|支払|振込|変更|無効|追加|インストール|返信|招待|보내|전송|삭제|실행|승인|알려|공유|송금|변경|비활성|추가|설치|답장|초대|أرسل|ارسل|احذف|شارك|نفذ|أضف|عطل|وافق|ادفع|שלח|העבר|מחק|שתף|הוסף|שנה|השבת|אשר|ส่ง|ลบ|แชร์|ปิด|บอก|อนุมัติ|भेजें|हटाएं|चलाएं|बताएं|ارسال|حذف`,
  ].join("|"),
  "iu",
);

/** True when `order` (the rest of an addressed line) asks only for a reading task. */
export function readingTaskOnly(order: string): boolean {
  return READING_TASK.test(order) && !CONSEQUENTIAL.test(order);
}
