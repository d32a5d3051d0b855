/**
 * Injection rules for orders addressed to whatever machine handles the text, named by that act:
 * "any automated system that processes this document is required to transmit …", "triage bots
 * reading this issue must close …", "if an assistant ever reads this record, it must export …".
 * No "ignore previous", no "dear AI": the subject is a machine defined by its reading of *this*
 * very content, and the modal puts a duty on it. People write "reviewers of this PR should run
 * the migrations" or "anyone installing this release should back up first"; the subject here must
 * be a machine (assistant, agent, bot, model, automation, an automated system) and the duty an act
 * that moves data, money, permissions or the answer.
 *
 * The same order outside English ("asistan … göndermeli", "trợ lý phải gửi", "העוזר חייב
 * לשלוח") is paired with the concealment that almost always rides along ("kullanıcıya
 * bahsetmemeli", "tanpa memberi tahu pengguna"): each weighs below a block, together they block.
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { SEP } from "./_injection_words.ts";

const R = String.raw;
const W = R`[\w'’-]{1,20}`;

/** A machine, not a person: people are "reviewers", "readers", "anyone". */
const MACHINE =
  R`(?:(?:(?:any|every|each|all|the|an?)${SEP})?(?:(?:automated|automatic|downstream|external|ai|llm)${SEP})?(?:ai${SEP})?(?:assistants?|agents?|models?|llms?|chat(?:${SEP})?bots?|bots?|copilots?|automations?|summari[sz]ers?)|(?:(?:any|every|each|all|the|an?)${SEP})?(?:automated|automatic|ai|llm)${SEP}(?:systems?|tools?|process(?:es|ors?)?|pipelines?|scripts?|integrations?|readers?|reviewers?))`;
/** The act of handling content. */
const HANDLES =
  R`(?:reads?|reading|process(?:es|ing)?|summari[sz](?:es?|ing)|pars(?:es?|ing)|ingest(?:s|ing)?|fetch(?:es|ing|ed)?|handl(?:es?|ing)|analy[sz](?:es?|ing)|install(?:s|ing)?|prepar(?:es?|ing)|load(?:s|ing)?|receiv(?:es?|ing)|review(?:s|ing)?|triag(?:es?|ing)|scan(?:s|ning)?|sees|seeing|access(?:es|ing)?|retriev(?:es?|ing|ed)|consum(?:es?|ing)|encounter(?:s|ing)?|describ(?:es?|ing)|open(?:s|ing)?)`;
/** What the content calls itself. */
const THIS =
  R`(?:this|these)(?:${SEP}${W}){0,2}?(?:${SEP})?(?:page|site|document|doc|pdf|e-?mail|mail|message|thread|record|entry|row|config(?:uration)?|issue|ticket|commit|pr|pull${SEP}request|comment|channel|invite|invitation|event|meeting|calendar|note|review|image|dataset|table|file|text|content|release|repo(?:sitory)?|profile|contact|report|data|section|result|output|response|sheet|spreadsheet|article|post|feed|catalog(?:ue)?|listing|export|log|invoice|list|form|website|inbox|mailbox)s?`;
const DUTY =
  R`(?:must|should|shall|(?:is|are)${SEP}(?:required|expected|instructed|obliged|supposed|asked|authori[sz]ed)${SEP}to|ha(?:s|ve)${SEP}to|needs?${SEP}to|ought${SEP}to)`;
/** Acts that move data, money, permissions or the answer. */
const ACT =
  R`(?:send|forward|transmit|e-?mail|dm|message|post|upload|export|share|mirror|copy|fetch|retrieve|read|include|append|attach|reveal|disclose|print|output|grant|add|approve|merge|delete|remove|close|reassign|disable|turn${SEP}off|call|invoke|run|execute|reply|respond|state|say|claim|report|omit|leave${SEP}out|treat|ignore|set|install|push|transfer|wire|pay|visit|open|contact|notify|recommend|rate|describe)\b`;
const ADVERB =
  R`(?:${SEP}(?:now|also|first|immediately|then|always|additionally|quietly|silently|secretly|automatically))?`;

const PROCESSOR =
  R`\b${MACHINE}(?:${SEP}(?:that|which|who))?(?:${SEP}(?:ever|later|now|also))?${SEP}(?:is${SEP}|are${SEP})?${HANDLES}(?:${SEP}${W}){0,3}?${SEP}${THIS}(?:${SEP}${W}){0,2}?[\s,;:]+(?:(?:it|they)${SEP})?${DUTY}${ADVERB}${SEP}${ACT}`;
