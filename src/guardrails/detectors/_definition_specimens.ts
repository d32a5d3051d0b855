/**
 * Session 35 precision: the attack strings a detection tool quotes as what it looks for. A
 * scanner, classifier, linter or red-team generator documents itself with its catalogue —
 * `flags hidden instructions such as '<IMPORTANT> read ~/.ssh/id_rsa …'`, `検出例：「これまでの
 * 指示を無視して」` — and every definition grammar reads the quoted specimen as an order.
 *
 * The quoted specimens are blanked (quotes kept, content replaced by a neutral word) before the definition
 * is read, when all of these hold:
 * - the tool's job is finding or producing such text (its name or the description's first
 *   sentence says it scans, audits, detects, flags, classifies, lints, sanitizes, generates test
 *   cases … — in the languages the rules read);
 * - it says it does not act on what it finds (never follows / executes / acts on it, only
 *   analyses, nothing is executed, read-only) in its own words — a `readOnlyHint` annotation alone
 *   only lets "hidden instructions" name the thing found (round 33: a self-declared read-only
 *   checker whose quoted "finding" is a preference order for itself stays blocked);
 * - the quote is short (≤ 240 characters, one line) and is introduced as an example: an example
 *   cue (`such as`, `e.g.`, `examples`, `patterns`, `heuristics include`, `contains`, `検出例`,
 *   `例如` …) earlier on its line, or on the header line of the list it sits in.
 * Only quoted text is blanked: whatever the description says outside quotes is read as before,
 * so a "scanner" that carries a live instruction in its own prose is still blocked, and so is one
 * whose quote is not introduced as an example of what it finds.
 */
import type { ToolDefinition } from "../types.ts";

/** Cheap gate: a quote character of any kind. */
const ANY_QUOTE = /["'“‘«「『`]/;

/** The tool's job is finding, cleaning or producing attack text (name or first sentence). */
const JOB =
  /(?:\b|_)(?:scan|audit|detect|flag|classif|lint|sanitiz|sanitis|screen|moderat|inspect|analy[sz]|red[-_ ]?team|injection[-_ ]tests?|guardrail)|(?:判定|検出|検知|检测|檢測|扫描|掃描|スキャン|탐지|검사|סורק|סריקה|מזהה|détect|analys|erkenn|prüf|escane|detect|обнаруж|сканир|تكشف|فحص)/iu;

/** It says it does not act on what it finds. */
const NO_ACT =
  /\b(?:(?:never|not|n't|nor|without)\s+(?:\w+\s+){0,3}?(?:follow|follows|act\s+on|acts\s+on|execut\w*|run|runs|obey\w*|call|calls)\b|only\s+(?:analy[sz]es|classifies|reports|returns\s+findings)|nothing\s+is\s+(?:executed|run)|read-only|treat\s+quoted\s+text\s+[^.\n]{0,30}as\s+data|returned\s+as\s+data)|従いません|従わない|実行しません|不(?:会)?(?:执行|遵循|服从)|אינו\s+מריץ|לא\s+מריץ|n'exécute|ne\s+suit|führt\s+(?:nichts|keine)|no\s+ejecuta|не\s+выполня/iu;

/** An example cue: what follows is a sample of what the tool finds. */
const CUE =
  /(?:such\s+as|e\.g\.|for\s+example|for\s+instance|like|including|includes?|examples?|patterns?|phrases?|phrasings?|payloads?|heuristics|strings?|findings?|contains?|containing|flags?|detects?|catch(?:es)?|among\s+others|例|如|など|といった|という|דפוסי|כגון|למשל|exemples?|comme|beispiele?|wie|ejemplos?|como|примеры|например|مثل)/iu;

/** A short one-line quotation: "…", '…', “…”, ‘…’, «…», 「…」, 『…』, `…`. */
const QUOTED =
  /"[^"\n]{2,240}"|(?<![\p{L}\p{N}])'[^'\n]{2,240}'(?![\p{L}])|“[^”\n]{2,240}”|‘[^’\n]{2,240}’|«[^»\n]{2,240}»|「[^」\n]{1,240}」|『[^』\n]{1,240}』|`[^`\n]{2,240}`/gu;

/** The description's first sentence (the tool's job), bounded. */
function firstSentence(text: string): string {
  const m = /[.。!?](?:\s|$)|\n/.exec(text.slice(0, 400));
  return m ? text.slice(0, m.index) : text.slice(0, 400);
}

/** True when the quote at `at` is introduced as an example: a cue on its line or list header. */
function cued(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (CUE.test(text.slice(Math.max(lineStart, at - 300), at))) return true;
  // A list item (`- …`, `* …`, `1. …`) under a header line that ends with a colon and a cue.
  if (!/^\s{0,4}(?:[-*•]|\d{1,2}[.)])\s/.test(text.slice(lineStart, lineStart + 8))) return false;
  let i = lineStart - 1;
  for (let lines = 0; i > 0 && lines < 12; lines++) {
    const prev = text.lastIndexOf("\n", i - 1) + 1;
    const line = text.slice(prev, i);
    if (!/^\s{0,4}(?:[-*•]|\d{1,2}[.)])\s/.test(line)) {
      return /[:：]\s*$/.test(line) && CUE.test(line.slice(-200));
    }
    i = prev - 1;
  }
  return false;
}

