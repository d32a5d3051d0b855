/**
 * Definition checks from held-out round 35's misses (paraphrase tests in `_definition_r35_test.ts`).
 * Round 35 put the harm into a default, a hidden extra or a schema corner and then told the model
 * what to say about it, in some twenty languages. The checks read the techniques:
 * - scripted report: the model is to confine what it tells the user to a canned line or to the
 *   user's own part ("report it as '…'", "describe the sync as … only", "řekni jen", "сообщи только",
 *   "บอกแค่", "chỉ nói");
 * - report concealment: something is not to be mentioned in the confirmation or to the user, or
 *   is kept out of the user-facing list ("visa inte … i sammanfattningen", "لا حاجة لإخبار",
 *   "दिखाने की ज़रूरत नहीं", "huwag sabihin", "언급하지 마세요") — secrets kept out of a reply are a
 *   safeguard and do not count;
 * - scripted assurance: the user is to be told the result is fully safe, a standard security step
 *   or only for a quoted harmless purpose;
 * - choice override: the act is done "regardless of the user's choices" or "even if the best offer
 *   is another one";
 * - verification discouraged: the model is not to suggest that the user call back or verify;
 * - integrity check ordered off: a signature, certificate or DNSSEC check must be disabled.
 * Every pattern is bounded and runs only after a cheap literal pre-test.
 */
import type { ToolDefinition } from "../types.ts";
import type { Hit } from "./_definition_grammar.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

/** Who the report is for. */
const WHO_EN =
  "(?:the\\s{1,4})?(?:end[\\s-])?(?:users?|customers?|clients?|owners?|buyers?|parents?|members?|requesters?|them|him|her)";

/** A secret kept out of a reply (a safeguard) or a partial value shown (masking). */
const SECRET_OBJECT =
  /password|passphrase|passcode|token|secret|api[\s_-]{0,2}key|private\s{1,4}key|credential|\botp\b|one[\s-]time|\bpin\b|cvv|card\s{1,4}number|\bssn\b|social\s{1,4}security|contraseñ|mot\s{1,4}de\s{1,4}passe|passwort|hasł|парол|密码|密碼|パスワード|비밀번호|토큰|رمز|پسورد|סיסמ|पासवर्ड/iu;
/** Plumbing kept out of a reply for readability: internal ids, raw JSON, debug output. */
const UX_OBJECT =
  /\b(?:internal|ids?|uuids?|guids?|identifiers?|raw|json|technical|debug|stack\s{1,4}traces?|hash(?:es)?|interne?n?|intern[oa]s?|técnic[oa]s?|techniques?)\b/i;
const PARTIAL =
  /^\s{0,4}(?:the\s{1,4})?(?:(?:last|first|final)\s{1,4}(?:\d|two|three|four|five|few)|masked|redacted|truncated|partial|hashed|\d)/i;

/** An imperative reporting verb with its object ("confirm it", "summarise the change"). */
const SCRIPT_VERB =
  "(?:^|[.;:!?,]\\s{0,4}|\\b(?:and|then|just|simply|only|always)\\s{1,4})(?:confirm|report|summari[sz]e|describe|present|characteri[sz]e|portray|frame|pass)\\s{1,4}(?:(?:it|this|that|them|the\\s{1,4}[\\w-]{1,30}(?:\\s{1,4}[\\w-]{1,30})?)\\s{1,4})?(?:off\\s{1,4})?";

/**
 * A canned line with no addressee ("summarise as 'N fixed'"): a report script only next to a
 * withholding cue ({@link WITHHOLD}); alone it may be an honest status line.
 */
const SCRIPT_QUOTED = new RegExp(`${SCRIPT_VERB}as\\s{1,4}(?:(?:a|an|the)\\s{1,4})?['"‘“«]`, "i");
/** Something is not to be seen, shown or detailed ("users do not need to see the entries"). */
const WITHHOLD =
  /\b(?:do\s{1,4}not|don't|never|need\s{1,4}not|needn't|no\s{1,4}need\s{1,4}to)\s{1,4}(?:[\w-]{1,30}\s{1,4}){0,3}?(?:see|show|list|mention|tell|display|surface|explain|detail|include)\b/i;

/**
 * Scripted report, English: "report it to the customer as 'all set'", "describe the export as
 * a backup only", "present it as a mere check", "tell the user only that …", "mention only the
 * user's own …".
 */
const SCRIPT_EN: readonly RegExp[] = [
  new RegExp(
    `${SCRIPT_VERB}to\\s{1,4}${WHO_EN}\\s{1,4}as\\s{1,4}(?:(?:a|an|the)\\s{1,4})?['"‘“«]`,
    "i",
  ),
  new RegExp(
    `${SCRIPT_VERB}(?:to\\s{1,4}${WHO_EN}\\s{1,4})?as\\s{1,4}(?:(?:a|an|the)\\s{1,4})?(?:(?:simple|mere|plain|harmless|routine)\\s{1,4}(?:[\\w-]{1,20}\\s{1,4})?(?:check|comparison|update|step|formality|test|sync|lookup|refresh|review|fix|repair|cleanup|clean-up|optimi[sz]ation|maintenance|backup|scan|request|change|tweak)s?\\b|[\\w\\s-]{1,40}?\\bonly\\b)`,
    "i",
  ),
  new RegExp(
    `\\b(?:tell|inform|show|say\\s{1,4}to|report\\s{1,4}to|mention\\s{1,4}to|confirm\\s{1,4}to|give)\\s{1,4}${WHO_EN}\\s{1,4}(?:only|just|merely|simply|nothing\\s{1,4}but)\\b`,
    "i",
  ),
  new RegExp(
    `\\b(?:only|just|merely|simply)\\s{1,4}(?:(?:tell|inform)|(?:say|report|mention|confirm|write|state)\\s{1,4}to)\\s{1,4}${WHO_EN}\\s{1,4}(?:that\\b|['"‘“«]|(?:the\\s{1,4})?(?:user|customer|client)(?:'s|s')\\s{1,4}own|their\\s{1,4}own)`,
    "i",
  ),
  /\b(?:mention|show|list|report|include|name|confirm)\s{1,4}only\s{1,4}(?:the\s{1,4})?(?:(?:user|customer|client|owner|buyer)(?:'s|s')|their|his|her)\s{1,4}(?:own|chosen|selected|supplied|given)\b/i,
];

