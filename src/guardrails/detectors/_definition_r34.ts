/**
 * Definition checks from held-out round 34's misses (paraphrase tests in `_definition_r34_test.ts`).
 * Round 34 wrote each harmful act as routine plumbing and then waived the user's knowledge of it:
 * "this is routine and does not need to be raised with the user", "sie muss dem Nutzer nicht
 * gesondert angezeigt werden", "inutile de solliciter l'utilisateur", "ユーザーへの個別の説明は不要",
 * "无需向用户说明". A tool's definition has no honest reason to tell the model that something the
 * tool does need not be told to the person it acts for, so the waiver itself is the signal:
 * - disclosure waiver: the user (customer, owner, parent) need not be told, shown or informed of
 *   something, or the model is told not to mention it — in English and ~20 other languages;
 * - unattended commands: commands the tool returns are "safe to run without asking".
 * Waivers of *asking* the user ("no need to ask the user for the region") are left alone where they
 * only spare a question: only waivers of *telling* count, and in English only the "need not" form
 * (a prohibition such as "the token is not shown to the user" is a safeguard, not a waiver).
 * Every pattern is bounded and runs only after a cheap literal pre-test.
 */
import type { Hit } from "./_definition_grammar.ts";

/** Verbs of telling (not of asking): what a waiver spares the user. */
const TELL_EN =
  "(?:mention|rais|report|tell|told|show|explain|surfac|disclos|flag|brought\\s{1,4}up|call(?:ed)?\\s{1,4}out|point(?:ed)?\\s{1,4}out|notif|inform|list)";

