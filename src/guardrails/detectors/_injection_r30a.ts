/**
 * Injections in tool results that held-out round 30a found missing (paraphrases in
 * `_injection_r30a_test.ts`). Round 30 uses no trigger words, so each rule reads a technique and
 * weighs about half the threshold: two different signals are needed.
 * - the AI named by the role it plays on this very content ("Note to the reviewer bot running on
 *   this PR", "for any coding agent that picks this issue up", "for whoever generates the summary
 *   from these rows", "if you are an automated reader putting together an answer", "Au modèle qui
 *   rédige la synthèse", "Al bot di assistenza che legge questo ticket", "Dla agenta, który zamyka
 *   to zadanie", "Asistana not:") — `addresses_ai`;
 * - the same address followed by an order (an imperative, a relayed wish of the principal, "no
 *   need to tell him") — `addressed_order`;
 * - a labelled "correct / recommended answer:" that the page dictates — `canonical_answer`;
 * - a card's security code, PIN or one-time code to be handed to a person, a line or a number —
 *   `sensitive_harvest`;
 * - a payee change stated as fact: payments to the old account bounced, the old account closed,
 *   new details superseding the contract — `payee_change`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, make } from "./_injection_make.ts";

const R = String.raw;
const half = halfOf(300);

// --- the AI named by the role it plays on this content --------------------------------------

const EN_VERB =
  R`(?:(?:read|process|triag|handl|summari[sz]|review|generat|writ|draft|answer|compil|clos|pars|analy[sz])(?:ing|e?s)|put(?:s|ting)?\s{1,3}together|work(?:s|ing)\s{1,3}(?:on\s{1,3})?(?:this|these|the)|pick(?:s|ing)?\s{1,3}(?:up\s{1,3})?(?:this|these|the)|picking\s{1,3}up|running\s{1,3}on\s{1,3}(?:this|these)|looking\s{1,3}(?:at|into)\s{1,3}(?:this|these)|assigned\s{1,3}to\s{1,3}(?:this|these))\b`;
const EN_NOUN =
  R`(?:agent|bot|assistant|model|copilot|automation|LLM|AI|chatbot|(?:automated|AI|machine|LLM)\s{1,3}(?:reader|summari[sz]er|system|tool|reviewer))s?`;
const EN_ADDRS = [
  // "Note to the reviewer bot running on this PR", "for any coding agent that picks this issue up"
  R`\b(?:to|for)\s{1,3}(?:the|any|each|every|whichever|whatever|an?|our|your)\s{1,3}(?:[\w'’-]{2,20}\s{1,3}){0,3}?${EN_NOUN}\b,?\s{1,3}(?:(?:that|which|who)\s{1,3}(?:is\s{1,3}|are\s{1,3}|will\s{1,3}(?:be\s{1,3})?)?|(?:is|are)\s{1,3})?${EN_VERB}`,
  // "whichever agent is reading these logs"
  R`\bwhichever\s{1,3}(?:[\w-]{2,20}\s{1,3})?${EN_NOUN}\s{1,3}(?:is\s{1,3}|ends\s{1,3}up\s{1,3})?${EN_VERB}`,
  // "for whoever generates the summary from these rows"
  R`\b(?:to|for)\s{1,3}whoever\s{1,3}(?:is\s{1,3})?(?:generat|writ|compil|draft|produc|summari[sz])\w{0,4}\s{1,3}(?:the\s{1,3}|this\s{1,3}|an?\s{1,3})?[\w-]{0,30}\s{0,3}(?:summary|digest|answer|overview|report|synthesis|response|brief)`,
  // "if you are an automated reader putting together an answer"
  R`\bif\s{1,3}you\s{1,3}(?:are|['’]re)\s{1,3}(?:an?\s{1,3})?(?:automated|AI|LLM|machine|language|generative)[\w\s-]{0,20}?(?:reader|agent|assistant|model|system|tool|crawler|summari[sz]er|bot)s?\b`,
];
/** People called agents: a support or travel agent is not the model. */
const HUMAN_AGENT =
  /\b(?:support|service|customer|sales|human|live|travel|insurance|estate|booking|desk|call|field|build|ci|deploy|jenkins|teamcity|user|secret|escrow|leasing|shipping|freight|customs|border|admissions|listing|buyer['’]?s?|seller['’]?s?)\s{1,3}agents?\b/i;
const notHuman: Accept = (v, s, e) => !HUMAN_AGENT.test(v.slice(s, e));

