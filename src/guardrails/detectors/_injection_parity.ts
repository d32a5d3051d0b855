/**
 * Multilingual parity of the core harm kinds the English rules already block (parity table in
 * `_injection_parity_test.ts`: one attack per kind in 20 languages, each with a benign twin). Each
 * rule is a half-threshold signal of a kind the English rules use, so a block needs two kinds:
 * - `control_off`: audit logging, MFA / two-factor authentication switched off;
 * - `conceal_passive`: the team or the user not told ("l'équipe n'est pas informée", "لا يتم إبلاغ");
 * - `secret_out`: environment variables or API keys sent to a URL;
 * - `cover_story`: "then tell the user everything is fine";
 * - `secret_harvest`: ID number / password / card data entered on a named page or address;
 * - `dictated_summary`: summaries or assistants' answers told what to list, carry or omit;
 * - `canonical_answer`: "the only correct conclusion", an "official" link that is the only one or
 *   that replaces an "outdated" one;
 * - `public_disclosure`: a calendar, file or repository shared by a public link;
 * - `consent_skipped`: done "without waiting for approval" / "without asking for confirmation".
 * Latin and Cyrillic rows are armed by rare words (common ones only with partners); the other
 * scripts by a gate that starts with a one-character lookahead class.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(220));
/** No letter before / after (a word boundary for every script). */
const NB = R`(?<!\p{L})`;

/** A warning, a prohibition or a scam advisory before the match: not an order. */
const WARNED =
  /\b(?:never|not|don['’]t|do\s{1,3}not|nie(?:mals)?|nicht|keine?|ne\s{1,3}pas|ne\s{1,3}\p{L}{2,20}\s{1,3}(?:pas|jamais|plus)|n['’]|no|nunca|jamais|mai|non|nooit|niet|geen|nigdy|nie|asla|jangan|đừng|không\s{1,3}bao\s{1,3}giờ)\b|никогда|не\s{1,3}(?:отправля|вводите|делитесь|открывайте)|ніколи|не\s{1,3}(?:надсила|вводьте|відкривайте)|لا\s{1,3}(?:ترسل|تشارك|تدخل)|هرگز|نکنید|נגד|אל\s{1,3}ת|לעולם|कभी|न\s{1,3}(?:करें|भेजें)|切勿|请勿|不要|禁止|しないでください|ないでください|마세요|ห้าม|อย่า/iu;
const SCAM =
  /phish|scam|fake|fraud|gefälscht|betrug|faux|fraude|falso|falsa|truffa|nep(?:site|pagina)|oplichting|fałszyw|oszust|sahte|dolandırıc|поддельн|мошенни|фейков|підроблен|шахра|مزيف|احتيال|جعلی|کلاهبردار|מזויף|הונאה|नकली|धोखा|假冒|钓鱼|诈骗|偽|詐欺|フィッシング|가짜|피싱|사기|giả\s{1,3}mạo|lừa\s{1,3}đảo|palsu|penipuan|ปลอม|หลอกลวง/iu;
const around = (v: string, s: number, e: number, n: number): string =>
  v.slice(Math.max(0, s - n), Math.min(v.length, e + n));
/** A prohibition after the match (verb-final languages): "…しないでください", "…마세요", "paylaşmayın". */
const FORBIDDEN_AFTER =
  /^[^.。\n]{0,30}?(?:しないで|ないでください|しません|마세요|말고|않도록|न\s{0,2}करें|नहीं|\p{L}{2,20}m[ae]y[ıi]n\b|אל\s|نکنید|نگذارید)/u;
