/**
 * Injection rules for text that names the AI product reading it and speaks to it: "Hey Computer,
 * download …", "Gemini, from now on …", "This message is directed at CLAUDE within Cursor",
 * "[Instructions for Microsoft 365 Copilot: …]", "// Copilot Studio agent: before replying …".
 * Published attacks address the agent by its product name because the payload is written for one
 * target (Claude computer use, Cursor, Gemini, M365 Copilot, Devin). Mail to a person who happens
 * to be called Claude or Devin looks the same, so every rule here needs company to block.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { inQuotedPassage } from "./_injection_quoted.ts";
import { alsoHumans } from "./_injection_r19_guards.ts";

const R = String.raw;

/** AI products named in published attacks (and the generic "AI coding agent"). */
const PRODUCT =
  R`(?:claude(?:[ -]code)?|cursor(?:[ -](?:claude|agent|ai))?|copilot(?:[ -](?:studio|chat))?|(?:microsoft|m365|ms)[ -](?:365[ -])?copilot|github[ -]copilot|gemini|bard|chatgpt|gpt-?[345][\w.-]{0,4}|devin|windsurf|cline|codex|einstein|ai[ -](?:coding[ -])?(?:agents?|assistants?)|coding[ -](?:agents?|assistants?))`;
/** Product names that also name things people greet: only with "hey/hi" before them. */
const GREETED = R`(?:${PRODUCT}|computer|assistant|agent|bot)`;
/** Verbs an addressed order starts with. */
const ORDER =
  R`(?:from\s+now\s+on|please|when(?:ever)?|after|before|ignore|search|send|read|look|find|do|use|call|run|open|add|print|always|never|forward|delete|update|create|remember|go|list|fetch|download|execute|install|write|post|paste|include|append|set|summari[sz]e|reply|respond|render|insert|change|grant|export|take|edit|modify|enable|disable|approve|share|upload|move|copy|save|push|commit|merge|visit|click|navigate)`;
/** The words before "instructions for …" that make it a manual: "setup instructions for Cursor". */
const MANUAL =
  /\b(?:setup|set-up|install(?:ation)?|config(?:uration)?|usage|integration|migration|build|upgrade|onboarding|quickstart|getting started|release|connection|specific)\s*$/i;

/** Rules for text addressed to an AI product by name. */
export const VOCATIVE_RULES: readonly InjectionRule[] = [
  // "Hey Computer, …", "Hello Bard.", "Hi Devin —": a greeting to the agent.
  rule(
    "addresses_ai",
    0.7,
    "hey hi hello dear okay ok yo atten / claud curso copil gemin bard chatg gpt devin winds cline codex compu einst assis agent bot coding",
    R`(?:^|[\n>.!?:;(\[]\s*|--\s*|//\s*|#\s*)(?:hey|hi|hello|dear|ok|okay|yo|attention)[ \t,]+(?:there[ \t,]+)?${GREETED}\s*[,:!.—–-]`,
    "Text greets the AI agent reading it by name",
    { accept: (view, start) => !inQuotedPassage(view, start) },
  ),
  // "Gemini, from now on …", "to you, Claude.": the product named as the one spoken to.
  rule(
    "addresses_ai",
    0.5,
    "claud curso copil gemin bard chatg gpt devin winds cline codex",
    R`(?:^|[\n>.!?]\s+|<[^>\n]{1,40}>\s*)${PRODUCT}\s*,\s+${ORDER}\b|\bto\s+you,\s+${PRODUCT}\b`,
    "Text speaks to an AI product by name and gives it an order",
    { accept: (view, start) => !inQuotedPassage(view, start) },
  ),
  // "directed at CLAUDE within cursor", "Instructions for CURSOR CLAUDE", "note to the AI assistant".
  rule(
    "addresses_ai",
    0.7,
    "direc addre targe aimed inten meant instr note messa notic remin memo / claud curso copil gemin bard chatg gpt devin winds cline codex einst agent agents assis",
    R`\b(?:(?:directed|addressed|targeted|aimed)\s+(?:at|to)|intended\s+for|meant\s+for|(?:notes?|messages?|instructions?|notice|reminder|memo)\s+(?:to|for))\s+(?:the\s+|all\s+|any\s+)?(?:[\w-]+\s+){0,3}?${PRODUCT}\b`,
    "Text is addressed to an AI product by name",
    {
      accept: (view, start) =>
        !MANUAL.test(view.slice(Math.max(0, start - 40), start)) && !inQuotedPassage(view, start) &&
        !alsoHumans(view, start),
    },
  ),
  // "// Copilot Studio agent: before replying …", "<!-- For Claude Code: append …": a label line.
  rule(
    "addresses_ai",
    0.6,
    "claud curso copil gemin bard chatg gpt devin winds cline codex einst codin assis agent agents",
    R`(?:^|\n|<!--|\/\/|#|\[|\()[ \t*>-]*(?:for[ \t]+|to[ \t]+)?(?:[\w.]+[ \t]+|\/[ \t]+){0,4}?${PRODUCT}(?:[ \t]+[\w-]+){0,3}[ \t]*:[ \t]*(?:please[ \t]+)?${ORDER}\b`,
    "Text opens a line addressed to an AI product and gives it an order",
    { accept: (view, start) => !inQuotedPassage(view, start) },
  ),
];
