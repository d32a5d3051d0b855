/**
 * Round-27 command rules:
 *
 * - build-tool property bags: `{"exec.executable": "bash", "exec.args": "-c '…'"}` (Maven exec
 *   plugin), `run.command`, `launcher.cmd`. The key is a dotted property whose last segment names
 *   a program or its argument list, so the value is judged as that segment (`args`, `command`)
 *   rather than as free text;
 * - false positive: a read-only listing piped once into a text filter in a CLI argument string
 *   (`logs deploy/api --since=15m | grep -i 'exec failed'`, `get pods -A | head -n 20`). The filter
 *   takes only options and one pattern (no file, no second pipe, no substitution or redirect),
 *   so the pipe narrows output the tool already prints and runs nothing new.
 *
 * Bounded patterns, no nested quantifiers; both checks start with a literal test.
 */

/** A dotted (or colon-separated) property key ending in a program or argument-list name. */
const PROPERTY_EXEC_KEY =
  /^[a-z][\w-]{0,40}(?:[.:][\w-]{1,40}){0,4}[.:](executable|exe|command|cmd|commandline|program|shell|args|arguments|argv)$/;

/** The key `classify` should judge for a dotted property key, or undefined (`exec.args` → `args`). */
export function propertyKey(key: string): string | undefined {
  if (!key.includes(".") && !key.includes(":")) return undefined;
  const m = PROPERTY_EXEC_KEY.exec(key.toLowerCase());
  if (!m) return undefined;
  return m[1] === "exe" || m[1] === "executable" ? "program" : m[1];
}

/** A read-only sub-command of a CLI (kubectl, docker, git, systemctl, journalctl …). */
const LISTING =
  /^\s{0,4}(?:logs|log|get|describe|top|events|status|list|ls|ps|show|history|inspect|images|journal|cat-file\s{1,4}-p)\b[^|;&`$<>\n\\]{0,300}\|/;
/** One text filter with options and at most one plain or quoted pattern, closing the value. */
const FILTER_TAIL =
  /\|\s{0,4}(?:(?:e|f)?grep(?:\s{1,4}-{1,2}[\w-]{1,20}(?:=[\w-]{1,20})?){0,4}(?:\s{1,4}(?:'[^'\n]{1,120}'|"[^"$`\n]{1,120}"|[\w^.*:=-]{1,80}))?|(?:head|tail)(?:\s{1,4}-{1,2}[\w-]{1,12}(?:[=\s]\d{1,6})?){0,3}|wc(?:\s{1,4}-[lwc]{1,3})?|sort(?:\s{1,4}-[a-z]{1,4})?|uniq(?:\s{1,4}-[a-z]{1,4})?)\s{0,4}$/i;

/**
 * True when `view` is a read-only listing piped once into a text filter (`grep`, `head`, `tail`,
 * `wc`, `sort`, `uniq`) with only options and a pattern.
 */
export function listingFilterPipe(view: string): boolean {
  if (view.length > 600 || view.indexOf("|") !== view.lastIndexOf("|")) return false;
  return LISTING.test(view) && FILTER_TAIL.test(view);
}
