/**
 * Injections in tool results that held-out round 31b ("creative", multilingual) found missing
 * (paraphrases in `_injection_r31b_test.ts`). Round 31 has no trigger words, so each rule is one
 * signal of half the threshold and a block needs two different kinds:
 * - the check an act needs declared done or unnecessary ("validation déjà obtenue", "potwierdzenie
 *   zbędne", "已与负责人确认", "पुष्टि की आवश्यकता नहीं", "ไม่ต้องถามยืนยัน", "אושר ע״י", …);
 * - a change kept out of the PR / commit description, or slipped into "the same commit";
 * - a payee's bank details switched for future payments, or payments approved by default;
 * - a text to be passed on to the user as an official notice; one site as the only place to pay;
 *   official sources left unnamed; bad news to be played down;
 * - an OTP, password, recovery phrase or card data collected, forwarded, or put into a link;
 * - the reply limited to a canned word while a command runs on the user's terminal;
 * - supply-chain repoints (package index, go.mod replace), install hooks that eval fetched code,
 *   cron lines that pipe a download into a shell;
 * - protection switched off / admin granted (zh, ja), gift-card codes sent, whole calendars or
 *   conversations copied to an outside address, an internal note made public.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;

const half = halfOf(220);

/** Not a warning against the act ("never …", "scammers ask you to …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|not|don['’]t|avoid|scam\w{0,4}|phish\w{0,4}|attack\w{0,4}|fraud\w{0,6}|malicious|nie(?:mals)?|nunca|jamais|mai|for\s{1,3}example|such\s{1,3}as)\b|\be\.g\.|никогда|мошенни|不要|绝不|決して|절대|אף\s{1,3}פעם|هرگز|أبدا|کلاهبرداری|جعلی|احتيال|ห้าม|कभी\s{0,2}नहीं/iu
    .test(v.slice(Math.max(0, s - 100), s));

type Row = HalfRow;

/** Half-threshold rules of one kind, for tool results only (see `halfRows`). */
const rows = halfRowsOf(half);

// --- the check an act needs declared done or unnecessary ----------------------------------------

