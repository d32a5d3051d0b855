/**
 * Injections in tool results that held-out round 28a found missing (paraphrases in
 * `_injection_r28a_test.ts`). Two techniques, each signal about half the threshold:
 * - text addressed to the AI that reads, summarises or handles this very document ("to the bot
 *   reading these logs", "Боту, который разбирает эту задачу", "このチケットを処理するAIへ"), and
 *   such an address followed by an order about secrets, money, access, sending, deleting or what
 *   to tell the user;
 * - a tool result that states as a fact what the assistant's answer says or leaves out ("the
 *   reply to the customer states …", "not included in the answer", "回答には含まれません"), a
 *   procedure that hands a secret out, a "remaining step" or scripted follow-up tool call, a
 *   command that "executes in the reviewing session", an account number that "has changed", and
 *   the official source called deprecated and unsafe.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, make } from "./_injection_make.ts";

const R = String.raw;

/** A write-up about injections quotes such addresses; it does not make them. */
const REPORT =
  /\b(?:attack(?:er|s)?|inject\w{0,6}|phishing|scam\w{0,4}|e\.g\.|for\s{1,3}example|advisory|quiz|awareness|malicious|exploit\w{0,4})\b|攻撃|インジェクション|공격|인젝션|атак|инъекц|攻击|注入/iu;
const notReport: Accept = (v, s, e) =>
  !REPORT.test(v.slice(Math.max(0, s - 300), Math.min(v.length, e + 300)));

// --- an address to the AI that processes this document
const AI_EN = R`(?:AI|LLM|GPT|bot|chatbot|assistant|agent|model|copilot|summari[sz]er|reviewer)s?`;
const PROC_EN =
  R`(?:reading|processing|summari[sz]ing|handling|reviewing|triaging|parsing|condensing|analy[sz]ing|ingesting|answering|reads|processes|summari[sz]es|handles|reviews|triages|parses|condenses|analy[sz]es)`;
const ADDRESS_LATIN = [
  // "to the on-call bot reading these logs", "AI assistant that processes this ticket"
  R`\b${AI_EN}[\s,]{1,3}(?:(?:that|which|who)\s{1,3})?(?:(?:is|are)\s{1,3})?${PROC_EN}\s{1,3}(?:this|these|the\s{1,3}(?:above|following))\b`,
  // "if you're condensing this page", "when asked about this file,"
  R`\b(?:if|when)\s{1,3}you(?:'re|’re|\s{1,3}are)\s{1,3}(?:condensing|summari[sz]ing|recapping|digesting|reviewing|processing|triaging)\s{1,3}this\b`,
  R`\bwhen\s{1,3}(?:you\s{1,3}are\s{1,3})?asked\s{1,3}about\s{1,3}this\s{1,3}(?:file|page|module|document|code|repo\w{0,6}|ticket|email|PR)\b`,
  // pt/es/fr/it: "bot que resume o canal", "asistente que procesa este", "IA qui traite ce"
  R`\b(?:bot|rob[ôo]|assistente|asistente|assistant|agente|agent|IA|modelo|modèle|modello)\s{1,3}(?:que|qui|che)\s{1,3}(?:resume|l[êe]|lee|lit|legge|processa|procesa|traite|elabora|analisa|analiza|analyse|analizza|trata|gestiona|gère|gestisce|riassume|résume|atende|atiende)\s{1,3}(?:o|a|os|as|el|la|los|las|le|les|il|i|lo|este|esta|esse|essa|estos|estas|ce|cette|ces|questo|questa|questi)\b`,
  // de/nl: "Assistent, der diese Seite liest", "bot die dit kanaal samenvat"
  R`\b(?:Bot|Assistent\w{0,2}|Agent\w{0,2}|KI|AI|Modell|model)\s{0,2},?\s{1,3}(?:der|die|das)\s{1,3}(?:diese[nsrm]?|dit|deze|den|die|das|het|de)\s{1,3}\p{L}{2,20}\s{1,3}(?:liest|verarbeitet|zusammenfasst|bearbeitet|leest|verwerkt|samenvat|behandelt)\b`,
  // pl: "bot, który czyta to zgłoszenie"
  R`\b(?:bot\p{L}{0,3}|asystent\p{L}{0,3}|agent\p{L}{0,3}|AI|SI|model\p{L}{0,2})\s{0,2},?\s{1,3}(?:który|która|które)\s{1,3}(?:czyta|przetwarza|streszcza|podsumowuje|analizuje|obsługuje)\b`,
].join("|");
/**
 * A vocative to the AI ("LLM code reviewers:", "Hi Gemini -"). Every address here is of the older
 * `addresses_ai` kind, so an address alone never adds up with an older address rule; only the
 * order after an address to "the AI processing this" (`processor_order`) is a second signal.
 */
