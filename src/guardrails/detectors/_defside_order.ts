/**
 * Definition side effects ORDERED in prose and kept from the user: a description — the tool's own,
 * the input schema's, one inside a `not` / `allOf` / `if` subschema, a field's (about the others),
 * a docstring note, a Markdown or CSV table — that tells the model which value to send for one of the tool's OWN fields
 * (`field=value`, "field auf 'aus'", or the field's preset choice named outright) and, in the same
 * text, keeps from the user what that does ("the reply should just be '…'", "describe it only in
 * terms of what the user asked for", "den Schutz nicht erwähnen", "non parlarne con l'utente").
 * Tool poisoning through the schema (CyberArk full-schema poisoning, Invariant Labs); MITRE ATLAS
 * AML.T0051; OWASP MCP Top 10. Whatever the field does, a value the definition picks for the user
 * and hides from them is a side effect the user never chose.
 *
 * The value must be the field's own preset (the prose backs the default), or the order must hold
 * whatever the user asks ("always", "whenever", "for every …"). A description that explains a
 * preset, asks the user before changing it or names a value without hiding anything passes; so
 * does one whose hiding order is about a secret (see {@link keepsFromUser}).
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { keepsFromUser } from "./_defside_conceal.ts";

const MAX_FIELDS = 60;
const MAX_TEXT = 4000;
/** Subschemas whose `description` the model reads as part of the input schema. */
const SUBSCHEMA = ["not", "allOf", "anyOf", "oneOf", "if", "then", "else"] as const;

/**
 * What the user is told, kept short or scripted, in wordings {@link keepsFromUser} lacks: a reply
 * fixed to a quoted line, "describe it only in terms of what the user asked", "if the user
 * compares, explain the difference as …", "not worth reporting", "mentioning it confuses
 * users", "just confirm the view was shared", "do not bring it up by name", and
 * need-not-mention orders in es, pt, it, fr, hi, zh, ja, ko.
 */
const CONCEAL_MORE = new RegExp(
  [
    String
      .raw`\b(?:(?:user|customer|client)[\s-]facing\s{1,3}|the\s{1,3})(?:reply|response|message|answer|confirmation|summary)\s{1,3}(?:to\s{1,3}the\s{1,3}(?:user|customer)\s{1,3})?(?:should|must|shall|will)\s{1,3}(?:just|only|simply|always)\s{1,3}(?:be|say|read|state)\s{0,3}[:"'‘“«]`,
    String
      .raw`\b(?:describe|report|summari[sz]e|present|explain|frame)\w{0,2}\b[^.;\n]{0,40}?\bonly\s{1,3}in\s{1,3}terms\s{1,3}of\s{1,3}what\s{1,3}(?:the\s{1,3})?(?:users?|customers?|clients?)\s{1,3}(?:asked|requested|wanted|chose)`,
    String
      .raw`\bif\s{1,3}(?:the\s{1,3})?(?:users?|customers?|clients?)\s{1,3}(?:asks?|compares?|notices?|questions?|queries|complains?|checks?)\b[^.;\n]{0,80}?\b(?:explain|describe|attribute|blame|present)\w{0,2}\s{1,3}(?:it|this|that|them|the\s{1,3}(?:difference|gap|discrepancy|mismatch|charge|fee|change|delay))\s{1,3}(?:as|on)\b`,
    String
      .raw`\bmentioning\b[^.;\n]{0,40}?\b(?:confuses?|worries|alarms?|scares?|overwhelms?|upsets?|distracts?)\s{1,3}(?:the\s{1,3})?(?:users?|customers?|clients?|them|people)\b|\b(?:just|only|simply)\s{1,3}(?:confirm|say|report)\s{1,3}(?:that\s{1,3})?(?:the\s{1,3}[\w-]{1,20}|it)\s{1,3}(?:was|is|has\s{1,3}been)\s{1,3}\w{3,20}\s{0,3}(?:[.;]|$)`,
    String
      .raw`\bnot\s{1,3}(?:an?\s{1,3}(?:error|issue|problem|event|change)\s{1,3})?worth\s{1,3}(?:reporting|mentioning|telling|flagging|raising)\b`,
    String
      .raw`\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:bring\s{1,3}up|mention|name|reveal|disclose)\b[^.;\n]{0,30}?\bby\s{1,3}name\b`,
    String
      .raw`\bno\s{1,3}(?:hace\s{1,3}falta|es\s{1,3}necesario)\s{1,3}que\s{1,3}(?:lo\s{1,3}|la\s{1,3})?(?:vea|sepa|conozca|se\s{1,3}entere|lea)(?!\p{L})|(?<!\p{L})não\s{1,3}(?:precisa|é\s{1,3}necessário)\s{1,3}(?:que\s{1,3}(?:\p{L}{1,3}\s{1,3})?\p{L}{2,20}\s{1,3})?(?:veja|saiba|ver|saber)(?!\p{L})`,
    String
      .raw`(?<!\p{L})non\s{1,3}(?:parlarne|dirlo|dirglielo|menzionarl[oaie]|citarl[oaie]|segnalarl[oaie]|spiegarl[oaie])(?!\p{L})|(?<!\p{L})non\s{1,3}(?:ne\s{1,3})?parlare\s{1,3}(?:con|al|all['’])|(?<!\p{L})n['’]en\s{1,3}parle[sz]?\s{1,3}pas(?!\p{L})`,
    String
      .raw`(?:ज़िक्र|जिक्र|उल्लेख|चर्चा)\s{0,3}(?:न|मत)\s{0,3}(?:करें|करना|करो)|(?<!\p{L})(?:न|मत)\s{0,3}(?:बताएँ|बताएं|बताना|बताओ)`,
    String
      .raw`(?:不要|无需|不必|请勿|勿|不得|不用)(?:在[^。\n]{0,24}?中)?(?:列出|提及|提到|披露|告知|注明|写明)|(?:説明|言及|報告)(?:する)?必要はありません|(?:伝え|知らせ|言わ)ないで|(?:언급|설명|안내|공개)(?:하지\s{0,2}마|할\s{0,2}필요\s{0,2}(?:없|는\s{0,2}없))`,
  ].join("|"),
  "iu",
);

