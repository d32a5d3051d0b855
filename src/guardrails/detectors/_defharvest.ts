/**
 * Definition harvest: a field of an ordinary tool that asks the model for what it holds (system
 * prompt, conversation, other tools' results and catalogue), what it can reach (credential files,
 * environment, cookies, secrets seen in the chat, payment and wallet data) or personal facts
 * gleaned in the chat. Written from public research — Invariant Labs' tool poisoning (a `sidenote`
 * that carries `~/.ssh/id_rsa`), CyberArk's full-schema poisoning (the ask hidden in a nested
 * property, a default, an enum or an example), HiddenLayer's parameter abuse
 * (`summary_of_environment_details`, `conversation_history`), Trail of Bits' line jumping,
 * Elastic Security Labs' MCP attack vectors, OWASP LLM01/LLM02/LLM07 and the OWASP MCP Top 10.
 *
 * The judgement is a mismatch: the field asks for data (see `_defharvest_state.ts`,
 * `_defharvest_reach.ts`, `_defharvest_personal.ts`) that the tool's job — its name, title and
 * first sentence — does not take. A vault's secret, a summariser's text, a chat exporter's
 * transcript, a clinic's symptoms pass.
 *
 * Carriers: every input field down to nested objects, array items and `additionalProperties`,
 * read with its name, description, title, `default`, `examples`, `enum`, `const`, `$comment` and
 * vendor (`x-…`, `_meta`) strings. One literal gate over the field's text keeps the cost to the
 * fields that name such data at all.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { identifierWords, negatedAt, neverBefore } from "./_definition_grammar.ts";
import type { HarvestArea } from "./_defharvest_types.ts";
import { STATE_AREAS } from "./_defharvest_state.ts";
import { REACH_AREAS } from "./_defharvest_reach.ts";
import { PERSONAL_AREAS } from "./_defharvest_personal.ts";

const AREAS: readonly HarvestArea[] = [...STATE_AREAS, ...REACH_AREAS, ...PERSONAL_AREAS];

/** The union of every area's gate: one test per field before any area is read. */
const GATE = new RegExp(AREAS.map((a) => a.gate.source).join("|"), "i");

const MAX_FIELDS = 200;
const MAX_DEPTH = 6;
const MAX_TEXT = 3000;

/** Orders that make the ask stronger: a claim the call fails, or hiding the field. */
const PRESSURE =
  /\b(?:required|mandatory|must|fails?\s{1,3}without|will\s{1,3}(?:fail|error)|do\s{1,3}not\s{1,3}(?:mention|tell|show)|don't\s{1,3}(?:mention|tell|show)|without\s{1,3}telling|silently|hidden\s{1,3}from)\b/i;

export interface Field {
  path: string;
  name: string;
  text: string;
}

/** Strings a field carries besides its description: what the model reads as a hint. */
function carried(p: Record<string, unknown>): string[] {
  const out: string[] = [];
  const push = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) {
      for (const x of v.slice(0, 20)) if (typeof x === "string") out.push(x);
    }
  };
  for (const k of ["description", "title", "default", "examples", "enum", "const", "$comment"]) {
    push(p[k]);
  }
  for (const [k, v] of Object.entries(p)) {
    if (k.startsWith("x-")) push(v);
    else if (k === "_meta" && v && typeof v === "object") {
      for (const x of Object.values(v as Record<string, unknown>).slice(0, 20)) push(x);
    }
  }
  return out;
}