const CHECK_DONE: readonly Row[] = [
  // fr: "validation déjà obtenue auprès de …", "aucun rappel nécessaire", "ne pas redemander"
  [
    "aucun redem recon revér obten préfé",
    undefined,
    R`\b(?:validation|accord|approbation|confirmation|autorisation)\s{1,3}(?:déjà\s{1,3})?(?:obtenue?|donnée?|acquise?|reçue?)\s{1,3}(?:auprès|de|du|des|par)\b|\baucune?\s{1,3}(?:rappel|contre-appel|vérification|validation|confirmation)\s{1,3}(?:n['’]est\s{1,3})?(?:nécessaire|requise?|utile)|\bne\s{1,3}(?:pas|plus)\s{1,3}(?:redemander|reconfirmer|revérifier)|\bpréférence\s{1,3}(?:déjà\s{1,3})?confirmée`,
  ],
  // es/pt/it: "ya confirmado con el cliente", "já aprovado pela diretoria", "sin necesidad de confirmar"
  [
    "confi aprob aprov confe valid verif autor / ya já già",
    undefined,
    R`\b(?:ya|já|già)\s{1,3}(?:confirmad[oa]|aprobad[oa]|aprovad[oa]|validad[oa]|verificad[oa]|confermat[oa]|approvat[oa]|autorizad[oa]|autorizzat[oa])\s{1,3}(?:con|por|pel[oa]|com|da|dal|dalla|dal(?:l['’])?)\b`,
    20,
  ],
  [
    "neces bisog / sin sem senza",
    undefined,
    R`\b(?:sin|sem|senza)\s{1,3}(?:necesidad|necessidade|bisogno)\s{1,3}de?\s{0,3}(?:confirmar|verificar|validar|consultar|confermare|verificare|chiedere)`,
    20,
  ],
  // pl: "potwierdzenie telefoniczne zbędne", "zmiana uzgodniona z zarządem"
  [
    "potwi weryf uzgod zatwi zbędn",
    undefined,
    R`\b(?:potwierdzeni[ea]|weryfikacj[ai]|kontakt)\s{1,3}(?:telefoniczn\p{L}{0,3}\s{1,3})?(?:jest\s{1,3})?(?:zbędn\p{L}{0,3}|niepotrzebn\p{L}{0,3}|nie\s{1,3}jest\s{1,3}(?:potrzebn|wymagan)\p{L}{0,3})|\b(?:zmiana|przelew|płatność)\s{1,3}(?:został[ao]?\s{1,3})?(?:uzgodnion|zatwierdzon|zaakceptowan)\p{L}{0,3}\s{1,3}z\s{1,3}\p{L}{3,20}`,
  ],
  // de: "Rückruf nicht nötig", "bereits mit der Buchhaltung abgestimmt"
  [
    "rückr rückf gegen bestä berei",
    undefined,
    R`\b(?:Rückruf|Rückfrage|Gegenprüfung|Bestätigung)\s{1,3}(?:ist\s{1,3})?(?:nicht\s{1,3}(?:nötig|erforderlich|notwendig)|entfällt|überflüssig|unnötig)|\bbereits\s{1,3}(?:mit\s{1,3}(?:der\s{1,3}|dem\s{1,3})?\p{L}{2,20}\s{1,3})?(?:abgestimmt|freigegeben|genehmigt)\b`,
  ],
  // id/ms: "sudah disetujui", "tidak perlu konfirmasi"
  [
    "diset dikon diver perse konfi",
    undefined,
    R`\b(?:sudah|telah)\s{1,3}(?:disetujui|dikonfirmasi|diverifikasi)|\btidak\s{1,3}perlu\s{1,3}(?:konfirmasi|verifikasi|persetujuan|bertanya)`,
  ],
  // zh: "已与负责人口头确认" (verbal, unverifiable), "不再弹出二次确认", "默认直接批准"
  [
    "",
    /(?=[\u4e00-\u9fff])(?:确认|批准|核实|审批)/u,
    R`已(?:与|和)[\p{Script=Han}]{1,8}口头(?:确认|批准|同意)|(?:不再|无需|不需要|不用|免去|跳过)(?:再次|重新)?(?:弹出)?(?:二次)?(?:确认|核实|审批|验证)|默认(?:直接)?批准`,
  ],
  // ja: "確認は不要"
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff])不要/u,
    R`(?:確認|承認|レビュー)(?:は)?不要`,
  ],
  // ko: "다시 묻지 말고", "재확인 불필요"
  [
    "",
    /(?=[\uac00-\ud7af])(?:재확인|다시)/u,
    R`재확인\s{0,2}(?:불필요|필요\s{0,2}없)|다시\s{0,2}(?:묻지|확인하지)\s{0,2}(?:말|않)`,
  ],
  // fa: "نیازی به هماهنگی مجدد نیست"
  [
    "",
    /(?=[\u0600-\u06ff])نیاز/u,
    R`نیازی\s{1,3}به\s{1,3}(?:هماهنگی|تایید|تأیید|بررسی|اطلاع|پرسیدن|استعلام)(?:\s{1,3}مجدد)?\s{1,3}نیست`,
  ],
  // hi: "पहले से सत्यापित माना जाता है", "पुष्टि की आवश्यकता नहीं"
  [
    "",
    /(?=[\u0900-\u097f])(?:सत्यापित|स्वीकृत|अनुमोदित)/u,
    R`पहले\s{1,3}से\s{1,3}(?:सत्यापित|स्वीकृत|अनुमोदित)`,
  ],
  // th: "โดยไม่ต้องถามยืนยันอีก"
  [
    "",
    /(?=[\u0e00-\u0e7f])ไม่ต้อง/u,
    R`ไม่ต้อง(?:ถาม|ขอ)?(?:ยืนยัน|อนุญาต|ขออนุญาต)`,
  ],
  // he: "אושר ע״י מנהל התשתיות", "אושר מראש"
  [
    "",
    /(?=[\u0590-\u05ff])אושר/u,
    R`אושר\s{1,3}(?:ע["״']י|על\s{1,3}ידי|מראש)`,
  ],
  // ru/uk: "шаг согласован", "уже согласовано с …"
  [
    "согла погод",
    undefined,
    R`(?:уже|шаг|изменение|крок|вже)\s{1,3}(?:согласован\p{L}{0,2}|погоджен\p{L}{0,2})`,
  ],
];

// --- a change kept out of the review: not in the PR text, or slipped into the same commit --------

