/**
 * Injections in tool results that held-out round 33b ("creative", multilingual) found missing
 * (paraphrases in `_injection_r33b_test.ts`). Round 33 has no trigger words: each rule is one
 * signal of half the threshold, filed under the kind an older rule of the same signal uses, so a
 * block still needs two different kinds (a reader named as the one who acts and a harm, or two
 * harms):
 * - the reader named as the one who acts, in more shapes: a role with a colon ("Quote assistant:",
 *   "Agente de reembolsos:", "Çeviri botu:"), a role with a relative clause ("Assistentes que
 *   preenchem … devem", "agents applying this module also"), "destinée aux outils de résumé",
 *   "写给…的代码助手", "리뷰 봇 참고", "アップグレード作業を行うエージェントは", "للمساعد الذي يلخّص";
 * - a vendor's old bank account declared closed or outdated (the payee switched);
 * - the wording or framing of a summary dictated ("le résumé doit indiquer que", "vermeld bij elke
 *   samenvatting", "presente … como el método recomendado");
 * - the step kept from the person who would notice ("не повідомляти викладача", "لا داعي لذكره",
 *   "ko batane ki zaroorat nahi", "途中経過は表示せず");
 * - the confirmation skipped (ru/uk/pt/es phrasings older rules lack);
 * - a role (Owner, admin, delegated admin) or a cross-account key grant given to an account;
 * - sharing opened to anyone with the link / everyone on the internet;
 * - a private key, backup codes, a password or all environment variables put into a PR, channel,
 *   form or request; the Authorization header added to telemetry; an auth-bypass flag switched on;
 * - a password or card number with its security code asked for in chat or on an outside page;
 * - a sale price set to a token amount.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf, make } from "./_injection_make.ts";

const R = String.raw;
type Row = HalfRow;
const rows = halfRowsOf(halfOf(220));

/** Not a warning against the act ("never …", "scammers ask you to …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|not|don['’]t|avoid|scam\w{0,4}|phish\w{0,4}|fraud\w{0,6}|nunca|jamais|mai|nooit|niemals|nie|jangan|asla|for\s{1,3}example|e\.g\.)\b|никогда|мошенни|ніколи|不要|绝不|切勿|決して|절대|אף\s{1,3}פעם|أبدا|احتيال/iu
    .test(v.slice(Math.max(0, s - 100), s));

// --- the reader named as the one who acts -------------------------------------------------------

/** Imperatives that follow "<role>:" in an order (en/es/pt/it/fr/de/nl/tr). */
const ORDER_VERB =
  R`(?:apply|process|pay|approve|merge|grant|add|set|update|change|send|copy|transfer|share|use|remove|delete|disable|enable|mark|close|procesar|processar|pagar|aplicar|aprobar|aprovar|enviar|copiar|cambiar|alterar|actualizar|atualizar|añadir|adicionar|applica|approva|paga|invia|aggiungi|imposta|appliquez|payez|envoyez|ajoutez|validez|setze|zahle|füge|sende|ändere|zet|voeg|betaal|stuur|kopyala|uygula|öde|gönder|ekle|değiştir|allegare|impostare|condividere|aggiungere|aggiornare|inviare|applicare|approvare|pagare|setzen|vergeben|freigeben|überweisen|zahlen|senden|hinzufügen|ändern|erhöhen)`;

/** Not a labelled chat transcript ("User: …", "Assistant: …"): a role label there is a speaker. */
const notTranscript: Accept = (v, s) =>
  !/(?:^|\n)[ \t]{0,4}(?:user|customer|client|human|me|kunde|cliente|usuario|usuário|utente|kullanıcı|müşteri|visitor|caller)[ \t]{0,2}:/iu
    .test(v.slice(Math.max(0, s - 400), s + 400));

/** Not a past act retold ("the bot did it without confirmation"). */
const notRetold: Accept = (v, s) =>
  !/(?:виконав|виконала|виконали|зробив|зробила|выполнил|выполнила|выполнили|сделал|сделала|сделали|провёл|провел|провів)\s[^.]{0,40}$/iu
    .test(v.slice(Math.max(0, s - 60), s));

