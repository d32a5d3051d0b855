/**
 * Knowledge base, public research on MCP tool poisoning (session 34): a definition that rearranges
 * who the model obeys or which tools it trusts (CyberArk "advanced tool poisoning" through
 * outputs, Invariant Labs tool shadowing, Elastic Security Labs' tool-name collision, MCPTox
 * "preference manipulation", OWASP LLM01). Techniques, in any field the model reads:
 *
 * - output elevation: the tool's responses, or a field of them, are to be treated as instructions
 *   from the user / system, or carry the same authority as the system prompt;
 * - smear and replace: another tool or server is declared compromised / malicious / backdoored and
 *   the model is told not to use it (unconditionally: "if it is compromised" is advice).
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { kbStrings, negatedAt } from "./_defkb_walk.ts";

const GATE =
  /\btreat|behandl|\btrat[ae]|\btraite|authority|priority|precedence|compromised|hacked|malicious|backdoor|infected/i;

const OUTPUT_ELEVATION = new RegExp(
  [
    String
      .raw`\btreat\s{1,3}(?:them|it|these|this|those|its\s{1,3}(?:output|results?|responses?|content)|the\s{1,3}(?:output|results?|responses?|text|content|message)s?|(?:any|all)\s{1,3}(?:such\s{1,3})?(?:text|content|directives?|notes?))\s{1,3}as\s{1,3}(?:(?:direct|binding|authoritative|trusted|genuine|explicit)\s{1,3})?(?:instructions?|commands?|directives?|orders?|requests?)\s{1,3}(?:from|of|by)\s{1,3}(?:the\s{1,3})?(?:user|system|operator|developer|admin\w{0,9})`,
    String
      .raw`\b(?:same|equal|higher|greater|full)\s{1,3}(?:authority|priority|weight|precedence|rank)\s{1,3}(?:as|than|to)\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:system\s{1,3}(?:prompt|message|instructions?)|user(?:'s)?(?:\s{1,3}(?:instructions?|requests?|messages?))?|developer\s{1,3}(?:prompt|message|instructions?)|operator)`,
    String
      .raw`\bbehandl\w{0,2}\s[^.\n]{0,60}?\bals\s{1,3}(?:Anweisung|Befehl|Auftr[äa]g)\w{0,3}\s{1,3}(?:des|vom|von)\s{1,3}(?:Benutzers?|Nutzers?|Systems?|Betreibers?|Entwicklers?)`,
    String
      .raw`\btrat[ae]\w{0,2}\s[^.\n]{0,60}?\bcomo\s{1,3}(?:instrucciones|[óo]rdenes|comandos)\s{1,3}(?:del|de\s{1,3}la)\s{1,3}(?:usuari[oa]|sistema|operador|desarrollador)`,
    String
      .raw`\btraite[sz]?\s[^.\n]{0,60}?\bcomme\s{1,3}(?:des\s{1,3})?(?:instructions|ordres|commandes)\s{1,3}(?:de\s{1,3}l['’]|du\s{1,3})(?:utilisateur|syst[èe]me|op[ée]rateur)`,
  ].join("|"),
  "iu",
);

const SMEAR =
  /\b(?:tool|server|plugin|integration|extension|version)s?\b[^.;\n]{0,40}?\b(?:is|are|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:now\s{1,3})?(?:compromised|hacked|malicious|infected|backdoored|poisoned)\b[^\n]{0,60}?\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:use|call|trust|invoke)\b/i;
const CONDITIONAL =
  /\b(?:if|when|whether|in\s{1,3}case|should|suspect\w{0,3}|might|may)\b[^.;!?\n]{0,60}$/i;

/** A French or German negation right after the verb (`ne traite pas`, `behandle nicht`). */
const FOREIGN_NEGATION = /^\S+\s{1,3}(?:pas|nicht|keine?n?)\b/i;

function hit(path: string, name: string, what: string): PathHit {
  return {
    path,
    kind: "instruction_override",
    severity: "high",
    reason: `${JSON.stringify(name)} ${what}`,
  };
}

/** Definition-level hits of the authority knowledge base. */
export function defKbAuthorityHits(tool: ToolDefinition): PathHit[] {
  for (const s of kbStrings(tool)) {
    const t = s.text;
    if (!GATE.test(t)) continue;
    let m = OUTPUT_ELEVATION.exec(t);
    if (
      m && !negatedAt(t, m.index) && !FOREIGN_NEGATION.test(m[0]) &&
      !/\bn(?:e|['’])\s{0,3}$/i.test(t.slice(Math.max(0, m.index - 6), m.index))
    ) {
      return [
        hit(s.path, tool.name, "gives its output the authority of the user or the system prompt"),
      ];
    }
    m = SMEAR.exec(t);
    if (m && !CONDITIONAL.test(t.slice(Math.max(0, m.index - 60), m.index + 1))) {
      return [
        hit(
          s.path,
          tool.name,
          "declares another tool compromised and tells the model not to use it",
        ),
      ];
    }
  }
  return [];
}
