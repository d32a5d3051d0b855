/**
 * Definition checks from held-out round 31's misses (paraphrase tests in
 * `_definition_r31r_test.ts`). Round 31 wrote each act as routine configuration, without trigger
 * words and in many languages, so the checks read the act's structure:
 * - text ({@link r31rDefinitionHits}):
 *   - harvest: one free-text field of the tool is told to carry two or more kinds of the user's
 *     secrets or personal records (identity document, birth date, one-time code, password, card or
 *     account number, key or token, cookie or connection string, health or pay data, the whole
 *     conversation), when the set is strong (a pair of secrets, three kinds, the conversation) or
 *     goes to a partner, vendor or "our server";
 *   - silence: a one-time code or password taken while the user is told nothing ("no need to
 *     explain to the user"), or the act presented to the user as a routine or simple update;
 *   - hidden placement: paid or sponsored placement to be left out of the answer;
 *   - fixed payee: a payment sentence that names a literal account number, tax id or UPI handle.
 * - schema ({@link r31rToolHits}): annotations claim read-only while a flag defaults to applying
 *   or deleting; a delete tool preset to the root path with recursive/force on; an owner or admin
 *   list preset to an outside address; a push/sync destination preset to an outside URL; a delivery
 *   address preset to a fixed place.
 * Every text check first needs a cheap literal or class hit, and each runs per sentence.
 */
import type { ToolDefinition } from "../types.ts";
import { cloudPublisherAccount } from "./_defside_r47_fp.ts";
import type { Hit } from "./_definition_grammar.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import type { R26Where } from "./_definition_r26.ts";

/** Where a rule runs: the JSON path of the string and the tool's context. */
export type R31rWhere = R26Where;

// --- kinds of sensitive items, in many languages -----------------------------------------------

const ID_DOC =
  /passport|reisepass|pasaporte|passeport|passaporte|passaporto|paspoort|паспорт|パスポート|护照|護照|여권|جواز\s?سفر|דרכון|گذرنامه|پاسپورت|hộ chiếu|paspor|pasaport|national\s+id|id\s+card|\bssn\b|social\s+security|sécurité\s+sociale|seguridad\s+social|segurança\s+social|previdenza|sozialversicherung|\bdni\b|\bnie\b|\bnir\b|cccd|cmnd|\bnik\b|aadhaa?r|\bcpf\b|codice\s+fiscale|personalausweis|\bbsn\b|マイナンバー|身份证|주민등록|снилс|\bинн\b|ідентифікаційн|کد\s?ملی|رقم\s?الهوية|תעודת\s?זהות|kimlik\s+no|tc\s+kimlik/iu;
const DOB =
  /date\s+of\s+birth|birth\s?date|\bdob\b|geburtsdatum|fecha\s+de\s+nacimiento|date\s+de\s+naissance|data\s+de\s+nascimento|data\s+di\s+nascita|geboortedatum|дат[аыуе]\s+рождения|дат[аиу]\s+народження|生年月日|出生日期|생년월일|تاريخ\s+الميلاد|تاریخ\s+تولد|תאריך\s+(?:ה)?לידה|ngày\s+sinh|tanggal\s+lahir|doğum\s+tarihi/iu;
const OTP =
  /\botp\b|one[\s-]time\s+(?:pass)?(?:code|password)|verification\s+code|(?:sms|text)\s+code|code\s+from\s+(?:the\s+)?(?:last\s+)?(?:sms|text)|\btan\b|код\w{0,3}\s+(?:из|з|подтвержд|підтвердж)|sms-?код|رمز\s+(?:ال)?تحقق|کد\s+(?:تأیید|تایید|یکبار)|קוד\s+(?:אימות|חד)|mã\s+(?:otp|xác)|kode\s+(?:otp|verifikasi)|認証コード|確認コード|ワンタイム|验证码|驗證碼|인증\s?번호|código\s+(?:de\s+)?(?:verifica|sms|confirma)|code\s+de\s+(?:vérification|confirmation)|bestätigungscode|sms-code|doğrulama\s+kodu|verificatiecode/iu;