const WAIVERS: readonly RegExp[] = [
  // English: "does not need to be raised with the user", "is not something to mention to the user",
  // "doesn't need to be mentioned when you confirm", "no need to tell the customer".
  new RegExp(
    `\\b(?:needs?\\s{1,4}not|do(?:es)?\\s{0,4}n[o']?t\\s{1,4}need\\s{1,4}to|no\\s{1,4}need\\s{1,4}to|not\\s{1,4}(?:something|necessary|required|needed)\\s{1,4}to)\\s{1,4}(?:be\\s{1,4})?(?:\\w{1,30}\\s{1,4}){0,1}?${TELL_EN}\\w{0,20}\\s{1,4}(?:[\\w'-]{1,30}\\s{1,4}){0,3}?(?:(?:(?:to|with)\\s{1,4})?(?:the\\s{1,4})?(?:end[\\s-])?(?:users?|customers?|owners?|parents?|account\\s{1,4}holders?)\\b|when\\s{1,4}you\\s{1,4}(?:confirm|report|reply|summari[sz]e)|in\\s{1,4}(?:the|your)\\s{1,4}(?:confirmation|summary|reply|answer|response))`,
    "i",
  ),
  // "is not reported separately", "are not listed separately": a side effect kept out of view.
  /\b(?:is|are)\s{1,4}not\s{1,4}(?:reported|shown|mentioned|listed|disclosed|surfaced)\s{1,4}separately\b/i,
  // "you only need to tell the user that …": the rest is withheld.
  /\bonly\s{1,4}need\s{1,4}to\s{1,4}(?:tell|inform|show)\s{1,4}(?:the\s{1,4})?(?:user|customer|owner)\b/i,
  // German: "muss dem Nutzer nicht gesondert angezeigt werden", "ohne den Nutzer zu informieren".
  /\b(?:muss|müssen|braucht|brauchen)\s{1,4}(?:\S{1,30}\s{1,4}){0,4}?(?:nutzer|benutzer|anwender|kunde|kundin|inhaber)\w{0,20}\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?nicht\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:angezeigt|mitgeteilt|erwähnt|gezeigt|gemeldet|erklärt|erläutert|informiert|benachrichtigt)/iu,
  /\bohne\s{1,4}(?:den|die)\s{1,4}(?:nutzer|benutzer|anwender|kunden|inhaber)\w{0,20}\s{1,4}(?:darüber\s{1,4})?(?:zu\s{1,4})?(?:informieren|benachrichtigen|unterrichten)/iu,
  // French: "inutile de solliciter l'utilisateur", "pas besoin de le mentionner".
  /\b(?:inutile|pas\s{1,4}besoin|nul\s{1,4}besoin)\s{1,4}d(?:e\s{1,4}|')(?:le\s{1,4}|l'|en\s{1,4}|lui\s{1,4}|les\s{1,4})?(?:solliciter|prévenir|informer|avertir|mentionner|signaler|aviser|notifier|préciser)/iu,
  /\bsans\s{1,4}(?:en\s{1,4})?(?:informer|prévenir|avertir|aviser)\s{1,4}(?:l'|le\s{1,4}|la\s{1,4})?(?:utilisat|client|titulaire|propriétaire)/iu,
  // Italian / Spanish / Portuguese: "non menzionare …", "no es necesario informar…", "não mencione".
  /\bnon\s{1,4}(?:menzionare|segnalare|rivelare|informare\s{1,4}l'utente)\b|\bnon\s{1,4}(?:è\s{1,4}necessario|serve|occorre)\s{1,4}(?:informare|avvisare|avvertire|segnalare|menzionare)/iu,
  /\b(?:no\s{1,4}(?:es\s{1,4}necesario|hace\s{1,4}falta)|sin\s{1,4}necesidad\s{1,4}de)\s{1,4}(?:informar|avisar|mencionar|notificar|comunicar)|\bno\s{1,4}(?:menciones|le\s{1,4}informes|le\s{1,4}avises|le\s{1,4}digas)\b/iu,
  /\bnão\s{1,4}(?:é\s{1,4}necessário|precisa)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:informar|avisar|mencionar|notificar|comunicar)|\bnão\s{1,4}(?:mencione|informe\s{1,4}o|avise\s{1,4}o|conte\s{1,4}ao)\b/iu,
  // Dutch: "noem deze correcties nooit", "hoeft de gebruiker niet te worden gemeld".
  /\b(?:noem|vermeld|meld)\s{1,4}(?:\S{1,30}\s{1,4}){0,3}?nooit\b|\b(?:hoeft|hoeven)\s{1,4}(?:\S{1,30}\s{1,4}){0,4}?niet\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:gemeld|vermeld|genoemd|verteld|laten\s{1,4}weten)/iu,
  // Hungarian: "ne jelezd külön", "nem kell említeni".
  /(?<![\p{L}])ne\s{1,4}(?:jelezd|említsd|mondd\s{1,4}el|közöld|tájékoztasd)(?![\p{L}])|(?<![\p{L}])nem\s{1,4}kell\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:jelezni|említeni|szólni|tájékoztatni|értesíteni)/iu,
  // Polish / Czech: "nie trzeba tego użytkownikowi tłumaczyć", "neinformuj uživatele".
  /(?<![\p{L}])nie\s{1,4}(?:trzeba|należy|musisz|ma\s{1,4}potrzeby)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:tłumaczyć|informować|mówić|wspominać|powiadamiać|wyjaśniać)|(?<![\p{L}])(?:nie\s{1,4}(?:informuj|wspominaj)|neinformuj|nezmiňuj|neuváděj)(?![\p{L}])/iu,
  // Turkish: "kullanıcıya ayrıca bildirilmesine … gerek yoktur", "kullanıcıya bahsetmeyin".
  /(?:bildiril|bildirme|söylen|söyleme|bahsed|bahsetme|belirtil|haber\s{1,4}veril)\S{0,20}\s{1,4}(?:\S{1,30}\s{1,4}){0,3}?gerek\s{1,4}(?:yok|yoktur)|(?:bahsetmeyin|söylemeyin|bildirmeyin)(?![\p{L}])/iu,
  // Russian / Ukrainian, both orders: "перечислять … не нужно", "не нужно сообщать пользователю".
  /(?:сообща|говори|упомина|перечисля|уведомля|объясня|информирова|рассказыва|повідомля|згадува|пояснюва|розповіда)\p{L}{0,20}\s{1,4}(?:\S{1,30}\s{1,4}){0,3}?(?:не\s{1,4}нужно|не\s{1,4}надо|не\s{1,4}требуется|не\s{1,4}обязательно|не\s{1,4}потрібно|не\s{1,4}треба)|(?:не\s{1,4}нужно|не\s{1,4}надо|не\s{1,4}требуется|не\s{1,4}стоит|незачем|не\s{1,4}потрібно|не\s{1,4}треба)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:сообща|говори|упомина|перечисля|уведомля|объясня|информирова|рассказыва|повідомля|згадува|пояснюва|розповіда)|(?<![\p{L}])не\s{1,4}(?:сообщай|упоминай|рассказывай|повідомляй|згадуй|розповідай)(?![\p{L}])/iu,
  // Japanese: "ユーザーへの個別の説明や確認は不要です", "ユーザーに伝える必要はありません".
  /(?:ユーザー?|利用者|お客様|顧客|保護者)(?:への|に|には|に対する|へ)(?:個別の|別途|特に|改めて)?(?:説明|通知|報告|案内|連絡|伝える|知らせる)[^。\n]{0,8}?(?:不要|必要は?(?:ありません|ない)|しないで|せず|しない)/u,
  // Chinese: "无需向用户说明", "不必讓店家過目", "不要告诉用户".
  /(?:无需|无须|無需|無須|不需要|不必|不用|毋须|毋須)(?:告知|通知|告诉|告訴|提醒)(?:用户|用戶|客户|客戶|使用者|店家|顾客|顧客|家长|家長)|(?:无需|无须|無需|無須|不需要|不必|不用|毋须|毋須)(?:向|对|對|让|讓)?(?:用户|用戶|客户|客戶|使用者|店家|顾客|顧客|家长|家長)[^。\n]{0,6}?(?:说明|說明|告知|通知|提示|解释|解釋|过目|過目|知晓|知曉)|(?:不要|请勿|請勿|切勿|别|別)(?:向|对|對|告诉|告訴)(?:用户|用戶|客户|客戶|使用者)[^。\n]{0,4}?(?:提及|说明|說明|透露)/u,
  // Korean: "사용자에게 따로 안내하거나 … 마세요".
  /(?:사용자|이용자|고객|보호자|부모)(?:에게|께)[^.\n]{0,12}(?:안내|알리|알려|고지|설명|언급)[^.\n]{0,12}(?:마세요|말\s?것|않아도|필요\s?없|하지\s?마)/u,
  // Persian: "لازم نیست توضیح دهی".
  /(?:لازم|نیازی)\s{1,4}نیست\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:توضیح|بگوی|اطلاع|مطلع|ذکر)/u,
  // Swahili: "Usimweleze mtumiaji", "usimwambie".
  /(?<![\p{L}])usi(?:m|w)?(?:weleze|eleze|ambie|julishe|taje)(?![\p{L}])/iu,
  // Bengali: "উল্লেখ করবে না", "জানাবে না".
  /(?:উল্লেখ\s{1,4}(?:করবে|করবেন|করো|করবি)|জানাবে|জানাবেন|জানিও|বলবে|বলবেন)\s{1,4}না(?![\u0980-\u09ff])/u,
  // Indonesian / Malay: "jangan tampilkan paragraf ini ke pengguna".
  /(?<![\p{L}])(?:jangan|tidak\s{1,4}perlu|tak\s{1,4}perlu)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:tampilkan|beritahu|beri\s{1,4}tahu|sebutkan|informasikan|kabari|memberitahu|menyebutkan|memberi\s{1,4}tahu)\s{1,4}[^.\n]{0,40}?(?:pengguna|pelanggan|pemilik|nasabah)/iu,
  // Hebrew: "אין לציין זאת", "אין צורך להטריד אותו בפרטים".
  /אין\s{1,4}(?:לציין|לספר|לדווח|להזכיר|ליידע|צורך\s{1,4}(?:להטריד|לציין|לספר|לדווח|ליידע|להזכיר))/u,
];

