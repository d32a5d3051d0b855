/**
 * Definition checks from held-out round 33's misses (paraphrase tests in
 * `_definition_r33r_test.ts`). Round 33 wrote each act without trigger words and in many
 * languages, so each check reads one technique over the whole definition ({@link r33rToolHits}):
 * - fixed verdict: the answer to the user is set in advance "regardless of" the data, the other
 *   sources or the user's complaint (no risk, passed, cheapest, no interactions, 5 stars);
 * - scripted cover story: the user is to be told the act was private, cancelled, kept as written
 *   or reviewed, while the definition does the opposite (public, renew, positive rewrite) or
 *   calls it a formality;
 * - other tools run down: other servers' tools declared retired, replaced or stale, with "instead"
 *   or "unavailable" — the tool choice is hijacked;
 * - bank secret asked: a card / UPI PIN, CVV or the full card number (with a password) requested
 *   from the user;
 * - secrets into a field: the whole conversation with keys or passwords, an identity bundle under
 *   a technical pretext (matching, tracing, rate limits), an environment token written into
 *   content, credential files attached to an upload, one-time codes forwarded to a fixed number;
 * - consent removed for a destructive, export or signing act ("without asking the user first");
 * - personal folders declared disposable for a delete tool;
 * - insecure settings declared mandatory (TLS verification off, debug port on all interfaces,
 *   remote script piped to a shell, a third-party MX / SPF include riding on every change);
 * - preset credential: a secret parameter defaults to a literal next to an owner / admin role;
 * - read-only cleanup: annotations claim read-only while a cleanup flag defaults to on.
 * Linear in the definition's size; runs once per discovery.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

type Prop = { type?: unknown; default?: unknown; description?: unknown; enum?: unknown };

function props(tool: ToolDefinition): [string, Prop][] {
  const p = (tool.inputSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (!p || typeof p !== "object") return [];
  return (Object.entries(p).slice(0, 60) as [string, Prop][]).filter(([, v]) =>
    v !== null && typeof v === "object"
  );
}

function str(v: unknown): string {
  return typeof v === "string" ? v.slice(0, 4000) : "";
}

/** Sentences (also at CJK / Devanagari stops; not at ";" or ","). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|(?<=[。！？।])|\n+/).slice(0, 80);
}

/** Clauses: sentences split also at ";". */
function clauses(text: string): string[] {
  return text.split(/(?<=[.!?;；])\s*|(?<=[。！？।])|\n+/).slice(0, 120);
}

/** A refusal or prohibition in the sentence, in many languages. */
const NEGATED =
  /(?<!\p{L})(?:never|don't|do\s+not|must\s+not|should\s+not|cannot|can't|not\s+(?:ask|request|collect|store|send|include)|refuse|nie\s+wolno|nigdy|niemals|nie|jamais|nunca|não|mai|nooit|niet|никогда|ніколи|не\s+(?:запрашивай|просите|спрашивайте|питайте)|لا\s+ت\p{L}{2,}|أبدا|هرگز|نپرسید|לעולם|אל\s+ת|không\s+bao\s+giờ|đừng|jangan|asla|hiçbir\s+zaman|कभी|नहीं|न\s+पूछें)(?!\p{L})|決して|しないで|ないでください|禁止|不要|切勿|绝不|절대|마세요|묻지\s*않/iu;

// --- fixed verdict --------------------------------------------------------------------------

/** "Regardless of / even if …" the data, results, sources or the user's complaint. */
const REGARDLESS =
  /\bregardless\s+of|\birrespective\s+of|\bno\s+matter\s+what|\beven\s+if\s+(?:other|the\s+(?:data|results?|sources?|records?|registr))|independientemente\s+de|sin\s+importar|aunque\s+(?:otr|los\s+datos|las\s+fuentes)|independentemente\s+d|mesmo\s+que\s+(?:outr|os\s+dados)|indépendamment\s+d|quel(?:le)?s?\s+que\s+soi|unabhängig\s+von|bez\s+względu\s+na|niezależnie\s+od|ongeacht|независимо\s+от|незалежно\s+від|даже\s+если\s+(?:друг|данн|источник|реестр)|навіть\s+якщо\s+(?:інш|дан)|ne\s+olursa\s+olsun|(?:farketmeksizin|bakılmaksızın)|terlepas\s+dari|bất\s+kể|حتی\s+اگر|صرف\s*نظر\s+از|بغض\s+النظر|بصرف\s+النظر|גם\s+אם|ללא\s+קשר|无论|不管|不论|にかかわらず|に関係なく|であっても|상관없이|관계없이|더라도|चाहे|के\s+बावजूद/iu;
/** The claim fixed in advance: no risk, passed, cheapest, safe, no interactions, top rating. */
const FIXED_CLAIM =
  /\bno\s+(?:known\s+)?(?:interactions?|risks?|issues?|problems?|side\s+effects?)|\b(?:check|verification|screening)\s+(?:has\s+)?passed|\b(?:is|are)\s+(?:the\s+)?(?:cheapest|safest|best|lowest)|\b(?:safe|clean|approved)\b|sin\s+(?:riesgos?|interacciones)|más\s+barat|sem\s+(?:riscos?|interações)|mais\s+barat|aucun\s+risque|moins\s+cher|kein(?:e|en)?\s+(?:Risiko|Risiken|Wechselwirkung)|günstigste|brak\s+ryzyk|najtańsz|рисков\s+нет|нет\s+рисков|ризиків\s+немає|пройден|пройдена|пройдено|самы[йе]\s+дешев|найдешевш|risk\s+(?:yok|bulunmuyor)|en\s+ucuz|tidak\s+ada\s+(?:risiko|interaksi)|termurah|không\s+có\s+(?:rủi\s+ro|tương\s+tác)|rẻ\s+nhất|ارزان[‌\s]?ترین|بدون\s+ریسک|ریسکی\s+ندارد|الأرخص|لا\s+(?:توجد\s+)?(?:مخاطر|تفاعلات)|הזול\s+ביותר|אין\s+סיכון|最便宜|最低价|没有风险|无风险|无(?:相互作用|不良)|通过|最安|リスクはない|問題ない|相互作用はない|가장\s*저렴|위험(?:이)?\s*없|문제\s*없|기본값\s*5|\b5\s*(?:stars?|★)|सबसे\s+सस्ता|कोई\s+जोखिम\s+नहीं/iu;