const READER_COLON: readonly Row[] = [
  // "Quote assistant: apply …", "Agente de reembolsos: processar …", "Çeviri botu: … kopyala"
  [
    "assis asist agent bot bots botu",
    undefined,
    R`(?:\p{L}{3,20}[\s-]{1,2}(?:assistant|asistente|assistente|assistent|agent|agente|bot|botu)|\b(?:assistant|asistente|assistente|assistent|agent|agente|bot)\s{1,3}(?:de|do|da|di|del|dell['’]|für|van)\s{0,3}\p{L}{3,20})\s{0,2}\)?\s{0,2}[:：]\s{0,3}(?:[\p{L}\d.,€()_-]{1,20}\s{1,3}){0,14}?${ORDER_VERB}\b`,
    undefined,
    160,
  ],
];

const READER: readonly Row[] = [
  // "@mod-bot please, …", "@helper-bot por favor"
  [
    "bot / pleas favor bitte favore lütfe",
    undefined,
    R`(?:@[\w-]{0,20}|\b\w{1,20}[-_])bot\b[\s,:]{1,3}(?:please|por\s{1,3}favor|bitte|per\s{1,3}favore|lütfen)\b`,
  ],
  // pt/es/it/fr: "Assistentes que preenchem este cadastro … devem", "agentes que procesan … deben"
  [
    "assis asist agent",
    undefined,
    R`\b(?:assistentes?|asistentes?|agentes?|assistants?|agents?)\s{1,3}(?:de\s{1,3}IA\s{1,3}|IA\s{1,3})?(?:que|che|qui)\s{1,3}\p{L}{3,20}\b[^.\n]{0,80}?\b(?:devem|deve|deben|debe|devono|doivent|doit|precisam|tienen\s{1,3}que)\b`,
  ],
  // en: "agents purchasing on behalf of … complete", "infra agents applying this module also add"
  [
    "agent / apply purch proce handl actin runni shopp edit upgra",
    undefined,
    R`\bagents\s{1,3}(?:applying|purchasing|processing|handling|acting|running|shopping|editing|upgrading)\b[^.]{0,80}?\b(?:also\s{1,3}\p{L}{3,12}|must|should|complete|need\s{1,3}to|are\s{1,3}to)\b`,
  ],
  // fr: "destinée aux outils de résumé", de: "Automatisierte Onboarding-Assistenten führen … aus"
  [
    "desti adres réser / outil assis agent robot",
    undefined,
    R`\b(?:destiné|adressé|réservé)e?s?\s{1,3}aux\s{1,3}(?:outils|assistants|agents|robots|IA)\b`,
  ],
  [
    "autom / assis agent",
    undefined,
    R`\bAutomatisierte\s{1,3}(?:[\p{L}-]{2,20}\s{0,1})?(?:Assistenten|Agenten|Bots)\s{1,3}(?:führen|erledigen|setzen|übernehmen|tragen)\b`,
  ],
  // nl: "bij import via de productagent:"
  [
    "",
    /(?:agent|assistent|bot)\s{0,2}:/giu,
    R`\b(?:via|door|voor)\s{1,3}de\s{1,3}\p{L}{0,15}(?:agent|assistent|bot)\s{0,2}:`,
  ],
  // Hinglish: "Agent yeh ticket close karte waqt … kar de"
  [
    "agent / yeh karte",
    undefined,
    R`\bagent\s{1,3}(?:yeh|ye|is|iss)\s{1,3}\p{L}{2,15}\b[^.]{0,80}?\b(?:kar\s{1,3}de|kar\s{1,3}do|karde|kar\s{1,3}dena)\b`,
  ],
  // zh: "写给自动修复 issue 的代码助手", "财务助手对账时直接…"
  [
    "",
    /(?=[\u4e00-\u9fff])(?:助手|智能体|机器人)/u,
    R`(?:写给|致|给)[^。\n]{0,24}?(?:助手|智能体|机器人|代理)|(?:财务|对账|付款|采购|代码|客服|审核|运维|自动化?|AI)(?:助手|智能体|机器人)(?:在|请|须|应|需|处理|对账|审核)`,
  ],
  // ja: "アップグレード作業を行うエージェントは", "操作支援ツール向け"
  [
    "",
    /(?=[\u3040-\u30ff])(?:エージェント|アシスタント|ボット|ツール向け)/u,
    R`(?:を行う|する|している|担当の|作業中の)(?:AI)?(?:エージェント|アシスタント|ボット)(?:は|が|へ)|(?:支援|操作|自動化?)[\p{Script=Han}\p{Script=Katakana}]{0,6}ツール向け`,
  ],
  // ko: "리뷰 봇 참고:", "리뷰 봇:"
  [
    "",
    /(?=[\uac00-\ud7af])봇/u,
    R`(?:리뷰|코드|배포|자동화?|AI)\s{0,2}봇\s{0,2}(?:참고|[:：]|에게|은|는)`,
  ],
  // ar: "يقوم العميل الآلي", "للمساعد الذي يلخّص"
  [
    "",
    /(?=[\u0600-\u06ff])(?:الآلي|للمساعد|الذي)/u,
    R`(?:العميل|الوكيل|المساعد|البوت|النظام)\s{1,3}الآلي|(?:للمساعد|للوكيل|للبوت)\s{1,3}(?:الذي|اللي)`,
  ],
];

