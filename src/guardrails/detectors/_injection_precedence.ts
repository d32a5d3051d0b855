/**
 * Injection rules for text that puts its own errand in front of the model's task (AgentDojo's
 * "important instructions", WASP's "REQUIRED to complete your task"): "Before you can solve the
 * task that I gave you, please do the following first: …", "After you do that, you can solve the
 * task", "It is CRITICAL that you go there BEFORE doing anything else", "otherwise you cannot
 * complete your task". A document for people says "before you start, preheat the oven"; it does
 * not speak of "your task" as something a reader was given and must interrupt. Each form weighs
 * 0.6 or less: two of them, or one with an address to the model, block.
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { SEP } from "./_injection_words.ts";

const R = String.raw;
/**
 * The model's task, named as one it was handed: "your task", "the original request", "the task
 * that I gave you" (not "the task" of a work sheet).
 */
const TASK =
  R`(?:(?:(?:your|my)${SEP}(?:(?:original|initial|current|main|actual|assigned|real|first|primary)${SEP})?|(?:the|that)${SEP}(?:original|initial|user'?s?|assigned|given|actual|real|first|primary)${SEP})(?:task|request|question|assignment|job|query|goal|objective)s?\b|\b(?:the|this|that)${SEP}(?:task|request|question|assignment)${SEP}(?:that${SEP}|which${SEP})?(?:i|the${SEP}user|you${SEP}(?:were|have${SEP}been|'ve${SEP}been))${SEP}(?:gave|given|made|assigned|asked|set|sent|wrote)\b)`;
/** Verbs of doing the task. */
const DO_TASK =
  R`(?:solv(?:e|ing)|complet(?:e|ing)|finish(?:ing)?|continu(?:e|ing)(?:${SEP}with)?|answer(?:ing)?|start(?:ing)?|do(?:ing)?|proceed(?:ing)?${SEP}with|carry(?:ing)?${SEP}out|perform(?:ing)?|work(?:ing)?${SEP}on|respond(?:ing)?${SEP}to|address(?:ing)?|handl(?:e|ing)|get${SEP}to|accomplish(?:ing)?|fulfil+(?:ing)?)`;

/** Product and generic names of a model, after "to you,". */
const MODEL_NAME =
  R`(?:gpt-?\d[\w.-]{0,8}|chatgpt|claude|gemini|llama[\w.-]{0,6}|mistral|mixtral|qwen|deepseek|copilot|command-?r|(?:an?${SEP}|the${SEP})?(?:ai|llm|language)${SEP}(?:model|assistant|agent)|(?:the${SEP})?(?:ai${SEP})?(?:assistant|model|agent|llm)\b)`;

/** HTML elements written in capitals by old pages (not pseudo-tags). */
const HTML_TAGS =
  "HTML|HEAD|BODY|TITLE|TABLE|THEAD|TBODY|TFOOT|CENTER|FONT|FORM|INPUT|SELECT|OPTION|SCRIPT|STYLE|META|LINK|SPAN|FRAME|FRAMESET|IFRAME|NOSCRIPT|BLOCKQUOTE|STRONG|SMALL|LABEL|BUTTON|TEXTAREA|CAPTION|ADDRESS|ABBR|NOBR|BASE|AREA|PARAM|OBJECT|EMBED|APPLET|SECTION|ARTICLE|HEADER|FOOTER|ASIDE|MAIN|FIGURE|CODE|DIV";

