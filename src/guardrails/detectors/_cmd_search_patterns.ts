/**
 * Search patterns are data. `grep -Ei 'curl|wget|bash -c'` hands grep one argument: the quote
 * protects the `|` from the shell, so the pipe is an alternation, not a pipeline into `wget`.
 * `blankSearchPatterns` blanks the inside of the quoted arguments of a search program (grep and its
 * kin, ripgrep, ag, ack, `git grep`, `Select-String -Pattern`) up to the next unquoted separator,
 * keeping every offset, so the separator checks read only what the shell would run.
 *
 * Only single quotes are always data; a double-quoted pattern is blanked only when it holds no
 * `$` or backtick (those are expanded, so a substitution inside still counts). Programs that can
 * run code from their argument (awk `system()`, GNU sed `e`, perl, find `-exec`) are not search
 * programs here.
 */

const SEARCH_PROGRAM =
  /(?:^|[\s;&|(`])(?:sudo\s+)?(?:[ezf]?grep|zegrep|zfgrep|rg|ag|ack|git\s+(?:-c\s+\S+\s+)?grep|select-string)(?=\s)/gi;

/** Cheap test first: most command lines have no search program at all. */
const MAY_SEARCH = /grep|\brg\s|\bag\s|\back\s|select-string/i;

/** `view` with the quoted arguments of search programs blanked (same length). */
export function blankSearchPatterns(view: string): string {
  if (!MAY_SEARCH.test(view)) return view;
  let out: string[] | undefined;
  SEARCH_PROGRAM.lastIndex = 0;
  for (let m = SEARCH_PROGRAM.exec(view); m; m = SEARCH_PROGRAM.exec(view)) {
    let i = m.index + m[0].length;
    // Walk the program's arguments until an unquoted separator ends its command.
    while (i < view.length) {
      const c = view[i];
      if (c === ";" || c === "|" || c === "&" || c === "\n" || c === ")" || c === "`") break;
      if (c === "'" || c === '"') {
        const close = view.indexOf(c, i + 1);
        if (close < 0) break;
        const inner = view.slice(i + 1, close);
        if (c === "'" || !/[$`]/.test(inner)) {
          out ??= view.split("");
          for (let k = i + 1; k < close; k++) out[k] = view[k] === "\n" ? "\n" : " ";
        }
        i = close + 1;
        continue;
      }
      // A backslash escapes the next character (`grep a\|b`): an escaped separator is data too.
      if (c === "\\" && i + 1 < view.length) {
        if (";|&".includes(view[i + 1])) {
          out ??= view.split("");
          out[i + 1] = " ";
        }
        i += 2;
        continue;
      }
      i++;
    }
    SEARCH_PROGRAM.lastIndex = Math.max(SEARCH_PROGRAM.lastIndex, i);
  }
  return out ? out.join("") : view;
}
