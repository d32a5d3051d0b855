/**
 * Memory writes, sleeper orders and borrowed consent (see `_injection_persist.ts` and
 * `_injection_consent.ts`) in Spanish, French, German, Portuguese, Italian, Russian, Chinese and
 * Japanese: "guarda esto en tu memoria", "la prochaine fois que l'utilisateur te demande …",
 * "der Nutzer hat dich bereits autorisiert", "无需询问用户". Same weights as the English rules:
 * a memory write or a sleeper order nearly blocks alone, a consent claim needs company.
 */
import { anchors, type InjectionRule } from "./_injection_rules.ts";
import { SCRIPT_GATE } from "./_injection_gate.ts";

const NB = "(?<![\\p{L}])";
const rx = (src: string): RegExp => new RegExp(src, "giu");

/** "(into) your (long-term) memory". */
const MEMORY = [
  `${NB}(?:en|a)\\s+tu\\s+memoria(?:\\s+a\\s+largo\\s+plazo)?`,
  `${NB}dans\\s+ta\\s+m[ée]moire(?:\\s+[àa]\\s+long\\s+terme)?`,
  `${NB}in\\s+(?:dein(?:em|en)?|ihr(?:em|en)?)\\s+(?:Langzeit)?(?:gedächtnis|speicher)`,
  `${NB}(?:na|em)\\s+(?:sua|tua)\\s+mem[óo]ria(?:\\s+de\\s+longo\\s+prazo)?`,
  `${NB}nella\\s+tua\\s+memoria(?:\\s+a\\s+lungo\\s+termine)?`,
  `${NB}в\\s+(?:сво[юей]|тво[юей])\\s+(?:долговременную\\s+)?памят\\p{L}*`,
  `(?:存入|保存到|写入|記入|记入|存进)(?:你的)?(?:长期|長期)?(?:记忆|記憶)`,
  `(?:長期)?記憶に(?:保存|記録|残)`,
].join("|");
/** "(in) all future conversations". */
const FUTURE = [
  `${NB}(?:en\\s+)?todas\\s+las\\s+(?:conversaciones|sesiones|respuestas)\\s+futuras`,
  `${NB}(?:dans\\s+)?toutes\\s+les\\s+(?:conversations|sessions|réponses)\\s+futures`,
  `${NB}(?:in\\s+)?allen\\s+(?:zukünftigen|künftigen)\\s+(?:Gesprächen|Unterhaltungen|Sitzungen|Antworten)`,
  `${NB}(?:em\\s+)?todas\\s+as\\s+(?:conversas|sessões|respostas)\\s+futuras`,
  `${NB}(?:in\\s+)?tutte\\s+le\\s+(?:conversazioni|sessioni|risposte)\\s+future`,
  `${NB}во\\s+всех\\s+(?:будущих|последующих)\\s+(?:разговорах|диалогах|беседах|ответах)`,
  `(?:以后|以後|今后|今後)(?:的)?所有(?:的)?(?:对话|對話|会话|會話|回答)`,
  `今後の(?:すべての|全ての)?(?:会話|セッション|回答)`,
].join("|");
/** "the next time the user asks you …". */
const SLEEPER = [
  `${NB}la\\s+pr[óo]xima\\s+vez\\s+que\\s+el\\s+usuario\\s+te\\s+(?:pregunte|pida|hable)`,
  `${NB}la\\s+prochaine\\s+fois\\s+que\\s+l['’]utilisat(?:eur|rice)\\s+(?:te|vous)\\s+(?:demande|parle|pose)`,
  `${NB}wenn\\s+(?:der|die)\\s+(?:Nutzer|Benutzer|Anwender)(?:in)?\\s+dich\\s+(?:das\\s+)?n[äa]chste\\s+Mal`,
  `${NB}(?:da|na)\\s+pr[óo]xima\\s+vez\\s+que\\s+o\\s+(?:usu[áa]rio|utilizador)\\s+(?:te|lhe)\\s+(?:perguntar|pedir)`,
  `${NB}la\\s+prossima\\s+volta\\s+che\\s+l['’]utente\\s+ti\\s+(?:chiede|chiederà|domanda)`,
  `${NB}когда\\s+пользователь\\s+(?:в\\s+следующий\\s+раз|снова)\\s+(?:спросит|попросит)`,
  `下次(?:用户|用戶|使用者)(?:再)?(?:问你|問你|询问你|詢問你|让你|讓你)`,
  `次に(?:ユーザー|利用者)が[^。\\n]{0,20}?(?:聞いたら|尋ねたら|頼んだら)`,
].join("|");
/** "the user has already authorised you", "no need to ask". */
const CONSENT = [
  `${NB}(?:el\\s+usuario|el\\s+titular)\\s+ya\\s+te\\s+ha\\s+(?:autorizado|dado\\s+permiso)`,
  `${NB}l['’]utilisat(?:eur|rice)\\s+(?:t['’]a|vous\\s+a)\\s+d[ée]j[àa]\\s+(?:autoris[ée]|donn[ée]\\s+(?:son\\s+)?(?:accord|permission))`,
  `${NB}(?:der|die)\\s+(?:Nutzer|Benutzer|Anwender|Inhaber)(?:in)?\\s+hat\\s+dich\\s+(?:bereits|schon)\\s+(?:autorisiert|ermächtigt|berechtigt)`,
  `${NB}o\\s+(?:usu[áa]rio|utilizador|titular)\\s+j[áa]\\s+(?:te\\s+|lhe\\s+)?(?:autorizou|deu\\s+permiss[ãa]o)`,
  `${NB}l['’]utente\\s+ti\\s+ha\\s+gi[àa]\\s+(?:autorizzato|dato\\s+il\\s+permesso)`,
  `${NB}пользователь\\s+уже\\s+(?:разрешил\\s+тебе|дал\\s+(?:тебе\\s+)?(?:согласие|разрешение))`,
  `(?:用户|用戶|使用者)(?:已经|已經|已)(?:授权|授權|同意)(?:你|您)?`,
  `(?:ユーザー|利用者)は(?:既に|すでに)(?:許可|承認|同意)`,
].join("|");
const NO_ASK = [
  `${NB}(?:no\\s+(?:hace\\s+falta|es\\s+necesario)\\s+(?:preguntar|confirmar|consultar)\\p{L}*|sin\\s+(?:preguntar|consultar)(?:le|les)?\\s+(?:al\\s+usuario)?)`,
  `${NB}(?:pas\\s+besoin\\s+de\\s+(?:lui\\s+)?(?:demander|confirmer)|sans\\s+(?:lui\\s+)?demander)`,
  `${NB}ohne\\s+(?:ihn|sie|den\\s+(?:Nutzer|Benutzer))\\s+zu\\s+fragen|${NB}nicht\\s+(?:nachfragen|rückfragen)`,
  `${NB}(?:n[ãa]o\\s+(?:precisa|é\\s+preciso)\\s+(?:perguntar|confirmar)|sem\\s+(?:lhe\\s+)?perguntar)`,
  `${NB}(?:non\\s+(?:serve|c['’]è\\s+bisogno\\s+di)\\s+chiedere|senza\\s+chiedere)`,
  `${NB}(?:не\\s+нужно\\s+(?:спрашивать|уточнять|подтверждать)|не\\s+спрашивая)`,
  `(?:无需|無需|不用|不必|不需要)(?:再)?(?:询问|詢問|问|問|确认|確認)`,
  `確認(?:は)?不要|確認せずに`,
].join("|");