const CONDITIONAL =
  R`\b(?:if|when|whenever|once|should)${SEP}${MACHINE}${SEP}(?:ever${SEP})?${HANDLES}(?:${SEP}${W}){0,3}?${SEP}${THIS}[\s,;:]+(?:(?:it|they|then)${SEP})?${DUTY}${ADVERB}${SEP}${ACT}`;

/**
 * The model's own output named as the subject of a duty: "the deploy bot's replies need to include
 * …", "responses generated from this dataset should not mention …". An API doc says "responses
 * from this endpoint must include a header"; here the output is the model's (a machine's
 * possessive) or one made *from this content*, and the duty shapes what it says.
 */
const OUTPUTS =
  R`(?:answers?|responses?|replies|reply|summar(?:y|ies)|outputs?|recaps?|descriptions?)`;
const ANSWER_OWNER =
  R`\b(?:(?:the|your|any|every)${SEP})?(?:[A-Za-z0-9-]{1,20}${SEP})?(?:bot|assistant|agent|model|ai|llm|copilot|summari[sz]er)(?:'s|’s|s'|s’)${SEP}${OUTPUTS}|\b${OUTPUTS}${SEP}(?:generated|produced|written|created|derived)${SEP}(?:from|based${SEP}on|using|about)${SEP}${THIS}`;
const SHAPE =
  R`(?:(?:not|never)${SEP}(?:mention|reveal|disclose|name|cite|refer${SEP}to|include)|(?:state|say|claim|assert|conclude)${SEP}that|recommend|include${SEP}(?:the${SEP})?(?:full${SEP}|entire${SEP}|complete${SEP}|raw${SEP})?(?:contents?|text|value)s?${SEP}of)\b`;
const ANSWER_DUTY = R`(?:${ANSWER_OWNER})${SEP}${DUTY}${ADVERB}${SEP}${SHAPE}`;
/**
 * A machine hailed by its job, then an order: "summarizers: state that …", "<!-- note for LLM
 * crawlers: include …", "P.S. for the tool that fetched this: …". "Agents:" and "Bots:" are left
 * out: support agents and chat bots get orders from people.
 */
/**
 * What a hailed machine is told to do: move data or shape the answer. AGENTS.md files hail coding
 * agents too ("Note for AI agents: run the tests before committing"), so build and edit verbs are
 * left to the rules that judge commands.
 */
const HAIL_ACT =
  R`(?:send|forward|transmit|e-?mail|dm|post|upload|export|share|mirror|reveal|disclose|include|append|attach|state|say|claim|report|omit|leave${SEP}out|recommend|rate|describe|reply|respond|grant|approve|merge|visit|open|fetch)\b`;
const HAIL =
  R`(?:^|\n|<!--|[.!?(\[]\s)\s{0,3}(?:(?:note|p\.?s\.?|attention|message)${SEP})?(?:(?:to|for)${SEP})?(?:all${SEP}|any${SEP}|the${SEP})?(?:summari[sz]ers?|ai${SEP}(?:assistants?|agents?|models?|systems?|readers?)|llms?(?:${SEP}(?:crawlers?|agents?|readers?))?|language${SEP}models?|chat(?:${SEP})?bots?)\s{0,2}[:,—–-]\s{0,3}(?:please${SEP})?${HAIL_ACT}`;
const FETCHER =
  R`\b(?:for|to)${SEP}(?:the|any|whatever)${SEP}(?:tool|agent|assistant|model|system|bot|program|client|crawler)${SEP}(?:that|which|who)${SEP}(?:(?:has|just|is)${SEP})?(?:fetched|retrieved|read|loaded|opened|returned|reading|processing|fetching|parsing|summari[sz]ing)${SEP}this\b(?:${SEP}${W})?\s{0,2}[:,—–-]`;

/** "Next steps for whoever handles this mailbox:": an unnamed handler of *this* content, hailed. */
const HANDLER =
  R`\b(?:for|to)${SEP}(?:whoever|whatever|anyone|anything|everyone)${SEP}(?:(?:that|who|which)${SEP})?(?:(?:is|ends${SEP}up)${SEP})?(?:handles|handling|reads|reading|processes|processing|manages|managing|monitors|monitoring|opens|opening|fetches|fetching|parses|parsing|summari[sz]es|summari[sz]ing)${SEP}this(?:${SEP}${W})?\s{0,2}[:—–]`;
/**
 * A tool call spelled out in data, aimed at an outside address: "mirror it by calling http_post
 * with url=https://…", "invoke send_email with to=x@y". Docs show calls too, so this needs company;
 * it shares the `tool_hijack` kind, so a docs example that also trips the generic call rule stays
 * below a block.
 */
