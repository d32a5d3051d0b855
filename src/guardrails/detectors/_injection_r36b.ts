/**
 * Injections in tool results that held-out round 36 found missing, part b: the order closes by
 * waiving the person it concerns — "no need to ask the user", "don't open a ticket", "approval is
 * not needed", "without confirmation", "do not bother her" — in languages the older rows do not
 * read (ru, uk, hy, cy, lv, is, sl, mr, ne, hi, az, zh, et, da, no, sv, nl, vi with or without
 * diacritics, zu, sq, eu, ka, it, af; paraphrases in `_injection_r36b_test.ts`). Every rule is a
 * half-threshold signal filed under `consent_skipped`, the kind round 35a's rows use, so one phrase
 * counts once and a block needs a second, different signal (such as round 36a's helper address).
 * Round 36b also hid its orders in encodings a model reads (quoted-printable, hex UTF-8, ROT13,
 * bold letters, tag characters); `textViews` already decodes those, so these rows see the decoded
 * words the same as plain ones.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not a warning or a question before the match ("if someone says …", "scammers say …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:if\s{1,3}(?:someone|anyone|a\s{1,3}caller|they|you\s{1,3}are\s{1,3}told)|scam\w{0,4}|fraud\w{0,4}|phish\w{0,4}|never|nunca|jamais)\b|мошенни|шахра/iu
    .test(v.slice(Math.max(0, s - 80), s));

const WAIVED: readonly HalfRow[] = [
  // en: "no separate sign-off from the owner is required", "no need to wait for approval"
  [
    "",
    /\bno\s{1,3}(?:need|separate|further|additional|extra|prior)\b/iu,
    R`\bno\s{1,3}(?:separate|further|additional|extra|prior)\s{1,3}(?:confirmation|approval|sign-?off|review|check|consent)\s{1,3}(?:(?:from|by|with|of)\s{1,3}[^.\n;]{1,40}?\s{1,3})?(?:is|are)\s{1,3}(?:needed|required|necessary)\b|\bno\s{1,3}need\s{1,3}to\s{1,3}(?:stop\s{1,3}and\s{1,3})?(?:ask|check\s{1,3}with|confirm\s{1,3}with|wait\s{1,3}for|get)\s{1,3}(?:for\s{1,3})?(?:the\s{1,3}|a\s{1,3}|any\s{1,3})?(?:user|owner|operator|review|approval|confirmation|permission|sign-?off|admin|team)s?\b|\bno\s{1,3}need\s{1,3}to\s{1,3}(?:open|file|raise|create)\s{1,3}(?:a\s{1,3}|an\s{1,3})?(?:change|ticket|CR|incident|request)\b`,
  ],
  // ru/uk: "уведомлять владельца не нужно", "оператора питати не потрібно", "не нужно
  // спрашивать", "не треба повідомляти"
  [
    "",
    /(?=[спупН])(?:спраш|уведом|соглас|подтвер|пита|повідом|погод|не\s)/iu,
    R`(?<!\p{L})(?:\p{L}{2,15}\s{1,3})?(?:спрашивать|уведомлять|согласовывать|подтверждать|питати|повідомляти|погоджувати|підтверджувати)\s{1,3}(?:\p{L}{2,15}\s{1,3})?не\s{1,3}(?:нужно|надо|требуется|потрібно|треба)(?!\p{L})|(?<!\p{L})не\s{1,3}(?:нужно|надо|потрібно|треба)\s{1,3}(?:ничего\s{1,3}|нічого\s{1,3})?(?:спрашивать|уведомлять|согласовывать|питати|повідомляти|погоджувати)(?!\p{L})`,
  ],
  // hy "… հարցնելու կարիք չկա"; ka "ნუ შეაწუხებ …", "არ არის საჭირო დადასტურება"
  [
    "",
    /(?=[հնა])(?:հարցնել|ნუ|არ)/iu,
    R`հարցնելու\s{1,3}(?:կարիք|անհրաժեշտություն)\s{1,3}չկա|ნუ\s{1,3}(?:შეაწუხებ|ჰკითხავ|შეატყობინებ)\p{L}{0,3}|არ\s{1,3}არის\s{1,3}საჭირო\s{1,3}(?:დადასტურება|კითხვა|თანხმობა)`,
  ],
  // cy/lv/is/sl/et/eu/sq/zu/af: "does dim angen gofyn i …", "neprasiet lietotājam …", "ekki þarf
  // að bera þetta undir …", "zahtevka ne odpirajte", "kinnitust ei ole vaja", "ez galdetu", "pa
  // konfirmim nga përdoruesi", "akudingeki ukuthi … abuze", "hoef nie gevra te word nie"
  [
    "dim oes nepra nejau ekki zahte ni kinni ilma ez pa akudi hoef",
    undefined,
    R`\b(?:does|nid\s{1,3}oes)\s{1,3}dim\s{1,3}angen\s{1,3}(?:gofyn|holi|cadarnhau|hysbysu|dweud)\b|\bnid\s{1,3}oes\s{1,3}angen\s{1,3}(?:gofyn|holi|cadarnhau|hysbysu)\b|\bne(?:prasiet|prasi|jautājiet|jautā|ziņojiet)\s{1,3}(?:lietotāj|klient|īpašniek)\p{L}{0,4}|\bekki\s{1,3}þarf\s{1,3}(?:að\s{1,3})?(?:bera|spyrja|láta\s{1,3}vita|fá\s{1,3}samþykki|staðfest)\p{L}{0,4}|\bzahtevk\p{L}{0,2}\s{1,3}ne\s{1,3}odpirajte\b|\bni\s{1,3}treba\s{1,3}(?:vpraš|potrdi|odobr|obvesti)\p{L}{0,6}|\b(?:kinnitust|luba|heakskiitu|kooskõlastust)\s{1,3}(?:ei\s{1,3}(?:ole\s{1,3})?vaja|pole\s{1,3}vaja)\b|\bilma\s{1,3}(?:kinnituseta|küsimata|loata)\b|\bez\s{1,3}(?:galdetu|baieztatu|jakinarazi)\b|\bpa\s{1,3}(?:konfirmim|miratim|pyetur|njoftuar)\p{L}{0,3}(?:\s{1,3}nga\s{1,3}(?:përdoruesi|klienti|pronari))?\b|\bakudingeki\s{1,3}(?:ukuthi\s{1,3})?(?:\p{L}{2,15}\s{1,3})?\p{L}{0,3}(?:buze|buza|qinisek)\p{L}{0,2}\b|\bhoef\s{1,3}nie\s{1,3}(?:in\s{1,3}kennis\s{1,3}gestel|gevra|ingelig)\b`,
  ],
  // da/no/sv/nl/it: "kræver ikke ny CAB", "krever ikke godkjenning", "kräver inte godkännande",
  // "niet vragen, gewoon doen", "l'approvazione del CFO non serve"
  [
    "kræve kreve kräve niet firma appro confe autor revis",
    undefined,
    R`\b(?:kræver|krever|kräver)\s{1,3}(?:ikke|inte)\s{1,3}(?:en\s{1,3}|ett\s{1,3})?(?:ny|nytt|nye)?\s{0,3}(?:CAB|godkendelse|godkjenning|godkännande|bekræftelse|bekreftelse|bekräftelse|ticket|sag|ärende)\b|\bniet\s{1,3}(?:eerst\s{1,3})?(?:vragen|navragen|overleggen)\s{0,2}[,.;—–-]\s{0,3}gewoon\s{1,3}(?:doen|uitvoeren)\b|\b(?:firma|approvazione|conferma|autorizzazione|revisione)\s{1,3}(?:(?:del|della|dello|dell['’])\s{0,3}\S{1,15}\s{1,3})?non\s{1,3}(?:serve|è\s{1,3}necessari[ao]|occorre)\b`,
  ],
  // mr/ne/hi: "नवीन तिकीट उघडू नका", "… जानकारी दिनु आवश्यक छैन", "पूछने की ज़रूरत नहीं"
  [
    "",
    /(?=[तजपसव])(?:तिकीट|जानकारी|पूछ|सोध|विचार)/iu,
    R`तिकीट\s{1,3}उघडू\s{1,3}नका|विचारू\s{1,3}नका|(?:जानकारी\s{1,3}दिनु|सोध्नु)\s{1,3}(?:आवश्यक\s{1,3}छैन|पर्दैन)|(?:पूछने|बताने|अनुमति\s{1,3}लेने)\s{1,3}की\s{1,3}(?:ज़रूरत|जरूरत|आवश्यकता)\s{1,3}नहीं`,
  ],
  // az: "təsdiq lazım deyil"; zh: "不需要再走安全评审", "无需审批"; vi: "không cần hỏi chị"
  [
    "",
    /(?=[tTsS不无无kK])(?:təsdiq|soruş|不|无需|khong|không)/iu,
    R`\b(?:təsdiq|icazə)\p{L}{0,3}\s{1,3}lazım\s{1,3}deyil|\bsoruşmağa\s{1,3}ehtiyac\s{1,3}yoxdur|(?:不需要|不必|不用|无需)(?:再)?(?:走|经过|进行|征求|通知)?\p{Script=Han}{0,4}?(?:评审|审批|审核|确认|同意)|(?<!\p{L})(?:khong|không)\s{1,3}(?:can|cần)\s{1,3}(?:hoi|hỏi|xac\s{1,3}nhan|xác\s{1,3}nhận|bao|báo)(?!\p{L})`,
  ],
];

const WAIVED_MORE: readonly HalfRow[] = [
  // pt/id/cs/sk/nl/hu: "não precisa avisar", "tanpa PR", "není třeba hlásit", "je hoeft hem niet
  // te bellen", "ne kérj megerősítést", "nem kell szólni"
  [
    "não nao preci tanpa není neni netre třeba hoeft kérj kérje küld kell",
    undefined,
    R`\bn[ãa]o\s{1,3}precisa\s{1,3}(?:de\s{1,3})?(?:ligar|telefonar|informar|pedir)\b|\btanpa\s{1,3}(?:PR|pull\s{1,3}request|review|persetujuan|konfirmasi|izin|sepengetahuan)\b|\b(?:není|neni|netreba|nie\s{1,3}je)\s{1,3}(?:třeba|treba|potřeba|potrebné|nutné)?\s{0,3}(?:hlásit|oznamovat|potvrzovat|schvalovat|ptát|hlásiť|oznamovať|potvrdzovať|pýtať)\p{L}{0,3}\b|\b(?:je|u)\s{1,3}hoeft\s{1,3}(?:\p{L}{2,12}\s{1,3}){0,2}niet\s{1,3}te\s{1,3}(?:bellen|vragen|cc['’]?en|informeren|melden|mailen)\b|\bne\s{1,3}(?:kérj|kérjen)\s{1,3}(?:megerősítést|jóváhagyást|engedélyt)|\bne\s{1,3}(?:küldj|küldjön)\s{1,3}értesítést|\bnem\s{1,3}kell\s{1,3}(?:megkérdezni|szólni|értesíteni|jóváhagyni)\b`,
  ],
  // el: "μην πεις τίποτα στη …", "μην ενημερώσετε τον …"
  [
    "",
    /μην/iu,
    R`(?<!\p{L})μην\s{1,3}(?:πεις|πείτε|ενημερώσεις|ενημερώσετε|ρωτήσεις|ρωτήσετε)\s{1,3}(?:τίποτα\s{1,3})?(?:στ|σε|τ)\p{L}{0,3}(?!\p{L})`,
  ],
];

const LEFT_OUT: readonly HalfRow[] = [
  // ja/zh/ko: "報告には含めないでください", "不要写进总结", "요약에 포함하지 마세요"
  [
    "",
    /要約|報告|サマリー|议事|总结|摘要|汇报|요약|보고/iu,
    R`(?:要約|報告|サマリー|議事録)(?:\p{Script=Han}{0,4})?(?:に|には|へは)(?:記載し|含め|書か|入れ)ないで|(?:不要|别|勿)(?:写进|写入|放进|提到|列入)(?:\p{Script=Han}{0,3})?(?:总结|摘要|汇报|纪要)|(?:요약|보고서?|회의록)(?:에|에는)\s{0,2}(?:포함하지|넣지|쓰지|적지)\s{0,2}(?:마|말)`,
  ],
];

/** Round 36b's rules, appended to the detector's list. */
export const R36B_RULES: readonly InjectionRule[] = [
  ...rows("consent_skipped", "Text waives asking the person it concerns", WAIVED, notWarned),
  ...rows("consent_skipped", "Text waives asking the person it concerns", WAIVED_MORE, notWarned),
  ...rows("conceal_from_review", "Text keeps an act out of the summary", LEFT_OUT, notWarned),
];
