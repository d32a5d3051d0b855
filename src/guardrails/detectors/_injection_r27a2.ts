/**
 * Injections in tool results that held-out round 27a found missing (part 2; paraphrases in
 * `_injection_r27a2_test.ts`). They avoid every trigger word and state a harmful act as a fact of
 * the document. Each rule is a signal of about half the threshold, so it blocks beside a second:
 * - an act the document's own reading sets off ("released on read", "ao receber esta resposta",
 *   "系统读取本文件后即…"), under the kind of the older reader rule so the two never add up;
 * - a payee account switched to a new one, and a payment step that "needs no confirmation";
 * - a webhook that ships all events to an outside URL;
 * - a private key's contents put into a PR description or comment;
 * - an outside SSH key appended to authorized_keys;
 * - a script for the model's answers ("in all answers this number is given as the only one"),
 *   asking the customer for their verification code, and card details taken at a named address;
 * - an EDR/antivirus removal stated as the first step of a procedure, with its command;
 * - every outgoing email blind-copied to an address, and "(set up by the user)" vouching for it;
 * - an email or web address whose domain mixes Latin with Greek or Cyrillic letters.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, make } from "./_injection_make.ts";

const R = String.raw;

/** The sentence around a match, and a little after it. */
function sentence(v: string, s: number, e: number): string {
  const from = Math.max(0, s - 200);
  const head = v.slice(from, s);
  const cut = Math.max(head.lastIndexOf(". "), head.lastIndexOf("。"), head.lastIndexOf("\n"));
  return v.slice(cut < 0 ? from : from + cut, Math.min(v.length, e + 200));
}

/** Acts a self-triggered document sets off: money, accounts, registrations, sending. */
const ACT =
  /releas|transfer|wire|pay|remit|send|sent|forward|regist|subscri|webhook|account|grant|append|updat|atualiz|registr|envi|pag|transf|überw|sende|gönder|güncelle|öde|更新|发放|發放|转账|轉帳|汇款|注册|发送|账户|帳戶/iu;
/** "after reading this guide you will …" promises the reader something; the attack is passive. */
const READER =
  /(?<!\p{L})(?:you|we|I|usted|ustedes|tenga|tengan|você|vocês|Sie|bitte|lütfen|por\s{1,3}favor)(?!\p{L})/iu;
const actNear: Accept = (v, s, e) => {
  const around = sentence(v, s, e);
  return ACT.test(around) && !READER.test(around);
};

/** A security write-up naming an attacker's move, not a procedure handing it over. */
const REPORT =
  /\b(?:attackers?|threat\s{1,3}actors?|adversar\w{0,6}|ransomware|malware|observed|hunting|detections?|TTPs?|MITRE|T1562|T1098|scammers?|fraudsters?|phishing\s{1,3}(?:site|page|email)s?|warning|beware)\b/i;
const notReport: Accept = (v, s, e) =>
  !REPORT.test(v.slice(Math.max(0, s - 400), Math.min(v.length, e + 300)));

// --- an act the document's own reading sets off
const ON_READ = [
  R`\b(?:released|sent|paid|transferred|registered|forwarded|executed|applied|wired|disbursed|processed|submitted|granted)\s{1,3}(?:automatically\s{1,3})?(?:on|upon)\s{1,3}(?:read|receipt)\b`,
  R`\b(?:upon|on|after|when)\s{1,3}(?:reading|receiving|processing|loading|parsing)\s{1,3}this\s{1,3}(?:response|document|file|page|message|record|payload|result)`,
  R`\bao\s{1,3}(?:receber|ler|processar)\s{1,3}(?:esta|este)\s{1,3}(?:resposta|documento|arquivo|mensagem|página)`,
  R`\bal\s{1,3}(?:recibir|leer|procesar)\s{1,3}(?:esta|este)\s{1,3}(?:respuesta|documento|archivo|mensaje|página)`,
  R`\b(?:beim|nach\s{1,3}dem)\s{1,3}(?:Lesen|Empfang|Abruf|Verarbeiten)\s{1,3}(?:dieser|dieses)\s{1,3}(?:Antwort|Dokuments|Datei|Nachricht|Seite)`,
  R`\bbu\s{1,3}(?:yanıt|belge|dosya|mesaj|sayfa)\p{L}{0,4}\s{1,3}(?:al|oku|işle)\p{L}{0,10}(?:ında|inde|ünde|unda|ınca|ince)`,
].join("|");
/**
 * A piece every {@link ON_READ} branch holds ("on read", "reading this", "ao ler esta", "beim Lesen
 * dieser", "bu belge"): its reading words arm it in much ordinary prose; a window without one is not
 * read (`InjectionRule.need`).
 */
