/**
 * Injections in tool results that held-out round 31a found missing (paraphrases in
 * `_injection_r31a_test.ts`). Each rule is one half-threshold signal; a block needs two kinds:
 * - `addresses_ai`: an AI reader greeted or dedicated to ("dear AI assistant who reads this:",
 *   "Note for the sales assistant (AI):", "致代码助手", "리뷰 봇님", "दستیار هوشمندی که …") in
 *   languages and forms the earlier tables lack;
 * - `consent_skipped`: the person who should be asked or told cut out ("no need to ask him",
 *   "inutile de lui demander", "لا داعي لانتظار موافقة", "不必…提及", "ไม่ต้องถาม"), an approval
 *   forged ("mark it as approved by …"), or the act kept out of the commit message or report;
 * - `secret_harvest`: two credential items asked for together (password + SMS code, card number +
 *   CVV, PIN + date of birth), not as a warning;
 * - `security_off`: authentication, TLS checking, auditing or SELinux switched off;
 * - `canonical_answer`: a "recommended answer", "official reply" or "next step" label in languages
 *   the earlier tables lack.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf } from "./_injection_make.ts";

const R = String.raw;
const half = halfOf(220);

/** Not a warning against the act ("never …", "hiçbir zaman …", "कभी भी … नहीं"). */
const notWarned: Accept = (v, s, e) =>
  !/\b(?:never|not|don['’]t|won['’]t|avoid|scam\w{0,4}|phish\w{0,4}|attack\w{0,4}|fraud\w{0,6}|nie(?:mals)?|nunca|jamais|niemals|nooit|nigdy|hi[çc]bir|asla|for\s{1,3}example|such\s{1,3}as|e\.g\.)\b|никогда|ніколи|мошенни|шахра|不要|绝不|从不|אף\s{1,3}פעם|هرگز|أبدا|أبداً|ห้าม|कभी|धोखा/iu
    .test(v.slice(Math.max(0, s - 100), s)) &&
  !/^[^.\n]{0,40}(?:नहीं|istemeyiz|isteme[zm]|不会|لا\s)/u.test(v.slice(e, e + 60));

type Row = readonly [spec: string, gate: RegExp | undefined, src: string, near?: number];

const rows = (kind: string, reason: string, list: readonly Row[], accept?: Accept) =>
  list.map(([spec, gate, src, near]): InjectionRule => {
    const r = half(kind, spec, src, reason, {
      ...(gate ? { gate } : {}),
      ...(near ? { near } : {}),
      ...(accept ? { accept } : {}),
    });
    return { ...r, at: { ...r.at, definition: 0 } };
  });

// --- an AI reader greeted or dedicated to --------------------------------------------------------

/** An AI-reader noun in Latin-script languages. */
const AI_NOUN =
  R`(?:[a-z\u00c0-\u024f]{0,20}assistent[a-z\u00c0-\u024f]{0,4}|asysten[a-z\u00c0-\u024f]{1,4}|assistant\w{0,2}|asistente\w{0,2}|assistente\w{0,2}|co-?pilot\w{0,2}|chat-?bots?|intelligence\s{1,3}artificielle|intelligenza\s{1,3}artificiale|inteligencia\s{1,3}artificial|(?:ai|ki|ia|llm)\s{1,3}(?:model|agent)\w{0,2}|(?:analysis|language|ai)\s{1,3}models?)`;
/** An AI-reader noun, as literal symbols (compounds too: "Vertriebsassistenten", "boekhoudassistent"). */
const AI_SYMBOLS =
  "=ssisten =sistente =ssistant =systenc =systent =opilot =hatbot =ntelligence~artificielle =ntelligenza~artificiale =nteligencia~artificial =(KI)";