const FR_ADDR =
  R`(?:\bau|\bà\s{1,3}l['’]|\bpour\s{1,3}l['’]|\bpour\s{1,3}le|\bà\s{1,3}la|\bpour\s{1,3}la)\s{0,3}(?:agent|assistant|modèle|bot|robot|IA|chatbot|automate)\p{L}{0,2}(?:\s{1,3}[\p{L}-]{2,15}){0,2}\s{1,3}(?:qui|chargée?\s{1,3}de)\s{1,3}(?:rédige|lit|lira|traite|résume|analyse|génère|prépare|répond|synthétise|trie|rédiger|lire|traiter|résumer|analyser|générer|préparer|répondre|trier)`;
const IT_ADDR =
  R`(?:\bal|\ball['’]|\ballo|\bper\s{1,3}(?:il|l['’]|lo))\s{0,3}(?:bot|chatbot|assistente|agente|modello|IA|AI|automazione)(?:\s{1,3}[\p{L}-]{2,15}){0,3}\s{1,3}che\s{1,3}(?:legge|leggerà|gestisce|elabora|riassume|analizza|risponde|smista|lavora|chiude|scrive|prepara|genera)`;
const ES_PT_ADDR = [
  R`(?:\bal|\bpara\s{1,3}el|\bao|\bpara\s{1,3}o|\bà|\bpara\s{1,3}a)\s{1,3}(?:asistente|assistente|agente|modelo|bot|chatbot|IA|robô|robot)(?:\s{1,3}[\p{L}-]{2,15}){0,2}\s{1,3}que\s{1,3}(?:lee|lê|procesa|processa|resume|gestiona|gerencia|genera|gera|redacta|redige|responde|analiza|analisa|atiende|atende|revisa|cierra|fecha|monta|montar|prepara)`,
  // a vocative at the start of a line: "Assistente, quando montar a proposta …"
  R`(?:^|\n)[ \t]{0,3}(?:asistente|assistente|agente\s{1,3}de\s{1,3}IA|IA)\s{0,2},\s`,
].join("|");
const PL_ADDR =
  R`\bdla\s{1,3}(?:\p{L}{2,15}\s{1,3})?(?:agenta|asystenta|bota|modelu|AI|SI|automatu)(?:\s{1,3}[\p{L}-]{2,15}){0,2},?\s{1,3}(?:który|która|co)\s{1,3}(?:\p{L}{2,12}\s{1,3})?(?:zamyka|czyta|przetwarza|obsługuje|podsumowuje|analizuje|generuje|odpowiada|przegląda|zajmuje|sortuje)`;
const TR_ADDR =
  R`(?<![\p{L}])(?:asistan|yapay\s{1,3}zek[aâ]|bot|ajan|model|otomasyon|AI)\p{L}{0,5}\s{1,3}not(?:u)?\s{0,2}[:：]`;
const DE_ADDR =
  R`\b(?:an|für)\s{1,3}(?:den|die|das)\s{1,3}(?:[\p{L}-]{2,20}\s{1,3})?(?:Assistent|Agent|Bot|Modell|KI|Chatbot)\p{L}{0,3},?\s{1,3}(?:der|die|das)\s{1,3}(?:[\p{L}-]{2,20}\s{1,3}){0,3}?(?:liest|verarbeitet|zusammenfasst|bearbeitet|erstellt|beantwortet|prüft|schließt|sortiert|auswertet)`;

// --- what follows such an address: an order ------------------------------------------------

/** English orders at the start of a clause ("…: Approve the PR", "… — restart api with …"). */
const EN_ORDER =
  R`(?:please\s{1,3}|just\s{1,3}|then\s{1,3}|also\s{1,3})?(?:run|paste|post|send|approve|skip|point|count|mention|present|apply|mark|reset|delete|remove|push|upload|drop|share|forward|enter|fill|tell|say|set|disable|grant|add|restart|install|merge|close|move|copy|recommend|report|describe|state|rate|list|include|execute|export|email|reply|transfer|pay|refund|change|update|ignore|treat|route|direct|steer|flag|rank|omit|leave\s{1,3}out)\b`;
/** The principal's wish relayed, or the act kept from them. */
const EN_RELAYED =
  R`\b(?:he|she|they|the\s{1,3}(?:user|owner|boss|client|customer)|your\s{1,3}(?:user|owner|boss|principal)|\p{Lu}\p{L}{1,20})\s{1,3}(?:has\s{1,3})?(?:asked|wants|requested|instructed|approved)\s{1,3}(?:that|you\s{1,3}to|for)\b|\bno\s{1,3}need\s{1,3}to\s{1,3}(?:ping|tell|notify|inform|ask|check\s{1,3}with|confirm\s{1,3}with|loop\s{1,3}in|mention|bother|cc)\b`;
