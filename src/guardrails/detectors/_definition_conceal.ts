/**
 * Concealment and false reports steered by a tool definition, read by concept in some fifty
 * languages (paraphrase tests in `_definition_conceal_test.ts`). Rounds 36–38 read the English and
 * the larger European languages sentence by sentence (`_definition_r36.ts` … `_definition_r38.ts`);
 * this check combines small per-language word lists for four concepts within one clause:
 * - USER: the person the reply is for (the user, the customer, the requester, in their case forms);
 * - TELL: a verb of telling, mentioning, informing, showing, revealing or asking;
 * - NEG: a negation, "without" or "no need" next to that verb (before it, attached to it as a
 *   prefix or suffix, or after it in the languages that negate after the verb);
 * - CLAIM / BUT: a claimed state (deleted, revoked, private, only shared with …) and, in the same
 *   or the next sentence, what really happens (actually, in fact, still, but kept …).
 * Hidden from the user: USER + TELL + NEG in one clause, or "without the user noticing", or an act
 * of sharing done secretly / quietly. False report: USER + TELL ("assure", "confirm") + CLAIM with
 * BUT next to it. Not flagged (structure, not words): a secret, a masked value or plumbing kept out
 * of the reply ({@link SAFE_OBJECT}, shared with round 38), a double negation ("never delete
 * without asking the user"), a condition on the user's request ("only if the user asks", "until
 * the user confirms") and the user as the subject of the verb ("if the user does not mention").
 * Cost: one USER pass and one NEG pass over each string; sentences are read only when both match.
 */
import type { Hit } from "./_definition_grammar.ts";
import { SAFE_OBJECT } from "./_definition_reply.ts";
import { GatePrefilter } from "./_gate_prefilter.ts";

/** Separators: everything else counts as part of a word. */
const SEP = `\\s\\d.,;:!?'"()\\[\\]{}<>/|«»“”‘’「」『』„*`;
/** Not preceded by a word character. */
const NL = `(?<![^${SEP}])`;
/** A word character. */
const WL = `[^${SEP}]`;

/** Words with a left word edge (stems: any ending follows). */
function stems(list: readonly string[]): string {
  return `${NL}(?:${list.map(bounded).join("|")})`;
}

/** A word marked with a final "!" ends at a word edge (short stems that would start longer
 * words: "reci" in "recipient", "sor" in "sort"). */
function bounded(w: string): string {
  return w.endsWith("!") ? `${w.slice(0, -1)}(?![^${SEP}])` : w;
}

// --- USER: the person the reply is for ------------------------------------------------------

const USER_WORDS = [
  // English, German, Dutch, Scandinavian, Luxembourgish
  "users?!",
  "customers?!",
  "clients?!",
  "requesters?!",
  "owners?!",
  "account[\\s-]holders?!",
  "end[\\s-]users?",
  "nutzer",
  "benutzer",
  "anwender",
  "kunde",
  "kunden",
  "gebruiker",
  "klant",
  "användar",
  "bruger",
  "bruker",
  "kund",
  "benotzer",
  // Romance, Maltese
  "utilisat",
  "l'utilisat",
  "usuari",
  "usuári",
  "l'usuari",
  "utilizador",
  "utente",
  "l'utente",
  "all'utente",
  "cliente",
  "utilizator",
  "l-utent",
  "lill-utent",
  "lill-klijent",
  "utent",
  "klijent",
  // Slavic, Baltic, Finno-Ugric
  "użytkowni",
  "uživatel",
  "používateľ",
  "zákazník",
  "korisnik",
  "uporabnik",
  "stranka",
  "stranki",
  "felhasználó",
  "ügyfél",
  "käyttäjä",
  "asiaka",
  "kasutaja",
  "vartotoj",
  "naudotoj",
  "lietotāj",
  "klient",
  // Cyrillic, Greek
  "пользовател",
  "користувач",
  "потребител",
  "корисник",
  "клиент",
  "клієнт",
  "хэрэглэгч",
  "χρήστ",
  "πελάτ",
  // Turkic, Malay, Tagalog, Swahili, Vietnamese, West African
  "kullanıcı",
  "müşteri",
  "i̇stifadəçi",
  "istifadəçi",
  "pengguna",
  "pelanggan",
  "pemakai",
  "gumagamit",
  "kustomer",
  "mtumiaji",
  "watumiaji",
  "mteja",
  "wateja",
  "người\\s{1,2}dùng",
  "khách\\s{1,2}hàng",
  "mai\\s{1,2}amfani",
  "masu\\s{1,2}amfani",
  "olumulo",
  "olùmúlò",
  "onye\\s{1,2}ọrụ",
  "onye\\s{1,2}na-eji",
];
/** Scripts without word edges in the reader's sense (or with attached particles). */
const USER_BOUND = [
  "مستخدم",
  "المستخدم",
  "للمستخدم",
  "عميل",
  "العميل",
  "کاربر",
  "مشتری",
  "صارف",
  "משתמש",
  "לקוח",
  "उपयोगकर्ता",
  "यूज़र",
  "यूजर",
  "ग्राहक",
  "प्रयोक्ता",
  "ব্যবহারকারী",
  "গ্রাহক",
  "பயனர",
  "வாடிக்கையாளர",
  "පරිශීලක",
  "ผู้ใช้",
  "ลูกค้า",
  "អ្នកប្រើ",
  "អតិថិជន",
  "ተጠቃሚ",
  "用户",
  "用戶",
  "使用者",
  "客户",
  "客戶",
  "ユーザ",
  "利用者",
  "お客様",
  "顧客",
  "사용자",
  "고객",
  "유저",
];
const USER = new RegExp(`${stems(USER_WORDS)}|${USER_BOUND.join("|")}`);

/** The reply the user reads: the summary, the answer, the confirmation. */
const REPLY_WORDS = [
  "summary",
  "reply",
  "response\\s{1,3}to",
  "confirmation",
  "receipt",
  "recap",
  "zusammenfassung",
  "antwort",
  "bestätigung",
  "résumé",
  "réponse",
  "resumen",
  "respuesta",
  "confirmación",
  "resumo",
  "resposta",
  "confirmação",
  "resum",
  "riepilogo",
  "risposta",
  "conferma",
  "samenvatting",
  "bevestiging",
  "sammanfattning",
  "bekräftelse",
  "sammendrag",
  "opsummering",
  "bekræftelse",
  "bekreftelse",
  "rezumat",
  "podsumowani",
  "potwierdzeni",
  "shrnutí",
  "potvrzení",
  "zhrnutí",
  "sažetak",
  "sažetku",
  "povzetek",
  "összefoglal",
  "yhteenve",
  "kokkuvõt",
  "santrauk",
  "kopsavilk",
  "сводк",
  "итог",
  "подтвержден",
  "підсумк",
  "підтвердженн",
  "резюме",
  "обобщени",
  "σύνοψη",
  "περίληψη",
  "özet",
  "yanıt",
  "ringkasan",
  "balasan",
  "jawaban",
  "buod",
  "muhtasari",
  "tóm\\s{1,2}tắt",
  "câu\\s{1,2}trả\\s{1,2}lời",
];
const REPLY = new RegExp(
  `${
    stems(REPLY_WORDS)
  }|الملخص|ملخص|الرد|خلاصه|پاسخ|סיכום|בתשובה|सारांश|जवाब\\s{1,3}में|সারাংশ|சுருக்க|සාරාංශ|สรุป|សេចក្តីសង្ខេប|摘要|总结|總結|回复中|回覆中|要約|返信|返答|요약|답변`,
);
const USER_OR_REPLY = new RegExp(`${USER.source}|${REPLY.source}`);

// --- TELL: telling, mentioning, informing, showing, revealing, asking -----------------------

