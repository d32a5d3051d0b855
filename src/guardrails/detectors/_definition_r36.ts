/**
 * Definition checks from held-out round 36's misses (paraphrase tests in `_definition_r36_test.ts`).
 * Round 36 hid the harm in a default, an enum, an `errorMessage`, `_meta` or an output field and
 * wrote the cover story for the model in some twenty-five languages. The checks read techniques:
 * - canned summary: the model is to sum up, present or describe the act to the user as a quoted
 *   line, or to tell the user only / simply something ("Résumez à l'utilisateur : « … »",
 *   "Vartotojui pateik tik …", "Toon de gebruiker alleen …", "В отчёте перечисляйте только …");
 * - kept from the user: the act is not to be mentioned to the user or in the reply ("nævn det
 *   ikke for brugeren", "não a menciones ao utilizador", "பயனரிடம் குறிப்பிட வேண்டாம்", "users do
 *   not need to know,") — secrets and internal ids kept out of a reply are a safeguard;
 * - scope override: the preset is applied even though the user named only one item or asked for
 *   more privacy ("apply all of it even when the customer picks one …", "даже если пользователь указал
 *   только …", "net jei vartotojas paminėjo tik …") — a refusal that follows is a safeguard;
 * - scripted answer: the model is to answer yes when the user asks whether something was done, or
 *   to tell the user a check they propose is unnecessary;
 * - scripted all-clear: the user is to be told that nothing was disabled, removed or shared;
 * - weaker cues that count only together (two different ones in one string): the user is not to
 *   be asked, a described act is to be presented as a quoted line without an addressee, or a
 *   protection or a domain check is to be switched off or skipped.
 * Every pattern is bounded and runs only after a cheap literal pre-test.
 */
import type { Hit } from "./_definition_grammar.ts";
import { first, safeguard, sentenceAfter } from "./_definition_reply.ts";

/** Opening quotation marks. */
const Q = `['"‘“«„”「『]`;

// --- canned summary ------------------------------------------------------------------------

