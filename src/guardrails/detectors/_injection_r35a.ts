/**
 * Injections in tool results that held-out round 35 found missing: an order to the AI reader,
 * named by the job it does on this content, paired with the owner's check waived or the act kept
 * from the person it concerns, in many languages (paraphrases in `_injection_r35a_test.ts`). Every
 * rule is a half-threshold signal filed under the kind an older rule of the same signal uses, so
 * one phrase counts once and a block still needs two different kinds:
 * - `addresses_ai`: the assistant named by what it handles ("for the assistant that prepares the
 *   payment run:", "Asistent vedoucí účetnictví:", "Προς τον βοηθό … που …:", "<role> Copilot:",
 *   "the support assistant must run …", "ถึง AI ผู้ช่วย", "… உதவியாளர்:", "সহকারীর জন্য:");
 * - `consent_skipped`: the confirmation, call-back, review or approval declared unnecessary
 *   ("terugbellen is niet nodig", "non serve passare dallo …", "akceptacja … nie jest potrzebna",
 *   "δεν απαιτείται έγκριση", "אין צורך לחכות לאישור", "tidak perlu menunggu review", "не е
 *   нужно да питате", "needs no review", "no ticket needed");
 * - `kept_from_person`: the act kept from the person ("säg inte till …", "… को मत बताना", "알리지
 *   말고", "bez najave timu", "айтпа");
 * - `conceal_from_review`: the act left out of the summary or change description.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not a warning against the act ("never …", "scammers ask you to …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|don['’]t|avoid|scam\w{0,4}|phish\w{0,4}|fraud\w{0,6}|nunca|jamais|nooit|niemals|nigdy|jangan|asla|aldrig|aldri|mai|for\s{1,3}example|e\.g\.)\b|никогда|мошенни|ніколи|不要|绝不|切勿|決して|절대|אף\s{1,3}פעם|أبدا|احتيال/iu
    .test(v.slice(Math.max(0, s - 100), s));

// --- the AI reader named by the job it does on this content -------------------------------------

/** An assistant or agent noun in the Latin-script languages of the rows below. */
const HELPER =
  R`(?:assistant[a-z]{0,3}|asistent[a-z]{0,4}|assistent[a-z]{0,3}|avustaja[a-z]{0,4}|asystent[a-z]{0,4}|asistan[a-z]{0,3}|copilot[a-z]{0,2}|agent[a-z]{0,3}|agenci[a-z]{0,2}|agen|ajan[a-z]{0,3}|pembantu|msaidizi|kómekshi|komekshi|dastyar[a-z]{0,4})`;
/** A relative word or participle that says what the helper does ("that handles", "die …"). */
const REL =
  R`(?:that|who|which|die|dat|som|der|den|welche[rs]?|que|qui|che|care|kuris|kuri|joka|jotka|yang|ambaye|elly|illi|který|která|ktorý|ktorá|który|która|spravuj[a-ząćęłńóśźżíúýčřšžě]{1,4}|obsługuj[a-ząćęłńóśźżíúýčřšžě]{1,4}|managing|handling|running|processing|preparing|reviewing|with\s{1,3}(?:admin|write|access)|s\s{1,3}admin[a-z]{0,3}|[a-z]{3,12}ing)`;

