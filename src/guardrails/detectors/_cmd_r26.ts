/**
 * Round-26 command techniques the command injection detector checks in tool arguments (input
 * stage, before its metacharacter pre-filter):
 *
 * - zsh's TCP module: `zmodload zsh/net/tcp` + `ztcp HOST PORT`, then a shell's descriptors tied
 *   to the connection (`>&$REPLY`), a reverse shell with no `/dev/tcp` and no `nc`;
 * - database shells' dot-commands that run the OS: sqlite3 `.shell`/`.system`, and `.once`/
 *   `.output` into a `|command` pipe, in a commands/SQL argument or a database tool's list item;
 * - editor start-up commands that run a program: vim `:!cmd`, `:r !cmd`, `:%!sh`,
 *   `:call system(…)`, `:py3 …`, `:lua …`, `:terminal` as an editor/argument list item;
 * - `gh api` granting repository or organisation admin: a `permission=admin|maintain` or
 *   `role=admin` field in a GitHub CLI argument list (each item is scanned alone, so the field
 *   item is the tell), or the whole command in one string;
 * - PowerShell building its script from a character-code array (`-join [char[]](105,101,120,…)`)
 *   and handing it to `iex`/`Invoke-Expression`/`[scriptblock]::Create`;
 * - a shell (`bash -c`, `eval`, `source <(…)`) running `$(echo … | base32 -d)` — text decoded from
 *   base32/base64 inside the substitution, so no readable command reaches a filter.
 *
 * Two false-positive fixes for the metacharacter checks: git revision syntax in a ref
 * (`main~20..main`, `HEAD^2`) and a plain `--exclude=GLOB` item in a file list.
 *
 * Each check sits behind a cheap literal test; every pattern is bounded, no nested quantifiers.
 */
import type { FieldContext } from "../types.ts";

/** The finding for one value: a kind and a reason. */
export interface R26Hit {
  kind: string;
  reason: string;
}