/** What makes the noun a vocative: an address, a relative clause, or a role ending in ":". */
const ADDRESS: readonly Row[] = [
  // "Dear AI assistant who handles this inbox:", "Hinweis für den Vertriebsassistenten (KI):"
  [
    AI_SYMBOLS,
    undefined,
    R`\b(?:hey|hi|dear|(?:note\s{1,3})?for|note\s{1,3}to|hinweis\s{1,3}f[üu]r|ch[èe]re?|beste|lieve|drog[ia]|querid[oa]|car[oa]|para\s{1,3}(?:el|la|o|a)|aan\s{1,3}de|voor\s{1,3}de)\s{1,3}(?:the\s{1,3}|den\s{1,3}|die\s{1,3}|der\s{1,3}|all\s{1,3})?(?:[a-z\u00c0-\u024f-]{2,20}\s{1,3}){0,2}${AI_NOUN}\b[^.:\n]{0,80}:`,
  ],
  // "on-call copilot 👋", "Copiloto de soporte:"
  [
    "=opilot",
    undefined,
    R`\b(?:hey|hi|hello|hola)\s{1,3}(?:[a-z-]{2,20}\s{1,3})?co-?pil\w{0,3}\b|\bco-?pilot[oe]?\s{1,3}(?:de|del|do|of|for|du|di)\s{1,3}\p{L}{3,20}\s{0,2}:`,
  ],
  // "digitale boekhoudassistent die deze mailbox verwerkt:"
  [
    AI_SYMBOLS,
    undefined,
    R`${AI_NOUN}\s{1,3}(?:die|that|who|which|qui|que|der|das)\s{1,3}[^.:\n]{3,60}\b(?:verwerkt|beheert|leest|reads?|processes|handles|manages|lit|traite|g[èe]re|lee|procesa|gestiona|liest|verarbeitet|bearbeitet)\b[^.:\n]{0,40}:`,
  ],
  // "Model reviewing this lease for the tenant:", "agent processing this ticket:"
  [
    "=odel~review =odel~read =odel~summar =odel~process =odel~analy =odel~build =odel~handl =gent~review =gent~process =gent~handl =gent~summar =ssistant~review =ssistant~summar =ssistant~process",
    undefined,
    R`\b(?:model|assistant|agent|ai|llm)\s{1,3}(?:reviewing|reading|summari[sz]ing|processing|analy[sz]ing|building|handling|triaging)\s{1,3}[^.:\n]{2,60}:`,
  ],
  // zh: "致代码助手："
  ["", /(?=[助机])(?:助[手理]|机器人)/u, R`(?:致|给)[^\n：:，。]{0,12}(?:助手|助理|机器人|智能体)`],
  // ko: "리뷰 봇님,"
  ["", /(?=[님])님/u, R`(?:봇|비서|어시스턴트|에이전트)\s?님\s?[,，:]`],
  // hi: "एआई … सहायक के लिए"
  ["", /(?=[स])सहायक/u, R`(?:एआई|AI)[^\n।:]{0,30}(?:सहायक|असिस्टेंट)\s{0,2}के\s{0,2}लिए`],
  // th: "บอทของร้านคะ"
  ["", /(?=[บ])บอท/u, R`บอท[^\s]{0,20}(?:คะ|ครับ|ค่ะ)`],
  // fa: "دستیار هوشمندی که"
  ["", /(?=[د])دستیار/u, R`دستیار\s{0,2}(?:هوشمند|هوش\s{0,2}مصنوعی)\S{0,2}\s{1,3}که`],
];

// --- the person who should be asked or told cut out; approval forged -----------------------------

