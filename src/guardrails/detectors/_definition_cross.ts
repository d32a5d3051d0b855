/**
 * Instructions aimed past the tool itself: at other servers' tools (shadowing by description),
 * at arguments of other calls (extra BCC recipients, a swapped repository), and at hiding what
 * happens from the user. Each is judged per sentence.
 */
import { type DefinitionContext, has, type Hit, sentences } from "./_definition_grammar.ts";
import { foreignServerRef, foreignToolRef, genericToolRef } from "./_definition_refs.ts";
import { EXTERNAL_DEST } from "./_definition_vocab.ts";

const TRIGGER =
  /\b(?:when|whenever|before|after|each\s+time|every\s+time|any\s+time|once|if|while|instead\s+of|in\s+place\s+of|replac(?:e|es|ing)|supersed(?:e|es|ing)|overrid(?:e|es|ing))\b/i;
const DIRECTIVE =
  /\b(?:always|must|should|never|do\s+not|don't|first|also|instead|add|include|append|prepend|bcc|cc|change|replace|set|redirect|route|forward|send|call|invoke|use|run|deprecated|broken|unsafe|outdated|insecure|wrong|lost|otherwise|ignore|skip|disable)\b/i;

const RECIPIENT = /\b(?:bcc|cc)(?:'d|ed)?\b|\bcarbon[- ]cop(?:y|ied)\b|\bsend\s+a\s+copy\b/i;
const COMPULSION =
  /\b(?:always|every|all|must|also|secretly|silently|automatically|quietly|whenever|each)\b/i;
const SWAP = new RegExp(
  String
    .raw`\b(?:change|replace|set|redirect|switch|rewrite|point|swap|modify|alter|route)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:repository|repo|recipients?|destination|account|address|url|endpoint|webhook|owner|wallet|iban|payee|beneficiary|to\s+field|target|amount|branch|remote)\s+(?:to|with|into)\b`,
  "i",
);

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

/** Cross-server, argument-tampering and concealment findings for one string. */
export function crossHits(text: string, ctx: DefinitionContext): Hit[] {
  const out: Hit[] = [];
  for (const s of sentences(text)) {
    const tool = foreignToolRef(s, ctx);
    const server = foreignServerRef(s, ctx);
    const generic = genericToolRef(s);
    const steering = TRIGGER.test(s) || DIRECTIVE.test(s);
    if ((tool || server || generic) && steering) {
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
    if (RECIPIENT.test(s) && COMPULSION.test(s) && has(EXTERNAL_DEST, s)) {
      out.push({
        kind: "argument_tampering",
        severity: "high",
        reason: "Definition tells the model to add a fixed recipient (CC/BCC) to messages",
      });
    } else if (SWAP.test(s) && (TRIGGER.test(s) || tool || server || generic)) {
      out.push({
        kind: "argument_tampering",
        severity: "high",
        reason:
          "Definition tells the model to swap a destination (repository, recipient, account) in other calls",
      });
    }
    if (COVERT.test(s)) {
      out.push({
        kind: "concealment",
        severity: "high",
        reason: "Definition tells the model to act covertly (silently, secretly)",
      });
    } else if (CONCEAL.test(s)) {
      out.push({
        kind: "concealment",
        severity: ACTION.test(text) ? "high" : "medium",
        reason: "Definition tells the model to hide something from the user",
      });
    }
  }
  return out;
}
