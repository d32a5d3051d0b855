/**
 * Injection rules for the jailbreak families that public datasets and red-team tools are full of,
 * in the forms the older rules miss: secret-extraction games (Gandalf/HackAPrompt: "spell the
 * password backwards", "which letters does the secret word have"), the "dead grandmother who used
 * to tell me the steps to …" exploit, evil-confidant casts and the conduct of a rule-free persona
 * ("never refuses", "not required to follow any rules"), refusal suppression (a ban on the words a
 * refusal is made of), prefix injection ("start your reply with 'Sure, here is'"), fake few-shot
 * answers that leak or drop the rules, hypothetical worlds where "you are an AI with no
 * restrictions", payload splitting ("a='Ignore previous', b=' instructions' … do a+b") and prompt
 * extraction by "your initialization above … starting from 'You are'".
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { notReported as notReportedPassage } from "./_injection_quoted.ts";
import { notQuotedReport } from "./_injection_r7_reported.ts";

/** Neither a reported attack nor a quote of one. */
const notReported = (view: string, start: number): boolean =>
  notReportedPassage(view, start) && notQuotedReport(view, start);

const R = String.raw;

/** The thing a secret-extraction game is after. */
const SECRET =
  R`(?:(?:secret|hidden|magic|admin(?:istrator)?)\s{1,3})?(?:password|passphrase|pass\s?code|secret(?:\s{1,3}(?:word|key|code|phrase))?|code\s?word|pin)`;

/**
 * A refusal is made of these words; refusal suppression bans several of them at once, a style
 * guide bans one or two. Each entry is one distinct item.
 */
const REFUSAL_WORDS: readonly RegExp[] = [
  /\bapologi[sz]\w{0,4}|\bapology\b|\bsorry\b/i,
  /\bdisclaimers?\b|\bcaveats?\b/i,
  /\bwarnings?\b/i,
  /\bcannot\b|\bcan't\b/i,
  /\bunable\b/i,
  /\bunfortunately\b/i,
  /\bhowever\b/i,
  /\binstead\b/i,
  /\bnegative\s{1,3}sentences?\b/i,
  /\bas\s{1,3}an\s{1,3}ai\b/i,
  /\b(?:moral|ethic)\w{0,6}\b/i,
  /\brefus\w{0,4}\b/i,
  /["'“‘]important["'”’]|["'“‘]note["'”’]/i,
];
/** How many distinct refusal items the text around `[start, end)` bans. */
function refusalItems(view: string, start: number, end: number): number {
  const w = view.slice(Math.max(0, start - 200), end + 300);
  return REFUSAL_WORDS.filter((re) => re.test(w)).length;
}

/** What a string assembled from variables says once joined: an override, a leak or a send. */
const JOINED_ORDER =
  /\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:previous|prior|above|all|earlier|instructions|rules)\b|\bsystem\s{0,3}prompt\b|\b(?:password|secret\s{1,3}key|api\s{1,3}key)\b|\b(?:send|post|upload|forward)\b.{0,80}(?:https?:|@|history|conversation)/i;
