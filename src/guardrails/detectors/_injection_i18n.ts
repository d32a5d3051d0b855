/**
 * Non-English rules for the injection detector: the two core ideas ("ignore your previous
 * instructions", "do not tell the user") in Spanish, French, German, Portuguese, Italian, Russian,
 * Chinese, Japanese, Korean, Hindi and Arabic. Written as verb + a few words + object, so word order and
 * inflection variants match without listing sentences.
 */
import {
  anchors,
  domainInstructions,
  fromData,
  type InjectionRule,
  machineWork,
} from "./_injection_rules.ts";
import { addressedAt } from "./_injection_words.ts";
import { SCRIPT_GATE } from "./_injection_gate.ts";
import { reportedQuote } from "./_injection_quoted.ts";

const alt = (...xs: string[]): string => `(?:${xs.join("|")})`;
const gap = (n: number): string => `(?:[\\s,]+[\\p{L}\\p{N}'’-]+){0,${n}}?[\\s,]+`;
const rx = (src: string): RegExp => new RegExp(src, "giu");
const NB = "(?<![\\p{L}])";
const IGNORE = "Text tells the model to ignore its previous instructions";
const CONCEAL = "Text tells the model to hide something from the user";

/** "ignore … prompt" also reads as English: then it must be an order, as the English rules ask. */
const englishOrder = (view: string, start: number, end: number): boolean =>
  !/^ignore\b/i.test(view.slice(start, start + 7)) ||
  (addressedAt(view, start) && !machineWork(view, start, end) &&
    !domainInstructions(view, start, end) && !reportedQuote(view, start, end) &&
    !fromData(view, end));

/**
 * Whose instructions ("de/di/du …", "по …", "zur …"): the system's, the user's, "those above" keep
 * the order an attack; any other complement names a task in the world ("las instrucciones de
 * envío", "le istruzioni di spedizione", "les instructions de livraison"), which mail corrects.
 */
const OWNER_WORDS =
  "sistem\\p{L}*|syst[eè]me\\p{L}*|system\\p{L}*|desarrollador\\p{L}*|d[ée]veloppeu\\p{L}*|sviluppator\\p{L}*|desenvolvedor\\p{L}*|usu[aá]ri\\p{L}*|utilisat\\p{L}*|utent\\p{L}*|administ\\p{L}*|amministrator\\p{L}*|admin|arriba|antes|avant|prima|sopra|cima|seguridad|s[ée]curit[ée]|sicurezza|seguran[çc]a|tu|tus|ton|ta|tes|tuo|tua|tuoi|tue|seu|sua|seus|suas|vos|votre|su|sus|ia|ki|ии";
const ARTICLE =
  "l['’]|la\\s+|le\\s+|les\\s+|el\\s+|il\\s+|lo\\s+|o\\s+|a\\s+|die\\s+|den\\s+|das\\s+";
const NOT_DOMAIN =
  `(?![\\s,]+(?:de|di|du|del|della|delle|dei|degli|des|do|da|dos|das|por|per|pour|para|zur|zum|für|по|d)(?:\\s+|(?<=d)['’])(?:${ARTICLE})?(?!(?:${OWNER_WORDS}|la|le|les|el|il|lo|o|a|die|den|das)(?![\\p{L}])|l['’])\\p{L})`;