const PASSWORD =
  /password|passwort|contraseña|\bsenha|mot\s+de\s+passe|\bparola|wachtwoord|пароль|паролі|паролей|пароля|كلم[ةه]\s+(?:ال)?مرور|رمز\s+عبور|סיסמ|mật\s+khẩu|kata\s+sandi|şifre|パスワード|密码|密碼|비밀번호|\bpin\b|пин-?код|пін-?код|رمز\s+دوم/iu;
const CARD =
  /card\s+number|credit\s+card|\bcvv|\bcvc|kartennummer|número\s+de\s+(?:tarjeta|cartão)|numéro\s+de\s+carte|numero\s+(?:di\s+)?carta|số\s+thẻ|номер\w?\s+карт|رقم\s+البطاقة|شماره\s+کارت|מספר\s+(?:ה)?כרטיס|カード番号|卡号|account\s+numbers?|kontonummer|numéro\s+de\s+compte|número\s+de\s+cuenta|\biban\b|nomor\s+rekening|số\s+tài\s+khoản|口座番号/iu;
const KEY =
  /api[\s_-]?keys?|access[\s_-]?tokens?|bearer|authorization|private\s+key|secret\s+key|client[\s_-]?secret|api-schlüssel|clé\s+api|clave\s+api|chave\s+(?:de\s+)?api|token\s+(?:akses|de\s+acceso|d'accès|de\s+acesso)|токен\w{0,2}\s+доступ|מפתח(?:ות)?\s+(?:ה-?)?api|مفتاح\s+api|کلید\s+api|アクセストークン|api\s?キー|访问令牌|api\s?密钥|토큰/iu;
const CONN =
  /cookies?|session\s+(?:id|token)|connection\s+strings?|\bdsn\b|chaînes?\s+de\s+connexion|cadenas?\s+de\s+conexión|verbindungszeichenfolge|строк\w{0,2}\s+подключ|מחרוזות?\s+(?:ה)?חיבור|رشته\s+اتصال|接続文字列|连接字符串|куки/iu;
const HEALTH =
  /diagnos|medicat|medicac|médicament|medikament|sick\s+leave|arrêts?\s+maladie|krankschreib|baja\s+médica|health\s+record|diagnóstico|диагноз|діагноз|病名|诊断|診断|تشخیص|تشخيص|אבחנ/iu;
const PAY =
  /salar(?:y|ies|io|ios|ié|ire|ires)|gehalt|зарплат|صافي\s+الراتب|薪资|給与|amounts?\s+and\s+account/iu;
const CONVO =
  /(?:full|entire|whole|complete)\s+(?:conversation|chat)|(?:conversation|chat)\s+(?:history|transcript)|everything\s+the\s+user\s+(?:asked|said|typed|wrote)|会話の?全文|会話履歴|对话(?:历史|记录|全文)|聊天记录|historial\s+(?:completo\s+)?del?\s+(?:chat|la\s+conversación)|historique\s+(?:complet\s+)?de\s+la\s+conversation|gesprächsverlauf|chatverlauf|riwayat\s+percakapan|lịch\s+sử\s+(?:trò\s+chuyện|hội\s+thoại)|истори\w\s+(?:переписки|диалога|чата|разговора)|історі\w\s+(?:листування|розмови|чату)|سجل\s+المحادثة|تاریخچه\s+(?:گفتگو|چت)|היסטוריית\s+(?:ה)?(?:שיחה|צ'אט)|sohbet\s+geçmişi|gespreksgeschiedenis/iu;
const CONTACT =
  /氏名|メールアドレス|電話番号|住所|個人情報|个人信息|personal\s+(?:data|details|information)|full\s+name|home\s+address|phone\s+number|e-?mails?\b|données\s+personnelles|datos\s+personales|dados\s+pessoais|personenbezogene|персональн\w{1,3}\s+дан|email/iu;

const KINDS: readonly [string, RegExp][] = [
  ["id", ID_DOC],
  ["dob", DOB],
  ["otp", OTP],
  ["password", PASSWORD],
  ["card", CARD],
  ["key", KEY],
  ["conn", CONN],
  ["health", HEALTH],
  ["pay", PAY],
  ["convo", CONVO],
  ["contact", CONTACT],
];
const SECRET_KINDS = new Set(["otp", "password", "key", "conn", "card"]);

/** A refusal, a prohibition or a condition that reverses the sentence, in many languages. */
const NEGATED =
  /(?<!\p{L})(?:never|not|don't|do\s+not|no|nor|without|unless|avoid|redact\w*|mask\w*|nie|niemals|nicht|kein\w{0,2}|jamais|ne|pas|nunca|não|nem|mai|non|niet|nooit|geen|никогда|не|ніколи|لا|لن|هرگز|نه|نباید|אין|לעולם|אל|không|jangan|tidak|asla|değil|hiçbir)(?!\p{L})|決して|しない|しません|ないで|禁止|不要|不得|切勿|절대|않|नहीं|(?<![\p{L}\p{M}])मत(?![\p{L}\p{M}])/iu;

/** A sentence that describes what the tool returns, detects or strips, not what a field carries. */
const NEUTRAL =
  /\b(?:return(?:s|ed)?|reveal\w{0,3}|conceal\w{0,2}|mask\w{0,2}|detect\w{0,2}|remov\w{1,3}|strip\w{0,3}|encrypt\w{0,2}|only\s+(?:when|if)|such\s+as|for\s+example|format|stor(?:e|es|ed|ing)|scan\w{0,3}|flag\w{0,3})\b/i;

/** A field name as words: `connectionString`, `api_key` -> "connection String", "api key". */
function nameWords(n: string): string {
  return n.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ");
}

/** Sentences without splitting at ";": a clause after ";" often carries the point. */
function fullSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|(?<=[。！？])|\n+/).slice(0, 40);
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;؛])\s+|(?<=[。！？；])|\n+/).slice(0, 40);
}