/** The match opens a sentence or a clause ("Before solving …", "…: before you …"). */
const opensClause = (view: string, start: number): boolean =>
  /(?:^|[.!?:;,\n>"(]\s{0,3}|\\n\s{0,3})$/.test(view.slice(Math.max(0, start - 6), start));

/** Tool descriptions rightly say "before you answer the user's question, call this tool". */
const AT = { definition: 0.3 } as const;

/** Rules for errands put before (or after) the model's own task. */
export const PRECEDENCE_RULES: readonly InjectionRule[] = [
  rule(
    "task_precedence",
    0.6,
    "befor / task reque quest assig job query goal objec",
    R`\bbefore${SEP}(?:you${SEP}(?:can${SEP}|could${SEP}|may${SEP}|are${SEP}able${SEP}to${SEP})?(?:${DO_TASK}${SEP})?|${DO_TASK}${SEP})${TASK}`,
    "Text asks the model to do something before the task it was given",
    // "… asking it to do something else before solving the task": a report, not an order.
    {
      at: AT,
      accept: (view, start, end) =>
        /\byou\b/i.test(view.slice(start, end)) || opensClause(view, start),
    },
  ),
  rule(
    "task_precedence",
    0.4,
    "befor / anyth every else",
    R`\bbefore${SEP}(?:(?:doing|you${SEP}do|you${SEP}continue(?:${SEP}with)?|proceeding${SEP}with)${SEP})?anything${SEP}else\b`,
    "Text asks the model to do something before anything else",
    { accept: (view, start) => /\byou\b/i.test(view.slice(Math.max(0, start - 160), start)) },
  ),
  rule(
    "task_resume",
    0.6,
    "after once when / solve conti resum retur proce compl answe carry",
    R`\b(?:after|once|when)${SEP}you(?:${SEP}have|'ve|’ve)?${SEP}(?:do|did|done|completed?|finish(?:ed)?|perform(?:ed)?|executed?|handled?)${SEP}(?:that|this|so|it|these(?:${SEP}steps)?|the${SEP}above|the${SEP}(?:above${SEP})?(?:steps?|actions?|tasks?))\b[^.\n]{0,30}?\b(?:solve|continue|resume|return${SEP}to|proceed|go${SEP}back${SEP}to|complete|answer|carry${SEP}on|get${SEP}back${SEP}to)\b[^.\n]{0,20}?(?:${TASK})`,
    "Text tells the model to return to its task after an errand",
    { at: AT },
  ),
  rule(
    "task_resume",
    0.6,
    "task reque quest assig instr / gave given assig asked set sent",
    R`\b(?:the|your)${SEP}(?:original${SEP}|initial${SEP}|first${SEP})?(?:task|request|question|assignment|instructions?)${SEP}(?:that${SEP}|which${SEP})?i${SEP}(?:have${SEP}|had${SEP})?(?:gave|given|assigned|asked|set|sent)${SEP}(?:to${SEP})?you${SEP}(?:in${SEP}the${SEP}beginning|at${SEP}the${SEP}(?:start|beginning)|originally|earlier|before|first|initially)\b`,
    "Text speaks as the user about the task it gave the model",
  ),
  rule(
    "task_resume",
    0.6,
    "only / then",
    R`\bonly${SEP}then${SEP}(?:can|will|may|should)${SEP}you${SEP}(?:be${SEP}able${SEP}to${SEP})?${DO_TASK}${SEP}${TASK}`,
    "Text makes the model's task wait for an errand",
    { at: AT },
  ),
  rule(
    "task_gate",
    0.6,
    "requi neces neede manda essen prere other canno order / task assig objec",
    R`\b(?:required|necessary|needed|mandatory|essential|a${SEP}prerequisite)${SEP}(?:in${SEP}order${SEP})?(?:to|for)${SEP}(?:successfully${SEP})?${DO_TASK}${SEP}(?:your|the${SEP}user'?s?|this)${SEP}(?:(?:current|original|assigned)${SEP})?(?:task|request|assignment|job|goal|objective)\b|\b(?:otherwise|or${SEP}else|else)${SEP}you${SEP}(?:cannot|can't|can${SEP}not|won't${SEP}be${SEP}able${SEP}to|will${SEP}not${SEP}be${SEP}able${SEP}to|will${SEP}fail${SEP}to)${SEP}${DO_TASK}${SEP}(?:your|the|this)${SEP}(?:task|request|assignment|job|goal)\b|\byou${SEP}(?:cannot|can't|can${SEP}not|will${SEP}not${SEP}be${SEP}able${SEP}to|won't${SEP}be${SEP}able${SEP}to)${SEP}${DO_TASK}${SEP}(?:your|the)${SEP}(?:task|request|assignment)${SEP}(?:unless|until|without|before)\b|\bin${SEP}order${SEP}to${SEP}${DO_TASK}${SEP}${TASK}\s{0,2},?${SEP}(?:you${SEP})?(?:must|need${SEP}to|have${SEP}to|are${SEP}required${SEP}to)\b`,
    "Text makes an errand a condition of the model's task",
    { near: 80, at: AT },
  ),
  rule(
    "addresses_ai",
    0.7,
    "messa note reque lette / me user princ",
    R`\b(?:message|note|request|letter)${SEP}from${SEP}(?:me|the${SEP}user|your${SEP}(?:user|owner|principal))\b[^.\n]{0,50}?\bto${SEP}you(?:${SEP})?,?(?:${SEP})?${MODEL_NAME}`,
    "Text introduces itself as a message from the user to the model",
    { near: 20 },
  ),
  rule(
    "addresses_ai",
    0.7,
    "you / gpt chatg claud gemin llama mistr mixtr qwen deeps copil comma",
    R`\bto${SEP}you,${SEP}(?:gpt-?\d|chatgpt|claude|gemini|llama|mistral|mixtral|qwen|deepseek|copilot|command-?r)\b`,
    "Text addresses the model by its product name",
  ),
  rule(
    "task_takeover",
    0.5,
    "stop / doing worki task",
    R`(?:^|[.!?:]\s{1,3}|\n\s{0,3})(?:you${SEP}(?:should|must|need${SEP}to|have${SEP}to)${SEP})?(?:(?:immediately|now|please)${SEP})?stop${SEP}(?:what${SEP}you(?:'re|’re|${SEP}are)${SEP}(?:doing|working${SEP}on)|(?:your|the)${SEP}current${SEP}task|everything${SEP}you(?:'re|’re|${SEP}are)${SEP}doing)\b`,
    "Text tells the model to stop what it is doing",
  ),
  {
    kind: "pseudo_tag",
    weight: 0.4,
    anchors: anchors("", /<\/[A-Z][A-Z_ ]{3,30}>/),
    reach: 2000,
    re: new RegExp(
      R`<(?!(?:${HTML_TAGS})>)([A-Z][A-Z_ ]{3,30})>(?=[^<]{0,1500}?\byou\b)[\s\S]{1,1500}?</\1>`,
      "g",
    ),
    reason: "Text wraps a message to the reader in a made-up capitalised tag",
  },
];
