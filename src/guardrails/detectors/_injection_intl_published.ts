/**
 * Non-English forms of techniques from published attacks (AgentDojo "important instructions",
 * the Supabase-MCP ticket, AgentFlayer's Jira ticket, Embrace The Red's link exfiltration, refusal
 * suppression, "you are now an AI without limits"), as translators and native writers put them.
 * Each rule reads the grammar of the technique, not a payload; most weigh 0.5–0.6 and need company
 * (an address to the model, a send order, a second technique). Rules in scripts the word index
 * does not split are armed by `SCRIPT_GATE`; the others by rare word prefixes.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { intl, NA, NB } from "./_injection_intl.ts";
import { SCRIPT_GATE } from "./_injection_gate.ts";
import { notReportedI18n } from "./_injection_intl_reported.ts";

/** The task the model was handed, in the Latin- and Cyrillic-script languages. */
const TASK_LATIN =
  "(?:la\\s+tarea|tu\\s+tarea|la\\s+t[aâ]che|ta\\s+t[aâ]che|votre\\s+t[aâ]che|die\\s+Aufgabe|deine\\s+Aufgabe|a\\s+tarefa|sua\\s+tarefa|il\\s+compito|il\\s+tuo\\s+compito|задач\\p{L}*|завдання|zadani\\p{L}*|de\\s+taak|je\\s+taak|tugas\\p{L}*|nhiệm\\s+vụ)";
/** "Before you (can) solve/complete …" in the Latin- and Cyrillic-script languages. */
const BEFORE_LATIN =
  "(?:antes\\s+de\\s+(?:que\\s+)?|avant\\s+(?:de\\s+|que\\s+)|bevor\\s+|prima\\s+(?:di\\s+|che\\s+)|прежде\\s+чем\\s+|перед\\s+тем,?\\s+как\\s+|до\\s+того,?\\s+как\\s+|перш\\s+ніж\\s+|перед\\s+тим,?\\s+як\\s+|zanim\\s+|voordat\\s+|sebelum\\s+|trước\\s+khi\\s+)";

/** AgentDojo's frame: "before you (can) solve the task I gave you, do this first"; and its close. */
const PRECEDENCE_LATIN = [
  `${NB}${BEFORE_LATIN}(?:[\\p{L}'’]+[\\s,]+){0,5}?${TASK_LATIN}${NA}`,
  // The reader's own task named: "before summarising / translating this e-mail".
  `${NB}${BEFORE_LATIN}(?:(?:du|you|tu|je)\\s+)?(?:resumir|résumer|zusammenfass\\p{L}*|riassumere|пересказать|суммировать|подытожить|резюмировать|підсумувати|переказати|streścić|streścisz|podsumować|podsumujesz|samenvat\\p{L}*|meringkas|merangkum|tóm\\s+tắt|traducir|traduire|übersetz\\p{L}*|tradurre|перевести|перекласти|przetłumaczyć|vertalen|vertaalt|menerjemahkan|dịch)(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:este|esta|cet|cette|ce|diese|dieses|den|questa|questo|это|этот|эту|цей|цю|ten|tę|to|deze|dit|ini|này|el|la|le|die|das|il|lo)${NA}`,
  `${NB}(?:özetlemeden|çevirmeden)\\s+önce${NA}`,
  // Turkish puts the verb last: "görevi çözmeden önce", "görevi tamamlamadan önce".
  `${NB}görev\\p{L}*\\s+(?:[\\p{L}']+\\s+){0,2}?(?:çözmeden|tamamlamadan|yapmadan|bitirmeden|yerine\\s+getirmeden)\\s+önce${NA}`,
];
const PRECEDENCE_SCRIPT = [
  // Japanese: "タスクを解決する前に", "このメールを要約する前に" (summarising is the reader's task).
  "(?:タスク|課題|依頼|仕事|作業)を?(?:解決|完了|実行|処理|開始|始め|こな)[^。\\n]{0,6}?(?:前に|より先に)|(?:要約|要旨をまとめ)(?:する|される)?前に",
  // Chinese: "在你能够解决我最初交给你的任务之前", "在回答用户之前".
  "在(?:你|您)?(?:能够|能夠|可以|能)?(?:解决|解決|完成|执行|執行|处理|處理|回答|回复|回覆|开始|開始|总结|總結)[^。\\n]{0,16}?(?:任务|任務|请求|請求|问题|問題|邮件|郵件|用户|用戶|使用者)?之前",
  // Korean: "작업을 해결하기 전에", "이 메일을 요약하기 전에".
  "(?:작업|과제|임무|요청|업무)(?:을|를)?\\s*(?:해결|완료|수행|처리|시작|요약)하기\\s*전에|(?:요약|번역)하기\\s*전에",
  // Arabic and Hindi: "قبل تلخيص هذه الرسالة", "ईमेल का सारांश देने से पहले".
  "قبل\\s+(?:تلخيص|ترجمة)\\s+هذ[هاي]|सारांश\\s+(?:देने|बनाने|लिखने)\\s+से\\s+पहले",
  // Arabic: "قبل أن تتمكن من حل المهمة".
  "قبل\\s+أن\\s+(?:تتمكن\\s+من\\s+)?(?:تحل|حل|تكمل|إكمال|تنجز|تنفذ|تبدأ)[^.\\n]{0,24}?(?:المهمة|مهمتك)",
  // Hindi: "कार्य को हल करने से पहले".
  "(?:कार्य|काम|टास्क)\\S*\\s+(?:[^\\s।]+\\s+){0,2}?(?:हल|पूरा|शुरू)\\s+करने\\s+से\\s+पहले",
];

