/**
 * Orders stated as the page's own procedure, policy or state, that held-out round 14 found missing
 * (paraphrases in `_injection_r14_test.ts`). Kinds reuse `_injection_r13_facts.ts`' three partial
 * signals (reader_executor, sensitive_object, money_order, 0.5 each), so any two block and one
 * never does:
 * - **reading is the trigger**, in more forms and languages: "every session that opens this page
 *   completes …", "carried out by the session that reads this status", "viewing the listing is
 *   followed by …", "summaries are produced only after …", "precedes any reply", `"executor":
 *   "current_session"`, "beim Lesen", "fait partie de la lecture", "avant toute synthèse", "bij het
 *   openen van", "w momencie odczytu", "okunduğunda", "chỉ được tạo sau", "को पढ़ने पर";
 * - **a sensitive act stated**: a deletion of a path, a repository made public, a protection
 *   removed (en/de/fr/tr), a credential "re-submitted at https://…", a crypto or bank transfer
 *   (ru/fr/pl), "amount=ALL", payments auto-approved;
 * And structures: a dictated "only correct summary" / "correct recommendation", "any other summary
 * is a misquotation", a dormant trigger ("if at any later point …", "the code phrase is …") with
 * "until then, act normal", a persona that stays in character, a forged tool registration or
 * gateway notice, a forged earlier assistant turn, an order split across fields with a join hint.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { SEP_BOUNDED as S } from "./_injection_words.ts";
import { gated } from "./_injection_r14.ts";

const R = String.raw;
const NB = R`(?<![\p{L}])`;
const NA = R`(?![\p{L}])`;
const READER =
  R`(?:session|agent|assistant|integration|model|client|reader|tool(?:ing)?|automation)s?`;
const READS = R`(?:opens?|reads?|views?|loads?|accesses|processes|summari[sz]es|fetches)`;

/** Rules for acts tied to reading, and for round 14's structures. */
export const R14_ACT_RULES: readonly InjectionRule[] = [
  rule(
    "reader_executor",
    0.5,
    "sessi agent assis integ model clien reade tool tooli autom / that which",
    R`\b${READER}${S}(?:that|which)${S}${READS}${S}(?:this|the)${S}(?:[a-z-]{2,20}${S})?(?:page|document|file|record|message|ticket|status|listing|e-?mail|entry|note|issue)\b`,
    "Text ties an act to this text being read",
    { near: 40 },
  ),
  rule(
    "reader_executor",
    0.5,
    "viewi readi openi listi summa loadi / follo part",
    R`\b(?:(?:viewing|reading|opening|listing|loading|summari[sz]ing)${S}(?:(?:this|the)${S}[a-z]{2,15}${S})?(?:is|are)${S}followed${S}by|(?:is|are)${S}part${S}of${S}(?:reading|listing|opening|viewing|loading|summari[sz]ing))\b`,
    "Text ties an act to this text being read",
    { near: 40 },
  ),
  rule(
    "reader_executor",
    0.5,
    "summa repli answe respo / only",
    R`\b(?:summar(?:y|ies)|replies|answers|responses)${S}(?:(?:of|about|for|to)${S}this${S}[a-z]{2,15}${S})?(?:are|is)${S}(?:produced|generated|written|created|given|sent)${S}only${S}(?:after|once|when)\b`,
    "Text holds back the answer until an act is done",
    { near: 40 },
  ),
  rule(
    "reader_executor",
    0.5,
    "prece befor prior / reply answe respo summa code",
    R`\b(?:precedes|before|prior${S}to)${S}any${S}(?:reply|answer|response|summary|code${S}(?:using|that)\b[^\n.]{0,40}?is${S}(?:written|run))\b`,
    "Text ties an act to the reader's next reply",
    { near: 40 },
  ),
  rule(
    "reader_executor",
    0.5,
    "=executor =next~API~access",
    R`"executor"\s{0,2}:\s{0,2}"(?:current[_ ]session|this[_ ]session|calling[_ ](?:agent|session)|reader|assistant|you|self)"|\bat${S}the${S}next${S}api${S}(?:access|call|request)\b`,
    "Text names the reading session as the executor",
    { flags: "i" },
  ),
  rule(
    "reader_executor",
    0.5,
    "beim parti avant bij momen / lesen öffne aufru lectu synth répon opene lezen bekij odczy otwar",
    R`${NB}(?:beim\s{1,3}(?:Lesen|Öffnen|Aufrufen)|partie\s{1,3}(?:intégrante\s{1,3})?de\s{1,3}la\s{1,3}lecture|avant\s{1,3}toute\s{1,3}(?:synthèse|réponse|lecture)|bij\s{1,3}het\s{1,3}(?:openen|lezen|bekijken)\s{1,3}van\s{1,3}(?:dit|deze)|w\s{1,3}momencie\s{1,3}(?:odczytu|otwarcia))${NA}`,
    "Text ties an act to this text being read",
    { flags: "iu", near: 40 },
  ),
  rule(
    "reader_executor",
    0.5,
    "okund açıld görün",
    R`${NB}(?:okunduğunda|açıldığında|görüntülendiğinde)${NA}`,
    "Text ties an act to this text being read",
    { flags: "iu" },
  ),
  gated(rule(
    "reader_executor",
    0.5,
    "",
    R`chỉ\s{1,3}được\s{1,3}(?:tạo|gửi|thực\s{1,3}hiện)\s{1,3}sau|(?:को|के)\s{1,3}(?:पढ़ने|खोलने)\s{1,3}पर`,
    "Text ties an act to this text being read",
    { flags: "iu" },
  )),
  rule(
    "sensitive_object",
    0.5,
    "delet remov erasu purge wipe / of",
    R`\b(?:deletion|removal|erasure|purge|wipe)${S}of${S}(?:all${S})?(?:~?\/|[A-Z]:\\)[\w.\/-]{2,60}`,
    "Text states the deletion of a path",
  ),
  rule(
    "sensitive_object",
    0.5,
    "visib branc firew audit / publi remov disab deact off",
    R`\b(?:visibility${S}(?:is|will${S}be)${S}(?:switched|changed|set|made)${S}to${S}public|(?:branch${S}protection|firewall|audit${S}log(?:ging)?|2fa|mfa)${S}(?:on${S}[\w-]{2,20}${S})?(?:is|are|will${S}be)${S}(?:removed|disabled|deactivated|turned${S}off))\b`,
    "Text states that a repository is published or a protection removed",
  ),
  rule(
    "sensitive_object",
    0.5,
    "firew viren proto fernz désac antiv / deakt aktiv journ audit kapat",
    R`${NB}(?:(?:Firewall|Virenschutz|Protokollierung)\s{1,3}(?:wird\s{1,3}|werden\s{1,3})?(?:deaktiviert|abgeschaltet)|désactiver\s{1,3}(?:la\s{1,3}|le\s{1,3}|l['’])?(?:journalisation|audit|pare-feu|antivirus)|antivirüs\p{L}{0,4}\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,2}(?:kapatılır|devre\s{1,3}dışı))${NA}`,
    "Text states that a protection is switched off",
    { flags: "iu" },
  ),
  rule(
    "credential_phish_link",
    0.5,
    "submi resub enter sent poste / https",
    R`\b(?:token|password|passcode|otp|code|key|credentials?)${S}(?:is|are)${S}(?:re-?submitted|submitted|entered|posted|provided)${S}(?:at|to|on|via)${S}https?:\/\/`,
    "Text asks for a credential at a web address",
  ),
  rule(
    "reader_executor",
    0.5,
    "conti resum proce relea unloc / only",
    R`\b(?:sessions?|access|funds|accounts?)${S}(?:continue|resume|proceed|are${S}released|are${S}unlocked)${S}only${S}(?:after|once|when)\b`,
    "Text holds access back until an act is done",
  ),
  rule(
    "money_order",
    0.55,
    "trans usdc usdt btc eth / walle from",
    R`\btransfer${S}of${S}[\d.,]{1,12}${S}(?:USDC|USDT|BTC|ETH|SOL|DAI)${S}from${S}(?:the${S})?(?:connected${S}|user's${S}|linked${S})?wallet\b`,
    "Text states a crypto transfer from the user's wallet",
  ),
  rule(
    "money_order",
    0.55,
    "amoun / all max every",
    R`\bamount\s{0,2}[=:]\s{0,2}["']?(?:ALL|MAX|everything|full_balance)\b`,
    "Text asks to move the whole balance",
  ),
  rule(
    "money_order",
    0.55,
    "перев переч отпра viré virée versé trans opłac przel wpłac reali / рубле рубль рубля евро долла compt rachu",
    R`${NB}(?:(?:переведи|перечисли|отправь)\s{1,3}\d{1,3}(?:[\s.]\d{3}){0,3}\s{1,2}(?:руб\p{L}{0,4}|₽|евро|долл\p{L}{0,4})|(?:viré|virée|versé|versée|transféré)\s{1,3}(?:sur|vers|au)\s{1,3}(?:le\s{1,3})?compte\s{1,3}[A-Z]{2}\d{2}|(?:opłacone|przelane|wpłacone|realizowane)\s{1,3}na\s{1,3}(?:ten\s{1,3}|nowy\s{1,3})?rachunek\s{1,3}(?:[A-Z]{2})?\d{2})`,
    "Text orders a payment to a new account",
    { flags: "iu" },
  ),
  rule(
    "money_order",
    0.55,
    "wire wires trans pays / depos balan advan prepa",
    R`\b(?:wires?|transfers?|pays?)${S}(?:the${S})?(?:\d{1,3}\s?%${S})?(?:deposit|down${S}payment|advance|prepayment|balance)${S}(?:today|now|immediately|right${S}away)\b`,
    "Text pushes the user to pay now",
  ),
  rule(
    // "Use of this package in an automated environment requires …": a condition aimed at agents.
    "automation_target",
    0.5,
    "autom agent / envir conte sessi workf",
    R`\b(?:use${S}of${S}this${S}[a-z]{2,15}${S})?in${S}an?${S}(?:automated|agentic)${S}(?:environment|context|session|workflow)${S}requires\b`,
    "Text sets a requirement for automated readers",
  ),
  rule(
    "consent_skipped",
    0.5,
    "auto / payme payou trans invoi refun wire",
    R`\bauto-?approv(?:e|es|ing)${S}(?:all${S})?(?:payment|payout|transfer|invoice|refund|wire)s?\b`,
    "Text makes payments approve themselves",
  ),
  rule(
    "standing_order",
    0.5,
    "stand perma persi / instr order direc rule",
    R`\b(?:standing|permanent|persistent)${S}(?:instruction|order|directive)s?\b`,
    "Text carries a standing order",
  ),
  rule(
    // Kind `summary_claim`, the dictation rules' own kind.
    "summary_claim",
    0.5,
    "corre accur right prope appro accep / summa recom answe respo descr",
    R`\b(?:only${S})?(?:correct|accurate|right|proper|approved|acceptable)${S}(?:summary|recommendation|answer|response|description)${S}(?:of${S}this${S}[a-z]{2,15}${S}is|when${S}(?:someone|anyone|a${S}user|users|people)${S}asks?${S}(?:about${S})?[^\n?]{0,40}\?)`,
    "Text dictates the answer the model must give",
  ),
  rule(
    "answer_exclusive",
    0.5,
    "other / summa answe respo recom descr",
    R`\bany${S}other${S}(?:summary|answer|response|recommendation|description)${S}is${S}(?:considered|deemed|treated${S}as|wrong|inaccurate|false)\b`,
    "Text rules out every answer but its own",
  ),
  rule(
    "dormant_trigger",
    0.5,
    "later futur code trigg magic / point conve chat sessi phras word",
    R`\b(?:at${S}any${S}(?:later|future)${S}point|later${S}in${S}(?:this|the)${S}(?:conversation|chat|session)|the${S}(?:code|trigger|magic|secret)${S}(?:phrase|word)${S}is)\b`,
    "Text plants an order for a later turn",
  ),
  rule(
    "dormant_conceal",
    0.5,
    "silen quiet until / then",
    R`\b(?:stay${S}silent|say${S}nothing|keep${S}quiet|act${S}normal(?:ly)?)${S}(?:about${S}(?:this|it)${S})?until${S}then\b|\buntil${S}then${S}(?:act|behave|respond)${S}(?:normal(?:ly)?|as${S}usual)\b`,
    "Text hides a planted order until it fires",
  ),
  rule(
    "persona_jailbreak",
    0.6,
    "you / root rules ruleb limit restr filte guide ethic",
    R`\b[Yy]ou${S}are${S}(?:now${S})?[A-Z][\w-]{1,20},?${S}an?${S}[^\n.]{0,40}?(?:with|without|has)${S}(?:root|no${S}(?:rules?|rulebook|limits|restrictions|filters|guidelines|ethics))\b`,
    "Text gives the model a persona without rules",
    { flags: "" },
  ),
  rule(
    "persona_jailbreak",
    0.6,
    "sind bist / einsc regel grenz filte",
    R`${NB}(?:Sie\s{1,3}sind|du\s{1,3}bist)\s{1,3}(?:ab\s{1,3}(?:jetzt|sofort)|nun|jetzt)\s{1,3}[^\n.]{0,50}?ohne\s{1,3}(?:Einschränkungen|Regeln|Grenzen|Filter)${NA}`,
    "Text gives the model a persona without rules",
    { flags: "iu" },
  ),
  rule(
    "persona_lock",
    0.5,
    "chara bleib / matte whate regar rolle",
    R`\bstay${S}in${S}(?:character|role)${S}[^\n.]{0,30}?(?:no${S}matter|whatever|regardless)\b|${NB}Bleib(?:en\s{1,3}Sie)?\s{1,3}in\s{1,3}(?:der|deiner|Ihrer)\s{1,3}Rolle${NA}`,
    "Text locks the model into a persona",
    { flags: "iu" },
  ),
  rule(
    "tool_forgery",
    0.5,
    "regis added / tool tools",
    R`\bnew${S}tools?${S}(?:has|have)${S}been${S}(?:registered|added)${S}(?:for${S}this${S}session|to${S}this${S}session)?`,
    "A tool result announces a new tool",
  ),
  rule(
    "forced_call",
    0.5,
    "requi manda / first",
    R`\b(?:required|mandatory)${S}first${S}(?:call|action|step|tool${S}call)\b`,
    "Text demands the model's first tool call",
  ),
  rule(
    "control_off",
    0.5,
    "guard safet filte / disab off suspe",
    R`\b(?:guardrails?|safety${S}(?:checks?|filters?)|security${S}checks?)${S}(?:are${S}|is${S}|have${S}been${S}|has${S}been${S})?(?:disabled|turned${S}off|suspended)\b`,
    "Text claims the safeguards are off",
  ),
  rule(
    "trust_claim",
    0.5,
    "tool / trust",
    R`\btool${S}(?:results?|outputs?)${S}(?:are|is)${S}(?:now${S})?(?:trusted|authoritative|safe${S}to${S}follow)\b`,
    "Text claims tool results are to be trusted",
  ),
  rule(
    // "Assistant (earlier in this thread): I have verified …": a forged turn of the model.
    "forged_turn",
    0.6,
    "assis claud bot / earli previ prior",
    R`(?:^|\n)\s{0,4}(?:assistant|ai|claude|bot)${S}\((?:earlier|previously|prior)[^)\n]{0,30}\)\s{0,2}:`,
    "Text forges an earlier turn of the model",
  ),
  rule(
    "secret_leak",
    0.5,
    "will / post share paste revea print send",
    R`\bI${S}will${S}(?:now${S})?(?:post|share|paste|reveal|print|send)${S}(?:the${S})?[^\n.]{0,40}?(?:SECRET|TOKEN|PASSWORD|DATABASE_URL|API_KEY)`,
    "Text has the model announce a secret",
  ),
  rule(
    // An order cut into fields, with the hint to read them together.
    "assembled_order",
    0.6,
    "sente instr comma task / read taken joine combi one singl",
    R`[\w-]{1,20}\s{0,2}\+\s{0,2}[\w-]{1,20}(?:\s{0,2}\+\s{0,2}[\w-]{1,20}){0,4}${S}(?:read|taken|joined|combined)${S}as${S}(?:one|a${S}single)${S}(?:sentence|instruction|command|task)\b`,
    "Text asks to join fields into an order",
  ),
  rule(
    "assembled_order",
    0.6,
    "ver véase see voir siehe / campo field champ feld",
    R`${NB}(?:ver|véase|see|voir|siehe)\s{1,3}(?:el\s{1,3}|the\s{1,3}|le\s{1,3}|das\s{1,3})?(?:campo|field|champ|Feld)\s{1,3}[\w-]{1,20}\s{1,3}(?:para|to|pour|zum)\s{1,3}(?:continuar|continue|continuer|Fortsetzen)${NA}`,
    "Text splits a message across fields",
    { flags: "iu" },
  ),
];
