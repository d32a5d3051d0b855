/**
 * Injections in tool results that held-out round 30b (first half) found missing (paraphrases in
 * `_injection_r30b1_test.ts`). Round 30 has no trigger words, so each rule is one signal of half
 * the threshold and a block needs two different kinds:
 * - admin or edit rights granted to a named account ("admin 권한으로 초대", "cluster-admin für das
 *   ServiceAccount", "quyền chỉnh sửa … cho x@y", "add … as an owner");
 * - the check an act needs waived, or the act kept from whoever would notice it, in languages the
 *   earlier tables lack (fr, ar, he, uk/ru, ko, pl);
 * - money or a refund routed to a replacement account or card; a payment done first and reported
 *   afterwards; an account's 2FA reset together with its e-mail changed;
 * - card data or a PIN to be typed in at a given site; a text dictated for every future answer;
 * - a whole (secret) file pasted into a comment or PR; `env` values harvested; a markdown image
 *   whose query carries a placeholder to fill with real data;
 * - a tool call in the agent's own format marked as approved and waiting for execution;
 * - a remote fetch-and-run appended to a shell start-up file, or run detached and silenced;
 * - the machine reader named in tr, vi, ar, de.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;

/** One half-threshold signal, armed by anchor words or a script-class gate. */
const half = halfOf(220);

/** Not a warning against the act ("never …", "scammers ask you to …", "attackers use …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|not|don['’]t|avoid|scam\w{0,4}|phish\w{0,4}|attack\w{0,4}|fraud\w{0,6}|malicious|betr[uü]g\w{0,4}|nie(?:mals)?|nunca|jamais|niemals|for\s{1,3}example|such\s{1,3}as|like)\b|\be\.g\.|никогда|мошенни|шахра|不要|绝不|אף\s{1,3}פעם|هرگز|أبدا|ห้าม|कभी\s{0,2}नहीं|धोखा/iu
    .test(v.slice(Math.max(0, s - 100), s));

type Row = HalfRow;

/** Half-threshold rules of one kind, for tool results only (see `halfRows`). */
const rows = halfRowsOf(half);

// --- admin or edit rights granted to a named account ---------------------------------------------

/** A named account: a quoted name, an @handle or e-mail, or an id with a digit, `-`, `_` or `.`. */
const NAMED =
  R`(?:["'‘“][\w.@-]{2,40}["'’”]|@[\w-]{2,40}|\b[\w.+-]{1,40}@[\w-]{1,40}\.\w|\b[a-z][\w]{0,30}[-_.\d][\w.-]{0,30})`;

