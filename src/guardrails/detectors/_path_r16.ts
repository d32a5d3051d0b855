/**
 * Round-16 path-traversal addition: a file pattern (glob, brace list, name filter) that names
 * credential stores by their file names (`{logins.json,key4.db,cookies.sqlite}`, `**\/id_rsa`).
 * A listing or search tool takes the folder and the pattern as two arguments, and the folder
 * alone (a browser profile, a home directory) is an ordinary path: the pattern says what is
 * being collected. Distinctive stores count alone; names an application may also use
 * (`logins.json`, `cookies.sqlite`, `Login Data`) count in twos. Shell and database-client
 * histories count alone (they keep typed passwords).
 */
import type { FieldContext } from "../types.ts";

/** Credential-store file names no application file is called. */
const STRONG = new Set([
  "key3.db",
  "key4.db",
  "signons.sqlite",
  "wallet.dat",
  "id_rsa",
  "id_dsa",
  "id_ecdsa",
  "id_ed25519",
  ".git-credentials",
  ".pgpass",
  ".netrc",
  "_netrc",
  "ntds.dit",
  "access_tokens.db",
  "credentials.db",
  // Shell and database-client histories: they keep passwords typed on the command line
  // (`IDENTIFIED BY`, `AUTH`, `ALTER ROLE … PASSWORD`, connection strings).
  ".bash_history",
  ".zsh_history",
  ".mysql_history",
  ".psql_history",
  ".rediscli_history",
  "mongosh_repl_history",
  ".dbshell",
  ".sqlite_history",
  "consolehost_history.txt",
]);
/** Browser store names that also name ordinary files: evidence in twos. */
const WEAK = new Set([
  "logins.json",
  "cookies.sqlite",
  "login data",
  "web data",
  "cookies",
  "local state",
  "formhistory.sqlite",
  "cert9.db",
]);

/** Any name of {@link STRONG} or {@link WEAK} (a cheap pre-test, case-insensitive). */
const ANY_NAME =
  /key[34]\.db|signons\.sqlite|wallet\.dat|id_(?:rsa|dsa|ecdsa|ed25519)|git-credentials|pgpass|netrc|ntds\.dit|access_tokens\.db|credentials\.db|_history|dbshell|logins\.json|cookies|login data|web data|local state|formhistory\.sqlite|cert9\.db/i;

/** Keys of a file pattern or name filter. */
const PATTERN_KEY =
  /^(?:pattern|patterns|glob|globs|include|includes|match|matches|filter|filters|name_pattern|file_pattern|filename_pattern|wildcard|mask)$|_(?:pattern|glob|filter)$/;

/** True when a file pattern names credential stores by file name. */
export function credentialPattern(text: string, field: FieldContext): boolean {
  if (field.stage !== "input" || text.length > 1024) return false;
  const key = field.key ?? "";
  // Outside a pattern key only a short value with glob syntax is a pattern (prose has `?`).
  if (!PATTERN_KEY.test(key) && (text.length > 256 || !/[{*?]/.test(text))) return false;
  // One pass for any store name before splitting: prose with a `?` is the common case.
  if (!ANY_NAME.test(text)) return false;
  let strong = 0;
  let weak = 0;
  for (const part of text.toLowerCase().split(/[{},|;\n]/, 64)) {
    const name = part.trim().replace(/^['"]|['"]$/g, "").replace(/^(?:\*\*?\/)+/, "")
      .replace(/^.*[\\\/]/, "");
    if (STRONG.has(name)) strong++;
    else if (WEAK.has(name)) weak++;
  }
  return strong > 0 || weak > 1;
}
