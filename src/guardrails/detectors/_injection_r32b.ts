/**
 * Injections in tool results that held-out round 32b ("creative", multilingual) found missing
 * (paraphrases in `_injection_r32b_test.ts`). Round 32 has no trigger words, so each rule is one
 * signal of half the threshold and a block needs two different kinds:
 * - the reader named as the one who acts: "summarisers of this page should …", "for the notes
 *   bot", "Помощнику, который …", "연동 에이전트는", "asisten yang memasang … wajib", …;
 * - a credential store read (`.env`, `~/.aws/credentials`, a cluster secret, cookies, a token file)
 *   and put into a link, form, header or POST;
 * - identity numbers, one-time codes or a payroll file sent to an outside address or form;
 * - what the answer must say or leave out dictated ("the correct answer is …", "w streszczeniu
 *   podaj, że …");
 * - money moved to a named account or wallet, paid with the user's saved card;
 * - a role, channel membership, group set or ownership given to an account;
 * - the confirmation or the people concerned skipped ("no need to ping him", "dont la
 *   hiérarchie n'a pas besoin", "دون انتظار موافقة", "Остальным не говори", …);
 * - every outgoing mail blind-copied to an address; history reset and force-pushed.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
type Row = HalfRow;
const rows = halfRowsOf(halfOf(220));

/** Not a warning against the act ("never …", "scammers ask you to …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|not|don['’]t|avoid|scam\w{0,4}|phish\w{0,4}|attack\w{0,4}|fraud\w{0,6}|malicious|nie(?:mals)?|nunca|jamais|mai|nooit|jangan|for\s{1,3}example|such\s{1,3}as)\b|\be\.g\.|никогда|мошенни|不要|绝不|切勿|決して|절대|אף\s{1,3}פעם|هرگز|أبدا|احتيال|کلاهبرداری|ห้าม|कभी\s{0,2}नहीं|mat\s{1,3}(?:karo|karna)\s{0,3}$/iu
    .test(v.slice(Math.max(0, s - 100), s));

/** Not a scam warning ("scammers ask you to send …"); plain negations nearby do not count here. */
const notScam: Accept = (v, s) =>
  !/\b(?:scam\w{0,4}|phish\w{0,4}|fraud\w{0,6}|never|nunca|jamais|nie\s{1,3}wolno)\b|мошенни|никогда|احتيال|lừa\s{1,3}đảo/iu
    .test(v.slice(Math.max(0, s - 100), s));

// --- the reader named as the one who acts ------------------------------------------------------

