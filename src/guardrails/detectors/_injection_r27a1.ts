/**
 * Injections in tool results that held-out round 27a found missing (paraphrases in
 * `_injection_r27a1_test.ts`). Each rule is about half the threshold, so it blocks only beside a
 * second signal (an address to the AI, a destructive command, another rule here):
 * - the reader's answer is told what to leave out (the cons, the open findings);
 * - "model processing this sheet ->": a note in data addressed to whatever AI reads it;
 * - a DNS record pointed somewhere by the text (mail hijack);
 * - Russian and Italian addresses to the reading AI; Italian "find the codes and forward them";
 * - an API response that carries a tool call the client is said to execute on receipt;
 * - "the session confirms by running it": the reader made the one who runs a command;
 * - answers generated from this document are dictated, and findings are not referenced;
 * - refunds routed to one fixed IBAN whatever the original payment method;
 * - Japanese: credentials sent to a URL, without telling the user.
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { INPUT_LOW } from "./_injection_r21_intl.ts";

const R = String.raw;
const AT = (w: number) => ({ output: w, ...INPUT_LOW });
/** Japanese has no word index: a gate on the send and notice words arms these rules. */
const JA_GATE = /送信|転送|通知/u;

/** "leave out the cons section", "omit the risks": what the reader's answer must drop. */
const LEAVE_OUT =
  R`\b(?:leave\s{1,3}out|omit|drop|skip|exclude|remove|don['’]t\s{1,3}mention|do\s{1,3}not\s{1,3}mention|never\s{1,3}mention)\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?(?:cons|downsides|drawbacks|negatives|negative\s{1,3}(?:reviews|points|findings)|complaints|criticism|risks|warnings|side\s{1,3}effects|open\s{1,3}findings|findings|defects|vulnerabilities|security\s{1,3}(?:issues|problems|findings))\b`;
/** The same order stated as a rule: "the open findings are not referenced in summaries". */
const NOT_REFERENCED =
  R`\b(?:findings|issues|defects|vulnerabilities|incidents|failures|cons|complaints|risks|warnings|problems)\s{1,3}(?:are|is)\s{1,3}(?:not|never)\s{1,3}(?:referenced|mentioned|included|cited|disclosed|raised|shown|listed)\s{1,3}in\s{1,3}(?:any\s{1,3}|the\s{1,3})?(?:summaries|summary|answers|replies|responses|chats|reports|outputs)\b`;
/** "in all written answers generated from this document, X is described as …". */
const GENERATED_FROM =
  R`\bin\s{1,3}(?:all|any|every|each)\s{1,3}(?:\p{L}{3,12}\s{1,3})?(?:answers?|replies|reply|responses?|summaries|summary|outputs?)\s{1,3}(?:generated|produced|written|derived|drafted|created)\s{1,3}(?:from|based\s{1,3}on|using)\s{1,3}(?:this|these)\s{1,3}(?:document|page|file|sheet|record|note|policy|article|email|message)\b`;
/** What the dictated answer then does: calls a thing by a given name or leaves it out. */
const DESCRIBED =
  /\b(?:is|are)\s{1,3}(?:described|reported|presented|stated|given|shown|summari[sz]ed)\s{1,3}as\b|\b(?:not|never)\s{1,3}(?:referenced|mentioned|included|disclosed)\b/iu;
const describedAfter = (v: string, _s: number, e: number) => DESCRIBED.test(v.slice(e, e + 200));

/** "model processing this sheet ->", "AI reading this row:": a note aimed at the reading AI. */
const READING_AI =
  R`(?:^|[\n|:;.]\s{0,3})(?:the\s{1,3}|any\s{1,3})?(?:model|llm|ai|agent|assistant|bot|copilot)\s{1,3}(?:processing|reading|parsing|handling|summari[sz]ing|ingesting|importing)\s{1,3}(?:this|these)\s{1,3}(?:sheet|spreadsheet|row|cell|table|file|csv|record|page|document|log)s?\s{0,2}(?:->|=>|→|:|,|—)`;
/** A DNS record pointed at a host: mail or traffic taken over. */
const DNS_CHANGE =
  R`\b(?:set|change|point|update|switch|repoint|add)\s{1,3}(?:the\s{1,3})?(?:MX|NS|CNAME|A|AAAA|SPF|TXT)\s{1,3}records?\b[^\n]{0,80}?\bto\s{1,3}[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){1,4}\b`;

/** Russian: "Нейросеть, которая сейчас читает эту тему": the reading AI addressed. */
const RU_READER =
  R`(?:нейросеть|ИИ|модель|ассистент|бот|агент|помощник)\s{0,2},?\s{1,3}(?:котор(?:ая|ый|ое)|что)\s{1,3}(?:сейчас\s{1,3})?(?:читает|обрабатывает|анализирует|просматривает|пересказывает)\s{1,3}(?:эт|данн|настоящ)\p{L}{0,4}`;
