/**
 * Shared walker of the knowledge-base definition families (`_defkb_*`): every string the model
 * reads in a tool definition (name, title, description, the input and output schemas' descriptions,
 * titles, defaults, enums, examples and property names), with its JSON path. Bounded in depth,
 * count and length so it stays cheap on every definition.
 */
import type { ToolDefinition } from "../types.ts";

export interface KbStr {
  path: string;
  text: string;
}

const MAX_STRINGS = 300;
const MAX_LEN = 6000;
const MAX_DEPTH = 8;

function walk(v: unknown, path: string, out: KbStr[], depth: number): void {
  if (out.length >= MAX_STRINGS || depth > MAX_DEPTH || v === null || v === undefined) return;
  if (typeof v === "string") {
    if (v.length >= 12) out.push({ path, text: v.slice(0, MAX_LEN) });
    return;
  }
  if (Array.isArray(v)) {
    v.slice(0, 60).forEach((x, i) => walk(x, `${path}[${i}]`, out, depth + 1));
    return;
  }
  if (typeof v !== "object") return;
  for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 80)) {
    const p = `${path}.${k}`;
    if (k.length >= 12) out.push({ path: `${p}#name`, text: k.replace(/[_-]+/g, " ") });
    walk(x, p, out, depth + 1);
  }
}

/** Every string of the definition the model reads, with its path. */
export function kbStrings(tool: ToolDefinition): KbStr[] {
  const out: KbStr[] = [];
  for (const key of ["title", "description", "inputSchema", "outputSchema"] as const) {
    walk((tool as unknown as Record<string, unknown>)[key], `$.${key}`, out, 0);
  }
  return out;
}

/** A negation or refusal just before a match: the text forbids what the rule looks for. */
const NEGATED_BEFORE =
  /\b(?:never|not|no|don't|doesn't|won't|cannot|can't|must\s{1,3}not|mustn't|should\s{1,3}not|shouldn't|refuses?\s{1,3}to|avoid|prevents?|blocks?|rejects?|nunca|nicht|niemals|kein\w{0,2}|jamais|ne\s{1,3}pas|mai)\b[^.;!?\n]{0,50}$/i;

/** True when the clause before `index` in `text` negates what follows. */
export function negatedAt(text: string, index: number): boolean {
  const start = Math.max(0, index - 80);
  const before = text.slice(start, index);
  const clause = before.split(/[.;!?\n]/).pop() ?? "";
  return NEGATED_BEFORE.test(clause);
}

/** One rule of a `_defkb_*` table: the first rule that matches a string, unnegated, is the hit. */
export interface KbRule {
  re: RegExp;
  kind: string;
  /** What the tool does, after its quoted name. */
  what: string;
  /** Where the negation check looks (default: the match's start); `null`: no negation check. */
  at?: ((m: RegExpExecArray) => number) | null;
  /** A further condition on the match. */
  when?: (m: RegExpExecArray, text: string) => boolean;
}

/** The first hit of `rules` (in order) in the first gated string that has one. */
export function kbTableHits(
  tool: ToolDefinition,
  gate: RegExp,
  rules: readonly KbRule[],
): { path: string; kind: string; severity: "high"; reason: string }[] {
  for (const s of kbStrings(tool)) {
    const t = s.text;
    if (!gate.test(t)) continue;
    for (const r of rules) {
      const m = r.re.exec(t);
      if (!m) continue;
      if (r.at !== null && negatedAt(t, r.at ? r.at(m) : m.index)) continue;
      if (r.when && !r.when(m, t)) continue;
      return [{
        path: s.path,
        kind: r.kind,
        severity: "high",
        reason: `${JSON.stringify(tool.name)} ${r.what}`,
      }];
    }
  }
  return [];
}
