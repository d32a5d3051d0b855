/**
 * Round-47 command rules.
 *
 * A shell never reads `/` as a word separator: in `rm -f /usr/local/bin/tool` the slashes belong
 * to one path. The prose views of ./../text/_separators.ts (words split by the same symbol, meant
 * for `Do/not/tell/the/user`) turn such a path into `/usr local bin tool`, which then reads as
 * `rm -f /usr` — a destructive delete the command never performs. For a shell tool's own command
 * a view that differs from the text ONLY by slashes turned into spaces is not what the shell runs,
 * so it is not judged as a command line (other views — decoded, unescaped — still are).
 */

const SLASH_G = /\//g;

/** True when `view` is (a part of) `text` with some `/` written as spaces and nothing else. */
export function slashSpacedView(text: string, view: string): boolean {
  if (view.length > text.length || !view.includes(" ") || !text.includes("/")) return false;
  if (text.includes(view)) return false; // an excerpt of the text itself: nothing was respaced
  return text.replace(SLASH_G, " ").includes(view.replace(SLASH_G, " "));
}