/** `name = 'value'` assignments with a quoted string value. */
const ASSIGNMENT = /\b[A-Za-z_]\w{0,10}\s{0,3}[:=]\s{0,3}(['"“‘])([^'"“”‘’\n]{1,80})['"”’]/g;
/**
 * The parts assigned before a `a + b` join, concatenated in the order they were written, carry an
 * order: payload splitting. Code that joins "Hello " and "World" passes.
 */
function joinedOrder(view: string, start: number): boolean {
  const before = view.slice(Math.max(0, start - 500), start);
  const parts: string[] = [];
  for (const m of before.matchAll(ASSIGNMENT)) parts.push(m[2]);
  if (parts.length < 2) return false;
  return JOINED_ORDER.test(parts.join("")) || JOINED_ORDER.test(parts.join(" "));
}

/** What a virtualisation jailbreak wants the character to explain. */
const ILLICIT =
  /\b(?:rob(?:bery|bing)?|thie(?:f|ves)|heist|steal\w{0,3}|hotwir\w{0,3}|lock-?pick\w{0,3}|pick\s{1,3}a\s{1,3}lock|break\s{1,3}into|bomb|explosives?|weapons?|meth\w{0,9}|drugs?|poison\w{0,3}|malware|ransomware|keylogger|launder\w{0,3}|counterfeit\w{0,3}|hack\w{0,3}|phishing|napalm|thermite)\b/i;
/** The text ends on a speaker label ("… John:"): the model is to write that character's line. */
const DANGLING_LABEL = /(?:^|[.!?"”\n]\s{0,3})[a-z][\w-]{1,15}\s{0,2}:\s{0,4}$/i;
/**
 * A script the model must continue in character, ending on the line of a character who is to
 * explain a crime: a barista role-play ends on a label too, but nobody in it robs anyone.
 */
const scriptToContinue = (view: string): boolean =>
  DANGLING_LABEL.test(view.slice(-200)) && ILLICIT.test(view);

/** Rules for the dataset jailbreak families (see the module comment). */
export const R7_JAILBREAK_RULES: readonly InjectionRule[] = [
  // --- secret-extraction games
  rule(
    "secret_game",
    1.0,
    "lette chara / passw passp secre codew pin",
    R`\b(?:how\s{1,3}many|what|which)\s{1,3}(?:letters|characters)\s{1,3}(?:does|do)\s{1,3}(?:the|your)\s{1,3}${SECRET}\s{1,3}(?:have|contain|include|start|begin|end)\b(?!\s{1,3}to\b)`,
    "Text asks which letters the secret has: a password-extraction game",
    { accept: notReported },
  ),
  rule(
    "secret_game",
    1.0,
    "lette chara / passw passp secre codew pin",
    R`\b(?:list|give|tell|spell|write|print|say|name|reveal|output|show|type|send)\b[^.!?\n]{0,30}?\b(?:each|every|all(?:\s{1,3}the)?|the\s{1,3}(?:first|last|individual))\s{1,3}(?:letters?|characters?)\s{1,3}(?:of|in)\s{1,3}(?:the|your|that)\s{1,3}${SECRET}\b`,
    "Text asks for the secret letter by letter",
    { accept: notReported },
  ),
  rule(
    "secret_game",
    1.0,
    "backw rever lette dash dashe comma / passw passp secre codew",
    R`\b${SECRET}\b[^.!?\n]{0,80}[.!?]?\s{0,3}[^.!?\n]{0,60}?\b(?:spell|write|print|say|type|give)\s{1,3}(?:it|them|that)\b[^.!?\n]{0,20}?\b(?:backwards|in\s{1,3}reverse|reversed|letter\s{1,3}by\s{1,3}letter|one\s{1,3}letter\s{1,3}(?:per\s{1,3}line|at\s{1,3}a\s{1,3}time)|with\s{1,3}(?:dashes|hyphens|spaces|commas|dots)\s{1,3}between)`,
    "Text asks for the secret in a disguised spelling",
    { accept: notReported },
  ),
  rule(
    "secret_game",
    1.0,
    "letra lettr buchs lette rückw envers revés trás буква",
    R`\b(?:senha|contraseña|clave|mot\s{1,3}de\s{1,3}passe|passwort|kennwort|parola\s{1,3}d'ordine|password|пароль)\b[^.!?\n]{0,100}?(?:letra\s{1,3}por\s{1,3}letra|lettre\s{1,3}par\s{1,3}lettre|buchstabe\s{1,3}für\s{1,3}buchstabe|lettera\s{1,3}per\s{1,3}lettera|rückwärts|à\s{1,3}l'envers|al\s{1,3}revés|de\s{1,3}trás\s{1,3}para\s{1,3}frente|по\s{1,3}буквам)|(?:deletrea|soletr[ae]|épelle|buchstabier)\w{0,3}\s{1,3}(?:la\s{1,3}|a\s{1,3}|le\s{1,3}|das\s{1,3}|sua\s{1,3}|tu\s{1,3}|ton\s{1,3}|dein\s{1,3})?(?:senha|contraseña|clave|mot\s{1,3}de\s{1,3}passe|passwort|kennwort)\b`,
    "Text asks for the password spelled out or reversed (non-English)",
    { accept: notReported },
  ),
  // --- role-play exploits
  rule(
    "grandma_exploit",
    1.0,
    "grand grann nana / act prete rolep role play behav",
    R`\b(?:act|pretend|role-?play|play|behave|be)\s{1,3}(?:as|like|to\s{1,3}be|the\s{1,3}role\s{1,3}of)\s{1,3}my\s{1,3}(?:(?:dead|deceased|late|departed|dear|sweet|old|beloved|dearly\s{1,3}departed)\s{1,3}){0,2}(?:grand(?:mother|ma|mom|mum|pa|father|dad)|granny|nana)\b[^\n]{0,120}?\bused\s{1,3}to\s{1,3}(?:tell|read|recite|give|whisper|sing|explain|teach)\s{1,3}(?:me|us)\s{1,3}(?:about\s{1,3})?(?:the\s{1,3})?(?:steps|how\s{1,3}to|recipe|keys?|codes?|passwords?|instructions|formula|process|synthes\w{0,4}|ingredients|serial|licen[cs]e)`,
    "Text casts the model as a dead relative who recited forbidden steps or keys",
  ),
  rule(
    "evil_cast",
    0.6,
    "evil unhin rogue jailb dark / role you act play prete",
    R`\b(?:you(?:'re|\s{1,3}are)(?:\s{1,3}(?:now|in))?|act\s{1,3}as|play|pretend\s{1,3}to\s{1,3}be|role\s{1,3}of)\s{1,3}(?:the\s{1,3}role\s{1,3}of\s{1,3})?(?:my|an?|the|your)\s{1,3}(?:evil|unhinged|rogue|jailbroken|dark)\s{1,3}(?:trusted\s{1,3})?(?:confidant|twin|version|mode|assistant|ai|persona|alter\s{1,3}ego|side)\b`,
    "Text casts the model as its evil or unhinged twin",
    { accept: notReported },
  ),
  rule(
    "persona_conduct",
    0.6,
    "refus requi oblig bound expec suppo remor ethic moral consc / never not witho any",
    R`\b(?:never|doesn't|does\s{1,3}not|won't|will\s{1,3}not)\s{1,3}(?:ever\s{1,3})?refuses?\b(?=\s{0,3}[.!,;]|\s{1,3}(?:to|anything|any)\b)|\b(?:not|never)\s{1,3}(?:required|obliged|bound|supposed|expected)\s{1,3}to\s{1,3}(?:follow|obey|abide\s{1,3}by|respect|comply\s{1,3}with)\s{1,3}any\s{1,3}(?:rules|policies|guidelines|restrictions|laws)\b|\bwithout\s{1,3}any\s{1,3}(?:remorse|ethics|morals|conscience|moral\s{1,3}(?:compass|restraints?))\b`,
    "Text describes a persona that never refuses and follows no rules",
    { accept: notReported },
  ),
  rule(
    "refusal_suppression",
    1.0,
    "canno unabl unfor howev apolo discl / never witho not avoid don",
    R`\b(?:never|do\s{1,3}not|don't|without|avoid)\s{1,3}(?:any\s{1,3})?(?:say(?:ing)?|use|using|include|including|add(?:ing)?|apologi[sz]\w{0,4}|disclaimers?|warnings?|caveats?)\b`,
    "Text bans the words a refusal is made of (refusal suppression)",
    { accept: (view, start, end) => refusalItems(view, start, end) >= 5 },
  ),
  rule(
    "prefix_injection",
    1.0,
    "start begin open prefa prefi / respo answe reply outpu messa",
    R`\b(?:start|begin|open|preface|prefix)\s{1,3}(?:your|the|each|every)\s{1,3}(?:response|answer|reply|output|message)s?\s{1,3}with\s{1,3}(?:the\s{1,3}(?:words?|phrase|sentence)\s{1,3})?["'“‘](?:sure|absolutely|of\s{1,3}course|certainly|here\s{1,3}is|here's|i\s{1,3}can|i\s{1,3}will|i'd\s{1,3}be\s{1,3}happy|understood|jailbr\w{0,6}|developer\s{1,3}mode|dan\b|access\s{1,3}granted|i\s{1,3}have\s{1,3}been\s{1,3}pwned)`,
    "Text forces the answer to open with a compliance phrase (prefix injection)",
    { accept: notReported },
  ),
  // --- virtualisation: a film script the model continues in character
  rule(
    "script_completion",
    1.0,
    "chara / break",
    R`\b(?:never|don't|do\s{1,3}not|won't|will\s{1,3}not|must\s{1,3}not)\s{1,3}(?:ever\s{1,3})?break\s{1,3}(?:out\s{1,3}of\s{1,3})?character\b`,
    "Text sets up a script that the model must continue in character with a crime explained",
    { accept: (view, start) => notReported(view, start) && scriptToContinue(view) },
  ),
  // --- fake few-shot answers
  rule(
    "fewshot_poison",
    1.0,
    "instr promp rules guide restr filte / my",
    R`(?:^|\n)[ \t]{0,4}(?:a|answer|assistant|ai|bot|model|chatbot|gpt)[ \t]{0,2}:[ \t]{0,4}[^\n]{0,60}?\b(?:my\s{1,3}(?:(?:hidden|secret|system|initial|original|full|real|confidential)\s{1,3}){0,2}(?:instructions|prompt|system\s{1,3}prompt)\s{1,3}(?:are|is|says?|reads?)\b|my\s{1,3}(?:(?:hidden|secret|system|initial|original|real|confidential)\s{1,3}){1,2}rules\s{1,3}(?:are|say|read)\b|(?:i\s{1,3}will|i'll|i\s{1,3}now|i\s{1,3}must)\s{1,3}(?:ignore|disregard|bypass|forget)\s{1,3}(?:my|all|the)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:rules|instructions|guidelines|restrictions|filters))`,
    "Text plants a fake answer in which the model leaks its prompt or drops its rules",
  ),
  // --- hypothetical worlds
  rule(
    "hypothetical_unbound",
    1.0,
    "imagi prete suppo world unive reali story hypot ficti / ai model assis chatb llm",
    R`\b(?:imagine|pretend|suppose|let's\s{1,3}say|in\s{1,3}(?:a|this|that)\s{1,3}(?:(?:fictional|hypothetical|parallel|alternate|alternative)\s{1,3})?(?:world|universe|reality|story))\b[^.!?\n]{0,80}?\byou(?:'re|\s{1,3}are|\s{1,3}were)\s{1,3}(?:an?\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?(?:ai|model|assistant|chatbot|llm)\b[^\n]{0,160}?\b(?:no|without(?:\s{1,3}any)?)\s{1,3}(?:(?:content|safety|ethical|moral)\s{1,3})?(?:policies|restrictions|filters|rules|guidelines|limitations|censorship)\b|\b(?:world|universe|reality)\s{1,3}(?:where|in\s{1,3}which)\s{1,3}(?:ais?|ai\s{1,3}models|(?:language\s{1,3})?models|chatbots|assistants|llms|you)\s{1,3}(?:have|has|had)\s{1,3}(?:no|zero)\s{1,3}(?:(?:content|safety|ethical|moral)\s{1,3})?(?:policies|restrictions|filters|rules|guidelines|limitations|censorship)\b`,
    "Text sets up a hypothetical world in which the model has no rules",
    { accept: notReported },
  ),
  // --- payload splitting
  rule(
    "payload_split",
    1.0,
    "~+~ conca combi joine ==' ==~' ==~\"",
    R`\b(?:say|execute|do|run|follow|print|output|compute|combine|concatenate|perform|obey|answer|evaluate|respond\s{1,3}to)\b[^.!?\n]{0,30}?\b[a-z]\w{0,8}\s{0,2}\+\s{0,2}[a-z]\w{0,8}\b`,
    "Text joins quoted fragments into an order (payload splitting)",
    { accept: (view, start) => joinedOrder(view, start) },
  ),
  // --- prompt extraction
  rule(
    "prompt_leak",
    1.0,
    "initi / outpu print repea echo recit dump copy repro",
    R`\b(?:repeat|print|output|echo|recite|dump|copy|reproduce|show|display)\s{1,3}(?:back\s{1,3})?(?:your|the)\s{1,3}(?:(?:full|entire|complete|exact|whole)\s{1,3})?(?:initiali[sz]ation|init\s{1,3}(?:text|prompt))\s{1,3}(?:above|before\s{1,3}this|verbatim|word\s{1,3}for\s{1,3}word)\b`,
    "Text asks the model to copy out its initialization text",
    { accept: notReported },
  ),
  rule(
    "prompt_leak",
    1.0,
    "start begin / outpu print repea echo recit dump copy repro",
    R`\b(?:repeat|print|output|echo|recite|dump|copy|reproduce)\b[^.!?\n]{0,80}?\b(?:starting|beginning)\s{1,3}(?:with|from|at)\s{1,3}(?:the\s{1,3}(?:words?|phrase)\s{1,3})?["'“‘]you\s{1,3}are\b`,
    "Text asks the model to copy out the text that starts with 'You are' (its prompt)",
    { accept: notReported },
  ),
];
