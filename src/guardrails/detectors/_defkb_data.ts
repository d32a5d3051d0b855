/**
 * Knowledge base, public research on MCP tool poisoning (session 34): a definition that moves
 * data or authority where the user did not send it (Invariant Labs GitHub MCP "toxic agent flow",
 * Simon Willison's lethal trifecta, Trail of Bits conversation-history theft, Elastic Security
 * Labs' credential reuse, MCPTox parameter tampering, OWASP LLM01/LLM06). Five techniques, each in
 * any field the model reads:
 *
 * - private to public: the user's private / internal / confidential data is posted, published or
 *   shared (it, its contents, a summary of it) to a public place (issue, repo, channel, gist);
 * - cross-service credential: a token, cookie or key is to be passed even if it belongs to, or
 *   was issued by, another service or tool;
 * - earlier secret reuse: a password, token or code the user typed earlier (for something else)
 *   is to be reused;
 * - planted memory: the model is told to remember permanently / for all future conversations a
 *   claimed preference or permission of the user that widens what is shared or skips asking;
 * - tautology tamper: an instruction to add `OR 1=1` (or `OR true`) to the queries it writes.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { type KbRule, kbTableHits, negatedAt } from "./_defkb_walk.ts";

const GATE =
  /public|even\s{1,3}(?:if|when|though)|regardless|earlier|previous|before|prior|permanent|forever|future|dauerhaft|zukünftig|künftig|immer|siempre|across|memory|1['"]?\s{0,2}=\s{0,2}['"]?1|recuerda|merk|or\s{1,3}true/iu;

const PRIVATE_TO_PUBLIC =
  /\b(?:private|internal|confidential|personal|sensitive|secret)\s{1,3}(?:\w{1,15}\s{1,3}){0,2}?(?:repos?|repositor(?:y|ies)|files?|notes?|messages?|e-?mails?|documents?|docs|data|code|channels?|dms?|chats?|records?|tickets?|issues?|pages?|wikis?|spreadsheets?|sheets?|drives?|folders?|contacts?|calendars?|notebooks?)\b[^\n]{0,160}?\b(?:post|publish|share|upload|paste|push|add|copy|leak|write|include|put)\s{1,3}(?:(?:a|an|the)\s{1,3}(?:short\s{1,3}|full\s{1,3}|brief\s{1,3})?(?:summary|list|copy|dump|excerpt)\s{1,3}of\s{1,3})?(?:them|it|their|its|this|these|that|those|the(?:ir)?\s{1,3}(?:contents?|details|data|text|findings))\b[^.\n]{0,80}?\b(?:public(?:ly)?(?:\s{1,3}(?:\w{1,15}\s{1,3}){0,2}?(?:issues?|repos?|repositor(?:y|ies)|channels?|forums?|gists?|pages?|posts?|threads?|comments?|wikis?|sites?|buckets?|pull\s{1,3}requests?|prs?|discussions?))?)\b/i;

const CROSS_SERVICE =
  /\b(?:tokens?|credentials?|cookies?|api\s{1,3}keys?|secrets?|passwords?|sessions?|bearer)\b[^.\n]{0,80}?\b(?:even\s{1,3}(?:if|when|though)|regardless\s{1,3}of\s{1,3}(?:whether|which|who))\b[^.\n]{0,40}?\b(?:belongs?|issued|meant|intended|scoped|granted|created|comes?|came)\s{1,3}(?:\w{1,10}\s{1,3})?(?:to|for|by|from)\s{1,3}(?:another|a\s{1,3}different|other|any\s{1,3}other|a\s{1,3}third[\s-]party|someone\s{1,3}else)\b/i;

const EARLIER_SECRET = new RegExp(
  [
    String
      .raw`\b(?:reuse|re-use|use|take|copy|grab|pull|supply|fill\s{1,3}in|include|pass|insert)\s{1,3}(?:the|any|their|its|that)?\s{0,3}(?:\w{1,12}\s{1,3})?(?:password|passphrase|pin|passcode|credentials?|token|secret|api\s{1,3}key|otp|one-time\s{1,3}code|2fa\s{1,3}code)s?\b[^.\n]{0,40}?\b(?:the\s{1,3}user|they|you)\s{1,3}(?:typed|entered|provided|gave|shared|mentioned|pasted|used|sent|wrote|supplied)\b[^.\n]{0,30}?\b(?:earlier|before|previously|in\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:earlier|previous|prior|other)|elsewhere|for\s{1,3}(?:another|a\s{1,3}different|other))`,
    String
      .raw`\b(?:password|passphrase|pin|passcode|credentials?|token|secret|api\s{1,3}key|otp|2fa\s{1,3}code)s?\b[^.\n]{0,60}?\b(?:reuse|re-use|use|take|copy|supply|enter|fill\s{1,3}in)\s{1,3}(?:the\s{1,3}(?:same\s{1,3})?one|it|that\s{1,3}one|the\s{1,3}same)\s{1,3}(?:that\s{1,3})?(?:the\s{1,3}user|they|you)\s{1,3}(?:typed|entered|provided|gave|shared|mentioned|pasted|used|sent|wrote|supplied)\b[^.\n]{0,30}?\b(?:earlier|before|previously|in\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:earlier|previous|prior|other)|elsewhere|for\s{1,3}(?:another|a\s{1,3}different|other))`,
  ].join("|"),
  "i",
);

const MEMORY_PLANT =
  /\b(?:remember|memori[sz]e|store|save|record|note|keep\s{1,3}in\s{1,3}mind|add\s{1,3}to\s{1,3}(?:your\s{1,3})?memory)\b[^.\n]{0,40}?\b(?:permanently|forever|for\s{1,3}(?:all\s{1,3})?(?:future|subsequent|later|every)\s{1,3}(?:conversations?|sessions?|chats?|requests?)|across\s{1,3}(?:all\s{1,3})?(?:conversations?|sessions?|chats?)|(?:in|to|into)\s{1,3}(?:your\s{1,3})?(?:long[\s-]term\s{1,3}|persistent\s{1,3})?memory)\b[^\n]{0,40}?(?::|\bthat\b)([^\n]{0,160})/i;
const MEMORY_PLANT_I18N = new RegExp(
  [
    String
      .raw`\bmerk\w{0,2}\s{1,3}dir\b[^.\n]{0,40}?(?:\bdauerhaft|\bfür\s{1,3}immer|\bfür\s{1,3}(?:alle\s{1,3})?(?:zukünftigen|künftigen|weiteren)\s{1,3}(?:Gespräche|Sitzungen|Chats))[^\n]{0,40}?(?::|\bdass\b)([^\n]{0,160})`,
    String
      .raw`\brecuerda\b[^.\n]{0,40}?\b(?:para\s{1,3}siempre|permanentemente|en\s{1,3}(?:todas\s{1,3})?las\s{1,3}(?:futuras\s{1,3})?conversaciones(?:\s{1,3}futuras)?)[^\n]{0,40}?(?::|\bque\b)([^\n]{0,160})`,
  ].join("|"),
  "iu",
);
const PLANTED_CLAIM_I18N =
  /\b(?:Benutzer|Nutzer|Inhaber)\w{0,2}\s{1,3}(?:möchte|will|bevorzugt|wünscht|hat\s{1,3}(?:bereits\s{1,3})?(?:zugestimmt|erlaubt|genehmigt|eingewilligt))|\busuari[oa]\s{1,3}(?:quiere|prefiere|desea|ha\s{1,3}(?:aceptado|autorizado|aprobado|consentido))/iu;
const WIDENING_I18N =
  /öffentlich|geteilt|teilen|senden|weiterleiten|ohne\s{1,3}(?:nach)?zu\s{1,3}fragen|nicht\s{1,3}(?:mehr\s{1,3})?(?:fragen|nachfragen)|p[úu]blic|compart|enviar|reenviar|sin\s{1,3}preguntar|no\s{1,3}(?:vuelvas\s{1,3}a\s{1,3})?preguntar/iu;
const PLANTED_CLAIM =
  /\b(?:user|they|owner)\s{1,3}(?:\w{1,10}\s{1,3})?(?:prefers?|wants?|likes?|has\s{1,3}(?:already\s{1,3})?(?:approved|authori[sz]ed|agreed|consented|allowed|granted|opted\s{1,3}in)|approves?|authori[sz]es?|agrees?|allows?|trusts?)\b/i;
const WIDENING =
  /\b(?:public\w{0,3}|shar\w{1,3}|send\w{0,3}|forward\w{0,3}|upload\w{0,3}|without\s{1,3}(?:ask|confirm)\w{0,6}|no\s{1,3}(?:need\s{1,3}to\s{1,3})?confirm\w{0,6}|(?:do\s{1,3}not|don't|never)\s{1,3}(?:ask|confirm|check)|auto[\s-]?approv\w{0,3}|always\s{1,3}(?:use|call|route|send|allow|approve)|only\s{1,3}(?:use|trust)|delet\w{1,3}|admin\w{0,8}|passwords?|full\s{1,3}access)\b/i;

const TAUTOLOGY =
  /\b(?:append|add|inject|insert|include|put|use|attach|tack\s{1,3}on)\b[^.\n]{0,40}?\bOR\s{1,3}(?:'1'\s{0,2}=\s{0,2}'1'|"1"\s{0,2}=\s{0,2}"1"|1\s{0,2}=\s{0,2}1\b|true\b)/i;

const RULES: readonly KbRule[] = [
  {
    re: PRIVATE_TO_PUBLIC,
    kind: "data_exfiltration",
    what: "tells the model to post private data to a public place",
    when: (m, t) =>
      !negatedAt(
        t,
        m.index +
          m[0].search(
            /\b(?:post|publish|share|upload|paste|push|add|copy|leak|write|include|put)\s/i,
          ),
      ),
  },
  {
    re: CROSS_SERVICE,
    kind: "credential_harvest",
    what: "asks for a credential even if it belongs to another service",
  },
  {
    re: EARLIER_SECRET,
    kind: "credential_harvest",
    what: "tells the model to reuse a secret the user gave earlier",
  },
  {
    re: MEMORY_PLANT,
    kind: "memory_poisoning",
    what: "plants a standing permission of the user in the model's memory",
    when: (m) => PLANTED_CLAIM.test(m[1]) && WIDENING.test(m[1]),
  },
  {
    re: MEMORY_PLANT_I18N,
    kind: "memory_poisoning",
    what: "plants a standing permission of the user in the model's memory",
    at: null,
    when: (m) => {
      const claim = m[1] ?? m[2] ?? "";
      return PLANTED_CLAIM_I18N.test(claim) && WIDENING_I18N.test(claim);
    },
  },
  {
    re: TAUTOLOGY,
    kind: "definition_side_effect",
    what: "tells the model to widen queries with an always-true condition",
  },
];

/** Definition-level hits of the data-movement knowledge base. */
export function defKbDataHits(tool: ToolDefinition): PathHit[] {
  return kbTableHits(tool, GATE, RULES);
}
