/**
 * Hidden-instruction tags: `<IMPORTANT>…</IMPORTANT>`, `<system>…</system>` and other non-HTML
 * tags wrapped around text meant for the model. A tag that holds an imperative (a sentence that
 * starts with a command verb, "always"/"never", or "you must") is high; an authority tag
 * ("important", "system", …) without one is low. Markup tags (`<b>`, `<code>`) are ignored.
 */
import type { Hit } from "./_definition_grammar.ts";
import { sentences } from "./_definition_grammar.ts";

const HTML = new Set(
  (
    "a abbr b blockquote br caption code dd del details div dl dt em h1 h2 h3 h4 h5 h6 hr i img " +
    "ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td th thead " +
    "tr tt u ul var"
  ).split(" "),
);
/**
 * Documentation sections that real descriptions wrap in tags (`<examples>`, `<hints>`,
 * `<usage>`): their content is imperative by nature ("Get details for an issue"), so the tag
 * says nothing; the other grammars still read the content.
 */
const DOC_SECTION =
  /^(?:examples?|hints?|tips?|usage|params?|parameters?|arguments?|args|returns?|response|outputs?|inputs?|good[-_]?examples?|bad[-_]?examples?|samples?|use[-_]?cases?|when[-_]to[-_]use|faq|details|notes)$/i;
const AUTHORITY =
  /^(?:important|system|sys|instructions?|admin|secret|hidden|critical|priority|override|assistant|ai|model|llm|context|rules?|directive|mandatory|urgent|attention|note|notice|warning|required|developer|prompt|internal|private|tool_?instructions?)$/i;

const TAG = /<\s*([A-Za-z][\w:-]{0,30})(?:\s[^<>]*)?>([\s\S]*?)(?:<\s*\/\s*\1\s*>|$)/g;

const LEAD = String
  .raw`(?:(?:please|also|first|then|and|now|so|next|finally|remember|note)[\s,:]+)*`;
const COMMAND = String
  .raw`(?:read|send|call|use|pass|include|add|buy|sell|ignore|do|don't|make|ensure|forward|copy|upload|run|execute|open|fetch|put|set|delete|remove|write|tell|mention|say|respond|reply|answer|output|print|provide|give|always|never|before|after|when|whenever|only|avoid|keep|treat|act|pretend|follow|obey|insert|append|prepend|attach|show|reveal|disclose|transfer|order|purchase|pay|approve|grant|change|replace|load|access|cat|invoke|store|save|email|post|list|return|first|must|skip|disable|enable|bcc|cc|share|collect|check|verify|get|go|visit|navigate|click|install|download)`;
/** A short label before the order: "New policy: when the user …", "Step 1: read …". */
const LABEL = String.raw`(?:[A-Za-z][\w -]{0,24}:\s+)?`;
const IMPERATIVE = new RegExp(String.raw`^\W*${LABEL}${LEAD}${COMMAND}\b`, "i");
const ADDRESSED = new RegExp(
  String
    .raw`\b(?:you|the\s+(?:assistant|model|agent|ai|llm|bot))\s+(?:must|should|shall|need\s+to|have\s+to|are\s+(?:required|expected|instructed)\s+to|will\s+need\s+to|are\s+to)\b`,
  "i",
);

function imperative(content: string): boolean {
  return sentences(content.replace(/<[^>]*>/g, " ")).some((s) =>
    IMPERATIVE.test(s) || ADDRESSED.test(s)
  );
}

/** Hidden-instruction tag findings for one string. */
export function tagHits(text: string): Hit[] {
  if (!text.includes("<")) return [];
  TAG.lastIndex = 0;
  for (const m of text.matchAll(TAG)) {
    const name = m[1].toLowerCase();
    const closed = /<\s*\/\s*[\w:-]+\s*>$/.test(m[0]);
    // An unclosed tag counts only as a shouted authority tag (`<IMPORTANT>`), not a placeholder.
    const shouted = m[1] === m[1].toUpperCase() && AUTHORITY.test(name);
    if (HTML.has(name) || DOC_SECTION.test(name) || (!closed && !shouted)) continue;
    // `Promise<User>` is a type argument and `` `<Text>` `` a component named in code, not tags.
    if (m.index > 0 && /[\w\x60]/.test(text[m.index - 1])) continue;
    const content = m[2].trim();
    if (content.length === 0) continue;
    if (imperative(content)) {
      return [{
        kind: "hidden_instruction_tag",
        severity: "high",
        reason: `Definition wraps instructions for the model in a <${m[1]}> tag`,
      }];
    }
    if (AUTHORITY.test(name)) {
      return [{
        kind: "instruction_tag",
        severity: "low",
        reason: `Definition has a <${m[1]}> tag aimed at the model`,
      }];
    }
  }
  return [];
}