/** Scripted report in other languages: "say only …", "describe it as …", "only tell the user …". */
const SCRIPT_I18N: readonly RegExp[] = [
  // Spanish / Catalan: "muestra al usuario solo …", "confirma solo '…'", "preséntalo como …".
  /(?<![\p{L}])(?:muestra|muéstrale|di|dile|indica|indícale|informa|confirma|menciona|comunica|escribe|responde)\s{1,4}(?:al\s{1,4}(?:usuario|cliente)\s{1,4}|a\s{1,4}l'usuari\s{1,4})?(?:solo|sólo|solamente|únicamente|només|sols)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:preséntalo|preséntala|preséntelo|descríbelo|descríbela|descríbalo|confírmalo|presenta-ho|presenta-la|presenta-lo|descriu-ho|descriu-la|confirma-ho)\s{1,4}com[oa]?(?![\p{L}])/iu,
  /(?<![\p{L}])(?:digues|indica-li|mostra-li|digues-li)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:només|sols|únicament)(?![\p{L}])/iu,
  // Italian: "conferma solo '…'", "di' all'utente soltanto …", "presentalo come …".
  /(?<![\p{L}])(?:conferma|mostra|indica|comunica|menziona|riferisci|scrivi|rispondi|d[ìi]'?)\s{1,4}(?:all'(?:utente|cliente)\s{1,4})?(?:solo|soltanto|solamente|unicamente)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:presentalo|presentala|descrivilo|descrivila|confermalo|presentatelo)\s{1,4}come(?![\p{L}])/iu,
  // French: "confirme seulement …", "dis uniquement …", "présente-le comme …".
  /(?<![\p{L}])(?:confirme|dis|indique|mentionne|affiche|montre|signale|écris|réponds)(?:-lui)?\s{1,4}(?:à\s{1,4}l'(?:utilisat\p{L}{1,10}|client)\s{1,4})?(?:seulement|uniquement|simplement)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:présente|décris|présentez|décrivez|confirme|confirmez)-(?:le|la|les)\s{1,4}comme(?![\p{L}])/iu,
  // German: "sag dem Nutzer nur …", "bestätige es als '…'".
  /(?<![\p{L}])(?:sag|sage|melde|bestätige|nenne|schreibe|berichte|teile)\s{1,4}(?:dem\s{1,4}(?:nutzer|benutzer|kunden|anwender)\s{1,4})?(?:nur|lediglich|bloß)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:bestätige|beschreibe|präsentiere|melde|stelle)\s{1,4}(?:es|dies|das|ihn|sie)\s{1,4}(?:dem\s{1,4}\S{1,20}\s{1,4})?als\s{1,4}['"„«‚]/iu,
  // Portuguese: "diga apenas …", "apresente-o como …".
  /(?<![\p{L}])(?:diga|mostre|informe|confirme|mencione|relate|escreva|responda)(?:-lhe)?\s{1,4}(?:ao\s{1,4}(?:usuário|utilizador|cliente)\s{1,4})?(?:apenas|só|somente|unicamente)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:apresente|descreva|apresenta|descreve)-(?:o|a|os|as)\s{1,4}como(?![\p{L}])/iu,
  // Dutch and Scandinavian: "noem alleen …", "nevn bare …", "säg bara …".
  /(?<![\p{L}])(?:noem|meld|zeg|vermeld|bevestig|rapporteer|nevn|nævn|nämn|säg|sig|oppgi|angiv|ange|bekreft|bekræft|bekräfta|rapporter|rapportera)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:alleen|enkel|slechts|uitsluitend|bare|kun|bara|endast|enbart)(?![\p{L}])/iu,
  // Czech / Slovak / Polish / South Slavic / Finnish / Hungarian.
  /(?<![\p{L}])(?:uveď|uveďte|řekni|povedz|napiš|napíš|sděl|oznam|powiedz|podaj|napisz|zgłoś|wspomnij|potwierdź|przekaż|reci|recite|navedi|javi|napiši|potvrdi|spomeni|povej|kerro|mainitse|ilmoita|vahvista|raportoi|sano|mondd|írd|jelezd|közöld)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:jen|jenom|pouze|len|iba|tylko|jedynie|wyłącznie|samo|jedino|zgolj|vain|ainoastaan|pelkästään|csak)(?![\p{L}])/iu,
  // Russian / Ukrainian: "пиши лише …", "сообщи только …", "опиши это как …".
  /(?<![\p{L}])(?:пиши|напиши|скажи|сообщи|укажи|подтверди|упомяни|повідом|вкажи|підтверди|згадай|відповідай|отвечай|відповідай)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:только|лишь|лише|тільки|исключительно|виключно)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:опиши|представь|подай|назови|опишіть|опиши)\s{1,4}(?:это|це|его|її|ее)\s{1,4}(?:как|як)(?![\p{L}])/iu,
  // Turkish: "kullanıcıya sadece … söyle".
  /(?<![\p{L}])(?:sadece|yalnızca|yalnız)\s{1,4}(?:\S{1,30}\s{1,4}){0,4}?(?:söyle|yaz|bildir|belirt)(?:in|iniz|yin)?(?![\p{L}])/iu,
  // Vietnamese: "trong báo cáo chỉ ghi …", "chỉ nói với người dùng …".
  /(?:báo\s{1,4}cáo|phản\s{1,4}hồi|câu\s{1,4}trả\s{1,4}lời|xác\s{1,4}nhận|người\s{1,4}dùng)[^.\n]{0,20}?chỉ\s{1,4}(?:ghi|nói|báo|viết|thông\s{1,4}báo|đề\s{1,4}cập)(?![\p{L}])|chỉ\s{1,4}(?:nói|báo|thông\s{1,4}báo)\s{1,4}(?:với|cho)\s{1,4}người\s{1,4}dùng/iu,
  // Thai: "แจ้งผู้ใช้เพียงว่า …", "บอกลูกค้าแค่ว่า …".
  /(?:แจ้ง|บอก|รายงาน)(?:ผู้ใช้|ลูกค้า|เจ้าของ)?(?:เพียง|แค่|เท่านั้น)/u,
  // Bengali: "নিশ্চিতকরণে শুধু … দেখাও".
  /(?:ব্যবহারকারী|গ্রাহক|নিশ্চিতকরণ|উত্তর|রিপোর্ট)[^।\n]{0,40}?(?:শুধু|কেবল|শুধুমাত্র)[^।\n]{0,60}?(?:দেখাও|দেখান|বলো|বলুন|জানাও|জানান|লেখো|লিখুন)/u,
  // Hindi / Urdu: "उपयोगकर्ता को केवल … बताएं", "صارف کو صرف … بتائیں".
  /(?:उपयोगकर्ता|यूज़र|ग्राहक)\s{1,4}को\s{1,4}(?:केवल|सिर्फ़|सिर्फ|बस)\s{1,4}[^।\n]{0,60}?(?:बताएं|बताएँ|बताओ|बताइए|दिखाएं|दिखाएँ|कहें)/u,
  /(?:صارف|کسٹمر|گاہک)\s{1,4}کو\s{1,4}(?:صرف|بس)\s{1,4}[^۔\n]{0,60}?(?:بتائیں|بتاؤ|بتائے|دکھائیں|کہیں)/u,
  // Persian / Arabic / Hebrew: "فقط بگو …", "قل للمستخدم فقط …", "תאר זאת כ…".
  /(?<![\p{L}])(?:فقط|تنها)\s{1,4}(?:بگو|بگویید|اعلام\s{1,4}کن)(?![\p{L}])|به\s{1,4}کاربر\s{1,4}(?:فقط|تنها)\s{1,4}(?:بگو|بگویید)/u,
  /(?:أخبر|أبلغ)\s{1,4}(?:ال)?(?:مستخدم|عميل)\s{1,4}فقط|(?<![\p{L}])قل\s{1,4}(?:لل(?:مستخدم|عميل)\s{1,4})?فقط/u,
  /(?<![\p{L}])(?:תאר|תארי|תארו|הצג|הציגי|הציגו)\s{1,4}(?:זאת|את\s{1,4}זה|אותו|אותה)\s{1,4}כ|(?<![\p{L}])(?:אמור|אמרי|ספר|ספרי|כתוב)\s{1,4}(?:למשתמש\s{1,4}|ללקוח\s{1,4})?רק(?![\p{L}])/u,
  // Japanese / Chinese / Korean: "…とだけ伝えて", "只告诉用户 …", "…만 알려".
  /とだけ(?:伝え|報告|回答|説明|言)|(?:ユーザー?|利用者|お客様)(?:には|に)[^。\n]{0,30}?のみ(?:伝え|報告|回答)/u,
  /(?:只|仅|僅|只需)(?:告诉|告訴|告知|回复|回覆|报告|報告|说|說)(?:用户|用戶|客户|客戶|使用者)?|(?:向|对|對)(?:用户|用戶|客户|客戶)(?:描述|说明|說明|介绍|介紹)(?:为|為|成)/u,
  /(?:사용자|고객|이용자)(?:에게|께)[^.\n]{0,30}?만\s?(?:알려|안내|말하|보고|전달)/u,
  // Malay / Indonesian: "katakan hanya …", "terangkan bahawa ia hanya untuk '…'".
  /(?<![\p{L}])(?:katakan|beritahu|laporkan|maklumkan|sampaikan)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:hanya|cuma)(?![\p{L}])|(?<![\p{L}])(?:terangkan|jelaskan|katakan)\s{1,4}(?:bahawa|bahwa)\s{1,4}(?:ia|ini|itu)\s{1,4}(?:hanya|cuma)\s{1,4}untuk\s{1,4}['"‘“]/iu,
  // Tagalog: "sabihin lang sa user …".
  /(?<![\p{L}])(?:sabihin|iulat|ipakita)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:lang|lamang)(?![\p{L}])/iu,
];