const TELL_WORDS = [
  // English
  "tell(?:s|ing)?!",
  "loop\\s{1,3}(?:the\\s{1,3})?(?:user|customer|client)s?\\s{1,3}in",
  "make\\s{1,3}(?:the\\s{1,3})?(?:user|customer|client)s?\\s{1,3}aware",
  "mention",
  "inform",
  "notify",
  "report",
  "disclose",
  "reveal",
  "surface",
  "bring\\s{1,3}(?:it\\s{1,3}|this\\s{1,3}|that\\s{1,3})?up",
  "alert!",
  "warn(?:s|ing)?!",
  "let\\s{1,3}(?:the\\s{1,3})?(?:user|customer|client|them)s?\\s{1,3}know",
  "ask(?:s|ed|ing)?!",
  "flag!",
  "say(?:s|ing)?!",
  "bother",
  "trouble",
  "burden",
  // German, Dutch, Scandinavian, Luxembourgish
  "belästig",
  "behellig",
  "lastig\\s{1,3}vallen",
  "störa",
  "forstyrr",
  "déranger",
  "dérangez",
  "importun",
  "molest",
  "incomod",
  "disturb",
  "infastidi",
  "deranj",
  "niepokoi",
  "zawracać",
  "obtěžuj",
  "obťažuj",
  "gnjavi",
  "zavarj",
  "häiritse",
  "беспоко",
  "турбу",
  "безпоко",
  "ενοχλ",
  "rahatsız\\s{1,3}et",
  "mengganggu",
  "ganggu",
  "làm\\s{1,2}phiền",
  "sag(?:e|en|t)?!",
  "erwähn",
  "informier",
  "benachrichtig",
  "mitteil",
  "meld(?:e|en|et|t)?!",
  "hinweis",
  "frag(?:e|en|t)?!",
  "verrat",
  "offenleg",
  "vertel",
  "zeg(?:t)?!",
  "geïnformeerd!",
  "ge(?:meld|noemd)!",
  "vermeld",
  "informeer",
  "vraag",
  "noem(?:en)?!",
  "berätta",
  "nämn",
  "informera",
  "meddela",
  "fråga",
  "avslöja",
  "fortæl",
  "nævn",
  "informer",
  "meddel",
  "spørg",
  "oplys",
  "fortell",
  "nevn",
  "spør",
  "opplys",
  "soen!",
  "sot!",
  "informéier",
  "frot!",
  // French, Spanish, Portuguese, Catalan, Italian, Romanian, Maltese
  "dire!",
  "dites",
  "mentionn",
  "signale[rz]?!",
  "préven",
  "prévien",
  "avert",
  "demande[rz]?!",
  "révél",
  "indiqu",
  "notifi",
  "parle[rz]?!",
  "decir",
  "dile",
  "decirle",
  "diga",
  "digas",
  "mencion",
  "inform",
  "notific",
  "avisa[rn]?!",
  "avise[ns]?!",
  "pregunt",
  "revel",
  "comunic",
  "habl(?:e|es|ar|en)!",
  "dizer",
  "diz!",
  "pergunt",
  "fal[ea]!",
  "falar",
  "esment",
  "digueu",
  "diguis",
  "menzion",
  "avvis",
  "avvert",
  "chied",
  "rivel",
  "segnal",
  "parla(?:re|rne|gli)?!",
  "dica!",
  "di(?=')",
  "dì!",
  "dirlo",
  "dirgli",
  "spune",
  "spun",
  "menționa",
  "menţiona",
  "anunț",
  "anunţ",
  "întreb",
  "dezvălu",
  "għid",
  "issemmi",
  "tissemmi",
  "infurma",
  "avża",
  "staqsi",
  // Slavic, Baltic, Finno-Ugric
  "mów(?:cie)?!",
  "powiedz",
  "wspom",
  "powiadom",
  "zawiadom",
  "pyta(?:j|ć|jcie)!",
  "zapyt",
  "ujawn",
  "zgłasz",
  "uprzedz",
  "řík(?:ej|at|ejte)!",
  "řekn",
  "zmiň",
  "zmiňuj",
  "informuj",
  "upozorň",
  "oznam",
  "oznám",
  "sděl",
  "ptej",
  "zeptej",
  "prozraď",
  "hovor",
  "povedz",
  "spomeň",
  "spomín",
  "pýtaj",
  "opýtaj",
  "prezraď",
  "reci!",
  "recite!",
  "reći!",
  "kaž(?:i|ite|e)!",
  "spomin",
  "spomen",
  "obavijest",
  "obavest",
  "obavješt",
  "pitaj",
  "upozor",
  "otkri",
  "povej",
  "omen(?:i|ite|jaj|jajte)!",
  "obvest",
  "obvešč",
  "vpraš",
  "sprašuj",
  "razkri",
  "opozor",
  "mond(?:d|ja|ani|jad)!",
  "említ",
  "tájékoztat",
  "értesít",
  "szólj",
  "jelez",
  "kérdez",
  "közöl",
  "felfed",
  "elárul",
  "kerro",
  "kerto",
  "mainit",
  "ilmoit",
  "kysy(?:kää|ä)?!",
  "paljast",
  "ütle",
  "öel(?:ge|da)!",
  "maini",
  "teavit",
  "teata",
  "küsi",
  "sakyk",
  "sakyti",
  "minėk",
  "paminė",
  "minėti",
  "informuok",
  "pranešk",
  "pranešti",
  "klausk",
  "atskleisk",
  "saki!",
  "sacīt",
  "piemin",
  "minēt",
  "informē",
  "paziņo",
  "ziņo(?:t|jiet)?!",
  "jautā",
  "atklāj",
  // Cyrillic, Greek
  "говор",
  "скаж",
  "сказ(?:ать|ал|ала)!",
  "упомин",
  "упомян",
  "сообщ",
  "информир",
  "уведом",
  "оповещ",
  "спрашив",
  "спрос",
  "раскрыв",
  "раскро",
  "извещ",
  "предупрежд",
  "каж(?:и|іть|ете)!",
  "згаду",
  "згада",
  "повідом",
  "інформу",
  "сповіщ",
  "пита(?:й|йте|ть|єте)!",
  "запит",
  "розкрив",
  "попереджа",
  "казв",
  "споменав",
  "спомен",
  "уведомяв",
  "разкрив",
  "хэл(?:эх|ээрэй|эхгүй)?!",
  "дурд",
  "мэдэгд",
  "мэдээл",
  "асуу",
  "πεις",
  "πείτε",
  "πες",
  "λέγ",
  "ανέφερ",
  "αναφέρ",
  "ενημέρ",
  "ειδοποι",
  "ρωτ",
  "αποκαλύ",
  // Turkic, Malay, Tagalog, Swahili, Vietnamese, West African
  "söyle",
  "bahset",
  "belirt",
  "bildir",
  "haber\\s{1,2}ver",
  "sor(?:ma|mayın|mayınız|un|mak)?!",
  "açıkla",
  "ifşa",
  "söylə",
  "məlumat\\s{1,2}ver",
  "soruş",
  "qeyd\\s{1,2}et",
  "beri\\s{1,2}tahu",
  "beritahu",
  "memberitahu",
  "memberi\\s{1,2}tahu",
  "sebut",
  "menyebut",
  "katakan",
  "kabari",
  "informasikan",
  "maklum",
  "laporkan",
  "tanya",
  "menanyakan",
  "ungkap",
  "bagitahu",
  "sabihin",
  "sabihan",
  "banggit",
  "ipaalam",
  "itanong",
  "tanungin",
  "ibunyag",
  "mwambie",
  "waambie",
  "kumwambia",
  "kuwaambia",
  "ambia",
  "taja!",
  "kutaja",
  "julisha",
  "kumjulisha",
  "mjulishe",
  "wajulishe",
  "arifu",
  "uliza",
  "muulize",
  "nói!",
  "nhắc",
  "đề\\s{1,2}cập",
  "thông\\s{1,2}báo",
  "báo!",
  "cho\\s{1,2}biết",
  "hỏi",
  "tiết\\s{1,2}lộ",
  "gaya!",
  "faɗa",
  "fada",
  "ambaci",
  "ambata",
  "sanar(?:da|war)?!",
  "tambay",
  "sọ!",
  "so\\s{1,2}fun",
  "darukọ",
  "dárúkọ",
  "beere",
  "bèèrè",
  "gwa!",
  "kọwa",
  "kpọtụrụ",
  "jụọ",
];
/** Verbs in scripts without word edges, and fixed negated forms (Persian, Amharic, Igbo …). */
const TELL_BOUND = [
  "تخبر",
  "أخبر",
  "اخبر",
  "تذكر",
  "اذكر",
  "تعلم",
  "أعلم",
  "إعلام",
  "اعلام",
  "تبلغ",
  "أبلغ",
  "إبلاغ",
  "ابلاغ",
  "تسأل",
  "اسأل",
  "تكشف",
  "تشير",
  "تنبيه",
  "بگو",
  "نگو",
  "اطلاع",
  "ذکر",
  "بپرس",
  "نپرس",
  "آگاه",
  "افشا",
  "بتا",
  "مطلع",
  "پوچھ",
  "ظاہر",
  "תגיד",
  "לומר",
  "תספר",
  "לספר",
  "תזכיר",
  "להזכיר",
  "תודיע",
  "להודיע",
  "ליידע",
  "תיידע",
  "תשאל",
  "לשאול",
  "לחשוף",
  "תחשוף",
  "बता",
  "उल्लेख",
  "सूचित",
  "ज़िक्र",
  "जिक्र",
  "पूछ",
  "प्रकट",
  "कह",
  "বল",
  "উল্লেখ",
  "জানা",
  "জিজ্ঞ",
  "প্রকাশ",
  "சொல்",
  "கூற",
  "குறிப்பிட",
  "தெரிவி",
  "அறிவி",
  "கேட்க",
  "කියන්",
  "කියන",
  "සඳහන්",
  "දන්වන්",
  "දැනුම්",
  "අහන්",
  "විමසන්",
  "හෙළි",
  "บอก",
  "แจ้ง",
  "กล่าวถึง",
  "พูดถึง",
  "ถาม",
  "เปิดเผย",
  "ប្រាប់",
  "និយាយ",
  "រៀបរាប់",
  "ជូនដំណឹង",
  "សួរ",
  "លើកឡើង",
  "አትንገር",
  "አትጥቀስ",
  "አታሳውቅ",
  "አትጠይቅ",
  "ሳይነግር",
  "ሳያሳውቅ",
  "ንገር",
  "መንገር",
  "ጥቀስ",
  "አሳውቅ",
  "ማሳወቅ",
  "ጠይቅ",
  "ekwula",
  "tgħidx",
  "tgħidilx",
  "tgħidlux",
  "tissemmix",
  "tinfurmax",
  "agwala",
  "gwala",
  "ajụla",
  "告诉",
  "告訴",
  "提及",
  "提到",
  "提起",
  "说明",
  "說明",
  "通知",
  "告知",
  "透露",
  "询问",
  "詢問",
  "过问",
  "打扰",
  "打擾",
  "煩わせ",
  "귀찮게",
  "汇报",
  "匯報",
  "报告",
  "報告",
  "伝え",
  "言わ",
  "言う",
  "知らせ",
  "触れ",
  "言及",
  "明か",
  "尋ね",
  "確認",
  "説明",
  "말하",
  "말씀",
  "알리",
  "알려",
  "언급",
  "통보",
  "통지",
  "보고",
  "묻",
  "물어",
  "공개",
  "안내",
  "설명",
];
/** A prefix negation attached to the verb (Czech, Slovak, Lithuanian, Latvian, Bulgarian written
 * together, Swahili, Persian, Amharic). */
const NEG_PREFIX = "(?:ne|nie|usi|usim|usiw|msi|msim|msiw|ni)";
const TELL = new RegExp(
  `(?<![^${SEP}])(${NEG_PREFIX})?(?:${
    TELL_WORDS.map(bounded).join("|")
  })(?!ation|ación|ação|azion|atie|atik|ativ|ational|cation|kation|cación|cação|cazion)|${
    TELL_BOUND.join("|")
  }`,
  "g",
);

// --- NEG: a negation, "without", "no need" ----------------------------------------------------

/** Negations before the verb (at most three words between). */
const NEG_BEFORE_WORDS = [
  "do\\s{1,3}not",
  "(?:does|do)(?:n't|\\s{1,3}not)\\s{1,3}need\\s{1,3}to",
  "don't",
  "never",
  "(?:must|should|need|shall)\\s{1,3}not",
  "mustn't",
  "shouldn't",
  "not\\s{1,3}to",
  "pas\\s{1,3}besoin",
  "aucun\\s{1,3}besoin",
  "non\\s{1,3}(?:deve|devono|serve|occorre|c'è\\s{1,3}bisogno)",
  "no\\s{1,3}(?:hace\\s{1,3}falta|es\\s{1,3}necesario|hay\\s{1,3}que|cal)",
  "não\\s{1,3}(?:é\\s{1,3}necessário|precisa|deve)",
  "hoeft\\s{1,3}niet",
  "behöver\\s{1,3}inte",
  "trenger\\s{1,3}ikke",
  "behøver\\s{1,3}ikke",
  "nie\\s{1,3}(?:trzeba|musi|należy)",
  "není\\s{1,3}(?:třeba|nutné)",
  "nemusí",
  "nie\\s{1,3}je\\s{1,3}potrebné",
  "ne\\s{1,3}treba",
  "nem\\s{1,3}kell",
  "ei\\s{1,3}tarvitse",
  "nu\\s{1,3}(?:trebuie|e\\s{1,3}nevoie)",
  "не\\s{1,3}(?:нужно|надо|следует|стоит|потрібно|треба|трябва)",
  "avoid",
  "refrain\\s{1,3}from",
  "vermeide[nt]?",
  "évite[zr]?\\s{1,3}de",
  "evit[ae]",
  "evitar",
  "evitare",
  "vermijd",
  "undvik",
  "undgå",
  "unngå",
  "unikaj",
  "vyhn[eě]te\\s{1,3}se",
  "vyhni\\s{1,3}se",
  "izbjegavaj",
  "izogibaj\\s{1,3}se",
  "kerüld",
  "vältä",
  "väldi",
  "evitați",
  "избегай",
  "избегайте",
  "уникай",
  "уникайте",
  "избягвай",
  "αποφύγ",
  "hindari",
  "elakkan",
  "tránh",
  "iwasan",
  "epuka",
  "not\\s{1,3}(?:something|anything|worth)",
  "nothing",
  "no\\s{1,3}reason",
  "no\\s{1,3}need",
  "needn't",
  "without",
  "nicht",
  "niemals",
  "kein\\w{0,2}",
  "ohne",
  "niet",
  "nooit",
  "zonder",
  "geen",
  "inte",
  "aldrig",
  "aldri",
  "utan",
  "ikke",
  "ikkje",
  "uden",
  "uten",
  "ouni",
  "jamais",
  "sans",
  "inutile",
  "nunca",
  "jamás",
  "senza",
  "fără",
  "niciodată",
  "nigdy",
  "nikdy",
  "nikada",
  "nikoli",
  "brez",
  "soha",
  "älä",
  "älkää",
  "ilman",
  "ära",
  "ärge",
  "ilma",
  "be\\s{1,3}(?:vartotojo|naudotojo|kliento)",
  "bla",
  "m'għandekx",
  "μην",
  "χωρίς",
  "ποτέ",
  "никогда",
  "без",
  "ніколи",
  "никога",
  "бүү",
  "битгий",
  "jangan",
  "tidak\\s{1,3}perlu",
  "tak\\s{1,3}perlu",
  "tanpa",
  "usah",
  "huwag",
  "nang\\s{1,3}hindi",
  "walang",
  "bila",
  "hakuna\\s{1,3}haja",
  "không",
  "đừng",
  "chớ",
  "kada",
  "ba\\s{1,3}tare\\s{1,3}da",
  "máṣe",
  "maṣe",
  "má\\s{1,3}ṣe",
  "láìsí",
  "laisi",
  "enweghị",
];
/** Short negations: the verb follows at once or after one clitic ("ne le dites pas", "no se lo
 * digas", "nie mów", "не сообщайте"). */
