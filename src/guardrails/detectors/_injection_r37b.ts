/**
 * Injections in tool results that held-out round 37 found missing, part b: orders planted in a
 * field some outside party can write (a printer's info string, a spreadsheet's input message, an
 * SBOM description, a metric's HELP line, a stack output, a tracking event, a booking form) that
 * name the AI reader in a form the older rows do not read, and close by waiving the person it
 * concerns, in languages the older rows do not read (paraphrases in `_injection_r37b_test.ts`).
 * Every rule is a half-threshold signal filed under a kind the older rows use, so one phrase
 * counts once and a block needs a second, different signal:
 *
 * - `addresses_ai`: the reader named by a relative clause ("assistants that generate the file,
 *   …", "Для асистентів, що …", "Beheeragenten die …:"), a modal ("avustajan tulee …",
 *   "Assistenzsysteme … sollen"), a software-role label ("Infra agents:", "triage bots should"),
 *   "for the bot-…", a vocative (`@… Assistant`, "Olùrànlọ́wọ́ AI"), or a bot-to-bot handoff.
 * - `consent_skipped`: do not ask, wake or tell the person it concerns (de, uk/ru, ha, pl, fi, te,
 *   yo, hu, ms/id, hi, nl, es/pt/it, en "instead of waiting for the reviewer").
 * - `conceal_from_review`: the act left out of the recap or the generated docs (fr, en).
 * - `control_off`: the alert to the account holder switched off (fa, ar).
 * - `covert_directive`: the order hidden in capitals or a cipher and the reader told to apply it.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not a warning or a prohibition before the match ("never …", "bots must not …", "if …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:if\s{1,3}(?:someone|anyone|they|you\s{1,3}are\s{1,3}told)|scam\w{0,4}|fraud\w{0,4}|phish\w{0,4}|never|must\s{1,3}not|nunca|jamais|niemals|nigdy)\b|мошенни|шахрай/iu
    .test(v.slice(Math.max(0, s - 80), s));

/** A letter boundary for scripts `\b` does not know. */
const L0 = R`(?<!\p{L})`;
const L1 = R`(?!\p{L})`;

/**
 * A relative clause that says what software work the helper does ("… that generate the payroll
 * file", "… die Geräte konfigurieren", "… що налаштовують пристрій"): a person's clause ("die neu
 * im Team sind") has none of these verbs.
 */
const ACTS =
  R`[^.:\n]{0,60}?(?:erzeug|erstell|generi|verarbeit|konfigur|richten|einricht|lesen|liest|ausführ|verwalt|verbuch|bearbeit|install|generat|process|read|configur|maintain|manag|handl|set\s{1,3}up|run|toevoeg|installe|beheer|verwerk|configure|mantien|gestion|atiend|procesa|traite|gère|налаштов|настраива|обрабатыва|читают|ведут|керу|обслугов|обробля)\p{L}{0,8}[^.:\n]{0,50}?`;