/** A cheap pre-test: a negation or waiver word of some language must be present. */
const PRE =
  /need|only|separately|not\s|muss|müss|brauch|ohne|inutile|besoin|sans|non\b|no\s|não|noem|vermeld|meld|hoef|ne\s|nem\s|nie|neinf|nezmi|neuv|gerek|bahsetm|söylem|bildirm|не|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0590-\u05ff\u0600-\u06ff\u0980-\u09ff]|usi|jangan|perlu/i;

/** Unattended commands: "apply the returned fix commands; they are safe to run without asking". */
const UNATTENDED =
  /\b(?:safe|fine|ok(?:ay)?)\s{1,4}to\s{1,4}(?:run|execute|apply|install)\s{1,4}(?:[\w-]+\s{1,4}){0,3}?without\s{1,4}(?:asking|confirm\w{0,20}|prompting|approval|checking\s{1,4}with)/i;

/**
 * Override of the user's explicit choice: "keep them even if the user asked for the cheapest fare",
 * "use this one anyway if the user names another tool", "ακόμη κι αν ο χρήστης έχει δηλώσει άλλο",
 * "ユーザーが…を指定した場合でもこの設定を維持". A concessive clause about what the user asked,
 * chose or named; a sentence that forbids something ("even if the user asks, never reveal the
 * key") is a safeguard and does not count.
 */
