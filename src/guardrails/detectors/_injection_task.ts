/**
 * Injection rules for a task hijack inside a tool result: a request for a self-contained job an
 * assistant does for anyone — a poem, a story, an essay introduction, a letter to "a principal",
 * a translation of a quoted phrase, an explanation of "the process of photosynthesis" — planted in
 * an e-mail or page so the model does it instead of the user's task. Mail between people asks
 * about the shared context ("the invoice", "our launch", "please draft the reply"); these requests
 * are addressed to no one in particular and name a genre or a school topic. They count only in
 * tool results: a user may well ask the same in their own arguments.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { SENT, SEP } from "./_injection_words.ts";
import { labeledAsPrompt } from "./_injection_r22_guards.ts";

const R = String.raw;

/** Only inside tool results. */
const RESULT_ONLY = { output: 1.0, input: 0, definition: 0.2 } as const;

/**
 * The match opens a sentence of the whole text, not just of the window the rule runs on (a window
 * can start mid-sentence, where `^` would match). After a bare line break the sentence must start
 * with a capital: "the header files now\nexplain how …" is one hard-wrapped sentence.
 */
const opensSentence = (view: string, start: number): boolean => {
  const at = start + /^[\s.!?:;]*/.exec(view.slice(start, start + 8))![0].length;
  if (at === 0) return true;
  const before = view.slice(Math.max(0, at - 8), at);
  if (/[.!?:;|][ \t]*$|\n[ \t]*(?:[-*]|\d{1,3}[.)])[ \t]+$|(?:^|\n)[ \t]*\n[ \t]*$/.test(before)) {
    return true;
  }
  return /\n[ \t]*$/.test(before) && /\p{Lu}/u.test(view[at]);
};
/** A labelled writing prompt ("Writing prompt for the workshop: …") is content, not an order. */
const TASK = {
  at: RESULT_ONLY,
  accept: (view: string, start: number) =>
    opensSentence(view, start) && !labeledAsPrompt(view, start),
};

/** A quiz or FAQ asks too, then answers: count a question only when it ends its line, unanswered. */
const QUIZ_LABEL =
  /(?:^|\n)[ \t]*(?:q\d{0,3}|question(?:\s?\d{1,3})?|quiz|trivia|riddle|faq)\b[^\n]{0,40}$/i;
const standaloneQuestion = (view: string, start: number, end: number): boolean => {
  if (!opensSentence(view, start)) return false;
  const rest = /^[^\n]*/.exec(view.slice(end, end + 200))![0];
  if (/[^\s?]/.test(rest.replace(/^[^?]*\?/, ""))) return false;
  if (QUIZ_LABEL.test(view.slice(Math.max(0, start - 60), start + 1))) return false;
  return !/^[^\n]*\n[ \t]*(?:a\d{0,3}\s?[:.)]|answer)/i.test(view.slice(end, end + 200));
};
const QUESTION = { at: RESULT_ONLY, accept: standaloneQuestion };

/** Creative and school genres nobody sends a colleague to write. */
const GENRE =
  R`(?:poem|haiku|limerick|sonnet|ballad|ode|song|lyrics|rap|story|short${SEP}story|fable|fairy${SEP}tale|bedtime${SEP}story|essay|speech|monologue|joke|riddle|novel|screenplay|tongue${SEP}twister|acrostic)`;
const ADJ =
  R`(?:(?:short|brief|funny|humorous|sad|heartfelt|inspiring|inspirational|persuasive|creative|simple|rhyming|dramatic|catchy|moving|compelling|detailed|original|\d{1,3}-(?:word|line|sentence))${SEP}){0,2}`;
const MAKE =
  R`(?:write|compose|draft|create|provide|generate|develop|produce|craft|pen|give${SEP}me|prepare)`;
/** School-book topics: the process of …, the plot of …, how … works. */
const TOPIC =
  R`(?:theory|process|life(?:${SEP})?cycle|history|plot|concept|principles?|basics|fundamentals|causes|origins?|mechanism|structure|stages|phases|significance|importance|symbolism|themes?)${SEP}of`;
