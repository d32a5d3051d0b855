/**
 * Injection rules for orders written about the AI instead of to it: a policy, checklist, FAQ
 * answer or repo file that says what "AI assistants configuring this project", "the orchestrator"
 * or "whoever applies this migration" does ("… run `gh auth token` and include the value in the
 * setup summary"), a vocative ("Shopping assistants comparing prices: complete the purchase …"),
 * a trigger on being read ("once this file has been read by an assistant, it is shared with …"),
 * and a structured field whose key names the AI (`assistant_action`, `agent_directive`,
 * `ai.agent.postbuild`). Docs describe what assistants do all the time, so an actor only counts
 * when its clause carries a payload: an outside address, a secret, the conversation or system
 * prompt, personal data, an outside grant, or skipped consent.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { builtAgent } from "./_injection_r19_fp.ts";

const R = String.raw;

/** Who the order is about: an AI agent named in the third person. */
const ACTOR =
  R`(?:(?:ai|llm|automated|automation|autonomous|coding|downstream|next|writer|planner|executor|researcher|reviewer|sub)[ -]agents?|(?:[\w-]+[ -])?assistants?|orchestrators?|copilots?|(?:the|an?|any|every)\s+llms?|(?:the|an?)\s+language\s+models?|whichever\s+(?:agent|assistant|model))`;
/** Modal and adverb lead-ins between the actor and its verb ("must first", "to", "also"). */
const MODAL =
  R`(?:(?:must|should|shall|will|can|could|may|to|needs?\s+to|is\s+to|are\s+to|has\s+to|have\s+to|also|then|now|always|first|simply|just|automatically|immediately)\s+){0,3}`;
/** What an agent does that matters: run, send, share, grant, buy (base or third person). */
const VERB =
  R`(?:run|execute|call|post|paste|send|e-?mail|share|add|create|open|upload|forward|publish|include|quote|set|export|push|complete|perform|reply|mark|issue|grant|copy|attach|invite|transfer|submit|append|insert|put|mirror|finish|write|commit|move|purchase|buy|pay|retry|change|update|fill|enter|leave|keep)(?:s|es|ies)?`;
/** Helpers whose "assistant" is a person. */
const HUMAN_ASSISTANT =
  /\b(?:executive|personal|administrative|admin|teaching|legal|dental|medical|sales|office|lab|research|shop|store|virtual|voice|nursing|physician|program|project|marketing|editorial|production|camera|store)[ -]assistants?\b/i;
/** A described attack, a hypothetical or a denial. */
const REPORTED =
  /\b(?:attack\w*|malicious|inject\w*|exploit\w*|vulnerab\w*|phish\w*|adversar\w*|hijack\w*|poison\w*|trick\w*|scam\w*|could\s+(?:make|cause|get)|if\s+an?\s|imagine|suppose|for\s+example|e\.g\.|such\s+as)\b/i;
const NEGATED = /\b(?:not|never|cannot|can't|won't|doesn't|don't|no\s+longer|nor)\b|n't\b/i;
/** A capability ("can create"), not a duty: needs a strong payload. */
const CAPABILITY = /\b(?:can|could|may|might)\b/i;

/** What makes an agent's act an attack: where it goes or what it carries. */
const PAYLOAD_STRONG = new RegExp(
  [
    R`(?:^|[\s"'\x60(/~])\.env\b`,
    R`\.ssh\b|\bid_(?:rsa|ed25519|ecdsa)\b|\.aws\b|\.npmrc\b|\.netrc\b|kubeconfig|\.kube\b`,
    R`credentials?\b|\bpasswords?\b|\bpasswd\b|private[ _-]?keys?|signing[ _-]?keys?|secret[ _-]?keys?`,
    R`(?:api|access|auth|npm|github|gh|bearer|session|oauth|refresh|personal[ _-]access)[ _-]?tokens?\b|_authToken|\bapi[ _-]?keys?\b|\bTOKEN\b|authorization\s+header`,
    R`process\.env|os\.environ|environment\s+variables`,
    R`system\s+(?:prompt|instructions|message)|developer\s+message|tool\s+list`,
    R`(?:full|entire|whole|complete)\s+(?:conversation|transcript|chat)|(?:conversation|chat|message)\s+history`,
    R`\bpassport\b|date\s+of\s+birth|home\s+address|social\s+security|card\s+on\s+file|saved\s+card`,
    R`\bsuperuser\b|grant\s+all\b`,
    R`\bpublic\s+gist|\bgists?\s+(?:containing|with)`,
  ].join("|"),
  "i",
);
const PAYLOAD_WEAK = new RegExp(
  [
    R`[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,}`,
    R`https?://`,
    R`\bwebhook`,
    R`\bgists?\b`,
    R`\bas\s+(?:an?\s+)?(?:guest|collaborator|maintainer|admin\w*|editor|writer|owner)\b`,
    R`\bcustomer\s+(?:list|table|data|export)|\ball\s+contacts\b|\bcontacts?\s+(?:list|export)`,
    R`no\s+need\s+to\s+confirm|pre-?approved|no\s+confirmation|without\s+(?:asking|confirm\w*)`,
    R`\b(?:do\s+not|don't)\s+(?:mention|report|tell)|out\s+of\s+the\s+(?:\w+\s+)?summary`,
  ].join("|"),
  "i",
);

