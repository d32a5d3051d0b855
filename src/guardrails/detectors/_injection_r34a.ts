/**
 * Injections in tool results that held-out round 34a found missing: a harmful change of state
 * written as data, and orders to an AI reader addressed by its role, in many languages
 * (paraphrases in `_injection_r34a_test.ts`). Every rule is a half-threshold signal that blocks
 * only beside a second, different one:
 * - `alerts_silenced` (filed under round 31a's kind, so one protection counts once): a protective
 *   alarm, alert or owner notification switched off, paused, inhibited or withheld, or a safety or
 *   security control (time lock, survey, escort, immobiliser, content filter, fraud rules, 3-D
 *   Secure, quotation check) recorded as waived, disabled or exempted;
 * - `r34a_auto_apply`: the change recorded as applying itself: "applied automatically at the next
 *   sync", "auto_release: true", "activates on the next controller sync", "при следующей
 *   обработке", "下次同步時啟用", "خودکار اجرا";
 * - `addresses_ai` (the older kind, so an address counts once): the AI reader addressed by the job
 *   it does on this content, in Czech, Romanian, Finnish, Dutch, Japanese and Bengali.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** A warning or a negation right before the match ("never disable alerts", "no se inhiben"). */
const WARN_BEFORE =
  /(?:\b(?:never|not|no|don['’]t|do\s+not|must\s+not|cannot|can['’]t|avoid|nunca|jamais|nie|niemals|nigdy|nooit|niet|ikke|inte|aldri|aldrig|asla|mai|non|não|kein\w{0,2}|ei|älä|nu|tilos|nem)\b|никогда|нельзя|не\s|ніколи|不要|不得|禁止|切勿|不会|决不|絕不|しない|しないで|禁止|ہرگز|نہ\s|אסור|לעולם)[^.\n]{0,40}$/iu;
const notWarned: Accept = (v, s) => !WARN_BEFORE.test(v.slice(Math.max(0, s - 60), s));

// --- a protection switched off -------------------------------------------------------------------

