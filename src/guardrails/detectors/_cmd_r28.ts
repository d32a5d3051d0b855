/**
 * Round-28 command rules:
 *
 * - the whole process environment sent to the network: a listing of every variable (`env`,
 *   `printenv`, `export -p`, `set`, nushell `$env`, PowerShell `Get-ChildItem env:` /
 *   `[Environment]::GetEnvironmentVariables()`, xonsh `${...}`, `/proc/self/environ`) piped, through
 *   any converters (`to json`, `ConvertTo-Json`, `base64`), into a network sender (curl, wget, nc,
 *   socat, nushell/httpie `http`, `Invoke-RestMethod` …), or handed to such a sender as its body.
 *   The environment holds tokens and keys; a listing narrowed by `grep` or saved locally passes;
 * - lifecycle scripts forced back on for a package install (`--ignore-scripts=false`,
 *   `--no-ignore-scripts`, `npm_config_ignore_scripts=false`, `YARN_ENABLE_SCRIPTS=true`): scripts
 *   run by default, so the option only exists in a call to undo a hardened configuration and let
 *   a fetched package's install hook run;
 * - false positive: `--output table|json|yaml …` (aws, az, kubectl, gh) picks a print format, not a
 *   file to write (see {@link outputFormatValue}).
 *
 * Literal gates first; bounded patterns, no nested quantifiers.
 */

/** A listing of every environment variable at the start of a pipeline segment, then a pipe. */
const ENV_SOURCE =
  /(?:^|[;&|(\n{]\s{0,4})(?:env|printenv|export\s{1,4}-p|declare\s{1,4}-x|set(?:\s{1,4}-[gxU]{1,3})?|(?:get-childitem|gci|dir|ls|get-item|gi)\s{1,4}env:(?:\\?\*)?|\$env(?![.:\w])|\$\{\.\.\.\}|cat\s{1,4}\/proc\/(?:self|\d{1,7}|\$\$)\/environ|\[(?:system\.)?environment\]::getenvironmentvariables\(\s{0,2}\))\s{0,4}\|/gi;
/** A network sender as a later segment of the same pipeline. */
const NET_SINK =
  /\|\s{0,4}(?:sudo\s{1,4})?(?:curl|wget|nc|ncat|netcat|socat|telnet|xh|https?|httpie|invoke-restmethod|invoke-webrequest|irm|iwr|openssl\s{1,4}s_client|ssh|mail|sendmail|mutt)(?![\w-])/i;
/** A sender given the environment listing as its body (`-Body (gci env: | …)`, `($env | to json)`). */
const SINK_WITH_ENV =
  /\b(?:invoke-restmethod|invoke-webrequest|irm|iwr|http\s{1,4}(?:post|put|patch))\b[^\n;]{0,300}?\(\s{0,4}(?:\$env(?![.:\w])|(?:get-childitem|gci|dir|ls)\s{1,4}env:|\[(?:system\.)?environment\]::getenvironmentvariables)/i;

/** True when `view` pipes a listing of the whole environment into a network sender. */
export function envToNetwork(view: string): boolean {
  if (view.length > 8192) return false;
  // A pipe or a parenthesised body first (literal tests, no copy of the text); the patterns are
  // case-insensitive themselves.
  const pipe = view.includes("|");
  if (!pipe && !view.includes("(")) return false;
  if (pipe) {
    ENV_SOURCE.lastIndex = 0;
    for (let m = ENV_SOURCE.exec(view), n = 0; m && n < 16; m = ENV_SOURCE.exec(view), n++) {
      const from = m.index + m[0].length;
      const stop = view.slice(from, from + 400).search(/[;\n]|&&/);
      const rest = view.slice(from, stop < 0 ? from + 400 : from + stop);
      if (NET_SINK.test("|" + rest)) return true;
    }
  }
  return view.includes("(") && SINK_WITH_ENV.test(view);
}

/** An option or setting that turns package lifecycle scripts back on. */
const SCRIPTS_ON =
  /(?:^|[\s"'])(?:--ignore-scripts(?:=|\s{1,4})(?:false|0)|--no-ignore-scripts|--config\.ignore-scripts(?:=|\s{1,4})false|npm_config_ignore_scripts=(?:false|0)|config\s{1,4}set\s{1,4}ignore-scripts(?:=|\s{1,4})false|yarn_enable_scripts=(?:true|1)|--enable-scripts)(?=$|[\s"',\]])/i;

/** True when `view` forces install scripts to run (`--ignore-scripts=false` and its kin). */
export function scriptsForcedOn(view: string): boolean {
  if (view.length > 4096) return false;
  return /ignore|scripts/i.test(view) && SCRIPTS_ON.test(view);
}

/** Round-28 command techniques of `view` (strong checks), or undefined. */
export function r28Techniques(view: string): { kind: string; reason: string } | undefined {
  if (envToNetwork(view)) {
    return {
      kind: "data_exfiltration",
      reason: "sends a listing of every environment variable (tokens, keys) to a network tool",
    };
  }
  return undefined;
}

/**
 * Install scripts forced on, for any argument (no metacharacter needed: `npm_config_…=false npm
 * ci`); free text only when short (a sentence of a setup guide may name the option).
 */
export function r28ScriptsTechnique(
  text: string,
  free: boolean,
): { kind: string; reason: string } | undefined {
  if ((free && text.length > 200) || !scriptsForcedOn(text)) return undefined;
  return {
    kind: "argument_injection",
    reason:
      "forces package lifecycle scripts back on (--ignore-scripts=false), so a fetched package's install hook runs",
  };
}

/** Print formats a CLI's `--output` option selects (aws, az, kubectl, gh, helm …). */
const OUTPUT_FORMAT =
  /^(?:json|jsonc|table|text|tsv|csv|yaml|yml|yaml-stream|wide|name|none|raw|plain|pretty|markdown|go-template|jsonpath|custom-columns)(?:=[^\s]{0,200})?$/i;

/** True when the value of an `--output` option is a print format, not a file name. */
export function outputFormatValue(value: string): boolean {
  return OUTPUT_FORMAT.test(value);
}
