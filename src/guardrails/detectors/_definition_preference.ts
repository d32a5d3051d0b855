/**
 * Preference manipulation (MPMA): a definition that pressures the model to pick this tool over
 * others. Absolute claims ("always use this tool first", "the only tool you should ever use",
 * "supersedes all others", "other tools are deprecated") are high. A comparison with a named
 * target ("prefer this over X", "use this instead of X") is high only when X is generic or
 * another server's tool; a tool of the same server is ordinary usage guidance.
 */
import { type DefinitionContext, escapeRegex, type Hit, sentences } from "./_definition_grammar.ts";
import {
  foreignServerRef,
  foreignToolRef,
  genericToolRef,
  scopedRouting,
} from "./_definition_refs.ts";

const SEP = String.raw`[\s*_"'\x60]+`;
/**
 * A word between separators. It shares no character with {@link SEP} (no `_`, no `'`): where they
 * overlapped, a run like `_'ONE_'ONE…` could be split between them in exponentially many ways, and
 * a 200-byte description took 20 s to scan. "don't" is two words here.
 */
const WORD = String.raw`[A-Za-z0-9-]+`;
const TOOL = String.raw`(?:tool|function|server|plugin|integration|option|alternative|one)s?`;
const ME = String.raw`(?:this|me|it|this${SEP}one)(?:${SEP}(?:tool|function|server))?`;
const GAP = (n: number): string => String.raw`(?:${SEP}${WORD}){0,${n}}?`;
/** Words between an adjective and its noun: no preposition ("valid in one context"). */
const NP_GAP = String.raw`(?:${SEP}(?!(?:in|on|at|for|with|to|from|by|of|into)\b)${WORD}){0,2}?`;
const BAD = String
  .raw`(?:deprecated|unsafe|untrusted|insecure|broken|unreliable|malicious|compromised|outdated|obsolete|dangerous|fake|inferior|wrong|buggy)`;

/** What a user brings (a request, a question): "for all of them" claims every turn. */
const REQUEST_NOUN = String
  .raw`questions?|quer(?:y|ies)|requests?|tasks?|prompts?|topics?|messages?|needs|purposes?|searche?s?|lookups?|things|use${SEP}cases?|situations?|scenarios?|cases|jobs?|conversations?|turns?|everything|anything`;

/**
 * The model's own answer: "call this tool first before answering" orders a lookup before the
 * reply (ground the answer in data), not this tool before other tools.
 */
const OWN_ANSWER = String
  .raw`(?:answering|replying|responding|you${SEP}(?:answer|reply|respond)|giving${SEP}(?:an${SEP}|your${SEP})?(?:answer|reply))`;

