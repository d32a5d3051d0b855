/**
 * Shared pieces of the argument-injection knowledge base (`_arginj_*.ts`): the rule shape and
 * the fragments (writable drop places, system folders, secret files) the area files combine.
 *
 * A rule is (a literal every match holds: the option or construct) + (the value shape that makes
 * the option run a program, read or write a file outside the task, or fetch from elsewhere) +
 * optionally (a benign shape that clears it). Never a bare option: `--depth=1`, `-q`, `-crf 23`,
 * `--filter=blob:none`, `-resize 50%` pass.
 */

/** One argument-injection technique. */
export interface ArgRule {
  /** Short id (area.technique), for tests and reports. */
  id: string;
  /** Lower-case literal(s), one of which every match holds (the gate's index). */
  lit: string | string[];
  /** The option or construct together with the value shape that makes it injection. */
  re: RegExp;
  /** A condition that clears the rule (a plain helper program, a project-local target). */
  not?: RegExp;
  /**
   * Also judged in free-text arguments (a search term, a name): only shapes no prose or query
   * holds (`-exec … \;`, `--upload-pack=`), and then not when the line is a sentence.
   */
  free?: boolean;
  /** What the option does, in words a user can act on. */
  why: string;
}

export const r = String.raw;

/** An option's value separator: `=`, or blanks, optionally opening a quote. */
export const EQ = r`(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?`;

/** Where a dropped helper or config lives: temp dirs, shared memory, downloads, a URL. */
export const WRITABLE =
  r`(?:(?:\/private)?(?:\/var)?\/tmp(?:\/|(?=[\s'"]|$))|\/dev\/shm\/|\/run\/user\/\d{1,6}\/|\$\{?TMPDIR\}?\/|%TEMP%\\|%TMP%\\|%APPDATA%\\|(?:~|\$HOME|\/home\/[\w.-]{1,32}|\/Users\/[\w.-]{1,32})\/Downloads\/|https?:\/\/|\\\\[\w.-]{1,60}\\)`;

/** System folders (by path) a tool must not write or extract into. */
export const SYS_PATH =
  r`(?:\/(?:etc|root|boot|bin|sbin|lib(?:32|64)?|usr\/(?:s?bin|lib|local\/s?bin)|var\/(?:spool\/cron|www)|srv\/www)(?=[\/\s'"]|$)|~\/\.(?:ssh|config|bashrc|profile|zshrc|aws|kube|docker)|\$HOME\/\.(?:ssh|bashrc|profile)|[a-z]:\\windows\\(?:system32|tasks)|[a-z]:\\programdata\\microsoft\\windows\\start menu)`;

/** {@link SYS_PATH} or the filesystem root itself (`-C /`). */
export const SYS_DIR = r`(?:${SYS_PATH}|\/(?=[\s'"]|$))`;

/** Files whose contents are secrets or account data. */
export const SECRET_FILE =
  r`(?:\/etc\/(?:passwd|shadow|gshadow|sudoers|master\.passwd)|\/proc\/self\/(?:environ|cmdline|maps)|\/root\/|~\/\.(?:ssh|aws|kube|docker|gnupg|netrc|git-credentials|pgpass|bash_history)|\$HOME\/\.(?:ssh|aws|netrc)|\bid_(?:rsa|ecdsa|ed25519|dsa)\b|\.env\b|[a-z]:\\windows\\(?:win\.ini|system32\\config))`;

/** An interpreter or shell named as a program to run, optionally with a path. */
export const SHELL_WORD =
  r`['"]?(?:(?:\/usr)?(?:\/local)?\/bin\/)?(?:(?:ba|z|k|da|c|tc)?sh|python[23]?|perl|ruby|php|node|lua|nc|ncat|netcat|socat|curl|wget|powershell|pwsh|cmd(?:\.exe)?|bitsadmin|certutil|mshta|rundll32|touch|id|whoami|uname|chmod)\b`;