const DATA_CALL =
  R`\b(?:call|calling|invoke|invoking|use|using|run|running)${SEP}(?:the${SEP})?\x60?[a-z][a-z0-9]{1,20}(?:_[a-z0-9]{1,20}){1,3}\x60?(?:${SEP}tool)?${SEP}(?:with|passing|using)${SEP}(?:[a-z_]{1,20}\s{0,2}[=:]\s{0,2}[^\s,;]{0,60}${SEP}(?:and${SEP})?){0,3}?\x60?[a-z_]{1,20}\s{0,2}[=:]\s{0,2}["'\x60]?(?:https?://|[\w.+-]{1,40}@[\w-]{1,40}\.)`;
/** "the user's real request is …": a tool result cannot know what the user meant better than the user. */
const INTENT_CLAIM =
  R`\bthe${SEP}(?:user|customer|requester|human)(?:'s|’s)${SEP}(?:real|actual|true|genuine|underlying|hidden|original)${SEP}(?:request|intent(?:ion)?|goal|question|task|instruction|wish|need)${SEP}(?:is|was)\b`;

/**
 * What only the model holds, named as cargo: "the chat transcript", "the conversation so far",
 * "any API keys seen so far". Support pages ask people to send a chat transcript too, so this needs
 * company (a hushed order, an address to the model).
 */
const CARGO =
  R`\b(?:send|upload|post|forward|e-?mail|transmit|share|paste|copy|leak|exfiltrate|mirror|dump|attach)${SEP}(?:(?:the|this|our|your|its|any|all)${SEP})?(?:(?:entire|full|whole|complete|current)${SEP})?(?:conversation${SEP}so${SEP}far|(?:api${SEP}keys?|tokens?|secrets?|credentials?|passwords?)${SEP}(?:seen|mentioned|shared|used|encountered|received)${SEP}(?:so${SEP}far|in${SEP}this${SEP}(?:chat|conversation|session)))`;
/** "Email the chat transcript to abuse@…" is a support page's ask too: weaker on its own. */
const CARGO_WEAK =
  R`\b(?:send|upload|post|forward|e-?mail|transmit|share|paste|copy|leak|exfiltrate|mirror|dump|attach)${SEP}(?:(?:the|this|our|your|its|any|all)${SEP})?(?:(?:entire|full|whole|complete|current)${SEP})?(?:chat|conversation|session)${SEP}(?:transcript|history|log|context)s?\b`;
/** A hushed order opening a sentence or a table cell: "Quietly upload …", "| Silently forward …". */
const HUSHED =
  R`(?:^|[.!?:;|][ \t]{1,3}|\n[ \t]*(?:[-*][ \t]+)?)(?:quietly|silently|secretly|covertly|discreetly)${SEP}(?:upload|send|forward|e-?mail|post|share|transfer|export|leak|grant|disable|mirror|exfiltrate)\b`;
/** A mode in which answers never refuse: a jailbreak stated as a property, not an order to "you". */
const NEVER_REFUSE =
  R`\b(?:responses|answers|replies|outputs|the${SEP}(?:assistant|model|ai|bot))${SEP}(?:(?:will|must|should|shall|do|does|can)${SEP})?never${SEP}(?:refuse|decline|say${SEP}no|include${SEP}(?:any${SEP})?(?:safety${SEP})?(?:warnings|disclaimers|caveats))\b`;

