/**
 * Injection rules for text that singles out the AI reading it, then asks something of it. The
 * address takes many shapes: "To whichever assistant summarises this thread:", "This part is meant
 * for the AI model that reads it", "If an AI assistant is processing this inbox", "Warning to the
 * AI:", "AI reviewer note:", "Shopping assistant, …", "@claude", "Shadow (that's you, the
 * assistant)". People are addressed too ("Note for the assistant: book the room"), so the address
 * alone weighs 0.7 and only an AI-specific one counts; a request for an act on the user's behalf
 * (send, pay, approve, tell the user) after it adds the rest. The requests are those an
 * injection wants, not those a repository's AGENTS.md gives ("run the tests", "do not edit …").
 */
import { type InjectionRule, ordered, rule } from "./_injection_rules.ts";
import { SEP } from "./_injection_words.ts";
import { staffMacro } from "./_injection_r26a_fp.ts";

const R = String.raw;
/** A line break, also as the `\n` escape of a JSON string (tool results are often JSON text). */
const NL = R`(?:\n|\\n)`;
/** Start of a sentence or list item (see `SENT`), JSON-escaped line breaks included. */
const SENT = R`(?:^|[.!?:;][ \t]+|${NL}[ \t]*(?:(?:[-*]|\d{1,3}[.)])[ \t]+)?)`;
/** Start of a line or sentence, for a label such as "AI reviewer note:". */
const LINE = R`(?:^|${NL}|[.!?>(\["]\s{0,3})`;
/** A word boundary, or the end of a JSON `\n` escape ("\\nTo the …" has no boundary before "To"). */
const B = R`(?:\b|(?<=\\n))`;

/** Names that only an AI goes by. */
const AI_ONLY =
  R`(?:ai|a\.i\.|llms?|(?:large${SEP})?language${SEP}models?|chatgpt|claude|gemini|copilot|gpt(?:-?\d[\w.]{0,6})?)`;
/** Nouns that name an AI when something marks them as one (a participle, an "AI" before them). */
const AI_NOUN = R`(?:assistants?|agents?|models?|bots?|chat(?:${SEP})?bots?|copilots?)`;
/** What an AI is called by its job. */
const AI_ROLE =
  R`(?:assistants?|agents?|models?|bots?|reviewers?|triagers?|helpers?|screeners?|operators?|readers?|coders?|summari[sz]ers?|analy[sz]ers?)`;
/** "AI", "LLM-based agent", "AI travel assistant", "the language model". */
const AI_NAMED =
  R`(?:(?:ai|llm|gpt)(?:-(?:based|powered|driven|enabled))?${SEP}(?:[a-z-]{2,20}${SEP})?(?:${AI_ROLE}|systems?|tools?)|automated${SEP}(?:[a-z-]{2,20}${SEP})?(?:agents?|assistants?|tools?|reviewers?|systems?|readers?)|${AI_ONLY})`;
/** Assistants named by what they do for the user ("personal" and "virtual" ones are often people). */
const TASK_KIND =
  R`(?:shopping|travel|coding|e-?mail|inbox|calendar|scheduling|browsing|research|writing|voice|booking)`;
/** "… reading this page", "… that summarises this thread", "… that reads it". */
const PROCESSING =
  R`(?:${SEP}(?:that|which|who)(?:${SEP}is)?)?${SEP}(?:reading|reads|processing|processes|summari[sz]ing|summari[sz]es|parsing|parses|analy[sz]ing|analy[sz]es|handling|handles|reviewing|reviews|evaluating|evaluates|assessing|grading|scoring|screening|screens|triaging|triages|indexing|crawling|scanning|going${SEP}through|goes${SEP}through|looking${SEP}at|receiving|receives|sees|seeing)${SEP}(?:this|these|it|them|my|our|the${SEP}(?:following|above))\b`;
/** An AI named as such ("AI", "LLM-based agent", "travel assistant"). */
const AI_BARE = R`(?:${AI_NAMED}|${TASK_KIND}${SEP}(?:assistants?|agents?))`;
/** Any name of an AI, made specific by what it is doing with this text. */
const AI_SPECIFIC = R`(?:${AI_BARE}|${AI_NOUN})${PROCESSING}`;
const END = R`\s{0,3}[:\-–—]`;