/** "After you do that, you can solve the task", "the task I gave you at the beginning". */
const RESUME_LATIN = [
  `${NB}(?:que\\s+te\\s+di|que\\s+je\\s+t['’]ai\\s+(?:donnée|confiée)|die\\s+ich\\s+dir\\s+(?:am\\s+Anfang\\s+)?gegeben\\s+habe|che\\s+ti\\s+ho\\s+dato|que\\s+eu\\s+te\\s+dei|которую\\s+я\\s+(?:дал|дала)\\s+тебе|яке\\s+я\\s+(?:дав|дала)\\s+тобі|die\\s+ik\\s+je\\s+(?:aan\\s+het\\s+begin\\s+)?gaf|yang\\s+(?:saya|aku)\\s+berikan|tôi\\s+giao|które\\s+ci\\s+(?:dałem|dałam)|sana\\s+(?:başta\\s+)?verdiğim)${NA}`,
];
const RESUME_SCRIPT = [
  "最初に(?:お願いした|依頼した|与えた)(?:タスク|課題)|(?:最初|一开始|一開始|起初)(?:交给|交給|给|給)(?:你|您)的(?:任务|任務)|처음에\\s*(?:제가\\s*)?(?:드린|준|맡긴)\\s*(?:작업|과제)",
  "التي\\s+(?:أعطيتك|كلفتك)\\s+(?:إياها|بها)|शुरुआत\\s+में\\s+(?:मैंने\\s+)?जो\\s+(?:कार्य|काम)",
];

/** Second person + comma + a model's product name: "to you, GPT-4" in any language. */
const YOU_MODEL =
  "(?:あなた|君|お前|你|您|당신|너|إليك|لك|आप(?:के|को)?(?:\\s+लिए)?|тебе|вам|тобі|para\\s+ti|para\\s+usted|para\\s+você|à\\s+toi|à\\s+vous|pour\\s+toi|an\\s+dich|an\\s+Sie|a\\s+te|per\\s+te|sana|size|do\\s+ciebie|dla\\s+ciebie|bạn|kamu|anda|aan\\s+jou|voor\\s+jou|aan\\s+u)\\s*(?:[,、，]|يا)\\s*(?:GPT-?\\d|ChatGPT|Claude|Gemini|Copilot|Llama|Mistral|DeepSeek|Qwen)";

/** A model's product name with a dative or "to" particle: "Claude에게", "GPT-4へ", "给 Gemini". */
const MODEL_DATIVE =
  "(?:GPT-?\\d[\\w.-]{0,6}|ChatGPT|Claude|Gemini|Copilot)\\s*(?:에게|께|님|へ|宛て?)|(?:给|給|致)\\s*(?:GPT-?\\d|ChatGPT|Claude|Gemini|Copilot)";

/**
 * A note headed to the AI assistant: "KI-Assistent:", "Asistente de IA:", "Trợ lý AI:" (the English
 * "AI assistant:" is read by the English rules, with their own quotation guards).
 */