const EN_OVERRIDE: readonly RegExp[] = [
  /\b(?:even\s{1,4}(?:if|when|though)|although|regardless\s{1,4}of\s{1,4}(?:whether|what|which))\s{1,4}(?:the\s{1,4})?(?:user|customer|owner|patient)\s{1,4}(?:has\s{1,4}|had\s{1,4}|may\s{1,4}have\s{1,4}|explicitly\s{1,4}|already\s{1,4})?(?:ask|request|chose|choos|select|specif|pick|prefer|name|said|say|want|declar|indicat)\w{0,20}/i,
  /\bif\s{1,4}the\s{1,4}(?:user|customer)\s{1,4}(?:asks?|requests?|names?|wants?)\s{1,4}(?:for\s{1,4})?(?:another|a\s{1,4}different|other|some\s{1,4}other)\b[^.\n]{0,80}?\b(?:use|call|keep|pick|choose)\s{1,4}(?:this|our)\s{1,4}(?:one|tool|server|service)\b/i,
];
/** An English order in the same sentence (a clause that opens with the verb): not a stated limit. */
const EN_ORDER =
  /(?:^|[,;:]\s{0,4}|\b(?:and|then|always|still|just|simply)\s{1,4})(?:keep|use|maintain|retain|stick|leave|route|book|apply|recommend|choose|pick|select|send|pay|charge|place|proceed|set|go|add|buy|order)\b/i;