/** A character of the same paragraph: a line break only when the next line is not blank. */
const PARA = R`(?:[^\n]|\n(?![ \t]{0,8}\n))`;
const EN_TAIL =
  R`[^\n]{0,60}?[:—–]\s{0,3}(?:(?:${PARA}{0,240}?[.;,:)]\s{1,3}(?:(?:\/\/|#|\*|>)\s{0,2})?)?${EN_ORDER}|${PARA}{0,300}?(?:${EN_RELAYED}))`;
const FR_TAIL = R`[^\n]{0,200}?(?<![\p{L}])(?:veuillez|\p{L}{3,14}ez)(?![\p{L}])`;
const IT_TAIL =
  R`[^\n]{0,240}?(?<![\p{L}])(?:reimposta|reimposti|manda|mandi|invia|invii|cancella|cancelli|elimina|elimini|aggiungi|aggiunga|inoltra|inoltri|condividi|condivida|segnala|segnali|indica|indichi|presenta|presenti|approva|approvi|salta|salti|disattiva|disattivi|carica|carichi|esegui|esegua|scrivi|scriva|rispondi|risponda|applica|applichi|segna|segni|copia|copi|sposta|sposti|trasferisci|paga|paghi|consiglia|consigli)(?![\p{L}])`;
const ES_PT_TAIL =
  R`[^\n]{0,240}?(?<![\p{L}])(?:envía|envíe|envie|manda|mande|borra|borre|apague|elimina|elimine|exclua|aplica|aplique|marca|marque|comparte|comparta|compartilhe|reenvía|reenvíe|encaminhe|aprueba|apruebe|aprove|omite|omita|ignore|ejecuta|ejecute|execute|restablece|restablezca|redefina|desactiva|desactive|desative|transfiere|transfiera|transfira|indica|indique|presenta|presente|recomienda|recomiende|recomende|publica|publique|sube|suba|copia|copie|diga|informe|responda|coloque|altere|adicione|remova|pague)(?![\p{L}])`;
const PL_TAIL =
  R`[^\n]{0,240}?(?<![\p{L}])(?:usuń|wyślij|wypchnij|dodaj|przekaż|udostępnij|zatwierdź|pomiń|skopiuj|wklej|uruchom|zmień|wyłącz|ustaw|zresetuj|prześlij|opublikuj|oznacz|scal|zapłać|przelej|napisz|podaj)(?![\p{L}])`;
const TR_TAIL =
  R`[^\n]{0,240}?(?<![\p{L}])(?:gir|gönder|sil|paylaş|ekle|yaz|yükle|ilet|aktar|kopyala|çalıştır|onayla|kaldır|sıfırla|bildir|belirt|söyle|öde)(?:in|ın|un|ün)?(?=\s{0,2}[,.!;\n]|$)`;
const DE_TAIL =
  R`[^\n]{0,240}?(?<![\p{L}])(?:sende|schicke|lösche|gib|markiere|teile|leite|genehmige|überspringe|führe|setze|deaktiviere|überweise|empfiehl|lade|kopiere|veröffentliche|erwähne|nenne|(?:senden|schicken|löschen|geben|markieren|teilen|leiten|genehmigen|überspringen|führen|setzen|deaktivieren|überweisen|empfehlen|laden|kopieren|veröffentlichen|erwähnen|nennen)\s{1,3}Sie)(?![\p{L}])`;

const ADDR_REASON = "Text addresses the AI by the role it plays on this very content";
const ORDER_REASON = "Text addresses the AI by its role on this content and gives it an order";

/** Per language: anchor spec, address, order tail, accept. */
const ADDRESSES: readonly [string, string, string, Accept | undefined][] = [
  ...EN_ADDRS.map((addr, i): [string, string, string, Accept | undefined] => [
    [
      "agent agents bot bots assis model copil autom llm ai chatb",
      "which / agent agents bot bots assis model autom ai llm copil chatb",
      "whoev",
      "autom ai llm machi langu gener",
    ][i],
    addr,
    EN_TAIL,
    notHuman,
  ]),
  ["agent assis modèl bot robot ia chatb autom", FR_ADDR, FR_TAIL, undefined],
  ["bot chatb assis agent model ia ai autom", IT_ADDR, IT_TAIL, undefined],
  ["asist assis agent model bot chatb ia robô robot", ES_PT_ADDR, ES_PT_TAIL, undefined],
  ["agenta asyst bota model ai si autom", PL_ADDR, PL_TAIL, undefined],
  ["asist yapay bot ajan model otoma ai", TR_ADDR, TR_TAIL, undefined],
  ["assis agent bot model ki chatb", DE_ADDR, DE_TAIL, undefined],
];