/** Verb-first "ignore the previous instructions" per language. */
const IGNORE_PARTS: ReadonlyArray<readonly [string, string, string]> = [
  // Spanish
  [
    alt(
      "ignor[ae]n?",
      "ignorar",
      "olvid[ae]n?",
      "olvidar",
      "omit[ae]n?",
      "descart[ae]n?",
      "descartar",
      "haz caso omiso de",
      "hagan caso omiso de",
      "no (?:sigas|siga|obedezcas|obedezca|hagas caso a)",
    ),
    alt(
      "instrucci[oó]n(?:es)?",
      "indicaciones",
      "[oó]rdenes",
      "reglas",
      "directrices",
      "normas",
      "prompt",
      "consignas",
    ),
    "ignor olvid omit omite omita desca caso siga sigas obede / instr indic orden órden regla direc norma promp consi",
  ],
  // French
  [
    alt(
      "ignor(?:e|ez|er)",
      "oubli(?:e|ez|er)",
      "ne (?:tiens|tenez) pas compte d[eu']s?",
      "(?:fais|faites) abstraction d[eu']s?",
      "ne (?:suis|suivez) (?:pas|plus)",
      "n['’]ob[ée]is(?:sez)? (?:pas|plus) (?:à|aux)",
    ),
    alt(
      "instructions?",
      "consignes?",
      "directives?",
      "r[èe]gles",
      "ordres",
      "prompt",
      "indications",
    ),
    "ignor oubli compt abstr suis suive obéis obeis / instr consi direc règle regle ordre promp indic",
  ],
  // German
  [
    alt(
      "ignorier(?:e|en|t)?",
      "vergiss",
      "vergesst",
      "vergessen sie",
      "missachte(?:n sie)?",
      "übergeh(?:e|en sie)",
      "verwirf",
      "befolge nicht",
      "beachte nicht",
    ),
    alt(
      "anweisung(?:en)?",
      "instruktionen",
      "befehle",
      "regeln",
      "vorgaben",
      "richtlinien",
      "systemanweisungen",
      "anordnungen",
      "prompts?",
    ),
    "ignor vergi verge missa überg verwi befol beach olvid omita omite desca / anwei instr befeh regel vorga richt syste anord promp indic órden orden regla",
  ],
  // Portuguese
  [
    alt(
      "ignor[ae]m?",
      "ignorar",
      "esque[çc]a(?:m)?",
      "esquece",
      "esquecer",
      "desconsider[ae]m?",
      "descart[ae]m?",
      "n[ãa]o (?:siga|obede[çc]a)",
    ),
    alt(
      "instru[çc](?:[õo]es|[ãa]o)",
      "orienta[çc][õo]es",
      "regras",
      "diretrizes",
      "ordens",
      "comandos",
      "prompt",
    ),
    "ignor esque desco desca siga obede / instr orien regra diret orden coman promp",
  ],
  // Italian
  [
    alt("ignora(?:re|te)?", "dimentica(?:re|te)?", "trascura(?:re|te)?", "non seguire"),
    alt("istruzioni", "regole", "direttive", "indicazioni", "ordini", "prompt"),
    "ignor dimen trasc segui / istru regol diret indic ordin promp",
  ],
  // Russian
  [
    alt(
      "игнорируй(?:те)?",
      "игнорировать",
      "проигнорируй(?:те)?",
      "забудь(?:те)?",
      "не обращай(?:те)? внимания на",
      "отбрось(?:те)?",
      "пренебреги(?:те)?",
      "не следуй(?:те)?",
      "не выполняй(?:те)?",
      "отмени(?:те)?",
    ),
    alt(
      "инструкци\\p{L}*",
      "указани\\p{L}*",
      "правил\\p{L}*",
      "команд\\p{L}*",
      "промпт\\p{L}*",
      "директив\\p{L}*",
      "распоряжени\\p{L}*",
    ),
    "игнор проиг забуд обращ отбро прене следу выпол отмен / инстр указа прави коман промп дирек распо",
  ],
];

const CJK_IGNORE = [
  // Chinese: verb … object, within a short clause.
  "(?:忽略|无视|無視|忽视|忽視|不要理会|不要理會|别管|忘记|忘記|忘掉|抛开|拋開|丢弃|丟棄|放弃|绕过|繞過|不要遵守|不要遵循|不再遵守|不必遵守)[^。！？\\n]{0,12}?(?:指令|指示|说明|說明|提示|规则|規則|命令|要求|设定|設定|约束|約束)",
  // Japanese: object … verb.
  "(?:指示|命令|ルール|プロンプト|指令|制約)[^。\\n]{0,8}?(?:無視|忘れ)",
  // Korean: object … verb.
  "(?:지시|명령|지침|규칙|프롬프트)[^.\\n]{0,10}?(?:무시|잊어)",
];

/** German and Russian verb-last orders (word-anchored, unlike the CJK ones). */
const DE_RU_IGNORE = [
  "(?:anweisungen|instruktionen|regeln|vorgaben)(?:[\\s,]+\\p{L}+){0,4}?[\\s,]+(?:ignorieren|vergessen|missachten)",
  "(?:инструкци|указани|правил)\\p{L}*(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:игнорируй|забудь|проигнорируй)",
];

