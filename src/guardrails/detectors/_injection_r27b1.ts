/**
 * Injections in tool results that held-out round 27b found missing (paraphrases in
 * `_injection_r27b1_test.ts`). Round 27 avoids trigger words, so these rules look at the act and
 * what makes it an order; each is one signal of about half the threshold, so two are needed:
 * - the AI named by its handling of this very item ("Для ИИ-помощника, который обрабатывает эту
 *   заявку", "Bu talebi işleyen otomasyon için", "לסוכן האוטומטי שמסכם", "如果你是…代码助手");
 * - the act kept from whoever oversees it ("Оператору ничего не сообщайте", "不要在总结里提到",
 *   "אין צורך לציין זאת", "without showing the diff" after agents are named);
 * - data or systems opened to the world (link sharing of every file to "anyone with link", a
 *   bucket policy for Principal "*", an admin CIDR of 0.0.0.0/0, a file copied to the public
 *   folder), the environment posted out by curl, MFA switched off, a super-admin role handed out;
 * - a one-time code or card number asked back into the chat, an errand set before the answer, and
 *   a Portuguese / Spanish persona switch ("a partir de agora você é …").
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { type Accept, halfOf } from "./_injection_make.ts";
import { INPUT_LOW } from "./_injection_r21_intl.ts";

const R = String.raw;
const AT = { output: 0.5, ...INPUT_LOW } as const;

/**
 * One half-threshold signal, armed by anchor words and/or a gate. Gates are written as a script
 * class lookahead (`(?=[\u0400-\u04ff])…`) so that a text without that script never runs them and
 * one with it runs them only over its non-ASCII runs: a plain `iu` alternation would be tried at
 * every position of every result.
 */
const half = halfOf(200);

/** An AI or agent named before the match: hiding a diff from a person is a workflow, not a hijack. */
const aiBefore: Accept = (v, s, e) =>
  /\b(?:AI|assistants?|agents?|LLMs?|models?|automation|copilots?|bots?)\b/i.test(
    v.slice(Math.max(0, s - 400), e),
  );