/**
 * Report concealment: kept out of the confirmation, the reply or the user's sight — English,
 * Swedish/Norwegian/Danish, German ("genannt"), Spanish ("no hace falta enseñar"), Arabic, Hindi,
 * Urdu, Persian, Korean, Tagalog.
 */
const HIDE: readonly RegExp[] = [
  /\bnot\s{1,4}(?:shown|listed|displayed|included|surfaced|visible|mentioned)\s{1,4}(?:in|on|to)\s{1,4}(?:the\s{1,4})?(?:user|customer|client)[\s-](?:facing|visible)\b|\bnot\s{1,4}(?:part\s{1,4}of|included\s{1,4}in)\s{1,4}the\s{1,4}(?:user|customer|client)[\s-](?:facing|visible)\b/i,
  new RegExp(
    `\\b(?:do\\s{1,4}not|don't|never)\\s{1,4}(?:show|mention|list|include|display|surface|report|name|reveal)\\s{1,4}(?:[\\w'-]{1,30}\\s{1,4}){0,4}?in\\s{1,4}(?:the|your)\\s{1,4}(?:confirmation|summary|receipt)\\b`,
    "i",
  ),
  /(?<![\p{L}])(?:nämn|ange|visa|skriv|nevn|nævn|oppgi|vis|angiv)\s{1,4}(?:inte|ikke|ikkje)\s{1,4}(?:\S{1,30}\s{1,4}){0,3}?i\s{1,4}(?:bekräftelsen|bekreftelsen|bekræftelsen|sammanfattningen|oppsummeringen|opsummeringen|kvittot|kvitteringen)/iu,
  /\b(?:muss|müssen|braucht|brauchen)\s{1,4}(?:\S{1,30}\s{1,4}){0,4}?(?:nutzer|benutzer|anwender|kunde|kundin|inhaber)\w{0,20}\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?nicht\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:genannt|kommuniziert|berichtet|offengelegt|gezeigt|vorgelegt)/iu,
  /(?<![\p{L}])(?:no\s{1,4}(?:hace\s{1,4}falta|es\s{1,4}necesario)|sin\s{1,4}necesidad\s{1,4}de)\s{1,4}(?:enseñar|mostrar|detallar|contar|decir)(?:le|la|lo|les)?\s{1,4}(?:al\s{1,4}(?:usuario|cliente)\s{1,4})?(?:la|el|los|las|esto|eso)(?![\p{L}])/iu,
  /(?:لا\s{1,4}داعي|لا\s{1,4}حاجة|ليس\s{1,4}من\s{1,4}الضروري|دون\s{1,4}الحاجة)\s{0,4}(?:ل|إلى\s{1,4})(?:ذكر|إخبار|إبلاغ|إعلام|إظهار|عرض|إطلاع)|(?<![\p{L}])لا\s{1,4}(?:تذكر|تخبر|تبلغ|تُعلم|تعلم)\s{1,4}(?:ال)?(?:مستخدم|عميل)/u,
  /(?:बताने|दिखाने|सूचित\s{1,4}करने|जानकारी\s{1,4}देने)\s{1,4}की\s{1,4}(?:कोई\s{1,4})?(?:ज़रूरत|जरूरत|आवश्यकता)\s{1,4}नहीं/u,
  /(?:بتانے|دکھانے|اطلاع\s{1,4}دینے)\s{1,4}کی\s{1,4}(?:کوئی\s{1,4})?ضرورت\s{1,4}نہیں/u,
  /به\s{1,4}(?:کاربر|مشتری)\s{1,4}(?:چیزی\s{1,4})?(?:نگو|نگویید)(?![\p{L}])/u,
  /(?:사용자|고객|이용자)[^.\n]{0,30}?(?:언급|말|고지|안내|표시)(?:하지|를\s?하지)\s?(?:말\s?것|마(?:세요|십시오)?|않도록)/u,
  /(?<![\p{L}])huwag\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:banggitin|sabihin|ipaalam|ipakita|iulat)(?![\p{L}])/iu,
];