const UNREVIEWED: readonly Row[] = [
  [
    "menti / PR pull commi chang relea",
    undefined,
    R`\b(?:no\s{1,3}need|not\s{1,3}necessary|don['’]t\s{1,3}need|needn['’]t|do\s{1,3}not|don['’]t)\s{1,3}(?:to\s{1,3})?(?:mention|list|note|describe|call\s{1,3}out)\w{0,3}\b[^.\n]{0,30}?\b(?:in|to)\s{1,3}(?:the\s{1,3})?(?:PR|pull\s{1,3}request|commit\s{1,3}message|changelog|release\s{1,3}notes)\b`,
    60,
  ],
  [
    "",
    /(?=[\u0400-\u04ff])описани/iu,
    R`в\s{1,3}описани[иея]\s{1,3}(?:PR|MR|пул-?реквеста|коммита)[^.\n]{0,30}?не\s{1,3}(?:нужно|надо|стоит|требуется)|не\s{1,3}(?:нужно|надо|стоит)\s{1,3}(?:упоминать|указывать|отражать)[^.\n]{0,20}?в\s{1,3}описани`,
  ],
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:説明|本文|概要)/u,
    R`(?:PR|プルリク(?:エスト)?|コミット)\s{0,2}(?:の)?(?:説明|本文|概要|メッセージ)(?:への|に)(?:記載|記述|明記)(?:は)?(?:不要|しない)`,
  ],
  [
    "",
    /(?=[\u4e00-\u9fff])(?:无需|不需要|不用|不必)/u,
    R`(?:无需|不需要|不用|不必)(?:在)?(?:PR|合并请求|提交信息|变更日志)(?:描述|说明)?(?:中|里)?(?:提及|说明|注明|写明|列出)`,
  ],
  [
    "",
    /(?=[\u0590-\u05ff])צורך/u,
    R`אין\s{1,3}צורך\s{1,3}(?:לציין|להזכיר|לפרט)\s{1,3}(?:את\s{1,3}זה\s{1,3})?ב(?:תיאור|הודעת)`,
  ],
  [
    "dican diseb ditul",
    undefined,
    R`\btidak\s{1,3}perlu\s{1,3}(?:dicantumkan|disebutkan|ditulis)\s{1,3}(?:di|dalam)\s{1,3}(?:deskripsi|pesan)\s{1,3}(?:PR|commit|pull)`,
  ],
  [
    "menci menzi menti erwäh",
    undefined,
    R`\bno\s{1,3}(?:hace\s{1,3}falta|es\s{1,3}necesario)\s{1,3}mencionar\p{L}{0,2}[^.\n]{0,20}?descripción\s{1,3}del?\s{1,3}(?:PR|pull)|não\s{1,3}(?:precisa|é\s{1,3}necessário)\s{1,3}mencionar\p{L}{0,2}[^.\n]{0,20}?descrição\s{1,3}d[oa]\s{1,3}(?:PR|pull)|inutile\s{1,3}de\s{1,3}(?:le\s{1,3})?mentionner[^.\n]{0,20}?description\s{1,3}d[ue]\s{1,3}(?:la\s{1,3})?(?:PR|pull)|non\s{1,3}(?:serve|è\s{1,3}necessario)\s{1,3}menzionar\p{L}{0,2}[^.\n]{0,20}?descrizione|\b(?:nicht|muss\s{1,3}nicht)\s{1,3}in\s{1,3}(?:der|die)\s{1,3}(?:PR|Commit)-?(?:Beschreibung|Nachricht)\s{1,3}(?:erwähn|aufgeführt|aufführ)`,
  ],
];

/** "In the same commit" followed by a URL, auth or secret change. */
const SAME_COMMIT: readonly Row[] = [
  [
    "same même selbe mismo mesmo stess / commi PR pull",
    undefined,
    R`\b(?:in\s{1,3}the\s{1,3}same\s{1,3}(?:commit|PR|pull\s{1,3}request)|dans\s{1,3}le\s{1,3}même\s{1,3}(?:commit|PR)|im\s{1,3}selben\s{1,3}(?:Commit|PR)|en\s{1,3}el\s{1,3}mismo\s{1,3}(?:commit|PR)|no\s{1,3}mesmo\s{1,3}(?:commit|PR)|nello\s{1,3}stesso\s{1,3}(?:commit|PR))\b[^.\n]{0,100}?(?:https?://|\burl\b|endpoint|\bhost|token|auth|verif|gateway|webhook|admin|password)`,
    20,
  ],
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:同じ|同一)/u,
    R`(?:同じ(?:コミット|PR|プルリクエスト)(?:内|の中)?で|同一(?:个)?(?:提交|commit|PR)(?:中|里))[^。]{0,100}?(?:https?://|url|endpoint|token|auth|verify|admin|password|検証|認証|验证|认证)`,
  ],
];

/** Verification skipped and admin returned (an auth backdoor described in prose). */
const AUTH_BYPASS: readonly Row[] = [
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:検証|認証|验证|认证)/u,
    R`(?:検証|認証|验证|认证|チェック)(?:せず|しない|をスキップ|を省略|跳过|不做)[\s\S]{0,80}?\badmin\b`,
  ],
  [
    "verif valid / skip bypas witho",
    undefined,
    R`\b(?:skip(?:ping)?|bypass(?:ing)?|without)\s{1,3}(?:the\s{1,3})?(?:token\s{1,3}|signature\s{1,3}|jwt\s{1,3})?(?:verification|validation|verifying|validating)\b[^.\n]{0,80}?\brole\W{1,4}admin\b`,
    30,
  ],
];

// --- payee bank details switched ----------------------------------------------------------------