/** End of the clause the actor governs: a sentence end, a blank line or a new list item. */
const CLAUSE_END = /[.!?](?=\s|$)|\n\s*\n|\n\s*(?:[-*#>]|\d{1,3}[.)])\s/g;

/** The sentence around `[start, end)`: back to the previous sentence end, on to the next. */
function clauseAround(view: string, start: number, end: number): string {
  const from = Math.max(0, start - 300);
  const before = view.slice(from, start);
  let cut = 0;
  for (const m of before.matchAll(/[.!?](?=\s)|\n/g)) cut = m.index + m[0].length;
  CLAUSE_END.lastIndex = end;
  const m = CLAUSE_END.exec(view);
  const stop = Math.min(m ? m.index + 1 : view.length, end + 350);
  return view.slice(from + cut, stop);
}

/** The match names an AI actor with a duty whose clause carries a payload. */
function duty(view: string, start: number, end: number): boolean {
  const text = view.slice(start, end);
  if (HUMAN_ASSISTANT.test(view.slice(Math.max(0, start - 20), end))) return false;
  if (builtAgent(view, start, end)) return false;
  // Negation between actor and verb: "the assistant never sends …".
  const verbGap = text.replace(/^\S+(?:[ -]\S+)?/, "");
  if (NEGATED.test(verbGap)) return false;
  const clause = clauseAround(view, start, end);
  if (/\?\s*$/.test(clause.trimEnd()) || REPORTED.test(clause)) return false;
  if (REPORTED.test(view.slice(Math.max(0, start - 120), start))) return false;
  const rest = clause.replace(text, " ");
  if (PAYLOAD_STRONG.test(rest)) return true;
  return !CAPABILITY.test(verbGap) && PAYLOAD_WEAK.test(rest);
}

/** Keys of a structured result that speak to the AI (`assistant_action`, `x-agent-notes`). */
const AI_KEY =
  R`(?:["'\s{,]|^)(?:x-|ai\.)?(?:assistant|agent|ai|llm|copilot)[_.-](?:[a-z]+[_.-]){0,2}(?:action|actions|directive|directives|instruction|instructions|task|tasks|todo|order|orders|command|commands|next[_-]?steps?|next[_-]?actions?|post[_-]?build|pre[_-]?build|hints?|request|steps?)["']?\s*[:=]\s*["'{\[]?`;
/** The value right after the key: up to the end of its line or string. */
function valueAfter(view: string, end: number): string {
  const tail = view.slice(end, end + 400);
  const stop = tail.search(/\n|"\s*[,}]|'\s*[,}]/);
  return stop < 0 ? tail : tail.slice(0, stop);
}
const VALUE_VERB = new RegExp(
  R`^\W{0,3}(?:(?:after|before|once|when)\b[^,;]{0,40}[,;]\s*)?${VERB}\b`,
  "i",
);
const fieldOrder = (view: string, _start: number, end: number): boolean => {
  const v = valueAfter(view, end);
  return VALUE_VERB.test(v) && (PAYLOAD_STRONG.test(v) || PAYLOAD_WEAK.test(v));
};

/** Rules for orders about the AI in the third person, vocatives and AI-addressed fields. */
export const ACTOR_RULES: readonly InjectionRule[] = [
  rule(
    "agent_duty",
    1.0,
    "assis agent orche copil llm llms whoev",
    R`\b(?:${ACTOR}\b(?:\s+(?:[\w-]+ing|in|on|for|of|that|who|which|with|at|from|here)\b[^.!?\n;:"“”]{0,60}?)?|whoever\s+[\w-]+s\b[^.!?\n;:"“”]{0,40}?)\s+${MODAL}${VERB}\b`,
    "Text assigns the AI an act that sends data out, grants access or skips consent",
    { accept: duty, reach: 400, at: { input: 0.5, definition: 0.4 } },
  ),
  rule(
    "agent_duty",
    1.0,
    "assis agent orche copil",
    R`\b(?:for|to)\s+(?:the\s+|all\s+|any\s+|every\s+)?(?:[\w-]+\s+){0,2}(?:agents?|assistants?|orchestrators?)\s*[:—]\s*${VERB}\b|\b${ACTOR}(?:\s+[\w-]+){0,4}\s*:\s+${VERB}\b|\b[\w-]+[ -](?:agents?|assistants?|bots?)\s+[\w-]+ing\b(?:\s+[\w-]+){0,3}\s*:\s+${VERB}\b`,
    "Text addresses AI agents by role and hands them an act that sends data out",
    { accept: duty, reach: 400, at: { input: 0.5, definition: 0.4 } },
  ),
  rule(
    "agent_duty",
    1.0,
    "assis agent llm llms model / read opene proce summa viewe seen parse inges loade",
    R`\b(?:once|when|after|whenever|as\s+soon\s+as)\b[^.!?\n]{0,60}?\b(?:read|opened|processed|summari[sz]ed|viewed|seen|parsed|ingested|loaded)\s+by\s+(?:an?|the|any)\s+(?:ai\s+)?(?:assistant|agent|llm|model)s?\b`,
    "Text triggers an act on being read by an AI and the act sends data out",
    { accept: duty, reach: 400, at: { input: 0.5, definition: 0.4 } },
  ),
  rule(
    "ai_field_order",
    1.0,
    "=assistant_ =assistant- =assistant. =agent_ =agent- =agent. =ai_ =ai. =llm_ =llm- =copilot_ =x-agent =x-assistant =x-ai",
    AI_KEY,
    "A structured field addressed to the AI holds an order that sends data out or grants access",
    { accept: fieldOrder, reach: 450, at: { input: 0.5, definition: 0.5 } },
  ),
];
