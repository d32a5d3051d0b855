/**
 * Weighted signals for the injection detector. Each rule describes a technique (the grammar of an
 * attack: a verb of overriding + an object that is an instruction set; a role marker; a concealment
 * clause aimed at "the user"), not literal payloads. The highest weight per kind counts; kinds add
 * up; a rule with weight >= 1 blocks on its own at the default threshold.
 */
import { exampleTranscript, reportsAttempt } from "./_injection_r27a1_fp.ts";
import { falseAssurance } from "./_injection_r32p.ts";
import {
  addressedAt,
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
  SAFEGUARD,
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
import { alsoHumans, listedAsExample, tagNamedInProse } from "./_injection_r19_guards.ts";
import { notReported as notReportedPassage, reportedQuote } from "./_injection_quoted.ts";
import { reportedPurpose } from "./_injection_r7_reported.ts";
import { setupDestination } from "./_injection_r19_fp.ts";
import { accountUser, identifierName, sentNoun } from "./_injection_r24_fp.ts";
import { describedProgram } from "./_injection_r30a_fp.ts";
import type { Stage } from "../types.ts";

/** One weighted signal. */
export interface InjectionRule {
  kind: string;
  weight: number;
  /** What must be present near a match (see `_anchors.ts`). */
  anchors: Anchors;
  /** How far (characters) a match can reach from its anchor. */
  reach: number;
  /**
   * How far (characters) before its anchor a match can start, when less than `reach`: a rule whose
   * match opens on its anchor word reads a window that starts just before it, not `reach` before.
   */
  back?: number;
  /** Global (`g`) pattern, run on the windows around the anchors. */
  re: RegExp;
  reason: string;
  /** Extra test on a match (e.g. "is this an order to the model?"); a rejected match is skipped. */
  accept?: (view: string, start: number, end: number) => boolean;
  /**
   * Weight per stage, overriding `weight`: an order to the model weighs most inside a tool result,
   * where content has no business addressing the model, and least in a tool definition.
   */
  at?: Partial<Record<Stage, number>>;
  /**
   * The match is a command, so a code span or quotation may hold it rather than mention it: when
   * this returns true for a quoted match (e.g. "run `…`"), the "only quoted" test is skipped.
   */
  quotedOk?: (view: string, start: number) => boolean;
  /**
   * A cheap test every match must pass (literals one of which each match contains, with the rule's
   * own flags): a window it rejects cannot hold a match, so the costly `re` is not run there. Only
   * for the costliest rules; `scripts/dev/need_check.ts` checks each on the eval texts, documentation
   * and fresh mixed text.
   */
  need?: RegExp;
}

const isSymbol = (p: string): boolean => p.startsWith("=") || !/^\p{L}/u.test(p);

/**
 * Parse `"word word =sym <sym / partner partner"`: words (5-letter prefixes), symbols (literal,
 * written with a leading `=` when they start with a letter, `~` for a space) and, after ` / `,
 * partner words one of which must be near a word anchor.
 */
export function anchors(spec: string, gate?: RegExp): Anchors {
  const [main, near = ""] = spec.split(" / ");
  const parts = main.split(/\s+/).filter(Boolean);
  return {
    words: parts.filter((p) => !isSymbol(p)),
    partners: near.split(/\s+/).filter(Boolean),
    symbols: parts.filter(isSymbol).map((p) => p.replace(/^=/, "").replaceAll("~", " ")),
    ...(gate ? { gate } : {}),
  };
}

/** Options of {@link rule}. */
export interface RuleOptions {
  flags?: string;
  reach?: number;
  near?: number;
  accept?: InjectionRule["accept"];
  at?: InjectionRule["at"];
  quotedOk?: InjectionRule["quotedOk"];
  need?: InjectionRule["need"];
}

/** Build a rule from its kind, weight, anchor spec (see {@link anchors}), regex source and reason. */
export const rule = (
  kind: string,
  weight: number,
  spec: string,
  src: string,
  reason: string,
  o: RuleOptions = {},
): InjectionRule => ({
  kind,
  weight,
  anchors: o.near ? { ...anchors(spec), near: o.near } : anchors(spec),
  reach: o.reach ?? 250,
  re: new RegExp(src, "g" + (o.flags ?? "i")),
  reason,
  ...(o.accept ? { accept: o.accept } : {}),
  ...(o.at ? { at: o.at } : {}),
  ...(o.quotedOk ? { quotedOk: o.quotedOk } : {}),
  ...(o.need ? { need: o.need } : {}),
});
/** A match counts only as an order to the model (see `addressedAt`). */
export const ordered = (view: string, start: number, end: number): boolean =>
  addressedAt(view, start) || /\byou(?:rs?|rself)?\b/i.test(view.slice(start, end));
const R = String.raw;
/**
 * "don't mention customer names": the user word is a modifier of what is not to be mentioned, not
 * the one kept in the dark.
 */
const NOT_MODIFIER =
  R`(?![\s_-]+(?:names?|data|details?|ids?|numbers?|records?|info(?:rmation)?|e-?mails?|accounts?|addresses|pii|lists?|counts?|feedback|reviews?|support|service|success|experience|stories|quotes|logos?|identit(?:y|ies))\b)`;
/**
 * "asking the model to …", "tricks an LLM into …", "try to make a model reveal …": an attack
 * described, not an order given.
 */
const REPORTED =
  /\b(?:ask(?:s|ed|ing)?|tell(?:s|ing)?|told|instruct(?:s|ed|ing)?|get(?:s|ting)?|trick(?:s|ed|ing)?|forc(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|caus(?:e|es|ed|ing)|coax(?:es|ed|ing)?|persuad(?:e|es|ed|ing))\s+(?:the|a|an|your|its)\s+(?:ai\s+|llm\s+)?(?:model|assistant|agent|llm|chatbot|bot|ai)s?\s+(?:(?:to|into)\s+)?$/i;
const notReported = (view: string, start: number): boolean =>
  !REPORTED.test(view.slice(Math.max(0, start - 60), start));
/**
 * "never share your password", "do not paste API keys", "do not log or print secrets": a
 * prohibition that protects the secret;
 * "requests to send your password", "attempts to steal credentials": a red flag named, not made.
 */
const FORBIDS_OR_NAMES = new RegExp(
  R`(?:\b(?:never|not|don'?t|do${SEP}not|must${SEP}not|mustn'?t|should${SEP}not|shouldn'?t|won'?t|will${SEP}not)(?:${SEP}(?:ever|\w+ly))?(?:${SEP}(?!hesitate|wait|delay|forget|bother|fail)[a-z]{2,12}${SEP}(?:or|nor|and))?|\b(?:requests?|attempts?|demands?|tries|trying|pressure|asks|scams?|schemes?)${SEP}to)${SEP}$`,
  "i",
);
/** A relative clause whose subject does the reading: "which services still …", "apps that …". */
const RELATIVE_SUBJECT = /\b(?:which|that|who|whose)\s+(?:[a-z][\w-]*\s+){0,2}$/i;
export const forbidsOrNames = (view: string, start: number): boolean =>
  FORBIDS_OR_NAMES.test(view.slice(Math.max(0, start - 30), start));
/**
 * "Paste your API key here", "Enter your password below": a form label asking the person at the
 * screen to type their own secret into this field, not an order to send one anywhere.
 */
const formLabel = (view: string, start: number, end: number): boolean =>
  /^(?:paste|enter|type|input)\b/i.test(view.slice(start, end)) &&
  /\byour\b/i.test(view.slice(start, end)) &&
  /^\s+(?:here|below|in(?:to)?\s+(?:this|the)\s+(?:field|box|form))\b/i.test(
    view.slice(end, end + 30),
  );

/** Prose that documents a prompt format: "chat template", "prompt format", "special tokens". */
const FORMAT_DOC =
  /\b(?:chat[ _-]?templates?|prompt[ _-]?(?:format|template)s?|special[ _-]tokens?|tokeni[sz]er|(?:message|conversation|turn|input|chat)[ _-]format|apply_chat_template|chatml|(?:is|are|gets?)\s+rendered\s+as)\b/i;
/** What a sample turn has no business holding: an override, a jailbreak, a secret, a command. */
const NOT_A_SAMPLE =
  /\b(?:ignore|disregard|forget|override|bypass|jailbreak\w*|unrestricted|uncensored|exfiltrat\w*|password|passwords|api[ _-]?keys?|secrets?|tokens?|credentials|curl|wget|sudo|rm\s+-rf)\b|https?:\/\/|[\w.+-]+@[\w-]+\.\w/i;
/**
 * A marker in a fenced example that documentation introduces as a prompt format ("The chat
 * template turns them into: ```<|im_start|>system …```"), whose turns hold only sample text. A
 * fake turn planted in a tool result needs content that acts (see {@link NOT_A_SAMPLE}).
 */
function documentedTemplate(view: string, start: number): boolean {
  const from = Math.max(0, start - 2000);
  const before = view.slice(from, start);
  const block = fencedBlock(view, from, before, start);
  if (block === undefined) return unfencedSample(view, start);
  if (!FORMAT_DOC.test(view.slice(Math.max(0, block.open - 400), block.open))) return false;
  const body = view.slice(block.open, block.close);
  return !NOT_A_SAMPLE.test(body) && !TRANSCRIPT_ACT.test(body);
}

/** What a sample turn shown without a fence must not hold: orders about how to behave. */
const STEERS =
  /\b(?:from\s+now\s+on|you\s+are\s+now|instead|only\s+(?:reply|respond|answer|output|speak)|do\s+not|don'?t|never|always|must|no\s+longer|mode|pretend|act\s+as|roleplay|developer)\b/i;

/**
 * A template shown without a fence (a model card pasted as text, or an HTML page whose `<pre>` the
 * markup view dropped): documentation names the format just before (≤ 200 characters), and every
 * turn up to the last marker is a short sample with no order, secret, link or command in it.
 */
function unfencedSample(view: string, start: number): boolean {
  if (!FORMAT_DOC.test(view.slice(Math.max(0, start - 200), start))) return false;
  const rest = view.slice(start, start + 700);
  const last = Math.max(
    rest.lastIndexOf("<|"),
    rest.lastIndexOf("[/INST]"),
    rest.lastIndexOf("<</SYS>>"),
  );
  const body = rest.slice(0, last < 0 ? rest.length : last + 2);
  if (body.length > 600) return false;
  return !NOT_A_SAMPLE.test(body) && !TRANSCRIPT_ACT.test(body) && !STEERS.test(body);
}

/** HTML that shows code verbatim: an open `<pre>` or `<code>` element. */
const HTML_CODE_OPEN = /<(?:pre|code)\b[^<>]{0,200}>/gi;
const HTML_CODE_CLOSE = /<\/(?:pre|code)\s*>/i;

/**
 * The code block `start` sits in: a Markdown fence (an odd number of fences before it) or an HTML
 * `<pre>`/`<code>` element not yet closed (docs pages show templates so, with `&lt;|im_start|&gt;`
 * decoded in the HTML view). `open` is where the block's content starts, `close` where it ends.
 */
function fencedBlock(
  view: string,
  from: number,
  before: string,
  start: number,
): { open: number; close: number } | undefined {
  const fences = before.match(/^[ \t]*(?:```|~~~)/gm);
  if (fences && fences.length % 2 === 1) {
    const open = from + before.lastIndexOf(fences[fences.length - 1].trimStart()) + 3;
    const close = view.indexOf("```", start);
    return { open, close: close < 0 ? Math.min(view.length, start + 1500) : close };
  }
  let last: RegExpExecArray | undefined;
  HTML_CODE_OPEN.lastIndex = 0;
  for (let m = HTML_CODE_OPEN.exec(before); m !== null; m = HTML_CODE_OPEN.exec(before)) last = m;
  if (last === undefined || HTML_CODE_CLOSE.test(before.slice(last.index))) return undefined;
  const open = from + last.index;
  const rest = view.slice(start, start + 1500);
  const end = rest.search(HTML_CODE_CLOSE);
  return { open, close: end < 0 ? start + rest.length : start + end };
}

/**
 * A chat-template marker that opens a turn, not one a document names: documentation writes
 * `<|im_start|>user ... <|im_end|>` (a placeholder, then the closing marker), lists markers
 * ("[INST] and <<SYS>>"), or ends a sentence with one. A marker followed by content is a turn.
 */
function opensTurn(view: string, start: number, end: number): boolean {
  if (documentedTemplate(view, start)) return false;
  // The role word after an opening marker (`<|im_start|>user`) belongs to the marker.
  const next = view.slice(end, end + 50).replace(
    /^(?:system|user|assistant|tool|developer)\b/i,
    "",
  );
  // The next marker follows at once (`<|im_end|><|im_start|>`): that one is judged on its own.
  if (/^\s*(?:<\||<<\/?SYS|\[\/?INST|<\/?(?:start|end)_of_turn)/.test(next)) return false;
  // A placeholder up to the closing marker.
  if (
    /^\s*(?:\.{3}|…|<[a-z_ ]{1,20}>|\{[a-z_ ]{1,20}\})\s*(?:<\||<<\/SYS|\[\/INST|<\/?end_of_turn|$)/i
      .test(next)
  ) {
    return false;
  }
  // Named in a sentence: followed by a conjunction, or by punctuation that ends the phrase.
  if (
    /^(?:\s+(?:and|or|for|to|with|is|are|was|were|marks?|tokens?|markers?|tags?|followed|then|after|before|between|around|at|in|as|like|which|that|wraps?|ends?|starts?|opens?|closes?|does|do|means|signals|separates)\b|\s+[—–-]\s|[.,;:)](?:\s|$)|\s*$)/i
      .test(
        next,
      )
  ) {
    return false;
  }
  return true;
}

/** A correspondent's own reference asked back: "include this ticket number in your reply". */
const REFERENCE_ASKED =
  /^[^.!?\n]{0,40}\b(?:quote|include|mention|add|put|cite|use|keep)\s+(?:this|the|our|your)\s+(?:reference|ticket|order|case|invoice|booking|confirmation|account|customer|tracking|claim|request|policy|application)\s+(?:number|no\.?|id|code|#)\s+(?:in|on|with)\s+(?:all\s+|any\s+)?your\s+(?:reply|replies|response|responses|answer|email|message)s?\b[^.!?\n]{0,5}$/i;

/** "queued instructions", "CPU instructions": work a machine runs, not orders to the model. */
const MACHINE_WORK = new RegExp(
  R`\b(?:queued|pending|cached|buffered|scheduled|machine|cpu|assembly|simd|vector|branch|bytecode|jvm|wasm|microcode|pipelined?|fetched|decoded|retired|compiled|x86|avx|sse)${SEP}(?:instructions?|commands)\b`,
  "i",
);
/** The instructions meant are work a machine runs ("queued instructions", "CPU instructions"). */
export const machineWork = (view: string, start: number, end: number): boolean =>
  MACHINE_WORK.test(view.slice(start, end + 40));
/**
 * "… instructions returned by this tool", "… found in web pages", "… that appear on web pages": a
 * defence against data, not an override.
 */
const FROM_DATA =
  /^(?:\s+or\s+\w+)?\s+(?:(?:that|which)\s+(?:are|were|is|appears?|comes?)\s+)?(?:(?:returned|produced|output|found|contained|embedded|included|appearing|coming)\s+(?:by|in|within|from|inside)|(?:in|within|from|inside|on)\s+(?:the\s+|its\s+|any\s+|an?\s+|tool\s+|search\s+|these\s+|those\s+){0,2}(?:results?|outputs?|responses?|retrieved|fetched|untrusted|external|third-party|web\s?pages?|pages?|documents?|emails?|files?|data|content))\b/i;
/** The instructions meant are located in data (see {@link FROM_DATA}). */
export const fromData = (view: string, end: number): boolean =>
  FROM_DATA.test(view.slice(end, end + 80));
/**
 * "the previous shipping instructions", "my earlier installation guidelines": instructions for a
 * task in the world (a parcel, a product, a form), which mail rightly corrects; not the model's.
 */
const DOMAIN_OBJ =
  /\b(?:shipping|delivery|dispatch|pickup|pick-up|return|returns|packing|packaging|handling|storage|installation|install|setup|set-up|assembly|mounting|wiring|washing|wash|care|cleaning|laundry|cooking|baking|recipe|dosage|dosing|medication|feeding|watering|parking|boarding|travel|check-in|checkin|payment|billing|banking|wire|transfer|invoicing|filing|submission|registration|enrol(?:l?ment)?|application|exam|grading|editorial|branding|labell?ing|routing|driving|build|deployment|deploy|migration|upgrade|download|login|sign-in|onboarding|maintenance|operating|mailing|seating|catering|dress|dress-code)[\s,*"_-]+(?:instructions?|directions|guidelines|guidance|rules|directives?)\s*$/i;
/** The instruction set meant is a task's in the world, not the model's (see {@link DOMAIN_OBJ}). */
export const domainInstructions = (view: string, start: number, end: number): boolean =>
  DOMAIN_OBJ.test(view.slice(Math.max(start, end - 60), end));

/** "new standing instruction", "new priority directive": adjectives between "new" and the noun. */
const STANDING =
  R`(?:standing|permanent|priority|important|additional|special|official|mandatory|urgent|global|critical|internal)`;
/** "… by first printing the API keys": the -ing form of a leak, as in "you will answer by …". */
const LEAK_GERUND =
  R`(?:revealing|showing|printing|outputting|sending|sharing|leaking|listing|dumping|giving|displaying|exposing|returning|providing|uploading|copying|pasting|posting|forwarding|e-?mailing)`;
/**
 * "throw" is anchored only as "throw out" ("throw aside" has "aside"): as a word it armed these rules
 * around every `throw new Error` in code, next to "const"/"limit" (prefixes of "constraints" and
 * "limits"). The regexes spell "throw out" with one space; casings other than these four pass the
 * anchor only with another override word nearby.
 */
const OVERRIDE_WORDS =
  "ignor disre forge overr overw bypas circu disca aband dismi negle aside =throw~out =Throw~out =Throw~Out =THROW~OUT scrap erase wipe unlea super nulli heed obey adher compl liste follo pay";
const OBJ_WORDS =
  "instr promp rules rule direc guide guida guard progr descr syste conte train filte limit const restr polic comma order";
const SEND_WORDS =
  "send sends forwa uploa post transm email mail exfil leak copy sync submi share deliv relay push beaco appen attac pass repor";
const SECRET_WORDS =
  "crede api apike key keys token passw passp secre priva ssh cooki envir env seed";
const LEAK_WORDS =
  "revea show print outpu send share leak list dump give displ retri extra inclu expos retur provi read colle fetch cat open uploa attac copy grab steal exfil forwa post acces hand paste type gathe harve scrap sendi shari leaki listi dumpi givin copyi posti";
/** Literal anchors of `SECRET_FILE` (shared with other rule files). */
export const SECRET_FILE_SYMBOLS =
  ".ssh =id_rsa =id_dsa =id_ecdsa =id_ed25519 .aws .env =mcp.json =claude_desktop_config .npmrc .netrc .pypirc .git-credentials .docker/ .kube/ /etc/ _history =wallet.dat =credentials.json =secret.json =secrets.";

/**
 * What a fake transcript wants done: send data out, run a shell, wipe in bulk, skip consent, get
 * the model's own system prompt ("print your system prompt"; not "what is a system prompt?"), or an
 * assistant turn that complies on the spot ("Yes, sending it now").
 */
const TRANSCRIPT_ACT =
  /\b(?:forward|send|e-?mail|upload|transfer|post|share|export|leak|exfiltrate)\b[^.\n]{0,60}?\bto\s+(?:https?:\/\/|[\w.+-]+@[\w-]+\.\w)|\b(?:curl|wget|rm\s+-rf|sudo|chmod|powershell)\b|\b(?:delete|drop|remove|wipe|erase|purge|destroy)\b[^.\n]{0,40}?\b(?:all|every|each|everything)\b|\b(?:don'?t|do not|never|without)\s+(?:ask|asking|confirm|confirming|check|checking)\b|\bi\s+(?:hereby\s+)?authori[sz]e\b|\b(?:delete|drop|truncate)\b[^.\n]{0,40}\b(?:table|database|repositor|records)|\b(?:api[ _-]?keys?|secret keys?|private keys?)\b|\b(?:your|(?:reveal|show|print|repeat|output|dump|leak|share|paste|recite|display|tell|give|send|copy)\s+(?:me\s+|us\s+)?(?:the|your)(?:\s+(?:full|entire|exact|hidden|original|complete))?)\s+system prompt\b|\b(?:yes|sure|of course|absolutely|okay|ok|right away)\b[,!.]?\s{0,3}(?:i'?ll\s+|i\s+will\s+|i'?m\s+)?(?:sending|wiring|transferring|paying|deleting|forwarding|executing|running|exporting|uploading|doing)\s+(?:it|them|that|this|those)\s+(?:now|right away|immediately)\b/i;
/** The text ends on an open assistant turn, for the model to continue. */
const OPEN_TURN =
  /(?:^|\n)[ \t]*(?:#{1,6}[ \t]*)?(?:assistant|ai|claude|chatgpt|gpt)[ \t]*:[ \t]*$/i;
/** A transcript that asks for an act or waits for the model's turn (not a support chat export). */
const liveTranscript = (view: string, start: number, end: number): boolean =>
  TRANSCRIPT_ACT.test(view.slice(start, Math.min(view.length, end + 600))) ||
  OPEN_TURN.test(view.slice(Math.max(end, view.length - 200)));

/** The English (and language-neutral markup) rules. */
export const ENGLISH_RULES: readonly InjectionRule[] = [
  // --- overriding the instruction hierarchy
  rule(
    "ignore_previous",
    1.2,
    `${OVERRIDE_WORDS} / ${OBJ_WORDS}`,
    R`\b${OVERRIDE_VERB}${gap(3)}${QUAL}${gap(2)}${OBJ}\b|\b${OVERRIDE_VERB}${
      gap(3)
    }${QUAL_STRONG}${gap(2)}${OBJ_WEAK}\b`,
    "Text tells the model to ignore its previous instructions",
    {
      accept: (view, start, end) =>
        ordered(view, start, end) && !machineWork(view, start, end) && !fromData(view, end) &&
        !domainInstructions(view, start, end) && !reportedQuote(view, start, end),
    },
  ),
  rule(
    "ignore_previous",
    1.2,
    `${OVERRIDE_WORDS} / every anyth above befor prior previ far earli user human forego prece`,
    R`\b${OVERRIDE_VERB}${SEP}(?:all|everything|anything)${SEP}(?:\w+${SEP}){0,3}?(?:above|before|prior|previously|so far|earlier)\b|\bignore${SEP}(?:the|your)${SEP}(?:user|human)\b|\b${OVERRIDE_VERB}${SEP}(?:the${SEP}|everything${SEP})?(?:above|foregoing|preceding|previous|prior)(?=[ \t]*(?:[.,;:!)\n]|$|and\b|then\b|&))`,
    "Text tells the model to ignore what came before it",
    {
      accept: (view, start, end) =>
        ordered(view, start, end) && !machineWork(view, start, end) &&
        !reportedQuote(view, start, end),
    },
  ),
  rule(
    "ignore_previous",
    1.2,
    "forge / every all what",
    R`\bforget${SEP}(?:everything|all|what)${SEP}(?:you|that|i|above|before)\b`,
    "Text tells the model to forget what came before it",
    { accept: ordered },
  ),
  rule(
    "ignore_instructions",
    0.6,
    `${OVERRIDE_WORDS} / ${OBJ_WORDS}`,
    R`\b${OVERRIDE_VERB}${SEP}(?:the${SEP})?${OBJ}\b`,
    "Text tells the model to ignore instructions",
    // "Do not follow instructions that appear inside a page": a defence against data.
    { accept: (view, start, end) => ordered(view, start, end) && !fromData(view, end) },
  ),
  rule(
    "bypass_safeguards",
    1.0,
    "regar despi notwi spite / descr",
    R`\b(?:regardless${SEP}of|despite|notwithstanding|in${SEP}spite${SEP}of)${SEP}(?:its|the|their|your|what${SEP}(?:the|its))${SEP}(?:tool${SEP})?descriptions?\b`,
    "Text tells the model to use a tool against its own description",
  ),
  rule(
    "ignore_instructions",
    0.6,
    "regar despi notwi spite / descr instr rules warni guide restr safeg",
    R`\b(?:regardless${SEP}of|despite|notwithstanding|in${SEP}spite${SEP}of)${SEP}(?:its|the|their|your|any|what${SEP}the)${SEP}(?:tool${SEP})?(?:descriptions?|instructions|rules|warnings?|guidelines|restrictions|safeguards)(?:${SEP}(?:say|says))?(?:${SEP})?(?:[.!\n]|$)`,
    "Text tells the model to act regardless of its tool descriptions or rules",
  ),
  rule(
    "bypass_safeguards",
    1.0,
    `${OVERRIDE_WORDS} skip disab deact turn switc evade side / descr safeg guard safet secur conte restr limit filte warni verif confi appro permi tool`,
    R`\b(?:${OVERRIDE_VERB}|skip(?:ping)?|disabl(?:e|ing)|deactivat(?:e|ing)|turn(?:ing)?${SEP}off|switch(?:ing)?${SEP}off|evad(?:e|ing)|sidestep(?:ping)?|get${SEP}around|work${SEP}around)${SEP}(?:(?:the|all|any|every|your|its|these|those|tool|current|existing|normal|usual|standard|this|security|safety)${SEP}){0,3}${SAFEGUARD}\b`,
    "Text tells the model to bypass its safeguards or tool descriptions",
    { accept: ordered },
  ),
  rule(
    "instructions_void",
    0.8,
    "instr rules guide descr promp direc safeg guard valid verif check filte restr / ignor disre void obsol longe revok overr super lifte suspe disab compr trust untru outda depre inval decla fake malic",
    R`\b(?:instructions|rules|guidelines|tool${SEP}descriptions?|descriptions${SEP}of${SEP}(?:the${SEP})?tools|system${SEP}prompt|directives|safeguards|guardrails|(?:tool${SEP}description|safety|security)${SEP}(?:validation|verification|checks?|filters?)|restrictions)${SEP}(?:[A-Za-z0-9'’]+${SEP}){0,8}?(?:are|is|were|was|have${SEP}been|has${SEP}been|should${SEP}be|must${SEP}be|can${SEP}be|need${SEP}to${SEP}be)${SEP}(?:now${SEP}|hereby${SEP}|temporarily${SEP}|therefore${SEP}|officially${SEP}|declared${SEP}(?:as${SEP})?|considered${SEP}|(?:written|provided|created|authored|supplied)${SEP}by${SEP}(?:an?${SEP}|the${SEP})?)*(?:ignored|disregarded|bypassed|void|obsolete|outdated|deprecated|invalid|no${SEP}longer${SEP}(?:valid|apply|applicable|in${SEP}effect|relevant)|revoked|overridden|superseded|lifted|suspended|disabled|compromised|untrusted|malicious|fake|not${SEP}to${SEP}be${SEP}trusted|attackers?)\b`,
    "Text claims the model's instructions or safeguards no longer apply",
  ),
  rule(
    "new_instructions",
    0.8,
    "instr direc promp task job goal objec missi role purpo / new updat revis real actua true secre hidde addit overr prior next only prima your",
    R`\b(?:new|updated|revised|real|actual|true|secret|hidden|additional|override|priority)${SEP}(?:${STANDING}${SEP}){0,2}(?:system${SEP})?(?:instructions?|directives?|system prompt)\b(?:${SEP}for${SEP}you)?(?:${SEP})?(?:[:\-–—]|are\b|follow\b)|\byour${SEP}(?:new|real|actual|next|true|only|primary|updated)${SEP}(?:task|instructions?|job|goal|objective|mission|role|purpose|directive|assignment)s?(?:${SEP}(?:now|here|today|instead))?(?:${SEP}(?:is|are)\b|\s{0,3}:)`,
    "Text announces new instructions for the model",
  ),
  rule(
    "ignore_previous",
    1.2,
    "instr direc order task rules / ignor disre forge bypas overr drop aband disca scrap",
    R`\b(?:new|updated|revised|real|actual|true|secret|hidden|additional|override|priority)${SEP}(?:${STANDING}${SEP}){0,2}(?:system${SEP})?(?:instructions?|directives?|orders|task|rules)(?:${SEP}for${SEP}you)?\s{0,3}[:\-–—]\s{0,3}(?:(?:please|now|first)${SEP})?(?:ignore|disregard|forget|bypass|override|drop|abandon|discard|scrap)\b`,
    "Text announces new instructions that start by overriding the old ones",
    { near: 60 },
  ),
  rule(
    "override_mode",
    0.7,
    "now inste / from you respo reply outpu do",
    R`\bfrom now on\b[\s,]*(?:you (?:are|will|must|should)|act|respond|answer|always|only|ignore|reply|pretend|behave)|\binstead${SEP}(?:you${SEP}(?:must|should)|respond${SEP}with|reply${SEP}with|output|do the following)\b`,
    "Text tries to change how the model behaves from here on",
  ),
  rule(
    "persona",
    0.8,
    "unres unfil uncen jailb evil mode prete anyth dan bound / you act behav respo devel god jailb dan now are",
    R`\byou${SEP}are${SEP}(?:now|no longer)${SEP}(?:an?${SEP}|in${SEP})?(?:unrestricted|unfiltered|uncensored|jailbroken|DAN|evil|not bound|developer mode|an? (?:different|new|unrestricted) (?:ai|assistant|model))|\b(?:act|behave|respond)${SEP}as${SEP}(?:if${SEP}you${SEP}(?:are|were|have)${SEP})?(?:an?${SEP})?(?:unrestricted|unfiltered|uncensored|jailbroken|DAN|evil)\b|\bpretend${SEP}(?:that${SEP})?you${SEP}(?:are|have)${SEP}(?:no${SEP}(?:rules|restrictions|limits)|an?${SEP}(?:unrestricted|evil))|\b(?:developer|god|jailbreak|dan)${SEP}mode\b|\bdo anything now\b|\byou are the system prompt\b`,
    "Text tries to give the model a new, unrestricted persona",
  ),
  rule(
    "no_restrictions",
    0.4,
    "restr filte censo guard polic ethic safet / witho free ignor",
    R`\b(?:without|free of|free from|ignor(?:e|es|ing))${SEP}(?:any${SEP}|all${SEP}|your${SEP})?(?:restrictions|filters|censorship|guardrails|content polic(?:y|ies)|(?:ethical|moral)(?:${SEP}(?:or|and)${SEP}(?:ethical|moral))?${SEP}(?:guidelines|principles|rules)|safety (?:rules|guidelines|filters))\b`,
    "Text asks the model to drop its restrictions",
  ),
  rule(
    "prompt_leak",
    1.0,
    "promp instr messa / revea print show outpu displ repea leak discl tell give dump retur provi write recit spell",
    R`\b(?:reveal|print|show|output|display|repeat|leak|disclose|tell me|give me|dump|return|provide|write out|recite|spell out)${SEP}(?:me${SEP})?(?:the${SEP}|your${SEP}|all${SEP}|its${SEP})?(?:(?:full|entire|complete|hidden|original|initial|exact|secret|confidential|verbatim)${SEP})*(?:system${SEP}(?:prompt|message|instructions)|initial${SEP}prompt|hidden${SEP}prompt|instructions${SEP}you${SEP}(?:were|have been)${SEP}given|developer${SEP}(?:message|prompt)|(?:text|contents?)${SEP}of${SEP}(?:the|your)${SEP}(?:prompt|instructions))\b`,
    "Text asks the model to reveal its system prompt or instructions",
    // "red-team pages ask the model to reveal its system prompt" reports an attack, orders nothing;
    // so does "attackers ask the model to \"repeat the words above\" to leak the system prompt".
    { accept: (view, start) => notReported(view, start) && !reportedPurpose(view, start) },
  ),
  // --- authority and urgency claims that come with a request
  rule(
    "authority_claim",
    0.5,
    "admin sysad root devel ceo cto owner opera creat opena anthr manag compl emerg excep waive overr clear autho appro permi / am this speak hereb grant autho appro permi excep waive clear sessi",
    R`\b(?:this${SEP}is|i${SEP}am|i'm|we${SEP}are|speaking${SEP}as|(?<=(?:^|[.!?:;\n"(]\s{0,3}))as)${SEP}(?:the${SEP}|your${SEP}|an?${SEP})?(?:(?:system|it|security|platform|site|server|senior|chief|lead|head)${SEP})*(?:administrator|admin|sysadmin|root|superuser|developer|dev${SEP}team|security${SEP}team|ceo|cto|owner|operator|creator|openai|anthropic|management|compliance${SEP}(?:team|officer))\b|\b(?:i|we)${SEP}(?:hereby${SEP})?(?:authori[sz]e|grant|approve|permit)${SEP}(?:you|this|the${SEP}(?:request|access|action|tool))|\b(?:security|compliance|policy|admin)${SEP}(?:exception|override|waiver|clearance)${SEP}(?:is${SEP}|has${SEP}been${SEP})?(?:granted|approved|issued|active)\b|\bthis${SEP}is${SEP}an${SEP}emergency\b|\b(?:is|are|has${SEP}been)${SEP}(?:now${SEP})?(?:authori[sz]ed|approved|whitelisted|allow-?listed|cleared)${SEP}for${SEP}(?:this|the${SEP}current|your)${SEP}(?:session|conversation|request|task)\b`,
    "Text claims authority or an emergency to push the model past its rules",
  ),
  rule(
    "credential_tool_cleared",
    0.5,
    "crede passw secre token apike key / safe autho appro allow enabl permi patch fixed trust clear",
    R`\b\w*(?:credential|password|secret|token|api_?key|private_?key)\w*${SEP}(?:tool|function|endpoint|command)?(?:${SEP})?(?:[A-Za-z0-9'’]+${SEP}){0,4}?(?:is|has${SEP}been|was)${SEP}(?:now${SEP}|been${SEP}|fully${SEP})*(?:safe|authori[sz]ed|approved|allowed|enabled|permitted|patched|fixed|trusted|cleared)\b`,
    "Text claims a credential-handling tool is now safe or authorized",
  ),
  rule(
    "wants_secret",
    0.4,
    `${SECRET_WORDS} / need want requi reque give hand send share provi show displ acces retri get obtai us me`,
    R`\b(?:(?:we|i)${SEP}(?:urgently${SEP})?(?:need|want|require)|give${SEP}(?:me|us)|hand${SEP}over)${SEP}(?:(?:the|your|all|any|their|its|user'?s?|stored|saved|current)${SEP})*${SECRET_WORD}\b`,
    "Text asks for credentials",
  ),
  // --- fake turns, fake results, hidden tags
  rule(
    "role_marker",
    1.2,
    "<| <<SYS <</SYS [INST [/INST _of_turn> [SYSTEM [/SYSTEM [ASSISTANT [/ASSISTANT",
    R`<\|\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|tool|ipython)\s*\|>|<</?SYS>>|\[/?INST\]|</?(?:start|end)_of_turn>|\[/?(?:SYSTEM|ASSISTANT)(?:[ _](?:PROMPT|MESSAGE|NOTE|OVERRIDE|INSTRUCTIONS?))?\]`,
    "Text contains chat-template role markers that fake a system or assistant turn",
    {
      flags: "",
      accept: (view, start, end) =>
        opensTurn(view, start, end) && !listedAsExample(view, start, end),
    },
  ),
  rule(
    "role_marker",
    0.6,
    "syste devel role instr / you your ignor assis now from alway never not do new syste devel",
    R`(?:^|\n)[ \t>*#_]*(?:system|developer)(?:[ \t]+(?:message|prompt|note|notice|instructions?|override|command))?[ \t*_]*(?::|>>)[ \t*_]*(?:you|your|ignore|the assistant|from now|always|never|do not|new)\b|(?:^|\n)[ \t]*#{2,}[ \t]*(?:instruction|system)[ \t]*:`,
    "Text contains a line that poses as a system or developer message",
  ),
  rule(
    "role_marker",
    0.6,
    "role / syste devel",
    R`"role"\s*:\s*"(?:system|developer)"`,
    "Text contains a chat message object that poses as a system message",
  ),
  rule(
    "fake_system_content",
    0.6,
    "role / syste devel",
    R`"role"\s*:\s*"(?:system|developer)"\s*,\s*"content"\s*:\s*"[^"]{0,300}?\b(?:ignore|disregard|forget|reply${SEP}only|respond${SEP}only|only${SEP}(?:reply|respond|answer|output)|from${SEP}now${SEP}on|you${SEP}must|always|never|do${SEP}not|don't|reveal|send|forward|call)\b`,
    "Text contains a fake system message object that gives the model orders",
  ),
  rule(
    "role_marker",
    0.4,
    "assis chatg claud gpt",
    R`(?:^|\n|>[ \t]*)[ \t>*_]*(?:assistant|chatgpt|claude|gpt)[ \t*_]*:[ \t]*\S`,
    "Text contains a line that poses as an assistant turn",
  ),
  // A support chat export is a transcript too: only one that asks for an act, or leaves the
  // assistant's turn open for the model to fill, blocks on its own.
  rule(
    "chat_transcript",
    0.5,
    "assis chatb claud chatg gpt / user human",
    R`(?:^|\n)[ \t]*(?:#{1,6}[ \t]*|\*\*|\[)?(?:assistant|ai assistant|chatbot|claude|chatgpt|gpt)(?:\*\*|\])?[ \t]*:[\s\S]{1,1500}?\n[ \t]*(?:#{1,6}[ \t]*|\*\*|\[)?(?:user|human)(?:\*\*|\])?[ \t]*:|(?:^|\n)[ \t]*(?:#{1,6}[ \t]*|\*\*|\[)?(?:user|human)(?:\*\*|\])?[ \t]*:[\s\S]{1,1500}?\n[ \t]*(?:#{1,6}[ \t]*|\*\*|\[)?(?:assistant|ai assistant|chatbot|claude|chatgpt|gpt)(?:\*\*|\])?[ \t]*:`,
    "Text contains a conversation (user and assistant turns), as transcripts and fakes do",
    { reach: 1600, near: 1500, accept: (v, s, e) => !exampleTranscript(v, s, e) },
  ),
  rule(
    "chat_transcript",
    1.2,
    "assis chatb claud chatg gpt / user human",
    R`(?:^|\n)[ \t]*(?:#{1,6}[ \t]*|\*\*|\[)?(?:assistant|ai assistant|chatbot|claude|chatgpt|gpt)(?:\*\*|\])?[ \t]*:[\s\S]{1,1500}?\n[ \t]*(?:#{1,6}[ \t]*|\*\*|\[)?(?:user|human)(?:\*\*|\])?[ \t]*:|(?:^|\n)[ \t]*(?:#{1,6}[ \t]*|\*\*|\[)?(?:user|human)(?:\*\*|\])?[ \t]*:[\s\S]{1,1500}?\n[ \t]*(?:#{1,6}[ \t]*|\*\*|\[)?(?:assistant|ai assistant|chatbot|claude|chatgpt|gpt)(?:\*\*|\])?[ \t]*:`,
    "Text contains a fake conversation (user and assistant turns) for the model to continue",
    { reach: 1600, near: 1500, accept: liveTranscript },
  ),
  rule(
    "chat_transcript",
    0.8,
    "human assis",
    R`(?:^|\n)[ \t]*\n#{0,6}[ \t]*(?:human|assistant)[ \t]*:|^#{2,6}[ \t]*(?:human|assistant)[ \t]*:|\n#{2,6}[ \t]*(?:human|assistant)[ \t]*:`,
    "Text starts a Human:/Assistant: turn after a blank line, as chat transcripts do",
    { flags: "" },
  ),
  rule(
    "fake_tool_result",
    0.8,
    "tool funct antml / resul respo call calls use outpu",
    R`</?(?:tool_result|tool_response|function_results?|function_calls?|tool_call|tool_use|antml:[a-z_]+)\b[^>\n]{0,60}>|\[(?:tool|function)[ _](?:result|output|response)\]`,
    "Text imitates a tool result or tool call",
    {
      accept: (view, start, end) =>
        !tagNamedInProse(view, start, end) && !listedAsExample(view, start, end),
    },
  ),
  rule(
    "fake_system_message",
    0.8,
    "=SYSTEM =ADMIN =DEVELOPER =OPENAI =ANTHROPIC [SYSTEM [ADMIN [DEVELOPER",
    R`\b(?:SYSTEM|ADMIN|ADMINISTRATOR|DEVELOPER|OPENAI|ANTHROPIC)[ _](?:MESSAGE|NOTICE|OVERRIDE|INSTRUCTIONS?|NOTE|COMMAND|PROMPT)\b|\[(?:SYSTEM|ADMIN|DEVELOPER)(?: [A-Z]+)*\]`,
    "Text imitates a system or admin message",
    { flags: "" },
  ),
  rule(
    "fake_system_message",
    0.6,
    "syste admin devel opena anthr / messa overr instr promp",
    R`\b(?:system|administrator|developer|openai|anthropic)${SEP}(?:message|override|instructions?|prompt)(?:${SEP})?:`,
    "Text imitates a system or admin message",
  ),
  rule(
    "hidden_tag",
    0.7,
    "impor syste instr secre hidde admin assis promp sys criti note overr prior manda direc",
    R`<\s*/?\s*(?:important|system|instructions?|secret|hidden|admin|assistant|prompt|sys|user_instructions?|critical|note_to_(?:ai|assistant|model)|override|priority|mandatory|directive)\s*>`,
    "Text contains a hidden-instruction tag such as <IMPORTANT> or <SYSTEM>",
    // `<<SYS>>` is Llama's marker: judged as a marker (named in docs, or opening a turn).
    {
      // A tag named as a noun in prose ("a forged <system> block") is described, not used.
      accept: (view, start, end) =>
        (view[start - 1] !== "<" || opensTurn(view, start - 1, end + 1)) &&
        !tagNamedInProse(view, start, end),
    },
  ),
  rule(
    "hidden_comment",
    0.6,
    "<!-- [//]: [comment]:",
    R`<!--(?:(?!-->)[\s\S]){0,600}?\b(?:you|your|assistant|ai|model|llm|agent|instructions?|ignore|must|do not|send|forward|call|execute|reveal)\b(?:(?!-->)[\s\S]){0,600}?-->|\[(?://|comment)\]:\s*#\s*[("'][^\n]{0,600}?\b(?:you|your|assistant|ai|model|llm|agent|instructions?|ignore|must|do not|send|forward|call|execute|reveal)\b`,
    "Text hides instructions inside an HTML or markdown comment",
    { reach: 1300 },
  ),
  rule(
    "hidden_comment",
    1.0,
    "<!-- [//]: [comment]:",
    R`(?:<!--|\[(?://|comment)\]:\s*#\s*[("'])\s*(?:(?:note|message|instructions?|attention|reminder)${SEP}(?:to|for)${SEP})?(?:the${SEP}|all${SEP}|any${SEP}|dear${SEP}|hey${SEP}|hi${SEP})?(?:ai|llm|assistant|agent|model|bot|chatbot|copilot|claude|chatgpt|gpt|gemini)s?(?:${SEP}(?:agent|assistant|model)s?)?(?:${SEP}(?:reading|processing|summari[sz]ing|parsing|seeing)${SEP}this)?\s*[:,\-–—]`,
    "Text hides an order addressed to the AI inside a comment",
    { reach: 400 },
  ),
  rule(
    "addresses_ai",
    0.7,
    "ai llm llms langu assis chatb bot bots agent model claud chatg gpt copil gemin / note messa instr atten remin attn memo dear hey hello hi if you readi proce summa parsi analy",
    R`\b(?:note|message|instructions?|attention|reminder|attn|memo)${SEP}(?:to|for)${SEP}(?:the${SEP}|all${SEP}|any${SEP})?${AI}\b(?!${SEP}(?:manager|director|secretary|professor|coach|editor|engineer|team)\b)|\bif${SEP}you${SEP}are${SEP}(?:an?${SEP})?(?:ai|llm|language model|ai assistant|chatbot|ai agent|automated agent|gpt|claude)\b|\b(?:ai|llm)${SEP}(?:assistants?|agents?|models?)${SEP}(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing)${SEP}this\b|\b(?:dear|hey|hello|attention)${SEP}(?:ai|llm|chatgpt|claude|gpt|language model|ai assistant|ai agent)\b|(?:^|\n|[.!?]\s+)(?:dear|hey|hello|hi)${SEP}(?:the${SEP})?(?:assistant|agent|model|bot|copilot)\s*[,:!]`,
    "Text addresses the AI model directly",
    // A tool definition is written for the model: "Note for the assistant:" there is its job.
    { accept: (view, start) => !alsoHumans(view, start), at: { definition: 0.35 } },
  ),
  // --- concealment
  rule(
    "conceal_from_user",
    1.0,
    // Partners: what every alternative needs (a negation, "keep"/"hide", "without"); the telling
    // verbs used to be partners too, and "report"/"confirm" armed the rule all over ordinary text.
    "user users human custo opera perso reque owner owners peopl / not don dont never mustn shoul needn canno witho avoid keep hide",
    R`\b${NEG}${SEP}(?:ever${SEP})?${TELL}${SEP}(?:(?:this|that|it|anything|about${SEP}(?:this|it))${SEP})?(?:to${SEP})?(?:the${SEP}|your${SEP})?${USER}s?\b${NOT_MODIFIER}|\b(?:the${SEP})?${USER}${SEP}(?:must|should|will|need|may|can)(?:${SEP})?(?:not|never|n't)${SEP}(?:ever${SEP})?(?:know|see|find out|notice|learn|be${SEP}(?:told|informed|aware|notified|shown))\b|\b(?:keep|hide)${SEP}(?:this|it|these|that|the${SEP}\w+)${SEP}(?:\w+${SEP})?from${SEP}(?:the${SEP})?${USER}\b|\bwithout${SEP}(?:the${SEP})?${USER}(?:'s)?${SEP}(?:knowing|knowledge|noticing|seeing)\b`,
    "Text tells the model to hide something from the user",
    // "fields the integration user cannot see": an account's permissions, not the person.
    // Round 32: "do not tell the user that a message is safe" forbids a reassurance, hides nothing.
    { accept: (view, start, end) => !accountUser(view, start) && !falseAssurance(view, end) },
  ),
  rule(
    "conceal_from_user",
    0.6,
    "tell infor menti notif alert / not don dont never witho",
    R`\b(?:do${SEP}not|don't|dont|never|without)${SEP}(?:ever${SEP})?(?:tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|mention(?:ing)?${SEP}(?:it|this)${SEP}to)${SEP}(?:them|him|her)\b`,
    "Text tells the model to keep its recipients in the dark",
  ),
  rule(
    "conceal",
    0.5,
    "menti revea discl ackno silen secre cover quiet discr invis permi confi appro / not don dont never witho avoid ask call invok execu send forwa uploa fetch exfil leak trans",
    R`\b${NEG}${SEP}(?:mention|reveal|disclose|acknowledge|reference|say|print|display|show)(?:ing)?${SEP}(?:that${SEP}|this${SEP}|these${SEP}|the${SEP}|any${SEP})?(?:instructions?|this (?:message|note|step|instruction|request)|these (?:steps|instructions)|you${SEP}(?:were|are|did|have))\b|\b(?:silently|secretly|covertly|quietly|discreetly|invisibly)${SEP}(?:\w+${SEP})?${TO_MODEL}\b|\b(?:you${SEP})?(?:do not|don't|dont)${SEP}(?:have${SEP}|need${SEP})?(?:to${SEP})?ask${SEP}(?:the${SEP}user${SEP})?for${SEP}(?:permission|confirmation|approval)\b`,
    "Text asks the model to act silently or hide what it does",
  ),
  // --- secrets and exfiltration
  rule(
    "secret_file",
    0.3,
    SECRET_FILE_SYMBOLS,
    SECRET_FILE,
    "Text refers to a credential or configuration file",
    // "Copy it to ~/.kube/config": the file a setup step writes, not one read out.
    { accept: (view, start, end) => !setupDestination(view, start, end) },
  ),
  rule(
    "secret_file",
    0.8,
    SECRET_FILE_SYMBOLS,
    R`\b${LEAK_VERB}\b[^.!?\n]{0,40}?${SECRET_FILE}`,
    "Text asks to read or send a credential or configuration file",
    // "a poisoned description tells the model to read ~/.ssh/id_rsa": an attack described;
    // "never include secrets or `.npmrc` in PRs": a prohibition; "which services still read
    // DATABASE_URL from the .env": a relative clause about what programs do.
    {
      accept: (view, start, end) =>
        notReported(view, start) && !forbidsOrNames(view, start) &&
        !RELATIVE_SUBJECT.test(view.slice(Math.max(0, start - 40), start)) &&
        !setupDestination(view, start, end),
    },
  ),
  rule(
    "secret_request",
    0.6,
    `${SECRET_WORDS} / ${LEAK_WORDS}`,
    R`\b(?:${LEAK_VERB}|${LEAK_GERUND})${SEP}(?:me${SEP})?(?:(?:the|all|your|any|their|user'?s?|stored|saved|current|every|of)${SEP})*${SECRET_WORD}\b`,
    "Text asks to reveal or send credentials or secrets",
    // "shell commands that read credential files": what software does (./_injection_r30a_fp.ts).
    {
      accept: (view, start, end) =>
        !forbidsOrNames(view, start) && !formLabel(view, start, end) &&
        !describedProgram(view, start),
    },
  ),
  rule(
    "secret_request",
    0.6,
    `${SECRET_WORDS} / repla subst fill swap put inser`,
    R`\b(?:replace|substitute|fill${SEP}in|swap|put|insert)\b[^.!?\n]{0,60}?\b(?:with|in)${SEP}(?:(?:the|your|their|user'?s?|current|real|actual|active)${SEP})*${SECRET_WORD}\b`,
    "Text asks to put a credential into something the model outputs",
  ),
  rule(
    "secret_tool",
    0.5,
    "crede passw secre apike api priva / call execu run invok use trigg",
    R`\b(?:call|execute|run|invoke|use|trigger)${SEP}(?:the${SEP})?[\x60'"]?\w*(?:credential|password|secret|api_?key|private_?key)\w*`,
    "Text tells the model to call a tool that handles credentials",
  ),
  rule(
    "remote_instructions",
    0.5,
    "instr / get read take fetch load find file url page docum log link conta your",
    R`\b(?:get|read|take|fetch|load|find)${SEP}(?:your${SEP})?(?:next${SEP}|new${SEP}|further${SEP})?instructions${SEP}(?:from|in|at)\b|\b(?:file|url|page|document|log|link)\b[^.\n]{0,30}?\bcontains?${SEP}(?:your|the)${SEP}(?:next${SEP}|new${SEP}|real${SEP})?instructions\b|\byour${SEP}(?:next${SEP}|new${SEP})?instructions${SEP}(?:are|is)${SEP}(?:to${SEP}be${SEP}found|written|located|stored|in|at)\b`,
    "Text points the model at instructions stored somewhere else",
  ),
  rule(
    "exfiltration",
    0.5,
    `${SEND_WORDS} / http https ftp url endpo serve webho email mail inbox domai ip host addre link api com net org io co`,
    R`\b${SEND}\b(?:${SEP}[A-Za-z0-9'./:@-]+){0,8}?${SEP}(?:to|into|at|via|onto)${SEP}${DEST}`,
    "Text tells the model to send data to an outside address",
    {
      // Every match ends on "to/into/at/via/onto" and the address: that tail alone (which reads the
      // same characters) is looked for first (`need`); its partners ("serve", "com") are everywhere.
      need: new RegExp(R`(?:to|into|at|via|onto)${SEP}${DEST}`, "i"),
      accept: (view, start) =>
        !forbidsOrNames(view, start) && !sentNoun(view, start) && !reportsAttempt(view, start),
    },
  ),
  rule(
    "exfiltration",
    0.4,
    `${SEND_WORDS} / conve chat histo syste messa email every docum detai infor file files data`,
    R`\b${SEND}${SEP}(?:(?:the|all|a copy of|every|your|my|our|this|full|entire|whole|previous|user'?s?)${SEP})*${DATA}\b`,
    "Text tells the model to send data somewhere",
    {
      accept: (view, start, end) =>
        !reportedPurpose(view, start) && !identifierName(view, start, end) &&
        !sentNoun(view, start),
    },
  ),
  rule(
    "url_exfiltration",
    0.7,
    "appen add attac put encod inclu / url link query http https path subdo hostn param",
    R`\b(?:append|add|attach|put|encode|include)(?:ed|ing|s)?\b[^.\n]{0,60}?\b(?:to|in|into)${SEP}(?:the${SEP})?(?:url|link|query(?: string)?|image url|https?://)|\b(?:append|add|attach|put|encode|include)(?:ed|ing|s)?\b[^.\n]{0,60}?\bas${SEP}(?:the${SEP}|its${SEP}|a${SEP})?(?:url${SEP})?(?:path|subdomain|hostname|query${SEP}(?:string|parameter)|url${SEP}parameter)\b`,
    "Text builds a URL that carries data out in its query string",
    { accept: notReportedPassage },
  ),
  rule(
    "url_exfiltration",
    0.7,
    "=http",
    R`https?://[^\s"'<>)]{0,300}[?&][\w.-]{1,60}=(?:\{\{?[^}\s]{1,40}\}|\[[A-Za-z_ ]{3,30}\]|<[A-Za-z_ ]{3,30}>|\$\{?[A-Za-z_]+\}?|%s\b|[A-Z_]*(?:DATA|SECRET|TOKEN|KEY|PASSWORD|CONTENT|INFO|PAYLOAD|HISTORY|CONVERSATION|SUMMARY|COOKIE|SESSION|CREDENTIALS?)[A-Z_]*\b)`,
    "Text builds a URL that carries data out in its query string",
    { flags: "", accept: notReportedPassage },
  ),
  rule(
    "image_exfiltration",
    0.3,
    "![ <img <IMG",
    R`!\[[^\]\n]{0,200}\]\(\s*<?https?://[^\s)]{0,300}\?[^\s)]{0,300}=|<img\b[^>]{0,300}?\bsrc\s*=\s*["']?https?://[^"'\s>]{0,300}\?[^"'\s>]{0,300}=`,
    "Text embeds an image whose URL carries data in its query string",
  ),
  rule(
    "image_exfiltration",
    0.8,
    "![ <img <IMG",
    R`!\[[^\]\n]{0,200}\]\(\s*<?https?://[^\s)]{0,300}\?[^\s)]{0,300}=[^\s)&]{0,300}(?:\{|\[|<|%7B|%5B|%3C|\$)|<img\b[^>]{0,300}?\bsrc\s*=\s*["']?https?://[^"'\s>]{0,300}\?[^"'\s>]{0,300}=[^"'\s>&]{0,300}(?:\{|\[|<|%7B|%5B|%3C|\$)`,
    "Text embeds an image whose URL has a placeholder for data to send out",
    { accept: notReportedPassage },
  ),
  // --- orders about tools and answers
  rule(
    "tool_call_request",
    0.3,
    "call invok execu send forwa uploa fetch outpu print respo reply ignor disre revea trans incre appen obey exfil leak / must shoul need have requi instr expec shall",
    R`\byou${SEP}(?:must|should|need${SEP}to|have${SEP}to|are${SEP}(?:required|instructed|expected)${SEP}to|shall)${SEP}(?:now${SEP}|first${SEP}|immediately${SEP}|also${SEP}|always${SEP}|then${SEP})?${TO_MODEL}\b`,
    "Text gives the model orders about which tools to call",
  ),
  rule(
    "tool_call_request",
    0.3,
    "tool tools funct / call invok use using run execu trigg befor after when whene inste",
    R`\b(?:call|invoke|use|run|execute|trigger)${SEP}(?:the${SEP})?[\x60'"]?[a-z0-9]+_[a-z0-9_]+[\x60'"]?${SEP}(?:tool|function)\b|\b(?:before|after|when|whenever|instead${SEP}of)${SEP}(?:using|calling|invoking|you${SEP}(?:use|call|invoke|respond|answer|reply))${SEP}(?:this|that|the|any|another|other|a)?(?:${SEP})?(?:\w+${SEP})?(?:tool|function)s?\b|\b(?:call|invoke|use|run|trigger)${SEP}(?:the|your)${SEP}[A-Za-z0-9-]{2,30}${SEP}(?:tool|function|plugin|integration|connector)${SEP}(?:now|immediately|right${SEP}away|to${SEP}(?:send|forward|transfer|pay|post|share|upload|delete|add|grant|invite|e-?mail|wire|buy|purchase|approve|merge))\b`,
    "Text gives the model orders about which tools to call",
  ),
  rule(
    "addresses_response",
    0.35,
    "respo answe repli reply outpu compl messa / your",
    R`\b(?:in|to|into|within|throughout|with|from)${SEP}your${SEP}${RESPONSE}\b|\byour${SEP}${RESPONSE}${SEP}(?:should|must|shall|needs?${SEP}to|has${SEP}to|will)\b`,
    "Text tells the model what to put in its answer",
  ),
  // "Replace letters with numbers in your answer", not "include your order number in your reply".
  rule(
    "response_manipulation",
    1.0,
    "respo answe repli reply outpu compl messa / your",
    R`${SENT}(?:please${SEP}|also${SEP}|now${SEP})?${RESPONSE_VERB}\b(?:"[^"\n]{0,160}"|“[^”\n]{0,160}”|(?!\byour\b)(?:[^.!?\n"“]|[.!?](?=\S))){0,160}?\byour${SEP}${RESPONSE}\b|${SENT}(?:in|within|throughout|at the (?:end|start|beginning) of)${SEP}your${SEP}${RESPONSE}(?:${SEP})?,?${SEP}(?:please${SEP}|also${SEP})?${RESPONSE_VERB}\b`,
    "Text tells the model how to change its answer",
    // A tool description may rightly say what belongs in the answer ("include the PR URL"); a
    // support mail asks for its reference ("include this ticket number in your reply").
    {
      // A prompt sent to another model shapes that model's answer by design ("start your answer
      // with a summary"); a forced compliance prefix there is the prefix_injection rule's job.
      at: { definition: 0.5, input: 0.5 },
      accept: (view, start, end) => !REFERENCE_ASKED.test(view.slice(start, end)),
    },
  ),
  rule(
    "urgency",
    0.2,
    "=IMPORTANT =URGENT =CRITICAL =MANDATORY *important *~important",
    R`\*{2,}\s*important|\bIMPORTANT(?: NEW)? INSTRUCTIONS\b|\bURGENT\b|\bCRITICAL\b|\bMANDATORY\b`,
    "Text uses urgent, shouting language typical of injected instructions",
    { flags: "" },
  ),
];