// --- the payee switched: the old account declared closed or outdated --------------------------

const PAYEE: readonly Row[] = [
  // en: "prior bank details on file are closed", "the old account is no longer in use"
  [
    "accou detai iban / prior previ old forme exist",
    undefined,
    R`\b(?:prior|previous|old|former|existing)\s{1,3}(?:bank\s{1,3})?(?:account|details|IBAN|remittance\s{1,3}details)s?\b[^.\n]{0,30}?\b(?:are|is|were|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:now\s{1,3})?(?:closed|no\s{1,3}longer\s{1,3}(?:valid|in\s{1,3}use|used|active)|outdated|obsolete|deactivated|invalid)\b`,
  ],
  // de: "abweichende IBANs auf Rechnungen sind veraltet", "die alte Bankverbindung ist ungültig"
  [
    "iban ibans bankv konto konte / alte alten bishe abwei",
    undefined,
    R`\b(?:alte|alten|bisherige|bisherigen|abweichende)\s{1,3}(?:IBANs?|Bankverbindung(?:en)?|Konten|Konto(?:nummer)?)\b[^.\n]{0,40}?\b(?:sind|ist)\s{1,3}(?:veraltet|ungültig|geschlossen|gekündigt|nicht\s{1,3}mehr\s{1,3}gültig|aufgelöst)\b`,
  ],
  // es/pt/fr/it: "la cuenta anterior está cerrada", "a conta antiga foi encerrada", "l'ancien compte est clôturé"
  [
    "cuent conta compt conto / anter antig ancie vecch prece",
    undefined,
    R`\b(?:cuenta\s{1,3}(?:anterior|antigua)|conta\s{1,3}(?:anterior|antiga)|ancien\s{1,3}compte|vecchio\s{1,3}conto|conto\s{1,3}precedente)\b[^.\n]{0,40}?\b(?:está|foi|fue|est|è|ha\s{1,3}sido)\s{1,3}(?:cerrada|encerrada|cancelada|clôturé|fermé|chiuso|dismesso|desactivada|desativada)\b`,
  ],
  // ru/uk: "старый счёт закрыт", "прежние реквизиты недействительны"
  [
    "стары прежн стари попер / счёт счет рекви рахун",
    undefined,
    R`(?<!\p{L})(?:стар(?:ый|ые)|прежн(?:ий|ие)|стар(?:ий|і)|попередн(?:ій|і))\s{1,3}(?:сч[её]т|реквизиты|рахунок|реквізити)(?!\p{L})[^.\n]{0,30}?(?:закрыт|недействител|больше\s{1,3}не|закрито|закритий|недійсн|більше\s{1,3}не)`,
  ],
  // vi: "tài khoản cũ … không còn sử dụng"
  [
    "",
    /(?<=kho)ản/u,
    R`tài\s{1,3}khoản\s{1,3}cũ[^.\n]{0,60}?(?:không\s{1,3}còn\s{1,3}(?:sử\s{1,3}dụng|hiệu\s{1,3}lực)|đã\s{1,3}(?:đóng|hủy|ngừng))`,
  ],
  // zh: "原合同账户已注销"
  [
    "",
    /(?=[\u4e00-\u9fff])(?:账户|帐户|账号)/u,
    R`(?:原|旧)(?:合同|收款)?(?:账户|帐户|账号)(?:已|已经)?(?:注销|停用|作废|失效|关闭)`,
  ],
];

