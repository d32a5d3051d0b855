/**
 * A path that is the argument of a command printing only METADATA about the file — `stat`
 * (permissions, owner, times), `lsattr`/`getfacl` (attributes, ACLs), `ls -l` (a listing) and
 * `ssh-keygen -l` (a key's fingerprint) — or that only TIGHTENS who may read it (`chmod 600`,
 * `chmod go-rwx`: a safeguard switched on; a mode that opens it, `644`/`o+r`, still counts) — exposes no secret: auditing who may read
 * `/etc/shadow` or which keys `authorized_keys` trusts is hardening work, and what the command
 * prints is the same for a secret file as for any other. The path must be in the SAME command
 * segment as the verb (no `;`, `&`, `|`, `$(`, backtick or redirection from a file between them),
 * and nothing later on the line may hand the output to `xargs`, a shell or `eval` (which would turn
 * the listed names back into reads). `cat`, `cp`, `scp`, and every other
 * command still count by the file's name.
 */

/** The text before the token, from its line's start: ends inside a metadata-only command. */
const METADATA_VERB =
  /(?:^|[\s;&|('"])(?:sudo\s{1,4}(?:-[a-zA-Z]{1,4}\s{1,4}){0,3})?(?:stat|lsattr|getfacl|ls\s{1,4}-[a-zA-Z]{0,8}l[a-zA-Z]{0,8}|ssh-keygen\s{1,4}-[a-zA-Z]{0,4}l[a-zA-Z]{0,4}|chmod\s{1,4}(?:-[Rv]{1,2}\s{1,4})?(?:0?[4-7]00|(?:go|og|g|o|a)-[rwx]{1,3}|u=[rwx]{1,3},(?:go|og)=))\s(?:[^;&|\n`$<>(){}]{0,200}\s)?["']?$/;
/** What would run the listed names or fingerprints as commands or reads. */
const RERUN = /\|\s{0,4}(?:xargs|(?:ba|z|da|k)?sh|eval|source|while|parallel)\b|`|\$\(/;

/**
 * Whether the token at `index` of `view` is an argument of a metadata-only command (`before` is the
 * text from the line's start to the token).
 */
export function metadataOnlyArg(view: string, before: string, index: number): boolean {
  if (!METADATA_VERB.test(before)) return false;
  let end = view.indexOf("\n", index);
  if (end < 0) end = view.length;
  return !RERUN.test(view.slice(index, end));
}

/**
 * A runtime's environment OBJECT written as a regex (`process\.env`, `Deno\.env`,
 * `import\.meta\.env`), alone or after a regex's own characters (`.*process\.env`): the backslash
 * escapes a dot in a pattern (a lint or scanner rule), it is not a Windows separator before a
 * `.env` file. The object's name must stand alone (`C:\app\process\.env`, `.\.env` and
 * `process/.env` are still files).
 */
const ENV_OBJECT_TOKEN = /^(?:\\{1,2}\.meta)?\\{1,2}\.env$/i;
const ENV_OBJECT_NAME = /(?<![\w\\\/~.:-])(?:process|deno|bun|import)$/i;

/** Whether `token`, found at `index` of `view`, is a runtime's env object in an escaped regex. */
export function envObjectPattern(view: string, index: number, token: string): boolean {
  return ENV_OBJECT_TOKEN.test(token) &&
    ENV_OBJECT_NAME.test(view.slice(Math.max(0, index - 24), index));
}
