/**
 * Session 37 precision: a proof the learned argument model (./_args_model.ts) does not overrule
 * (wired in ./_args_model_proof.ts).
 *
 * A configuration published or committed with its credentials BY REFERENCE. The model reads the
 * tokens a call names — `password`, `_authToken`, `public`, an SMTP or registry host — and a config
 * that holds a live key (`password: SG.xxxx` committed to a repository, a token pasted in a forum
 * post) is one of the dangerous shapes it learned. The same config whose every credential slot
 * holds a reference the program fills in at run time (`${NPM_TOKEN}`, `<%= ENV['KEY'] %>`,
 * `sys.env("TOKEN")`, `process.env.KEY`, `{{ secrets.KEY }}`) publishes nothing secret: that is how
 * such files are meant to be shared.
 *
 * The proof holds only when ALL of these hold:
 * - at least one credential slot (`password:`, `_authToken=`, `api_key =`, `secret:` …) and every
 *   such slot's value is a reference, optionally followed by a comment without a long token
 *   (`// glc_eyJv...REDACTED` is a redacted prefix, a whole token is not);
 * - nothing in the call sends or runs anything: no network client (`curl`, `wget`, `Invoke-
 *   WebRequest`, `requests.post`, a fetch call), no command substitution or backticks, no plain
 *   `http://` URL, no URL to a bare IP address;
 * - no long opaque token anywhere in the call (a literal key beside the references).
 * A live key in any slot, a script that posts the referenced secret somewhere, or a config pointing
 * a client at a bare-IP or plain-HTTP endpoint leaves the model's verdict.
 */

/** A credential slot: `password:`, `"api_key" =`, `//registry.npmjs.org/:_authToken=`. */
const CRED_SLOT =
  /^\s*["']?(?:[\w.\/:@-]{0,80}[_.:\/-])?(?:password|passwd|pass|secret|token|auth_?token|api_?key|apikey|access_?key|secret_?key|private_?key|client_?secret|credentials?)["']?\s*(?:=|:(?!\/\/))\s*(.{0,200})$/i;
/** A value that is only a reference the program resolves at run time, then an optional comment. */
const REFERENCE =
  /^["']?(?:\$\{(?:env[.:])?[A-Za-z_][\w.]{0,60}(?::?[-?][^}\n]{0,80})?\}|\$[A-Z_][A-Z0-9_]{1,60}|<%=\s{0,3}ENV(?:\.fetch\(\s{0,3}|\[\s{0,3})["'][A-Z_][A-Z0-9_]{0,60}["']\s{0,3}[\])]\s{0,3}%>|ENV(?:\.fetch\(\s{0,3}|\[\s{0,3})["'][A-Z_][A-Z0-9_]{0,60}["']\s{0,3}[\])]|(?:sys\.)?env\(\s{0,3}["'][A-Z_][A-Z0-9_]{0,60}["']\s{0,3}\)|process\.env\.[A-Z_][A-Z0-9_]{0,60}|os\.(?:environ\[\s{0,3}["'][A-Z_][A-Z0-9_]{0,60}["']\s{0,3}\]|getenv\(\s{0,3}["'][A-Z_][A-Z0-9_]{0,60}["']\s{0,3}\))|\{\{\s{0,3}(?:secrets|env)\.[A-Za-z_][\w-]{0,60}\s{0,3}\}\})["']?,?\s{0,8}(?:(?:#|\/\/)[^\n]{0,120})?$/;
/** Something that sends or runs: a network client, a substitution, plain HTTP, a bare-IP URL. */
const SENDS =
  /\b(?:curl|wget|ncat|nc|scp|rsync|ftp|Invoke-(?:WebRequest|RestMethod)|iwr|irm|requests\.(?:post|put|get)|urllib|axios|http\.request)\b|(?<![.\w])fetch\(|\$\(|`|\bhttp:\/\/|:\/\/\d{1,3}(?:\.\d{1,3}){3}/i;
/**
 * Tools that store or publish text (a file write, a commit, a gist, a post, an issue): code or a
 * command run with the reference (`code`, `command`, `script`) is not covered.
 */
const STORE_TOOL =
  /(?:^|[_\-.\s])(?:write|create|update|put|push|commit|save|edit|append|gist|post|topic|publish|upload|comment|reply|issue|page)(?:[_\-.\s]|$)|^(?:write|create|update|put|push|save|edit|post|publish|upload)[A-Z]/i;
/** Arguments that are run, not stored. */
const RUN_KEY_LINE = /^(?:code|command|cmd|script|shell|exec|run|python|bash|powershell)$/i;
/** A credential argument's name on its own line (`callText`: its value follows as a literal). */
const CRED_KEY_LINE =
  /^(?:[\w.-]{0,40}[_.-])?(?:password|passwd|secret|token|api_?key|apikey|access_?key|secret_?key|private_?key|client_?secret|credentials?)$/i;
/** A long opaque token: a literal key, not a reference or a redacted prefix. */
const LONG_TOKEN = /[A-Za-z0-9+\/_=-]{32,}/;

/** Whether every credential slot of the call holds a run-time reference (see the module comment). */
export function credentialsByReference(call: string, tool: string): boolean {
  if (call.length > 4000 || !STORE_TOOL.test(tool)) return false;
  // A Markdown code fence (a forum post, an issue) is not a shell backtick.
  if (SENDS.test(call.replace(/^\s{0,3}```[\w-]{0,20}\s*$/gm, ""))) return false;
  let slots = 0;
  for (const line of call.split("\n")) {
    if (LONG_TOKEN.test(line.replace(/https:\/\/[^\s"'<>]{1,200}/g, ""))) return false;
    if (CRED_KEY_LINE.test(line.trim()) || RUN_KEY_LINE.test(line.trim())) return false;
    const m = CRED_SLOT.exec(line);
    if (!m) continue;
    if (!REFERENCE.test(m[1].trim())) return false;
    slots++;
  }
  return slots > 0;
}
