/**
 * Weighted signals for the injection detector. Each rule describes a technique (the grammar of an
 * attack: a verb of overriding + an object that is an instruction set; a role marker; a concealment
 * clause aimed at "the user"), not literal payloads. Weights add up across distinct kinds; a rule
 * with weight >= 1 blocks on its own at the default threshold.
 */

/** One weighted signal. */
export interface InjectionRule {
  kind: string;
  weight: number;
  re: RegExp;
  reason: string;
}

const SEP = String.raw`[\s,*"“”«»_]+`;
const WORD = String.raw`[\w'’-]+`;
/** Up to `n` intervening words. */
const gap = (n: number): string => `(?:${SEP}${WORD}){0,${n}}?${SEP}`;
const alt = (...xs: string[]): string => `(?:${xs.join("|")})`;
const rx = (src: string, flags = "i"): RegExp => new RegExp(src, flags);

const OVERRIDE_VERB = alt(
  "ignor(?:e|ing)",
  "disregard(?:ing)?",
  "forget(?:ting)?",
  "overrid(?:e|ing)",
  "overwrite",
  "bypass(?:ing)?",
  "skip",
  "discard",
  "drop",
  "abandon",
  "dismiss",
  "neglect",
  "(?:set|put|cast|throw) aside",
  "throw out",
  "scrap",
  "erase",
  "wipe",
  "unlearn",
  "supersede",
  "nullify",
  "circumvent",
  "pay no (?:attention|heed|mind) to",
  "(?:do not|don't|dont|never|no longer|stop) (?:follow(?:ing)?|obey(?:ing)?|heed(?:ing)?|adher(?:e|ing) to|comply(?:ing)? with|listen(?:ing)? to)",
);
const QUAL = alt(
  "previous(?:ly)?",
  "prior",
  "preceding",
  "above",
  "earlier",
  "former",
  "foregoing",
  "original",
  "initial",
  "old",
  "existing",
  "current",
  "system",
  "developer",
  "all",
  "any",
  "every",
  "your",
  "these",
  "those",
  "other",
  "safety",
  "default",
  "given",
  "aforementioned",
  "built-in",
  "hidden",
);
const OBJ = alt(
  "instructions?",
  "prompts?",
  "rules",
  "directives?",
  "directions",
  "guidelines",
  "guidance",
  "guardrails?",
  "constraints",
  "restrictions",
  "policies",
  "programming",
  "commands",
  "orders",
  "tool descriptions?",
  "system (?:prompt|message)",
  "context",
  "training",
  "filters",
  "limitations",
);

