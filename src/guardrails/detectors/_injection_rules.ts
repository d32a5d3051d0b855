/**
 * Weighted signals for the injection detector. Each rule describes a technique (the grammar of an
 * attack: a verb of overriding + an object that is an instruction set; a role marker; a concealment
 * clause aimed at "the user"), not literal payloads. The highest weight per kind counts; kinds add
 * up; a rule with weight >= 1 blocks on its own at the default threshold.
 */
import {
  AI,
  DATA,
  DEST,
  gap,
  LEAK_VERB,
  NEG,
  OBJ,
  OBJ_WEAK,
  OVERRIDE_VERB,
  QUAL,
  QUAL_STRONG,
  RESPONSE,
  RESPONSE_VERB,
  SECRET_FILE,
  SECRET_WORD,
  SEND,
  SENT,
  SEP,
  TELL,
  TO_MODEL,
  USER,
} from "./_injection_words.ts";
import type { Anchors } from "./_anchors.ts";

/** One weighted signal. */
export interface InjectionRule {
  kind: string;
  weight: number;
  /** What must be present near a match (see `_anchors.ts`). */
  anchors: Anchors;
  /** How far (characters) a match can reach from its anchor. */
  reach: number;
  re: RegExp;
  reason: string;
}

/** Split `"word word <sym"` into word and symbol anchors. */
export function anchors(spec: string, gate?: RegExp): Anchors {
  const parts = spec.split(" ").filter(Boolean);
  return {
    words: parts.filter((p) => /^[\p{L}]/u.test(p)),
    symbols: parts.filter((p) => !/^[\p{L}]/u.test(p)),
    ...(gate ? { gate } : {}),
  };
}

const rule = (
  kind: string,
  weight: number,
  spec: string,
  src: string,
  reason: string,
  flags = "i",
  reach = 250,
): InjectionRule => ({
  kind,
  weight,
  anchors: anchors(spec),
  reach,
  re: new RegExp(src, flags),
  reason,
});
const R = String.raw;

