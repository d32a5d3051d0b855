/**
 * Concealment said in the passive voice or behind a styled alphabet (session 35):
 *
 * - `KEEP_PASSIVE`: "should not be listed to the user", "is not mentioned in the summary",
 *   "wird in der Bestätigung an die Eltern nicht angezeigt", "n'est pas affiché à l'utilisateur".
 *   {@link keepsFromUser} reads it where it reads the active orders: in a preset field's words.
 * - A description that names a preset field and says it is not to be mentioned ("the table in
 *   `aliases` is applied automatically and should not be mentioned").
 * - A description that overrides the user's own limit ("even if the user limits fixes to specific
 *   rules", "regardless of the user's selection") and keeps what it does out of the report.
 * - Text written in Unicode small-capital letters (ᴋᴇᴇᴘ ᴛʜɪꜱ), which NFKC leaves alone so keyword
 *   checks miss it, that carries a concealment order or a command with an address.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { skeleton } from "../text/confusables.ts";

/** What the user is shown of a run. */
const SHOWN = String
  .raw`(?:(?:diff|change|final|run)\s{1,3})?(?:summary|confirmation|reply|response|answer|receipt|report|changelog|output|chat)`;

export const KEEP_PASSIVE = new RegExp(
  [
    // en: "should not be listed to the user", "is not to be mentioned with the editor"
    String
      .raw`\b(?:should|must|need|needs|shall|is|are|will|it's|they're|they\s{1,3}are)\s{1,3}(?:not|never)\s{1,3}(?:to\s{1,3})?(?:be\s{1,3})?(?:listed|mentioned|shown|displayed|described|disclosed|surfaced|raised|reported|explained|brought\s{1,3}up)\s{1,3}(?:to|with|for)\s{1,3}(?:the\s{1,3})?\p{L}{3,20}\b`,
    // en: "they are not listed in the diff summary"
    String
      .raw`\b(?:should|must|shall|is|are|will|it's|they're)\s{1,3}(?:not|never)\s{1,3}(?:be\s{1,3})?(?:listed|mentioned|shown|displayed|included|reported)\s{1,3}in\s{1,3}(?:the|any|your)\s{1,3}${SHOWN}\b`,
    // de: "in der Bestätigung an die Eltern nicht angezeigt"
    String
      .raw`\b(?:Bestätigung|Zusammenfassung|Antwort|Übersicht|Quittung|Bericht|Rückmeldung)\p{L}{0,2}\b[^.;\n]{0,40}?\bnicht\s{1,3}(?:angezeigt|aufgeführt|erwähnt|genannt|gezeigt|aufgelistet)\b`,
    // fr: "n'est pas affiché à l'utilisateur / dans le récapitulatif"
    String
      .raw`\b(?:n['’]est|ne\s{1,3}sont|ne\s{1,3}doit|ne\s{1,3}doivent)\s{1,3}(?:jamais|pas)\s{1,3}(?:être\s{1,3})?(?:affiché|mentionné|indiqué|signalé|listé|montré|communiqué)e?s?\s{1,3}(?:à|au|aux|dans)(?!\p{L})`,
  ].join("|"),
  "iu",
);

/** A bare passive concealment at the end of its clause ("… and should not be mentioned."). */
const PASSIVE_BARE =
  /\b(?:should|must|need|needs|shall|is|are)\s{1,3}(?:not|never)\s{1,3}(?:to\s{1,3})?be\s{1,3}(?:mentioned|listed|shown|disclosed|surfaced|brought\s{1,3}up|explained)\s{0,3}(?:[.;)\n]|$)/i;

/** The user's own limit overridden: "even if the user limits …", "regardless of the user's …". */
const OVER_LIMIT =
  /\b(?:even\s{1,3}(?:if|when|though)|regardless\s{1,3}of\s{1,3}whether)\s{1,3}(?:the\s{1,3})?(?:user|customer|reviewer|operator)\s{1,3}(?:\w{1,12}\s{1,3})?(?:limits?|restricts?|selects?|narrows?|excludes?|filters?|chooses?|picks?|disables?|opts?\s{1,3}out)\b|\bregardless\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:user|customer|reviewer)['’]s\s{1,3}(?:\w{1,12}\s{1,3})?(?:selection|filter|choice|limit|scope|settings?)\b|\bmême\s{1,3}si\s{1,3}l['’]utilisat\p{L}{1,5}\s{1,3}(?:limite|restreint|exclut|choisit)\b|\bauch\s{1,3}wenn\s{1,3}(?:der|die)\s{1,3}(?:Nutzer|Benutzer|Anwender)\p{L}{0,2}\s{1,3}[^.;\n]{0,40}?(?:einschränkt|ausschließt|auswählt)/iu;

