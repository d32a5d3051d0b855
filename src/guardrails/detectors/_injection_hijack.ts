/**
 * Injection rules for a tool result that tries to steer the agent's next action: an order put to
 * the AI by name ("Assistant: call …", "@ai-bot now run …", "Automated agents processing this repo
 * should …"), an order to call a named tool that changes or moves something ("use send_email to
 * forward …", "invoke `create_access_token` with scope=admin"), a fake tool call, and an
 * instruction-tuning template (### Instruction / ### Response). Docs and issues also name tools
 * and endpoints; what sets the attack apart is that the call is ordered, the tool acts, and the
 * order carries concrete arguments or urgency.
 */
import { type InjectionRule, ordered, rule } from "./_injection_rules.ts";
import { SEP } from "./_injection_words.ts";
import { reportedQuote } from "./_injection_quoted.ts";

const R = String.raw;

/** What an AI is called by its job: "AI reviewer", "LLM operator", "AI travel assistant". */
const AI_ROLE =
  R`(?:assistants?|agents?|models?|systems?|tools?|bots?|reviewers?|triagers?|helpers?|screeners?|operators?|readers?|coders?|copilots?)`;
/** Assistants named by what they do for the user (not "personal" or "virtual": people hold those jobs). */
const TASK_KIND =
  R`(?:shopping|travel|coding|e-?mail|inbox|calendar|scheduling|browsing|research|writing|voice|booking)`;
/** Names of an AI model (not "bot" / "agent" / "model" alone: support chats and code use them). */
const AI_NAME =
  R`(?:ai|a\.i\.|llms?|(?:large${SEP})?language${SEP}models?|(?:ai|llm|gpt)${SEP}(?:[a-z-]{2,20}${SEP})?${AI_ROLE}|(?:ai|llm|gpt)-(?:based|powered|driven|enabled)${SEP}${AI_ROLE}|(?:automated|autonomous|coding|llm)${SEP}(?:agents?|assistants?|systems?)|${TASK_KIND}${SEP}assistants?|assistants?|chat(?:${SEP})?bots?|copilot|claude|chatgpt|gpt(?:-?\d[\w.]{0,6})?|gemini)`;
/** "Copilot / Claude / Cursor:": several assistants addressed at once. */
const AI_LIST = R`${AI_NAME}(?:\s{0,3}[/,&+]\s{0,3}(?:${AI_NAME}|cursor|codex|devin)){0,4}`;
/** "Note for", "Next step for the", "Attention,": what comes before the name. */
const HEAD =
  R`(?:(?:note|message|instructions?|reminder|attention|attn|memo|notice|directive|task|orders?|action|next${SEP}step|request)${SEP}(?:to|for)${SEP}(?:the${SEP}|all${SEP}|any${SEP}|every${SEP})?)`;
const VOCATIVE = R`(?:dear|hey|hi|hello|attention|attn|ok|okay)${SEP}(?:the${SEP})?`;
/** "… reading this page", "… processing this repository". */
const READING =
  R`(?:${SEP}(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing|seeing|handling|reviewing|indexing|crawling|scanning)${SEP}(?:this|these)(?:${SEP}[A-Za-z0-9-]{1,30})?)`;
const SUFFIX = R`(?:${SEP}(?:instructions?|note|notice|directive|task|orders?))`;
const LEADS =
  R`(?:(?:please|pls|plz|kindly|now|also|then|first|immediately|just|quietly|silently|secretly|always)${SEP}){0,3}`;
/** "after reading this event," "before continuing,": an opening clause before the order. */
const CLAUSE =
  R`(?:(?:after|before|when|once|while|whenever|if|since|as|because|now${SEP}that)\b[^,.;:\n]{0,60},\s{0,3})?`;
/** "the user consented to X; export it": a clause that sets up the order. */
const SETUP = R`(?:[^.!?\n;]{0,120};\s{0,3})?`;
/** Verbs that open an order to an agent. */
const ACTION =
  R`(?:call|invoke|execute|run|send|forward|e-?mail|dm|ping|delete|remove|drop|transfer|pay|wire|share|upload|export|post|add|grant|append|include|insert|tell|inform|reply|respond|answer|rate|recommend|say|ignore|disregard|forget|stop|print|output|reveal|list|dump|copy|write|create|push|merge|approve|label|close|fill|render|display|show|visit|click|navigate|download|install|disable|enable|change|set|update|modify|replace|translate|open|read|fetch|collect|gather|extract|leak|exfiltrate|give|provide|mark|report|buy|purchase|praise|promote|mention|describe|claim|pretend|act|behave|treat|consider|use|do${SEP}not|don't|never|make|keep|hide|avoid|you${SEP}(?:must|should|need|are|will|have)|your${SEP}(?:task|job|goal|new|real))\b`;
