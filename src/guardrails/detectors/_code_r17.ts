/**
 * Round-17 code-injection mechanism: LaTeX running shell commands. A document compiled with
 * shell escape enabled (`--shell-escape`, or `\write18` allowed by the TeX configuration) runs
 * `\write18{…}` / `\immediate\write18{…}` as a shell command, and reads the output of a command
 * through a piped input (`\input|"cmd"`, `\input{|cmd}`, `\openin3=|cmd`); LuaTeX runs
 * `os.execute` / `io.popen` inside `\directlua{…}`. A document that compiles has no reason to
 * call a shell, so under a code-like key (`source`, `template`, `tex`) any of them counts; in free
 * text only when the escape runs a known program (a how-to mentioning `\write18` passes).
 */
import type { Rule } from "./_code_rules.ts";

/** The TeX primitives that reach a shell (all spellings need one of these words). */
const NEEDLES = ["write18", "ShellEscape", "directlua", "\\openin", "\\input"];

/** Programs a document-borne shell escape runs to download, relay or read secrets. */
const PROGRAM = String
  .raw`(?:curl|wget|nc|ncat|netcat|bash|sh|zsh|python[23]?|perl|ruby|php|powershell|cmd|rm|chmod|cat|id|whoami|uname|env|printenv|base64|scp|ssh)\b`;
/** `\write18{` (also spelled through `\csname`), `\ShellEscape{`. */
const WRITE18 = String
  .raw`(?:\\immediate\s{0,4})?(?:\\write18|\\csname\s{0,4}write18\s{0,4}\\endcsname|\\ShellEscape)\s{0,4}\{\s{0,4}`;
/** A piped input: `\input|"cmd"`, `\input{|cmd}`, `\openin3=|cmd`. */
const PIPED_INPUT = String
  .raw`\\(?:input|openin\s{0,4}\d{0,3})\s{0,4}(?:=\s{0,4})?(?:\{\s{0,4})?\|\s{0,4}`;
/** LuaTeX running a process. */
const DIRECTLUA = String
  .raw`\\directlua\s{0,4}\{[^}\n]{0,400}?\b(?:os\.execute|os\.exec|os\.spawn|io\.popen)\b`;

/** The round-17 rules (appended after the round-16 ones). */
export const R17_RULES: Rule[] = [
  {
    kind: "latex_shell_escape",
    needles: NEEDLES,
    re: new RegExp(`${WRITE18}["']?${PROGRAM}|${PIPED_INPUT}["']?${PROGRAM}|${DIRECTLUA}`, "i"),
    severity: "critical",
    anywhere: true,
    reason: "LaTeX shell escape (\\write18, piped \\input, \\directlua) running a program",
  },
  {
    kind: "latex_shell_escape",
    needles: NEEDLES,
    re: new RegExp(`${WRITE18}|${PIPED_INPUT}|${DIRECTLUA}`, "i"),
    severity: "high",
    anywhere: false,
    reason: "LaTeX shell escape (\\write18, piped \\input, \\directlua) in a document",
  },
];