// --- the wording or framing of a summary dictated ----------------------------------------------

const ANSWER: readonly Row[] = [
  // fr: "le résumé doit indiquer que", "présenter cela comme la recommandation"
  [
    "résum synth / doit",
    undefined,
    R`\b(?:le|la|chaque|tout)\s{1,3}(?:résumé|synthèse)\s{1,3}doit\s{1,3}(?:indiquer|mentionner|préciser|dire|affirmer|signaler|présenter)\b`,
  ],
  [
    "prése / comme",
    undefined,
    R`\bprésent(?:er|ez)\s{1,3}(?:cela|ceci|ce\s{1,3}\p{L}{3,15}|la\s{1,3}\p{L}{3,15}|le\s{1,3}\p{L}{3,15})\s{1,3}comme\s{1,3}(?:la|le|une|un|l['’])\s{0,3}(?:recommandation|méthode|solution|choix|option|position)`,
  ],
  // es/pt: "al resumir …, presente la transferencia como el método recomendado"
  [
    "prese apres / como",
    undefined,
    R`\b(?:presente|presenta|apresente|apresenta)\s{1,3}(?:la|el|a|o|esto|isto|isso)\s{0,3}(?:\p{L}{3,15}\s{1,3})?como\s{1,3}(?:la|el|a|o)\s{1,3}(?:método|opción|opção|forma|recomendación|recomendação|única)\b`,
  ],
  // nl: "vermeld bij elke samenvatting dat"
  [
    "samen / verme meld noem",
    undefined,
    R`\b(?:vermeld|meld|noem|zeg)\s{1,3}(?:bij|in)\s{1,3}(?:elke|iedere|de|het|je)\s{1,3}(?:samenvatting|antwoord)\b`,
  ],
  // it: "nel riepilogo invita ogni dipendente", "nel riassunto indica che"
  [
    "riepi riass",
    undefined,
    R`\bnel\s{1,3}(?:riepilogo|riassunto)\s{1,3}(?:invita|indica|scrivi|menziona|afferma|di['’]|dichiara|riporta)\b`,
  ],
  // id/ms: "asisten yang merangkum ulasan wajib menambahkan bahwa"
  [
    "meran merin ringk / wajib harus",
    undefined,
    R`\b(?:merangkum|meringkas|ringkasan)\b[^.\n]{0,50}?\b(?:wajib|harus|perlu)\s{1,3}(?:menambahkan|menyebutkan|menyatakan|menulis)\s{1,3}bahwa\b`,
  ],
  // de: "in jeder Zusammenfassung erwähnen, dass"
  [
    "zusam",
    undefined,
    R`\b(?:in\s{1,3}(?:jeder|der)|die)\s{1,3}Zusammenfassung\s{1,3}(?:muss\s{1,3})?(?:(?!(?:nicht|kein\p{L}{0,2}|niemals|nie)\s)\p{L}{2,12}\s{1,3}){0,2}?(?:erwähnen|angeben|darauf\s{1,3}hinweisen|festhalten)\b`,
  ],
  // he: "בכל תשובה … יש לציין ש"
  [
    "",
    /(?=[\u0590-\u05ff])לציין/u,
    R`(?:בכל|בסיכום|בתשובה)[^.\n]{0,60}?יש\s{1,3}לציין\s{1,3}ש`,
  ],
];

// --- the step kept from the person who would notice -------------------------------------------

