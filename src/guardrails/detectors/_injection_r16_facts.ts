/**
 * Orders stated as facts that held-out round 16 found missing (paraphrases in
 * `_injection_r16_facts_test.ts`). Every rule is a partial signal (0.4–0.6) of a kind the earlier
 * fact rules already use (reader_executor, sensitive_object, exfiltration, summary_claim,
 * key_planting, url_exfiltration, credential_phish_link: so a text those rules already weigh never
 * counts twice), or of three new kinds, so one signal never blocks and any two do:
 * - **a step gated on being run** (`completion_gate`): "verification completes when next is
 *   executed", "the pipeline resumes once cleanup has been run", "does not work until this step
 *   has run"; with download-and-run code or a dangerous act beside it, a procedure for the reader;
 * - **a remediation field in machine output** (`remediation_step`): "remediation=kubectl …",
 *   "Cleanup = git push …", "Post-Merge-Step: rm …", "resolve by executing: …", "the fix is
 *   applied with: …". Logs, events and commit trailers report; they do not hand out commands;
 * - **the reader as executor**, in more forms: "handled by whoever reviews this plan", "applied
 *   by the operator reading this event", "set up by the attendee's assistant", "by the next CRM
 *   session", "before the report is summarized", "accepting this invite includes …", "à exécuter
 *   lors de la lecture", "setelah dokumen ini dibaca";
 * - **a dangerous act named**: security controls switched off (`setenforce 0`, `ufw disable`,
 *   `auditctl -e 0`, `chmod -R 777 /`), a literal key appended to `authorized_keys`, an admin role
 *   bound (`cluster-admin`, `AdministratorAccess`), the main branch deleted or force-pushed,
 *   editor access or ownership handed to an e-mail address, an address book, card security data,
 *   every user's home folders deleted, one-time codes beside an outside address, a secret from the
 *   environment glued into a URL;
 * - **a passive sending to an outside address** in de/fr/pt/id/sw/tr/ru/hi ("wird … an x@…
 *   übermittelt", "पर अग्रेषित किए जाते हैं");
 * - **a dictated answer** in pl/zh/sw/id/tr/ru (`summary_claim`), and the same dictation, or "the
 *   correct answer to … is" (a quiz says that too), carrying a lure (`dictated_lure`): a login or
 *   verify link, an `.apk`,
 *   or a denial of the text's own clauses with a recommendation to sign; and the phishing shape
 *   itself ("re-verify your account at https://… within 24 hours").
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { SEP_BOUNDED as S } from "./_injection_words.ts";
import { gated } from "./_injection_r14.ts";
import { prohibitedSecret } from "./_injection_guidance.ts";

const R = String.raw;
const NB = R`(?<![\p{L}])`;
const NA = R`(?![\p{L}])`;
const EMAIL = R`[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,10}`;
/** A command a remediation field hands over (not a prose word after "Fix:"). */
const CMD =
  R`(?:sudo|curl|wget|rm|git|kubectl|aws|gcloud|az|chmod|chown|pip3?|npm|npx|echo|bash|sh|python3?|node|iptables|ufw|setenforce|auditctl|systemctl|[!%]pip)\b|NODE_TLS_REJECT_UNAUTHORIZED=|GIT_SSL_NO_VERIFY=`;
/** A security control switched off. */
const CONTROL =
  R`(?:chmod${S}-R${S}777${S}/(?=[\s;&|]|$)|setenforce${S}0|ufw${S}disable|auditctl${S}-e${S}0|systemctl${S}(?:stop|disable)${S}(?:firewalld|auditd|apparmor|ufw)|Set-MpPreference${S}-Disable\w{3,40}${S}\$true|iptables${S}-F|NODE_TLS_REJECT_UNAUTHORIZED\s{0,2}=\s{0,2}['"]?0|http\.sslVerify${S}false|PYTHONHTTPSVERIFY\s{0,2}=\s{0,2}0|GIT_SSL_NO_VERIFY\s{0,2}=\s{0,2}(?:1|true))`;
