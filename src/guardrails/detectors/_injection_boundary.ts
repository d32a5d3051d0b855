/**
 * Injection rules for forged structure around a payload: a fake end of the tool's content ("----
 * END OF UNTRUSTED CONTENT ----" with more text after it, a closing `</result>` that nothing
 * opened), framed task blocks ("BEGIN ASSISTANT TASK"), lower-case system tags ("[system
 * notice]"), text hidden by CSS that talks to the AI, a structured "next_action" tool call in data,
 * decode-and-obey orders for any transformation (base64, ROT13, reversed text), and fiction that
 * asks to be acted out for real. Wrappers that really end the content sit at its end, and XML
 * closes what it opened; the forged ones have text after them or no opening.
 */
import { type InjectionRule, ordered, rule } from "./_injection_rules.ts";
import { SEP } from "./_injection_words.ts";

const R = String.raw;

/** At least a sentence of letters follows: the "end" is not the end. */
const textAfter = (view: string, _start: number, end: number): boolean =>
  (view.slice(end, end + 400).match(/\p{L}/gu)?.length ?? 0) >= 40;

/** Not "attackers can read the user's files" or "never open the user's mailbox": an order. */
const notDescribed = (view: string, start: number): boolean =>
  !/\b(?:can|could|may|might|would|will|cannot|can't|won't|never|not|don't|doesn't|didn't|avoid|without|attackers?|it|they|which|that)\s+$/i
    .test(view.slice(Math.max(0, start - 24), start));

/** A closing tag whose opening tag is nowhere before it. */
const orphanClose = (view: string, start: number, end: number): boolean => {
  const name = /<\/\s*([\w-]+)/.exec(view.slice(start, end))?.[1];
  if (!name) return false;
  return !new RegExp(`<\\s*${name}\\b`, "i").test(view.slice(Math.max(0, start - 20000), start)) &&
    textAfter(view, start, end);
};

/** An element styled so people do not see it (no text, no size, no contrast), up to its `>`. */
const HIDDEN_STYLE =
  R`\bstyle\s*=\s*["'][^"'>]{0,200}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em|rem)?\b|opacity\s*:\s*0(?:\.0+)?\b(?!\.)|color\s*:\s*(?:#fff(?:fff)?\b|white\b|transparent\b)|(?:height|width)\s*:\s*0(?:px)?\b)[^>]{0,200}>`;
const WRAPPER =
  R`(?:result|results|output|outputs|search_results?|documents?|context|content|data|untrusted[\w-]{0,30}|external[\w-]{0,30}|webpage|web_content|page_content|file_contents?|email|observation|function_output|response|retrieved[\w-]{0,30}|user_query|query)`;
const TRANSFORM =
  R`(?:decode|decipher|decrypt|unscramble|reverse|de-?obfuscate|un-?rot(?:13)?|rot-?13(?:-decode)?|base-?64(?:-?decode)?|hex-?decode|url-?decode|unescape|translate|read${SEP}(?:it|this|them|the${SEP}(?:following|next|text|sentence|line|string)(?:${SEP}\w+)?)${SEP}(?:backwards?|in${SEP}reverse|right${SEP}to${SEP}left|from${SEP}(?:the${SEP})?end))`;
const OBEY =
  R`(?:obey|follow|execute|run|carry${SEP}out|do${SEP}(?:exactly${SEP})?what${SEP}it${SEP}(?:says|asks)|act${SEP}on|comply${SEP}with|perform|apply)`;
const OBEYED =
  R`(?:it|them|that|this|these|the${SEP}(?:instructions?|directives?|commands?|steps?|orders?|message|text|result)|what(?:ever)?${SEP}it${SEP}(?:says|asks)|(?:exactly|accordingly|immediately|precisely)\b)`;

/** Rules for forged structure, hidden text and transformed payloads. */
export const BOUNDARY_RULES: readonly InjectionRule[] = [
  rule(
    "fake_boundary",
    0.6,
    "end / untru exter tool retri searc web page docum email fetch third user",
    R`\bEND${SEP}(?:OF${SEP})?(?:(?:THE|UNTRUSTED|EXTERNAL|TOOL|RETRIEVED|SEARCH|USER|WEB|PAGE|DOCUMENT|EMAIL|FETCHED|THIRD-PARTY)${SEP}){1,2}(?:CONTENT|DATA|OUTPUT|RESULTS?|DOCUMENT|INPUT|TEXT|PAGE|CONTEXT)\b`,
    "Text fakes the end of the tool's content, then goes on",
    { flags: "", accept: textAfter },
  ),
  rule(
    "fake_boundary",
    0.8,
    "begin start end assis ai agent syste model llm admin devel / task instr promp messa direc comma overr",
    R`\b(?:BEGIN|START|END)${SEP}(?:OF${SEP})?(?:ASSISTANT|AI|AGENT|SYSTEM|MODEL|LLM|ADMIN|DEVELOPER)${SEP}(?:TASK|INSTRUCTIONS?|PROMPT|MESSAGE|DIRECTIVE|COMMANDS?|OVERRIDE)S?\b`,
    "Text frames a task block for the AI",
    { flags: "i" },
  ),
  rule(
    "fake_boundary",
    0.4,
    "</",
    R`<\/\s*${WRAPPER}\s*>`,
    "Text closes a wrapper it never opened, to end the tool's content early",
    { accept: orphanClose },
  ),
  rule(
    "fake_system_message",
    0.6,
    "[syste [admin [devel [secur [opera [Syste [Admin [Devel [Secur [Opera [SYSTEM [ADMIN [DEVELOPER [SECURITY [OPERATOR",
    R`\[(?:system|admin(?:istrator)?|developer|security|operator)[ _-](?:notice|message|note|override|instructions?|alert|update|directive|command|prompt|broadcast)\]`,
    "Text imitates a system or admin notice",
  ),
  rule(
    "hidden_text",
    0.5,
    "style / displ visib font opaci color heigh width",
    R`${HIDDEN_STYLE}[^<]{0,400}?\b(?:assistant|AI|LLM|language${SEP}model|agent|instructions?|ignore|disregard|you${SEP}must|your${SEP}task)\b`,
    "Text hidden by CSS speaks to the AI",
    { reach: 700 },
  ),
  rule(
    "hidden_text",
    1.0,
    "style / displ visib font opaci color heigh width",
    R`${HIDDEN_STYLE}\s{0,3}(?:(?:note|message|instructions?)${SEP}(?:to|for)${SEP})?(?:dear${SEP}|hey${SEP}|the${SEP})?(?:ai|llm|assistant|agent|model|bot|chatbot|copilot|claude|chatgpt|gpt)s?\s{0,3}[,:]`,
    "Text hidden by CSS opens with an address to the AI",
    { reach: 500 },
  ),
  rule(
    "structured_directive",
    0.5,
    "next requi actio pendi follo tool / tool name funct",
    R`"(?:next_action|next_step|required_action|pending_action|follow_up_action|tool_call|assistant_action|agent_action)"\s{0,3}:\s{0,3}\{\s{0,3}"(?:tool|name|function|tool_name)"\s{0,3}:\s{0,3}"[a-z][\w.-]{2,60}"\s{0,3},\s{0,3}"(?:arguments|args|parameters|params|input)"\s{0,3}:`,
    "Data carries a ready-made tool call for the agent to run next",
  ),
  rule(
    "decode_and_obey",
    1.0,
    "decod decip decry unscr rever obfus unrot rot base hex url unesc trans read / obey follo execu run carry do act compl perfo apply",
    R`\b${TRANSFORM}\b[^.!?\n]{0,80}?\b(?:and|then|,)${SEP}(?:then${SEP})?${OBEY}${SEP}${OBEYED}`,
    "Text orders the model to decode hidden content and obey it",
    { accept: ordered, at: { output: 1.0, input: 0.7, definition: 0.6 } },
  ),
  rule(
    "role_frame",
    0.4,
    "assis ai langu llm agent / as",
    R`\b(?:now${SEP})?as${SEP}(?:the|an|your)${SEP}(?:ai${SEP})?(?:assistant|ai|language${SEP}model|llm|agent)\s{0,2},\s{0,2}(?:you|your)\b`,
    "Text casts the reader as the assistant and gives it a task",
  ),
  rule(
    "fiction_to_action",
    0.4,
    "actua real / perfo doing execu runni carry makin calli sendi uploa do",
    R`\b(?:by|while|through)${SEP}actually${SEP}(?:performing|doing|executing|running|carrying${SEP}out|making|calling|sending|uploading)\b|\bfor${SEP}real\b[^.!?\n]{0,20}?\b(?:perform|do|execute|run|send|upload|call)\b`,
    "Text asks for a story to be acted out for real",
  ),
  rule(
    "user_data_access",
    0.4,
    "read open acces grab get fetch colle copy list searc / user human owner",
    R`\b(?:read|open|access|grab|get|fetch|collect|copy|list|search|scrape|harvest)${SEP}(?:all${SEP}(?:of${SEP})?)?(?:the${SEP})?(?:user|human|owner)(?:'s|’s)${SEP}(?:(?:full|entire|whole|private|personal|saved|recent)${SEP})?(?:clipboard|files?|documents?|e-?mails?|inbox|mailbox|messages?|contacts|address${SEP}book|calendar|drive|folders?|history|browser|cookies|passwords?|keychain|photos|location|screen|desktop|downloads|notes|chats?)\b`,
    "Text orders the model to go through the user's private data",
    { accept: notDescribed },
  ),
];