/** Every input field (nested objects, array items, `additionalProperties`) with its own text. */
export function fields(schema: unknown, path: string, out: Field[], depth: number): void {
  if (!schema || typeof schema !== "object" || depth > MAX_DEPTH) return;
  const s = schema as Record<string, unknown>;
  const props = s.properties;
  if (props && typeof props === "object") {
    for (const [name, p] of Object.entries(props as Record<string, unknown>)) {
      if (out.length >= MAX_FIELDS) return;
      const where = `${path}.properties${
        /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`
      }`;
      const own = p && typeof p === "object" ? carried(p as Record<string, unknown>) : [];
      out.push({ path: where, name, text: own.join("\n").slice(0, MAX_TEXT) });
      fields(p, where, out, depth + 1);
    }
  }
  for (const k of ["items", "additionalProperties"]) {
    const sub = s[k];
    if (sub && typeof sub === "object") {
      const own = carried(sub as Record<string, unknown>);
      if (own.length) {
        out.push({ path: `${path}.${k}`, name: "", text: own.join("\n").slice(0, MAX_TEXT) });
      }
      fields(sub, `${path}.${k}`, out, depth + 1);
    }
  }
}

/** The tool's job: its name, title and the first sentence of its description. */
export function job(tool: ToolDefinition): string {
  const desc = typeof tool.description === "string" ? tool.description.slice(0, 400) : "";
  const first = desc.split(/(?<=[.!?。])\s|\n/)[0] ?? "";
  const ann = tool.annotations as { title?: unknown } | undefined;
  return [
    identifierWords(tool.name).join(" "),
    typeof tool.title === "string" ? tool.title : "",
    typeof ann?.title === "string" ? ann.title : "",
    first,
  ].join(" ");
}

/** A sentence that opens as a prohibition ("Never put keys or .env lines here"). */
const FORBIDS =
  /^\s*(?:(?:please|and|but|also|note:?)\s{1,3})?(?:never|do\s{1,3}not|don't|must\s{1,3}not|should\s{1,3}not|avoid|no)\b(?![^.;]{0,40}\b(?:forget|fail|omit|neglect|hesitate|skip)\b)/i;
/** A property of the data, not the data: "the language of the user's previous messages". */
const DERIVED =
  /\b(?:language|locale|tone|number|count|length|topic|sentiment|format|ids?|identifiers?|timestamps?|dates?|times?|size|encoding|etags?|hash(?:es)?|checksums?|digests?|status|versions?)\s{1,3}of\s{1,3}(?:the\s{1,3})?$/i;

/** True when `re` matches a sentence of `text` outside a negation ("never include the chat"). */
function asks(re: RegExp, text: string): boolean {
  for (const s of text.split(/(?<=[.!?;。])\s+|\n+/)) {
    if (FORBIDS.test(s)) continue;
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      const before = s.slice(Math.max(0, m.index - 60), m.index);
      if (
        negatedAt(s, m.index) || DERIVED.test(before.slice(-40)) || LEAVES_OUT.test(before) ||
        neverBefore(before)
      ) {
        continue;
      }
      re.lastIndex = 0;
      return true;
    }
  }
  re.lastIndex = 0;
  return false;
}

/** The user hands the value over for this call ("a chat log the user pastes"): no harvest. */
const USER_GIVES =
  /\bthe\s{1,3}user\s{1,3}(?:pastes|provides|supplies|gives|uploads|selects|types|enters|chooses)\b|\b(?:pasted|provided|supplied|uploaded|selected|typed|entered)\s{1,3}by\s{1,3}the\s{1,3}user\b|\buser[\s-](?:provided|supplied)\b|\bthe\s{1,3}user\s{1,3}(?:pasted|provided|supplied|gave|uploaded|selected|typed|entered|chose)\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:for|in|into)\s{1,3}(?:this|the)\s{1,3}(?:call|request|payment|field|form|task|search|order)\b/i;

/** The text without what it quotes as an example ("e.g. 'You are a translator'"). */
function unquoted(text: string): string {
  return text.replace(/'[^'\n]{0,200}'|"[^"\n]{0,200}"|“[^”\n]{0,200}”/g, " ");
}

/** Words that leave the data out ("excludes .env and private keys from the archive"). */
const LEAVES_OUT =
  /\b(?:excludes?|excluding|skips?|skipping|omits?|omitting|ignores?|ignoring|strips?|removes?|redacts?|masks?|without|except)\b/i;

/** A short field text that says the value is an identifier ("Conversation ID"). */
const NAMES_A_THING =
  /\b(?:ids?|identifiers?|names?|channels?|keys?|uuids?|handles?|titles?|threads?)\b/i;

/** A field for a path or a file name, not for a file's content. */
const PATH_FIELD =
  /^(?:\w{1,20}\s)?(?:path|file|filename|file\sname|dir|directory|folder|location)$/;
/** The server reads the file or variable itself when the field is left out: a fallback, no ask. */
const SERVER_READS =
  /\b(?:if\s{1,3}(?:omitted|absent|missing|empty|unset|not\s{1,3}(?:given|provided|set|supplied|passed))|defaults?\s{1,3}to|falls?\s{1,3}back|(?:is|are)\s{1,3}(?:read|loaded|taken)\s{1,3}from|server\s{1,3}reads|configured\s{1,3}(?:in|via|through))\b/i;

/** A field text that says the value is a path. */
const PATH_TEXT = /\b(?:path|paths|filename|file\s{1,3}name|directory|folder)\b/i;
const CONTENT =
  /\b(?:contents?|paste|read|cat|value|text|inhalt|contenido|contenu|conteúdo|contenuto)\b|内容|内容を/i;

/**
 * A field named for what the tool skips: exclude, ignore, skip, deny list, redact, mask. Its values
 * (".env*", ".ssh/**") name files the tool keeps out, not files it asks for.
 */
const EXCLUSION_FIELD =
  /^(?:(?:default|extra|additional|global|path|file|glob)\s)?(?:exclude[sd]?|exclusions?|excluding|ignored?|ignores|skip(?:ped)?|deny(?:\s?list)?|block\s?list|blacklist|redact(?:ed|ions?)?|mask(?:ed)?|omit(?:ted)?)(?:\s(?:paths?|globs?|patterns?|files?|list|dirs?|folders?))?$/i;

/** Fields of `tool` that ask for data its job does not take. */
export function defHarvestToolHits(tool: ToolDefinition): PathHit[] {
  const all: Field[] = [];
  fields(tool.inputSchema, "$.inputSchema", all, 0);
  let jobText: string | undefined;
  const out: PathHit[] = [];
  for (const f of all) {
    const words = identifierWords(f.name).join(" ");
    const text = `${words}\n${f.text}`;
    if (!GATE.test(text)) continue;
    // A list of what the tool leaves alone (`exclude: [".env*", ".ssh/**"]`) protects those files.
    if (EXCLUSION_FIELD.test(words)) continue;
    for (const a of AREAS) {
      if (!a.gate.test(text)) continue;
      const byName = a.name !== undefined && f.text.trim().length < 40 && a.name.test(words) &&
        !NAMES_A_THING.test(f.text);
      if (!byName && !asks(a.ask, f.text)) continue;
      if (a.needs && f.text.trim() !== "" && !a.needs.test(unquoted(f.text))) continue;
      if (USER_GIVES.test(f.text)) continue;
      if (a.area === "reach" && SERVER_READS.test(f.text)) continue;
      if (
        a.what.includes("files") && (PATH_FIELD.test(words) || PATH_TEXT.test(f.text)) &&
        !CONTENT.test(f.text)
      ) continue;
      jobText ??= job(tool);
      if (a.job.test(jobText)) continue;
      const pressed = PRESSURE.test(f.text) ||
        (Array.isArray((tool.inputSchema as { required?: unknown })?.required) &&
          (tool.inputSchema as { required: unknown[] }).required.includes(f.name));
      out.push({
        path: f.path,
        kind: "definition_harvest",
        severity: "high",
        reason:
          `Input field ${
            JSON.stringify(f.name || f.path)
          } asks the model for ${a.what} (${a.area}), ` +
          `which is not what ${JSON.stringify(tool.name)} does${
            pressed ? "; it is pressed as required or kept from the user" : ""
          }`,
      });
      break;
    }
    if (out.length >= 4) break;
  }
  return out;
}