const HI_AR_IGNORE = [
  // Hindi: object … verb ("अपने पिछले सभी निर्देशों को अनदेखा करें"), or verb … object.
  "(?:निर्देश|आदेश|नियम|हिदायत|प्रॉम्प्ट|प्रोम्प्ट|इंस्ट्रक्शन)[^।\\n]{0,40}?(?:अनदेखा|अनदेखी|नज़रअंदाज़|नजरअंदाज|नज़रअंदाज|उपेक्षा|अवहेलना|भूल\\s*जा|मत\\s*मान|पालन\\s*(?:न|मत))",
  "(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल)\\s*(?:करो|करें|करे|कीजिए|जाओ|जाएं|जाइए|जाइये)[^।\\n]{0,30}?(?:निर्देश|आदेश|नियम|हिदायत)",
  // Arabic: verb … object ("تجاهل جميع التعليمات السابقة").
  "(?:تجاهل|اتجاهل|انس|أهمل|اهمل|تخط|تجاوز|لا\\s+تتبع|لا\\s+تلتزم|لا\\s+تطع)\\S*[^.\\n]{0,40}?(?:تعليمات|أوامر|اوامر|إرشادات|ارشادات|توجيهات|قواعد|الموجه)",
];

const HI_AR_CONCEAL = [
  // Hindi: "उपयोगकर्ता को (इस बारे में) मत बताएं", "उपयोगकर्ता से छिपाएं", "उपयोगकर्ता को पता न चले".
  "(?:उपयोगकर्ता|यूज़र|यूजर|प्रयोक्ता)\\S*\\s*(?:को|से)[^।\\n]{0,30}?\\s(?:मत|न|ना|नहीं)\\s*(?:बता|सूचित|दिखा|कह)",
  "(?:मत|न|ना)\\s*(?:बताएं|बताओ|बताना|बताइए|बताएँ)[^।\\n]{0,20}?(?:उपयोगकर्ता|यूज़र|यूजर)",
  "(?:उपयोगकर्ता|यूज़र|यूजर|प्रयोक्ता)\\S*\\s*(?:से|को)\\s*(?:छिपा|छुपा)",
  "(?:उपयोगकर्ता|यूज़र|यूजर)\\S*\\s*को\\s*(?:पता|ख़बर|खबर)\\s*(?:न|नहीं)\\s*(?:चल|हो)",
  // Arabic: "لا تخبر المستخدم", "دون علم المستخدم", "أخف ذلك عن المستخدم".
  "(?:لا|دون|بدون)\\s+(?:تخبر|تبلغ|تبلّغ|تعلم|تُعلم|تقل|تذكر|تُخبر|إخبار|اخبار|إبلاغ|ابلاغ|إعلام|اعلام|علم|أن\\s+يعلم|أن\\s+يعرف)\\S*[^.\\n]{0,25}?مستخدم",
  "(?:أخف|اخف|أخفي|اخفي)\\S*[^.\\n]{0,25}?عن\\s+\\S*مستخدم",
  "مستخدم\\S*\\s+(?:يجب\\s+)?(?:ألا|الا|لا|أن\\s+لا)\\s+(?:يعرف|يعلم|يرى|يلاحظ)",
];