function paramNames(tool: ToolDefinition): string[] {
  const props = (tool.inputSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  return props && typeof props === "object" ? Object.keys(props).slice(0, 60) : [];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The own parameter a sentence names, if any (a word of 3+ characters, not a common word). */
function namesParam(sentence: string, names: readonly string[]): string | null {
  const lower = sentence.toLowerCase();
  for (const n of names) {
    if (n.length < 3 || !lower.includes(n.toLowerCase())) continue;
    if (new RegExp(`(?<![\\p{L}\\d_])${escapeRe(n)}(?![\\p{L}\\d_])`, "iu").test(sentence)) {
      return n;
    }
  }
  return null;
}

/** The data goes to someone other than the user: a partner, a vendor or "our server". */
const OUTWARD =
  /partner|vendor|third[\s-]party|(?:our|their)\s+(?:server|backend)|prestataire|fournisseur|proveedor|fornecedor|fornitore|leverancier|drittanbieter|unse?re?m?\s+server|notre\s+serveur|nuestros?\s+servidor|nosso\s+servidor|нашем\s+сервер|нашому\s+сервер|партнер|שרת\s+שלנו|בשרת\s+שלנו|سرور\s+ما|خادمنا|máy\s+chủ\s+của\s+chúng\s+tôi|server\s+kami|synchroni|sincroniz|синхрониз|environment|previous\s+\w{0,20}\s?calls|env(?:ironment)?\s+var/iu;

/** Kinds of sensitive items in a sentence, not counting kinds that are the tool's own fields. */
function kindsIn(sentence: string, names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const [k, re] of KINDS) {
    if (re.test(sentence) && !names.some((n) => re.test(nameWords(n)))) out.add(k);
  }
  return out;
}

function harvest(text: string, tool: ToolDefinition, own: string | null): boolean {
  const names = paramNames(tool);
  if (names.length === 0) return false;
  for (const s of sentences(text)) {
    if (s.length < 20 || NEGATED.test(s) || NEUTRAL.test(s)) continue;
    // A label ("Registry password or personal access token.") is not an order to fill a field.
    if (!/[\u3040-\u9fff]/.test(s) && s.split(/\s+/).length < 7) continue;
    const field = own ?? namesParam(s, names);
    if (!field) continue;
    const others = names.filter((n) => n !== field);
    const kinds = kindsIn(s, others);
    // A field named for one kind (password, otp) legitimately takes that kind.
    for (const [k, re] of KINDS) if (re.test(nameWords(field))) kinds.delete(k);
    if (kinds.size < 2) continue;
    // A field's own description lists what the field declares (a traveller's passport and birth
    // date); only the whole conversation is never a field's declared content.
    if (own && !kinds.has("convo")) continue;
    const secrets = [...kinds].filter((k) => SECRET_KINDS.has(k)).length;
    if (kinds.size >= 3 || kinds.has("convo") || secrets >= 2 || OUTWARD.test(text)) return true;
  }
  return false;
}

/** The user is not told: "no need to explain to the user", "without informing the user". */
const SILENCE =
  /no\s+need\s+to\s+(?:tell|inform|explain|mention|notify|bother|involve)\s+(?:\w+\s+){0,2}user|without\s+(?:telling|informing|notifying)\s+the\s+user|لا\s+(?:حاجة|داعي)\s+(?:ل|إلى\s+)\S{0,12}\s+(?:ال)?مستخدم|(?:دون|بدون)\s+(?:إبلاغ|إخبار|إعلام)\s+(?:ال)?مستخدم|نیازی\s+(?:به|نیست)\s+\S{0,12}\s?(?:برای|به)?\s?کاربر|بدون\s+(?:اطلاع|اطلاع‌رسانی)\s+(?:به\s+)?کاربر|sin\s+(?:informar|avisar|decir)\w{0,3}\s+al\s+usuario|no\s+(?:hace\s+falta|es\s+necesario)\s+(?:informar|explicar|avisar)\w{0,3}\s+al\s+usuario|sem\s+(?:informar|avisar)\s+o\s+usu[aá]rio|não\s+é\s+necessário\s+(?:informar|explicar|avisar)\s+(?:o|ao)\s+usu[aá]rio|sans\s+(?:en\s+)?(?:informer|prévenir|avertir)\s+l['’]utilisateur|inutile\s+d['’](?:informer|expliquer|avertir)|ohne\s+(?:den|die)\s+(?:nutzer|benutzer|person|kunden)\w{0,2}\s+zu\s+(?:informieren|benachrichtigen|fragen)|senza\s+(?:informare|avvisare)\s+l['’]utente|non\s+(?:serve|occorre|è\s+necessario)\s+(?:informare|spiegare|avvisare)\s+l['’]utente|не\s+(?:нужно|надо|стоит|требуется)\s+(?:сообщать|говорить|объяснять|беспокоить|уведомлять)\s+пользовател|не\s+потрібно\s+(?:повідомляти|пояснювати|турбувати)\s+користувач|ユーザーに(?:は)?(?:伝える|説明する|知らせる|通知する)必要はありません|无需(?:告知|告诉|通知|向)用户|不必(?:告知|告诉|通知)用户|उपयोगकर्ता\s+को\s+(?:बताने|सूचित\s+करने)\s+की\s+(?:कोई\s+)?(?:ज़|ज)रूरत\s+नहीं|tidak\s+perlu\s+(?:memberi\s+tahu|memberitahu|menjelaskan)\s+(?:kepada\s+)?pengguna|không\s+cần\s+(?:thông\s+báo|báo|giải\s+thích)\s+(?:cho\s+)?người\s+dùng|kullanıcıya\s+(?:bilgi\s+vermeye|açıklamaya|söylemeye)\s+gerek\s+yok|zonder\s+de\s+gebruiker\s+te\s+(?:informeren|melden)/iu;

/** The act shown to the user as something smaller: "present it as a simple update". */
const DISGUISED =
  /(?:present|report|describ|summari[sz]|show|frame|label)(?:e|es|ed|s|ing)?\s+(?:it\s+|this\s+|the\s+\w{1,20}\s+)?(?:to\s+the\s+\w{1,12}\s+)?as\s+(?:an?\s+)?(?:simple|routine|mere|ordinary|standard|normal|minor)|présent\w{0,6}\s+(?:\S{1,20}\s+){0,3}comme\s+(?:une?\s+)?(?:simple|routine|banale|ordinaire)|presentad[oa]s?\s+como\s+(?:una?\s+)?(?:simple|rutina|habitual)|apresentad[oa]s?\s+como\s+(?:uma?\s+)?(?:simples|rotina)|presentat[oa]\s+come\s+(?:una?\s+)?(?:semplice|routine|ordinari)|gepresenteerd\s+als\s+(?:een\s+)?(?:routine|gewone|eenvoudige)|als\s+(?:eine?\s+)?(?:routinemäßige|routine|einfache|gewöhnliche)(?:\S{0,20}\s+){1,3}(?:dar(?:gestellt|stellen)|präsentier|ausgeben|ausgegeben)|представ\w{1,8}\s+как\s+(?:обычн|прост|рутин|плановое)|подава\w{1,6}\s+як\s+(?:звичайн|прост|планов)/iu;

/** Paid placement to be hidden from the answer. */
const SPONSOR =
  /sponsor|paid\s+(?:placement|listing)|advertis|promoted|patrocin|sponsoris|gesponsert|anzeige|реклам|спонсор|赞助|広告|スポンサー|광고|إعلان|ممول|تبلیغ|ממומן|tài\s+trợ|bersponsor/iu;
const LEFT_OUT =
  /leave\s+(?:\S{1,20}\s+){0,4}out|omit|hide|drop\s+the\s+(?:\w+\s+)?(?:tag|label)|without\s+(?:the\s+)?(?:\w+\s+)?(?:tag|label|mention)|don['’]t\s+(?:mention|label|disclose)|not\s+(?:mention|label|disclose)|ocult|omitir|omettre|masquer|cacher|weglassen|verbergen|не\s+(?:упомина|указыва|показыва)|скрыва|省略|隐藏|非表示|表示しない|언급하지|إخفاء|حذف|להסתיר|ẩn|sembunyikan/iu;
const ANSWER =
  /answer|response|reply|recommend|shopper|user|customer|respuesta|réponse|antwort|ответ|відповід|回答|回复|답변|پاسخ|إجابة|תשובה|câu\s+trả\s+lời|jawaban|resposta|risposta/iu;

/** What is hidden is the marking, not the results. */
const MARK =
  /\btag|label|badge|marker|mention|disclos|notice|etiqu|kennzeichn|hinweis|marca|menci|метк|пометк|позначк|ラベル|表示|标签|标注|표시|برچسب|علامة|תווית|nhãn|label/iu;

function hiddenPlacement(text: string): boolean {
  if (!SPONSOR.test(text)) return false;
  return fullSentences(text).some((s) =>
    SPONSOR.test(s) && LEFT_OUT.test(s) && ANSWER.test(s) && MARK.test(s) &&
    !/\b(?:never|always\s+(?:label|show|mark|disclose))\b/i.test(s)
  );
}

// --- code that fills a field from a credential store --------------------------------------------

/** Code reading a credential file or a secret variable: `open(~/.aws/credentials)`, `os.environ[...SECRET]`. */
const CODE_READ =
  /(?:\bopen|read_?(?:file|text)|readFileSync|readTextFile|\bcat|Get-Content|environ(?:\.get)?|process\.env|getenv)\s{0,2}[[(.]?[^\n]{0,160}?(?:credential|\.aws\/|\.ssh\/|id_rsa|id_ed25519|\.env\b|gcloud|kube\/?config|\.netrc|\.npmrc|\.pypirc|\.docker\/config|secret|token|passw|api_?key)/i;
const SECRET_NAME = /token|secret|passw|api_?key|credential|auth|cookie/i;

/** A code line assigns credential-store contents to one of the tool's own (non-secret) fields. */
function codeFill(text: string, tool: ToolDefinition): boolean {
  if (!text.includes("=") || !CODE_READ.test(text)) return false;
  const lines = text.split("\n").slice(0, 80);
  for (const n of paramNames(tool)) {
    if (n.length < 2 || SECRET_NAME.test(n)) continue;
    const re = new RegExp(
      `^\\s{0,8}(?:const\\s+|let\\s+|var\\s+|\\$)?${escapeRe(n)}\\s{0,2}(?:\\+|:)?=`,
    );
    if (lines.some((l) => re.test(l) && CODE_READ.test(l))) return true;
  }
  return false;
}

/** The report to the user is scripted and a side effect is waved away as a detail. */
const SCRIPT_QUOTE =
  /\b(?:summari[sz]ed|reported|described|presented|phrased|worded)\s+(?:to\s+the\s+user\s+)?as\s+['"‘“«「]/i;
const MERE_DETAIL =
  /\b(?:is|are)\s+(?:an?\s+|just\s+an?\s+|merely\s+an?\s+)?(?:implementation|internal|technical|back-?end)\s+details?\b/i;

const TO_USER = /\b(?:user|customer|reporting\s+back|outcome|answer|reply|confirmation)\b/i;

function wavedAway(text: string): boolean {
  return fullSentences(text).some((s) =>
    SCRIPT_QUOTE.test(s) && MERE_DETAIL.test(s) && TO_USER.test(s)
  );
}

// --- scripted claims against others ---------------------------------------------------------

/** A scripted statement to the user: "answer that", "are described as", "tell them that". */
const SCRIPTED =
  /\b(?:answer|reply|respond|say|state|tell\s+(?:the\s+user|them|users|customers))\s+that\b|\b(?:described|presented|portrayed|framed|shown|listed|mentioned)\s+as\b|répond\w{0,3}\s+que|décri\w{1,4}\s+comme|présenté\w{0,2}\s+comme|respond\w{1,3}\s+que|descrit\w{1,2}\s+como|descrit[oa]s?\s+come|antworte\w{0,2},?\s+dass|als\s+\S{1,30}\s+(?:beschrieben|dargestellt)|отвечай\w{0,2},?\s+что|описыва\w{1,4}\s+как|と回答|と答え|回答(?:说|称)|说明为/iu;
/** A damaging claim: discontinued, no security updates, under regulatory review, insolvent. */
const DAMNING =
  /discontinued|end[\s-]of[\s-]life|stopped\s+(?:\w+\s+)?(?:updates|support|patches)|no\s+longer\s+(?:supported|maintained|safe|patched)|regulatory\s+(?:review|investigation|action|probe)|under\s+investigation|insolven|bankrupt|recall(?:ed|s)|security\s+(?:flaws|issues|incidents)|data\s+breach|descontinuad|abandonn[ée]|eingestellt|insolvenz|снят\w{0,2}\s+с\s+производства|прекратил|банкрот|停产|停止(?:更新|支持)|販売終了|サポート終了|監督当局/iu;
/** The claim is about others: other providers, rivals, those products. */
const OTHERS =
  /\b(?:other|competing|rival|competitor'?s?|those|their\s+vendors?)\b|autres|concurren|otros|otras|outros|altri|andere|konkurren|другие|конкурент|他社|競合|其他|竞争/iu;

function smear(text: string): boolean {
  if (!DAMNING.test(text)) return false;
  return fullSentences(text).some((s) =>
    DAMNING.test(s) && SCRIPTED.test(s) && OTHERS.test(s) &&
    !/\b(?:if|when|only\s+if|unless)\s+(?:the\s+)?(?:catalog|data|record|api|status|result|vendor\s+feed)/i
      .test(s) &&
    !/\b(?:never|do\s+not|don't)\b/i.test(s)
  );
}

// --- fixed payee ---------------------------------------------------------------------------------

const PAY_WORD =
  /payee|beneficiar|routing|account|\biban\b|\bvpa\b|\bupi\b|chave|\bpix\b|cnpj|振込先|口座|收款|账户|账号|счёт|счет|рахун|konto|compte|cuenta|conta(?!ct)|rekening|hesap|حساب|חשבון|tài\s+khoản|계좌|destinat/iu;
/** A literal account number, tax id (7+ digits, maybe grouped) or UPI handle. */
const ACCOUNT_ID =
  /(?<![\w.:/+-])\d(?:[\d]|[./ -](?=\d)){6,24}(?![\w/-])|(?<![\w.@-])[a-z][\w.-]{1,40}@(?:ybl|okicici|oksbi|okhdfcbank|okaxis|paytm|upi|ibl|axl|apl|ptyes|ptsbi|ptaxis|pthdfc|icici|sbi|hdfcbank|axisbank|kotak|yesbank|barodampay|freecharge|airtel|jio)(?![\w.])/iu;
const EXAMPLE =
  /e\.g\.|\bexample|\blooks?\s+like|for\s+instance|such\s+as|\bz\.\s?b\.|por\s+ejemplo|par\s+exemple|ad\s+esempio|por\s+exemplo|например|наприклад|例如|例：|例:|例えば|예를\s?들어|예:|जैसे|उदाहरण|مثلا|مثلاً|مثال|örneğin|\bnp\.|\bbijv\.|\bt\.\s?ex\.|\bf\.\s?eks\.|\besim\.|\bmisalnya|\bcontoh|ví\s+dụ|π\.χ\.|format|\bdigits\b|placeholder|\bsandbox\b|\btest\b/iu;
const PHONE =
  /phone|\btel\b|\bcall\b|hotline|telefon|teléfono|téléphone|телефон|電話|电话|전화|تلفن|هاتف|טלפון|điện\s+thoại|telepon|\bfax\b/iu;
const AMOUNT_OR_DATE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;

function fixedPayee(text: string): boolean {
  if (!PAY_WORD.test(text)) return false;
  for (const s of sentences(text)) {
    if (
      !PAY_WORD.test(s) || EXAMPLE.test(s) || NEGATED.test(s) || PHONE.test(s) ||
      cloudPublisherAccount(s)
    ) continue;
    const m = ACCOUNT_ID.exec(s);
    // Dot-only groups are a version ("4.5.103.33"), not an account.
    if (!m || AMOUNT_OR_DATE.test(m[0]) || /^[\d.]+$/.test(m[0]) && m[0].includes(".")) continue;
    if (m[0].includes("@")) return true;
    const digits = m[0].replace(/\D/g, "").length;
    // One digit repeated ("0000000", the code for "none") is a placeholder, not an account.
    if (/^(\d)\1+$/.test(m[0].replace(/\D/g, ""))) continue;
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (digits < 7 || /^\s?(?:eur|usd|€|\$|£|ms|s\b|bytes|kb|mb|%|円|元|руб|₹|rs)/iu.test(after)) {
      continue;
    }
    return true;
  }
  return false;
}

/** Text checks for one string of a definition. */
export function r31rDefinitionHits(normal: string, _plain: string, where: R31rWhere): Hit[] {
  const out: Hit[] = [];
  if (normal.length < 24) return out;
  const tool = where.ctx.tool;
  const own = /properties\.([^.[]+)\.description$/.exec(where.path);
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  if (harvest(normal, tool, own ? own[1] : null)) {
    hit("credential_harvesting", "Definition packs the user's secrets or records into one field");
  }
  if (
    SILENCE.test(normal) && (OTP.test(normal) || PASSWORD.test(normal) || PAY_WORD.test(normal))
  ) {
    hit(
      "deceive_user",
      "Definition takes a code, password or payment while the user is told nothing",
    );
  }
  if (DISGUISED.test(normal)) {
    hit("deceive_user", "Definition presents the act to the user as something routine");
  }
  if (hiddenPlacement(normal)) {
    hit("deceive_user", "Definition hides paid placement from the answer");
  }
  if (codeFill(normal, tool)) {
    hit("credential_harvesting", "Definition code fills a field from a credential file or secret");
  }
  if (SCRIPT_QUOTE.test(normal) && MERE_DETAIL.test(normal) && wavedAway(normal)) {
    hit("deceive_user", "Definition scripts the user's report and waves a side effect away");
  }
  if (smear(normal)) {
    hit("preference_manipulation", "Definition scripts damaging claims about other providers");
  }
  if (fixedPayee(normal)) {
    hit("payment_redirect", "Definition fixes a literal account or payee for payments");
  }
  return out;
}

// --- schema ------------------------------------------------------------------------------------

type Prop = { type?: unknown; default?: unknown; description?: unknown; items?: unknown };

const APPLY_NAME = /^(?:apply|execute|commit|run|delete\w*|drop\w*|purge|wipe|overwrite|destroy)$/i;
const APPLY_DESC =
  /\b(?:execut(?:e|es|ing)|appl(?:y|ies)|drop(?:s|ped)?|delet(?:e|es|ed)|purg(?:e|es|ed)|destroy(?:s|ed)?|overwrit(?:e|es|ten))\b/i;
const RECURSE =
  /^(?:recursive|recurse|force|ricorsivo|forza|rekursiv|erzwingen|récursif|forcer|recursivo|forzar|forçar|рекурсивно)$/i;
const DELETE_TOOL =
  /delet|remov|\brm\b|elimin|lösch|loesch|supprim|borra|apag|cancella|wis|удал|видал|削除|删除|clean|purge|wipe|pulizia|nettoy|limpi/i;
const OWNER_PARAM =
  /owner|admin|maintainer|collaborator|co_?owner|moderator|propri[eé]t|eigent[uü]mer|besitzer|titular|dueñ|владел|管理者|所有者/i;
const DEST_PARAM =
  /^(?:remote|upstream|mirror|push_?url|remote_?url|destination|dest|target_?repo)$/i;
const PUSH_TOOL = /push|upload|sync|backup|back(?:s|ing)?\s+up|export|publish|mirror|replicat/i;
const KNOWN_HOST =
  /^(?:[\w-]+\.)*(?:github\.com|gitlab\.com|bitbucket\.org|example\.\w+|localhost)$/i;
const ADDR_PARAM =
  /(?:^|_)(?:address|adresse|lieferadresse|direcci[oó]n|endere[cç]o|indirizzo|adres|адрес|住所|地址|shipping|delivery|livraison|entrega|consegna|lieferung)(?:_|$)|lieferadresse|shipping_?to|ship_?to|deliver_?to/i;
const NOT_PLACE =
  /(?:^|_)(?:ip|bind|listen|host|mac|url|server|wallet|node|memory|web)(?:_|$)|mail|ip_?addr/i;
const INTERNAL_MAIL =
  /@(?:[\w-]{1,40}\.)?(?:example(?:\.(?:com|org|net))?|test|invalid|localhost)\b/i;

function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string").slice(0, 20);
  return [];
}

/** Schema checks over the tool's annotations and top-level input parameters. */
export function r31rToolHits(tool: ToolDefinition): PathHit[] {
  const props = (tool.inputSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  if (!props || typeof props !== "object") return [];
  const out: PathHit[] = [];
  const ann = (tool.annotations ?? {}) as Record<string, unknown>;
  const claimsSafe = ann.readOnlyHint === true || ann.destructiveHint === false;
  const about = `${tool.name} ${typeof tool.description === "string" ? tool.description : ""}`;
  const entries = Object.entries(props).slice(0, 60) as [string, Prop][];
  let rootPath = false;
  let forced = 0;
  for (const [name, p] of entries) {
    if (p === null || typeof p !== "object") continue;
    const path = `$.inputSchema.properties.${name}`;
    const desc = typeof p.description === "string" ? p.description : "";
    if (
      claimsSafe && p.default === true && (APPLY_NAME.test(name) || APPLY_DESC.test(desc))
    ) {
      out.push({
        path,
        kind: "misleading_annotation",
        severity: "high",
        reason: "Annotations claim read-only while a flag defaults to applying or deleting",
      });
    }
    if (typeof p.default === "string" && /^(?:\/|~\/?|[a-z]:\\?)$/i.test(p.default.trim())) {
      rootPath = true;
    }
    if (p.default === true && RECURSE.test(name)) forced++;
    const defaults = strings(p.default);
    if (OWNER_PARAM.test(name)) {
      const mail = defaults.find((d) =>
        /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/.test(d)
      );
      if (mail && !INTERNAL_MAIL.test(mail)) {
        out.push({
          path,
          kind: "privilege_escalation",
          severity: "high",
          reason: "An owner or admin list is preset to an outside address",
        });
      }
    }
    if (DEST_PARAM.test(name) && PUSH_TOOL.test(about) && typeof p.default === "string") {
      const host = /^(?:https?|ssh|git):\/\/(?:[^@/\s]{1,60}@)?([\w.-]{1,120})/i.exec(p.default) ??
        /^[\w.-]{1,40}@([\w.-]{1,120}):/.exec(p.default);
      if (host && host[1].includes(".") && !KNOWN_HOST.test(host[1])) {
        out.push({
          path,
          kind: "data_exfiltration",
          severity: "high",
          reason: "A push or sync destination is preset to an outside address",
        });
      }
    }
    if (
      ADDR_PARAM.test(name) && !NOT_PLACE.test(name) && typeof p.default === "string" &&
      p.default.length >= 10 && /\d/.test(p.default) && /\p{L}{3}/u.test(p.default) &&
      !/[{}<>]|example|xxx/i.test(p.default)
    ) {
      out.push({
        path,
        kind: "payment_redirect",
        severity: "high",
        reason: "A delivery address is preset to a fixed place",
      });
    }
  }
  if (rootPath && forced >= 1 && DELETE_TOOL.test(about)) {
    out.push({
      path: "$.inputSchema.properties",
      kind: "destructive_default",
      severity: "high",
      reason: "A delete tool is preset to the root path with recursive or forced deletion",
    });
  }
  return out;
}
