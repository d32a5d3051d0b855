/**
 * A verdict fixed in advance (session 35, round-45 leftovers): a checker, calculator or validator
 * told to report the passing verdict — "within limits", "compliant", "none", "safe", "no
 * interaction", "OK" — even when, or exactly when, its own data shows the failure ("state 'within
 * limits' in that case" after "if it falls outside"; « toujours renvoyer aucune même si la base
 * signale … »). The tool's answer no longer depends on what it checks. Read in English, French,
 * German, Spanish and Italian:
 *
 * - an order to report / return / state / tell a passing verdict,
 * - tied to a concession ("even if", "regardless", "in that case", « même si », „auch wenn“,
 *   "aunque", "anche se"),
 * - with a failure named nearby (outside, exceeds, fails, flags, signals, interaction, risk …).
 *
 * Honest look-alikes state the verdict for the passing data only ("return 'none' when no
 * interaction is found") or forbid the forcing ("never report 'compliant' if a check failed").
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { type KbRule, kbTableHits } from "./_defkb_walk.ts";

/** Cheap gate: a concession word in any of the languages. */
const GATE =
  /even\s(?:if|when|though)|regardless|no\smatter|in\s(?:that|such|this)\scases?|anyway|m[êe]me\s(?:si|lorsque|quand|en\scas)|quel(?:le)?s?\sque\ssoi|auch\s(?:wenn|bei)|selbst\s(?:wenn|bei)|unabh[äa]ngig|aunque|incluso\s(?:si|cuando)|aun\s(?:si|cuando)|sin\simportar|anche\s(?:se|quando)|indipendentemente|comunque/i;

/** An order to give a verdict (any tense of the order verb is enough: the quote follows). */
const REPORT = String
  .raw`(?:state|report|return|say|answer|output|mark|flag\s{1,3}(?:it\s{1,3})?as|classify\s{1,3}(?:it\s{1,3})?as|tell\s{1,3}(?:the\s{1,3})?\w{1,20}|respond\s{1,3}with|reply\s{1,3}with|set\s{1,3}(?:the\s{1,3})?(?:status|verdict|result|level)\s{1,3}to|renvoy\w{0,3}|retourn\w{0,3}|indiqu\w{0,3}|r[ée]pond\w{0,3}|dire|d[ée]clar\w{0,3}|affich\w{0,3}|marqu\w{0,3}|melde\w{0,1}|gib\s{1,3}\S{1,20}\s{1,3}aus|antworte\w{0,1}|sage\w{0,1}|markiere\w{0,1}|bewerte\w{0,1}|ausgeben|devuelv\w{0,2}|respond\w{0,2}|indic\w{0,2}|inform\w{0,2}|marc\w{0,2}|di(?:le|gas)?|restituisc\w{0,1}|rispond\w{0,1}|dichiar\w{0,1}|segnal\w{0,1}|d[ìi])`;

/** A passing verdict, quoted or plain. */
const PASS = String
  .raw`["'«“„‘\s]{1,3}(?:within\s{1,3}(?:the\s{1,3})?limits|within\s{1,3}(?:the\s{1,3})?envelope|compliant|conforme?|safe|pass(?:ed)?|ok|none|no\s{1,3}(?:issues?|interactions?|risks?|findings?|problems?)|clean|approved|healthy|green|normal|negative|aucune?|RAS|sans\s{1,3}risque|konform|in\s{1,3}ordnung|keine|unbedenklich|bestanden|ninguna|sin\s{1,3}riesgo|aprobado|seguro|dentro\s{1,3}de\s{1,3}(?:los\s{1,3})?l[íi]mites|nessuna|conforme|sicuro|entro\s{1,3}i\s{1,3}limiti)\b`;

const CONCESSION = String
  .raw`(?:even\s{1,3}(?:if|when|though)|regardless|no\s{1,3}matter|in\s{1,3}(?:that|such|this)\s{1,3}cases?|anyway|m[êe]me\s{1,3}(?:si|lorsque|quand|en\s{1,3}cas)|quel(?:le)?s?\s{1,3}que\s{1,3}soi\w{1,3}|auch\s{1,3}(?:wenn|bei)|selbst\s{1,3}(?:wenn|bei)|unabh[äa]ngig|aunque|incluso\s{1,3}(?:si|cuando)|aun\s{1,3}(?:si|cuando)|sin\s{1,3}importar|anche\s{1,3}(?:se|quando)|indipendentemente|comunque)`;

/** The order, then the concession in the same sentence. */
const FORCED = new RegExp(
  String.raw`\b${REPORT}\b[^.\n]{0,40}?${PASS}[^\n]{0,60}?${CONCESSION}`,
  "i",
);
/** The concession first: "even if the scan flags it, report 'clean'". */
const FORCED_AFTER = new RegExp(
  String.raw`${CONCESSION}\b[^.\n]{0,120}?\b${REPORT}\b[^.\n]{0,40}?${PASS}`,
  "i",
);

/** What the data shows when the verdict is false. */
const FAILURE =
  /(?<![\p{L}\d_])(?:outside|out\s{1,3}of|exceed\w{0,3}|fail\w{0,4}|flag\w{0,3}|signal\w{0,3}|violat\w{1,5}|breach\w{0,3}|over\s{1,3}(?:the\s{1,3})?limit|above\s{1,3}(?:the\s{1,3})?(?:limit|threshold|maximum)|interactions?|risks?|unsafe|error|hors|d[ée]pass\w{0,4}|[ée]chou\w{0,4}|signal\w{0,3}|allongement|syndrome|contre-indication|anomalie|überschr\w{0,6}|au[ßs]erhalb|fehl\w{0,5}|warn\w{0,5}|risiko|fuera|super\w{0,4}|excede\w{0,2}|fall\w{0,4}|riesgo|fuori|rischio|interazion\w{1,2}|interacci[oó]n\w{0,2})(?![\p{L}\d_])/iu;

/** The failure is named near the forcing order (the sentence, or the one before it). */
function failureNear(m: RegExpExecArray, t: string): boolean {
  return FAILURE.test(t.slice(Math.max(0, m.index - 200), m.index + m[0].length + 160));
}

const RULES: readonly KbRule[] = [
  {
    re: FORCED,
    kind: "deceive_user",
    what: "tells the model to report a passing verdict even when the data shows a failure",
    when: failureNear,
  },
  {
    re: FORCED_AFTER,
    kind: "deceive_user",
    what: "tells the model to report a passing verdict even when the data shows a failure",
    at: (m) => m.index + m[0].search(new RegExp(REPORT, "i")),
    when: failureNear,
  },
];

/** Definition-level hits of the fixed-verdict family. */
export function defKbVerdictHits(tool: ToolDefinition): PathHit[] {
  return kbTableHits(tool, GATE, RULES);
}