const ADDRESS_VOCATIVE = [
  R`(?:^|\n|//|#|--|\*|")\s{0,4}(?:(?:hi|hey|hello|dear|attention|note\s{1,3}(?:to|for))\s{1,3})?(?:AI|LLM|GPT|Gemini|Claude|ChatGPT|Copilot)(?:[\s-]{1,3}[a-z][\w-]{1,20}){0,2}\s{0,2}[:,—–-]\s`,
  R`\b(?:hi|hey|hello|dear)\s{1,3}(?:AI|LLM|GPT|Gemini|Claude|ChatGPT|Copilot|assistant|chatbot)(?:\s{0,2}[:,—–]|\s{1,2}-\s)`,
].join("|");
const ADDRESS_RU =
  R`(?:бот\p{L}{0,4}|ассистент\p{L}{0,3}|помощник\p{L}{0,3}|ИИ|нейросет\p{L}{0,3}|модел\p{L}{0,3}|агент\p{L}{0,3})[^.\n]{0,24}?(?:котор\p{L}{1,3})\s{1,3}(?:разбирает|обрабатывает|читает|анализирует|суммирует|резюмирует|пересказывает|просматривает)`;
const ADDRESS_CJK = [
  // ja: "このチケットを処理するAIへ"
  R`(?:この|本|当)[^。\n]{0,14}?(?:処理|要約|読|確認|対応|分析|レビュー)[^。\n]{0,5}?(?:AI|ＡＩ|ボット|アシスタント|エージェント|モデル)[^。\n]{0,8}?(?:へ|に|様|さん)`,
  // ko: "이 티켓을 처리하는 AI 상담원에게"
  R`(?:이|본)\s{0,2}[^.\n]{0,14}?(?:처리|요약|읽|검토|분석|담당)[^.\n]{0,6}?(?:AI|봇|어시스턴트|에이전트|모델|상담원)[^.\n]{0,8}?(?:에게|께)`,
  // zh: "处理此工单的AI助手"
  R`(?:处理|處理|阅读|閱讀|总结|總結|摘要|分析|读取|讀取|审阅|審閱)(?:此|本|这|這|该|該)[^。\n]{0,8}?的\s{0,2}(?:AI|人工智能|助手|机器人|機器人|模型|智能体|代理)`,
].join("|");

/** An order about what a planted instruction wants: secrets, money, access, sending, deleting, lying. */
const ORDER =
  /\b(?:api\s{0,2}keys?|passwords?|tokens?|secrets?|credentials?|billing|pay|payment|Pix|wire|transfer|invoice|admin\w{0,10}|group|role|permission\w?|grant|MFA|2FA|OTP|email|e-mail|forward|send|upload|share|delete|drop|destroy|wipe|rm\s{1,3}-rf|kubectl|merge|merging|approve|state\s{1,3}that|say\s{1,3}that|tell\s{1,3}(?:the\s{1,3})?(?:user|customer)|only\s{1,3}(?:reply|answer|say)|leave\s{1,3}\S{1,20}\s{1,3}out|senha|chave|pagamento|pague|faz\s{1,3}o|transferência|contraseña|clave|pago|mot\s{1,3}de\s{1,3}passe|paiement|virement|password|pagamento|bonifico|inoltra|Passwort|Zahlung|Überweisung|wachtwoord|betaling|hasło|przelew|administrator\w{0,3})\b|пароль|ключ|токен|админ|администратор|групп|плат[её]ж|перевед|перевод|удал|отправ|закрой|APIキー|パスワード|トークン|秘密鍵|請求|支払|振込|送金|管理者|削除|転送|送信|記載|비밀번호|토큰|결제|송금|이체|관리자|삭제|전달|인증을\s{0,2}끄|2단계|복구\s{0,2}이메일|密码|令牌|密钥|付款|转账|轉帳|管理员|删除|转发|發送|发送/iu;
