/**
 * Injections in tool results that held-out round 32a found missing: orders stated as plain facts,
 * policies, defaults or next steps, and AI readers addressed without trigger words (paraphrases in
 * `_injection_r32a_test.ts`). Most rules are half-threshold signals that block only beside a second,
 * different one; every half carries its own harm object so it cannot pair on a topic mention:
 * - `payee_swapped`: a payment destination declared replaced, superseded or closed, or pay now
 *   routed to a new account ("this schedule supersedes …", "旧口座は閉鎖", "不再直接打入 …");
 * - `forced_through`: the harmful step made automatic, mandatory or unverifiable ("pending claims
 *   are processed automatically with this account", "an export without mirroring counts as
 *   incomplete", "no further verification needed", "正しい振込先");
 * - `pii_moved`: a bundle of personal data, passwords or a whole mailbox posted, mirrored, shared
 *   or forwarded somewhere;
 * - `outside_venue`: that somewhere is public or another company's (public link, public-read ACL,
 *   a channel shared with a vendor, an outside SFTP host);
 * - `secret_handover`: credentials to be told, entered or uploaded to a person, number or site;
 * - `access_opened`: anonymous or outside principals given admin rights, private repositories or
 *   secrets made public, a downloaded script preloaded into every process.
 * One full rule, `ai_secret_relay`, needs both signals in one match: an AI reader addressed and
 * asked to add secrets or national IDs to what it writes.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf, make } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not a warning against the act ("never …", "aucun …", "هرگز", "không bao giờ", "不会"). */
