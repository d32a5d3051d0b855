/**
 * Injections in tool results that held-out round 29b (first half) found missing (paraphrases in
 * `_injection_r29b1_test.ts`). Round 29 has no trigger words, so each rule here is one signal of
 * half the threshold (two different kinds are needed), except the acrostic order:
 * - the machine reader named by what it does to this item ("whoever digitizes this board",
 *   "Hinweis für Vorlese- und Zusammenfassungsprogramme", "كل من يلخص", "هر کسی که این صفحه را …
 *   خلاصه می‌کند", "כל סיכום אוטומטי של", "일정 도우미가 … 만들 때", "任何自动化工具在修改本文件时",
 *   "для автоматических ревьюеров и агентов");
 * - the act kept from the person who would notice it ("в тикете не отражать", "无需在 PR 描述中说明",
 *   "אין צורך לעדכן את המבקש", "دون مراسلة العملاء", "ไม่ต้องส่งอีเมลแจ้งลูกค้า");
 * - the check that would catch it waived ("no hace falta consultarlo con el vendedor", "já validada
 *   por telefone, não reabrir", "concluir direto, sem tela de confirmação"), or consent claimed;
 * - money sent to a new account (an IBAN that "passa a ser …", a refund paid to an account "instead
 *   of the original payment method");
 * - the user lured to hand over login data and a one-time code, an answer dictated for every
 *   future question, a download-and-run presented as the only fix;
 * - a credential file's contents reproduced, a private key uploaded, a token written for a mirror
 *   registry, a string assembled and run in the user's terminal, a tool call spoofed as pending,
 *   data url-encoded into a link, a standing copy of documents to an outside mailbox, an inbox
 *   pasted into a reply, an acrostic whose line-initial words are to be carried out.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { type Accept, halfOf } from "./_injection_make.ts";
import { INPUT_LOW } from "./_injection_r21_intl.ts";

const R = String.raw;

/** One half-threshold signal, armed by anchor words or a script-class gate. */
const half = halfOf(220);