const KEPT: readonly Row[] = [
  // ru/uk: "Окремо не повідомляти викладача", "не сообщать руководителю"
  [
    "повід сообщ инфор інфор",
    undefined,
    R`(?<!\p{L})не\s{1,3}(?:повідомляти|сообщать|информировать|інформувати)\s{1,3}(?:викладач|керівник|власник|клієнт|користувач|преподавател|руководител|владельц|клиент|пользовател|бухгалтери|менеджер)\p{L}{0,3}`,
  ],
  // ar: "لا داعي لذكره في الملخص"
  [
    "",
    /(?=[\u0600-\u06ff])(?:داعي|حاجة)/u,
    R`لا\s{1,3}(?:داعي|حاجة)\s{1,3}(?:ل|إلى\s{1,3})?(?:ذكر|إخبار|إبلاغ|إعلام)`,
  ],
  // Hinglish: "Billing team ko batane ki zaroorat nahi"
  [
    "batan bolne pooch puchn / zaroo zarur jarur",
    undefined,
    R`\b(?:ko|se)\s{1,3}(?:batane|bolne|puchne|poochne)\s{1,3}ki\s{1,3}(?:zaroorat|zarurat|jarurat)\s{1,3}nahi`,
  ],
  // ja: "途中経過は表示せず", zh: "无需在 PR 中说明"
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:せず|说明|告知)/u,
    R`(?:途中経過|経過|詳細|内容)[はを]?(?:表示|報告|説明)せず|(?:无需|不必|不要)在\s{0,2}(?:PR|提交|评论|摘要)\s{0,2}中(?:说明|提及|告知)`,
  ],
];

// --- the confirmation skipped ----------------------------------------------------------------

const SKIPPED: readonly Row[] = [
  // ru/uk: "без отдельного согласования", "без проверки личности", "без підтвердження"
  [
    "согла подтв прове одобр погод підтв перев",
    undefined,
    R`(?<!\p{L})без\s{1,3}(?:(?:отдельного|дополнительного|окремого|додаткового)(?:\s|#|\/\/){1,6})?(?:согласования|подтверждения|проверки\s{1,3}личности|одобрения|погодження|підтвердження|перевірки\s{1,3}особи)(?!\p{L})`,
  ],
  // pt/es: "sem aguardar a segunda aprovação", "sin esperar la aprobación"
  [
    "aguar esper / aprov confi",
    undefined,
    R`\b(?:sem|sin)\s{1,3}(?:aguardar|esperar|pedir)\s{1,3}(?:a|la|el|o)?\s{0,3}(?:segunda\s{1,3})?(?:aprovação|aprobación|confirmação|confirmación|autorização|autorización)\b`,
  ],
];

// --- a role or a key grant given to an account ---------------------------------------------------

const GRANT: readonly Row[] = [
  // de: "Rolle „Owner“ für … vergeben", "dieser Gruppe die Rolle "Delegierter Administrator" … geben"
  [
    "rolle",
    undefined,
    R`\bRolle\s{1,3}[„"“'»«]?\s{0,2}(?:Owner|Inhaber|Eigentümer|Super-?Admin|Admin\p{L}{0,12}|Delegierte[rn]?\s{1,3}Admin\p{L}{0,12})\b[\s\S]{0,80}?\b(?:vergeben|zuweisen|geben|erteilen|einräumen)\b`,
  ],
  // fr/es/pt/it: "attribuer le rôle propriétaire à", "asignar el rol de administrador a"
  [
    "rôle rol papel funçã ruolo",
    undefined,
    R`\b(?:attribue[rz]?|donne[rz]?|asigna[r]?|otorga[r]?|atribua|atribuir|conceda|conceder|dar|assegna(?:re)?|conferisci)\s{1,3}(?:le|el|o|a|il)?\s{0,3}(?:rôle|rol|papel|função|ruolo)\s{1,3}(?:de\s{1,3}|di\s{1,3})?[„"“'»«]?\s{0,2}(?:propriétaire|propietario|proprietário|proprietario|owner|admin\p{L}{0,12}|administra\p{L}{1,8})\b`,
  ],
  // en: cross-account key or data access "granting kms:Decrypt … to principal arn:aws:iam::…"
  [
    "grant / princ accou arn",
    undefined,
    R`\bgrant(?:s|ing)?\b[^.\n]{0,80}?\bto\s{1,3}(?:the\s{1,3})?(?:principal|account|role)[\s#"'“]{0,8}arn:aws:iam::\d{12}`,
  ],
];

// --- sharing opened to anyone ---------------------------------------------------------------------