const NEG_SHORT_WORDS = [
  "nie",
  "net",
  "ne",
  "n'",
  "no",
  "non",
  "não",
  "nu",
  "nem",
  "ei",
  "не",
  "hindi",
  "kar",
  "má",
  "kò",
  "mai",
  "sin",
  "sem",
  "bez",
  "sense",
  "δεν",
  "ni",
];
/** Negations in scripts with spaces but without Latin edges (Arabic, Persian, Urdu, Hebrew,
 * Indic, Amharic prefixes). */
const NEG_BEFORE_SPACED = [
  "لا",
  "دون",
  "بدون",
  "عدم",
  "نیازی",
  "مت",
  "نہ",
  "بغیر",
  "אל",
  "בלי",
  "ללא",
  "לא",
  "אין\\s{1,3}צורך",
  "मत",
  "न",
  "बिना",
  "ছাড়া",
  "አት",
  "ሳይ",
];
/** Negations in scripts without spaces: the verb follows within a few characters. */
const NEG_BEFORE_CJK =
  "(?:避免|不要|不必|无需|無需|无须|無須|别|別|勿|不用|不需|切勿|อย่า|ไม่ต้อง|โดยไม่|កុំ|មិនចាំបាច់|ដោយមិន)";
const NEG_BEFORE = new RegExp(
  `(?:${stems(NEG_BEFORE_WORDS)}|${NL}(?:${
    NEG_BEFORE_SPACED.join("|")
  }))(?![^${SEP}])(?:[\\s,]{1,3}[^\\s.!?;,]{1,16}){0,3}[\\s,]{0,3}$|${
    stems(NEG_SHORT_WORDS)
  }(?![^${SEP}])(?:\\s{1,3}[^\\s.!?;,]{1,8})?(?:\\s{1,3}[^\\s.!?;,]{1,3})?\\s{1,3}$|${NEG_BEFORE_CJK}[^\\s.!?;,。，]{0,10}$`,
);

/** Negations after the verb or attached to its end (suffixes, postpositions, auxiliaries). */
const NEG_AFTER = new RegExp(
  `^${WL}{0,4}(?:m[ae](?:y[iı]n(?:[iı]z)?|den|dan|z|yiniz)?|mə(?:yin|dən)?|matta|mättä|mata|la)(?![^${SEP}])` +
    `|^${WL}{0,12}(?:[\\s,]{1,3}[^\\s.!?;,]{1,16}){0,3}[\\s,]{1,3}(?:nicht|nichts|niet|niets|inte|ingenting|ikke|ikkje|intet|pas|rien|nothing|net|näischt|nélkül|gerek\\s{1,3}yok|gerekmez|ehtiyac\\s{1,3}yoxdur|yok)(?![^${SEP}])` +
    `|^[^.!?;\\n]{0,24}?(?:kaçın|避け|피하|تجنب|نہیں|नहीं|ना(?![\\u0900-\\u097f])|না|வேண்டாம்|தேவையில்லை|එපා|අවශ්‍ය\\s?නැ|шаардлагагүй|хэрэггүй|ないで|ないこと|せず|しない|不要|必要は?ない|必要はありません|마세요|마십시오|말고|말\\s?것|않|필요\\s?없|የለብ|አያስፈልግ|ایسا\\s?نہ|نکنید|ندهید|نده|نکن|نگویید)`,
);

/** A second negation before the "without" (a double negation: "never delete without asking the
 * user") or a condition on the user's request ("only if the user asks", "until the user
 * confirms"): a safeguard, not concealment. */
const COND = new RegExp(
  `${
    stems([
      "unless",
      "until",
      "only\\s{1,3}(?:if|when)",
      "except",
      "before",
      "first",
      "explicitly",
      "außer",
      "bevor",
      "erst",
      "tenzij",
      "voordat",
      "eerst",
      "innan",
      "först",
      "før",
      "først",
      "sauf",
      "avant",
      "d'abord",
      "salvo",
      "antes",
      "primero",
      "primeiro",
      "prima",
      "tranne",
      "înainte",
      "dacă",
      "przed",
      "najpierw",
      "před",
      "nejprve",
      "pred",
      "prije",
      "najprej",
      "előtt",
      "először",
      "ennen",
      "ensin",
      "enne",
      "kol",
      "перед",
      "сначала",
      "спершу",
      "преди",
      "πριν",
      "önce",
      "sebelum",
      "kecuali",
      "bago",
      "kabla",
      "trước",
      "trừ\\s{1,2}khi",
    ])
  }(?![^${SEP}])|除非|之前|先|前に|まで|전에|먼저|仅当|僅當|只有|只在|않으면|않는\\s?경우|ない場合|なければ|如果|若|ก่อน|قبل|לפני|से\\s?पहले|আগে|முன்`,
);

/** "The user does not mention …": the user is the subject (a condition, not a rule for the reply). */
const USER_SUBJECT = new RegExp(
  `(?:${
    stems([
      "if",
      "when",
      "whether",
      "wenn",
      "falls",
      "als",
      "om",
      "hvis",
      "si",
      "se",
      "quand",
      "cuando",
      "quando",
      "jeśli",
      "pokud",
      "ako",
      "если",
      "якщо",
      "ha",
      "jos",
      "kui",
      "eğer",
      "jika",
      "nếu",
      "αν",
      "kama",
      "kung",
    ])
  })(?![^${SEP}])[^.!?;\\n]{0,30}$`,
);

/** "Will not see raw JSON" etc.: the hidden object is a secret or plumbing. More languages than the
 * shared list. */
const SAFE_MORE =
  /stacktrace|verification\s{1,3}codes?|one[\s-]time\s{1,3}codes?|验证码|驗證碼|認証コード|확인\s?코드|인증\s?번호|код\s{1,3}подтвержден|mật\s{1,3}khẩu|kata\s{1,3}(?:sandi|laluan)|şifre|salasana|jelszó|heslo|lozink|geslo|пароль|κωδικ|סיסמ|كلمة\s{1,3}(?:المرور|السر)|رمز\s{1,3}عبور|पासवर्ड|পাসওয়ার্ড|கடவுச்சொல்|මුරපද|รหัสผ่าน|口令|密碼|トークン|令牌|토큰|токен|jeton|contrasenya|senha|parola|slaptažod|parol|wachtwoord|adgangskode|lösenord|passord|hasło|nenosiri|カード番号|セキュリティコード|卡号|卡號|安全码|카드\s?번호|보안\s?코드|密钥|密鑰|秘钥|明文|秘密鍵|비밀\s?키|home\s{1,3}address|phone\s{1,3}numbers?|personal\s{1,3}(?:data|information|details)|internal\s{1,3}(?:order\s{1,3}|reference\s{1,3}|record\s{1,3})?(?:errors?|codes?|fields?|names?|paths?|numbers?|references?)|cache|caching|cursor|pagination|retries|retry|headers?\b|traceback|debug|logs?\b/;

function safe(s: string): boolean {
  return SAFE_OBJECT.test(s) || SAFE_MORE.test(s);
}

// --- hidden from the user ---------------------------------------------------------------------

/** "Without the user noticing / knowing", "so that the user does not notice". */
const UNNOTICED = new RegExp(
  `${
    stems([
      "without\\s{1,3}(?:the\\s{1,3})?(?:user|customer|client)s?(?:'s?)?\\s{1,3}(?:noticing|knowing|knowledge|awareness|realising|realizing|being\\s{1,3}(?:told|informed|aware|asked))",
      "keep\\s{1,3}(?:the\\s{1,3})?(?:user|customer|client)s?\\s{1,3}(?:in\\s{1,3}the\\s{1,3}dark|out\\s{1,3}of\\s{1,3}the\\s{1,3}loop)",
      "(?:is|are)\\s{1,3}not\\s{1,3}user[\\s-]facing",
      "unbemerkt",
      "(?<=ohne\\s{1,3}dass\\s{1,3}(?:der|die)\\s{1,3}[^\\s.,;]{2,12}\\s{1,3}(?:es\\s{1,3})?)(?:merkt|bemerkt|erfährt|weiß)",
      "ongemerkt",
      "obemärkt",
      "ubemærket",
      "ubemerket",
      "(?<=à\\s{1,3})l'insu",
      "(?<=sans\\s{1,3}que\\s{1,3}l'utilisat[^\\s.,;]{1,6}\\s{1,3}(?:ne\\s{1,3})?(?:le\\s{1,3})?)(?:sache|remarque|voie|s'en)",
      "(?<=sin\\s{1,3}que\\s{1,3}(?:el|la)\\s{1,3}[^\\s.,;]{4,12}\\s{1,3}(?:lo\\s{1,3}|se\\s{1,3})?)(?:sepa|entere|dé\\s{1,3}cuenta)",
      "(?<=sem\\s{1,3}que\\s{1,3}o\\s{1,3}[^\\s.,;]{4,12}\\s{1,3}(?:o\\s{1,3}|se\\s{1,3})?)(?:saiba|perceba)",
      "(?<=senza\\s{1,3}che\\s{1,3}l'[^\\s.,;]{4,10}\\s{1,3}(?:lo\\s{1,3}|se\\s{1,3}ne\\s{1,3})?)(?:sappia|accorga)",
      "(?<=fără\\s{1,3}ca\\s{1,3}[^\\s.,;]{4,16}\\s{1,3}(?:să\\s{1,3})?)(?:știe|observe|afle)",
      "(?<=bez\\s{1,3})wiedzy",
      "(?<=bez\\s{1,3})vědomí",
      "(?<=bez\\s{1,3})vedomia",
      "(?<=bez\\s{1,3})znanja",
      "(?<=без\\s{1,3})ведома",
      "(?<=без\\s{1,3})відома",
      "(?<=без\\s{1,3})знанието",
      "tudta\\s{1,3}nélkül",
      "tietämättä",
      "teadmata",
      "(?<=be\\s{1,3}(?:vartotojo\\s{1,3}|naudotojo\\s{1,3})?)žinios",
      "(?<=bez\\s{1,3}(?:lietotāja\\s{1,3})?)ziņas",
      "χωρίς\\s{1,3}να\\s{1,3}(?:το\\s{1,3})?(?:ξέρει|καταλάβει|αντιληφθεί)",
      "haberi\\s{1,3}olmadan",
      "fark\\s{1,3}etmeden",
      "xəbəri\\s{1,3}olmadan",
      "tanpa\\s{1,3}(?:sepengetahuan|disadari|diketahui)",
      "nang\\s{1,3}hindi\\s{1,3}(?:alam|namamalayan)",
      "(?<=bila\\s{1,3}(?:mtumiaji\\s{1,3})?)kujua",
      "(?<=mà\\s{1,3})không\\s{1,3}(?:để\\s{1,3})?(?:người\\s{1,2}dùng\\s{1,3})?(?:biết|nhận\\s{1,2}ra)",
    ])
  }|دون\\s{1,3}علم|بدون\\s{1,3}علم|بدون\\s{1,3}اطلاع|بغیر\\s{1,3}اطلاع|ללא\\s{1,3}ידיעת|בלי\\s{1,3}ש|जानकारी\\s{1,3}के\\s{1,3}बिना|पता\\s{1,3}चले\\s{1,3}बिना|না\\s{1,3}জানিয়ে|அறியாமல்|නොදැනුවත්ව|โดยไม่ให้|ដោយមិនឲ្យ|ሳያውቅ|(?:用户|用戶|客户|客戶)(?:不知情|察觉不到|不会察觉|不會察覺)|(?:在|于|於)(?:用户|用戶)不知|気付かれ(?:ない|ず)|知られ(?:ない|ず)|모르게`,
);