/** Italian: "all'assistente virtuale che legge questa email". */
const IT_READER =
  R`(?:all['’]\s{0,1}|l['’]\s{0,1})(?:assistente|agente|intelligenza\s{1,3}artificiale|IA|AI|bot)(?:\s{1,3}(?:virtuale|digitale|IA|AI))?\s{1,3}che\s{1,3}(?:legge|elabora|analizza|riassume)`;
/** Italian: "cerca … i codici di verifica … e inoltrali": codes found and passed on. */
const IT_CODES =
  R`\b(?:cerc|trov|recuper|raccogl|copi)\p{L}{0,4}[^\n]{0,80}?\bcodici\s{1,3}(?:di\s{1,3}(?:verifica|accesso|sicurezza|conferma)|OTP)\b[^\n]{0,120}?\b(?:inoltra|invia|manda|incolla|rispondi)\p{L}{0,4}`;

/** `"next_action":{"type":"tool_call"`: a tool call handed to the client inside data. */
const NEXT_CALL =
  R`"(?:next_action|next_step|required_action|action|followup|follow_up|on_receipt|auto_action)"\s{0,3}:\s{0,3}\{\s{0,3}"type"\s{0,3}:\s{0,3}"(?:tool_call|function_call|tool_use|call_tool)"`;
/** "… is executed by the client on receipt": the reader said to run what the data carries. */
const ON_RECEIPT =
  R`\b(?:is|are|gets?)\s{1,3}(?:automatically\s{1,3})?(?:executed|run|performed|invoked|applied|carried\s{1,3}out)\s{1,3}by\s{1,3}the\s{1,3}(?:client|agent|assistant|caller|consumer|model|integration)\s{1,3}(?:up)?on\s{1,3}(?:receipt|reading|read|retrieval|fetch)\b`;

/** "operator session confirms by running it": the reader made the one who runs a command. */
const CONFIRMS_BY_RUNNING =
  R`\b(?:session|agent|assistant|client|reader|model|bot|copilot)\s{1,3}(?:confirms|acknowledges|approves|completes|resolves|applies|accepts)\s{1,3}(?:this\s{1,3}|it\s{1,3})?by\s{1,3}(?:running|executing|invoking)\s{1,3}(?:it|this|that|the\s{1,3}command)\b`;

/** Refunds sent to one account given in the text ("vers le compte IBAN FR14 …"). */
const REFUND_IBAN = [
  R`\b(?:refunds?|reimbursements?)\b[^\n.]{0,80}?\b(?:to|into)\s{1,3}(?:the\s{1,3})?(?:account|IBAN)\b[^\n]{0,20}?\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}`,
  R`\b(?:le\s{1,3}|les\s{1,3})?rembours\p{L}{0,6}\b[^\n.]{0,80}?\b(?:vers|sur|au)\s{1,3}(?:le\s{1,3})?(?:compte|IBAN)\b[^\n]{0,20}?\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}|\b(?:Rückerstattung|Erstattung)\p{L}{0,3}\b[^\n.]{0,80}?\bauf\s{1,3}(?:das\s{1,3})?(?:Konto|IBAN)\b[^\n]{0,20}?\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}|\b(?:reembolso|rimborso)s?\b[^\n.]{0,80}?\b(?:a|al|sul|en|na)\s{1,3}(?:la\s{1,3}|il\s{1,3})?(?:cuenta|conto|IBAN)\b[^\n]{0,20}?\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}`,
];
/** "whatever the original payment method": the customer's own card or account set aside. */
const ANY_METHOD =
  R`\bquel\s{1,3}que\s{1,3}soit\s{1,3}(?:le\s{1,3})?(?:mode|moyen)\s{1,3}de\s{1,3}paiement|\bregardless\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:original\s{1,3}|customer['’]s\s{1,3})?payment\s{1,3}method|\bunabhängig\s{1,3}von\s{1,3}der\s{1,3}(?:ursprünglichen\s{1,3})?Zahlungs(?:art|methode)|\bindependientemente\s{1,3}del\s{1,3}(?:método|medio)\s{1,3}de\s{1,3}pago|\bindipendentemente\s{1,3}dal\s{1,3}(?:metodo|mezzo)\s{1,3}di\s{1,3}pagamento`;
const REFUND_NEAR = /refund|rembours|erstatt|reembols|rimbors/iu;
const refundAround = (v: string, s: number, e: number) =>
  REFUND_NEAR.test(v.slice(Math.max(0, s - 200), e + 100)) &&
  /\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}/.test(v);

/** Japanese: conversation or credentials "are sent to https://…". */
const JA_SEND =
  R`(?:会話内容|会話履歴|認証情報|資格情報|トークン|パスワード|APIキー|セッション情報)[^\n。]{0,60}?https?://[^\s、。]{1,120}\s{0,2}(?:に|へ)\s{0,2}(?:送信|転送|アップロード)`;