const PROTECTION_OFF: readonly HalfRow[] = [
  // en: "high-chlorine alarms inhibited", "owner notification: suppressed", "mute the SMS alerts to
  // the manager", "reminder notices suppressed", "parent alerts paused until the 30th"
  [
    "alarm alarms alert alerts notif notic remin / inhib suppr disab pause muted mute silen switc turne",
    undefined,
    R`\b(?:alarms?|alerts?|alerting|notifications?|notices?|reminders?)(?:\s{1,3}(?:to|for)\s{1,3}(?:the\s{1,3})?[\w-]{2,20})?\s{0,3}(?:[:=]\s{0,3}"?|(?:are|were|is|was|now|(?:have|has)\s{1,3}been)\s{1,3})?(?:inhibited|suppressed|disabled|paused|muted|silenced|switched\s{1,3}off|turned\s{1,3}off)\b|\b(?:inhibit|suppress|disable|pause|mute|silence|switch\s{1,3}off|turn\s{1,3}off)\s{1,3}(?:the\s{1,3}|all\s{1,3})?[^.\n]{0,30}?\b(?:alarms?|alerts|notifications?|reminders)\s{1,3}(?:to|for)\s{1,3}(?:the\s{1,3})?(?:owner|manager|parent|customer|client|account\s{1,3}holder|guardian)s?\b`,
  ],
  // en: "time lock: waived", "survey waived", "escort requirement removed", "3-D Secure: never_request",
  // "fraud rules disabled", "immobiliser disabled", "exempt from the three-quote check" (review and
  // approval exemptions are consent_skipped's, so one phrase counts once)
  [
    "waived waive =time_lock =time~lock survey escort immob =3-d~secure =three_d_secure =fraud~rules interlock =light~curtain exempt exempted",
    undefined,
    R`\b(?:time[\s_-]?lock|cooling[\s-]off(?:\s{1,3}period)?|survey|inspection|escort(?:\s{1,3}requirement)?|immobili[sz]er|interlock|light\s{1,3}curtain|content[\s_]filter|fraud[\s_](?:rules|checks|blocking)|three[\s_]d[\s_]secure|3-?d\s{0,2}secure|velocity[\s_]limit)\b[^.\n]{0,40}?\b(?:waived|bypassed|disabled|deactivated|removed|cancell?ed|never_request|exempted)\b|\bexempt(?:ed)?\s{1,3}from\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?:quotation|quote|tender|verification|survey|inspection)s?\b`,
  ],
  // es/pt/fr/it: "alarmas de cloro alto inhibidas", "alertas aos responsáveis: pausados",
  // "desactivar las notificaciones al titular", "alertes désactivées", "allarmi disattivati"
  [
    "alarma alarmas alerta alertas alarme alarmes alerte alertes allarme allarmi notif avisos avviso / inhib desac désac desat pausa pausad silen suspe disat desli apaga",
    undefined,
    R`\b(?:alarmas?|alertas?|alarmes?|alertes?|allarm[ei]|avisos?|avvisi|notifica(?:ci[oó]n|ciones|ç[ãa]o|ções|tions?|zion[ei]))(?!\p{L})[^.\n]{0,50}?\b(?:inhibid[oa]s?|desactivad[oa]s?|desativad[oa]s?|desligad[oa]s?|apagad[oa]s?|pausad[oa]s?|silenciad[oa]s?|suspendid[oa]s?|suspens[oa]s?|inhib[ée]e?s?|d[ée]sactiv[ée]e?s?|suspendue?s?|disattivat[ieo]|sospes[ieo])\b|\b(?:inhib|desactiv|desativ|silenci|d[ée]sactiv|disattiv)\w{0,6}\s{1,3}(?:las?\s{1,3}|los\s{1,3}|as?\s{1,3}|os\s{1,3}|les\s{1,3}|gli\s{1,3}|le\s{1,3})?(?:alarmas?|alertas?|alarmes?|alertes?|allarmi|notifica\w{2,6})\b`,
  ],
  // es/pt/tr/ms/hu/da: a control recorded as waived: "inmovilizador desactivado", "filtro de
  // conteúdo: desativado", "immobilizer: devre dışı", "dikecualikan daripada semakan",
  // "a fényfüggöny áthidalható", "vagt … fravalgt"
  [
    "filtro inmov imobi tempo devre dikec áthid fényf corti lichtv",
    undefined,
    R`\b(?:filtro(?:[\s_]{1,3}de)?[\s_]{1,3}conte[nuú]\w{1,4}|inmovilizador|imobilizador|bloqueio\s{1,3}de\s{1,3}tempo|immobili[sz]er|gps\w{0,12})\W{0,4}\s{0,3}(?:"\s{0,2})?(?:desactivad[oa]|desativad[oa]|devre\s{1,3}d[ıi][şs][ıi]|duraklat[ıi]ld[ıi])|\bdikecualikan\s{1,3}daripada\s{1,3}(?:semakan|kelulusan|pengesahan)|\bcortina\s{1,3}(?:de\s{1,3})?luz\b[^.\n]{0,40}?\b(?:puentead|anulad|desactivad|desativad)\p{L}{0,2}|\bpuente(?:a|ar)\s{1,3}la\s{1,3}cortina\s{1,3}de\s{1,3}luz|\blichtvorhang\p{L}{0,2}\b[^.\n]{0,40}?(?:überbrückt|deaktiviert|gebrückt)|\bf[ée]nyf[üu]gg[öo]ny\w{0,4}\s[^.\n]{0,40}?[áa]thidal(?:hat[óo]|va|t|j[áa]k)(?!\p{L})`,
  ],
  // de/nl/nordic/pl/ro: "Benachrichtigungen deaktiviert", "meldingen uitgeschakeld", "slå av …
  // varsler", "stäng av aviseringar", "wycisz powiadomienia", "dezactivează notificarea"
  [
    "benac alarm warnu melding meldi varsl avise notif powia alert alarmy / deakt unter stumm uitge slå skru stäng sluk wycis wyłąc dezac opres",
    undefined,
    R`\b(?:benachrichtigung\w{0,3}|alarm\w{0,3}|warnungen|meldingen|varsl\w{0,4}|aviseringar\w{0,3}|notifikationer\w{0,3}|powiadomie\w{1,3}|notific[aă]r\w{0,3}|alert\w{0,3})\b[^.\n]{0,40}?\b(?:deaktiviert|unterdr[üu]ckt|stummgeschaltet|uitgeschakeld|slått\s{1,3}av|avst[äa]ngd\w{0,2}|sl[åa]et\s{1,3}fra|wyłączon\w{1,2}|wyciszon\w{1,2}|dezactivat\w{0,2})|\b(?:deaktivier\w{0,3}|unterdr[üu]ck\w{0,3}|schakel\s{1,3}(?:de\s{1,3})?|slå\s{1,3}av|skru\s{1,3}av|stäng\s{1,3}av|sluk\s{1,3}(?:for\s{1,3})?|wycisz\w{0,3}|wyłącz\w{0,3}|dezactiveaz[ăa]|opre[șs]te)\s[^.\n]{0,40}?\b(?:benachrichtigung\w{0,3}|alarm\w{0,3}|meldingen|varsl\w{0,4}|aviseringar|notifikationer|powiadomie\w{1,3}|notific[aă]r\w{0,3}|alert\w{0,3})`,
  ],
  // ru/uk: "SMS- и push-уведомления отключены", "вимкнути сповіщення власнику", "снят запрет"
  [
    "уведо оповещ сповіщ снят отклю вимкн",
    undefined,
    R`(?:уведомлени|оповещени|сповіщен|сигнализаци)\p{L}{0,3}[^.\n]{0,40}?(?:отключен|выключен|приостановлен|вимкнен|призупинен)\p{L}{0,3}|(?:отключ|выключ|вимкн)\p{L}{1,4}\s[^.\n]{0,30}?(?:уведомлени|оповещени|сповіщен)\p{L}{0,3}|снят\p{L}?\s{1,3}запрет`,
  ],
  // zh/ja: "陪同要求：已取消", "提醒已关闭", "通知は旧アドレスには送らないでください", "警報を無効化"
  [
    "",
    /(?=[陪通警提告])(?:陪同|通知|警报|警報|提醒|告警)/u,
    // (Not "另行通知" / "追って通知", "until further notice": a time, not a notification.)
    R`(?:陪同要求|陪同|(?<![另再]行|追って)通知|警报|警報|提醒|告警|アラート)[^。\n]{0,16}?(?:已取消|已关闭|已關閉|已停用|暂停|暫停|取消|無効|停止|オフ|送らない|送信しない)`,
  ],
  // ur/fa/ar: "سروے: معاف" (survey waived), "اطلاعات غیرفعال", "التنبيهات معطلة"
  [
    "",
    /(?=[سمغا])(?:سروے|معاف|غیرفعال|معطل)/u,
    R`(?:سروے|معائنہ|تصدیق)\s{0,3}[:：]?\s{0,3}معاف|(?:اطلاع|هشدار|اعلان)\p{L}{0,3}[^.\n]{0,20}?غیرفعال|(?:التنبيهات|الإشعارات)\s{1,3}معطل\p{L}{0,2}`,
  ],
  // a protective record reversed: "peanut dropped from the allergen declaration", "allergy
  // refuted and cleared", "recall notice withdrawn", "udgår af allergenerklæringen", "召回通知已撤销"
  [
    "allergen allergy allergenerkl allergendekl allergenkenn decla déclar recall refuted",
    undefined,
    R`\b(?:removed|dropped|deleted|omitted|taken\s{1,3}off)\s{1,3}from\s{1,3}(?:the\s{1,3})?(?:allergen\s{1,3}(?:declaration|statement|list|labell?ing)|label['’]?s?\s{1,3}allergen)|\ballerg(?:y|ies|en)\b[^.\n]{0,40}?\b(?:refuted|cleared|voided|removed\s{1,3}from\s{1,3}(?:the\s{1,3})?(?:chart|record|label))\b|\brecall\b[^.\n]{0,30}?\b(?:cancell?ed|withdrawn|revoked|rescinded|called\s{1,3}off)\b|\b(?:udg[åa]r|fjernes|slettes|entf[äa]llt|vervalt|wordt\s{1,3}verwijderd)\s{1,3}(?:af|fra|aus|uit)\s{1,3}(?:der\s{1,3}|de\s{1,3})?(?:allergen\p{L}{2,16})`,
  ],
  [
    "",
    /(?=[召])召回/u,
    R`召回(?:通知|公告|计划|計畫)?[^。\n]{0,6}?(?:已撤销|已撤銷|撤销|撤銷|已取消|取消)`,
  ],
  // en/fa: "waiting period: 0 days", "zero-day waiting period", "دورهٔ انتظار صفر روز"
  [
    "waiting =zero-day / perio days",
    undefined,
    R`\bwaiting\s{1,3}(?:period|time)\s{0,3}(?:of\s{1,3}|:\s{0,3}|=\s{0,3})?(?:zero|0|none)\b|\bzero[\s-]day\s{1,3}waiting\s{1,3}(?:period|time)\b`,
  ],
  ["", /(?=[د])دور/u, R`دور(?:هٔ|ه|ۀ)?\s{0,2}انتظار\s{1,3}(?:صفر|۰|0)`],
];