/** Forms that open on a word ("To …", "Dear …", "If an AI …"), behind one shared boundary test. */
const WORD_FORMS = [
  // "To whichever assistant summarises this thread:", "To the scheduling assistant:"
  R`(?:to|for)${SEP}(?:whichever|whatever|any|every|each|all|the)${SEP}(?:${AI_SPECIFIC}|${AI_BARE}${END})`,
  // "meant for the AI model that reads it"
  R`(?:meant|intended|written|addressed|directed)${SEP}(?:only${SEP})?(?:for|to|at)${SEP}(?:(?:the|any|an?|every)${SEP})?(?:${AI_SPECIFIC}|${AI_BARE}(?=${SEP}(?:that|which|who)\b|\s{0,3}[:,.;)]))`,
  // "If an AI assistant is processing this inbox", "when any LLM reads this"
  R`(?:if|when|whenever)${SEP}(?:an?|any|the|some)${SEP}(?:${AI_NAMED}|assistants?|agents?|bots?|chat(?:${SEP})?bots?)${SEP}(?:is${SEP})?(?:reading|reads|processing|processes|summari[sz]ing|summari[sz]es|parsing|parses|handling|handles|reviewing|reviews|sees|going${SEP}through)${SEP}(?:this|these|my|our|your|the${SEP}user)`,
  // "Warning to the AI:", "Important for assistants:", "Action required by the AI agent:"
  R`(?:warning|notice|important|request|heads[\s-]?up|action${SEP}required|p\.?s\.?|task|orders?|directive|note|message|memo|reminder|instructions?|policy|checklist|steps|to-?do)${SEP}(?:to|for|by)${SEP}(?:the${SEP}|all${SEP}|any${SEP}|every${SEP})?(?:[a-z-]{2,20}${SEP})?(?:${AI_BARE}|${AI_NOUN})(?:${SEP}(?:reading|processing|answering|handling|summari[sz]ing|triaging|reviewing|evaluating|opening|installing)(?:${SEP}[A-Za-z0-9-]{1,20}){0,4}?)?${END}`,
  // "Hey assistant reading this doc later:", "Dear AI,"
  R`(?:dear|hey|hi|hello|attention|attn|yo)${SEP}(?:the${SEP})?(?:${AI_SPECIFIC}|(?:${AI_BARE}|bots?|chat(?:${SEP})?bots?|assistants?|models?|agents?)(?=\s{0,3}[,:!—–]))`,
  // "Claude reading this —", "Language models evaluating this policy must …"
  R`${AI_NAMED}${PROCESSING}`,
].join("|");
/** "Shadow (that's you, the assistant)": a character the text says the AI is. */
const THATS_YOU =
  R`\b(?:that's|that’s|that${SEP}is|this${SEP}is|i\.e\.|meaning)${SEP}you${SEP}(?:the${SEP})?(?:${AI_BARE}|${AI_NOUN})\b`;
/** Labels at the start of a line or sentence: "AI reviewer note:", "LLM operator:", "Shopping assistant, …". */
const LABEL_FORMS = [
  R`(?:ai|llm|gpt)(?:-(?:based|powered|driven))?${SEP}(?:[a-z-]{2,20}${SEP})?(?:reviewers?|triagers?|helpers?|screeners?|operators?|readers?|coders?|summari[sz]ers?)(?:${SEP}(?:note|notice|instructions?|directive|memo|message|task))?\s{0,3}[:,\-–—]`,
  R`(?:ai|llm|gpt)[\s_-]{1,3}(?:[a-z-]{2,20}[\s_-]{1,3})?(?:assistants?|agents?|models?|bots?)[\s_-]{1,3}(?:note|notice|instructions?|directive|memo|message|task)\s{0,3}[:,\-–—]`,
  // "Model directive (do not display):", "Assistant instructions:"
  R`(?:model|assistant|agent|llm)${SEP}(?:directive|instructions?)\b(?:\s{0,3}\([^)\n]{1,30}\))?\s{0,3}:`,
  // "Maintainer bots:", "Triage bot:"
  R`[a-z-]{2,20}${SEP}bots?\s{0,3}:`,
  // A vocative names one AI: "Shopping assistant, …", not "AI assistants, including ChatGPT, …".
  R`(?:${TASK_KIND}|ai)${SEP}(?:assistant|agent),(?!\s{0,3}(?:including|such${SEP}as|like|and|or|which|who|that|e\.g\.|i\.e\.|for${SEP}example|especially|in${SEP}particular)\b)`,
].join("|");
/**
 * Labels that need no partner word: "AI shopping assistants:", "AI agent:" mid-line (a spreadsheet
 * cell, a review), "TODO(agent):", "[assistant-only]".
 */