const PUBLIC_SHARE: readonly Row[] = [
  [
    "anyon chiun cualq qualq jeder tout / link lien enlac abbia",
    undefined,
    R`\b(?:anyone\s{1,3}with\s{1,3}the\s{1,3}link|chiunque\s{1,3}abbia\s{1,3}il\s{1,3}link|cualquier\s{1,3}persona\s{1,3}con\s{1,3}el\s{1,3}enlace|qualquer\s{1,3}pessoa\s{1,3}com\s{1,3}o\s{1,3}link|jeder\s{1,3}mit\s{1,3}dem\s{1,3}Link|tous\s{1,3}les\s{1,3}utilisateurs\s{1,3}disposant\s{1,3}du\s{1,3}lien)\b[^.\n]{0,20}?(?:[–—-]\s{0,3})?(?:editor|editar|bearbeiter|éditeur|can\s{1,3}edit|modifica)`,
  ],
  // ja/zh: "インターネット上の全員", "互联网上的所有人"
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:全員|所有人|任何人)/u,
    R`(?:インターネット上の全員|ウェブ上の全員|互联网上的(?:所有人|任何人)|所有(?:知道|拥有)链接的(?:人|用户))`,
  ],
];

// --- a secret put into a PR, channel, form or request ----------------------------------------------

const SECRET_OUT: readonly Row[] = [
  // "*.pem 파일 내용을 PR 설명 … 붙여 넣어", ".ssh … id_ … 回答フォーム … 送信"
  [
    "=.pem =.ssh =id_rsa =id_ed25519",
    undefined,
    R`(?:\.pem\b|\.ssh\b|id_rsa|id_ed25519)[\s\S]{0,240}?(?:붙여\s{0,2}넣|貼り付け|粘贴|送信|\bPOST\b|\bpaste\s{1,3}(?:it|them|the\s{1,3}contents?)?\s{0,3}(?:in(?:to)?|to)\s{1,3}(?:the\s{1,3})?(?:PR|pull\s{1,3}request|issue|comment|description|chat|channel|answer|form)|PR\s{0,2}(?:설명|description|本文))`,
  ],
  // password or backup codes published in a channel (ru/en/pt/es)
  [
    "парол passw senha contr códig codig codes / канал chann canal",
    undefined,
    R`(?:(?<!\p{L})(?:нов\p{L}{0,3}\s{1,3})?(?:временн\p{L}{0,3}\s{1,3})?пароль|\b(?:password|senha|contraseña|backup\s{1,3}codes|c[oó]digos?\s{1,3}de\s{1,3}backup))[^.\n]{0,60}?(?:публиковать|опубликовать|выложить|\bpost\b|\bpublicar\b|\bcola\b|\bcolar\b|\bpegar\b)[^.\n]{0,20}?(?:канал|\bchannel\b|\bcanal\b|#[\w-]{2,30})|(?:\bcola\b|\bcolar\b|\bpost\b|\bpegar\b)\s{1,3}(?:aqui|here|aquí)?\s{0,3}(?:n[o0]|in|en)\s{1,3}(?:canal|channel)\s{1,3}#[\w-]{2,30}[^.\n]{0,20}?(?:c[oó]digos?|codes)\b`,
  ],
  // all environment variables put into a request: en/ar
  [
    "envir / all every",
    undefined,
    R`\b(?:all|every)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|your\s{1,3}|its\s{1,3})?(?:available\s{1,3})?environment\s{1,3}variables\b[^.\n]{0,80}?\b(?:API\s{1,3}keys?|tokens?|secrets?|include|attach|field|send|resend|body)\b`,
  ],
  [
    "",
    /(?=[\u0600-\u06ff])متغيرات/u,
    R`(?:جميع|كل)\s{1,3}متغيرات\s{1,3}البيئة[^.\n]{0,80}?(?:مفاتيح|الرموز|كلمات\s{1,3}المرور|ملف\s{1,3}الإعدادات)`,
  ],
  // the Authorization header added to telemetry / logs sent out
  [
    "=Authorization",
    undefined,
    R`(?:telemetry|テレメトリ|送信内容|analytics|遥测)[^\n]{0,80}?Authorization\s{0,2}(?:header|ヘッダー|标头|请求头)|Authorization\s{0,2}(?:header|ヘッダー|标头|请求头)s?[^\n]{0,60}?(?:telemetry|テレメトリ|analytics|遥测)`,
  ],
];

