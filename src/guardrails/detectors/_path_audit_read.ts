/**
 * Precision (session 35): a command that only LISTS or SEARCHES autostart, service and scheduled-
 * job locations (`ls -l /etc/cron.d/`, `grep -H -v '^#' /etc/cron.d/* /etc/crontab | grep -Ei
 * 'curl|wget'`, `systemctl list-timers`, `crontab -l`) is what a persistence audit looks like: it
 * plants nothing. The path rule names those locations because WRITING them runs code unattended;
 * a read of them is no such write. Shell start-up files, git hooks and credential files are not
 * lowered here (start-up files often hold exported secrets, and a read of one still counts).
 *
 * Narrow on purpose: every step (joined by `&&`, `||`, `;` or a line break) is a pipeline of
 * read-only programs only — `ls`, `grep`/`egrep`, `cat`, `head`, `tail`, `stat`, `wc`, `sort`,
 * `uniq`, `find` without an action that runs or deletes, `echo` of a literal, `crontab -l`,
 * `systemctl list-timers|list-unit-files|cat|status` — optionally under `sudo`, with stderr sent
 * to `/dev/null`; no output redirect, no substitution, no variable, no here-document.
 */

const ARG = String
  .raw`(?:'[^'\n$\x60]{0,200}'|"[^"\n$\x60\\]{0,200}"|[\w@.:\/~+=,%*^\[\]{}-]{1,200})`;
const PROGRAM = String
  .raw`(?:ls|grep|egrep|fgrep|cat|head|tail|stat|wc|sort|uniq|find|echo|crontab\s{1,4}-l|systemctl\s{1,4}(?:list-timers|list-unit-files|cat|status))`;
const PIECE = new RegExp(
  String.raw`^(?:sudo\s{1,4})?${PROGRAM}(?:\s{1,4}${ARG}){0,16}(?:\s{1,4}2>\s{0,4}\/dev\/null)?$`,
);
/** `find` actions that run, delete or write. */
const FIND_ACTION = /\s-(?:exec|execdir|ok|okdir|delete|fprint|fprintf|fls)\b/;

/**
 * The pieces of `text` between unquoted `&&`, `||`, `;`, `|` and line breaks, or null when an
 * unquoted redirect (other than `2>/dev/null`), substitution, variable or here-document occurs.
 */
function pieces(text: string): string[] | null {
  const out: string[] = [];
  let cur = "";
  let q = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === q) q = "";
      cur += c;
      continue;
    }
    if (c === "'" || c === '"') {
      q = c;
      cur += c;
      continue;
    }
    if (c === "\x60" || c === "$" || c === "<") return null;
    if (c === ">") {
      const m = /^2>\s{0,4}\/dev\/null/.exec(text.slice(i - 1));
      if (!m || text[i - 1] !== "2") return null;
      cur += text.slice(i, i - 1 + m[0].length);
      i += m[0].length - 2;
      continue;
    }
    if (c === ";" || c === "\n" || c === "|" || (c === "&" && text[i + 1] === "&")) {
      out.push(cur);
      cur = "";
      if ((c === "|" && text[i + 1] === "|") || c === "&") i++;
      continue;
    }
    if (c === "&") return null;
    cur += c;
  }
  if (q) return null;
  out.push(cur);
  return out;
}

/** True when every step of `text` only lists or searches files. */
export function readOnlyAudit(text: string): boolean {
  if (text.length > 1500 || FIND_ACTION.test(text)) return false;
  const all = pieces(text);
  if (!all || all.length > 16) return false;
  return all.every((raw) => {
    const piece = raw.trim();
    return piece !== "" && PIECE.test(piece);
  });
}