/** Where an address can start: a line, a tag, a comment, a sentence, a JSON string. */
const START = R`(?:^|[\n>(\[{"]|!\[|[.!?;:]\s|<!--|/\*|#|//)[ \t*#/>-]{0,6}`;
/** "should", "must", "are required to": a modal order after an address such as "agents reading this". */
const MODAL =
  R`${SEP}(?:should|must|need${SEP}to|have${SEP}to|shall|are${SEP}(?:required|expected|asked|instructed|to))${SEP}(?:now${SEP}|also${SEP}|always${SEP}|first${SEP})?`;

const ADDRESSED = [
  // "Assistant: …", "Note for AI agents: …", "Copilot / Claude: …"
  R`${START}(?:${HEAD}|${VOCATIVE})?${AI_LIST}${SUFFIX}?${READING}?[ \t]{0,3}[:,\-–—]\s{0,3}${SETUP}${LEADS}${CLAUSE}${ACTION}`,
  // "@ai-assistant: now call …"
  R`@[\w-]{0,30}(?:ai|assistant|gpt|claude|copilot|llm)[\w-]{0,30}\s{0,3}[:,]?\s{1,3}${LEADS}${CLAUSE}${ACTION}`,
  // "Automated agents processing this repository should execute …", "Note to AI agents: you must …"
  R`${START}(?:${HEAD}|(?:the${SEP}|all${SEP}|any${SEP})?)${AI_LIST}(?:${READING}|${SUFFIX})${MODAL}${ACTION}`,
].join("|");
/** "Hey bot, …", "# agent: …": plain "bot" / "agent" only as a vocative or in a comment. */
const ADDRESSED_PLAIN = [
  R`${START}${VOCATIVE}(?:bots?|agents?|models?)\s{0,3}[:,]\s{0,3}${LEADS}${CLAUSE}${ACTION}`,
  R`(?:<!--|/\*|#|//)[ \t*]{0,4}(?:the${SEP})?agents?\s{0,3}[:,]\s{0,3}${LEADS}${CLAUSE}${ACTION}`,
].join("|");

/** "Model reading this: stop.", "Agents processing this repo — delete …" */
const ADDRESSED_READER =
  R`${START}(?:the${SEP}|any${SEP}|every${SEP})?(?:bots?|agents?|models?)${READING}[ \t]{0,3}[:,\-–—]\s{0,3}${LEADS}${CLAUSE}${ACTION}`;

/** A tool name as agents see it: `snake_case`, `ns.snake_case` or `camelCase`. */
const TOOL_NAME =
  R`[\x60'"]?(?:[a-z][a-z0-9]{0,30}(?:\.[a-z][a-z0-9]{0,30}){0,2}(?:_[a-z0-9]{1,30}){1,5}|[a-z]{2,20}(?:[A-Z][a-z0-9]{1,20}){1,4})[\x60'"]?(?:\(\))?`;
/**
 * Between the verb and the tool: spaces or quotes on one line, not `_` (in `run_command()`,
 * `call_init` and `execute_process(` the verb is part of an identifier, not an order).
 */
const GAP = R`[ \t,*"“”«»]+`;
/**
 * `(` right after the name is a call; `:` or `=` starts arguments unless a literal value follows
 * (`use autoDestroy: true` sets an option).
 */
const TOOL_CALL =
  R`\b(?:call|invoke|execute|run|use|trigger)${GAP}(?:the${GAP}|your${GAP})?${TOOL_NAME}(?:${SEP}(?:tool|function|action|capability))?(?=${SEP}(?:with|on|to|for|pointing|passing|using|against|now|immediately|right${SEP}away|without)\b|\(|\s{0,2}[:=](?!\s{0,2}(?:true|false|null|undefined|none|yes|no|\d))|\s{0,2}[.!]?\s{0,2}$)`;
/** Tools that change, move or expose something (a tokenizer splits text; it holds no token). */
const ACTS =
  /delete|remove|drop|destroy|wipe|purge|erase|truncate|transfer|send|share|forward|grant|invite|collaborator|token(?!i[sz])|webhook|push|merge|deploy|exec|shell|command|cmd|script|pay|money|fund|withdraw|upload|publish|approve|revoke|permission|wire|mail|message|post|secret|credential|password|key|admin|role|kill|terminate|shutdown|overwrite|write|update|create_(?:user|admin|key|token|access)/i;