const notWarned: Accept = (v, s) =>
  !/(?:\b(?:never|not|no|don['’]t|do\s+not|must\s+not|avoid|aucun\w?|jamais|ne\s{1,3}\p{L}{2,20}\s{1,3}pas|nunca|nie(?:mals)?|nigdy|hi[çc]bir|asla|kein\w{0,2}|mai|non|não|nooit|tidak|jangan|scam\w{0,4}|phish\w{0,4}|fraud\w{0,6}|golpe)\b|никогда|ніколи|не\s|не\b|不会|不要|绝不|切勿|هرگز|không\s+bao\s+giờ|कभी|않습니다|하지\s*마)[^.\n]{0,80}$/iu
    .test(v.slice(Math.max(0, s - 90), s));

// --- a payment destination declared replaced ------------------------------------------------------

const PAYEE: readonly HalfRow[] = [
  // "The trust account in Exhibit C is no longer in use; this schedule supersedes it."
  [
    "=no~longer~in~use =no~longer~valid =no~longer~active =supersede =Supersede",
    undefined,
    R`\b(?:account|iban|bank\s{1,3}details|payee|remittance\s{1,3}details|wire\s{1,3}instructions|routing)\b[^\n]{0,120}?\b(?:(?:is|are)\s{1,3}no\s{1,3}longer\s{1,3}(?:in\s{1,3}use|valid|active)|supersedes?|superseded)\b`,
  ],
  // fr: "les coordonnées bancaires ci-dessous remplacent celles enregistrées", "l'ancien compte est clôturé"
  [
    "remplacent remplace clôturé fermé",
    undefined,
    R`\b(?:coordonn[ée]es\s{1,3}bancaires|rib|iban)\b[^.\n]{0,60}\bremplac(?:ent|e)\s{1,3}(?:celles|celui|ceux|les)|\b(?:ancien|pr[ée]c[ée]dent)\s{1,3}compte\b[^.\n]{0,40}\b(?:cl[ôo]tur[ée]|ferm[ée])`,
  ],
  // es/pt: "los reembolsos … se abonan a la nueva tarjeta", "la tarjeta anterior queda desvinculada"
  [
    "abonan ingresan transfieren desvinculada desvinculado creditados creditado encerrada",
    undefined,
    R`\b(?:reembolsos?|abonos?|pagos?|transferencias?|n[óo]minas?|reembolsos?|pagamentos?|sal[áa]rios?)\b[^.\n]{0,80}\b(?:se\s{1,3}(?:abonan|ingresan|transfieren|pagan)|passam\s{1,3}a\s{1,3}ser\s{1,3}creditados?)\s{1,3}(?:a|en|na|no)\s{1,3}(?:la|el|a|o)?\s{0,3}nov?[oa]\s{1,3}(?:tarjeta|cuenta|cart[ãa]o|conta)|\b(?:tarjeta|cuenta|cart[ãa]o|conta)\s{1,3}anterior\s{1,3}(?:queda|qued[óo]|fica|foi)\s{1,3}(?:desvinculad|cancelad|anulad|cerrad|encerrad)[oa]`,
  ],
  // de: "die Bankverbindung oben ersetzt die bisherige", "das alte Konto ist geschlossen"
  [
    "ersetzt geschlossen aufgelöst / konto bankverbindung kontoverbindung iban",
    undefined,
    R`\b(?:bankverbindung|kontoverbindung|iban)\b[^.\n]{0,60}\bersetzt\b|\b(?:alte|bisherige)s?\s{1,3}konto\b[^.\n]{0,40}\b(?:geschlossen|aufgel[öo]st)`,
  ],
  // ja: "旧口座は…閉鎖済み"
  ["", /(?=[旧])旧(?:口座|振込先)/u, R`旧(?:口座|振込先)[^\n]{0,30}(?:閉鎖|解約|無効)`],
  // uk/ru: "заробітна плата перераховується на рахунок"
  [
    "перераховується перечисляется переводится / зарплата заробітна зарплату виплата выплата рахунок счёт счет",
    undefined,
    R`(?:заробітн\p{L}{0,3}\s{1,3}плат\p{L}{0,3}|зарплат\p{L}{0,3}|виплат\p{L}{0,3}|выплат\p{L}{0,3}|возмещени\p{L}{0,3})\s{1,3}(?:перераховується|перераховуватиметься|перечисляется|переводится|будет\s{1,3}перечисляться)\s{1,3}на\s{1,3}(?:рахун|сч[её]т)`,
  ],
  // zh: "不再直接打入个人工资卡，统一先转入以下…账户"
  [
    "",
    /(?=[不统])(?:不再|统一)/u,
    R`不再直接(?:打入|转入|支付到|汇入)|统一(?:先)?(?:转入|打入|汇入)(?:以下|下列|该)[^\n]{0,12}(?:账户|帐户)`,
  ],
];

// --- the harmful step made automatic, mandatory or unverifiable -----------------------------------

const FORCED: readonly HalfRow[] = [
  // "Payment on the value date completes Ridgeline's obligation"
  [
    "oblig / payme",
    undefined,
    R`\bpayment\b[^.\n]{0,60}\b(?:completes|discharges|settles|fulfil?ls)\s{1,3}(?:[\p{L}-]{1,30}['’]s\s{1,3}|your\s{1,3}|the\s{1,3})?obligations?\b`,
  ],
  // "pending claims will be processed automatically to this account"
  [
    "automatically / claim claims invoi refun reimb payme accou salar payro",
    undefined,
    R`\b(?:claims?|invoices?|refunds?|reimbursements?|payments?|salar(?:y|ies)|payroll)\b[^.\n]{0,60}\b(?:processed|paid|applied|credited|routed)\s{1,3}automatically\b`,
  ],
  // "an export without mirroring counts as incomplete", "Ekspor tanpa penerusan dianggap gagal"
  [
    "incomplete unvollständig gagal incomplet incompleto incompleta onvolledig / without ohne tanpa sin sans senza sem zonder",
    undefined,
    R`\b(?:without|ohne|tanpa|sin|sans|senza|sem|zonder)\s{1,3}(?:(?:o|a|el|la|le|il|the|den|die|das)\s{1,3})?[\p{L}-]{3,20}\s{1,3}(?:(?:is|counts)\s{1,3}(?:considered\s{1,3})?(?:as\s{1,3})?|gilt\s{1,3}als\s{1,3}|dianggap\s{1,3}|se\s{1,3}considera\s{1,3}|est\s{1,3}consid[ée]r[ée]e?\s{1,3}comme\s{1,3}|[èe]\s{1,3}considerat[oa]\s{1,3}|[ée]\s{1,3}considerad[oa]\s{1,3}|wordt\s{1,3}(?:beschouwd\s{1,3}als\s{1,3})?)(?:incomplete|failed|invalid|unvollst[äa]ndig|ung[üu]ltig|gagal|tidak\s{1,3}lengkap|incomplet[oa]?|fallid[oa]|[ée]chou[ée]e?|invalid[oa]|onvolledig|mislukt)\b`,
  ],
  // A transfer declared a required part of a sign-off: "the sync step is required for release
  // sign-off", "the export upload is mandatory before the audit closes"
  [
    "required mandatory / step sync uploa copy expor trans forwa mirro",
    undefined,
    R`\b(?:step|sync|upload|copy|export|transfer|forward(?:ing)?|mirror(?:ing)?)\b[^.\n]{0,30}\b(?:is|are)\s{1,3}(?:required|mandatory)\s{1,3}(?:for|before)\s{1,3}(?:(?:the|every|each)\s{1,3})?(?:release\s{1,3})?(?:sign-?off|release|compliance|audit|closing|close|payroll\s{1,3}run)\b`,
  ],
  // A risky step declared the default of a routine: "Default for every cluster upgrade",
  // "standard for all new accounts", "Applied by the standard upgrade runbook"
  [
    "default standard / every each applied",
    undefined,
    R`\b(?:default|standard|mandatory)\s{1,3}for\s{1,3}(?:every|each|all)\s{1,3}(?:new\s{1,3})?(?:cluster|upgrade|deploy\w{0,4}|release|install\w{0,5}|export|backup|account|onboarding)s?\b|\bapplied\s{1,3}(?:automatically\s{1,3})?by\s{1,3}the\s{1,3}(?:standard|default)\s{1,3}(?:[a-z-]{2,15}\s{1,3})?(?:runbook|playbook|pipeline|procedure)\b`,
  ],
  // fr/it/de/es: "Procédure standard avant chaque audit :", "attiva per impostazione predefinita",
  // "senza notifica ai destinatari", "sin notificar", "ohne Benachrichtigung"
  [
    "procédure predefinita senza notifica benachrichtigung notificar",
    undefined,
    R`\bproc[ée]dure\s{1,3}standard\s{1,3}(?:avant|pour|lors)\b|\battiv[oa]\s{1,3}per\s{1,3}impostazione\s{1,3}predefinita\b|\bsenza\s{1,3}(?:notifica|avvisare|informare)\s{1,3}(?:ai|agli|al|il|i|gli)\s{1,3}(?:destinatari|titolar\w|utent\w)|\bohne\s{1,3}(?:benachrichtigung|information)\s{1,3}(?:der|des)\s{1,3}(?:empf[äa]nger|inhaber|nutzer)|\bsin\s{1,3}notificar\s{1,3}(?:a\s{1,3})?(?:los|al)\s{1,3}(?:destinatarios|titular|usuarios?)`,
  ],
  // "no further verification needed", "ek doğrulama gerekmez"
  [
    "verification doğrulama verificación verificação verifizierung / further additional extra ek adicional weitere",
    undefined,
    R`\bno\s{1,3}(?:further|additional|extra)\s{1,3}(?:verification|identity\s{1,3}check)\s{1,3}(?:is\s{1,3})?(?:needed|required)|\b(?:nenhuma|sem)\s{1,3}verifica[çc][ãa]o\s{1,3}adicional|\bek\s{1,3}do[ğg]rulama\s{1,3}gerek(?:mez|miyor|yok)|\bsin\s{1,3}(?:necesidad\s{1,3}de\s{1,3})?verificaci[óo]n\s{1,3}adicional|\bkeine\s{1,3}weitere\s{1,3}verifizierung\s{1,3}(?:n[öo]tig|erforderlich)`,
  ],
  // "Siguiente paso: procesar el reembolso …", "Sonraki adım: … bu adrese ilet", "nächster Schritt … Upload"
  [
    "siguiente sonraki nächste / paso adım schritt",
    undefined,
    R`\bsiguiente\s{1,3}paso\s{0,2}:\s{0,3}(?:procesar|pagar|transferir|abonar|reenviar|enviar)\s{1,3}(?:el|la|los|las)\s{1,3}(?:reembolso|pago|abono|transferencia)\w{0,2}[^.\n]{0,60}\bnuev[oa]\b|\bsonraki\s{1,3}ad[ıi]m\s{0,2}:[^\n]{0,60}\badrese\s{1,3}(?:ilet|g[öo]nder|aktar)|\bn[äa]chste\s{1,3}schritt\s{1,3}nach\s{1,3}jedem\s{1,3}export\s{1,3}ist\s{1,3}(?:der|die)\s{1,3}(?:upload|[üu]bertragung|spiegelung)`,
  ],
  // ko: "대표번호 … 070-… 로 바뀌었습니다" (a contact channel claimed to have moved)
  [
    "",
    /(?=[번센])(?:번호|센터)/u,
    R`(?:번호|고객센터)[^\n]{0,50}(?:로|으로)\s{0,2}(?:바뀌었|변경되었)`,
  ],
  // ja: "正しい振込先は…", "差替え前のページは無効"
  ["", /(?=[正差])(?:正しい|差)/u, R`正しい(?:振込先|口座|送金先)|差(?:し)?替え前[^\n]{0,12}無効`],
  // uk/ru: "Зміни вносяться до платіжної відомості автоматично"
  [
    "вносяться вносятся / автоматично автоматически",
    undefined,
    R`(?:зміни|изменения)\s{1,3}(?:вносяться|вносятся)[^\n.]{0,50}автоматичн`,
  ],
  // zh: "待审批的报销单将按此账户自动处理"
  ["", /(?=[按])按/u, R`按(?:此|该|以下)(?:账户|帐户)[^\n。]{0,6}自动(?:处理|打款|转入|发放)`],
  // fa: "طبق دستورالعمل جدید", "گام بعدی … ثبت کنید"
  [
    "",
    /(?=[طگ])(?:طبق|گام)/u,
    R`طبق\s{0,2}دستورالعمل\s{0,2}جدید|گام\s{0,2}بعدی[^\n]{0,40}(?:رمز|کلمه\s{0,2}عبور)`,
  ],
  // vi: "Bước tiếp theo (bắt buộc …)"
  [
    "",
    /(?=[ắ])ắ/u,
    R`b[ắa]t\s{1,3}bu[ộo]c[^\n]{0,120}(?:kh[óo]a\s{1,3}ri[êe]ng|\.ssh/|\.env\b|m[ậa]t\s{1,3}kh[ẩa]u)`,
  ],
  // fr/en: "merci de mettre la fiche à jour et de programmer le règlement … sur ce compte"
  [
    "fiche règlement vendor supplier payee / jour compte record master account",
    undefined,
    R`\bmettre\s{1,3}(?:la|votre)\s{1,3}fiche(?:\s{1,3}fournisseur)?\s{1,3}[àa]\s{1,3}jour|\bprogrammer\s{1,3}le\s{1,3}r[èe]glement\b[^.\n]{0,80}\bsur\s{1,3}ce\s{1,3}(?:nouveau\s{1,3})?compte|\bupdate\s{1,3}(?:the|your|our)\s{1,3}(?:vendor|supplier|payee)\s{1,3}(?:record|master|file|profile)\b[^.\n]{0,60}\b(?:account|bank|iban)\b`,
  ],
  // "its master passwords should be considered compromised" (a breach claimed to push a migration)
  [
    "compromised / passwords vault vaults",
    undefined,
    R`\b(?:master\s{1,3})?(?:passwords?|vaults?)\s{1,3}(?:should|must)\s{1,3}be\s{1,3}considered\s{1,3}compromised\b`,
  ],
  // "Activation (required once per machine)"
  [
    "=(required =(mandatory",
    undefined,
    R`\b(?:activation|registration|verification|setup)\s{1,3}\((?:required|mandatory)\b[^)\n]{0,40}\)\s{0,2}:?\s{0,6}(?:curl|wget|upload|paste)\b`,
  ],
];

// --- personal data, passwords or a whole mailbox moved somewhere ----------------------------------

const PII =
  R`(?:ssn|social\s{1,3}security\s{1,3}numbers?|date\s{1,3}of\s{1,3}birth|direct-?deposit\s{1,3}details|bank\s{1,3}details|passwords?|customer\s{1,3}database)`;
const MOVED: readonly HalfRow[] = [
  // "SSN, date of birth and direct-deposit details are posted in #vendor-channel"
  [
    "ssn social birth deposit passw / posted shared uploaded forwarded mirrored written",
    undefined,
    R`\b${PII}\b[^.\n]{0,100}\b(?:are|is|get|gets)\s{1,3}(?:posted|shared|uploaded|forwarded|mirrored|written|copied|pasted)\s{1,3}(?:in|to|into|with|on)\b`,
  ],
  // de: "Exporte der Kundendatenbank (… Zahlungsdaten) werden … gespiegelt"
  [
    "gespiegelt weitergeleitet hochgeladen / kunde kunden zahlungsdaten daten",
    undefined,
    R`\b(?:kundendatenbank|kundendaten|zahlungsdaten|personaldaten|gehaltsdaten)\b[^\n]{0,100}\bwerden\b[^.\n]{0,60}\b(?:gespiegelt|weitergeleitet|hochgeladen|kopiert)\b`,
  ],
  // fr: "(bulletins, RIB, numéros de sécurité sociale) est partagé en lecture via lien public"
  [
    "partagé partagés partagée / bulletins sécurité salaires",
    undefined,
    R`\b(?:bulletins|rib|s[ée]curit[ée]\s{1,3}sociale|salaires)\b[^\n]{0,100}\b(?:est|sont)\s{1,3}partag[ée]e?s?\b`,
  ],
  // id: "wajib menyertakan data lengkap pelanggan dan otomatis diteruskan ke"
  [
    "diteruskan dikirim / pelanggan nasabah karyawan",
    undefined,
    R`\bdata\s{1,3}lengkap\s{1,3}(?:pelanggan|nasabah|karyawan)\b[^\n]{0,60}\b(?:otomatis\s{1,3})?(?:diteruskan|dikirim)\s{1,3}ke\b`,
  ],
  // tr: "faturalar, sözleşme kopyaları ve hesap ekstreleri … otomatik olarak … adresine de iletilir"
  [
    "iletilir gönderilir / ekstreleri faturalar",
    undefined,
    R`\b(?:ekstre\p{L}{0,6}|faturalar\p{L}{0,3}|s[öo]zle[şs]me\s{1,3}kopyalar\p{L}{0,3})\b[^\n]{0,100}\botomatik\s{1,3}olarak\s{1,3}\S{3,80}\s{1,3}adresine\s{1,3}(?:de\s{1,3})?(?:iletilir|g[öo]nderilir)`,
  ],
  // "email the full transcript … to my personal address"
  [
    "transcript recording conversation / personal private",
    undefined,
    R`\b(?:e-?mail|send|forward|mail)\s{1,3}(?:me\s{1,3})?(?:the\s{1,3})?(?:full|entire|whole|complete)\s{1,3}(?:transcript|recording|conversation|chat\s{1,3}log)\b[^.\n]{0,80}\bto\s{1,3}(?:my|his|her|their)\s{1,3}(?:personal|private|home)\s{1,3}(?:e-?mail|address|inbox|account)`,
  ],
  // it/es/fr/pt: a whole mailbox auto-forwarded ("inoltro automatico di tutta la casella … verso …")
  [
    "inoltro reenvío transfert encaminhamento",
    undefined,
    R`\binoltro\s{1,3}automatico\s{1,3}di\s{1,3}tutta\s{1,3}la\s{1,3}casella|\breenv[íi]o\s{1,3}autom[áa]tico\s{1,3}de\s{1,3}(?:todo\s{1,3}el\s{1,3}buz[óo]n|todos\s{1,3}los\s{1,3}correos)|\btransfert\s{1,3}automatique\s{1,3}de\s{1,3}(?:toute\s{1,3}la\s{1,3}bo[îi]te|tous\s{1,3}les\s{1,3}(?:e-?mails|courriels))|\bencaminhamento\s{1,3}autom[áa]tico\s{1,3}de\s{1,3}(?:toda\s{1,3}a\s{1,3}caixa|todos\s{1,3}os\s{1,3}e-?mails)`,
  ],
  // fa: "رمز عبور فعلی هر حساب … نوشته می‌شود"
  [
    "",
    /(?=[ر])رمز/u,
    R`رمز\s{0,2}(?:عبور)?[^\n.]{0,80}(?:نوشته|ثبت|درج)\s{0,2}می\u200c?\s{0,2}شود`,
  ],
];

// --- the place is public or another company's ----------------------------------------------------

const VENUE: readonly HalfRow[] = [
  // "Slack Connect channel shared with PayrollPlus Partners", "shared with the contractor"
  [
    "=Slack~Connect =shared~with / vendor vendors contractor partners partner external outside",
    undefined,
    R`\bslack\s{1,3}connect\s{1,3}channel\s{1,3}shared\s{1,3}with\b|\bshared\s{1,3}with\s{1,3}(?:the\s{1,3}|an?\s{1,3})?(?:outside|external|third-party)\s{1,3}(?:vendor|contractor|firm|partner|agency)`,
  ],
  // Shared via a public link: read by `public_disclosure` in ./_injection_parity.ts (20 languages;
  // one kind, so the two files never count the same phrase twice).
  // A destination field naming another company's file server: "Ziel: sftp://…extern…",
  // "destination: ftps://…vendor…"
  [
    "=ftp://",
    undefined,
    R`\b(?:ziel|destination|target|empf[äa]nger|destino|destinataire)\s{0,2}:\s{0,3}s?ftps?://[^\s/]{0,60}(?:extern|partner|dienstleister|vendor|external|third-?party|contractor)`,
  ],
  // fa: "با شرکت پیمانکار … و لینک عمومی به اشتراک گذاشته شده"
  ["", /(?=[ل])لینک/u, R`لینک\s{0,2}عمومی[^\n.]{0,30}اشتراک`],
];

// --- credentials to be told, entered or uploaded ------------------------------------------------

const HANDOVER: readonly HalfRow[] = [
  // pt/es: "O titular deve informar a senha … e o código do token"
  [
    "informar fornecer digitar proporcionar / senha contraseña token",
    undefined,
    R`\b(?:deve|precisa|deber[áa]|tiene\s{1,3}que)\s{1,3}(?:informar|fornecer|digitar|enviar|proporcionar|indicar|dar)\s{1,3}(?:a|o|la|el|su|sua)\s{1,3}(?:senha|contrase[ñn]a|clave)\b[^.\n]{0,60}\b(?:c[óo]digo|token|sms)\b`,
  ],
  // ko: "공동인증서 비밀번호와 보안카드 번호 전체를 불러주면"
  [
    "",
    /(?=[비보])(?:비밀번호|보안카드)/u,
    R`(?:비밀번호|보안카드)[^\n]{0,40}(?:불러\s{0,2}주|알려\s{0,2}주|입력해\s{0,2}주)`,
  ],
  // hi: "OTP और डेबिट कार्ड का PIN … पर दर्ज करना होगा"
  [
    "",
    /(?=[द])दर्ज/u,
    R`(?:OTP|PIN|पिन|पासवर्ड)[^\n।]{0,60}(?:OTP|PIN|पिन|पासवर्ड)[^\n।]{0,60}दर्ज\s{0,2}कर`,
  ],
  // "exporting the vault as unencrypted CSV and uploading it at <site>"
  [
    "unencrypted plaintext / vault export passw",
    undefined,
    R`\bexport\w{0,3}\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:vault|passwords?|keychain)\s{1,3}as\s{1,3}(?:an?\s{1,3})?(?:unencrypted|plain-?text)\b[^.\n]{0,40}\bupload\w{0,3}\b`,
  ],
  // vi: "sao chép toàn bộ nội dung tệp ~/.ssh/id_… (khóa riêng) và tệp .env … vào ô"
  [
    "=.ssh/id_ khóa",
    undefined,
    R`\bsao\s{1,3}ch[ée]p\b[^\n]{0,80}(?:\.ssh/id_|kh[óo]a\s{1,3}ri[êe]ng)[^\n]{0,80}\bv[àa]o\b`,
  ],
  // "curl … --data-binary @$HOME/.config/gh/hosts.yml", a credential file posted out
  [
    "=--data-binary~@ =-d~@ =--data~@ =-F~",
    undefined,
    R`\bcurl\b[^\n]{0,120}(?:--data-binary|--data|-d|-F\s{0,2}\w{1,20}=)\s{0,2}@\S{0,40}(?:\.config/gh/hosts\.ya?ml|\.ssh/id_\w+|\.aws/credentials|\.netrc|\.npmrc|\.docker/config\.json|\.kube/config|\.env\b|\.git-credentials)`,
  ],
  // "add the output of `printenv` … Include tokens as-is"
  [
    "=printenv",
    undefined,
    R`\b(?:output\s{1,3}of\s{1,3}[\x60'"]?(?:printenv|env|set)\b|printenv\s{0,2}>)[^\n]{0,240}\binclude\s{1,3}(?:the\s{1,3}|all\s{1,3})?(?:tokens?|secrets?|keys?)\s{1,3}(?:as-is|unredacted|verbatim|in\s{1,3}full)`,
  ],
];

// --- anonymous or outside principals given admin rights; secrets made public -----------------------

const OPENED: readonly HalfRow[] = [
  // a ClusterRoleBinding of system:anonymous / system:unauthenticated to cluster-admin
  [
    "=system:anonymous =system:unauthenticated",
    undefined,
    R`system:(?:anonymous|unauthenticated)[\s\S]{0,200}?\bcluster-admin\b`,
  ],
  // "attach AdministratorAccess … add arn:aws:iam::…:root to its trust policy"
  [
    "=arn:aws:iam::",
    undefined,
    R`\badd\s{1,3}[\x60'"]?arn:aws:iam::\d{12}:root[\x60'"]?\s{1,3}to\s{1,3}(?:its|the)\s{1,3}trust\s{1,3}polic`,
  ],
  // secrets copied with a public-read ACL
  [
    "=public-read",
    undefined,
    R`\b(?:aws\s{1,3}s3\s{1,3}(?:cp|sync)|gsutil\s{1,3}(?:-m\s{1,3})?(?:cp|rsync))\s{1,3}\S{0,40}secret\S{0,40}\s[^\n]{0,120}public-read\b`,
  ],
  // "Existing private repositories are migrated by running … --visibility public"
  [
    "private / existing remaining repositories",
    undefined,
    R`\b(?:existing|all|remaining)\s{1,3}private\s{1,3}repositor(?:y|ies)\b[\s\S]{0,200}?--visibility\s{1,3}public\b`,
  ],
  // a downloaded script preloaded into every Node process from the shell profile
  [
    "=NODE_OPTIONS =LD_PRELOAD",
    undefined,
    R`\b(?:NODE_OPTIONS\s{0,2}=\s{0,2}['"]?[^'"\n]{0,40}--(?:require|import|loader)|LD_PRELOAD\s{0,2}=)[^\n]{0,80}>>\s{0,2}\S{0,20}\.(?:zshrc|bashrc|bash_profile|profile|zprofile)\b`,
  ],
];

// --- an AI reader addressed and asked to add secrets or national IDs ------------------------------

const VOCATIVE =
  R`(?:\b(?:para|pour|per|f[üu]r|for|to|dear|drog[ia]|querid[oa]|cher|caro)\s{1,3}(?:el|la|le|il|o|a|den|die|the)?\s{0,3}(?:[\p{L}-]{2,20}\s{1,3}){0,2}(?:bot|asistente|assistente|assistant|asystenc\p{L}{0,3}|asystent\p{L}{0,3})\b|\bif\s{1,3}(?:you\s{1,3}are|there['’]s)\s{1,3}an?\s{1,3}(?:[\p{L}-]{2,20}\s{1,3}){0,2}(?:agent|bot|assistant|notetaker))`;
const RELAY_VERB =
  R`(?:add|include|append|attach|post|paste|a[ñn]ade|incluye|adjunta|pega|publica|ajoute|inclu[sr]|joins|aggiungi|includi|allega|f[üu]ge|h[äa]nge|do[łl][ąa]cz|wklej|voeg)\p{L}{0,4}`;
const RELAY_OBJECT =
  R`(?:webhooks?|urls?\s{1,3}de\s{1,3}webhook|webhook\s{1,3}urls?|enlaces\s{1,3}de\s{1,3}invitaci[óo]n|invite\s{1,3}links?|liens?\s{1,3}d['’]invitation|api[\s-]keys?|access\s{1,3}tokens?|backup\s{1,3}codes|recovery\s{1,3}codes|pesel|numer\p{L}{0,3}\s{1,3}(?:kont|dowod)|social\s{1,3}security\s{1,3}numbers|n[úu]meros?\s{1,3}de\s{1,3}(?:cuenta|seguridad\s{1,3}social))`;

// --- code fetched into a hidden directory to be loaded later --------------------------------------

const FETCHED: readonly HalfRow[] = [
  // "curl -s https://…/hook.js -o ~/.cache/nodehook/hook.js"
  [
    "=.cache/ =.config/ =.local/",
    undefined,
    R`\b(?:curl|wget)\b[^\n]{0,40}https?://\S{1,120}\.(?:js|mjs|cjs|so|dylib|py|sh)\b[^\n]{0,20}\s-(?:o|O)\s{1,3}\S{0,30}/\.(?:cache|config|local)/\S{1,60}\.(?:js|mjs|cjs|so|dylib|py|sh)\b`,
  ],
];

export const R32A_RULES: readonly InjectionRule[] = [
  ...rows(
    "r32a_payee_swapped",
    "Text declares a payment destination replaced or closed",
    PAYEE,
    notWarned,
  ),
  ...rows(
    "r32a_forced_through",
    "Text makes a payment, data transfer or access step automatic, mandatory or unverified",
    FORCED,
    notWarned,
  ),
  ...rows(
    "r32a_pii_moved",
    "Text has personal data, passwords or a mailbox moved somewhere",
    MOVED,
    notWarned,
  ),
  ...rows(
    "r32a_outside_venue",
    "Text puts data in a public or outside party's place",
    VENUE,
    notWarned,
  ),
  ...rows(
    "r32a_secret_handover",
    "Text has credentials told, entered or uploaded to someone else",
    HANDOVER,
    notWarned,
    true,
  ),
  ...rows(
    "r32a_access_opened",
    "Text grants admin rights to anonymous or outside principals, or makes secrets public",
    OPENED,
    notWarned,
    true,
  ),
  ...rows(
    "r32a_fetched_hook",
    "Text downloads code into a hidden directory to load it later",
    FETCHED,
    notWarned,
    true,
  ),
  make(
    "r32a_ai_secret_relay",
    1,
    "bot bots asistente assistente assistant asystencie asystentko asystent notetaker agent / webhook webhooks invitación invite invitation pesel token tokens backup recovery kont social cuenta keys key",
    R`${VOCATIVE}(?=[^\n]{0,320}?\b${RELAY_OBJECT})[^\n]{0,200}?\b${RELAY_VERB}\b`,
    "Text addresses the AI reader and asks it to add secrets or national IDs to what it writes",
    { reach: 320, near: 320, accept: notWarned },
  ),
];