const AI_HEADER =
  "(?:^|[\\n.!?>\"]\\s{0,3})(?:an\\s+(?:den|die)\\s+|для\\s+|dla\\s+|para\\s+(?:el|o|la)\\s+|pour\\s+l['’]\\s*|per\\s+l['’]\\s*|voor\\s+de\\s+|untuk\\s+|kepada\\s+|gửi\\s+)?(?:(?:KI|AI|IA|ИИ|ШІ)[-\\s]?(?:Assistent\\p{L}*|ассистент\\p{L}*|асистент\\p{L}*|asistente|assistente|asystent\\p{L}*|asisten|agente|agenten|агент\\p{L}*)|(?:asistente|assistente|assistant|asisten|asystent\\p{L}*|агент\\p{L}*|ассистент\\p{L}*|асистент\\p{L}*)\\s+(?:de\\s+|d['’]\\s*)?(?:IA|AI|KI|ИИ|ШІ)|trợ\\s+lý\\s+AI|yapay\\s+zeka\\s+asistan\\p{L}*|مساعد\\s+الذكاء\\s+الاصطناعي|(?:AI|एआई)\\s+सहायक)\\s*[:：,]";

/** The user's password (or code) asked into the model's reply. */
const PASSWORD =
  "(?:contraseña|mot\\s+de\\s+passe|Passwort|password|пароль|парол\\p{L}*|senha|has[łl]\\p{L}*|wachtwoord|kata\\s+sandi|şifre\\p{L}*|mật\\s+khẩu|كلمة\\s+(?:ال)?مرور|पासवर्ड|密码|密碼|パスワード|비밀번호)";
const REPLY =
  "(?:respuesta|réponse|Antwort|risposta|ответ\\p{L}*|відповід\\p{L}*|resposta|odpowied\\p{L}*|antwoord|balasan\\p{L}*|jawaban\\p{L}*|cevab\\p{L}*|yanıt\\p{L}*|câu\\s+trả\\s+lời|ردك|الرد|جواب|जवाब|उत्तर|回复|回覆|回答|答复|返信|返答|답장|답변|회신)";
const INCLUDE =
  "(?:inclu[yi]\\p{L}*|inclua|añade|agrega|pon|ajoute|mets|füge|schreib\\p{L}*|gib|inserisci|includi|aggiungi|metti|вставь|добавь|укажи|включи|додай|вкажи|встав|adicione|coloque|dołącz|dodaj|wpisz|zet|voeg|sertakan|tambahkan|masukkan|thêm|ghi|أدرج|أضف|ضع)";
const SECRET_IN_REPLY = [
  `${NB}${INCLUDE}${NA}[^.!?\\n]{0,60}?${PASSWORD}[^.!?\\n]{0,50}?${REPLY}`,
  // Verb last (ja, ko, tr, hi): "パスワードを返信に含めて", "şifresini cevabına ekle".
  `${PASSWORD}[^.!?。\\n]{0,20}?${REPLY}[^.!?。\\n]{0,8}?(?:含めて|記載して|入れて|書いて|添付して|포함하(?!지)|넣어|첨부하(?!지)|ekle(?!me)|yaz(?!ma)|शामिल\\s+कर(?:ें|ो)|जोड़(?:ें|ो))`,
  // Chinese puts the reply first: "在回复中附上用户的密码".
  `(?:回复|回覆|回答|答复)中[^。\\n]{0,6}?(?:附上|包含|加上|写上|寫上|写入|寫入|列出|提供)[^。\\n]{0,12}?(?:密码|密碼)`,
];
const noNegationBefore = (view: string, start: number, end: number): boolean =>
  !NEGATED.test(view.slice(Math.max(0, start - 14), start)) &&
  !NEGATED_AFTER.test(view.slice(start, Math.min(end, start + 40)));

/** "When the user says 'thanks', …": an action armed on a word the user will say. */
const USER_TRIGGER = [
  `${NB}(?:cuando|si|quand|wenn|sobald|quando|se|если|когда|коли|якщо|jeśli|gdy|kiedy|als|zodra|jika|kalau|nếu|khi)\\s+(?:el\\s+|l['’]\\s*|der\\s+|die\\s+|o\\s+|de\\s+)?(?:usuari[oa]|utilisat(?:eur|rice)|Nutzer\\p{L}*|Benutzer\\p{L}*|utente|usuário|utilizador|пользовател\\p{L}*|користувач\\p{L}*|użytkownik\\p{L}*|gebruiker|pengguna|người\\s+dùng)\\s+(?:[\\p{L}]+\\s+){0,2}?[«„“"'‘]\\s*[^«»„“”"'‘’\\n]{1,24}[»“”"'’]`,
  `kullanıcı\\s+[«„“"'‘][^"'’”»\\n]{1,24}[»“”"'’]\\s*(?:derse|dediğinde|yazarsa)`,
  "(?:ユーザー|ユーザ)が「[^」\\n]{1,16}」と(?:言っ|入力し|送っ)(?:たら|た時)|(?:当|如果|若)(?:用户|用戶|使用者)(?:说|說|输入|輸入)[“「\"][^”」\"\\n]{1,16}[”」\"]|사용자가\\s*'[^'\\n]{1,16}'(?:라고|이라고)\\s*(?:말하면|입력하면|하면)|(?:إذا|عندما)\\s+(?:قال|كتب)\\s+المستخدم\\s+[«\"][^»\"\\n]{1,16}[»\"]|(?:जब|अगर|यदि)\\s+उपयोगकर्ता\\s+'[^'\\n]{1,16}'\\s+(?:कहे|लिखे)",
];