// --- a one-time code or release code sent to the text's own number or address ------------------

const CODE_OUT: readonly HalfRow[] = [
  // en/nl/de/es: "forward the SMS one-time code to +44 …", "send the release PINs to this address,
  // not via the portal", "stuur de PIN-codes naar dit adres", "envíe el código a este número"
  [
    "pin pins =pin's =pin-codes otp =one-time =one~time =sms~code codes code codigo código / forwa send stuur schic envi envíe reenv naar this dit diese este",
    undefined,
    R`\b(?:one[\s-]time\s{1,3}(?:code|password|passcode)|otp|sms[\s-]code|pin(?:['’]?s|-codes?)?|release\s{1,3}codes?|vrijgave-?pin\p{L}{0,3}['’]?s?|c[oó]digos?(?:\s{1,3}de\s{1,3}(?:verificaci[oó]n|liberaci[oó]n))?|codes?)\b[^.\n]{0,100}?\b(?:to|naar|an|a)\s{1,3}(?:this|dit|deze|diese|dieses|este|esta)\s{1,3}(?:address|number|adres|nummer|adresse|n[uú]mero|direcci[oó]n|e-?mail)\b|\b(?:forward|send|stuur|schick|envi)\p{L}{0,4}\s[^.\n]{0,80}?\b(?:one[\s-]time\s{1,3}(?:code|password)|otp|pin['’]?s?|release\s{1,3}codes?|vrijgave-?pin\p{L}{0,3}['’]?s?)\b[^.\n]{0,60}?\b(?:not|niet|nicht|no)\s{1,3}(?:via|through|over|through\s{1,3}the)\b`,
    undefined,
    260,
  ],
  // el/ru/tr: "ο κωδικός μιας χρήσης … προωθηθεί στον αριθμό", "переслать код из SMS на номер",
  // "tek kullanımlık kodu … numarasına iletin"
  [
    "",
    /(?=[κкt])(?:κωδικ|код|tek\s)/u,
    R`κωδικ\p{L}{0,3}\s{1,3}μιας\s{1,3}χρήσης[^.\n]{0,80}?προωθ\p{L}{1,6}\s{1,3}στ(?:ον|ο)\s{1,3}αριθμό|(?:перешл|пересла|отправ|переслат|надішл)\p{L}{0,5}\s[^.\n]{0,40}?код\p{L}{0,3}[^.\n]{0,40}?на\s{1,3}(?:номер|адрес)|tek\s{1,3}kullan[ıi]ml[ıi]k\s{1,3}(?:kod|şifre)\p{L}{0,3}[^.\n]{0,60}?numaras[ıi]na\s{1,3}ilet`,
  ],
];