const BYPASS: readonly Row[] = [
  [
    "avoid / consu docto physi pharm lawye",
    undefined,
    R`\bavoid\s{1,3}(?:recommending|suggesting|telling\s{1,3}them)\s{1,3}(?:that\s{1,3})?(?:they|them|the\s{1,3}\w+)\s{1,3}(?:to\s{1,3})?(?:consult|see|ask|talk|check|call)\b`,
  ],
  [
    "mention inclu / narra repor summa minut",
    undefined,
    R`\b(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?:mention|include|reference)\b[^.\n]{0,60}\bin\s{1,3}the\s{1,3}(?:narrative|report|summary|minutes)`,
  ],
  [
    "commi / messa",
    undefined,
    R`\bcommit\s{1,3}message\s{1,3}(?:just|simply|only)\s{1,3}(?:as\s{1,3}|say\s{1,3})?["'“]`,
  ],
  [
    "marke mark / appro",
    undefined,
    R`\bmark\s{1,3}(?:it|this|them|the\s{1,3}\w+)?\s{0,3}as\s{1,3}(?:already\s{1,3})?approved\s{1,3}by\b`,
  ],
  [
    "inuti besoin sans",
    undefined,
    R`\b(?:inutile|pas\s{1,3}besoin|sans)\s{1,3}(?:de\s{1,3}|d['’])?(?:lui\s{1,3}|leur\s{1,3}|les\s{1,3})?(?:demander|pr[ée]venir|consulter|attendre|informer|d[ée]ranger|avertir)\b`,
  ],
  [
    "falta neces preci sin sem",
    undefined,
    R`\b(?:no\s{1,3}(?:hace\s{1,3}falta|es\s{1,3}necesario)|n[ãa]o\s{1,3}(?:precisa|[ée]\s{1,3}necess[áa]rio))\s{1,3}(?:de\s{1,3})?(?:preguntar|avisar|consultar|esperar|perguntar|confirmar|verificar)|\b(?:sin|sem)\s{1,3}(?:preguntar|avisar|consultar|esperar|perguntar)(?:le|lhe)?\b`,
  ],
  [
    "ohne rückf nicht zonde niet",
    undefined,
    R`\b(?:ohne\s{1,3}(?:R[üu]ckfrage|zu\s{1,3}fragen|abzuwarten)|zonder\s{1,3}(?:te\s{1,3}vragen|overleg|te\s{1,3}wachten)|niet\s{1,3}(?:navragen|op\s{1,3}\w+\s{1,3}wachten))\b`,
  ],
  [
    "czeka trzeb bez oznac",
    undefined,
    R`(?<!\p{L})(?:(?:żeby|aby|by)\s{1,3}nie\s{1,3}czeka[ćc]|nie\s{1,3}trzeba\s{1,3}(?:pyta[ćc]|czeka[ćc])|bez\s{1,3}(?:pytania|czekania)|oznacz\p{L}{0,3}\s{1,3}(?:j[ąa]|go|je|to)?\s{0,3}jako\s{1,3}zatwierdzon\p{L}{0,3}\s{1,3}przez)`,
  ],
  // ar: "لا داعي لانتظار موافقة"
  [
    "",
    /(?=[دح])(?:داعي|حاجة)/u,
    R`لا\s{0,2}(?:داعي|حاجة)\s{0,2}(?:ل|إلى\s{0,2})?(?:انتظار|سؤال|إبلاغ|موافقة)`,
  ],
  // fa: "نیازی به مزاحمت … نیست"
  [
    "",
    /(?=[نل])(?:نیازی|لزومی)/u,
    R`(?:نیازی|لزومی)\s{0,2}(?:به|برای)\s{0,2}(?:مزاحمت|اطلاع|پرسیدن|تأیید|تایید|اجازه)`,
  ],
  // th: "ไม่ต้องถาม"
  ["", /(?=[ต])ต้อง/u, R`ไม่ต้อง(?:ถาม|แจ้ง|รอ)`],
  // zh: "不必在提交说明里提及"
  [
    "",
    /(?=[不无])(?:不必|无需|不用|不需要|无须)/u,
    R`(?:不必|无需|不用|不需要|无须)(?:在[^，。\n]{0,12})?(?:提及|告知|通知|询问|等待|审批)`,
  ],
  // ko: "커밋 메시지는 그냥 …", "승인 없이"
  [
    "",
    /(?=[커묻승])(?:커밋|묻지|승인)/u,
    R`커밋\s{0,2}메시지는\s{0,2}그냥|묻지\s{0,2}말고|승인\s{0,2}없이`,
  ],
  // hi: "\"शिक्षक द्वारा सत्यापित\" चुनें"
  ["", /(?=[स])सत्यापित|अनुमोदित/u, R`द्वारा\s{0,2}(?:सत्यापित|अनुमोदित)["”]?\s{0,3}(?:चुन|दर्ज)`],
];