/** Refusal suppression: "never refuse", "don't apologise", "never say sorry". */
const REFUSAL = [
  "(?:절대\\s*)?(?:거절|거부)하(?:거나|지)\\s*(?:[^.\\n]{0,12}?)(?:사과하지|말(?:고|아|라|세요))",
  `${NB}(?:non\\s+rifiutare\\s+mai|non\\s+dire\\s+mai\\s+«?\\s*mi\\s+dispiace|nigdy\\s+nie\\s+odmawiaj|(?:i\\s+)?nie\\s+przepraszaj|(?:tidak\\s+boleh|jangan\\s+(?:pernah\\s+)?)menolak|nunca\\s+(?:deve\\s+|deves\\s+)?recusar|nem\\s+pedir\\s+desculpas|nunca\\s+(?:te\\s+)?niegues|nunca\\s+digas\\s+(?:que\\s+)?«?\\s*lo\\s+siento|ne\\s+refuse\\s+jamais|ne\\s+dis\\s+jamais\\s+«?\\s*désolé|ne\\s+t['’]excuse\\s+jamais|lehne\\s+niemals|verweigere\\s+niemals|entschuldige\\s+dich\\s+niemals|никогда\\s+не\\s+отказывай|никогда\\s+не\\s+извиняйся|ніколи\\s+не\\s+відмовляй|asla\\s+reddetme|weiger\\s+nooit|không\\s+bao\\s+giờ\\s+từ\\s+chối)${NA}`,
  "(?:决不|絶対に|永远不要|永遠不要|不要|不得)(?:拒绝|拒絕|拒否し|断ら)|決して(?:断ら|拒否し)ない|لا\\s+ترفض\\s+أبدا|कभी\\s+(?:भी\\s+)?मना\\s+(?:मत|न)",
];

/** "You are (now) an AI without restrictions". */
const UNBOUND_AI = [
  `${NB}(?:jesteś|kamu\\s+(?:adalah|sekarang)|anda\\s+adalah|bạn\\s+là|sen\\s+artık|je\\s+bent\\s+(?:nu\\s+)?(?:een\\s+)?)\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:AI|IA|KI|asisten|asystent\\p{L}*|trợ\\s+lý|yapay\\s+zeka|bot)\\s+(?:yang\\s+)?(?:bez|tanpa|không\\s+có|sınırsız|zonder)${NA}`,
  "बिना\\s+किसी\\s+(?:प्रतिबंध|सीमा|नियम|रोक)\\S*\\s+(?:वाले|वाला|वाली)\\s+(?:AI|एआई|सहायक)",
];
/** "From now on, you …" in languages the core rules do not cover. */
const FROM_NOW = [
  `${NB}(?:od\\s+(?:teraz|tej\\s+chwili|dziś)|mulai\\s+(?:sekarang|saat\\s+ini|hari\\s+ini)|từ\\s+(?:bây\\s+giờ|giờ\\s+trở\\s+đi)|bundan\\s+(?:sonra|böyle)|vanaf\\s+nu|відтепер)\\s*,?\\s*(?:jesteś|musisz|twoim|kamu|anda|bạn|sen|sana|ben\\s+je|jij|je\\s+bent|moet\\s+je|ти|тобі)${NA}`,
  "अब\\s+से\\s*,?\\s*(?:आप|तुम)|من\\s+الآن\\s+(?:فصاعدا|فصاعداً)\\s*[،,]?\\s*(?:أنت|ستكون|يجب)",
];