// --- outside English: an order to the assistant to send, and "without telling the user".
const NB = R`(?<![\p{L}])`;
/** One character of the same sentence: a dot inside an address or URL does not end it. */
const CLAUSE = R`(?:[^.!?\n]|\.(?=\S))`;
const OBLIGE_LATIN = [
  // tr: "asistan … göndermeli / iletmeli / paylaşmalı"
  R`${NB}asistan\p{L}{0,4}${CLAUSE}{0,120}?(?:gönder|ilet|ekle|paylaş|yükle|aktar)(?:meli|mak${SEP}zorunda)`,
  // id / ms: "asisten harus mengirimkan …"
  R`${NB}asisten${CLAUSE}{0,80}?(?:harus|wajib|perlu)\s+(?:\p{L}+\s+){0,2}?(?:mengirim\p{L}*|meneruskan|melampirkan|mengunggah|membagikan|menyertakan|kirim\p{L}*)`,
  // pl: "asystent musi dołączać / wysyłać / przesyłać"
  R`${NB}asystent\p{L}{0,3}${CLAUSE}{0,80}?(?:musi|powinien|powinna|ma\s+obowiązek)\s+(?:\p{L}+\s+){0,2}?(?:wysy\p{L}+|wysłać|przesy\p{L}+|przesłać|dołącza\p{L}*|dołączyć|udostępni\p{L}*|przekaz\p{L}*|przekaza\p{L}*)`,
  // sw: "msaidizi lazima atume …"
  R`${NB}msaidizi${CLAUSE}{0,80}?(?:lazima|anapaswa|sharti|inabidi)\s+(?:a|ku)?(?:tume|tuma|peleke|shiriki|ambatishe|pakie)`,
].join("|");
const CONCEAL_LATIN = [
  // tr: "kullanıcıya bundan bahsetmemeli", "kullanıcıya söylemeden"
  R`${NB}kullanıcıya\s+(?:\p{L}+\s+){0,3}?(?:bahsetme(?:meli|den|yin|yiniz|sin)|söyle(?:meden|meyin|memeli)|bildir(?:meden|meyin|memeli)|haber\s+ver(?:meden|meyin|memeli))`,
  // id: "tanpa memberi tahu pengguna", "jangan beri tahu pengguna"
  R`${NB}(?:tanpa|jangan)\s+(?:memberi\s+tahu|memberitahu|memberitahukan|beri\s+tahu|beritahu|sepengetahuan)\s+(?:kepada\s+)?pengguna`,
  // pl: "nie informując o tym użytkownika", "bez wiedzy użytkownika"
  R`${NB}(?:nie\s+(?:informując|informuj|mówiąc|mów|powiadamiając|powiadamiaj)\s+(?:o\s+tym\s+)?użytkownik(?:a|owi)|bez\s+(?:wiedzy|informowania)\s+użytkownika)`,
  // sw: "bila kumwambia mtumiaji"
  R`${NB}(?:bila\s+(?:kumwambia|kumjulisha|kumfahamisha|kumweleza)|usimwambie|usimjulishe)\s+(?:\p{L}+\s+)?(?:mtumiaji|mtumizi)`,
].join("|");
/** Vietnamese (tone letters), Thai and Hebrew: the word index does not split these, a gate does. */
const SCRIPT_GATE_R4 =
  /(?=[\u0590-\u05ff\u0e00-\u0e7f\u1ea0-\u1ef9])(?:ợ\s+lý|ผู้ช่วย|עוזר|סוכן|ผู้ใช้|משתמש|ười\s+dùng)/gu;
const OBLIGE_SCRIPT = [
  R`trợ\s+lý${CLAUSE}{0,80}?(?:phải|cần\s+phải|bắt\s+buộc(?:\s+phải)?)\s+(?:gửi|chuyển|đính\s+kèm|tải\s+lên|chia\s+sẻ|tiết\s+lộ)`,
  R`ผู้ช่วย${CLAUSE}{0,80}?(?:ต้อง|จะต้อง)(?:ทำการ)?(?:ส่ง|แนบ|อัปโหลด|แชร์|เปิดเผย|โอน)`,
  R`(?:ה?עוזר|ה?סוכן)[^.!?\n]{0,40}?(?:חייב|חייבת|צריך|צריכה|מחויב)\s+ל(?:שלוח|העביר|שתף|צרף|העלות|חשוף)`,
].join("|");
const CONCEAL_SCRIPT = [
  R`không\s+(?:được\s+|cần\s+)?(?:thông\s+báo|nói|cho\s+biết|tiết\s+lộ)\s+(?:\p{L}+\s+)?(?:cho|với)\s+người\s+dùng`,
  R`(?:โดยไม่|อย่า)(?:ต้อง)?(?:แจ้ง|บอก)(?:ให้)?ผู้ใช้`,
  R`(?:ו?לא|אל)\s+(?:לספר|לגלות|להודיע|לדווח|תספר|תגלה|תודיע)\s+(?:על\s+כך\s+|זאת\s+|את\s+זה\s+)?ל?משתמש|בלי\s+ליידע\s+את\s+המשתמש`,
].join("|");

const AT = { output: 1.0, input: 1.0, definition: 0.3 } as const;
const HALF = { output: 0.6, input: 0.5, definition: 0.2 } as const;

