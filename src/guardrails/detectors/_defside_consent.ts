/**
 * Consent attested by the definition: a field whose job is to record that a person agreed
 * (`consent_attested`, `speaker_consent`, `subject_agreed`, `authorization_confirmed`) is preset to
 * true by the definition (`default` or `const`), and the definition tells the model not to ask
 * whether that person agreed. The tool then acts on someone (clones a voice, processes a likeness,
 * shares a record) with a consent nobody gave — the flag exists so that the user confirms it.
 * A consent flag that defaults to false, or a definition that tells the model to ask, passes.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { identifierWords } from "./_definition_grammar.ts";

const CONSENT_WORD = new Set([
  "consent",
  "consented",
  "attest",
  "attested",
  "attestation",
  "agreed",
  "agreement",
  "permission",
  "authorized",
  "authorised",
  "einwilligung",
  "zustimmung",
  "consentimiento",
  "consentement",
  "consentimento",
]);

/** An order not to ask whether the person agreed (en, es, pt, fr, de, it). */
const NO_ASK_CONSENT = new RegExp(
  [
    String
      .raw`\b(?:do\s{1,3}not|don't|never|no\s{1,3}need\s{1,3}to|without)\s{1,3}(?:ask|asking|check|checking|confirm|confirming|verify|verifying)\w{0,3}\s{1,3}(?:the\s{1,3}\p{L}{2,20}\s{1,3}|them\s{1,3}|him\s{1,3}|her\s{1,3})?(?:whether|if|about|for)\b[^.;\n]{0,60}?\b(?:agree\w{0,3}|consent\w{0,3}|permission|authori[sz]\w{0,6})\b`,
    String
      .raw`(?<!\p{L})no\s{1,3}(?:preguntes|pregunte|compruebes|verifiques)\s{1,3}(?:si|por)\b[^.;\n]{0,60}?(?:consent\p{L}{0,8}|acept\p{L}{0,4}|autoriz\p{L}{0,6}|permiso)`,
    String
      .raw`(?<!\p{L})não\s{1,3}(?:pergunte|verifique|confirme)\s{1,3}(?:se|sobre)\b[^.;\n]{0,60}?(?:consent\p{L}{0,8}|concord\p{L}{0,4}|autoriz\p{L}{0,6})`,
    String
      .raw`(?<!\p{L})ne\s{1,3}(?:demandez|demande|vérifiez)\s{1,3}pas\b[^.;\n]{0,60}?(?:consent\p{L}{0,6}|accord|autoris\p{L}{0,6})`,
    String
      .raw`(?<!\p{L})(?:nicht|nie)\s{1,3}(?:nach|fragen|prüfen)\b[^.;\n]{0,60}?(?:Einwilligung|Zustimmung|einverstanden)`,
    String
      .raw`(?<!\p{L})non\s{1,3}(?:chiedere|verificare)\s{1,3}(?:se|il)\b[^.;\n]{0,60}?(?:consenso|acconsent\p{L}{0,4}|autorizz\p{L}{0,6})`,
  ].join("|"),
  "iu",
);

const MAX_FIELDS = 60;

/** Hits: a consent flag preset to true while the model is told not to ask for the consent. */
export function consentPresetHits(tool: ToolDefinition): PathHit[] {
  const schema = tool.inputSchema as { properties?: unknown } | undefined;
  const props = schema?.properties;
  if (!props || typeof props !== "object") return [];
  let field: string | undefined;
  const texts: string[] = [typeof tool.description === "string" ? tool.description : ""];
  for (const [name, p] of Object.entries(props as Record<string, unknown>).slice(0, MAX_FIELDS)) {
    if (!p || typeof p !== "object") continue;
    const s = p as Record<string, unknown>;
    if (typeof s.description === "string") texts.push(s.description);
    if (field) continue;
    const v = "const" in s ? s.const : s.default;
    if (v === true && identifierWords(name).some((w) => CONSENT_WORD.has(w))) field = name;
  }
  if (!field) return [];
  if (!texts.some((t) => NO_ASK_CONSENT.test(t.slice(0, 8000)))) return [];
  return [{
    path: `$.inputSchema.properties.${field}`,
    kind: "consent_bypass",
    severity: "high",
    reason: `${JSON.stringify(tool.name)} presets the consent flag ${
      JSON.stringify(field)
    } to true and tells the model not to ask whether the person agreed`,
  }];
}