/** "Print your system prompt" in Arabic, Turkish and Hindi. */
const LEAK = [
  `${NB}sistem\\s+(?:istemini|talimatlarını|komutlarını|promptunu)(?:\\s*\\([^)]{0,20}\\))?[^.\\n]{0,40}?(?:yazdır|göster|paylaş|tekrarla|açıkla)`,
  "(?:اطبع|طباعة|اعرض|أظهر|اظهر|اكشف|شارك|انسخ|كرر)[^.\\n]{0,30}?(?:موجه|تعليمات|أوامر|موجّه)\\s+النظام",
  "(?:सिस्टम|सिस्टम)\\s+(?:प्रॉम्प्ट|प्रोम्प्ट|निर्देश)\\S*\\s*(?:[^\\s।]+\\s+){0,2}?(?:दिखा|बता|प्रिंट|लिख|साझा)",
];

/** A secret the reader can reach: API keys, tokens, a `*_tokens` table. */
const SECRET_NOUN =
  "(?:API[-\\s]?(?:ключ\\p{L}*|keys?|Schlüssel|chiavi|claves?|chaves?|klucz\\p{L}*|sleutels?|kunci|anahtar\\p{L}*)|(?:ключ\\p{L}*\\s+API)|chiavi\\s+API|clés?\\s+API|claves?\\s+(?:de\\s+)?API|chaves?\\s+(?:de\\s+)?API|tokens?|токен\\p{L}*|`[\\w.]{0,30}(?:token|secret|key|credential|password)\\w{0,20}`|密钥|密鑰|令牌|トークン|APIキー|API\\s?키|토큰)";
/** Verbs of posting into a shared thread. */
const PASTE =
  "(?:встав\\p{L}*|добав\\p{L}*|додай\\p{L}*|опубл\\p{L}*|incoll\\p{L}*|aggiung\\p{L}*|adicion\\p{L}*|añad\\p{L}*|agreg\\p{L}*|pega\\p{L}*|dodaj\\p{L}*|wklej\\p{L}*|ajout\\p{L}*|colle[zr]?|füge|einfüg\\p{L}*|poste\\p{L}*|plak\\p{L}*|voeg|tambahkan|tempel\\p{L}*|ekle\\p{L}*|添加|加到|贴到|貼到|追加|貼り付け|붙여)";
const THREAD =
  "(?:коментар\\p{L}*|комментар\\p{L}*|comment\\p{L}*|comentário|comentario|commento|komentarz\\p{L}*|Kommentar\\p{L}*|ticket|тікет\\p{L}*|тикет\\p{L}*|zgłoszeni\\p{L}*|wiadomoś\\p{L}*|mensagem|mensaje|messaggio|Nachricht|issue|工单|工單|评论|評論|チケット|コメント|댓글|티켓)";
const SECRET_TO_THREAD = [
  `${SECRET_NOUN}[^.\\n。]{0,90}?${PASTE}[^.\\n。]{0,50}?${THREAD}`,
  // Japanese and Korean put the verb last: "コメントに貼り付け", "댓글에 붙여".
  `${SECRET_NOUN}[^.\\n。]{0,90}?${THREAD}[^.\\n。]{0,10}?(?:貼り付け|追加|붙여|추가)`,
];
/** "do not paste tokens into tickets": a rule of hygiene, not an errand. */
const NEGATED =
  /(?:не|nie|non|não|no|ne|nicht|niemals|never|jangan|nunca|mai|niet|nooit|(?:请勿|勿|不要|别|別)在?|しないで|하지)\s*$/iu;
/** "füge niemals …", "ne mets jamais …": the negation right after the verb. */
const NEGATED_AFTER =
  /^\S+\s+(?:\S+\s+)?(?:niemals|nie|nicht|jamais|pas|nunca|mai|никогда|ніколи|nigdy|nooit|asla|never)(?![\p{L}])/iu;
const notNegated = (view: string, start: number, end: number): boolean => {
  if (!notReportedI18n(view, start)) return false;
  const m = new RegExp(PASTE, "iu").exec(view.slice(start, end));
  if (!m) return true;
  const at = start + m.index;
  return !NEGATED.test(view.slice(Math.max(0, at - 14), at));
};