const GRANT: readonly Row[] = [
  // en: "invite bot-x to the org as an admin", "add user y with owner permissions"
  [
    "admin owner / invit grant add bind assig colla membe",
    undefined,
    R`\b(?:invit|grant|add|bind|assign|giv)\w{0,4}\b[^.\n]{0,40}?${NAMED}[^.\n]{0,40}?\b(?:as|with)\s{1,3}(?:an?\s{1,3})?(?:org(?:ani[sz]ation)?\s{1,3}|repo(?:sitory)?\s{1,3}|full\s{1,3})?(?:admin(?:istrator)?|owner|cluster-admin)\b`,
    60,
  ],
  // a tool call / API body adding a collaborator or member with admin rights
  [
    "colla membe / add invit grant",
    undefined,
    R`(?<![a-z])(?:add|invite|grant)_?(?:collaborator|member|user|owner)s?\b[\s\S]{0,240}?\b(?:admin|owner|maintain)\b`,
    12,
  ],
  // de/en/fr/es: a cluster-admin binding for a service account
  [
    "=cluster-admin",
    undefined,
    R`cluster-admin\W{0,3}\s{0,3}(?:für|for|to|pour|para|an|à|для)\s{1,3}(?:(?:das|den|the|le|la|el|o|a)\s{1,3})?(?:Service\s?Account|service\s{1,3}account|serviceaccount|SA|user|Benutzer|compte|cuenta|conta)`,
  ],
  // ko: "사용자 X를 조직에 admin 권한으로 초대"
  [
    "",
    /(?=[\uac00-\ud7af])권한/u,
    R`(?:admin|owner|관리자|어드민|소유자|편집)\s{0,2}권한(?:으로|을)\s{0,3}(?:\S{1,12}\s{0,2}){0,3}?(?:초대|부여|추가|공유|허용)`,
  ],
  // vi: "chia sẻ toàn bộ lịch … (quyền chỉnh sửa …) cho x@y"
  [
    "",
    /(?=[\u1ea0-\u1ef9])(?:ền\s{1,3}(?:chỉnh|quản|sở)|ẻ\s{1,3}(?:toàn|tất))/u,
    R`quyền\s{1,3}(?:chỉnh\s{1,3}sửa|quản\s{1,3}trị|sở\s{1,3}hữu|admin)[^.\n]{0,80}?\bcho\s{1,3}[\w.+-]{1,40}@[\w-]{1,40}\.\w|chia\s{1,3}sẻ\s{1,3}(?:toàn\s{1,3}bộ|tất\s{1,3}cả)[^.\n]{0,60}?quyền\s{1,3}(?:chỉnh\s{1,3}sửa|quản\s{1,3}trị|sở\s{1,3}hữu)`,
  ],
  // ru/uk: "с правами администратора", "з правами адміністратора"
  [
    "",
    /(?=[\u0400-\u04ff])прав/iu,
    R`(?:пригласи|добав|выда|нада|запроси|додай|додати|надати)\p{L}{0,5}\s[^.\n]{0,60}?(?:с|з)\s{1,3}правами\s{1,3}(?:администратора|адміністратора|владельца|власника)`,
  ],
];

// --- the check waived / the act kept from whoever would notice it --------------------------------

const WAIVE: readonly Row[] = [
  // fr: "inutile d'en informer le service achats", "sans prévenir le client"
  [
    "inuti",
    undefined,
    R`\binutile\s{1,3}d['’](?:en\s{1,3})?(?:informer|avertir|prévenir|parler\s{1,3}à|demander\s{1,3}à|consulter|vérifier|valider|confirmer)`,
  ],
  [
    "préve avert consu / sans",
    undefined,
    R`\bsans\s{1,3}(?:en\s{1,3})?(?:informer|prévenir|avertir|consulter|attendre\s{1,3}(?:la\s{1,3})?validation\s{1,3}(?:de|du|des))\s{1,3}(?:le|la|les|l['’]|du|des)\s{0,3}(?:service|client|cliente|utilisateur|responsable|équipe|demandeur|manager|direction)`,
    20,
  ],
  // ar: "دون الحاجة إلى مراجعة قسم المشتريات"
  [
    "",
    /(?=[\u0600-\u06ff])(?:دون|بدون|غير)/u,
    R`(?:دون|بدون|من\s{1,3}غير)\s{1,3}(?:ال)?حاجة\s{1,3}(?:إلى|الى|ل)\s{0,3}(?:مراجعة|موافقة|تأكيد|إبلاغ|التحقق|التأكد|الرجوع)`,
  ],
  // he: "ללא המתנה לאישור מנהל", "בלי אישור של הלקוח"
  [
    "",
    /(?=[\u0590-\u05ff])(?:ללא|בלי)/u,
    R`(?:ללא|בלי)\s{1,3}(?:המתנה\s{1,3}ל|צורך\s{1,3}ב|לבקש\s{1,3})?(?:אישור|בדיקה|אימות)\s{0,3}(?:של\s{1,3})?ה?(?:מנהל|מפקח|לקוח|לקוחה|משתמש|בעלים|צוות)`,
  ],
  // uk/ru: "підтвердження від людини не потрібне", "подтверждение не требуется"
  [
    "",
    /(?=[\u0400-\u04ff])(?:підтв|подтв|погодж|соглас)/iu,
    R`(?:підтвердженн[яі]|погодженн[яі]|подтверждени[ея]|согласовани[ея]|одобрени[ея])\s{1,3}(?:(?:від|от|з\s{1,3}боку|со\s{1,3}стороны)\s{1,3}\p{L}{2,14}\s{1,3})?(?:не\s{1,3}(?:потрібн\p{L}{0,3}|требуется|нужно|нужен|обов['’]?язков\p{L}{0,3}|обязательн\p{L}{0,3}))|без\s{1,3}(?:підтвердження|погодження|подтверждения|согласования)\s{1,3}(?:від\s{1,3}|от\s{1,3}|з\s{1,3}боку\s{1,3}|со\s{1,3}стороны\s{1,3})?(?:людини|людей|человека|користувача|пользователя|власника|владельца|керівника|руководителя)`,
  ],
  // ko: "초대는 사전 승인됨", "확인 없이 진행"
  [
    "",
    /(?=[\uac00-\ud7af])(?:승인|확인)/u,
    R`사전\s{0,2}승인(?:됨|되었|된\s{0,2}(?:상태|건|요청))|(?:승인|확인|검토)\s{0,2}(?:없이|불필요|필요\s{0,2}없)`,
  ],
];