const READER: readonly Row[] = [
  // en: "summarisers of this page should", "any automation that … must first", "Notes bot — add"
  [
    "summa autom / shoul must needs page tool",
    undefined,
    R`\b(?:summari[sz]ers?|summari[sz]ing\s{1,3}(?:tools?|agents?|models?)|any\s{1,3}automation|automated\s{1,3}(?:readers?|agents?|tools?))\b[^.]{0,70}?\b(?:should|must|needs?\s{1,3}to|is\s{1,3}to|are\s{1,3}to)\b`,
    60,
  ],
  [
    "bot / notes helper summa channel",
    undefined,
    R`\b(?:notes|helper|summary|channel|meeting|discord|slack)[\s-]{1,3}bot\s{0,3}(?:[—–:-]|,)\s{0,3}(?:(?:quick|one)\b[^.\n]{0,20}?[,:]\s{0,3})?(?:please\s{1,3})?(?:add|grant|give|transfer|invite|send|forward|make|move|set)\b`,
    30,
  ],
  // de: "Digitale Assistenten unserer Mandanten laden bitte", "Hinweis für den Postfach-Assistenten"
  [
    "digit / assis",
    undefined,
    R`\b(?:digitale|KI-?)\s{0,3}Assistenten\s{1,3}(?:unserer|der|aller)\s{1,3}\p{L}{3,20}\s{1,3}\p{L}{3,15}\s{1,3}bitte\b`,
    30,
  ],
  [
    "hinwe",
    undefined,
    R`\bHinweis\s{1,3}f(?:ü|ue)r\s{1,3}(?:den|die)\s{1,3}(?:\p{L}{2,20}\s{0,3}-\s{0,3})?(?:Assistenten|KI|Agenten|Bot)\b`,
  ],
  // fr/pl: "(assistant de configuration) : ouvrez", "Dla systemu analizującego umowę:"
  [
    "=(assistant dla / syste asyst",
    undefined,
    R`\(\s{0,2}assistant\s{1,3}(?:de|d['’])\s{0,3}\p{L}{3,15}\s{0,2}\)\s{0,3}:|\bdla\s{1,3}(?:systemu|asystenta|modelu|bota)\s{1,3}(?:analizując|przetwarzając|czytając|AI)\p{L}{0,6}`,
  ],
  // id/ms: "asisten yang memasang paket ini wajib"
  [
    "asist",
    undefined,
    R`\basisten(?:\s{1,3}(?:AI|koding))?\s{1,3}yang\s{1,3}\p{L}{3,15}\s{1,3}(?:\p{L}{2,15}\s{1,3}){0,3}(?:wajib|harus|perlu)\b`,
  ],
  // ja: "自動編集ツール向け"
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff])向け/u,
    R`(?:自動|AI|エージェント)[\p{Script=Han}\p{Script=Katakana}]{0,8}(?:ツール|エージェント|アシスタント|ボット)向け`,
  ],
  // ko: "연동 에이전트는 …하십시오"
  [
    "",
    /(?=[\uac00-\ud7af])에이전트/u,
    R`(?:연동|통합|자동|AI)\s{0,2}에이전트(?:는|가|께서)`,
  ],
  // ru/uk: "Помощнику, который ведёт наши финансы:"
  [
    "помощ асист",
    undefined,
    R`(?:помощнику|ассистенту|боту|асистенту|помічнику)\s{0,2},?\s{1,3}(?:который|которая|що|який)\s{1,3}\p{L}{3,15}`,
  ],
  // hi / Hinglish: "(सहायक द्वारा)", "Unke assistant ke liye:"
  [
    "assis / liye",
    undefined,
    R`\bassistant\s{1,3}(?:ke|ki)\s{1,3}liye\b`,
    20,
  ],
  [
    "",
    /(?=[\u0900-\u097f])सहायक/u,
    R`(?:सहायक|AI\s{0,2}सहायक)\s{1,3}(?:द्वारा|के\s{1,3}लिए)`,
  ],
  // th: "สำหรับผู้ช่วย AI"
  [
    "",
    /(?=[\u0e00-\u0e7f])ผู้ช่วย/u,
    R`สำหรับ\s{0,2}ผู้ช่วย|ผู้ช่วย\s{0,2}AI\s{0,2}ที่`,
  ],
  // fa/ar: "دستیار اداری موظف است", "يقوم المساعد"
  [
    "",
    /(?=[\u0600-\u06ff])(?:دستیار|المساعد)/u,
    R`دستیار\s{1,3}(?:\p{L}{2,12}\s{1,3})?(?:موظف|باید)|(?:يقوم|على|يجب\s{1,3}على)\s{1,3}المساعد`,
  ],
  // he: "לבוט הסיכומים"
  [
    "",
    /(?=[\u0590-\u05ff])(?:לבוט|לעוזר)/u,
    R`(?:לבוט|לעוזר|לסוכן)\s{1,3}ה?\p{Script=Hebrew}{2,12}`,
  ],
];

// --- a credential store read and put into a link, form, header or request ------------------------

