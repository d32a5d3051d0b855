/**
 * Shapes of a value that was built to be spliced into a command line, for arguments whose name
 * says nothing (`video_filter`, `right`, `name`, `from`): the value itself shows it is not prose.
 *
 * - a single token (no spaces) followed by a separator and a program with its arguments
 *   (`scale=1280:720 ; rm -rf ~/x`, `clip.mp4 && cat /etc/hosts`): prose has words before `;`;
 * - a whole value that is one substitution (`<(curl …)`, `$(…)`) or a token with a substitution
 *   glued inside it (`feature/$(id)`, ``x`id`y``): prose never glues `$(` into a word, and a
 *   markdown code span stands alone;
 * - an e-mail address followed by options (`a@b.c -X/var/www/x.php`): sendmail reads them.
 */

/** A token, a separator, then a program word and what follows it (first line only). */
const TOKEN_THEN_CHAIN =
  /^\s*([^\s;&|`$()<>'"]{1,120})\s*(?:;|&&|\|\||\|)\s*((?:\/(?:usr\/)?(?:local\/)?s?bin\/)?[a-z][\w.-]{0,30})([^\n]{0,200})/i;
/** What a program is given when it runs, not when it is named: options, paths, URLs, variables. */
const RUN_ARGUMENT =
  /^[ \t]+(?:-{1,2}[a-z0-9]|[\/~$]|\.{1,2}\/|https?:|[\w.-]+\.[a-z]{2,4}\b|\d{1,3}(?:\.\d{1,3}){3}\b|[\w.-]{1,60}[ \t]+\d{1,5}\b)/i;

/**
 * True when `value` is one token followed by a chained command, judged by `isCommand` (the
 * detector's list of programs). The token must not itself be a program (`ls; cat x` is a command
 * line someone asked about, not a spliced value).
 */
export function tokenThenChain(value: string, isCommand: (word: string) => boolean): boolean {
  if (value.length > 400) return false;
  const m = TOKEN_THEN_CHAIN.exec(value);
  if (!m || isCommand(m[1]) || !isCommand(m[2])) return false;
  return RUN_ARGUMENT.test(m[3]);
}

/** The whole value is one command or process substitution. */
const WHOLE_SUBSTITUTION = /^\s*(?:\$\(|[<>]\()[^()`\n]{1,400}\)\s*$/;
/** A token with a substitution inside it and no space outside. */
const GLUED_SUBSTITUTION =
  /^[^\s$`]{0,120}(?:\$\(([^()\n]{1,200})\)|`([^`\n]{1,200})`)[^\s]{0,120}$/;

/**
 * True when `value` is a substitution that runs a program (`isCommand` on its first word): the
 * whole value, or glued into a single token (`feature/$(id>/tmp/x)`).
 */
export function splicedSubstitution(
  value: string,
  isCommand: (word: string) => boolean,
): boolean {
  if (value.length > 500 || (!value.includes("(") && !value.includes("`"))) return false;
  const v = value.trim();
  let inner: string | undefined;
  if (WHOLE_SUBSTITUTION.test(v)) inner = v.slice(2);
  else {
    const g = GLUED_SUBSTITUTION.exec(v);
    // Backticks glued into a token are markdown only at its edges; inside a word they are a shell.
    inner = g?.[1] ?? (g?.[2] !== undefined && !v.startsWith("`") ? g[2] : undefined);
  }
  if (inner === undefined) return false;
  // Lower case only: `$(MAKE)` and `$(CC)` are make variables, and shells are case-sensitive.
  const word = inner.trim().match(/^(?:\/(?:usr\/)?(?:local\/)?s?bin\/)?[a-z][\w.-]{0,30}/)?.[0];
  return word !== undefined && isCommand(word);
}

/** Argument names that hold an e-mail address handed to a mailer. */
const MAIL_KEY =
  /^(?:from|sender|to|cc|bcc|reply_to|replyto|recipient|recipients|email|mail|mail_from|envelope_from|return_path|from_address|to_address)$/;
/** An address, then an option: `x@y.z -OQueueDirectory=/tmp -X/var/www/x.php`. */
const ADDRESS_THEN_OPTION =
  /@[^\s@]{1,255}["']?\s+-{1,2}[A-Za-z]|["'][^"'@]{0,200}\s-[A-Za-z][^"'@]{0,200}["']@/;

/** True when an e-mail argument carries mailer options after (or inside the quotes of) the address. */
export function mailerOptions(key: string, value: string): boolean {
  return value.length < 1024 && value.includes("@") && value.includes("-") && MAIL_KEY.test(key) &&
    ADDRESS_THEN_OPTION.test(value);
}

/** An output option (`--output`, `-o`, `-O`, `--log-file`) aimed at a file that runs code or grants access. */
const OUTPUT_TO_SENSITIVE =
  /(?:^|\s)(?:--(?:output(?:-document|-file)?|out-?file|log-?file)|-[oO])(?:\s*=\s*|\s+)["']?((?:~|\$HOME|\$\{HOME\}|\/home\/[\w.-]{1,40}|\/root)\/\.(?:ssh\/|(?:bashrc|bash_profile|profile|zshrc|zshenv|gitconfig)(?![\w.-])|config\/autostart\/)[^\s"';|&]{0,100}|\/etc\/(?:passwd|shadow|sudoers|cron[\w.]{0,20}|profile\.d|ld\.so\.preload|rc\.local|systemd\/system)[^\s"';|&]{0,100}|[^\s"';|&]{0,100}(?:\.git\/hooks\/[\w.-]{1,40}|authorized_keys))/i;

/** The sensitive file an output option in `value` writes, if any. */
export function outputOptionToSensitiveFile(value: string): string | undefined {
  if (value.length > 4096 || !value.includes("-")) return undefined;
  const m = OUTPUT_TO_SENSITIVE.exec(value);
  return m ? `"${m[1].slice(0, 60)}"` : undefined;
}