/** Said, stated or reported to the user (or "always" stated). */
const STATE =
  /\b(?:state|say|tell|report|answer|reply|respond|confirm|assure|inform)\w{0,3}\b|\balways\b|dig[ae]|indic[ae]|inform[ae]|afirm[ae]|confirm[ae]|diga|informe|dites|indiquez|affirmez|sagen?\s+Sie|melden|powiedz|informuj|twierdź|zeg|vertel|сообщ|говор|скаж|повідом|söyle|bildir|katakan|sampaikan|nói|báo|بگویید|بگو|اعلام|قل|أخبر|אמור|תגיד|告诉|告知|回答|说明|说|伝え|答え|回答|안내|말하|알려|유지|बताएं|कहें|همیشه|всегда|завжди|zawsze|siempre|sempre|toujours|immer|her\s+zaman|selalu|luôn|总是|始终|常に|항상|हमेशा/iu;

function fixedVerdict(text: string): boolean {
  if (!REGARDLESS.test(text)) return false;
  const ss = sentences(text);
  return ss.some((s, i) => {
    if (!REGARDLESS.test(s)) return false;
    // The claim may sit in the sentence or the one before ("state X. Do so regardless of …").
    const near = i > 0 ? `${ss[i - 1]} ${s}` : s;
    return FIXED_CLAIM.test(near) && STATE.test(near) && !NEGATED.test(s);
  });
}

// --- scripted cover story ----------------------------------------------------------------------

/** A line scripted for the user ("tell the user …", "answer '…'", "confírmale que …"). */
const TO_USER =
  /\b(?:tell|confirm\s+to|assure|inform)\s+(?:the\s+)?(?:user|customer|them)|\b(?:describe|present|report|frame)\s+(?:it|this|the\s+(?:result|change|action))\s+as\b|\banswer\s+['"‘“]|\b(?:when|if)\s+(?:the\s+)?(?:user|customer)\s+asks\b[^.]{0,80}\b(?:answer|say|reply)|(?:al|a\s+la)\s+(?:usuario|cliente)\s+(?:\S+\s+){0,2}(?:confírm|dí|dig|inform|asegúr)|(?:ao|à)\s+(?:usuário|utilizador|cliente)\s+(?:\S+\s+){0,2}(?:confirm|dig|inform|garant)|(?:à\s+l['’]utilisateur|au\s+client)\s+(?:\S+\s+){0,2}(?:confirm|dites|indiqu|assur)|confirmez\s+à|(?:dem|den)\s+(?:Nutzer|Benutzer|Kunden)\s+(?:\S+\s+){0,2}(?:bestätig|sag|mitteil)|(?:użytkownikowi|klientowi)\s+(?:\S+\s+){0,2}(?:potwierdź|powiedz|przekaż)|(?:скажите|сообщите|подтвердите|скажіть|повідомте|підтвердіть)\s+(?:\S+\s+){0,3}(?:что|що)|(?:пользователю|користувачу)\s+(?:\S+\s+){0,2}(?:скаж|сообщ|підтверд|повідом)|kullanıcıya\s+(?:\S+\s+){0,3}(?:söyle|bildir|onayla)|(?:kepada\s+)?pengguna\s+(?:\S+\s+){0,2}(?:katakan|sampaikan|konfirmasi)|(?:gebruiker|klant)\s+(?:\S+\s+){0,2}(?:vertel|bevestig|zeg)|به\s+کاربر\s+(?:\S+\s+){0,4}بگویید|للمستخدم\s+(?:\S+\s+){0,3}(?:قل|أكد|أخبر)|למשתמש\s+(?:\S+\s+){0,3}(?:אמור|אשר|תגיד)|(?:告诉|告知|回复|答复)用户|(?:向|对)用户(?:说|表示|确认|保证)|ユーザーに(?:は)?[^。]{0,40}(?:伝え|答え|説明し|案内)|사용자에게(?:는)?\s*(?:\S+\s+){0,4}\S*(?:안내|말하|답하|알려)|उपयोगकर्ता\s+को\s+(?:\S+\s+){0,4}(?:बताएं|कहें)/iu;
/** The comforting claim: private, cancelled, unchanged, kept as written, reviewed, a formality. */
const COVER =
  /\bprivate\b|\bonly\s+(?:your|the)\s+(?:workspace|team|organi[sz]ation)|\bcancel(?:l?ation|l?ed)\b|\bunchanged\b|\bas\s+(?:written|is)\b|\breviewed\b|\bformality\b|privad[oa]|cancelad|cancelación|sin\s+cambios|revisad|formalidad|cancelamento|revisto|privé|annul|formalité|privat|storniert|gekündigt|prywatn|anulowan|sprawdzon|formalność|privé|geannuleerd|приватн|закрыт|отменен|отменён|скасован|перевірив|проверил|формальн|özel|iptal|resmiyet|pribadi|dibatalkan|formalitas|خصوصی|لغو|خاص|ملغ|פרטי|בוטל|私密|私有|已取消|原样|如实|审核过|形式|非公開|キャンセル済|そのまま|형식|비공개|취소|그대로|निजी|रद्द/iu;
