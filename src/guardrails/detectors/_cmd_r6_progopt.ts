/**
 * Argument injection by options that name a program the tool runs (scp `-S`, tar `-I` /
 * `--to-command` / `--info-script`, rsync `-e`, git `--upload-pack`, sort `--compress-program`,
 * ssh `-o KnownHostsCommand=`) when that program sits where an attacker can write it (temp dirs,
 * `/dev/shm`, a Downloads folder), and editor start-up options that run an ex command (vim
 * `+"!cmd"`, `-c '!cmd'`, `--cmd 'call system(…)'`).
 *
 * The hook options already count in ./command_injection.ts when handed a shell or network tool;
 * these cover the other half of the technique: a helper script dropped first, then named. Short
 * options (`-S`, `-I`, `-e`, `-F`) mean many things (`ssh -S ctl.sock`, `grep -e /tmp/`), so they
 * count only with a script or binary extension. Only values up to 2 KB are read: an option string
 * is short, and a long document naming these options describes them.
 */

/** Writable or download places a dropped helper lives in. Bounded, linear. */
const WRITABLE = String
  .raw`['"]?(?:(?:\/private)?(?:\/var)?\/tmp\/|\/dev\/shm\/|\/run\/user\/\d{1,6}\/|\/proc\/self\/fd\/|\$\{?TMPDIR\}?\/|%TEMP%\\|%TMP%\\|(?:~|\$HOME|\/home\/[\w.-]{1,32}|\/Users\/[\w.-]{1,32})\/Downloads\/)`;
/** Long options whose value is a program. */
const LONG = String
  .raw`--(?:upload-pack|receive-pack|exec|rsh|rsync-path|use-compress-program|compress-program|to-command|info-script|new-volume-script|ssh-program|askpass|pager|editor|diff-program|diff-cmd|checkpoint-action=exec)`;
const LONG_OPTION = new RegExp(
  String.raw`(?<![^\s'"=])${LONG}(?:\s*=\s*|\s+)${WRITABLE}[^\s'"]{1,200}`,
  "i",
);
/** Short program options, only for a script or binary under a writable place. */
const SHORT_OPTION = new RegExp(
  String
    .raw`(?<![^\s'"=])-(?:S|I|e|F)(?:\s*=\s*|\s+)${WRITABLE}[^\s'"]{0,200}\.(?:sh|bash|py|pl|rb|js|php|ps1|bat|cmd|exe|bin|elf)(?![\w.])`,
);
/**
 * A whole argument that is a remote-shell option with an interpreter and a script (`-e sh
 * /tmp/x.sh`, `--rsh=bash ./run`): a positional argument (rsync's source, a host) turned into the
 * program the tool runs. Only at the start of the value: in a command line `grep -e sh file` greps.
 */
const LEADING_SHELL_OPTION =
  /^\s*(?:-e|--rsh(?:=|\s+)|--rsync-path(?:=|\s+))\s*['"]?(?:(?:\/usr)?\/bin\/)?(?:(?:ba|z|k|da)?sh|python[23]?|perl|ruby|node|php)\s+['"]?[~.\/$%]/;
/**
 * GNU sed's `e` command and the `e` flag of `s///` run a shell command (`1e curl … | sh`,
 * `s/x/id/e`); `w`/`W` writing to a device or dotfile is left to the path checks. Only in a text
 * that is a sed script (it has a substitution). Blanks around the address are spaces and tabs only,
 * bounded: with `\s*` on both sides of an optional address, a run of line breaks backtracked
 * cubically (25–50 s on 4 KB).
 */
const SED_SCRIPT =
  /^[ \t]{0,8}['"]?(?:\d{1,9}(?:,\d{1,9})?|\$|\/[^\/\n]{1,200}\/)?[ \t]{0,8}s([\/|#,:@!])[^\n]{0,300}\1[^\n]{0,300}\1|\bsed\s+(?:-[a-zA-Z]{1,4}\s+){0,4}['"]/;
/** A value that starts as a sed script does (`s/`, `1,5s|`, `/re/s#`): the cheap test first. */
const SED_LEAD = /^[ \t'"]{0,8}(?:[\d,$]{0,20}|\/[^\/\n]{1,200}\/)[ \t]{0,8}s[\/|#,:@!]/;
const SED_COMMAND = /\bsed\s+(?:-|['"])/;
const SED_EXEC =
  /(?:^|[;\n{}'"])[ \t]{0,8}(?:\d{1,9}|\$|\/[^\/\n]{1,200}\/)?[ \t]{0,8}e[ \t]{1,8}[a-z\/.~$][^\n;]{0,300}|(?:^|[;\s'"])s([\/|#,:@!])(?:(?!\1)[^\n]){0,300}\1(?:(?!\1)[^\n]){0,300}\1[gpiImM0-9]{0,6}e(?=$|[\s;}'"])/;

/** ssh config options that run a command (`-o KnownHostsCommand=…`, `-oMatch exec`). */
const SSH_COMMAND = /(?<![^\s'"=])-o\s*['"]?(?:KnownHostsCommand|RemoteCommand|Match\s+exec)\b/i;
/** vim/nvim/ex: `+cmd`, `-c cmd`, `--cmd cmd` with a shell escape or a system() call. */
const EDITOR_EX =
  /(?:^|\s)(?:\+|-c\s*|--cmd\s*)['"]?:?\s*(?:silent!?\s*)?(?:![a-z\/.]|r(?:ead)?\s*!\s*[a-z\/.]|call\s+system\s*\(|terminal\s+\S|py(?:thon)?3?\s+import\s+os)/i;

/** The reason when `view` names a helper program in a writable place or runs an editor ex command. */
export function programOption(view: string): string | undefined {
  if (
    view.length <= 2048 && (SED_LEAD.test(view) || SED_COMMAND.test(view)) &&
    SED_SCRIPT.test(view) &&
    SED_EXEC.test(view)
  ) {
    return "is a sed script whose `e` command or flag runs a shell command";
  }
  // Option strings are short: a long document that names `tar --to-command` describes it.
  if (view.length > 2048 || (!view.includes("-") && !view.includes("+"))) return undefined;
  if (view.includes("--") && LONG_OPTION.test(view)) {
    return "names a helper program in a temporary or download folder for the tool to run";
  }
  if (LEADING_SHELL_OPTION.test(view)) {
    return "is an option naming a shell or interpreter and a script as the program the tool runs";
  }
  if (SHORT_OPTION.test(view)) {
    return "names a script in a temporary or download folder as the program the tool runs";
  }
  if (view.includes("-o") && SSH_COMMAND.test(view)) {
    return "sets an ssh option that runs a local or remote command";
  }
  if (EDITOR_EX.test(view)) return "passes an editor start-up command that runs a shell command";
  return undefined;
}