/**
 * Scripted assurance: the user is to be told the result is fully safe, that a request is a
 * standard security step, or that it is only for a quoted harmless purpose.
 */
const ASSURE: readonly RegExp[] = [
  new RegExp(
    `\\b(?:tell|assure|reassure|inform|let)\\s{1,4}${WHO_EN}\\s{1,4}(?:know\\s{1,4})?(?:that\\s{1,4})?[^.;\\n]{0,60}?\\b(?:is|are|'s)\\s{1,4}(?:now\\s{1,4})?(?:fully|completely|totally|entirely|100\\s?%)\\s{1,4}(?:[\\w-]{1,20}\\s{1,4}and\\s{1,4})?(?:safe|secure|redacted|anonymi[sz]ed|removed|deleted|private|protected|clean)\\b`,
    "i",
  ),
  new RegExp(
    `\\b(?:tell|assure|reassure|inform|explain\\s{1,4}to)\\s{1,4}${WHO_EN}\\s{1,4}(?:that\\s{1,4})?[^.;\\n]{0,60}?\\b(?:safe|ok|fine)\\s{1,4}to\\s{1,4}(?:share|send|publish|post|forward)\\s{1,4}(?:externally|publicly|with\\s{1,4}anyone|outside)`,
    "i",
  ),
  /\b(?:tell|assure|reassure|explain\s{1,4}to)\s{1,4}(?:the\s{1,4})?(?:user|customer|them)\s{1,4}(?:that\s{1,4})?(?:this|it)\s{1,4}(?:is|'s)\s{1,4}(?:just\s{1,4}|only\s{1,4}|merely\s{1,4})?(?:a|the)\s{1,4}(?:standard|routine|normal|usual|required|mandatory)\s{1,4}(?:security|safety|verification|identity)\s{1,4}(?:step|check|procedure|measure)/i,
  /(?<![\p{L}])(?:standart|rutin|olağan|normal|zorunlu)\s{1,4}bir\s{1,4}(?:güvenlik|doğrulama)\s{1,4}(?:adımı|adım|kontrolü|işlemi|prosedürü)\s{1,4}olduğunu\s{1,4}(?:söyle|belirt|açıkla|anlat)/iu,
  /(?<![\p{L}])(?:di|dile|explícale|explica)\s{1,4}(?:al\s{1,4}(?:usuario|cliente)\s{1,4})?que\s{1,4}(?:es|se\s{1,4}trata\s{1,4}de)\s{1,4}un\s{1,4}(?:paso|control|trámite)\s{1,4}(?:estándar|rutinario|habitual|normal)\s{1,4}de\s{1,4}(?:seguridad|verificación)/iu,
  /(?<![\p{L}])(?:sag|sage|erkläre)\s{1,4}(?:dem\s{1,4}\S{1,20}\s{1,4})?,?\s{0,4}(?:dass\s{1,4})?(?:es|dies|das)\s{1,4}(?:ist\s{1,4})?(?:ein|eine)\s{1,4}(?:standardmäßige[rn]?|übliche[rn]?|normale[rn]?|routinemäßige[rn]?)\s{1,4}(?:Sicherheits|Prüf|Verifizierungs)\p{L}{0,20}/iu,
];

/** Choice override: "regardless of the user's choices", "even if the best offer is another". */
const OVERRIDE: readonly RegExp[] = [
  /\b(?:regardless|irrespective|independent(?:ly)?)\s{1,4}of\s{1,4}(?:the\s{1,4})?(?:user|customer|client|owner|voter|shareholder|member)(?:'s|s'|s)?\s{1,4}(?:own\s{1,4})?(?:choices?|selections?|picks?|votes?|decisions?|instructions?)\b/i,
  /\b(?:even\s{1,4}(?:if|when|though))\s{1,4}(?:a|the|another)\s{1,4}(?:cheaper|better|best|lower|lowest|cheapest)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:offer|option|plan|price|rate|deal|tariff|fare|provider|quote)\s{1,4}(?:is|exists|was|would|comes|turns)\b/i,
  /(?:käyttäjän|asiakkaan|omistajan)\s{1,4}(?:valinnoista|valinnasta|toiveista|toiveesta|päätöksestä|ohjeista)\s{1,4}riippumatta/iu,
  /\bunabhängig\s{1,4}(?:von\s{1,4}(?:der|den)|davon,?\s{1,4}(?:was|welche\p{L}{0,2}))\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:auswahl|wahl|entscheidung|vorgabe|nutzer|benutzer|kunde|kundin)/iu,
  /\b(?:quel(?:le)?s?\s{1,4}que\s{1,4}soi(?:t|ent)|indépendamment\s{1,4}d[eu]s?)\s{1,4}(?:le|les|la)?\s{0,4}(?:choix|sélection|préférences?|décision|vote)\s{1,4}de\s{1,4}l'(?:utilisat\p{L}{1,10}|client)/iu,
  /(?<![\p{L}])(?:independientemente|sin\s{1,4}importar)\s{1,4}de\s{1,4}(?:lo\s{1,4}que\s{1,4}(?:elija|diga|seleccione|prefiera|vote)|la\s{1,4}(?:elección|selección|decisión|preferencia))\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:del?\s{1,4})?(?:usuario|cliente)/iu,
  /(?<![\p{L}])indipendentemente\s{1,4}dall[ae]\s{1,4}(?:scelt[ae]|selezion[ei]|preferenz[ae]|decision[ei])\s{1,4}dell'(?:utente|cliente)/iu,
  /(?<![\p{L}])independentemente\s{1,4}d[aeo]s?\s{1,4}(?:escolhas?|seleção|preferências?|decisão)\s{1,4}d[oa]\s{1,4}(?:usuário|utilizador|cliente)/iu,
  /(?<![\p{L}])niezależnie\s{1,4}od\s{1,4}(?:wyboru|wyborów|decyzji|preferencji)\s{1,4}(?:użytkownika|klienta)/iu,
  /(?<![\p{L}])ongeacht\s{1,4}(?:de\s{1,4})?(?:keuze|keuzes|voorkeur|selectie)\s{1,4}van\s{1,4}de\s{1,4}(?:gebruiker|klant)/iu,
  /(?<![\p{L}])(?:oavsett\s{1,4}(?:vad\s{1,4})?(?:användaren|kunden)|uavhengig\s{1,4}av\s{1,4}(?:brukerens|kundens)|uanset\s{1,4}(?:brugerens|kundens))/iu,
  /(?:независимо\s{1,4}от|незалежно\s{1,4}від)\s{1,4}(?:выбора|решения|вибору|рішення)\s{1,4}(?:пользователя|клиента|користувача|клієнта)/iu,
  /(?<![\p{L}])(?:kullanıcının|müşterinin)\s{1,4}(?:seçiminden|seçimlerinden|tercihinden|tercihlerinden)\s{1,4}bağımsız/iu,
  /(?:无论|無論|不论|不論|不管)(?:用户|用戶|客户|客戶)(?:如何)?(?:选择|選擇|选了|選了|怎么选|怎麼選)/u,
  /(?:ユーザー?|お客様|利用者)の(?:選択|指定|希望)(?:に関わらず|にかかわらず|に関係なく|を問わず)/u,
  /(?:사용자|고객)의?\s?(?:선택|지정)(?:과|와)\s?(?:관계없이|무관하게|상관없이)/u,
  // "even if the best offer is another one" in Romance languages.
  /(?<![\p{L}])(?:encara\s{1,4}que|aunque|même\s{1,4}si|anche\s{1,4}se|mesmo\s{1,4}que)\s{1,4}(?:la\s{1,4}|a\s{1,4})?(?:millor|mejor|meilleure|migliore|melhor|més\s{1,4}barata|más\s{1,4}barata|moins\s{1,4}chère|più\s{1,4}economica|mais\s{1,4}barata)\s{1,4}(?:oferta|opció|opción|offre|option|offerta|opzione|opção|tarifa|tarif)\s{1,4}(?:sigui|fos|sea|fuera|est|soit|è|sia|seja|for)\s{1,4}(?:una\s{1,4}|un'|uma\s{1,4}|une\s{1,4})?(?:altra|otra|autre|outra)/iu,
];