const AI = alt(
  "ai",
  "a\\.i\\.",
  "llms?",
  "language models?",
  "assistants?",
  "chat ?bots?",
  "bots?",
  "agents?",
  "models?",
  "claude",
  "chatgpt",
  "gpt(?:-?\\d)?",
  "copilot",
  "gemini",
);
const USER = alt("user", "human", "customer", "operator", "person", "requester", "owner", "people");
const TELL = alt(
  "tell(?:ing)?",
  "inform(?:ing)?",
  "mention(?:ing)?",
  "reveal(?:ing)?",
  "notify(?:ing)?",
  "alert(?:ing)?",
  "show(?:ing)?",
  "let(?:ting)?",
  "disclos(?:e|ing)",
  "report(?:ing)?",
  "warn(?:ing)?",
  "ask(?:ing)?",
  "explain(?:ing)?",
  "say(?:ing)? anything to",
  "bother(?:ing)?",
  "confirm(?:ing)? with",
);
const NEG = alt(
  "do not",
  "don't",
  "dont",
  "never",
  "must not",
  "mustn't",
  "should not",
  "shouldn't",
  "without",
  "avoid",
);
const SECRET_FILE = alt(
  String.raw`\.ssh/`,
  String.raw`\bid_(?:rsa|dsa|ecdsa|ed25519)\b`,
  String.raw`\.aws/credentials`,
  String.raw`(?:^|[\s"'\x60(/~])\.env\b(?![.\w-])`,
  String.raw`\bmcp\.json\b`,
  String.raw`claude_desktop_config\.json`,
  String.raw`\.npmrc\b`,
  String.raw`\.netrc\b`,
  String.raw`\.pypirc\b`,
  String.raw`\.git-credentials`,
  String.raw`\.docker/config\.json`,
  String.raw`\.kube/config`,
  String.raw`/etc/(?:passwd|shadow|sudoers)\b`,
  String.raw`\.(?:bash|zsh)_history`,
  String.raw`wallet\.dat`,
  String.raw`\bcredentials\.json\b`,
  String.raw`\bsecrets?\.(?:json|ya?ml|toml|env)\b`,
);
const SECRET_WORD = alt(
  "credentials?",
  "api[ _-]?keys?",
  "access[ _-]?tokens?",
  "auth(?:entication)?[ _-]?tokens?",
  "bearer tokens?",
  "secret[ _-]?keys?",
  "secrets",
  "passwords?",
  "passphrases?",
  "private[ _-]?keys?",
  "ssh[ _-]?keys?",
  "session (?:tokens?|cookies?)",
  "cookies",
  "environment variables",
  "env vars",
  "seed phrases?",
);
const LEAK_VERB = alt(
  "reveal",
  "show",
  "print",
  "output",
  "send",
  "share",
  "leak",
  "list",
  "dump",
  "give",
  "display",
  "retrieve",
  "extract",
  "include",
  "expose",
  "return",
  "provide",
  "read",
  "collect",
  "get",
  "fetch",
  "cat",
  "open",
  "load",
  "upload",
  "attach",
  "copy",
  "access",
  "grab",
  "steal",
  "exfiltrate",
  "forward",
  "post",
);
const SEND = alt(
  "send",
  "forward",
  "upload",
  "post",
  "transmit",
  "e-?mail",
  "mail",
  "exfiltrate",
  "leak",
  "copy",
  "sync",
  "submit",
  "share",
  "deliver",
  "relay",
  "push",
  "beacon",
  "append",
  "attach",
  "pass",
  "report",
);
const DEST = alt(
  String.raw`https?://`,
  String.raw`ftp://`,
  String.raw`[\w.+-]+@[\w-]+\.[\w.]+`,
  String
    .raw`(?:the |this |my |our |an? |following |external |remote |attacker'?s? )*(?:url|endpoint|server|webhook|e-?mail(?: address)?|inbox|domain|ip(?: address)?|host|address|link|api)\b`,
);
const DATA = alt(
  "conversation",
  "chat(?: history)?",
  "history",
  "context",
  "system prompt",
  "messages",
  "emails",
  "files?",
  "contents?",
  "results?",
  "data",
  "information",
  "details",
  "documents?",
  "output",
  "everything",
  "it",
  "them",
  "this",
);
const RESPONSE = alt(
  "responses?",
  "answers?",
  "replies",
  "reply",
  "output",
  "completions?",
  "messages?",
);
const RESPONSE_VERB = alt(
  "add",
  "include",
  "insert",
  "integrate",
  "incorporate",
  "append",
  "prepend",
  "modify",
  "enhance",
  "augment",
  "embed",
  "mention",
  "introduce",
  "use",
  "replace",
  "convert",
  "substitute",
  "render",
  "provide",
  "write",
  "respond",
  "reply",
  "answer",
  "start",
  "begin",
  "end",
  "conclude",
  "translate",
  "rewrite",
  "format",
  "misspell",
  "scramble",
  "jumble",
  "rearrange",
  "anagram",
  "group",
  "combine",
  "remove",
  "encode",
  "spell",
  "reverse",
  "output",
  "print",
  "say",
  "suggest",
  "recommend",
  "promote",
  "tease",
  "hint",
  "express",
  "invite",
  "encourage",
  "emphasi[sz]e",
  "highlight",
  "stress",
  "direct",
  "offer",
  "make",
  "ensure",
  "sign",
);
const SENT = String.raw`(?:^|[.!?:;]\s+|\n\s*[-*\d.)]*\s*)`;
const TO_MODEL = alt(
  "call",
  "use",
  "invoke",
  "run",
  "execute",
  "read",
  "send",
  "forward",
  "open",
  "fetch",
  "include",
  "output",
  "print",
  "respond",
  "reply",
  "answer",
  "say",
  "write",
  "append",
  "ignore",
  "disregard",
  "reveal",
  "tell",
  "show",
  "return",
  "delete",
  "remove",
  "transfer",
  "increase",
  "change",
  "modify",
  "pass",
  "add",
  "insert",
  "access",
  "obey",
  "follow",
);