// --- the sender's own mail-authentication record opened to anyone ----------------------------------

const MAIL_AUTH_OPEN: readonly HalfRow[] = [
  // "replace -all with +all", "v=spf1 include:… +all" (any server may send as the domain)
  [
    "=+all",
    undefined,
    R`v=spf1\b[^"\n]{0,200}?\s\+all\b|["“„«]?[-~]all["”“»]?\s{1,3}\p{L}{1,12}\s{1,3}(?:\p{L}{1,6}\s{1,3})?["“„«]?\+all\b`,
  ],
];

// --- an outsider keeps a copy of everything, or code from outside the store runs everywhere --------

const COPY_ALL: readonly HalfRow[] = [
  // "journals a copy of every message", "BCCs a copy of all outgoing mail to", "keeps a copy of each
  // email", "guarda una copia de todos los correos"
  [
    "copy copia kopie =bcc",
    undefined,
    R`\b(?:journals?|keeps?|retains?|stores?|bccs?|archives?)\s{1,3}a\s{1,3}copy\s{1,3}of\s{1,3}(?:every|each|all)\s{1,3}(?:(?:inbound|incoming|outgoing|outbound)\s{1,3})?(?:messages?|e-?mails?|mails?|calls?)\b|\bguarda\s{1,3}una\s{1,3}copia\s{1,3}de\s{1,3}(?:todos\s{1,3}los|cada)\s{1,3}(?:correos?|mensajes?)|\b(?:beh[äa]lt|speichert)\s{1,3}eine\s{1,3}kopie\s{1,3}(?:jeder|aller)\s{1,3}(?:nachricht|e-?mail|mail)\p{L}{0,2}`,
  ],
];

const OFFSTORE_EXT: readonly HalfRow[] = [
  // a force-installed browser extension whose update URL is not the browser's store
  [
    "=extensioninstallforcelist =force_installed",
    undefined,
    R`"[a-p]{32};https?:\/\/(?!clients2\.google\.com\/|edge\.microsoft\.com\/)[^"\s]{4,200}"|"installation_mode"\s{0,2}:\s{0,2}"force_installed"\s{0,2},\s{0,12}"update_url"\s{0,2}:\s{0,2}"https?:\/\/(?!clients2\.google\.com\/|edge\.microsoft\.com\/)`,
  ],
];