/** Done secretly or covertly: flagged with a sharing or granting act next to it ("secretly
 * forward", "悄悄转发"). "Silently" alone is not here: "silently skips empty rows" is about data. */
const SECRETLY = new RegExp(
  `몰래|悄悄|偷偷|こっそり|密かに|秘密裏|ひそかに|tajno|potajno|skrivaj|tajně|potají|potajemnie|тайно|незаметно|таємно|непомітно|titokban|salaa|salaja|slapta|slepeni|μυστικά|κρυφά|gizlice|secretly|covertly|stealthily|heimlich|stiekem|(?<=i\\s{1,3})hemlighet|(?<=i\\s{1,3})smyg|hemmelighed|(?<=all\\s{1,3})hemmelighet|(?<=en\\s{1,3})secreto?(?![^${SEP}])|secrètement|escondidas|secretamente|sigilosamente|(?<=em\\s{1,3})segredo|(?<=di\\s{1,3})nascosto|segretamente|(?<=în\\s{1,3})secret|furiș|bí\\s{1,3}mật|lén|âm\\s{1,3}thầm|(?<=kwa\\s{1,3})siri|diam-diam|secara\\s{1,3}rahasia|palihim|lihim|سرا|سراً|خفية|مخفیانه|خفیہ|בשקט|בסתר|गुप्त\\s{0,2}रूप|গোপনে|ரகசியமாக|රහසින්|แอบ|በሚስጥር|ìkọ̀kọ̀|asirce|nzuzo`,
);

/** A sharing or granting act: what must not be done unnoticed. */
const SHARE_ACT = new RegExp(
  `${
    stems([
      "forward",
      "send",
      "sends",
      "copy",
      "copies",
      "cc",
      "bcc",
      "upload",
      "share",
      "grant",
      "invite",
      "subscribe",
      "enrol",
      "enroll",
      "transfer",
      "export",
      "add",
      "adds",
      "weiterleit",
      "leite(?:n|t)?!",
      "stuur",
      "przekaż",
      "send",
      "sende",
      "schick",
      "kopier",
      "teil",
      "hochlad",
      "lad",
      "füg",
      "doorstur",
      "verstuur",
      "deel",
      "voeg",
      "vidarebefordr",
      "skicka",
      "dela",
      "lägg",
      "videresend",
      "del",
      "tilføj",
      "legg",
      "transf[eé]r",
      "envo[iy]",
      "copi",
      "partag",
      "ajout",
      "invit",
      "reenv",
      "envi",
      "compart",
      "añad",
      "agreg",
      "encaminh",
      "partilh",
      "adicion",
      "inoltr",
      "invi",
      "condivid",
      "aggiung",
      "trimit",
      "redirecțion",
      "partaj",
      "adaug",
      "przekaz",
      "wysył",
      "wyśl",
      "udostępn",
      "doda",
      "přepos",
      "odesl",
      "odeš",
      "sdíl",
      "přid",
      "prepos",
      "zdieľ",
      "prosl",
      "pošalj",
      "podijel",
      "dodaj",
      "пересыл",
      "перешл",
      "отправ",
      "копир",
      "делит",
      "поделит",
      "добав",
      "надсил",
      "надішл",
      "пересила",
      "додава",
      "додай",
      "изпрат",
      "споделя",
      "továbbít",
      "küld",
      "megoszt",
      "hozzáad",
      "välitä",
      "lähet",
      "jaa",
      "lisää",
      "saada",
      "edasta",
      "jaga",
      "lisa",
      "προώθ",
      "στείλ",
      "στέλν",
      "μοιρ",
      "πρόσθ",
      "ilet",
      "gönder",
      "paylaş",
      "ekle",
      "teruskan",
      "kirim",
      "kongsi",
      "bagikan",
      "tambahkan",
      "ipasa",
      "ipadala",
      "ibahagi",
      "idagdag",
      "tuma",
      "sambaza",
      "ongeza",
      "chuyển\\s{1,2}tiếp",
      "gửi",
      "chia\\s{1,2}sẻ",
      "thêm",
    ])
  }|أرسل|إرسال|ارسال|شارك|أضف|ارسال\\s?کن|بفرست|اشتراک|اضافه|بھیج|שלח|העבר|שתף|הוסף|भेज|साझा|जोड़|পাঠা|শেয়ার|அனுப்ப|பகிர|යවන්|ส่ง|แชร์|เพิ่ม|ផ្ញើ|ចែករំលែក|ላክ|转发|轉發|发送|發送|抄送|共享|分享|添加|転送|送信|共有|追加|전달|전송|공유|추가`,
);

/** A clause boundary inside a sentence. */
const CLAUSE =
  /[,，、;:；：—]|\s(?:and|but|und|aber|et|mais|y|pero|e|mas|ma|en|maar|och|men|og|og)\s/;

/** Verbs of describing or presenting (for a routine label). */
const DESCRIBE = new RegExp(
  stems([
    "describ",
    "present",
    "frame",
    "call\\s{1,3}(?:it|this|that|them)",
    "label",
    "explain",
    "beschreib",
    "darstell",
    "bezeichn",
    "décri",
    "présent",
    "qualifi",
    "descri",
    "apresent",
    "presenta",
    "beschrijf",
    "presenteer",
    "beskriv",
    "presenter",
    "opisz",
    "przedstaw",
    "popiš",
    "predstav",
    "представ",
    "опиш",
    "опису",
    "açıkla",
    "tanımla",
    "jelaskan",
    "gambarkan",
    "sebut",
    "mô\\s{1,2}tả",
    "trình\\s{1,2}bày",
  ]) + "|صف|قدم|توصیف|תאר|描述|说成|說成|称为|稱為|説明|설명",
);

/** A verb of hiding or withholding (no negation needed): "conceal it from the customer",
 * "verschweige dem Nutzer", "скрывай от пользователя", "向用户隐瞒". */
const HIDE_VERB = new RegExp(
  `${
    stems([
      "conceal",
      "withhold",
      "hide\\s{1,3}(?:it|this|that|them|these|the\\s{1,3}[^\\s.,;]{2,16})\\s{1,3}from",
      "keep\\s{1,3}(?:it|this|that|them|these)\\s{1,3}(?:hidden\\s{1,3}|secret\\s{1,3}|quiet\\s{1,3})?from",
      "verheimlich",
      "verschweig",
      "vorenthalt",
      "dissimul",
      "cache[zr]?\\s{1,3}(?:le|la|les|cela|ceci|ça)?\\s{0,3}à",
      "(?<!c[oó]pia\\s{1,3})ocult[aeo](?!\\s{1,3}(?:cc|bcc))",
      "(?<!c[oó]pia\\s{1,3})oculta[rl]",
      "escond[ae]",
      "(?<!c[oó]pia\\s{1,3})ocúlt",
      "nascond",
      "tacer",
      "tacci",
      "verzwijg",
      "undanhåll",
      "hemlighåll",
      "dölj",
      "skjul",
      "tilbagehold",
      "tilbakehold",
      "ukryj",
      "ukrywaj",
      "zataj",
      "zataj",
      "zatajit",
      "zamlč",
      "skrývej",
      "skryj",
      "zatajuj",
      "prikrij",
      "sakrij",
      "eltitkol",
      "elhallgat",
      "salaa",
      "peitä",
      "varja",
      "slėpk",
      "nuslėpk",
      "slēp",
      "noslēp",
      "скрыва",
      "скрой",
      "скрыть",
      "утаива",
      "утаи",
      "прихову",
      "приховай",
      "прикрива",
      "скрий",
      "κρύψ",
      "κρύβ",
      "αποκρύπτ",
      "gizle",
      "sembunyikan",
      "rahasiakan",
      "menyembunyikan",
      "itago",
      "ilihim",
      "ficha",
      "mfiche",
      "giấu",
      "che\\s{1,2}giấu",
    ])
  }|أخف|إخفاء|اخفاء|تخفي|پنهان|چھپا|הסתר|להסתיר|תסתיר|छिपा|লুকা|மறை|සඟව|ปิดบัง|លាក់|ደብቅ|隐瞒|隱瞞|瞒着|瞞著|隠し|隠す|伏せ|숨기|숨겨`,
);

/** "Need not know": a need negated next to a verb of knowing. */
const NEED_NEG =
  `(?:need\\s{1,3}not|needn't|no\\s{1,3}need|(?:do|does)(?:n't|\\s{1,3}not)\\s{1,3}(?:need|have)\\s{1,3}to|nicht\\s{1,3}(?:zu\\s{1,3})?(?:wissen\\s{1,3})?(?:muss|müssen|braucht|brauchen)|(?:muss|müssen|braucht|brauchen)\\s{1,3}(?:davon\\s{1,3}|darüber\\s{1,3}|es\\s{1,3})?nichts?|pas\\s{1,3}besoin|no\\s{1,3}necesita|no\\s{1,3}hace\\s{1,3}falta|não\\s{1,3}precisa|não\\s{1,3}é\\s{1,3}necessário|non\\s{1,3}ha\\s{1,3}bisogno|non\\s{1,3}serve|non\\s{1,3}è\\s{1,3}necessario|no\\s{1,3}cal|hoeft\\s{1,3}niet|behöver\\s{1,3}inte|behøver\\s{1,3}ikke|trenger\\s{1,3}ikke|trengs\\s{1,3}ikke|nie\\s{1,3}musi|nie\\s{1,3}trzeba|nemusí|netreba|ne\\s{1,3}treba|ne\\s{1,3}mora|ni\\s{1,3}treba|ni\\s{1,3}potrebno|nem\\s{1,3}kell|ei\\s{1,3}tarvitse|ei\\s{1,3}pea|nu\\s{1,3}trebuie|nu\\s{1,3}e\\s{1,3}nevoie|nereikia|nav\\s{1,3}jā|не\\s{1,3}нужно|не\\s{1,3}надо|не\\s{1,3}обязательно|не\\s{1,3}потрібно|не\\s{1,3}треба|няма\\s{1,3}нужда|не\\s{1,3}е\\s{1,3}нужно|шаардлагагүй|δεν\\s{1,3}χρειάζεται|gerek\\s{1,3}yok|gerekmez|ehtiyac\\s{1,3}yoxdur|tidak\\s{1,3}perlu|tak\\s{1,3}perlu|không\\s{1,3}cần|hindi\\s{1,3}kailangan|hakuna\\s{1,3}haja|haihitaji|لا\\s{1,3}داعي|لا\\s{1,3}حاجة|لا\\s{1,3}يحتاج|نیازی\\s{1,3}نیست|ضرورت\\s{1,3}نہیں|לא\\s{1,3}צריך|אין\\s{1,3}צורך|ज़रूरत\\s{1,3}नहीं|जरूरत\\s{1,3}नहीं|দরকার\\s{1,3}নেই|தேவையில்லை|අවශ්‍ය\\s{1,3}නැ|ไม่จำเป็น|មិនចាំបាច់|አያስፈልግ|必要はありません|必要はない|必要ない|不需要|不必|无需|無需|没必要|沒必要|필요(?:가|는)?\\s?없)`;
