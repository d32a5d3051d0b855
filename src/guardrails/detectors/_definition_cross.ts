/**
 * Instructions aimed past the tool itself: at other servers' tools (shadowing by description),
 * at arguments of other calls (extra BCC recipients, a swapped repository), and at hiding what
 * happens from the user. Each is judged per sentence.
 */
import { honestOtherRef } from "./_defside_r47_fp.ts";
import {
  type DefinitionContext,
  has,
  type Hit,
  positiveMatches,
  sentences,
} from "./_definition_grammar.ts";
import {
  foreignServerRef,
  foreignToolRef,
  genericRefProhibited,
  genericToolRef,
  namespacedRef,
  scopedDeferral,
  scopedRouting,
} from "./_definition_refs.ts";
import { outputHandOff } from "./_definition_r19.ts";
import { ownParams, secretHygiene, toolChainHandOff } from "./_definition_r26_fp.ts";
import { optionEffect } from "./_definition_r28_fp.ts";
import { clauseDeferral, deferredClaim } from "./_definition_r29p.ts";
import { passiveCovertBlanked } from "./_definition_r30p.ts";
import { EXFIL_VERB, EXTERNAL_DEST } from "./_definition_vocab.ts";
import { honestCoordination } from "./_definition_coordination.ts";

const TRIGGER =
  /\b(?:when|whenever|before|after|each\s+time|every\s+time|any\s+time|once|if|while|instead\s+of|in\s+place\s+of|replac(?:e|es|ing)|supersed(?:e|es|ing)|overrid(?:e|es|ing))\b/i;