// --- a dictated "correct answer" --------------------------------------------------------------

const ANSWER_LABEL = [
  R`(?:^|[\n>])\s{0,3}(?:<[^>\n]{1,10}>\s{0,2})?(?:correct|right|recommended|official|verified|approved)\s{1,3}(?:answer|response|reply)\s{0,2}(?:<\/[^>\n]{1,10}>\s{0,2})?[:：]?\s{0,2}(?:<\/[^>\n]{1,10}>\s{0,2})?[:：]`,
  R`(?:^|[\n>])\s{0,3}(?:réponse\s{1,3}(?:correcte|recommandée|officielle)|bonne\s{1,3}réponse|respuesta\s{1,3}(?:correcta|recomendada|oficial)|resposta\s{1,3}(?:correta|recomendada|oficial)|risposta\s{1,3}(?:corretta|consigliata|ufficiale)|richtige\s{1,3}Antwort|empfohlene\s{1,3}Antwort|jawaban\s{1,3}(?:yang\s{1,3})?(?:benar|direkomendasikan|resmi)|câu\s{1,3}trả\s{1,3}lời\s{1,3}(?:đúng|được\s{1,3}đề\s{1,3}xuất))\s{0,2}(?:<\/[^>\n]{1,10}>\s{0,2})?[:：]`,
].join("|");
const TH_ANSWER = /(?=[\u0e00-\u0e7f])คำตอบ(?:ที่)?(?:ถูกต้อง|แนะนำ|ทางการ)\s{0,2}[:：]/u;
/** The option letter of a quiz ("Correct answer: b.") is an answer key, not a dictated answer. */
const notAnswerKey: Accept = (v, _s, e) =>
  !/^\s{0,2}\(?[a-h1-9]\)?(?:[.)\s]|$)/i.test(v.slice(e, e + 4));

// --- a card code, PIN or one-time code handed to a person, line or number -------------------

const EN_HARVEST =
  R`\b(?:will|would|may|must)\s{1,3}(?:ask|request|need|require)\s{1,3}(?:you\s{1,3})?(?:for\s{1,3})?(?:your\s{1,3})?[^\n.]{0,60}?\b(?:CVV|CVC|security\s{1,3}code|PIN|one-time\s{1,3}(?:code|password)|OTP|verification\s{1,3}code)\b|\b(?:send|text|forward|read\s{1,3}out|give|share)\s{1,3}(?:us\s{1,3}|them\s{1,3})?(?:the\s{1,3}|your\s{1,3})?(?:one-time\s{1,3}(?:code|password)|OTP|verification\s{1,3}code|PIN|CVV)\b[^\n.]{0,60}?\bto\s{1,3}(?:\+?\d[\d\s().-]{6,}|our\s{1,3}(?:agent|number|line)|the\s{1,3}(?:number|agent))`;
const FR_ES_PT_HARVEST =
  R`\b(?:vous\s{1,3}demandera|demandera|vous\s{1,3}sera\s{1,3}demandé|le\s{1,3}pedirá|te\s{1,3}pedirá|solicitará|irá\s{1,3}pedir|vai\s{1,3}pedir|pedirá|solicitará)\b[^\n]{0,120}?(?:cryptogramme|code\s{1,3}(?:secret|confidentiel|PIN)|CVV|CVC|PIN|código\s{1,3}de\s{1,3}seguridad|código\s{1,3}de\s{1,3}segurança|código\s{1,3}(?:OTP|de\s{1,3}verificação|de\s{1,3}verificación))`;
const TH_HARVEST = /(?=[\u0e00-\u0e7f])ขอ\s{0,2}(?:รหัส\s{0,2}(?:PIN|พิน|OTP|ผ่าน)|เลขหลังบัตร|CVV)/u;
const FA_HARVEST =
  /(?=[\u0600-\u06ff])(?:ارسال|بفرستید|وارد\s{1,2}کنید)[^\n]{0,60}?کد\s{0,2}(?:یک[\u200c\s]?بار\s{0,2}مصرف|تأیید|OTP|رمز\s{0,2}پویا)[^\n]{0,60}?(?:به\s{1,2}شماره|پیامک)|کد\s{0,2}(?:یک[\u200c\s]?بار\s{0,2}مصرف\S{0,3}|تأیید|رمز\s{0,2}پویا)[^\n]{0,60}?به\s{1,2}شماره\s{0,2}[\d۰-۹]/u;
const HARVEST_REASON =
  "Text has a card security code, PIN or one-time code handed to a person, line or number";