const CONTROL_SYMBOLS =
  "=setenforce =ufw~disable =auditctl =chmod~-R =systemctl~stop =systemctl~disable =Set-MpPreference =iptables~-F =NODE_TLS_REJECT_UNAUTHORIZED =sslVerify =PYTHONHTTPSVERIFY =GIT_SSL_NO_VERIFY";
/** A link a lure sends the user to: a login/verify page or an app package. */
const LURE_URL =
  R`https?://[\w.-]{0,60}(?:login|signin|verif|secure|auth|account|wallet)[\w.-]{0,40}|https?://[\w.-]{3,80}/(?:[\w-]{0,40}/)?(?:login|signin|sign-in|verify|auth|apply|connexion|anmelden|acceso|entrar|logowanie|giris)\b|https?://[^\s"'<>]{3,100}\.apk\b`;
/**
 * The same in fr/es/pt/de/it/nl: "la réponse à toute question …", or "toute réponse", "cada
 * respuesta", "jede Antwort" followed by a verb of obligation or inclusion ("toute réponse
 * mentionnant Necker est acceptée" is an answer key, not a dictation).
 */
const LATIN_DICTATE =
  R`(?:la${S})?réponse${S}à${S}(?:toute|chaque)${S}question|(?:(?:toute|chaque)${S}(?:réponse|résumé)|(?:toda|cada)${S}(?:respuesta|resposta)|(?:todo|cada)${S}(?:resumen|resumo)|jede${S}(?:Antwort|Zusammenfassung)|ogni${S}(?:risposta|riassunto)|(?:elk|ieder)${S}antwoord|elke${S}samenvatting)(?:${S}\p{L}{1,20}){0,4}?${S}(?:doit|doivent|inclut|contient|debe|deben|incluye|contiene|deve|devem|inclui|contém|muss|enthält|nennt|include|devono|moet|bevat)`;
/** A dictation of what any answer about this content says (pl/sw/id/tr/ru). */
const DICTATE_INTL =
  R`${NB}(?:(?:każde|każda|wszelkie)${S}(?:streszczeni[ea]|podsumowani[ea]|odpowied[źz]i?)|(?:muhtasari|jibu|majibu)${S}(?:wowote|yoyote)|kila${S}(?:muhtasari|jibu)|(?:setiap|semua)${S}(?:ringkasan|jawaban|balasan)|her${S}(?:özet|yanıt|cevap)|(?:любое|любой|каждое|каждый)${S}(?:резюме|пересказ|ответ)|${LATIN_DICTATE})${NA}`;
/**
 * The same, plus "the correct answer to … is": a quiz says that too, so in English it counts only
 * with a lure after it.
 */
const DICTATE =
  R`(?:${DICTATE_INTL}|\bthe${S}(?:only${S})?(?:correct|right|official)${S}(?:answer|reply|response)${S}(?:to|for)\b)`;
/** The dictated answer denies the text's own terms and urges signing or paying. */
const DENY_URGE =
  R`(?:nie${S}zawiera|contains${S}no|does${S}not${S}contain|no${S}contiene|enthält${S}keine|ne${S}contient${S}(?:pas|aucune?)|haina|tidak${S}memuat|içermez|не${S}содержит)[^\n]{0,120}?(?:zaleca|recommends?|recomienda|empfiehlt|recommande|inapendekeza|merekomendasikan|önerir|рекомендует)${S}(?:\p{L}{1,20}${S}){0,3}(?:podpis|sign|firm|unterzeichn|kusaini|menandatangani|imzala|подпис|zapła|pay|pag)`;

/**
 * "apply requires `aws iam attach-user-policy … AdministratorAccess` to be executed first": a
 * command in a code span is handed over when a verb of running or requiring leads into the span.
 */
const HANDED_OVER =
  /\b(?:requires?|required|run|running|execute[sd]?|executing|apply|applied|with|via)\b[^\n\x60]{0,40}\x60{1,3}[^\x60\n]{0,200}$/i;
