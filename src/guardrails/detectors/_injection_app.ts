/**
 * Injection rules for attacks on LLM applications: text that asks the model to run or evaluate
 * code, to drop its safe persona, to disclose its prompt or secrets, to write jailbreaks for other
 * models, or to echo markup back. Each rule is an order or a question put to the model (imperative,
 * second person, vocative "AI"). Inside a tool result nothing should speak to the model at all, so
 * these rules weigh most at the `output` stage; a user's own argument may well ask such a question
 * ("what does eval() return?"), so they weigh less at `input` and least in tool definitions.
 */
import { type InjectionRule, ordered, rule } from "./_injection_rules.ts";
import { SENT, SEP } from "./_injection_words.ts";
import { reportedQuote } from "./_injection_quoted.ts";

const R = String.raw;

/** Stage weights: blocks alone inside a tool result, needs company elsewhere. */
const STRONG = { output: 1.0, input: 0.7, definition: 0.5 } as const;
/** Stage weights for a signal that needs company even inside a tool result. */
const MEDIUM = { output: 0.7, input: 0.5, definition: 0.4 } as const;

/** Start of a piece of code: an import, a call (`name(`, `a.b(`), a dunder chain. */
const CODE_START =
  R`(?:import${SEP}[A-Za-z_]|from${SEP}[A-Za-z0-9.]+${SEP}import\b|[A-Za-z_]\w{2,}(?:\.\w+)*\s*\(|[A-Za-z_]\w*(?:\.\w+)+\s*\(|\(\s*\)\s*\.|__\w+__)`;