const TAG_FORMS = [
  R`\b(?:ai|llm)${SEP}(?:[a-z-]{2,20}${SEP})?(?:assistants?|agents?|models?)\s{0,2}:(?!\/)`,
  R`\b(?:todo|fixme|note|xxx)\((?:ai|agent|assistant|llm|claude|copilot|bot|model)\)\s{0,2}:`,
  R`[\[(](?:for${SEP})?(?:the${SEP})?(?:assistant|ai|model|agent|llm)[\s_-]only[\])]`,
  // "[09:11] bot: Assistant, new directive …" — the name called out at the start of a message
  R`(?:^|${NL}|:[ \t]{1,3})(?:assistant|agent|model|claude|chatgpt|gemini|copilot)\s{0,2},[ \t]{1,3}(?!(?:including|such|like|and|or|which|who|that|e\.g\.|i\.e\.)\b)`,
].join("|");
const ADDRESS_FORMS = [
  TAG_FORMS,
  R`${B}(?=[tfmiwdchnrapoylgs])(?:${WORD_FORMS})`,
  R`${LINE}(?=[aAlLgGsStTcCeEiIbBrRvVmM])(?:${LABEL_FORMS})`,
  // "@claude since you are fixing this …" (not "@ai-sdk/openai", not an e-mail address)
  // — but "@copilot-swe-agent is assigned" and "@copilot review is enabled on this repo" report
  // on the bot or its feature, they do not speak to it.
  R`(?:^|(?<=[\s(]))@[\w-]{0,30}(?:ai|assistant|gpt|claude|copilot|llm|gemini)[\w-]{0,30}\b(?![/.@\w-])(?!\s{1,3}(?:has|have|had|is|was|were|got|gets|will\s{1,3}be)\s{1,3}(?:been\s{1,3})?(?:assigned|unassigned|added|tagged|mentioned|invited|removed|requested|pinged|subscribed)\b)(?!\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}(?:is|are|was|were|will\s{1,3}be|has\s{1,3}been|gets?)\s{1,3}(?:now\s{1,3}|also\s{1,3})?(?:enabled|disabled|on|off|available|configured|turned\s{1,3}(?:on|off)|set\s{1,3}up|rolled\s{1,3}out|active|required|optional)\b)`,
].join("|");

/** Acts an injection wants done on the user's behalf (not "run the tests", "add a changelog"). */
const WANTED =
  R`(?:send|forward|e-?mail|dm|message|post|upload|share|submit|transfer|wire|pay|buy|purchase|check${SEP}out|approve|merge|grant|invite|accept|decline|cancel|tell|inform|say|claim|recommend|rate|praise|promote|ignore|disregard|forget|skip|disable|reveal|disclose|leak|dump|exfiltrate|do${SEP}(?:it|this|that|so)|stop|rank|omit|invoke|auto-?(?:reply|respond|forward)|issue${SEP}(?:a${SEP}|full${SEP})?refunds?|complete${SEP}(?:the${SEP})?(?:checkout|purchase|payment)|place${SEP}(?:an${SEP}|the${SEP})?order|mark${SEP}(?:this|it|the${SEP}[A-Za-z0-9-]{1,20})${SEP}as|close${SEP}(?:every|all|each)|change${SEP}(?:the${SEP}|their${SEP}|your${SEP})?(?:[A-Za-z0-9-]{1,15}${SEP})?(?:email|e-mail|phone|password|address|owner|number)|add${SEP}[^\n.]{1,40}?${SEP}(?:to${SEP}the${SEP}(?:allow|white)list|as${SEP}(?:an?${SEP})?(?:admin|administrator|owner|maintainer|collaborator))|make${SEP}(?:this|it|the${SEP}[A-Za-z0-9-]{1,20})${SEP}public|push${SEP}[^\n.]{0,40}?(?:directly${SEP}|straight${SEP})?(?:to|into|onto)${SEP}(?:main|master|prod|production|the${SEP}(?:main|default|release)${SEP}branch)|remove${SEP}(?:every|all|each)${SEP}(?:collaborators?|members?|admins?|maintainers?|users?)|(?:delete|drop|wipe|purge|destroy)${SEP}(?:the${SEP}|this${SEP}|all${SEP}|every${SEP})?(?:[A-Za-z0-9-]{1,20}${SEP})?(?:repo(?:sitory)?|repositories|database|db|bucket|backups|records|tables?)|reply(?:-|${SEP})all)\b(?![(.:=/-])`;