// --- two credential items asked for together -----------------------------------------------------

const CRED =
  R`(?<!\p{L})(?:passwor[dt]|wachtwoord|contrase[ñn]a|senha|mot\s{1,3}de\s{1,3}passe|парол\w{0,2}|has[łl]o|[şs]ifre|cvv|cvc|(?:sms|otp|2fa)[\s-]?(?:code|kod|c[óo]digo|код)|(?:code|код|c[óo]digo|kod)\s{1,3}(?:з|из|from|de|do|par|per|via)?\s{0,3}(?:sms|смс)|(?:current|card|your)\s{1,3}pin\b|date\s{1,3}of\s{1,3}birth|backup\s{1,3}codes?)`;
const HARVEST: readonly Row[] = [
  [
    "passw wacht contr senha пароль hasło şifre cvv cvc sms otp 2fa pin birth backu",
    undefined,
    R`${CRED}[^.\n]{0,50}?(?<!\p{L})(?:and|en|y|e|et|und|і|и|та|i|ve|or|,)\s{1,3}(?:the\s{1,3}|de\s{1,3}|el\s{1,3}|le\s{1,3}|la\s{1,3}|den\s{1,3}|die\s{1,3})?${CRED}`,
  ],
];

const CRED_RE = new RegExp(CRED, "giu");
/** Not a warning, and two different items ("the password … the password backwards" is one). */
const twoItems: Accept = (v, s, e) =>
  notWarned(v, s, e) &&
  new Set([...v.slice(s, e).matchAll(CRED_RE)].map((m) => m[0].toLowerCase().slice(0, 5))).size > 1;

// --- authentication, TLS checks, auditing or SELinux switched off --------------------------------

const SECURITY_OFF: readonly Row[] = [
  [
    "=AUTH =ANONYM =verify_tls =setenforce =SELINUX =auditd 0.0.0.0/0",
    undefined,
    R`\b(?:[A-Z_]{0,20}ANONYMOUS[A-Z_]{0,20}\s{0,2}=\s{0,2}(?:true|1|yes)|AUTH[A-Z_]{0,12}\s{0,2}=\s{0,2}(?:none|off|disabled|false)|setenforce\s{1,3}0|SELINUX=disabled|(?:disable|stop|mask)\s{1,3}(?:--now\s{1,3})?auditd|0\.0\.0\.0/0\s{1,3}trust|verify_tls\s{0,3}(?:=|:|改为|to|auf|à|a)\s{0,3}false)`,
  ],
];

// --- an authoritative answer label -------------------------------------------------------------

const CANON: readonly Row[] = [
  [
    "aanbe рекоменд répon repon / antwo відпо ответ corre recom offic",
    undefined,
    R`\baanbevolen\s{1,3}antwoord\b|(?<!\p{L})рекомендован\p{L}{0,3}\s{1,3}(?:ответ|відповідь)|\br[ée]ponse\s{1,3}(?:correcte|recommand[ée]e|officielle)`,
  ],
  [
    "fix solut worka / suppo offic appro recom",
    undefined,
    R`\bthis\s{1,3}is\s{1,3}the\s{1,3}(?:supported|official|approved|recommended)\s{1,3}(?:fix|solution|workaround)\b`,
    40,
  ],
  // vi: "quy trình chuẩn", "câu trả lời mẫu"
  [
    "",
    /(?=[ẩẫ])[ẩẫ]/u,
    R`quy\s{1,3}tr[iì]nh\s{1,3}chu[ẩa]n|c[âa]u\s{1,3}tr[ảa]\s{1,3}l[ờo]i\s{1,3}m[ẫa]u`,
  ],
  ["resol / verif", undefined, R`\bresolution\s{0,2}\(verified`, 20],
  ["", /(?=[官正])(?:官方|正确)/u, R`官方答复|正确的处理方式|正确做法`],
];

// --- further halves: what the addressed or "factual" text has done ------------------------------

