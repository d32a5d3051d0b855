/**
 * Round-32 code rules:
 *
 * - a pickle spelled as a string literal in source (`b"cposix\nsystem\n(S'…'\ntR."`, `\x80\x04…
 *   \x8c\x05posix…`) and unpickled: the literal's escapes are decoded and the stream is judged by
 *   the gadget test of ./_code_r6_gadgets.ts (a command- or code-running import);
 * - rows pushed to a database named inline: `dblink_exec('host=…', 'INSERT …')` / `dblink(…)`
 *   with a connection string to a public address, `INSERT INTO OPENROWSET(…)` /
 *   `OPENDATASOURCE(…)` to a server outside: the table leaves with the statement. Reading remote
 *   rows and private hosts pass;
 * - credential files read by SQL and written to a remote target: `read_text|read_blob|read_csv|
 *   pg_read_file|load_file|file(…)` of `~/.aws`, `.ssh`, `.config/gcloud`, `.kube`, `.netrc`,
 *   `.pgpass`, `.env`, `id_rsa` … and `COPY … TO 's3://|gs://|https://…'` or `INSERT INTO FUNCTION
 *   s3|url|remote(…)`. Data-lake exports of tables pass;
 * - mass in-place encryption (ransomware): a cipher created inside a directory walk whose
 *   originals are deleted, with a freshly generated key (or the key sent away, or a user's
 *   documents/home as target). Encrypting one file, or a backup that keeps the originals, passes.
 *
 * Only values a tool runs (a code/query argument, or a tool named for running code or queries),
 * then one case-insensitive word test ({@link R32_WORD}); bounded patterns, no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";
import { PICKLE_IMPORT } from "./_code_r6_gadgets.ts";

/** A word one of the checks below needs. */
const R32_WORD =
  /pickle|dill\.|dblink|openrowset|opendatasource|read_(?:text|blob|csv|json)|pg_read|load_file|into\s{1,4}function|cipher|\.encrypt|fernet|aes/i;

// --- Pickle literal -----------------------------------------------------------------------------

const UNPICKLE =
  /\b(?:pickle|cpickle|_pickle|dill|cloudpickle|joblib|pandas|pd)\s{0,2}\.\s{0,2}(?:loads|read_pickle)\s{0,2}\(|\bUnpickler\s{0,2}\(/i;
/** A Python string literal holding escapes (bounded). */
const ESCAPED_LITERAL = /"((?:[^"\\\n]|\\.){4,4000}?)"|'((?:[^'\\\n]|\\.){4,4000}?)'/g;