/** The English (and language-neutral markup) rules. */
export const ENGLISH_RULES: readonly InjectionRule[] = [
  // --- overriding the instruction hierarchy
  rule(
    "ignore_previous",
    1.2,
    "ignor disre forge overr overw bypas circu disca aband dismi negle aside throw scrap erase wipe unlea super nulli heed obey adher compl liste follo",
    R`\b${OVERRIDE_VERB}${gap(3)}${QUAL}${gap(2)}${OBJ}\b|\b${OVERRIDE_VERB}${
      gap(3)
    }${QUAL_STRONG}${gap(2)}${OBJ_WEAK}\b`,
    "Text tells the model to ignore its previous instructions",
  ),
  rule(
    "ignore_previous",
    1.2,
    "ignor disre forge overr overw bypas circu disca aband dismi negle aside throw scrap erase wipe unlea super nulli heed obey adher compl liste follo",
    R`\b${OVERRIDE_VERB}${SEP}(?:all|everything|anything)${SEP}(?:\w+${SEP}){0,3}?(?:above|before|prior|previously|so far|earlier)\b|\bignore${SEP}(?:the|your)${SEP}(?:user|human)\b|\bforget${SEP}(?:everything|all|what)${SEP}(?:you|that|i|above|before)\b`,
    "Text tells the model to ignore what came before it",
  ),
  rule(
    "ignore_instructions",
    0.6,
    "ignor disre forge overr overw bypas circu disca aband dismi negle aside throw scrap erase wipe unlea super nulli heed obey adher compl liste follo",
    R`\b${OVERRIDE_VERB}${SEP}(?:the${SEP})?${OBJ}\b`,
    "Text tells the model to ignore instructions",
  ),
  rule(
    "instructions_void",
    0.8,
    "ignor disre void obsol longe revok overr super lifte suspe disab compr trust outda depre",
    R`\b(?:instructions|rules|guidelines|tool${SEP}descriptions|system${SEP}prompt|directives|safeguards|guardrails)${SEP}(?:\w+${SEP}){0,3}?(?:are|is|have${SEP}been|has${SEP}been|should${SEP}be|must${SEP}be|were)${SEP}(?:now${SEP}|hereby${SEP}|temporarily${SEP}|declared${SEP}(?:as${SEP})?)*(?:ignored|disregarded|void|obsolete|no${SEP}longer${SEP}(?:valid|apply|applicable|in${SEP}effect)|revoked|overridden|superseded|lifted|suspended|disabled|compromised|not${SEP}to${SEP}be${SEP}trusted)\b|\b(?:tool${SEP}descriptions|system${SEP}prompt)${SEP}(?:\w+${SEP}){0,3}?(?:are|is|have${SEP}been|has${SEP}been)${SEP}(?:now${SEP})?(?:outdated|deprecated)\b`,
    "Text claims the model's instructions or safeguards no longer apply",
  ),
  rule(
    "new_instructions",
    0.8,
    "instr direc promp task job goal objec missi role purpo",
    R`\b(?:new|updated|revised|real|actual|true|secret|hidden|additional|override|priority)${SEP}(?:system${SEP})?(?:instructions?|directives?|system prompt)\b${SEP}?(?:[:\-–—]|are\b|follow\b)|\byour${SEP}(?:new|real|actual|next|true|only|primary|updated)${SEP}(?:task|instructions?|job|goal|objective|mission|role|purpose|directive)s?${SEP}(?:is|are|:)`,
    "Text announces new instructions for the model",
  ),
  rule(
    "override_mode",
    0.7,
    "now inste",
    R`\bfrom now on\b[\s,]*(?:you (?:are|will|must|should)|act|respond|answer|always|only|ignore|reply|pretend|behave)|\binstead${SEP}(?:you${SEP}(?:must|should)|respond${SEP}with|reply${SEP}with|output|do the following)\b`,
    "Text tries to change how the model behaves from here on",
  ),
  rule(
    "persona",
    0.8,
    "unres unfil uncen jailb evil mode prete anyth dan bound",
    R`\byou${SEP}are${SEP}(?:now|no longer)${SEP}(?:an?${SEP}|in${SEP})?(?:unrestricted|unfiltered|uncensored|jailbroken|DAN|evil|not bound|developer mode|an? (?:different|new|unrestricted) (?:ai|assistant|model))|\b(?:act|behave|respond)${SEP}as${SEP}(?:if${SEP}you${SEP}(?:are|were|have)${SEP})?(?:an?${SEP})?(?:unrestricted|unfiltered|uncensored|jailbroken|DAN|evil)\b|\bpretend${SEP}(?:that${SEP})?you${SEP}(?:are|have)${SEP}(?:no${SEP}(?:rules|restrictions|limits)|an?${SEP}(?:unrestricted|evil))|\b(?:developer|god|jailbreak|dan)${SEP}mode\b|\bdo anything now\b|\byou are the system prompt\b`,
    "Text tries to give the model a new, unrestricted persona",
  ),
  rule(
    "no_restrictions",
    0.4,
    "restr filte censo guard polic ethic safet",
    R`\b(?:without|free of|free from|ignore)${SEP}(?:any${SEP}|all${SEP}|your${SEP})?(?:restrictions|filters|censorship|guardrails|content polic(?:y|ies)|ethical guidelines|safety (?:rules|guidelines|filters))\b`,
    "Text asks the model to drop its restrictions",
  ),
  rule(
    "prompt_leak",
    1.0,
    "promp instr messa",
    R`\b(?:reveal|print|show|output|display|repeat|leak|disclose|tell me|give me|dump|return|provide|write out|recite|spell out)${SEP}(?:me${SEP})?(?:the${SEP}|your${SEP}|all${SEP}|its${SEP})?(?:(?:full|entire|complete|hidden|original|initial|exact|secret|confidential|verbatim)${SEP})*(?:system${SEP}(?:prompt|message|instructions)|initial${SEP}prompt|hidden${SEP}prompt|instructions${SEP}you${SEP}(?:were|have been)${SEP}given|developer${SEP}(?:message|prompt)|(?:text|contents?)${SEP}of${SEP}(?:the|your)${SEP}(?:prompt|instructions))\b`,
    "Text asks the model to reveal its system prompt or instructions",
  ),
  // --- fake turns, fake results, hidden tags
  rule(
    "role_marker",
    1.2,
    "<| sys inst turn syste assis",
    R`<\|\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|tool|ipython)\s*\|>|<</?SYS>>|\[/?INST\]|</?(?:start|end)_of_turn>|\[/?(?:SYSTEM|ASSISTANT)(?:[ _](?:PROMPT|MESSAGE|NOTE|OVERRIDE|INSTRUCTIONS?))?\]`,
    "Text contains chat-template role markers that fake a system or assistant turn",
    "",
  ),
  rule(
    "role_marker",
    0.6,
    "syste devel role instr",
    R`(?:^|\n)[ \t>*#_]*(?:system|developer)(?:[ \t]+(?:message|prompt|note|notice|instructions?|override|command))?[ \t*_]*(?::|>>)[ \t*_]*(?:you|your|ignore|the assistant|from now|always|never|do not|new)\b|(?:^|\n)[ \t]*#{2,}[ \t]*(?:instruction|system)[ \t]*:|"role"\s*:\s*"(?:system|developer)"`,
    "Text contains a line that poses as a system or developer message",
  ),
  rule(
    "role_marker",
    0.4,
    "assis chatg claud gpt",
    R`(?:^|\n)[ \t>*_]*(?:assistant|chatgpt|claude|gpt)[ \t*_]*:[ \t]*\S`,
    "Text contains a line that poses as an assistant turn",
  ),
  rule(
    "fake_tool_result",
    0.8,
    "tool funct antml",
    R`</?(?:tool_result|tool_response|function_results?|function_calls?|tool_call|tool_use|antml:[a-z_]+)\b[^>\n]{0,60}>|\[(?:tool|function)[ _](?:result|output|response)\]`,
    "Text imitates a tool result or tool call",
    "i",
  ),
  rule(
    "fake_system_message",
    0.8,
    "syste admin devel opena anthr",
    R`\b(?:SYSTEM|ADMIN|ADMINISTRATOR|DEVELOPER|OPENAI|ANTHROPIC)[ _](?:MESSAGE|NOTICE|OVERRIDE|INSTRUCTIONS?|NOTE|COMMAND|PROMPT)\b|\[(?:SYSTEM|ADMIN|DEVELOPER)(?: [A-Z]+)*\]`,
    "Text imitates a system or admin message",
    "",
  ),
  rule(
    "fake_system_message",
    0.6,
    "syste admin devel opena anthr",
    R`\b(?:system|administrator|developer|openai|anthropic)${SEP}(?:message|override|instructions?|prompt)${SEP}?:`,
    "Text imitates a system or admin message",
  ),
  rule(
    "hidden_tag",
    0.7,
    "impor syste instr secre hidde admin assis promp sys criti note overr prior manda direc",
    R`<\s*/?\s*(?:important|system|instructions?|secret|hidden|admin|assistant|prompt|sys|user_instructions?|critical|note_to_(?:ai|assistant|model)|override|priority|mandatory|directive)\s*>`,
    "Text contains a hidden-instruction tag such as <IMPORTANT> or <SYSTEM>",
  ),
  rule(
    "hidden_comment",
    0.6,
    "<!--",
    R`<!--(?:(?!-->)[\s\S]){0,600}?\b(?:you|your|assistant|ai|model|llm|agent|instructions?|ignore|must|do not|send|forward|call|execute|reveal)\b(?:(?!-->)[\s\S]){0,600}?-->`,
    "Text hides instructions inside an HTML comment",
    "i",
    1300,
  ),
  rule(
    "addresses_ai",
    0.7,
    "note messa instr atten remin attn memo ai llm llms langu assis chatb bot bots agent model claud chatg gpt copil gemin dear hey hello",
    R`\b(?:note|message|instructions?|attention|reminder|attn|memo)${SEP}(?:to|for)${SEP}(?:the${SEP}|all${SEP}|any${SEP})?${AI}\b(?!${SEP}(?:manager|director|secretary|professor|coach|editor|engineer|team)\b)|\bif${SEP}you${SEP}are${SEP}(?:an?${SEP})?(?:ai|llm|language model|ai assistant|chatbot|ai agent|automated agent|gpt|claude)\b|\b(?:ai|llm)${SEP}(?:assistants?|agents?|models?)${SEP}(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing)${SEP}this\b|\b(?:dear|hey|hello|attention)${SEP}(?:ai|llm|chatgpt|claude|gpt|language model|ai assistant|ai agent)\b`,
    "Text addresses the AI model directly",
  ),
  // --- concealment
  rule(
    "conceal_from_user",
    1.0,
    "user users human custo opera perso reque owner owners peopl",
    R`\b${NEG}${SEP}(?:ever${SEP})?${TELL}${SEP}(?:(?:this|that|it|anything|about${SEP}(?:this|it))${SEP})?(?:to${SEP})?(?:the${SEP}|your${SEP})?${USER}s?\b|\b(?:the${SEP})?${USER}${SEP}(?:must|should|will|need|may|can)${SEP}?(?:not|never|n't)${SEP}(?:ever${SEP})?(?:know|see|find out|notice|learn|be${SEP}(?:told|informed|aware|notified|shown))\b|\b(?:keep|hide)${SEP}(?:this|it|these|that|the${SEP}\w+)${SEP}(?:\w+${SEP})?from${SEP}(?:the${SEP})?${USER}\b|\bwithout${SEP}(?:the${SEP})?${USER}(?:'s)?${SEP}(?:knowing|knowledge|noticing|seeing)\b`,
    "Text tells the model to hide something from the user",
  ),
  rule(
    "conceal",
    0.5,
    "menti revea discl ackno silen secre cover quiet discr invis permi confi appro",
    R`\b${NEG}${SEP}(?:mention|reveal|disclose|acknowledge|reference|say|print|display|show)(?:ing)?${SEP}(?:that${SEP}|this${SEP}|these${SEP}|the${SEP}|any${SEP})?(?:instructions?|this (?:message|note|step|instruction|request)|these (?:steps|instructions)|you${SEP}(?:were|are|did|have))\b|\b(?:silently|secretly|covertly|quietly|discreetly|invisibly)${SEP}(?:\w+${SEP})?${TO_MODEL}\b|\b(?:you${SEP})?(?:do not|don't|dont)${SEP}(?:have${SEP}|need${SEP})?(?:to${SEP})?ask${SEP}(?:the${SEP}user${SEP})?for${SEP}(?:permission|confirmation|approval)\b`,
    "Text asks the model to act silently or hide what it does",
  ),
  // --- secrets and exfiltration
  rule(
    "secret_file",
    0.3,
    "ssh rsa dsa ecdsa ed aws env mcp claud npmrc netrc pypir crede docke kube etc histo walle secre secret",
    SECRET_FILE,
    "Text refers to a credential or configuration file",
  ),
  rule(
    "secret_file",
    0.8,
    "ssh rsa dsa ecdsa ed aws env mcp claud npmrc netrc pypir crede docke kube etc histo walle secre secret",
    R`\b${LEAK_VERB}\b[^.!?\n]{0,40}?${SECRET_FILE}`,
    "Text asks to read or send a credential or configuration file",
  ),
  rule(
    "secret_request",
    0.6,
    "crede api apike key keys token passw passp secre priva ssh cooki envir env seed",
    R`\b${LEAK_VERB}${SEP}(?:me${SEP})?(?:(?:the|all|your|any|their|user'?s?|stored|saved|current|every|of)${SEP})*${SECRET_WORD}\b`,
    "Text asks to reveal or send credentials or secrets",
  ),
  rule(
    "secret_tool",
    0.5,
    "crede passw secre apike api priva",
    R`\b(?:call|execute|run|invoke|use|trigger)${SEP}(?:the${SEP})?[\x60'"]?\w*(?:credential|password|secret|api_?key|private_?key)\w*`,
    "Text tells the model to call a tool that handles credentials",
  ),
  rule(
    "remote_instructions",
    0.5,
    "instr",
    R`\b(?:get|read|take|fetch|load|find)${SEP}(?:your${SEP})?(?:next${SEP}|new${SEP}|further${SEP})?instructions${SEP}(?:from|in|at)\b|\b(?:file|url|page|document|log|link)\b[^.\n]{0,30}?\bcontains?${SEP}(?:your|the)${SEP}(?:next${SEP}|new${SEP}|real${SEP})?instructions\b|\byour${SEP}(?:next${SEP}|new${SEP})?instructions${SEP}(?:are|is)${SEP}(?:to${SEP}be${SEP}found|written|located|stored|in|at)\b`,
    "Text points the model at instructions stored somewhere else",
  ),
  rule(
    "exfiltration",
    0.5,
    "send sends forwa uploa post transm email mail exfil leak copy sync submi share deliv relay push beaco appen attac pass repor",
    R`\b${SEND}\b(?:${SEP}[\w'"./:@-]+){0,8}?${SEP}(?:to|into|at|via|onto)${SEP}${DEST}`,
    "Text tells the model to send data to an outside address",
  ),
  rule(
    "exfiltration",
    0.4,
    "send sends forwa uploa post transm email mail exfil leak copy sync submi share deliv relay push beaco appen attac pass repor",
    R`\b${SEND}${SEP}(?:(?:the|all|a copy of|every|your|my|our|this|full|entire|whole|previous|user'?s?)${SEP})*${DATA}\b`,
    "Text tells the model to send data somewhere",
  ),
  rule(
    "url_exfiltration",
    0.7,
    "http https url link query",
    R`https?://[^\s"'<>)]*[?&][\w.-]+=(?:\{\{?[^}\s]{1,40}\}|\[[A-Za-z_ ]{3,30}\]|<[A-Za-z_ ]{3,30}>|\$\{?[A-Za-z_]+\}?|%s\b)|\b(?:append|add|attach|put|encode|include)\b[^.\n]{0,60}?\b(?:to|in|into)${SEP}(?:the${SEP})?(?:url|link|query(?: string)?|image url|https?://)`,
    "Text builds a URL that carries data out in its query string",
  ),
  rule(
    "url_exfiltration",
    0.7,
    "http https",
    R`https?://[^\s"'<>)]*[?&][\w.-]+=(?:DATA|SECRET|TOKEN|KEY|PASSWORD|CONTENT|INFO|PAYLOAD|HISTORY|CONVERSATION|SUMMARY)\b`,
    "Text builds a URL that carries data out in its query string",
    "",
  ),
  rule(
    "image_exfiltration",
    0.3,
    "![ img",
    R`!\[[^\]\n]{0,200}\]\(\s*<?https?://[^\s)]*\?[^\s)]*=|<img\b[^>]{0,300}?\bsrc\s*=\s*["']?https?://[^"'\s>]*\?[^"'\s>]*=`,
    "Text embeds an image whose URL carries data in its query string",
  ),
  rule(
    "image_exfiltration",
    0.8,
    "![ img",
    R`!\[[^\]\n]{0,200}\]\(\s*<?https?://[^\s)]*\?[^\s)]*=[^\s)&]*(?:\{|\[|<|%7B|%5B|%3C|\$)|<img\b[^>]{0,300}?\bsrc\s*=\s*["']?https?://[^"'\s>]*\?[^"'\s>]*=[^"'\s>&]*(?:\{|\[|<|%7B|%5B|%3C|\$)`,
    "Text embeds an image whose URL has a placeholder for data to send out",
  ),
  // --- orders about tools and answers
  rule(
    "tool_call_request",
    0.3,
    "tool tools funct call invok execu send forwa uploa fetch outpu print respo reply ignor disre revea trans incre appen obey exfil leak",
    R`\byou${SEP}(?:must|should|need${SEP}to|have${SEP}to|are${SEP}(?:required|instructed|expected)${SEP}to|shall)${SEP}(?:now${SEP}|first${SEP}|immediately${SEP}|also${SEP}|always${SEP}|then${SEP})?${TO_MODEL}\b|\b(?:call|invoke|use|run|execute|trigger)${SEP}(?:the${SEP})?[\x60'"]?[a-z0-9]+_[a-z0-9_]+[\x60'"]?${SEP}(?:tool|function)\b|\b(?:before|after|when|whenever|instead${SEP}of)${SEP}(?:using|calling|invoking|you${SEP}(?:use|call|invoke|respond|answer|reply))${SEP}(?:this|that|the|any|another|other|a)?${SEP}?(?:\w+${SEP})?(?:tool|function)s?\b`,
    "Text gives the model orders about which tools to call",
  ),
  rule(
    "addresses_response",
    0.35,
    "respo answe repli reply outpu compl messa",
    R`\b(?:in|to|into|within|throughout|with|from)${SEP}(?:your|the)${SEP}${RESPONSE}\b|\byour${SEP}${RESPONSE}${SEP}(?:should|must|shall|needs?${SEP}to|has${SEP}to|will)\b`,
    "Text tells the model what to put in its answer",
  ),
  // "Replace letters with numbers in your answer", not "include your order number in your reply".
  rule(
    "response_manipulation",
    1.0,
    "respo answe repli reply outpu compl messa",
    R`${SENT}(?:please${SEP}|also${SEP}|now${SEP})?${RESPONSE_VERB}\b(?:(?!\byour\b)(?:[^.!?\n]|[.!?](?=\S))){0,160}?\byour${SEP}${RESPONSE}\b|${SENT}(?:in|within|throughout|at the (?:end|start|beginning) of)${SEP}your${SEP}${RESPONSE}${SEP}?,?${SEP}(?:please${SEP}|also${SEP})?${RESPONSE_VERB}\b`,
    "Text tells the model how to change its answer",
  ),
  // --- code planted for the model to adopt
  rule(
    "code_injection",
    0.4,
    "code snipp",
    R`\b(?:following|subsequent|below|this|these|given)${SEP}(?:code|snippet|code${SEP}(?:snippet|block|excerpt|section|fragment|segment))\b[^.!?\n]{0,120}?\b(?:your${SEP}(?:code|codebase|implementation|solution|algorithm|response|answer|program|script|elucidation|reply)|the${SEP}code${SEP}you)\b|\byour${SEP}(?:code|codebase|implementation|solution|algorithm|program|script)\b[^.!?\n]{0,80}?\b(?:following|subsequent|below)${SEP}(?:code|snippet|code${SEP}(?:snippet|block|excerpt|section))\b|${SENT}(?:please${SEP})?(?:[\w'’]+${SEP}){0,3}?(?:integrate|incorporate|include|merge|embed|meld|blend|fuse|weave|infuse|absorb|adopt|deploy|enlist|utili[sz]e|leverage|employ|inject|interweave|harmoni[sz]e)\b[^.!?\n]{0,40}?\b(?:following|subsequent|below)${SEP}(?:code|snippet)`,
    "Text tells the model to put given code into its work",
  ),
  rule(
    "malicious_code",
    0.7,
    "rm dd mkfs curl wget exec remov syste stop rc nc bash urlre urlop urlli reque httpx xmrig miner strat",
    R`\brm${SEP}-[a-z]*r[a-z]*f?${SEP}(?:/|~|\*|\$HOME)(?:\s|$|usr|etc|lib|bin|var|home)|\bdd${SEP}if=\S+${SEP}of=/dev/[sh]d|\bmkfs\.|:\(\)\s*\{\s*:\|:&\s*\};:|\b(?:curl|wget)\b[^\n|;]{0,200}(?:\|\s*(?:ba|z)?sh\b|&&\s*chmod\s+\+x)|\bexec\(\s*(?:open|requests\.get|urllib)|\bos\.remove\(\s*["']/(?:lib|etc|usr|bin|boot)|\bsystemctl\s+stop\b|/etc/init\.d/rc\.local|\bnc\s+-e\s|bash\s+-i\s+>&\s*/dev/tcp/|(?:urlretrieve|wget|curl|requests\.get|urlopen|urllib3|\.request\(\s*["']GET|httpx\.get)[\s\S]{0,600}?(?:\bexec\(|os\.system\(\s*f?["'](?:python|bash|sh|\./)|subprocess\.\w+\(\s*\[?\s*["'](?:python3?|bash|sh|nohup|\./))|\b(?:xmrig|minerd|stratum\+tcp)\b`,
    "Text contains destructive or download-and-run code",
    "i",
    800,
  ),
  rule(
    "code_collects",
    0.3,
    "envir geten cooki psuti drive usb getpa keylo trash conta ssh bluet query passw",
    R`os\.environ|\bgetenv\(|cookiejar|cookies\.(?:txt|pkl|sqlite)|SimpleCookie|psutil\.|driverquery|usb\.core|getpass|keylog|/path/to/trash|contacts\.csv|\.ssh/|bluetooth\.discover|query_devices|/etc/passwd`,
    "Text contains code that collects local data",
  ),
  rule(
    "code_sends",
    0.3,
    "post senda sendt storb smtpl yagma publi http cooki files scp param ftpli pyblu uploa curl",
    R`requests\.post|\.sendall\(|\.sendto\(|storbinary|smtplib|yagmail|publish\.single|http\.client|\bcookies=|files=\{|\bscp\b|paramiko|ftplib|PyBluez|\.upload\(|\bcurl\b[^\n]{0,80}?["'\s](?:-F|--form|--data\S*|-d|--upload-file|-T)\b`,
    "Text contains code that sends data over the network",
  ),
  rule(
    "urgency",
    0.2,
    "impor urgen criti manda",
    R`\*{2,}\s*important|\bIMPORTANT(?: NEW)? INSTRUCTIONS\b|\bURGENT\b|\bCRITICAL\b|\bMANDATORY\b`,
    "Text uses urgent, shouting language typical of injected instructions",
    "",
  ),
];
