/**
 * Argument injection into text and file tools (find, xargs, grep/rg, sed, awk, sort, less, vim,
 * man): find's run and write actions, ripgrep's preprocessor, sed scripts that write files, awk
 * programs that run commands, inline shells handed to xargs. Public sources: GTFOBins (find,
 * xargs, rg, sed, awk, sort, less, man, vim), the Argument Injection Vectors catalogue (find
 * `-exec`/`-fprintf`, rg `--pre`, sed `e`/`w`), PayloadsAllTheThings "Argument Injection".
 * Passing: `-name '*.log' -mtime +7`, `-type f -print0`, `--hidden --glob '!.git'`, `s/a/b/g`,
 * `{print $1}`, `-n -k2`, a regex `foo|bar$`.
 */
import { type ArgRule, r, SHELL_WORD, SYS_DIR, SYS_PATH } from "./_arginj_core.ts";

/** A find action running a read-only program on each match (`-exec grep -l x {} +`). */
export const FIND_READ_ONLY =
  /-(?:exec|execdir|ok|okdir)\s{1,3}['"]?(?:ls|stat|file|wc|du|md5sum|sha\d{1,3}sum|grep|head|echo|basename|dirname|realpath|test)\b(?:\s{1,3}-{1,2}[\w-]{1,20}){0,3}\s{1,3}(?:['"]?[^\s;'"]{1,80}['"]?\s{1,3})?['"]?\{\}['"]?\s{1,3}(?:\\;|;|\+)/;

export const TEXT_RULES: ArgRule[] = [
  {
    id: "text.find_exec",
    lit: ["-exec", "-execdir", "-ok", "-okdir"],
    // The `\;` / `;` / `+` terminator makes it find's action, not a word in prose.
    re:
      /(?:^|\s)-(?:exec|execdir|ok|okdir)\s{1,3}['"]?[\w.\/~$-]{1,80}['"]?(?:\s{1,3}[^\s;]{1,80}){0,8}\s{1,3}(?:\\;|['"];['"]|;|\{\}\s{1,3}\+)(?:\s|$|['"])/,
    not: FIND_READ_ONLY,
    free: true,
    why: "adds a find action that runs a program on every match (-exec / -execdir / -ok)",
  },
  {
    id: "text.find_writes",
    lit: ["-fprint", "-fprintf", "-fls", "-fprint0", "-delete"],
    re: new RegExp(
      r`(?:^|\s)-(?:fprint0?|fprintf|fls)\s{1,3}['"]?(?:${SYS_DIR}|[^\s'"]{0,120}(?:\.(?:bashrc|profile|zshrc|php\d?|phtml|jsp|aspx?)|authorized_keys|crontab)\b)|^\s{0,3}-delete(?:\s|$)|(?:^|\s)-(?:name|path|type|mtime|iname)\s{1,3}\S{1,80}\s{1,3}-delete(?:\s|$)`,
      "i",
    ),
    why: "adds a find action that writes a file in a sensitive place or deletes every match",
  },
  {
    id: "text.rg_preprocessor",
    lit: ["--pre"],
    re: /(?:^|[\s'"])--pre(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?(?!-)[^\s'"]/,
    free: true,
    why: "makes ripgrep run the given program on every file it searches (--pre)",
  },
  {
    id: "text.sed_write",
    lit: ["w /", "w ~", "w/", "w~", "/w "],
    re: new RegExp(
      r`(?:^|[;\s'"{])(?:\d{1,9}|\$)?\s{0,3}w\s{0,3}${SYS_PATH}|s\/[^\/\n]{0,200}\/[^\/\n]{0,200}\/[gpiIM0-9]{0,6}w\s{0,3}(?:${SYS_PATH}|\/dev\/(?!null|stdout|stderr))`,
    ),
    why: "is a sed script whose w command or flag writes into a system or dotfile location",
  },
  {
    id: "text.sed_exec_line",
    lit: ["e "],
    re: new RegExp(r`^\s{0,3}['"]?(?:\d{1,9}|\$|\/[^\/\n]{1,100}\/)\s{0,3}e\s{1,3}${SHELL_WORD}`),
    free: true,
    why: "is a sed script whose e command runs a shell command",
  },
  {
    id: "text.awk_runs",
    lit: ["system", "print"],
    re: new RegExp(
      r`\bsystem\s{0,3}\(\s{0,3}(?:["'$]|[a-z_]{1,20}\s{0,3}\))|\bprint[^\n;}]{0,200}\|\s{0,3}["']${SHELL_WORD}`,
      "i",
    ),
    why: "is an awk program that runs a shell command or opens a network socket",
  },
  {
    id: "text.awk_pipe",
    lit: ["getline", "/inet/"],
    // `"cmd" | getline` and `/inet/tcp/` are awk's own syntax: no prose or query holds them.
    re: /["'][^"'\n]{1,200}["']\s{0,3}\|&?\s{0,3}getline\b|\/inet\/(?:tcp|udp)\/\d{1,5}\//,
    free: true,
    why: "is an awk program that reads a command's output or opens a network socket",
  },
  {
    id: "text.inline_shell",
    lit: ["-c", "-e", "-r", "/c", "/k"],
    re: new RegExp(
      r`(?:^|[\s'"=])(?:(?:\/(?:usr\/)?bin\/)?(?:ba|z|da|k)?sh\s{1,3}-c|python[23]?\s{1,3}-c|perl\s{1,3}-e|ruby\s{1,3}-e|node\s{1,3}-e|php\s{1,3}-r|cmd(?:\.exe)?\s{1,3}\/[ck]|(?:powershell|pwsh)(?:\.exe)?\s{1,3}(?:-[\w]{1,20}\s{1,3}){0,3}-(?:c|command|e|enc|encodedcommand))\s{1,3}['"]?[^\s'"]`,
      "i",
    ),
    // `exec -n staging deploy/api -- sh -c '…'`: a command run in a container or on a host after
    // the `--` that ends the tool's own options is that command's business (checked as a chain).
    not:
      /(?:^|\s)--\s{1,3}(?:\/(?:usr\/)?bin\/)?(?:(?:ba|z|da|k)?sh|python[23]?|perl|ruby|node|php)\s{1,3}-[ce]\b/i,
    why: "hands an inline shell or interpreter command to the tool as one of its arguments",
  },
  {
    id: "text.xargs_shell",
    lit: ["-i{}", "-i {}", "-i%", "-i %"],
    re: new RegExp(r`(?:^|\s)-I\s{0,3}['"]?(?:\{\}|%)['"]?\s{1,3}${SHELL_WORD}`),
    free: true,
    why: "makes xargs run a shell or network program for every input line",
  },
  {
    id: "text.zsh_process_file",
    lit: ["=("],
    // zsh replaces `=(cmd)` with a temporary file holding the command's output.
    re:
      /(?:^|[\s'"=])=\(\s{0,3}(?:curl|wget|nc|ncat|fetch|cat|base64|(?:ba|z|da)?sh|python[23]?|perl)\b/,
    free: true,
    why: "is a zsh =(…) substitution that runs a command and hands its output as a file",
  },
  {
    id: "text.less_editor",
    lit: ["lesskey", "lessopen", "--lesskey-file", "-k"],
    re: new RegExp(
      r`(?:^|\s)(?:--lesskey-(?:file|src)|-k)(?:\s{0,3}=\s{0,3}|\s{0,3})['"]?(?:\/tmp\/|\/dev\/shm\/|https?:)|\bLESSOPEN\s{0,2}=\s{0,2}['"]?\|`,
    ),
    why: "makes less load key bindings or an input preprocessor that can run commands",
  },
];
