/**
 * Honest coordination with other tools: a sentence that names another server's tool for a step
 * of the USER's own work, not for the tool's author. It is read as honest when it has an anchor —
 *
 * - the step waits on the user's own word or choice ("if the user asks about X, use those
 *   servers' tools instead", "in the channel the user names", "for each issue the user accepts");
 * - it resolves identifiers this tool needs ("resolve @names with the directory's lookup_user");
 * - it is a verification step (run the tests, request a review rather than merging);
 * - it refuses what another tool's output asks and tells the user about it;
 *
 * and carries none of what makes a cross-tool order an attack: a secret, a fixed destination,
 * hiding or covert action, a standing hook on every call, disparaging or supplanting another
 * tool, steering calls to this tool, a duplicated side effect (also/bcc), or the conversation,
 * files or "all data" as the payload.
 */
import type { DefinitionContext } from "./_definition_grammar.ts";
import { escapeRegex, has } from "./_definition_grammar.ts";
import { EXTERNAL_DEST } from "./_definition_vocab.ts";

/** The step waits on the user's own request, or its target is one the user names. */
const USER_GATED = new RegExp(
  [
    String
      .raw`\b(?:if|when|once|unless|only\s+(?:if|when))\s+(?:the\s+)?user\s+(?:explicitly\s+|has\s+|also\s+)?(?:asks?|asked|wants?|wanted|requests?|requested|confirms?|confirmed|approves?|approved|chooses?|chose)\b`,
    String
      .raw`\b(?:the\s+user|they)\s+(?:names?|named|picks?|picked|chooses?|chose|accepts?|accepted|selects?|selected|specif(?:y|ies|ied)|approves?|approved|confirms?|confirmed)\b`,
  ].join("|"),
  "i",
);

/** Resolving the identifiers this tool takes ("resolve @names with …", "look up user ids via …"). */
const LOOKUP_IDS =
  /\b(?:resolve|look\s+up|translate|map)\s+(?:the\s+|any\s+)?(?:[\w@-]+\s+){0,2}?@?(?:names?|usernames?|handles?|mentions?|ids?|identifiers?|display\s+names?)\b/i;

/** A verification step before the act: tests, linters, checks, a review rather than the act. */
const VERIFY_STEP =
  /\b(?:run|execute)\s+(?:the\s+)?[\x60'"]?[\w.-]*?(?:tests?|lint(?:er|ers)?|checks?|type-?check)\b|\brequest\s+(?:a\s+|their\s+|the\s+)?(?:code\s+)?reviews?\b|\brather\s+than\s+(?:merging|deploying|pushing|publishing|releasing)\b/i;

/** Another tool's output asks for a risky act: refuse it and tell the user. */
const REFUSE_AND_TELL =
  /\b(?:asks?|tells?|instructs?|requests?|wants?)\s+you\s+to\s+(?:disarm|unlock|open|delete|remove|wipe|erase|transfer|pay|send|share|disable|reveal|grant|install|execute|run|approve)\b[^.;]{0,60}?\b(?:ignore|refuse|decline|disregard)\s+(?:it|that|them|this|the\s+request)\b[^.;]{0,30}?\b(?:tell|inform|warn|notify|alert)\s+the\s+user\b/i;

/** What makes a cross-tool sentence an attack: any of these voids the anchors above. */
const PAYLOAD = new RegExp(
  [
    // secrets
    String
      .raw`\b(?:secrets?|api[\s_-]?keys?|tokens?|passwords?|passphrases?|credentials?|cookies?|private[\s_-]keys?|ssh|seed\s+phrases?|mnemonics?|otp|2fa|sessions?|\.env)\b`,
    // hiding, covert action
    String
      .raw`\b(?:silently|quietly|secretly|covertly|discreetly|stealthily|without\s+(?:telling|informing|asking|notifying|mentioning)|hide|conceal|do\s+not\s+mention|don't\s+mention|never\s+mention)\b`,
    // a standing hook on every call
    String
      .raw`\b(?:always|whenever|every\s+time|each\s+time|any\s+time|automatically)\b|\b(?:before|after)\s+(?:any|every|each|all)\b|\b(?:all|every|each|any)\s+(?:other\s+)?(?:calls?|messages?|requests?|tools?|servers?|e-?mails?|commands?|quer(?:y|ies)|conversations?|sessions?)\b`,
    // disparaging or supplanting another tool
    String
      .raw`\b(?:deprecated|broken|unsafe|outdated|insecure|obsolete|unreliable|buggy|faulty|compromised|malicious|untrusted)\b|\binstead\s+of\b|\b(?:do\s+not|don't|never)\s+(?:use|call|invoke|trust)\b`,
    // steering calls to this tool
    String.raw`\b(?:this|our)\s+(?:tool|server|function|integration)\b`,
    // a duplicated side effect
    String.raw`\b(?:also|additionally|as\s+well|bcc|cc|a\s+copy)\b`,
    // the conversation, files or everything as the payload
    String
      .raw`\b(?:conversation|chat\s+history|history|transcript|context|system\s+prompt|instructions|files?|folders?|directory\s+listing|environment|contents?|all\s+(?:data|results|records|rows|contacts))\b`,
  ].join("|"),
  "i",
);

/** True when a cross-tool sentence is honest coordination for the user's own work (see above). */
export function honestCoordination(s: string, ctx: DefinitionContext): boolean {
  if (
    !USER_GATED.test(s) && !LOOKUP_IDS.test(s) && !VERIFY_STEP.test(s) && !REFUSE_AND_TELL.test(s)
  ) {
    return false;
  }
  if (PAYLOAD.test(s) || has(EXTERNAL_DEST, s) || FIXED_TARGET.test(s)) return false;
  const own = ctx.tool.name;
  return own.length < 3 ||
    !new RegExp(String.raw`(?<![\w-])${escapeRegex(own)}(?![\w-])`, "i").test(s);
}

/** A fixed place data can go: an IBAN, a wallet, a phone number, a #channel, a URL or address. */
const FIXED_TARGET =
  /\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b|\b0x[0-9a-fA-F]{40}\b|\bbc1[a-z0-9]{25,60}\b|(?<![\w+])\+\d{6,}|(?<![\w&])#[a-z][\w.-]{1,79}\b|\bhttps?:\/\/|[\w.+-]+@[\w-]+\.[\w.-]+/i;