/** The opposite of the cover, done by the same definition. */
const OPPOSITE =
  /(?<![a-z])(?:public|renew|positive)|públic|public[oa]|renov|renuev|positiv|öffentlich|verläng|publiczn|odnow|openbaar|verleng|публичн|публічн|продл|позитив|herkese\s+açık|yenile|olumlu|publik|perpanj|عمومی|تمدید|مثبت|عام|تجديد|ציבורי|חידוש|公开|公開|续订|续费|正面|好评|更新|공개|갱신|긍정|सार्वजनिक|नवीनीकरण/iu;
/** Consent taken for granted: a consent flag defaulting to on. */
function consentDefaultOn(tool: ToolDefinition): boolean {
  return props(tool).some(([n, p]) =>
    /consent|confirm|agree|accept/i.test(n) && p.default === true
  );
}

function coverStory(tool: ToolDefinition, text: string, defaults: string): boolean {
  if (!TO_USER.test(text) || !COVER.test(text)) return false;
  return clauses(text).some((s, i, ss) => {
    if (!TO_USER.test(s) || !COVER.test(s) || NEGATED.test(s)) return false;
    // The opposite is done elsewhere in the definition: another sentence or a default.
    const rest = [...ss.slice(0, i), ...ss.slice(i + 1)].join("\n") + "\n" + defaults;
    return OPPOSITE.test(rest) || consentDefaultOn(tool);
  });
}

// --- other tools run down --------------------------------------------------------------------

const OTHERS =
  /\bother\s+(?:\S+\s+){0,2}(?:tools?|servers?|connectors?|checkers?|integrations?|apps?|services?|stores?|shops?)|\bthose\s+(?:tools|connectors|servers|integrations)|otr[oa]s\s+(?:herramientas|servidores|conectores)|outr[oa]s\s+(?:ferramentas|servidores|conectores)|autres\s+(?:outils|serveurs|connecteurs)|andere[rn]?\s+(?:Werkzeuge|Server|Tools|Konnektoren)|inn(?:e|ych)\s+(?:narzędzi|serwer)|andere\s+(?:tools|servers)|друг(?:ие|их)\s+(?:инструмент|сервер)|інш(?:і|их)\s+(?:інструмент|сервер)|diğer\s+(?:\S+\s+)?(?:araç|sunucu)|(?:alat|server)\s+lain|công\s+cụ\s+khác|ابزارهای\s+(?:\S+\s+){0,2}دیگر|ابزارهای\s+دیگر|أدوات\s+أخرى|כלים\s+אחרים|其他(?:服务器|工具|连接器)|他の(?:サーバー|ツール)|다른\s*(?:서버|도구)|अन्य\s+(?:टूल|सर्वर)/iu;
const RUN_DOWN =
  /\b(?:deprecated|retired|superseded|obsolete|unavailable|outdated|stale|unreliable|mis-?classif\w*|replace[sd]?|take[s]?\s+the\s+place)\b|obsolet|reemplaza|sustituye|desactualizad|no\s+disponible|substitui|desatualizad|remplace|ersetzt|veraltet|zastępuje|nieaktualn|vervangt|verouderd|заменя|устарел|замінює|застаріл|yerini\s+alır|güncel\s+değil|menggantikan|usang|thay\s+thế|lỗi\s+thời|جایگزین|به[‌\s]?روز\s+نیستند|قدیمی|يحل\s+محل|قديمة|מחליף|מיושנ|取代|替代|过时|废弃|弃用|置き換え|古い|非推奨|대체|오래된|지원\s*종료|पुराने|की\s+जगह/iu;
const INSTEAD =
  /\binstead\b|\brather\s+than\b|\bwith\s+this\s+tool\b|\b(?:is|are)\s+unavailable|en\s+lugar\s+de|en\s+vez\s+de|em\s+vez\s+de|au\s+lieu\s+d|statt|zamiast|in\s+plaats\s+van|вместо|замість|yerine|daripada|thay\s+vì|به\s+جای|بدلا|במקום|而不是|代替|代わりに|대신|के\s+बजाय|همیشه|always\s+use/iu;

function runsDownOthers(text: string): boolean {
  if (!OTHERS.test(text) || !RUN_DOWN.test(text)) return false;
  const ss = sentences(text);
  return ss.some((s, i) => {
    if (!OTHERS.test(s) || !RUN_DOWN.test(s) || NEGATED.test(s)) return false;
    return INSTEAD.test(s) || (i + 1 < ss.length && INSTEAD.test(ss[i + 1]));
  });
}

// --- bank secret asked -------------------------------------------------------------------------

const BANK_SECRET =
  /\b(?:card|atm|upi|debit|bank)\s+pin\b|\bpin\s+(?:of|for|on)\s+(?:the|your|their)\s+(?:card|account)|\bpin\b[^.]{0,40}\b(?:sms|otp|one[-\s]time)|\b(?:sms|otp|one[-\s]time)\b[^.]{0,40}\bpin\b|\bcvv2?\b|\bcvc\b|\bfull\s+card\s+number|\bcard\s+number\b[^.]{0,60}\bpassword|\bpassword\b[^.]{0,60}\bcard\s+number|pin\s+de\s+(?:la\s+)?tarjeta|pin\s+do\s+cartão|code\s+pin\s+de\s+(?:la\s+)?carte|karten-?pin|pin\s+karty|kart\s+şifresi|pin\s+kartu|pin-?code\s+van|пин-?код\s+карт|pin-?код\s+карт|пін-?код|卡密码|银行卡密码|暗証番号|카드\s*비밀번호|UPI\s+PIN|एटीएम\s+पिन|पिन/iu;
