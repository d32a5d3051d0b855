/**
 * A scripted message that contradicts the definition itself (session 35, round-45 leftovers): the
 * text gives the model the words to say to the user — `reply to the user: "…"`, « au salarié : … »
 * — and those words claim the opposite of what the same definition says the tool does: "access
 * expires automatically" beside `--max-age 0` / "0 = no expiry"; « déclaration transmise à la
 * CPAM » beside « pas d'envoi CPAM »; "kept private" beside a public upload; "deleted" beside
 * "kept / retained". The lie is decidable from the text because both halves are in it.
 *
 * A claim counts only if the definition states its opposite OUTSIDE the scripted words. Honest
 * scripts ("tell the user: 'the report was sent'" for a tool that sends it) have no opposite.
 * English, French, German, Spanish and Italian.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { kbStrings } from "./_defkb_walk.ts";

/** Cheap gate: a quote mark of any kind. */
const GATE = /["«“„]/;

/** Who the words are for, or the order to say them, then the opening quote. */
const SCRIPT = new RegExp(
  String
    .raw`(?:\b(?:reply|respond|say|tell|answer|confirm|inform|notify|message|write)\b[^"«“„\n]{0,40}?|\b(?:user|employee|customer|client|manager|patient|staff|team|owner|pharmacist|salari[ée]|employ[ée]|utilisateur|pharmacien|responsable|benutzer|nutzer|mitarbeiter\w{0,3}|kunde\w{0,1}|usuario|empleado|paciente|utente|dipendente|cliente)s?\s{0,2}:\s{0,3}|\b(?:r[ée]pond\w{0,4}|dire|dis|indique[rz]?|confirme[rz]?|antworte\w{0,1}|sage\w{0,1}|teile\s{1,3}\S{1,20}\s{1,3}mit|best[äa]tige\w{0,1}|responde\w{0,1}|dile|di|confirma\w{0,1}|rispondi|d[ìi]|conferma\w{0,1})\b[^"«“„\n]{0,40}?)(["«“„])\s{0,2}([^"»”“\n]{4,160}?)\s{0,2}["»”“]`,
  "gi",
);

interface Claim {
  /** The claim in the scripted words. */
  said: RegExp;
  /** Its opposite, stated elsewhere in the definition. */
  denied: RegExp;
}

const CLAIMS: readonly Claim[] = [
  {
    // It expires / is temporary — but the definition makes it never expire.
    said:
      /\b(?:expires?|expiring|temporary|temporaire|expire|expir[ée]e?|l[äa]uft\s{1,3}\S{0,10}\s{0,3}ab|befristet|tempor[äa]r|caduca|temporal|expira|scade|temporane[oa])\b/i,
    denied:
      /\b(?:no|without|never|non)[\s-]{1,3}expir\w{0,4}|never\s{1,3}expires?|max[-_]?age\s{0,3}[= ]?\s{0,2}0\b|0\s{0,2}=\s{0,2}(?:no|never|unlimited)|\bsans\s{1,3}expiration|n'expire\s{1,3}jamais|(?:kein|ohne)\w{0,2}\s{1,3}ablauf|l[äa]uft\s{1,3}nie\s{1,3}ab|sin\s{1,3}caducidad|nunca\s{1,3}caduca|senza\s{1,3}scadenza|non\s{1,3}scade/i,
  },
  {
    // It was sent / filed / declared — but the definition keeps it from being sent.
    said:
      /(?<![\p{L}\d_])(?:sent|transmitted|submitted|filed|declared|forwarded|reported|lodged|envoy[ée]e?s?|transmise?s?|d[ée]clar[ée]e?s?|soumise?|[üu]bermittelt|gemeldet|eingereicht|gesendet|enviad[oa]s?|presentad[oa]s?|declarad[oa]s?|inviat[oa]|trasmess[oa]|dichiarat[oa]|presentat[oa])(?![\p{L}\d_])/iu,
    denied:
      /\b(?:no|not|never|without)\s{1,3}(?:\w{1,12}\s{1,3})?(?:sent|sending|send|transmi\w{1,6}|submi\w{1,6}|fil(?:ed|ing)|report(?:ed|ing))\b|\bpas\s{1,3}d['’](?:envoi|transmission|d[ée]claration)|\b(?:sans|aucun\w{0,2})\s{1,3}(?:envoi|transmission|d[ée]claration)|\bn['’]est\s{1,3}pas\s{1,3}(?:envoy|transmis)|\b(?:keine?|ohne)\s{1,3}(?:[Üü]bermittlung|Meldung|Versand|Einreichung)|\bnicht\s{1,3}(?:[^\s.;]{1,15}\s{1,3}){0,4}?(?:gesendet|[üu]bermittelt|gemeldet|eingereicht)|\b(?:sin|no\s{1,3}se)\s{1,3}(?:env[íi]\w{1,3}|present\w{1,4}|declar\w{1,4})|\b(?:senza|nessun\w?)\s{1,3}(?:invio|trasmissione|denuncia)|\bnon\s{1,3}(?:viene\s{1,3})?(?:inviat|trasmess)/i,
  },
  {
    // It is private — but the definition publishes it.
    said: /\b(?:private|privately|only\s{1,3}you|priv[ée]e?|privat|privad[oa]|privat[oa])\b/i,
    denied:
      /--public\b|\bpublic[_\s-]{1,3}(?:gist|link|url|bucket|repo\w{0,6}|page|paste)|\b(?:publicly|anyone\s{1,3}with\s{1,3}the\s{1,3}link)\b|\bpublique(?:ment)?\b|\b[öo]ffentlich\w{0,2}\b|\bp[úu]blic[oa]\b|\bpubblic[oa]\b/i,
  },
  {
    // It was deleted — but the definition keeps it.
    said:
      /\b(?:deleted|erased|removed|wiped|destroyed|supprim[ée]e?s?|effac[ée]e?s?|gel[öo]scht|entfernt|eliminad[oa]s?|borrad[oa]s?|cancellat[oa]|eliminat[oa])\b/i,
    denied:
      /\b(?:is|are|stays?|remains?)\s{1,3}(?:kept|retained|archived|preserved)\b|\b(?:keeps?|retains?|archives?)\s{1,3}(?:a\s{1,3})?(?:copy|copies|everything|the\s{1,3}data|all)\b|\bsoft[- ]delet\w{1,3}|\b(?:not|never)\s{1,3}(?:actually\s{1,3})?(?:deleted|erased|removed)|\bconserv[ée]e?s?\b|\bpas\s{1,3}(?:vraiment\s{1,3})?supprim|\bnicht\s{1,3}(?:wirklich\s{1,3})?gel[öo]scht|\baufbewahrt\b|\bno\s{1,3}se\s{1,3}(?:borra|elimina)|\bconservad[oa]s?\b|\bnon\s{1,3}(?:viene\s{1,3})?(?:cancellat|eliminat)|\bconservat[oa]\b/i,
  },
];

/** Tool-level hits: a scripted message whose claim the definition itself denies. */
export function defKbScriptHits(tool: ToolDefinition): PathHit[] {
  const strings = kbStrings(tool);
  for (const s of strings) {
    if (!GATE.test(s.text)) continue;
    SCRIPT.lastIndex = 0;
    for (let m = SCRIPT.exec(s.text), n = 0; m !== null && n < 8; m = SCRIPT.exec(s.text), n++) {
      const words = m[2];
      // The rest of the definition, without these scripted words.
      const rest = strings.map((x) =>
        x === s ? s.text.slice(0, m!.index) + " " + s.text.slice(m!.index + m![0].length) : x.text
      ).join("\n");
      const claim = CLAIMS.find((c) => c.said.test(words) && c.denied.test(rest));
      if (claim) {
        return [{
          path: s.path,
          kind: "deceive_user",
          severity: "high",
          reason: `${
            JSON.stringify(tool.name)
          } scripts a message to the user that the definition itself contradicts`,
        }];
      }
    }
  }
  return [];
}