/** `ztcp HOST PORT` (a connect, not `-l` listen or `-c` close). */
const ZTCP_CONNECT = /\bztcp\s{1,4}(?!-)[\w.:\[\]-]{1,100}\s{1,4}\d{1,5}\b/;
/** A descriptor tied to the connection zsh left in `$REPLY`, or an interactive shell. */
const ZTCP_BIND = /[<>]&\s{0,2}\$\{?REPLY\b|\b(?:exec\s{1,4})?(?:ba|z|k|da)?sh\s{1,4}-i\b/;

/** sqlite3 dot-commands running the OS (or piping output into a program), at a line start. */
const SQLITE_SHELL =
  /(?:^|\n)\s{0,8}\.(?:shell|system)\s{1,4}\S|(?:^|\n)\s{0,8}\.(?:once|output)\s{1,4}(?:-[a-z]{1,3}\s{1,4})?['"]?\|/;
/** Arguments holding database-shell input, or a database tool. */
const DB_KEY =
  /^(?:commands?|sql|query|queries|script|stdin|input|statements?|lines)$|_(?:commands?|sql|script)$/;
const DB_TOOL = /sqlite|sql|db|database/i;

/** A vim/neovim ex command that runs a program (`:!cmd`, `:r !cmd`, `:%!sh`, `:call system(`). */
const VIM_EXEC = new RegExp(
  String.raw`^\s{0,4}(?:\+|-c\s{1,4}|--cmd\s{1,4})?['"]?:\s{0,4}(?:sil(?:ent)?!?\s{1,4})?(?:` +
    String.raw`(?:(?:r(?:ead)?|w(?:rite)?)\s{1,4}|%|\d{1,6},\d{1,6}|'<,'>)?!\s{0,4}[\w\/.~"'$-]` +
    String.raw`|call\s{1,4}(?:system|systemlist|job_?start|termopen)\s{0,4}\(` +
    String.raw`|(?:py3?|python3?|pyx|lua|perl|ruby)(?:do)?\s{1,4}\S|exe(?:cute)?\s{1,4}['"]!` +
    String.raw`|term(?:inal)?\b)`,
  "i",
);
/** Editor arguments and argument lists. */
const EDITOR_KEY =
  /^(?:args|argv|arguments|flags|options|opts|extra_args|params)$|_args$|editor|vim/;

/** A GitHub CLI field granting admin/maintain (repository collaborator, org or team member). */
const GH_GRANT =
  /^\s{0,4}(?:(?:-f|-F|--field|--raw-field)[\s=]{1,4})?(?:permission|role)=(?:admin|maintain|owner)\s{0,4}$/i;
/** The same in one command string: an `api` call to collaborators/memberships with the field. */
const GH_GRANT_LINE =
  /\bgh\s{1,4}api\b[^\n]{0,300}\/(?:collaborators|memberships|members)\/[^\n]{0,300}(?:-f|-F|--field|--raw-field)[\s=]{1,4}['"]?(?:permission|role)=(?:admin|maintain|owner)\b/i;
const GH_TOOL = /(?:^|[\s_.:-])gh(?:$|[\s_.:-])|github/i;

/** A character-code array PowerShell joins into text (eight codes or more). */
const PS_CHAR_ARRAY = /\[char\[\]\]\s{0,4}\(?\s{0,4}(?:\d{1,3}\s{0,4},\s{0,4}){7}\d{1,3}/i;
/** Where PowerShell runs a string as a script. */
const PS_RUN =
  /\biex\b|\binvoke-expression\b|\[scriptblock\]\s{0,4}::\s{0,4}create\b|\.invoke\s{0,4}\(/i;

/** A shell or `eval` running text decoded from base32/base64 inside `$(…)`/backticks/`<(…)`. */
const DECODED_SUBST = new RegExp(
  String
    .raw`(?:\b(?:(?:ba|z|k|da)?sh\s{1,4}-[a-z]{0,3}c|eval|exec)\s{1,4}["']?(?:\$\(|\x60)|\b(?:source|\.)\s{1,4}<\()` +
    String
      .raw`[^)\x60\n]{0,3000}?\b(?:base(?:32|64)|basenc)\b[^)\x60\n]{0,60}?\s(?:-d|--decode|-D)\b`,
  "i",
);

/** Round-26 techniques in one argument value, or undefined. */
export function r26Techniques(
  text: string,
  field: FieldContext,
  free: boolean,
): R26Hit | undefined {
  if (field.stage !== "input" || text.length > 65536) return undefined;
  const key = field.key ?? "";
  const where = `${field.tool ?? ""} ${field.server ?? ""}`;
  if (text.includes("ztcp") && ZTCP_CONNECT.test(text) && ZTCP_BIND.test(text)) {
    return {
      kind: "reverse_shell",
      reason: "opens a TCP connection with zsh's ztcp module and ties a shell's input/output to it",
    };
  }
  if (
    text.includes(".") && (DB_KEY.test(key) || DB_TOOL.test(where)) && SQLITE_SHELL.test(text)
  ) {
    return {
      kind: "dangerous_command",
      reason:
        "uses a database shell's dot-command (.shell, .system, .output |cmd) to run an OS command",
    };
  }
  if (text.length <= 2000 && text.includes(":") && EDITOR_KEY.test(key) && VIM_EXEC.test(text)) {
    return {
      kind: "argument_injection",
      reason: "is an editor start-up command that runs a program (:!cmd, :call system(), :py3)",
    };
  }
  // An argument-list item is short; a whole `gh api` command names itself.
  const grant = text.length <= 80 && GH_TOOL.test(where) && GH_GRANT.test(text);
  if (grant || (!free && text.includes("gh ") && GH_GRANT_LINE.test(text))) {
    return {
      kind: "dangerous_command",
      reason:
        "grants admin or maintain rights through the GitHub API (collaborator or member role)",
    };
  }
  if (
    text.includes("[") && /char/i.test(text) && PS_CHAR_ARRAY.test(text) && PS_RUN.test(text)
  ) {
    return {
      kind: "obfuscated_command",
      reason:
        "builds a PowerShell script from character codes and runs it with iex/Invoke-Expression",
    };
  }
  if (
    text.includes("base") && (text.includes("$(") || text.includes("`") || text.includes("<(")) &&
    DECODED_SUBST.test(text)
  ) {
    return {
      kind: "obfuscated_command",
      reason: "runs text decoded from base32/base64 inside a command substitution with a shell",
    };
  }
  return undefined;
}

/** git revision suffixes: `main~20`, `HEAD^2`, `v1^{commit}`, `@{upstream}`. */
const GIT_REV_SUFFIX =
  /(?<=[\w\/.-])(?:~\d{0,4}|\^\{(?:commit|tree|blob|tag|object)?\}|\^\d{0,4}|@\{(?:u|upstream|push|\d{1,4})\})/g;

/**
 * A ref/revision value with git's revision syntax (`~N`, `^N`, `^{type}`, `@{u}`) taken out, so a
 * range like `main~20..main` is judged by its names alone; spaces, quotes and `$` still count.
 */
export function withoutRevisionSyntax(value: string): string {
  if (!value.includes("~") && !value.includes("^") && !value.includes("@{")) return value;
  return value.length > 300 ? value : value.replace(GIT_REV_SUFFIX, "");
}

/** `--exclude=GLOB` / `--include=GLOB` with a plain glob: a filter, not a program or a config. */
const PLAIN_FILTER_OPTION = /^--(?:exclude|include)=[\w.*?\/\[\]-]{1,200}$/;

/** True when a file-list item that starts with "-" is only a plain include/exclude glob. */
export function plainFilterOption(value: string): boolean {
  return PLAIN_FILTER_OPTION.test(value);
}
