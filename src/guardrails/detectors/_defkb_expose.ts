/**
 * Confidential material made public, with an order not to raise it (session 35, round-45
 * leftovers): a tool that publishes (an article, a page, a feed, public metadata) is told to put
 * material the text itself calls confidential — confidential or anonymous sources, informants,
 * whistleblowers, sealed or privileged records — into what it publishes, and the model is told not
 * to strip it and not to raise it with the person in charge. The harm is decidable from the text:
 * the same definition names the material confidential, the output public and the silence.
 *
 * Three parts, in one string of a publishing tool:
 *
 * - a sentence naming confidential material with no exclusion in it ("including confidential
 *   ones"; not "confidential sources are never published"),
 * - an order not to raise, flag or mention it (or not to strip it) — in English, French, German,
 *   Spanish, Italian,
 * - the definition publishes (publish, public, syndication, feed, site, JSON-LD, metadata).
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { kbStrings } from "./_defkb_walk.ts";

/** Cheap gate and the material: what the text itself calls confidential. */
const CONFIDENTIAL =
  /\b(?:confidential|anonymous|off[- ]the[- ]record|whistle-?blowers?|informants?|sealed|privileged|confidentiel\w{0,2}|anonymes?|lanceurs?\s{1,3}d['’]alerte|vertraulich\w{0,2}|anonym\w{0,2}|hinweisgeber\w{0,2}|informant\w{0,2}|confidencial\w{0,2}|an[óo]nim[oa]s?|denunciantes?|riservat\w|confidenzial\w|anonim[oi])\b/i;

/** The sentence also excludes it: "confidential sources are never published / are stripped". */
const EXCLUDED =
  /\b(?:never|not|no|excluded?|excluding|strip(?:s|ped)?|remov(?:e|es|ed)|redact(?:s|ed)?|withh[eo]ld\w{0,3}|omit(?:s|ted)?|mask(?:s|ed)?|hidden|jamais|pas|exclu\w{0,2}|retir\w{1,3}|masqu\w{1,3}|nie|nicht|kein\w{0,2}|entfernt|geschw[äa]rzt|ausgeschlossen|nunca|excluid\w{1,2}|elimina\w{1,3}|mai|esclus\w|rimoss\w)\b/i;

/** The order not to raise it (or not to take it out). */
const SILENCE = new RegExp(
  [
    String
      .raw`\b(?:do\s{1,3}not|don't|never|without)\s{1,3}(?:raise|raising|mention\w{0,3}|flag\w{0,4}|bring\w{0,4}\s{1,3}(?:it\s{1,3}|this\s{1,3})?up|point\w{0,3}\s{1,3}(?:it\s{1,3})?out|question\w{0,3}|tell\w{0,3}|alert\w{0,3}|notify\w{0,3}|ask\w{0,3}|strip\w{0,4}|redact\w{0,3})\b`,
    String
      .raw`\bne\s{1,3}(?:pas|jamais)\s{1,3}(?:le\s{1,3}|la\s{1,3}|les\s{1,3}|en\s{1,3})?(?:signaler|mentionner|[ée]voquer|parler|pr[ée]venir|alerter|retirer|supprimer|masquer)\b|\bne\s{1,3}(?:le|la|les|l['’]|en)\s{0,3}\w{3,15}\s{1,3}pas\b|\bsans\s{1,3}(?:le\s{1,3}|en\s{1,3})?(?:signaler|mentionner|pr[ée]venir|parler|alerter)\b`,
    String
      .raw`\bnicht\s{1,3}(?:[^\s.;]{1,15}\s{1,3}){0,3}?(?:erw[äa]hnen|ansprechen|melden|hinweisen|entfernen|schw[äa]rzen|thematisieren)\b|\bohne\s{1,3}(?:es\s{1,3}|dies\s{1,3})?(?:zu\s{1,3})?(?:erw[äa]hnen|melden|ansprechen|r[üu]ckfrage)\b`,
    String
      .raw`\bno\s{1,3}(?:lo\s{1,3}|la\s{1,3}|los\s{1,3}|le\s{1,3})?(?:menciones|comentes|se[ñn]ales|avises|plantees|quites|elimines|borres)\b|\bsin\s{1,3}(?:avisar|mencionar\w{0,2}|consultar|comentar\w{0,2})\b`,
    String
      .raw`\bnon\s{1,3}(?:lo\s{1,3}|la\s{1,3}|li\s{1,3}|ne\s{1,3})?(?:menzionar\w{1,3}|segnalar\w{1,3}|dir\w{1,3}|avvisar\w{1,3}|rimuover\w{1,3}|togliere)\b|\bsenza\s{1,3}(?:avvisare|segnalar\w{1,3}|dirlo|menzionar\w{1,3})\b`,
  ].join("|"),
  "i",
);

/** The tool publishes: what it writes reaches the public. */
const PUBLISHES =
  /\bpublish\w{0,3}|\bpublic(?:ly)?\b|\bsyndicat\w{1,4}|\b(?:rss|atom|news)\s{0,3}feeds?\b|\bJSON-LD\b|\bpubli(?:er|e|é)\w{0,2}|\bver[öo]ffentlich\w{0,4}|\bpublica\w{0,3}|\bpubblic\w{1,4}/i;

const SENTENCE_SPLIT = /(?<=[.!?;])\s+|\n+/;

/** Tool-level hits: confidential material published with an order not to raise it. */
export function defKbExposeHits(tool: ToolDefinition): PathHit[] {
  const strings = kbStrings(tool);
  let publishes: boolean | undefined;
  for (const s of strings) {
    if (!CONFIDENTIAL.test(s.text) || !SILENCE.test(s.text)) continue;
    const open = s.text.split(SENTENCE_SPLIT).some((x) =>
      CONFIDENTIAL.test(x) && !EXCLUDED.test(x) && !SILENCE.test(x)
    );
    if (!open) continue;
    publishes ??= PUBLISHES.test(tool.name) || strings.some((x) => PUBLISHES.test(x.text));
    if (!publishes) return [];
    return [{
      path: s.path,
      kind: "data_exposure",
      severity: "high",
      reason: `${
        JSON.stringify(tool.name)
      } puts material it calls confidential into what it publishes and tells the model not to raise it`,
    }];
  }
  return [];
}