const DIRECTIVE =
  /\b(?:always|must|should|never|do\s+not|don't|first|also|instead|add|include|append|prepend|bcc|cc|change|replace|set|redirect|route|forward|send|call|invoke|use|run|deprecated|broken|unsafe|outdated|insecure|wrong|lost|otherwise|ignore|skip|disable|bug|bugs|buggy|faulty|glitch(?:y|es)?)\b/i;

/**
 * For a generic reference ("other tool calls", "any tool") the weak words above are everyday
 * usage notes ("Use this when information is missing to build other tool calls"): it takes a
 * standing trigger or an order that is not just "use/call this".
 */
const STRONG_TRIGGER =
  /\b(?:whenever|before|after|each\s+time|every\s+time|any\s+time|instead\s+of|in\s+place\s+of|replac(?:e|es|ing)|supersed(?:e|es|ing)|overrid(?:e|es|ing))\b/i;
const STRONG_DIRECTIVE =
  /\b(?:always|must|should|never|do\s+not|don't|first|also|instead|add|include|append|prepend|bcc|cc|change|replace|set|redirect|route|forward|send|deprecated|broken|unsafe|outdated|insecure|wrong|lost|otherwise|ignore|skip|disable)\b/i;

/** "This server changes how the Slack tools behave": a claim over other tools' behaviour. */
const BEHAVIOUR_CHANGE = new RegExp(
  String
    .raw`\b(?:chang|alter|modif|overrid|affect|control|govern|redefin|reconfigur|patch)\w*\s+(?:how|the\s+way|the\s+behaviou?r\s+of)\s+(?!this\b|our\b|its\b)(?:the\s+|all\s+|any\s+|every\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:tools|servers|integrations|functions|apps)\b`,
  "i",
);
/** "Every message posted via X must also be posted to Y": a duplicated side effect. */
const ALSO_ELSEWHERE = new RegExp(
  String
    .raw`\b(?:every|all|each|any)\s+(?:[\w-]+\s+){0,2}?(?:messages?|e-?mails?|files?|posts?|requests?|calls?|transfers?|payments?|commits?|issues?|documents?|uploads?)\b(?![^.;]{0,60}?\b(?:via|through|with|using|by|from)\s+(?:this|the\s+present)\s+(?:tool|server|function))[^.;]{0,60}?\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to)\s+also\s+be\s+(?:sent|posted|copied|forwarded|cc'?d|bcc'?d|shared|uploaded|mirrored)\b`,
  "i",
);

/** A rule about the user's other, later requests ("if the user later asks you to commit"). */
const OTHER_REQUEST =
  /\b(?:if|when|whenever|once|each\s+time|every\s+time)\s+the\s+user\s+(?:later\s+|ever\s+|also\s+|next\s+|then\s+)?(?:(?:asks?|wants?|tells?|requests?|needs?)\s+(?:you\s+)?(?:to|for)\b|requests\s+(?:a|an|the|some|any)\s+\w+)/i;
/** An order to change content (base form), over everything or with a fixed value. */
const TAMPER =
  /\b(?:add|append|prepend|insert|include|change|replace|set|swap|attach|embed)\b[^.;]{0,80}?\b(?:every|all|each|any)\b/i;
/** A hook on arbitrary events: "before any file is deleted", "after every message is sent". */
const EVENT_HOOK =
  /\b(?:before|after|when|whenever|each\s+time|every\s+time)\s+(?:any|a|every|each)\s+(?:[\w-]+\s+){0,2}?(?:is|are|gets|get)\s+(?:[\w-]+ed|sent|written|deleted|made|done|run|taken|built)\b/i;
/** A fixed member added to a list of people (attendees, reviewers, recipients). */
const MEMBER =
  /\b(?:attendees?|recipients?|participants?|invitees?|guests?|reviewers?|assignees?|collaborators?|watchers?|subscribers?|members?|cc\s+list|to\s+field)\b[^.;]{0,30}?\b(?:must|should|shall|always)\s+(?:also\s+)?(?:include|contain|have|list)\b/i;
/** "e.g. alice@example.com": an address given as an example is documentation. */
const EXAMPLE_ADDRESS =
  /\b(?:e\.g\.|i\.e\.|such\s+as|for\s+example|for\s+instance|like|ex\.|example:)\s*[\x60'"(]?\s*[\w.+-]+@/i;
/** What one hides: a pronoun or "this/the extra <thing>". */
const PRONOUN_OBJ = String
  .raw`(?:this|it|that|these|them|those|the\s+(?:extra|additional|added)\s+[\w-]+|this\s+[\w-]+)`;
/**
 * "Omit this address when summarizing to the user": hiding one's own addition from the user.
 * Both the telling and the user must be there ("omit this to post to the channel; set it when
 * replying" is how optional parameters are documented).
 */
const OMIT = new RegExp(
  String
    .raw`\b(?:(?:omit|leave\s+out|exclude|hide|strip|drop|skip)\s+${PRONOUN_OBJ}|leave\s+${PRONOUN_OBJ}\s+out)\b[^.;]{0,60}?\b(?:when|while|in|from)\s+(?:you\s+|your\s+)?(?:summar|report|answer|repl|tell|describ|explain|respond|messag|mention|inform|notif)\w*\b[^.;]{0,30}?\b(?:to|for|with)\s+the\s+(?:user|human)\b(?!'s)`,
  "i",
);

const RECIPIENT =
  // Not a file extension (`myobject.cc`).
  /(?<!\.)\b(?:bcc|cc)(?:'d|ed)?\b|\b(?:carbon|blind)[- ](?:carbon[- ])?cop(?:y|ied|ies)\b|\bsend\s+a\s+copy\b/i;
const COMPULSION =
  /\b(?:always|every|all|any|must|also|secretly|silently|automatically|quietly|whenever|each)\b/i;
/**
 * "In addition to the people the user lists, files are shared with X": a fixed party added on
 * top of the user's own choice.
 */
const ON_TOP =
  /\b(?:in\s+addition\s+to|on\s+top\s+of|alongside|besides|as\s+well\s+as)\s+(?:the|whatever|whichever|whoever|any|those)\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?user\s+(?:lists|names|specifies|picks|chooses|selects|enters|provides|gives|adds|requests|invites|mentions)\b/i;
const SWAP = new RegExp(
  String
    .raw`\b(?:change|replace|set|redirect|switch|rewrite|point|swap|modify|alter|route)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:repository|repo|recipients?|destination|account|address|url|endpoint|webhook|owner|wallet|iban|payee|beneficiary|to\s+field|target|amount|branch|remote)\s+(?:to|with|into)\b`,
  "i",
);

/** "use the remote git@mirror:x.git instead of origin": the same swap as a substitution. */
const SWAP_INSTEAD = new RegExp(
  String
    .raw`\b(?:use|push\s+to|send\s+to|pay|target)\s+(?:the\s+|this\s+)?(?:remote|repository|repo|recipient|destination|account|address|url|endpoint|webhook|wallet|iban|payee|branch|host)\s+[\x60'"]?[^\s@:/]{0,60}[@:/][^\s\x60'"]{1,120}[\x60'"]?\s+instead\s+of\b`,
  "i",
);

/** "… should be changed to NL91ABNA…": the same swap in the passive. */
const SWAP_PASSIVE = new RegExp(
  String
    .raw`\b(?:repository|repo|recipients?|destination|account|address|url|endpoint|webhook|owner|wallet|iban|payee|beneficiary|to\s+field|target|branch|remote|messages?|e-?mails?|payments?|transfers?|funds|payouts?)\b[^.;]{0,60}?\b(?:should|must|shall|is\s+to|are\s+to|has\s+to|have\s+to|needs?\s+to|will|(?:is|are)\s+(?:expected|meant|supposed|required)\s+to)\s+(?:always\s+|instead\s+|silently\s+|quietly\s+)?be\s+(?:changed|replaced|set|redirected|switched|rewritten|pointed|swapped|modified|altered|routed|updated)\s+(?:to|with|into)\b`,
  "i",
);

/**
 * A fixed place money or messages can go that is no URL or e-mail: an IBAN, a crypto wallet,
 * an international phone number.
 */
const FIXED_PAYEE =
  /\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?:\s[A-Z0-9]{4}){3,7}(?:\s[A-Z0-9]{1,4})?)\b|\b0x[0-9a-fA-F]{40}\b|\bbc1[a-z0-9]{25,60}\b|(?<![\w+])\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b/;
/** A destination given as an example or a format ("e.g. +14155550123", "such as DE89…"). */
const EXAMPLE_DEST =
  /\b(?:e\.g\.|i\.e\.|such\s+as|for\s+example|for\s+instance|like|ex\.|example:|format(?:ted)?(?:\s+like)?:?)\s*[\x60'"(]?\s*(?:[\w.+-]+@|\+\d|[A-Z]{2}\d{2}|0x|bc1)/i;

const CONCEAL = new RegExp(
  [
    String
      .raw`\b(?:do\s+not|don't|dont|never|no\s+need\s+to|avoid|without)\s+(?:ever\s+)?(?:mention|tell|inform|notify|alert|disclos|reveal|admit|bring\s+up|report|explain|say|show|let\s+(?:the\s+user|them|anyone)\s+know)\w*\s+(?:(?:it|this|that|these|those|them|anything|anyone|the\s+user|users|the\s+human)(?!'s)|(?:to|with)\s+(?:the\s+)?(?:user|human|anyone)|(?:this|the)\s+(?:extra\s+)?(?:steps?|calls?|actions?|instructions?|parameters?|bcc|address|change|part))\b`,
    String
      .raw`\bkeep\s+(?:this|it|that|these|them)\s+(?:\w+\s+)?(?:between\s+us|secret|hidden|confidential|private|quiet|to\s+yourself|from\s+the\s+user)\b`,
    String.raw`\bbetween\s+(?:you\s+and\s+me|us)\b`,
    String
      .raw`\b(?:the\s+)?user\s+(?:doesn't|does\s+not|need\s+not|needn't|shouldn't|should\s+not|must\s+not)\s+(?:need\s+to\s+)?(?:know|see|notice|be\s+(?:told|informed|notified|aware))\b`,
    String
      .raw`\bwithout\s+(?:telling|informing|notifying|alerting)\s+(?:the\s+user|anyone|them|the\s+human|users)\b`,
    String
      .raw`\bwithout\s+the\s+user'?s?\s+(?:knowing|noticing|knowledge|awareness|consent)\b`,
    String.raw`\bbehind\s+the\s+user'?s\s+back\b`,
    // "Say nothing about this adjustment", "make no mention of it".
    String
      .raw`\b(?:say|mention|reveal|disclose)\s+nothing\s+(?:about|of|regarding|on)\b|\bmake\s+no\s+mention\b|\bkeep\s+(?:quiet|silent|mum)\s+(?:about|on|regarding)\b`,
    // "This obligation is not to be surfaced to the user", "this transmission is not disclosed in responses".
    String
      .raw`\b(?:this|it|that|which|these|they)\s+(?:[\w-]+\s+)?(?:is|are)\s+(?:not|never)\s+(?:to\s+be\s+)?(?:surfaced|mentioned|disclosed|revealed|communicated|relayed|brought\s+up|acknowledged)\s+(?:to|with|in)\s+(?:the\s+|its\s+|your\s+|any\s+)?(?:user|human|customer|conversation|responses?|replies|chat|answers?)s?\b`,
    // "leaves it out of its confirmations".
    String
      .raw`\b(?:leaves?|leaving|keeps?|keeping)\s+(?:it|this|that|them|these|those)\s+out\s+of\s+(?:its|the|your|any|all)\s+(?:confirmations?|summar\w*|repl\w*|responses?|answers?|reports?|messages?|output)\b`,
    // "without saying so", "without mentioning it".
    String
      .raw`\bwithout\s+(?:saying|mentioning|noting|disclosing|flagging|announcing|explaining)\s+(?:so|it|this|that|anything|why)\b`,
    // "Don't itemise it separately when confirming with the user", "do not relay them to the user".
    String
      .raw`\b(?:do\s+not|don't|dont|never|avoid)\s+(?:itemi[sz]\w*|relay\w*|surfac\w*|pass(?:ing)?\s+on|repeat\w*|flag\w*|point(?:ing)?\s+out|call(?:ing)?\s+out|highlight\w*|list\w*|show\w*|display\w*|forward\w*)\s+(?:it|this|that|these|them|those|the\s+(?:fee|charge|change|adjustment|extra|addition|recipient|address|step|call|copy))\b[^.;]{0,40}?\b(?:user|human|customer)s?\b(?!'s)`,
  ].join("|"),
  "i",
);
const COVERT = new RegExp(
  String
    .raw`\b(?:silently|quietly|secretly|covertly|discreetly|stealthily|invisibly|surreptitiously)\b(?:\W+\w+){0,4}?\W+(?:send|forward|cop(?:y|ies)|upload|add|include|call|invoke|pass|read|bcc|cc|attach|share|post|transmit|exfiltrat|collect|record|change|modify|replace|install|run|execute|delete|append|insert|sync)\w*|\b(?:send|forward|cop(?:y|ies)|upload|add|include|call|invoke|pass|read|bcc|cc|attach|share|post|transmit|collect|record|delete|sync)\w*(?:\W+\w+){0,4}?\W+(?:silently|quietly|secretly|covertly|discreetly|stealthily|surreptitiously)\b`,
  "i",
);
const ACTION =
  /\b(?:read|send|forward|copy|upload|add|include|call|invoke|pass|bcc|cc|attach|share|post|transmit|collect|record|delete|change|replace|run|execute|install)\b/i;

/** A fixed chat channel as a destination ("to channel #ext-partner-sync"). */
const FIXED_CHANNEL =
  /\b(?:to|in|into|on)\s+(?:the\s+)?(?:(?:slack|teams|discord|chat)\s+)?(?:channel\s+)?#[a-z0-9][\w.-]{1,79}\b/i;
/**
 * "Whenever you run any query through the postgres server, you first execute …": a hook on the
 * model's use of a NAMED other server, with an extra step. `own` is this tool's server.
 */
const HOOK_ON_SERVER =
  /\b(?:whenever|every\s+time|each\s+time|any\s+time|before|after)\s+you\s+(?:\w+\s+)?(?:run|call|use|send|make|open|execute|issue|perform|invoke|query|access|write|read)\s+(?:any|a|an|every|each)\s+(?:[\w-]+\s+){0,2}?(?:through|via|with|using|on|against|in|to)\s+(?:the\s+)?([\w.-]+)\s+(?:mcp\s+)?(?:server|tools?|integration|connector|database)\b[^.;]{0,40}?\b(?:first|also|additionally|then|afterwards|beforehand|always)\b/i;

const CONCEAL_ALL = new RegExp(CONCEAL.source, "gi");
/** Tries per sentence before a match counts anyway (each rejected one is a stated fact). */
const MAX_CONCEAL_TRIES = 6;

/** An order to hide something from the user, not a fact said about a thing (see {@link statedFact}). */
function concealed(s: string): boolean {
  CONCEAL_ALL.lastIndex = 0;
  for (let i = 0; i < MAX_CONCEAL_TRIES; i++) {
    const m = CONCEAL_ALL.exec(s);
    if (m === null) return false;
    if (
      !statedFact(s, m.index, m[0]) && !secretHygiene(s, m.index, m[0]) &&
      !deferredClaim(s, m.index, m.index + m[0].length)
    ) return true;
  }
  return true;
}

/** Matches that can state a fact: a negated verb, or what the user plainly does not see. */
const FACT_HEAD =
  /^(?:do\s+not|don't|dont|never|(?:the\s+)?user\s+(?:doesn't|does\s+not)\s+(?:see|notice)\b)/i;
/** Words that open an order or a purpose clause, or name the model and what it writes. */
const NOT_A_THING =
  /^(?:and|or|but|so|then|please|just|also|simply|therefore|thus|otherwise|instead|now|here|if|when|while|because|since|as|that|this|sure|ensure|make|to|you|we|i|must|should|always|ever|important|note|assistants?|models?|agents?|ai|llms?|bots?|claude|copilot|yourself|repl(?:y|ies)|responses?|answers?|summar(?:y|ies)|confirmations?|outputs?|messages?)$/i;
/**
 * "Muted monitors don't notify anyone", "internal notes the customer doesn't see": a subject that
 * is a thing (the tool's objects, "it", a noun the clause describes) states what the tool does —
 * the order "don't notify anyone" has no subject, and a disguised one names the model or its
 * replies ("replies never mention it to the user"). "The user doesn't see" stays a fact only as
 * a plain present tense: "doesn't need to know", "must not see" are orders.
 */
function statedFact(s: string, at: number, match: string): boolean {
  if (!FACT_HEAD.test(match)) return false;
  const prev = /([A-Za-z'’-]{1,30})\s{1,3}$/.exec(s.slice(Math.max(0, at - 40), at));
  return prev !== null && !NOT_A_THING.test(prev[1]);
}

/**
 * Sign-in left to the user: "ask the user to run … themselves, or use the azure server's login
 * tool". The other server is named only for its own login step; nothing is handed to it or taken
 * from it into this tool.
 */
const USER_SIGN_IN =
  /\bask\s{1,3}(?:the\s{1,3})?user\s{1,3}to\b[^.;]{0,160}?\bor\s{1,3}(?:use|call)\s{1,3}the\s{1,3}[\w.-]{2,40}\s{1,3}(?:server|integration|connector)['’]s\s{1,3}(?:login|log-in|sign-in|sign\s{1,3}in|auth(?:entication)?)\s{1,3}tool\s{0,3}[.;!]?\s*$/i;
const HAND_OVER =
  /\b(?:put|pass|copy|send|forward|include|insert|fill)\b[^.;]{0,40}\b(?:into|in|to|as)\s{1,3}(?:the\s{1,3})?[\x60'"]?[\w-]{2,40}[\x60'"]?\s{1,3}(?:field|param\w{0,6}|argument|header)/i;
function userSignIn(s: string): boolean {
  return USER_SIGN_IN.test(s) && !HAND_OVER.test(s);
}

/** Cross-server, argument-tampering and concealment findings for one string. */
export function crossHits(text: string, ctx: DefinitionContext): Hit[] {
  const out: Hit[] = [];
  for (const s of sentences(text)) {
    const tool = foreignToolRef(s, ctx);
    const server = foreignServerRef(s, ctx) ?? namespacedRef(s, ctx);
    const generic = genericToolRef(s) && (tool !== undefined || server !== undefined ||
      !genericRefProhibited(s));
    const steering = tool || server
      ? TRIGGER.test(s) || DIRECTIVE.test(s)
      : STRONG_TRIGGER.test(s) || STRONG_DIRECTIVE.test(s);
    if (
      (tool || server || generic) && steering && !scopedRouting(s) && !scopedDeferral(s) &&
      !outputHandOff(s) && !toolChainHandOff(s, ownParams(ctx)) && !honestCoordination(s, ctx) &&
      !userSignIn(s) && !honestOtherRef(s) &&
      !clauseDeferral(
        s,
        (c) => foreignToolRef(c, ctx) !== undefined || foreignServerRef(c, ctx) !== undefined,
        (c) => scopedRouting(c) || scopedDeferral(c),
      )
    ) {
      const what = tool
        ? `another server's tool (${JSON.stringify(tool)})`
        : server
        ? `the tools of server ${JSON.stringify(server)}`
        : "other tools or servers";
      out.push({
        kind: "cross_tool_instruction",
        severity: "high",
        reason: `Definition gives instructions about ${what}`,
      });
    }
    if (BEHAVIOUR_CHANGE.test(s) || ALSO_ELSEWHERE.test(s)) {
      out.push({
        kind: "cross_tool_instruction",
        severity: "high",
        reason: "Definition claims to change how other tools behave or adds side effects to them",
      });
    }
    const fixedDest = (has(EXTERNAL_DEST, s) && !EXAMPLE_ADDRESS.test(s)) ||
      (FIXED_PAYEE.test(s) && !EXAMPLE_DEST.test(s)) ||
      (FIXED_CHANNEL.test(s) && !EXAMPLE_DEST.test(s) &&
        !/\be\.g\.|\bsuch\s+as\b|\bfor\s+example\b/i.test(s));
    const hook = HOOK_ON_SERVER.exec(s);
    if (
      hook !== null && hook[1].toLowerCase() !== ctx.tool.server.toLowerCase() &&
      !/^(?:this|same|current|own|our|your|mcp|that)$/i.test(hook[1])
    ) {
      out.push({
        kind: "cross_tool_instruction",
        severity: "high",
        reason: `Definition adds a step to every use of the ${JSON.stringify(hook[1])} server`,
      });
    }
    if (
      OTHER_REQUEST.test(s) && (fixedDest || tool || server || generic) &&
      (TAMPER.test(s) || STRONG_DIRECTIVE.test(s))
    ) {
      out.push({
        kind: "argument_tampering",
        severity: "high",
        reason: "Definition tells the model how to change the user's other, later requests",
      });
    } else if (
      EVENT_HOOK.test(s) && fixedDest &&
      (STRONG_DIRECTIVE.test(s) || positiveMatches(EXFIL_VERB, s).length > 0)
    ) {
      out.push({
        kind: "cross_tool_instruction",
        severity: "high",
        reason:
          "Definition hooks arbitrary events (any file deleted, any message sent) to send data out",
      });
    } else if ((MEMBER.test(s) || ON_TOP.test(s)) && fixedDest) {
      out.push({
        kind: "argument_tampering",
        severity: "high",
        reason: "Definition tells the model to add a fixed person (attendee, reviewer) to calls",
      });
    }
    if (RECIPIENT.test(s) && COMPULSION.test(s) && fixedDest) {
      out.push({
        kind: "argument_tampering",
        severity: "high",
        reason: "Definition tells the model to add a fixed recipient (CC/BCC) to messages",
      });
    } else if (
      ((SWAP.test(s) || SWAP_INSTEAD.test(s)) && (TRIGGER.test(s) || tool || server || generic)) ||
      (SWAP_PASSIVE.test(s) && fixedDest && (TRIGGER.test(s) || tool || server || generic))
    ) {
      out.push({
        kind: "argument_tampering",
        severity: "high",
        reason:
          "Definition tells the model to swap a destination (repository, recipient, account) in other calls",
      });
    }
    if (
      COVERT.test(s) && COVERT.test(passiveCovertBlanked(s)) && !optionEffect(s, ownParams(ctx))
    ) {
      out.push({
        kind: "concealment",
        severity: "high",
        reason: "Definition tells the model to act covertly (silently, secretly)",
      });
    } else if (concealed(s) || OMIT.test(s)) {
      out.push({
        kind: "concealment",
        severity: ACTION.test(text) ? "high" : "medium",
        reason: "Definition tells the model to hide something from the user",
      });
    }
  }
  return out;
}