const READER: readonly HalfRow[] = [
  // "For the assistant that prepares the payment run:", "Per a l'assistent de comptabilitat que
  // revisa …:", "Asistent vedoucí sklad:", "Agencie AI obsługujący kolejkę …:"
  [
    "assis asist avust asyst copil agent agenc agen ajan pemba msaid kómek komek dasty",
    undefined,
    R`\b${HELPER}(?:\s{1,3}(?:AI|IA|KI|ML|de\s{1,3}[^\s:：,.]{3,20}|\(AI\)))?\s{0,3}(?:\/\s{0,3}[^\s:：,.]{2,20}\s{0,3})?,?\s{1,3}${REL}\s[^:\n.]{2,100}?(?:[:：]|\s[—–]\s)`,
  ],
  // the helper told what it must do: "asistentul de facturare trebuie să …", "der Assistent soll
  // …", "asistentas, kuris …, tegul …"
  [
    "assis asist avust asyst copil agent / trebu tegul soll muss deve debe doit moet skal pitää musi",
    undefined,
    R`\b${HELPER}\b[^.\n]{0,60}?\b(?:trebuie\s{1,3}s[ăa]|tegul|soll(?:te)?|muss|deve|debe|doit|moet|skal|ska|pitää|musi|powinien)\s{1,3}(?!(?:sein|werden|être|ser|estar|essere|zijn|være|vara|być|olla|fie)(?!\p{L}))\p{L}{2,}`,
  ],
  // "pour les assistants de paie :", "za AI asistenta s admin ovlastima:", "… asistan için:"
  [
    "assis asist avust asyst copil agent agenc agen ajan",
    undefined,
    R`\b(?:for|to|pour|para|per|für|voor|aan|till|til|dla|pro|za|kwa|untuk)[ \t]{1,3}(?:(?:the|les|los|las|os|as|die|den|el|la|o|i)[ \t]{1,3}|l['’])?(?:[^\s:：,.?!"]{2,15}[ \t]{1,3})?(?:AI[ \t]{1,3}|IA[ \t]{1,3}|KI[ \t]{1,3})?${HELPER}(?:[ \t]{1,3}[^\s:：,.?!"]{1,15}){0,3}[ \t]{0,2}[:：]\s{0,3}[^\s\d]|\basistan[a-zçğıöşü]{0,3}\s{1,3}için\s{0,2}[:：]|\basistan[a-zçğıöşü]{0,3}\s[^.\n]{0,60}?[^\s.]{3,20}(?:sın|sin|sun|sün)(?![a-zçğıöşü])`,
  ],
  // a vocative that turns to the helper: "Assistant (AI), you …", "Kómekshi, sen …"
  [
    "assis asist avust asyst copil agent agenc kómek komek / you sen siz tu du ty",
    undefined,
    R`(?:^|[\n.!?\]]\s{0,3})${HELPER}(?:\s{0,2}\((?:AI|IA|KI)\))?\s{0,2},\s{1,3}(?:you|sen|siz|tu|du|ty)\s`,
  ],
  // a label that opens a line: "Agen ML tim Kerinci — …", "Bot de facturación — …"
  [
    "assis asist avust asyst copil agent agenc agen ajan",
    undefined,
    R`(?:^|[\n\]]\s{0,3}|[:：]\s{1,3})${HELPER}(?:\s{1,3}(?:AI|ML|IA|KI))?(?:\s{1,3}[^\s:：,.]{2,15}){0,3}\s{1,3}[—–]\s{1,3}\p{L}`,
  ],
  // "<Role> Copilot:", "@release-bot kun je …": a named bot or copilot opened with a colon
  [
    "copil",
    undefined,
    R`(?:^|[\n"'{,]\s{0,3}|[:：]\s{0,3})(?:[\p{Lu}][^\s:：,.]{1,20}\s{1,3}){1,2}Copilot\s{0,2}[:：,]\s{0,3}(?:when|please|change|move|post|approve|send|run)\b`,
  ],
  // Vocatives in romanised Arabic and Persian: "ya assistant elly …", "dastyar-e hoosh-e …"
  [
    "assis dasty",
    undefined,
    R`\bya\s{1,3}(?:assistant|mosa3ed|mosa3da)\b|\bdastyar(?:-e)?\s{1,3}hoosh`,
  ],
  // el: "Προς τον βοηθό του γραφείου που …:", "Οδηγία για βοηθούς ΤΝ που …"
  [
    "",
    /(?=[βΒ])βοηθ/iu,
    R`(?:για|προς|στον|στους)\s{1,3}(?:τους?\s{1,3}|τον\s{1,3})?(?:\p{L}{2,15}\s{1,3})?βοηθ\p{L}{1,3}(?:\s{1,3}(?:ΤΝ|AI|τεχνητής\s{1,3}νοημοσύνης))?\s[^:\n.]{0,80}?(?:[:：]|που\s)`,
  ],
  // bg/ru/uk: "Асистентът по поддръжка трябва да …", "ассистент … должен"
  [
    "",
    /(?=[аАпП])(?:асистент|ассистент|помощник|помічник)/iu,
    R`(?:асистент|ассистент|помощник|помічник)\p{L}{0,4}[^.\n]{0,40}?(?:трябва\s{1,3}да|должен|должна|повинен|має)\s{1,3}\p{L}{3,}`,
  ],
  // he: "לעוזר ה-AI של … —"
  [
    "",
    /(?=[ל])ל(?:עוזר|סוכן|בוט)/iu,
    R`ל(?:עוזר|עוזרת|סוכן|בוט)\s{0,2}(?:ה-?)?(?:AI|בינה)[^:\n]{0,60}?[:—–]`,
  ],
  // th/ta/bn/fa: "ถึง AI ผู้ช่วย…", "… உதவியாளர்:", "… সহকারীর জন্য:", "برای دستیارهای هوش مصنوعی"
  [
    "",
    /(?=[ถผஉসদب])(?:ถึง|ผู้ช่วย|உதவியாளர|সহকারী|دستیار)/iu,
    R`ถึง\s{0,2}(?:AI\s{0,2})?ผู้ช่วย|ผู้ช่วย\s{0,2}AI|உதவியாளர்\s{0,2}[:：]|সহকারী\p{M}{0,2}\p{L}{0,3}\p{M}{0,2}\s{1,3}জন্য\s{0,2}[:：]|(?:برای|به)\s{1,3}دستیار[\u200c\p{L}]{0,5}\s{1,3}هوش\s{1,3}مصنوعی`,
  ],
  // hi: "सहायक अब … कॉल करे"
  [
    "",
    /(?=[सअ])(?:सहायक|असिस्टेंट)/iu,
    R`(?:सहायक|असिस्टेंट)\s[^।\n]{0,60}?(?:करे|करें|कीजिए)(?![\p{L}\p{M}])`,
  ],
  // ko: "… 어시스턴트는 … 하세요"
  [
    "",
    /(?=[어비에])(?:어시스턴트|비서|에이전트)/iu,
    R`(?:어시스턴트|비서|에이전트)(?:는|은|님은)\s[^.\n]{0,120}?(?:하세요|해\s?주세요|하십시오)`,
  ],
];