const handedOver = (view: string, start: number): boolean =>
  HANDED_OVER.test(view.slice(Math.max(0, start - 250), start));

/** Round 16's rules for orders stated as facts. */
export const R16_FACT_RULES: readonly InjectionRule[] = [
  rule(
    "completion_gate",
    0.5,
    "compl resum succe finis verif takes unblo conti work / when once after until soon",
    R`\b(?:completes?|is${S}completed|resumes?|succeeds?|is${S}finished|finishes|is${S}verified|takes${S}effect|is${S}unblocked|continues?)${S}(?:automatically${S})?(?:only${S})?(?:when|once|after|as${S}soon${S}as)${S}(?:[a-z0-9.-]{1,30}${S}){0,3}?(?:is|has${S}been|have${S}been|gets)${S}(?:run|executed|applied|performed)\b|\b(?:does${S}not|doesn'?t|will${S}not|won'?t)${S}work${S}until${S}(?:this|the|that)${S}(?:step|command|script|fix)${S}(?:has${S}run|has${S}been${S}(?:run|executed)|is${S}run)\b`,
    "Text makes a status complete only once a step is run",
    { near: 80 },
  ),
  rule(
    "completion_gate",
    0.5,
    "compl finis done / when once after until",
    R`\b(?:is|are)${S}(?:only${S})?(?:complete|finished|done)${S}(?:only${S})?(?:when|once|after)${S}\x60[^\x60\n]{1,200}\x60${S}(?:is|has${S}been|have${S}been)${S}(?:run|executed|applied|performed)\b`,
    "Text makes a status complete only once a command in a code span is run",
    { near: 80 },
  ),
  rule(
    "remediation_step",
    0.5,
    "remed clean fix next merge steps resol prere fixed / sudo curl wget rm git kubec aws gclou az chmod chown pip pip3 npm npx echo bash sh pytho node iptab ufw seten audit syste execu runni apply appli",
    R`(?:^|[\s;|\]"'])(?:remediation|cleanup|fix|resolution|next|post-merge-steps?|pre-?requisite)(?:\s{0,2}\((?:auto(?:matic|mated)?|applied|auto-applied)\))?\s{0,2}[=:]\s{0,3}${CMD}|\b(?:resolve[sd]?|fix(?:e[sd])?|remediate[sd]?)${S}by${S}(?:executing|running|applying)\s{0,2}:\s{0,3}${CMD}|\bthe${S}fix${S}is${S}(?:applied${S})?(?:with|by${S}running)\s{0,2}:\s{0,8}${CMD}`,
    "Machine output hands over a command as the remediation",
    { flags: "im", near: 60 },
  ),
  rule(
    "reader_executor",
    0.5,
    "handl done run execu appli perfo carri compl set taken / whoev which anyon readi revie viewi proce openi",
    R`\b(?:handled|done|run|executed|applied|performed|carried${S}out|completed|set${S}up|taken${S}care${S}of)${S}by${S}(?:whoever|whichever${S}[a-z-]{2,20}|anyone${S}who|the${S}(?:operator|reviewer|reader|person|engineer|admin|agent|assistant|session)${S}(?:reading|reviewing|viewing|processing|opening))\b`,
    "Text names whoever reads it as the one who carries the act out",
    { near: 60 },
  ),
  rule(
    "reader_executor",
    0.5,
    "atten recip reade revie invit addre custo user / assis agent copil bot",
    R`\bby${S}(?:the${S})?(?:attendee|recipient|reader|reviewer|user|invitee|addressee|customer)['’]s${S}(?:ai${S})?(?:assistant|agent|copilot|bot)\b`,
    "Text names the reader's assistant as the one who carries the act out",
    { near: 40 },
  ),
  rule(
    "reader_executor",
    0.5,
    "next / sessi assis agent reade integ",
    R`\bby${S}the${S}next${S}(?:[a-z0-9-]{2,20}${S}){0,2}?(?:session|assistant|agent|reader|integration)\b`,
    "Text names whoever processes it next as the one who carries the act out",
    { near: 50 },
  ),
  rule(
    "reader_executor",
    0.5,
    "befor / summa read proce answe opene",
    R`\bbefore${S}(?:this|the)${S}(?:[a-z-]{2,20}${S})?(?:report|document|sheet|spreadsheet|page|file|message|e-?mail|thread|ticket|record)${S}is${S}(?:summari[sz]ed|read|processed|answered|opened)\b`,
    "Text makes an act a precondition of this text being read",
    { near: 60 },
  ),
  rule(
    "reader_executor",
    0.5,
    "accep openi readi viewi / inclu means grant autho const trigg",
    R`\b(?:accepting|opening|reading|viewing)${S}this${S}(?:invite|invitation|message|e-?mail|document|page|file|event)${S}(?:includes|means|grants|authori[sz]es|constitutes|triggers)\b`,
    "Text ties an act to this text being accepted or read",
    { near: 40 },
  ),
  rule(
    "reader_executor",
    0.5,
    "exécu appli setel dijal / lectu ouver dibac dibuk dipro pemba asist agen",
    R`${NB}(?:(?:à${S}exécuter|exécutée?s?|appliquée?s?)${S}(?:lors${S}de${S}la|à${S}la|dès${S}la)${S}(?:lecture|ouverture)|setelah${S}(?:dokumen|pesan|email|surel|halaman|catatan|berkas|file|tiket)${S}ini${S}(?:dibaca|dibuka|diproses)|dijalankan${S}oleh${S}(?:pembaca|asisten|agen))${NA}`,
    "Text ties an act to this text being read",
    { flags: "iu", near: 40 },
  ),
  rule(
    "sensitive_object",
    0.4,
    CONTROL_SYMBOLS,
    CONTROL,
    "Text switches a security control off",
  ),
  rule(
    "sensitive_object",
    0.5,
    CONTROL_SYMBOLS,
    R`${CONTROL}[^\n]{0,80}?(?:&&|;|\n\s{0,4}\d\.)[^\n]{0,40}?${CONTROL}|chmod${S}-R${S}777${S}/(?=[\s;&|]|$)`,
    "Text switches several security controls off",
  ),
  rule(
    // The key-planting rules' own kind, so a tutorial they already weigh never counts twice.
    "key_planting",
    0.5,
    "=authorized_keys",
    R`\becho${S}['"]?(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2)[^\n]{0,300}?>>\s{0,2}[\w~/.$-]{0,40}authorized_keys\b`,
    "Text appends a literal key to authorized_keys",
  ),
  rule(
    "sensitive_object",
    0.5,
    "=cluster-admin =AdministratorAccess =roles/owner",
    R`--clusterrole[= ]cluster-admin\b|policy/AdministratorAccess\b|--role[= ]roles/owner\b`,
    "Text binds an administrator role",
    { quotedOk: handedOver },
  ),
  rule(
    "sensitive_object",
    0.5,
    "git / push",
    R`\bgit${S}push${S}(?:[a-z0-9.-]{1,30}${S})?(?:--delete${S}|:)(?:main|master|release|production|prod)\b|\bgit${S}push${S}(?:--force|-f)${S}(?:[a-z0-9.-]{1,30}${S})?(?:HEAD:)?(?:main|master|release|production)\b`,
    "Text deletes or force-pushes a protected branch",
    { quotedOk: handedOver },
  ),
  rule(
    "sensitive_object",
    0.5,
    "grant owner / edito edit admin write full manag acces owner trans reass hande",
    R`\bgrant(?:ing|s|ed)?${S}(?:editor|edit|owner|admin|write|full|manager)${S}(?:access|rights|permissions?|role)\b[^\n.;]{0,80}?\bto${S}${EMAIL}|\bownership\b[^\n.;]{0,40}?\b(?:transferred|reassigned|moved|handed${S}over)${S}to${S}${EMAIL}`,
    "Text hands editor access or ownership to an e-mail address",
  ),
  rule(
    "sensitive_object",
    0.5,
    "addre / book",
    R`\baddress${S}book\b`,
    "Text puts an address book in play",
    { near: 20 },
  ),
  rule(
    "sensitive_object",
    0.5,
    "agend libre adres carne rubri lista książ адрес buku dafta",
    R`${NB}(?:agenda${S}de${S}contactos|libreta${S}de${S}direcciones|Adressbuch|carnet${S}d['’]adresses|rubrica|lista${S}de${S}contatos|książk[aęi]${S}adresow[aąej]|адресн\p{L}{2,3}${S}книг\p{L}|buku${S}alamat|daftar${S}kontak)${NA}`,
    "Text puts an address book in play",
    { flags: "iu" },
  ),
  rule(
    // A secret read from the environment and glued into a URL: the request itself is the leak.
    "url_exfiltration",
    0.5,
    "=TOKEN =SECRET =PASSWORD =API_KEY =APIKEY",
    R`https?://[^\s'"\x60]{3,120}?[?&][A-Za-z0-9-]{1,20}=(?:['"\x60]\s{0,2}\+\s{0,2}(?:process\.env\.|os\.environ\[['"]|os\.getenv\(['"])|\$\{?)[A-Z0-9_]{0,30}(?:TOKEN|SECRET|API_?KEY|PASSWORD|PASSWD|CREDENTIALS?)\b`,
    "Text glues a secret from the environment into a URL",
    { flags: "" },
  ),
  rule(
    "sensitive_object",
    0.5,
    "=CVV =CVC",
    R`(?:card|thẻ|tarjeta|Karte|carte|carta|karty|kart|cartão|kadi)[^\n]{0,80}?\b(?:CVV2?|CVC2?)\b|\b(?:CVV2?|CVC2?)\b[^\n]{0,80}?(?:card|thẻ|tarjeta|Karte|carte|carta|karty|kart|cartão|kadi)`,
    "Text puts card security data in play",
    { flags: "u", accept: (view, start, end) => !prohibitedSecret(view, start, end) },
  ),
  rule(
    "sensitive_object",
    0.5,
    "=/home/",
    R`/home/(?:\*|[\w.-]{1,30})/(?:Documents|\.config|\.ssh|Desktop|Downloads)\b[^\n]{0,120}?(?:dihapus|deleted|removed|wiped|rm${S}-rf|gelöscht|supprimé|eliminad|usunięt|удален|silinir)`,
    "Text deletes users' home folders",
    { flags: "iu" },
  ),
  rule(
    "sensitive_object",
    0.5,
    "=OTP",
    R`\bOTPs?\b[^\n]{0,80}?(?:${EMAIL}|https?://)|(?:${EMAIL}|https?://\S{3,80})[^\n]{0,80}?\bOTPs?\b`,
    "Text puts one-time codes beside an outside address",
    { flags: "u" },
  ),
  rule(
    "exfiltration",
    0.5,
    "überm weite gesen verse gesch übert trans envoy copié encam trans envia anexa zosta dikir diter hutum zinat inatu adres перес отпра перед",
    R`${NB}(?:an${S}${EMAIL}${S}(?:übermittelt|weitergeleitet|gesendet|versendet|geschickt|übertragen)|(?:sont|est)${S}(?:transférée?s?|transmise?s?|copiée?s?|envoyée?s?)${S}(?:à|vers)${S}${EMAIL}|(?:são|é)${S}(?:encaminhad[oa]s?|transferid[oa]s?|enviad[oa]s?)${S}para${S}${EMAIL}|(?:anexad|enviad)[oa]s?${S}(?:\p{L}{1,3}${S}\p{L}{1,20}${S})?e${S}enviad[oa]s?${S}para${S}${EMAIL}|(?:zostaje|zostają|jest|są)${S}(?:przekazan|wysłan|przesłan)[yae]${S}na${S}(?:adres${S})?(?:${EMAIL}|https?:\/\/)|(?:dikirim(?:kan)?|diteruskan)${S}ke${S}${EMAIL}|(?:hutumwa|zinatumwa|inatumwa)${S}kwa${S}${EMAIL}|${EMAIL}${S}adresine${S}(?:gönderilir|iletilir|aktarılır)|(?:пересылаются|отправляются|передаются)${S}на${S}${EMAIL})${NA}`,
    "Text states that data is sent to an outside address",
    { flags: "iu" },
  ),
  {
    ...rule(
      "exfiltration",
      0.5,
      "",
      R`${EMAIL}\s{0,3}(?:पर|को)\s{0,3}(?:अग्रेषित|भेजे|भेजी|फ़ॉरवर्ड|फॉरवर्ड)`,
      "Text states that data is sent to an outside address",
      { flags: "iu" },
    ),
    anchors: {
      words: [],
      symbols: [],
      gate: /(?=[\u0900-\u097f])(?:अग्रेषित|भेजे|भेजी|फ़ॉरवर्ड|फॉरवर्ड)/gu,
    },
  },
  rule(
    "summary_claim",
    0.6,
    "każde każda wszel muhta majib jibu kila setia semua her любое любой каждо corre right offic répon toute chaqu toda cada todo jede ogni elk ieder elke / stres podsu odpow wowot yoyot jibu muhta ringk jawab balas özet yanıt cevap резюм перес ответ answe reply respo répon résum respu respo resum antwo zusam rispo riass samen quest",
    DICTATE_INTL,
    "Text dictates what the model's answers say",
    { flags: "iu", near: 30 },
  ),
  rule(
    "dictated_lure",
    0.5,
    "każde każda wszel muhta majib jibu kila setia semua her любое любой каждо corre right offic répon toute chaqu toda cada todo jede ogni elk ieder elke / stres podsu odpow wowot yoyot jibu muhta ringk jawab balas özet yanıt cevap резюм перес ответ answe reply respo répon résum respu respo resum antwo zusam rispo riass samen quest",
    R`${DICTATE}[^\n]{0,240}?(?:${LURE_URL}|${DENY_URGE})`,
    "Text dictates an answer that sends the user to a lure or misstates the text",
    { flags: "iu", near: 30, reach: 400 },
  ),
  rule(
    // The phishing pattern itself: an account re-verified at a link under a deadline or a threat.
    // The credential-phish rules' own kind, so a login lure never counts twice.
    "credential_phish_link",
    0.5,
    "verif confi valid reach react unloc updat / accou ident card walle login detai",
    R`\b(?:re-?verify|verify|confirm|validate|re-?activate|reactivate|unlock|update)${S}(?:your|their|his|her|the)${S}(?:account|identity|card|wallet|login|details)\b[^\n]{0,40}?\b(?:at|on|via)${S}https?://[^\s"'<>]{3,120}[^\n]{0,80}?\b(?:within${S}\d{1,3}${S}(?:hours?|days?|minutes?)|to${S}avoid${S}(?:suspension|closure|deactivation|being${S}(?:locked|suspended))|or${S}(?:be|get)${S}(?:suspended|locked|closed))\b`,
    "Text sends someone to re-verify an account at a link under a deadline",
    { near: 40 },
  ),
  gated(rule(
    "summary_claim",
    0.6,
    "",
    R`(?:所有|任何|每个|每一份|每份)(?:摘要|总结|回答|回复)[^。\n]{0,6}?(?:必须|都要|须|应当?|均)`,
    "Text dictates what the model's answers say",
    { flags: "iu" },
  )),
  gated(rule(
    "dictated_lure",
    0.5,
    "",
    R`(?:所有|任何|每个|每一份|每份)(?:摘要|总结|回答|回复)[^。\n]{0,6}?(?:必须|都要|须|应当?|均)[^\n]{0,120}?(?:${LURE_URL})`,
    "Text dictates an answer that sends the user to a lure",
    { flags: "iu", reach: 400 },
  )),
];