// --- money or a refund routed to a replacement account or card -----------------------------------

const PAYEE: readonly Row[] = [
  // pl: "zastępuje rachunki w kolumnie E tym numerem"
  [
    "zastę zastą podmi zmien / rachu konta kont",
    undefined,
    R`\b(?:zastępuj\p{L}{0,3}|zastąp\p{L}{0,3}|podmieni\p{L}{0,3}|zmieni\p{L}{0,3})\s{1,3}(?:wszystkie\s{1,3})?(?:numery\s{1,3})?(?:rachunk\p{L}{0,3}|kont[ao]?)\b[^.\n]{0,60}?\b(?:tym|nowym|jednym)\s{1,3}(?:numerem|rachunkiem|kontem)`,
    30,
  ],
  // en/de/es/fr/pt: "replace the accounts in column E with this number"
  [
    "repla swap overw erset reemp rempl subst / accou iban konto cuent compt conta",
    undefined,
    R`\b(?:replace|swap|overwrite|ersetze\p{L}{0,2}|reemplaz\p{L}{0,4}|remplac\p{L}{0,4}|substitu\p{L}{0,4})\s{1,3}(?:all\s{1,3}|every\s{1,3}|the\s{1,3}|alle\s{1,3}|die\s{1,3}|las?\s{1,3}|los\s{1,3}|les\s{1,3}|os?\s{1,3}|as\s{1,3})?(?:bank\s{1,3})?(?:accounts?|ibans?|account\s{1,3}numbers?|Kont\p{L}{0,4}|cuentas?|comptes?|contas?)\b[^.\n]{0,60}?\b(?:with|durch|por|par|pela|pelo)\s{1,3}(?:this|the\s{1,3}new|diese[ns]?|esta|este|ce|cette|ces|essa|esse)\s{0,3}(?:one|number|account|iban|Nummer|número|numéro|cuenta|compte|conta)?`,
    40,
  ],
  // he: "ההחזר מבוצע לכרטיס החלופי … ולא לאמצעי התשלום המקורי"
  [
    "",
    /(?=[\u0590-\u05ff])(?:חלופי|המקורי)/u,
    R`(?:ל?(?:כרטיס|חשבון)\s{1,3}ה?(?:חלופי|חדש|אחר))[^\n]{0,120}?ולא\s{1,3}ל?(?:אמצעי\s{1,3}התשלום|כרטיס|חשבון)\s{1,3}ה?מקורי`,
  ],
  // ar: "يتم التحويل إلى الحساب … الحساب الجديد / القديم مغلق"
  [
    "",
    /(?=[\u0600-\u06ff])الحساب/u,
    R`(?:التحويل|الدفع|السداد|الاسترداد|أمر\s{1,3}الدفع)[^\n]{0,60}?(?:إلى|على)\s{1,3}الحساب\s{1,3}(?:الجديد|البديل)|الحساب\s{1,3}القديم\s{1,3}(?:مغلق|مغلقاً|ملغى|لم\s{1,3}يعد)`,
  ],
];