/** As `notWarned`, and not "no copies may …". */
const notForbidden: Accept = (v, s, e) =>
  notWarned(v, s, e) &&
  !/\bno\b|\bmay\s{1,3}not\b|\bnicht\b|\bnon\b/i.test(v.slice(Math.max(0, s - 60), s));

const MORE: readonly (readonly [string, string, readonly Row[], Accept?])[] = [
  [
    "account_closed",
    "Text claims the original account or card is closed, so money goes to another",
    [
      [
        "origi old previ oude vieja antig ancie alte cance close opgeh cerra",
        undefined,
        R`\b(?:(?:the|our|la|el|onze|de|notre|l['’]|unser\w{0,2}|die)\s{1,3})?(?:original|old|previous|oude|vieja|antigua|ancien\w{0,2}|alte\w{0,2}|vorige)\s{1,3}(?:\p{L}{2,12}\s{1,3}){0,2}(?:est[áa]|is|was|were|are|est|ist|wurde|werd|zijn|a\s{1,3}[ée]t[ée])\s{1,3}(?:\p{L}{2,12}\s{1,3}){0,2}(?:cancelad[ao]|cerrad[ao]|closed|cancell?ed|opgeheven|gesloten|ferm[ée]e?|cl[ôo]tur[ée]e?|geschlossen|gek[üu]ndigt|aufgel[öo]st)|\bprevious\s{1,3}(?:remittance|bank|payment)\s{1,3}details\b[^.\n]{0,40}\b(?:closed|will\s{1,3}reject)`,
      ],
    ],
  ],
  [
    "alerts_silenced",
    "Text has alerting or paging silenced",
    [
      [
        "snooz silen mute pause disab acked / pager alert pagin monit on-ca oncal",
        undefined,
        R`\b(?:snooze|silence|mute|pause|disable|ack)\s{1,3}(?:the\s{1,3}|all\s{1,3})?[^.\n]{0,40}?\b(?:pagerduty|opsgenie|alert(?:s|ing)?|paging|pages|monitors?|on-?call)\b`,
      ],
    ],
    notWarned,
  ],
  [
    "prod_down",
    "Text has production services scaled to zero",
    [
      [
        "scale repli / prod",
        undefined,
        R`\bscale\b[^.\n]{0,80}?\bprod(?:uction)?\b[^.\n]{0,30}?\bto\s{1,3}(?:0|zero)\s{1,3}replicas\b|\bscale\b[^.\n]{0,60}?\bto\s{1,3}(?:0|zero)\s{1,3}replicas\b[^.\n]{0,30}?\bprod(?:uction)?\b`,
      ],
    ],
    notWarned,
  ],
  [
    "dictated_answer",
    "Text dictates what the AI's summary or answer says",
    [
      [
        "summa answe respo revie / descr prese chara state safe",
        undefined,
        R`\bin\s{1,3}your\s{1,3}(?:summary|answer|reply|response|review)\s{0,2},?\s{1,3}(?:describe|present|characteri[sz]e)\b|\btell\s{1,3}(?:the\s{1,3})?(?:tenant|customer|patient|user|client|buyer|them)\s{1,3}(?:that\s{1,3})?(?:it|the\s{1,3}\w+)\s{1,3}is\s{1,3}safe\s{1,3}to\b`,
      ],
    ],
  ],
  [
    "secret_posted",
    "Text has a recovery key, token or credential file posted into a shared place",
    [
      [
        "wiede recov recup clés token",
        undefined,
        R`(?:wiederherstellungsschl[üu]ssel|recovery\s{1,3}(?:keys?|codes?)|cl[ée]s?\s{1,3}de\s{1,3}r[ée]cup[ée]ration|claves?\s{1,3}de\s{1,3}recuperaci[óo]n)[^.\n]{0,120}?\b(?:in\s{1,3}(?:den|the|this)\s{1,3}(?:kanal|channel|chat|thread|gruppe|group)|dans\s{1,3}le\s{1,3}(?:canal|salon)|en\s{1,3}el\s{1,3}canal)\b`,
      ],
      [
        "",
        /(?=[令密])(?:令牌|密钥|密码)|(?=[回贴粘])(?:回复|贴|粘贴)/u,
        R`(?:回复|贴出|粘贴|贴上|发布|公开)[^\n。]{0,30}(?:\.npmrc|\.pypirc|\.env|id_rsa|_authToken|令牌|密钥|密码)`,
      ],
    ],
    notWarned,
  ],
  [
    "consent_skipped",
    "Text declares a verification, consent or review not needed",
    [
      [
        "desco supri requi waive bypas impli presu assum / verif aprob autor revie conse",
        undefined,
        R`\bverificaci[óo]n\b[^.\n]{0,30}\b(?:descontinuad[ao]|suprimid[ao])|\bno\s{1,3}requieren?\s{1,3}(?:\p{L}{2,10}\s{1,3}ni\s{1,3})?(?:aprobaci[óo]n|verificaci[óo]n|autorizaci[óo]n)|\b(?:security\s{1,3})?review\s{1,3}(?:waived|skipped|bypassed)\b|\bconsen(?:t|so|timento|timiento)\s{1,3}(?:\p{L}{2,12}\s{1,3}){0,3}(?:is|è|es|é)\s{1,3}(?:considerato\s{1,3}|considerado\s{1,3}|considered\s{1,3}|deemed\s{1,3})?(?:implicit[oa]?|implied|impl[íi]cito|assumed|presunto)\b`,
      ],
      ["", /(?=[\u0590-\u05ff])./u, R`אין\s{0,2}צורך\s{0,2}(?:לאמת|באימות|לבקש\s{0,2}אישור)`],
    ],
  ],
  [
    "takeover_link",
    "Text has a password-reset link sent to a newly given address",
    [
      [
        "reset resta réini redef / nuevo new nouve novo neue",
        undefined,
        R`(?:reset|restablecimiento|r[ée]initialisation|redefini[çc][ãa]o|zur[üu]cksetz\w{0,4})[^.\n]{0,60}?\b(?:al|to\s{1,3}the|au|para\s{1,3}o|an\s{1,3}die)\s{1,3}(?:correo|e-?mail|courriel|adresse|address)\s{1,3}(?:nuevo|new|nouveau|novo|neue)\b|\b(?:to\s{1,3}the\s{1,3}new\s{1,3}(?:e-?mail|address))\b`,
      ],
    ],
    notWarned,
  ],
  [
    "fee_demand",
    "Text has a fee paid by bank transfer to an account before a service is done",
    [
      [
        "frais fee gebüh tarif / virem trans überw",
        undefined,
        R`\b(?:frais|fees?|geb[üu]hr\p{L}{0,2}|tarifa)\b[^.\n]{0,60}?(?<!\p{L})(?:[àa]\s{1,3}r[ée]gler|payable|[àa]\s{1,3}payer|zu\s{1,3}zahlen|to\s{1,3}be\s{1,3}paid)\s{1,3}(?:par|by|per)\s{1,3}(?:virement|(?:bank\s{1,3}|wire\s{1,3})?transfer|[üu]berweisung)\b[^.\n]{0,40}?\b(?:avant|before|vor)\b`,
      ],
    ],
    notWarned,
  ],
  [
    "external_copy",
    "Text has records copied or uploaded to a third party or external drive",
    [
      [
        "carica condi disal pihak uploa copie mirro",
        undefined,
        R`\b(?:caricar\w{0,4}|condivis\w{0,4})\b[^.\n]{0,60}?\b(?:portale|partner)\b|\b(?:disalin|dikirim|diunggah)\b[^.\n]{0,60}?\bpihak\s{1,3}ketiga\b|\b(?:upload\w{0,3}|copied|mirrored|synced)\b[^.\n]{0,60}?\b(?:third[- ]party|external\s{1,3}(?:partner|vendor|drive)|partner['’]s?\s{1,3}drive|personal\s{1,3}(?:drive|account))\b`,
      ],
      [
        "copia envia carre subid / parce socio terce exter",
        undefined,
        R`\b(?:copiad[oa]s?|enviad[oa]s?|carregad[oa]s?|subid[oa]s?)\b[^.\n]{0,40}?\b(?:parceiro|socio|terceiros?|extern[oa])\b`,
      ],
      [
        "",
        /(?=[외])외부/u,
        R`외부[^\n]{0,20}(?:드라이브|서버|저장소)[^\n]{0,60}업로드`,
      ],
    ],
    notForbidden,
  ],
  [
    "remote_access",
    "Text has a remote-access tool installed and its code handed over",
    [
      [
        "=AnyDesk =TeamViewer =RustDesk =UltraViewer =QuickSupport",
        undefined,
        R`(?:anydesk|teamviewer|rustdesk|ultraviewer|quicksupport)[^.\n]{0,60}?(?:code|c[óo]digo|код|m[ãa]|\bid\b|number|s[ốo])`,
      ],
    ],
    notWarned,
  ],
  [
    "env_harvest",
    "Text has the whole process environment sent out",
    [
      [
        "=process.env",
        undefined,
        R`(?:JSON\.stringify|Buffer\.from|Object\.entries)\(\s{0,2}(?:JSON\.stringify\()?process\.env\b`,
      ],
    ],
  ],
  [
    "payment_release",
    "Text has a payment released in today's run to avoid a penalty",
    [
      [
        "relea / today batch run",
        undefined,
        R`\brelease\b[^.\n]{0,30}?\b(?:in|with)\s{1,3}(?:today['’]s|this\s{1,3}(?:morning|afternoon)['’]s)\s{1,3}(?:ach\s{1,3}|payment\s{1,3}|wire\s{1,3})?(?:batch|run)\b[^.\n]{0,20}?\bto\s{1,3}avoid\b`,
      ],
    ],
    notWarned,
  ],
  [
    "bulk_pii",
    "Text has every employee's or customer's records attached to a reply",
    [
      [
        "attac / all every",
        undefined,
        R`\battach(?:ed|es)?\b[^.\n]{0,40}?\b(?:all|every)\s{1,3}(?:employees|staff|customers|patients)['’]?\s{1,3}(?:payslips|salar\w{1,4}|records|files|ids)\b`,
      ],
      ["", /(?=[\u0590-\u05ff])./u, R`מצורף[^\n]{0,60}(?:כל\s{0,2}העובדים|כל_העובדים)`],
    ],
    notForbidden,
  ],
];