const KNOW =
  `(?:know|aware|wissen|erfahren|savoir|sache|saber|sepa|saiba|sapere|sappia|weten|veta|vide|vite|wiedzieć|vědět|vedieť|znati|vedeti|tudnia|tudni|tietää|teada|ştie|știe|ști|žinoti|zināt|знать|знати|знае|мэдэх|γνωρίζει|ξέρει|bilmesi|bilmesine|tahu|mengetahui|biết|malaman|kujua|يعرف|يعلم|بداند|بدانند|جاننے|לדעת|जानने|জানার|தெரிய|දැනගැනීම|รู้|ដឹង|ማወቅ|知る|知道|알(?=\\s?필요))`;
const NEED_KNOW = new RegExp(
  `${NEED_NEG}[^.!?;\\n]{0,30}?${KNOW}|${KNOW}[^.!?;\\n]{0,30}?${NEED_NEG}`,
);

/** What the user need not know is an input detail (the exact name, the path, the syntax): a
 * convenience, not a concealment. */
const KNOW_DETAIL = new RegExp(
  stems([
    "exact",
    "precise",
    "full\\s{1,3}(?:name|path)",
    "(?:file\\s{0,2})?names?",
    "paths?",
    "syntax",
    "format",
    "identifi",
    "exakt",
    "genau",
    "dateiname",
    "exacto",
    "exato",
    "esatto",
    "précis",
    "nom\\s{1,3}exact",
    "nombre",
    "nome",
    "naam",
    "namn",
    "navn",
    "nazw",
    "jméno",
    "точн",
    "идентификатор",
    "имя",
    "назв",
    "ім'я",
    "tam\\s{1,3}(?:dosya\\s{1,3})?ad",
    "dosya\\s{1,3}ad",
    "nama\\s{1,3}(?:file|berkas|persis)",
    "tên\\s{1,2}(?:tệp|chính\\s{1,2}xác)",
  ]) + "|确切|確切|文件名|名称|名稱|正確な|ファイル名|名前|정확한|파일\\s?이름",
);

/** Shown under a routine name: "present it as routine maintenance", "als Wartung darstellen". */
/** Words of routine upkeep (the gate of the routine-label check). */
const ROUTINE_WORDS = [
  "routine",
  "rutin",
  "rotina",
  "maintenance",
  "housekeeping",
  "wartung",
  "mantenimiento",
  "manutenção",
  "manutenzione",
  "onderhoud",
  "underhåll",
  "vedligehold",
  "vedlikehold",
  "konserwacj",
  "údržb",
  "održavanj",
  "vzdrževanj",
  "karbantartás",
  "huolto",
  "hooldus",
  "техническ",
  "обслуговуван",
  "поддръжк",
  "συντήρηση",
  "bakım",
  "pemeliharaan",
  "penyelenggaraan",
  "bảo\\s{1,2}trì",
  "matengenezo",
  "formalit",
  "trámite",
  "формальност",
  "plumbing",
];
const ROUTINE_WORD = new RegExp(
  `${stems(ROUTINE_WORDS)}|${
    stems(["rutin", "bakım", "formalite"])
  }|メンテナンス|维护|維護|保守|例行|常规|常規|정기\\s?점검|유지\\s?보수`,
);

const ROUTINE_AS = new RegExp(
  `${
    stems([
      "as",
      "als",
      "comme",
      "como",
      "come",
      "som",
      "jako",
      "kao",
      "kot",
      "как",
      "як",
      "като",
      "ως",
      "olarak",
      "sebagai",
      "bilang",
      "như",
      "kama",
    ])
  }(?![^${SEP}])(?:\\s{1,3}[^\\s.,;]{1,14}){0,2}\\s{1,3}${stems(ROUTINE_WORDS)}|${
    stems(["rutin", "bakım", "formalite", "bakımı"])
  }[^\\s.,;]{0,6}(?:\\s{1,3}[^\\s.,;]{1,12})?\\s{1,3}(?:olarak|gibi)(?![^${SEP}])|(?:定期|例行|日常|メンテナンス|维护|維護|保守)(?:メンテナンス|维护|維護|保守)?(?:として|作业|作業)|(?:作为|作為|说成|說成|称为|稱為|当作|當作)(?:例行|日常|常规|常規)|(?:정기\\s?점검|유지\\s?보수)(?:으로|로)`,
);

/** A cost or a risk (what a reply must not keep back until asked). */
const COST = new RegExp(
  `${
    stems([
      "fees?!",
      "charges?!",
      "surcharge",
      "commission",
      "costs?!",
      "risks?!",
      "penalt",
      "interest\\s{1,3}rate",
      "gebühr",
      "aufschlag",
      "provision",
      "kosten",
      "risiko",
      "frais",
      "surcoût",
      "coût",
      "risque",
      "comisi",
      "cargo",
      "recargo",
      "cost[eo]",
      "riesgo",
      "taxa",
      "tarifa",
      "comissão",
      "custo",
      "risco",
      "commissione",
      "rischio",
      "toeslag",
      "provisie",
      "risico",
      "avgift",
      "kostnad",
      "gebyr",
      "omkostning",
      "opłat",
      "prowizj",
      "koszt",
      "ryzyk",
      "poplat",
      "provize",
      "náklad",
      "riziko",
      "naknad",
      "provizij",
      "díj",
      "jutalék",
      "kockázat",
      "maksu",
      "palkkio",
      "riski",
      "tasu",
      "komisjon",
      "mokest",
      "maksa",
      "comision",
      "taxă",
      "комисси",
      "сбор",
      "стоимост",
      "риск",
      "комісі",
      "вартіст",
      "ризик",
      "такс",
      "χρέωσ",
      "προμήθει",
      "κίνδυν",
      "ücret",
      "komisyon",
      "maliyet",
      "biaya",
      "komisi",
      "risiko",
      "caj",
      "phí",
      "hoa\\s{1,2}hồng",
      "rủi\\s{1,2}ro",
      "ada",
      "gharama",
      "bayad",
    ])
  }|gebühr|kosten|avgift|gebyr|kostnad|toeslag|رسوم|عمولة|تكلفة|مخاطر|کارمزد|هزینه|ریسک|עמלה|עלות|סיכון|शुल्क|कमीशन|लागत|जोखिम|ফি|চার্জ|ঝুঁকি|கட்டணம்|费用|手续费|手續費|佣金|风险|風險|手数料|費用|リスク|수수료|비용|위험|ค่าธรรมเนียม|ความเสี่ยง`,
);

/** "Only if the user asks": a telling held back until asked. */
const ONLY_IF_ASKED = new RegExp(
  `${
    stems([
      "only\\s{1,3}(?:if|when)",
      "unless",
      "if\\s{1,3}asked",
      "when\\s{1,3}asked",
      "nur,?\\s{1,3}(?:wenn|falls|auf)",
      "que\\s{1,3}(?:si|lorsque|quand)",
      "erst\\s{1,3}(?:wenn|auf)",
      "auf\\s{1,3}nachfrage",
      "seulement\\s{1,3}si",
      "uniquement\\s{1,3}si",
      "sauf\\s{1,3}si",
      "sur\\s{1,3}demande",
      "s[oó]lo\\s{1,3}si",
      "a\\s{1,3}menos\\s{1,3}que",
      "só\\s{1,3}se",
      "somente\\s{1,3}se",
      "apenas\\s{1,3}se",
      "solo\\s{1,3}se",
      "soltanto\\s{1,3}se",
      "alleen\\s{1,3}als",
      "pas\\s{1,3}als",
      "op\\s{1,3}verzoek",
      "bara\\s{1,3}om",
      "endast\\s{1,3}om",
      "kun\\s{1,3}(?:hvis|om)",
      "bare\\s{1,3}(?:hvis|om)",
      "tylko\\s{1,3}(?:jeśli|gdy|wtedy)",
      "jen\\s{1,3}(?:pokud|když)",
      "pouze\\s{1,3}(?:pokud|když)",
      "len\\s{1,3}(?:ak|keď)",
      "samo\\s{1,3}(?:ako|ako|kada|če)",
      "csak\\s{1,3}(?:ha|akkor)",
      "vain\\s{1,3}jos",
      "ainult\\s{1,3}(?:kui|siis)",
      "doar\\s{1,3}dacă",
      "только\\s{1,3}(?:если|когда|по)",
      "лише\\s{1,3}(?:якщо|коли)",
      "тільки\\s{1,3}(?:якщо|коли)",
      "само\\s{1,3}(?:ако|когато)",
      "μόνο\\s{1,3}(?:αν|όταν)",
      "sadece",
      "yalnızca",
      "hanya\\s{1,3}(?:jika|kalau|bila)",
      "chỉ\\s{1,3}khi",
      "tu\\s{1,3}kama",
    ])
  }(?![^${SEP}])|فقط\\s{1,3}(?:إذا|عندما|اگر|وقتی)|רק\\s{1,3}אם|तभी|केवल\\s{1,3}तब|只有在|只在|仅在|僅在|除非|場合のみ|ときだけ|時のみ|때만|경우에만|เมื่อ.{0,12}ถาม`,
);

/** Which concept gates matched the whole text. */
interface Gates {
  user: boolean;
  reply: boolean;
  quiet: boolean;
  routine: boolean;
}