/** A run of four or more words in small-capital letters (ᴀ ʙ ᴄ … and the Latin Extended ꜰ ꜱ). */
const SC = "[ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ]";
const SMALL_CAPS_RUN = new RegExp(
  String.raw`${SC}{2,}(?:[\s\p{P}]{1,4}(?:${SC}|[x\p{N}])+){3,}`,
  "gu",
);
const COMMAND_WITH_ADDRESS =
  /\b(?:run|install|tap|add|fetch|download|curl|wget|pip|npm|brew|send|post|upload|pin)\b[^\n]{0,120}?(?:https?:\/\/|[\w-]+\.(?:com|io|net|org|dev|app|sh)\b)/i;

const MAX = 8000;

function presetNames(schema: unknown): string[] {
  const props = (schema as { properties?: unknown } | undefined)?.properties;
  if (!props || typeof props !== "object") return [];
  const out: string[] = [];
  for (const [k, p] of Object.entries(props as Record<string, unknown>).slice(0, 100)) {
    if (!p || typeof p !== "object" || k.length < 4) continue;
    const s = p as Record<string, unknown>;
    const v = "const" in s ? s.const : s.default;
    if (v !== null && typeof v === "object" && Object.keys(v as object).length > 0) out.push(k);
  }
  return out;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((x) => x.trim().length > 0).slice(0, 200);
}

/** Tool-level hits of the passive and styled-alphabet concealment. */
export function defPassiveToolHits(tool: ToolDefinition): PathHit[] {
  const desc = typeof tool.description === "string" ? tool.description.slice(0, MAX) : "";
  if (!desc) return [];
  const name = JSON.stringify(tool.name);
  // A preset object or list the description names and says is not to be mentioned.
  if (PASSIVE_BARE.test(desc) || KEEP_PASSIVE.test(desc)) {
    const names = presetNames(tool.inputSchema);
    for (const s of sentencesOf(desc)) {
      if (!PASSIVE_BARE.test(s) && !KEEP_PASSIVE.test(s)) continue;
      const field = names.find((n) => s.includes(n));
      if (field) {
        return [{
          path: `$.inputSchema.properties.${field}`,
          kind: "definition_side_effect",
          severity: "high",
          reason: `${name} applies the preset ${
            JSON.stringify(field)
          } and tells the model not to mention it`,
        }];
      }
    }
  }
  // The user's limit overridden and the result kept out of what the user is shown.
  if (OVER_LIMIT.test(desc)) {
    const ss = sentencesOf(desc);
    for (let i = 0; i < ss.length; i++) {
      if (!OVER_LIMIT.test(ss[i])) continue;
      const near = ss.slice(i, i + 2).join(" ");
      if (
        KEEP_PASSIVE.test(near) || /\b(?:leave|keep)\b[^.;\n]{0,40}?\bout\s{1,3}of\b/i.test(near)
      ) {
        return [{
          path: "$.description",
          kind: "conceal_from_user",
          severity: "high",
          reason:
            `${name} acts beyond the limit the user sets and keeps those acts out of what the user is shown`,
        }];
      }
    }
  }
  // Small capitals: read as ASCII, a concealment order or a command with an address.
  for (const m of desc.matchAll(SMALL_CAPS_RUN)) {
    const plain = skeleton(m[0]);
    if (/[A-Za-z]{3}/.test(plain) && (COMMAND_WITH_ADDRESS.test(plain) || concealed(plain))) {
      return [{
        path: "$.description",
        kind: "hidden_instructions",
        severity: "high",
        reason:
          `${name} writes an order in small-capital letters, which keyword checks do not read`,
      }];
    }
  }
  return [];
}

const KEEP_OUT =
  /\b(?:leave|keep)\b[^.;\n]{0,40}?\bout\s{1,3}of\b|\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:tell|mention|show)\b/i;

function concealed(plain: string): boolean {
  return KEEP_OUT.test(plain) || KEEP_PASSIVE.test(plain);
}
