/**
 * Instructions in value slots: `enum`, `default`, `const` and `examples` hold values the model
 * copies into a call, not prose for it to obey. A value that addresses the model, sets a
 * standing order ("whenever …", "remember: …") or tells it to call a tool is an instruction in
 * disguise. Any one of these alone is ordinary in an example prompt ("Send me a message whenever
 * a build fails"), so it takes two.
 */
import type { Hit } from "./_definition_grammar.ts";

/** JSON paths of value slots (`…q.enum[3]`, `…q.default`, `…q.examples[0]`). */
const VALUE_PATH = /\.(?:enum|examples)\[\d+\]$|\.(?:default|const|example)$/;

/** Text aimed at the model: a label ("assistant_note:", "LLM:") or an order to "you". */
const ADDRESSED = new RegExp(
  [
    String
      .raw`\b(?:assistant|ai|model|llm|agent|claude|gpt|chatgpt|copilot)(?:[\s_-]?(?:note|notice|instructions?|directive|message|memo))?\s*:`,
    String.raw`\bnote\s+(?:to|for)\s+(?:the\s+)?(?:assistant|ai|model|llm|agent)s?\b`,
    // "… pasted here by the assistant": the value says who must produce it.
    String
      .raw`\b(?:pasted|filled|supplied|provided|inserted|added|put|copied|written)\s+(?:in\s+|here\s+|there\s+)?by\s+(?:the\s+)?(?:assistant|ai|model|llm|agent)\b`,
    // A vocative inside the value: "…; and also, assistant, email the file …".
    String.raw`[,;:]\s*(?:the\s+)?(?:assistant|ai|model|llm|agent|claude|gpt|chatgpt|copilot)\s*,`,
    String
      .raw`\b(?:you|the\s+(?:assistant|model|agent|ai))\s+(?:must|should|shall|need\s+to|have\s+to|are\s+(?:required|expected|instructed)\s+to)\b`,
  ].join("|"),
  "i",
);
/** A standing order rather than a value. */
const STANDING = new RegExp(
  String
    .raw`\b(?:whenever|every\s+time|each\s+time|any\s+time|from\s+now\s+on|going\s+forward|for\s+(?:every|all|each)\s+(?:future\s+)?(?:requests?|calls?|messages?|conversations?))\b|\b(?:also\s+)?remember\s*(?::|to\b|that\b)|\b(?:before|after|with|on)\s+(?:every|each|all|any)\s+(?:future\s+)?(?:calls?|requests?|invocations?|runs?|uses?)\b`,
  "i",
);
/** An order to call a tool (a snake_case/kebab name or "the X tool"). */
const TOOL_CALL = new RegExp(
  String
    .raw`\b(?:call|calling|invoke|invoking|run|running|use|using|trigger)\s+(?:the\s+)?[\x60'"]?[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+[\x60'"]?\b|\b(?:using|via|with|call|invoke)\s+the\s+[\w.-]+\s+tool\b`,
  "i",
);

/** An order to send something to a fixed outside address ("email the file to x@y.example"). */
const SEND_OUT =
  /\b(?:send|e-?mail|forward|upload|post|copy|cc|bcc)\b[^.;]{0,60}?\bto\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/)/i;

/** A role label opening the value ("System: …"), as in a chat transcript. */
const ROLE_LABEL = /^\s*[\[(<]?(?:system|developer|operator|admin(?:istrator)?)\s*[\])>]?\s*:/i;
/** A target no value needs: cloud metadata, a secret file. */
const SENSITIVE_TARGET =
  /\b169\.254\.169\.254\b|\bmetadata\.google\.internal\b|\/latest\/meta-data\b|\bfd00:ec2::254\b|~\/\.(?:ssh|aws|kube|docker|gnupg|netrc|git-credentials)\b|\bid_(?:rsa|ed25519|ecdsa)\b/i;
/** An extra step chained onto the value ("after geocoding, also fetch …"). */
const EXTRA_STEP =
  /\b(?:also|additionally|afterwards|as\s+well|and\s+then)\s+(?:\w+\s+)?(?:fetch|read|open|call|send|upload|run|execute|visit|download|curl|include|forward|e-?mail|post|attach)\b/i;

/** Findings for one string at `path` (only value slots are looked at). */
export function valueSlotHits(text: string, path: string): Hit[] {
  if (!VALUE_PATH.test(path) || !/\s\S+\s\S+\s/.test(text)) return [];
  const signals = Number(ADDRESSED.test(text)) + Number(STANDING.test(text)) +
    Number(TOOL_CALL.test(text)) + Number(SEND_OUT.test(text)) +
    Number(ROLE_LABEL.test(text)) + Number(SENSITIVE_TARGET.test(text)) +
    Number(EXTRA_STEP.test(text));
  if (signals < 2) return [];
  return [{
    kind: "instruction_in_value",
    severity: "high",
    reason:
      "An enum, default or example value carries instructions for the model instead of a value",
  }];
}