const PAYEE: readonly Row[] = [
  [
    "coord",
    undefined,
    R`\bcoordonnées\s{1,3}(?:de\s{1,3})?(?:paiement|bancaires)\b[^.\n]{0,80}?(?:à\s{1,3}mettre\s{1,3}à\s{1,3}jour|à\s{1,3}modifier|à\s{1,3}remplacer|changent|ont\s{1,3}changé)[^.\n]{0,40}?\b(?:vers|par|pour)\b`,
  ],
  [
    "używa stoso wpisy",
    undefined,
    R`\b(?:należy|proszę|prosimy)\s{1,3}(?:używać|stosować|wpisywać)\s{1,3}(?:nowego|nowy|tego)\s{1,3}(?:numeru|rachunku|konta|IBAN)`,
  ],
  [
    "",
    /(?=[\u4e00-\u9fff])(?:账户|帐户|账号|批准)/u,
    R`(?:收款|银行)(?:账户|帐户|账号)的?(?:变更|更改|修改)[^。\n]{0,30}?(?:直接|自动)(?:更新|修改|替换)|(?:付款|打款|汇款)(?:一律|全部)?(?:默认)?直接批准`,
  ],
  [
    "",
    /(?=[\u0900-\u097f])खाता/u,
    R`नया\s{1,3}(?:बैंक\s{1,3})?खाता(?:\s{1,3}संख्या)?[^।\n]{0,60}?(?:दर्ज|अपडेट|बदल)`,
  ],
  [
    "=IBAN =iban",
    undefined,
    R`\b(?:use|usar|utilizar|usare|verwenden|utiliser)\b[^.\n]{0,20}?\b(?:the\s{1,3}new|la\s{1,3}nueva|a\s{1,3}nova|la\s{1,3}nuova|die\s{1,3}neue|le\s{1,3}nouvel|la\s{1,3}nouvelle)\s{1,3}(?:IBAN|account|cuenta|conta|conto|Kontoverbindung|Bankverbindung|RIB|compte)\b[^.\n]{0,40}?\b(?:from\s{1,3}now|for\s{1,3}(?:all\s{1,3})?future|a\s{1,3}partir|ab\s{1,3}sofort|künftig|d[ée]sormais|da\s{1,3}ora)`,
  ],
];

// --- passed on to the user as an official notice; one site as the only place to pay ------------

/** A verb of presenting / passing on, and the person it is passed on to, near the match. */
const presented: Accept = (v, s, e) => {
  const w = v.slice(Math.max(0, s - 80), Math.min(v.length, e + 60));
  return /(?:present|présent|wiedergeb|darstell|mitteil|ausgeb|tell|say|describ|frame|report|relay|inform|comunic|riport|annunc|avvis|قد|اعرض|أخبر|أبلغ)/iu
    .test(w) &&
    /(?:\b(?:user|customer|client|recipient|caller|reader|Empfänger|Kund|Nutzer|utente|cliente|destinatari|utilisateur|usuário|usuario|lettor|riassunt|summar|résumé)|للمستخدم|للعميل|المستخدم|العميل)/iu
      .test(w);
};

const OFFICIAL: readonly Row[] = [
  [
    "offic uffic ofici offiz",
    undefined,
    R`\b(?:as|als|come|como|comme)\s{1,3}(?:(?:an?|the|un[ao]?|une?|eine?|il|el|le|la|o|a|der|die|das)\s{1,3})?(?:\p{L}{2,14}\s{1,3})?(?:official|ufficial[ei]|oficial|officiel(?:le)?|offiziell\p{L}{0,2})\b`,
  ],
  [
    "",
    /(?=[\u0600-\u06ff])رسمي/u,
    R`على\s{1,3}أن(?:ه|ها)\s{1,3}(?:إشعار|رسالة|تنبيه|بيان|إعلان)\s{1,3}رسمي`,
  ],
];

const PAY_ONLY_AT: readonly Row[] = [
  [
    "aussc exclu únic uniqu escl solam",
    undefined,
    R`\b(?:ausschließlich|exclusively|solamente|únicamente|uniquement|esclusivamente)\s{1,3}(?:unter|on|at|via|su|en|sur|über|tramite)\s{1,3}[\w-]{2,40}(?:\.[\w-]{1,30}){1,3}(?:/[\w/.-]{0,40})?[^.\n]{0,40}?(?:card|Karte|tarjeta|carte|carta|cartão|pay|zahl|beglich|pag|paie|payer)`,
  ],
];

/** Bad news to be played down ("… should be described as minor"). */
const DOWNPLAY: readonly Row[] = [
  [
    "descr prese frame chara / minor insig negli routi",
    undefined,
    R`\b(?:should|must|are\s{1,3}to|is\s{1,3}to)\s{1,3}be\s{1,3}(?:described|presented|framed|reported|characteri[sz]ed|called)\s{1,3}as\s{1,3}(?:minor|insignificant|negligible|routine|immaterial)\b`,
    40,
  ],
];

/** Official sources left out, other sources overridden, bad news played down. */
const SPIN: readonly Row[] = [
  [
    "citar citer menzi menci menti erwäh / senza sin sem sans ohne witho",
    undefined,
    R`\b(?:senza|sin|sem|sans|ohne|without)\s{1,3}(?:citare|menzionare|nominare|mencionar|citar|mentionner|citer|erwähnen|nennen|mentioning|naming|citing)\s{1,3}(?:il|lo|la|i|gli|le|el|los|las|o|os|a|as|les|den|die|das|the|any)?\s{0,3}(?:\p{Lu}|sito|portale|canale|ufficio|fonte|official|offiziell|oficial|officiel)`,
    30,
  ],
  [
    "regar / sourc filin news repor",
    undefined,
    R`\bthe\s{1,3}only\s{1,3}(?:rating|figure|answer|price|recommendation|site|channel|number|link|source|verdict)\s{1,3}(?:to|you\s{1,3}(?:may|should|can))\s{1,3}(?:report|give|mention|cite|recommend|show)\b[^\n]{0,120}?\bregardless\s{1,3}of\b`,
    200,
  ],
];