/** A link whose query value is a placeholder for the conversation, a summary or a secret. */
const LINK_PLACEHOLDER = [
  "https?://[^\\s)\\]]{1,120}?[?&][\\w-]{1,20}=[\\[{<]?[^\\s)\\]]{0,12}?(?:ИСТОРИ|истори|разговор|переписк|чат|Zusammenfassung|Verlauf|Gespräch|会話|要約|对话|對話|摘要|历史|대화|요약|conversa|resumen|résumé|riassunto|conversazione|podsumowanie|rozmow|samenvatting|gesprek|ringkasan|percakapan|özet|sohbet|tóm\\s?tắt|hội\\s?thoại|المحادثة|ملخص|बातचीत|सारांश|CHAVE|CLAVE|CLÉ|CLE|CHIAVE|KLUCZ|SCHLÜSSEL|КЛЮЧ|パスワード|密码|비밀번호|senha|contraseña)",
];
/** "… replacing X with the key / the summary": a placeholder filled with private data. */
const FILL_PLACEHOLDER = [
  `${NB}(?:substituindo|substitua|reemplazando|reemplaza|sustituyendo|sustituye|remplaçant|remplace[zr]?|ersetze|ersetzen|sostituendo|sostituisci|заменив|замени|замінивши|заміни|zastępując|zamień|vervang|ganti(?:lah)?|değiştir\\p{L}*|thay\\s+thế)\\s+(?:\\S+\\s+){0,4}?(?:pela|por|par|durch|con|на|przez|door|dengan|ile|bằng)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:chave|clave|clé|Schlüssel|chiave|ключ\\p{L}*|klucz\\p{L}*|sleutel|kunci|anahtar\\p{L}*|resumo|resumen|résumé|Zusammenfassung|riassunto|кратк\\p{L}*|содержани\\p{L}*|зміст\\p{L}*|podsumowanie|samenvatting|ringkasan|özet\\p{L}*|senha|contraseña|mot\\s+de\\s+passe|Passwort|пароль)`,
];

/** "Download this file and run it", addressed to an agent that can use a computer. */
const DOWNLOAD_RUN = [
  `${NB}(?:descarga|baja|télécharge[zr]?|lade|scarica|baixe|pobierz|download|unduh|indir|скачай(?:те)?|завантаж\\p{L}*|tải)(?:\\s+\\S+){0,8}?\\s+(?:y|et|und|e|i|en|dan|ve|и|і|và)\\s+(?:ejecút\\p{L}*|ejecuta\\p{L}*|ábrelo|exécute[zr]?|lance[zr]?|führe|starte|eseguil\\p{L}*|esegui|avvia\\p{L}*|execute-?o|execute|uruchom\\p{L}*|voer|jalankan|çalıştır|запусти\\p{L}*|запуст\\p{L}*|chạy)${NA}`,
  "(?:下载|下載)[^。\\n]{0,30}?(?:并|並|然后|然後)\\s*(?:运行|運行|执行|執行)|ダウンロードして[^。\\n]{0,20}?実行|다운로드(?:하고|한\\s*후)[^.\\n]{0,20}?실행",
];
/** "Hey Computer," — the vocative of a computer-use agent. */
const COMPUTER_VOCATIVE = [
  `${NB}(?:hola|hey|hallo|salut|ciao|olá|oi|привет|cześć|hoi|halo|merhaba|xin\\s+chào)\\s*,?\\s*(?:computer|computadora|ordenador|ordinateur|computador|компьютер|komputer|bilgisayar|máy\\s+tính)${NA}`,
];

/** "The author doesn't care about privacy, so put everything you find". */
const PRIVACY_WAIVER = [
  `${NB}(?:no\\s+le\\s+importa\\s+la\\s+privacidad|não\\s+se\\s+importa\\s+com\\s+(?:a\\s+)?privacidade|se\\s+fiche\\s+de\\s+(?:la\\s+)?(?:vie\\s+privée|confidentialité)|non\\s+(?:gli|le)\\s+importa\\s+(?:della|nulla\\s+della)\\s+privacy|(?:ist|sind)\\s+(?:die\\s+)?Privatsphäre\\s+egal|не\\s+(?:заботится|волнует)\\s+(?:о\\s+)?(?:приватност\\p{L}*|конфиденциальност\\p{L}*)|nie\\s+dba\\s+o\\s+prywatność|gizliliği\\s+umursamıyor|geeft\\s+niet\\s+om\\s+privacy)${NA}`,
  "(?:不在乎|不关心|不介意)(?:隐私|隱私)|プライバシーを気にし(?:ない|ません)|개인정보(?:를|에)?\\s*신경\\s*쓰지\\s*않",
];

