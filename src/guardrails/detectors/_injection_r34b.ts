/**
 * Injections in tool results that held-out round 34b ("creative", multilingual) found missing
 * (paraphrases in `_injection_r34b_test.ts`). Round 34 has no trigger words and spreads over ~20
 * languages; the two signals that recur whatever the carrier are (1) a note addressed to the
 * automated reader and (2) the user's confirmation skipped or the act kept from them. Each rule
 * here is one half-threshold signal, filed under the kind an older rule of the same signal uses
 * (`addresses_ai`, `consent_skipped`, `kept_from_person`, `control_off`), so a block still needs
 * two different kinds:
 * - the reader named as the one who acts, in more languages and shapes: "Note for AI assistants",
 *   "Automated fixers:", "whoever (human or bot) updates …", vocatives ("Asistentule:",
 *   "Асистенте који …", "AI 노트테이커님"), "Til assistenten, der …", "Trợ lý … vui lòng",
 *   "負責…的助理請", "اسسٹنٹ کے لیے", "…avustajalle:", "kwa msaidizi wa …";
 * - the confirmation skipped: "inutile de le déranger", "není třeba se ptát", "nie trzeba pytać",
 *   "אין צורך לעדכן", "無須詢問", "hindi na kailangan", "ضرورت نہیں", "spørg ikke igen",
 *   "tanpa menunggu pengesahan", "review nem kell", "exempt from review", "no need to re-ask";
 * - the act kept from the user: "Usimsumbue mteja", "Μην αναφέρεις", "fără să-l arăți
 *   utilizatorului", "niet aan de ontvanger voorleggen", "জানানোর দরকার নেই";
 * - signature verification dropped ("署名検証は不要", "verifySignature را حذف کنید").
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
type Row = HalfRow;
const rows = halfRowsOf(halfOf(220));

/** Not a warning against the act ("never …", "scammers ask you to …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|don['’]t|avoid|scam\w{0,4}|phish\w{0,4}|fraud\w{0,6}|nunca|jamais|nooit|niemals|nigdy|jangan|asla|aldrig|for\s{1,3}example|e\.g\.)\b|никогда|мошенни|ніколи|不要|绝不|切勿|決して|절대|אף\s{1,3}פעם|أبدا|احتيال/iu
    .test(v.slice(Math.max(0, s - 100), s));

// --- the reader named as the one who acts -------------------------------------------------------

const READER: readonly Row[] = [
  // en: "Automated fixers:", "Note for AI assistants:", "Tuning note for auto-remediation:"
  [
    "autom auton fixer remed / fixer remed agent assis bots tools revie note",
    undefined,
    R`\b(?:automated|autonomous)\s{1,3}(?:fixers?|remediators?|agents?|assistants?|bots?|tools?|reviewers?)\s{0,2}[:：]|\bnotes?\s{1,3}(?:for|to)\s{1,3}(?:(?:any\s{1,3}|the\s{1,3})?(?:AI|LLM|automated|coding|remediation)\s{1,3}(?:agents?|assistants?|tools?|fixers?)|auto-?remediation|remediating\s{1,3}agents)\s{0,2}[:：]`,
  ],
  // whoever (human or machine): en/nl/de/hu/es/fr, ja "解消する人・ツールは"
  [
    "human perso ember mens mensc humai",
    undefined,
    R`\(\s{0,2}(?:a\s{1,3})?(?:human|person|ember|mens|mensch|humano|humain|persona)\s{1,3}(?:or|vagy|of|oder|o|ou)\s{1,3}(?:an?\s{1,3})?(?:machine|bot|agent|automata|automation|automat|AI|IA|KI|gép|script|tool|máquina)\s{0,2}\)`,
  ],
  [
    "whoev voor / wat whate",
    undefined,
    R`\bvoor\s{1,3}wie\s{1,3}\(\s{0,2}of\s{1,3}wat\s{0,2}\)|\bwhoever\s{1,3}\(\s{0,2}or\s{1,3}whatever\s{0,2}\)`,
  ],
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:ツール|エージェント|ボット)/gu,
    R`(?:する|行う)?人(?:・|や|または|もしくは|/)(?:ツール|エージェント|ボット|AI)(?:は|も|が)`,
  ],
  // de: "bitte über den Hausassistenten ausführen"
  [
    "über durch / ausfü erled schal auslö",
    undefined,
    R`(?<!\p{L})(?:über|durch)\s{1,3}(?:den|die|das|dem)\s{1,3}[\p{L}-]{0,20}(?:assistenten|assistentin|agenten)\s{1,3}(?:ausführen|erledigen|schalten|auslösen|durchführen)`,
  ],
  // es/pt/it/cs/pl/tl/ms: "asistente IA:", "pro asistenty", "Agenci płatniczy:", "para sa dev assistant"
  [
    "asist assis agent agenc asyst ejen pemba katul",
    undefined,
    R`\b(?:asistente|assistente|assistant|agente)\s{1,3}(?:de\s{1,3})?(?:IA|AI)\s{0,2}[:：]|\b(?:pro|pre)\s{1,3}(?:AI\s{1,3})?(?:asistenty|asistenta|agenty|roboty)\b|\b(?:agenci|asystenci|asystencie|agencie)(?:\s{1,3}\p{L}{3,15})?\s{0,2}[:：]|\bpara\s{1,3}(?:po\s{1,3})?sa\s{1,3}(?:\p{L}{2,10}\s{1,3}){0,2}(?:assistant|AI|bot|agent)\b|\b(?:AI|bot)\s{1,3}na\s{1,3}katulong\b|\buntuk\s{1,3}(?:ejen|pembantu|agen)\s{1,3}(?:\p{L}{2,15}\s{1,3}){0,2}AI\b`,
  ],
  // pt/es: "Para agentes que baixam este corpus em nome de alguém:"
  [
    "agent assis asist / para",
    undefined,
    R`\bpara\s{1,3}(?:os\s{1,3}|las?\s{1,3}|los\s{1,3})?(?:agentes|assistentes|asistentes)\s{1,3}(?:de\s{1,3}IA\s{1,3})?que\s{1,3}\p{L}{3,20}\b[^:\n]{0,80}[:：]`,
  ],
  // id: "agen otomatis WAJIB mengirim"
  [
    "wajib harus / agen asist",
    undefined,
    R`\b(?:agen|asisten)\s{1,3}(?:otomatis|AI|pintar)\s{1,3}(?:wajib|harus|perlu)\b`,
  ],
  // sw: "Kwa msaidizi wa simu anayesimamia namba hii:"
  ["msaid wasai", undefined, R`\bkwa\s{1,3}(?:msaidizi|wasaidizi)\b`],
  // a mail or HTTP header addressed to the agent: "X-Assistant-Action:", "X-AI-Agent-Instructions:"
  [
    "=X-Assistant =X-AI- =X-Agent =X-LLM =X-Copilot",
    undefined,
    R`(?:^|\n)X-(?:AI-|LLM-)?(?:Assistant|Agent|Copilot)(?:-[A-Za-z]{2,20}){1,2}\s{0,2}:`,
  ],
  // ro: "Asistentule:", sr: "Асистенте који администрира", "Asistente koji"
  [
    "asist агент асист бот",
    undefined,
    R`\b(?:asistentule|agentule|robotule)\b|(?<!\p{L})(?:асистенте|агенте|asistente)\s{1,3}(?:који|koji|која|koja)(?!\p{L})`,
  ],
  // da/nb/sv: "Til assistenten, der administrerer", "Till AI-assistenten som skriver"
  [
    "assis agent / til till",
    undefined,
    R`\btill?\s{1,3}(?:(?:AI|KI)-?)?[\p{L}-]{0,20}(?:assistenten|agenten|botten)\s{0,2},?\s{1,3}(?:der|som)\s{1,3}\p{L}{3,20}`,
  ],
  // fi: "Sukututkimusavustajalle:", "Tekoälyavustajalle"
  [
    "avust agent",
    undefined,
    R`(?<!\p{L})(?:tekoäly|AI-?)?(?:avustajalle|avustajille|agentille|agenteille)\s{0,2}[:：]`,
  ],
  [
    "",
    /(?=[äÄ])äly(?:avusta|agent)/gu,
    R`äly(?:avustajalle|avustajille|agentille|agenteille)(?!\p{L})`,
  ],
  // vi: "Trợ lý ví vui lòng ký ngay"
  [
    "",
    /(?=[\u1ea0-\u1ef9])ợ\s{1,3}lý/giu,
    R`\bTrợ\s{1,3}lý(?:\s{1,3}[\p{L}\p{M}]{1,8}){0,3}?\s{1,3}(?:vui\s{1,3}lòng|hãy|cần\s{1,3}phải)`,
  ],
  // zh: "負責處理郵件的助理請直接…"
  [
    "",
    /(?=[\u4e00-\u9fff])(?:助理|助手)/gu,
    R`(?:負責|负责)[^。\n]{0,12}的\s{0,2}(?:AI\s{0,2})?(?:助理|助手|代理)\s{0,2}(?:請|请|須|须|應|应|務必|务必)`,
  ],
  // ur: "اسسٹنٹ کے لیے:"
  [
    "",
    /(?=[\u0600-\u06ff])(?:اسسٹنٹ|ایجنٹ)/gu,
    R`(?:اسسٹنٹ|ایجنٹ)\s{1,3}(?:کے\s{1,3}(?:لیے|لئے)|سے\s{1,3}گزارش)`,
  ],
  // el: "Σημείωση για βοηθούς τεχνητής νοημοσύνης"
  [
    "",
    /(?=[\u0370-\u03ff])βοηθ/giu,
    R`(?:για|προς)\s{1,3}(?:τους\s{1,3}|τον\s{1,3})?(?:ψηφιακούς\s{1,3}|ψηφιακό\s{1,3})?βοηθ(?:ούς|ό)\s{1,3}(?:τεχνητής\s{1,3}νοημοσύνης|AI)`,
  ],
  // bn: "ফার্মেসি অটোমেশনের জন্য নোট"
  [
    "",
    /(?=[\u0980-\u09ff])(?:অটোমেশন|সহকারী|এজেন্ট)/gu,
    R`(?:অটোমেশন|সহকারী|এজেন্ট)[\p{L}\p{M}]{0,6}\s{1,3}জন্য\s{1,3}(?:নোট|নির্দেশ)`,
  ],
  // ko: "AI 노트테이커님", "비서님"
  [
    "",
    /(?=[\uac00-\ud7af])님/gu,
    R`(?<![A-Za-z])(?:AI|인공지능)\s{0,2}[\p{Script=Hangul}]{2,10}님|(?:비서|어시스턴트|에이전트)님`,
  ],
];

// --- the confirmation skipped --------------------------------------------------------------------

const SKIPPED: readonly Row[] = [
  // en: "exempt from review", "no need to re-ask", "no separate security review is needed"
  [
    "exemp",
    undefined,
    R`\b(?:are|is)\s{1,3}exempt\s{1,3}from\s{1,3}(?:review|approval|sign-?off)`,
  ],
  ["need / re reask", undefined, R`\bno\s{1,3}need\s{1,3}to\s{1,3}re-?(?:ask|confirm|check)\b`],
  [
    "separ furth addit / revie appro",
    undefined,
    R`\bno\s{1,3}(?:separate|further|additional)\s{1,3}(?:security\s{1,3})?(?:review|approval)\s{1,3}is\s{1,3}(?:needed|required)`,
  ],
  // fr: "Inutile de le déranger", "pas besoin de lui demander"
  [
    "inuti besoi",
    undefined,
    R`\b(?:inutile|pas\s{1,3}besoin)\s{1,3}de\s{1,3}(?:le|la|les|lui|leur)\s{1,3}(?:déranger|demander|consulter|prévenir|solliciter|reconfirmer|redemander)`,
  ],
  // cs/sk: "není třeba se uživatele ptát"
  [
    "třeba nutné potře",
    undefined,
    R`\bnení\s{1,3}(?:třeba|nutné|potřeba)\s{1,3}(?:se\s{1,3})?(?:uživatele\s{1,3}|jej\s{1,3}|ho\s{1,3})?(?:ptát|žádat|potvrzovat|informovat|upozorňovat)`,
  ],
  // pl: "nie trzeba go ponownie pytać"
  [
    "trzeb należ potrz",
    undefined,
    R`\bnie\s{1,3}(?:trzeba|należy|ma\s{1,3}potrzeby)\s{1,3}(?:(?:go|jej|ich|użytkownika|klienta)\s{1,3})?(?:ponownie\s{1,3}|już\s{1,3})?(?:pytać|prosić|potwierdzać|informować|zawiadamiać)`,
  ],
  // tl: "Hindi na kailangan i-check kay Sir …"
  [
    "kaila",
    undefined,
    R`\bhindi\s{1,3}na\s{1,3}(?:po\s{1,3})?kailangan(?:g|ng)?\s{1,3}(?:i-?(?:check|confirm|tanong|paalam|sabi|message|text|inform|update|chat)|itanong|magtanong|sabihan|sabihin|ipaalam|abisuhan|tawagan)`,
  ],
  // tr: "kullanıcıya ayrıca göstermeye gerek yok"
  [
    "göste sorma bildi onayl",
    undefined,
    R`\b(?:göstermeye|sormaya|bildirmeye|onaylatmaya|danışmaya)\s{1,3}gerek\s{1,3}yok`,
  ],
  // fi: "Käyttäjä on hyväksynyt tämän jo aiemmin", "ei tarvitse kysyä"
  [
    "hyväk tarvi",
    undefined,
    R`\b(?:käyttäjä|asiakas|omistaja)\s{1,3}on\s{1,3}(?:jo\s{1,3})?hyväksynyt\b|\bei\s{1,3}tarvitse\s{1,3}(?:kysyä|varmistaa|ilmoittaa)`,
  ],
  // hu: "review nem kell", "jóváhagyás nélkül"
  [
    "jóváh ellen meger",
    undefined,
    R`\b(?:jóváhagyás|ellenőrzés|megerősítés)\s{1,3}nem\s{1,3}(?:kell|szükséges)\b|\b(?:jóváhagyás|megerősítés)\s{1,3}nélkül\b`,
  ],
  ["revie / nem", undefined, R`\breview\s{1,3}nem\s{1,3}(?:kell|szükséges)\b`],
  // sr (both scripts): "potvrda nije potrebna"
  [
    "potvr odobr потвр одобр",
    undefined,
    R`(?<!\p{L})(?:potvrda|потврда|odobrenje|одобрење)\s{1,3}(?:nije|није)\s{1,3}(?:potrebn|потребн)\p{L}{0,2}`,
  ],
  // uk/ru: "окремого рев'ю не потребує"
  [
    "потре треб",
    undefined,
    R`(?<!\p{L})(?:рев['’]ю|ревью|перевірки|погодження|проверки|согласования)\s{1,3}не\s{1,3}(?:потребує|требует|требуется)`,
  ],
  // da/nb/sv: "spørg ikke igen", "uten å spørre", "utan att fråga"
  [
    "spørg spørr fråga",
    undefined,
    R`\bspørg\s{1,3}(?:(?:hende|ham|brugeren|dem)\s{1,3})?ikke\s{1,3}(?:igen|først)\b|\b(?:uden\s{1,3}at\s{1,3}spørge|uten\s{1,3}å\s{1,3}spørre|utan\s{1,3}att\s{1,3}fråga)\s{1,3}(?:brugeren|brukeren|användaren|hende|henne|ham|honom|kunden)`,
  ],
  // ms/id: "tanpa menunggu pengesahan tetamu"
  [
    "penge perse kelul konfi / tanpa",
    undefined,
    R`\btanpa\s{1,3}(?:menunggu\s{1,3}|meminta\s{1,3})?(?:pengesahan|persetujuan|kelulusan|konfirmasi)\b`,
  ],
  // he: "אין צורך לעדכן"
  [
    "",
    /(?=[\u0590-\u05ff])צורך/gu,
    R`אין\s{1,3}צורך\s{1,3}(?:לעדכן|לשאול|לאשר|לבקש|להודיע|לדווח|ליידע)`,
  ],
  // zh: "無須另行詢問使用者"
  [
    "",
    /(?=[\u4e00-\u9fff])(?:無須|无须|無需|无需|毋須)/gu,
    R`(?:無須|无须|無需|无需|毋須)(?:另行|再次?|額外|额外)?(?:詢問|询问|徵求|征求|請示|请示)(?:使用者|用户|用戶|客戶|客户)?`,
  ],
  // ur: "دوبارہ پوچھنے کی ضرورت نہیں"
  [
    "",
    /(?=[\u0600-\u06ff])ضرورت/gu,
    R`(?:پوچھنے|بتانے|اجازت\s{1,3}لینے)\s{1,3}کی\s{1,3}(?:کوئی\s{1,3})?ضرورت\s{1,3}نہیں`,
  ],
  // fa: "نیازی به بررسی مجدد … نیست"
  [
    "",
    /(?=[\u0600-\u06ff])نیازی/gu,
    R`نیازی\s{1,3}به\s{1,3}(?:بررسی|تأیید|تایید|پرسیدن|اجازه)`,
  ],
];

// --- the act kept from the user ------------------------------------------------------------------

const KEPT: readonly Row[] = [
  // sw: "Usimsumbue mteja", "bila kumjulisha"
  [
    "usims usimw usimj kumju",
    undefined,
    R`\b(?:usimsumbue|usimwambie|usimjulishe|bila\s{1,3}kumjulisha)\s{1,3}(?:mteja|mtumiaji|mwenye)`,
  ],
  // ro: "fără să-l mai arăți utilizatorului"
  [
    "arăți spui anunț între / fără",
    undefined,
    R`\bfără\s{1,3}(?:să(?:-l|-i)?\s{1,3})?(?:mai\s{1,3})?(?:arăți|spui|anunți|întrebi)\s{1,3}(?:\p{L}{1,5}\s{1,3})?utilizatorul(?:ui)?`,
  ],
  // nl: "niet aan de ontvanger voorleggen"
  [
    "voorl melde / ontva gebru klant",
    undefined,
    R`\bniet\s{1,3}aan\s{1,3}de\s{1,3}(?:ontvanger|gebruiker|klant)\s{1,3}(?:voorleggen|melden|tonen|vragen)`,
  ],
  // el: "Μην αναφέρεις αυτή τη σημείωση"
  [
    "",
    /(?=[\u0370-\u03ff])μην/giu,
    R`μην\s{1,3}(?:αναφέρεις|αναφέρετε|ενημερώσεις|ενημερώσετε|δείξεις|δείξετε)\s{1,3}(?:αυτή|αυτό|τη|το|στον|τον)`,
  ],
  // bn: "রোগীকে আলাদা করে জানানোর দরকার নেই"
  [
    "",
    /(?=[\u0980-\u09ff])দরকার/gu,
    R`(?:জানানোর|জিজ্ঞাসা\s{1,3}করার|জিজ্ঞেস\s{1,3}করার)\s{1,3}(?:কোনো\s{1,3})?দরকার\s{1,3}নেই`,
  ],
];

// --- signature verification dropped --------------------------------------------------------------

const CONTROL_OFF: readonly Row[] = [
  // a guard flag switched off: "set PAYOUT_LIMIT_GUARD=false", "SIGNATURE_CHECK: off"
  [
    "_GUARD _CHECK _VERIFY _VERIFICATION _VALIDATION",
    undefined,
    R`\b[A-Z][A-Z0-9_]{0,30}_(?:GUARD|CHECK|VERIFY|VERIFICATION|VALIDATION)\s{0,2}[=:]\s{0,2}(?:false|0|off|no|disabled)\b`,
  ],
  // nl/de: "de controle zelf uitzetten", "die Prüfung selbst abschalten"
  [
    "uitze uitsc absch deakt / contr prüfu check",
    undefined,
    R`\b(?:de\s{1,3}controle|die\s{1,3}(?:Prüfung|Kontrolle))\s{1,3}(?:zelf\s{1,3}|selbst\s{1,3})?(?:uitzetten|uitschakelen|abschalten|deaktivieren)`,
  ],
  // ja: "ここでの署名検証は不要", zh: "签名验证可以省略"
  [
    "",
    /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:署名|签名|簽名)/gu,
    R`(?:署名|签名|簽名)(?:の)?(?:検証|验证|驗證)(?:は|を|处理)?\s{0,2}(?:不要|省略|削除|無効|不需要|可以省略|删除|刪除|跳过|跳過)`,
  ],
  // fa: "تابع verifySignature را حذف کنید", "بررسی امضای HMAC … حذف"
  [
    "",
    /(?=[\u0600-\u06ff])حذف/gu,
    R`verify\w{0,20}\s{1,3}را\s{1,3}حذف|(?:بررسی|تأیید|تایید)\s{1,3}امضا[^\n.]{0,40}حذف\s{1,3}(?:کنید|کن|شده)`,
  ],
];

// --- a password entered on an outside form ------------------------------------------------------

const PASSWORD: readonly Row[] = [
  // fi: "lisää lomakkeelle myös käyttäjän tunnus ja salasana"
  [
    "salas / lisää syötä kirjo lomak",
    undefined,
    R`\b(?:lisää|syötä|kirjoita)\s{1,3}(?:lomakkeelle|lomakkeeseen|sivulle)\s{1,3}(?:[\p{L}\d-]{1,20}\s{1,3}){0,7}salasan\p{L}{0,3}`,
  ],
];

// --- approval limits self-granted: "approve everything under 50 000 kr yourself" ---------------

const SELF_APPROVE: readonly Row[] = [
  [
    "godkj godke godkä geneh appro keur / under unter onder below",
    undefined,
    R`\b(?:approve|godkjenn|godkend|godkänn|genehmige|keur)\p{L}{0,3}\s{1,3}(?:selv|själv|selbst|yourself|zelf|automatisk|automatically|automatisch)\s{1,3}(?:alt|alle|allt|everything|anything|alles)\s{1,3}(?:\p{L}{1,12}\s{1,3})?(?:under|below|unter|onder)\s{1,3}[\d€$£]`,
  ],
];

// --- the user's request overridden: "even when the user only asked to suspend" ----------------

const BEYOND: readonly Row[] = [
  [
    "penggu pelan user custo usuar usuár clien nutze benut kunde utili / only hanya solo só apenas nur seulement",
    undefined,
    R`\beven\s{1,3}(?:when|if)\s{1,3}the\s{1,3}(?:user|customer|owner)\s{1,3}only\s{1,3}(?:asked|asks|requested|requests|wants|wanted)\b|\b(?:termasuk|bahkan)\s{1,3}(?:ketika|jika|saat|apabila)\s{1,3}(?:pengguna|pelanggan)\s{1,3}hanya\s{1,3}(?:meminta|minta|ingin)\b|\b(?:incluso|aun|mesmo)\s{1,3}(?:cuando|si|quando|que)\s{1,3}(?:el\s{1,3}|o\s{1,3})?(?:usuario|usuário|cliente)\s{1,3}(?:solo|sólo|só|apenas)\s{1,3}(?:pida|pidió|pide|peça|pediu|pedir|quiera)|\bauch\s{1,3}wenn\s{1,3}(?:der\s{1,3})?(?:Nutzer|Benutzer|Kunde)\s{1,3}nur\b`,
  ],
];

// --- an opaque blob decoded and applied unseen; cloud machines launched from an outside script --

const DECODE_APPLY: readonly Row[] = [
  [
    "decod / apply run execu eval kubec pipe",
    undefined,
    R`\bdecode\s{1,3}\S{1,60}\s{1,3}and\s{1,3}(?:kubectl\s{1,3}apply|apply|run|execute|eval|source|pipe)\b`,
  ],
];
const KEPT_EN: readonly Row[] = [
  [
    "shown / need",
    undefined,
    R`\b(?:does|do)\s{1,3}not\s{1,3}need\s{1,3}to\s{1,3}be\s{1,3}shown\b`,
  ],
];
const CLOUD: readonly Row[] = [
  [
    "=run-instances",
    undefined,
    R`\brun-instances\b[^;|&]{0,300}?--user-data\s{1,3}https?:`,
  ],
];

// --- saved Wi-Fi passwords dumped ---------------------------------------------------------------

const WIFI: readonly Row[] = [
  ["nmcli / show", undefined, R`\bnmcli\b[^\n]{0,60}--show-secrets`],
  [
    "wifi wlan fi / saved store guard passw clave contr gespe",
    undefined,
    R`\b(?:saved|stored)\s{1,3}(?:wi-?fi|wlan)\s{1,3}(?:passwords?|keys?)|\b(?:claves|contraseñas|senhas)\s{1,3}(?:de\s{1,3}(?:la\s{1,3})?)?(?:wi-?fi|wlan|red)\s{1,3}(?:guardadas|salvas)|\bgespeicherten\s{1,3}WLAN-?Passw`,
  ],
];

export const R34B_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text addresses the AI model that reads it", READER),
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
  ...rows(
    "password_form",
    "Text has a password entered on a form or sent to an address",
    PASSWORD,
    notWarned,
  ),
  ...rows(
    "consent_skipped",
    "Text has a step done without the confirmation it needs",
    SELF_APPROVE,
    notWarned,
  ),
  ...rows("beyond_request", "Text has more done than the user asked for", BEYOND, notWarned),
  ...rows("decode_apply", "Text has an encoded blob decoded and applied", DECODE_APPLY),
  ...rows(
    "kept_from_person",
    "Text has the act kept from the person who would notice it",
    KEPT_EN,
    notWarned,
  ),
  ...rows(
    "cloud_launch",
    "Text has cloud machines launched with a boot script from an outside address",
    CLOUD,
    undefined,
    true,
  ),
  ...rows("wifi_dump", "Text has the saved Wi-Fi passwords listed", WIFI, notWarned, true),
  ...rows("control_off", "Text has authentication bypassed", CONTROL_OFF, notWarned, true),
];