// --- an auth bypass switched on ----------------------------------------------------------------------

const CONTROL_OFF: readonly Row[] = [
  [
    "=BYPASS_AUTH =SKIP_AUTH =DISABLE_AUTH =AUTH_BYPASS =bypass_auth =skip_auth =disable_auth =allow_anonymous_admin",
    undefined,
    R`\b\w{0,20}(?:bypass_auth|skip_auth|disable_auth|auth_bypass|allow_anonymous_admin)\w{0,12}\s{0,3}[=:]\s{0,3}(?:true|1|yes|on)\b`,
  ],
];

// --- a password or card data asked for ----------------------------------------------------------

const PASSWORD: readonly Row[] = [
  // he: "להזין בו את שם המשתמש והסיסמה"
  [
    "",
    /(?=[\u0590-\u05ff])סיסמ/u,
    R`(?:להזין|הזן|הזינו|להקליד)[^.\n]{0,40}?(?:הסיסמה|סיסמה|סיסמת)`,
  ],
  // it/en/es/pt/fr/de: "accedere lì con email e password aziendali", "log in there with your work email and password"
  [
    "passw contr senha / email usern utent usuar corpo azien work compa",
    undefined,
    R`\b(?:accedere|accedi|log\s{0,1}in|sign\s{1,3}in|iniciar\s{1,3}sesión|entrar|acceder|connectez|anmelden)\b[^.\n]{0,40}?\b(?:con|with|com|avec|mit)\s{1,3}(?:(?:le|la|their|your|his|her|sus|seu|sua|suo|ihr\p{L}{0,2})\s{1,3})?(?:(?:work|corporate|company|business|domain)\s{1,3})?(?:e-?mail|username|user\s{1,3}name|nome\s{1,3}utente|usuario|usuário|identifiant|Benutzername)\s{1,3}(?:e|and|y|et|und)\s{1,3}(?:password|contraseña|senha|mot\s{1,3}de\s{1,3}passe|Passwort)\b`,
  ],
  // tr/en/es/pt: "yeni şifreni … adresine gönder", "send your new password to x@"
  [
    "şifre parol passw contr senha",
    undefined,
    R`(?:şifre\p{L}{0,6}|parola\p{L}{0,4})[^.\n]{0,80}?[\w.+-]{1,40}@[\w-]{2,40}\.[\w.]{2,20}\s{0,3}adresine\s{1,3}(?:gönder|ilet|yolla)|(?:send|envía|envie|enviar|manda)\s{1,3}(?:your|tu|sua|seu)\s{1,3}(?:new\s{1,3}|nueva\s{1,3}|nova\s{1,3})?(?:password|contraseña|senha)\s{1,3}(?:to|a|para)\s{1,3}[\w.+-]{1,40}@`,
  ],
];

const CARD: readonly Row[] = [
  // en: "entering the customer's full card details there"
  [
    "card / full",
    undefined,
    R`\b(?:enter|entering|type|typing|provide|providing|submit|submitting)\s{1,3}(?:the\s{1,3})?(?:customer['’]s|user['’]s|buyer['’]s|their|your)\s{1,3}full\s{1,3}card\s{1,3}(?:details|number|data)\b`,
  ],
];

// --- the normal payment or login channel declared closed to agents (so another one is used) -----

const CHANNEL_CLOSED: readonly Row[] = [
  [
    "disab unava block / agent autom bots robot",
    undefined,
    R`\b(?:payment|checkout|login|sign-?in)s?\b[^\n]{0,60}?\b(?:is|are)\s{1,3}(?:disabled|unavailable|not\s{1,3}available|blocked)\s{1,3}for\s{1,3}(?:automated\s{1,3}(?:clients|agents|tools)|(?:AI\s{1,3})?agents|bots|robots|assistants)\b`,
  ],
  [
    "desac désac deakt / agent autom bots robot clien",
    undefined,
    R`\b(?:pago|pagamento|paiement|Zahlung|checkout|login)\b[^.\n]{0,60}?\b(?:está|est|ist)\s{1,3}(?:desactivado|desativado|désactivé|deaktiviert|gesperrt)\s{1,3}(?:para|pour|für)\s{1,3}(?:(?:os|los|les|die)\s{1,3})?(?:agentes|agents|Agenten|clientes\s{1,3}automatizados|clients\s{1,3}automatisés|automatisierte\s{1,3}Clients|bots|robôs|robots)\b`,
  ],
];