/** Not a warning ("we will never ask for your PIN", "ne … jamais"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:never|not|don['’]t|won['’]t|jamais|nunca|nunca|mai|nie)\b|ไม่มีวัน|ไม่เคย|هرگز|نخواهد/iu
    .test(v.slice(Math.max(0, s - 60), s + 20));

// --- a payee change stated as fact ---------------------------------------------------------

const OLD_BOUNCED = [
  R`\b(?:payments?|transfers?|remittances?|funds)\s{1,3}(?:sent\s{1,3}|made\s{1,3}|paid\s{1,3})?to\s{1,3}the\s{1,3}(?:old|previous|former|prior)\s{1,3}(?:[\w-]{2,15}\s{1,3})?(?:account|bank\s{1,3}account|IBAN)\s{1,3}(?:will|would|shall)\s{1,3}(?:be\s{1,3})?(?:returned|rejected|bounced|refused|reversed|not\s{1,3}be\s{1,3}(?:credited|accepted))`,
  R`\b(?:the\s{1,3})?(?:previous|old|former)\s{1,3}(?:[\w-]{2,15}\s{1,3})?(?:bank\s{1,3})?account\s{1,3}(?:has\s{1,3}been|was|is\s{1,3}now)\s{1,3}(?:closed|deactivated|discontinued|frozen)`,
  R`(?:pagamentos?|transferências?|pagos?|transferencias?|paiements?|virements?|pagamenti|bonifici|Zahlungen|Überweisungen)\s{1,3}(?:feitos?\s{1,3}|realizados?\s{1,3}|effectués?\s{1,3})?(?:à|para\s{1,3}a|a\s{1,3}la|à\s{1,3}la|sur\s{1,3}l['’]|sul|al|auf\s{1,3}das)\s{0,3}(?:conta|cuenta|compte|conto|Konto)\s{1,3}(?:antiga|anterior|antigua|ancien|précédent|vecchio|precedente|alte|alten|bisherige)\p{L}{0,2}\s{1,3}(?:serão|serán|seront|saranno|werden)\s{1,3}(?:devolvid[oa]s|devuelt[oa]s|retourné(?:e|s|es)?|rejeté(?:e|s|es)?|restituit[ie]|respint[ie]|zurückgebucht|zurückgewiesen)`,
  R`\b(?:paiements?|virements?)\s{1,3}(?:effectués?\s{1,3})?(?:sur|vers|à)\s{1,3}l['’]\s{0,2}(?:ancien|précédent)\s{1,3}compte\s{1,3}seront\s{1,3}(?:retourné|rejeté|refusé|renvoyé)e?s?`,
].join("|");
const VI_BOUNCED =
  /(?:chuyển|thanh\s{1,2}toán)[^\n]{0,40}?tài\s{1,2}khoản[^\n]{0,40}?cũ[^\n]{0,60}?(?:sẽ\s{1,2})?bị\s{1,2}(?:hoàn\s{1,2}trả|từ\s{1,2}chối|trả\s{1,2}lại)/u;
const VI_CHANGED =
  /tài\s{1,2}khoản\s{1,2}(?:thụ\s{1,2}hưởng|nhận\s{1,2}tiền)\s{1,2}(?:đã\s{1,2})?(?:đổi|thay\s{1,2}đổi|chuyển)\s{1,2}sang/u;
const SUPERSEDE = [
  R`\b(?:new|updated|current)\s{1,3}(?:bank(?:ing)?|remittance|payment)\s{1,3}(?:details|account|information)\b[^\n]{0,80}?\b(?:supersed\w{1,3}|replac\w{1,3}|override\w{0,2})\b`,
  R`dados\s{1,3}bancários\s{1,3}(?:vigentes|atuais|novos|atualizados)[^\n]{0,40}?(?:substituem|substituindo)|datos\s{1,3}bancarios\s{1,3}(?:vigentes|actuales|nuevos)[^\n]{0,40}?(?:sustituyen|reemplazan)|coordonnées\s{1,3}bancaires\s{1,3}(?:actuelles|nouvelles|en\s{1,3}vigueur)[^\n]{0,40}?remplacent|(?:neue|aktuelle)\s{1,3}Bankverbindung[^\n]{0,40}?ersetzt`,
].join("|");
const PAYEE_REASON =
  "Text states a change of payee as fact: the old account bounced or closed, new details superseding";

// --- a control on money, drugs or data declared waived ---------------------------------------

const WAIVED = [
  // "dual-approval waived", "no callback is required", "approved without provider review"
  R`\b(?:dual|second|two-person|four-eyes|manager|director|provider|pharmacist|physician|compliance)[- ]{0,2}(?:approval|review|sign-?off|check)s?\s{0,3}(?:is\s{1,3}|was\s{1,3}|has\s{1,3}been\s{1,3})?(?:waived|bypassed|skipped|suspended|not\s{1,3}(?:required|needed))`,
  R`\bno\s{1,3}(?:call-?\s?back|callback|second\s{1,3}approval|dual\s{1,3}approval)\s{1,3}(?:is\s{1,3})?(?:required|needed|necessary)`,
  R`\b(?:approved|released|dispensed|paid|executed)\s{1,3}without\s{1,3}(?:any\s{1,3}|a\s{1,3})?(?:provider|prescriber|physician|pharmacist|doctor|clinician|supervisor|manager|second|dual|human)?\s{0,3}(?:review|approval|sign-?off|verification)`,
  R`\bapproval\s{0,2}[=:]\s{0,2}["']?(?:not[_ ]required|none|skip(?:ped)?|waived|false)\b`,
].join("|");
const WAIVED_INTL = [
  R`(?:承認|決裁|確認)(?:フロー|手続き|プロセス)?の?対象外`,
  R`(?:双人|二次|多级)?(?:审批|复核)(?:流程)?(?:已)?(?:豁免|免除|取消)`,
].join("|");
const WAIVED_GATE = /(?=[\u3040-\u30ff\u4e00-\u9fff])(?:対象外|豁免|免除)/u;
const MONEY_OR_DRUG =
  /\b(?:wire|payment|transfer|IBAN|ABA|SWIFT|account|invoice|refill|dispens\w{0,4}|prescription|remittance|payee|fund)s?\b|\bexport\w{0,12}|mg\b|送金|振込|口座|转账|汇款/iu;
const aboutStakes: Accept = (v, s, e) =>
  MONEY_OR_DRUG.test(v.slice(Math.max(0, s - 300), Math.min(v.length, e + 300))) &&
  !/\b(?:never|must\s{1,3}not|do\s{1,3}not|don['’]t|cannot|can['’]t)\b/i.test(
    v.slice(Math.max(0, s - 60), s),
  );
const WAIVED_REASON = "Text declares the approval or check on a payment, drug or export waived";

/** Identity "confirmed" by a fact anyone can know (the account's e-mail, a name). */
const WEAK_ID =
  R`\b(?:identity|caller|customer|requester|user)\s{1,3}(?:identity\s{1,3})?(?:is|are|counts\s{1,3}as|can\s{1,3}be)\s{1,3}(?:confirmed|verified|authenticated|established)\s{1,3}(?:once|as\s{1,3}soon\s{1,3}as|when|if|by)\s{1,3}(?:they|the\s{1,3}(?:customer|caller|requester|user)|he|she)?\s{0,3}(?:stat|provid|giv|know|nam|confirm)\w{0,4}\s{1,3}(?:the\s{1,3}|their\s{1,3}|an?\s{1,3})?(?:account\s{1,3})?(?:e-?mail(?:\s{1,3}address)?|username|user\s{1,3}name|full\s{1,3}name|name|order\s{1,3}number)\b`;