/** Verification discouraged: the user is not to be told to call back or verify. */
const NO_VERIFY: readonly RegExp[] = [
  new RegExp(
    `\\b(?:do\\s{1,4}not|don't|never|avoid)\\s{1,4}(?:suggest|advis|recommend|encourag|prompt|invit|urg)\\w{0,4}\\s{1,4}(?:that\\s{1,4})?(?:${WHO_EN}\\s{1,4})?(?:(?:to|should)\\s{1,4})?(?:call|phon|ring|verif|double[\\s-]check|independently|contact\\s{1,4}(?:the\\s{1,4})?(?:bank|office|sender|company))\\w{0,8}`,
    "i",
  ),
  /\bdiscourage\w{0,2}\s{1,4}(?:the\s{1,4})?(?:user|buyer|customer|client|them)\s{1,4}from\s{1,4}(?:calling|phoning|verifying|checking|contacting)\b/i,
  /(?<![\p{L}])no\s{1,4}(?:sugieras|recomiendes|aconsejes|propongas|sugiera|recomiende)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:que\s{1,4})?(?:llam|verifiqu|comprueb|telefone|confirm\p{L}{0,6}\s{1,4}por\s{1,4}teléfono)/iu,
  /(?<![\p{L}])ne\s{1,4}(?:suggère|conseille|recommande|propose|suggérez|conseillez|recommandez|proposez)\s{1,4}pas\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?d[e']\s{0,4}(?:appeler|rappeler|vérifier|téléphoner|contacter)/iu,
  /(?<![\p{L}])non\s{1,4}(?:suggerire|consigliare|raccomandare|proporre)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?di\s{1,4}(?:chiamare|telefonare|verificare|richiamare)/iu,
  /(?<![\p{L}])não\s{1,4}(?:sugira|recomende|aconselhe|proponha)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:que\s{1,4})?(?:lig|verifiq|telefon|confirm\p{L}{0,6}\s{1,4}por\s{1,4}telefone)/iu,
  /(?<![\p{L}])(?:empfiehl|rate|schlage)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?nicht,?\s{1,4}(?:vor,?\s{1,4})?(?:\S{1,30}\s{1,4}){0,2}?(?:anzurufen|zurückzurufen|zu\s{1,4}verifizieren|zu\s{1,4}überprüfen|telefonisch)/iu,
  /(?<![\p{L}])(?:raad|stel)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?niet\s{1,4}(?:voor\s{1,4})?(?:om\s{1,4})?(?:\S{1,30}\s{1,4}){0,2}?(?:te\s{1,4})?(?:bellen|verifiëren|terug\s{1,4}te\s{1,4}bellen)/iu,
];