/** Not a warning against the act ("never …", "do not …", "scammers …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|not|don['’]t|avoid|scam\w{0,4}|phish\w{0,4}|attackers?|fraudsters?)\b|никогда|не\s{1,3}(?:отправляйте|сообщайте)|ห้าม|อย่า|绝不|不要|לעולם/iu
    .test(v.slice(Math.max(0, s - 120), s));

// --- the AI named by its handling of this very item -------------------------------------------

const RU_GATE = /(?=[\u0400-\u04ff])(?:(?:для|к)\s{1,3}(?:ИИ|AI)|помощник|ассистент|агент|бот)/iu;
const TH_GATE = /สำหรับ/u;
const HE_GATE = /סוכן|עוזר|בוט|מודל/u;
const ZH_GATE = /代理|助手|智能体|机器人/u;
const READER = [
  // ru: "Для ИИ-помощника, который обрабатывает эту заявку"
  [
    RU_GATE,
    R`(?:для|к)\s{1,3}(?:(?:ИИ|AI)[-\s]{1,2})?(?:помощник|ассистент|агент|бот|модел)\p{L}{0,4}\s{0,2},?\s{1,3}(?:который|которая|что)\s{1,3}(?:обрабатывает|читает|разбирает|анализирует|суммирует|получит|откроет)\s{1,3}(?:эт|данн)\p{L}{1,4}`,
  ],
  // tr: "Bu talebi işleyen otomasyon için:"
  [
    undefined,
    R`(?:bu|işbu)\s{1,3}\p{L}{3,15}\s{1,3}(?:işleyen|okuyan|özetleyen|inceleyen)\s{1,3}(?:otomasyon|asistan|ajan|bot|yapay\s{1,3}zek[aâ]|model|araç)\p{L}{0,6}\s{1,3}için`,
  ],
  // th: "สำหรับผู้ช่วย AI ที่อ่านข้อความนี้"
  [
    TH_GATE,
    R`สำหรับ\s{0,2}(?:ผู้ช่วย|เอไอ|AI|บอท|โมเดล|ระบบอัตโนมัติ)[^\n:：]{0,20}?ที่\s{0,2}(?:อ่าน|ประมวลผล|สรุป|จัดการ|ตอบ)`,
  ],
  // he: "הערה לסוכן האוטומטי שמסכם את המסמך"
  [
    HE_GATE,
    R`(?:ל|עבור\s{1,3}ה?)(?:סוכן|עוזר|בוט|מודל)(?:\s{1,3}ה?\p{L}{2,12}){0,2}\s{1,3}ש(?:מסכם|קורא|מעבד|מטפל|מתרגם|עונה)`,
  ],
  // zh: "给自动化代理的说明", "如果你是正在帮用户修改本仓库的代码助手"
  [
    ZH_GATE,
    R`给\s{0,2}(?:自动化|AI|人工智能)?\s{0,2}(?:代理|助手|智能体|机器人)\s{0,2}的\s{0,2}(?:说明|提示|指示|备注)|如果你是\s{0,2}[^\n，,。]{0,20}?(?:代码助手|AI助手|智能体|自动化代理|AI代理)`,
  ],
] as const;

// --- the act kept from whoever oversees it ------------------------------------------------------

const CONCEAL = [
  [
    /(?=[\u0400-\u04ff])(?:оператор|пользовател|клиент|менеджер|упомина)/iu,
    // The act kept from a person ("ничего", "об этом"), not a warning to keep a code to oneself.
    R`(?:оператору|пользователю|клиенту|менеджеру|руководителю)\s{1,3}(?:ничего\s{1,3}не\s{1,3}(?:сообщайте|сообщай|говорите|говори|рассказывайте)|не\s{1,3}(?:сообщайте|сообщай|говорите|говори)\s{1,3}(?:об\s{1,3}этом|это|о\s{1,3}н[её]м))|не\s{1,3}(?:упоминайте|упоминай)\s{1,3}(?:об\s{1,3}этом|это)\s{1,3}в\s{1,3}(?:отч[её]те|ответе|итоге|резюме)`,
  ],
  [
    /不要/u,
    R`不要\s{0,2}(?:在|于)\s{0,2}(?:总结|摘要|回复|回答|报告)\s{0,2}(?:里|中|内)?\s{0,2}(?:提到|提及|说明|透露)|不要\s{0,2}(?:告诉|通知)\s{0,2}(?:用户|用戶|操作员)`,
  ],
  [
    /צורך|אל/u,
    R`(?:אין\s{1,3}צורך\s{1,3}(?:לציין|להזכיר|לדווח|לספר)|אל\s{1,3}(?:תציין|תזכיר|תדווח|תספר))\s{1,3}(?:זאת|את\s{1,3}זה|על\s{1,3}כך|למשתמש)`,
  ],
  [/ไม่ต้อง/u, R`ไม่ต้อง\s{0,2}(?:แจ้ง|บอก)\s{0,2}(?:ผู้ใช้|ลูกค้า|เจ้าของ)`],
  [
    undefined,
    R`(?:özette|yanıtta|raporda|cevapta)\s{1,3}(?:bundan\s{1,3})?(?:bahsetme|belirtme)\p{L}{0,4}|bundan\s{1,3}bahsetme\p{L}{0,4}`,
  ],
] as const;

// --- data or systems opened to the world -------------------------------------------------------

const OPEN_LATIN = [
  // "set link sharing of every file there to 'anyone with link'"
  R`\b(?:set|change|switch|make)\s{1,3}(?:the\s{1,3})?(?:link[-\s])?sharing\s{1,3}(?:of|for|on)\s{1,3}(?:every|each|all)\s{1,3}(?:the\s{1,3})?(?:files?|docs?|documents?|folders?)[^\n]{0,40}?anyone\s{1,3}with\s{1,3}(?:the\s{1,3})?link`,
  // a bucket policy granting everyone read
  R`\\?"Principal\\?"\s{0,3}:\s{0,3}(?:\\?"\*\\?"|\{\s{0,3}\\?"AWS\\?"\s{0,3}:\s{0,3}\\?"\*\\?"\s{0,3}\})`,
  // an admin / ssh range set to the whole internet
  R`\b(?:admin|ssh|rdp|mgmt|management|bastion)[\w-]{0,20}\s{0,3}[=:]\s{0,3}['"]?0\.0\.0\.0/0|\b(?:ssh|rdp)_?open\s{0,2}=\s{0,2}true\b`,
  // "copy … to the public folder"
  R`\b(?:copy|move|upload|share)\s{1,3}[^\n]{0,80}?\bto\s{1,3}the\s{1,3}public\s{1,3}(?:folder|share|bucket|drive|directory)`,
].join("|");
const OPEN_INTL = [
  R`(?:העתק|העבר|שתף|העלה)[^\n]{0,80}?(?:לתיקייה|לתיקיה)\s{0,2}ה?ציבורית`,
  R`(?:скопируйте|переместите|выложите|загрузите)[^\n]{0,80}?в\s{1,3}(?:общ|публичн)\p{L}{2,5}\s{1,3}(?:папк|доступ|каталог)`,
  R`(?:复制|移动|上传)[^\n]{0,40}?(?:公开|公共)(?:文件夹|目录)`,
  R`(?:copie|mova|copia|mueve)\s{1,3}[^\n]{0,80}?(?:para\s{1,3}a|a\s{1,3}la)\s{1,3}(?:pasta|carpeta)\s{1,3}pública`,
].join("|");

/** Rules for round 27b's injections in tool results (part 1). */
export const R27B1_RULES: readonly InjectionRule[] = [
  ...READER.map(([gate, src]) =>
    half(
      "addresses_ai",
      gate ? "" : "işley okuya özetl incel",
      src,
      "Text addresses the AI that handles this very item",
      gate ? { gate } : {},
    )
  ),
  ...CONCEAL.map(([gate, src]) =>
    half(
      "conceal",
      gate ? "" : "bahse belir",
      src,
      "Text keeps the act from the user or operator",
      gate ? { gate } : {},
    )
  ),
  half(
    "conceal",
    "witho / showi displ print surfa menti",
    R`\bwithout\s{1,3}(?:showing|displaying|printing|surfacing|mentioning)\s{1,3}(?:the\s{1,3}|them\s{1,3}the\s{1,3})?(?:diff|plan|changes?|output|command)\b`,
    "Text has an agent's act done without showing it",
    { accept: aiBefore },
  ),
  half(
    "opens_to_world",
    "anyon princ admin ssh rdp mgmt manag basti publi",
    OPEN_LATIN,
    "Text has files, a bucket or a network opened to everyone",
    { accept: notWarned },
  ),
  half(
    "opens_to_world",
    "",
    OPEN_INTL,
    "Text has files copied or opened to the public",
    {
      gate: /(?=[\u0590-\u05ff\u0400-\u04ff\u4e00-\u9fff])(?:ציבורית|публичн|общ|公开|公共)/iu,
      accept: notWarned,
    },
  ),
  half(
    "opens_to_world",
    "públi",
    OPEN_INTL,
    "Text has files copied or opened to the public",
    { accept: notWarned },
  ),
  half(
    "env_exfil",
    "curl wget / env print",
    R`\b(?:curl|wget)\b[^\n]{0,80}?(?:-d|--data(?:-binary|-raw|-urlencode)?|-F|--post-data(?:=)?)\s{0,2}[\\"'=]{0,3}@?\$\(\s{0,2}(?:env|printenv|set|cat\s{1,3}[~\w/.-]{0,40}(?:\.env|credentials|id_rsa))\b`,
    "Text posts the environment or credentials to a remote host",
  ),
  half(
    "mfa_off",
    "mfa fa faktö",
    R`(?:MFA|2FA|iki\s{1,3}faktörlü\s{1,3}doğrulama|двухфакторн\p{L}{2,6}|多因素认证|双因素认证)[^\n.]{0,40}?(?:kapat|devre\s{1,3}dışı|отключите|отключи|disable|turn\s{1,3}off|desative|desactive|deaktiviere|关闭|停用)|(?:disable|turn\s{1,3}off|отключите|desative|desactive|deaktivieren\s{1,3}Sie)\s{1,3}(?:the\s{1,3})?(?:MFA|2FA)\s{1,3}(?:requirement\s{1,3})?(?:for|для|para|für)`,
    "Text has multi-factor sign-in switched off for an account",
    { gate: /(?=[\u0400-\u04ff\u4e00-\u9fff])(?:двухфактор|多因素|双因素)/iu, accept: notWarned },
  ),
  half(
    "admin_grant",
    "super globa org organ / admin owner",
    R`(?:super\s{0,2}admin|global\s{1,3}admin(?:istrator)?|org(?:anization)?\s{1,3}owner)\p{L}{0,4}\s{1,3}(?:rolü|yetkisi|rolünü|role|rolle|роль|права)\s{0,3}(?:ver|verin|atayın|tanımla|to|zuweisen|geben|назначьте|выдайте)|(?:grant|give|assign)\s{1,3}[^\n.]{0,40}?\b(?:super\s{0,2}admin|global\s{1,3}admin)`,
    "Text has the highest admin role handed to an account",
    { accept: notWarned },
  ),
  half(
    "harvest_back",
    "otp verif card sms code / back",
    R`(?:OTP|one[-\s]time\s{1,3}(?:code|password)|verification\s{1,3}code|เลขบัตร|card\s{1,3}number|номер\s{1,3}карты|код\s{1,3}из\s{1,3}SMS|验证码|卡号)[^\n]{0,120}?(?:กลับมา(?:ใน|ที่)\s{0,2}(?:แชท|ข้อความ)|back\s{1,3}(?:in(?:to)?|to)\s{1,3}this\s{1,3}(?:chat|thread|conversation)|(?:в|сюда\s{1,3}в)\s{1,3}этот\s{1,3}чат|(?:发|回复)到\s{0,2}(?:这个|此)\s{0,2}(?:聊天|对话|会话))`,
    "Text asks for a one-time code or card number to be sent back into the chat",
    {
      gate:
        /(?=[\u0400-\u04ff\u0e00-\u0e7f\u4e00-\u9fff])(?:เลขบัตร|номер\s{1,3}карты|код\s{1,3}из|验证码|卡号)/iu,
      accept: notWarned,
      reach: 300,
    },
  ),
  half(
    "before_answer",
    "befor / answe reply respo",
    R`\b(?:do|complete|perform|run|finish)\s{1,3}(?:steps?\s{1,3}\d{1,2}(?:\s{0,2}[-–,]\s{0,2}\d{1,2}){0,3}|these(?:\s{1,3}steps)?|all\s{1,3}(?:of\s{1,3})?(?:this|these|the\s{1,3}above))\s{1,3}(?:first\s{1,3})?before\s{1,3}(?:answering|replying\s{1,3}to|responding\s{1,3}to|you\s{1,3}(?:answer|reply\s{1,3}to|respond\s{1,3}to))\s{1,3}(?:the\s{1,3})?user`,
    "Text sets the model an errand before it answers the user",
  ),
  half(
    "before_answer",
    "",
    R`לפני\s{1,3}(?:הסיכום|שתסכם|שתענה|התשובה)\s{0,2},?\s{0,2}(?:העתק|שלח|העבר|שתף|הוסף|מחק|הרץ)`,
    "Text sets the model an errand before its summary",
    { gate: /לפני/u },
  ),
  // A refund sent to a named key or account: "reembolso … para a chave pix 21999887766".
  half(
    "money_order",
    "reemb estor devol refun / pix chave conta cuent iban accou",
    R`\b(?:reembols\p{L}{0,6}|estorn\p{L}{0,4}|devoluci[oó]n|refund\p{L}{0,4})\b[^\n]{0,80}?\b(?:chave\s{1,3}pix|pix|conta|cuenta|IBAN|account)\s{0,3}[:#]?\s{0,2}(?:\+?\d[\d\s.-]{5,30}\d|[A-Z]{2}\d{2}[\dA-Z ]{10,30}|[\w.+-]{1,40}@[\w-]{1,40}\.[a-z.]{2,10})`,
    "Text has a refund paid out to a given key or account",
    { accept: notWarned },
  ),
  {
    ...rule(
      "persona_switch",
      0.5,
      "parti ahora adela / agora você voce eres serás",
      R`\ba\s{1,3}partir\s{1,3}de\s{1,3}agora\s{0,2},?\s{1,3}(?:você|voce|tu)\s{1,3}(?:é|és|e|será|vai\s{1,3}ser)\s{1,3}(?:o|a)\s{1,3}['"‘“]|\bde\s{1,3}ahora\s{1,3}en\s{1,3}adelante\s{0,2},?\s{1,3}(?:tú\s{1,3}|usted\s{1,3})?(?:eres|serás|es)\s{1,3}(?:el|la)\s{1,3}['"‘“]`,
      "Text tells the model it is now someone else",
      { flags: "iu", at: AT },
    ),
  },
];