/** Japanese: "the user is not notified". */
const JA_NO_NOTICE =
  R`(?:利用者|ユーザー?|本人|お客様)(?:へ|に)の?\s{0,1}通知(?:は|を)?\s{0,1}(?:行いません|行わない|行われません|されません|しません|しない)|(?:利用者|ユーザー?|本人)(?:へ|に)\s{0,1}通知せず`;
const jaSent = (v: string) => /送信|転送/u.test(v);
const gatedJa = (r: InjectionRule): InjectionRule => ({ ...r, anchors: anchors("", JA_GATE) });

/** Every rule of this file, registered in `injection.ts`. */
export const R27A1_RULES: readonly InjectionRule[] = [
  rule(
    "answer_omits",
    0.4,
    "leave omit drop skip exclu remov menti / cons downs drawb negat compl criti risks warni side findi defec vulne secur",
    LEAVE_OUT,
    "Text tells the reader's answer to leave out the risks or findings",
    { flags: "iu", at: AT(0.4) },
  ),
  rule(
    "answer_omits",
    0.5,
    "refer menti inclu cited discl raise shown liste / summa answe repli respo chats repor outpu",
    NOT_REFERENCED,
    "Text tells the summaries to leave out the findings",
    { flags: "iu", at: AT(0.5) },
  ),
  rule(
    "generated_answer_rule",
    0.5,
    "gener produ writt deriv draft creat / docum page file sheet recor note polic artic email messa",
    GENERATED_FROM,
    "Text dictates how answers generated from it describe things",
    {
      flags: "iu",
      at: AT(0.5),
      accept: describedAfter,
    },
  ),
  rule(
    "reading_ai_note",
    0.6,
    "model llm ai agent assis bot copil / proce readi parsi handl summa inges impor",
    READING_AI,
    "A note in data addressed to the AI that reads it",
    { flags: "iu", at: AT(0.6) },
  ),
  rule(
    "dns_change",
    0.5,
    "mx ns cname aaaa spf txt / recor",
    DNS_CHANGE,
    "Text has a DNS record pointed at a host",
    { flags: "iu", at: AT(0.5) },
  ),
  rule(
    "reading_ai_note",
    0.5,
    "нейро ии модел ассис бот агент помощ / котор что",
    RU_READER,
    "A note in data addressed to the AI that reads it",
    { flags: "iu", at: AT(0.5) },
  ),
  rule(
    "reading_ai_note",
    0.5,
    "assis agent intel ia ai bot / legge elabo anali riass",
    IT_READER,
    "A note in data addressed to the AI that reads it",
    { flags: "iu", at: AT(0.5) },
  ),
  rule(
    "code_harvest",
    0.5,
    "codic / cerca trova recup racco copia",
    IT_CODES,
    "Text has verification codes found and passed on",
    { flags: "iu", at: AT(0.5) },
  ),
  rule(
    "embedded_tool_call",
    0.5,
    "=tool_call =function_call =tool_use =call_tool",
    NEXT_CALL,
    "Data carries a tool call for the client to make",
    { flags: "iu", at: AT(0.5) },
  ),
  rule(
    "runs_on_receipt",
    0.5,
    "execu run perfo invok appli carri / recei readi read retri fetch",
    ON_RECEIPT,
    "Text says the reader executes what the data carries",
    { flags: "iu", at: AT(0.5) },
  ),
  rule(
    "reader_runs_command",
    0.5,
    "sessi agent assis clien reade model bot copil / runni execu invok",
    CONFIRMS_BY_RUNNING,
    "Text makes the reader the one who runs the command",
    { flags: "iu", at: AT(0.5) },
  ),
  ...REFUND_IBAN.map((src) =>
    rule(
      "refund_fixed_account",
      0.5,
      "refun reimb rembo rücke ersta reemb rimbo",
      src,
      "Text routes refunds to one fixed account",
      { flags: "iu", at: AT(0.5) },
    )
  ),
  rule(
    "refund_any_method",
    0.5,
    "quel regar unabh indep indip / payme zahlu paiem pago pagam",
    ANY_METHOD,
    "Text sends refunds past the customer's own payment method",
    {
      flags: "iu",
      at: AT(0.5),
      accept: refundAround,
    },
  ),
  gatedJa(rule("ja_credentials_sent", 0.6, "", JA_SEND, "Text has credentials sent to an address", {
    flags: "iu",
    at: AT(0.6),
  })),
  gatedJa(rule("ja_no_notice", 0.4, "", JA_NO_NOTICE, "Text keeps the user from being told", {
    flags: "iu",
    at: AT(0.4),
    accept: (v, s, e) => jaSent(v.slice(Math.max(0, s - 200), e)),
  })),
];