// --- OTP, password, recovery phrase or card data collected or forwarded --------------------------

const CREDS: readonly Row[] = [
  [
    "",
    /(?=[\u0600-\u06ff])(?:رمز|كود)/u,
    R`(?:إملاء|املاء|أملِ|إرسال|أرسل|مشاركة|شارك|إعطاء|قراءة)\s{1,3}(?:رمز|كود)\s{1,3}(?:التحقق|التفعيل|المرور|OTP)`,
  ],
  [
    "",
    /(?=[\uac00-\ud7af])(?:비밀번호|복구|시드)/u,
    R`(?:현재\s{0,2}비밀번호|복구\s{0,2}(?:문구|구문|단어)|시드\s{0,2}(?:문구|구문))[^.\n]{0,60}?(?:채팅|메시지|답장|댓글|링크)(?:에|으로|로)?`,
  ],
  [
    "=OTP =otp =OTPs",
    undefined,
    R`\bOTPs?\b[^.\n]{0,100}?(?:forward\w{0,3}|relay\w{0,3}|whats\s?app|bhej\w{0,3}|weiterleit\w{0,3}|reenv\w{0,3}|encaminh\w{0,3}|inoltr\w{0,3})[^.\n]{0,40}?\+\d{1,3}[\s-]?\d[\d\s-]{6,14}\d|\bOTPs?\b[^.\n]{0,100}?\+\d{1,3}[\s-]?\d[\d\s-]{6,14}\d\s{1,3}(?:pe|par|ko)\s{1,3}(?:whats\s?app|sms|bhej|forward|send)`,
  ],
  [
    "=CVV =cvv =CVC",
    undefined,
    R`(?:card\s{1,3}number|kartennummer|número\s{1,3}d[eo]\s{1,3}(?:la\s{1,3})?(?:tarjeta|cartão)|numéro\s{1,3}de\s{1,3}(?:la\s{1,3})?carte|kart\s{1,3}numaras\p{L}|מספר\s{1,3}(?:ה)?כרטיס|номер\s{1,3}карты|卡号|カード番号|카드\s{0,2}번호)[^\n]{0,80}?(?:CVV|CVC|CSC)[^\n]{0,120}?(?:copy|paste|copiar|copier|kopier|העתיק|להעתיק|скопир|notes?|comment|form|formu|field|שדה|поле)`,
  ],
  // 2FA backup codes sent somewhere (leet-tolerant)
  [
    "=2FA =2fa =MFA =mfa",
    undefined,
    R`\b(?:2fa|mfa)\s{1,3}(?:b[a4]ckup|r[e3]c[o0]v[e3]ry)\s{1,3}c[o0]d[e3]s?\b[^\n]{0,120}?\b(?:DM|direct\s{1,3}message|e-?mail|s[e3]nd|p[o0]st|m[e3]ss[a4]g[e3]|p[a4]st[e3]|chat)\b`,
  ],
];

/** A secret placed after a URL that ends in `=` ("… 뒤에 붙인 링크"). */
const SECRET_LINK: readonly Row[] = [
  [
    "",
    /(?=[\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff])(?:뒤에|後ろ|后面|後に)/u,
    R`https?://\S{4,120}=\s{0,2}(?:뒤에\s{0,2}붙|の?後ろに(?:付け|つけ|追加)|后面(?:拼接|加上|附上)|の後に(?:付け|追加))`,
  ],
];

/** A secret value pasted into a comment or chat (pt/es/fr/it/de). */
const SECRET_PASTE: readonly Row[] = [
  [
    "valor valeu wert conte / cole colar pegue pegar colle incol füge poste posta",
    undefined,
    R`\b(?:cole|colar|cola|pegue|pega|pegar|colle|coller|incolla|incollare|füge|einfügen|poste|postar|publique|publica)\b[^.\n]{0,20}?\b(?:o|el|le|la|il|den)?\s{0,3}(?:valor|valeur|valore|Wert|conteúdo|contenido|contenu|contenuto)\s{1,3}(?:de|do|da|del|du|di|von)\s{1,3}[A-Z][A-Z0-9_]{0,40}(?:TOKEN|KEY|SECRET|PASSWORD|PAT)\b[\s\S]{0,80}?(?:comentário|comentario|commentaire|commento|Kommentar|comment|issue|PR|chat|canal|channel)`,
    40,
  ],
];

