/**
 * A path named inside an agent's or tool's DENY list: `"deny": ["Read(./.env)", "Read(./secrets/**)"]`
 * in Claude Code-style permission settings, `"ask": [...]`, `disallowedTools`, `blocked_paths`,
 * `forbidden = [...]` in TOML. Such an entry forbids the access (or makes the agent ask the user
 * first): the file is never opened by this call, and writing the rule tightens what the agent may
 * do. A token of free text counts as such an entry only when the nearest open `[` before it is not
 * yet closed and is the value of a deny-named key; an `allow` list, a hook's command or any text
 * after the list's `]` is still judged.
 */

/** The deny-named key right before the list's `[` (JSON, YAML flow, TOML, Python dict). */
const DENY_KEY =
  /(?:^|[^\w-])["']?(?:deny|denied|denylist|deny_?list|disallow(?:ed)?(?:_?tools|_?paths|_?files)?|block(?:ed)?(?:_?paths|_?files|_?tools|list)?|forbid(?:den)?(?:_?paths|_?files)?|ask|exclude(?:d)?_?(?:paths|files|tools))["']?\s{0,4}[:=]\s{0,4}\[$/i;

/** True when the token at `index` of `view` is an entry of a deny-named list. */
export function deniedListEntry(view: string, index: number): boolean {
  const open = view.lastIndexOf("[", index);
  if (open < 0 || index - open > 600) return false;
  if (view.slice(open + 1, index).includes("]")) return false;
  return DENY_KEY.test(view.slice(Math.max(0, open - 48), open + 1));
}