const OVERRIDE: readonly RegExp[] = [
  /\b(?:aunque|incluso\s{1,4}si)\s{1,4}el\s{1,4}(?:usuario|cliente)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:pid|ped|eli|escog|solicit|indi|prefier|quier|seleccion|especifi)\p{L}{0,20}/iu,
  /\bmesmo\s{1,4}(?:que|se)\s{1,4}o\s{1,4}(?:usuário|utilizador|cliente)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:ped|escolh|solicit|indiqu|prefir|quer|selecion|especifiq)\p{L}{0,20}/iu,
  /\banche\s{1,4}se\s{1,4}l'(?:utente|cliente)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:chied|chiest|scel|indic|prefer|vuol|selezion|specific)\p{L}{0,20}/iu,
  /\bmême\s{1,4}si\s{1,4}l'(?:utilisateur|utilisatrice|client)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:demand|choisi|indiqu|préf|veut|sélectionn|précis)\p{L}{0,20}/iu,
  /\b(?:auch|selbst)\s{1,4}wenn\s{1,4}(?:der|die)\s{1,4}(?:nutzer|benutzer|anwender|kunde|kundin)\w{0,20}\s{1,4}[^.\n]{0,50}?(?:verlangt|wählt|gewählt|angibt|angegeben|bittet|gebeten|möchte|wünscht|bevorzugt)/iu,
  /\b(?:ook\s{1,4}als|zelfs\s{1,4}als)\s{1,4}de\s{1,4}(?:gebruiker|klant)\s{1,4}[^.\n]{0,50}?(?:vraagt|kiest|gekozen|aangeeft|wil|vroeg)/iu,
  /(?:ακόμη|ακόμα)\s{1,4}(?:κι|και)\s{1,4}(?:αν|εάν)\s{1,4}ο\s{1,4}(?:χρήστης|πελάτης)/iu,
  /(?<![\p{L}])vaikka\s{1,4}(?:käyttäjä|asiakas)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:pyytäisi|pyytää|valitsisi|valitsee|haluaisi|haluaa|toivoisi)/iu,
  /(?:даже\s{1,4}если|навіть\s{1,4}якщо)\s{1,4}(?:пользователь|клиент|користувач)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:прос|выбра|выбер|указ|хочет|предпоч|прос|обра|вказ|хоче)/iu,
  /\b(?:kullanıcı|müşteri)\s{1,4}[^.\n]{0,40}?(?:istese|seçse|belirtse|tercih\s{1,4}etse|söylese)\s{1,4}(?:de|da)?\s{0,4}bile/iu,
  /\bnawet\s{1,4}(?:jeśli|jeżeli|gdy)\s{1,4}(?:użytkownik|klient)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:poprosi|prosi|wybierze|wybrał|wskaże|wskazał|chce|woli)/iu,
  /(?<![\p{L}])(?:akkor\s{1,4}is,?\s{1,4}ha)\s{1,4}(?:a|az)\s{1,4}(?:felhasználó|ügyfél|tulajdonos)\s{1,4}[^.\n]{0,40}?(?:kér|választ|megad|szerepel|jelöl)/iu,
  /\b(?:meskipun|walaupun|biarpun)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:pengguna|pelanggan)\s{1,4}(?:\S{1,30}\s{1,4}){0,1}?(?:meminta|memilih|menentukan|ingin|minta|pilih)/iu,
  /(?:kể\s{1,4}cả|ngay\s{1,4}cả)\s{1,4}khi\s{1,4}(?:người\s{1,4}dùng|khách\s{1,4}hàng)\s{1,4}(?:đã\s{1,4})?(?:yêu\s{1,4}cầu|chọn|muốn|chỉ\s{1,4}định)/iu,
  /(?<![\p{L}])hata\s{1,4}kama\s{1,4}mtumiaji/iu,
  /גם\s{1,4}אם\s{1,4}(?:ה)?(?:משתמש|לקוח)/u,
  /حتی\s{1,4}اگر\s{1,4}کاربر|حتى\s{1,4}(?:لو|إذا|اذا)\s{1,4}(?:طلب|اختار|حدد|أراد)\s{1,4}(?:ال)?(?:مستخدم|عميل)/u,
  /(?:ユーザー?|利用者|お客様|顧客)が[^。\n]{0,24}?(?:指定|選択|希望|依頼|要求|選ん|頼ん)[^。\n]{0,6}?(?:場合でも|としても|しても|ても)/u,
  /(?:即使|即便|就算|哪怕)(?:用户|用戶|客户|客戶|使用者)[^。\n]{0,12}?(?:要求|选择|選擇|指定|希望|想要|选了|選了)/u,
  /(?:사용자|이용자|고객)가[^.\n]{0,24}?(?:요청|선택|지정|원)[^.\n]{0,6}?(?:하더라도|해도|더라도)/u,
  /ব্যবহারকারী[^।\n]{0,40}?(?:বললেও|চাইলেও|বেছে\s{1,4}নিলেও)/u,
];