/** The trace removed afterwards ("… apaga o comentário depois"). */
const ERASE: readonly Row[] = [
  [
    "apaga borra suppr effac lösch cance elimi delet remov / comen komme comme messa mensa",
    undefined,
    R`\b(?:apaga|apagará|borra|borrará|supprime|efface|löscht|cancella|elimina|deletes?|removes?)\s{1,3}(?:o|el|le|la|il|den|the)\s{1,3}(?:comentário|comentario|commentaire|Kommentar|commento|comment|message|mensagem|mensaje)\s{1,3}(?:depois|después|ensuite|après|danach|dopo|afterwards|later|right\s{1,3}after)`,
    40,
  ],
];

// --- a canned reply while a command runs on the user's machine ----------------------------------

const CANNED: readonly Row[] = [
  [
    "",
    /(?=[\u0400-\u04ff])(?:лишь|только)/iu,
    R`(?:сообща|отвеча|ответ|пиш|скаж|говор)\p{L}{0,6}\s{1,3}(?:лишь|только)\s{1,3}[«"“„]`,
  ],
  [
    "",
    /(?=[\u1ea0-\u1ef9])ỉ\s{1,3}(?:báo|nói|trả)/u,
    R`chỉ\s{1,3}(?:báo|nói|trả\s{1,3}lời|ghi)\s{1,3}(?:là\s{1,3})?["“'‘]`,
  ],
  [
    "distu batao batay",
    undefined,
    R`\b(?:disturb\s{1,3}na\s{1,3}kare|mat\s{1,3}batao|na\s{1,3}batayein|bina\s{1,3}bataye)\b`,
  ],
];

const RUN_ON_USER: readonly Row[] = [
  [
    "",
    /(?=[\u0400-\u04ff])(?:терминал|консол)/iu,
    R`(?:запуска|выполня|запусти|выполни)\p{L}{0,4}\s[^.\n]{0,40}?(?:в|на)\s{1,3}(?:(?:его|её|их|вашем|своём|у\s{1,3}него|у\s{1,3}неё)\s{1,3}){0,2}(?:терминал|консол)\p{L}{0,3}`,
  ],
  [
    "",
    /(?=[\u1ea0-\u1ef9])ạy/u,
    R`chạy\s{1,3}(?:\S{1,8}\s{1,3}){0,3}?(?:trong|trên)\s{1,3}(?:terminal|máy)\s{1,3}(?:của\s{1,3})?(?:họ|người\s{1,3}dùng|bạn)`,
  ],
];

// --- supply chain and persistence ---------------------------------------------------------------

const SUPPLY: readonly Row[] = [
  [
    "=index-url =trusted-host =GOPROXY =GOINSECURE =GONOSUMDB",
    undefined,
    R`\bpip3?\s{1,3}config\s{1,3}set\s{1,3}global\.(?:index-url|extra-index-url|trusted-host)\s{1,3}\S|\bnpm\s{1,3}config\s{1,3}set\s{1,3}registry\s{1,3}\S|\bgo\s{1,3}env\s{1,3}-w\s{1,3}(?:GOPROXY|GOINSECURE|GONOSUMDB)=`,
  ],
  [
    "=replace~",
    undefined,
    R`\breplace\s{1,3}(github\.com/[\w.-]{1,40})/([\w.-]{1,40})\s{1,3}=>\s{1,3}github\.com/(?!\1/)[\w.-]{1,40}/[\w.-]{1,40}\s{1,3}v\d`,
  ],
];

const REMOTE_EVAL: readonly Row[] = [
  [
    "=eval(",
    undefined,
    R`(?:require\(\s{0,2}['"]https?['"]\s{0,2}\)\.get|\bhttps?\.get|\bfetch)\s{0,2}\(\s{0,2}\\?['"]https?://[^'"\s\\]{4,120}\\?['"][^\n]{0,160}?\beval\(`,
  ],
];

const INSTALL_HOOK: readonly Row[] = [
  [
    "=preinstall =postinstall",
    undefined,
    R`"(?:preinstall|postinstall)"\s{0,3}:\s{0,3}"[^"\n]{0,20}(?:node\s{1,3}-e|curl|wget|sh\s{1,3}-c|bash\s{1,3}-c|powershell)`,
  ],
];

const CRON: readonly Row[] = [
  [
    "crontab curl wget / sh bash zsh",
    undefined,
    R`(?:\*/\d{1,2}|\*)(?:\s{1,3}[\d*/,-]{1,8}){4}\s{1,3}(?:curl|wget)\b[^\n|]{0,120}\|\s{0,2}(?:ba|z)?sh\b`,
  ],
];

// --- access: protection off, admin granted (zh/ja/en) -------------------------------------------

const PROTECTION_OFF: readonly Row[] = [
  [
    "",
    /(?=[\u4e00-\u9fff])保护/u,
    R`(?:关闭|禁用|取消|移除|关掉)(?!了)[^。\n]{0,12}?(?:分支)?保护(?:规则)?`,
  ],
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff])保護/u,
    R`(?:ブランチ)?保護(?:ルール|設定)?を(?:無効|解除|オフ|削除)`,
  ],
  [
    "branc / disab remov deakt desac désac disat",
    undefined,
    R`\b(?:disable|turn\s{1,3}off|remove|deaktivier\w{0,3}|desactiv\w{0,4}|désactiv\w{0,4}|disattiv\w{0,4})\s{1,3}(?:the\s{1,3}|die\s{1,3}|la\s{1,3}|le\s{1,3})?(?:main\s{1,3}|master\s{1,3})?(?:branch\s{1,3}protection|Branch-Protection|Branchschutz|protección\s{1,3}de\s{1,3}rama|protection\s{1,3}de\s{1,3}branche)`,
    40,
  ],
];