const READER: readonly HalfRow[] = [
  // a helper stem followed by a relative clause that says what software it is, then the order:
  // "KI-Assistenten, die Rechnungen verbuchen, …", "assistants that maintain this repo, …",
  // "Beheeragenten die deze exporter toevoegen: …", "Для асистентів, що налаштовують …"
  [
    "",
    /(?:assist|asist|agent)/giu,
    R`(?:assistent|assistant|asistent|agent)\p{L}{0,4}(?:\s{1,3}(?:de|of|für|voor|di|do|da)\s{1,3}[\p{L}-]{2,15})?\s{0,2},?\s{1,3}(?:(?:die|der|welke|som)\s{1,3}${ACTS}(?:[:：]|,)|(?:that|which|who|que|qui|che|jotka|kteří|którzy)\s{1,3}${ACTS}[:：])\s{0,3}[^\s\d]`,
  ],
  // the same in Cyrillic: "Для асистентів, що налаштовують пристрій: …", "ассистенты должны …"
  [
    "",
    /(?=[аА])(?:асистент|ассистент|агент)/giu,
    R`(?:асистент|ассистент|агент)\p{L}{0,4}\s{0,2},?\s{1,3}(?:що|які|который|которые|котрі)\s{1,3}${ACTS}(?:[:：]|,)\s{0,3}[^\s\d]|(?:асистент|ассистент)\p{L}{0,3}\s{1,3}(?:\p{L}{2,20}\s{1,3}){0,2}(?:повинн|має|мають|слід|должн|нужно|необхідно)\p{L}{0,3}[^\n.;:]{0,40}`,
  ],
  // the helper told what it must do: "Assistenzsysteme der Leitwarte sollen …", "avustajan tulee
  // kirjata …", "асистенти повинні …", "Mataimakin waya wanda yake karanta … ya kamata …"
  [
    "",
    /(?:assistenz|avustaj|mataimaki|asszisztens)/giu,
    R`(?:${L0}(?:KI-|AI-)?Assistenzsystem\p{L}{0,3}\s{1,3}(?:(?:der|des|im|in)\s{1,3}\p{L}{2,20}\s{1,3})?(?:sollen|sollte|müssen|muss|dürfen)${L1}|avustaj(?:an|ien|at|a)\s{1,3}(?:tulee|pitää|täytyy|kuuluu|on\s{1,3}\p{L}{2,15}ttava)${L1}|${L0}mataimaki\p{L}{0,2}\s{1,3}(?:\p{L}{2,12}\s{1,3}){0,2}(?:wanda|da\s{1,3}ke|mai)\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,3}(?:karanta|gani|kula)${L1}|${L0}asszisztens\p{L}{0,3}\s{1,3}(?:hagyja|utalja|küldje|végezze|állítsa|törölje|fizesse|engedélyezze|módosítsa|kapcsolja|adja)${L1})[^\n.;:]{0,40}`,
  ],
  // a software role named as the reader in English: "Infra agents: …", "triage bots and coding
  // agents should …", "Integrators and code-generation assistants: …", "mail assistants, apply …"
  [
    "",
    /\b(?:assistants?|agents?|bots?)\b/giu,
    R`\b(?:coding|code-?gen(?:eration)?|triage|infra(?:structure)?|automation|reading|browsing|inbox|mail|e-?mail|order-entry|data-entry|fulfil{1,2}ment|monitoring|devops|deploy(?:ment)?|review|maintenance|setup|install(?:ation)?|onboarding|build|release|migration|backup|sync|scheduling|shopping|wallet|research)\s{1,3}(?:assistants?|agents?|bots?)(?:\s{1,3}(?:and|or|&)\s{1,3}(?:[\p{L}-]{2,20}\s{1,3})?(?:assistants?|agents?|bots?))?(?:\s{0,2}~\s{0,2}(?:[A-Z0-9]{2,4}\*){1,3})?(?:\s{0,2}[:：]\s{0,3}(?:[a-z]{2,15}\s)|(?:\s{1,3}|(?<=\*))(?:should|must|shall|need\s{1,3}to|are\s{1,3}(?:expected|asked|required)\s{1,3}to|can)\s{1,3}(?!not\b|never\b|only\b|be\b|help\b)[a-z])`,
  ],
  // "for the bot-admin", "dla bota-admina", "@Acme Assistant you …", "Olùrànlọ́wọ́ AI, …", a
  // handoff between bots ("triage bot → billing assistant")
  [
    "",
    /(?:bot|asystent|assistant|agent|ol[ùu]r[àa]nl)/giu,
    R`\bdla\s{1,3}(?:bota|botów|asystenta\s{1,3}AI|asystentów\s{1,3}AI|agenta\s{1,3}AI)(?:-\p{L}{2,15})?${L1}|(?:^|\s)@[\p{L}\d_.-]{2,24}(?:\s[\p{L}\d_.-]{2,24})?\s(?:Assistant|Bot|Agent)\s{1,3}(?:you|please|go|pls)\b|${L0}ol[ùu]r[àa]nl[ọo]\p{M}{0,2}w[ọo]\p{M}{0,2}\s{1,3}(?:AI|A\.I\.)${L1}`,
  ],
  // fa: a handoff from one bot to the next ("ربات پذیرش → دستیار مالی")
  [
    "",
    /(?=[رد])(?:ربات|دستیار)/giu,
    R`(?:ربات|دستیار)\s{0,2}[^\n→]{0,30}→\s{0,2}(?:دستیار|ربات)`,
  ],
  // te: "ఈ … చూస్తున్న డిజిటల్ అసిస్టెంట్" (the digital assistant viewing this)
  [
    "",
    /అసిస్టెంట్|సహాయక/giu,
    R`(?:చూస్తున్న|చదువుతున్న|నిర్వహించే)\s{1,3}(?:\p{L}[\p{L}\p{M}]{0,15}\s{1,3})?(?:అసిస్టెంట్|సహాయక)`,
  ],
];