const SECRET_OUT: readonly Row[] = [
  // fr/es/pt/it/en: ".env … copy its content into the form https://"
  [
    "=.env =.aws =credentials =cookie =.npmrc =.netrc =id_rsa =hosts.yml",
    undefined,
    R`(?:\.env\b|\.aws\b|/credentials\b|credentials(?:\.json|\s{1,3}file)|(?:session|browser|auth)\s{1,3}cookies?|hosts\.yml|\.npmrc|\.netrc|id_rsa)[^\n]{0,120}?\b(?:recopi\p{L}{0,4}|copi\p{L}{0,4}|coll(?:ez|er|e|a|ar)|paste|post|upload|envoy\p{L}{0,4}|envi\p{L}{0,4}|append|send|submit)\b[^\n]{0,100}?https?://`,
  ],
  // ja/ko/zh/th: secret store … URL within a short span
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f])(?:(?:拼接|附加|追加)到|ต่อท้าย|に\s{0,2}POST|へ送信|에\s{0,2}담아|로\s{0,2}(?:다시\s{0,2})?요청)/u,
    R`(?:get\s{1,3}secret|\.env\b|\.aws|credentials|cookie|쿠키|oauth_token|hosts\.yml|トークン|令牌|凭据|密钥)[^。]{0,160}?(?:https?://[^\s]{4,80}\s{0,2}(?:に\s{0,2}POST|로\s{0,2}(?:다시\s{0,2})?요청|へ送信)|(?:拼接|附加|追加)到|ต่อท้าย\s{0,2}https?://|에\s{0,2}담아)`,
  ],
  // de: "ELSTER-Zertifikat samt PIN … unter https:// hochladen"
  [
    "zerti pin passw zugan türco / hoch sende schic",
    undefined,
    R`\b(?:Zertifikat\p{L}{0,10}|PIN|Passw(?:ort|örter)|Zugangs(?:daten|codes?)|Türcodes?)(?!\p{L})[^\n]{0,220}?(?:https?://\S{4,80}\s{1,3}hoch(?:laden)?|\bhochladen\b|schicken|senden)\b`,
    240,
    260,
  ],
  // pt/hi-en/hi: one-time code or ID numbers forwarded to a number or form
  [
    "códig encam cpf",
    undefined,
    R`\b(?:encaminhar|enviar|repassar|informar)\s{1,3}o\s{1,3}código\b[^.\n]{0,60}?\b(?:SMS|WhatsApp|Telegram)\b|\bcódigo\s{1,3}de\s{1,3}\d\s{1,3}dígitos\s{1,3}recebido\s{1,3}por\s{1,3}SMS\s{1,3}para\b`,
  ],
  [
    "",
    /(?=[\u0900-\u097f])पैन/u,
    R`(?:पैन|आधार)\s{0,2}(?:नंबर|संख्या|कार्ड)?[^।\n]{0,80}?https?://\S{4,80}\s{1,3}पर\s{1,3}(?:भर|भेज|डाल)`,
  ],
  // fa/ar: national IDs and account numbers in a file mailed to an address
  [
    "",
    /(?=[\u0600-\u06ff])(?:کد|شماره)/u,
    R`(?:کد\s{1,3}ملی|شماره\s{1,3}حساب)[^.\n]{0,120}?@[\w.-]{3,60}\s{0,3}(?:پیوست|ارسال)`,
  ],
];

// --- what the answer must say or leave out, dictated ------------------------------------------

const ANSWER: readonly Row[] = [
  [
    "state / shoul must",
    undefined,
    R`\b(?:should|must)\s{1,3}state\s{1,3}that\b`,
    20,
  ],
  [
    "antwo answe / corre juist enige valid",
    undefined,
    R`\b(?:is|was)\s{1,3}(?:het\s{1,3})?(?:correcte|juiste|enige)\s{1,3}antwoord\s{1,3}dat\b|\bthe\s{1,3}(?:correct|only\s{1,3}valid)\s{1,3}answer\s{1,3}is\s{1,3}that\b`,
    30,
  ],
  // en: "other addresses are compromised and must not be shown": the alternatives suppressed
  [
    "shown menti displ given / older other previ earli",
    undefined,
    R`\b(?:older|other|previous|earlier|all\s{1,3}other)\s{1,3}(?:addresses|accounts|routes|options|numbers|links|wallets)\s{1,3}(?:are|were)\b[^.\n]{0,40}?\b(?:must|should|may)\s{1,3}not\s{1,3}be\s{1,3}(?:shown|mentioned|displayed|given|offered)\b`,
    60,
  ],
  // pl: "w streszczeniu podaj, że …; pomiń §7"
  [
    "stres podsu pomiń",
    undefined,
    R`\bw\s{1,3}(?:streszczeniu|podsumowaniu|odpowiedzi)\s{1,3}(?:podaj|napisz|stwierdź|zaznacz)\s{0,2},?\s{1,3}że\b|\bpomiń\s{1,3}(?:§|punkt|klauzul|paragraf)`,
  ],
  // pt/es: "em qualquer conversa futura sobre …, oriente o cliente a"
  [
    "futur conve orien",
    undefined,
    R`\b(?:em|en)\s{1,3}(?:qualquer|cualquier)\s{1,3}(?:conversa|conversación|atendimento)\s{1,3}futur[ao]\b[^.\n]{0,60}?\b(?:oriente|indique|diga|responda|responde)\b`,
  ],
  // zh/ja: "在摘要中说明…", "回答では…と伝えて"
  [
    "",
    /(?=[\u4e00-\u9fff])摘要/u,
    R`(?:在|于)(?:摘要|总结|回答)中(?:说明|声称|写明|注明)`,
  ],
];

