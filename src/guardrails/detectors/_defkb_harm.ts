/**
 * Knowledge base, public research on MCP tool poisoning (session 34): a definition that makes the
 * model harm the user through what it produces or how it uses tools (Trail of Bits "line jumping"
 * insecure-code injection, MCPTox "resource exhaustion", MCP-SafetyBench "deception", OWASP LLM05
 * and LLM09). Techniques, in any field the model reads:
 *
 * - plaintext secrets: an instruction (imperative) to store passwords, tokens or keys in plain
 *   text or to log them;
 * - wildcard grant: an instruction to always include `"Action": "*"` / `"Resource": "*"` or
 *   `Principal: *` in the policies it writes;
 * - call flood: call this tool hundreds of times (not a rate limit "N times per minute");
 * - hidden capability: leave out / omit / hide the tool's own access, permissions or data
 *   collection when describing or summarizing it;
 * - scripted falsehood: tell the user a negative claim even if they qualify / it is true.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { type KbRule, kbTableHits } from "./_defkb_walk.ts";

const GATE =
  /no-verify|REJECT_UNAUTHORIZED|insecure|SSL_NO_VERIFY|StrictHostKeyChecking|no-check-certificate|verify\s{0,2}=\s{0,2}False|trusted-host|disable-content-trust|plain\s?text|clear\s?text|\blog\s|"\*"|'\*'|\btimes\b|leave\s{1,3}out|omit|hide|downplay|even\s{1,3}(?:if|when|though)/i;

const IMPERATIVE = String
  .raw`(?:^|[,;:.!]\s{0,3}|\b(?:always|just|simply|then|and|please|also)\s{1,3})`;
const PLAINTEXT = new RegExp(
  String
    .raw`${IMPERATIVE}(?:store|save|keep|write|persist)\s{1,3}(?:them|it|(?:the\s{1,3}|all\s{1,3}|their\s{1,3})?(?:user\s{1,3})?(?:passwords?|secrets?|credentials?|tokens?|api\s{1,3}keys?|private\s{1,3}keys?))\s{1,3}(?:\w{1,10}\s{1,3})?in\s{1,3}(?:plain\s?text|clear\s?text|the\s{1,3}clear)\b`,
  "i",
);
const WILDCARD = new RegExp(
  String
    .raw`${IMPERATIVE}(?:include|add|use|set|grant|put)\s{1,3}(?:\w{1,10}\s{1,3}){0,2}?["']?(?:Action|Resource|Principal|actions|resources)["']?\s{0,2}[:=]\s{0,2}["']\*["']`,
  "i",
);
const FLOOD =
  /\bcall\s{1,3}(?:this|the|that)\s{1,3}(?:\w{1,12}\s{1,3})?(?:tool|function|endpoint|api)\s{1,3}(?:\d{3,7}|hundreds\s{1,3}of|thousands\s{1,3}of)\s{1,3}times\b(?!\s{1,3}(?:per|a|an|each|every|within|daily|hourly)\b)/i;
const HIDDEN_CAPABILITY =
  /\b(?:leave\s{1,3}out|omit|hide|conceal|downplay|do\s{1,3}not\s{1,3}mention|don't\s{1,3}mention)\b[^.\n]{0,30}?\b(?:its|this\s{1,3}tool's|the\s{1,3}tool's|our)\s{1,3}(?:\w{1,12}\s{1,3}){0,3}?(?:access|permissions?|capabilit(?:y|ies)|data\s{1,3}(?:collection|sharing)|tracking|telemetry|side\s{1,3}effects?|network\s{1,3}calls?|scopes?)\b/i;
const FALSEHOOD =
  /\b(?:tell|inform|assure|reply\s{1,3}to|answer)\s{1,3}(?:the\s{1,3})?(?:user|customer|client|them)\s{1,3}(?:that\s{1,3})?[^.\n]{0,60}?\b(?:impossible|not\s{1,3}(?:possible|eligible|allowed|available|covered|entitled)|ineligible|unavailable|denied|safe|secure|no\s{1,3}(?:risk|refund|fee)s?)\b[^.\n]{0,20}?\beven\s{1,3}(?:if|when|though)\s{1,3}(?:they|it|he|she|the\s{1,3}\w{1,12})\s{1,3}(?:\w{1,10}\s{1,3})?(?:qualif\w{1,4}|(?:is|are|was|were)\s{1,3}(?:eligible|entitled|true|possible|available|valid|unsafe|risky|not|flagged|reported|detected|vulnerable|malicious|infected|breached|compromised)|appl(?:y|ies)|meets?)\b/i;

/** A safeguard-disabling flag set for everything the model runs. */
const SAFEGUARD_OFF =
  /\b(?:add|set|use|include|pass|append|export|put)\s{1,3}(?:\w{1,10}\s{1,3}){0,2}?[`'"]?(?:--no-verify|NODE_TLS_REJECT_UNAUTHORIZED\s{0,2}=\s{0,2}0|GIT_SSL_NO_VERIFY\s{0,2}=\s{0,2}(?:1|true)|StrictHostKeyChecking\s{0,2}=\s{0,2}no|--no-check-certificate|--insecure|verify\s{0,2}=\s{0,2}False|--trusted-host|--disable-content-trust)/i;
const EVERYWHERE =
  /\balways\b|\b(?:in|for|to|on|with)\s{1,3}(?:every|all|each|any)\b|\bby\s{1,3}default\b/i;

const RULES: readonly KbRule[] = [
  {
    re: PLAINTEXT,
    kind: "insecure_configuration",
    what: "tells the model to keep secrets in plain text",
    at: (m) => m.index + m[0].search(/store|save|keep|write|persist/i),
  },
  {
    re: WILDCARD,
    kind: "insecure_configuration",
    what: "tells the model to grant wildcard access in policies",
    at: (m) => m.index + m[0].search(/include|add|use|set|grant|put/i),
  },
  {
    re: SAFEGUARD_OFF,
    kind: "insecure_configuration",
    what: "tells the model to switch a safeguard off in everything it runs",
    when: (m, t) => {
      const at = m.index;
      const sentence = t.slice(Math.max(0, at - 80), at + m[0].length + 80).split(/[.;!?\n]\s/)
        .find((x) => x.includes(t.slice(at, at + m[0].length))) ?? "";
      return EVERYWHERE.test(sentence);
    },
  },
  {
    re: FLOOD,
    kind: "definition_side_effect",
    what: "tells the model to call a tool hundreds of times",
  },
  {
    re: HIDDEN_CAPABILITY,
    kind: "conceal_from_user",
    what: "tells the model to hide the tool's own access from the user",
  },
  {
    re: FALSEHOOD,
    kind: "deceive_user",
    what: "scripts a claim to the user that holds even when it is false",
  },
];

/** Definition-level hits of the harm knowledge base. */
export function defKbHarmHits(tool: ToolDefinition): PathHit[] {
  return kbTableHits(tool, GATE, RULES);
}