const ALL_SITES: readonly HalfRow[] = [
  // the extension's host access widened to every site
  [
    "=runtime_allowed_hosts",
    undefined,
    R`"runtime_allowed_hosts"\s{0,2}:\s{0,2}\[\s{0,12}"(?:\*:\/\/\*\/\*|<all_urls>)"`,
  ],
];

// --- the change applies itself -------------------------------------------------------------------

const AUTO_APPLY: readonly HalfRow[] = [
  // en: "applied automatically on the next historian sync", "auto_release": true, "activates at the
  // next sync window", "runs when this ticket is set to Solved", "propagates on next settings job"
  [
    "automatically automated =auto_release =auto-release =next~sync =next~pipeline =next~settings =next~controller =next~payment =next~processing =next~run",
    undefined,
    R`"auto_?release"\s{0,2}:\s{0,2}true|\bauto[-_\s]release[sd]?\b|\b(?:appl(?:y|ied|ies)|activat(?:es|ed|ion)|released?|sent|sync(?:ed|s)?|propagat(?:es|ed))\s{1,3}(?:automatically\s{1,3})?(?:on|at|in|during|by)\s{1,3}(?:the\s{1,3})?next\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:sync(?:hroni[sz]ation)?|run|pipeline\s{1,3}run|job|cycle|window|batch|processing)\b|\bautomated\s{1,3}[\w-]{2,20}\s{1,3}job\s{1,3}runs\s{1,3}when\b|(?<![\w-])(?:appl(?:ied|ies)|release[sd]|activated)\s{1,3}automatically\b`,
  ],
  // "requests from this address are accepted automatically", "applied by make apply on the next
  // pipeline run", "auto-approved"
  [
    "automatically =auto-approved =auto-accepted =next~pipeline",
    undefined,
    R`\b(?:requests?|invitations?|access)\b[^.\n]{0,40}?\b(?:are|is)\s{1,3}(?:accepted|approved|granted)\s{1,3}automatically\b|\bauto-(?:approved|accepted)\b|\b(?:appl(?:y|ied|ies)|deployed)\b[^.\n]{0,30}?\bon\s{1,3}the\s{1,3}next\s{1,3}pipeline\s{1,3}run\b`,
  ],
  ["", /(?=[ب])به/u, R`به[\u200c\s]?صورت\s{1,3}خودکار\s{1,3}(?:پذیرفته|تأیید|تایید|اعمال)`],
  // es/pt/fr/it/da/no/sv/de/tr/ms: "se aplica automáticamente en la próxima sincronización",
  // "aplica-se na próxima sincronização", "sendes automatisk … næste synkronisering",
  // "bir sonraki senkronizasyonda", "dijana automatik", "bei der nächsten Synchronisierung"
  [
    "automáticamente automaticamente automatiquement automaticamente automatisk automatiskt automatisch otomatik automatik próxima prochaine prossima næste neste nästa nächsten sonraki",
    undefined,
    R`\b(?:se\s{1,3}aplica\w{0,2}|aplica-se|s['’]applique|si\s{1,3}applica|sendes|sendas|anvendes|gjelder|tillämpas|wird\s{1,3}angewendet|dijana|dibayar|uygulan\w{1,4})\s{1,3}(?:autom[aá]ticamente|automatiquement|automatisk\w{0,2}|automatisch|otomatik(?:\s{1,3}olarak)?|automatik)\b|\b(?:pr[oó]xim[ao]|prochaine|prossim[ao]|n[æa]ste|neste|n[äa]sta|n[äa]chsten)\s{1,3}(?:sincroniza[cç](?:i[oó]n|[ãa]o)|synchronisation|sincronizzazione|synkroni[sz]ering\w{0,2}|synchroni[sz]ierung|sync)\b|\bsonraki\s{1,3}senkronizasyon\w{0,4}|\bdijana\s{1,3}automatik\b`,
  ],
  // ru/uk/el/he: "выполняется при следующей обработке заявки", "ολοκληρώνεται αυτόματα",
  // "מתבצע בעיבוד הבא של התור", "застосовується автоматично"
  [
    "",
    /(?=[прзαοמב])(?:при\s|під\s|автомат|αυτόματα|בעיבוד)/u,
    R`(?:выполняется|применяется|активируется|выполнится|виконується|застосовується)\s{1,3}(?:автоматически\s{1,3}|автоматично\s{1,3})?(?:при|під\s{1,3}час)\s{1,3}(?:следующей|следующем|наступній|наступному)\s{1,3}\p{L}{3,14}|(?:выполняется|применяется|виконується|застосовується)\s{1,3}(?:автоматически|автоматично)|ολοκληρώνεται\s{1,3}αυτόματα|εφαρμόζεται\s{1,3}αυτόματα|מתבצע\s{1,3}(?:אוטומטית\s{1,3})?בעיבוד\s{1,3}הבא`,
  ],
  // zh/ja/ur: "下次控制器同步時啟用", "下次同步后自动生效", "次回の同期で自動適用", "خودکار اجرا"
  [
    "",
    /(?=[下次خ])(?:下次|次回|خودکار)/u,
    R`(?:下次|次回)[^。\n]{0,8}?同期?步?[^。\n]{0,6}?(?:時|时|后|後|で)?(?:啟用|启用|生效|自動適用|適用|執行|执行|実行)|خودکار\s{0,2}(?:اجرا|ادائیگی|منظوری)`,
  ],
];

