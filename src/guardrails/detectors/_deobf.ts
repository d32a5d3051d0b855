/**
 * Systematic deobfuscation: DECODE FIRST, THEN JUDGE. The published obfuscation families of each
 * interpreter are read back to what it would run — PowerShell (`_deobf_powershell.ts`), cmd.exe
 * (`_deobf_cmd.ts`), POSIX shells (`_deobf_posix.ts`), Python (`_deobf_python.ts`), JavaScript
 * (`_deobf_javascript.ts`), PHP/Perl/Ruby (`_deobf_php_perl_ruby.ts`), SQL decode-and-execute and
 * template filters (`_deobf_sql_template.ts`), character codes and maps (`_deobf_charmaps.ts`) — and the decoded text is
 * handed to every existing rule (command injection, tradecraft, paths, secrets) as one more view.
 *
 * Cost: one literal gate (`_literal_gate.ts`) first, so plain text costs one prefilter lookup;
 * each area's rewrites run only when its own gate matches. Bounded: input length, three layers
 * (a decoded text is decoded again), eight rewrite passes per layer, values and views capped.
 */
import {
  CALLED_NAME,
  CODE_STRING,
  CODE_STRING_GATE,
  CONCAT,
  ESCAPED,
  ESCAPED_GATE,
  inlineVariables,
  type Rewrite,
  rewriteAll,
  Values,
} from "./_deobf_core.ts";
import { CHARMAP_GATE, CHARMAP_REWRITES } from "./_deobf_charmaps.ts";
import { CMD_GATE, cmdInterpret } from "./_deobf_cmd.ts";
import { COMPILED_GATE, COMPILED_REWRITES, XOR_GATE, xorViews } from "./_deobf_compiled.ts";
import { inlineStringArrays, JS_GATE, JS_REWRITES } from "./_deobf_javascript.ts";
import { PPR_GATE, PPR_REWRITES } from "./_deobf_php_perl_ruby.ts";
import { MAKE_GATE, makeRecipes } from "./_deobf_make.ts";
import { POSIX_GATE, posixPipelines } from "./_deobf_posix.ts";
import { POSIX_VARS_GATE, posixVariables } from "./_deobf_posix_vars.ts";
import { dropBackticks, PS_GATE, PS_JOIN, PS_REWRITES } from "./_deobf_powershell.ts";
import { PY_GATE, PY_REWRITES } from "./_deobf_python.ts";
import { sinkValues } from "./_deobf_sinks.ts";
import { SQL_TEMPLATE_GATE, SQL_TEMPLATE_REWRITES } from "./_deobf_sql_template.ts";
import { LiteralGate } from "./_literal_gate.ts";

