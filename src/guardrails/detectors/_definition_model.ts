/**
 * A learned reading of a whole tool definition: the same hashed-word logistic regression as the
 * injection model (`_learned.ts`), trained offline by `scripts/dev/train_definition_model.ts` on
 * the project's poisoned and benign tool definitions (plus the injection attacks found in tool
 * results, as more examples of orders aimed at a model, and real documentation as benign prose),
 * and shipped as `_definition_model_weights.ts`.
 *
 * The definition grammars read techniques; held-out rounds keep finding poisonings no rule has a
 * phrase for (a "compliance" note that the evidence field carries the browser's cookie header). A
 * bag of words sees what such definitions share with known ones. It blocks on its own only above
 * {@link DEFINITION_BLOCK_LOGIT}, chosen on held-out rounds (see the constant).
 */
import type { ToolDefinition } from "../types.ts";
import { LearnedModel, windowedLogit } from "./_learned.ts";
import { withoutMentions } from "./injection.ts";
import { MODEL_BIAS, MODEL_SCALE, MODEL_WEIGHTS_B64 } from "./_definition_model_weights.ts";
import { DEFINITION_BLOCK_LOGIT } from "./_learned_levels.ts";
export { DEFINITION_BLOCK_LOGIT };

/**
 * Definitions with less prose than this (characters of the lines that hold two words or more:
 * names, keys, URLs and enum values do not count) are not read by the model. In a sentence or two
 * ("Reads settings from ~/.config/app.toml") one loaded word weighs too much; so little text is
 * left to the rules.
 */
export const DEFINITION_MIN_PROSE = 100;
/** Characters read as one window; a longer definition is read in half-overlapping windows. */
export const DEFINITION_WINDOW = 2400;
/** Windows read at most (the rest of an enormous definition is left to the size checks). */
const MAX_WINDOWS = 32;
/** Text kept from one definition (enough for every window). */
const MAX_TEXT = (MAX_WINDOWS + 1) * (DEFINITION_WINDOW / 2);
const MAX_DEPTH = 32;
/** Schema keywords whose string values are machinery, not prose. */
const MACHINERY = new Set(["type", "format", "$schema", "$ref", "$id", "pattern"]);

/**
 * The words of a definition as the model reads them, one string per line: name, title,
 * description, then every string of the input/output schemas (property names, descriptions,
 * titles, enums, defaults, examples) and annotations, schema machinery (`type`, `format`, …) left
 * out.
 */
export function definitionText(
  tool: Pick<
    ToolDefinition,
    "name" | "title" | "description" | "inputSchema" | "outputSchema" | "annotations"
  >,
): string {
  const out: string[] = [];
  let size = 0;
  const push = (s: string): void => {
    if (size >= MAX_TEXT) return;
    out.push(s);
    size += s.length + 1;
  };
  const walk = (v: unknown, key: string, depth: number): void => {
    if (size >= MAX_TEXT || depth > MAX_DEPTH) return;
    if (typeof v === "string") {
      if (!MACHINERY.has(key)) push(v);
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x, key, depth + 1);
    } else if (v !== null && typeof v === "object") {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (key === "properties") push(k);
        walk(x, k, depth + 1);
      }
    }
  };
  push(tool.name);
  for (const k of ["title", "description", "inputSchema", "outputSchema", "annotations"] as const) {
    walk(tool[k], k, 0);
  }
  return out.join("\n").slice(0, MAX_TEXT);
}

const MODEL = new LearnedModel({ bias: MODEL_BIAS, scale: MODEL_SCALE, b64: MODEL_WEIGHTS_B64 });

/** Characters of `text`'s prose: its lines of two words or more, runs of white space as one. */
export function proseChars(text: string): number {
  let n = 0;
  for (const line of text.split("\n")) {
    if (TWO_WORDS.test(line)) n += line.trim().replace(/\s+/g, " ").length;
  }
  return n;
}
const TWO_WORDS = /\S\s+\S/;

/**
 * The model's logit for a text as one definition reads (0 or below: ordinary); minus infinity for a
 * text with less prose than {@link DEFINITION_MIN_PROSE}.
 */
export function definitionTextLogit(text: string): number {
  if (proseChars(text) < DEFINITION_MIN_PROSE) return Number.NEGATIVE_INFINITY;
  return rawLogit(text);
}

/** The model's logit for any text, however short (to say which part of a definition reads worst). */
export function rawLogit(text: string): number {
  return windowedLogit((w) => MODEL.logit(w), text, DEFINITION_WINDOW, MAX_WINDOWS);
}

/** The model's logit for a tool definition. */
export function definitionLogit(tool: Parameters<typeof definitionText>[0]): number {
  return definitionTextLogit(definitionText(tool));
}