// --- the AI reader addressed by its job ----------------------------------------------------------

/** A role noun for the AI reader, in the languages of the rows below. */
const AI_NOUN =
  R`(?:AI|KI|IA|tekoäly)[\s-]{0,2}(?:agent\p{L}{0,3}|asistent\p{L}{0,4}|assistent\p{L}{0,3}|avustaja\p{L}{0,4}|operátor\p{L}{0,3}|operator\p{L}{0,3})|tekoälyavustaja\p{L}{0,4}|asistentul\s{1,3}AI`;

const ADDRESS: readonly HalfRow[] = [
  // cs/sk: "Pro AI agenta, který zpracovává frontu:", "AI asistentovi, ktorý spravuje …:"
  // nl: "Aan de AI-assistent die de planning doet:"; ro: "Asistentul AI al echipei — tu ai rol …:"
  // fi: "Tekoälyavustajalle, joka hoitaa Sannan sähköpostia:"
  [
    "agenta asist asistentovi asistentul assistent tekoä / ktery který ktorý ktorá die joka care echip",
    undefined,
    R`(?:\bpro\s{1,3}|\baan\s{1,3}de\s{1,3})?\b(?:${AI_NOUN})\p{L}{0,4}[,\s]{1,3}(?:kter\p{L}{1,3}|ktor\p{L}{1,3}|die|joka|care|al\s{1,3}echipei)\s[^:\n]{0,80}?(?::|—|–)\s{0,3}\p{L}`,
    undefined,
    260,
  ],
  // ja/bn: "AIオペレーター様へ：", "AIアシスタントさんへ", "এইচআর কো-পাইলটের জন্য:" (for the … co-pilot)
  [
    "",
    /(?=[ＡアオエকএA])(?:ＡＩ|AI|アシスタント|オペレーター|エージェント|এআই|কো)/u,
    R`(?:AI|ＡＩ)\s{0,2}(?:オペレーター|アシスタント|エージェント|担当)(?:様|さん)?へ\s{0,2}[：:、]|(?:কো-?পাইলট|এআই\s{0,2}সহকারী|এআই\s{0,2}এজেন্ট)\p{M}{0,2}(?:ের|এর)\s{1,3}জন্য\s{0,2}[:：]`,
  ],
];

// --- a safety or oversight step declared unnecessary or put off until after the act ---------------