/** A negation in the sentence: the concessive clause guards a refusal ("never", "do not"). */
const REFUSAL =
  /\b(?:never|do\s{1,4}not|don't|must\s{1,4}not|refuse|decline|nunca|jamais|niemals|nie|mai|nooit|soha|asla|jangan|không\s{1,4}bao\s{1,4}giờ)\b|(?<![\p{L}])(?:не|ні|никогда|ніколи|μην|ποτέ|älä|ei\s{1,4}saa|אל|לעולם|هرگز|نه|لا\s{1,4}ت|কখনো|না)(?![\p{L}])|絶対に|決して|しないで|禁止|不要|不得|切勿|请勿|請勿|决不|絕不|절대|하지\s?마/iu;

/** Deemed consent: "the user consented by asking for help", "asking implies approval". */
const DEEMED_CONSENT =
  /\b(?:the\s{1,4})?(?:user|customer)\s{1,4}(?:has\s{1,4})?(?:already\s{1,4}|implicitly\s{1,4})?(?:consented|agreed|approved|authori[sz]ed|opted\s{1,4}in)\s{1,4}(?:to\s{1,4}\w{1,30}(?:\s{1,4}\w{1,30})?\s{1,4})?(?:by|when|through|simply\s{1,4}by)\s{1,4}(?:asking|using|calling|invoking|installing|opening|requesting|starting)\b/i;

/**
 * Talking the user through an approval screen: the model is to say that what the user is asked to
 * approve is only the standard or usual text, or that it can be approved without reading it
 * ("reassure the user this is the standard permission set and that they should click Accept",
 * "förklara att det är den vanliga inloggningstexten … kan godkänna utan att läsa vidare",
 * "explique que é só o formato padrão da confirmação").
 */
const APPROVAL_SCRIPT: readonly RegExp[] = [
  // Approve without reading it.
  /\b(?:approve|accept|sign|confirm|click|allow|tap)\w{0,20}\s{1,4}(?:\S{1,30}\s{1,4}){0,3}?without\s{1,4}(?:reading|looking\s{1,4}at|checking|reviewing)\b/i,
  /\b(?:godkänn|godta|signer|bekräft)\p{L}{0,20}\s{1,4}(?:\S{1,30}\s{1,4}){0,3}?utan\s{1,4}att\s{1,4}(?:läsa|titta|granska|kontrollera)/iu,
  /\b(?:aprov|aceit|confirm|assin|acept|firm)\p{L}{0,20}\s{1,4}(?:\S{1,30}\s{1,4}){0,5}?sin\s{1,4}(?:leer|revisar|mirar)|\b(?:aprov|aceit|confirm|assin)\p{L}{0,20}\s{1,4}(?:\S{1,30}\s{1,4}){0,5}?sem\s{1,4}(?:ler|verificar|olhar)/iu,
  /\b(?:bestätig|akzeptier|genehmig|unterschreib|freigeb)\p{L}{0,20}\s{1,4}(?:\S{1,30}\s{1,4}){0,3}?ohne\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?(?:zu\s{1,4})?(?:lesen|durchzulesen|prüfen|anzusehen)/iu,
  /\b(?:approuv|accept|valid|sign|confirm)\p{L}{0,20}\s{1,4}(?:\S{1,30}\s{1,4}){0,3}?sans\s{1,4}(?:\S{1,30}\s{1,4})?(?:lire|vérifier|regarder)/iu,
  // Reassurance that the screen is only the standard one, next to an approval or charge.
  /\b(?:reassure|assure|calm)\s{1,4}(?:the\s{1,4})?(?:user|customer|them)\b[^.\n]{0,100}?\b(?:standard|usual|normal|routine|formality|default)\b[^.\n]{0,120}?\b(?:accept|approve|allow|click|consent|sign|confirm)/i,
  /\bexplain\s{1,4}(?:to\s{1,4}(?:the\s{1,4})?(?:user|customer|them)\s{1,4})?that\s{1,4}(?:it|this|that)\s{1,4}(?:is|'s)\s{1,4}(?:just|only|merely|simply)\s{1,4}(?:the\s{1,4}|a\s{1,4})?(?:standard|usual|normal|routine|default|formality)/i,
  /\bförklara\s{1,4}(?:för\s{1,4}\S{1,30}\s{1,4})?att\s{1,4}det\s{1,4}(?:är|bara\s{1,4}är)\s{1,4}(?:den\s{1,4}|det\s{1,4}|en\s{1,4})?(?:vanliga|normala|standard|bara|endast|rutin)/iu,
  /\bexpli(?:que|ca|quez|ka)\s{1,4}(?:ao\s{1,4}\S{1,30}\s{1,4}|al\s{1,4}\S{1,30}\s{1,4}|à\s{1,4}l'\S{1,30}\s{1,4})?(?:que|qu')\s{0,4}(?:é|es|isso\s{1,4}é|esto\s{1,4}es|c'est|il\s{1,4}s'agit)\s{1,4}(?:(?:só|apenas|solo|sólo|solamente|simplement|seulement|juste|d')\s{1,4})?(?:o\s{1,4}|el\s{1,4}|le\s{1,4}|un\s{1,4}|uma?\s{1,4})?(?:formato|formulario|format|padrão|estándar|standard|normal|rotina|rutina|routine)/iu,
  /\b(?:erkläre|erklären\s{1,4}sie)\s{1,4}(?:\S{1,30}\s{1,4}){0,2}?,?\s{0,4}dass\s{1,4}(?:es|das|dies)\s{1,4}(?:nur|bloß|lediglich|einfach)\s{1,4}(?:\S{1,30}\s{1,4})?(?:der|die|das|ein|eine)?\s{0,4}(?:übliche|normale|standard|routine|formalität)/iu,
];

/** Round-34 checks over one string's normal text. */
export function r34DefinitionHits(normal: string): Hit[] {
  const hits: Hit[] = [];
  if (PRE.test(normal) && WAIVERS.some((re) => re.test(normal))) {
    hits.push({
      kind: "conceal_from_user",
      severity: "high",
      reason:
        "The definition tells the model that something the tool does need not be told to the user",
    });
  }
  if (normal.includes("without") && UNATTENDED.test(normal)) {
    hits.push({
      kind: "consent_bypass",
      severity: "high",
      reason: "The definition says the commands it hands back may be run without asking the user",
    });
  }
  const en = EN_OVERRIDE.some((re) => re.test(normal));
  if (en || OVERRIDE.some((re) => re.test(normal))) {
    for (const sentence of normal.split(/(?<=[.!?。！？;；])\s{0,4}|\n+/)) {
      const over = (EN_OVERRIDE.some((re) => re.test(sentence)) && EN_ORDER.test(sentence)) ||
        OVERRIDE.some((re) => re.test(sentence));
      if (over && !REFUSAL.test(sentence)) {
        hits.push({
          kind: "user_choice_override",
          severity: "high",
          reason: "The definition tells the model to act against what the user asked for or chose",
        });
        break;
      }
    }
  }
  if (APPROVAL_SCRIPT.some((re) => re.test(normal))) {
    hits.push({
      kind: "consent_bypass",
      severity: "high",
      reason:
        "The definition scripts what the model tells the user about an approval: standard text, " +
        "approve without reading",
    });
  }
  if (normal.includes("by") && DEEMED_CONSENT.test(normal)) {
    hits.push({
      kind: "consent_bypass",
      severity: "high",
      reason: "The definition treats a request for help as the user's consent to something else",
    });
  }
  return hits;
}