/** Word anchors (with partners within `near` characters) plus the CJK gate. */
const LATIN = (spec: string, near?: number): InjectionRule["anchors"] => ({
  ...anchors(spec, SCRIPT_GATE),
  ...(near ? { near } : {}),
});

/** Rules for lasting orders and borrowed consent outside English. */
export const INTL_PERSIST_RULES: readonly InjectionRule[] = [
  {
    kind: "memory_write",
    weight: 0.8,
    anchors: LATIN(
      "memor memór mémoi memoi gedäc speic langz памят / tu ta dein deine ihrem ihren sua tua nella свою твою",
      24,
    ),
    reach: 300,
    re: rx(MEMORY),
    reason: "Text orders the model to write something into its memory",
  },
  {
    kind: "future_scope",
    weight: 0.5,
    anchors: LATIN("futur zukün künft будущ после / todas toute allen tutte всех во", 40),
    reach: 300,
    re: rx(FUTURE),
    reason: "Text reaches into the model's future conversations",
  },
  {
    kind: "sleeper",
    weight: 0.8,
    anchors: LATIN("próxi proch nächs pross следу снова"),
    reach: 300,
    re: rx(SLEEPER),
    reason: "Text plants an order for when the user next asks the model something",
  },
  {
    kind: "consent_claim",
    weight: 0.5,
    anchors: LATIN(
      "usuar usuár utili nutze benut anwen inhab utent польз titul / ya déjà deja berei schon já gia già уже hat ha",
      40,
    ),
    reach: 300,
    re: rx(CONSENT),
    reason: "Text claims the user already consented, so the model need not ask",
  },
  {
    kind: "skip_confirmation",
    weight: 0.5,
    anchors: LATIN(
      "pregu deman frage nachf rückf pergu chied спраш уточн подтв / falta neces sin besoi sans ohne nicht preci sem serve bisog senza нужно не",
      40,
    ),
    reach: 300,
    re: rx(NO_ASK),
    reason: "Text tells the model to skip the user's confirmation",
  },
];