/** The English rules. */
export const ENGLISH_RULES: readonly InjectionRule[] = [
  {
    kind: "ignore_previous",
    weight: 1.2,
    re: rx(
      String.raw`\b${OVERRIDE_VERB}${gap(3)}${QUAL}${
        gap(2)
      }${OBJ}\b|\b${OVERRIDE_VERB}${SEP}(?:the${SEP})?${OBJ}\b`,
    ),
    reason: "Text tells the model to ignore its previous instructions",
  },
  {
    kind: "ignore_previous",
    weight: 1.2,
    re: rx(
      String
        .raw`\b${OVERRIDE_VERB}${SEP}(?:all${SEP}|everything${SEP}|anything${SEP})(?:\w+${SEP}){0,3}?(?:above|before|prior|previously|so far|earlier)\b|\bignore${SEP}(?:the|your)${SEP}(?:user|human)\b|\bforget${SEP}(?:everything|all|what)${SEP}(?:you|that|i|above|before)\b`,
    ),
    reason: "Text tells the model to ignore what came before it",
  },
  {
    kind: "new_instructions",
    weight: 0.8,
    re: rx(
      String
        .raw`\b(?:new|updated|revised|real|actual|true|secret|hidden|additional|override|priority|next|following|important)${SEP}(?:system${SEP})?(?:instructions?|directives?|task|orders|system prompt|objective|mission)\b${SEP}?(?:[:\-–—]|are\b|is\b|from\b|in\b|below\b)|\byour${SEP}(?:new|real|actual|next|true|only|primary|updated)${SEP}(?:task|instructions?|job|goal|objective|mission|role|purpose|directive)s?\b`,
    ),
    reason: "Text announces new instructions for the model",
  },
  {
    kind: "override_mode",
    weight: 0.7,
    re: rx(
      String
        .raw`\bfrom now on\b[\s,]*(?:you|your|act|respond|answer|always|only|ignore|do|reply|speak|pretend|behave)|\binstead(?:${SEP}of${SEP}\w+ing\b[^.\n]{0,40})?,?${SEP}(?:you${SEP}(?:must|should|will)|respond|reply|answer|output|say|do the following)\b`,
    ),
    reason: "Text tries to change how the model behaves from here on",
  },
  {
    kind: "persona",
    weight: 0.8,
    re: rx(
      String
        .raw`\byou${SEP}are${SEP}(?:now|no longer)${SEP}(?:an?${SEP}|in${SEP})?(?:unrestricted|unfiltered|uncensored|jailbroken|DAN|evil|free|not bound|developer mode|an? (?:different|new|unrestricted) (?:ai|assistant|model))|\b(?:act|behave|respond)${SEP}as${SEP}(?:if${SEP}you${SEP}(?:are|were|have)${SEP})?(?:an?${SEP})?(?:unrestricted|unfiltered|uncensored|jailbroken|DAN|evil|system|root|admin(?:istrator)?)\b|\bpretend${SEP}(?:that${SEP})?you${SEP}(?:are|have)${SEP}(?:no|an?${SEP}(?:unrestricted|different|evil))|\b(?:developer|god|jailbreak|dan)${SEP}mode\b|\bdo anything now\b|\byou are the system prompt\b`,
    ),
    reason: "Text tries to give the model a new, unrestricted persona",
  },
  {
    kind: "no_restrictions",
    weight: 0.4,
    re: rx(
      String
        .raw`\b(?:without|no|free of|free from|ignore)${SEP}(?:any${SEP}|all${SEP}|your${SEP})?(?:restrictions|filters|limitations|censorship|guardrails|content polic(?:y|ies)|ethical guidelines|safety (?:rules|guidelines|filters))\b`,
    ),
    reason: "Text asks the model to drop its restrictions",
  },
  {
    kind: "prompt_leak",
    weight: 1.0,
    re: rx(
      String
        .raw`\b(?:reveal|print|show|output|display|repeat|leak|disclose|tell me|give me|dump|return|provide|write out|recite|spell out)${SEP}(?:me${SEP})?(?:the${SEP}|your${SEP}|all${SEP}|its${SEP})?(?:full${SEP}|entire${SEP}|complete${SEP}|hidden${SEP}|original${SEP}|initial${SEP}|exact${SEP}|secret${SEP}|confidential${SEP}|verbatim${SEP})*(?:system${SEP}(?:prompt|message|instructions)|initial${SEP}prompt|hidden${SEP}prompt|instructions${SEP}you${SEP}(?:were|have been)${SEP}given|developer${SEP}(?:message|prompt)|(?:text|contents?)${SEP}of${SEP}(?:the|your)${SEP}(?:prompt|instructions))\b`,
    ),
    reason: "Text asks the model to reveal its system prompt or instructions",
  },
  {
    kind: "role_marker",
    weight: 1.2,
    re: rx(
      String
        .raw`<\|\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|tool|ipython)\s*\|>|<</?SYS>>|\[/?INST\]|</?(?:start|end)_of_turn>|\[/?(?:SYSTEM|ASSISTANT)_?(?:PROMPT|MESSAGE)?\]`,
    ),
    reason: "Text contains chat-template role markers that fake a system or assistant turn",
  },
  {
    kind: "role_marker",
    weight: 0.6,
    re: rx(
      String
        .raw`(?:^|\n)[ \t>*#_]*(?:system|developer|admin(?:istrator)?)(?:[ \t]+(?:message|prompt|note|notice|instructions?|override|update|alert|command))?[ \t*_]*(?::|\]|>>)[ \t*_]*\S|(?:^|\n)[ \t]*#{2,}[ \t]*(?:instruction|system|response|input)s?[ \t]*:|"role"\s*:\s*"(?:system|developer)"`,
    ),
    reason: "Text contains a line that poses as a system or developer message",
  },
  {
    kind: "role_marker",
    weight: 0.4,
    re: rx(String.raw`(?:^|\n)[ \t>*_]*(?:assistant|ai|chatgpt|claude|gpt|bot)[ \t*_]*:[ \t]*\S`),
    reason: "Text contains a line that poses as an assistant turn",
  },
  {
    kind: "fake_tool_result",
    weight: 0.8,
    re: rx(
      String
        .raw`</?(?:tool_result|tool_response|function_results?|function_calls?|tool_call|tool_use|search_results?|antml:[a-z_]+|invoke|parameter)\b[^>\n]{0,60}>|\[(?:tool|function)[ _](?:result|output|response)\]|\b(?:SYSTEM|ADMIN|ADMINISTRATOR|DEVELOPER|OPENAI|ANTHROPIC)[ _](?:MESSAGE|NOTICE|OVERRIDE|UPDATE|INSTRUCTIONS?|NOTE|ALERT|COMMAND|PROMPT)\b|[\[(]\s*(?:system|admin|developer)\b[^\])\n]{0,30}[\])]`,
    ),
    reason: "Text imitates a tool result or a system/admin message",
  },
  {
    kind: "hidden_tag",
    weight: 0.7,
    re: rx(
      String
        .raw`<\s*/?\s*(?:important|system|instructions?|secret|hidden|admin|assistant|ai|prompt|sys|user_instructions?|critical|note_to_(?:ai|assistant|model)|override|priority|mandatory|directive|rules)\s*(?:\s[^>\n]{0,40})?>`,
    ),
    reason: "Text contains a hidden-instruction tag such as <IMPORTANT> or <SYSTEM>",
  },
  {
    kind: "hidden_comment",
    weight: 0.6,
    re: rx(
      String
        .raw`<!--(?:(?!-->)[\s\S]){0,600}?\b(?:you|your|assistant|ai|model|llm|agent|instructions?|ignore|must|always|never|do not|send|forward|read|call|execute|reveal)\b(?:(?!-->)[\s\S]){0,600}?-->`,
    ),
    reason: "Text hides instructions inside an HTML comment",
  },
  {
    kind: "addresses_ai",
    weight: 0.7,
    re: rx(
      String
        .raw`\b(?:note|message|instructions?|attention|reminder|important|attn|hey|dear|memo)${SEP}?(?:to|for)?${SEP}(?:the${SEP}|all${SEP}|any${SEP})?${AI}\b(?!${SEP}(?:manager|director|secretary|professor|coach|editor|engineer|team)\b)|\bif${SEP}you${SEP}are${SEP}(?:an?${SEP})?(?:ai|llm|language model|assistant|chatbot|agent|automated|model|bot|gpt|claude)\b|\b(?:ai|llm)${SEP}(?:assistants?|agents?|models?)${SEP}(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing)${SEP}this\b|\bto${SEP}any${SEP}${AI}\b`,
    ),
    reason: "Text addresses the AI model directly",
  },
  {
    kind: "conceal_from_user",
    weight: 1.0,
    re: rx(
      String
        .raw`\b${NEG}${SEP}(?:ever${SEP})?${TELL}${SEP}(?:(?:this|that|it|anything|about${SEP}(?:this|it))${SEP})?(?:to${SEP})?(?:the${SEP}|your${SEP})?${USER}s?\b|\b(?:the${SEP})?${USER}${SEP}(?:must|should|will|need|may|can)${SEP}?(?:not|never|n't)${SEP}(?:ever${SEP})?(?:know|see|find out|notice|learn|be${SEP}(?:told|informed|aware|notified|shown))\b|\b(?:keep|hide)${SEP}(?:this|it|these|that|the${SEP}\w+)${SEP}(?:\w+${SEP})?from${SEP}(?:the${SEP})?${USER}\b|\bwithout${SEP}(?:the${SEP})?${USER}(?:'s)?${SEP}(?:knowing|knowledge|noticing|consent|seeing)\b`,
    ),
    reason: "Text tells the model to hide something from the user",
  },
  {
    kind: "conceal",
    weight: 0.5,
    re: rx(
      String
        .raw`\b${NEG}${SEP}(?:mention|reveal|disclose|acknowledge|reference|say|print|display|show)(?:ing)?${SEP}(?:that${SEP}|this${SEP}|these${SEP}|the${SEP}|any${SEP})?(?:instructions?|this (?:message|note|step|instruction|request)|these (?:steps|instructions)|you${SEP}(?:were|are|did|have))\b|\b(?:silently|secretly|covertly|quietly|discreetly|invisibly)${SEP}(?:\w+${SEP})?${TO_MODEL}\b|\b(?:you${SEP})?(?:do not|don't|dont)${SEP}(?:have${SEP}|need${SEP})?(?:to${SEP})?ask${SEP}(?:the${SEP}user${SEP})?for${SEP}(?:permission|confirmation|approval)\b`,
    ),
    reason: "Text asks the model to act silently or hide what it does",
  },
  {
    kind: "secret_file",
    weight: 0.3,
    re: rx(SECRET_FILE),
    reason: "Text refers to a credential or configuration file",
  },
  {
    kind: "read_secret_file",
    weight: 0.8,
    re: rx(String.raw`\b${LEAK_VERB}\b[^.!?\n]{0,80}?(?:${SECRET_FILE})`),
    reason: "Text asks to read or send a credential or configuration file",
  },
  {
    kind: "secret_request",
    weight: 0.6,
    re: rx(
      String
        .raw`\b${LEAK_VERB}${SEP}(?:me${SEP})?(?:(?:the|all|your|any|their|user'?s?|stored|saved|current|every|of)${SEP})*${SECRET_WORD}\b`,
    ),
    reason: "Text asks to reveal or send credentials or secrets",
  },
  {
    kind: "exfiltration",
    weight: 0.5,
    re: rx(
      String.raw`\b${SEND}\b(?:${SEP}[\w'"./:@-]+){0,8}?${SEP}(?:to|into|at|via|onto)${SEP}${DEST}`,
    ),
    reason: "Text tells the model to send data to an outside address",
  },
  {
    kind: "exfiltration",
    weight: 0.4,
    re: rx(
      String
        .raw`\b${SEND}${SEP}(?:(?:the|all|a copy of|every|your|my|our|this|full|entire|whole|previous|user'?s?)${SEP})*${DATA}\b`,
    ),
    reason: "Text tells the model to send data somewhere",
  },
  {
    kind: "url_exfiltration",
    weight: 0.7,
    re: rx(
      String
        .raw`https?://[^\s"'<>)]*[?&][\w.-]+=(?:\{\{?[^}\s]{1,40}\}|\[[A-Za-z_ ]{3,30}\]|<[A-Za-z_ ]{3,30}>|\$\{?[A-Za-z_]+\}?|%s\b|(?:DATA|SECRET|TOKEN|KEY|PASSWORD|CONTENT|INFO|PAYLOAD)\b)|\b(?:append|add|attach|put|encode|include)\b[^.\n]{0,60}?\b(?:to|in|into)${SEP}(?:the${SEP})?(?:url|link|query(?: string)?|https?://)`,
    ),
    reason: "Text builds a URL that carries data out in its query string",
  },
  {
    kind: "image_exfiltration",
    weight: 0.5,
    re: rx(
      String
        .raw`!\[[^\]\n]{0,200}\]\(\s*<?https?://[^\s)]*\?[^\s)]*=|<img\b[^>]{0,300}?\bsrc\s*=\s*["']?https?://[^"'\s>]*\?[^"'\s>]*=`,
    ),
    reason: "Text embeds an image whose URL carries data in its query string",
  },
  {
    kind: "image_exfiltration",
    weight: 0.8,
    re: rx(
      String
        .raw`!\[[^\]\n]{0,200}\]\(\s*<?https?://[^\s)]*\?[^\s)]*=(?:[^\s)&]{24,}|[^\s)&]*(?:\{|\[|%7B|\$))|<img\b[^>]{0,300}?\bsrc\s*=\s*["']?https?://[^"'\s>]*\?[^"'\s>]*=(?:[^"'\s>&]{24,}|[^"'\s>&]*(?:\{|\[|%7B|\$))`,
    ),
    reason:
      "Text embeds an image whose URL carries data (or a data placeholder) in its query string",
  },
  {
    kind: "tool_call_request",
    weight: 0.4,
    re: rx(
      String
        .raw`\byou${SEP}(?:must|should|need${SEP}to|have${SEP}to|are${SEP}(?:required|instructed|expected)${SEP}to|will${SEP}need${SEP}to|shall)${SEP}(?:now${SEP}|first${SEP}|immediately${SEP}|also${SEP}|always${SEP}|then${SEP})?${TO_MODEL}\b|\b(?:call|invoke|use|run|execute|trigger)${SEP}(?:the${SEP})?[\x60'"]?[a-z0-9]+_[a-z0-9_]+[\x60'"]?${SEP}(?:tool|function)\b|\b(?:before|after|when|whenever|instead${SEP}of)${SEP}(?:using|calling|invoking|running|executing|you${SEP}(?:use|call|invoke|run|respond|answer|reply))${SEP}(?:this|that|the|any|another|other|a)?${SEP}?(?:\w+${SEP})?(?:tool|function|command)s?\b`,
    ),
    reason: "Text gives the model orders about which tools to call",
  },
  {
    kind: "response_manipulation",
    weight: 0.35,
    re: rx(
      String
        .raw`\b(?:in|to|into|within|throughout|with|from)${SEP}(?:your|the)${SEP}${RESPONSE}\b|\byour${SEP}${RESPONSE}${SEP}(?:should|must|shall|needs?${SEP}to|has${SEP}to|will)\b`,
    ),
    reason: "Text tells the model what to put in its answer",
  },
  {
    kind: "response_manipulation",
    weight: 0.4,
    re: rx(
      String
        .raw`${SENT}(?:please${SEP})?${RESPONSE_VERB}\b[^.!?\n]{0,160}?\byour${SEP}${RESPONSE}\b`,
    ),
    reason: "Text tells the model how to change its answer",
  },
  {
    kind: "code_injection",
    weight: 0.4,
    re: rx(
      String
        .raw`\b(?:following|subsequent|below|this|these|given)${SEP}(?:code|snippet|code${SEP}(?:snippet|block|excerpt|section|fragment|segment))\b[^.!?\n]{0,120}?\byour${SEP}(?:code|codebase|implementation|solution|algorithm|response|answer|program|script|elucidation|reply)\b|\byour${SEP}(?:code|codebase|implementation|solution|algorithm|program|script)\b[^.!?\n]{0,80}?\b(?:following|subsequent|below)${SEP}(?:code|snippet|code${SEP}(?:snippet|block|excerpt|section))\b`,
    ),
    reason: "Text tells the model to put given code into its work",
  },
  {
    kind: "malicious_code",
    weight: 0.7,
    re: rx(
      String
        .raw`\brm${SEP}-[a-z]*r[a-z]*f?${SEP}(?:/|~|\*|\$HOME)(?:\s|$|usr|etc|lib|bin|var|home)|\bdd${SEP}if=\S+${SEP}of=/dev/[sh]d|\bmkfs\.|:\(\)\s*\{\s*:\|:&\s*\};:|\b(?:curl|wget)\b[^\n|;]{0,200}(?:\|\s*(?:ba|z)?sh\b|&&\s*chmod\s+\+x)|\bexec\(\s*(?:open|requests\.get|urllib)|\bos\.remove\(\s*["']/(?:lib|etc|usr|bin|boot)|\bsystemctl\s+stop\b|/etc/init\.d/rc\.local|\bnc\s+-e\s|bash\s+-i\s+>&\s*/dev/tcp/`,
    ),
    reason: "Text contains destructive or remote-execution code",
  },
  {
    kind: "malicious_code",
    weight: 0.5,
    re: rx(
      String
        .raw`(?:os\.environ|cookiejar|cookies\.txt|psutil\.|virtual_memory|disk_partitions|driverquery|net_if_addrs|query_devices|usb\.core|getpass|keylog|/path/to/trash|contacts\.csv|\.ssh/)[\s\S]{0,400}?(?:requests\.post|\.sendall|\.sendto|storbinary|smtplib|yagmail|publish\.single|urlopen|http\.client|\bcurl\b|files=)`,
    ),
    reason: "Text contains code that collects local data and sends it out",
  },
  {
    kind: "urgency",
    weight: 0.2,
    re: rx(
      String
        .raw`\*{2,}\s*important|\bIMPORTANT(?: NEW)? INSTRUCTIONS\b|\bURGENT\b|\bCRITICAL\b|\bMANDATORY\b`,
      "",
    ),
    reason: "Text uses urgent, shouting language typical of injected instructions",
  },
];