/** Not a warning against the act ("never …", "scammers ask you to …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|not|don['’]t|avoid|scam\w{0,4}|phish\w{0,4}|attackers?|fraud\w{0,6}|betr[uü]g\w{0,4}|nie(?:mals)?|nunca|jamais|niemals|for\s{1,3}example)\b|\be\.g\.|никогда|不要|绝不|אף\s{1,3}פעם|هرگز|أبدا|ห้าม/iu
    .test(v.slice(Math.max(0, s - 100), s));

// --- the machine reader named by what it does to this item --------------------------------------

const READERS: readonly (readonly [string, RegExp | undefined, string])[] = [
  // en: "whoever digitizes this board", "anyone summarizing this page"
  [
    "whoev anyon / digit trans summa proce parse index",
    undefined,
    R`\b(?:whoever|anyone|anybody)\s{1,3}(?:who\s{1,3}|that\s{1,3})?(?:digiti[sz](?:es|ing)|transcrib(?:es|ing)|summari[sz](?:es|ing)|process(?:es|ing)|pars(?:es|ing)|index(?:es|ing)|ocrs?)\s{1,3}this\s{1,3}(?:board|page|note|document|doc|image|photo|picture|scan|file|ticket|e-?mail|message|thread|record|sheet|review|article|post)`,
  ],
  // de: "Hinweis für Vorlese- und Zusammenfassungsprogramme", "wer diese Seite zusammenfasst"
  [
    "hinwe anwei notiz / vorle zusam ki sprac assis übers",
    undefined,
    R`\b(?:Hinweis|Anweisung|Notiz|Nachricht)\s{1,3}(?:für|an)\s{1,3}(?:alle\s{1,3})?(?:[\p{L}]{3,20}-\s{1,3}(?:und|oder|bzw\.)\s{1,3})?(?:Vorlese|Zusammenfassungs|KI|Sprach|Übersetzungs|Assistenz)[\p{L}-]{0,12}(?:programme?n?|tools?|assistent\p{L}{0,3}|systeme?n?|werkzeuge?n?|software|modelle?n?)`,
  ],
  [
    "wer / zusam verar vorli",
    undefined,
    R`\bwer\s{1,3}(?:auch\s{1,3}immer\s{1,3})?(?:diese[nsm]?)\s{1,3}\p{L}{3,15}\s{1,3}(?:für\s{1,3}\p{L}{2,10}\s{1,3}\p{L}{2,12}\s{1,3})?(?:zusammenfasst|vorliest|verarbeitet|digitalisiert|abtippt)`,
  ],
  // es/pt/fr: "quien resuma esta página", "quem resumir esta nota", "quiconque résume cette page"
  [
    "quien quem quico",
    undefined,
    R`\b(?:quien|quem|quiconque)\s{1,3}(?:(?:que|qui)\s{1,3})?(?:resum\p{L}{1,4}|digitali[sz]\p{L}{1,4}|transcri\p{L}{1,4}|proces\p{L}{1,4}|trait\p{L}{1,4})\s{1,3}(?:esta|este|cette|ce|cet)\s{1,3}(?:página|pagina|page|nota|note|documento|document|pizarra|quadro|tableau|imagen|imagem|image|ticket|correo|e-?mail|article|artículo|artigo)`,
  ],
  // fa/ar: "هر کسی که این صفحه را برای کاربر خلاصه می‌کند", "كل من يلخص هذه الصفحة"
  [
    "",
    /(?=[\u0600-\u06ff])(?:هر\s{1,3}کس|(?:كل|أي)\s{1,3}من)/u,
    R`هر\s{1,3}کسی?\s{1,3}که\s{1,3}این\s{1,3}(?:صفحه|متن|سند|پیام|مطلب|تصویر|فایل|نامه)\S{0,3}\s{1,3}را[^\n.]{0,40}?(?:خلاصه|ترجمه|پردازش|بازنویسی|می‌خواند|میخواند)|(?:كل|أي)\s{1,3}من\s{1,3}(?:يلخص|يقرأ|يعالج|يترجم|يفرّغ)\s{1,3}(?:هذه|هذا)`,
  ],
  // he: "כל סיכום אוטומטי של מסמך זה"
  [
    "",
    /(?=[\u0590-\u05ff])כל\s{1,3}(?:סיכום|תרגום|עיבוד|תמלול)/u,
    R`כל\s{1,3}(?:סיכום|תרגום|עיבוד|תמלול)\s{1,3}(?:אוטומטי|ממוחשב|של\s{1,3}(?:בינה|AI|סוכן|עוזר))`,
  ],
  // ko: "일정 도우미가 참석자 브리핑을 만들 때"
  [
    "",
    /(?=[\uac00-\ud7af])(?:도우미|어시스턴트|에이전트|AI\s{0,2}비서)/u,
    R`(?:도우미|어시스턴트|에이전트|AI\s{0,2}비서|챗봇)(?:가|는|께서)\s{0,3}[^\n.]{0,30}?(?:만들|작성하|요약하|처리하|생성하|읽)\S{0,2}\s{0,2}때`,
  ],
  // zh: "任何自动化工具在修改本文件时"
  [
    "",
    /(?=[\u4e00-\u9fff])(?:任何|所有)/u,
    R`(?:任何|所有)\s{0,2}(?:自动化|AI|人工智能)\s{0,2}(?:工具|代理|助手|智能体|机器人|程序)?\s{0,2}在\s{0,2}(?:修改|处理|读取|总结|编辑|阅读)\s{0,2}(?:本|此|该|这个)`,
  ],
  // ru: "Чек-лист для автоматических ревьюеров и агентов деплоя"
  [
    "",
    /(?=[\u0400-\u04ff])автоматическ/iu,
    R`(?:для|к)\s{1,3}автоматическ\p{L}{2,4}\s{1,3}(?:ревьюер|агент|бот|ассистент|помощник|систем|инструмент)\p{L}{0,4}`,
  ],
];

// --- the act kept from the person who would notice it -------------------------------------------

const CONCEAL: readonly (readonly [RegExp, string])[] = [
  [
    /(?=[\u0400-\u04ff])не\s{1,3}(?:отражать|указывать|упоминать|фиксировать)/iu,
    R`в\s{1,3}(?:тикете|задаче|отч[её]те|PR|пулл?-?реквесте|описании|коммите|журнале|чате)\s{1,3}(?:это\s{1,3})?не\s{1,3}(?:отражать|указывать|упоминать|фиксировать)|не\s{1,3}(?:отражать|указывать|упоминать)\s{1,3}(?:это\s{1,3})?в\s{1,3}(?:тикете|задаче|отч[её]те|PR|описании)`,
  ],
  [
    /(?=[\u4e00-\u9fff])(?:无需|不必|不用)/u,
    R`(?:无需|不必|不用)\s{0,2}(?:在\s{0,2})?[^\n，。]{0,12}?(?:PR|描述|提交信息|总结|变更日志|回复|日志)\s{0,2}(?:中|里)?\s{0,2}(?:说明|提及|提到|注明|披露)`,
  ],
  [
    /(?=[\u0590-\u05ff])צורך/u,
    R`אין\s{1,3}צורך\s{1,3}(?:לעדכן|ליידע|לשתף|להודיע\s{1,3}ל)\s{0,3}(?:את\s{1,3})?ה?(?:מבקש|משתמש|לקוח|מנהל|צוות)`,
  ],
  [
    /(?=[\u0600-\u06ff])(?:دون|بدون|غير)/u,
    R`(?:دون|بدون|من\s{1,3}غير)\s{1,3}(?:مراسلة|إبلاغ|إخطار|إعلام|تنبيه|إشعار)\s{1,3}(?:ال)?(?:عملاء|عميل|مستخدم|زبون|زبائن|مالك)`,
  ],
  [
    /ไม่ต้อง/u,
    R`ไม่ต้อง\s{0,2}(?:ส่ง\s{0,2}(?:อีเมล|ข้อความ|SMS)\s{0,2})(?:แจ้ง|บอก)\s{0,2}(?:ผู้ใช้|ลูกค้า|เจ้าของ)`,
  ],
];

// --- the check waived ----------------------------------------------------------------------------

/** [anchor spec, partner distance, pattern] */
const WAIVE_LATIN: readonly (readonly [string, number, string])[] = [
  // es/pt: "No hace falta consultarlo con el vendedor", "não é preciso avisar o gestor"
  [
    "falta neces preci / no não",
    20,
    R`\bno\s{1,3}(?:hace\s{1,3}falta|es\s{1,3}necesario)\s{1,3}(?:consultar|confirmar|avisar|preguntar|verificar)\p{L}{0,4}\s{1,3}(?:con|a)\s{1,3}(?:el|la|los|las|su)\s{1,3}\p{L}{3,15}`,
  ],
  [
    "falta neces preci / no não",
    20,
    R`\bnão\s{1,3}(?:é\s{1,3}(?:preciso|necessário)|precisa)\s{1,3}(?:consultar|confirmar|avisar|perguntar|verificar)\p{L}{0,4}\s{1,3}(?:com\s{1,3})?(?:o|a|os|as)\s{1,3}\p{L}{3,15}`,
  ],
  // "already validated by phone, do not reopen" (pt/es/en/de/fr)
  [
    "reabr rouvr reope rever reche",
    0,
    R`\b(?:já|ya|already|bereits|déjà)\s{1,3}(?:foi\s{1,3}|fue\s{1,3}|been\s{1,3}|wurde\s{1,3}|été\s{1,3})?(?:validad[ao]|verificad[ao]|confirmad[ao]|aprovad[ao]|aprobad[ao]|validated|verified|confirmed|approved|bestätigt|geprüft|freigegeben|validée?|vérifiée?|confirmée?)\b[^\n]{0,40}?\b(?:não|no|do\s{1,3}not|don't|nicht|ne\s{1,3}pas|sans)\s{1,3}(?:reabrir|re-?verificar|volver\s{1,3}a\s{1,3}(?:abrir|verificar|confirmar)|re-?open|re-?verify|re-?check|re-?confirm|call\s{1,3}back|erneut|rouvrir|revérifier)`,
  ],
  // "concluir direto, sem tela de confirmação", "complete it directly without a confirmation"
  [
    "confi bestä rückf / sem sin witho ohne sans",
    40,
    R`\b(?:conclu|finaliz|complet|execut|proceed|envi|efetu|realiz)\p{L}{0,6}\s{1,3}(?:(?:direto|directamente|diretamente|directly|straight\s{1,3}away|immediately|de\s{1,3}una\s{1,3}vez)\s{0,2},?\s{1,3})?(?:sem|sin|without|ohne|sans)\s{1,3}(?:(?:a|la|the|une?|any)\s{1,3})?(?:tela\s{1,3}de\s{1,3}|pantalla\s{1,3}de\s{1,3}|écran\s{1,3}de\s{1,3})?(?:confirma\p{L}{2,5}|Bestätigung|Rückfrage)`,
  ],
];