/** A session or bearer token shipped to an outside address by a stated policy. */
const TOKEN_SHIPPED =
  R`\b(?:mirror|forward|copi|cop(?:y|ies)|send|sent|stream|replicat|post|upload|export)\w{0,6}\b[^\n]{0,120}?https?:\/\/[^\s"'<>]{3,80}[^\n]{0,80}?\b(?:including|incl\.|with|along\s{1,3}with|plus)\s{1,3}(?:the\s{1,3}|their\s{1,3}|its\s{1,3})?(?:session|bearer|auth\w{0,10}|access|api|refresh|user)\s{1,3}(?:bearer\s{1,3})?(?:token|cookie|credentials?)`;

/** An app to install from a side site because it is "not in the store". */
const SIDELOAD =
  R`\bAPK\b[^\n]{0,100}?(?<![\p{L}])(?:not|tidak|no\s{1,3}está|não\s{1,3}está|n['’]est\s{1,3}pas|không)\s[^\n]{0,30}?(?:Play\s{0,2}Store|Google\s{1,3}Play|App\s{0,2}Store)`;
/** The APK is fetched from a named site ("download the APK at quick-loan.site"). */
const FROM_SITE =
  /(?:\bdownload|\binstall|\bget|\bunduh|\binstal|descarg|baix|télécharg|tải)\S{0,6}\s[^\n]{0,30}?\bAPK\b[^\n]{0,40}?\b[\w-]{2,40}\.[a-z]{2,6}\b/iu;