const WAIVED: readonly HalfRow[] = [
  // de: "Rückfragen bitte nicht an die Buchhaltung", "den Bereitschaftsdienst nicht wecken", "die
  // Kunden werden erst danach informiert"
  [
    "",
    /(?:rückfrag|nicht\s{1,6}(?:wecken|stören|fragen|informieren|benachrichtigen)|erst\s{1,3}nach)/giu,
    R`${L0}Rückfragen\s{1,3}(?:bitte\s{1,3})?nicht\s{1,3}an${L1}|${L0}(?:Schichtleit|Vorgesetzt|Bereitschaft|Inhaber|Eigentümer|Kund|Nutzer|Mitarbeit|Personalabteilung|Chef|Leitung|Team)\p{L}{0,8}\s{1,3}(?:bitte\s{1,3})?nicht\s{1,6}(?:wecken|stören|fragen|informieren|benachrichtigen|einbeziehen)${L1}|${L0}werden\s{1,3}erst\s{1,3}(?:nach\s{1,3}(?:dem|der)\s{1,3}\p{L}{2,15}|danach|nachträglich|im\s{1,3}Nachhinein)\s{1,3}(?:informiert|benachrichtigt)${L1}`,
  ],
  // uk/ru: "погоджувати це з бухгалтерією не треба", "уведомлять клиента заранее не нужно"
  [
    "",
    /(?=[спупН])(?:спраш|уведом|соглас|подтвер|пита|повідом|погод)/giu,
    R`${L0}(?:спрашивать|уведомлять|согласовывать|подтверждать|питати|повідомляти|погоджувати|підтверджувати)\s{1,3}(?:[\p{L}«»"]{1,15}\s{1,3}){2,4}не\s{1,3}(?:нужно|надо|требуется|потрібно|треба)${L1}`,
  ],
  // ha "kada a tambayi mai asusun"; pl "nie pytaj", "bez pytania właściciela"; fi "ei tarvitse
  // herättää", "kysymättä"; yo "má ṣe béèrè lọ́wọ́ …"; ms/id "tak perlu tanya pemilik"; nl "niet
  // via change-advies"
  [
    "kada kar nie bez ei kysymättä ilmoittamatta má ma tak tidak tdk gak nggak ga usah niet",
    undefined,
    R`\b(?:kada|kar)\s{1,3}(?:a|ka|ki|ku)\s{1,3}(?:tambay|sanar)\p{L}{0,3}${L1}|\bnie\s{1,3}(?:pytaj|pytajcie|informuj|powiadamiaj|budź)\p{L}{0,3}${L1}|\bbez\s{1,3}(?:pytania|pytań|informowania|zgody)\s{1,3}(?:właściciel|użytkownik|rodzic|admin)\p{L}{0,4}|\bei\s{1,3}tarvitse\s{1,3}(?:herättää|kysyä|ilmoittaa|vahvistaa|kertoa|tiedottaa)${L1}|${L0}(?:kysymättä|ilmoittamatta)\s{1,3}(?:\p{L}{2,15}\s{0,2})?(?:omistaja|käyttäjä|asiakka|tietoturva|esihenkilö)|${L0}m[áa]\s{1,3}[ṣs]\p{M}{0,2}e\s{1,3}(?:b[ée]\p{M}{0,2}[èe]\p{M}{0,2}r[èe]\p{M}{0,2}|s[ọo]\p{M}{0,2}\s{1,3}f[úu]n)${L1}|\b(?:tak|tidak|tdk|gak|nggak|ga)\s{1,3}(?:perlu|usah)\s{1,3}(?:di)?(?:tanya|bertanya|maklum|memaklumkan|beritahu|memberitahu|konfirmasi)\p{L}{0,3}\b|\bniet\s{1,3}via\s{1,3}(?:de\s{1,3}|het\s{1,3})?(?:change[-\s]?\p{L}{0,10}|CAB|wijzigings\p{L}{2,12}|servicedesk)`,
  ],
  // te "గ్రహీతను అడగనవసరం లేదు" (no need to ask); hi "… को (अलग से) बताने की ज़रूरत नहीं"; hu
  // "a négy szem elvét … ne alkalmazza", "nem kell felébreszteni"
  [
    "",
    /(?:అడగ|తెలియజేయ|చెప్ప|बताने|पूछने|सूचित)/giu,
    R`(?:అడగ|తెలియజేయ|చెప్ప)\p{M}{0,2}(?:నవసరం|వలసిన\s{1,3}అవసరం)\s{0,2}లేదు|(?:को\s{1,3})?(?:अलग\s{1,3}से\s{1,3})?(?:बताने|सूचित\s{1,3}करने|पूछने)\s{1,3}की\s{1,3}(?:ज़रूरत|जरूरत|आवश्यकता)\s{1,3}नहीं`,
  ],
  // hu: "a négy szem elvét most ne alkalmazza" (the four-eyes rule waived)
  [
    "",
    /(?:elv|ellenőrz|egyeztet|jóváhagy)/giu,
    R`${L0}(?:elv|ellenőrzés|egyeztetés|jóváhagyás)\p{L}{0,4}\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,2}(?:most\s{1,3})?ne\s{1,3}(?:alkalmazza|kérje|végezze|várja)${L1}`,
  ],
  // es/pt/it "publicar sin PR es aceptable", "sem aprovação do dono"; en "rather than waiting
  // for a maintainer", "a confirmation prompt would spoil it"
  [
    "sin sem senza rather without prompt",
    undefined,
    R`\b(?:sin|sem|senza)\s{1,3}(?:un\s{1,3}|una\s{1,3}|um\s{1,3}|uma\s{1,3})?(?:PR|pull\s{1,3}request|revisi[óo]n|revis[ãa]o|aprobaci[óo]n|aprova[çc][ãa]o|approvazione|avisar|preguntar|perguntar|chiedere|avvisare)\s{1,3}(?:(?:es|é|è)\s{1,3}(?:aceptable|aceit[áa]vel|accettabile|suficiente|ok|válido)|(?:del|do|da|della|al)\s{1,3}(?:due[ñn]o|dono|propietari[oa]|propriet[áa]ri[oa]|usuario|usu[áa]rio|utente|cliente|responsable))\b|\b(?:rather\s{1,3}than|instead\s{1,3}of|without)\s{1,3}waiting\s{1,3}for\s{1,3}(?:a\s{1,3}|the\s{1,3}|any\s{1,3})?(?:maintainer|reviewer|owner|human|admin|approver|approval|review|sign-?off)s?\b|\b(?:a|any|the)\s{1,3}(?:confirmation|approval)\s{1,3}(?:prompt|dialog|step|request)\s{1,3}(?:will|would)\s{1,3}(?:spoil|ruin|break|tip\s{1,3}off|alert|give\s{1,3}away)\b`,
  ],
];