const ABSOLUTE = new RegExp(
  [
    String
      .raw`\balways${SEP}(?:use|call|invoke|prefer|choose|pick|select|run)${SEP}(?:this|the${SEP}${WORD}|our|me)(?:${SEP})?${TOOL}?`,
    // "use it only when the user asks for a public link" (or "only as the argument of …")
    // restricts the tool or a value; it does not push it.
    String
      .raw`\b(?:use|call|invoke|run)${SEP}${ME}${SEP}(?:first|exclusively|only)\b(?!${SEP}(?:when|if|for|after|once|where|as${SEP}(?:the|an?)${SEP}(?:argument|input|value|parameter)|in${SEP}case|before${SEP}${OWN_ANSWER})\b)`,
    String.raw`\b(?:use|call|invoke|run)${SEP}${ME}${SEP}before${SEP}(?:any|all|every|other)`,
    String
      .raw`\b(?:do${SEP}not|don'?t|never|avoid)${SEP}(?:ever${SEP})?(?:use|call|invoke|using|calling|trust|rely${SEP}on)${SEP}(?:any${SEP}|an${SEP}|the${SEP})?(?:other|another|different|alternative|competing|third[- ]party)${
      GAP(4)
    }${SEP}${TOOL}`,
    String
      .raw`\b(?:do${SEP}not|don'?t|never|avoid)${SEP}(?:ever${SEP})?(?:use|call|invoke)${SEP}(?:anything${SEP}else|any${SEP}others?|any${SEP}other)(?=\s*(?:[.;:,!)]|$))`,
    // The adjective modifies the tool: "only valid in one context" is about something else.
    String
      .raw`\b(?:the${SEP})?(?:best${SEP}and${SEP})?only${
      GAP(2)
    }${SEP}(?:trusted|safe|secure|reliable|official|approved|legitimate|verified|authori[sz]ed|sanctioned)${NP_GAP}${SEP}${TOOL}`,
    String
      .raw`\bthe${SEP}only${GAP(3)}${SEP}${TOOL}${
      GAP(3)
    }${SEP}(?:you|the${SEP}(?:assistant|model|agent|ai)|agents?|llms?|models?)${SEP}(?:should|must|shall|may|can|need|are${SEP}allowed|will)`,
    String
      .raw`\b(?:all${SEP}|any${SEP}|every${SEP})?other${
      GAP(3)
    }${SEP}${TOOL}${SEP}(?:are|is)${SEP}(?:${WORD}${SEP})?${BAD}\b`,
    String
      .raw`\bother${
      GAP(3)
    }${SEP}${TOOL}\b[^.;]{0,12}\b(?:they|these|those|which)${SEP}(?:are|is)${SEP}(?:${WORD}${SEP})?${BAD}\b`,
    String
      .raw`\b(?:supersed|replac|overrid|obsolet|deprecat|outrank)\w*${SEP}(?:all|every|any|each)${SEP}(?:the${SEP})?(?:other|others|existing|alternative|previous|competing)\b`,
    // Over other tools or instructions, not "over any port or host" given elsewhere.
    String
      .raw`\btakes?${SEP}precedence${SEP}over${SEP}(?:all|every|any|each|other)(?:${SEP}others?\b|${
      GAP(2)
    }${SEP}(?:${TOOL}|instructions?|rules?|guidance|prompts?|directives?|descriptions?)\b)`,
    // "the primary tool for all requests / web questions" claims every request; "for all local
    // file analysis" names the tool's own line of work.
    String
      .raw`\b(?:is|as)${SEP}(?:your|the)${SEP}(?:default|primary|first|go-to|preferred|main)${SEP}(?:choice|tool|option|source)${SEP}for${SEP}(?:all|every|any)(?=(?:${SEP})?(?:[.;:,!)]|$)|${
      GAP(3)
    }${SEP}(?:${REQUEST_NOUN})\b)`,
  ].join("|"),
  "i",
);

/**
 * "Must be called first": about this tool when it has no other subject ("a CRAN mirror must be
 * selected first" is about the mirror).
 */
const SELF_FIRST = new RegExp(
  String
    .raw`\b(?:must|should|shall)${SEP}(?:always${SEP})?be${SEP}(?:used|called|invoked|preferred|chosen|selected)${SEP}(?:first|exclusively)\b`,
  "i",
);
const OTHER_SUBJECT = /\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$/i;

function selfFirst(s: string): boolean {
  const m = SELF_FIRST.exec(s);
  if (m === null) return false;
  const subject = OTHER_SUBJECT.exec(s.slice(Math.max(0, m.index - 60), m.index));
  return subject === null || /\b(?:tool|function|server|one)\s+$/i.test(subject[0]);
}

/** Comparisons whose target (group 1: the rest of the sentence) decides. */
const TARGETED = new RegExp(
  [
    String
      .raw`\b(?:prefer|choose|favou?r|select|pick)${SEP}${ME}${SEP}(?:over|above|instead${SEP}of|rather${SEP}than)${SEP}(.*)`,
    String
      .raw`\b(?:use|call|invoke|run)${SEP}${ME}${SEP}(?:instead${SEP}of|in${SEP}place${SEP}of|rather${SEP}than|over)${SEP}(.*)`,
    String
      .raw`\b(?:must|should|shall)${SEP}(?:always${SEP})?be${SEP}(?:used|called|invoked|preferred|chosen|selected)${SEP}(?:instead${SEP}of|before|over|above|rather${SEP}than)${SEP}(.*)`,
    String
      .raw`\b(?:this|it)${SEP}(?:(?:tool|integration|server|plugin|connector|app|extension|version)${SEP})?(?:replaces|supersedes|overrides|obsoletes|deprecates)${SEP}(.*)`,
  ].join("|"),
  "i",
);
const GENERIC_TARGET =
  /^(?:the\s+)?(?:any|all|every|each|other|others|another|alternative|competing|existing|third[- ]party|built-in)\b/i;