const CONCEAL_SOURCES = [
  // Spanish
  `${NB}no${
    gap(1)
  }(?:digas|diga|digan|menciones|mencione|informes|informe|cuentes|cuente|reveles|revele|avises|avise|comuniques|muestres|muestre)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:al|a los|a la)[\\s,]+usuari[oa]s?`,
  `${NB}sin${
    gap(1)
  }(?:decirle|decir|informar|avisar|mencionar|notificar|que lo sepa)(?:[\\s,]+\\p{L}+){0,2}?[\\s,]+(?:al|a los)[\\s,]+usuarios?`,
  `el usuario no (?:debe|puede|tiene que) (?:saber|enterarse|ver)`,
  `${NB}no (?:se lo |le |les )?(?:digas|diga|digan|cuentes|cuente|menciones|mencione)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:al|a los|a la)[\\s,]+usuari[oa]s?`,
  `sin que (?:el|la|los) usuari[oa]s? (?:lo |se )?(?:sepa|sepan|entere|enteren|note|noten|vea|vean|d[eé] cuenta)`,
  `${NB}(?:oc[uú]lta(?:le|lo|selo)?|oculte|esconde)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:al|a los|del|de los)[\\s,]+usuari[oa]s?`,
  // French
  `${NB}ne (?:le |lui |rien |leur )?(?:dis|dites|mentionne[zs]?|informe[zs]?|r[ée]v[èe]le[zs]?|signale[zs]?|pr[ée]vien[sz]|pr[ée]venez|montre[zs]?|parle[zs]?)(?: en)? (?:pas|rien|jamais)(?:[\\s,]+\\p{L}+){0,2}?[\\s,]+(?:à|a) l['’]utilisat(?:eur|rice)`,
  `${NB}sans (?:le |en |rien )?(?:dire|informer|pr[ée]venir|avertir|mentionner|parler|signaler)(?:[\\s,]+\\p{L}+){0,2}?[\\s,]+(?:(?:à|a) )?l['’]utilisat(?:eur|rice)`,
  `l['’]utilisat(?:eur|rice) ne (?:doit|peut) (?:pas|jamais) (?:savoir|voir|[êe]tre (?:inform|prévenu))`,
  `sans que l['’]utilisat(?:eur|rice) (?:ne )?(?:le |s['’]en )?(?:sache|voie|remarque|aper[çc]oive|rende compte)`,
  `${NB}(?:cache|cachez|dissimule|dissimulez)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:à|a) l['’]utilisat(?:eur|rice)`,
  // German
  `${NB}(?:sag|sage|sagen sie|erzähl|erzähle|teile|verrate|zeige|informiere|erwähne)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:dem|den) (?:benutzer|nutzer|user|anwender)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:nichts|nicht|niemals)`,
  `(?:dem|den) (?:benutzer|nutzer|user|anwender) (?:nichts|nicht|niemals) (?:sagen|erzählen|mitteilen|verraten|zeigen|erwähnen)`,
  `${NB}ohne (?:den|dem|die) (?:benutzer|nutzer|anwender|user)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:zu )?(?:informieren|sagen|benachrichtigen|fragen|wissen)`,
  `(?:der|die) (?:benutzer|nutzer|anwender)(?:in)? (?:darf|soll) (?:das |es |davon )?(?:nichts|nicht|niemals) (?:wissen|erfahren|sehen|merken)`,
  `ohne dass (?:der|die) (?:benutzer|nutzer|anwender)(?:in)? (?:es |das |davon )?(?:merkt|erfährt|weiß|sieht|mitbekommt)`,
  `${NB}(?:verschweige|verschweigen sie|verheimliche|verbirg)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:dem|den|vor dem) (?:benutzer|nutzer|anwender|user)`,
  // Portuguese
  `${NB}n[ãa]o (?:lhe )?(?:diga|conte|informe|mencione|revele|avise|mostre|fale|comunique)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:ao|aos|para o|para a) (?:usu[áa]rio|utilizador)`,
  `${NB}sem (?:informar|avisar|dizer|contar|notificar|mencionar)(?:[\\s,]+\\p{L}+){0,2}?[\\s,]+(?:ao |o )?(?:usu[áa]rio|utilizador)`,
  `o (?:usu[áa]rio|utilizador) n[ãa]o (?:deve|pode|precisa) (?:saber|ver|descobrir)`,
  `sem que o (?:usu[áa]rio|utilizador) (?:o |se )?(?:saiba|perceba|veja|descubra)`,
  `${NB}(?:esconda|oculte|esconde)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:do|dos) (?:usu[áa]rios?|utilizador(?:es)?)`,
  // Italian
  `${NB}non (?:dire|dirlo|dirglielo|informare|menzionare|rivelare|avvisare|mostrare)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:all['’]|al )utente`,
  `${NB}senza (?:dirlo|dire|informare|avvisare)(?:[\\s,]+\\p{L}+){0,2}?[\\s,]+(?:all['’]|l['’])utente`,
  `senza che l['’]utente (?:lo |se ne )?(?:sappia|accorga|veda|scopra)`,
  `${NB}(?:nascondi|nascondete|tieni nascosto)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+(?:all['’]|agli )utent[ei]`,
  `l['’]utente non (?:deve|può|dovrebbe) (?:saperlo|sapere|vedere|scoprire)`,
  // Russian
  `${NB}не (?:говори|говорите|сообщай|сообщайте|рассказывай|рассказывайте|показывай|показывайте|упоминай|упоминайте|информируй|информируйте|уведомляй|уведомляйте|сообщать|говорить)[^.\\n]{0,30}?пользовател\\p{L}*`,
  `без ведома пользовател\\p{L}*|пользователь не должен (?:знать|видеть|узнать|заметить)|скрой(?:те)? (?:это )?от пользовател\\p{L}*`,
  `чтобы пользователь (?:не|ничего не) (?:узнал|заметил|увидел|понял)|не (?:ставь|ставьте) пользовател\\p{L}* в известность`,
];