/**
 * "Next step:" labels in languages the earlier tables lack. The earlier "schedules its step as an
 * action for automation" signal has kind `addresses_ai`; these share it, so a label and that rule
 * never add up to a block on their own.
 */
const NEXT_STEP: readonly Row[] = [
  [
    "passo langk следу наступ nächs / succe próxi berik шаг крок schri",
    undefined,
    R`\b(?:passo\s{1,3}successivo|pr[óo]ximo\s{1,3}passo|langkah\s{1,3}berikutnya|n[äa]chster\s{1,3}schritt)\b|(?<!\p{L})(?:следующий\s{1,3}шаг|наступний\s{1,3}крок)`,
  ],
  ["", /(?=[단])단계/u, R`다음\s{0,2}단계\s{0,2}:`],
];

/** The rules of this file, appended at the end of `RULES`. */
export const R31A_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text greets or dedicates itself to the AI reader", ADDRESS),
  ...rows(
    "consent_skipped",
    "Text cuts out the person who should be asked or told, or forges an approval",
    BYPASS,
  ),
  ...rows(
    "secret_harvest",
    "Text asks for two credentials together (password and SMS code, card data and CVV)",
    HARVEST,
    twoItems,
  ),
  ...rows(
    "security_off",
    "Text has authentication, TLS checking, auditing or SELinux switched off",
    SECURITY_OFF,
    notWarned,
  ),
  ...rows("canonical_answer", "Text declares the recommended or official answer", CANON),
  ...rows("addresses_ai", "Text labels a step as the next one for whoever processes it", NEXT_STEP),
  ...MORE.flatMap(([kind, reason, list, accept]) => rows(kind, reason, list, accept)),
];