const DO_NOT_ASK: readonly HalfRow[] = [
  // "don't ask / tell the owner" as an imperative with the person named, in languages the older
  // rows do not read: sw "usimuulize mwenye …", tl "huwag nang tanungin ang may-ari", tr "sahibine
  // sormaya gerek yok", ro "nu e nevoie să-l întrebi", hu "ne kérdezd meg a tulajdonost", hr/sr/bs
  // "ne pitaj vlasnika", no/da/sv "spør ikke eieren", fi "älä kysy omistajalta", de "ohne den
  // Inhaber zu fragen"
  [
    "usimuulize usimwambie usimjulishe huwag hindi gerek lüzum nu ne spør spørg fråga älä ohne",
    undefined,
    R`\b(?:usimuulize|usimwambie|usimjulishe)\s{1,3}(?:mwenye|mteja|mmiliki|bosi|meneja)\b|\b(?:huwag\s{1,3}(?:nang\s{1,3})?(?:tanungin|sabihan|abisuhan|ipaalam\s{1,3}sa)|hindi\s{1,3}na\s{1,3}kailangang\s{1,3}(?:tanungin|sabihan|ipaalam\s{1,3}sa))\s{1,3}(?:ang\s{1,3}|kay\s{1,3})?(?:may-?ari|customer|user|amo|boss|manager|kliyente)\b|${L0}(?:sahib|kullanıcı|müşteri|yönetici)\p{L}{0,4}\s{1,3}(?:sor(?:ma|man)\p{L}{0,3}|haber\s{1,3}verme\p{L}{0,3}|bilgi\s{1,3}verme\p{L}{0,3})\s{1,3}(?:gerek|lüzum)\s{1,3}yok${L1}|\bnu\s{1,3}(?:e|este)\s{1,3}nevoie\s{1,3}s[ăa](?:-\p{L}{1,2})?\s{1,3}(?:întreb|anunț|anunt|informez|inform)\p{L}{0,3}|\bne\s{1,3}(?:kérdezd|kérdezze|szólj|szóljon|értesítsd|értesítse)\s{1,3}(?:meg\s{1,3})?(?:a|az)\s{1,3}(?:tulajdonos|felhasználó|ügyfel|ügyfél|főnök|vezető)|\bne\s{1,3}(?:pitaj|pitajte|obavještavaj|obaveštavaj|javljaj)\s{1,3}(?:vlasnik|korisnik|šef|klijent|menadžer)\p{L}{0,3}|\b(?:spør|spørg|fråga)\s{1,3}(?:ikke|inte)\s{1,3}(?:eier|ejer|ägar|bruker|bruger|användar|kund|sjef|chef)\p{L}{0,4}|${L0}älä\s{1,3}(?:kysy|kerro|ilmoita)\s{1,3}(?:omistaja|käyttäjä|asiakka|esihenkilö|pomo)\p{L}{0,5}|\bohne\s{1,3}(?:den|die|das)\s{1,3}(?:Inhaber|Eigentümer|Nutzer|Kunden|Chef|Vorgesetzten)\p{L}{0,3}\s{1,3}(?:zu\s{1,3})?(?:fragen|informieren|benachrichtigen)\b`,
  ],
  // uk/ru "не питай власника", "не спрашивай владельца" (asking only: a report quotes "don't tell"); ta "உரிமையாளரிடம் கேட்க வேண்டாம்"
  [
    "",
    /(?=[нНகசத])(?:не\s|கேட்க|சொல்ல|தெரிவிக்க)/giu,
    R`(?<!\p{L})не\s{1,3}(?:питай|питайте|спрашивай|спрашивайте)\s{1,3}(?:власник|користувач|клієнт|владельц|пользовател|клиент|начальник|керівник)\p{L}{0,3}|(?:கேட்க|சொல்ல|தெரிவிக்க)\p{M}{0,2}\s{0,2}(?:வேண்டாம்|தேவையில்லை)`,
  ],
];