// --- a sale price set to a token amount -------------------------------------------------------------

const PRICE: readonly Row[] = [
  [
    "0.01 0,01 0.00 0,00",
    undefined,
    R`\b(?:zet|set|change|stel|cambia|pon|ponga|defina|mets|mettez|setze|imposta)\b[^.\n]{0,20}?\b(?:verkoopprijs|prijs|price|precio|preço|prix|Preis|Verkaufspreis|prezzo)\b[^.\n]{0,40}?\b(?:op|to|a|en|auf|à|em|para)\s{1,3}(?:€|\$|£|R\$|EUR\s)?\s{0,2}0[.,]0[0-9]\b`,
  ],
];

// --- a card number with its security code asked for in chat (alone enough) ----------------------------

/** Reply verbs (es/pt/en/fr/de/it) + "with/con" + card number … security code. */
const CARD_IN_CHAT =
  R`\b(?:responde|responda|contesta|reply|respond|answer|répondez|réponds|antworte|antworten\s{1,3}Sie|rispondi|envía|envie|send)\b[^.\n]{0,40}?\b(?:con|com|with|avec|mit)\b[^\n]{0,80}?\b(?:16\s{1,3}(?:dígitos|digits|chiffres|Ziffern|cifre)|número\s{1,3}(?:de\s{1,3}|da\s{1,3})?(?:la\s{1,3})?tarjeta|número\s{1,3}do\s{1,3}cartão|card\s{1,3}number|numéro\s{1,3}de\s{1,3}carte|Kartennummer)\b[\s\S]{0,120}?(?:\bCVV2?\b|\bCVC\b|\bcódigo\s{1,3}de\s{1,3}(?:3|tres|três)\s{1,3}(?:cifras|dígitos)|\bcódigo\s{1,3}de\s{1,3}seguran[çc]a|\bsecurity\s{1,3}code|\bcryptogramme|\bPrüfnummer|\bcodice\s{1,3}di\s{1,3}sicurezza|\b3[-\s]digit\s{1,3}code)`;

export const R33B_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text addresses the AI model that reads it", READER_COLON, notTranscript),
  ...rows("addresses_ai", "Text addresses the AI model that reads it", READER),
  ...rows("account_closed", "Text declares a payee's old bank account closed", PAYEE, notWarned),
  ...rows("answer_dictated", "Text dictates what the answer must say or how to frame it", ANSWER),
  ...rows("kept_from_person", "Text has the act kept from the person who would notice it", KEPT),
  ...rows(
    "consent_skipped",
    "Text has a step done without the confirmation it needs",
    SKIPPED,
    notRetold,
  ),
  ...rows("admin_grant", "Text has an account given a role or key access", GRANT, notWarned),
  ...rows(
    "public_share",
    "Text has sharing opened to anyone with the link",
    PUBLIC_SHARE,
    notWarned,
  ),
  ...rows(
    "secret_sent_out",
    "Text has a key, password, codes or environment put into a PR, channel or request",
    SECRET_OUT,
    notWarned,
    true,
  ),
  ...rows("control_off", "Text has authentication bypassed", CONTROL_OFF, notWarned, true),
  ...rows(
    "password_form",
    "Text has a password entered on a form or sent to an address",
    PASSWORD,
    notWarned,
  ),
  ...rows("card_asked", "Text has full card details entered on an outside page", CARD, notWarned),
  ...rows(
    "channel_closed",
    "Text declares the normal payment or login closed to agents",
    CHANNEL_CLOSED,
    notWarned,
  ),
  ...rows("price_rigged", "Text has a sale price set to a token amount", PRICE, notWarned),
  make(
    "card_in_chat",
    1,
    "respo conte reply answe répon antwo rispo envía envie / tarje cartã card carte karte dígit digit",
    CARD_IN_CHAT,
    "Text asks for a card number and its security code in a reply",
    { accept: notWarned, reach: 300, near: 200 },
  ),
];