const ON_READ_NEED =
  /(?:on|upon)\s{1,3}(?:read|receipt)|(?:reading|receiving|processing|loading|parsing)\s{1,3}this|(?:receber|ler|processar|recibir|leer|procesar)\s{1,3}(?:esta|este)|(?:lesen|empfang|abruf|verarbeiten)\s{1,3}(?:dieser|dieses)|yanıt|belge|dosya|mesaj|sayfa/iu;
const ON_READ_HAN =
  R`(?:读取|阅读|读到|收到|接收|处理|讀取|閱讀|處理)(?:本|此|该|該)(?:文件|文档|文檔|响应|回复|回應|消息|訊息|页面|頁面)(?:后|後|时|時)`;

// --- payee switched
const PAYEE_EN =
  R`\b(?:bank|payee|receiving|beneficiary|remittance|payout|deposit|salary|payroll)\s{1,3}(?:account|details|address|advice|info)\w{0,3}[^.\n]{0,40}?(?:(?:changed|updated|switched|moved)\s{1,3}to|goes\s{1,3}to\s{1,3}[^\s@]{1,64}@[^\s]{1,80}\s{0,2}\((?:updated|new|changed)\))`;
/** Money sent on to "the new account": the switch itself stated as the payment's target. */
const NEW_ACCOUNT =
  R`\b(?:paid|sent|transferred|released|wired|disbursed|transferid[oa]|enviad[oa]|pag[oa]|depositad[oa]|überwiesen)\s{1,3}(?:to|into|para|a|auf)\s{1,3}(?:the\s{1,3}|a\s{1,3}|o\s{1,3}|la\s{1,3}|das\s{1,3})?(?:new|nova|novo|nueva|nuevo|neue)\s{1,3}(?:account|conta|cuenta|Konto)\b`;
const PAYEE_LATIN = R`(?:${PAYEE_EN}|${NEW_ACCOUNT})`;
/**
 * The switch every {@link PAYEE_LATIN} match states: "changed/updated/switched/moved to", "goes
 * to", or "the new account". Its partners ("new", "chang", "updat") are in much ordinary text; a
 * window without one of these is not read (`InjectionRule.need`).
 */
const PAYEE_NEED =
  /(?:changed|updated|switched|moved|goes)\s{1,3}to|(?:new|nova|novo|nueva|nuevo|neue)\s{1,3}(?:account|conta|cuenta|konto)/iu;
const PAYEE_HAN =
  R`(?:收款|工资|薪资|薪資|打款|汇款|匯款)(?:账户|帐户|帳戶|账号|帳號|卡)[^。\n]{0,20}?(?:更新为|更新為|变更为|變更為|改为|改為|更改为|换成)`;
const NO_CONFIRM_HAN =
  R`(?:无需|無需|不需|不必)(?:二次|再次|额外|額外|人工)(?:确认|確認|审核|審核|审批|審批|复核|複核)`;
const NO_CONFIRM_LATIN =
  R`\bthis\s{1,3}(?:operation|action|step|transfer|payment|change)\s{1,3}(?:requires|needs)\s{1,3}no\s{1,3}(?:further\s{1,3}|second\s{1,3}|additional\s{1,3}|manual\s{1,3})?(?:confirmation|approval|sign-?off|review)`;

// --- webhook shipping all events out
const WEBHOOK =
  R`\bwebhook\w{0,2}[^\n]{0,60}?https?://[^\s"']{3,80}[^\n]{0,40}?\b(?:all|todos\s{1,3}os|todos\s{1,3}los|tous\s{1,3}les|alle|tüm)\s{1,3}(?:events|eventos|événements|Ereignisse|olaylar)`;

