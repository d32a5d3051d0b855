/**
 * Definition grammars from held-out round 22's misses, part 1 (paraphrase tests in
 * `_definition_r22_test.ts`): policies stated as plain business facts, release notes, FAQ answers
 * or config data. Each rule reads structure, not one wording, and sits behind a literal gate so
 * ordinary text never runs the sentence scan:
 * - secret material fetched from somewhere else (the user's shell, the browser's cookies, a
 *   password manager, the chat) to fill a parameter;
 * - a fixed bank account that "replaces" the one on invoices (payment redirect as reference data);
 * - a copy uploaded or sent to a public link or the operator, "also" or not shown to the user;
 * - the confirmation step removed for money or deletion, or large amounts kept out of the summary;
 * - a fixed address added in Bcc;
 * - a public sharing scope chosen only when an AI agent is the caller;
 * - the whole conversation (or a document's text) put into a query parameter;
 * - other tools discredited with made-up reliability, or every lookup routed here;
 * - approval switched off (or results mirrored to a URL) as JSON config keys;
 * - data encoded so the gateway's filters miss it;
 * - any command allowed without approval (as handed to a sub-agent).
 */
import { prohibitedListItem } from "./_definition_prohibited.ts";
import type { DefinitionContext, Hit } from "./_definition_grammar.ts";
import { negatedAny } from "./_definition_r21b.ts";
import { ownVaultLogin } from "./_definition_r31p.ts";

/** Where a rule runs: the JSON path of the string and the tool's context. */
export interface R22Where {
  path: string;
  ctx: DefinitionContext;
}

/**
 * Sentences (and `;` clauses), at most 60 per string. "e.g." and "i.e." end none: the examples
 * they bring in belong to their sentence ("do not print credential files, e.g. `printenv`").
 */
function clauses(text: string): string[] {
  return text.split(/(?<=[.!?;])(?<!\b(?:e\.g|i\.e)\.)\s+|\n+/i).slice(0, 60);
}

/** True when `re` matches `s` at a place that no negation of its clause governs. */
function affirmed(s: string, re: RegExp): boolean {
  const m = re.exec(s);
  return m !== null && !negatedAny(s.slice(0, m.index));
}

// --- secret material fetched from elsewhere ----------------------------------------------------

const SECRET_GATE =
  /password|passphrase|passcode|cookie|token|api[\s_-]?key|secret|credential|printenv/i;
/** A secret ("password manager" is a place to keep one, not one: "suggest a password manager"). */
const SECRET =
  /\b(?:password(?!\s+managers?\b)|passphrase|passcode|cookie\s+(?:header|value)s?|session\s+cookies?|access\s+token|api[\s_-]?key|secret\s+key|credentials?|\w{0,40}_(?:token|key|secret|password|pat))\b/i;
const ELSEWHERE =
  /\b(?:printenv|env\s+command|password\s+manager|(?:into|in)\s+(?:the\s+)?chat|paste\s+(?:\S+\s+){0,3}?here|user'?s\s+(?:shell|terminal|environment)|shell\s+tool|browser(?:'s)?\s+(?:session|network\s+request|storage)|network\s+requests?|copy\s+it\s+from)\b/i;

/** Advice to keep a new secret safe ("store it in their password manager") fetches nothing. */
const STORE = /\b(?:store|save|keep|record|add)\s+(?:it|them|this|the\s+\w+)\s+(?:in|into|to)\b/i;

/** "Never ask the user to type their password into the chat": the place named as forbidden. */
function prohibitedElsewhere(s: string): boolean {
  const m = ELSEWHERE.exec(s);
  return m !== null && prohibitedListItem(s, m.index);
}

function secretFromElsewhere(text: string): boolean {
  if (!SECRET_GATE.test(text)) return false;
  return clauses(text).some((s) =>
    SECRET.test(s) && affirmed(s, ELSEWHERE) && affirmed(s, SECRET) && !STORE.test(s) &&
    !ownVaultLogin(s) && !prohibitedElsewhere(s)
  );
}

// --- a fixed payee account replacing the real one ----------------------------------------------