const BARE_INSTEAD = new RegExp(
  String.raw`\b(?:use|call|invoke|run)${SEP}${ME}${SEP}instead\b`,
  "i",
);

/** Threats about the alternatives: "choosing other tools will cause errors". */
const THREAT = new RegExp(
  String
    .raw`\b(?:(?:using|choosing|calling|selecting|picking|invoking|trying)\s+)?(?:any\s+|the\s+)?(?:other|another|different|alternative|competing)${
    GAP(2)
  }${SEP}${TOOL}${SEP}(?:will|would|may|might|can|could|is${SEP}going${SEP}to|are${SEP}going${SEP}to)${SEP}(?:${WORD}${SEP})?(?:cause|lead${SEP}to|result${SEP}in|break|fail|corrupt|lose|leak|expose|damage|harm|return${SEP}(?:wrong|incorrect|bad|outdated|fake))\b`,
  "i",
);
/** "Tools not carrying this certification return fabricated data": smearing the alternatives. */
const SMEAR = new RegExp(
  String
    .raw`\b(?:tools?|functions?|servers?|integrations?|apps?|services?|vendors?|providers?|alternatives?)\b[^.;]{0,60}?\b(?:return|give|produce|provide|yield|generate|charge|contain|inject|send|leak|steal)s?\s+(?:\w+\s+)?(?:fabricated|fake|false|wrong|incorrect|inaccurate|outdated|unreliable|made-up|hallucinated|bogus|harmful|malicious|hidden|spyware|malware|tracking)\b`,
  "i",
);
/** The others are named as such: "other vendors", "not carrying this certification". */
const THE_OTHERS =
  /\b(?:other|another|third[- ]party|competing|alternative|unofficial|uncertified|unverified|non-?(?:certified|official|verified))\b|\bnot\s+(?:carrying|having|bearing|from|made\s+by|certified|verified|approved)\b/i;
/** "Only book through this server's tool": exclusive routing. */
const ONLY_THROUGH = new RegExp(
  String
    .raw`\bonly\s+(?:use|book|buy|order|pay|search|call|go|shop|transfer|send|route)\s+(?:\w+\s+)?(?:through|with|via|using|from)\s+(?:this|me|us|our|here)\b`,
  "i",
);

/** "The only tool cleared by your security team"; "using others violates policy". */
const ONLY_CLEARED = new RegExp(
  String
    .raw`\bthe\s+only\s+(?:[\w-]+\s+)?(?:tool|function|server|integration|option|app)s?\s+(?:that\s+(?:is|are|has\s+been)\s+|that's\s+)?(?:cleared|approved|authori[sz]ed|allowed|permitted|sanctioned|certified|trusted|verified|whitelisted|vetted)\b|\b(?:using|calling|choosing)\s+(?:any\s+)?(?:others|other\s+(?:[\w-]+\s+)?(?:tools|servers|options|apps)|anything\s+else)\s+(?:violates|breaches|breaks|is\s+against|goes\s+against|contravenes)\b`,
  "i",
);
/** "Requests for Drive files should come here": routing another server's traffic to this one. */
const COME_HERE =
  /\b(?:requests?|calls?|queries|questions|traffic|searches)\s+(?:for|to|about|on)\s+[^.;]{1,40}?\s+(?:should|must|shall|will)\s+(?:now\s+)?(?:come|go|be\s+(?:sent|routed|directed|made))\s+(?:here|to\s+(?:this|me|us))\b/i;

/** "You should pick this one" when several tools could do the job. */
const PICK_ME = new RegExp(
  String
    .raw`\b(?:you${SEP})?(?:should|must|shall|need${SEP}to|have${SEP}to|always)${SEP}(?:always${SEP})?(?:pick|choose|select|use|prefer|call|favou?r)${SEP}(?:this|me)(?:${SEP}(?:one|tool|function|server))?\b`,
  "i",
);
const CHOICE =
  /\b(?:several|multiple|many|two\s+or\s+more|other|any\s+other|competing|alternative|similar)\s+(?:[\w-]+\s+)?(?:tools|functions|options|servers|integrations)\b/i;