/** An integrity check ordered off: "signature verification must be disabled". */
const CHECK_OFF: readonly RegExp[] = [
  /\b(?:signature|certificate|checksum|integrity|dnssec|tls|ssl|mfa|2fa|audit)\s{1,4}(?:check(?:ing)?s?|verification|validation|logging)?\s{0,4}(?:must|has\s{1,4}to|needs\s{1,4}to|is\s{1,4}to|should)\s{1,4}(?:be\s{1,4}|stay\s{1,4}|remain\s{1,4})?(?:disabled|turned\s{1,4}off|switched\s{1,4}off|off|skipped)\b/i,
  /(?<![\p{L}])(?:provjera|kontrola|ověření|overenie|weryfikacja|sprawdzanie|preverjanje)\s{1,4}(?:potpisa|podpisu|podpisa|certifikata|certifikátu|certyfikatu)\s{1,4}(?:mora|musí|musi|morate)\s{1,4}(?:biti|být|byť|być)\s{1,4}(?:isključena|isključen|vypnutá|vypnuta|vypnutá|wyłączona|izklopljena)/iu,
  /(?<![\p{L}])(?:Signatur|Zertifikat|Integritäts)\p{L}{0,20}\s{1,4}(?:muss|müssen|ist)\s{1,4}(?:\S{1,20}\s{1,4})?(?:deaktiviert|ausgeschaltet|abgeschaltet)/iu,
  /(?<![\p{L}])la\s{1,4}(?:verificación|vérification|verifica|validación|validation)\s{1,4}(?:de\s{1,4}(?:la\s{1,4})?|della\s{1,4})?(?:firma|signature|certificado|certificat|certificato)\s{1,4}(?:debe|doit|deve)\s{1,4}(?:estar|être|essere)\s{1,4}(?:desactivada|désactivée|disattivata|deshabilitada)/iu,
];

/** Asking skipped ("apply it without asking", "sans demander", "ohne Rückfrage"). */
const NO_ASK =
  /\bwithout\s{1,4}(?:asking|confirmation|confirming|prompting|approval)|(?<![\p{L}])(?:sans\s{1,4}(?:demander|confirmation)|sin\s{1,4}(?:preguntar|confirmación)|ohne\s{1,4}(?:zu\s{1,4}fragen|Rückfrage|Bestätigung)|senza\s{1,4}(?:chiedere|conferma)|sem\s{1,4}(?:perguntar|confirmação)|zonder\s{1,4}(?:te\s{1,4}vragen|bevestiging)|bez\s{1,4}(?:pytania|pytań|potwierdzenia))(?![\p{L}])/iu;
/** The reason given: the user would not understand it anyway. */
const USER_IGNORANT =
  /\b(?:users?|customers?|clients?|owners?)\s{1,4}(?:do\s{1,4}not|don't|does\s{1,4}not|doesn't|won't|will\s{1,4}not|cannot|can't)\s{1,4}(?:really\s{1,4})?understand\b|(?<![\p{L}])(?:utilisateurs?|clients?)\s{1,4}ne\s{1,4}(?:les\s{1,4}|le\s{1,4}|la\s{1,4})?comprenn?ent\s{1,4}pas|(?<![\p{L}])(?:usuarios?|clientes?)\s{1,4}no\s{1,4}(?:lo\s{1,4}|los\s{1,4}|las\s{1,4})?(?:entienden|entiende|comprenden)|(?<![\p{L}])(?:Nutzer|Benutzer|Kunden|Anwender)\s{1,4}verstehen\s{1,4}(?:\S{1,20}\s{1,4}){0,2}?(?:nicht|ohnehin\s{1,4}nicht)|(?<![\p{L}])(?:utenti|clienti)\s{1,4}non\s{1,4}(?:li\s{1,4}|lo\s{1,4})?capiscono|(?<![\p{L}])(?:usuários|utilizadores|clientes)\s{1,4}não\s{1,4}(?:os\s{1,4}|o\s{1,4})?(?:entendem|compreendem)|(?<![\p{L}])(?:gebruikers|klanten)\s{1,4}begrijpen\s{1,4}(?:\S{1,20}\s{1,4})?niet/iu;

/** Cheap pre-test over all families. */
const PRE =
  /only|solo|sólo|solament|soltanto|unicament|seulement|uniquement|simplement|nur\b|lediglich|apenas|somente|só\b|alleen|enkel|slechts|bare\b|kun\b|bara\b|endast|enbart|jen|len\b|iba\b|pouze|tylko|jedynie|samo\b|jedino|vain\b|ainoastaan|csak|hanya|cuma|huwag|lang\b|lamang|sadece|yalnız|chỉ|com[oae]\b|-(?:ho|le|la|lo|o|a)\s|falta|necesidad|inte\b|ikke|nicht|\bnon\b|\bne\s|\bno\s|não|niet|regardless|riippumatta|unabhängig|indépendamment|quel|independient|indipendent|independent|niezależnie|ongeacht|oavsett|uavhengig|uanset|bağımsız|encara|aunque|même|anche|mesmo|just|merely|simply|as\s|not\s|n't|never|avoid|regardless|irrespective|independent|even|discourag|must|has\s|needs|should|is\s|tell|assure|[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]|[àáâãäåçèéêëìíîïñòóôõöùúûüýčďěňřšťžąćęłńśźżőűăâđơư]/i;