/**
 * Chinese, Japanese and Korean concealment: no word breaks, so gated on the word for "user". "Don't
 * let the user …" (不要让用户) conceals only with a verb of knowing after it: "请勿让用户在对话中粘贴令牌"
 * (don't let the user paste tokens into the chat) is a safety note.
 */
const CJK_CONCEAL = [
  `(?:不要|别|別|不得|切勿|勿|不能|无需|無需|不可|不必)(?:告诉|告訴|告知|通知|提醒|透露|提及|提到)[^。\\n]{0,4}?(?:用户|用戶|使用者)|(?:不要|别|別|不得|切勿|勿|不能|不可)(?:让|讓)(?:用户|用戶|使用者)(?:知道|发现|發現|察觉|察覺|看到|注意到|得知)|(?:对|對|向)(?:用户|用戶|使用者)(?:保密|隐瞒|隱瞞)`,
  `(?:瞒着|瞞著|背着|背著)(?:用户|用戶|使用者)|(?:用户|用戶|使用者)(?:不能|不得|不应|不應|不必)(?:知道|发现|發現|察觉|察覺)`,
  `ユーザー(?:に|には)[^。\\n]{0,10}?(?:言わない|伝えない|知らせない|教えない|言わず|伝えず|知らせず|言うな|伝えるな|内緒)`,
  `사용자(?:에게|한테)[^.\\n]{0,10}?(?:알리지|말하지|알려주지)|사용자(?:가|는) 모르게`,
  `ユーザー(?:に|には)?(?:知られ|気づかれ|バレ)(?:ない|ず)`,
];

/** Rules for languages other than English. */
export const I18N_RULES: readonly InjectionRule[] = [
  ...IGNORE_PARTS.map(([verb, obj, spec]): InjectionRule => ({
    kind: "ignore_previous",
    weight: 1.2,
    anchors: anchors(spec),
    reach: 400,
    re: rx(`${NB}${verb}${gap(4)}${obj}(?![\\p{L}])${NOT_DOMAIN}`),
    reason: IGNORE,
    accept: englishOrder,
  })),
  {
    kind: "ignore_previous",
    weight: 1.2,
    anchors: anchors(
      "anwei instr regel vorga инстр указа прави / ignor verge missa игнор забуд проиг",
    ),
    reach: 400,
    re: rx(DE_RU_IGNORE.join("|")),
    reason: IGNORE,
  },
  {
    kind: "ignore_previous",
    weight: 1.2,
    anchors: anchors("", SCRIPT_GATE),
    reach: 400,
    re: rx(CJK_IGNORE.join("|")),
    reason: IGNORE,
  },
  {
    kind: "ignore_previous",
    weight: 1.2,
    anchors: anchors("", SCRIPT_GATE),
    reach: 400,
    re: rx(HI_AR_IGNORE.join("|")),
    reason: IGNORE,
  },
  {
    kind: "conceal_from_user",
    weight: 1.0,
    anchors: anchors("", SCRIPT_GATE),
    reach: 400,
    re: rx(HI_AR_CONCEAL.join("|")),
    reason: CONCEAL,
  },
  {
    kind: "conceal_from_user",
    weight: 1.0,
    anchors: anchors(
      "usuar usuár utili benut nutze anwen utent пользо / no não nao ne n sans sin sem senza non nicht nichts ohne darf soll без не скрой скрыв sepa sache sappia saiba merkt wissen erfahren oculta oculte cache cachez nascondi esconda verschweige verbirg",
    ),
    reach: 400,
    re: rx(CONCEAL_SOURCES.join("|")),
    reason: CONCEAL,
  },
  {
    kind: "conceal_from_user",
    weight: 1.0,
    anchors: anchors("", SCRIPT_GATE),
    reach: 400,
    re: rx(CJK_CONCEAL.join("|")),
    reason: CONCEAL,
  },
];