/** Code that runs commands or arbitrary code, or climbs out of a sandbox. */
const DANGER = new RegExp(
  R`\b(?:eval|exec|execfile|popen|system|spawn|execSync|spawnSync|shell_exec|passthru|proc_open|__import__)\s*\(|\bos\s*\.\s*(?:popen|system|exec\w*|spawn\w*)\b|\bsubprocess\b|__(?:subclasses|globals|builtins|mro|class|import)__|\bimport\s+(?:os|subprocess|pty|socket)\b|child_process|Runtime\.getRuntime|\bpopen\b`,
  "i",
);
/** A quoted program rather than an expression: statements, imports. */
const PROGRAM = /;|\bimport\b/;
/** "It is 4.", "Answer: 4", "→ 4": the question is answered, as a tutorial does. */
const ANSWERED =
  /\b(?:it|this|that|the (?:answer|result|output|value))\s+(?:is|was|will be|would be|prints?|returns?|gives|outputs?|evaluates)\b|\banswers?\s*:|\bsolution\s*:|\boutputs?\s*:|=>|→|\bprints\s+[`'"\d]/i;

/** The rest of the line (or 300 characters) after `end`. */
function lineAfter(view: string, end: number): string {
  const nl = view.indexOf("\n", end);
  return view.slice(end, nl < 0 ? Math.min(view.length, end + 300) : Math.min(nl, end + 300));
}

/** The code question is left open (a tutorial answers it). */
const unanswered = (view: string, _start: number, end: number): boolean =>
  !ANSWERED.test(view.slice(end, end + 300));

/** Open question about code that is a program or does something dangerous. */
const dangerousOpen = (view: string, start: number, end: number): boolean => {
  if (!unanswered(view, start, end)) return false;
  const code = view.slice(Math.max(start, end - 40), end) + lineAfter(view, end);
  return DANGER.test(code) || PROGRAM.test(code);
};

/** Dangerous code in the same line or the sentence before the order. */
const dangerNear = (view: string, start: number, end: number): boolean =>
  ordered(view, start, end) &&
  DANGER.test(view.slice(Math.max(0, start - 200), start) + lineAfter(view, end));

/** Dangerous code in the rest of the line. */
const dangerAfter = (view: string, start: number, end: number): boolean =>
  DANGER.test(view.slice(start, end) + lineAfter(view, end));

const RESULT_Q =
  R`\bwhat(?:'s|’s|${SEP}is|${SEP}was|${SEP}would${SEP}be|${SEP}will${SEP}be)${SEP}(?:the${SEP})?(?:(?:final|exact|actual|resulting|real)${SEP})?(?:result|output|outcome|return${SEP}value|value)${SEP}(?:of|from)${SEP}(?:(?:running|executing|evaluating|calling)${SEP})?[\x60'"(]?\s*${CODE_START}`;
const DOES_Q =
  R`\b(?:tell${SEP}me|explain|show${SEP}me)${SEP}what${SEP}[\x60'"]?${CODE_START}[^\n]{0,120}?\b(?:does|returns?|prints?|outputs?|evaluates${SEP}to|gives|would${SEP}(?:return|print|output|give))\b|\bwhat${SEP}(?:does|would|will)${SEP}[\x60'"]?${CODE_START}[^\n]{0,120}?\b(?:return|print|output|evaluate${SEP}to|produce|give)\b`;
const LEAD = R`(?:(?:please|kindly|now|just|hello|hi|hey|ok|okay|then|and)${SEP})*`;
const DARK_ROLE =
  R`(?:villain|evil|criminal|hacker|malicious|unethical|amoral|immoral|rogue|devil|demon|terrorist|sociopath|psychopath|bad${SEP}guy|jailbroken|unrestricted|uncensored|unfiltered|DAN)`;
/** "what I write", "after me": the model is to say back what it is given. */
const ECHO_WHAT = R`(?:what${SEP}i${SEP}(?:write|say|type|wrote|said|give${SEP}you)|after${SEP}me)`;
const SECRET_CALL =
  R`[\x60'"]?\w*(?:password|passwd|secret|token|api_?key|credential|private_?key|ssh_?key)\w*\s*\(`;

/** Rules for orders and questions put to the model inside data. */
export const APP_RULES: readonly InjectionRule[] = [
  // --- run or evaluate code
  rule(
    "code_eval",
    0.7,
    "resul outpu outco value / what",
    RESULT_Q,
    "Text asks the model for the result of running a piece of code",
    { accept: unanswered, at: MEDIUM },
  ),
  rule(
    "code_eval",
    1.0,
    "resul outpu outco value / what",
    RESULT_Q,
    "Text asks the model to run a program or dangerous code and report the result",
    { accept: dangerousOpen, at: STRONG },
  ),
  rule(
    "code_eval",
    0.7,
    "what / does do would will retur print outpu evalu produ give gives",
    DOES_Q,
    "Text asks the model what a piece of code returns",
    { accept: unanswered, at: MEDIUM },
  ),
  rule(
    "code_eval",
    1.0,
    "what / does do would will retur print outpu evalu produ give gives",
    DOES_Q,
    "Text asks the model what a program or dangerous code returns",
    { accept: dangerousOpen, at: STRONG },
  ),
  rule(
    "code_exec_request",
    1.0,
    "evalu eval execu inter compu =run: =Run: =RUN:",
    R`${SENT}${LEAD}(?:evaluate|eval|execute|run|interpret|compute)\s*:\s*[\x60'"]?\s*${CODE_START}`,
    "Text orders the model to run or evaluate the code that follows",
    { at: STRONG },
  ),
  rule(
    "code_exec_request",
    1.0,
    "decod / execu run eval evalu follo obey do",
    R`\bdecode${SEP}(?:it${SEP}|this${SEP}|that${SEP})?(?:and|then|&)${SEP}(?:then${SEP})?(?:execute|run|eval(?:uate)?|follow|obey|do)\b`,
    "Text orders the model to decode and run hidden content",
    { accept: ordered, at: STRONG },
  ),
  rule(
    "code_exec_request",
    0.7,
    "execu run / pleas kindl now hello hi hey",
    R`${SENT}(?:(?:hello|hi|hey|ok|okay)${SEP})?(?:please|kindly|now)${SEP}(?:execute|run)\s*:`,
    "Text orders the model to run what follows",
    { at: MEDIUM },
  ),
  rule(
    "code_exec_request",
    0.6,
    "run execu / comma",
    R`\b(?:use${SEP}(?:it|this|that|them)${SEP}to${SEP})?(?:run|execute)${SEP}(?:(?:an?|any|some|arbitrary|the)${SEP})?(?:(?:os|shell|system|terminal|bash|arbitrary)${SEP})?commands?(?=\s*(?:[.!]|$)|${SEP}(?:on|in)${SEP}(?:the${SEP})?(?:host|server|system|machine)\b)`,
    "Text orders the model to run commands",
    { accept: ordered, at: { output: 0.6, input: 0.4, definition: 0.2 } },
  ),
  rule(
    "code_exec_request",
    1.0,
    "run execu / comma",
    R`\b(?:use${SEP}(?:it|this|that|them)${SEP}to${SEP})?(?:run|execute)${SEP}(?:(?:an?|any|some|arbitrary|the)${SEP})?(?:(?:os|shell|system|terminal|bash|arbitrary)${SEP})?commands?(?=\s*(?:[.!]|$)|${SEP}(?:on|in)${SEP}(?:the${SEP})?(?:host|server|system|machine)\b)`,
    "Text orders the model to run commands with a dangerous function",
    { accept: dangerNear, at: STRONG },
  ),
  rule(
    "code_exec_request",
    1.0,
    "code scrip progr funct / input comma code",
    R`${SENT}${LEAD}(?:write|generate|create|give${SEP}me|produce)${SEP}(?:(?:some|a|an|the)${SEP})?(?:[A-Za-z0-9+#-]+${SEP})?(?:code|script|program|function|snippet)\b[^.!?\n]{0,60}?\b(?:execute|run|eval(?:uate)?)s?${SEP}(?:(?:raw|any|arbitrary|the)${SEP})*(?:user|untrusted|arbitrary|external)${SEP}(?:input|commands?|code)\b`,
    "Text orders the model to write code that runs untrusted input",
    { at: STRONG },
  ),
  rule(
    "hypothetical_probe",
    0.6,
    "would / if user perso someo someb custo human",
    R`\bif${SEP}(?:(?:a|the|some|any|another)${SEP})?(?:user|person|someone|somebody|customer|human)${SEP}(?:asked|told|wanted|requested|instructed|ordered|begged)${SEP}[^?\n]{0,120}?\bwhat${SEP}would${SEP}you${SEP}(?:respond|say|do|answer|reply|output|return|write)\b`,
    "Text probes the model with a hypothetical request",
    { at: { output: 0.6, input: 0.4, definition: 0.3 } },
  ),
  rule(
    "hypothetical_probe",
    1.0,
    "would / if user perso someo someb custo human",
    R`\bif${SEP}(?:(?:a|the|some|any|another)${SEP})?(?:user|person|someone|somebody|customer|human)${SEP}(?:asked|told|wanted|requested|instructed|ordered|begged)${SEP}(?:you${SEP})?to${SEP}(?:run|execute|eval(?:uate)?|call|invoke)\b[^?\n]{0,120}?\bwhat${SEP}would${SEP}you${SEP}(?:respond|say|do|answer|reply|output|return|write)\b`,
    "Text probes the model with a hypothetical request to run dangerous code",
    { accept: dangerAfter, at: STRONG },
  ),
  // --- drop the safe persona
  rule(
    "persona",
    1.0,
    "forge stop quit drop aband ditch give / being",
    R`\b(?:forget|stop|quit|drop|abandon|ditch|give${SEP}up)${SEP}(?:about${SEP})?being${SEP}(?:so${SEP})?(?:harmless|ethical|moral|aligned|censored|filtered|restricted|an?${SEP}(?:ai|assistant|ai${SEP}assistant|language${SEP}model|chatbot|bot)|a${SEP}good${SEP}(?:ai|assistant|bot))\b`,
    "Text tells the model to drop its safe persona",
    { accept: ordered, at: STRONG },
  ),
  rule(
    "persona",
    1.0,
    "prete imagi act rolep role play / villa evil crimi hacke malic uneth amora immor rogue devil demon terro socio psych jailb unres uncen unfil dan bad",
    R`\b(?:pretend|imagine|act${SEP}as${SEP}if|act${SEP}like|role-?play${SEP}as|play${SEP}the${SEP}role${SEP}of)${SEP}(?:that${SEP})?(?:you(?:'re|’re|${SEP}are|${SEP}were)${SEP})?(?:an?${SEP}|the${SEP})?(?:[A-Za-z0-9'’-]+${SEP})?${DARK_ROLE}\b|\b(?:act|behave|respond)${SEP}as${SEP}(?:an?${SEP}|the${SEP})?(?:[A-Za-z0-9'’-]+${SEP})?${DARK_ROLE}\b|\byou(?:'re|’re|${SEP}are)${SEP}(?:now${SEP})?(?:an?${SEP}|the${SEP})?${DARK_ROLE}${SEP}(?:ai|assistant|model|chatbot|bot)\b`,
    "Text casts the model as a villain or an unrestricted character",
    { accept: ordered, at: STRONG },
  ),
  // --- disclose the prompt or secrets
  rule(
    "prompt_leak",
    0.7,
    "instr rules guide direc promp confi progr / your",
    R`\b(?:tell|show|give|reveal|share|spill|confess|disclose|list|print|dump|recite)${SEP}(?:(?:me|us)${SEP})?(?:all${SEP})?your${SEP}(?:(?:deepest|darkest|hidden|inner|secret|internal|original|initial|real|true|confidential|system|exact)${SEP})*(?:instructions|rules|guidelines|directives|prompt|configuration|programming)\b`,
    "Text asks the model to disclose its instructions",
    { accept: ordered, at: { output: 0.7, input: 0.6, definition: 0.5 } },
  ),
  rule(
    "secret_request",
    0.6,
    "secre / tell",
    R`\btell${SEP}(?:me|us)${SEP}(?:all${SEP})?your${SEP}(?:(?:deepest|darkest|hidden|inner|real|true)${SEP})*secrets\b`,
    "Text asks the model to tell its secrets",
    { accept: ordered },
  ),
  rule(
    "prompt_leak",
    1.0,
    "repea recit repro outpu print copy echo / above writt verba exact word preced far start begin",
    R`\b(?:repeat|recite|reproduce|output|print|copy|echo)${SEP}(?:back${SEP})?(?:(?:exactly|verbatim|word${SEP}for${SEP}word|everything)${SEP}(?:what${SEP}(?:is|was)${SEP}(?:written|said|stated)|everything|all${SEP}(?:the${SEP})?(?:text|words)|the${SEP}(?:text|words|content|lines|messages?))|what${SEP}(?:is|was)${SEP}written|(?:all${SEP})?the${SEP}(?:text|words|prompt|system${SEP}message|instructions)|your${SEP}(?:instructions|prompt))(?:${SEP}(?:written|said|stated|shown|typed))?${SEP}(?:above|before${SEP}(?:this|that)|so${SEP}far|preceding|from${SEP}the${SEP}(?:start|beginning))\b`,
    "Text asks the model to repeat the text that came before (its prompt)",
    // `the bot leaked its prompt when asked to "repeat the text above"`: a red-team finding.
    { accept: (view, start, end) => ordered(view, start, end) && !reportedQuote(view, start, end) },
  ),
  rule(
    "addresses_ai",
    0.5,
    ",AI ,~AI ,~A.I. ,~assistant ,~Assistant ,~model ,~Model ,~chatbot ,~Chatbot ,~bot ,~Bot ,~LLM ,~GPT ,~ChatGPT ,~Claude ,~Gemini ,~Copilot",
    R`,\s*(?:AI|A\.I\.|[Aa]ssistant|[Mm]odel|[Cc]hatbot|[Bb]ot|LLM|GPT|ChatGPT|Claude|Gemini|Copilot)\s*[!?]`,
    "Text calls out to the AI by name",
    { flags: "", at: { output: 0.5, input: 0.3, definition: 0.3 } },
  ),
  // --- echo markup back, write jailbreaks, leak to the requester
  rule(
    "echo_payload",
    1.0,
    "repea echo say print outpu write type copy repro retur / scrip img ifram svg javas onerr objec embed",
    R`\b(?:repeat|echo|say|print|output|write|type|copy|reproduce|return)${SEP}(?:(?:back${SEP})?(?:(?:exactly|verbatim|literally|word${SEP}for${SEP}word)${SEP})?${ECHO_WHAT}|(?:back${SEP}|(?:exactly|verbatim|literally|word${SEP}for${SEP}word)${SEP})+(?:the${SEP}following|this|it))\b[^\n<]{0,30}?:\s*(?:<\s*(?:script|img|iframe|svg|object|embed|body|meta|link|a\s+href)\b|javascript:)`,
    "Text asks the model to echo markup or script back into its answer",
    { accept: ordered },
  ),
  rule(
    "jailbreak_request",
    1.0,
    "promp jailb input messa instr queri / force trick fool coerc manip jailb bypas subve overr break gener write creat craft compo desig produ build",
    R`\b(?:generate|write|create|craft|compose|design|produce|build|come${SEP}up${SEP}with|give${SEP}me)${SEP}(?:me${SEP})?(?:(?:an?|some|the|another|new)${SEP})?(?:[A-Za-z0-9'’-]+${SEP})?(?:prompts?|jailbreaks?|inputs?|messages?|instructions|quer(?:y|ies))${SEP}(?:that|which|to|for${SEP}(?:making|getting))${SEP}(?:will${SEP}|would${SEP}|can${SEP}|could${SEP})?(?:force|trick|fool|coerce|manipulate|jailbreak|bypass|subvert|override|break)|\b(?:generate|write|create|craft|compose|design|produce|build)${SEP}(?:me${SEP})?(?:(?:an?|some|another|new|working)${SEP})*jailbreak(?:s|${SEP}prompts?)?\b`,
    "Text asks the model to write a prompt that breaks another model",
    { accept: ordered, at: STRONG },
  ),
  rule(
    "authority_claim",
    0.5,
    "teame pente teste resea hacke audit / as am certi autho licen profe offic red ethic secur safet",
    R`\b(?:as|i${SEP}am|i'm|i’m|speaking${SEP}as)${SEP}(?:an?${SEP}|the${SEP}|your${SEP})?(?:(?:certified|authori[sz]ed|licensed|professional|official|senior|accredited|approved)${SEP})*(?:red(?:${SEP})?teamer|red${SEP}team${SEP}(?:member|lead|operator)|pen(?:etration)?(?:${SEP})?tester|security${SEP}researcher|ethical${SEP}hacker|(?:ai${SEP})?(?:safety|security)${SEP}(?:researcher|auditor|tester))\b`,
    "Text claims a red-team or research role to push the model past its rules",
  ),
  rule(
    "harmful_howto",
    0.5,
    "explo hack attac breac compr crack jailb bypas weapo infec / how",
    R`(?:${SENT}|,[ \t]+)(?:please${SEP}|now${SEP})?(?:provide|give|explain|tell|show|teach|describe|write|detail|list|outline)${SEP}(?:(?:me|us)${SEP})?(?:(?:some|the|a|detailed|step-by-step|clear|full)${SEP})*(?:(?:guidance|instructions|steps|guide|details|tutorial|methods|ways)${SEP}(?:on|for|about)${SEP})?how${SEP}to${SEP}(?:exploit|hack|attack|breach|compromise|break${SEP}into|crack|jailbreak|bypass|weaponi[sz]e|infect)\b`,
    "Text orders the model to explain how to attack something",
    { at: { output: 0.5, input: 0.4, definition: 0.4 } },
  ),
  rule(
    "exfil_to_requester",
    1.0,
    "send forwa retur repor post give email mail / me",
    R`\b(?:send|forward|return|report|post|give|e-?mail|mail)${SEP}(?:(?:it|this|that|them)${SEP}|the${SEP}(?:value|result|output|answer|response|data|contents?)${SEP})?(?:back${SEP})?to${SEP}me\b[^\n]{0,20}?[:\-–]\s*${SECRET_CALL}`,
    "Text asks the model to send the result of a credential call back to the requester",
    { accept: ordered, at: STRONG },
  ),
  rule(
    "exfil_to_requester",
    0.6,
    "send forwa retur repor post give email mail / me",
    R`\b(?:send|forward|return|report|post|give|e-?mail|mail)${SEP}(?:(?:it|this|that|them)${SEP}|the${SEP}(?:value|result|output|answer|response|data|contents?)${SEP})?(?:back${SEP})?to${SEP}me\b[^\n]{0,20}?[:\-–]\s*[\x60'"]?${CODE_START}`,
    "Text asks the model to run code and send the result back to the requester",
    { accept: ordered, at: MEDIUM },
  ),
];