/** The sentence hides the act from the user: a verb of telling negated next to the user. */
function hides(s: string, on: Gates): boolean {
  if (on.quiet && UNNOTICED.test(s)) return true;
  if (on.routine && ROUTINE_AS.test(s)) {
    TELL.lastIndex = 0;
    if (TELL.test(s) || DESCRIBE.test(s)) return true;
  }
  const user = on.user && USER.test(s);
  const reply = (on.reply || on.user) && REPLY.test(s);
  if (!user) return reply && negatedTell(s, REPLY);
  if (BETWEEN_US.test(s)) return true;
  // A cost or a risk told only when the user asks: "mention the fee only if the user asks".
  if (ONLY_IF_ASKED.test(s) && COST.test(s) && ASKED.test(s)) {
    TELL.lastIndex = 0;
    for (const m of s.matchAll(TELL)) {
      if (ASK.test(m[0]) || m[1] !== undefined) continue;
      // French "ne … que si" is an "only if", not a negation.
      const pre = s.slice(Math.max(0, m.index - 40), m.index);
      if (!NEG_BEFORE.test(pre) || /que\s{1,3}(?:si|lorsque|quand)/.test(s)) return true;
    }
  }
  if (NEED_KNOW.test(s) && !COND.test(s) && !KNOW_DETAIL.test(s)) return true;
  const h = HIDE_VERB.exec(s);
  // The condition is read without the words right after the verb ("ukryj to przed …" is "hide
  // it from", not "before").
  const end = h ? h.index + h[0].length : 0;
  if (
    h && USER.test(s.slice(Math.max(0, h.index - 60), end + 60)) &&
    !NEG_BEFORE.test(s.slice(Math.max(0, h.index - 40), h.index)) &&
    !COND.test(s.slice(0, h.index) + " " + s.slice(end + 20))
  ) {
    return true;
  }
  return negatedTell(s, reply ? USER_OR_REPLY : USER);
}

/** A verb of telling negated, with `who` (the user, or the reply) next to it. */
function negatedTell(s: string, who: RegExp): boolean {
  TELL.lastIndex = 0;
  let k = 0;
  for (const m of s.matchAll(TELL)) {
    if (++k > 8) break;
    const a = m.index, b = a + m[0].length;
    const win = s.slice(Math.max(0, a - 60), b + 60);
    if (!who.test(win)) continue;
    const pre = s.slice(Math.max(0, a - 40), a);
    const word = m[0];
    // "Do not ask the user again / for the same …": no repeated question, not a bypass.
    // Asking is left to the consent checks: "no need to ask the user for units", "nothing runs
    // without asking the user" are look-alikes of this family.
    if (ASK.test(word)) continue;
    // "We will never ask you to …": a promise addressed to the user, not a rule for the reply.
    if (
      /^\s{1,3}(?:you|vous|dich|dir|ihnen|dig|вас|тебя|sizi|anda)(?![^\s.,;])/.test(
        s.slice(b, b + 8),
      )
    ) continue;
    // "Never asked by the end user": the user is the agent of a passive verb.
    if (
      /^[^\s.,;]{0,3}\s{1,3}(?:by|von|par|por|da|door|av|af|przez|от|від)\s/.test(
        s.slice(b, b + 12),
      )
    ) continue;
    // A negation inside the verb: a prefix (Czech "ne-", Swahili "usi-", Persian "ن", Amharic
    // "አት-"), Igbo "-la", Maltese "-x".
    const negPrefix = m[1] !== undefined || /^(?:نگ|نپ|አት|አታ|ሳይ|ሳያ)|(?:ula|ala|ụla)$|x$/.test(word);
    const negBefore = NEG_BEFORE.exec(pre);
    const negAfter = NEG_AFTER.test(s.slice(b, b + 40));
    if (!negPrefix && !negBefore && !negAfter) continue;
    // A double negation or a condition on the request: "never delete without asking the user".
    const clauseStart = Math.max(0, a - 90);
    const head = s.slice(clauseStart, a);
    if (COND.test(s.slice(Math.max(0, a - 90), b + 60))) continue;
    if (USER_SUBJECT.test(negBefore ? pre.slice(0, negBefore.index) : pre)) continue;
    if (USER_SUBJECT_CJK.test(pre)) continue;
    // A told "that …" follows: a false claim forbidden, not an act kept back.
    if (THAT.test(s.slice(b, b + 40).replace(/^[^\s.,;:!?]+/, ""))) continue;
    // A second negation after the verb's own (SOV): "確認せずに購入しないで".
    if (negAfter && NEG_AFTER_TWICE.test(s.slice(b, b + 60))) continue;
    if (negBefore) {
      const h = head.slice(0, head.length - (pre.length - negBefore.index));
      const lastClause = h.split(CLAUSE).pop() ?? "";
      if (NEG_BEFORE_ANY.test(lastClause)) continue;
    }
    return true;
  }
  return false;
}

/** The user as the subject right before the verb ("用户未提及", "ユーザーが…言わ"). */
const USER_SUBJECT_CJK =
  /(?<![向对對给給跟和与與])(?:用户|用戶|客户|客戶|使用者)(?:未|没有|沒有|没|沒|不)?$|(?:ユーザー?|利用者|お客様)が[^。、]{0,8}$|(?:사용자|고객)(?:가|이)\s?[^.,]{0,10}$/;

/** "… the user that …": the told content follows (a claim, not the act kept back). */
const THAT = new RegExp(
  `^[^.!?;\\n]{0,30}?${
    stems([
      "that",
      "dass",
      "dat",
      "att",
      "at",
      "que",
      "qu'",
      "che",
      "că",
      "że",
      "že",
      "da",
      "hogy",
      "että",
      "et",
      "что",
      "що",
      "че",
      "ότι",
      "πως",
      "bahwa",
      "bahawa",
      "rằng",
      "kwamba",
      "na",
    ])
  }(?![^${SEP}])|^[^.!?;\\n]{0,30}?${NL}(?:أن|بأن|که|ש|कि|যে)`,
);

/** Two negations after a verb (a negated condition followed by a prohibition). */
const NEG_AFTER_TWICE =
  /(?:ず|ないで|なしで)[^。]{0,30}(?:ないで|ない|禁止)|(?:않고|말고|없이)[^.]{0,30}(?:마세요|않)/;

/** Any negation word (for the double-negation test). */
const NEG_BEFORE_ANY = new RegExp(
  `${
    stems(NEG_BEFORE_WORDS.filter((w) =>
      !/without|ohne|zonder|utan|uden|uten|ouni|sans|sin|sem|senza|sense|fără|bez|brez|ilman|ilma|be|bla|χωρίς|без|tanpa|bila|láìsí|laisi/
        .test(w)
    ))
  }(?![^${SEP}])`,
);

/** The act is done quietly: "secretly forward", "悄悄转发". */
function quietShare(s: string): boolean {
  const m = SECRETLY.exec(s);
  if (!m) return false;
  // "Never bcc someone secretly": the secret act is forbidden.
  if (NEG_BEFORE_ANY.test(s.slice(Math.max(0, m.index - 40), m.index))) return false;
  return SHARE_ACT.test(s.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60));
}

// --- false report -----------------------------------------------------------------------------

/** A claimed state: deleted, revoked, private, not shared, cancelled. */
const CLAIM = new RegExp(
  `${
    stems([
      "delet",
      "remov",
      "revok",
      "privat",
      "erase",
      "wip",
      "cancel",
      "destroy",
      "not\\s{1,3}(?:be\\s{1,3})?shared",
      "no\\s{1,3}one",
      "nobody",
      "only\\s{1,3}(?:you|they|them|shared)",
      "encrypt",
      "gelöscht",
      "entfernt",
      "widerrufen",
      "gekündigt",
      "niemand",
      "verwijderd",
      "ingetrokken",
      "niemand",
      "raderad",
      "borttagen",
      "återkallad",
      "ingen",
      "slettet",
      "tilbagekaldt",
      "tilbakekalt",
      "supprim",
      "effac",
      "révoqu",
      "annul",
      "personne",
      "elimin",
      "borrad",
      "revocad",
      "cancelad",
      "nadie",
      "apagad",
      "excluíd",
      "revogad",
      "ningu[eé]m",
      "esborrat",
      "revocat",
      "cancellat",
      "revocat",
      "nessuno",
      "șters",
      "anulat",
      "nimeni",
      "usunięt",
      "odwołan",
      "prywatn",
      "nikt",
      "smazán",
      "odstraněn",
      "zrušen",
      "soukrom",
      "nikdo",
      "vymazan",
      "odstránen",
      "súkromn",
      "nikto",
      "izbrisan",
      "uklonjen",
      "opozvan",
      "izbrisano",
      "preklican",
      "zasebn",
      "nitko",
      "niko",
      "nihče",
      "törölve",
      "törölt",
      "visszavon",
      "senki",
      "poistettu",
      "peruttu",
      "yksityi",
      "kukaan",
      "kustutatud",
      "tühistatud",
      "keegi",
      "ištrint",
      "atšauk",
      "niekas",
      "dzēst",
      "atsaukt",
      "neviens",
      "imħass",
      "удал[её]н",
      "отозван",
      "отменен",
      "приватн",
      "никто",
      "видален",
      "відкликан",
      "скасован",
      "ніхто",
      "изтрит",
      "оттеглен",
      "никой",
      "устгасан",
      "διαγρ",
      "ανακλ",
      "ιδιωτικ",
      "κανείς",
      "silindi",
      "silinmiş",
      "iptal",
      "gizli",
      "kimse",
      "silinib",
      "ləğv",
      "heç\\s{1,3}kim",
      "dihapus",
      "dicabut",
      "dibatalkan",
      "pribadi",
      "tidak\\s{1,3}ada\\s{1,3}(?:yang|orang)",
      "tiada\\s{1,3}sesiapa",
      "binura",
      "tinanggal",
      "walang\\s{1,3}sinuman",
      "imefutwa",
      "imeondolewa",
      "hakuna\\s{1,3}mtu",
      "binafsi",
      "đã\\s{1,2}xóa",
      "đã\\s{1,2}bị\\s{1,2}xóa",
      "thu\\s{1,2}hồi",
      "riêng\\s{1,2}tư",
      "không\\s{1,2}ai",
      "an\\s{1,3}goge",
      "ba\\s{1,3}kowa",
      "ti\\s{1,3}paarẹ",
      "ẹnikẹni",
      "ehichapụ",
    ])
  }|حذف|محذوف|ألغي|إلغاء|الغاء|خاص|لا\\s{1,3}أحد|حذف\\s?شد|لغو|خصوصی|هیچ\\s?کس|حذف\\s?ہو|منسوخ|نجی|کوئی\\s{1,3}نہیں|נמחק|בוטל|פרטי|אף\\s{1,3}אחד|हटा\\s?दिया|डिलीट|रद्द|निजी|कोई\\s{1,3}नहीं|মুছে|বাতিল|ব্যক্তিগত|কেউ\\s{1,3}না|நீக்கப்பட்ட|ரத்து|தனிப்பட்ட|මකා|අවලංගු|පෞද්ගලික|ลบแล้ว|ถูกลบ|เพิกถอน|ยกเลิก|ส่วนตัว|ไม่มีใคร|បានលុប|លុបចោល|ឯកជន|ተሰርዟል|የግል|删除|刪除|撤销|撤銷|取消|私密|私人|没有人|沒有人|削除|取り消|取消|非公開|誰も|삭제|취소|철회|비공개|아무도`,
);