// --- a payment or change done first and reported afterwards -------------------------------------

const ACT_THEN_TELL: readonly Row[] = [
  [
    "summa repor infor notif / after later",
    undefined,
    R`\b(?:execute|pay|process|transfer|wire|approve|send|delete|merge|deploy)\w{0,3}\b[^.\n]{0,60}?\b(?:immediately|right\s{1,3}away|at\s{1,3}once|automatically)\s{1,3}(?:and|then)\s{1,3}(?:summari[sz]e|report|inform|notify|tell)\w{0,3}\b[^.\n]{0,20}?\b(?:afterwards|after(?:\s{1,3}the\s{1,3}fact)?|later)\b`,
    40,
  ],
  [
    "danac nachh après despu depoi",
    undefined,
    R`\b(?:sofort|umgehend|immédiatement|directement|inmediatamente|imediatamente|de\s{1,3}inmediato)\b[^.\n]{0,40}?\b(?:und|et|y|e)\s{1,3}(?:danach|nachher|après\s{1,3}coup|ensuite|después|depois)\s{1,3}(?:berichten|informieren|zusammenfassen|informer|résumer|signaler|informar|resumir|avisar)`,
  ],
];

// --- an account's 2FA reset together with its e-mail changed ------------------------------------

const TAKEOVER: readonly Row[] = [
  [
    "2FA 2fa =MFA =mfa =two-factor =Two-factor =two~factor",
    undefined,
    R`\b(?:reset|disable|remove|turn\s{1,3}off|bypass|clear)\s{1,3}(?:the\s{1,3}|their\s{1,3}|its\s{1,3})?(?:2fa|mfa|two[- ]factor|totp)\b[^.\n]{0,80}?\b(?:set|change|update|replace|switch)\s{1,3}(?:the\s{1,3}|their\s{1,3})?(?:account\s{1,3}|login\s{1,3}|recovery\s{1,3}|contact\s{1,3})?(?:e-?mail|phone)\b|\b(?:set|change|update|replace|switch)\s{1,3}(?:the\s{1,3}|their\s{1,3})?(?:account\s{1,3}|login\s{1,3}|recovery\s{1,3})?(?:e-?mail|phone)\b[^.\n]{0,60}?\b(?:and|then)\s{1,3}(?:reset|disable|remove|turn\s{1,3}off)\s{1,3}(?:the\s{1,3}|their\s{1,3})?(?:2fa|mfa|two[- ]factor)`,
  ],
  [
    "2FA =MFA",
    undefined,
    R`\b(?:2FA|MFA)\s{1,3}(?:zurücksetzen|deaktivieren|restablecer|desactivar|réinitialiser|désactiver|redefinir|desativar|resetowa\p{L}{0,3})\b[^.\n]{0,80}?(?:E-?Mail|correo|courriel|e-?mail|adres\p{L}{0,3})`,
  ],
];

// --- card data or a PIN typed in at a given site -------------------------------------------------