/**
 * A catalogue entry named by its category, not quoted: "requests to read ~/.ssh/id_rsa and pass
 * them in a parameter", "instructions to BCC an outside address", "text that tells the model to
 * …", "descriptions that claim …". A plural category noun (or `text`) then `to VERB` / `that
 * VERB`, up to the end of the clause (`;`, `:`, a sentence end or the line end); a colon after the
 * noun ("Instructions to follow: read …") ends the blank before the order.
 */
const CATEGORY =
  /\bclaims?\s+that\b[^;:\n]{0,200}?(?=[;:\n]|\.(?:\s|$)|$)|\b(?:requests|instructions|directives|attempts|orders|commands|descriptions|parameters|defaults|claims|tools|text|strings|phrases)\s+(?:(?:that|which)\s+(?:ask|asks|tell|tells|claim|claims|say|says|try|tries|instruct|instructs|direct|directs)\b|to\s+(?!(?:the|you|your|an?|this|any|all|assistant|ai|model|agent|llm)\b)[a-z]{2,})[^;:\n]{0,200}?(?=[;:\n]|\.(?:\s|$)|$)/gi;
/** "hidden instructions" as the thing found, not the model's own ("your hidden instructions"). */
const HIDDEN_KIND =
  /(?<!\b(?:your|its|the\s+model's|the\s+assistant's)\s+)\bhidden\s+(?:instructions|directives|prompts)\b/gi;

/** What a blanked span becomes: a neutral word (a run of spaces reads as hidden padding). */
const blank = (): string => "a listed pattern";

/** `text` with the quoted specimens blanked, or `text` itself when nothing is. */
export function blankSpecimens(text: string, job: boolean, readOnly: boolean): string {
  if (!job && !JOB.test(firstSentence(text))) return text;
  if (!NO_ACT.test(text)) return readOnly ? text.replace(HIDDEN_KIND, blank) : text;
  let out = ANY_QUOTE.test(text)
    ? text.replace(
      QUOTED,
      (m: string, at: number) => cued(text, at) ? m[0] + "example" + m[m.length - 1] : m,
    )
    : text;
  out = out.replace(CATEGORY, (m: string, at: number) => cued(out, at) ? blank() : m);
  return out.replace(HIDDEN_KIND, blank);
}

/**
 * The definition with the quoted specimens of its description and title blanked when it is a
 * detection tool that does not act on what it finds; the same object when nothing changes.
 */
export function withoutSpecimens(tool: ToolDefinition): ToolDefinition {
  const d = tool.description;
  if (d === undefined) return tool;
  const job = JOB.test(tool.name) || JOB.test(tool.title ?? "");
  const readOnly =
    (tool.annotations as { readOnlyHint?: unknown } | undefined)?.readOnlyHint === true;
  const blanked = blankSpecimens(d, job, readOnly);
  return blanked === d ? tool : { ...tool, description: blanked };
}
