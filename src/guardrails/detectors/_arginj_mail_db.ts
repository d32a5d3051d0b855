/**
 * Argument injection into mailers and database clients (sendmail/exim/mail, psql, mysql, sqlite3,
 * redis-cli): log and queue options that write files, mail(1) tilde escapes, client meta-commands
 * and server-side COPY … PROGRAM that run shell commands, plugin and defaults files loaded from a
 * dropped place. Public sources: PHP mail() / PHPMailer CVE-2016-10033 (`-X`, `-OQueueDirectory`,
 * `-C`), psql(1) `\!`/`\o |`, PostgreSQL COPY PROGRAM, mysql(1) `\!`/`system`, GTFOBins.
 * Passing: `-f noreply@example.com`, `-t -i`, `-c 'select 1'`, `--csv -A`, `--batch -e 'SHOW TABLES'`.
 */
import { type ArgRule, EQ, r, WRITABLE } from "./_arginj_core.ts";

export const MAIL_DB_RULES: ArgRule[] = [
  {
    id: "db.client_shell_escape",
    lit: ["\\!", "\\o", "\\g", "program", "\\system", ".shell", ".system"],
    re:
      /(?:^|[\s'";])\\!\s{0,3}[a-z\/.]|(?:^|[\s'";])\\[og]\s{1,3}['"]?\|\s{0,3}[a-z\/.]|\b(?:from|to)\s{1,3}program\s{1,3}['"$]|(?:^|[\s'";])\\?system\s{1,3}(?:id|whoami|sh|bash|curl|wget|nc|cat|rm|touch|python3?)\b|(?:^|[\s'";])\.(?:shell|system)\s{1,3}[a-z\/.]/i,
    free: true,
    not: /^\s{0,3}(?:select|with)\b[^;]{0,400}\bprogram\b(?![^;]{0,400}\bcopy\b)/i,
    why:
      "runs a shell command from the database client or server (\\!, \\o |cmd, COPY … PROGRAM, .shell)",
  },
  {
    id: "db.client_loads",
    lit: [
      "--plugin-dir",
      "--defaults-file",
      "--defaults-extra-file",
      "--init-command",
      "--pager",
      "--load-extension",
      ".load",
    ],
    re: new RegExp(
      r`(?:^|\s)--(?:plugin-dir|defaults(?:-extra)?-file)${EQ}${WRITABLE}|(?:^|\s)--init-command${EQ}[^\n]{0,200}\b(?:sys_exec|sys_eval|into\s{1,3}(?:out|dump)file|load_file)\b|(?:^|[\s'";])\.load\s{1,3}['"]?${WRITABLE}`,
      "i",
    ),
    why: "makes the database client load a plugin, extension or defaults file from a dropped place",
  },
  {
    id: "mail.sendmail_options",
    lit: ["-x", "-oqueuedirectory", "-c", "-be", "-oq"],
    // Case-sensitive: `-X` logs the whole session to a file, `-C` reads another config, `-be`
    // expands (exim `${run{…}}`), `-OQueueDirectory` moves the queue.
    re:
      /(?:^|\s)-X\s{0,3}['"]?[\/~.][^\s'"]{0,160}\.(?:php\d?|phtml|jsp|aspx?|sh|cgi)\b|(?:^|\s)-X\s{0,3}['"]?\/(?:var\/www|srv|tmp)\/|(?:^|\s)-O\s{0,3}['"]?QueueDirectory\s{0,2}=|(?:^|\s)-oQ\s{0,3}\/|(?:^|\s)-be\s[^\n]{0,120}\$\{run\{|\$\{run\{[^}\n]{0,200}\}/,
    free: true,
    why:
      "passes sendmail/exim options that log mail into a web file, move the queue or run a command",
  },
  {
    id: "mail.tilde_escape",
    lit: ["~!", "~|"],
    re: /(?:^|\n)~[!|]\s{0,3}[a-z\/.]/,
    free: true,
    why: "is a mail(1) message body with a tilde escape that runs a shell command (~! / ~|)",
  },
];