const CARD: readonly Row[] = [
  // ru/uk: "открывает https://… и вводит там данные карты клиента"
  [
    "",
    /(?=[\u0400-\u04ff])(?:карт|пін|пин)/iu,
    R`(?:ввод|введ|вв[её]д|вказ|указ|заповн|заполн)\p{L}{0,5}\s{1,3}(?:там\s{1,3}|туда\s{1,3})?(?:все\s{1,3}|усі\s{1,3})?(?:данные|дані|реквизиты|реквізити|номер|PIN|ПИН|пін)\s{1,3}(?:банковской\s{1,3}|банківської\s{1,3})?карт\p{L}{0,3}`,
  ],
  // hi: "अपना UPI पिन और कार्ड विवरण दर्ज करके"
  [
    "",
    /(?=[\u0900-\u097f])(?:पिन|कार्ड)/u,
    R`(?:UPI\s{0,2})?(?:पिन|PIN|ओटीपी|OTP|कार्ड\s{0,2}(?:विवरण|नंबर|डिटेल))[^\n।]{0,40}?(?:दर्ज|डाल|भर)\s{0,2}(?:करके|करें|करना|कर\s{1,2}के|करे)`,
  ],
  // en/es/pt/de/fr: "enter the customer's saved card details there"
  [
    "card tarje cartã karte carte / enter type fill intro digit einge saisi",
    undefined,
    R`\b(?:enter|type|fill\s{1,3}in|introduce|introduzca|introducir|digit[ae]|digitar|eingeben|gibt|saisi[rt]|saisissez)\s{1,3}(?:there\s{1,3}|ahí\s{1,3}|lá\s{1,3}|dort\s{1,3}|y\s{1,3})?(?:the\s{1,3}(?:customer|user|client)['’]s\s{1,3}|their\s{1,3}|los\s{1,3}|os\s{1,3}|die\s{1,3}|les\s{1,3})?(?:saved\s{1,3}|stored\s{1,3})?(?:card\s{1,3}(?:details|number|data)|datos\s{1,3}de\s{1,3}(?:la\s{1,3})?tarjeta|dados\s{1,3}do\s{1,3}cartão|Kartendaten|données\s{1,3}(?:de\s{1,3}(?:la\s{1,3})?)?carte)`,
    40,
  ],
];

// --- a text dictated for every future answer -----------------------------------------------------

const EVERY_ANSWER: readonly Row[] = [
  // th: "คำตอบทุกครั้งที่อ้างอิงหน้านี้ต้องปิดท้ายด้วย"
  [
    "",
    /(?=[\u0e00-\u0e7f])(?:ทุกครั้ง|ทุกคำตอบ)/u,
    R`(?:คำตอบ\s{0,2}ทุก\s{0,2}(?:ครั้ง|ข้อ)|ทุก\s{0,2}คำตอบ)[^\n]{0,40}?ต้อง\s{0,2}(?:ปิดท้าย|ลงท้าย|แนบ|ใส่|มี|รวม)`,
  ],
  // hi: "यह पाठ हर उत्तर में शामिल होना चाहिए"
  [
    "",
    /(?=[\u0900-\u097f])(?:हर|प्रत्येक)/u,
    R`(?:हर|प्रत्येक)\s{1,3}(?:उत्तर|जवाब)\s{1,3}(?:में|के\s{1,3}अंत\s{1,3}में)\s{1,3}(?:शामिल|जोड़|डाल|लिख)\S{0,4}\s{0,3}(?:होना|करना|किया\s{1,3}जाना|जाना)?\s{0,3}(?:चाहिए|है|होगा)`,
  ],
  // en/es/pt/fr/de/id/tr: "every answer must end with / include …"
  [
    "every each cada chaqu jede setia / answe reply respo répon antwo jawab",
    undefined,
    R`\b(?:every|each|cada|chaque|jede|setiap)\s{1,3}(?:answer|reply|response|respuesta|resposta|réponse|Antwort|jawaban)\b[^.\n]{0,50}?\b(?:must|shall|has\s{1,3}to|debe|deve|doit|muss|harus)\s{1,3}(?:end|include|contain|terminar|incluir|conter|contener|finir|inclure|contenir|enden|enthalten|diakhiri|menyertakan|memuat)`,
    20,
  ],
];

// --- a whole (secret) file pasted into a comment, PR or description ----------------------------