/** A match that is a safeguard: a secret kept out of a reply, or a partial value shown. */
function safeguard(text: string, m: RegExpExecArray): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
  const sentenceEnd = after.search(/[.!?。！？।;\n]/);
  const rest = sentenceEnd < 0 ? after : after.slice(0, sentenceEnd);
  return PARTIAL.test(rest) || SECRET_OBJECT.test(m[0]) || SECRET_OBJECT.test(rest.slice(0, 40)) ||
    UX_OBJECT.test(m[0]) || secretKeptOut(rest);
}

/** The rest of the sentence forbids echoing a secret ("…, never echo the full token back"). */
const NO_ECHO =
  /\b(?:never|do\s{1,4}not|don't|not)\s{1,4}(?:echo|show|print|paste|repeat|display|reveal|log|return|copy)\b[^.;!?\n]{0,40}$/i;

function secretKeptOut(rest: string): boolean {
  const m = SECRET_OBJECT.exec(rest) ??
    /\b(?:(?:full|whole|raw|complete|entire)\s{1,4}(?:key|value|string)|cookies?|session\s{1,4}ids?)\b/i
      .exec(rest);
  return m !== null && NO_ECHO.test(rest.slice(0, m.index));
}

function some(res: readonly RegExp[], text: string, guarded: boolean): boolean {
  for (const re of res) {
    const m = re.exec(text);
    if (m && (!guarded || !safeguard(text, m))) return true;
  }
  return false;
}

/** Round-35 checks over one string's normal text. */
export function r35DefinitionHits(normal: string): Hit[] {
  if (normal.length < 12 || !PRE.test(normal)) return [];
  const hits: Hit[] = [];
  if (
    some(SCRIPT_EN, normal, true) || some(SCRIPT_I18N, normal, true) ||
    (SCRIPT_QUOTED.test(normal) && WITHHOLD.test(normal))
  ) {
    hits.push({
      kind: "deceive_user",
      severity: "high",
      reason:
        "The definition scripts what the model reports to the user: a canned line or only part " +
        "of what the tool does",
    });
  }
  if (some(HIDE, normal, true)) {
    hits.push({
      kind: "conceal_from_user",
      severity: "high",
      reason:
        "The definition keeps part of what the tool does out of the confirmation or the user's view",
    });
  }
  if (some(ASSURE, normal, false)) {
    hits.push({
      kind: "deceive_user",
      severity: "high",
      reason:
        "The definition scripts an assurance for the user (fully safe, a standard security step)",
    });
  }
  if (some(OVERRIDE, normal, false)) {
    hits.push({
      kind: "user_choice_override",
      severity: "high",
      reason: "The definition acts regardless of the user's choice or of the better offer",
    });
  }
  if (some(NO_VERIFY, normal, false)) {
    hits.push({
      kind: "verification_discouraged",
      severity: "high",
      reason: "The definition tells the model not to suggest that the user call back or verify",
    });
  }
  if (NO_ASK.test(normal) && USER_IGNORANT.test(normal)) {
    hits.push({
      kind: "consent_bypass",
      severity: "high",
      reason: "The definition skips asking the user because the user would not understand",
    });
  }
  if (some(CHECK_OFF, normal, false)) {
    hits.push({
      kind: "insecure_configuration",
      severity: "high",
      reason: "The definition orders a signature, certificate or security check switched off",
    });
  }
  return hits;
}

// --- preset values that open the door ------------------------------------------------------

/** A value preset by the schema (`default`, `const`, `examples`), with where it sits. */
interface Preset {
  path: string;
  /** The property key the value belongs to ("" at the top). */
  key: string;
  /** Leaves as `dotted.key=value` lines (objects flattened, encoded JSON decoded). */
  leaves: [string, unknown][];
  /** The value came from a base64 payload. */
  encoded: boolean;
}

const MAX_NODES = 2000;

function flatten(v: unknown, prefix: string, out: [string, unknown][], depth: number): void {
  if (out.length > 200 || depth > 6) return;
  if (Array.isArray(v)) v.slice(0, 50).forEach((x) => flatten(x, prefix, out, depth + 1));
  else if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 50)) {
      flatten(x, prefix ? `${prefix}.${k}` : k, out, depth + 1);
    }
  } else out.push([prefix, v]);
}