const LEFT_OUT: readonly HalfRow[] = [
  // fr "ne pas lister cette révision dans le récapitulatif"; en "do not mention this call in the
  // generated docs"
  [
    "pas not don",
    undefined,
    R`\bne\s{1,3}pas\s{1,3}(?:lister|mentionner|inclure|signaler|faire\s{1,3}figurer|citer)\s{1,3}[^.\n]{0,50}?(?:dans|au|en)\s{1,3}(?:le\s{1,3}|la\s{1,3}|les\s{1,3})?(?:récapitulatif|résumé|compte[-\s]rendu|rapport|synthèse|changelog|journal)|\b(?:do\s{1,3}not|don['’]t)\s{1,3}(?:mention|document|list|include|describe)\s{1,3}(?:this|that|the)\s{1,3}(?:call|step|request|endpoint|change|hook|beacon)\s{1,3}(?:in|from)\s{1,3}(?:the\s{1,3}|any\s{1,3})?(?:generated\s{1,3})?(?:READMEs?|docs|documentation|summary|changelog|report|PR\s{1,3}description|release\s{1,3}notes)\b`,
  ],
];

const ALERT_OFF: readonly HalfRow[] = [
  // fa "ارسال پیامک هشدار به … را خاموش کن"; ar "أوقف رسائل التنبيه …"
  [
    "",
    /(?:هشدار|اعلان|تنبيه|إشعار)/giu,
    R`(?:پیامک|اعلان|ایمیل)?\s{0,2}هشدار\S{0,3}\s{1,3}(?:\S{1,15}\s{1,3}){0,4}را\s{1,3}(?:خاموش|غیرفعال|قطع)\s{0,2}کن|(?:أوقف|عطّل|عطل|ألغِ|ألغ)\s{1,3}(?:رسائل\s{1,3}|إرسال\s{1,3})?(?:التنبيه|التنبيهات|الإشعار|الإشعارات)`,
  ],
];