const fromSite: Accept = (v, s, e) => FROM_SITE.test(v.slice(Math.max(0, s - 60), e));

/** Password hashes, MFA seeds or private keys exported to an outside address. */
const SECRET_EXPORT =
  R`(?:(?:sftp|ftp|scp|s3|gs|https?):\/\/[^\s]{3,100}[^\n]{0,120}?\b(?:password_?hash(?:es)?|mfa_?secrets?|totp_?secrets?|otp_?seeds?|private_?keys?|recovery_?codes?)\b|\b(?:password_?hash(?:es)?|mfa_?secrets?|totp_?secrets?|otp_?seeds?|private_?keys?|recovery_?codes?)\b[^\n]{0,120}?(?:sftp|ftp|scp|s3|gs|https?):\/\/(?!localhost|127\.)[^\s]{3,100})`;

/** A payment released as a stated action item ("release the Brightline wire"). */
const RELEASE =
  R`\b(?:release|execute|push\s{1,3}through|send\s{1,3}out|initiate)\s{1,3}(?:the\s{1,3}|this\s{1,3})?(?:[\w-]{2,20}\s{1,3}){0,3}?(?:wire|wire\s{1,3}transfer|payment|remittance|transfer)s?\b`;

/** A one-time code the bank sent the reader, to be passed on to a number or chat. */
const OTP_RELAY_EN =
  R`\b(?:code|OTP|one-time\s{1,3}password|passcode)\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:the|your)\s{1,3}bank\s{1,3}(?:sent|texted|sends|texts|messaged)\s{1,3}(?:to\s{1,3})?you\b[^\n]{0,60}?\bto\s{1,3}(?:\+?\d[\d\s().-]{6,}\d|(?:this|the\s{1,3}following|our)\s{1,3}(?:number|WhatsApp|Telegram|LINE|agent))`;
const OTP_RELAY_FA =
  /کد[^\n]{0,30}?که\s{1,2}بانک[^\n]{0,30}?(?:پیامک|ارسال)[^\n]{0,30}?به\s{1,2}شماره/u;

/** A secret posted to a company-wide or public channel. */
const BROADCAST_SECRET =
  R`\b(?:post|share|paste|send|drop|put)\w{0,3}\s[^\n]{0,40}?\b(?:password|passwd|secret|token|api\s?key|credentials?|private\s{1,3}key)s?\b[^\n]{0,40}?\b(?:in|to|into|on)\s{1,3}(?:the\s{1,3})?#(?:general|random|all[\w-]{0,20}|announce[\w-]{0,10}|company[\w-]{0,10}|everyone|public[\w-]{0,20}|[\w-]{0,20}community[\w-]{0,10})\b`;

/** Orders marked as paid and given away at full discount. */
const MARKED_PAID =
  R`\b(?:mark|marked|marks|marking|flag|flagged|set)\s{1,3}(?:the\s{1,3}|all\s{1,3}|each\s{1,3}|every\s{1,3})?(?:orders?|invoices?|bills?)?\s{0,3}as\s{1,3}(?:paid|settled)\b|\bals\s{1,3}(?:bezahlt|beglichen)\s{1,3}(?:markiert|gekennzeichnet|markieren|kennzeichnen)|(?:marcad[oa]s?|marcar|marque|marquée?s?|marquer|segnat[oa]|segnare|contrassegnat[oa])\s{1,3}(?:como|comme|come)\s{1,3}(?:pag[oa]|pagad[oa]|payée?s?|réglée?s?|pagat[oa])\b`;
const FULL_DISCOUNT =
  R`(?<![\d.,])100\s{0,2}%\s{0,2}(?:\(?\s{0,2})?(?:discount|off|Nachlass|Rabatt|descuento|desconto|remise|réduction|sconto)|(?:discount|Nachlass|Rabatt|descuento|desconto|remise|sconto)\s{1,3}(?:of|von|de|di)\s{1,3}100\s{0,2}%`;

