/**
 * Shared grammar for the tool-definition rules: sentence and clause splitting, negation, the
 * words of a tool's own name, and a builder for word-class regexes. The rules themselves
 * (`_definition_*.ts`) read as `VERB × OBJECT × DESTINATION` within one sentence.
 */
import type { Severity, ToolDefinition } from "../types.ts";

/** One rule hit, before it gets a detector id and a JSON path. */
export interface Hit {
  kind: string;
  severity: Severity;
  reason: string;
}

/** What every definition rule knows about the tool being scanned. */
export interface DefinitionContext {
  tool: ToolDefinition;
  /** Tools of the other servers in the same project. */
  others: readonly ToolDefinition[];
  /** Lower-case, singular words of the tool's name and title (`get_weather` → get, weather). */
  nameWords: ReadonlySet<string>;
}

/** A case-insensitive, global regex for a list of alternatives, anchored at a word start. */
export function wordClass(alternatives: readonly string[], tail = String.raw`\w*`): RegExp {
  return new RegExp(String.raw`(?<![\w~/.-])(?:${alternatives.join("|")})${tail}`, "gi");
}

/** Word splitting for identifiers and titles: separators, camelCase, lower case, singular. */
export function identifierWords(s: string): string[] {
  return s.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0).map(singular);
}

/** A crude singular: `files` → `file`, `passwords` → `password` (not `ss`, `us`, `is`). */
export function singular(w: string): string {
  return w.length > 3 && /[^su]s$/.test(w) ? w.slice(0, -1) : w;
}

/** The context for scanning `tool` against `others`. */
export function definitionContext(
  tool: ToolDefinition,
  others: readonly ToolDefinition[],
): DefinitionContext {
  const nameWords = new Set([
    ...identifierWords(tool.name),
    ...(typeof tool.title === "string" ? identifierWords(tool.title) : []),
  ]);
  return { tool, others, nameWords };
}

/** True when one of `words` (singular, lower case) is a word of the tool's name or title. */
export function nameSuggests(ctx: DefinitionContext, words: ReadonlySet<string>): boolean {
  for (const w of ctx.nameWords) if (words.has(w)) return true;
  return false;
}

/**
 * Sentences of a text: split after `.`, `!`, `?` or `;` followed by white space, and at line
 * breaks. Dots inside paths and hosts (`~/.ssh`, `evil.example`) do not split.
 */
export function sentences(text: string): readonly string[] {
  // Every grammar splits the same text in turn: remember the last split.
  if (text === lastText) return lastSentences;
  lastSentences = text.split(/(?<=[.!?;])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 2);
  lastText = text;
  return lastSentences;
}
let lastText: string | undefined;
let lastSentences: readonly string[] = [];

/**
 * "set `x` to …" as an order (a regex fragment): not the passive "is set to", not "Claims Set".
 */
export const SET_TO = String
  .raw`(?<!\b(?:is|are|was|were|be|been|being|gets?|got|not)\s)\bset\s+(?:\S+\s+){0,3}?to\b`;

/** Negation words (English) that turn an order into a prohibition. */
export const NEGATOR =
  /\b(?:not|never|no|nor|without|cannot|can't|won't|doesn't|don't|isn't|aren't|neither)\b/i;

/**
 * True when the word at `index` of `sentence` is negated: a negator among the three words
 * before it, in the same clause (a comma, colon or dash ends a clause).
 */
export function negatedAt(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 40), index);
  const clause = before.split(/[,:;()—–]|\s-\s/).pop() ?? "";
  const words = clause.trim().split(/\s+/).slice(-3).join(" ");
  // "Don't forget to include …", "never fail to send …": a negated reluctance is an order.
  if (FALSE_NEGATION.test(clause)) return false;
  if (NEGATOR.test(words)) return true;
  // A prohibition opens the clause ("Never include passwords or tokens shared in the chat"):
  // every verb after it, up to the clause's end, is forbidden too.
  // Bounded look-back keeps a long run-on sentence linear.
  const whole = sentence.slice(Math.max(0, index - 200), index).split(/[,:;()—–]|\s-\s/).pop() ??
    "";
  return PROHIBITION.test(whole);
}

const PROHIBITION =
  /^\s*(?:(?:please|and|but|also)\s+)?(?:never|do\s+not|don't|must\s+not|should\s+not|shall\s+not|avoid)\b/i;
/** A negator on a verb of reluctance: the clause is an order ("don't forget to …"). */
const FALSE_NEGATION =
  /\b(?:not|never|don't|do\s+not|doesn't|won't)\s+(?:ever\s+)?(?:forget|fail|omit|neglect|hesitate|skip|miss)\b[^.!?]{0,40}$/i;

/** Indices of the non-negated matches of `re` (a global regex) in `sentence`. */
export function positiveMatches(re: RegExp, sentence: string): number[] {
  re.lastIndex = 0;
  const out: number[] = [];
  for (const m of sentence.matchAll(re)) {
    if (!negatedAt(sentence, m.index)) out.push(m.index);
  }
  return out;
}

/** True when `re` (a global regex) matches `s` anywhere. */
export function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const r = re.test(s);
  re.lastIndex = 0;
  return r;
}

/** Escape a literal for use in a regex. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A "never" word shortly before a point, in the languages a payment or banking tool warns in
 * ("frage niemals nach PIN", "لن نطلب منك أبداً … OTP", "nunca pidas el CVV"): what follows is
 * named in a prohibition, not asked for. Only "never"-class words: a plain "not" in another
 * language ("не забудьте …") also opens orders. `before` is the text just before the point.
 */
export function neverBefore(before: string): boolean {
  const m = NEVER_BEFORE.exec(before.slice(-80));
  // "Never forget to ask for the PIN", "nunca olvides …": a negated reluctance is an order.
  return m !== null && !FORGET.test(m[0]);
}
const FORGET =
  /forget|fail|omit|skip|olvid|oubli|vergiss|vergess|esquec|dimentic|zapomn|unut|vergeet|glöm|glem|unoh|elfelejt|забу|نس|भूल|忘|잊/iu;
const NEVER_BEFORE =
  /(?<!\p{L})(?:niemals|nunca|jamais|jamás|(?:non|né)\s{1,3}(?:\p{L}{1,20}\s{1,3})?mai|nooit|aldrig|koskaan|soha|nigdy|asla|никогда|ніколи|أبدا|أبداً|कभी\s{1,3}(?:नहीं|न|मत)|절대|決して|绝不|從不|从不|永远不)(?!\p{L})[^.;!?。\n]{0,70}$/iu;