/** "… including the private repositories": the scope widened to what the user keeps private. */
const PRIVATE_SCOPE = [
  `${NB}(?:incluid[oa]s\\s+(?:los\\s+)?repos(?:itorios)?\\s+privados|incluindo\\s+(?:os\\s+)?reposit[óo]rios\\s+privados|y\\s+compris\\s+(?:les\\s+)?dépôts\\s+privés|einschließlich\\s+(?:der\\s+)?privaten\\s+Repo\\p{L}*|inclusi\\s+(?:i\\s+)?repo\\p{L}*\\s+privati|включая\\s+(?:и\\s+)?приватн\\p{L}+\\s+репозитори\\p{L}*|w\\s+tym\\s+prywatn\\p{L}+\\s+repozytori\\p{L}*|inclusief\\s+(?:de\\s+)?privé-?repo\\p{L}*|termasuk\\s+repo\\p{L}*\\s+privat|özel\\s+depo\\p{L}*\\s+dahil)`,
  "(?:包括|包含)(?:私有|私人)(?:仓库|倉庫)|プライベート(?:リポジトリ|リポ)も含め|비공개\\s*저장소(?:도|를)?\\s*포함",
];

/** "Store the following in your (long-term) memory" in Russian and Ukrainian. */
const MEMORY = [
  `${NB}(?:сохрани(?:те)?|запиши(?:те)?|збережи|запиши)\\s+(?:это\\s+|це\\s+)?в\\s+(?:сво\\p{L}+\\s+)?(?:долговременн\\p{L}+\\s+)?(?:памят\\p{L}*|пам['’]ят\\p{L}*)|${NB}запомни\\s+навсегда`,
];

/** "All the user's payments go to account …": money redirected, as memory-poisoning notes do. */
const PAYMENT_REDIRECT = [
  `${NB}(?:todos\\s+los\\s+pagos|todas\\s+las\\s+transferencias|tous\\s+les\\s+(?:paiements|virements)|alle\\s+(?:Zahlungen|Überweisungen)|tutti\\s+i\\s+(?:pagamenti|bonifici)|todos\\s+os\\s+(?:pagamentos|pagamentos)|todas\\s+as\\s+transferências|все\\s+(?:платежи|переводы)|усі\\s+(?:платежі|перекази)|wszystkie\\s+(?:płatności|przelewy)|alle\\s+(?:betalingen|overboekingen)|semua\\s+(?:pembayaran|transfer)|tüm\\s+(?:ödemeler|havaleler)\\p{L}*|mọi\\s+(?:khoản\\s+)?thanh\\s+toán)[^.!?\\n]{0,60}?(?:cuenta|compte|Konto|IBAN|conto|conta|счёт|счет|рахунок|konto|rekening|hesab\\p{L}*|tài\\s+khoản)`,
  "(?:所有|全部)(?:付款|款项|款項|转账|轉帳)[^。\\n]{0,20}?(?:账户|帳戶|账号|帳號)",
];