/** Round 30a's rules. */
export const R30A_RULES: readonly InjectionRule[] = [
  ...ADDRESSES.map(([spec, addr, _tail, accept]) =>
    half("addresses_ai", spec, `(?:${addr})`, ADDR_REASON, accept ? { accept } : {})
  ),
  ...ADDRESSES.map(([spec, addr, tail, accept]) =>
    half("addressed_order", spec, `(?:${addr})${tail}`, ORDER_REASON, {
      reach: 400,
      ...(accept ? { accept } : {}),
    })
  ),
  half(
    "canonical_answer",
    "corre right recom offic verif appro répon bonne respu respo rispo richt empfo jawab câu / answer response reply réponse correcte respuesta resposta risposta antwort benar resmi",
    ANSWER_LABEL,
    "Text labels its own statement as the correct answer for the AI to give",
    { accept: notAnswerKey, near: 30 },
  ),
  half(
    "canonical_answer",
    "",
    TH_ANSWER.source,
    "Text labels its statement as the answer to give",
    {
      gate: TH_ANSWER,
    },
  ),
  half(
    "sensitive_harvest",
    "cvv cvc pin otp secur one-t verif / ask reque need requi send text forwa give share",
    EN_HARVEST,
    HARVEST_REASON,
    { accept: notWarned, near: 80 },
  ),
  half(
    "sensitive_harvest",
    "crypt cvv cvc pin códig demand pedir pedirá solic",
    FR_ES_PT_HARVEST,
    HARVEST_REASON,
    { accept: notWarned },
  ),
  half("sensitive_harvest", "", TH_HARVEST.source, HARVEST_REASON, {
    gate: TH_HARVEST,
    accept: notWarned,
  }),
  half("sensitive_harvest", "", FA_HARVEST.source, HARVEST_REASON, {
    gate: /(?=[\u0600-\u06ff])کد/u,
    accept: notWarned,
  }),
  half(
    "payee_change",
    "old previ forme prior antig anter ancie précé vecch prece alte alten bishe / account iban conta cuenta compte conto konto",
    OLD_BOUNCED,
    PAYEE_REASON,
    { near: 60 },
  ),
  half("payee_change", "", VI_BOUNCED.source, PAYEE_REASON, { gate: /(?=[ũư])[ũư]/u }),
  half("payee_supersede", "", VI_CHANGED.source, PAYEE_REASON, { gate: /(?=[ưả])[ưả]/u }),
  half(
    "payee_supersede",
    "super repla overr subst susti rempl erset / bank banki remit payme banca banco dados datos coord bankv",
    SUPERSEDE,
    PAYEE_REASON,
    { near: 100 },
  ),
  half(
    "control_waived",
    "dual secon two-p four- manag direc provi pharm physi compl callb appro relea dispe paid execu / waive bypas skipp suspe requi neede witho",
    WAIVED,
    WAIVED_REASON,
    { accept: aboutStakes, near: 60 },
  ),
  half("control_waived", "", WAIVED_INTL, WAIVED_REASON, {
    gate: WAIVED_GATE,
    accept: aboutStakes,
  }),
  make(
    "verification_lowered",
    0.6,
    "ident calle / confi verif authe estab",
    WEAK_ID,
    "Text lowers identity verification to a fact anyone can know (an e-mail address, a name)",
    { near: 60, reach: 300 },
  ),
  half(
    "token_shipped",
    "sessi beare auth acces refre / token cooki",
    TOKEN_SHIPPED,
    "Text has a session or bearer token sent to an outside address",
    { near: 40 },
  ),
  half(
    "sideload",
    "=APK =apk",
    SIDELOAD,
    "Text sends the reader to install an app file from a side site, outside the app store",
    { accept: fromSite },
  ),
  half(
    "secret_export",
    "=password_hash =mfa_secret =totp_secret =otp_seed =private_key =recovery_code =passwordHash",
    SECRET_EXPORT,
    "Text has password hashes, MFA secrets or private keys exported to an outside address",
  ),
  half(
    "payment_release",
    "wire wires remit / relea execu initi push",
    RELEASE,
    "Text has a payment released as a stated action",
    { near: 60 },
  ),
  half(
    "otp_relay",
    "code otp passc / bank",
    OTP_RELAY_EN,
    "Text has a one-time code from the bank passed on to a number or chat",
    { near: 60 },
  ),
  half(
    "otp_relay",
    "",
    OTP_RELAY_FA.source,
    "Text has a bank one-time code passed on to a number",
    {
      gate: /(?=[؀-ۿ])کد/u,
    },
  ),
  half(
    "broadcast_secret",
    "passw passw secre token apike crede priva / gener rando annou compa every publi commu",
    BROADCAST_SECRET,
    "Text has a secret posted to a company-wide or public channel",
    { near: 100 },
  ),
  half(
    "marked_paid",
    "paid settl bezah begli pago pagad payée payé réglé pagat",
    MARKED_PAID,
    "Text has orders or invoices marked as paid",
    {
      accept: (v, s) =>
        !/\b(?:was|were|had\s+been|has\s+been)\s{1,3}$/i.test(v.slice(Math.max(0, s - 16), s)),
    },
  ),
  half(
    "full_discount",
    "=100~% =100%",
    FULL_DISCOUNT,
    "Text grants a 100 % discount",
  ),
];