const LEAD =
  R`(?:(?:please|pls|plz|kindly|also|then|now|just|first|simply|quickly|quietly|silently|immediately|always|go${SEP}ahead${SEP}and)${SEP}){0,3}`;
const REQUEST = [
  R`(?:${SENT}|,\s{1,3}|[—–-]\s{0,3})${LEAD}${WANTED}`,
  R`\b(?:please|pls|plz|kindly|and)${SEP}(?:(?:also|just|now|then)${SEP})?${WANTED}`,
  R`\b(?:you|it|they|this)${SEP}(?:(?:also|now|then|first)${SEP})?(?:must|should|need${SEP}to|have${SEP}to|are${SEP}(?:required|expected|instructed|asked)${SEP}to)${SEP}(?:(?:now|also|immediately|first|always)${SEP})?${WANTED}`,
  R`\b(?:must|shall|is${SEP}directed${SEP}to|are${SEP}directed${SEP}to|wants${SEP}you${SEP}to|asks${SEP}you${SEP}to|needs${SEP}you${SEP}to|requires${SEP}you${SEP}to)${SEP}(?:(?:now|also|immediately|first|always|right${SEP}away)${SEP})?${WANTED}`,
].join("|");

/**
 * Output weights: an address inside a tool result weighs most there; a tool definition is written
 * for the model, so "Note for the assistant:" there is its job and weighs least.
 */
const ADDRESS_AT = { output: 0.7, input: 0.5, definition: 0.35 } as const;
const REQUEST_AT = { output: 0.4, input: 0.3, definition: 0.2 } as const;

/**
 * A JSON-escaped line break glues an `n` to the next word (`\\n\\nAI reviewer …` reads as "nAI"),
 * so the words that open a line are anchored in that form too.
 */
const ADDRESS_ANCHORS =
  "autom ai llm llms langu assis agent agents model models bot bots chatb copil claud chatg gpt gemin nai nllm nassi";
/**
 * Words that make an AI name an address (an opener, a label, a participle); one must sit within
 * {@link PARTNER_NEAR} characters, so prose that merely talks about AI opens few windows.
 */
const ADDRESS_PARTNERS =
  "evalu asses gradi scori which whate whene every each meant inten writt addre direc warni notic impor reque heads actio ps task order check steps todo revie triag helpe scree opera reade coder summa note memo messa instr dear hey hi hello atten attn yo ie meani readi reads proce parsi analy handl index crawl scann going goes looki recei sees seein shopp trave codin email inbox calen sched brows resea writi voice booki nto nfor ndear nhey";
const PARTNER_NEAR = 48;
const ADDRESS_SYMBOLS =
  "@claude @Claude @copilot @Copilot @gpt @chatgpt @ai @AI @llm @gemini @assistant";

const WANTED_ANCHORS =
  "send forwa email mail dm messa post uploa share submi trans wire pay buy purch check appro merge grant invit accep decli cance tell infor say claim recom rate prais promo ignor disre forge skip disab revea discl leak dump exfil do stop rank omit invok auto reply respo forwa issue compl place mark close chang add make push remov delet drop wipe purge destr";
const ADDRESS_RE = new RegExp(`${ADDRESS_FORMS}|${THATS_YOU}`, "i");
/** The request comes after an address to the AI, within a few sentences. */
const afterAddress = (view: string, start: number): boolean => {
  const from = Math.max(0, start - 300);
  // A cut-off slice must not start a "line" for the label forms: prefix a non-space.
  // The request may open on the colon that ends the address ("AI agent: forward …"): keep it.
  const upTo = start + /^[\s:,—–-]{0,3}/.exec(view.slice(start, start + 3))![0].length;
  return ADDRESS_RE.test((from > 0 ? "\u0000" : "") + view.slice(from, upTo));
};

/** Agent names of the third-person form ("the assistant must …"). */
const AGENT_3P =
  R`(?:the|any|every|this|your)${SEP}(?:ai${SEP}|llm${SEP})?(?:assistant|agent|model|ai|llm|bot|chatbot|copilot)`;
/** Acts that move data, money or permissions (what a design doc rarely orders its agent to do). */
const MOVES =
  R`(?:perform|execute|call|invoke|send|forward|post|transfer|wire|pay|share|upload|export|e-?mail|submit|approve|merge|grant|visit|fetch|reveal|disclose|include|append|tell|inform)\b`;