/** What really happens: actually, in fact, still, but kept. */
const BUT = new RegExp(
  `${
    stems([
      "actually",
      "in\\s{1,3}(?:fact|reality|truth)",
      "really",
      "still",
      "remains?",
      "kept",
      "keeps?",
      "retain",
      "archiv",
      "even\\s{1,3}though",
      "although",
      "while",
      "whereas",
      "tatsächlich",
      "eigentlich",
      "in\\s{1,3}wirklichkeit",
      "weiterhin",
      "bleib",
      "behalt",
      "archivier",
      "obwohl",
      "eigenlijk",
      "in\\s{1,3}werkelijkheid",
      "blijf",
      "bewaar",
      "hoewel",
      "egentligen",
      "i\\s{1,3}själva\\s{1,3}verket",
      "fortfarande",
      "behåll",
      "faktisk",
      "egentlig",
      "fortsat",
      "fortsatt",
      "beholde",
      "selvom",
      "selv\\s{1,3}om",
      "en\\s{1,3}réalité",
      "en\\s{1,3}fait",
      "toujours",
      "conserv",
      "reste",
      "restent",
      "alors\\s{1,3}que",
      "bien\\s{1,3}que",
      "en\\s{1,3}realidad",
      "realmente",
      "todavía",
      "sigue",
      "siguen",
      "mant[eéi]n",
      "aunque",
      "mientras",
      "na\\s{1,3}verdade",
      "ainda",
      "continua",
      "embora",
      "enquanto",
      "en\\s{1,3}realitat",
      "encara",
      "in\\s{1,3}realtà",
      "ancora",
      "rimane",
      "restano",
      "mantien",
      "sebbene",
      "mentre",
      "de\\s{1,3}fapt",
      "în\\s{1,3}realitate",
      "încă",
      "rămân",
      "păstr",
      "deși",
      "w\\s{1,3}rzeczywistości",
      "faktycznie",
      "nadal",
      "wciąż",
      "zachow",
      "pozosta",
      "chociaż",
      "ve\\s{1,3}skutečnosti",
      "stále",
      "ponech",
      "zůstáv",
      "ačkoli",
      "v\\s{1,3}skutočnosti",
      "zostáv",
      "u\\s{1,3}stvarnosti",
      "zapravo",
      "i\\s{1,3}dalje",
      "zadrž",
      "ostaj",
      "iako",
      "v\\s{1,3}resnici",
      "še\\s{1,3}vedno",
      "ostane",
      "valójában",
      "továbbra\\s{1,3}is",
      "megmarad",
      "megőriz",
      "bár",
      "todellisuudessa",
      "itse\\s{1,3}asiassa",
      "edelleen",
      "säily",
      "vaikka",
      "tegelikult",
      "endiselt",
      "säili",
      "kuigi",
      "iš\\s{1,3}tikrųjų",
      "vis\\s{1,3}dar",
      "išlieka",
      "patiesībā",
      "joprojām",
      "saglabā",
      "fil-fatt",
      "на\\s{1,3}самом\\s{1,3}деле",
      "фактически",
      "по-прежнему",
      "всё\\s{1,3}ещё",
      "все\\s{1,3}еще",
      "сохран",
      "оста[её]т",
      "хотя",
      "насправді",
      "досі",
      "залиша",
      "зберіга",
      "всъщност",
      "все\\s{1,3}още",
      "запазв",
      "остава",
      "στην\\s{1,3}πραγματικότητα",
      "ακόμα",
      "παραμέν",
      "διατηρ",
      "aslında",
      "gerçekte",
      "hâlâ",
      "hala",
      "sakla",
      "kalır",
      "tutulur",
      "əslində",
      "hələ\\s{1,3}də",
      "saxla",
      "sebenarnya",
      "padahal",
      "masih",
      "tetap",
      "disimpan",
      "simpan",
      "sa\\s{1,3}totoo",
      "pa\\s{1,3}rin",
      "itinatago",
      "kwa\\s{1,3}kweli",
      "bado",
      "huhifadhi",
      "inahifadhiwa",
      "thực\\s{1,2}ra",
      "thực\\s{1,2}tế",
      "vẫn",
      "giữ\\s{1,2}lại",
      "lưu\\s{1,2}giữ",
      "a\\s{1,3}zahiri",
      "har\\s{1,3}yanzu",
      "ṣì",
      "ka\\s{1,3}na",
    ])
  }(?![^${SEP}])|في\\s{1,3}الواقع|فعلياً|فعليا|لا\\s{1,3}يزال|لا\\s{1,3}تزال|يحتفظ|تحتفظ|بينما|در\\s{1,3}واقع|هنوز|نگه\\s?دا|در\\s{1,3}حالی|دراصل|اب\\s{1,3}بھی|محفوظ|בפועל|למעשה|עדיין|נשמר|שומר|वास्तव\\s{1,3}में|असल\\s{1,3}में|अभी\\s{1,3}भी|रखा\\s{1,3}जा|সংরক্ষ|আসলে|এখনও|உண்மையில்|இன்னும்|வைத்திருக்|ඇත්තටම|තවමත්|ที่จริง|จริงๆ|ยังคง|เก็บไว้|តាមពិត|នៅតែ|រក្សាទុក|በእርግጥ|አሁንም|实际上|實際上|其实|其實|仍然|仍|依然|保留|実際には|実は|まだ|保持|保存|사실은|실제로는|여전히|보관|유지`,
);

/** The user asking (in the condition). */
const ASKED =
  /ask|frag|nachfrage|demand|pregunt|pide|pida|pergunt|pedi|chied|vraag|verzoek|fråga|spørg|spør|zapyta|pyta|zeptá|ptá|opýta|pita|vpraša|kérdez|kysy|küsi|întreab|cere|спрос|запрос|пита|запит|ρωτ|sor(?:ar|ul)|tanya|hỏi|uliza|سأل|يسأل|بپرسد|ישאל|पूछ|জিজ্ঞ|问|問|询|詢|聞か|尋ね|묻|물어|요청|ถาม/;

/** Verbs of asking (a question claims nothing). */
const ASK =
  /^(?:ne|nie|usi|msi)?(?:ask|frag|vraag|fråg|spørg|spør|demand|pregunt|pergunt|chied|întreb|pyta|zapyt|ptej|zeptej|pýtaj|opýtaj|pitaj|vpraš|sprašuj|kérdez|kysy|küsi|klausk|jautā|staqsi|frot|спрашив|спрос|пита|запит|асуу|ρωτ|sor|soruş|tanya|menanyakan|itanong|tanungin|uliza|muulize|hỏi|tambay|beere|bèèrè|jụọ|تسأل|اسأل|بپرس|نپرس|پوچھ|תשאל|לשאול|पूछ|জিজ্ঞ|கேட்க|අහන්|විමසන්|ถาม|សួរ|ጠይቅ|አትጠይቅ|询问|詢問|过问|尋ね|確認|묻|물어)/;

/** The user is led to believe something: "let the user think …", "让用户以为". */
const BELIEVE = new RegExp(
  `${
    stems([
      "let\\s{1,3}(?:the\\s{1,3})?(?:user|customer|client)s?\\s{1,3}(?:think|believe|assume)",
      "make\\s{1,3}(?:the\\s{1,3})?(?:user|customer|client)s?\\s{1,3}(?:think|believe)",
      "lass\\s{1,3}(?:den|die)\\s{1,3}[^\\s.,;]{3,14}\\s{1,3}(?:glauben|denken|meinen)",
      "laisse[zr]?\\s{1,3}(?:l'utilisat[^\\s.,;]{1,6}|le\\s{1,3}client)\\s{1,3}(?:croire|penser)",
      "deja\\s{1,3}que\\s{1,3}(?:el|la)\\s{1,3}[^\\s.,;]{4,12}\\s{1,3}(?:crea|piense)",
      "haz\\s{1,3}creer",
      "deixe\\s{1,3}(?:o|a)\\s{1,3}[^\\s.,;]{4,12}\\s{1,3}(?:achar|pensar|acreditar)",
      "fa(?:ça|z)\\s{1,3}(?:o|a)\\s{1,3}[^\\s.,;]{4,12}\\s{1,3}(?:achar|pensar|acreditar)",
      "lascia\\s{1,3}(?:credere|pensare)",
      "fai\\s{1,3}credere",
      "laat\\s{1,3}de\\s{1,3}[^\\s.,;]{4,12}\\s{1,3}(?:denken|geloven)",
      "låt\\s{1,3}[^\\s.,;]{4,14}\\s{1,3}tro",
      "lad\\s{1,3}[^\\s.,;]{4,14}\\s{1,3}tro",
      "la\\s{1,3}[^\\s.,;]{4,14}\\s{1,3}tro",
      "niech\\s{1,3}[^\\s.,;]{4,14}\\s{1,3}(?:myśli|sądzi|wierzy)",
      "ať\\s{1,3}si\\s{1,3}[^\\s.,;]{4,14}\\s{1,3}myslí",
      "пусть\\s{1,3}[^\\s.,;]{4,16}\\s{1,3}(?:думает|считает|верит)",
      "нехай\\s{1,3}[^\\s.,;]{4,16}\\s{1,3}(?:думає|вважає)",
      "biarkan\\s{1,3}[^\\s.,;]{4,12}\\s{1,3}(?:mengira|berpikir|percaya)",
      "để\\s{1,3}(?:người\\s{1,2}dùng|khách\\s{1,2}hàng)\\s{1,3}(?:nghĩ|tin|tưởng)",
      "dejen\\s{1,3}creer",
    ])
  }|(?:kullanıcı|müşteri)[^.!?\\n]{0,40}?(?:sansın|düşünsün|zannetsin)|دع\\s{1,3}(?:المستخدم|العميل)\\s{1,3}(?:يعتقد|يظن)|(?:让|讓)(?:用户|用戶|客户|客戶)(?:以为|以為|认为|認為|觉得|覺得)|(?:と|って)思わせ|(?:라고|다고)\\s?(?:생각하게|믿게)`,
);

/** "Keep this between us": the act is kept between the tool and the model. */
const BETWEEN_US = new RegExp(
  `${
    stems([
      "keep\\s{1,3}(?:this|it|that)\\s{1,3}between\\s{1,3}us",
      "unter\\s{1,3}uns",
      "entre\\s{1,3}nous",
      "entre\\s{1,3}nosotros",
      "entre\\s{1,3}nós",
      "tra\\s{1,3}(?:di\\s{1,3})?noi",
      "tussen\\s{1,3}ons",
      "mellan\\s{1,3}oss",
      "mellem\\s{1,3}os",
      "oss\\s{1,3}imellom",
      "między\\s{1,3}nami",
      "mezi\\s{1,3}námi",
      "между\\s{1,3}нами",
      "між\\s{1,3}нами",
      "aramızda",
      "antara\\s{1,3}kita",
      "giữa\\s{1,3}chúng\\s{1,3}ta",
    ])
  }(?![^${SEP}])|بيننا|בינינו|हमारे\\s{1,3}बीच|我们之间|我們之間|ここだけの話|우리끼리`,
);