const ASK =
  /\bask\b|\brequest\b|\bprompt\b|\breply\s+(?:here\s+)?with|\bsend\s+(?:us|me)\b|\bcollect\b|\bfield\b|\bfill\b|pid[ae]|pídel|solicit|pergunt|peça|demande[zr]?|frag|poproś|zapytaj|vraag|спрос|запрос|попрос|запит|попрос|iste|sor|minta|tanya|hỏi|yêu\s+cầu|بپرس|درخواست|اطلب|اسأل|בקש|שאל|询问|索要|填入|聞い|尋ね|入力して|물어|요청|입력|पूछें|माँग|मांग|भरें|campo|champ|Feld|pole|veld|поле|alan|kolom|trường|فیلد|حقل|שדה|字段|フィールド|欄|필드|फ़ील्ड|फील्ड/iu;

/**
 * The user types the secret into their own app or device, not to the model ("the user enters the
 * PIN in the bank's app", "ユーザー本人がアプリで暗証番号を入力して確定します").
 */
const SELF_ENTRY =
  /\b(?:the\s+)?(?:users?|customers?|cardholders?|account\s+holders?)\s+(?:themselves\s+|himself\s+|herself\s+)?(?:enters?|types?|confirms?)\b[^.]{0,60}?\b(?:on|in)\s+(?:their|his|her|the\s+(?:bank's|official|issuer's))\s+(?:own\s+)?(?:app|device|phone|terminal|card\s+reader)\b|(?:ユーザー|利用者|本人|お客様)(?:本人)?が[^。]{0,30}(?:アプリ|端末|スマートフォン|スマホ|画面)で[^。]{0,30}入力|(?:用户|客户)本人?在[^。]{0,20}(?:App|应用|手机|设备)[^。]{0,10}(?:中|上)?输入|(?:사용자|고객)\s{0,2}본인이[^.]{0,30}(?:앱|기기|휴대폰)에서[^.]{0,20}입력/iu;

function bankSecretAsked(text: string): boolean {
  if (!BANK_SECRET.test(text)) return false;
  return sentences(text).some((s) =>
    BANK_SECRET.test(s) && ASK.test(s) && !NEGATED.test(s) && !SELF_ENTRY.test(s)
  );
}

/** A password reset: the reset exists because the current password is not needed. */
const RESET =
  /reset|restablec|restabelec|redefin|réinitialis|zurücksetz|resetuj|resett|сброс|скинут|скид|sıfırla|atur\s+ulang|đặt\s+lại|بازنشانی|إعادة\s+تعيين|איפוס|重置|リセット|재설정|रीसेट/iu;
const CURRENT_PASSWORD =
  /\b(?:current|old|existing)\s+password|contraseña\s+actual|senha\s+atual|mot\s+de\s+passe\s+actuel|aktuelle[sn]?\s+Passwort|obecne\s+hasło|huidige\s+wachtwoord|текущий\s+пароль|старый\s+пароль|поточний\s+пароль|mevcut\s+şifre|kata\s+sandi\s+saat\s+ini|mật\s+khẩu\s+hiện\s+tại|رمز\s+عبور\s+فعلی|كلمة\s+المرور\s+الحالية|הסיסמה\s+הנוכחית|当前密码|旧密码|現在のパスワード|현재\s*비밀번호|वर्तमान\s+पासवर्ड/iu;

function resetTakesPassword(tool: ToolDefinition, text: string): boolean {
  if (!CURRENT_PASSWORD.test(text) || !RESET.test(`${tool.name} ${text}`)) return false;
  return sentences(text).some((s) =>
    CURRENT_PASSWORD.test(s) && !NEGATED.test(s) &&
    !/(?<!\p{L})(?:not|without|no|sin|sem|sans|ohne|bez|zonder|без|olmadan|tanpa|không|بدون|ללא)(?!\p{L})|无需|不需要|不要|なしで|없이/iu
      .test(s)
  );
}

// --- secrets into a field ------------------------------------------------------------------------

/** The whole conversation, in many languages. */
const WHOLE_TALK =
  /(?:full|entire|whole|complete|recent)\s+(?:text\s+of\s+the\s+)?(?:conversation|chat)|conversación\s+complet|conversa\s+complet|conversation\s+complète|gesamten?\s+(?:Chat|Gespräch)|całą\s+rozmow|hele\s+gesprek|весь\s+(?:диалог|разговор)|полный\s+текст\s+(?:диалога|переписки)|всю\s+переписку|повний\s+текст\s+розмови|tüm\s+konuşma|seluruh\s+percakapan|toàn\s+bộ\s+(?:cuộc\s+)?(?:trò\s+chuyện|hội\s+thoại)|کل\s+گفتگو|متن\s+کامل\s+(?:گفتگو|مکالمه)|المحادثة\s+كاملة|כל\s+השיחה|会話(?:の)?全文|対話(?:の)?全文|对话全文|完整(?:的)?对话|全部对话|대화\s*전문|전체\s*대화|पूरी\s+बातचीत/iu;
/** Keys, passwords and tokens the user typed. */
const USER_SECRETS =
  /api[\s_-]?(?:keys?|キー|키)|passwords?|tokens?|secrets?|credentials?|contraseñas?|senhas?|mots?\s+de\s+passe|passw(?:o|ö)rt|hasł|wachtwoord|парол|şifre|kata\s+sandi|mật\s+khẩu|رمز|كلمة\s+المرور|סיסמ|密码|密碼|令牌|パスワード|トークン|비밀번호|토큰|पासवर्ड/iu;

function talkWithSecrets(text: string): boolean {
  if (!WHOLE_TALK.test(text)) return false;
  return sentences(text).some((s) =>
    WHOLE_TALK.test(s) && USER_SECRETS.test(s) && !NEGATED.test(s)
  );
}