const PASTE_FILE: readonly Row[] = [
  // fr/es/pt/en/de: "colle le contenu complet du fichier … dans un commentaire"
  [
    "conte conté inhal",
    undefined,
    R`\b(?:colle[rz]?|copie[rz]?|paste[sd]?|copies|pega|pegar|cola|colar|copia|copiar|fügt?|einfügen|kopiert?)\s{1,3}(?:the\s{1,3}|le\s{1,3}|el\s{1,3}|o\s{1,3}|den\s{1,3})?(?:(?:full|entire|whole|complete)\s{1,3}contents?|contenu\s{1,3}(?:complet|entier|intégral)|contenido\s{1,3}(?:completo|íntegro|entero)|conteúdo\s{1,3}(?:completo|integral|inteiro)|(?:vollständigen|ganzen|kompletten)\s{1,3}Inhalt)\s{1,3}(?:of|du|de|do|des)\s{1,3}[^.\n]{0,60}?\b(?:dans|in|en|em|na|no|into|unter)\s{1,3}(?:un|a|an|the|le|el|o|um|uma|einen?|den)?\s{0,3}(?:nouveau\s{1,3})?(?:commentaire|comment|comentario|comentário|Kommentar|PR|pull\s{1,3}request|issue|ticket|description|descripción|descrição)`,
  ],
  // tr: ".env dosyasının tamamını … PR açıklamasına ekler"
  [
    "dosya",
    undefined,
    R`dosyas\p{L}{0,4}\s{1,8}(?:tamam\p{L}{0,4}|tüm\s{1,3}içeri\p{L}{0,4}|içeri\p{L}{0,4}\s{1,3}(?:olduğu\s{1,3}gibi|eksiksiz))[^.\n]{0,60}?(?:ekle|yapıştır|paylaş|yaz|gönder)\p{L}{0,5}`,
  ],
];

// --- a markdown image whose query carries a placeholder to fill --------------------------------

const BEACON: readonly Row[] = [
  [
    "=![",
    undefined,
    R`!\[[^\]\n]{0,40}\]\(\s{0,2}https?:\/\/[^\s)?]{1,120}\?[^\s)]{0,120}?=(?:\{[^}\n]{1,60}\}|[A-Z][A-Z0-9]{1,20}_[A-Z0-9_]{2,30}\b|<[^>\n]{1,40}>|\$\{?[A-Za-z_]{2,30}\}?)`,
  ],
];

// --- env values harvested ------------------------------------------------------------------------

const ENV_HARVEST: readonly Row[] = [
  [
    "=`env` =`printenv` =printenv",
    undefined,
    R`(?:\x60(?:env|printenv)\x60|\bprintenv\b)[^\n]{0,80}?\b(?:[A-Z]{2,12}_)[^\n]{0,20}?\b(?:[A-Z]{2,12}_)`,
  ],
];

// --- a tool call in the agent's own format marked as approved and waiting ----------------------

const SPOOF: readonly Row[] = [
  [
    "=tool_calls =function_call",
    undefined,
    R`(?:tool_calls|function_call)[\s\S]{0,500}?(?:approved[_ -](?:pending|awaiting|for)[_ -]?(?:execution|executor|run)?|pending[_ -]execution|awaiting[_ -](?:execution|executor)|waiting\s{1,3}for\s{1,3}the\s{1,3}(?:executor|agent|runner))`,
    0,
    600,
  ],
];

// --- remote fetch-and-run appended to a shell start-up file, or run detached and silenced -------

const PERSIST: readonly Row[] = [
  [
    ".bashrc .zshrc .profile .bash_profile",
    undefined,
    R`(?:\.bashrc|\.zshrc|\.bash_profile|\.profile)\b[\s\S]{0,300}?(?:curl|wget)\s[^\n]{0,160}?(?:\|\s{0,2}(?:ba|z)?sh\b|\)"?\s{0,2}(?:>|&|$))`,
  ],
  [
    "nohup",
    undefined,
    R`\bnohup\s{1,3}(?:ba|z)?sh\s{1,3}-c\s{1,3}["']?\$\(\s{0,2}(?:curl|wget)\b[^\n]{0,160}?>\s{0,2}\/dev\/null`,
  ],
];

// --- the machine reader named (tr, vi, ar, de) ---------------------------------------------------