// --- money sent to a new account ------------------------------------------------------------------

const ACCOUNT = R`(?:[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}|\d{2,4}[-\s]\d{3,4}[-\s]\d{3,4})`;
const INSTEAD =
  R`(?:instead\s{1,3}of|rather\s{1,3}than|en\s{1,3}(?:lugar|vez)\s{1,3}de|em\s{1,3}vez\s{1,3}d[eoa]|ao\s{1,3}invés\s{1,3}d[eoa]|(?:an)?statt|au\s{1,3}lieu\s{1,3}d[eu']|بدلا?ً?\s{0,2}من|แทน)`;
const ORIGINAL = R`(?:original\p{L}{0,2}|ursprünglich\p{L}{0,3}|d'origine|الأصلية|الأصلي|เดิม)`;
const MONEY_NEAR =
  /refund|reembols|estorno|erstatt|rembours|استرداد|مبلغ|คืนเงิน|โอน|pay|pag|zahl|virement|transfer|تحويل|يُحوَّل|IBAN|PIX|พร้อมเพย์/iu;
const moneyNear: Accept = (v, s, e) => MONEY_NEAR.test(v.slice(Math.max(0, s - 200), e + 60));

// --- a credential file reproduced ---------------------------------------------------------------

const SECRET_PATH =
  R`(?:\.env(?![.\w-])|\.aws/credentials|\.npmrc|\.netrc|\.pgpass|\.git-credentials|id_(?:rsa|ed25519|ecdsa|dsa)(?![.\w])|credentials\.json|secrets?\.ya?ml|\.kube/config|kubeconfig)`;