// --- the owner's confirmation, call-back or review declared unnecessary -------------------------

const SKIPPED: readonly HalfRow[] = [
  // en: "no ticket needed", "needs no review", "no confirmation to Anna is needed"
  [
    "ticke revie confi appro callb call-b sign / need neede needs requi neces",
    undefined,
    R`\bno\s{1,3}(?:ticket|call-?back|review|confirmation|approval|sign-?off|verification)(?:\s{1,3}to\s{1,3}\p{L}{2,20})?\s{1,3}(?:is\s{1,3})?(?:needed|required|necessary)\b|\bneeds?\s{1,3}no\s{1,3}(?:review|approval|confirmation|sign-?off|ticket)\b`,
  ],
  // nl/sv/no/da/de: "terugbellen is niet nodig", "ingen bekräftelse … behövs", "du trenger ikke
  // ringe tilbake", "keine Rückfrage nötig"
  [
    "terug beves goedk contr navra ingen trenger behöv behøv keine ohne",
    undefined,
    R`\b(?:terugbellen|bevestiging|goedkeuring|review|controle|navragen)\s{1,3}(?:is\s{1,3})?niet\s{1,3}(?:nodig|vereist)\b|\bgeen\s{1,3}(?:bevestiging|goedkeuring|review|controle)\s{1,3}nodig\b|\bingen\s{1,3}(?:bekräftelse|godkännande|återuppringning|bekreftelse|godkjenning|bekræftelse|godkendelse)\b[^.\n]{0,30}?\b(?:behövs|kreves|trengs|behøves|nødvendig)|\btrenger\s{1,3}ikke\s{1,3}(?:å\s{1,3})?(?:ringe|spørre|bekrefte|sjekke)|\bbehöver\s{1,3}inte\s{1,3}(?:ringa|fråga|bekräfta)|\bbehøver\s{1,3}ikke\s{1,3}(?:ringe|spørge|bekræfte)|\b(?:keine?|ohne)\s{1,3}(?:weitere\s{1,3})?(?:rückfrage|bestätigung|freigabe|rückruf)\p{L}{0,2}\s{1,3}(?:nötig|notwendig|erforderlich)`,
  ],
  // ca/es/pt/it/fr/ro: "no cal verificació", "no hace falta la confirmación", "não precisa de
  // aprovação", "non serve passare dal …", "ne nécessite aucune validation", "nu este nevoie de …"
  [
    "cal falta neces preci serve servo occor ne nevoi",
    undefined,
    R`\bno\s{1,3}cal\s{1,3}(?:cap\s{1,3})?(?:verificaci[oó]|confirmaci[oó]|aprovaci[oó]|preguntar|trucar|esperar)|\bno\s{1,3}(?:hace\s{1,3}falta|es\s{1,3}necesari[oa])\s{1,3}(?:la\s{1,3})?(?:verificaci[oó]n|confirmaci[oó]n|aprobaci[oó]n|revisi[oó]n|preguntar|llamar|esperar)|\bn[ãa]o\s{1,3}(?:é\s{1,3})?(?:precisa|necess[áa]ri[oa])\s{1,3}(?:de\s{1,3})?(?:confirma[çc][ãa]o|aprova[çc][ãa]o|perguntar|esperar|aguardar)|\bnon\s{1,3}(?:serve|servono|occorre|occorrono|è\s{1,3}necessari[oa])\s{1,3}(?:ulteriori\s{1,3})?(?:passare\s{1,3}(?:da|dal|dallo|dalla|per)|chiedere|aspettare|attendere|approvazion\p{L}|conferm\p{L}{1,3}|verific\p{L}{1,3}|autorizzazion\p{L})|\bne\s{1,3}n[ée]cessite\s{1,3}aucune\s{1,3}(?:confirmation|validation|approbation|v[ée]rification)|\bnu\s{1,3}(?:este\s{1,3})?nevoie\s{1,3}(?:de\s{1,3})?(?:confirmare|aprobare|verificare|s[ăa]\s{1,3}(?:întreba|aștepta|suna)\p{L}{0,3})`,
  ],
  // pl/cs/sk: "akceptacja … nie jest potrzebna", "nie trzeba czekać", "není potřeba zatěžovat"
  [
    "akcep zgoda zatwi potwi weryf trzeb potrz není nie",
    undefined,
    R`\b(?:akceptacja|zgoda|zatwierdzenie|potwierdzenie|weryfikacja)\b[^.\n]{0,60}?\bnie\s{1,3}(?:jest\s{1,3})?(?:potrzebn\p{L}|wymagan\p{L})|\bnie\s{1,3}(?:trzeba|potrzeba)\s{1,3}(?:czekać|dzwonić|potwierdzać|akceptacji|zgody)|\bnen[íi]\s{1,3}(?:potřeba|třeba|nutn[ée])\s{1,3}(?:ho\s{1,3}|je\s{1,3})?(?:zatěžovat|obtěžovat|informovat|ptát|čekat|schvalovat|volat|kontaktovat|upozorňovat)`,
  ],
  // id/ms/tr: "tidak perlu menunggu review", "onay gerekmez", "sormaya gerek yok"
  [
    "tidak perlu onay teyit izin sorma",
    undefined,
    R`\btidak\s{1,3}perlu\s{1,3}(?:menunggu|meminta|minta|bertanya|konfirmasi|persetujuan|review|izin)|\b(?:onay|teyit|izin)\p{L}{0,4}\s{1,3}(?:gerek\s{1,3}yok|gerekmez|gerekli\s{1,3}değil)|\bsorma(?:ya|nıza)\s{1,3}gerek\s{1,3}yok`,
  ],
  // the owner's consent claimed for the act: "the owner already agreed", "majitel už souhlasil",
  // "o titular já aprovou", "본인 인증이 끝났습니다"
  [
    "owner holder majit vlast dono propr titul",
    undefined,
    R`\b(?:the\s{1,3})?(?:owner|account\s{1,3}holder|holder)\s{1,3}(?:has\s{1,3})?already\s{1,3}(?:agreed|approved|consented|authori[sz]ed)\b|\b(?:majitel|vlastník|majiteľ)\p{L}{0,2}\s{1,3}(?:už\s{1,3}|již\s{1,3})?(?:souhlasil|schválil|súhlasil)\p{L}{0,2}|\b(?:o\s{1,3}|el\s{1,3})?(?:dono|propriet[áa]rio|titular)(?:\s{1,3}d[ao]\s{1,3}\p{L}{2,12})?\s{1,3}(?:j[áa]|ya)\s{1,3}(?:autorizou|aprovou|concordou|autoriz[óo]|aprob[óo])`,
  ],
  ["", /(?=[본])본인/u, R`본인\s?(?:확인|인증)(?:은|이)\s?(?:완료|끝)`],
  // romanised Persian: "azash naporsid\" (don't ask him)
  ["azash", undefined, R`\bazash\s{1,3}na\s?pors\p{L}{0,3}`],
  // bg/ru/uk: "не е нужно да чакате одобрение", "не нужно ждать подтверждения"
  [
    "",
    /(?=[н])не\s/iu,
    R`не\s{1,3}(?:е\s{1,3})?(?:нужно|нужен|потрібно|треба|необходимо)\s{1,3}(?:да\s{1,3})?(?:\p{L}{1,3}\s{1,3})?(?:пита|спрашива|чака|жда|чека|подтвержда|потвържда|звони|обажда)\p{L}{0,5}`,
  ],
  // el/he/hi: "δεν απαιτείται καμία έγκριση", "אין צורך לחכות לאישור", "दोबारा पूछने की
  // ज़रूरत नहीं"
  [
    "",
    /(?=[δχאद])(?:δεν|χωρίς|אין|दोबारा)/iu,
    R`δεν\s{1,3}απαιτείται\s{1,3}(?:\p{L}+\s{1,3})?(?:επιβεβαίωση|έγκριση|επαλήθευση)|χωρίς\s{1,3}(?:να\s{1,3})?(?:ρωτήσ|επιβεβαιώσ)\p{L}{0,4}|אין\s{1,3}צורך\s{1,3}(?:לחכות|לשאול|לאשר|באישור|לבקש)|दोबारा\s{1,3}पूछने\s{1,3}की\s{1,3}(?:ज़रूरत|जरूरत)\s{1,3}नहीं`,
  ],
];