/**
 * A clause that negates or excludes what follows ("Excludes .env and private keys from the
 * archive", "never reads ~/.ssh", "nunca pidas el CVC"): the bag of words has no sense of negation
 * and reads the clause's loaded words as if affirmed. A negated reluctance ("don't forget to
 * include …", "never fail to send …") is an order and stays. Clause-initial negations of the
 * languages the model has most text in (English, Spanish, Portuguese, French, German, Italian,
 * Dutch, Polish).
 */
const NEGATED_CLAUSE =
  /(^|[.;:!?\n]\s*|,\s+)((?:it\s+|this\s+(?:tool|option|field)\s+)?(?:never|not|no|nor|don't|doesn't|does\s+not|do\s+not|cannot|can't|won't|will\s+not|excludes?|excluding|except|without|omits?|skips?|nunca|jam[aá]s|sin|n[aã]o|nem|sem|ne|jamais|sans|nie|niemals|nicht|kein\w*|ohne|mai|non|senza|niet|nooit|zonder|nigdy|bez)\b(?!\s+(?:ever\s+)?(?:forget|fail|omit|neglect|hesitate|skip|miss)\b)(?:[^.;:!?\n]|\.(?![\s"')\]]|$)){0,400})/gi;

/** `text` with its negated and excluding clauses blanked (see {@link NEGATED_CLAUSE}). */
export function withoutNegated(text: string): string {
  return text.replace(
    NEGATED_CLAUSE,
    (_, lead: string, clause: string) => lead + " ".repeat(clause.length),
  );
}

/** A sentence that steers between tools ("prefer this tool over …", "use it instead of …"). */
const ROUTING =
  /\b(?:prefer\w*|instead\s+of|rather\s+than|over|in\s+place\s+of|in\s+favou?r\s+of)\b/i;
/** A tool name as written in prose: snake_case, kebab-case or camelCase. */
const TOOL_NAME = /\b[A-Za-z][a-z0-9]*(?:[_-][A-Za-z0-9]+)+\b|\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/g;

/**
 * `text` with its routing sentences blanked where every tool they name is none of another server's
 * (`others`): steering between a server's own tools ("always prefer this tool over
 * 'suggest_commands' when the command is known") is guidance, which the rules let pass; the model
 * only knows the words of preference manipulation.
 */
export function withoutOwnRouting(text: string, others: ReadonlySet<string>): string {
  return text.replace(/[^.!?\n]+/g, (sentence) => {
    if (!ROUTING.test(sentence)) return sentence;
    const names = sentence.match(TOOL_NAME);
    if (names === null || names.some((n) => others.has(n.toLowerCase()))) return sentence;
    return " ".repeat(sentence.length);
  });
}

/**
 * A label addressing the model ("Note for the assistant:", "AI agents -", "Nota para el
 * asistente:"): attacks open with it, but so do honest usage notes ("… amounts are in cents"). The
 * act that follows is what makes a poisoning; the label alone must not.
 */
const ADDRESS_LABEL =
  /\b(?:(?:(?:an?|one|important|usage|quick|short|a\s+quick)\s+)?(?:note|notes|tip|tips|hint|hints|reminder|instructions?|guidance|message)\s+(?:for|to)\s+(?:the\s+|any\s+|all\s+|an?\s+)?(?:ai|assistants?|models?|llms?|agents?|bots?|copilots?|claude|gpt)|(?:dear\s+)?(?:ai|assistants?|models?|llms?|agents?)|nota\s+para\s+(?:el|la|los)\s+(?:asistente|modelo|agente)s?|note\s+pour\s+(?:l['’]|le\s+|les\s+)(?:assistant|modèle|agent)s?|hinweis\s+für\s+(?:den|das|die)\s+(?:assistenten|modell|agenten)|nota\s+para\s+o\s+(?:assistente|modelo|agente)|nota\s+per\s+l['’](?:assistente|agente))\s{0,3}[:,\-–—]/gi;

/** `text` with its labels addressing the model blanked (see {@link ADDRESS_LABEL}). */
export function withoutAddressLabels(text: string): string {
  return text.replace(ADDRESS_LABEL, (m) => " ".repeat(m.length));
}

/**
 * A definition's text as the model re-reads it before blocking: without the quoted phrases it only
 * mentions (a scanner's description citing an attack is not one), its negated clauses, its
 * steering between the server's own tools and its labels addressing the model.
 */
export function plainDefinitionText(text: string, others: ReadonlySet<string>): string {
  return withoutAddressLabels(withoutOwnRouting(withoutNegated(withoutMentions(text)), others));
}