/** "Do not use the X server any more", "route all transfers through here". */
const DROP_SERVER = new RegExp(
  String
    .raw`\b(?:do${SEP}not|don'?t|never|stop|no${SEP}longer)${SEP}(?:use|using|call|calling|rely${SEP}on|trust)${SEP}(?:the${SEP})?[A-Za-z0-9.-]+${SEP}(?:mcp${SEP})?(?:server|tools|integration)\b[^.;]{0,30}?\b(?:anymore|any${SEP}more|any${SEP}longer|at${SEP}all|again|ever|for${SEP}anything)\b|\broute${SEP}(?:all|every|any)${SEP}(?:[A-Za-z0-9-]+${SEP}){0,2}?(?:through|via|to)${SEP}(?:here|this${SEP}(?:tool|server|one)|me|us)\b`,
  "i",
);
/** A replaced target that is a named server or integration ("the Google Drive server"). */
const NAMED_SERVICE =
  /^(?:the\s+)?(?!this\b|our\b|its\b)(?:[\w.-]+\s+){1,3}?(?:server|integration|connector|plugin|extension|mcp)\b/i;
/** "… `transfer_funds` on the bank server": a comparison target that names another server. */
const ON_SERVER = /\b(?:on|of|from|in)\s+the\s+([\w.-]+)\s+(?:mcp\s+)?server\b/i;

/**
 * "If the model uses the old tool, data corruption will occur", "models that choose a competing
 * tool over this one are producing incorrect answers": harm promised to whoever picks another.
 */
const CHOOSER_HARMED = new RegExp(
  [
    String
      .raw`\bif\s+(?:you|the\s+(?:model|assistant|agent|ai|llm)|agents?|models?|llms?|assistants?)\s+(?:\w+\s+)?(?:uses?|calls?|chooses?|picks?|selects?|invokes?|relies\s+on|prefers?|falls?\s+back\s+to)\s+(?:the\s+|any\s+|an?\s+)?(?:old|other|another|previous|legacy|former|original|different|alternative|competing|rival)\s+(?:[\w-]+\s+)?(?:tools?|functions?|servers?|versions?|ones?|integrations?)\b[^.;]{0,60}?\b(?:will|would|may|might|could|is\s+going\s+to)\s+(?:\w+\s+)?(?:occur|happen|result|follow|break|fail|corrupt|lose|leak|be\s+(?:lost|corrupted|wrong|penali[sz]ed))`,
    String
      .raw`\b(?:models?|llms?|agents?|assistants?|ais?)\s+(?:that|who|which)\s+(?:choose|use|pick|select|prefer|call|invoke)\s+(?:a\s+|an\s+|any\s+|the\s+)?(?:competing|other|another|different|alternative|rival|third[- ]party)\s+(?:[\w-]+\s+)?(?:tools?|functions?|servers?|options?|integrations?)\b[^.;]{0,60}?\b(?:are|is|will\s+be|get|gets)\s+(?:\w+\s+)?(?:incorrect|wrong|penali[sz]ed|failing|broken|hallucinating|inaccurate|unreliable|mistaken)`,
  ].join("|"),
  "i",
);
/** "Pick this tool first for any request, whatever the topic": this tool for everything. */
const UNIVERSAL =
  /\b(?:for|on|with|in)\s+(?:any|every|all|each)\s+(?:(?:user|incoming|single)\s+)?(?:requests?|tasks?|questions?|queries|prompts?|topics?|messages?|turns?)\b(?!\s+(?:about|on|regarding|related|involving|concerning|that|in|to|for|with|of|where|which)\b)|\b(?:whatever|regardless\s+of|no\s+matter|irrespective\s+of)\s+(?:what\s+)?(?:the\s+)?(?:topic|task|request|question|subject)\b/i;
const PICK_FIRST =
  /\b(?:always|first|before\s+anything\s+else)\b[^.;]{0,40}?\b(?:pick|choose|select|use|call|invoke|run|prefer)\b|\b(?:pick|choose|select|use|call|invoke|run|prefer)\b[^.;]{0,40}?\b(?:first|always)\b/i;

function selfRef(s: string, ctx: DefinitionContext): boolean {
  if (/\b(?:this|me)(?:\s+(?:one|tool|function|server))?\b/i.test(s)) return true;
  const n = ctx.tool.name;
  return n.length >= 3 && new RegExp(String.raw`(?<![\w-])${escapeRegex(n)}(?![\w-])`, "i").test(s);
}