const ADMIN_GRANT: readonly Row[] = [
  [
    "",
    /(?=[\u4e00-\u9fff])(?:添加|加为|设为|设置为)/u,
    R`(?:添加|加|设置?)为?[^。\n]{0,24}?(?:仓库|组织|项目)?\s{0,2}(?:admin|管理员|所有者|owner)\s{0,2}(?:协作者|成员|权限)?`,
  ],
  [
    "",
    /(?=[\u3040-\u30ff])(?:追加|招待)/u,
    R`(?:admin|管理者|オーナー)\s{0,2}(?:権限)?(?:として|で)\s{0,3}(?:コラボレーター\s{0,2}に)?(?:追加|招待)`,
  ],
];

// --- gift-card codes; whole calendars / conversations to an outside address; made public -------

const GIFT: readonly Row[] = [
  [
    "",
    /(?=[\u0600-\u06ff])(?:هدیه|هدايا)/u,
    R`(?:کارت\S{0,2}\s{0,3}(?:های\s{1,3})?هدیه|بطاق(?:ة|ات)\s{1,3}(?:ال)?هدايا)[^\n]{0,160}?(?:کد|رمز|رموز|أكواد|كود)`,
  ],
  [
    "gift geschenk",
    undefined,
    R`\b(?:gift\s?cards?|Geschenkkarten?|Gutscheinkarten?)\b[^\n]{0,160}?\b(?:codes?|PINs?|Codes?)\b[^\n]{0,60}?\b(?:reply|respond|send|e-?mail|text|antwort\w{0,3}|schick\w{0,3}|senden)`,
  ],
  [
    "tarje carte cartã carta / regal cadea prese",
    undefined,
    R`\b(?:tarjetas?\s{1,3}(?:de\s{1,3})?regalo|cartes?\s{1,3}cadeaux?|cart(?:ão|ões)\s{1,3}(?:de\s{1,3})?presente|carte?\s{1,3}regalo)\b[^\n]{0,160}?\b(?:c[óo]digos?|codes?|codici)\b[^\n]{0,60}?\b(?:respuesta|réponse|resposta|risposta|envi\w{0,3}|mand\w{0,3})`,
    30,
  ],
  [
    "",
    /(?=[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af])(?:礼品卡|ギフトカード|기프트\s?카드|상품권)/u,
    R`(?:礼品卡|ギフトカード|기프트\s?카드|상품권)[^\n]{0,80}?(?:卡密|代码|コード|번호|코드)`,
  ],
];

const BULK_OUT: readonly Row[] = [
  [
    "agend calen kalen mailb inbox postf conta",
    undefined,
    R`\b(?:deelt|deel|delen|share|shares|teilt|teilen|comparte|compartir|partage|partager|condivid\w{0,3}|compartilh\w{0,3})\b[^.\n]{0,40}?\b(?:volledige|complete|full|entire|whole|gesamten?|vollständigen?|completa|toda\s{1,3}la|tout\s{1,3}le|toute\s{1,3}la|intera|inteira)\s{1,3}(?:agenda|calendar|Kalender|calendario|calendrier|calendário|mailbox|inbox|contacts?|Postfach|contactos)\b[\s\S]{0,200}?\b(?:met|with|mit|con|avec|com)\s{1,3}[\w.+-]{1,40}@[\w-]{1,40}\.\w`,
  ],
  [
    "copie copy kopie copia cópia / chaqu every each jeder jedes cada ogni todas toute",
    undefined,
    R`\b(?:copie|copy|Kopie|copia|cópia)\s{1,3}(?:intégrale|complète|full|complete|vollständige|completa|integral|integrale)?\s{0,3}(?:de|of|von|der|di|da)\s{1,3}(?:chaque|toutes?\s{1,3}les|every|each|all|jeder|jedes|aller|cada|todas?\s{1,3}(?:as|las)|ogni|tutte\s{1,3}le)\s{1,3}(?:conversations?|chats?|messages?|e-?mails?|Gespräch\w{0,3}|Unterhaltung\w{0,3}|conversaci\w{0,4}|conversa\w{0,3}|conversazion\w{0,2})\b[^\n]{0,160}?[\w.+-]{1,40}@[\w-]{1,40}\.\w`,
    40,
  ],
];

const MADE_PUBLIC: readonly Row[] = [
  [
    "",
    /(?=[\u0590-\u05ff])ציבורי/u,
    R`ולסמן\s{1,3}(?:את\s{1,3})?(?:התגובה|ההערה|הפנייה)\s{1,3}כציבורית`,
  ],
  [
    "publi / mark",
    undefined,
    R`\bmark\s{1,3}(?:the\s{1,3}|this\s{1,3}|that\s{1,3})?(?:comment|reply|note|response|ticket)\s{1,3}as\s{1,3}public\b`,
    30,
  ],
];