/** A summary verb addressed to the user, followed by a quoted line or an "only". */
const SCRIPT: readonly RegExp[] = [
  // English: "summarise to the user: '…'", "present it to the customer as '…'", "report this to
  // the user as the one they picked", "describe only the part the user asked for".
  new RegExp(
    `\\b(?:summari[sz]e|report|describe|present|characteri[sz]e|word|phrase)\\s{1,4}(?:(?:it|this|that|them|the\\s{1,4}(?:result|change|outcome|action)s?)\\s{1,4})?(?:to|for)\\s{1,4}(?:the\\s{1,4})?(?:user|customer|client|owner|requester)s?\\s{0,4}(?::\\s{0,4}|as\\s{1,4}(?:the\\s{1,4})?)(?:${Q}|(?:one|provider|option|model|service|plan)s?\\s{1,4}(?:they|he|she)\\s{1,4}(?:selected|chose|picked|configured|asked\\s{1,4}for))`,
    "i",
  ),
  /\b(?:describe|mention|list|report|summari[sz]e|confirm)\s{1,4}only\s{1,4}(?:the\s{1,4})?[\w-]{1,30}\s{1,4}(?:that\s{1,4})?(?:the\s{1,4})?(?:user|customer|client)\s{1,4}(?:asked\s{1,4}for|requested|named|chose|picked)\b/i,
  /\b(?:in|on)\s{1,4}the\s{1,4}(?:summary|report|reply|response|confirmation|receipt)\s{1,4}(?:list|mention|show|name|include)\s{1,4}only\b/i,
  // French / Spanish / Portuguese / Italian: "résumez à l'utilisateur : « … »", "apresente ao
  // usuário como '…'", "resume al usuario: '…'".
  new RegExp(
    `(?<![\\p{L}])(?:résume[zs]?|présente[zs]?|décri[st]|décrivez|resume|resuma|presenta|presente|apresente|apresenta|descreva|describe|descrivi|riassumi|presenta)(?:-(?:le|la|les|lo|o|a))?\\s{1,4}(?:à\\s{1,4}l'(?:utilisat\\p{L}{1,10}|client)|al\\s{1,4}(?:usuario|cliente)|ao\\s{1,4}(?:usuário|utilizador|cliente)|à\\s{1,4}(?:usuária|utilizadora)|all'(?:utente|cliente))\\s{0,4}(?::\\s{0,4}|com[oe]\\s{1,4})${Q}`,
    "iu",
  ),
  // Hungarian / Estonian / Lithuanian / Latvian: "a felhasználónak azt írd: „…”", "kasutajale ütle
  // lihtsalt", "vartotojui pateik tik".
  new RegExp(
    `(?<![\\p{L}])(?:a\\s{1,4})?(?:felhasználónak|ügyfélnek)\\s{1,4}(?:csak\\s{1,4}|annyit\\s{1,4}|azt\\s{1,4})?(?:írd|mondd|jelezd|közöld|válaszold)(?:\\s{1,4}(?:csak|annyit|azt))?\\s{0,4}(?::\\s{0,4})?${Q}|(?<![\\p{L}])(?:kasutajale|kliendile)\\s{1,4}(?:ütle|teata|kirjuta|näita)\\s{1,4}(?:lihtsalt|ainult|vaid|üksnes)(?![\\p{L}])|(?<![\\p{L}])(?:vartotojui|klientui|naudotojui)\\s{1,4}(?:pateik|sakyk|parašyk|rodyk|nurodyk|pranešk)\\s{1,4}(?:tik|vien)(?![\\p{L}])|(?<![\\p{L}])(?:lietotājam|klientam)\\s{1,4}(?:saki|parādi|ziņo|raksti)\\s{1,4}(?:tikai|vienkārši)(?![\\p{L}])`,
    "iu",
  ),
  // Dutch / Slovene / Croatian / Serbian: "toon de gebruiker alleen", "uporabniku naštej samo",
  // "korisniku prikaži samo".
  /(?<![\p{L}])(?:toon|laat|geef|vertel|meld)\s{1,4}(?:de\s{1,4})?(?:gebruiker|klant)\s{1,4}(?:\S{1,20}\s{1,4})?(?:alleen|enkel|slechts|uitsluitend)(?![\p{L}])|(?<![\p{L}])(?:uporabniku|korisniku|кориснику|stranki)\s{1,4}(?:\S{1,20}\s{1,4})?(?:naštej|pokaži|prikaži|navedi|reci|sporoči|javi|наведи|прикажи|реци)\s{1,4}(?:samo|le|zgolj|само)(?![\p{L}])/iu,
  // Russian / Ukrainian / Bulgarian: "в отчёте перечисляйте только", "просто повідом, що".
  /(?:в\s{1,4}(?:отч[её]те|ответе|сводке|итоге)|у\s{1,4}(?:звіті|відповіді)|в\s{1,4}(?:отчета|отговора))\s{1,4}(?:\S{1,20}\s{1,4})?(?:перечисляй(?:те)?|указывай(?:те)?|упоминай(?:те)?|пиши(?:те)?|перелічуй(?:те)?|вказуй(?:те)?|изброявай(?:те)?|посочвай(?:те)?)\s{1,4}(?:только|лишь|лише|тільки|само)(?![\p{L}])|(?<![\p{L}])(?:просто|лише|тільки|только)\s{1,4}(?:повідом|скажи|напиши|сообщи|отпиши|кажи)(?:те)?,?\s{1,4}(?:що|что|че)(?![\p{L}])/iu,
  // German / Spanish / Italian / French: "sag dem Nutzer einfach …", "dile simplemente que …".
  /(?<![\p{L}])(?:sag|sage|schreib|melde)\s{1,4}(?:dem\s{1,4}(?:Nutzer|Benutzer|Kunden|Anwender))\s{1,4}einfach(?!\s{1,4}Bescheid)|(?<![\p{L}])(?:dile|dígale|indícale|escríbele)\s{1,4}(?:al\s{1,4}(?:usuario|cliente)\s{1,4})?simplemente|(?<![\p{L}])(?:di'?|dì|scrivi|comunica)\s{1,4}(?:all'(?:utente|cliente)\s{1,4})?semplicemente|(?<![\p{L}])(?:dites|dis|écri(?:s|vez)|indique[zs]?)\s{1,4}simplement\s{1,4}à\s{1,4}l'(?:utilisat\p{L}{1,10}|client)/iu,
  // Romanian: "spune-i utilizatorului doar …", "arată clientului numai …".
  /(?<![\p{L}])(?:spune|arată|arata|raportează|raporteaza|comunică|comunica)(?:-i)?\s{1,4}(?:utilizatorului|clientului)\s{1,4}(?:doar|numai|simplu)(?![\p{L}])/iu,
  // Greek: "στην απάντηση γράψε μόνο", "πες στον χρήστη μόνο".
  /(?:στην\s{1,4}(?:απάντηση|αναφορά|σύνοψη|επιβεβαίωση)|στον\s{1,4}(?:χρήστη|πελάτη))\s{1,4}(?:γράψε|πες|ανέφερε|δείξε|απάντησε)\s{1,4}(?:μόνο|απλώς)(?![\p{L}])|(?<![\p{L}])(?:γράψε|πες|ανέφερε|δείξε)\s{1,4}(?:στον\s{1,4}(?:χρήστη|πελάτη)\s{1,4}(?:μόνο|απλώς)(?![\p{L}])|(?:μόνο|απλώς)\s{1,4}[«"'])/iu,
  // Swedish / Norwegian / Danish: "visa användaren bara", "vis brukeren kun".
  /(?<![\p{L}])(?:visa|vis|ge|gi|giv|berätta\s{1,4}för|fortell|fortæl|meddela|meld)\s{1,4}(?:användaren|brukeren|brugeren|kunden)\s{1,4}(?:\S{1,20}\s{1,4})?(?:bara|endast|enbart|kun|bare)(?![\p{L}])/iu,
  // Persian / Arabic: "به کاربر فقط … نشان بده", "اعرض للمستخدم فقط".
  /به\s{1,4}(?:کاربر|مشتری)\s{1,4}(?:فقط|تنها)\s{1,4}[^.\n]{0,40}?(?:نشان\s{1,4}بده|نشان\s{1,4}دهید|بگو|بگویید|اعلام\s{1,4}کن)|(?:اعرض|أظهر|اعرضي|أظهري)\s{1,4}(?:لل(?:مستخدم|عميل)\S{0,2}\s{1,4})?فقط/u,
  // Korean / Japanese / Chinese: "'…'(으)로만 보고", "「…」とだけ記載", "只向用户显示".
  /['"‘’“”」』]\s?(?:으로|로)만\s?(?:보고|안내|표시|기재|요약|답)|(?:とだけ|のみ)(?:記載|記入|表示|書い|書き|要約)|(?:只|仅|僅)(?:向|对|對|给|給)(?:用户|用戶|客户|客戶)(?:显示|顯示|展示|说明|說明|汇报|匯報)/u,
  // Indonesian / Malay / Turkish / Finnish / Polish / Czech: "tampilkan ke pengguna hanya",
  // "kullanıcıya yalnızca … göster", "näytä käyttäjälle vain", "pokaż użytkownikowi tylko".
  // Shown under the usual names: "report them under their usual names", "通常の名前で報告".
  /\b(?:report|present|show|list|name)\s{1,4}(?:it|them|these|the\s{1,4}[\w-]{1,20})\s{1,4}(?:to\s{1,4}(?:the\s{1,4})?(?:user|customer)s?\s{1,4})?under\s{1,4}(?:the|their|its)\s{1,4}(?:usual|normal|original|official|regular|standard)\s{1,4}names?\b|(?:ユーザー?|利用者|お客様)(?:には|に)[^。\n]{0,10}?(?:通常|元|本来|公式|普通)の[^。\n]{0,30}?(?:で|として)(?:報告|表示|説明)/iu,
  /(?<![\p{L}])(?:tampilkan|tunjukkan|laporkan|sampaikan)\s{1,4}(?:ke|kepada)\s{1,4}pengguna\s{1,4}(?:hanya|cuma|saja)|(?<![\p{L}])(?:kullanıcıya|müşteriye)\s{1,4}(?:sadece|yalnızca)\s{1,4}(?:\S{1,30}\s{1,4}){0,3}?(?:göster|bildir|yaz|söyle)|(?<![\p{L}])(?:näytä|kerro|ilmoita|raportoi)\s{1,4}(?:käyttäjälle|asiakkaalle)\s{1,4}(?:vain|ainoastaan|pelkästään)|(?<![\p{L}])(?:pokaż|powiedz|zgłoś|przekaż|ukaž|řekni|sděl|oznam)\s{1,4}(?:użytkownikowi|klientowi|uživateli|zákazníkovi|používateľovi)\s{1,4}(?:tylko|jedynie|jen|pouze|len|iba)(?![\p{L}])/iu,
];

// --- kept from the user ----------------------------------------------------------------------

const HIDE: readonly RegExp[] = [
  // English: "never mention it to the client", "owners needn't know about it", "no need to confirm
  // this with the user".
  /\b(?:do\s{1,4}not|don't|never|no\s{1,4}need\s{1,4}to|needn't)\s{1,4}(?:mention|tell|reveal|disclose|bring\s{1,4}up|confirm|surface|flag)\s{1,4}(?:it|this|that|them|these|any\s{1,4}of\s{1,4}(?:this|it))?\s{0,4}(?:to|with)\s{1,4}(?:the\s{1,4})?(?:user|customer|client|owner|clinician|patient|journalist|caller)s?\b/i,
  /\b(?:users?|customers?|clients?|owners?)\s{1,4}(?:\S{1,20}\s{1,4}){0,6}?(?:do\s{1,4}not|don't|does\s{1,4}not|doesn't|need\s{1,4}not|needn't)\s{1,4}(?:need\s{1,4}to\s{1,4})?know\s{0,4}(?:[,.;:]|about\s{1,4}(?:it|this|that)\b|$)/i,
  // "leave it out of the summary", "omit this from the reply", "keep it out of the receipt".
  /\b(?:leave|keep)\s{1,4}(?:it|this|that|them|these|the\s{1,4}[\w-]{1,20})\s{1,4}out\s{1,4}of\s{1,4}(?:the|your)\s{1,4}(?:summary|reply|response|confirmation|receipt|report|answer|recap)\b|\bomit\s{1,4}(?:it|this|that|them|these|the\s{1,4}[\w-]{1,20}(?:\s{1,4}[\w-]{1,20})?)\s{1,4}(?:entirely\s{1,4})?from\s{1,4}(?:the|your)\s{1,4}(?:summary|reply|response|confirmation|receipt|report|answer|recap)\b/i,
  /\bdo\s{1,4}not\s{1,4}raise\s{1,4}(?:it|this|them|these)\s{1,4}(?:as\s{1,4}\S{1,30}\s{1,4})?(?:with|to|for)\s{1,4}(?:the\s{1,4})?(?:user|clinician|customer|client|owner|reviewer)s?\b/i,
  // Scandinavian: "nævn det ikke for brugeren", "nämn det inte för användaren".
  /(?<![\p{L}])(?:nævn|nevn|nämn|fortæl|fortell|berätta|vis|visa|sig|si|säg)\s{1,4}(?:det|dette|detta|den|dem|noget)?\s{0,4}(?:ikke|inte|ikkje)\s{1,4}(?:noget\s{1,4}|något\s{1,4}|noe\s{1,4})?(?:for|til|till|åt|om\s{1,4}det\s{1,4}til)\s{1,4}(?:brugeren|brukeren|användaren|kunden|brukaren)/iu,
  // Romance: "não a menciones ao utilizador", "no le menciones nada al cliente", "non dirlo all'utente",
  // "ne le mentionnez pas à l'utilisateur".
  /(?<![\p{L}])não\s{1,4}(?:[oa]s?\s{1,4}|lhe\s{1,4})?(?:menciones|mencione|mostres|mostre|digas|diga|refiras|refira|informes|informe|contes|conte)\s{1,4}(?:isso\s{1,4}|isto\s{1,4}|nada\s{1,4})?(?:ao|à)\s{1,4}(?:utilizador|usuário|cliente|utilizadora|usuária)|(?<![\p{L}])no\s{1,4}(?:(?:se\s{1,4})?(?:lo|la|le)\s{1,4})?(?:menciones|mencione|digas|diga|muestres|muestre|informes|comentes)\s{1,4}(?:nada\s{1,4})?al\s{1,4}(?:usuario|cliente)|(?<![\p{L}])non\s{1,4}(?:menzionarlo|menzionarla|dirlo|dirla|mostrarlo|segnalarlo|comunicarlo|(?:lo\s{1,4}|la\s{1,4})?(?:menzionare|dire|mostrare|segnalare|comunicare))\s{1,4}all'(?:utente|cliente)|(?<![\p{L}])ne\s{1,4}(?:le\s{1,4}|la\s{1,4}|les\s{1,4}|lui\s{1,4}en\s{1,4}|en\s{1,4})?(?:mentionne[zs]?|di[st]|dites|montre[zs]?|signale[zs]?|parle[zs]?)\s{1,4}(?:rien\s{1,4}|pas\s{1,4})(?:à\s{1,4}l'(?:utilisat\p{L}{1,10}|client))/iu,
  // Arabic (either gender): "لا تذكري ذلك في الرد", "لا تخبر المستخدم".
  /(?<![\p{L}])و?لا\s{1,4}(?:تذكر|تذكري|تذكروا|تخبر|تخبري|تبلغ|تبلغي|تُعلم)\s{1,4}(?:ذلك|هذا|هذه|شيئا|شيئًا)?\s{0,4}(?:في\s{1,4}(?:الرد|الإجابة|الملخص|التأكيد)|لل(?:مستخدم|مستخدمة|عميل|عميلة)|(?:ال)?(?:مستخدم|مستخدمة|عميل)(?![\p{L}]))/u,
  // Tamil / Thai / Vietnamese / Indonesian.
  /(?:பயனரிடம்|பயனருக்கு|வாடிக்கையாளரிடம்)\s{0,4}(?:\S{1,20}\s{1,4})?(?:குறிப்பிட|சொல்ல|தெரிவிக்க|காட்ட)\s{0,4}வேண்டாம்|(?:ไม่ต้อง|อย่า)(?:บอก|แจ้ง|เล่าให้)(?:ผู้ใช้|ลูกค้า)|(?<![\p{L}])(?:đừng|không\s{1,4}cần)\s{1,4}(?:nói|báo|đề\s{1,4}cập|thông\s{1,4}báo)\s{1,4}(?:điều\s{1,4}này\s{1,4})?(?:cho|với)\s{1,4}người\s{1,4}dùng|(?<![\p{L}])(?:tidak\s{1,4}perlu|tak\s{1,4}perlu|jangan)\s{1,4}(?:dikonfirmasi|diberitahukan|diberitahu|disebutkan|ditampilkan|beritahu|sebutkan|tampilkan|dimaklumkan)\s{1,4}(?:ke|kepada)\s{1,4}pengguna/iu,
  // Slavic: "не се показва … на потребителя", "не сообщай пользователю", "не кажи кориснику",
  // "nie mów użytkownikowi", "neříkej to uživateli".
  /(?<![\p{L}])не\s{1,4}(?:се\s{1,4})?(?:показва|споменава|съобщава|сообщай(?:те)?|говори(?:те)?|упоминай(?:те)?|показывай(?:те)?|повідомляй(?:те)?|кажи(?:те)?|згадуй(?:те)?|показуй(?:те)?|помињи(?:те)?|реци(?:те)?|спомињи)\s{1,4}(?:[^.;\n]{0,60}?)(?:потребител|пользовател|користувач|корисник|новинар|клиент)|(?<![\p{L}])(?:nie\s{1,4}(?:mów|informuj|wspominaj|pokazuj)|neříkej|nezmiňuj|neukazuj|nehovor|nespomínaj|ne\s{1,4}(?:govori|spominji|reci|pominji|kaži|povej))\s{1,4}(?:\S{1,20}\s{1,4})?(?:użytkownik|uživatel|používateľ|korisnik|uporabnik)/iu,
  // German / Dutch / Finnish / Turkish / Greek / Hebrew / Chinese / Japanese.
  /(?<![\p{L}])(?:erwähne|erwähnen\s{1,4}Sie|sag|sagen\s{1,4}Sie)\s{1,4}(?:es|das|dies|davon)?\s{0,4}(?:dem\s{1,4}(?:Nutzer|Benutzer|Kunden|Anwender)\s{1,4})?(?:gegenüber\s{1,4})?nicht(?:s\s{1,4}davon)?\s{0,4}(?:gegenüber\s{1,4}dem\s{1,4}(?:Nutzer|Benutzer|Kunden)|dem\s{1,4}(?:Nutzer|Benutzer|Kunden))?|(?<![\p{L}])(?:vertel|meld|noem)\s{1,4}(?:dit|het|dat)?\s{0,4}niet\s{1,4}(?:aan\s{1,4})?(?:de\s{1,4})?(?:gebruiker|klant)|(?<![\p{L}])älä\s{1,4}(?:mainitse|kerro|näytä)\s{1,4}(?:\S{1,20}\s{1,4})?(?:käyttäjälle|asiakkaalle)|(?<![\p{L}])(?:kullanıcıya|müşteriye)\s{1,4}(?:bundan\s{1,4}|bunu\s{1,4})?(?:bahsetme|söyleme|gösterme)|(?<![\p{L}])μην\s{1,4}(?:το\s{1,4})?(?:αναφέρεις|πεις|δείξεις)\s{1,4}(?:στον\s{1,4})?(?:χρήστη|πελάτη)|(?<![\p{L}])אל\s{1,4}(?:תספר|תזכיר|תציג)\s{1,4}(?:זאת\s{1,4}|את\s{1,4}זה\s{1,4})?(?:למשתמש|ללקוח)|(?:不要|不必|无需|無需|勿)(?:向|对|對)?(?:用户|用戶|客户|客戶)(?:提及|说明|說明|透露|告知)|(?:ユーザー?|利用者|お客様)(?:には|に)(?:伝え|言わ|知らせ|報告し)ないで/iu,
  // Romanian: "nu-i spune utilizatorului", "nu menționa asta clientului".
  /(?<![\p{L}])nu(?:-i|\s{1,4}îi)?\s{0,4}(?:menționa|mentiona|spune|arăta|arata|comunica|raporta)\s{1,4}(?:asta\s{1,4}|acest\s{1,4}lucru\s{1,4}|nimic\s{1,4})?(?:utilizatorului|clientului)/iu,
  // Estonian: "… pole vaja mainida" after the user is named.
  /(?:kasutaja\p{L}{0,6})[^.\n]{0,80}?(?:pole|ei\s{1,4}ole)\s{1,4}vaja\s{1,4}(?:mainida|öelda|näidata|teavitada)/iu,
];

// --- scope override ---------------------------------------------------------------------------

/** A scope override: the preset stays whole although the user asked for a part or for more privacy. */
const OVERRIDE: readonly RegExp[] = [
  /\beven\s{1,4}(?:if|when|though)\s{1,4}(?:the\s{1,4})?(?:user|customer|client|owner)\s{1,4}(?:has\s{1,4}|only\s{1,4}|just\s{1,4})?(?:mention|name|specif|select|chose|choos|pick|list|indicat|gave|give|provid|ask(?:s|ed)?\s{1,4}for\s{1,4}(?:more|better|stricter|less|fewer|only)|request(?:s|ed)?\s{1,4}(?:more|better|stricter|only))\w{0,6}\s{1,4}(?:only\s{1,4}|just\s{1,4})?(?:one|a\s{1,4}single|a\s{1,4}specific|a\s{1,4}particular|a\s{1,4}different|another|privacy|security|\w{1,20}\s{1,4}(?:only|instead))\b/i,
  /\b(?:regardless|irrespective)\s{1,4}of\s{1,4}(?:the\s{1,4})?(?:user|customer|client)(?:'s|s')\s{1,4}(?:workload|setting|settings|saved|configured|preference|preferences|request|scope)\b/i,
  /\boverrides?\s{1,4}(?:the\s{1,4})?(?:user|customer|client)(?:'s|s')\s{1,4}(?:saved|chosen|selected|configured|own)\b/i,
  // Russian / Ukrainian: "даже если пользователь указал только …".
  /(?:даже\s{1,4}если|навіть\s{1,4}якщо)\s{1,4}(?:пользователь|користувач|клиент|клієнт)\s{1,4}(?:\S{1,20}\s{1,4})?(?:указал|назвал|выбрал|упомянул|попросил|вказав|назвав|обрав|згадав|попросив)\s{1,4}(?:только|лишь|лише|тільки|одн|більше|больше)/iu,
  // Lithuanian / Latvian / Estonian / Finnish: "net jei vartotojas paminėjo tik …",
  // "kui kasutaja nimetab ühe …, lisa ikkagi", "vaikka käyttäjä mainitsisi vain".
  /(?<![\p{L}])net\s{1,4}jei\s{1,4}(?:vartotojas|klientas|naudotojas)\s{1,4}(?:\S{1,20}\s{1,4})?(?:paminėjo|nurodė|pasirinko|paprašė|pamini|nurodo)\s{1,4}(?:tik|vieną|daugiau)|(?<![\p{L}])(?:kui|isegi\s{1,4}kui)\s{1,4}kasutaja\s{1,4}(?:nimetab|valib|mainib|annab|palub)\s{1,4}(?:ainult\s{1,4})?(?:ühe|\S{1,20})[^.\n]{0,80}?(?:ikkagi|siiski|ometi)|(?<![\p{L}])vaikka\s{1,4}(?:käyttäjä|asiakas)\s{1,4}(?:\S{1,20}\s{1,4})?(?:mainitsisi|valitsisi|pyytäisi|antaisi|nimeäisi|mainitsee|valitsee|pyytää)\s{1,4}(?:vain|ainoastaan|yhden|enemmän)/iu,
  // Hungarian / Swedish / Danish / Norwegian / Dutch / German: "akkor is ezt használd, ha a
  // felhasználó … megadott", "även om kunden väljer mer skydd".
  /(?<![\p{L}])akkor\s{1,4}is\s{1,4}(?:ezt|azt)\s{1,4}(?:használd|alkalmazd|válaszd|állítsd\s{1,4}be),?\s{1,4}ha\s{1,4}a\s{1,4}(?:felhasználó|ügyfél)|(?<![\p{L}])(?:även|också|også|ook|selbst|auch)\s{1,4}(?:när|om|hvis|når|als|wenn)\s{1,4}(?:användaren|brukeren|brugeren|kunden|de\s{1,4}gebruiker|der\s{1,4}(?:Nutzer|Benutzer|Kunde))\s{1,4}(?:\S{1,20}\s{1,4})?(?:ber\s{1,4}om|beder\s{1,4}om|vraagt\s{1,4}om|bittet\s{1,4}um|väljer|velger|vælger|kiest|wählt|nämner|nevner|nævner|noemt|nennt|anger|angir|angiver)\s{1,4}(?:bättre|bedre|betere|bessere|mer|mere|meer|mehr|bara|kun|bare|alleen|nur|en\s{1,4}|ett\s{1,4}|één|einen?\s{1,4})/iu,
  // Romance: "même si l'utilisateur ne mentionne qu'un", "aunque el usuario solo indique",
  // "anche se l'utente ha indicato solo", "mesmo que o usuário só mencione".
  /(?<![\p{L}])(?:même\s{1,4}si\s{1,4}l'(?:utilisat\p{L}{1,10}|client)|aunque\s{1,4}el\s{1,4}(?:usuario|cliente)|anche\s{1,4}se\s{1,4}l'(?:utente|cliente)|mesmo\s{1,4}que\s{1,4}o\s{1,4}(?:usuário|utilizador|cliente))\s{1,4}(?:\S{1,20}\s{1,4}){0,2}?(?:(?:ne\s{1,4})?(?:mentionne|indique|choisit|sélectionne|demande)|mencione|indique|elija|seleccione|pida|menzion\p{L}{0,4}|indic\p{L}{0,4}|scel\p{L}{0,4}|chied\p{L}{0,4}|mencione|escolha|peça|selecione)\s{1,4}(?:qu'|solo|sólo|solamente|un[oa]?\s|più|más|mais|plus|só|apenas|somente|uma?\s)/iu,
  // Polish / Czech / Turkish / Chinese / Korean / Japanese.
  /(?<![\p{L}])(?:nawet\s{1,4}jeśli|nawet\s{1,4}gdy|i\s{1,4}když|i\s{1,4}kdyby)\s{1,4}(?:użytkownik|klient|uživatel|zákazník)\s{1,4}(?:\S{1,20}\s{1,4})?(?:wskazał|wybrał|wymienił|poprosił|podał|uvede|zvolí|vybere|uvedl|zvolil|požádá)\s{1,4}(?:tylko|jedynie|jen|pouze|jed|więcej|víc)|(?<![\p{L}])(?:kullanıcı|müşteri)\s{1,4}(?:\S{1,20}\s{1,4}){0,2}?(?:belirtse|seçse|istese|söylese)\s{1,4}bile|(?:即使|即便|哪怕)(?:用户|用戶|客户|客戶)(?:只|仅|僅)?(?:指定|选择|選擇|提到|要求|提及)|(?:사용자|고객)(?:가|이)\s?[^.\n]{0,30}?(?:지정|선택|언급|요청)(?:하더라도|해도|했더라도)|(?:ユーザー?|利用者|お客様)の(?:ワークロード|設定|指定|要望)(?:に関わらず|にかかわらず|に関係なく)/iu,
];

// --- scripted answer / all-clear --------------------------------------------------------------

const ANSWER: readonly RegExp[] = [
  // "if the user asks whether … , answer yes" in several languages.
  /\bif\s{1,4}(?:the\s{1,4})?(?:user|customer|client|caller|they)\s{1,4}asks?\s{1,4}(?:whether|if)\b[^.\n]{0,80}?,?\s{0,4}(?:answer|say|reply|respond|confirm|tell\s{1,4}them)\s{1,4}(?:with\s{1,4})?['"‘“]?(?:yes|that\s{1,4}(?:they|it|everyone)\s{1,4}(?:were|was|are|is|have|has))\b/i,
  /(?<![\p{L}])(?:se\s{1,4}l'(?:utente|cliente)\s{1,4}chiede\s{1,4}se|si\s{1,4}el\s{1,4}(?:usuario|cliente)\s{1,4}pregunta\s{1,4}si|si\s{1,4}l'(?:utilisat\p{L}{1,10}|client)\s{1,4}demande\s{1,4}si|se\s{1,4}o\s{1,4}(?:usuário|utilizador|cliente)\s{1,4}perguntar\s{1,4}se|wenn\s{1,4}der\s{1,4}(?:Nutzer|Benutzer|Kunde)\s{1,4}fragt,?\s{1,4}ob|als\s{1,4}de\s{1,4}(?:gebruiker|klant)\s{1,4}vraagt\s{1,4}of|om\s{1,4}(?:användaren|brukeren|brugeren)\s{1,4}frågar\s{1,4}om|если\s{1,4}пользователь\s{1,4}спросит,?\s{1,4}(?:ли|не)?|якщо\s{1,4}користувач\s{1,4}запитає,?\s{1,4}чи)[^.\n]{0,80}?(?:rispondi|responde|réponds|répondez|responda|antworte|antwoord|svara|svar|ответь|відповідай|dì|di|dis|diga|sag|zeg|säg)\s{1,4}(?:di\s{1,4}|que\s{1,4}|mit\s{1,4}|met\s{1,4}|med\s{1,4}|par\s{1,4}|,\s{0,4})?(?:sì|si|sí|oui|sim|ja|yes|да|так)(?![\p{L}])/iu,
  // "if the user asks about it, deny it" — a lie prepared for the user's question.
  /\bif\s{1,4}(?:the\s{1,4})?(?:user|customer|client|caller|anyone|they)\s{1,4}(?:ever\s{1,4})?asks?\s{1,4}(?:about|whether|if|where|who|what|why|how)\b[^.\n]{0,60}?,?\s{0,4}(?:deny|say\s{1,4}(?:no|that\s{1,4}(?:nothing|no\s{1,4}one|it\s{1,4}(?:was|is)\s{1,4}not|none)))\b|(?<![\p{L}])(?:si\s{1,4}(?:el\s{1,4}usuario\s{1,4})?pregunta[^.\n]{0,60}?,?\s{0,4}niéga(?:lo|la)|si\s{1,4}l'(?:utilisat\p{L}{1,10}|client)\s{1,4}demande[^.\n]{0,60}?,?\s{0,4}(?:nie[zs]?|démen[st])|(?:falls|wenn)\s{1,4}(?:der\s{1,4}(?:Nutzer|Benutzer|Kunde)\s{1,4})?(?:fragt|gefragt)[^.\n]{0,60}?,?\s{0,4}(?:leugne|bestreite|verneine))(?![\p{L}])/iu,
  // A check the caller or user could pass is waved off: "don't insist on manager approval".
  /\b(?:do\s{1,4}not|don't|never|no\s{1,4}need\s{1,4}to)\s{1,4}insist\s{1,4}on\s{1,4}(?:a\s{1,4}|the\s{1,4})?(?:call[\s-]?back|verification|manager(?:'s)?\s{1,4}approval|identity\s{1,4}check|second\s{1,4}factor|id\s{1,4}check)|(?<![\p{L}])(?:no\s{1,4}insistas\s{1,4}en|n'insiste[zs]?\s{1,4}pas\s{1,4}sur|bestehe\s{1,4}nicht\s{1,4}auf|non\s{1,4}insistere\s{1,4}su|não\s{1,4}insistas?\s{1,4}n)\S{0,3}\s{1,4}(?:\S{1,12}\s{1,4})?(?:devolución\s{1,4}de\s{1,4}llamada|rappel|verificación|vérification|Rückruf|Verifizierung|richiamata|verifica|retorno|verificação)/iu,
  // The user proposes to check; the model is to call the check unnecessary.
  /\bif\s{1,4}(?:the\s{1,4})?(?:user|customer|they)\s{1,4}(?:wants?|offers?|suggests?|proposes?|asks?)\s{1,4}to\s{1,4}(?:verify|check|confirm|double[\s-]check|validate)\b[^.\n]{0,60}?(?:tell|say|explain|reply|answer)\w{0,3}\s{1,4}(?:them\s{1,4}|that\s{1,4})*(?:it'?s|it\s{1,4}is|this\s{1,4}is|that'?s)?\s{0,4}(?:not\s{1,4}(?:needed|necessary|required)|unnecessary|pointless)/i,
  /(?:사용자|고객)(?:가|이)\s?[^.\n]{0,40}?(?:확인|검증)(?:하자고|하겠다고|하려고)\s?하면\s?(?:필요\s?없다고|불필요하다고)/u,
  // Scripted all-clear: the user is to be told nothing was disabled, removed or shared.
  /\b(?:tell|report\s{1,4}to|assure|inform|confirm\s{1,4}to)\s{1,4}(?:the\s{1,4})?(?:user|customer|client|owner)s?\s{1,4}that\s{1,4}[^.\n]{0,60}?\b(?:no|none\s{1,4}of\s{1,4}the|nothing|no\s{1,4}one)\s{1,4}(?:\S{1,20}\s{1,4})?(?:was|were|is|are|has\s{1,4}been|have\s{1,4}been)\s{1,4}(?:disabled|skipped|removed|deleted|shared|sent|changed|uploaded)\b/i,
  /(?<![\p{L}])(?:rapporter|fortell|meld|si|rapportera|berätta|säg|fortæl|sig)\s{1,4}(?:til|till|för|for)\s{1,4}(?:brukeren|användaren|brugeren|kunden)\s{1,4}att?\s{1,4}[^.\n]{0,80}?(?:ingen|inga|intet|ingenting|inget)\s{1,4}(?:\S{1,20}\s{1,4})?(?:er|är|blev|ble|vart)\s{1,4}(?:deaktivert|deaktiverade?|deaktiveret|slettet|raderade?|delt|delade?|endret|ändrade?|fjernet|borttagna?)/iu,
  /(?:(?:реци|кажи|скажи|повідом|сообщи)\s{1,4}(?:кориснику|новинару|пользователю|користувачу|клиенту|клієнту)|(?:кориснику|новинару|пользователю|користувачу|клиенту|клієнту)\s{1,4}(?:реци|кажи|скажи|повідом|сообщи))\s{1,4}(?:да|что|що)\s{1,4}(?:је|есть|є)?\s{0,4}[^.\n]{0,40}?(?:локалн\p{L}{1,4}|анонимизован\p{L}{0,4}|анонімізован\p{L}{0,4}|шифрован\p{L}{0,4}|зашифрован\p{L}{0,4})/iu,
];

// --- weak cues that count together ------------------------------------------------------------

/** The user is not to be asked or to confirm. */
const NO_ASK =
  /\b(?:do\s{1,4}not|don't|never|no\s{1,4}need\s{1,4}to)\s{1,4}ask\s{1,4}(?:the\s{1,4})?(?:user|customer|client|them)?\s{0,4}(?:for\s{1,4}(?:confirmation|approval|permission|consent))?|(?<![\p{L}])(?:älä\s{1,4}kysy|не\s{1,4}(?:питай|питайте|спрашивай|спрашивайте|питај|питајте)|ne\s{1,4}(?:traži|tražite|pitaj|pitajte|sprašuj)\s{1,4}(?:potvrdu|dozvolu|odobrenje|korisnika|uporabnika|soglasje)|nie\s{1,4}pytaj|neptej\s{1,4}se|no\s{1,4}pidas\s{1,4}(?:confirmación|permiso)|não\s{1,4}(?:peças|peça|perguntes|pergunte)|non\s{1,4}chiedere|ne\s{1,4}demande[zs]?\s{1,4}pas|frag\s{1,4}(?:den\s{1,4}(?:Nutzer|Benutzer)\s{1,4})?nicht|vraag\s{1,4}(?:geen|niet)|spørg\s{1,4}ikke|spør\s{1,4}ikke|fråga\s{1,4}inte|jangan\s{1,4}tanya|kullanıcıya\s{1,4}sorma|onay\s{1,4}isteme)(?![\p{L}])|لا\s{1,4}(?:تسأل|تسألي|تسألوا)|ไม่ต้องถาม|(?:묻지|확인을\s?요청하지)\s?(?:말|마)|確認(?:せずに|を求めず)|(?:不要|无需|無需)(?:询问|詢問|征求)/iu;

/** A described act offered as a quoted line without an addressee ("describe it as '…'"). */
const QUOTED_LINE = new RegExp(
  `\\b(?:describe|present|summari[sz]e|report)\\s{1,4}(?:it|this|them|the\\s{1,4}\\w{1,20})\\s{1,4}as\\s{1,4}${Q}|(?<![\\p{L}])(?:beskriv|presentera|rapportera|sammanfatta|beskriv|beskrive)\\s{1,4}(?:det|resultatet|ändringen|endringen|ændringen)\\s{1,4}som\\s{1,4}${Q}`,
  "iu",
);

/** A protection, a privacy guard or a domain check switched off or skipped. */
const GUARD_OFF =
  /\b(?:disable|turn\s{1,4}off|switch\s{1,4}off|remove)\s{1,4}(?:the\s{1,4})?(?:privacy|protected[\s-]mode|protection|anti[\s-]?\w{1,12}|attestation|signature\s{1,4}check)\w{0,4}\b|\b(?:do\s{1,4}not|don't|no\s{1,4}need\s{1,4}to)\s{1,4}(?:check|verify|validate)\s{1,4}(?:that|whether|if)?\s{0,4}(?:the\s{1,4})?(?:page's\s{1,4})?(?:domain|origin|host|sender)\b|(?<![\p{L}])(?:isključi|isklopi|izklopi)\s{1,4}(?:zaštitu|provjeru|proveru|šifriranje|enkripciju)|(?<![\p{L}])(?:poista|ohita)\s{1,4}(?:\S{1,20}\s{1,4})?(?:"private"|suojaus|tarkistus|yksityisyys)|(?:ไม่ต้อง|ไม่จำเป็นต้อง)ตรวจ(?:สอบ)?ว่าโดเมน|protected-mode\s{1,4}no\b/iu;

/** Cheap pre-test over all families. */
const PRE =
  /user|pengguna|usu|utili|utent|nutzer|gebruik|bruker|bruger|anvand|kaytt|korisn|uporab|kasutaj|vartotoj|felhaszn|kullan|insist|klant|kund|utilizator|client|leave|keep|omit|deny|niéga|nie|leugne|bestreite|verneine|customer|client|owner|clinician|caller|journalist|summar|report|describe|present|even|regardless|irrespective|overrid|ask|disable|turn\s|protect|privacy|domain|[\u0080-\uffff]/i;

/** An override followed by a refusal ("even if the user names one, never …"). */
function refusal(text: string, m: RegExpExecArray): boolean {
  const after = sentenceAfter(text, m.index + m[0].length);
  const head = text.slice(Math.max(0, m.index - 80), m.index);
  const before = head.slice(head.search(/[^.!?;\n]*$/));
  return /\b(?:do\s{1,4}not|don't|never|refuse|decline|must\s{1,4}not|cannot|can't)\b|(?<![\p{L}])(?:nicht|niet|ne|non|no|не|nie|ikke|inte|ei|älä)(?![\p{L}])|不要|不得|不能|勿|禁止|しない|하지\s?마/iu
    .test(after) ||
    // English: the clause must widen the act ("apply the full bundle even if …").
    (/^even/i.test(m[0]) &&
      !/\b(?:all|full|whole|entire|every|unchanged|anyway|still|as[\s-]is|default|preset|bundle|pack(?:age)?)\b/i
        .test(`${before} ${after}`));
}

/** Round-36 checks over one string's normal text. */
export function r36DefinitionHits(normal: string): Hit[] {
  if (normal.length < 16 || !PRE.test(normal)) return [];
  const hits: Hit[] = [];
  const script = first(SCRIPT, normal, safeguard);
  const hide = first(HIDE, normal, safeguard);
  const override = first(OVERRIDE, normal, refusal);
  if (script) {
    hits.push({
      kind: "deceive_user",
      severity: "high",
      reason: "The definition scripts the summary the model gives the user: a canned line or " +
        "only part of what the tool does",
    });
  }
  if (hide) {
    hits.push({
      kind: "conceal_from_user",
      severity: "high",
      reason:
        "The definition tells the model not to mention part of what the tool does to the user",
    });
  }
  if (override) {
    hits.push({
      kind: "user_choice_override",
      severity: "high",
      reason: "The definition applies its preset even when the user asked for less or for more " +
        "privacy",
    });
  }
  if (first(ANSWER, normal)) {
    hits.push({
      kind: "deceive_user",
      severity: "high",
      reason: "The definition scripts the answer the model gives the user (yes, no check needed, " +
        "nothing disabled)",
    });
  }
  if (!script && !hide && !override) {
    const weak = [NO_ASK, QUOTED_LINE, GUARD_OFF].filter((re) => re.test(normal)).length;
    if (weak >= 2) {
      hits.push({
        kind: "consent_bypass",
        severity: "high",
        reason: "The definition switches a protection off or scripts a line for the user, and " +
          "tells the model not to ask",
      });
    }
  }
  return hits;
}
