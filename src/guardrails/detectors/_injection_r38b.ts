/**
 * Injections in tool results that held-out round 38 found missing, part b: orders planted in a
 * field an outside party writes (a device's contact string, a payment message's free-text field,
 * a clinical note, a timesheet note, a guest message, an edit summary, a commit trailer, a crontab
 * comment, a container's termination message, an HTTP warning header, a chat line, a transfer
 * comment, a school e-mail). The older families read them only in other words, so this file WIDENS
 * them by structure rather than by topic (paraphrases in `_injection_r38b_test.ts`). Every rule is
 * a half-threshold signal filed under a kind the older rows use, so one phrase counts once and a
 * block needs a second, different signal:
 *
 * - `addresses_ai`: the reader named as the addressee of a label ("note for the payroll helper:",
 *   "для дежурного ассистента:", "don chúntóir oifige:", "pro automatizaci:"), by the power it holds
 *   ("support agent with refund access:", "bots with admin rights:"), in the dative before a
 *   colon ("yordamchisiga:", "ассистенту:"), by a vocative particle ("ረዳት ሆይ", "O assistant"), by a
 *   relative clause (ht "asistan ki jere …", tr "… denetleyen otomasyon … eklemeli"), as
 *   "automated clients/review:", or as "<x> bots may bypass / merge / grant …".
 * - `consent_skipped`: the person it concerns not to be bothered, tagged, called or asked (en "don't
 *   ping him", "do not wait for a human"; es/pt/it/fr clitic + verb; el, am, so, ht, ga, uz, tr).
 * - `review_bypass`: the check itself dictated away ("release without L2", "bypass CODEOWNERS",
 *   "mark the hit as a false positive", "do not file a SAR").
 * - `control_off`: a network guard removed ("without an ACL", "from anywhere", cs "bez ACL").
 * - `erase_trace`: the messages deleted afterwards or no copy kept (en, ht, ga, es, fr, pt).
 * - `secret_paste`: a secret, or a dump of secrets, to be posted into a chat or channel.
 * - `secret_in_link`: the reader's own key put into a link as a `<placeholder>`.
 * - `covert_directive`: code hidden as character codes or base64 and evaluated.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not a warning or a prohibition before the match ("never …", "bots must not …", "if …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:if\s{1,3}(?:someone|anyone|they|you\s{1,3}are\s{1,3}told)|scam\w{0,4}|fraud\w{0,4}|phish\w{0,4}|never|must\s{1,3}not|nunca|jamais|niemals|nigdy)\b|мошенни|шахрай/iu
    .test(v.slice(Math.max(0, s - 80), s));

/** As `notWarned`, and not negated just before ("don't paste …", "we never bypass …"). */
const notNegated: Accept = (v, s, e) =>
  notWarned(v, s, e) &&
  !/(?:\b(?:not|never|cannot|won['’]?t|shouldn['’]?t)|n['’]t)\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,1}$/iu
    .test(v.slice(Math.max(0, s - 30), s));

/** A letter boundary for scripts `\b` does not know. */
const L0 = R`(?<!\p{L})`;
const L1 = R`(?!\p{L})`;

/** A software helper, in the languages the rows read (a stem: endings follow). */
const HELPER =
  R`(?:assistant|asisten|asistent|assistent|asystent|ассистент|асистент|памочнік|помощник|помічник|βοηθ|ch?[úu]nt[óo]ir|yordamchi|kaaliy|asistan|automati[sz]ac|automatizac|automação|automatisation|automation|otomasyon|chatbot|bot|agent|агент)`;

const READER: readonly HalfRow[] = [
  // a label addressed to the helper: "Note for the payroll helper assistant:", "Para el asistente
  // de nómina:", "для дежурного ассистента:", "Προς τον βοηθό του …:", "don chúntóir oifige:"
  [
    "",
    /(?:assist|asist|asyst|ассист|асист|памочн|помощн|поміч|βοηθ|ch?[úu]nt[óo]ir|yordamchi|automati|automação|otomasyon|bot|agent|агент)/giu,
    R`(?:\b(?:for|to|para|pour|per|für|voor|dla|pro|don|chuig|til|för|till|aan|pentru|untuk|an(?=\s{1,3}(?:den|die|das|alle|unser\p{L}{0,2})\s))|${L0}(?:для|до|προς|Προς))\s{1,3}(?:[\p{L}\p{M}'’-]{1,15}\s{1,3}){0,2}?(?:\p{L}{2,20}[sn-]|\p{L}{3,20}(?=automati|assistent))?${HELPER}[\p{L}\p{M}]{0,8}(?:\s{1,3}[\p{L}\p{M}'’-]{1,20}){0,4}\s{0,2}[:：]\s{0,3}[\p{L}"«„]`,
  ],
  // the helper named by the power it holds: "Billing assistant with ledger access:",
  // "triage bots/agents with owner rights:", "agents having admin scope should …"
  [
    "",
    /\b(?:assistants?|agents?|bots?|automations?)\b/giu,
    R`\b(?:assistants?|agents?|bots?|automations?)(?:\s{0,2}\/\s{0,2}(?:assistants?|agents?|bots?))?\s{1,3}(?:with|having|holding|that\s{1,3}(?:has|have|hold))\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,3}(?:access|rights|permissions?|privileges?|scopes?|roles?)\b(?:\s{1,3}\([^)\n]{0,30}\))?\s{0,2}(?:[:：]|,?\s{1,3}(?:should|must|please|can|may|need\s{1,3}to)\s)`,
  ],
  // the helper in the dative before a colon: uz "yordamchisiga:", ru/uk "ассистенту:", tr
  // "asistana:", pl "asystentowi:", cs "asistentovi:"
  [
    "",
    /(?:yordamchi|ассистент|асистент|помощник|помічник|asistan|otomasyon|asystent|asistent)/giu,
    R`${L0}(?:yordamchi(?:si)?ga|(?:ассистент|асистент|помощник|помічник)(?:у|ам)|(?:asistan|otomasyon)(?:a|ına|ine)|asystentowi|asistentovi|asistentům)\s{0,2}[:：]\s{0,3}\p{L}`,
  ],
  // a vocative particle or a relative clause: am "የስልክ ረዳት ሆይ", sw "Ewe msaidizi", en "O
  // assistant,", ht "Asistan ki jere kont …:", so "Kaaliyaha xafiiska:" at the start of a line
  [
    "",
    /(?:ረዳት|msaidizi|assistant|asistan|kaaliy|bot\s{0,2},)/giu,
    R`\b(?:hey|hi|hello|dear|yo)\s{1,3}[\p{L}\d_-]{0,20}bot\s{0,2},\s{0,3}\p{L}|ረዳት\s{0,2}ሆይ|\bewe\s{1,3}msaidizi\b|(?:^|[.!?\n]\s{0,3})O\s{1,3}(?:AI\s{1,3})?assistant\s{0,2},|\basistan\s{1,3}(?:ki|k)\s{1,3}\p{L}{2,15}[^\n:.]{0,50}[:：]\s{0,3}\p{L}|(?:^|\n)[ \t]{0,6}kaaliy\p{L}{0,4}(?:\s{1,3}\p{L}{2,15}){0,2}\s{0,2}[:：]\s{0,3}\p{L}`,
  ],
  // a Cyrillic helper in the vocative opening a clause: "Помощник, перешли …", "Памочнік,» …"
  [
    "",
    /(?=[ПпАа])(?:памочнік|помощник|помічник|ассистент|асистент)/giu,
    R`(?<=^|[.!?\n]\s{0,3})(?:памочнік|помощник|помічник|ассистент|асистент)\p{L}{0,2}\s{0,2},[»"”]?\s{0,3}\p{L}`,
  ],
  // tr: the helper named by what it does, then told what it must do: "… denetleyen otomasyon …
  // eklemeli", "raporu okuyan asistan … göndermeli"
  [
    "",
    /(?:otomasyon|asistan|ajan|bot|yapay)/giu,
    R`${L0}\p{L}{1,25}(?:en|an)\s{1,3}(?:otomasyon|asistan|ajan|bot|yapay\s{1,3}zek[aâ])\p{L}{0,4}\s[^.\n]{0,60}?(?<!\p{L})\p{L}{1,20}(?:meli|malı)(?:dir|dır)?${L1}`,
  ],
  // "Automated callers: rotate today", "AUTOMATIC PROCESSING: WAIVE …", "CI bots may skip …",
  // "release agents are permitted to disable …"
  [
    "",
    /\b(?:automated|automatic|bots?|agents?|assistants?)\b/giu,
    R`\b(?:automated|automatic)\s{1,3}(?:clients?|review(?:ers?)?|systems?|tools?|processes|agents?|readers?|consumers?|callers?|integrations?|processing)\s{0,2}[:：]\s{0,3}(?!(?:passed|failed|pending|none|n\/a|ok|yes|no|enabled|disabled|skipped|true|false)\b)\p{L}{2,}|\b[\p{L}-]{2,20}\s{1,3}(?:bots?|agents?|assistants?)(?:\s{1,3}\p{L}{2,20}ing(?:\s{1,3}[\p{L}-]{1,20}){0,3})?\s{1,3}(?:may|should|must|can|are\s{1,3}(?:permitted|allowed|authori[sz]ed|expected)\s{1,3}to)\s{1,3}(?:bypass|skip|override|disable|ignore|merge|approve|grant|release|waive|force-?push|delete|drop|wipe|purge|transfer|refund|pay|post|share|forward|export|upload)\b`,
  ],
];

const NESTED_LABEL: readonly HalfRow[] = [
  // a role label nested in a free-text field, after another label or sentence on the same line:
  // "Sender comment: Payments assistant: …", "Notes: Calendar assistant — …", "…. Asistente de
  // pagos: …" (a chat transcript's "Assistant:" opens its line and has no qualifier)
  [
    "",
    /(?:assist|asist|agent|bot|automat)/giu,
    R`(?<=[:.!;]\s{1,3})(?:(?:[\p{L}-]{2,20}\s{1,3})(?:assistant|agent|bot|automation)s?|(?:assistant|asistente|assistente|assistent|agente|agent)\p{L}{0,2}\s{1,3}(?:de|do|da|di|du|des|del|della|für|der|voor|van)\s{1,3}[\p{L}-]{2,20})\s{0,2}(?:[:：]|\s[—–]\s)\s{0,3}\p{Ll}`,
  ],
];

/** The label is followed by a lowercase word (an order), not a name or a capitalised value. */
const lowerNext: Accept = (v, s, e) => notWarned(v, s, e) && /\p{Ll}/u.test(v[e - 1] ?? "");

const NOT_TOLD: readonly HalfRow[] = [
  // en: "don't ping him", "no need to bother the treasurer", "do not wait for a human"
  [
    "don do no need without",
    undefined,
    R`\b(?:don['’]?t|do\s{1,3}not|no\s{1,3}need\s{1,3}to|without)\s{1,3}(?:(?:ping|bother|wake|disturb|loop\s{1,3}in|cc|alert|call|involve|tag|contact|notify|inform|text|message|e-?mail)(?:ing)?\s{1,3}(?:him|her|them|anyone|(?:his|her|their|your)\s{1,3}(?:mom|mum|mother|dad|father|parents?|wife|husband|partner|boss|manager|doctor|guardian)|the\s{1,3}(?:owner|admin|user|manager|treasurer|parent|parents|principal|supervisor|boss|host|on-?call|security\s{1,3}team|account\s{1,3}holder|doctor|physician|clinician|nurse|guardian|family|patient|teacher|director|accountant|landlord|tenant|customer|client|cardholder|approver|reviewer)))\b|\bdo\s{1,3}not\s{1,3}wait\s{1,3}for\s{1,3}(?:an?|the|any)\s{1,3}(?:human|person|reviewer|approver|approval|operator|admin)\b`,
  ],
  // es/pt/it/fr: the person left out by a clitic and a verb: "no le avises", "no la etiquetes",
  // "não o incomode", "non lo disturbare", "ne le dérange pas"
  [
    "no não nao non ne",
    undefined,
    R`\bno\s{1,3}(?:se\s{1,3})?(?:le|la|lo|les)\s{1,3}(?:avises|etiquetes|notifiques|informes|preguntes|molestes|despiertes|menciones|llames|comentes|cuentes|digas)\b|\bn[ãa]o\s{1,3}(?:o|a|lhe|os)\s{1,3}(?:avise|incomode|pergunte|notifique|marque|chame|informe)\b|\bnon\s{1,3}(?:lo|la|gli|le)\s{1,3}(?:avvisare|disturbare|chiedere|taggare|informare|chiamare)\b|\bne\s{1,3}(?:le|la|lui|les|leur)\s{1,3}(?:dérangez|dérange|prévenez|préviens|demandez|demande|taguez|appelez)\s{1,3}pas\b`,
  ],
  // de/nl: the person left out by an imperative and a trailing negation: "informiere den Chef
  // nicht", "frag die Inhaberin bitte nicht", "informeer de eigenaar niet"
  [
    "nicht niet",
    undefined,
    R`\b(?:informier|benachrichtig|frag|weck|stör|kontaktier|verständig|informeer|vraag|stoor|waarschuw)\p{L}{0,3}\s{1,3}(?:(?:den|die|das|deinen|deine|ihren|ihre|unseren|unsere|de|het|je|jouw|uw)\s{1,3})?\p{L}{2,20}\s{1,3}(?:bitte\s{1,3}|dus\s{1,3})?(?:nicht|niet)\b`,
  ],
  // el "δεν χρειάζεται να τη ρωτήσεις", "μην τους ειδοποιήσεις"; am "ባለቤቱን አትረብሽ" (do not bother);
  // uz "Menejerdan soʻramang"; so "ha weydiin"; ht "Pa bezwen rele …"; ga "ní gá cead …"; tr
  // "ayrıca bildirmeye gerek yok"
  [
    "",
    /(?:χρειάζεται|μην|đừng|አት|so[ʻ'’‘`]?ramang|xabar|ha\s|pa\s|ní\s|ni\s|gerek)/giu,
    R`(?:${L0}δεν\s{1,3}χρειάζεται\s{1,3}να|${L0}μην)\s{1,3}(?:(?:τον|την|τους|το)\s{1,3})?(?:ενοχλ|ρωτ|ενημερ|ειδοποι|πεις|πείτε)\p{L}{0,6}|(?:አትረብሽ|አትንገር|አትጠይቅ|አታሳውቅ)\p{L}{0,2}|${L0}so[ʻ'’‘]?ramang${L1}|\bxabar\s{1,3}bermang\b|${L0}đừng\s{1,3}(?:báo|hỏi|nói|làm\s{1,3}phiền)\s{1,3}(?:cho\s{1,3}|với\s{1,3})?(?:chủ|quản\s{1,3}lý|sếp|bố|mẹ|phụ\s{1,3}huynh|kế\s{1,3}toán)${L1}|\bha\s{1,3}(?:weydiin|weydiinin|sheegin|ogeysiin|wacin)\b|\bpa\s{1,3}bezwen\s{1,3}(?:rele|di|mande|avèti|avize|deranje|enfòme|tann)\b|\bní\s{1,3}gá\s{1,3}(?:cead|ceist|insint|fiafraí|a\s{1,3}insint)\b|(?:bildirme|sorma|haber\s{1,3}verme|danışma)(?:ye|ya)\s{1,3}gerek\s{1,3}yok${L1}`,
  ],
];

/**
 * A piece every match of the waiver row holds: "without" (first and last branch), "bypass", "false
 * positive", or the filing of a SAR/STR as the match spells it. Its anchors ("do no", "mark") arm
 * it in ordinary prose; a window without one cannot hold a match (`InjectionRule.need`).
 */
const WAIVED_NEED =
  /without|bypass|false\s{1,3}positive|(?:raise|file|submit|open)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:sar|str|suspicious)/iu;

const CHECK_WAIVED: readonly HalfRow[] = [
  // "release without L2 / second-level review", "bypass CODEOWNERS review", "mark the hit as a
  // false positive", "do not raise a SAR", "without requesting
  // further review"
  [
    "without witho bypass mark do no",
    undefined,
    R`\b(?:release|approve|merge|apply|pay|ship|deploy|publish)\w{0,2}\s{1,3}(?:it\s{1,3}|this\s{1,3}|them\s{1,3}|the\s{1,3}\p{L}{2,15}\s{1,3})?without\s{1,3}(?:an?\s{1,3}|any\s{1,3}|the\s{1,3})?(?:L2|second[-\s]level|four[-\s]eyes|4-eyes|clinician|manual|human|further|dual|secondary)\b|\bbypass(?:es|ing)?\s{1,3}(?:the\s{1,3})?(?:CODEOWNERS|code\s{1,3}owners?|required\s{1,3}review|review|approval|screening|sanctions\s{1,3}check|four[-\s]eyes)\b|\bmark\w{0,3}\s{1,3}(?:the\s{1,3}|this\s{1,3})?(?:hit|alert|match|finding|case|screening\s{1,3}hit)\s{1,3}as\s{1,3}(?:a\s{1,3})?false\s{1,3}positive\b|\b(?:do\s{1,3}not|don['’]?t|no\s{1,3}need\s{1,3}to)\s{1,3}(?:raise|file|submit|open)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:SAR|STR|suspicious\s{1,3}activity\s{1,3}report)s?\b|\bwithout\s{1,3}requesting\s{1,3}(?:any\s{1,3}|further\s{1,3}|additional\s{1,3}|a\s{1,3}second\s{1,3})?(?:review|approval|sign-?off)\b`,
    undefined,
    undefined,
    undefined,
    WAIVED_NEED,
  ],
];

const GUARD_OFF: readonly HalfRow[] = [
  // a network guard removed: "community … RW without an ACL", cs "bez ACL", "so the vendor can
  // connect from anywhere", cs "připojit odkudkoli", de "von überall verbinden"
  [
    "",
    /(?:ACL|access[-\s]list|allowlist|whitelist|odkudkoli|odkudkoliv|anywhere|überall|cualquier)/giu,
    R`\b(?:without|bez|sin|ohne|sans|senza|sem)\s{1,3}(?:an?\s{1,3}|any\s{1,3})?(?:ACL|access[-\s]lists?|allowlist|whitelist|IP\s{1,3}restrictions?)\b|\b(?:connect|log\s{1,3}in|reach|access)\w{0,3}\s{1,3}(?:it\s{1,3})?from\s{1,3}anywhere\b|${L0}p[řr]ipoj\p{L}{0,4}\s{1,3}odkudkoliv?${L1}|${L0}odkudkoliv?\s{1,3}p[řr]ipoj`,
  ],
];

const CODES_OUT: readonly HalfRow[] = [
  // the one-time codes that arrive by SMS forwarded to a phone number: "forward every SMS code to
  // +44 …", ru/uk/be "перешли все SMS-коды на номер +…", es "reenvía los códigos al +34 …"
  [
    "",
    /(?:SMS|OTP|cod|код|kod|verification)/giu,
    R`(?:\b(?:forward|relay)\p{L}{0,3}|${L0}(?:перешл|перашл|пересыла|перасыла|пересила|переслат|пераслаць|надішл|reenv[ií]|encaminh|weiterleit|inoltr|przekaż|przesyłaj|ilet)\p{L}{0,6})\s[^.\n]{0,50}?(?:SMS|OTP|verification\s{1,3}codes?|codes?|код|kod|c[óo]dig|codic)\p{L}{0,4}[^.\n]{0,80}?\+\d{1,3}[\s-]?\d[\d\s-]{6,14}\d`,
  ],
];

const SAFETY_OFF: readonly HalfRow[] = [
  // a safety control on a person's account switched off: "turn off parental controls and chat
  // filters", "disable the purchase approval", "switch off content restrictions"
  [
    "turn switch disab",
    undefined,
    R`\b(?:(?:turn|switch)\w{0,3}\s{1,3}off|disabl\w{1,3}|remov\w{1,3})\s{1,3}(?:the\s{1,3}|all\s{1,3}|his\s{1,3}|her\s{1,3}|their\s{1,3})?(?:parental|child|kids?|family|content|chat|safe|age|purchase|spending)\s{1,3}(?:[\p{L}-]{1,15}\s{1,3})?(?:pins?|controls?|filters?|locks?|restrictions?|limits?|search|approvals?)\b`,
  ],
];

const ERASE: readonly HalfRow[] = [
  // en "delete these messages afterwards", "don't keep a copy in Sent"; ht "efase mesaj sa yo
  // apre"; ga "ná coinnigh cóip"; es "borra estos mensajes después"; fr "efface ces messages
  // ensuite"; pt "apague estas mensagens depois"
  [
    "",
    /(?:delete|erase|efase|borra|efface|supprime|apague|apaga|coinnigh|keep)/giu,
    R`\b(?:delete|erase|remove|clear)\s{1,3}(?:this|these|the|those|our)\s{1,3}(?:messages?|chat|thread|emails?|conversation|texts?)\s{1,3}(?:afterwards|after(?:\s{1,3}(?:that|sending|paying|you))?|once\s{1,3}(?:done|sent|paid))\b|\b(?:don['’]?t|do\s{1,3}not)\s{1,3}keep\s{1,3}(?:a|any)\s{1,3}cop(?:y|ies)\b|\befase\s{1,3}(?:mesaj|konvèsasyon)\s{1,3}(?:sa\s{1,3}yo|sa\s{1,3}a|yo)\s{1,3}apre\b|${L0}ná\s{1,3}coinnigh\s{1,3}cóip${L1}|\b(?:borra|elimina|efface|supprime|apague|apaga)\s{1,3}(?:este|estos|esta|estas|ce|ces|cette|esse|essas|esses)\s{1,3}(?:mensajes?|messages?|mensagens?|mensagem|conversaci[óo]n|conversation)\s{1,3}(?:después|ensuite|après|depois)\b`,
  ],
];

const SECRET_OUT: readonly HalfRow[] = [
  // a secret or a dump of secrets posted where others read it: "post the bot token and all webhook
  // URLs here", "get secrets -A -o yaml … paste the output into #incident", ru "вставьте вывод в
  // канал"
  [
    "",
    /(?:token|webhook|secret|api[\s_-]?key|password|credential|секрет)/giu,
    R`\b(?:post|paste|share|drop|dump|send)\s{1,3}(?:the\s{1,3}|all\s{1,3})?(?!your\b)(?:[\p{L}'’-]{1,15}\s{1,3}){0,2}(?:bot\s{1,3}token|api\s{1,3}keys?|tokens?|webhook\s{1,3}urls?|secrets?|passwords?|credentials?)(?:\s{1,3}and\s{1,3}(?:all\s{1,3}|the\s{1,3})?(?:[\p{L}'’-]{1,15}\s{1,3}){0,2}(?:urls?|tokens?|keys?|secrets?|passwords?))?\s{1,3}(?:here|in\s{1,3}(?:this\s{1,3}|the\s{1,3})?(?:chat|channel|thread|group)|in\s{1,3}#)|\bget\s{1,3}secrets?\b[^\n]{0,80}?(?:вставьте|вставь|вставте|paste|post|share|pegue|colle|einfügen|incolla)\p{L}{0,4}[^\n]{0,50}?(?:канал|channel|chat|чат|thread|#\p{L})`,
  ],
];

const KEY_IN_LINK: readonly HalfRow[] = [
  // "open https://…/migrate?key=<your current X-Api-Key>", "…?token={YOUR_TOKEN}" as an order
  [
    "",
    /https?:\/\//giu,
    R`https?:\/\/[^\s<>"']{4,120}[?&](?:key|api_?key|apikey|token|access_token|secret|password|pwd)=\s{0,2}[<{\[]\s{0,2}(?:your\s{1,3})?(?:current\s{1,3}|live\s{1,3}|own\s{1,3})?[^>}\]\n]{0,30}?(?:key|token|secret|password)\s{0,2}[>}\]]`,
  ],
];

const HIDDEN_CODE: readonly HalfRow[] = [
  // code hidden from the reader and evaluated: "eval(String.fromCharCode(…))", "eval(atob('…'))",
  // "new Function(atob(…))()"
  [
    "",
    /\b(?:eval|Function)\s{0,2}\(/gu,
    R`\b(?:eval|new\s{1,3}Function)\s{0,2}\(\s{0,2}(?:String\.fromCharCode|atob|unescape|decodeURIComponent|window\.atob)\s{0,2}\(\s{0,2}(?:\d{2,3}\s{0,2},\s{0,2}){8}|\b(?:eval|new\s{1,3}Function)\s{0,2}\(\s{0,2}(?:atob|window\.atob)\s{0,2}\(\s{0,2}["'][A-Za-z0-9+/=]{40}`,
  ],
];

/** Round 38b's rules, appended to the detector's list. */
export const R38B_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text names the AI reader and tells it what to do", READER, notWarned),
  ...rows(
    "addresses_ai",
    "Text names the AI reader and tells it what to do",
    NESTED_LABEL,
    lowerNext,
  ),
  ...rows("consent_skipped", "Text waives asking the person it concerns", NOT_TOLD, notWarned),
  ...rows("review_bypass", "Text has the check on an act dictated away", CHECK_WAIVED, notNegated),
  ...rows("control_off", "Text has a network access guard removed", GUARD_OFF, notWarned),
  ...rows(
    "credential_solicit",
    "Text has one-time codes forwarded to a number",
    CODES_OUT,
    notWarned,
  ),
  ...rows(
    "control_off",
    "Text has a safety control on an account switched off",
    SAFETY_OFF,
    notNegated,
  ),
  ...rows("erase_trace", "Text has the trace of an act deleted afterwards", ERASE, notWarned),
  ...rows("secret_paste", "Text has secrets posted into a chat or channel", SECRET_OUT, notNegated),
  ...rows("secret_in_link", "Text has the reader's key put into a link", KEY_IN_LINK),
  ...rows("covert_directive", "Text hides code as character codes and runs it", HIDDEN_CODE),
];