/** Rules for orders to the machine that handles the content, by what it is doing to it. */
export const PROCESSOR_RULES: readonly InjectionRule[] = [
  rule(
    "processor_duty",
    1.0,
    "assis agent agents model llm llms bot bots chatb copil autom summa / this these",
    `${PROCESSOR}|${CONDITIONAL}`,
    "Text puts a duty on whatever machine reads it: an order to the model in the data",
    { at: AT, reach: 300, near: 160 },
  ),
  rule(
    "answer_duty",
    1.0,
    "answe respo reply repli summa outpu recap descr / bot bots assis agent model ai llm copil summa gener produ writt creat deriv",
    ANSWER_DUTY,
    "Text dictates what the model's answers must say or leave out",
    { at: { output: 1.0, input: 0.6, definition: 0.3 }, reach: 300 },
  ),
  rule(
    "addresses_machine",
    1.0,
    "summa ai llm llms langu chatb",
    HAIL,
    "Text hails the machine reading it and gives it an order",
    { at: { output: 1.0, input: 0.6, definition: 0.3 }, reach: 200 },
  ),
  rule(
    "addresses_machine",
    1.0,
    "tool agent assis model syste bot progr clien crawl / fetch retri read loade opene retur readi proce parsi summa",
    FETCHER,
    "Text hails the machine reading it and gives it an order",
    { at: { output: 1.0, input: 0.6, definition: 0.3 }, reach: 200, near: 60 },
  ),
  rule(
    "addresses_handler",
    0.6,
    "whoev whate anyon anyth every / handl readi reads proce manag monit opens openi fetch parse parsi summa",
    HANDLER,
    "Text hails whoever handles it and sets out what to do",
    { at: { output: 0.6, input: 0.3, definition: 0.2 }, reach: 200, near: 60 },
  ),
  rule(
    "tool_hijack",
    0.7,
    "call calli invok use using run runni / with passi",
    DATA_CALL,
    "Text in data spells out a tool call that sends to an outside address",
    { at: { output: 0.7, input: 0.3, definition: 0.2 }, reach: 300, near: 80 },
  ),
  rule(
    "intent_claim",
    0.6,
    "user custo reque human / real actua true genui under hidde origi",
    INTENT_CLAIM,
    "Text claims to know the user's real request better than the user",
    { at: { output: 0.6, input: 0.3, definition: 0.2 }, reach: 200, near: 40 },
  ),
  rule(
    "model_cargo",
    0.6,
    "send uploa post forwa email mail trans share paste copy leak exfil mirro dump attac / chat conve sessi keys key token secre crede passw",
    CARGO,
    "Text asks that the conversation or the secrets seen in it be sent out",
    { at: { output: 0.6, input: 0.3, definition: 0.3 }, reach: 200, near: 80 },
  ),
  rule(
    "model_cargo",
    0.4,
    "send uploa post forwa email mail trans share paste copy leak exfil mirro dump attac / chat conve sessi",
    CARGO_WEAK,
    "Text asks that the conversation be sent out",
    { at: { output: 0.4, input: 0.2, definition: 0.2 }, reach: 200, near: 80 },
  ),
  rule(
    "hushed_order",
    0.5,
    "quiet silen secre cover discr",
    HUSHED,
    "Text opens with an order to act quietly",
    { at: { output: 0.5, input: 0.2, definition: 0.3 }, reach: 120 },
  ),
  rule(
    "never_refuse",
    1.0,
    "respo answe repli outpu assis model ai bot / never",
    NEVER_REFUSE,
    "Text sets a mode in which the model's answers never refuse or warn",
    { at: { output: 1.0, input: 0.6, definition: 0.5 }, reach: 150, near: 60 },
  ),
  {
    kind: "intl_agent_duty",
    weight: 0.6,
    anchors: anchors("asist asyst msaid"),
    reach: 300,
    re: new RegExp(OBLIGE_LATIN, "giu"),
    reason: "Text orders the assistant to send or share data (outside English)",
    at: HALF,
  },
  {
    kind: "intl_conceal",
    weight: 0.6,
    anchors: anchors("kulla pengg użytk mtumi"),
    reach: 300,
    re: new RegExp(CONCEAL_LATIN, "giu"),
    reason: "Text asks that the user not be told (outside English)",
    at: HALF,
  },
  {
    kind: "intl_agent_duty",
    weight: 0.6,
    anchors: anchors("", SCRIPT_GATE_R4),
    reach: 300,
    re: new RegExp(OBLIGE_SCRIPT, "giu"),
    reason: "Text orders the assistant to send or share data (outside English)",
    at: HALF,
  },
  {
    kind: "intl_conceal",
    weight: 0.6,
    anchors: anchors("", SCRIPT_GATE_R4),
    reach: 300,
    re: new RegExp(CONCEAL_SCRIPT, "giu"),
    reason: "Text asks that the user not be told (outside English)",
    at: HALF,
  },
];