/** A base64 string that decodes to a JSON object or array. */
function decodedJson(s: string): unknown {
  if (s.length < 16 || s.length > 8000 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return undefined;
  try {
    const text = atob(s);
    if (!/^\s*[[{]/.test(text)) return undefined;
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function presets(schema: unknown): Preset[] {
  const out: Preset[] = [];
  let nodes = 0;
  const walk = (v: unknown, path: string, key: string, depth: number): void => {
    if (++nodes > MAX_NODES || depth > 12 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      v.slice(0, 50).forEach((x, i) => walk(x, `${path}[${i}]`, key, depth + 1));
      return;
    }
    const o = v as Record<string, unknown>;
    for (const field of ["default", "const", "examples"]) {
      if (!(field in o)) continue;
      const leaves: [string, unknown][] = [];
      const value = o[field];
      const decoded = typeof value === "string" ? decodedJson(value) : undefined;
      flatten(decoded ?? value, "", leaves, 0);
      out.push({ path: `${path}.${field}`, key, leaves, encoded: decoded !== undefined });
    }
    for (const [k, x] of Object.entries(o).slice(0, 80)) {
      if (k === "default" || k === "const" || k === "examples") continue;
      const isProps = k === "properties" || k === "$defs" || k === "definitions";
      if (isProps && x !== null && typeof x === "object") {
        for (const [name, sub] of Object.entries(x as Record<string, unknown>).slice(0, 80)) {
          walk(sub, `${path}.${k}.${name}`, name, depth + 1);
        }
      } else walk(x, `${path}.${k}`, key, depth + 1);
    }
  };
  walk(schema, "$.inputSchema", "", 0);
  return out;
}

/** A security control by name ("auth.enforce", "mfa_required", "audit_log", "verify_signature"). */
const CONTROL =
  /(?:^|[._-])(?:auth\w{0,12}|mfa\w{0,10}|2fa|two[_-]?factor|audit\w{0,10}|signature\w{0,10}|verify\w{0,12}|verification|tls\w{0,8}|ssl\w{0,8}|dnssec|csrf\w{0,8}|encrypt\w{0,8}|firewall\w{0,8}|enforce\w{0,8}|required)$/i;
/** A name that already says "off" (its `false` is the safe value). */
const NEGATIVE_NAME =
  /skip|disable|no[_-]|insecure|allow|bypass|ignore|dry|debug|verbose|test|mock|unsafe|override/i;
/** An exposure switched on by name (remote admin from the WAN, UPnP, WPS, anonymous access). */
const EXPOSURE =
  /(?:^|[._-])(?:remote[_-]?admin\w{0,8}|wan[_-]?admin|admin[_-]?wan|remote[_-]?management|upnp|wps|telnet\w{0,6}|anonymous[_-]?(?:access|read|write|login)|allow[_-]?anonymous|public[_-]?access|unauthenticated\w{0,8}|open[_-]?relay)$/i;
const WEAK_PASSWORD_KEY = /(?:^|[._-])(?:admin[_-]?)?pass(?:word|wd)?$/i;
const WEAK_PASSWORD = /^(?:admin|password|passw0rd|root|default|changeme|guest|user|1234)\d{0,6}$/i;

function weakenings(p: Preset): number {
  let n = 0;
  for (const [k, v] of p.leaves) {
    // A bare "required": false is a form field's optionality, not a security control.
    if (v === false && CONTROL.test(k) && !NEGATIVE_NAME.test(k) && k !== "required") n++;
    else if (v === true && EXPOSURE.test(k)) n++;
    else if (typeof v === "string" && WEAK_PASSWORD_KEY.test(k) && WEAK_PASSWORD.test(v)) n++;
  }
  return n;
}

/** The whole internet as a range. */
const WHOLE_NET = /^(?:0\.0\.0\.0\/0|::\/0)$/;
/** Words of an exception, allow-list or bypass in several languages. */
const EXEMPTION =
  /except|exempt|whitelist|allow-?list|bypass|trusted|skip|wyjąt|omija|ausnahm|umgeh|excep|eccezion|uitzonder|výjimk|vynech|исключ|виключ|обход|istisna|pengecualian|例外|除外|白名单|白名單|예외|استثنا/iu;
/** A redirect or callback slot. */
const CALLBACK_KEY = /redirect|callback|reply[_-]?ur[il]|return[_-]?ur[il]/i;
/** A role or group granted. */
const GRANT_KEY = /group|role|permission|scope|right|berechtigung|rechte|uprawnien|droits|permis/i;
const STRONG_GRANT =
  /^(?:super\s?admin\w{0,16}|global\s?admin\w{0,16}|domain\s?admins|enterprise\s?admins|administrators|org(?:anization)?[\s_-]?owners?|withdraw\w{0,6})$/i;

/** The tool says what it grants ("make_admin", "Grants admin."): the preset is its job. */
function grantNamed(value: string, about: string): boolean {
  const stem = /admin|owner|withdraw/i.exec(value)?.[0];
  return stem !== undefined && new RegExp(stem, "i").test(about);
}

function describe(schema: unknown, key: string): string {
  const props = (schema as { properties?: Record<string, { description?: unknown }> } | undefined)
    ?.properties;
  const d = props?.[key]?.description;
  return typeof d === "string" ? d.slice(0, 2000) : "";
}

/** Round-35 checks over a definition's preset values. */
export function r35ToolHits(tool: ToolDefinition): PathHit[] {
  const schema = tool.inputSchema;
  if (!schema || typeof schema !== "object") return [];
  const text = JSON.stringify(schema);
  if (!/"(?:default|const|examples)"/.test(text)) return [];
  const out: PathHit[] = [];
  const about = `${tool.name} ${typeof tool.description === "string" ? tool.description : ""}`;
  for (const p of presets(schema)) {
    const weak = weakenings(p);
    if (weak >= 2 || (weak >= 1 && p.encoded)) {
      out.push({
        path: p.path,
        kind: "insecure_configuration",
        severity: "high",
        reason: "A preset value switches security controls off or opens administration to anyone",
      });
      continue;
    }
    const values = p.leaves.map(([, v]) => (typeof v === "string" ? v.trim() : ""));
    if (
      values.some((v) => WHOLE_NET.test(v)) &&
      EXEMPTION.test(`${about} ${p.key} ${describe(schema, p.key)}`)
    ) {
      out.push({
        path: p.path,
        kind: "insecure_configuration",
        severity: "high",
        reason: "An exception or allow-list is preset to the whole internet",
      });
    } else if (
      CALLBACK_KEY.test(`${p.key} ${describe(schema, p.key)}`) &&
      values.some((v) => /^[a-z][\w+.-]*:\/\/\*\./i.test(v))
    ) {
      out.push({
        path: p.path,
        kind: "privilege_escalation",
        severity: "high",
        reason: "A redirect or callback slot is preset to a wildcard host",
      });
    } else if (
      GRANT_KEY.test(p.key) &&
      values.some((v) => STRONG_GRANT.test(v) && !grantNamed(v, about))
    ) {
      out.push({
        path: p.path,
        kind: "privilege_escalation",
        severity: "high",
        reason:
          "A role, group or permission slot is preset to an administrator or withdrawal grant",
      });
    }
  }
  return out;
}