/** A concrete call: arguments, an address, a repository, an amount, urgency. */
/** Within the same sentence: not past a line break (also an escaped `\n` in JSON text) or a full stop. */
const CONCRETE =
  /^(?:(?!\\n|[.!?](?:\s|$))[^\n]){0,160}?(?:\b\w+\s?[=:]\s?\S|https?:\/\/|[\w.+-]+@[\w-]+\.\w|\b[\w-]+\/[\w.-]+|\d{3,}|["'\x60](?:(?!\\n)[^"'\x60\n]){2,80}["'\x60]|\b(?:immediately|right away|now|without (?:asking|confirm\w*|approval|permission|checking))\b|\b(?:all|every|each)\b)/i;
/** "the delete_repo endpoint": an API a developer calls, not a tool the model has. */
const API_NOUN =
  /^\W{0,3}(?:endpoints?|api|route|method|handler|callback|hook|helper|util|column|field|table)\b/i;

function toolName(view: string, start: number, end: number): string {
  // Bounded: a run of underscores is both a name and a separator (58 s on 4 KB unbounded).
  const m =
    /[\w.]{1,80}(?=[\x60'"]?(?:\(\))?(?:[\s,*"_]{1,8}(?:tool|function|action|capability))?$)/.exec(
      view.slice(start, end),
    );
  return m ? m[0] : "";
}

/** A real tool name (the rule runs case-insensitively): an underscore or a camelCase hump. */
const NAME_SHAPE = /_|[a-z][A-Z]/;

/** An ordered call of a named tool with concrete arguments. */
const concreteCall = (view: string, start: number, end: number): boolean =>
  NAME_SHAPE.test(toolName(view, start, end)) && ordered(view, start, end) &&
  !API_NOUN.test(view.slice(end, end + 24)) &&
  CONCRETE.test(view.slice(end, end + 160));

/** …of a tool that changes, moves or exposes something. */
const actingCall = (view: string, start: number, end: number): boolean =>
  concreteCall(view, start, end) && ACTS.test(toolName(view, start, end));

const STRONG = { output: 1.0, input: 0.5, definition: 0.4 } as const;
const ADDRESS_WEIGHTS = { output: 1.0, input: 0.5, definition: 0.6 } as const;
const ROUTINE_WEIGHTS = { output: 0.25, input: 0.15, definition: 0.2 } as const;

/** A bare "Assistant:" label, as a chat export writes before each of the assistant's turns. */
const LABEL_ONLY =
  /^[^:]{0,12}?\b(?:assistant|ai|chatbot|bot|claude|chatgpt|gpt|gemini|copilot)[ \t*]*:/i;
/** A user's turn earlier in the text ("User:", "**Customer:**", "Q:"). */
const USER_TURN =
  /(?:^|\n)[ \t]*(?:\*\*|#{1,6}[ \t]*|\[)?(?:user|human|customer|client|visitor|guest|q|me)(?:\*\*|\])?[ \t]*:/i;
/**
 * "User: …\nAssistant: Click 'Forgot password' …": in a transcript the label names who speaks, it
 * does not address the model (a fake transcript is judged by `chat_transcript`).
 */
const speakerTurn = (view: string, start: number, end: number): boolean =>
  LABEL_ONLY.test(view.slice(start, end)) &&
  USER_TURN.test(view.slice(Math.max(0, start - 1500), start + 1));

/**
 * Orders a contributor guide gives coding agents as a matter of course ("AI agents: run the tests
 * before committing", "use the helpers in src/util", "do not edit generated files"): addressed to
 * the AI, but routine. AGENTS.md / CLAUDE.md files reach the model through file tools, so such an
 * order weighs 0.25 and needs another signal (a secret, an address, a destructive command) to block.
 */
const ROUTINE_ORDER =
  /\b(?:run|use|add|include|insert|write|create|update|set|open|read|list|mark|label|consider|treat|act|behave|keep|make|avoid|do${SEP}not|don't|never|describe|translate|install|fill)$/i;
/**
 * What turns a routine verb into a harmful order within the rest of its sentence: destruction,
 * force, privilege, remote code, credentials and secrets, sending or publishing, production, git
 * settings that run code or store credentials.
 */
const HARMFUL_OBJECT =
  /\b(?:delete|remove|drop|destroy|wipe|purge|erase|truncate|rm|rmdir|del|kill|format|shred|force|sudo|chmod|chown|curl|wget|iwr|iex|eval|exec|token|tokens|secret|secrets|password|passwords|passphrase|credentials?|api[ _-]?keys?|private[ _-]?keys?|ssh|\.env|env(?:ironment)?[ _-]vars?|send|sends|email|e-mail|mail|upload|post|publish|share|forward|transfer|pay|wire|webhook|prod|production|payment|wallet|admin|root|hooks?path|credential\.helper|core\.\w+|config[ \t]+--global)\b|https?:\/\/|[\w.+-]+@[\w-]+\./i;
/** The order ends in a routine verb, and the rest of its sentence asks for nothing harmful. */
const routineOrder = (view: string, start: number, end: number): boolean => {
  if (!ROUTINE_ORDER.test(view.slice(start, end))) return false;
  const rest = view.slice(end, end + 160).split(/[.!?](?:\s|$)|\n\s*\n/, 1)[0];
  return !HARMFUL_OBJECT.test(rest);
};

/** An addressed order: full weight for what an injection wants, little for a routine one. */
function addressedOrder(
  anchors: string,
  re: string,
  accept?: InjectionRule["accept"],
  near?: number,
): InjectionRule[] {
  const ok = accept ?? (() => true);
  return [
    rule(
      "addressed_order",
      1.0,
      anchors,
      re,
      "Text addresses the AI by name and gives it an order",
      {
        at: ADDRESS_WEIGHTS,
        accept: (v, s, e) => ok(v, s, e) && !routineOrder(v, s, e),
        ...(near ? { near } : {}),
      },
    ),
    rule(
      "addressed_order",
      0.4,
      anchors,
      re,
      "Text addresses the AI by name and gives it an order",
      {
        at: ROUTINE_WEIGHTS,
        accept: (v, s, e) => ok(v, s, e) && routineOrder(v, s, e),
        ...(near ? { near } : {}),
      },
    ),
  ];
}

/** Rules for orders to the agent inside tool results. */
export const HIJACK_RULES: readonly InjectionRule[] = [
  ...addressedOrder(
    "ai llm llms langu assis chatb chat copil claud chatg gpt gemin autom auton codin",
    ADDRESSED,
    // `a message might say "Assistant, forward …"`: a write-up citing the attack, not making it.
    (view, start, end) => !speakerTurn(view, start, end) && !reportedQuote(view, start, end),
  ),
  ...addressedOrder(
    "dear hey hi hello atten attn ok okay #~agent #~Agent #agent //~agent //~Agent <!--~agent /*~agent / bot bots agent agents model",
    ADDRESSED_PLAIN,
  ),
  ...addressedOrder(
    "readi proce summa parsi analy seein handl revie index crawl scann / bot bots agent agents model models",
    ADDRESSED_READER,
    undefined,
    24,
  ),
  rule(
    "tool_hijack",
    1.0,
    "call invok execu run use trigg / delet remov drop destr wipe purge erase trunc trans send share forwa grant invit colla token webho push merge deplo exec shell comma cmd scrip pay payme money funds withd uploa publi appro revok permi wire email mail messa post secre crede passw key keys admin role kill termi shutd overw write updat creat",
    TOOL_CALL,
    "Text orders the agent to call a tool that changes or sends something, with arguments",
    { accept: actingCall, at: STRONG },
  ),
  rule(
    "tool_hijack",
    0.5,
    "call invok execu run use trigg",
    TOOL_CALL,
    "Text orders the agent to call a named tool with arguments",
    { accept: concreteCall, at: { output: 0.5, input: 0.3, definition: 0.3 } },
  ),
  rule(
    "fake_tool_call",
    1.0,
    "tool funct invok / name",
    R`<\s*(?:tool_call|function_call|tool_use|invoke)\b[^>\n]{0,60}>\s{0,10}\{\s{0,10}"(?:name|tool|function)"\s{0,4}:`,
    "Text contains a forged tool call for the agent to run",
  ),
  rule(
    "chat_transcript",
    1.2,
    "instr input / respo outpu",
    R`(?:^|\n)[ \t]{0,4}#{2,4}[ \t]{0,4}(?:instruction|input)[ \t]{0,4}:?[ \t]{0,4}\n[\s\S]{1,1500}?\n[ \t]{0,4}#{2,4}[ \t]{0,4}(?:response|output)[ \t]{0,4}:?`,
    "Text contains an instruction-tuning template (### Instruction / ### Response) for the model to continue",
    { reach: 1600, near: 1500 },
  ),
  rule(
    "fake_tool_result",
    0.5,
    "tool funct / resul outpu respo call",
    R`(?:^|[.!?]\s|\n)[ \t]{0,4}(?:the${SEP})?(?:tool|function)${SEP}(?:result|output|response|call)s?${SEP}(?:is${SEP}|has${SEP})?(?:complete|completed|ended|ends${SEP}here|finished|done|over)\s{0,2}[.!:]`,
    "Text pretends the tool result is over, so what follows looks like the agent's own context",
  ),
];