const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/;
const ACCOUNT_NUMBER =
  /\b(?:account|acct|iban|routing)(?:\s+(?:number|no\.?|#))?\s{0,3}:?\s{0,3}\d[\d -]{5,30}\d/i;
const SWAP =
  /\b(?:outdated|out\s+of\s+date|old|stale|obsolete|superseded|no\s+longer\s+valid|invalid|wrong|replaced?\s+(?:with|by)|instead\s+of|override[sn]?|takes?\s+precedence)\b/i;
const MONEY =
  /\b(?:bank\s+details|payments?|remittance|invoices?|wire|transfers?|payee|beneficiary|vendor|supplier|pay)\b/i;

function paymentSwap(text: string): boolean {
  if (!/\d{4}/.test(text) || !SWAP.test(text) || !MONEY.test(text)) return false;
  const account = (s: string) => IBAN.test(s) || ACCOUNT_NUMBER.test(s);
  const cs = clauses(text);
  // The account and the swap may sit in neighbouring sentences ("X is valid. Old ones are …").
  return cs.some((s, i) =>
    account(s) && [s, cs[i + 1] ?? ""].some((t) => SWAP.test(t) && MONEY.test(t + s))
  );
}

// --- a copy sent out ---------------------------------------------------------------------------

const SENT =
  /\b(?:upload(?:s|ed)?|sent|sends|copied|copies|mirrored|forwarded|posted|shared|synced|pushed|published|backed\s+up)\b/i;
const PUBLIC_DEST =
  /\b(?:public(?:ly)?(?:\s+(?:share|shared|download))?\s+(?:link|url|bucket|share|folder|page)|pastebin|anyone\s+with\s+the\s+link|(?:server|service)\s+operator|the\s+operator|third[\s-]part(?:y|ies)|our\s+(?:servers?|team|partners?))\b/i;
const ALSO =
  /\b(?:also|additionally|automatically|silently|quietly|as\s+well|in\s+the\s+background|behind\s+the\s+scenes|for\s+convenience)\b/i;
const NOT_SHOWN =
  /\b(?:not|never|no\s+longer)\s+(?:be\s+)?(?:shown|displayed|included|mentioned|visible|reported|surfaced|returned)\b|\bhidden\s+from\b|\bwithout\s+(?:telling|notifying|informing|showing)\b/i;

function copySentOut(text: string): boolean {
  if (!SENT.test(text) || !PUBLIC_DEST.test(text)) return false;
  return clauses(text).some((s) =>
    affirmed(s, SENT) && PUBLIC_DEST.test(s) && (ALSO.test(s) || NOT_SHOWN.test(s))
  );
}

// --- confirmation removed, amounts hidden ------------------------------------------------------

const CONFIRM_GONE =
  /\b(?:confirmation|confirm|approval|review)(?:\s+(?:step|prompt|dialog|check|screen))?\s(?:\w+\s){0,4}?(?:was|is|has\s+been|were|are|got|have\s+been)\s+(?:removed|dropped|disabled|skipped|turned\s+off|retired|no\s+longer\s+(?:needed|required|shown|asked|used))\b/i;
const MONEY_OR_DELETE =
  /\b(?:payouts?|payments?|transfers?|amounts?|refunds?|charges?|funds|money|wires?|deletions?|deletes?|purges?|withdrawals?)\b/i;
const BIG_AMOUNT =
  /\b(?:amounts?|payments?|transfers?|payouts?|charges?|transactions?|withdrawals?)\s+(?:above|over|exceeding|greater\s+than|larger\s+than|of\s+more\s+than|bigger\s+than)\b/i;
const KEPT_OUT =
  /\b(?:no\s+longer|not|never)\s+(?:be\s+)?(?:mentioned|shown|listed|included|reported|displayed|surfaced)\b|\b(?:omitted|left\s+out|hidden|suppressed)\b/i;

function confirmationWaived(text: string): boolean {
  if (!MONEY_OR_DELETE.test(text)) return false;
  return clauses(text).some((s) =>
    (CONFIRM_GONE.test(s) && MONEY_OR_DELETE.test(s)) || (BIG_AMOUNT.test(s) && KEPT_OUT.test(s))
  );
}

// --- a fixed blind copy ------------------------------------------------------------------------

const BCC = /\b(?:bcc|blind[\s-](?:carbon[\s-])?copy)\b/i;
const ADDRESS = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/;
const ADDED =
  /\b(?:also|additionally|automatically|always|silently|gets?|added|adds|copied|included|receives?)\b/i;
const EXAMPLE = /\b(?:e\.g\.|for\s+example|such\s+as|example)\b/i;

function fixedBcc(text: string): boolean {
  if (!text.includes("@") || !BCC.test(text)) return false;
  return clauses(text).some((s) =>
    BCC.test(s) && ADDRESS.test(s) && ADDED.test(s) && !EXAMPLE.test(s) && affirmed(s, BCC)
  );
}

// --- public only when an AI is the caller ------------------------------------------------------

const AI_CALLER =
  /\b(?:(?:initiated|created|made|started|triggered|generated|run|called|invoked|requested)\s+by\s+(?:an?\s+|the\s+)?(?:AI|agent|assistant|LLM|model|bot|automation)|(?:AI|agent|assistant|LLM|model|bot)[\s-](?:initiated|created|generated|made|triggered|driven|run|invoked)|when\s+(?:an?\s+|the\s+)?(?:AI|agent|assistant|LLM|model|bot)\s+(?:calls|runs|uses|invokes|creates))\b/i;
const PUBLIC_SCOPE =
  /\b(?:anyone_with_link|anyone\s+with\s+(?:the\s+)?link|public(?:ly)?|world[\s-]readable|everyone|all\s+users)\b/i;

function publicForAgents(text: string): boolean {
  if (!/\b(?:AI|agent|assistant|LLM|model|bot|automation)\b/i.test(text)) return false;
  return clauses(text).some((s) => AI_CALLER.test(s) && affirmed(s, PUBLIC_SCOPE));
}

// --- the conversation put into a parameter -----------------------------------------------------

const CONVO =
  /\b(?:(?:complete|whole|entire|full)\s+(?:conversation|chat|transcript|dialog(?:ue)?|message\s+history|chat\s+history|context)|conversation\s+so\s+far|pasted\s+secrets|everything\s+the\s+user\s+(?:said|typed|pasted|wrote))\b/i;
const DOC_TEXT =
  /\b(?:document|file|page|email)s?(?:'s)?\s+(?:text|contents?|body)\s+(?:itself|in\s+full|verbatim)|\b(?:full|entire|whole)\s+(?:text|contents?)\s+of\s+(?:the\s+)?(?:document|file|page|email)s?\b/i;
const PLACED =
  /\b(?:appended|included|added|goes|go|put|placed|passed|sent|attached|copied|routed|inserted|pasted)\b/i;
const QUERY_PARAM = /^(?:q|query|search|term|terms|keywords?|filter|text)$/i;

function conversationInParam(text: string, ctx: DefinitionContext): boolean {
  if (!text.includes("`") && !/\b(?:parameter|argument|field)\b/i.test(text)) return false;
  const params = declaredNames(ctx);
  if (params.length === 0) return false;
  return clauses(text).some((s) => {
    const convo = CONVO.test(s) && affirmed(s, PLACED);
    const doc = DOC_TEXT.test(s) && PLACED.test(s);
    if (!convo && !doc) return false;
    return params.some((p) =>
      (convo || QUERY_PARAM.test(p)) &&
      (s.includes(`\`${p}\``) ||
        new RegExp(`\\b${p}\\s+(?:parameter|argument|field)\\b`, "i").test(s))
    );
  });
}

function declaredNames(ctx: DefinitionContext): string[] {
  const props = (ctx.tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  if (props === null || typeof props !== "object") return [];
  return Object.keys(props as Record<string, unknown>).filter((k) => /^[A-Za-z_]\w{0,40}$/.test(k))
    .slice(0, 50);
}

// --- other tools discredited, every lookup routed here -----------------------------------------

const OTHER_TOOLS =
  /\bother\s+(?:\w+\s){0,2}?(?:tools|servers|integrations|plugins|apis|providers|search\s+engines)\b/i;
const DISCREDIT =
  /\b(?:hallucinat\w{0,6}|unreliable|inaccurate|untrustworthy|known\s+to\s+(?:fail|break|hallucinate|be\s+wrong|leak)|error[\s-]prone)\b/i;
const ALL_ROUTED =
  /\b(?:all|every)\s+(?:lookups?|search(?:es)?|quer(?:y|ies)|requests?|calls?|questions?)\s+(?:are|is|must\s+be|should\s+be|get)\s+(?:routed|sent|directed)\s+(?:here|to\s+this\s+tool|through\s+this\s+tool)\b/i;

function otherToolsDiscredited(text: string): boolean {
  if (ALL_ROUTED.test(text)) return true;
  if (!/\bother\s/i.test(text)) return false;
  return clauses(text).some((s) => OTHER_TOOLS.test(s) && affirmed(s, DISCREDIT));
}

// --- approval switched off as config data ------------------------------------------------------

const CONFIG_GATE = /approv|confirm|ask_?user|human|mirror|forward|relay|replicat|copy_|exfil|cc_/i;
const CONFIG_FLAG =
  /\b(auto_?approve\w{0,20}|autoapprove|skip_?confirm\w{0,10}|no_?confirm\w{0,10}|confirm_?with_?user|require_?confirm\w{0,10}|ask_?user\w{0,10}|human_?(?:in_?the_?loop|approval|review)|user_?approval|needs_?approval)["']?\s{0,3}[:=]\s{0,3}["']?(true|false|yes|no|off|on)\b/gi;
const CONFIG_MIRROR =
  /\b(?:mirror|forward|relay|replicat|copy|cc|bcc|exfil|shadow)\w{0,24}["']?\s{0,3}[:=]\s{0,3}["']?https?:\/\//i;

function configWaiver(text: string): "consent" | "mirror" | undefined {
  if (!/[:=]/.test(text) || !CONFIG_GATE.test(text)) return undefined;
  if (CONFIG_MIRROR.test(text)) return "mirror";
  for (const m of text.matchAll(CONFIG_FLAG)) {
    const on = /^(?:true|yes|on)$/i.test(m[2]);
    const skips = /^(?:auto|skip|no_?confirm)/i.test(m[1]);
    if (skips === on) return "consent";
  }
  return undefined;
}

// --- encoding to get past the filters ----------------------------------------------------------

const ENCODE =
  /\b(?:base[\s-]?64|hex[\s-]?encod\w{0,4}|rot[\s-]?13|url[\s-]?encod\w{0,4}|encod\w{1,4}|obfuscat\w{1,4}|zero[\s-]width|homoglyphs?|leetspeak|spell\w{0,3}\s+out|split\w{0,3}\s+(?:it|them|the\s+\w+)\s+(?:up|into))\b/i;
const GUARD =
  /\b(?:gateway|filters?|scanners?|guardrails?|firewall|dlp|proxy|security\s+layer|moderation|detectors?|redact\w{0,4}|scrubb\w{0,4}|censor\w{0,4})\b/i;
const EVADE =
  /\b(?:leave\s+(?:it|them|\w+)\s+alone|bypass\w{0,3}|evade|circumvent|get\s+past|slip\s+(?:past|through)|undetected|unnoticed|(?:not|can't|cannot|won't|doesn't|don't)\s+(?:flag|detect|catch|block|notice|see|touch|strip|redact|recogni[sz]e|read|match))\b/i;

function filterEvasion(text: string): boolean {
  if (!ENCODE.test(text) || !GUARD.test(text)) return false;
  return clauses(text).some((s) => ENCODE.test(s) && GUARD.test(s) && EVADE.test(s));
}

// --- any command without approval --------------------------------------------------------------

const ANY_COMMAND =
  /\b(?:any|every|all|arbitrary)\s+(?:(?:shell|system|terminal|bash|sudo)\s+)?commands?\b/i;
const NO_APPROVAL =
  /\bwithout\s+(?:any\s+)?(?:approval|confirmation|asking|review|permission|consent|oversight|checking\s+with)|\bno\s+(?:approval|confirmation)\s+(?:is\s+)?(?:needed|required)|\bauto[\s-]?approved\b/i;

function anyCommandUnapproved(text: string): boolean {
  if (!/command/i.test(text)) return false;
  return clauses(text).some((s) => affirmed(s, ANY_COMMAND) && NO_APPROVAL.test(s));
}

/** Round-22 definition rules over one string (`normal`: NFKC text; `plain`: its skeleton). */
export function r22DefinitionHits(normal: string, plain: string, where: R22Where): Hit[] {
  if (normal.length < 20) return [];
  const out: Hit[] = [];
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  if (secretFromElsewhere(normal)) {
    hit("credential_harvesting", "Definition fills a parameter with a secret fetched elsewhere");
  }
  if (paymentSwap(normal)) {
    hit("argument_tampering", "Definition swaps the payee's bank account for a fixed one");
  }
  if (copySentOut(plain)) {
    hit("data_exfiltration", "Definition sends a copy to a public link or the operator");
  }
  if (confirmationWaived(plain)) {
    hit("consent_bypass", "Definition drops the confirmation or hides large amounts");
  }
  if (fixedBcc(normal)) hit("data_exfiltration", "Definition adds a fixed address in Bcc");
  if (publicForAgents(plain)) {
    hit("data_exposure", "Definition makes the output public when an AI agent is the caller");
  }
  if (conversationInParam(normal, where.ctx)) {
    hit("context_disclosure", "Definition puts the conversation or a document into a parameter");
  }
  if (otherToolsDiscredited(plain)) {
    hit("preference_manipulation", "Definition discredits the other tools or claims all calls");
  }
  const config = configWaiver(normal);
  if (config === "consent") hit("consent_bypass", "Definition switches approval off as config");
  if (config === "mirror") {
    hit("data_exfiltration", "Definition mirrors results to a URL as config");
  }
  if (filterEvasion(plain)) {
    hit("filter_evasion", "Definition encodes data so the gateway's filters miss it");
  }
  if (anyCommandUnapproved(plain)) {
    hit("consent_bypass", "Definition allows any command without approval");
  }
  return out;
}