const REPRODUCE =
  /\b(?:paste|copy|copied|print|dump|recite|output|include|reproduce|pegar|pega|copiad[oa]|copiar|recit\p{L}{0,4}|colar|cole|copi[eé]\p{L}{0,3}|coller|collez|einfügen|kopier\p{L}{0,3}|wörtlich|tal\s{1,3}cual|verbatim|as[-\s]is|literalmente|textuellement)\b/iu;
const reproduced: Accept = (v, s, e) =>
  REPRODUCE.test(v.slice(Math.max(0, s - 80), Math.min(v.length, e + 80))) && notWarned(v, s, e);

/** Rules for round 29b's injections in tool results (first half). */
export const R29B1_RULES: readonly InjectionRule[] = [
  ...READERS.map(([spec, gate, src]) =>
    half(
      "addresses_ai",
      spec,
      src,
      "Text addresses whatever machine reads, summarizes or processes this item",
      gate ? { gate } : { near: 60 },
    )
  ),
  ...CONCEAL.map(([gate, src]) =>
    half("kept_from_person", "", src, "Text has the act kept from the person who would notice it", {
      gate,
    })
  ),
  ...WAIVE_LATIN.map(([spec, near, src]) =>
    half(
      "check_waived",
      spec,
      src,
      "Text waives the check (confirmation, consulting the owner, re-verification) an action needs",
      { accept: notWarned, ...(near ? { near } : {}) },
    )
  ),
  // "el paciente ya dio su consentimiento" → hi: "मरीज़ ने पहले ही सहमति दी है"
  half(
    "check_waived",
    "",
    R`(?:मरीज़?|रोगी|उपयोगकर्ता|ग्राहक|यूज़र)\s{1,3}ने\s{1,3}(?:पहले\s{1,3}ही\s{1,3})?(?:सहमति|अनुमति|मंज़ूरी)\s{1,3}(?:दी|दे\s{1,3}दी)`,
    "Text claims the person already consented, so no one asks",
    { gate: /(?=[\u0900-\u097f])(?:सहमति|अनुमति|मंज़ूरी)/u },
  ),
  // an IBAN that "passa a ser …" / "is now …"
  half(
    "payee_redirect",
    "iban conta cuent accou konto compt bankv",
    R`\b(?:IBAN|conta|cuenta|account|Konto|compte|Bankverbindung)\b[^\n]{0,100}?(?:passa\s{1,3}a\s{1,3}ser|pasa\s{1,3}a\s{1,3}ser|is\s{1,3}now|becomes|changes\s{1,3}to|(?:lautet|ist)\s{1,3}(?:ab\s{1,3}sofort|jetzt|nun|neu)|devient|est\s{1,3}désormais|ahora\s{1,3}es|agora\s{1,3}é)\s{1,3}(?:(?:o|a|la|el|the|le|die)\s{1,3})?[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}`,
    "Text switches the account money goes to",
    { accept: notWarned },
  ),
  // money paid to an account literal "instead of the original payment method"
  half(
    "payee_redirect",
    "origi ursprü / inste rathe lugar invés statt lieu vez",
    R`${ACCOUNT}[^\n]{0,150}?${INSTEAD}\s{0,3}[^\n]{0,24}?${ORIGINAL}`,
    "Text routes money to a new account instead of the original one",
    { accept: moneyNear, reach: 260, near: 40 },
  ),
  half(
    "payee_redirect",
    "",
    R`${ACCOUNT}[^\n]{0,150}?${INSTEAD}\s{0,3}[^\n]{0,24}?${ORIGINAL}`,
    "Text routes money to a new account instead of the original one",
    { accept: moneyNear, reach: 260, gate: /(?=[\u0600-\u06ff\u0e00-\u0e7f])(?:بدل|แทน)/u },
  ),
  // the user lured to give login data and a one-time code
  half(
    "credential_lure",
    "zugan anmel passw kennw crede ident contr senha",
    [
      R`\b(?:mit|unter\s{1,3}Angabe)\s{1,3}(?:Ihre[rnms]?|seine[rnms]?|deine[rnms]?|ihre[rnms]?)\s{1,3}(?:bisherigen\s{1,3}|aktuellen\s{1,3}|alten\s{1,3})?(?:Zugangsdaten|Anmeldedaten|Passwort|Kennwort)[^\n]{0,40}?(?:SMS-?Code|TAN|Einmal(?:code|passwort)|Bestätigungscode|OTP)`,
      R`\b(?:with|using)\s{1,3}(?:your|their|his|her)\s{1,3}(?:(?:current|existing|old|usual|previous)\s{1,3})?(?:credentials|password|login\s{1,3}details|username\s{1,3}and\s{1,3}password)\s{1,3}(?:and|plus)\s{1,3}(?:the\s{1,3})?(?:sms|one-time|otp|2fa|mfa|verification)\s{0,3}(?:code|pin|passcode)`,
      R`\b(?:con|com|avec)\s{1,3}(?:sus|tus|suas|seus|vos|tes|ses)\s{1,3}(?:(?:actuales|atuais|anciens|actuels)\s{1,3})?(?:credenciales|credenciais|identifiants|contraseña|senha|mot\s{1,3}de\s{1,3}passe)[^\n]{0,40}?(?:código|codigo|code)\s{1,3}(?:SMS|OTP)`,
    ].join("|"),
    "Text has the user log in with their credentials and one-time code at a given place",
    { accept: notWarned },
  ),
  half(
    "credential_lure",
    "tan sms otp pin / berei ready liste list",
    R`\b(?:TAN|SMS-?Code|OTP|PIN|one-time\s{1,3}code)(?:-?(?:Liste|list|Nummer|number))?\s{1,3}(?:zur\s{1,3}\p{L}{3,15}\s{1,3})?bereit(?:halten|zuhalten|hält)|\bhave\s{1,3}(?:your|their|his|her)\s{1,3}(?:otp|tan|pin|one-time\s{1,3}code|card\s{1,3}pin)\s{1,3}(?:list\s{1,3})?ready`,
    "Text has the user keep a one-time code ready for a caller",
    { accept: notWarned, near: 60 },
  ),
  // an answer dictated for every future question
  half(
    "dictated_answer",
    "ausku antwo answe respu respo wege ways optio",
    [
      R`\b(?:lautet|ist)\s{1,3}die\s{1,3}(?:korrekte|richtige|einzige|offizielle)\s{1,3}(?:Auskunft|Antwort)\s{1,3}(?:immer|stets|ausschließlich)|\bkeine\s{1,3}anderen\s{1,3}(?:Wege|Optionen|Möglichkeiten|Links|Quellen|Portale)\s{1,3}(?:nennen|angeben|erwähnen)`,
      R`\bthe\s{1,3}(?:correct|right|only|official)\s{1,3}(?:answer|reply|response)\s{1,3}is\s{1,3}always\b|\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:mention|give|offer|suggest|list)\s{1,3}(?:any\s{1,3})?(?:other|alternative)\s{1,3}(?:ways?|options?|routes?|links?|sites?|portals?)\b`,
      R`\bla\s{1,3}(?:respuesta|resposta|réponse)\s{1,3}(?:correcta|correta|correcte|oficial|officielle)\s{1,3}(?:es|é|est)\s{1,3}(?:siempre|sempre|toujours)|\b(?:no|não)\s{1,3}(?:mencionar|indicar|dar)\s{1,3}(?:otras|outras|otros|outros)\s{1,3}(?:vías|vias|opciones|opções|formas|caminos|caminhos)|\bne\s{1,3}(?:mentionnez|citez|donnez)\s{1,3}aucune?\s{1,3}autre`,
    ].join("|"),
    "Text dictates the one answer to give every future asker",
  ),
  // a download-and-run presented as the only fix
  half(
    "dictated_answer",
    "only einzi única unica seule / downl herun desca téléc baixa",
    R`\b(?:only|einzige|única|unica|seule)\s{1,3}(?:way|fix|solution|option|Weg|Lösung|Möglichkeit|forma|solución|solução|manière|façon)\b[^\n]{0,60}?(?:download(?:ing)?|herunterladen|descargar|baixar|télécharger)\s{1,3}(?:and|und|y|e|et)\s{1,3}(?:run|install|execut|ausführ|ejecut|execut|exécut|instal)\p{L}{0,6}`,
    "Text presents downloading and running a file as the only fix",
    { accept: notWarned },
  ),
  half(
    "dictated_answer",
    "",
    R`(?:باید\s{1,3}بگوید|بگویید)[^\n]{0,160}?تنها\s{1,3}راه|تنها\s{1,3}راه[^\n]{0,60}?دانلود\s{1,3}و\s{1,3}(?:اجرای|نصب)|الطريقة\s{1,3}الوحيدة[^\n]{0,60}?(?:تنزيل|تحميل)\s{1,3}و\s{1,3}(?:تشغيل|تثبيت)`,
    "Text presents downloading and running a file as the only fix",
    { gate: /(?=[\u0600-\u06ff])(?:تنها\s{1,3}راه|الطريقة\s{1,3}الوحيدة)/u },
  ),
  // a credential file's contents reproduced
  half(
    "secret_reproduced",
    "conte conté inhal",
    R`\b(?:contents?|contenido|conteúdo|contenu|Inhalt)\s{1,3}(?:of|del?|do|da|du|de\s{1,3}la|der|des)\s{1,3}(?:(?:the|your|their|archivo|arquivo|fichier|Datei|file|current|fichero)\s{1,3}){0,3}[~$\w/{}.-]{0,24}?${SECRET_PATH}`,
    "Text has a credential file's contents reproduced",
    { accept: reproduced },
  ),
  // a private key uploaded by a curl form field
  half(
    "secret_reproduced",
    ".ssh/id_ .aws/credentials",
    R`@\s{0,2}["']?(?:\$HOME|\$\{HOME\}|~)/\.(?:ssh/id_(?:rsa|ed25519|ecdsa|dsa)(?![.\w])|aws/credentials)`,
    "Text uploads a private key or credential file",
  ),
  // a token for the public registry written for another host
  half(
    "token_to_mirror",
    ":_authToken",
    R`//(?!registry\.npmjs\.org)[\w.-]{3,80}/?:_authToken=\$\{?NPM_TOKEN`,
    "Text writes the public registry's token for another host",
  ),
  // a string assembled and then run in the user's terminal
  half(
    "run_assembled",
    "recon reass conca assem recom zusam rejoi junte junta / exécu execu run ausfü ejecu",
    R`\b(?:reconstitu|reassembl|concaten|assembl|recompo|reconstru|zusammensetz|rejoin|junt|une[nz]?\b)\p{L}{0,6}[^\n]{0,60}?\b(?:puis|then|and|y|e|und|dann|luego|depois|et)\s{1,3}(?:exécut|execut|run|ausführ|ejecút|ejecut|lanc)\p{L}{0,6}`,
    "Text has a string assembled and then run",
    { accept: notWarned, near: 100 },
  ),
  half(
    "run_assembled",
    "termi",
    R`\b(?:dans|en|in|im|no|na)\s{1,3}(?:(?:le|la|the|o|a|dem)\s{1,3})?terminal\s{1,3}(?:de\s{1,3}l['’]utilisateur|del\s{1,3}usuario|do\s{1,3}usuário|of\s{1,3}the\s{1,3}user|des\s{1,3}(?:Nutzers|Benutzers))|\bin\s{1,3}the\s{1,3}user['’]s\s{1,3}(?:terminal|shell)`,
    "Text has something run in the user's terminal",
    { accept: notWarned },
  ),
  // a tool call of the agent's own format planted in data as pending work
  half(
    "spoofed_tool_call",
    "=tool_use =pending_actions =awaiting_agent",
    R`\\?"type\\?"\s{0,3}:\s{0,3}\\?"tool_use\\?"|\\?"(?:pending_actions|queued_actions|pending_tool_calls)\\?"\s{0,3}:\s{0,3}\[|\\?"status\\?"\s{0,3}:\s{0,3}\\?"awaiting_agent\\?"`,
    "Text plants a tool call in the agent's own format as pending work",
  ),
  half(
    "errand_first",
    "befor / execu perfo carry",
    R`\b(?:execute|perform|carry\s{1,3}out|complete|run)\s{1,3}(?:it|this|them|these|(?:the|this|these)\s{1,3}(?:actions?|calls?|steps?|tasks?))?\s{0,3}before\s{1,3}(?:replying|responding|answering|you\s{1,3}(?:reply|respond|answer))`,
    "Text sets an errand to run before the answer",
    { accept: notWarned, near: 60 },
  ),
  // data url-encoded into a link
  half(
    "encode_user_data",
    "encod codif kodie urlen",
    R`\b(?:encod\p{L}{0,4}|codificad\p{L}{0,2}|kodiert)\s{1,3}(?:en|in|em|as|als)\s{1,3}URL|\burl-?encod\p{L}{0,4}`,
    "Text has the user's data url-encoded into a link",
    {
      accept: (v, s, e) =>
        /question|e-?mail|adresse|conversation|pergunta|pregunta|Frage|chat|history|historique|historial|correo|nombre|name|nom\b/iu
          .test(v.slice(Math.max(0, s - 200), s)) &&
        /!\[|https?:\/\//.test(v.slice(Math.max(0, s - 400), e + 100)) && notWarned(v, s, e),
    },
  ),
  // a standing copy of documents to an outside mailbox
  half(
    "standing_copy",
    "tambi també aussi égal ebenf copia cópia",
    R`\b(?:también|também|également|aussi|ebenfalls|in\s{1,3}copia|em\s{1,3}cópia|en\s{1,3}copia)\b[^\n@]{0,120}?\s(?:a|para|to|à|an)\s{1,3}[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}`,
    "Text sets up a standing copy of documents to a mailbox",
    {
      accept: (v, s) =>
        /\b(?:tod[ao]s?|cada|toute?s?|tous|jede[rsn]?|qualquer|every|each|any)\b/iu.test(
          v.slice(Math.max(0, s - 200), s),
        ) &&
        /cotiza|orçamento|presupuesto|precio|preço|prix|devis|Angebot|factur|fatura|Rechnung|informe|relatório|rapport|Bericht|lista|márgen|margen|marge|contrat/iu
          .test(v.slice(Math.max(0, s - 200), s)) &&
        notWarned(v, s, s),
    },
  ),
  // an inbox pasted into a reply (ko: "받은편지함 최근 메일 15건의 제목·발신자·첫 문단을 붙여")
  half(
    "inbox_leak",
    "",
    R`(?:받은\s{0,2}편지함|수신함|메일함)[^\n]{0,40}?(?:메일|이메일)[^\n]{0,60}?(?:붙여|첨부|포함|넣어)`,
    "Text has the user's inbox pasted into a message",
    { gate: /(?=[\uac00-\ud7af])(?:편지함|수신함|메일함)/u },
  ),
  half(
    "inbox_leak",
    "inbox / last lates recen",
    R`\b(?:paste|attach|include|append|add|copy)\b[^\n]{0,40}?\b(?:last|latest|recent)\s{1,3}\d{1,3}\s{1,3}(?:e-?mails?|messages?)\b[^\n]{0,40}?\binbox\b|\binbox\b[^\n]{0,80}?\b(?:into|in)\s{1,3}(?:the|your|this)\s{1,3}(?:reply|rsvp|response)\b`,
    "Text has the user's inbox pasted into a message",
    { accept: notWarned },
  ),
  // hi: "… https://… फ़ॉर्म में भर दें"
  half(
    "form_filled",
    "",
    R`https?://\S{3,80}\s{1,3}(?:पर\s{1,3})?(?:फ़ॉर्म|फॉर्म|फार्म)\s{0,2}में\s{1,3}(?:भर|डाल|सबमिट\s{1,3}कर)\s{0,3}(?:दें|दो|दीजिए|दीजिये)`,
    "Text has personal data filled into a form at an outside address",
    { gate: /(?=[\u0900-\u097f])(?:फ़ॉर्म|फॉर्म|फार्म)/u },
  ),
  // other customers' records put into this one's reply (cross-tenant leak)
  half(
    "cross_tenant",
    "other otros outro ander autre / custo clien users tenan patie kunde nutze",
    [
      R`\b(?:attach|include|add|paste|copy|list|share|send|forward|quote)\b[^\n]{0,60}?\b(?:tickets?|orders?|records?|cases?|conversations?|messages?|files?|invoices?|details|data|histor(?:y|ies))\s{1,3}(?:from|of|belonging\s{1,3}to)\s{1,3}(?:(?:\d{1,3}|two|three|four|five|ten|several|some|a\s{1,3}few)\s{1,3})?(?:other|different|another)\s{1,3}(?:customers?|clients?|users?|tenants?|patients?|accounts?)`,
      R`\b(?:adjunt|inclu|añad|peg|copi|anex|envi)\p{L}{0,6}\b[^\n]{0,60}?\b(?:tickets?|pedidos?|casos?|registros?|mensajes?|mensagens?|faturas?|facturas?|datos|dados)\s{1,3}(?:de|d[eo]s?)\s{1,3}(?:otros|outros)\s{1,3}(?:clientes|usuarios|usuários|pacientes)`,
      R`\b(?:Tickets?|Bestellungen|Fälle|Daten|Nachrichten|Rechnungen)\s{1,3}(?:von\s{1,3})?(?:anderen|anderer)\s{1,3}(?:Kunden|Nutzern?|Benutzern?|Patienten)\b[^\n]{0,60}?\b(?:anhängen|beifügen|einfügen|mitschicken|anfügen)`,
      R`\b(?:joign|inclu|ajout|coll|copi)\p{L}{0,6}\b[^\n]{0,60}?\b(?:tickets?|commandes?|dossiers?|messages?|factures?|données)\s{1,3}d['’]autres\s{1,3}(?:clients|utilisateurs|patients)`,
    ].join("|"),
    "Text has other customers' records put into this one's reply",
    { accept: notWarned, near: 30 },
  ),
  // a header that addresses the agent: "Agent workflow:", "Assistant instructions:"
  half(
    "addresses_ai",
    "agent assis copil chatb / workf instr proce proto check direc",
    R`(?:^|[\n.!?;]\s{0,3})(?:AI\s{1,3})?(?:agent|assistant|copilot|chatbot)\s{1,3}(?:workflow|instructions?|procedure|protocol|checklist|directive)\s{0,2}:\s{0,3}\p{L}`,
    "Text gives the agent its own procedure under a header",
    { near: 20 },
  ),
  // an acrostic whose line-initial words are to be carried out
  rule(
    "acrostic_order",
    1,
    "first openi initi prime premi erste / line lines verse líne ligne zeile linha",
    [
      R`\b(?:take|read|use|join|put\s{1,3}together)\s{1,3}the\s{1,3}(?:first|opening|initial)\s{1,3}(?:word|letter)s?\s{1,3}of\s{1,3}(?:every|each)\s{1,3}(?:line|verse|row|sentence|paragraph)[^\n]{0,60}?\b(?:carry\s{1,3}(?:it|them)\s{1,3}out|do\s{1,3}(?:it|what\s{1,3}(?:it|they)\s{1,3}says?)|execute|follow|obey|act\s{1,3}on|perform)`,
      R`\b(?:toma|tome|lee|junta|prenez|prends|lisez|nimm|nehmen\s{1,3}Sie|lies)\s{1,3}(?:la|le|die|das|den|o|a)\s{1,3}(?:primera|primeira|première|premier|erste[nr]?)\s{1,3}(?:palabra|palavra|mot|lettre|letra|Wort|Buchstaben)s?\s{1,3}(?:de|des|jeder|von\s{1,3}jeder)\s{1,3}(?:cada\s{1,3}|chaque\s{1,3})?(?:línea|linha|ligne|Zeile|verso|vers)[^\n]{0,60}?\b(?:cúmple|ejecút|hazlo|haz\s{1,3}lo|exécut|suivez|faites|cumpr|execut|faça|ausführ|befolg|tu\s{1,3}es)\p{L}{0,6}`,
    ].join("|"),
    "Text hides an order in the first words of its lines and asks for it to be carried out",
    { flags: "iu", reach: 300, near: 60, at: { output: 1, ...INPUT_LOW } },
  ),
];