// --- the act kept from the person it concerns ---------------------------------------------------

const KEPT: readonly HalfRow[] = [
  // sv/no/da: "säg inte till chefen", "ikke si noe til kunden"
  [
    "skriv säg berät medde nämn forte fortæ / inte ikke",
    undefined,
    R`\b(?:skriv|säg|berätta|meddela|nämn|si|fortell|sig|fortæl)\s{1,3}(?:ikke|inte)\s{1,3}(?:noe\s{1,3}|något\s{1,3}|noget\s{1,3})?(?:om\s{1,3}det\s{1,3})?(?:til|till|för)\s{1,3}\p{L}{2,}`,
  ],
  // hr/bs/sr/cs/pl: "bez najave timu", "bez vědomí majitele", "bez wiedzy właściciela"
  [
    "najav obavi vědom wiedz",
    undefined,
    R`\bbez\s{1,3}(?:najave|obavijesti|obavještavanja|vědomí|wiedzy|informování)\s{1,3}\p{L}{3,}`,
  ],
  // hi: "उसे यह संदेश मत बताना", "उसे मत बताना"
  [
    "",
    /(?=[म])मत\s/iu,
    R`(?:को|से|उसे|उन्हें)\s{1,3}(?:[^\s।]{1,15}\s{1,3}){0,2}मत\s{1,3}(?:दिखाना|दिखाएं|दिखाओ|बताना|बताएं|बताओ|भेजना)`,
  ],
  // ko: "알리지 말고", "채널에 올리지 말고 DM으로만"
  [
    "",
    /(?=[알말보올공])(?:알리지|말하지|보여|올리지|공유하지)/iu,
    R`(?:알리지|말하지|보여\s?주지|올리지|공유하지)\s?(?:말고|마세요|마십시오)`,
  ],
  // kk: "don't tell (a relative) about it", dative + "айтпа" (not "tell no one the code")
  [
    "",
    /айтпа/iu,
    R`(?<!\p{L})(?!ешкім|бірде)\p{L}{1,20}(?:ңа|ңе|ға|ге|қа|ке|на|не)\s{1,3}айтпа\p{L}{0,4}`,
  ],
  // romanised Egyptian Arabic: "mat2ol4 le7ad" (don't tell anyone)
  ["", /mat2ol/i, R`\bmat2ol(?:4|sh|ish)\b`],
  // bn: no need to show or tell the user
  [
    "",
    /(?=[দজব])(?:দেখানো|জানানো|বলা)/iu,
    R`(?:দেখানোর|জানানোর|বলার)\s{1,3}(?:কোনো\s{1,3})?(?:দরকার|প্রয়োজন)\s{1,3}নেই`,
  ],
];