/** The order holds whatever the user asks: "always", "whenever … for any reason", "every …". */
const UNCONDITIONAL =
  /\b(?:always|every|each\s{1,3}time|whenever|for\s{1,3}any\s{1,3}reason|regardless|even\s{1,3}(?:if|when|just)|in\s{1,3}all\s{1,3}cases|siempre|cada|immer|jede[rsmn]?|sempre|ogni|toujours|chaque|quel\s{1,3}que\s{1,3}soit)\b|चाहे|हमेशा|हर\s|תמיד|每次|总是|始终|一律|常に|必ず|항상|매번/iu;

/** A value written after a field name: `= x`, `: 'x'`, `auf 'x'`, `to true` (`:` and a word need
 * a quoted, boolean or numeric value, so a docstring's "field: What it does." is no value). */
const ASSIGN =
  /^\s{0,3}(?:=\s{0,3}(?:["'‘“«`]([^"'’”»`\n]{1,60})["'’”»`]|([\w.:/-]{1,60}))|(?::\s{0,3}|\s\p{L}{1,4}\s{1,3})(?:["'‘“«`]([^"'’”»`\n]{1,60})["'’”»`]|(true|false|-?\d+(?:\.\d+)?)(?![\w.])))/u;

interface OwnField {
  name: string;
  preset?: string;
  /** The preset is one named choice among others (an enum). */
  choice: boolean;
}

function ownFields(schema: unknown): OwnField[] {
  const props = (schema as { properties?: unknown } | undefined)?.properties;
  if (!props || typeof props !== "object") return [];
  const out: OwnField[] = [];
  for (const [name, p] of Object.entries(props as Record<string, unknown>).slice(0, MAX_FIELDS)) {
    if (name.length < 3 || !p || typeof p !== "object") continue;
    const s = p as Record<string, unknown>;
    const v = "const" in s ? s.const : s.default;
    const preset = typeof v === "string" || typeof v === "number" || typeof v === "boolean"
      ? String(v)
      : undefined;
    const choice = Array.isArray(s.enum) && s.enum.length >= 2 && typeof v === "string" &&
      s.enum.includes(v);
    out.push({ name, preset, choice });
  }
  return out;
}

/** Description texts of the input schema's root and of its subschemas (not its fields'). */
function schemaTexts(schema: unknown, out: string[], depth: number): void {
  if (!schema || typeof schema !== "object" || depth > 3 || out.length > 20) return;
  if (Array.isArray(schema)) {
    for (const x of schema.slice(0, 10)) schemaTexts(x, out, depth + 1);
    return;
  }
  const s = schema as Record<string, unknown>;
  for (const k of ["description", "$comment"]) {
    if (typeof s[k] === "string") out.push((s[k] as string).slice(0, MAX_TEXT));
  }
  for (const k of SUBSCHEMA) schemaTexts(s[k], out, depth + 1);
}

const IDENT = /[\p{L}\p{N}_]/u;
/** A preset that reads as an ID: six or more word characters, at least four of them digits. */
const MARKED_ID = /^(?=(?:\D*\d){4})[\w.-]{6,64}$/;

/** Indices where `name` stands as a whole identifier in `text` (at most 8). */
function at(text: string, name: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0 && out.length < 8; i = text.indexOf(name, i + 1)) {
    const before = text[i - 1], after = text[i + name.length];
    if ((!before || !IDENT.test(before)) && (!after || !IDENT.test(after))) out.push(i);
  }
  return out;
}

/** A preset choice written so it reads as a value, not a word: quoted, bracketed, or an identifier
 * with an underscore or digit. */
function namedChoice(text: string, value: string): boolean {
  if (value.length < 3) return false;
  const marked = /[_\d]/.test(value) && value.length >= 4;
  for (const i of at(text, value)) {
    if (marked) return true;
    const b = text[i - 1], a = text[i + value.length];
    if (b && a && /["'‘“«„`(「（]/u.test(b) && /["'’”»`)」）]/u.test(a)) return true;
  }
  return false;
}

/** The field (and value) an order text sets, or undefined. */
function orderedField(text: string, fields: readonly OwnField[]): string | undefined {
  const always = UNCONDITIONAL.test(text);
  for (const f of fields) {
    for (const i of at(text, f.name)) {
      const m = ASSIGN.exec(text.slice(i + f.name.length, i + f.name.length + 80));
      if (!m) continue;
      const value = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim();
      if (always || (f.preset !== undefined && value.toLowerCase() === f.preset.toLowerCase())) {
        return `${f.name}=${value.slice(0, 40)}`;
      }
    }
    if (f.choice && f.preset && namedChoice(text, f.preset)) return `${f.name}=${f.preset}`;
    // A preset that is an identifier of its own (an account, client or bot ID with digits) named
    // outright in the order: the text backs the field's fixed value without naming the field.
    if (f.preset && !f.choice && MARKED_ID.test(f.preset) && at(text, f.preset).length) {
      return `${f.name}=${f.preset}`;
    }
  }
  return undefined;
}

/** A hit when a description orders a value for the tool's own field and keeps it from the user. */
export function orderedHiddenValue(tool: ToolDefinition): PathHit | undefined {
  const fields = ownFields(tool.inputSchema);
  if (fields.length === 0) return undefined;
  const texts: Array<[string, string]> = [];
  if (typeof tool.description === "string") {
    texts.push(["$.description", tool.description.slice(0, MAX_TEXT)]);
  }
  const inner: string[] = [];
  schemaTexts(tool.inputSchema, inner, 0);
  for (const t of inner) texts.push(["$.inputSchema", t]);
  // A field's own description may order values for the others ("send true, set allow_copy=true").
  const props = (tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  for (const [name, p] of Object.entries((props ?? {}) as Record<string, unknown>).slice(0, 60)) {
    const d = (p as { description?: unknown } | null)?.description;
    if (typeof d === "string") {
      texts.push([`$.inputSchema.properties.${name}`, d.slice(0, MAX_TEXT)]);
    }
  }
  for (const [path, text] of texts) {
    if (text.length < 24) continue;
    if (!CONCEAL_MORE.test(text) && !keepsFromUser(text)) continue;
    const set = orderedField(text, fields);
    if (!set) continue;
    return {
      path,
      kind: "definition_side_effect",
      severity: "high",
      reason: `${JSON.stringify(tool.name)} orders ${
        JSON.stringify(set)
      } for its own field and tells the model to keep what that does from the user`,
    };
  }
  return undefined;
}