const CHECK_UNNEEDED: readonly HalfRow[] = [
  // en: "no need to loop in SecOps", "lockout/tagout is not required here", "no override needed",
  // "I'll backfill the review tomorrow", "approval can be added after the fact"
  [
    "lockout loto overr backf =no~need",
    undefined,
    R`\bno\s{1,3}need\s{1,3}to\s{1,3}(?:loop\s{1,3}in|involve|wait\s{1,3}for|check\s{1,3}with|bother|cc)\s{1,3}(?:the\s{1,3})?(?:secops|security(?:\s{1,3}team)?|infosec|network\s{1,3}team|compliance|legal|it|soc|change\s{1,3}board|cab)\b|\b(?:lockout(?:[/\s-]{1,3}tagout)?|loto|interlock\s{1,3}check)\b[^.\n]{0,30}?\b(?:is\s{1,3})?not\s{1,3}(?:needed|required|necessary)\b|\bno\s{1,3}(?:override|lockout|loto|second\s{1,3}check|double[\s-]check)\s{1,3}(?:is\s{1,3})?(?:needed|required|necessary)\b|\b(?:backfill|do|add|complete|file)\s{1,3}the\s{1,3}(?:review|approval|sign-?off|change\s{1,3}request|ticket)\s{1,3}(?:tomorrow|later|afterwards|after\s{1,3}the\s{1,3}fact|next\s{1,3}week)\b`,
  ],
  [
    "=no~need / loop invol secop secur netwo compl legal wait",
    undefined,
    R`\bno\s{1,3}need\s{1,3}to\s{1,3}(?:loop\s{1,3}in|involve|wait\s{1,3}for|check\s{1,3}with|bother|cc)\s{1,3}(?:the\s{1,3})?(?:secops|security(?:\s{1,3}team)?|infosec|network\s{1,3}team|compliance|legal|soc|change\s{1,3}board|cab)\b`,
  ],
  // hu/es/de/fr: "a zárolás/címkézés (LOTO) ilyenkor nem szükséges", "no es necesario el bloqueo",
  // "LOTO ist dabei nicht erforderlich", "la consignation n'est pas nécessaire"
  [
    "loto zárol bloqueo consi verri freis",
    undefined,
    R`\b(?:loto|z[áa]rol[áa]s\p{L}{0,6}|bloqueo|consignaci[oó]n|consignation|verriegelung|freischaltung)\b[^.\n]{0,40}?(?:nem\s{1,3}sz[üu]ks[ée]ges|no\s{1,3}es\s{1,3}necesari[oa]|nicht\s{1,3}(?:erforderlich|n[öo]tig)|n['’]est\s{1,3}pas\s{1,3}n[ée]cessaire)`,
  ],
  // bn/hi: "অনুমোদনের ধাপটি বাদ দিন" (leave out the approval step), "अनुमोदन का चरण छोड़ दें"
  [
    "",
    /(?=[অঅনঅঅঅअ])(?:অনুমোদন|अनुमोदन|मंजूरी)/u,
    R`অনুমোদন\p{L}{0,4}\p{M}{0,3}\p{L}{0,3}\s{1,3}ধাপ\p{L}{0,3}\p{M}{0,3}\p{L}{0,3}\s{1,3}বাদ|(?:अनुमोदन|मंजूरी)\s{1,3}(?:का|की)\s{1,3}(?:चरण|स्टेप)\s{1,3}(?:छोड़|हटा)`,
  ],
];

// --- kept out of the AI's own summary ----------------------------------------------------------------

// --- the output delivered somewhere other than the address on record --------------------------------

const OFF_RECORD: readonly HalfRow[] = [
  // en/es/de/pt: "to the address in the request, not the registered one", "instead of the email on
  // file", "no a la dirección registrada", "nicht an die hinterlegte Adresse"
  [
    "registered =on~file =on-file regis regist hinte regis cadas",
    undefined,
    R`\b(?:not|instead\s{1,3}of|rather\s{1,3}than)\s{1,3}(?:to\s{1,3})?the\s{1,3}(?:registered|verified|on-?file|account['’]s)\s{1,3}(?:one|address|e-?mail|number|phone)\b|\binstead\s{1,3}of\s{1,3}the\s{1,3}(?:address|e-?mail|number)\s{1,3}on\s{1,3}file\b|\bno\s{1,3}a\s{1,3}la\s{1,3}direcci[oó]n\s{1,3}registrada|\bn[ãa]o\s{1,3}(?:para\s{1,3})?o\s{1,3}(?:e-?mail|endere[çc]o)\s{1,3}cadastrado|\bnicht\s{1,3}an\s{1,3}die\s{1,3}(?:hinterlegte|registrierte)\s{1,3}(?:adresse|e-?mail)`,
  ],
  // he: "(ולא הכתובת הרשומה בחשבון)", "כתובת רשומה שונה מכתובת הבקשה"
  [
    "",
    /(?=[ו])ולא/u,
    R`ולא\s{1,3}(?:אל\s{1,3})?(?:ל|ה|לה)?(?:כתובת|מספר|דוא"ל)\s{1,3}ה?(?:רשומה|רשום|מאומתת|מאומת)`,
  ],
];

// --- staff told to reassure buyers about a product found unsafe --------------------------------------

const SAFE_SCRIPT: readonly HalfRow[] = [
  // zh/en: "客服口径：该批次产品符合标准，可放心使用", "support script: tell customers the batch is safe"
  [
    "",
    /(?=[客对對统統])(?:客服|对外|對外|统一|統一)/u,
    R`(?:客服|对外|對外|统一|統一)口[径徑][：:][^。\n]{0,40}?(?:放心使用|可以放心|安全无虞|安全無虞|没有风险|沒有風險)`,
  ],
  [
    "script scripts / safe risk",
    undefined,
    R`\b(?:support|agent|call[\s-]centre|call[\s-]center|customer[\s-]service)\s{1,3}script\s{0,2}[:—–-]\s{0,3}[^.\n]{0,60}?\b(?:is|are)\s{1,3}(?:completely\s{1,3}|perfectly\s{1,3})?(?:safe|risk-free)\b`,
  ],
];