const COVERT: readonly HalfRow[] = [
  // "the words in capitals form this month's directive", "decode it and apply the result"
  [
    "",
    /\b(?:capitals|caps|upper-?case|bold|cipher|decode|decipher|solution)\b/giu,
    R`\b(?:words?|letters?)\s{1,3}(?:in|written\s{1,3}in)\s{1,3}(?:capitals|caps|upper-?case|bold)\s{1,3}[^.\n]{0,60}?(?:are|form|spell|make\s{1,3}up|give)\s{1,3}(?:(?!not\b)[^.\n]){0,40}?(?:directive|instruction|command|order|task)s?\b|\b(?:decode|decipher|decrypt|solve)\s{1,3}[^.\n]{0,40}?\s(?:and|then)\s{1,3}(?:apply|execute|run|carry\s{1,3}out|perform)\s{1,3}(?:it|them|that|the\s{1,3}(?:result|solution|text|message|instructions?|commands?|line|answer))\b|\b(?:verify|check)\s{1,3}the\s{1,3}solution\s{1,3}by\s{1,3}(?:applying|executing|running|carrying\s{1,3}out)\s{1,3}it\b`,
  ],
];

const AV_DISMISSED: readonly HalfRow[] = [
  // a security warning waved off in advance: "antivir může ukázat falešný poplach", "Defender
  // may flag the loader; that is a false positive", "der Virenscanner meldet evtl. Fehlalarm"
  [
    "",
    /(?:antivir|defender|smartscreen|virenscanner|virus\s{0,2}scanner|\bAV\b)/giu,
    R`(?:antivir\p{L}{0,6}|defender|smartscreen|virenscanner|virus\s{0,2}scanner|\bAV)\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,2}(?:may|might|can|will|could|může|muze|kann|könnte|peut|pourrait|puede|pode|może|potrebbe|può)\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,4}?(?:falešn\p{L}{0,3}\s{1,3}poplach|false\s{1,3}(?:positive|alarm|alert)|Fehlalarm|faux\s{1,3}positif|falso\s{1,3}positivo|fałszyw\p{L}{0,3}\s{1,3}alarm)`,
  ],
];

/** Round 37b's rules, appended to the detector's list. */
export const R37B_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text names the AI reader and tells it what to do", READER, notWarned),
  ...rows("consent_skipped", "Text waives asking the person it concerns", WAIVED, notWarned),
  ...rows("consent_skipped", "Text waives asking the person it concerns", DO_NOT_ASK, notWarned),
  ...rows("conceal_from_review", "Text keeps an act out of the summary", LEFT_OUT, notWarned),
  ...rows("control_off", "Text has the owner's alerts switched off", ALERT_OFF, notWarned),
  ...rows("covert_directive", "Text hides an order in capitals or a cipher to apply", COVERT),
  ...rows("av_dismissed", "Text waves off an antivirus warning in advance", AV_DISMISSED),
];