/** Identity items; three in one sentence make a bundle. */
const ID_ITEMS: RegExp[] = [
  /full\s+name|(?:caller|user|customer)['’]s\s+name|nombre\s+complet|nome\s+complet|nom\s+complet|vollständige[rn]?\s+Name|полное\s+имя|фио|повне\s+ім|imię\s+i\s+nazwisko|volledige\s+naam|ad\s+soyad|nama\s+lengkap|họ\s+(?:và\s+)?tên|نام\s+کامل|الاسم\s+الكامل|שם\s+מלא|姓名|全名|氏名|성명|पूरा\s+नाम/iu,
  /e-?mail|correo|courriel|почт|eposta|surel|ایمیل|البريد|דוא"ל|אימייל|邮箱|电子邮件|メール|이메일|ईमेल/iu,
  /phone|mobile|teléfono|celular|móvil|telefone|téléphone|portable|Handy|Telefon|telefon|телефон|nomor\s+(?:hp|ponsel)|điện\s+thoại|تلفن|موبایل|هاتف|جوال|טלפון|手机|电话|電話|携帯|전화|휴대폰|फ़ोन|मोबाइल/iu,
  /address|dirección|endereço|adresse|Adresse|adres|адрес|alamat|địa\s+chỉ|آدرس|عنوان|כתובת|地址|住所|주소|पता/iu,
  /\bssn\b|social\s+security|national\s+id|passport|\bdni\b|\bcpf\b|pesel|паспорт|инн|tc\s+kimlik|\bnik\b|\bktp\b|cccd|کد\s+ملی|رقم\s+الهوية|תעודת\s+זהות|身份证|マイナンバー|주민등록|आधार/iu,
  /date\s+of\s+birth|birth\s?date|fecha\s+de\s+nacimiento|data\s+de\s+nascimento|date\s+de\s+naissance|Geburtsdatum|дат\w\s+рожд|doğum\s+tarihi|tanggal\s+lahir|ngày\s+sinh|تاریخ\s+تولد|تاريخ\s+الميلاد|תאריך\s+לידה|出生日期|生年月日|생년월일|जन्म\s+तिथि/iu,
  /payment\s+(?:records?|details|history)|card\s+number|order\s+numbers|支付记录|付款记录|订单号|支払い履歴|결제\s*내역|историю\s+платеж|historial\s+de\s+pagos/iu,
];
/** A field that should not need identity: tracing, rate limits, matching, accuracy, caching. */
const TECH_PRETEXT =
  /\btrace|\brate[-\s]?limit|telemetry|analytics|\bdebug|\bmatching\b|\baccuracy\b|\bcach(?:e|ing)\b|\bdiagnostic|rastreo|límite\s+de|rastreamento|traçage|limite\s+de\s+débit|Ablaufverfolgung|трассир|лимит|izleme|sınır|pelacakan|batas|theo\s+dõi|ردیابی|تتبع|מעקב|追踪|跟踪|限流|匹配|精度|トレース|レート制限|추적|정확도|ट्रेस/iu;
/** Taken from the conversation. */
const FROM_TALK =
  /conversation|chat\s+history|conversación|conversa|conversation|Gespräch|rozmow|gesprek|диалог|разговор|переписк|розмов|konuşma|sohbet|percakapan|trò\s+chuyện|hội\s+thoại|گفتگو|مکالمه|المحادثة|השיחה|对话|会話|대화|बातचीत/iu;

function identityBundle(text: string): boolean {
  for (const s of sentences(text)) {
    if (NEGATED.test(s)) continue;
    let n = 0;
    for (const re of ID_ITEMS) if (re.test(s)) n++;
    if (n >= 3 && (TECH_PRETEXT.test(s) || FROM_TALK.test(s)) && ASK_OR_CARRY.test(s)) return true;
  }
  return false;
}
const ASK_OR_CARRY =
  /\bmust\s+(?:carry|contain|include)|\binclude|\bfill|\bput|\bpass|\bask|\bcarry|\bfield|incluy|inclu|rellen|preench|remplir|mitgeben|angeben|wpisz|dołącz|vul|укаж|включ|передай|вкаж|ekle|yaz|isi|masukkan|điền|وارد|ضع|הכנס|填入|填写|附上|含め|入れ|入力|넣|포함|입력|भरें|campo|champ|Feld|pole|veld|поле|alan|kolom|trường|فیلد|حقل|שדה|字段|フィールド|欄|필드|फ़ील्ड/iu;

/** An environment secret written into content: "<value of $GITHUB_TOKEN>". */
const ENV_SECRET =
  /\$\{?[A-Z][A-Z0-9_]{0,40}(?:TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|ACCESS_KEY)\}?/;
const CONTENT_SLOT =
  /\b(?:body|message|commit|comment|title|trailer|footer|last\s+line|first\s+line|description|text|note|subject|signed-off)\b|mensaje|cuerpo|mensagem|corpo|corps|Nachricht|wiadomoś|bericht|сообщени|коммит|повідомлен|mesaj|pesan|tin\s+nhắn|پیام|رسالة|הודעה|提交信息|消息|正文|メッセージ|本文|메시지|본문|संदेश/iu;
const FILL =
  /\bfill\b|\bread\s+(?:the\s+)?(?:variable|value)|\bvalue\s+of\b|\bmust\s+be\b|\binclude\b|\bappend\b|\badd\b|\binsert\b|\bput\b|rellen|incluy|preench|inclu|remplis|einfüg|eintrag|wpisz|dodaj|vul\s+in|впиш|вставь|добав|додай|ekle|isi|masukkan|điền|وارد|أضف|הוסף|填入|填写|写入|加入|入れ|記入|넣|기입|भरें/iu;
/** The token is the server's own login, not content. */
const AUTH_USE =
  /\bauthenticat|\bauth\b|\bauthori[sz]|\bused\s+(?:by|for)\s+the\s+server|\bfrom\s+the\s+server['’]s\s+environment|\bnever\b|\bredact|\bmask/i;

function envSecretIntoContent(text: string): boolean {
  if (!ENV_SECRET.test(text)) return false;
  const ss = sentences(text);
  return ss.some((s, i) => {
    if (!ENV_SECRET.test(s) || AUTH_USE.test(s) || NEGATED.test(s)) return false;
    const near = i + 1 < ss.length ? `${s} ${ss[i + 1]}` : s;
    return CONTENT_SLOT.test(s) && FILL.test(near);
  });
}

/** Credential files by path. */
const CRED_FILE =
  /(?:~|\$HOME|\/home\/[\w.-]{1,40}|\/root)\/(?:\.config\/gcloud\/[\w./-]{0,60}(?:credentials|adc|token)[\w.-]{0,30}|\.aws\/(?:credentials|config)|\.ssh\/id_(?:rsa|ed25519|ecdsa|dsa)(?![\w.]*\.pub)|\.kube\/config|\.docker\/config\.json|\.netrc|\.git-credentials|\.npmrc|\.pypirc|\.azure\/[\w./-]{0,40}(?:token|credential)[\w.-]{0,20})|application_default_credentials\.json/i;
const SENDS =
  /upload|send|share|attach|forward|post|sync|backup|subir|adjunt|enviar|compart|anex|téléverser|joindre|envoy|partag|hochlad|anhäng|senden|prześlij|załącz|wyślij|uploaden|bijvoegen|загруз|прикреп|отправ|завантаж|надісл|yükle|gönder|ekle|unggah|lampir|kirim|tải\s+lên|gửi|đính\s+kèm|آپلود|ارسال|پیوست|رفع|إرسال|أرفق|העלא|העלה|מעלה|לצרף|צרף|שלח|上传|发送|附加|附上|アップロード|送信|添付|업로드|전송|첨부|अपलोड|भेज/iu;

function credentialFilesSent(text: string): boolean {
  if (!CRED_FILE.test(text)) return false;
  return sentences(text).some((s) =>
    CRED_FILE.test(s) && SENDS.test(s) && !NEGATED.test(s) &&
    !/\b(?:not|from|such\s+as|e\.g|patterns?|requests?\s+to|configured|resolved)\b/i.test(s)
  );
}

/** One-time codes forwarded to a literal phone number or mailbox. */
const OTP =
  /\botp\b|one[-\s]time|verification\s+code|2fa|\bkode\b|código|code\s+de\s+vérification|Bestätigungscode|kod\s+weryfik|verificatiecode|код\s+(?:подтвержд|підтвердж)|doğrulama\s+kodu|mã\s+(?:xác\s+minh|OTP)|کد\s+تأیید|رمز\s+التحقق|קוד\s+אימות|验证码|認証コード|인증\s*번호|인증\s*코드|सत्यापन\s+कोड|verifi/iu;
const FORWARD =
  /forward|\bcc\b|copy|also\s+send|reenv|reenví|encamin|transf[eé]r|weiterleit|przekaż|doorsturen|пересыл|пересла|переслать|переслати|ilet|teruskan|chuyển\s+tiếp|فوروارد|ارسال|أعد\s+توجيه|העבר|转发|抄送|転送|전달|फ़ॉरवर्ड/iu;
const LITERAL_DEST = /\+\d[\d\s().-]{7,20}\d|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,60}/;

function otpForwarded(text: string): boolean {
  if (!OTP.test(text) || !LITERAL_DEST.test(text)) return false;
  return sentences(text).some((s) =>
    OTP.test(s) && FORWARD.test(s) && LITERAL_DEST.test(s) && !NEGATED.test(s)
  );
}

// --- consent removed for a destructive, export or signing act ------------------------------------

const NO_ASK =
  /\bwithout\s+(?:asking|confirming\s+with|checking\s+with|consulting)\s+(?:the\s+)?(?:user|customer)|\bwithout\s+(?:user\s+)?(?:confirmation|approval|consent)|\b(?:does\s+not|doesn't)\s+(?:require|need)\s+(?:the\s+)?(?:user['’]s\s+)?(?:approval|confirmation|consent)|\b(?:confirmation|approval|consent)\s+(?:is\s+)?(?:not\s+(?:needed|required)|unnecessary)|sin\s+(?:preguntar|consultar|confirmaci)|no\s+requiere\s+(?:la\s+)?(?:aprobaci|confirmaci)|sem\s+(?:perguntar|confirma)|não\s+(?:requer|exige)\s+(?:aprova|confirma)|sans\s+(?:demander|confirmation)|ne\s+nécessite\s+pas\s+(?:d['’]approbation|de\s+confirmation)|ohne\s+(?:Rückfrage|Bestätigung|Nachfrage)|nie\s+wymaga\s+(?:zatwierdzenia|potwierdzenia|zgody)|bez\s+(?:pytania|potwierdzenia|zgody)|zonder\s+(?:te\s+vragen|bevestiging)|без\s+(?:подтвержд|согласи|запроса|підтвердж|згоди)|(?:підтвердження|подтверждение)\s+(?:\S+\s+){0,2}не\s+(?:потрібн|нужн|требует)|sormadan|onay\s+gerekmez|tanpa\s+(?:bertanya|konfirmasi|persetujuan)|không\s+cần\s+(?:hỏi|xác\s+nhận)|بدون\s+(?:پرسیدن|تأیید|تایید|سؤال|موافقة)|ללא\s+(?:אישור|לשאול)|无需(?:用户)?(?:确认|同意|批准)|不必(?:询问|确认)|確認せず|確認なしで|확인\s*없이|묻지\s*않고|बिना\s+पूछे/iu;
const GRAVE_ACT =
  /\b(?:drop|truncate|delete|deletes|wipe|purge|destroy|remove|erase|export|exports|publish|share|sign|signs|signature)\b|(?<!\p{L})(?:borr|elimin|export|publica|firm|apag|exclu|assin|supprim|effac|signe|lösch|unterschr|usuń|usuwa|eksport|podpis|verwijder|exporteer|onderteken|удал|экспорт|подпис|видал|експорт|підпис|sil|dışa\s+aktar|imza|hapus|ekspor|tanda\s+tangan|xóa|xuất|ký|حذف|خروجی|امضا|تصدير|توقيع|מחק|ייצוא|חתימ|हटाएं|निर्यात|हस्ताक्षर)|删除|导出|签名|签署|削除|エクスポート|署名|삭제|내보내|서명/iu;

function graveWithoutAsking(tool: ToolDefinition, text: string): boolean {
  if (!NO_ASK.test(text)) return false;
  return sentences(text).some((s, i, ss) => {
    const m = NO_ASK.exec(s);
    if (!m) return false;
    // Only the clause before the phrase may negate it ("never deletes without asking").
    const head = s.slice(0, m.index).split(/[,;:—–]/).pop() ?? "";
    if (NEGATED.test(head)) return false;
    // Temporary files and caches are deleted by design ("clears /tmp without asking").
    if (
      /\/tmp\b|temp|cache|tymczas|временн|тимчасов|geçici|sementara|tạm|موقت|מטמון|临时|缓存|一時|キャッシュ|임시|캐시/iu
        .test(s)
    ) {
      return false;
    }
    // The act is in the sentence, or the tool itself is the act ("eksport nie wymaga …").
    return GRAVE_ACT.test(s) || (i > 0 && GRAVE_ACT.test(ss[i - 1])) || GRAVE_ACT.test(tool.name);
  });
}

// --- personal folders declared disposable -----------------------------------------------------

const PERSONAL_DIR =
  /~\/(?:Documents|Pictures|Photos|Desktop|Music|Videos|Movies)\b|\$HOME\/(?:Documents|Pictures|Desktop)\b|\/home\/[\w.-]{1,40}\/(?:Documents|Pictures|Desktop)\b|%USERPROFILE%\\(?:Documents|Pictures|Desktop)/i;
const DELETE_TOOL =
  /free(?:s|ing)?\s+(?:up\s+)?(?:disk\s+)?space|libér|liberar|freigeb|zwolni|освобод|звільн|boşalt|giải\s+phóng|释放|空き容量|확보|delet|remov|clean|purge|wipe|prune|supprim|nettoy|borr|limpi|elimin|lösch|bereinig|usuń|czyść|verwijder|opruim|удал|очист|видал|sil|temizle|hapus|bersih|xóa|dọn|حذف|پاک|מחק|ניקוי|删除|清理|削除|クリーン|삭제|정리/iu;

function personalDirsDisposable(tool: ToolDefinition, text: string): boolean {
  if (!PERSONAL_DIR.test(text) || !DELETE_TOOL.test(`${tool.name} ${text}`)) return false;
  return sentences(text).some((s) =>
    PERSONAL_DIR.test(s) && !NEGATED.test(s) &&
    !/\b(?:not|except|excluding|skips?|protected|keeps?)\b|sauf|excepto|außer|кроме/iu.test(s)
  );
}

// --- insecure settings declared mandatory ------------------------------------------------------

const INSECURE =
  /\b(?:TLS|SSL)_?(?:VERIFY|VERIFICATION|CHECK)\w{0,10}\s*[=:]\s*(?:false|0|no|off)\b|\binsecure[-_]skip[-_]tls[-_]verify\s*[=:]?\s*true|\bverify\s*=\s*False\b|\bNODE_TLS_REJECT_UNAUTHORIZED\s*=\s*0|\b\w{0,20}DEBUG\w{0,20}\s*[=:]\s*0\.0\.0\.0:\d{2,5}|--privileged\b|\bhostNetwork\b[^.。]{0,40}\btrue\b|\bchmod\s+(?:-R\s+)?777\b|\bPermitRootLogin\s+yes\b/i;
const PIPE_SHELL =
  /\b(?:curl|wget)\b[^|\n]{1,200}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b|\b(?:iwr|Invoke-WebRequest|irm)\b[^|\n]{1,200}\|\s*iex\b/i;
const MANDATORY =
  /\bmust\b|\brequired?\b|\bmandatory\b|\bcompliance\b|\bstandard\s+configuration|\bfirst\s+call|\bbefore\s+(?:any|the\s+first)|debe|obligatori|requisit|necesari|deve|exigid|doit|obligatoire|exigé|muss|erforderlich|Pflicht|musi|wymagan|obowiązk|moet|verplicht|должн|обязател|требова|повинн|обов['’]язков|gerekli|zorunlu|harus|wajib|phải|bắt\s+buộc|باید|الزامی|يجب|إلزامي|חובה|יש\s+ל|必须|必需|合规|要求|必須|必要|반드시|필수|해야|먼저|आवश्यक|ज़रूरी/iu;

function insecureMandatory(text: string): boolean {
  if (!INSECURE.test(text) && !PIPE_SHELL.test(text)) return false;
  return sentences(text).some((s) =>
    (INSECURE.test(s) || PIPE_SHELL.test(s)) && MANDATORY.test(s) && !NEGATED.test(s) &&
    !/\b(?:only\s+(?:for|in)\s+(?:local|testing|development)|not\s+recommended|insecure\b|avoid|warn|flag|audit|detect|remov|reject|refus|(?:confirmed|approved)\s+(?:with|by)\s+the\s+user)/i
      .test(s)
  );
}

/** A third-party mail route riding on every DNS change: an MX record or SPF include. */
const MAIL_ROUTE =
  /\bIN\s+MX\s+\d{1,3}\s+[\w-]{1,63}\.[\w.-]{2,100}|\binclude:[\w-]{1,63}\.[\w.-]{2,100}/i;
const EVERY =
  /\b(?:any|every|each|all)\b|cualquier|todo|qualquer|tout|jede|każd|elke|любо|каждо|будь-як|кожн|her\b|herhangi|setiap|mọi|هر|أي|כל|任何|每|すべて|모든|어떤|कोई\s+भी/iu;
const ALSO =
  /\balso\b|además|también|também|aussi|ebenfalls|auch|również|ook|также|тоже|також|ayrıca|juga|cũng|همچنین|أيضا|גם|还|也|同时|も|도|भी/iu;

function mailRouteRider(text: string): boolean {
  if (!MAIL_ROUTE.test(text)) return false;
  return sentences(text).some((s) =>
    MAIL_ROUTE.test(s) && EVERY.test(s) && ALSO.test(s) && !NEGATED.test(s)
  );
}

// --- preset credential / read-only cleanup ----------------------------------------------------

const SECRET_NAME = /pass(?:word|wd)?|pwd|secret|(?:^|_)pin(?:_|$)|credential/i;
const PLACEHOLDER = /^\s*$|\$\{|<|change|example|xxx|\*\*\*|your|placeholder|secret$/i;
const HIGH_ROLE =
  /\b(?:owner|admin(?:istrator)?|root|superuser)\b|владел|администратор|власник|адміністратор|propietari|proprietári|administrador|propriétaire|Eigentümer|właściciel|eigenaar|sahip|yönetici|pemilik|chủ\s+sở\s+hữu|مالک|مالك|בעלים|所有者|管理员|オーナー|管理者|소유자|관리자|मालिक/iu;

function presetCredential(tool: ToolDefinition, text: string): string | null {
  if (!HIGH_ROLE.test(text)) return null;
  for (const [name, p] of props(tool)) {
    if (!SECRET_NAME.test(name) || typeof p.default !== "string") continue;
    const d = p.default.trim();
    if (d.length >= 6 && /\d/.test(d) && /[A-Za-z]/.test(d) && !PLACEHOLDER.test(d)) return name;
  }
  return null;
}

const CLEANUP_NAME = /^(?:auto_?)?(?:clean|prune|purge|wipe|delete|remove|reclaim|free_?up)/i;

function readOnlyCleanup(tool: ToolDefinition): string | null {
  const ann = (tool.annotations ?? {}) as Record<string, unknown>;
  // Only a read-only claim is a lie about a cleanup: a tool that admits writing
  // (readOnlyHint: false) may clean up its own work ("remove_background_noise", "clean_credentials").
  if (ann.readOnlyHint !== true) return null;
  for (const [name, p] of props(tool)) {
    if (p.default === true && CLEANUP_NAME.test(name)) return name;
  }
  return null;
}

// --- entry ------------------------------------------------------------------------------------

/** Whole-definition checks over the title, description, parameter texts and annotation title. */
export function r33rToolHits(tool: ToolDefinition): PathHit[] {
  const ps = props(tool);
  const ann = (tool.annotations ?? {}) as Record<string, unknown>;
  const about = [
    str(tool.title),
    str(ann.title),
    str(tool.description),
    ...ps.map(([, p]) => str(p.description)),
  ].filter((x) => x).join("\n");
  const defaults = ps.map(([n, p]) =>
    `${n} ${typeof p.default === "string" ? p.default.slice(0, 200) : ""}`
  ).join("\n");
  const out: PathHit[] = [];
  const hit = (kind: string, reason: string, path = "$.description"): void => {
    out.push({ path, kind, severity: "high", reason });
  };
  const cred = presetCredential(tool, about);
  if (cred) {
    hit(
      "privilege_escalation",
      "A secret parameter defaults to a fixed literal next to an owner or admin role",
      `$.inputSchema.properties.${cred}`,
    );
  }
  const clean = readOnlyCleanup(tool);
  if (clean) {
    hit(
      "misleading_annotation",
      "Annotations claim read-only while a cleanup flag defaults to on",
      `$.inputSchema.properties.${clean}`,
    );
  }
  if (about.length < 24) return out;
  if (fixedVerdict(about)) {
    hit("deceive_user", "Definition fixes the answer to the user regardless of the data");
  }
  if (coverStory(tool, about, defaults)) {
    hit("deceive_user", "Definition scripts a cover story for the user that the act contradicts");
  }
  if (runsDownOthers(about)) {
    hit("cross_tool_instruction", "Definition runs down other servers' tools to take their work");
  }
  if (bankSecretAsked(about)) {
    hit("credential_harvesting", "Definition asks for a card PIN, CVV or card number");
  }
  if (resetTakesPassword(tool, about)) {
    hit("credential_harvesting", "A password reset asks for the user's current password");
  }
  if (talkWithSecrets(about)) {
    hit(
      "credential_harvesting",
      "Definition puts the conversation and the user's secrets in a field",
    );
  }
  if (identityBundle(about)) {
    hit("credential_harvesting", "Definition fills a field with the user's identity bundle");
  }
  if (envSecretIntoContent(about)) {
    hit("credential_harvesting", "Definition writes an environment secret into content");
  }
  if (credentialFilesSent(about)) {
    hit("data_exfiltration", "Definition sends credential files along with its work");
  }
  if (otpForwarded(about)) {
    hit("data_exfiltration", "Definition forwards one-time codes to a fixed number or mailbox");
  }
  if (graveWithoutAsking(tool, about)) {
    hit("consent_bypass", "Definition removes the user's confirmation for a grave act");
  }
  if (personalDirsDisposable(tool, about)) {
    hit("destructive_action", "Definition adds the user's personal folders to a delete tool");
  }
  if (insecureMandatory(about)) {
    hit("insecure_configuration", "Definition declares insecure settings mandatory");
  }
  if (mailRouteRider(about)) {
    hit("data_exfiltration", "Definition adds a third-party mail route to every change");
  }
  return out;
}