/** Decode the Python escapes of a string literal body. */
function unescapePy(s: string): string {
  return s.replace(
    /\\(?:x([0-9a-fA-F]{2})|([0-7]{1,3})|([nrt'"\\]))/g,
    (_a, x, o, c) =>
      x
        ? String.fromCharCode(parseInt(x, 16))
        : o
        ? String.fromCharCode(parseInt(o, 8))
        : c === "n"
        ? "\n"
        : c === "r"
        ? "\r"
        : c === "t"
        ? "\t"
        : c,
  );
}

/** True when Python code unpickles a literal whose stream imports a command-running function. */
export function pickleLiteral(text: string): boolean {
  if (!text.includes("\\") || !UNPICKLE.test(text)) return false;
  ESCAPED_LITERAL.lastIndex = 0;
  for (
    let m = ESCAPED_LITERAL.exec(text), n = 0;
    m && n < 64;
    m = ESCAPED_LITERAL.exec(text), n++
  ) {
    const body = m[1] ?? m[2];
    if (!body.includes("\\")) continue;
    if (PICKLE_IMPORT.test(unescapePy(body))) return true;
  }
  return false;
}

// --- Rows pushed to an inline-named database ----------------------------------------------------

const PRIVATE_HOST =
  /^(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|\[?::1|[\w-]{1,63}$|[\w.-]{1,200}\.(?:internal|local|lan|svc|cluster\.local|corp|intra|home\.arpa)$)/i;
const DBLINK_WRITE =
  /\bdblink(?:_exec)?\s{0,2}\(\s{0,2}'[^']{0,300}?\b(?:host|hostaddr)\s{0,2}=\s{0,2}([\w.:\[\]-]{1,253})[^;]{0,600}?\b(?:insert\s{1,4}into|update\s{1,4}[\w."]{1,130}\s{1,4}set|copy\s)/gi;
const ROWSET_WRITE =
  /\binsert\s{1,4}(?:into\s{1,4})?(?:openrowset|opendatasource)\s{0,2}\([^;]{0,300}?\b(?:server|data\s{0,1}source|addr|address)\s{0,2}=\s{0,2}(?:tcp:)?([\w.-]{1,253})/gi;

/** True when SQL writes rows to a database outside, named by an inline connection string. */
export function inlineRemoteWrite(text: string): boolean {
  for (const re of [DBLINK_WRITE, ROWSET_WRITE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text), n = 0; m && n < 8; m = re.exec(text), n++) {
      if (!PRIVATE_HOST.test(m[1])) return true;
    }
  }
  return false;
}

// --- Credential files copied out by SQL --------------------------------------------------------

const FILE_READ =
  /\b(?:read_text|read_blob|read_csv(?:_auto)?|read_json(?:_auto)?|pg_read_file|pg_read_binary_file|load_file|file|openrowset)\s{0,2}\(\s{0,2}\[?\s{0,2}'([^']{1,300})'/gi;
const CREDENTIAL_PATH =
  /(?:^|[\/\\])(?:\.aws[\/\\]|\.ssh[\/\\]|\.kube[\/\\]|\.docker[\/\\]config|\.config[\/\\](?:gcloud|gh|hub)\b|\.azure[\/\\]|\.gnupg[\/\\]|\.netrc$|\.pgpass$|\.npmrc$|\.pypirc$|\.git-credentials$|\.env(?:\.[\w-]{1,20})?$|id_(?:rsa|ecdsa|ed25519|dsa)\b|credentials(?:\.json)?$|application_default_credentials|shadow$)/i;
const REMOTE_TARGET =
  /\bto\s{1,4}'(?:s3a?|gs|gcs|r2|az|azure|abfss?|https?|hf|ftp):\/\/|\binsert\s{1,4}into\s{1,4}function\s{1,4}(?:s3|url|remote|remotesecure|gcs|azureblobstorage)\s{0,2}\(|\binto\s{1,4}outfile\s{1,4}'(?:s3|https?):\/\//i;

/** True when SQL reads a credential file and writes to a remote store or URL. */
export function credentialFileOut(text: string): boolean {
  if (!REMOTE_TARGET.test(text)) return false;
  FILE_READ.lastIndex = 0;
  for (let m = FILE_READ.exec(text), n = 0; m && n < 16; m = FILE_READ.exec(text), n++) {
    // The first path of a list and any further quoted paths inside it.
    const list = text.slice(m.index, m.index + 800).split(/\)/, 1)[0];
    for (const p of list.match(/'[^']{1,300}'/g) ?? []) {
      if (CREDENTIAL_PATH.test(p.slice(1, -1))) return true;
    }
  }
  return false;
}

// --- Mass in-place encryption -----------------------------------------------------------------

const CIPHER =
  /\bcreateCipheriv\s{0,2}\(|\bsubtle\s{0,2}\.\s{0,2}encrypt\s{0,2}\(|\bFernet\s{0,2}\(|\bAES\s{0,2}\.\s{0,2}new\s{0,2}\(|\bAESGCM\s{0,2}\(|\bChaCha20Poly1305\s{0,2}\(|\bCipher\s{0,2}\(\s{0,2}algorithms\.|\bAesGcm\b|\bAes\s{0,2}\.\s{0,2}Create\s{0,2}\(/;
const WALK =
  /\breaddir(?:Sync)?\s{0,2}\(|\bos\s{0,2}\.\s{0,2}(?:walk|scandir|listdir)\s{0,2}\(|\.rglob\s{0,2}\(|\bglob(?:Sync)?\s{0,2}\([^)\n]{0,200}\*\*|\bGet-ChildItem\b[^\n]{0,200}-Recurse|\bEnumerateFiles\s{0,2}\(|\bfs\s{0,2}\.\s{0,2}promises\s{0,2}\.\s{0,2}readdir\b/i;
const DELETE_ORIGINAL =
  /\b(?:unlinkSync|unlink|rmSync|rm)\s{0,2}\(|\bos\s{0,2}\.\s{0,2}(?:remove|unlink)\s{0,2}\(|\.unlink\s{0,2}\(|\bshutil\s{0,2}\.\s{0,2}move\s{0,2}\(|\bRemove-Item\b|\bFile\s{0,2}\.\s{0,2}Delete\s{0,2}\(|\bshred\b/;
const FRESH_KEY =
  /\brandomBytes\s{0,2}\(|\bgetRandomValues\s{0,2}\(|\bgenerateKey\s{0,2}\(|\bgenerate_key\s{0,2}\(|\bget_random_bytes\s{0,2}\(|\bos\s{0,2}\.\s{0,2}urandom\s{0,2}\(|\bsecrets\s{0,2}\.\s{0,2}token_bytes\s{0,2}\(|\bGenerateKey\s{0,2}\(/;
const SEND_OR_HOME =
  /\bfetch\s{0,2}\(\s{0,2}['"`]https?:|\brequests\s{0,2}\.\s{0,2}(?:post|put)\s{0,2}\(|\baxios\s{0,2}\.\s{0,2}post\b|\bInvoke-(?:RestMethod|WebRequest)\b|\bhttps?\s{0,2}\.\s{0,2}request\s{0,2}\(|\b(?:HOME|USERPROFILE|homedir\s{0,2}\(\s{0,2}\)|expanduser\s{0,2}\(\s{0,2}['"]~)|[\/\\](?:Documents|Desktop|Pictures|Downloads)\b/;

/** True when code encrypts a directory tree in place and deletes the originals. */
export function massEncryption(text: string): boolean {
  return CIPHER.test(text) && WALK.test(text) && DELETE_ORIGINAL.test(text) &&
    FRESH_KEY.test(text) && SEND_OR_HOME.test(text);
}

/** Argument names that hold code or a query. */
const CODE_ARG =
  /^(?:code|source|src|script|snippet|program|query|sql|sql_query|statement|stmt|cell|notebook|command|cmd|body|expression|expr|pipeline)$/;
/** Tool names that run code or queries. */
const RUNNER_TOOL =
  /query|sql|exec|eval|run|python|py|node|js|javascript|script|code|notebook|jupyter|repl|shell|db|duck|mongo|postgres|mysql|sqlite|clickhouse|snowflake|bigquery|spark/i;
const RUNNER_CACHE = new Map<string, boolean>();

/**
 * True when the value is code or a query a tool will run: the checks below judge programs, so a
 * prose value (`text`, `description`) of a tool that runs nothing is skipped before any regex.
 */
function runsCode(field: FieldContext): boolean {
  if (field.key !== undefined && CODE_ARG.test(field.key)) return true;
  const tool = field.tool;
  if (tool === undefined) return false;
  let runs = RUNNER_CACHE.get(tool);
  if (runs === undefined) {
    runs = RUNNER_TOOL.test(tool);
    if (RUNNER_CACHE.size > 4096) RUNNER_CACHE.clear();
    RUNNER_CACHE.set(tool, runs);
  }
  return runs;
}

/** Round-32 code mechanisms of `text`, or undefined. */
export function r32Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  if (field.stage !== "input" || text.length > 65536 || !runsCode(field)) return undefined;
  if (!R32_WORD.test(text)) return undefined;
  const hit = (kind: string, reason: string): Finding => ({
    detector: "code_injection",
    kind,
    severity: "high",
    reason: `${reason} in ${where}`,
  });
  if (pickleLiteral(text)) {
    return hit(
      "pickle",
      "Code unpickles a literal whose stream imports a command- or code-running function",
    );
  }
  if (inlineRemoteWrite(text)) {
    return hit(
      "sql_exfiltration",
      "SQL writes rows to a database outside through an inline connection string",
    );
  }
  if (credentialFileOut(text)) {
    return hit(
      "sql_exfiltration",
      "SQL reads credential files and writes them to remote storage or a URL",
    );
  }
  if (massEncryption(text)) {
    return hit(
      "ransomware",
      "Code encrypts every file of a folder tree with a fresh key and deletes the originals",
    );
  }
  return undefined;
}