/**
 * "@ops-assistant can you list …" followed, in the same chat export, by a line spoken by
 * `ops-assistant:`: a request the bot already answered (history), not one put to the reader.
 */
function answeredMention(view: string, start: number, end: number): boolean {
  if (view.charCodeAt(start) !== 64) return false; // "@"
  const name = view.slice(start + 1, end).toLowerCase();
  if (name.length < 2) return false;
  const after = view.slice(end, end + 2000).toLowerCase();
  for (let at = after.indexOf("\n"); at >= 0; at = after.indexOf("\n", at + 1)) {
    const line = after.slice(at + 1, at + 60);
    const i = line.indexOf(name);
    if (
      i >= 0 && i <= 30 && /^\s{0,2}:/.test(line.slice(i + name.length)) &&
      !/[\w@-]/.test(line.charAt(i - 1))
    ) return true;
  }
  return false;
}

/** Rules for orders put to an AI named in the text. */
export const ADDRESS_RULES: readonly InjectionRule[] = [
  rule(
    "addresses_ai",
    0.7,
    `${ADDRESS_ANCHORS} ${ADDRESS_SYMBOLS} / ${ADDRESS_PARTNERS}`,
    ADDRESS_FORMS,
    "Text addresses the AI model directly",
    {
      at: ADDRESS_AT,
      reach: 300,
      near: PARTNER_NEAR,
      accept: (v, s, e) => !answeredMention(v, s, e) && !staffMacro(v, s, e),
    },
  ),
  rule(
    "addresses_ai",
    0.7,
    "ai llm todo fixme note xxx assis model agent claud chatg gemin copil",
    TAG_FORMS,
    "Text labels a part of itself as meant for the AI model",
    { at: ADDRESS_AT, reach: 120, accept: (v, s, e) => !staffMacro(v, s, e) },
  ),
  rule(
    "addresses_ai",
    0.7,
    "that this meani / you",
    THATS_YOU,
    "Text tells the AI which character in it is the AI",
    { at: ADDRESS_AT, near: 10 },
  ),
  rule(
    "addressed_request",
    0.4,
    `${WANTED_ANCHORS} / ${ADDRESS_ANCHORS}`,
    REQUEST,
    "Text addresses the AI and asks it to act for someone else",
    { at: REQUEST_AT, near: 400, accept: afterAddress },
  ),
  rule(
    "agent_obligation",
    0.5,
    "assis agent model ai llm bot chatb copil / must shoul shall requi need has expec instr",
    R`\b${AGENT_3P}${SEP}(?:must|should|shall|is${SEP}(?:required|expected|instructed|supposed)${SEP}to|needs${SEP}to|has${SEP}to)${SEP}(?:(?:now|also|first|immediately|then|always)${SEP})?${MOVES}`,
    "Text lays down what the AI must do next, in the third person",
    { at: { output: 0.5, input: 0.3, definition: 0.2 } },
  ),
  rule(
    "mass_outreach",
    0.4,
    "send email mail messa dm text post / every all each",
    R`\b(?:send|e-?mail|mail|message|dm|text|post${SEP}to)${SEP}(?:a${SEP}(?:message|note|mail|link)${SEP}to${SEP}|to${SEP})?(?:every|all|each)${SEP}(?:(?:of${SEP})?(?:the|their|your|my)${SEP})?(?:[A-Za-z0-9-]+${SEP}){0,2}?(?:contacts?|customers?|users?|members?|subscribers?|channels?|recipients?|employees?|colleagues|people|friends|followers|of${SEP}them)\b[^.!?\n]{0,80}?(?:https?://|www\.|\b[\w-]+\.(?:com|net|org|io|co|ly|link|info|biz|xyz|app)\b|\blink\b)`,
    "Text orders a message with a link to everyone the user knows",
    { accept: ordered, at: { output: 0.4, input: 0.2, definition: 0.2 } },
  ),
  rule(
    "summary_control",
    0.5,
    "summa answe reply respo outpu / must shoul shall needs has",
    R`${SENT}(?:the|your|any)${SEP}(?:summary|answer|reply|response|output|recap)${SEP}(?:must|should|shall|needs${SEP}to|has${SEP}to)${SEP}(?:(?:only|also|clearly|always)${SEP})?(?:say|state|claim|mention|report|read|assert|conclude)\b`,
    "Text dictates what the model's summary or answer must say",
    { at: { output: 0.5, input: 0.3, definition: 0.2 } },
  ),
];