/** The clause before `s` (back to the last sentence or clause break, at most 160 characters). */
const clauseBefore = (v: string, s: number): string => {
  const w = v.slice(Math.max(0, s - 160), s);
  const cut = Math.max(
    w.lastIndexOf("."),
    w.lastIndexOf(";"),
    w.lastIndexOf("\n"),
    w.lastIndexOf("。"),
  );
  return w.slice(cut + 1);
};
/** A negation in Hebrew ("אינו מבצע … ללא אישור"), on top of {@link WARNED}. */
const HEB_NEG = /(?:^|\s)(?:אינו|אינה|אינם|אין|לא)\s/u;
/** The act is negated or forbidden in its clause ("the assistant does not … without approval"). */
const negatedClause = (v: string, s: number): boolean => {
  const c = clauseBefore(v, s);
  return WARNED.test(c) || HEB_NEG.test(c) || /\b(?:ni|cannot|can['’]t|may\s{1,3}not)\b/i.test(c);
};
/** Not a warning or prohibition nearby, nor a scam advisory. */
const notWarned: Accept = (v, s, e) =>
  !WARNED.test(v.slice(Math.max(0, s - 60), s)) && !FORBIDDEN_AFTER.test(v.slice(e, e + 40)) &&
  !SCAM.test(around(v, s, e, 200));

// --- a security control switched off -------------------------------------------------------------

const SECURITY_OFF: readonly HalfRow[] = [
  [
    "désac deakt absch aussc desac desat disat uitge uitsc wyłąc kapat dinon nonak отклю вимик вимкн / audit audyt rejes denet authe autent uwier kimli журна аутен автен logg regis",
    undefined,
    R`(?:\baudi?y?t|authenti|autenti|autentica|uwierzyteln|kimlik\s{1,3}doğrulama|denetim\s{1,3}kayd|pencatatan|журнал|аутентифик|автентифік|двухфактор|двофактор)[^.\n]{0,60}?${NB}(?:d[ée]sactiv\p{L}{0,6}|deaktivier\p{L}{0,4}|abgeschaltet|ausgeschaltet|desactiv\p{L}{0,6}|desativ\p{L}{0,6}|disattiv\p{L}{0,6}|uitgeschakeld|uitschakel\p{L}{0,4}|wyłącz\p{L}{0,6}|kapatıl\p{L}{0,4}|devre\s{1,3}dışı|dinonaktifkan|отключ\p{L}{0,6}|вимика\p{L}{0,6}|вимкн\p{L}{0,6})|${NB}(?:d[ée]sactiv\p{L}{0,6}|desactiv\p{L}{0,6}|desativ\p{L}{0,6}|disattiv\p{L}{0,6}|wyłącz\p{L}{0,6}|dinonaktifkan|отключ\p{L}{0,6}|вимика\p{L}{0,6}|вимкн\p{L}{0,6})[^.\n]{0,40}?(?:\baudit|authenti|autenti|uwierzyteln|журнал|аутентифик|автентифік)`,
  ],
  // vi: "ghi nhật ký kiểm toán bị tắt", "xác thực … bị vô hiệu hóa"
  [
    "",
    /(?=[ểự])(?:ểm\s{1,3}toán|ực)/u,
    R`(?:kiểm\s{1,3}toán|xác\s{1,3}thực)[^.\n]{0,40}?(?:bị\s{1,3}tắt|bị\s{1,3}vô\s{1,3}hiệu|tắt\s{1,3}đi)`,
  ],
  [
    "",
    /(?=[\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7af\u0e00-\u0e7f])(?:التدقيق|المصادقة|ممیزی|احراز\s?هویت|הביקורת|אימות|ऑडिट|प्रमाणीकरण|审计|认证|身份验证|監査|認証|감사\s?로[그깅]|인증|การตรวจสอบ|ยืนยันตัวตน)/u,
    R`(?:سجل\s{1,3}التدقيق|المصادقة|ممیزی|احراز\s{0,2}هویت|הביקורת|אימות|ऑडिट|प्रमाणीकरण|审计|认证|身份验证|監査ログ|認証|감사\s{0,2}로[그깅]|인증|การตรวจสอบ|ยืนยันตัวตน)[^.。\n]{0,60}?(?:تعطيل|إيقاف|يُعطَّل|غیرفعال|מושבתת?|להשבית|बंद\s{0,2}कर|निष्क्रिय|关闭|禁用|停用|無効|オフ|停止|비활성화|끄|ถูกปิด|ปิดใช้)|(?:تعطيل|إيقاف)\s{1,3}(?:سجل\s{1,3}التدقيق|المصادقة)|(?:关闭|禁用|停用)[^。\n]{0,12}(?:审计|双重认证|多因素认证|身份验证)|(?:להשבית|השבתת)\s{1,3}(?:את\s{1,3})?(?:רישום|אימות)|ปิด(?:การ)?(?:บันทึกการตรวจสอบ|ยืนยันตัวตน)`,
  ],
];

// --- the team or the user not told ---------------------------------------------------------------

/** Whom: a team, security, the user, an admin (any covered language). */
const RECIPIENT =
  /team|équipe|equip[oae]|squadra|zesp[oó]ł|ekib|tim\b|đội|sicherheit|s[ée]curit|segur|sicurezza|beveilig|bezpiecz|güvenlik|keamanan|bảo\s{1,3}mật|user|benutzer|utilisateur|usuario|usuário|utente|gebruiker|użytkownik|kullanıcı|pengguna|người\s{1,3}dùng|команд|безопасн|безпек|пользоват|користувач|فريق|الأمن|المستخدم|تیم|امنیت|کاربر|צוות|האבטחה|המשתמש|टीम|सुरक्षा|उपयोगकर्ता|团队|安全|用户|チーム|セキュリティ|ユーザー|팀|보안|사용자|ทีม|ผู้ใช้/iu;
const toSomeone: Accept = (v, s, e) =>
  RECIPIENT.test(around(v, s, e, 60)) && notWarned(v, s, e) && !negatedClause(v, s);
/** {@link notWarned}, and not negated in its clause. */
const notNegated: Accept = (v, s, e) => notWarned(v, s, e) && !negatedClause(v, s);

const NOT_TOLD: readonly HalfRow[] = [
  [
    "infor notif avvis avisa benac verwi bilgi haber diber memberi уведо сообщ повід інфор",
    undefined,
    R`\bnicht\s{1,3}(?:informiert|benachrichtigt|verständigt)|\bohne\s{1,3}(?:\p{L}+\s{1,3}){0,3}zu\s{1,3}(?:informieren|benachrichtigen)|\bn['’](?:est|sont)\s{1,3}pas\s{1,3}(?:inform|pr[ée]venu|averti)\p{L}{0,3}|\bsans\s{1,3}(?:en\s{1,3})?(?:informer|pr[ée]venir|avertir)|\bno\s{1,3}se\s{1,3}(?:informa|avisa|notifica)|\bsin\s{1,3}(?:informar|avisar|notificar)|\bn[ãa]o\s{1,3}(?:é|são|será)\s{1,3}(?:informad|avisad|notificad)\p{L}{0,2}|\bsem\s{1,3}(?:informar|avisar|notificar)|\bnon\s{1,3}(?:viene|vengono|è|sono|si)\s{1,3}(?:informat\p{L}|avvisat\p{L}|informa|avvisa)|\bsenza\s{1,3}(?:informare|avvisare)|\bniet\s{1,3}(?:geïnformeerd|geinformeerd|ingelicht|op\s{1,3}de\s{1,3}hoogte)|\bnie\s{1,3}(?:jest|są|zostaje|zostanie)\s{1,3}(?:informowan|powiadamian|poinformowan)\p{L}{0,2}|\bbez\s{1,3}(?:informowania|powiadamiania)|(?:bilgi\s{1,3}verilmez|bildirilmez|haber\s{1,3}verilmez|bilgilendirilmez|haber\s{1,3}vermeden|bildirmeden|bilgi\s{1,3}vermeden)|\btidak\s{1,3}(?:diberi\s{1,3}tahu|diberitahu|dilaporkan|diinformasikan)|\btanpa\s{1,3}(?:memberi\s{1,3}tahu|memberitahu|melapor)|(?<!\p{L})(?:не\s{1,3}(?:уведомля|сообща|информиру|повідомля|інформу)\p{L}{0,4}|без\s{1,3}(?:уведомления|повідомлення))`,
  ],
  [
    "",
    /(?=[ô])ông\s{1,3}(?:được\s{1,3})?(?:thông|báo)/u,
    R`không\s{1,3}(?:được\s{1,3})?(?:thông\s{1,3}báo|báo\s{1,3}cho)`,
  ],
  [
    "",
    /(?=[\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f])(?:إبلاغ|يُذكر|يذكر|اطلاع|מעודכן|לעדכן|מדווח|सूचित|बताए|通知|告知|知らせ|伝え|알리지|보고하지|통보하지|แจ้ง)/u,
    R`(?:لا|دون|بدون|ولا)\s{1,3}(?:يتم\s{1,3})?(?:إبلاغ|يُذكر|يذكر|إخطار)|اطلاع\s{0,2}داده\s{0,2}نمی|بدون\s{1,3}اطلاع|לא\s{1,3}(?:מעודכן|מעודכנים|מדווח|יעודכן)|(?:בלי|ללא)\s{1,3}(?:לעדכן|לדווח)|सूचित\s{0,2}नहीं|(?:बिना\s{0,2}बताए|बताए\s{0,2}बिना)|(?:不|无需|無需|不得|不必)(?:通知|告知|上报)|通知(?:されない|しない|せず)|(?:知らせ|伝え)(?:ない|ず)|(?:알리지|보고하지|통보하지)\s{0,2}않|(?:ไม่|โดยไม่)แจ้ง`,
  ],
];

// --- secrets sent to a URL; "then tell the user all is fine" --------------------------------------

const SECRET_NOUN =
  R`(?:environment\s{1,3}variables|umgebungsvariablen|variables\s{1,3}d['’]environnement|variables\s{1,3}de\s{1,3}entorno|variáveis\s{1,3}de\s{1,3}ambiente|variabili\s{1,3}d['’]ambiente|omgevingsvariabelen|zmienne\s{1,3}środowiskowe|ortam\s{1,3}değişken\p{L}{0,6}|переменн\p{L}{0,4}\s{1,3}окружения|змінн\p{L}{0,4}\s{1,3}середовища|متغيرات\s{1,3}البيئة|متغیرهای\s{1,3}محیطی|משתני\s{1,3}(?:ה)?סביבה|एनवायरनमेंट\s{1,3}वेरिएबल|环境变量|環境変数|환경\s{0,2}변수|biến\s{1,3}môi\s{1,3}trường|variabel\s{1,3}lingkungan|ตัวแปรสภาพแวดล้อม|API[\s-]{0,2}(?:keys?|Schlüssel|sleutels|anahtar\p{L}{0,6}|ключ\p{L}{0,3}|कुंजि\p{L}{0,2}|키)|(?:clés|claves|chaves|chiavi|klucze|kunci|khóa|מפתחות|مفاتيح|کلیدهای|คีย์)\s{0,3}(?:d['’]|de\s{1,3}|ה-)?\s{0,2}API|API\s{0,2}(?:密钥|キー))`;
const SEND =
  R`(?:sent|send|post(?:ed)?|upload\p{L}{0,3}|gesendet|geschickt|envoy\p{L}{0,4}|env[ií]\p{L}{0,4}|inviat\p{L}|gestuurd|verstuurd|wysył\p{L}{0,4}|gönderil\p{L}{0,3}|отправл\p{L}{0,4}|надсила\p{L}{0,4}|إرسال|يُرسل|ارسال|נשלח\p{L}{0,2}|भेज\p{L}{0,2}|发送|送信|전송|gửi|dikirim|ส่ง)`;

const SECRET_SRC =
  R`${SECRET_NOUN}[^\n]{0,120}?${SEND}[^\n]{0,60}?https?:\/\/|${SEND}[^\n]{0,10}?${SECRET_NOUN}[^\n]{0,100}?https?:\/\/|${SECRET_NOUN}[^\n]{0,100}?https?:\/\/\S{1,80}\s{0,3}(?:に|로|으로|에|adres\p{L}{0,4}\s)?\s{0,2}${SEND}`;

/** A key sent in a header, or a request sent with it: how an API is called, not a leak. */
const AS_CREDENTIAL =
  /header|cabecera|en-t[êe]te|intestazion|cabeçalho|nagłówk|başlı[ğk]|заголов|헤더|ヘッダー|请求头|標頭|هدر|כותרת|हेडर|bearer|authori[sz]ation|request|petici[óo]n|solicitud|requête|anfrage|richiesta|requisição|verzoek|żądani|istek|запрос|запит|الطلب|درخواست|בקשה|अनुरोध|请求|リクエスト|요청|yêu\s{1,3}cầu|permintaan|คำขอ/iu;
const leaked: Accept = (v, s, e) => notWarned(v, s, e) && !AS_CREDENTIAL.test(around(v, s, e, 40));

const SECRET_OUT: readonly HalfRow[] = [
  [
    "umgeb omgev zmien ortam перем змінн schlü sleut anaht ключ clés clave chave chiav klucz kunci =environnement entor ambie lingk / https http",
    undefined,
    SECRET_SRC,
  ],
  [
    "",
    /(?=[ếó\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f])(?:ến\s{1,3}môi|óa\s{1,3}API|متغيرات|مفاتيح|متغیرهای|کلیدهای|משתני|מפתחות|एनवायरनमेंट|कुंजि|环境变量|密钥|環境変数|キー|환경|키|ตัวแปร|คีย์)/u,
    SECRET_SRC,
  ],
];

/** "Everything is fine" in the covered languages. */
const ALL_FINE =
  R`(?:everything\s{1,3}is\s{1,3}(?:fine|ok(?:ay)?|normal)|alles\s{1,3}in\s{1,3}(?:Ordnung|orde)|tout\s{1,3}va\s{1,3}bien|todo\s{1,3}(?:est[áa]\s{1,3})?bien|est[áa]\s{1,3}tudo\s{1,3}bem|va\s{1,3}tutto\s{1,3}bene|wszystko\s{1,3}(?:jest\s{1,3})?w\s{1,3}porządku|her\s{1,3}şey\p{L}{0,3}\s{1,3}yolunda|вс[её]\s{1,3}в\s{1,3}порядке|все\s{1,3}гаразд|على\s{1,3}ما\s{1,3}يرام|همه\s{1,3}چیز\s{1,3}(?:درست|خوب)|הכול\s{1,3}תקין|הכל\s{1,3}תקין|सब\s{1,3}ठीक|一切正常|問題(?:ない|ありません)|정상이라고|mọi\s{1,3}thứ\s{1,3}(?:đều\s{1,3})?ổn|baik-baik\s{1,3}saja|ทุกอย่าง(?:เรียบร้อย|ปกติ))`;
const TELL =
  R`(?:tell|sagen|dire|decir|diga|dizer|dire|vertel|powiedz|söyle\p{L}{0,3}|сообщите|скажите|скажіть|повідомте|أخبر|بگویید|אמרו|אמור|बताएं|बताइए|告诉|告知|伝え|알린|알려|nói|katakan|beri\s{1,3}tahu|บอก)`;

const COVER_SRC =
  R`${TELL}[^.。\n]{0,50}?${ALL_FINE}|${ALL_FINE}[^.。\n]{0,12}(?:と|라고)?\s{0,2}(?:伝え|알린|알려|söyle)`;
const COVER: readonly HalfRow[] = [
  [
    "ordnu porzą yolun baik bien bem bene orde порядк гаразд / alles tout todo tudo tutto wszys şeyin semua всё все",
    undefined,
    COVER_SRC,
  ],
  [
    "",
    /(?=[ổ\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f])(?:ổn|يرام|همه|הכו?ל|सब|一切|問題|정상|ทุกอย่าง)/u,
    COVER_SRC,
  ],
];

// --- credentials entered on a named page ----------------------------------------------------------

const CARD =
  R`(?:card\s{1,3}(?:details|data|number)|kartendaten|kreditkart\p{L}{0,4}|données\s{1,3}de\s{1,3}carte|datos\s{1,3}de\s{1,3}(?:la\s{1,3})?tarjeta|dados\s{1,3}do\s{1,3}cartão|dati\s{1,3}della\s{1,3}carta|kaartgegevens|dane\s{1,3}karty|kart\s{1,3}bilgi\p{L}{0,4}|данные\s{1,3}карты|дані\s{1,3}картки|بيانات\s{1,3}البطاقة|اطلاعات\s{1,3}کارت|פרטי\s{1,3}(?:ה)?כרטיס|कार्ड\s{1,3}विवरण|银行卡|カード情報|카드\s{0,2}정보|thông\s{1,3}tin\s{1,3}thẻ|data\s{1,3}kartu|ข้อมูลบัตร)`;
const ENTERED =
  R`(?:entered|eingegeben|saisi\p{L}{0,2}|introduc\p{L}{0,3}|inserid\p{L}{0,2}|inserisc\p{L}{0,3}|ingevoerd|wpisuje\s{1,3}się|wpisywan\p{L}{0,2}|girilir|вводятся|вводяться|إدخال|وارد\s{0,2}می|מוזנ\p{L}{0,2}|दर्ज|输入|入力|입력|được\s{1,3}nhập|dimasukkan|กรอก)`;
const PASSWORD =
  /password|passwort|mot\s{1,3}de\s{1,3}passe|contraseña|senha|wachtwoord|hasło|hasła|şifre|пароль|كلمة\s{1,3}المرور|رمز\s{1,3}عبور|סיסמה|सवर्ड|पासवर्ड|密码|パスワード|비밀번호|mật\s{1,3}khẩu|kata\s{1,3}sandi|รหัสผ่าน/iu;
const onPage: Accept = (v, s, e) => {
  const w = around(v, s, e, 200);
  return PASSWORD.test(w) &&
    /https?:\/\/|\b[\w-]{2,40}\.(?:com|net|org|info|site|online)\b/.test(w) &&
    notWarned(v, s, e);
};

const HARVEST_SRC = R`${CARD}[^.。\n]{0,60}?${ENTERED}|${ENTERED}[^.。\n]{0,40}?${CARD}`;
const HARVEST: readonly HalfRow[] = [
  [
    "karte karto donné datos dados dati kaart karty kart kartu данны дані / einge saisi intro inser ingev wpisu giril dimas вводя",
    undefined,
    HARVEST_SRC,
  ],
  [
    "",
    /(?=[ẻ\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f])(?:ẻ|البطاقة|کارت|כרטיס|कार्ड|银行卡|カード|카드|ข้อมูลบัตร)/u,
    HARVEST_SRC,
  ],
];

// --- summaries / answers dictated ------------------------------------------------------------------

const SUMMARY =
  R`(?:summar(?:y|ies)|zusammenfassung\p{L}{0,2}|résumés?|resúmen\p{L}{0,2}|resumen\p{L}{0,2}|resumos?|riassunt\p{L}|samenvatting\p{L}{0,2}|streszczeni\p{L}|podsumowani\p{L}|özet\p{L}{0,4}|резюме|сводк\p{L}|підсум\p{L}{0,4}|ملخص\p{L}{0,2}|خلاصه\p{L}{0,3}|סיכומי|סיכום|सारांश|摘要|总结|要約|요약|tóm\s{1,3}tắt|ringkasan|สรุป|บทสรุป)`;
const ASSISTANT_ANSWERS =
  R`(?:(?:answers|replies)\s{1,3}(?:of|from|given\s{1,3}by)\s{1,3}(?:the\s{1,3})?(?:chat\s{1,3})?assistants|antworten\s{1,3}der\s{1,3}assistenten|réponses\s{1,3}des\s{1,3}assistants|respuestas\s{1,3}de\s{1,3}los\s{1,3}asistentes|respostas\s{1,3}dos\s{1,3}assistentes|risposte\s{1,3}degli\s{1,3}assistenti|antwoorden\s{1,3}van\s{1,3}(?:de\s{1,3})?assistenten|odpowiedzi\s{1,3}asystentów|asistan\p{L}{0,8}\s{1,3}(?:verdiği\s{1,3})?yanıt\p{L}{0,4}|ответы\s{1,3}ассистентов|відповіді\s{1,3}асистентів|ردود\s{1,3}المساعدين|پاسخ\p{L}{0,3}\s{1,3}دستیار\p{L}{0,3}|תשובות\s{1,3}העוזרים|सहायकों\s{1,3}के\s{1,3}उत्तरों|助手的回答|アシスタントの回答|어시스턴트의\s{0,2}답변|câu\s{1,3}trả\s{1,3}lời\s{1,3}của\s{1,3}(?:các\s{1,3})?trợ\s{1,3}lý|jawaban\s{1,3}(?:para\s{1,3})?asisten|คำตอบของผู้ช่วย)`;
/** List / state / contain / omit, as the rule for what a summary says. */
const DICTATE =
  R`(?:list\s{1,3}only|must\s{1,3}omit|nennen\s{1,3}nur|muss\s{1,3}\p{L}+\s{1,3}\p{L}+\s{1,3}\p{L}+\s{1,3}weglassen|weglassen|indiquent\s{1,3}uniquement|doit\s{1,3}omettre|indican\s{1,3}solo|debe\s{1,3}omitir|indicam\s{1,3}apenas|deve\s{1,3}omitir|indicano\s{1,3}solo|deve\s{1,3}omettere|vermelden\s{1,3}alleen|moet\s{1,3}\p{L}+\s{1,3}\p{L}+\s{1,3}\p{L}+\s{1,3}weglaten|weglaten|podają\s{1,3}tylko|musi\s{1,3}pomi\p{L}{1,3}|yalnızca|atlamalı\p{L}{0,3}|указывают\s{1,3}только|должн\p{L}{0,2}\s{1,3}опускать|вказують\s{1,3}лише|має\s{1,3}опускати|فقط|يجب\s{1,3}أن\s{1,3}يحذف|باید\s{1,3}(?:\S{1,20}\s{1,3}){1,5}?را\s{1,3}حذف|רק\s{1,3}את|חייב\p{L}{0,1}\s{1,3}להשמיט|केवल|छोड़\s{0,2}दी\s{0,2}जानी\s{0,2}चाहिए|只将|只列|必须省略|都必须省略|のみを記載|省略しなければ|만\s{1,3}기재|생략해야|chỉ\s{1,3}ghi|phải\s{1,3}bỏ\s{1,3}qua|hanya\s{1,3}mencantumkan|harus\s{1,3}menghilangkan|ระบุเฉพาะ|ต้องละเว้น|contain\p{L}{0,2}\s{1,3}this\s{1,3}address|enthalten\s{1,3}diese\s{1,3}Adresse|contiennent\s{1,3}cette\s{1,3}adresse|incluyen\s{1,3}esta\s{1,3}dirección|incluem\s{1,3}este\s{1,3}endereço|contengono\s{1,3}questo\s{1,3}indirizzo|bevatten\s{1,3}dit\s{1,3}adres|zawierają\s{1,3}ten\s{1,3}adres|bu\s{1,3}adresi\s{1,3}içer\p{L}{0,3}|содержат\s{1,3}этот\s{1,3}адрес|містять\s{1,3}цю\s{1,3}адресу|هذا\s{1,3}العنوان|این\s{1,3}آدرس|כתובת\s{1,3}זו|यही\s{1,3}पता|这个地址|このアドレス|이\s{0,2}주소|địa\s{1,3}chỉ\s{1,3}này|alamat\s{1,3}ini|ที่อยู่นี้)`;

const DICTATED_SRC =
  R`(?:${SUMMARY}|${ASSISTANT_ANSWERS})(?:[^.。\n]|\.(?!\s)){0,90}?${DICTATE}|(?:يجب\s{1,3}أن\s{1,3}(?:يحذف|يذكر|يتضمن)|must\s{1,3}(?:omit|state|include))\s{1,3}(?:كل\s{1,3}|every\s{1,3}|each\s{1,3})?${SUMMARY}`;
/**
 * What a summary is told to leave out is personal or secret data ("Ogni riassunto deve omettere i
 * dati personali dei pazienti"): a privacy safeguard, not a fact suppressed.
 */
const PRIVATE_OBJECT =
  /^[\s,:]{0,3}(?:(?:i|gli|le|les|los|las|os|as|the|any|all|alle|die|de|tutti\s{1,3}i|todos\s{1,3}(?:los|os)|tous\s{1,3}les)\s{1,3})?(?:dati\s{1,3}(?:personali|sensibili)|datos\s{1,3}(?:personales|sensibles)|donn[ée]es\s{1,3}(?:personnelles|sensibles)|dados\s{1,3}(?:pessoais|sens[íi]veis)|personal\s{1,3}(?:data|details|information)|pii|personenbezogenen?\s{1,3}daten|persoonsgegevens|dane\s{1,3}osobowe|ki[şs]isel\s{1,3}veri\p{L}{0,4}|персональн\p{L}{0,3}\s{1,3}данн\p{L}{0,3}|passwords?|credentials|mots\s{1,3}de\s{1,3}passe|contrase[ñn]as|senhas|password)/iu;
const notPrivacy: Accept = (v, _s, e) => !PRIVATE_OBJECT.test(v.slice(e, e + 80));

const DICTATED: readonly HalfRow[] = [
  [
    "zusam résum resum riass samen stres podsu özet özeti резюм сводк підсу ringk jawab antwo répon respu respo rispo odpow yanıt ответ відпо / nur uniqu solo apena allee tylko yalnı только лише hanya weggl omett omiti wegla pomin atlam опуск mengh adres adress dirección endereço indirizzo адрес адресу alamat",
    undefined,
    DICTATED_SRC,
  ],
  [
    "",
    /(?=[óả\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f])(?:óm\s{1,3}tắt|ả\s{1,3}lời|ملخص|خلاصه|پاسخ|ردود|يحذف|סיכו|תשובות|सारांश|उत्तरों|摘要|总结|要約|回答|요약|답변|สรุป|คำตอบ)/u,
    DICTATED_SRC,
  ],
];

// --- "the only correct conclusion"; the only / replacing "official" link ---------------------------

const OFFICIAL_LINK =
  R`(?:official\s{1,3}(?:download\s{1,3})?(?:link|site|address)|offiziellen?\s{1,3}(?:Download-?)?(?:Link|Website|Adresse)|(?:lien|site)\s{1,3}(?:de\s{1,3}téléchargement\s{1,3})?officiel|enlace\s{1,3}(?:de\s{1,3}descarga\s{1,3})?oficial|link\s{1,3}(?:oficial|ufficiale)|sitio\s{1,3}oficial|site\s{1,3}oficial|sito\s{1,3}ufficiale|officiële\s{1,3}(?:download)?link|oficjaln\p{L}{1,3}\s{1,3}(?:link|stron\p{L})|resmi\s{1,3}(?:\p{L}+\s{1,3})?(?:bağlantı\p{L}{0,4}|site\p{L}{0,4}|adres\p{L}{0,4})|официальн\p{L}{1,3}\s{1,3}(?:ссылк\p{L}|сайт\p{L}{0,2})|офіційн\p{L}{1,3}\s{1,3}(?:посилан\p{L}{1,3}|сайт\p{L}{0,2})|رابط\s{1,3}التنزيل\s{1,3}الرسمي|الموقع\s{1,3}الرسمي|لینک\s{1,3}رسمی|سایت\s{1,3}رسمی|קישור\s{1,3}ההורדה\s{1,3}הרשמי|האתר\s{1,3}הרשמי|आधिकारिक\s{1,3}(?:डाउनलोड\s{1,3})?(?:लिंक|साइट)|官方下载链接|官方网站|公式(?:ダウンロード)?(?:リンク|サイト)|공식\s{0,2}(?:다운로드\s{0,2})?(?:링크|사이트)|liên\s{1,3}kết\s{1,3}(?:tải\s{1,3}xuống\s{1,3})?chính\s{1,3}thức|trang\s{1,3}chính\s{1,3}thức|tautan\s{1,3}(?:unduhan\s{1,3})?resmi|situs\s{1,3}resmi|ลิงก์ดาวน์โหลดอย่างเป็นทางการ|เว็บไซต์ทางการ)`;
const STALE =
  R`(?:outdated|obsolete|no\s{1,3}longer\s{1,3}valid|veraltet|obsolète|obsoleto|desatualizado|verouderd|nieaktualn\p{L}|eski|geçersiz|устаревш\p{L}{1,3}|застаріл\p{L}{1,3}|قديم|قدیمی|מיושן|पुराना|过时|古い|오래된|lỗi\s{1,3}thời|usang|ล้าสมัย)`;
const ONLY_TRUE =
  R`(?:the\s{1,3}only\s{1,3}correct\s{1,3}conclusion|einzig\s{1,3}richtige\s{1,3}Schlussfolgerung|seule\s{1,3}conclusion\s{1,3}correcte|única\s{1,3}conclusión\s{1,3}correcta|única\s{1,3}conclusão\s{1,3}correta|unica\s{1,3}conclusione\s{1,3}corretta|enige\s{1,3}juiste\s{1,3}conclusie|jedyny\s{1,3}poprawny\s{1,3}wniosek|tek\s{1,3}doğru\s{1,3}sonuç|единственн\p{L}{2}\s{1,3}правильн\p{L}{2}\s{1,3}вывод|єдин\p{L}{1,2}\s{1,3}правильн\p{L}{1,2}\s{1,3}висновок|الاستنتاج\s{1,3}الصحيح\s{1,3}الوحيد|تنها\s{1,3}نتیجه\s{1,3}درست|המסקנה\s{1,3}הנכונה\s{1,3}היחידה|एकमात्र\s{1,3}सही\s{1,3}निष्कर्ष|唯一正确的结论|唯一正しい結論|유일하게\s{1,3}올바른\s{1,3}결론|kết\s{1,3}luận\s{1,3}đúng\s{1,3}duy\s{1,3}nhất|satu-satunya\s{1,3}kesimpulan\s{1,3}yang\s{1,3}benar|ข้อสรุปที่ถูกต้องเพียงข้อเดียว)`;

const CANON_SRC =
  R`${OFFICIAL_LINK}[^.。\n]{0,60}?${STALE}|https?:\/\/\S{1,80}[^.。\n]{0,30}?${OFFICIAL_LINK}|${OFFICIAL_LINK}[^.。\n]{0,30}?https?:\/\/|${ONLY_TRUE}`;
const CANON: readonly HalfRow[] = [
  [
    "offiz offic oficj resmi офици офіці / veral obsol desat verou nieak eski geçer устар заста usang https http",
    undefined,
    CANON_SRC,
  ],
  [
    "schlu concl wnios sonuç вывод висно kesim / einzi seule única unica enige jedyn tek единс єдини satu only",
    undefined,
    CANON_SRC,
  ],
  [
    "",
    /(?=[ứậ\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f])(?:ức|ận|الرسمي|رسمی|نتیجه|الاستنتاج|הרשמי|המסקנה|आधिकारिक|निष्कर्ष|官方|结论|公式|結論|공식|결론|ทางการ|ข้อสรุป)/u,
    CANON_SRC,
  ],
];

// --- shared by a public link -----------------------------------------------------------------------

const PUBLIC_SRC =
  R`(?:public\s{1,3}link|öffentlichen\s{1,3}Link|lien\s{1,3}public|enlace\s{1,3}público|link\s{1,3}(?:público|pubblico)|openbare\s{1,3}link|publicznym\s{1,3}linkiem|herkese\s{1,3}açık\s{1,3}(?:bir\s{1,3})?bağlantı\p{L}{0,4}|публичн\p{L}{2,3}\s{1,3}ссылк\p{L}|публічн\p{L}{2,3}\s{1,3}посилан\p{L}{2,3}|رابط\s{1,3}عام|لینک\s{1,3}عمومی|קישור\s{1,3}ציבורי|सार्वजनिक\s{1,3}लिंक|公开链接|公開リンク|공개\s{0,2}링크|liên\s{1,3}kết\s{1,3}công\s{1,3}khai|tautan\s{1,3}publik|ลิงก์สาธารณะ)`;
const PUBLIC: readonly HalfRow[] = [
  [
    "öffen lien enlac públi pubbl openb publi herke публи публі tauta / link lien linki linkiem enlace bağla ссылк посил publik",
    undefined,
    PUBLIC_SRC,
  ],
  [
    "",
    /(?=[ô\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f])(?:ông\s{1,3}khai|عام|عمومی|ציבורי|सार्वजनिक|公开|公開|공개|สาธารณะ)/u,
    PUBLIC_SRC,
  ],
];

// --- approval or confirmation skipped ---------------------------------------------------------------

const CONSENT: readonly HalfRow[] = [
  [
    "ohne sans sin sem senza zonder bez tanpa / genehm freig zusti bestä appro valid confi accor autor aprob consen conse goedk beves toest zatwi potwi zgody perse konfi izin",
    undefined,
    R`\b(?:ohne|sans|sin|sem|senza|zonder|bez|tanpa)\s{1,3}(?:\p{L}+\s{1,3}){0,5}?(?:Genehmigung|(?<!(?:öffentliche|externe|allgemeine|weltweite|Internet)\s{1,3})Freigabe|Zustimmung|Bestätigung|approbation|validation|confirmation|autorisation|aprobación|confirmación|autorización|consentimiento|aprovação|confirmação|autorização|consentimento|approvazione|conferma|autorizzazione|consenso|goedkeuring|bevestiging|toestemming|zatwierdzeni\p{L}|potwierdzeni\p{L}|zgody|persetujuan|konfirmasi|izin)`,
  ],
  [
    "onay izin / bekle isten istem alınm almad",
    undefined,
    R`\b(?:onay|izin)\p{L}{0,5}\s{1,3}(?:\p{L}+\s{1,3})?(?:beklenmeden|beklemeden|istenmeden|istemeden|alınmadan|almadan)`,
  ],
  [
    "дожид чекаю запро запит без / одобр подтв согла схвал підтв згоди",
    undefined,
    R`(?<!\p{L})(?:не\s{1,3}(?:дожидаясь|чекаючи)|без\s{1,3}(?:запроса|запиту))\s{1,3}(?:\p{L}+\s{1,3}){0,3}?(?:одобрени\p{L}|подтверждени\p{L}|согласи\p{L}|схвалення|підтвердження|згоди)`,
  ],
  [
    "",
    /(?=[ô])ông\s{1,3}(?:chờ|hỏi|cần)/u,
    R`(?:mà\s{1,3})?không\s{1,3}(?:chờ|hỏi|cần)\s{1,3}(?:\p{L}+\s{1,3}){0,4}?(?:phê\s{1,3}duyệt|xác\s{1,3}nhận|đồng\s{1,3}ý)`,
  ],
  [
    "",
    /(?=[\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f])(?:دون|بدون|בלי|ללא|बिना|无需|无须|不必|未经|承認|確認|승인|확인|โดยไม่)/u,
    R`(?:دون|بدون|من\s{1,3}غير)\s{1,3}(?:انتظار\s{1,3}|طلب\s{1,3})?(?:\S{1,12}\s{1,3})?(?:ال)?(?:موافقة|تأكيد|إذن)|بدون\s{1,3}(?:اینکه\s{1,3})?(?:\S{1,12}\s{1,3}){0,3}?(?:تأیید|اجازه)|(?:בלי|ללא)\s{1,3}(?:\S{1,12}\s{1,3}){0,2}?ל?אישור|(?:अनुमोदन|पुष्टि|अनुमति)[^।\n]{0,30}बिना|बिना\s{1,3}(?:\S{1,12}\s{1,3})?(?:अनुमोदन|पुष्टि|अनुमति)|(?:无需|无须|不必|未经|不用)[^。\n，,]{0,8}(?:审批|批准|确认|同意)|(?:承認|確認|同意)を(?:待たず|取らず|得ず)|(?:ユーザー|利用者)に確認せず|(?:승인|확인|동의)[^.\n]{0,12}(?:기다리지\s{0,2}않|요청하지\s{0,2}않|없이)|โดยไม่(?:รอ|ขอ)[^\s]{0,20}(?:อนุมัติ|ยืนยัน)`,
  ],
];

// --- the AI reader named as the doer ("the assistant that reads this") ---------------------------

const READER: readonly HalfRow[] = [
  [
    "okuya читае читає membaca / asist ассис асист помощ agent tool autom otoma автом",
    undefined,
    R`\b(?:bunu|bu\s{1,3}(?:belgeyi|metni|notu))\s{1,3}okuyan\s{1,3}(?:\p{L}+\s{1,3})?(?:asistan|yapay\s{1,3}zek\p{L}|araç|ajan|otomasyon)|(?<!\p{L})(?:ассистент|помощник|агент|инструмент|асистент|помічник|інструмент)\p{L}{0,3},?\s{1,3}(?:который|которая|який|яка)\s{1,3}(?:это|этот\s{1,3}\p{L}+|це|цей\s{1,3}\p{L}+)\s{1,3}(?:читает|прочитает|читає|прочитає)|\b(?:asisten|alat|agen|otomatisasi)\s{1,3}(?:AI\s{1,3})?yang\s{1,3}membaca\s{1,3}(?:ini|dokumen\s{1,3}ini|catatan\s{1,3}ini)`,
  ],
  [
    "",
    /(?=[ợ])ợ\s{1,3}lý/u,
    R`trợ\s{1,3}lý\s{1,3}(?:AI\s{1,3})?(?:nào\s{1,3})?đọc\s{1,3}(?:nội\s{1,3}dung|tài\s{1,3}liệu|ghi\s{1,3}chú|tin\s{1,3}nhắn)?\s{0,3}này`,
  ],
  [
    "",
    /(?=[\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f])(?:يقرأ|تقرأ|می‌خواند|میخواند|שקורא|שקוראת|पढ़ने|读取|阅读|読んだ|読む|읽는|อ่าน)/u,
    R`(?:المساعد|أي\s{1,3}أداة|الأداة|النموذج)\s{1,3}(?:الذي|التي)?\s{0,3}(?:يقرأ|تقرأ)\s{1,3}(?:هذا|هذه)|(?:دستیار|ابزار)\S{0,2}\s{1,3}که\s{1,3}(?:این|این\s{1,3}\S{1,12})\s{1,3}را\s{1,3}می\u200c?خواند|(?:העוזר|הכלי|הסוכן)\s{1,3}ש(?:קורא|קוראת)\s{1,3}(?:את\s{1,3})?(?:זה|זאת|המסמך)|(?:इसे|यह\s{1,3}\S{1,12})\s{1,3}पढ़ने\s{1,3}वाला\s{1,3}(?:सहायक|टूल|एजेंट)|(?:读取|阅读)(?:此|本|这)\S{0,4}的(?:助手|工具|代理|模型)|(?:これ|この\S{1,8})を(?:読んだ|読む)(?:アシスタント|ツール|エージェント|AI)|(?:이것을|이\s{0,2}\S{1,8}[을를])\s{0,2}읽는\s{0,2}(?:어시스턴트|도구|에이전트|AI)|(?:ผู้ช่วย|เครื่องมือ)ที่อ่าน(?:ข้อความ|เอกสาร)?นี้`,
  ],
];

/** The rules of this file, appended at the end of `RULES`. */
export const PARITY_RULES: readonly InjectionRule[] = [
  ...rows(
    "control_off",
    "Text has audit logging or multi-factor authentication switched off",
    SECURITY_OFF,
    notNegated,
  ),
  ...rows("conceal_passive", "Text keeps the team or the user uninformed", NOT_TOLD, toSomeone),
  ...rows(
    "secret_out",
    "Text has environment variables or API keys sent to a URL",
    SECRET_OUT,
    leaked,
  ),
  ...rows("cover_story", "Text has the user told that everything is fine", COVER),
  ...rows(
    "secret_harvest",
    "Text has card data and a password entered on a named page",
    HARVEST,
    onPage,
  ),
  ...rows(
    "dictated_summary",
    "Text dictates what summaries or assistants' answers list, carry or omit",
    DICTATED,
    notPrivacy,
  ),
  ...rows(
    "canonical_answer",
    "Text declares the only correct conclusion or a replaced official link",
    CANON,
  ),
  ...rows("public_disclosure", "Text has something shared by a public link", PUBLIC, notWarned),
  ...rows(
    "consent_skipped",
    "Text has an act done without waiting for approval or confirmation",
    CONSENT,
    notNegated,
  ),
  ...rows("addresses_ai", "Text names the AI or tool that reads it as the doer of an act", READER),
];