const MAX_INPUT = 40_000;
const MAX_LAYERS = 3;
/** Adjacent literals joined by `+`, `.` or `&`. */
const CONCAT_GATE = /['"]\s{0,3}[+.&]\s{0,3}['"]/;
/** {@link CONCAT_GATE} spelled as literals (one space or none each side) for the literal gate. */
const CONCAT_LITERALS = ["'", '"'].flatMap((a) =>
  ["'", '"'].flatMap((b) => ["+", ".", "&"].flatMap((op) => [`${a}${op}${b}`, `${a} ${op} ${b}`]))
).map((l) => l.replace(/[.+]/g, "\\$&")).join("|");

/**
 * Variables expanded with an operator, a command line handed to `eval` / `sh -c`, or a command
 * word glued from variables (`a='cu';b='rl …';$a$b`).
 */
const POSIX_VARS_USE =
  /\$\{!?[A-Za-z_]\w{0,30}[:,^\/#%}~]|\beval\s|\b(?:ba|da|z)?sh\s{1,3}-c|(?:^|[;&|\n]\s{0,4})\$\{?[A-Za-z_]\w{0,30}\}?\$/;

const AREAS: { gate: RegExp; rewrites: readonly Rewrite[] }[] = [
  { gate: PS_GATE, rewrites: [...PS_REWRITES, PS_JOIN] },
  { gate: PY_GATE, rewrites: PY_REWRITES },
  { gate: JS_GATE, rewrites: JS_REWRITES },
  { gate: PPR_GATE, rewrites: PPR_REWRITES },
  { gate: COMPILED_GATE, rewrites: COMPILED_REWRITES },
  { gate: ESCAPED_GATE, rewrites: [ESCAPED] },
  { gate: CODE_STRING_GATE, rewrites: [CODE_STRING] },
  { gate: SQL_TEMPLATE_GATE, rewrites: SQL_TEMPLATE_REWRITES },
  { gate: CHARMAP_GATE, rewrites: CHARMAP_REWRITES },
];

const GATE = new LiteralGate(
  new RegExp(
    [
      PS_GATE,
      PY_GATE,
      JS_GATE,
      PPR_GATE,
      COMPILED_GATE,
      CMD_GATE,
      POSIX_GATE,
      CODE_STRING_GATE,
      SQL_TEMPLATE_GATE,
      CHARMAP_GATE,
      POSIX_VARS_USE,
      MAKE_GATE,
    ].map((g) => g.source)
      .join("|") + "|" + CONCAT_LITERALS,
    "i",
  ),
);
/** Escape runs, gated on their own: `\x` alone is common (colour codes), the full gate is not cheap. */
const ESCAPES = new LiteralGate(ESCAPED_GATE);

/**
 * One layer: every area whose gate matches, then the shell interpreters; then the values handed
 * to an executor (`_deobf_sinks.ts`), literals included when `text` is itself decoded.
 */
function layer(text: string, decoded: boolean, sinks?: string[]): string[] {
  const out: string[] = [];
  const rewrites: Rewrite[] = [];
  for (const a of AREAS) if (a.gate.test(text)) rewrites.push(...a.rewrites);
  const concat = CONCAT_GATE.test(text);
  if (rewrites.length > 0 || concat) {
    const v = new Values();
    let cur = PS_GATE.test(text) ? dropBackticks(text) : text;
    if (JS_GATE.test(text)) cur = inlineStringArrays(cur, v);
    cur = rewriteAll(cur, v, [CONCAT, CALLED_NAME, ...rewrites], 8);
    // Twice: a variable assigned a decoded value (`$s = ($c -split …) -join ''`) is a literal
    // only once the first variable it reads is inlined and decoded.
    for (let i = 0; i < 2; i++) {
      const inlined = inlineVariables(cur);
      if (inlined === cur) break;
      cur = rewriteAll(inlined, v, [CONCAT, CALLED_NAME, ...rewrites], 8);
    }
    const plain = v.expand(cur);
    if (plain !== text) out.push(plain);
    const handed = sinkValues(cur, v, decoded);
    out.push(...handed);
    sinks?.push(...handed);
    if (XOR_GATE.test(text)) out.push(...xorViews(text, v));
  } else if (decoded) {
    const handed = sinkValues(text, new Values(), true);
    out.push(...handed);
    sinks?.push(...handed);
  }
  const base = out[0] ?? text;
  if (POSIX_GATE.test(base)) {
    const p = posixPipelines(base);
    if (p !== undefined) out.push(p);
  }
  if (MAKE_GATE.test(base)) {
    const m = makeRecipes(base);
    if (m !== undefined) out.push(m);
  }
  if (POSIX_VARS_GATE.test(base)) {
    const p = posixVariables(base);
    if (p !== undefined) out.push(p);
  }
  if (CMD_GATE.test(base)) {
    const c = cmdInterpret(base);
    if (c !== undefined) out.push(c);
  }
  return out;
}

/**
 * What an interpreter would run once the obfuscation in `text` is undone: up to a few decoded
 * views (empty when nothing decodes, which is the case for plain text). `sinks`, when given,
 * collects the decoded values handed to an executor (`_deobf_sinks.ts`).
 */
export function deobfuscate(text: string, sinks?: string[]): string[] {
  if (text.length < 12 || text.length > MAX_INPUT || text.includes("\x01")) return [];
  if (!GATE.test(text) && !ESCAPES.test(text)) return [];
  // The code and command injection detectors both read the same argument back (perf37).
  let known = RECENT.find((e) => e.text === text);
  if (known === undefined) {
    known = { text, ...decode(text) };
    if (RECENT.unshift(known) > RECENT_MAX) RECENT.pop();
  }
  if (sinks !== undefined) { for (const v of known.sinks) sinks.push(v); }
  return known.views.slice();
}

/** The last few texts {@link deobfuscate} decoded, newest first, with its answer. */
const RECENT: { text: string; views: readonly string[]; sinks: readonly string[] }[] = [];
const RECENT_MAX = 4;

/** {@link deobfuscate} worked out: the views, and every value handed to a sink in the order met. */
function decode(text: string): { views: string[]; sinks: string[] } {
  const sinks: string[] = [];
  const seen = new Set<string>([text]);
  const views: string[] = [];
  let frontier = [text];
  for (let d = 0; d < MAX_LAYERS && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const t of frontier) {
      for (const v of layer(t, d > 0, sinks)) {
        if (seen.has(v) || views.length >= 6) continue;
        seen.add(v);
        views.push(v);
        next.push(v);
      }
    }
    frontier = next;
  }
  return { views, sinks };
}

/** Adds the decoded views of `text` to `into` (the command injection detector's decoded set). */
export function addDeobfuscated(text: string, into: Set<string>): void {
  const views = deobfuscate(text);
  for (let i = 0; i < views.length; i++) into.add(views[i]);
}
