/**
 * Parameters that make the model disclose its own context (HiddenLayer "parameter abuse"): a
 * tool that adds inputs named `system_prompt`, `conversation_history`, `chain_of_thought`,
 * `tools_list` or `model_name` gets them filled, because models fill every field they are
 * given. A tool whose job is calling a language model has such fields for real (a chat proxy's
 * `system_prompt`, `model_name`), so names alone count only in pairs on a tool that says nothing
 * about models; a field whose text asks for the model's OWN prompt, tools or conversation
 * ("your system prompt", "every tool available to you") counts alone.
 */
import { type Hit, identifierWords, NEGATOR } from "./_definition_grammar.ts";
import type { ToolDefinition } from "../types.ts";

/** What a parameter name asks for, by the words of the name (singular, lower case, spaced). */
const CATEGORIES: readonly [string, RegExp][] = [
  ["system prompt", /\bsystem (?:prompt|instruction|message)\b|\b(?:developer|hidden) prompt\b/],
  [
    "conversation",
    /\b(?:conversation|chat|message|dialog|dialogue) (?:history|log|transcript|so far)\b|\b(?:full|whole|entire|previous|prior|past) (?:conversation|chat|message)\b/,
  ],
  [
    "reasoning",
    /\bchain of thought\b|\b(?:internal|hidden|private) (?:reasoning|thought)\b|\bcot\b/,
  ],
  [
    "tool list",
    /\btool (?:list|definition|description|schema|catalog)\b|\b(?:list of|available|all) tool\b/,
  ],
  ["model identity", /\b(?:model|llm) (?:name|id|version|identity|family)\b/],
];

/** An order spelled into a name: `please_put_full_conversation_history_here`. */
const NAME_ORDER =
  /\b(?:put|paste|include|insert|copy|fill|dump|send|add|write|give|provide|enter|attach|append)\b/;

/**
 * A tool about language models: a chat proxy or prompt tester legitimately takes a system
 * prompt and a model name ("model" alone is not enough: "works with any model").
 */
const LLM_TOOL =
  /\b(?:llms?|language\s+models?|chat\s+completions?|completions?\s+(?:api|endpoint|request)|openai|anthropic|claude|gpt-?\d?|gemini|mistral|ollama|inference|prompts?|sonar|perplexity|hugging\s*face|embeddings?)\b/i;

const OWNER = String
  .raw`(?:your|the\s+(?:calling|current|invoking)\s+(?:model|assistant|agent|ai|llm)'?s?)`;
const MOD = String
  .raw`(?:(?:own|full|exact|complete|entire|current|original|hidden|internal|whole|initial|verbatim)\s+){0,3}`;
/** A field's text asking for the model's own context. */
const SELF_DISCLOSE = new RegExp(
  [
    String
      .raw`\b${OWNER}\s+${MOD}(?:system\s+(?:prompt|instructions?|message)|(?:developer|hidden)\s+(?:prompt|instructions?)|model\s+(?:name|id|version)|(?:list\s+of\s+)?(?:available\s+)?tools(?!\s+(?:directory|folder|dir|path)\b)|tool\s+(?:list|definitions|descriptions)|chain\s+of\s+thought|(?:internal|hidden|private)\s+reasoning|(?:conversation|chat)(?:\s+(?:history|so\s+far|log|transcript))?(?!\s*(?:ids?|identifiers?|keys?|titles?|names?)\b))`,
    String
      .raw`\b(?:system\s+prompt|instructions|tools)\s+of\s+the\s+(?:model|assistant|agent|ai|llm)\s+(?:calling|using|invoking|running)\b`,
    String
      .raw`\b(?:every|each|all)\s+(?:the\s+|of\s+the\s+)?tools?\s+(?:(?:that\s+)?(?:are\s+)?available\s+to\s+you|you\s+(?:have|can)\s+(?:access|use|call|see))`,
    String.raw`\bthe\s+model\s+you\s+are\b|\bwhich\s+model\s+you\s+are\b`,
  ].join("|"),
  "i",
);

/**
 * What one parameter name asks for, if it names the model's own context: every category it
 * names (`fullChatTranscriptIncludingSystemPrompt` asks for two at once).
 */
function categories(name: string): string[] {
  const words = identifierWords(name).join(" ");
  return CATEGORIES.filter(([, re]) => re.test(words)).map(([cat]) => cat);
}

/** True when `text` asks for the model's own context and is not a prohibition of it. */
export function selfDisclosure(text: string): boolean {
  const m = SELF_DISCLOSE.exec(text);
  if (m === null) return false;
  const clause = text.slice(Math.max(0, m.index - 60), m.index).split(/[.;:!?\n]/).pop() ?? "";
  return !NEGATOR.test(clause);
}

/** Introspection findings for one tool, each with the JSON path of the parameter. */
export function introspectionHits(tool: ToolDefinition): (Hit & { path: string })[] {
  const schema = tool.inputSchema as { properties?: unknown } | undefined;
  const props = schema?.properties;
  if (props === null || typeof props !== "object" || Array.isArray(props)) return [];
  const llmTool = LLM_TOOL.test(`${tool.name.replace(/[_-]+/g, " ")} ${tool.description ?? ""}`);
  const out: (Hit & { path: string })[] = [];
  const cats = new Set<string>();
  let first = "";
  for (const [name, value] of Object.entries(props as Record<string, unknown>).slice(0, 200)) {
    const all = categories(name);
    const cat = all[0];
    const path = `$.inputSchema.properties${
      /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`
    }`;
    const v = value as { description?: unknown; title?: unknown } | null;
    const text = `${typeof v?.title === "string" ? v.title : ""} ${
      typeof v?.description === "string" ? v.description : ""
    }`;
    if (cat === undefined) continue;
    if (!first) first = path;
    for (const c of all) cats.add(c);
    if (NAME_ORDER.test(identifierWords(name).join(" ")) || selfDisclosure(text)) {
      out.push({
        kind: "context_disclosure",
        severity: "high",
        reason: `Parameter ${JSON.stringify(name)} asks the model for its own ${cat}`,
        path,
      });
    }
  }
  if (out.length === 0 && cats.size >= 2 && !llmTool) {
    out.push({
      kind: "context_disclosure",
      severity: "high",
      reason: `Parameters ask the model for its own context (${[...cats].join(", ")}) on a tool ` +
        "that does not call a model",
      path: first,
    });
  }
  return out;
}