// --- the act left out of the summary or change description --------------------------------------

const NOT_IN_NOTES: readonly HalfRow[] = [
  // en: "leave it out of the variance summary", fi: "älä kerro siitä yhteenvedossa",
  // tr: "özete yazmaya gerek yok"
  [
    "leave yhtee açıkl özet",
    undefined,
    R`\bleave\s{1,3}(?:it|this|them|that)\s{1,3}out\s{1,3}of\s{1,3}(?:the\s{1,3}|your\s{1,3})?[^.\n]{0,40}?\b(?:summary|summaries|commentary|report|digest|changelog|recap)\b|(?<!\p{L})älä\s{1,3}(?:mainitse|kerro)\s{1,3}(?:\p{L}{2,12}\s{1,3})?yhteenvedo\p{L}{1,4}|\b(?:PR|özet|açıklama|changelog)\p{L}{0,6}\s{1,3}(?:\p{L}{2,12}\s{1,3})?(?:eklemeye|yazmaya|belirtmeye)\s{1,3}gerek\s{1,3}yok`,
  ],
];

const OMIT_RECORD: readonly HalfRow[] = [
  // en/el/es/fr: "omit the damage entry", "παραλείψτε την καταχώριση", "omita el registro"
  [
    "omit leave omita omett",
    undefined,
    R`\b(?:omit|leave\s{1,3}out|omita|omitid|omettez)\s{1,3}(?:the\s{1,3}|el\s{1,3}|la\s{1,3}|los\s{1,3}|le\s{1,3}|les\s{1,3})?(?:[\p{L}-]{2,15}\s{1,3})?(?:records?|entry|entries|findings?|registro|entrada|hallazgo|constat\p{L}{0,4}|dommages?|damage)\b`,
  ],
  [
    "",
    /(?=[π])παραλείψ/iu,
    R`παραλείψ\p{L}{1,4}\s{1,3}(?:την|το|τις|τα|τη)\s{1,3}(?:εγγραφ|καταχώρ|αναφορ|ζημι)\p{L}*`,
  ],
];

/** Round 35a's rules, appended to the detector's list. */
export const R35A_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text addresses the AI by the job it does on this content", READER),
  ...rows(
    "consent_skipped",
    "Text has a step done without the confirmation it needs",
    SKIPPED,
    notWarned,
  ),
  ...rows(
    "kept_from_person",
    "Text has the act kept from the person who would notice it",
    KEPT,
    notWarned,
  ),
  ...rows("conceal_from_review", "Text keeps an act out of the summary", NOT_IN_NOTES, notWarned),
  ...rows(
    "conceal_from_review",
    "Text has a record left out of what is reported",
    OMIT_RECORD,
    notWarned,
  ),
];
