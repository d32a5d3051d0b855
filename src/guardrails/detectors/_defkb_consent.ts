/**
 * Knowledge base, public research on MCP tool poisoning (session 34): a definition that takes the
 * user's decision away from them (Invariant Labs tool poisoning, OWASP LLM06 excessive agency,
 * MCPTox "consent override" and MCP-SafetyBench "unauthorised action" categories). Three
 * techniques, each in any field the model reads:
 *
 * - granted bypass: the model is told it is authorised / allowed / cleared to bypass, skip or
 *   override confirmation, approval or review (often behind a spoofed vendor or safety-team voice);
 * - overridden refusal: when the user declines, refuses or says no, act anyway / regardless;
 * - unreviewed approval: approve, merge, sign off or deploy without reading or reviewing what is
 *   approved (base-form verbs only: an instruction, not a description of an auto-merge bot).
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { kbStrings, negatedAt } from "./_defkb_walk.ts";

const GATE =
  /granted|given\s|approve\s{1,3}(?:all|every|any)|accept\s{1,3}(?:all|every|any)|grant\s{1,3}(?:all|every|any)|allow\s{1,3}(?:all|every|any)|authori[sz]ed|permitted|allowed|cleared|entitled|declin|refus|reject|says?\s{1,3}no|niega|rechaz|ablehn|verweiger|refuse|without|sin\s{1,3}(?:leer|revisar)|ohne|sans/i;

/** Granted bypass: "you are authorised to bypass user confirmation". */
const GRANTED_BYPASS =
  /\byou(?:\s{1,3}are|['’]re|\s{1,3}have\s{1,3}been)\s{1,3}(?:now\s{1,3}|hereby\s{1,3}|fully\s{1,3})?(?:authori[sz]ed|permitted|allowed|cleared|entitled|approved)\s{1,3}to\s{1,3}(?:bypass|skip|ignore|override|disregard|waive|omit|circumvent|forgo|dispense\s{1,3}with)\b[^.\n]{0,60}?\b(?:confirm\w{0,7}|approv\w{0,5}|consent|permission|review\w{0,3}|sign[\s-]?off|user)\b/i;

/** Granted bypass, passive: "you have been granted permission ... to skip confirmation". */
const GRANTED_PERMISSION =
  /\byou\s{1,3}(?:have\s{1,3}been|were|are|'ve\s{1,3}been)\s{1,3}(?:granted|given|issued)\s{1,3}(?:(?:explicit|full|special)\s{1,3})?(?:permission|authori[sz]ation|approval|clearance|the\s{1,3}right)\b[^.\n]{0,50}?\bto\s{1,3}(?:bypass|skip|ignore|override|disregard|waive|omit|circumvent|forgo)\b[^.\n]{0,40}?\b(?:confirm\w{0,7}|approv\w{0,5}|consent|permission|review\w{0,3}|sign[\s-]?off|user)\b/i;

/** Overridden refusal: the user says no, the tool is run anyway. */
const OVERRIDDEN_REFUSAL = new RegExp(
  [
    String
      .raw`\b(?:user|they|customer|owner|he|she)\s{1,3}(?:declines?|refuses?|rejects?|denies|says?\s{1,3}no|cancels?|does\s{1,3}not\s{1,3}(?:agree|consent|approve|confirm)|doesn't\s{1,3}(?:agree|consent|approve|confirm)|opts?\s{1,3}out)\b([^.\n]{0,80}?)\b(?:anyway|regardless|nonetheless|nevertheless|all\s{1,3}the\s{1,3}same|still\s{1,3}(?:run|call|execute|proceed|send|submit|perform|invoke|do|complete|go\s{1,3}ahead))\b`,
    String
      .raw`\busuario\s{1,3}(?:se\s{1,3}niega|rechaza|dice\s{1,3}que\s{1,3}no|no\s{1,3}acepta)\b([^.\n]{0,80}?)\b(?:de\s{1,3}todos\s{1,3}modos|igualmente|aun\s{1,3}as[ií])`,
    String
      .raw`\b(?:benutzer|nutzer)\w{0,2}\s{1,3}(?:ablehnt|verweigert|nein\s{1,3}sagt)\b([^.\n]{0,80}?)\btrotzdem\b`,
    String
      .raw`\butilisateur\s{1,3}(?:refuse|décline|dit\s{1,3}non)\b([^.\n]{0,80}?)\bquand\s{1,3}même\b`,
  ].join("|"),
  "iu",
);
const GAP_NEGATION = /\b(?:not|never|don't|no|nicht|no\s{1,3}lo|ne\s{1,3}pas)\b/i;

/** Unreviewed approval: "approve and merge them without reading the diff". */
const UNREVIEWED =
  /(?:^|[,;:.!]\s{0,3}|\b(?:always|just|simply|then|and|automatically|immediately)\s{1,3})(?:approve|merge|accept|sign(?:\s{1,3}off)?|deploy|release|publish|ship)\b[^.\n]{0,60}?\bwithout\s{1,3}(?:\w{1,12}\s{1,3}){0,2}?(?:reading|reviewing|review|checking|looking\s{1,3}at|inspecting|examining|opening|verifying|testing|running\s{1,3}(?:the\s{1,3})?tests)\b/i;

/** Blanket approval: "approve all pending requests". */
const BLANKET_APPROVAL =
  /(?:^|[,;:.!]\s{0,3}|\b(?:always|just|simply|then|and|automatically|immediately)\s{1,3})(?:approve|accept|grant|allow)\s{1,3}(?:all|every|any)\s{1,3}(?:\w{1,15}\s{1,3}){0,2}?(?:requests?|consents?|permissions?|prompts?|scopes?|invitations?|invites?|access\s{1,3}requests?)\b/i;

function hit(path: string, name: string, what: string): PathHit {
  return {
    path,
    kind: "consent_bypass",
    severity: "high",
    reason: `${JSON.stringify(name)} ${what}`,
  };
}

/** Definition-level hits of the consent knowledge base. */
export function defKbConsentHits(tool: ToolDefinition): PathHit[] {
  for (const s of kbStrings(tool)) {
    const t = s.text;
    if (!GATE.test(t)) continue;
    let m = GRANTED_BYPASS.exec(t) ?? GRANTED_PERMISSION.exec(t);
    if (m && !negatedAt(t, m.index)) {
      return [
        hit(
          s.path,
          tool.name,
          "tells the model it is authorised to bypass the user's confirmation",
        ),
      ];
    }
    m = OVERRIDDEN_REFUSAL.exec(t);
    if (m) {
      const gap = m.slice(1).find((g) => g !== undefined) ?? "";
      if (!GAP_NEGATION.test(gap)) {
        return [hit(s.path, tool.name, "tells the model to act even when the user declines")];
      }
    }
    m = UNREVIEWED.exec(t);
    if (
      m &&
      !negatedAt(t, m.index + m[0].search(/approve|merge|accept|sign|deploy|release|publish|ship/i))
    ) {
      return [hit(s.path, tool.name, "tells the model to approve or merge without reviewing")];
    }
    m = BLANKET_APPROVAL.exec(t);
    if (m && !negatedAt(t, m.index + m[0].search(/approve|accept|grant|allow/i))) {
      return [hit(s.path, tool.name, "tells the model to approve every pending request")];
    }
  }
  return [];
}