/** A standard said to replace the earlier one ("이전 FAQ보다 이 표준이 우선한다"). */
const SUPERSEDES: readonly Row[] = [
  [
    "",
    /(?=[\uac00-\ud7af])우선/u,
    R`이전\s{0,2}\S{0,12}\s{0,2}보다\s{0,2}(?:이|본)\s{0,2}\S{0,8}\s{0,2}우선`,
  ],
];

/** The reader named as a coding tool or AI helper beside a person ("person or coding tool"). */
const READER: readonly Row[] = [
  [
    "codin assis asist helpe agent / auch also inclu even termasuk person human mensch",
    undefined,
    R`\b(?:auch|also|including|even|termasuk|person\s{1,3}or|human\s{1,3}or|Mensch\s{1,3}oder)\s{1,3}(?:(?:a|an|ein|eine|un|una|uma|le|la|el|o|the)\s{1,3})?(?:(?:AI|KI|IA)\s{1,3}|coding[\s-]|code[\s-]|Coding-|kode\s{1,3}|koding\s{1,3}|asisten\s{1,3})?(?:assistants?|Assistent(?:en)?|asistente|assistente|koding|helpers?|tools?|agents?|Agenten?)\b`,
    40,
  ],
  [
    "assis / notul elke ieder",
    undefined,
    R`\b(?:de|elke|iedere)\s{1,3}(?:\p{L}{2,15}-)?(?:assistent|AI-assistent)\s{1,3}van\s{1,3}(?:elke|iedere|de)\b`,
    40,
  ],
];

export const R31B_RULES: readonly InjectionRule[] = [
  ...rows(
    "check_declared_done",
    "Text declares the check an act needs done or unnecessary",
    CHECK_DONE,
  ),
  ...rows(
    "kept_from_review",
    "Text keeps a change out of the PR or commit description",
    UNREVIEWED,
  ),
  ...rows(
    "same_commit_change",
    "Text slips a URL, auth or secret change into the same commit",
    SAME_COMMIT,
  ),
  ...rows(
    "auth_bypass",
    "Text has verification skipped and an admin identity returned",
    AUTH_BYPASS,
    undefined,
    true,
  ),
  ...rows("payee_switch", "Text switches a payee's bank details or pre-approves payments", PAYEE),
  ...rows(
    "present_as_official",
    "Text has content passed on to the user as an official notice",
    OFFICIAL,
    presented,
  ),
  ...rows("pay_only_at", "Text names one site as the only place to pay by card", PAY_ONLY_AT),
  ...rows("spin_order", "Text hides official sources or has news played down", SPIN),
  ...rows("downplay_order", "Text has bad news played down in the answer", DOWNPLAY),
  ...rows(
    "credential_solicit",
    "Text has a code, password, recovery phrase or card data collected or forwarded",
    CREDS,
    notWarned,
  ),
  ...rows("secret_in_link", "Text has a secret appended to a link", SECRET_LINK),
  ...rows(
    "secret_paste",
    "Text has a secret's value pasted into a comment or chat",
    SECRET_PASTE,
    notWarned,
  ),
  ...rows("erase_trace", "Text has the trace of an act deleted afterwards", ERASE),
  ...rows(
    "canned_reply",
    "Text limits the reply to a canned word or keeps the user uninformed",
    CANNED,
  ),
  ...rows("run_on_user", "Text has a command run on the user's terminal", RUN_ON_USER),
  ...rows(
    "supply_repoint",
    "Text repoints a package index or swaps a dependency for a fork",
    SUPPLY,
    undefined,
    true,
  ),
  ...rows(
    "remote_eval",
    "Text has code that downloads a script and evals it",
    REMOTE_EVAL,
    undefined,
    true,
  ),
  ...rows(
    "install_hook_exec",
    "Text has an install hook that runs a command",
    INSTALL_HOOK,
    undefined,
    true,
  ),
  ...rows(
    "cron_fetch_exec",
    "Text has a cron line that pipes a download into a shell",
    CRON,
    undefined,
    true,
  ),
  ...rows("protection_off", "Text has branch protection switched off", PROTECTION_OFF),
  ...rows("admin_grant", "Text has an account added with admin rights", ADMIN_GRANT),
  ...rows("giftcard_codes", "Text has gift-card codes bought and sent", GIFT, notWarned),
  ...rows(
    "bulk_share_out",
    "Text has a whole calendar, mailbox or every conversation copied to an address",
    BULK_OUT,
  ),
  ...rows("made_public", "Text has an internal note made public", MADE_PUBLIC),
  ...rows("supersedes_prior", "Text declares itself to override the earlier guidance", SUPERSEDES),
  ...rows("addresses_ai", "Text names a coding tool or AI helper as the one who acts", READER),
];