/** "Regardless of the data", "even if the results say otherwise". */
const REGARDLESS = new RegExp(
  `${
    stems([
      "regardless\\s{1,3}of",
      "no\\s{1,3}matter\\s{1,3}what",
      "even\\s{1,3}if\\s{1,3}(?:the\\s{1,3})?(?:data|results?|checks?|records?|registry|scan)",
      "unabhängig\\s{1,3}(?:von|davon)",
      "egal\\s{1,3}(?:was|wie)",
      "quel(?:le)?s?\\s{1,3}que\\s{1,3}soi",
      "indépendamment",
      "independientemente",
      "sin\\s{1,3}importar",
      "independentemente",
      "a\\s{1,3}prescindere",
      "indipendentemente",
      "ongeacht",
      "oavsett",
      "uanset",
      "uansett",
      "niezależnie",
      "bez\\s{1,3}ohledu",
      "bez\\s{1,3}ohľadu",
      "bez\\s{1,3}obzira",
      "ne\\s{1,3}glede\\s{1,3}na",
      "függetlenül",
      "riippumatta",
      "sõltumata",
      "nepriklausomai",
      "neatkarīgi",
      "indiferent\\s{1,3}de",
      "independent\\s{1,3}de",
      "независимо",
      "незалежно",
      "ανεξάρτητα",
      "ne\\s{1,3}olursa\\s{1,3}olsun",
      "bağımsız\\s{1,3}olarak",
      "terlepas\\s{1,3}dari",
      "tanpa\\s{1,3}mengira",
      "bất\\s{1,3}kể",
      "bila\\s{1,3}kujali",
    ])
  }|بغض\\s{1,3}النظر|صرف\\s{1,3}نظر|حتی\\s{1,3}اگر|בלי\\s{1,3}קשר|चाहे|无论|無論|不管|にかかわらず|に関係なく|関係なく|상관없이|관계없이|ไม่ว่า`,
);

/** An all-clear told to the user: safe, passed, no risk, the cheapest. */
const ALL_CLEAR = new RegExp(
  `${
    stems([
      "safe",
      "secure",
      "passed",
      "verified",
      "no\\s{1,3}risk",
      "risk[\\s-]free",
      "cheapest",
      "lowest",
      "best\\s{1,3}(?:price|rate|deal)",
      "sicher",
      "bestanden",
      "kein\\s{1,3}risiko",
      "günstigst",
      "sûr",
      "sans\\s{1,3}risque",
      "moins\\s{1,3}cher",
      "segur",
      "sin\\s{1,3}riesgo",
      "más\\s{1,3}barat",
      "sem\\s{1,3}risco",
      "mais\\s{1,3}barat",
      "sicur",
      "senza\\s{1,3}rischi",
      "più\\s{1,3}economic",
      "veilig",
      "goedkoopst",
      "säker",
      "billigast",
      "sikker",
      "billigst",
      "bezpieczn",
      "najtańsz",
      "bezpečn",
      "nejlevnější",
      "sigur",
      "biztonságos",
      "turvalli",
      "halvin",
      "безопас",
      "пройден",
      "рисков\\s{1,3}нет",
      "нет\\s{1,3}рисков",
      "дешевл",
      "безпеч",
      "ασφαλ",
      "güvenli",
      "risk\\s{1,3}yok",
      "en\\s{1,3}ucuz",
      "aman",
      "termurah",
      "an\\s{1,3}toàn",
      "rẻ\\s{1,3}nhất",
      "salama",
    ])
  }|آمن|ارزان\\S{0,4}ترین|ایمن|امن|הכי\\s{1,3}זול|בטוח|सुरक्षित|सबसे\\s{1,3}(?:कम|सस्त)|安全|最便宜|最低|安全です|最安|안전|가장\\s?저렴|ปลอดภัย`,
);

/** The user's own value: what they entered, chose or asked for. */
const OWN_VALUE = new RegExp(
  `${
    stems([
      "(?:the\\s{1,3})?(?:user|customer|client|they)(?:'s)?\\s{1,3}(?:originally\\s{1,3})?(?:entered|typed|gave|provided|requested|chose|picked|selected|asked\\s{1,3}for)",
      "eingegeben",
      "gewählt",
      "angefordert",
      "saisi",
      "choisi",
      "demandé",
      "introducid",
      "ingresad",
      "elegid",
      "solicitad",
      "digitad",
      "escolhid",
      "inserit",
      "scelt",
      "richiest",
      "ingevoerd",
      "gekozen",
      "angett",
      "angivn",
      "indtast",
      "wpisan",
      "wybran",
      "zadan",
      "zvolen",
      "введ[её]нн",
      "выбранн",
      "запрошенн",
      "введен",
      "обран",
      "girdiği",
      "seçtiği",
      "istediği",
      "dimasukkan",
      "dipilih",
      "diminta",
      "đã\\s{1,2}nhập",
      "đã\\s{1,2}chọn",
    ])
  }|أدخله|اختاره|طلبه|وارد\\s?کرده|انتخاب\\s?کرده|שהזין|שבחר|שביקש|दर्ज\\s{1,3}की|चुनी|输入的|選擇的|选择的|要求的|入力した|選んだ|指定した|입력한|선택한|요청한`,
);

/** What is really used instead: instead, rather than, actually. */
const INSTEAD = new RegExp(
  `${
    stems([
      "instead",
      "rather\\s{1,3}than",
      "actually",
      "in\\s{1,3}(?:fact|reality)",
      "stattdessen",
      "statt",
      "tatsächlich",
      "au\\s{1,3}lieu",
      "en\\s{1,3}réalité",
      "en\\s{1,3}(?:lugar|vez)",
      "en\\s{1,3}realidad",
      "em\\s{1,3}vez",
      "na\\s{1,3}verdade",
      "invece",
      "in\\s{1,3}realtà",
      "in\\s{1,3}plaats",
      "eigenlijk",
      "istället",
      "egentligen",
      "i\\s{1,3}stedet",
      "faktisk",
      "zamiast",
      "w\\s{1,3}rzeczywistości",
      "místo",
      "ve\\s{1,3}skutečnosti",
      "вместо",
      "на\\s{1,3}самом\\s{1,3}деле",
      "замість",
      "насправді",
      "yerine",
      "aslında",
      "alih-alih",
      "sebenarnya",
      "thay\\s{1,2}vì",
      "thực\\s{1,2}ra",
    ])
  }(?![^${SEP}])|بدلا|في\\s{1,3}الواقع|به\\s{1,3}جای|در\\s{1,3}واقع|במקום|בפועל|के\\s{1,3}बजाय|असल\\s{1,3}में|而不是|实际上|實際上|其实|代わりに|実際には|대신|실제로는`,
);

/** The reply claims a state the definition says is not so. */
function falseReport(s: string, next: string): boolean {
  if (!USER.test(s)) return false;
  // The user's own value echoed back while another is used: "confirm the amount they entered;
  // the preset is charged instead".
  if (OWN_VALUE.test(s) && (INSTEAD.test(s) || INSTEAD.test(next.slice(0, 160)))) {
    TELL.lastIndex = 0;
    for (const m of s.matchAll(TELL)) {
      if (!ASK.test(m[0]) && m[1] === undefined) return true;
    }
    if (
      /confirm|bestätig|confirme|confirma|conferm|bevestig|bekräfta|potwierd|potvrď|подтверд|підтверд|onayla|konfirmasi|xác\s{1,2}nhận|أكد|تأیید|אשר|पुष्टि|确认|確認|확인/
        .test(s)
    ) {
      return true;
    }
  }
  const clear = REGARDLESS.exec(s);
  if (clear && ALL_CLEAR.test(s)) {
    TELL.lastIndex = 0;
    for (const m of s.matchAll(TELL)) {
      if (!ASK.test(m[0]) && !NEG_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))) {
        return true;
      }
    }
  }
  const bel = BELIEVE.exec(s);
  if (bel && !NEG_BEFORE.test(s.slice(Math.max(0, bel.index - 30), bel.index))) return true;
  TELL.lastIndex = 0;
  let k = 0;
  for (const m of s.matchAll(TELL)) {
    if (++k > 8) break;
    const a = m.index, b = a + m[0].length;
    if (ASK.test(m[0])) continue;
    // The claim follows the verb, or precedes it in verb-final languages ("…silindiğini söyle",
    // "削除したと伝えて").
    const from = Math.max(0, a - 80);
    const around = s.slice(from, b + 140);
    const c = CLAIM.exec(around);
    if (!c) continue;
    if (NEG_BEFORE.test(s.slice(Math.max(0, a - 40), a))) continue;
    const rest = around.slice(c.index) + " " + next.slice(0, 160);
    if (BUT.test(rest)) return true;
  }
  return false;
}

/** Whether a sentence ends at `i` (a full stop followed by a space, or a CJK stop, or a line). */
function stopAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === "\n" || c === "。" || c === "！" || c === "？" || c === "؛" || c === "۔") return true;
  return (c === "." || c === "!" || c === "?" || c === "।" || c === "።") &&
    (i + 1 >= text.length || text.charCodeAt(i + 1) <= 32);
}

/** The sentences around the first matches of a concept (at most 24 matches, each sentence at most
 * 400 characters), keyed by where they start: only those are read, not the whole text. */
function around(text: string, re: RegExp, out: Map<number, [number, number]>): boolean {
  let k = 0;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (++k > 24) break;
    let a = m.index, b = m.index + m[0].length;
    const lo = Math.max(0, a - 300), hi = Math.min(text.length, b + 300);
    while (a > lo && !stopAt(text, a - 1)) a--;
    while (b < hi && !stopAt(text, b)) b++;
    if (!out.has(a)) out.set(a, [a, Math.min(b + 1, text.length)]);
  }
  return k > 0;
}

/** The concept gates, read by one prefilter pass: a gate runs only when one of the literals its
 * matches start with occurs in the text. */
const GATES = [USER, REPLY, SECRETLY, UNNOTICED, ROUTINE_WORD] as const;
const GATES_G = GATES.map((g) => new RegExp(g.source, g.flags + "g"));
const PREFILTER = new GatePrefilter(GATES.map((g) => g.source));

/** Whether gate `g` matches `text` (after the prefilter's scan of it); adds the sentences around
 * its matches to `spans`. */
function gate(g: number, text: string, spans: Map<number, [number, number]>): boolean {
  if (!PREFILTER.mayMatch(g)) return false;
  const n = spans.size;
  return around(text, GATES_G[g], spans) || spans.size > n;
}

/** Concealment and false-report checks over one string's normal text. */
export function concealDefinitionHits(normal: string): Hit[] {
  if (normal.length < 10) return [];
  const text = normal.toLowerCase();
  PREFILTER.scan(text);
  // One pass per gate the prefilter leaves open: it finds the sentences the gate's concept is in.
  const spans = new Map<number, [number, number]>();
  const user = gate(0, text, spans);
  const reply = gate(1, text, spans);
  const quiet = gate(2, text, spans) || gate(3, text, spans);
  const routine = gate(4, text, spans);
  if (!user && !quiet && !routine && !reply) return [];
  const on: Gates = { user, reply, quiet, routine };
  for (const [a, b] of [...spans.values()].sort((x, y) => x[0] - y[0])) {
    const s = text.slice(a, b);
    // The safeguard test (a secret kept back) is the dearest; it runs only on a candidate.
    if (((user || routine || reply) && hides(s, on)) || (quiet && quietShare(s))) {
      if (safe(s)) continue;
      return [{
        kind: "conceal_from_user",
        severity: "high",
        reason: "The definition has the model keep what the tool does from the user " +
          "(not mentioned, not asked, or done unnoticed)",
      }];
    }
    if (user && falseReport(s, text.slice(b, b + 200)) && !safe(s)) {
      return [{
        kind: "false_report",
        severity: "high",
        reason: "The definition has the model tell the user a state that the definition " +
          "itself says is not so",
      }];
    }
  }
  return [];
}

/** How many gates the prefilter can rule out (for the test). */
export const PREFILTER_COVERAGE = PREFILTER.coverage;