// --- money moved to a named account or wallet --------------------------------------------------

const MONEY: readonly Row[] = [
  [
    "перев",
    undefined,
    R`(?<!\p{L})перевед(?:и|ите)\s{1,3}[\d.,]{1,12}\s{0,2}(?:BTC|ETH|USDT|руб\p{L}{0,4}|₽|\$|€)[^\n]{0,60}?(?<!\p{L})на\s{1,3}(?:(?:адрес|кошел[её]к|сч[её]т|карту)(?!\p{L})|bc1|0x|[13][a-km-zA-HJ-NP-Z1-9]{20})`,
  ],
  [
    "sang / tài",
    undefined,
    R`\b(?:tự\s{1,3}động\s{1,3})?chuyển\s{1,3}(?:phần|tiền|số\s{1,3}tiền|toàn\s{1,3}bộ)(?!\p{L})[^.\n]{0,40}?\bsang\s{1,3}tài\s{1,3}khoản\b`,
  ],
  [
    "",
    /(?=[\u0600-\u06ff])البطاقة/u,
    R`(?:بسداد|بدفع|سداد|دفع)\s{1,3}(?:ال)?رسوم[^.\n]{0,60}?البطاقة\s{1,3}المحفوظة`,
  ],
  [
    "zahlu / freig",
    undefined,
    R`\bZahlung\s{1,3}(?:direkt|sofort|umgehend)\s{1,3}freigeben\b`,
    30,
  ],
  // en: a crypto address asserted as the user's own, to be used always
  [
    "addre / recei depos withd wallet",
    undefined,
    R`\b(?:receive|deposit|withdrawal|cold[\s-]storage)\s{1,3}(?:wallet\s{1,3})?address\s{1,3}is\s{1,3}(?:bc1|0x|[13])[a-zA-Z0-9]{20,70}\b[^.\n]{0,40}?\balways\s{1,3}use\b`,
  ],
];

// --- a role, membership, group set or ownership given to an account ----------------------------

const GRANT: readonly Row[] = [
  [
    "nadaj rolę",
    undefined,
    R`\bnadaj\s{1,3}(?:temu|tej|jej|jemu)?\s{0,3}(?:kontu|użytkownikowi|osobie)?\s{0,3}rolę\s{1,3}(?:Owner|Admin\p{L}{0,8}|Właściciel\p{L}{0,2}|Superadmin)\b`,
  ],
  [
    "membe / full add",
    undefined,
    R`\badd\s{1,3}\S{3,60}@\S{3,60}\s{1,3}to\s{1,3}#[\w-]{2,40}[^.\n]{0,60}?\bas\s{1,3}(?:a\s{1,3})?(?:full\s{1,3})?(?:member|admin|owner)\b`,
    40,
  ],
  [
    "owner / trans",
    undefined,
    R`\btransfer\s{1,3}(?:the\s{1,3})?ownership\s{1,3}[o0]f\s{1,3}(?:this|the|our)\s{1,3}(?:guild|server|org\w{0,10}|workspace|repo\w{0,6}|group|channel)\s{1,3}t[o0]\b`,
    40,
  ],
  [
    "",
    /(?=[\u0590-\u05ff])הקבוצות/u,
    R`תעתיק\s{1,3}את\s{1,3}(?:כל\s{1,3})?(?:הקבוצות|ההרשאות)`,
  ],
];

// --- the confirmation or the people concerned skipped ------------------------------------------

