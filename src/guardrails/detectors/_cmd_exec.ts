/**
 * Execution grammars the command injection detector checks in every field, besides separators and
 * substitutions: programs whose own syntax runs a command (GNU sed's `e` flag and command),
 * PowerShell script blocks built from downloaded text, and output process substitution into a
 * network tool (`>(nc host port)`). (Options whose value is a program to run are part of the
 * detector's `EXEC_OPTION`, which it scans anyway.)
 *
 * Each check states what has to be in the text before its pattern runs, so prose costs a few
 * `includes` calls.
 */

/** A command word the replacement of an `s///e` or a sed `e` command starts with. */
const SED_COMMAND = String
  .raw`(?:(?:\\?\/usr)?\\?\/bin\\?\/)?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|php|node|nc|ncat|netcat|socat|curl|wget|cat|id|whoami|uname|touch|rm|chmod|echo|env|printenv|ls|head|tail|cp|mv|tee|base64|ping|nslookup|dig)\b`;
/**
 * GNU sed executes the pattern space after an `s` command with the `e` flag, and runs the
 * argument of the `e` command. The delimiter is any character; `\/` escapes it. Bounded repeats.
 */
const SED_SUBST_EXEC = new RegExp(
  String
    .raw`(?:^|[\s;'"{\d$,])s([\/|#:,!@])(?:\\.|(?!\1)[^\\\n]){0,300}\1\s*${SED_COMMAND}(?:\\.|(?!\1)[^\\\n]){0,300}\1[gpIiMm0-9]{0,4}e`,
);
const SED_E_COMMAND = new RegExp(
  String.raw`^\s*(?:\d{1,9}|\$|\/[^\/\n]{0,100}\/)?(?:,\s*(?:\d{1,9}|\$))?\s*e\s+${SED_COMMAND}`,
);

/** True when `text` is (or holds) a sed program that runs a command. */
export function sedExecutes(text: string): boolean {
  if (text.length > 4096) return false;
  if (SED_E_COMMAND.test(text)) return true;
  return /s[\/|#:,!@]/.test(text) && SED_SUBST_EXEC.test(text);
}

/** PowerShell downloaders: web cmdlets, their aliases and the WebClient methods. */
const PS_DOWNLOAD =
  /\b(?:iwr|irm|invoke-webrequest|invoke-restmethod|start-bitstransfer|downloadstring|downloaddata|downloadfile|net\.webclient|system\.net\.http)\b/i;
const PS_GATE = /iex|invoke-expression|scriptblock/i;
/** A script block compiled from a string and invoked, or Invoke-Expression given an expression. */
const PS_EVAL =
  /\[scriptblock\]\s*::\s*create\s*\(|\b(?:iex|invoke-expression)\b\s*[(\$'"]|\|\s*(?:iex|invoke-expression)\b/i;

/**
 * PowerShell that evaluates text it downloads (a "download cradle"): `IEX (iwr …)`,
 * `& ([scriptblock]::Create((iwr …).Content))`, `(New-Object Net.WebClient).DownloadString(…) | iex`.
 * Both halves must be within 300 characters of each other.
 */
export function powershellCradle(text: string): RegExpMatchArray | null {
  if (!PS_GATE.test(text)) return null;
  const m = text.match(PS_EVAL);
  if (!m) return null;
  const at = m.index ?? 0;
  const near = text.slice(Math.max(0, at - 300), at + m[0].length + 300);
  return PS_DOWNLOAD.test(near) ? m : null;
}

/** `>(…)`: the value's output is piped into the command inside, here a network tool. */
const OUTPUT_TO_NETWORK =
  />\(\s*(?:nc|ncat|netcat|socat|telnet|curl|wget|ssh|openssl\s+s_client)\b[^()<>\n]{0,300}\)/i;

/** True when `text` pipes output through process substitution into a network tool. */
export function outputToNetwork(text: string): RegExpMatchArray | null {
  return text.includes(">(") ? text.match(OUTPUT_TO_NETWORK) : null;
}