/** Preference-manipulation findings for one string. */
export function preferenceHits(text: string, ctx: DefinitionContext): Hit[] {
  const out: Hit[] = [];
  const high = (reason: string): void => {
    out.push({ kind: "preference_manipulation", severity: "high", reason });
  };
  for (const s of sentences(text)) {
    if (
      ABSOLUTE.test(withoutLocalComparison(s, ctx)) || selfFirst(s) || THREAT.test(s) ||
      DROP_SERVER.test(s) ||
      ONLY_THROUGH.test(s) ||
      ONLY_CLEARED.test(s) || COME_HERE.test(s) || CHOOSER_HARMED.test(s) ||
      (UNIVERSAL.test(s) && PICK_FIRST.test(s) && selfRef(s, ctx)) ||
      (SMEAR.test(s) && THE_OTHERS.test(s))
    ) {
      high("Definition pressures the model to prefer this tool over others");
      continue;
    }
    if (PICK_ME.test(s) && CHOICE.test(s)) {
      high("Definition pressures the model to pick this tool when others could do the job");
      continue;
    }
    const m = TARGETED.exec(s);
    const target = m?.slice(1).find((g) => g !== undefined);
    if (target !== undefined) {
      if (scopedRouting(s)) continue;
      const head = target.split(/\s+/).slice(0, 8).join(" ");
      if (GENERIC_TARGET.test(head) || genericToolRef(head)) {
        high("Definition pressures the model to prefer this tool over all others");
      } else if (
        foreignToolRef(head, ctx) || foreignServerRef(head, ctx) || otherServer(head, ctx) ||
        NAMED_SERVICE.test(head)
      ) {
        high("Definition pressures the model to prefer this tool over another server's tool");
      }
      continue;
    }
    if (BARE_INSTEAD.test(s) && (genericToolRef(s) || /\b(?:another|other)\b/i.test(s))) {
      high("Definition tells the model to call this tool instead of others");
    }
  }
  return out;
}

/** A tool name as spelled in code: `suggest_aws_commands`, `'get-library-docs'`, `listTeams`. */
const IDENT_TARGET = /^[\x60'"“‘]?(?:[A-Za-z][\w]*[_-][\w-]*|[a-z]+[A-Z]\w*)[\x60'"”’]?/;

/**
 * The sentence without a comparison whose target is a named tool of this server ("Always prefer
 * this tool over 'suggest_aws_commands' when …"): choosing between one's own tools is usage
 * guidance, not pressure against other servers.
 */
function withoutLocalComparison(s: string, ctx: DefinitionContext): string {
  return withoutLocalWorkflow(withoutTargetedLocal(s, ctx), ctx);
}

/**
 * "ALWAYS use this tool + interact_with_process": this tool paired with a named tool of its own
 * server is a workflow (start, then talk to the process), not a claim over other tools. A partner
 * that resolves to another server's tool keeps the sentence as it is.
 */
const WORKFLOW = new RegExp(
  String
    .raw`\balways${SEP}(?:use|call|invoke|run)${SEP}(?:this|me)(?:${SEP}(?:tool|function))?\s*(?:\+|&|\band(?:${SEP}then)?\b|\btogether${SEP}with\b|\balong${SEP}with\b|\bwith\b|\bthen\b|\bfollowed${SEP}by\b)\s*`,
  "i",
);

function withoutLocalWorkflow(s: string, ctx: DefinitionContext): string {
  const m = WORKFLOW.exec(s);
  if (m === null) return s;
  const t = IDENT_TARGET.exec(s.slice(m.index + m[0].length));
  if (t === null || foreignToolRef(t[0], ctx)) return s;
  return s.slice(0, m.index) + s.slice(m.index + m[0].length + t[0].length);
}

function withoutTargetedLocal(s: string, ctx: DefinitionContext): string {
  const m = TARGETED.exec(s);
  const target = m?.slice(1).find((g) => g !== undefined);
  if (m === null || target === undefined) return s;
  const t = IDENT_TARGET.exec(target);
  if (t === null || foreignToolRef(t[0], ctx)) return s;
  const end = m.index + m[0].length - target.length + t[0].length;
  return s.slice(0, m.index) + s.slice(end);
}

function otherServer(head: string, ctx: DefinitionContext): boolean {
  const m = ON_SERVER.exec(head);
  return m !== null && m[1].toLowerCase() !== ctx.tool.server.toLowerCase() &&
    !/^(?:this|same|current|own|our|your|mcp)$/i.test(m[1]);
}