const LANGUAGE =
  R`(?:english|french|spanish|german|italian|portuguese|russian|chinese|mandarin|cantonese|japanese|korean|arabic|hindi|turkish|dutch|polish|swedish|greek|hebrew|latin|vietnamese|thai|indonesian|swahili|ukrainian|czech|danish|norwegian|finnish)`;
const QUOTED = R`(?:'[^'\n]{1,60}'|"[^"\n]{1,60}"|‘[^’\n]{1,60}’|“[^”\n]{1,60}”)`;
const PROG_LANG =
  R`(?:python|javascript|java|typescript|php|ruby|go|rust|c\+\+|c#|c|kotlin|swift|sql|bash|perl|scala|haskell)`;

/** Rules for generic assistant tasks planted in tool results. */
export const TASK_RULES: readonly InjectionRule[] = [
  rule(
    "task_hijack",
    1.0,
    "poem haiku limer sonne balla ode song lyric rap story fable fairy essay speec monol joke riddl novel scree tongu acros / write compo draft creat provi gener devel produ craft pen give prepa",
    R`${SENT}${MAKE}${SEP}(?:me${SEP}|us${SEP})?(?:an?${SEP})${ADJ}${GENRE}s?${SEP}(?:about|on|based${SEP}on|describing|celebrating|set${SEP}in|inspired${SEP}by|that|where|in${SEP}which|featuring)\b`,
    "Text in a tool result asks for a poem, story, essay or speech: a task planted for the model",
    TASK,
  ),
  rule(
    "task_hijack",
    1.0,
    "lette intro concl outli abstr / write compo draft creat provi gener devel produ craft prepa",
    R`${SENT}${MAKE}${SEP}(?:me${SEP})?an?${SEP}(?:formal${SEP}|short${SEP}|brief${SEP})?letter${SEP}to${SEP}an?${SEP}[a-z]{3,20}\b|${SENT}${MAKE}${SEP}(?:me${SEP})?an?${SEP}(?:introduction|conclusion|outline|abstract|opening${SEP}paragraph)${SEP}(?:for|to|of)${SEP}an?${SEP}(?:essay|article|paper|speech|report|story|blog${SEP}post)\b`,
    "Text in a tool result asks for a letter or essay part addressed to no one: a task planted for the model",
    TASK,
  ),
  rule(
    "task_hijack",
    1.0,
    "trans say equiv what whats / engli frenc spani germa itali portu russi chine manda canto japan korea arabi hindi turki dutch polis swedi greek hebre latin vietn thai indon swahi ukrai czech danis norwe finni",
    R`${SENT}translate${SEP}(?:the${SEP}following|this)${SEP}(?:sentence|phrase|text|word|paragraph|line)s?${SEP}(?:in)?to${SEP}${LANGUAGE}\b|${SENT}(?:provide|give|tell${SEP}me)${SEP}(?:me${SEP})?the${SEP}${LANGUAGE}${SEP}(?:equivalent|translation|word)${SEP}(?:for|of)${SEP}${QUOTED}`,
    "Text in a tool result asks for a translation of a quoted phrase: a task planted for the model",
    TASK,
  ),
  rule(
    "task_hijack",
    1.0,
    "say what whats / engli frenc spani germa itali portu russi chine manda canto japan korea arabi hindi turki dutch polis swedi greek hebre latin vietn thai indon swahi ukrai czech danis norwe finni",
    R`\b(?:how${SEP}(?:do|would|can)${SEP}(?:you|i|one)${SEP}say|what${SEP}is|what's|what’s)${SEP}${QUOTED}${SEP}in${SEP}${LANGUAGE}\s{0,2}\?`,
    "Text in a tool result asks for a translation of a quoted phrase: a task planted for the model",
    QUESTION,
  ),
  rule(
    "task_hijack",
    1.0,
    "expla descr summa outli break elabo / theor proce life lifec cycle histo plot conce princ basic funda cause origi mecha struc stage phase signi impor symbo theme works work",
    R`${SENT}(?:explain|describe|summari[sz]e|outline|break${SEP}down|elaborate${SEP}on)${SEP}(?:to${SEP}me${SEP})?the${SEP}${TOPIC}${SEP}(?:an?${SEP}|the${SEP})?[\p{L}'’ -]{2,60}?(?:${SEP}in${SEP}simple${SEP}terms)?[.!]|${SENT}(?:explain|describe)${SEP}how${SEP}[\p{L} -]{2,40}?${SEP}works?(?:${SEP}with${SEP}an${SEP}example|${SEP}in${SEP}simple${SEP}terms)?[.!]`,
    "Text in a tool result asks for a school-book explanation: a task planted for the model",
    { ...TASK, flags: "iu" },
  ),
  rule(
    "task_hijack",
    1.0,
    "funct scrip progr snipp examp code / show give write provi",
    R`${SENT}(?:can|could)${SEP}you${SEP}(?:show|give|write|provide)${SEP}(?:me${SEP})?an?${SEP}(?:simple${SEP}|basic${SEP}|short${SEP}|quick${SEP})?(?:${PROG_LANG}${SEP})?(?:function|script|program|snippet|example|code${SEP}(?:snippet|example))${SEP}(?:to|that|for|which)${SEP}(?:calculate|compute|find|sort|reverse|check|convert|print|generate|count|parse)s?\b|${SENT}provide${SEP}an${SEP}example${SEP}of${SEP}how${SEP}to${SEP}[^.?!\n]{3,80}?\busing${SEP}${PROG_LANG}\b`,
    "Text in a tool result asks for a programming exercise: a task planted for the model",
    TASK,
  ),
  rule(
    "task_hijack",
    1.0,
    "capit wrote paint compo inven disco direc cause funct sympt effec conse diffe / what who whats",
    R`${SENT}(?:what${SEP}is|what's|what’s)${SEP}the${SEP}capital${SEP}(?:city${SEP})?of${SEP}(?:the${SEP})?\p{Lu}|${SENT}who${SEP}(?:wrote|painted|composed|invented|discovered|directed|sculpted)${SEP}(?:the${SEP}(?:play|novel|book|poem|song|opera|symphony|painting|film|movie|sonata)${SEP})?${QUOTED}|${SENT}what${SEP}(?:are|were)${SEP}the${SEP}(?:(?:main|primary|major|key|chief)${SEP})?(?:causes|functions|symptoms|consequences)${SEP}of${SEP}the${SEP}\p{L}|${SENT}what${SEP}is${SEP}the${SEP}difference${SEP}between${SEP}${QUOTED}${SEP}and${SEP}${QUOTED}`,
    "Text in a tool result asks an encyclopedia question: a task planted for the model",
    { ...QUESTION, flags: "iu" },
  ),
  rule(
    "task_hijack",
    1.0,
    "infin endle never unend forev witho milli billi / write gener produ print outpu repea count list tell",
    R`${SENT}(?:please${SEP})?(?:write|generate|produce|print|output|repeat|count|list|tell)\b[^.!?\n]{0,30}?(?:\b(?:infinite(?:ly)?|endless(?:ly)?|never-?ending|unending|forever)\b|\bwithout${SEP}(?:ever${SEP})?(?:stopping|end(?:ing)?)\b|\b(?:a|one)${SEP}(?:million|billion|trillion)${SEP}times\b)`,
    "Text in a tool result asks the model for output without end",
    TASK,
  ),
  rule(
    "response_manipulation",
    1.0,
    "repla subst swap conve encod turn / lette vowel conso chara",
    R`${SENT}(?:please${SEP})?(?:replace|substitute|swap|convert|encode|turn)${SEP}(?:(?:every|each|all|the|any)${SEP})?(?:(?:first|second|third|fourth|fifth|other|odd|even)${SEP})?(?:letters?|vowels?|consonants?|characters?)${SEP}(?:in${SEP}(?:your${SEP})?\w+${SEP})?(?:with|into|to|by)${SEP}(?:(?:its|their|the${SEP}following|corresponding|matching)${SEP})?(?:numbers?|numerals|digits?|symbols?|positions?${SEP}numbers?|positions?|emojis?)\b`,
    "Text in a tool result orders the model to garble the letters of its answer",
    TASK,
  ),
];