const NOT_IN_SUMMARY: readonly HalfRow[] = [
  // en/fi/nl/de/es/pt/fr: "no need to mention the filter in the summary", "suodatinta ei tarvitse
  // mainita yhteenvedossa", "hoeft niet in de samenvatting", "muss nicht in der Zusammenfassung"
  [
    "summary digest yhteenv samen zusam resumen resumo résumé",
    undefined,
    R`\bno\s{1,3}need\s{1,3}to\s{1,3}(?:mention|include|list|flag)\s{1,3}(?:it|this|that|the\s{1,3}[\w-]{2,20})\s{1,3}in\s{1,3}(?:the|your)\s{1,3}(?:summary|digest|recap|report)\b|\bei\s{1,3}tarvitse\s{1,3}mainita\s{1,3}yhteenvedo\p{L}{1,4}|\b(?:hoeft|moet)\s{1,3}niet\s{1,3}(?:vermeld\p{L}{0,3}\s{1,3})?in\s{1,3}de\s{1,3}samenvatting|\bmuss\s{1,3}nicht\s{1,3}in\s{1,3}(?:der|die)\s{1,3}zusammenfassung|\bno\s{1,3}(?:hace\s{1,3}falta|es\s{1,3}necesario)\s{1,3}mencionar\p{L}{0,4}\s{1,3}en\s{1,3}el\s{1,3}resumen|\bn[ãa]o\s{1,3}precisa\s{1,3}(?:de\s{1,3})?mencionar\p{L}{0,4}[^.\n]{0,30}?no\s{1,3}resumo|\binutile\s{1,3}de\s{1,3}(?:le|la|les)\s{1,3}mentionner\s{1,3}dans\s{1,3}le\s{1,3}r[ée]sum[ée]`,
  ],
];

// --- a published release re-pointed or published without its provenance -----------------------------

const RELEASE_TAMPER: readonly HalfRow[] = [
  // "force-move tag v3.1.0 to this head", "git tag -f v2.0", "re-run publish with --skip-provenance",
  // "publish without provenance / signing"
  [
    "=force-move =force~move =force-push =tag~-f provenance =--no-sign / tag skip witho",
    undefined,
    R`\bforce[\s-]?(?:move|push|update|re-?point)\s{1,3}(?:the\s{1,3})?(?:release\s{1,3})?tags?\b|\bgit\s{1,3}tag\s{1,3}-f\b|--skip-provenance\b|\b(?:skip\w{0,3}|without|disable\w{0,2})\s{1,3}(?:the\s{1,3})?(?:slsa\s{1,3})?(?:provenance|signing|signature)\b`,
  ],
];

/** Round 34a's rules, appended to the detector's list. */
export const R34A_RULES: readonly InjectionRule[] = [
  ...rows(
    "alerts_silenced",
    "Text has a protective alarm, alert or control switched off",
    PROTECTION_OFF,
    notWarned,
  ),
  ...rows(
    "r34a_code_out",
    "Text has a one-time or release code sent to its own number or address",
    CODE_OUT,
    notWarned,
  ),
  ...rows(
    "r34a_mail_auth_open",
    "Text has the domain's sender policy opened to any server",
    MAIL_AUTH_OPEN,
    notWarned,
  ),
  ...rows(
    "r34a_check_unneeded",
    "Text has a safety or oversight step declared unnecessary or put off",
    CHECK_UNNEEDED,
    notWarned,
  ),
  ...rows(
    "r34a_off_record",
    "Text has the output delivered to an address other than the one on record",
    OFF_RECORD,
    notWarned,
  ),
  ...rows(
    "dictated_answer",
    "Text scripts staff to call an unsafe product safe",
    SAFE_SCRIPT,
    notWarned,
  ),
  ...rows("conceal_from_review", "Text keeps an act out of the AI's summary", NOT_IN_SUMMARY),
  ...rows(
    "r34a_release_tamper",
    "Text has a release tag re-pointed or published without provenance",
    RELEASE_TAMPER,
    notWarned,
  ),
  ...rows(
    "r34a_copy_all",
    "Text has a copy of every message kept by the relay",
    COPY_ALL,
    notWarned,
  ),
  ...rows(
    "r34a_offstore_ext",
    "Text force-installs a browser extension from outside the store",
    OFFSTORE_EXT,
    undefined,
    true,
  ),
  ...rows(
    "r34a_all_sites",
    "Text gives an extension access to every site",
    ALL_SITES,
    undefined,
    true,
  ),
  ...rows("r34a_auto_apply", "Text has a change recorded as applying itself", AUTO_APPLY),
  ...rows("addresses_ai", "Text addresses the AI by the role it plays on this content", ADDRESS),
];