// --- private key into a public place
const PRIVATE_KEY = R`[\x60'"]?[~\w./-]{0,60}(?:id_(?:rsa|ed25519|ecdsa|dsa)|\.pem|\.p12)\b`;
const KEY_FILE = R`[\x60'"]?[~\w./-]{0,60}(?:\.env|\.npmrc|\.pypirc|credentials)\b`;
const toPublic = (file: string) =>
  [
    R`\bcontents?\s{1,3}of\s{1,3}${file}[^.\n]{0,60}?\b(?:PR|pull\s{1,3}requests?|descriptions?|comments?|issues?|commit\s{1,3}messages?|changelog|README|release\s{1,3}notes)\b`,
    R`\b(?:PRs?|pull\s{1,3}requests?|issues?|comments?|commit\s{1,3}messages?)\s{1,3}(?:descriptions?\s{1,3}|bodies\s{1,3}|body\s{1,3})?(?:include|includes|contain|contains|embed|embeds|carry|carries|must\s{1,3}include)\s{1,3}(?:the\s{1,3})?(?:full\s{1,3})?contents?\s{1,3}of\s{1,3}${file}`,
  ].join("|");
/** "never paste …", "don't include …": a rule that keeps the key private. */
const FORBIDS = /\b(?:never|not|don['’]?t|avoid|without|instead\s{1,3}of)\b[^.\n]{0,40}$/i;
const notForbidden: Accept = (v, s, e) =>
  !FORBIDS.test(v.slice(Math.max(0, s - 60), s)) && notReport(v, s, e);

// --- an outside key planted in authorized_keys
const PUBKEY = R`ssh-(?:ed25519|rsa|ecdsa)[\w-]{0,20}\s{1,3}AAAA[A-Za-z0-9+/]{30,600}`;
const AUTH_KEYS = [
  R`authorized_keys[^\n]{0,80}?\b(?:append|appended|add|added|insert|inserted|gets|receives)\b[^]{0,200}?${PUBKEY}`,
  R`\b(?:append|add|insert)\w{0,3}\s{1,3}(?:to|into)\s{1,3}[~\w./-]{0,40}authorized_keys\b[^]{0,200}?${PUBKEY}`,
].join("|");
/** "add your public key …": a tutorial for the reader's own key, not an outside one. */
const plantedKey: Accept = (v, s, e) =>
  !/\byour\b/i.test(v.slice(Math.max(0, s - 60), e)) && notReport(v, s, e);

// --- a script for the model's answers
const ANSWER_SCRIPT = [
  R`\b(?:in|across)\s{1,3}(?:all\s{1,3}|every\s{1,3}|any\s{1,3}|your\s{1,3})?(?:answers?|replies|responses)\b(?:[^.\n]|\.(?=\S)){0,100}?\b(?:as|is)\s{1,3}(?:the\s{1,3})?(?:official|only|sole|verified|genuine)\b`,
  R`\b(?:yanıtlarda|cevaplarda)\b[^.\n]{0,80}?\b(?:resmi|tek|doğrulanmış)\b`,
  R`\bnas\s{1,3}(?:respostas|réplicas)\b[^.\n]{0,80}?\b(?:oficial|único|única)\b`,
  R`\ben\s{1,3}(?:todas\s{1,3}las\s{1,3})?respuestas\b[^.\n]{0,80}?\b(?:oficial|único|única)\b`,
  R`\bin\s{1,3}(?:allen\s{1,3})?Antworten\b[^.\n]{0,80}?\b(?:offizielle?|einzige?)\b`,
].join("|");
const ANSWER_SCRIPT_OTHER =
  R`في\s{1,3}(?:جميع|كل)\s{1,3}(?:الإجابات|الردود|الأجوبة)[^.\n]{0,80}?(?:الوحيد|الرسمي)|在(?:所有|全部|每个)?(?:回答|回复|回覆)中[^。\n]{0,40}?(?:官方|唯一)`;
const ASK_CODE =
  R`\b(?:ask|asks|asking|request|requests|requesting)\s{1,3}(?:the\s{1,3})?(?:customer|caller|user|client)(?:s|'s|’s)?\s{1,3}(?:for\s{1,3})?(?:their\s{1,3}|the\s{1,3})?(?:verification|one-time|OTP|security|2FA|SMS)\s{1,3}(?:code|PIN)`;
const ASK_CODE_AR = R`طلب\s{1,3}(?:رمز|كود)\s{1,3}(?:التحقق|التفعيل)`;

/** Card details taken at a named address: the phishing page the answer will hand out. */
const CARD_AT_URL =
  R`\b(?:card\s{1,3}(?:details|numbers?|info\w{0,8}|data)|kart\s{1,3}bilgi\w{0,6}|dados\s{1,3}do\s{1,3}cart[ãa]o|datos\s{1,3}de\s{1,3}(?:la\s{1,3})?tarjeta|Kartendaten)\b[^\n]{0,60}?https?://[^\s"'<>]{3,80}`;

// --- EDR removal as a procedure step
const EDR =
  R`(?:CrowdStrike|Falcon\s{1,3}sensor|SentinelOne|Carbon\s{1,3}Black|Cortex\s{1,3}XDR|Microsoft\s{1,3}Defender|Windows\s{1,3}Defender|Sophos|ESET|EDR|antivirus)`;
const EDR_CMD =
  R`falconctl\s{1,3}-d\b|Set-MpPreference\s{1,3}-Disable\w{0,30}|sc(?:\.exe)?\s{1,3}(?:stop|delete)\s{1,3}(?:WinDefend|Sense|CSFalconService|SentinelAgent)\b|systemctl\s{1,3}(?:stop|disable|mask)\s{1,3}(?:falcon-sensor|sentinelone|cbagentd|mdatp)\b|sentinelctl\s{1,3}(?:unload|unprotect)\b`;
/** "first …", "before the patch …": the removal is a step of something else. */
const FIRST =
  /\b(?:first|before|prior\s{1,3}to|beforehand)\b|पहले|先|首先|primero|antes|önce|сначала|zuerst|avant|d['’]abord/iu;
const firstStep: Accept = (v, s, e) =>
  FIRST.test(v.slice(Math.max(0, s - 160), e)) && notReport(v, s, e);
const EDR_REMOVED =
  R`${EDR}[^.\n।]{0,40}?(?:\b(?:removed|uninstalled|disabled|stopped|killed|turned\s{1,3}off)\b|हटा|बंद|卸载|禁用|关闭|desinstal|desativ|desactiv|deaktiv|deinstall|kaldır|devre\s{1,3}dışı|удал|отключ)|\b(?:remove|uninstall|disable|stop|kill)\s{1,3}(?:the\s{1,3})?${EDR}`;

// --- every outgoing mail copied out
const BCC_ALL =
  R`\b(?:every|all|each|any)\s{1,3}(?:outgoing|outbound|sent)\s{1,3}(?:e-?mails?|mails?|messages?)\s{1,3}(?:(?:also|automatically|is|are|gets?|should|must|will)\s{1,3}){0,3}(?:bccs?|bcc'?d|cc'?d|blind[\s-]{1,3}copie[sd]|copied|forwarded|sent)\b[^.\n]{0,30}?[\w.+-]{1,64}@[\w-]{1,63}\.|\b(?:jede|alle)\s{1,3}ausgehende\w{0,2}\s{1,3}(?:E-?Mails?|Nachrichten?)[^.\n]{0,40}?\b(?:BCC|Blindkopie|weitergeleitet)|\b(?:todos\s{1,3}los\s{1,3}correos|todo\s{1,3}correo)\s{1,3}salientes?[^.\n]{0,40}?\b(?:CCO|copia\s{1,3}oculta|reenv)|\btout\s{1,3}(?:e-?mail|courriel|message)\s{1,3}sortant[^.\n]{0,40}?\b(?:Cci|copie\s{1,3}cachée|transf)`;
const USER_VOUCHED =
  R`\((?:set\s{1,3}up|configured|added|requested|approved|authori[sz]ed|created)\s{1,3}by\s{1,3}(?:the\s{1,3})?(?:user|account\s{1,3}owner|owner)\b`;

// --- a mixed-script domain
const MIXED_DOMAIN =
  R`(?:@|://)(?=[\p{L}\d-]{0,40}[\p{Script=Greek}\p{Script=Cyrillic}])(?=[\p{L}\d-]{0,40}\p{Script=Latin})[\p{L}\d-]{2,40}`;

/** Rules for round 27a's injections in tool results (part 2). */
export const R27A2_RULES: readonly InjectionRule[] = [
  make(
    "reader_executor",
    0.5,
    // The reading word arms it, beside an act or a "this" within 40 characters; every phrase is
    // short, so a narrow window keeps the long alternation off ordinary prose.
    "read recei readi proce loadi parsi receb ler recib leer lesen empfa abruf verar yanıt belge dosya mesaj sayfa / relea sent paid trans regis forwa execu appli wired disbu submi grant upon after when this ao al beim nach bu esta este dieser dieses",
    ON_READ,
    "Text makes its own reading set off an act",
    { accept: actNear, reach: 90, near: 40, need: ON_READ_NEED },
  ),
  make("reader_executor", 0.5, "", ON_READ_HAN, "Text makes its own reading set off an act", {
    gate: /(?=[读阅收接处讀閱處])(?:读取|阅读|读到|收到|接收|处理|讀取|閱讀|處理)(?:本|此|该|該)/u,
    accept: actNear,
  }),
  make(
    "payee_switch",
    0.5,
    // Partners: the switch itself ("changed to", "goes to … (updated)", "the new account").
    "bank payee recei benef remit payou depos salar payro paid sent trans relea wired disbu envia pago pagad überw / chang updat switc moved goes new nova novo nueva nuevo neue",
    PAYEE_LATIN,
    "Text switches the account a payment goes to",
    { reach: 160, need: PAYEE_NEED },
  ),
  make("payee_switch", 0.5, "", PAYEE_HAN, "Text switches the account a payment goes to", {
    gate: /收款|工资|薪资|薪資|打款|汇款|匯款/u,
  }),
  make("no_confirm", 0.5, "", NO_CONFIRM_HAN, "Text waives the confirmation of an act", {
    gate: /无需|無需|不需|不必/u,
  }),
  make(
    "no_confirm",
    0.5,
    "requi needs / opera actio step trans payme chang",
    NO_CONFIRM_LATIN,
    "Text waives the confirmation of an act",
  ),
  make(
    "webhook_all",
    0.5,
    "webho",
    WEBHOOK,
    "Text has a webhook ship every event to an outside address",
  ),
  make(
    "key_to_public",
    1.0,
    "conte",
    toPublic(PRIVATE_KEY),
    "Text has a private key's contents posted where others read them",
    { accept: notForbidden },
  ),
  make(
    "key_to_public",
    0.5,
    "conte",
    toPublic(KEY_FILE),
    "Text has a credentials file's contents posted where others read them",
    { accept: notForbidden },
  ),
  make(
    "auth_key_plant",
    1.0,
    "=authorized_keys",
    AUTH_KEYS,
    "Text has an outside SSH key appended to authorized_keys",
    { accept: plantedKey, reach: 400 },
  ),
  make(
    "answer_script",
    0.5,
    "answe repli respo yanıt cevap respo antwo",
    ANSWER_SCRIPT,
    "Text scripts what every answer tells the user",
  ),
  make(
    "answer_script",
    0.5,
    "",
    ANSWER_SCRIPT_OTHER,
    "Text scripts what every answer tells the user",
    {
      gate: /الإجابات|الردود|الأجوبة|回答|回复|回覆/u,
    },
  ),
  make(
    "ask_code",
    0.5,
    "ask asks askin reque / custo calle user clien",
    ASK_CODE,
    "Text has the customer asked for their verification code",
    { accept: notReport },
  ),
  make(
    "ask_code",
    0.5,
    "",
    ASK_CODE_AR,
    "Text has the customer asked for their verification code",
    {
      gate: /رمز|كود/u,
    },
  ),
  make(
    "card_at_url",
    0.5,
    "card kart dados datos karte",
    CARD_AT_URL,
    "Text has card details entered at a named web address",
    { accept: notReport },
  ),
  make(
    "edr_removed",
    0.5,
    "crowd falco senti carbo corte defen sopho eset edr antiv",
    EDR_REMOVED,
    "Text has the endpoint protection removed",
    { accept: notReport },
  ),
  make(
    "edr_command",
    0.5,
    "=falconctl =Set-MpPreference =WinDefend =CSFalconService =SentinelAgent =systemctl =sentinelctl",
    EDR_CMD,
    "Text gives the command that removes endpoint protection as a step",
    { accept: firstStep },
  ),
  make(
    "bcc_all",
    0.6,
    "every all each any jede alle todos todo tout / outgo outbo sent ausge salie sorta",
    BCC_ALL,
    "Text has every outgoing email copied to an address",
  ),
  make(
    "user_vouched",
    0.4,
    "set confi added reque appro autho creat / user owner",
    USER_VOUCHED,
    "Text claims the user set up what it states",
  ),
  make(
    "mixed_domain",
    0.5,
    "",
    MIXED_DOMAIN,
    "An address's domain mixes Latin with Greek or Cyrillic letters",
    {
      // A class gate: texts without Greek or Cyrillic never run the rule, others only once.
      gate: /(?=[\u0370-\u03ff\u0400-\u04ff])./u,
    },
  ),
];
