/**
 * Round-21 command techniques the command injection detector checks in tool arguments (input
 * stage, before its metacharacter pre-filter):
 *
 * - Ansible module switching: `-m shell -a '…'` (or `command`, `raw`, `script`, `expect`,
 *   `win_shell`, their `ansible.builtin.` names, `--module-name`/`--args`) in an extra-options
 *   argument of an ad-hoc tool: the last `-m` wins, so a `ping` call runs an arbitrary command on
 *   every host. Judged in any argument that is an option string (starts with `-`), and in
 *   command-like ones unless the line is the `ansible` command itself (then the command is the
 *   user's and its payload is judged by the other rules);
 * - database shells' escapes to the operating system in a script argument: sqlite3's `.shell` /
 *   `.system` and `.once|.output|.import '|cmd'`, psql's and mysql's `\!` and psql's
 *   `\o|\g|\w '|cmd'` / `\copy … program`, mysql's `system curl …`.
 *
 * Each check sits behind a cheap literal test; every pattern is bounded, no nested quantifiers.
 */
import type { FieldContext } from "../types.ts";

/** The finding for one value: a kind and a reason. */
export interface R21Hit {
  kind: string;
  reason: string;
}

/** Ansible modules that run a shell or a raw command line. */
const SHELL_MODULE = String
  .raw`['"]?(?:ansible\.(?:builtin|legacy|windows)\.)?(?:shell|command|raw|script|expect|win_shell|win_command|psexec)['"]?`;
/** `-m MODULE -a …` or `-a '…' -m MODULE` (either order). */
const ANSIBLE_MODULE_SWITCH = new RegExp(
  String
    .raw`(?:^|\s)(?:-m|--module-name)(?:=|\s{1,4})${SHELL_MODULE}\s{1,4}(?:-a|--args)(?:=|\s)|(?:^|\s)(?:-a|--args)(?:=|\s{1,4})(?:'[^'\n]{0,500}'|"[^"\n]{0,500}")\s{1,4}(?:-m|--module-name)(?:=|\s{1,4})${SHELL_MODULE}(?:\s|$)`,
);
/** The line is the ansible command itself (a shell tool running it on purpose). */
const ANSIBLE_LEAD = /^\s{0,8}(?:sudo\s{1,4})?ansible\s/;

/** Database CLI escapes to the shell (sqlite3 dot-commands, psql/mysql backslash commands). */
const DB_SHELL_ESCAPE =
  /(?:^|[\n;])[ \t]{0,8}(?:\.(?:shell|system)[ \t]{1,8}\S|\.(?:once|output|import)[ \t]{1,8}(?:-[a-z]{1,3}[ \t]{1,4})?['"]?\||\\![ \t]{0,4}[\w\/.~$'"]|\\(?:o|out|g|gx|w|write)[ \t]{1,8}['"]?\||\\copy\b[^\n]{0,200}?\bprogram[ \t]{1,4}['"]|system[ \t]{1,8}(?:curl|wget|bash|sh|nc|ncat|python3?|perl|php|ruby|rm|chmod|id|whoami|useradd|sudo|cat)\b)/i;

/** Argument names that hold a database script even though they read as free text. */
const SQL_KEY = /sql|quer|statement|stdin|batch/i;

/**
 * Round-21 techniques in one argument value (`text` raw; `free` for a free-text argument, where
 * only an option string or a database script under a query-like name is judged).
 */
export function r21Techniques(
  text: string,
  field: FieldContext,
  free: boolean,
): R21Hit | undefined {
  if (field.stage !== "input" || text.length > 8192) return undefined;
  if (
    (text.includes("-m") || text.includes("--module-name")) &&
    (free ? /^\s{0,4}-/.test(text) : !ANSIBLE_LEAD.test(text)) && ANSIBLE_MODULE_SWITCH.test(text)
  ) {
    return {
      kind: "option_injection",
      reason:
        "switches an Ansible call to a shell module (-m shell/command/raw -a …): it runs an arbitrary command on the hosts",
    };
  }
  if (
    (!free || SQL_KEY.test(field.key ?? "")) &&
    (text.includes(".s") || text.includes("\\") || text.includes("|") || text.includes("system")) &&
    DB_SHELL_ESCAPE.test(text)
  ) {
    return {
      kind: "shell_escape",
      reason:
        "escapes from a database shell to the operating system (sqlite3 .shell/.system, psql/mysql \\!, output piped to a command)",
    };
  }
  return undefined;
}