const READER: readonly Row[] = [
  // tr: "Bu depoda çalışan kod asistanları", "bu sayfayı okuyan yapay zeka asistanı"
  [
    "asist ajanl ajanı / çalış işley okuya incel özetl kulla",
    undefined,
    R`(?:çalışan|işleyen|okuyan|inceleyen|özetleyen|kullanan)\s{1,3}(?:kod|yapay\s{1,3}zek[aâ]|AI)\s{1,3}(?:asistan|ajan)\p{L}{0,6}`,
    40,
  ],
  // vi: "trợ lý lịch của mỗi người tham dự", "trợ lý AI"
  [
    "",
    /(?=[\u1ea0-\u1ef9])ợ\s{1,3}lý/u,
    // Round 32: not the assistant the reader uses ("nếu bạn dùng trợ lý AI để soạn thư, hãy kiểm tra …").
    R`(?<!(?:dùng|sử\s{1,3}dụng)\s{1,3})\btrợ\s{1,3}lý\s{1,3}(?:lịch|AI|ảo|email|thư|tự\s{1,3}động|lập\s{1,3}trình|mã)`,
  ],
  // ar: "عند معالجة هذه الصورة آلياً"
  [
    "",
    /(?=[\u0600-\u06ff])آلي/u,
    R`عند\s{1,3}(?:معالجة|قراءة|تلخيص|ترجمة|تحليل)\s{1,3}(?:هذه|هذا)\s{1,3}\S{2,14}\s{1,3}آلي(?:اً|ًا|ا)`,
  ],
  // de: "Automatisierte Bearbeiter dieser Datei"
  [
    "autom / bearb verar agent",
    undefined,
    R`\bautomatisiert\p{L}{0,2}\s{1,3}(?:Bearbeiter|Verarbeiter|Agent|Agenten|Assistent\p{L}{0,3}|Werkzeuge?)\s{1,3}(?:dieser|dieses|des|der)\s{1,3}(?:Datei|Seite|Dokuments?|Repos?|Repositorys|Tickets?)`,
    20,
  ],
  // pt: "Configuração para assistentes de código … o assistente acrescenta"
  [
    "assis / códig",
    undefined,
    R`\b(?:para|pelo|pelos)\s{1,3}(?:o\s{1,3}|os\s{1,3})?assistentes?\s{1,3}de\s{1,3}(?:código|programação|IA)`,
    20,
  ],
];

/** Rules for round 30b's injections in tool results (first half). */
export const R30B1_RULES: readonly InjectionRule[] = [
  ...rows(
    "privilege_grant",
    "Text grants admin or edit rights to a named account",
    GRANT,
    notWarned,
  ),
  ...rows(
    "check_waived",
    "Text waives the check an act needs, or keeps it from whoever would notice",
    WAIVE,
    notWarned,
  ),
  ...rows("payee_redirect", "Text routes money to a replacement account or card", PAYEE, notWarned),
  ...rows("act_then_tell", "Text has the act done first and reported afterwards", ACT_THEN_TELL),
  ...rows(
    "account_takeover",
    "Text resets 2FA and changes the account's e-mail",
    TAKEOVER,
    notWarned,
  ),
  ...rows(
    "credential_lure",
    "Text has card data or a PIN typed in at a given site",
    CARD,
    notWarned,
  ),
  ...rows("dictated_answer", "Text dictates what every future answer must contain", EVERY_ANSWER),
  ...rows(
    "secret_reproduced",
    "Text has a whole file pasted into a comment or PR",
    PASTE_FILE,
    notWarned,
  ),
  ...rows(
    "beacon_template",
    "Text has an image link whose query is a placeholder to fill",
    BEACON,
    notWarned,
    true,
  ),
  ...rows("env_harvest", "Text has environment variable values collected", ENV_HARVEST),
  ...rows(
    "spoofed_tool_call",
    "Text holds a tool call marked as approved and waiting to run",
    SPOOF,
    notWarned,
    true,
  ),
  ...rows(
    "rc_persistence",
    "Text appends a remote fetch-and-run to a shell start-up file",
    [PERSIST[0]],
    undefined,
    true,
  ),
  ...rows(
    "hidden_fetch_exec",
    "Text runs a remote script detached with its output discarded",
    [PERSIST[1]],
    undefined,
    true,
  ),
  ...rows("addresses_ai", "Text names the automated assistant that processes it", READER),
];