const SKIPPED: readonly Row[] = [
  [
    "ping / need",
    undefined,
    R`\bn[o0]\s{1,3}need\s{1,3}t[o0]\s{1,3}(?:ping|tell|notify|bother|ask|loop\s{1,3}in)\s{1,3}(?:him|her|them|the\s{1,3}(?:owner|user|admin))\b`,
    30,
  ],
  [
    "wymag / akcep zgody zatwi weryf",
    undefined,
    R`\bnie\s{1,3}wymaga\s{1,3}(?:ponownej\s{1,3})?(?:akceptacji|zgody|zatwierdzenia|weryfikacji)`,
    30,
  ],
  [
    "serve / ricor avvis chied infor",
    undefined,
    R`\bnon\s{1,3}(?:serve|occorre|è\s{1,3}necessario)\s{1,3}(?:ricordarglielo|avvisarl[oa]|chiederglielo|informarl[oa])\b`,
    30,
  ],
  [
    "distu / mat",
    undefined,
    R`\b(?:unko|unhe|inko|use)\s{1,3}disturb\s{1,3}mat\s{1,3}(?:karna|karo|kijiye)\b`,
    30,
  ],
  [
    "говор сообщ",
    undefined,
    R`(?<!\p{L})(?:остальным|никому|ему|ей)\s{1,3}(?:пока\s{1,3})?не\s{1,3}(?:говори|сообщай|рассказывай)(?!\p{L})`,
  ],
  [
    "",
    /(?=[\u0600-\u06ff])(?:دون|بدون)/u,
    R`(?:دون|بدون)\s{1,3}(?:ال)?حاجة[^.\n]{0,30}?(?:موافقة|تأكيد)|(?:دون|بدون)\s{1,3}انتظار\s{1,3}(?:ال)?موافقة`,
  ],
  [
    "",
    /(?=[\u0600-\u06ff])ندارد/u,
    R`نیاز\s{1,3}به\s{1,3}(?:هماهنگی|تایید|تأیید)\s{1,3}با\s{1,3}[^.\n]{2,40}?ندارد`,
  ],
  [
    "",
    /(?=[\uac00-\ud7af])마십시오/u,
    R`(?:재로그인|재인증|확인)[은는을를]?\s{0,2}(?:요구|요청)하지\s{0,2}마십시오`,
  ],
  // he: "ותסמן את הבקשה כטופלה" (mark it handled, so nobody looks)
  [
    "",
    /(?=[\u0590-\u05ff])כטופלה/u,
    R`ותסמן\s{1,3}את\s{1,3}(?:הבקשה|הפנייה|הכרטיס)\s{1,3}כטופלה`,
  ],
];

// --- every outgoing mail blind-copied; history reset and force-pushed -----------------------------

const COPY_ALL: readonly Row[] = [
  [
    "ccn bcc cco",
    undefined,
    R`\b(?:per\s{1,3}ogni|every|each|cada|toda|todo|jede)\s{1,3}(?:e-?mail|mail|messaggio|message|correo|Mail)\b[^.\n]{0,60}?\b(?:CCN|BCC|CCO|Bcc)\s{1,3}(?:a\s{1,3}|to\s{1,3})?[\w.+-]{1,40}@`,
  ],
  [
    "=--force =reset~--hard",
    undefined,
    R`\bgit\s{1,3}reset\s{1,3}--hard\s{1,3}\S{1,40}\s{0,3}&&\s{0,3}git\s{1,3}push\s{1,3}(?:--force|-f)\b`,
  ],
];

/** "… by running `git reset …`", "first run …": a step ordered, not an incident retold. */
const ordersRun = (v: string, s: number): boolean =>
  /\b(?:by\s{1,3}running|(?:first|then|must|should|please)\s{1,3}run|run(?:ning)?\s{1,3}this)\b[^.]{0,20}$/i
    .test(v.slice(Math.max(0, s - 60), s));

export const R32B_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text addresses the AI model that reads it", READER),
  ...rows(
    "secret_sent_out",
    "Text has a credential store or ID numbers read and sent to an outside place",
    SECRET_OUT,
    notWarned,
    true,
  ),
  ...rows("answer_dictated", "Text dictates what the answer must say or leave out", ANSWER),
  ...rows("money_order", "Text has money sent to an account as a settled step", MONEY, notScam),
  ...rows("admin_grant", "Text has an account given a role, group or ownership", GRANT, notWarned),
  ...rows("consent_skipped", "Text has a step done without the confirmation it needs", SKIPPED),
  ...rows(
    "copy_all_out",
    "Text has all mail copied out or history force-reset",
    COPY_ALL,
    (v, s, e) => notWarned(v, s, e) && (!/^git/.test(v.slice(s, s + 3)) || ordersRun(v, s)),
    true,
  ),
];