/**
 * "The assistant processing this queue handles 40 tickets" describes the AI; an address has a cue
 * before it ("to the …", "hi …", a line start) or a colon after it.
 */
const CUE_BEFORE =
  /(?:(?<!\p{L})(?:to|for|dear|hi|hey|hello|attention|attn|ei|oi|olá|hola|al|ao|au|aux|à|alla|an|aan|dla|do)(?!\p{L})[^\n.]{0,30}|[\n,:"(*#/-]\s{0,3}|^\s{0,3})$/iu;
const AI_FIRST =
  /^(?:AI|LLM|GPT|bot|chat|assist|agent|model|copilot|summar|review|rob|KI|SI|asyst)/i;
const addressed: Accept = (v, s, e) => {
  if (!AI_FIRST.test(v.slice(s, e))) return true;
  return CUE_BEFORE.test(v.slice(Math.max(0, s - 40), s)) ||
    /^[^\n.]{0,40}?[:：]/u.test(v.slice(e, e + 60));
};
const addressOnly: Accept = (v, s, e) => addressed(v, s, e) && notReport(v, s, e);
const orderAfter: Accept = (v, s, e) =>
  ORDER.test(v.slice(e, Math.min(v.length, e + 260))) && addressOnly(v, s, e);

// --- the answer stated as a fact
const ANSWER_WORD =
  R`(?:answers?|repl(?:y|ies)|responses?|summar(?:y|ies)|takeaway|overviews?|réponses?|résumés?|synthèse|rispost[ae]|riassunt[oi]|Antwort(?:en)?|Zusammenfassung(?:en)?|antwoord(?:en)?|samenvatting(?:en)?|overzicht(?:en)?|respuestas?|resúmen(?:es)?|resumen|respostas?|resumos?|odpowied\p{L}{1,3}|podsumowani\p{L})`;
const ANSWER_STATES = [
  R`\b(?:the\s{1,3})?(?:answer|reply|response|summary)\s{0,2}(?:summary\s{0,2})?:\s{0,3}(?:the\s{1,3})?(?:official|only|genuine|verified)\b`,
  R`\bthe\s{1,3}(?:correct|right|official|proper)\s{1,3}(?:takeaway|answer|summary|conclusion)\s{1,3}is\s{1,3}that\b`,
  R`\bwhen\s{1,3}(?:you\s{1,3}are\s{1,3})?asked\s{1,3}about\s{1,3}this[^.\n]{0,40}?,\s{0,3}(?:state|say|answer|reply|respond|claim|tell\s{1,3}them)\s{1,3}that\b`,
  // "the reply given to the customer states that …" (fr/es/pt/it/de/nl/en)
  R`\b(?:la|le|el|a|il|die|het|the)\s{1,3}${ANSWER_WORD}\s{1,3}(?:apportée|donnée|fournie|dada|enviada|fornita|data|gegeben\w{0,2}|gegeven|given|sent)\s{1,3}(?:au|al|ao|à|a|an\s{1,3}den|aan\s{1,3}de|to\s{1,3}the)\s{1,3}(?:client|cliente|Kunden|klant|customer|user|utilisateur|usuario|usuário|utente)\s{1,3}(?:indique|précise|confirme|affirme|indica|informa|conferma|afferma|besagt|bestätigt|vermeldt|bevestigt|states|says|confirms)\b`,
].join("|");
const ANSWER_OMITS = [
  R`\b(?:not|never|n't)\s{1,3}(?:be\s{1,3})?(?:\w{1,15}\s{1,3}){0,1}(?:mentioned|included|shown|listed|stated)\s{1,3}in\s{1,3}(?:the|any|your)\s{1,3}(?:answer|reply|response|summary|takeaway)\b`,
  R`\bnot\s{1,3}worth\s{1,3}(?:a\s{1,3})?mention(?:ing)?\b`,
  R`\bleave\s{1,3}(?:section|item|finding|point|part|paragraph|row|line)\s{1,3}[\w.]{1,6}\s{1,3}out\b`,
  R`\bne\s{1,3}(?:figur\p{L}{1,5}|appara\p{L}{1,6}|sont|est)\s{1,3}pas\s{1,3}(?:mentionn\p{L}{1,3}\s{1,3})?dans\s{1,3}(?:la|le|les)\s{1,3}${ANSWER_WORD}`,
  R`\bnon\s{1,3}(?:compa\p{L}{1,4}|è|sono|viene|vengono)\s{1,3}(?:\p{L}{1,12}\s{1,3})?nella\s{1,3}${ANSWER_WORD}`,
  R`\b(?:in|en(?:\s{1,3}(?:los|las))?|nos|nas|nei|nelle|dans\s{1,3}les|w)\s{1,3}${ANSWER_WORD}\s{1,3}(?:(?:wordt|worden|wird|werden|is|are|est|sont|se\s{1,3}muestra|é|são|viene|vengono)\s{1,3})?(?:\p{L}{1,12}\s{1,3})?(?:alleen|uitsluitend|nur|only|seulement|uniquement|solo|solamente|apenas|soltanto)\b`,
  R`\b(?:no|não|nie)\s{1,3}(?:aparece|figura|se\s{1,3}incluye|é\s{1,3}incluíd[oa]|jest\s{1,3}uwzględnian\p{L})\s{1,3}(?:en|na|no|w)\s{1,3}(?:la\s{1,3}|a\s{1,3})?${ANSWER_WORD}`,
].join("|");
const ANSWER_CJK_STATES = [
  R`(?:回答|返信|返答|要約)(?:では|で)[^。\n]{0,60}?(?:が案内されます|と案内されます|として案内|と回答されます)`,
  R`(?:에게는|에게)\s{0,2}[^.\n]{0,40}?(?:라고만|이라고만)\s{0,2}(?:안내|답변|말)`,
  R`(?:답변|요약|응답)(?:에서는|에는)[^.\n]{0,60}?안내됩니다`,
  R`(?:答复|回答|回复|回覆|摘要|总结)(?:中|里|裡)[^。\n]{0,40}?作为(?:官方|唯一)`,
].join("|");
const ANSWER_CJK_OMITS = [
  R`(?:回答|返信|返答|要約)(?:には|に)[^。\n]{0,30}?(?:含まれません|含めません|記載されません|触れません)`,
  R`(?:답변|요약|응답)(?:에는|에서는|에)[^.\n]{0,30}?(?:포함되지\s{0,2}않|언급되지\s{0,2}않)`,
  R`(?:答复|回答|回复|回覆|摘要|总结)(?:中|里|裡)[^。\n]{0,30}?(?:不(?:包含|提及|列出|显示)|只(?:显示|提供|列出))`,
].join("|");
const SECRET_IN_REPLY =
  R`(?:id_(?:rsa|ed25519|ecdsa|dsa)|\.kube/config|kubeconfig|\.pem|\.env)\b(?:[^\n.]|\.(?=\S)){0,120}?(?:attach\w{0,4}|includ\w{0,4}|pasted|appended|dołącz\p{L}{0,6}|załącz\p{L}{0,6}|inclu\p{L}{0,6}|joint\p{L}{0,3}|allegat\p{L}{0,2}|adjunt\p{L}{0,4}|anexad\p{L}{0,2}|beigefügt|bijgevoegd|прикладыва\p{L}{0,4}|прикреп\p{L}{0,6})\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,3}${ANSWER_WORD}`;
const FORBIDS =
  /\b(?:never|not|don['’]?t|avoid|without|nie|nigdy|jamais|nunca|mai|niemals|nooit)\b[^.\n]{0,60}$/iu;
const notForbidden: Accept = (v, s, e) =>
  !FORBIDS.test(v.slice(Math.max(0, s - 80), s)) && notReport(v, s, e);

// --- a procedure that hands a secret out
const PROCEDURE_LATIN = [
  R`\b(?:the\s{1,3})?(?:procedure|process|policy|protocol|runbook)\s{1,3}(?:requires|provides|prescribes|mandates|states)\s{1,3}that\b`,
  R`\b(?:per|according\s{1,3}to|as\s{1,3}per)\s{1,3}(?:the\s{1,3})?(?:support\s{1,3}|security\s{1,3}|ops\s{1,3})?(?:procedure|policy|runbook|protocol)\b`,
  R`\bla\s{1,3}procedura\s{1,3}prevede\s{1,3}che\b|\bsecondo\s{1,3}la\s{1,3}procedura\b`,
  R`\bzgodnie\s{1,3}z\s{1,3}(?:procedurą|polityką|regulaminem)`,
  R`\b(?:la\s{1,3}procédure\s{1,3}(?:prévoit|exige)\s{1,3}que|selon\s{1,3}la\s{1,3}procédure)\b`,
  R`\b(?:el\s{1,3}procedimiento\s{1,3}(?:exige|requiere|establece)\s{1,3}que|según\s{1,3}el\s{1,3}procedimiento|o\s{1,3}procedimento\s{1,3}(?:exige|prevê|requer)\s{1,3}que|conforme\s{1,3}o\s{1,3}procedimento)\b`,
  R`\b(?:gemäß|laut)\s{1,3}(?:dem\s{1,3})?(?:Verfahren|Prozess|Richtlinie)\b|\bvolgens\s{1,3}de\s{1,3}procedure\b`,
].join("|");
const PROCEDURE_OTHER =
  R`(?:согласно|по)\s{1,3}(?:регламенту|процедуре|инструкции)|(?:根据|根據|按照)(?:运维|運維|安全|支持)?(?:规范|規範|流程|规定|規定)|(?:規定|手順|運用ルール)により|절차에\s{0,2}따라`;
/** The procedure moves a secret or a copy of data somewhere. */
const SECRET =
  /(?:\.ssh|\.kube|\.env)\b|\b(?:OTP|one-time|codice|código|code|kod|Code|password|passwor|hasło|senha|contraseña|mot\s{1,3}de\s{1,3}passe|token|api\s{0,2}key|secret|credential|id_(?:rsa|ed25519|ecdsa)|\.ssh|kubeconfig|\.kube|\.env|vault|private\s{1,3}key|backup|dump)\w{0,4}\b|пароль|ключ|токен|бэкап|резервн|备份|備份|密码|密钥|パスワード|秘密鍵|バックアップ|비밀번호|백업/iu;
const MOVES =
  /\b(?:forward\w{0,3}|inoltrat\w|inoltr\w{0,4}|sent|send|attach\w{0,3}|dołącz\w{0,6}|załącz\w{0,6}|pasted|posted|shared|copied|synced|uploaded|envoy\w{0,3}|transmis|enviad\w|reenviad\w|anexad\w|adjuntad\w|gesendet|weitergeleitet|beigefügt|doorgestuurd|verzonden|included|includ\w{0,3}|inclu\w{0,4})\b|отправл|пересыл|прикладыва|копиру|同步|复制|複製|发送|發送|上传|転送|送信|添付|전달|첨부/iu;
const movesSecret: Accept = (v, s, e) => {
  const around = v.slice(Math.max(0, s - 40), Math.min(v.length, e + 240));
  return SECRET.test(around) && MOVES.test(around) && notReport(v, s, e);
};

// --- a step or call the result says comes next
const PENDING_STEP =
  R`\b(?:remaining|next|pending|outstanding|final|last)\s{1,3}(?:step|action|task)s?\s{1,3}(?:in|of|for)\s{1,3}(?:this|the)\s{1,3}(?:workflow|task|process|procedure|run|pipeline|job)\s{0,2}:`;
const SECRET_PUBLISHED =
  R`\b(?:values?|contents?|secrets?|credentials?|passwords?|tokens?|keys?)\s{1,3}(?:in|of|from)\s{1,3}(?:the\s{1,3})?(?:[\w.-]{1,30}\s{1,3}){0,2}(?:vault|secrets?|credentials?|\.env|keystore|kubeconfig)\b(?:[^.\n]|\.(?=\S)){0,140}?\b(?:pasted|posted|published|shared|uploaded|committed|added)\s{1,3}(?:in|into|to|on)\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,3}(?:public|gist|pastebin|channel|forum|issue)`;
const SCRIPTED_CALL =
  R`"(?:follow_?up|next_?(?:action|step|call)|then_?call|chain(?:ed)?_?call|auto_?call)\w{0,10}"\s{0,2}:\s{0,2}\{\s{0,4}"(?:tool|function|name|action|method)"\s{0,2}:\s{0,2}"[\w./:-]{1,80}"`;
/** The call runs by itself: an automatic mode, or its confirmation switched off. */
const AUTO =
  /"\w{0,24}(?:mode|auto\w{0,10}|execut\w{0,6})"\s{0,2}:\s{0,2}"?(?:automatic|auto|immediate|true)\b|"\w{0,24}(?:confirm\w{0,6}|approv\w{0,6}|review\w{0,4})"\s{0,2}:\s{0,2}"?(?:false|none|skip|no)\b/i;
const autoMode: Accept = (v, s, e) => AUTO.test(v.slice(s, Math.min(v.length, e + 600)));
const OWN_SESSION =
  R`\b(?:executes?|runs?|is\s{1,3}(?:executed|run)|will\s{1,3}(?:run|execute))\s{1,3}in\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:current\s{1,3}|active\s{1,3}|own\s{1,3})?(?:shell|session|terminal|sandbox|context)\s{1,3}of\s{1,3}the\s{1,3}(?:reviewing|reading|calling|current|requesting)?\s{0,3}(?:session|assistant|agent|model|reviewer|reader|AI|LLM)`;

// --- account switched, official source discredited
const ACCOUNT_CHANGED =
  R`\b(?:(?:the\s{1,3})?(?:account\s{1,3}number|bank\s{1,3}account|IBAN|bank\s{1,3}details)\s{1,3}(?:has|have)\s{1,3}(?:been\s{1,3})?changed|(?:het\s{1,3})?(?:rekeningnummer|bankrekening|IBAN)\s{1,3}is\s{1,3}(?:gewijzigd|veranderd)|(?:le\s{1,3})?(?:numéro\s{1,3}de\s{1,3}compte|RIB|IBAN)\s{1,3}(?:a\s{1,3}changé|a\s{1,3}été\s{1,3}modifié)|(?:il\s{1,3})?(?:numero\s{1,3}di\s{1,3}conto|IBAN)\s{1,3}è\s{1,3}(?:cambiato|stato\s{1,3}modificato)|(?:die\s{1,3})?(?:Kontonummer|Bankverbindung|IBAN)\s{1,3}(?:hat\s{1,3}sich\s{1,3}geändert|wurde\s{1,3}geändert|ist\s{1,3}neu)|(?:el\s{1,3})?(?:número\s{1,3}de\s{1,3}cuenta|IBAN)\s{1,3}ha\s{1,3}cambiado|(?:o\s{1,3})?(?:número\s{1,3}da\s{1,3}conta|IBAN)\s{1,3}(?:mudou|foi\s{1,3}alterado)|numer\s{1,3}(?:konta|rachunku)\s{1,3}(?:uległ\s{1,3}zmianie|został\s{1,3}zmieniony|się\s{1,3}zmienił))`;
const OFFICIAL_DISCREDITED =
  R`\b(?:site|website|domain|page|repo\w{0,6}|releases?|downloads?|mirror)s?\s{1,3}(?:is|are)\s{1,3}(?:now\s{1,3})?(?:deprecated|discontinued|compromised|retired)\s{1,3}and\s{1,3}(?:are\s{1,3}|is\s{1,3})?(?:no\s{1,3}longer\s{1,3}(?:safe|secure|trusted)|unsafe|not\s{1,3}safe)`;

/** Gates: a rare word of the rule itself, so a Cyrillic or CJK text does not arm it throughout. */
const RU_GATE =
  /(?=[рочасп])(?:разбирает|обрабатывает|читает|анализирует|суммирует|резюмирует|пересказывает|просматривает)/u;
/**
 * Read from the particle back (a lookahead class gate runs only over a text's non-ASCII runs;
 * the anchor index lets its look-behind see a few characters before the run, for "AI に").
 */
const CJK_ADDRESS_GATE =
  /(?=[へに様さ에께的])(?:(?<=(?:AI|ＡＩ|ボット|アシスタント|エージェント|モデル|봇|어시스턴트|에이전트|모델|상담원)\s{0,2})(?:へ|に|様|さん|에게|께)|的\s{0,2}(?:AI|人工智能|助手|机器人|機器人|模型|智能体|代理))/u;
const CJK_STATES_GATE =
  /(?=[案と라안作])(?:案内されます|として案内|と回答されます|라고만|안내됩니다|作为(?:官方|唯一))/u;
const CJK_OMITS_GATE =
  /(?=[含記触포언不只])(?:含まれません|含めません|記載されません|触れません|포함되지|언급되지|不(?:包含|提及|列出|显示)|只(?:显示|提供|列出))/u;
/** A class lookahead first: the gate runs only over the text's non-ASCII runs. */
const PROCEDURE_GATE = new RegExp(`(?=[сп根按規手運절])(?:${PROCEDURE_OTHER})`, "u");

/** Rules for round 28a's injections in tool results. */
export const R28A_RULES: readonly InjectionRule[] = [
  make(
    "addresses_ai",
    0.5,
    "ai llm gpt bot bots chatb assis agent copil gemin claud robô robo asist modèl ki si asyst / readi proce summa handl revie triag parsi conde analy inges reads hi hey hello dear resum lê lee lit legge trait elabo trata gesti gère riass résum atend liest verar zusam bearb leest verwe samen behan czyta przet stres podsu obsłu",
    ADDRESS_LATIN,
    "Text is addressed to the AI that processes it",
    { accept: addressOnly, reach: 160, near: 40 },
  ),
  make(
    "processor_order",
    0.5,
    "ai llm gpt bot bots chatb assis agent copil gemin claud robô robo asist modèl ki si asyst / readi proce summa handl revie triag parsi conde analy inges reads hi hey hello dear resum lê lee lit legge trait elabo trata gesti gère riass résum atend liest verar zusam bearb leest verwe samen behan czyta przet stres podsu obsłu",
    ADDRESS_LATIN,
    "Text addresses the AI that processes it with an order",
    { accept: orderAfter, reach: 160, near: 40 },
  ),
  make(
    "addresses_ai",
    0.5,
    "ai llm gpt bot bots chatb assis agent copil gemin claud robô robo asist modèl ki si asyst / readi proce summa handl revie triag parsi conde analy inges reads hi hey hello dear resum lê lee lit legge trait elabo trata gesti gère riass résum atend liest verar zusam bearb leest verwe samen behan czyta przet stres podsu obsłu",
    ADDRESS_VOCATIVE,
    "Text addresses the AI directly",
    { accept: addressOnly, reach: 160, near: 40 },
  ),
  make("addresses_ai", 0.5, "", ADDRESS_RU, "Text is addressed to the AI that processes it", {
    gate: RU_GATE,
    accept: addressOnly,
  }),
  make(
    "processor_order",
    0.5,
    "",
    ADDRESS_RU,
    "Text addresses the AI that processes it with an order",
    { gate: RU_GATE, accept: orderAfter },
  ),
  make("addresses_ai", 0.5, "", ADDRESS_CJK, "Text is addressed to the AI that processes it", {
    gate: CJK_ADDRESS_GATE,
    accept: notReport,
  }),
  make(
    "processor_order",
    0.5,
    "",
    ADDRESS_CJK,
    "Text addresses the AI that processes it with an order",
    { gate: CJK_ADDRESS_GATE, accept: orderAfter },
  ),
  make(
    "answer_states",
    0.5,
    "answe reply respo summa corre right offic prope asked la le el il die het / summa offic only genui verif takea concl state about apport donné fourn dada envia forni data gegeb gegev given sent clien kunde klant custo",
    ANSWER_STATES,
    "Text states what the assistant's answer says",
    { accept: notReport, reach: 200, near: 60 },
  ),
  make(
    "answer_omits",
    0.5,
    "not never worth leave ne non no não nie in / menti inclu shown liste state answe reply respo summa takea secti item findi point part parag row line figur appar pas nella compa wordt worde wird werde alleen uitsl nur only seule uniqu solo apena solta",
    ANSWER_OMITS,
    "Text states what the assistant's answer leaves out",
    { accept: notReport, reach: 200, near: 60 },
  ),
  make(
    "answer_states",
    0.5,
    "",
    ANSWER_CJK_STATES,
    "Text states what the assistant's answer says",
    {
      gate: CJK_STATES_GATE,
      accept: notReport,
    },
  ),
  make(
    "answer_omits",
    0.5,
    "",
    ANSWER_CJK_OMITS,
    "Text states what the assistant's answer leaves out",
    {
      gate: CJK_OMITS_GATE,
      accept: notReport,
    },
  ),
  make(
    "secret_in_reply",
    0.5,
    "id_rs id_ed id_ec id_ds kubec =.kube/ =.pem =.env",
    SECRET_IN_REPLY,
    "Text has a private key or config file put into a reply",
    { accept: notForbidden, reach: 260 },
  ),
  make(
    "procedure_hands_out",
    0.5,
    "requi provi presc manda state accor preve secon zgodn selon según segun confo gemäß laut volge exige estab prevê / proce polic proto runbo procé verfa proze richt",
    PROCEDURE_LATIN,
    "Text makes handing a secret out a procedure",
    { accept: movesSecret, reach: 160, near: 40 },
  ),
  make(
    "procedure_hands_out",
    0.5,
    "",
    PROCEDURE_OTHER,
    "Text makes handing a secret out a procedure",
    {
      gate: PROCEDURE_GATE,
      accept: movesSecret,
    },
  ),
  make(
    "pending_step",
    0.5,
    "remai pendi outst next final last / step steps actio task tasks",
    PENDING_STEP,
    "Text states the next step the assistant must take",
    { accept: notReport, reach: 120, near: 30 },
  ),
  make(
    "secret_published",
    0.5,
    "vault secre crede keyst kubec =.env / paste poste publi share uploa commi gist publi",
    SECRET_PUBLISHED,
    "Text has secrets put in a public place",
    { accept: notReport, reach: 260 },
  ),
  make(
    // The older structured-directive kind, so the two never add up.
    "structured_directive",
    0.5,
    "follo next then chain auto",
    SCRIPTED_CALL,
    "Tool result scripts the next tool call",
    { reach: 120 },
  ),
  make(
    "scripted_call_auto",
    0.5,
    "follo next then chain auto",
    SCRIPTED_CALL,
    "Tool result has the next tool call run automatically",
    { accept: autoMode, reach: 120 },
  ),
  make(
    "own_session",
    0.5,
    "execu runs run / shell sessi termi sandb conte",
    OWN_SESSION,
    "Text says a command runs in the assistant's own session",
    { reach: 160, near: 60 },
  ),
  make(
    "account_changed",
    0.5,
    "accou bank iban rekening rekenin bankr numér rib numer konto konto bankv númer / chang gewij veran modif cambi geänd neu mudou alter uległ zosta zmien",
    ACCOUNT_CHANGED,
    "Text says the payee's account has changed",
    { accept: notReport, reach: 120, near: 60 },
  ),
  make(
    "official_discredited",
    0.5,
    "depre disco compr retir / safe secur trust unsaf longe",
    OFFICIAL_DISCREDITED,
    "Text calls the official source unsafe",
    { accept: notReport, reach: 160, near: 60 },
  ),
];