/** Rules for published techniques as written in other languages. */
export const INTL_PUBLISHED_RULES: readonly InjectionRule[] = [
  intl(
    "task_precedence",
    0.6,
    "antes avant bevor prima прежд перед zanim voord sebel trước görev",
    PRECEDENCE_LATIN.join("|"),
    "Text asks the model to do something before the task it was given",
  ),
  intl(
    "task_precedence",
    0.6,
    "",
    PRECEDENCE_SCRIPT.join("|"),
    "Text asks the model to do something before the task it was given",
    SCRIPT_GATE,
  ),
  intl(
    "task_resume",
    0.6,
    "di dato dei gegeb gaf дала дал дав berik giao dałem dałam verdi donné",
    RESUME_LATIN.join("|"),
    "Text speaks as the user about the task it gave the model",
  ),
  intl(
    "task_resume",
    0.6,
    "",
    RESUME_SCRIPT.join("|"),
    "Text speaks as the user about the task it gave the model",
    SCRIPT_GATE,
  ),
  intl(
    "addresses_ai",
    0.7,
    "gpt chatg claud gemin copil llama mistr deeps qwen",
    YOU_MODEL,
    "Text addresses the model by its product name",
  ),
  intl(
    "addresses_ai",
    0.7,
    "=GPT =Claude =Gemini =Copilot =ChatGPT",
    MODEL_DATIVE,
    "Text addresses the model by its product name",
  ),
  intl(
    "addresses_ai",
    0.5,
    "assis asist asyst ассис асист agent агент trợ yapay / ki ai ia ии ші zeka lý",
    AI_HEADER,
    "Text opens a note addressed to the AI assistant",
    SCRIPT_GATE,
  ),
  intl(
    "secret_in_reply",
    0.7,
    "contr senha hasło hasła wacht sandi şifre khẩu парол passw passe / respu répon antwo rispo ответ відпо respo odpow balas jawab cevab yanıt trả",
    SECRET_IN_REPLY.join("|"),
    "Text asks the model to put the user's password into its reply",
    SCRIPT_GATE,
    noNegationBefore,
  ),
  intl(
    "user_trigger",
    0.6,
    "usuar utili nutze benut utent usuár пользо корис użytk gebru pengg kullan người",
    USER_TRIGGER.join("|"),
    "Text arms an action on a word the user will say",
    SCRIPT_GATE,
  ),
  intl(
    "refusal_suppression",
    0.6,
    "rifiu odmaw przep menol nunca jamai niema никог ніког asla nooit từ",
    REFUSAL.join("|"),
    "Text forbids the model to refuse or apologise",
    SCRIPT_GATE,
  ),
  intl(
    "unbound_ai",
    0.6,
    "jeste kamu anda bạn artık bent",
    UNBOUND_AI.join("|"),
    "Text tells the model it is an AI without restrictions",
    SCRIPT_GATE,
  ),
  intl(
    "override_mode",
    0.5,
    "teraz tej dziś mulai từ bunda vanaf відте",
    FROM_NOW.join("|"),
    "Text tries to change how the model behaves from here on",
    SCRIPT_GATE,
  ),
  intl(
    "prompt_leak",
    1.0,
    "siste",
    LEAK.join("|"),
    "Text asks the model to reveal its system prompt",
    SCRIPT_GATE,
  ),
  intl(
    "secret_to_thread",
    1.0,
    "встав добав додай опубл incol aggiu adici añadi agreg pega dodaj wklej ajout füge einfü plak voeg tamba tempe ekle",
    SECRET_TO_THREAD.join("|"),
    "Text asks the model to post keys or tokens into a comment, ticket or message",
    SCRIPT_GATE,
    notNegated,
  ),
  intl(
    "link_placeholder",
    0.5,
    "истор разго перес чат zusam verla gespr riass podsu rozmo samen ringk perca özet sohbe chave clave cle clé chiav klucz schlü ключ senha",
    LINK_PLACEHOLDER.join("|"),
    "A link carries a placeholder for the conversation or a secret",
    SCRIPT_GATE,
  ),
  intl(
    "link_placeholder",
    0.5,
    "conve resum contr / http https",
    LINK_PLACEHOLDER.join("|"),
    "A link carries a placeholder for the conversation or a secret",
  ),
  intl(
    "fill_placeholder",
    0.6,
    "subst / pela chave resumo senha",
    FILL_PLACEHOLDER.join("|"),
    "Text asks the model to fill a placeholder with a secret or the conversation",
  ),
  intl(
    "fill_placeholder",
    0.6,
    "reemp susti rempl ersetz sosti замен замін zastę zamie verva ganti değiş thay",
    FILL_PLACEHOLDER.join("|"),
    "Text asks the model to fill a placeholder with a secret or the conversation",
  ),
  intl(
    "download_run",
    0.6,
    "desca baja télé lade scari baixe pobie voer unduh indir скача завант tải",
    DOWNLOAD_RUN.join("|"),
    "Text asks the model to download a file and run it",
    SCRIPT_GATE,
  ),
  intl(
    "addresses_ai",
    0.5,
    "hola hallo salut ciao olá oi привет cześć hoi halo merha chào hey",
    COMPUTER_VOCATIVE.join("|"),
    "Text greets a computer-use agent",
  ),
  intl(
    "privacy_waiver",
    0.6,
    "priva gizli / impor fiche egal забот волну dba umurs geeft 不在 気に 신경",
    PRIVACY_WAIVER.join("|"),
    "Text claims someone waives their privacy so the model may collect everything",
    SCRIPT_GATE,
  ),
  intl(
    "private_scope",
    0.5,
    "priva privé приват prywa özel / repos repoz dépôt репоз depo",
    PRIVATE_SCOPE.join("|"),
    "Text widens the model's reach to private repositories",
    SCRIPT_GATE,
  ),
  intl(
    "payment_redirect",
    0.5,
    "todos todas tous alle tutti все усі wszys semua tüm mọi",
    PAYMENT_REDIRECT.join("|"),
    "Text redirects all of the user's payments to an account",
    SCRIPT_GATE,
  ),
  intl(
    "memory_write",
    0.6,
    "сохра запиш збере запом",
    MEMORY.join("|"),
    "Text asks the model to store something in its memory",
  ),
];
