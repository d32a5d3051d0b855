/**
 * Round-13 code-injection mechanisms: interpreters behind query and template tools that read the
 * server's environment or files, or send data out, without any classic "run a command" call.
 *
 * - a Go template that walks the whole `.Env` map (or prints it), where the value is the
 *   environment of the rendering service and its secrets;
 * - a Smarty control tag (`{if}`, `{while}`, `{assign}`) whose condition calls a PHP function
 *   that runs commands or reads files: Smarty evaluates the condition as PHP;
 * - SQL that loads a native extension (SQLite `load_extension`) or reads/writes server files
 *   (MySQL `LOAD_FILE`/`INTO OUTFILE`, PostgreSQL `pg_read_file`/`lo_import`);
 * - a graph query whose URL-loading procedure (`apoc.load.json`, `LOAD CSV FROM`) gets data
 *   concatenated into its URL: the database server sends that data to the host;
 * - a script that dumps the whole process environment (`System.getenv()` with no name,
 *   `process.env` serialized, `os.environ` iterated);
 * - a MongoDB stage that joins another collection (`$unionWith`, `$lookup`, `$graphLookup`) and
 *   reads its credential fields (password hashes, MFA secrets, API keys) into the result.
 */
import type { Rule } from "./_code_rules.ts";

/** The round-13 rules (appended to `_code_rules.ts`'s). */
export const R13_RULES: Rule[] = [
  {
    kind: "ssti_environment",
    needles: ["{{"],
    // `{{ range $k, $v := .Env }}`, `{{ range .Env }}`, `{{ printf "%v" .Env }}`, `{{ .Env }}`:
    // the whole map, not one named variable (goreleaser-style `{{ .Env.VERSION }}` passes), and
    // a top-level one: Helm's `range $k, $v := .Values.env` walks the chart's own values.
    re:
      /\{\{-?\s{0,8}(?:range\s(?:[^{}\n]{0,60}?[\s$])?\.?(?:Env|env|environ|Environ)\s{0,8}-?\}\}|(?:printf\s{1,8}"%[#+]?v"\s{1,8}|json\s{1,8}|toJson\s{1,8}|toYaml\s{1,8})?\$?\.(?:Env|Environ)\s{0,8}-?\}\})/,
    severity: "high",
    anywhere: true,
    reason: "Template walks or prints the whole environment map (the service's secrets)",
  },
  {
    kind: "ssti_smarty",
    // Smarty compiles a tag condition into PHP: a function call there runs on the server.
    re:
      /\{(?:if|elseif|while|assign|math)\s[^{}\n]{0,200}?\b(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec|eval|assert|file_get_contents|file_put_contents|readfile|fopen|include|require|call_user_func(?:_array)?|create_function)\s{0,4}\(/i,
    severity: "high",
    anywhere: false,
    reason: "Smarty tag whose condition calls a PHP function that runs commands or reads files",
  },
  {
    kind: "sql_file_access",
    needles: ["xtension", "XTENSION"],
    // SQLite loads a shared object into the database process (native code execution).
    re: /\bload_extension\s{0,8}\(\s{0,8}['"xX]/i,
    severity: "critical",
    anywhere: true,
    reason: "SQL that loads a native extension into the database (SQLite load_extension)",
  },
  {
    kind: "sql_file_access",
    needles: ["_"],
    // MySQL LOAD_FILE / INTO OUTFILE|DUMPFILE, PostgreSQL pg_read_file / lo_import / lo_export.
    // An export straight into the server's secure_file_priv folder (/var/lib/mysql-files/,
    // Windows ProgramData/MySQL/…/Uploads/) is the ordinary way to dump a table (a library or
    // script name there, or a deeper path, still counts).
    re:
      /\bload_file\s{0,8}\(\s{0,8}(?:['"]|0x|char\s{0,4}\()|\binto\s{1,8}(?:outfile|dumpfile)\s{1,8}['"](?!\/var\/lib\/mysql-files\/[^'"\n\/\\]{1,200}(?<!\.(?:so|dll|php\d?|phtml|phar|jspx?|aspx?|sh|py|pl|cgi))['"]|[a-z]:[\\\/]programdata[\\\/]mysql[\\\/]mysql server [\d.]{1,8}[\\\/]uploads[\\\/][^'"\n\/\\]{1,200}(?<!\.(?:so|dll|php\d?|phtml|phar|jspx?|aspx?|sh|py|pl|cgi))['"])|\bpg_read_(?:binary_)?file\s{0,8}\(\s{0,8}['"]|\blo_(?:import|export)\s{0,8}\(\s{0,8}['"\d]/i,
    severity: "high",
    anywhere: false,
    reason:
      "SQL that reads or writes files on the database server (LOAD_FILE, OUTFILE, pg_read_file)",
  },
  {
    kind: "query_exfiltration",
    needles: ["://"],
    // A URL built from query data: the database server requests it and the data leaves with it.
    // The search starts at the rare part (a quoted URL followed by `+`) and looks back for the
    // procedure, so values with ordinary URLs cost one scan.
    re:
      /:\/\/[^'"\n]{1,300}['"]\s{0,8}\+(?<=(?:apoc\.load\.(?:json|jsonParams|jsonArray|xml|csv|html|arrow)|apoc\.import\.\w{1,20}|LOAD\s{1,8}CSV\s{1,8}(?:WITH\s{1,8}HEADERS\s{1,8})?FROM)\s{0,8}(?:\(\s{0,8})?['"](?:https?|ftp):\/\/[^'"\n]{1,300}['"]\s{0,8}\+)/i,
    severity: "high",
    anywhere: true,
    reason:
      "Graph query sends query results to a URL (data concatenated into a load procedure's URL)",
  },
  {
    kind: "environment_dump",
    needles: ["getenv", "process.env", "os.environ", "GetEnvironmentVariables", "ENV.to_h", "nv:"],
    // The whole environment, not one variable: what a leak reads, not what a script needs. A
    // PowerShell listing filtered to one plain name (`gci env: | ? Name -like 'PATH*'`) reads
    // that variable; filtered to key/token/secret names it is still a harvest.
    re:
      /\bSystem\s{0,4}\.\s{0,4}getenv\s{0,4}\(\s{0,4}\)|\bJSON\s{0,4}\.\s{0,4}stringify\s{0,4}\(\s{0,4}process\.env\s{0,4}[,)]|\bObject\s{0,4}\.\s{0,4}(?:entries|keys|values)\s{0,4}\(\s{0,4}process\.env\s{0,4}\)|\bdict\s{0,4}\(\s{0,4}os\.environ\s{0,4}\)|\bos\.environ\s{0,4}\.\s{0,4}items\s{0,4}\(|\bEnvironment\s{0,4}(?:\.|\]\s{0,4}::)\s{0,4}GetEnvironmentVariables\s{0,4}\(\s{0,4}\)|\b(?:Get-ChildItem|gci|dir|ls)\s{1,4}[eE]nv:(?![\w$\\/])(?!\s{0,4}\|\s{0,4}(?:Where-Object|where|\?)\s{1,4}(?:-Property\s{1,4})?Name\s{1,4}-(?:i|c)?(?:like|eq|match)\s{1,4}['"]?(?![\w*.-]{0,40}?(?:key|KEY|Key|token|TOKEN|Token|secret|SECRET|Secret|pass|PASS|Pass|pwd|PWD|cred|CRED|Cred|auth|AUTH|Auth|cookie|COOKIE|session|SESSION|conn|CONN))[\w*.-]{1,40}['"]?\s{0,4}(?:\||$))|\bENV\.to_h\b/,
    severity: "high",
    anywhere: false,
    reason: "Script reads the whole process environment (every secret of the service)",
  },
];

/**
 * A path inside a stage that reads another collection (`$unionWith`, `$lookup`, `$graphLookup`)
 * and, within it, a stage that outputs fields: a credential named there is read, while one in a
 * `$match` (`{apiKey: "$$k"}`) only filters.
 */
const JOIN_OUTPUT =
  /[.\["]\$(?:unionWith|lookup|graphLookup)\b.{0,400}?[.\["]\$(?:project|addFields|set|group|replaceRoot|replaceWith)\b/;
/** Field names that hold credentials: hashes, salts, MFA seeds, keys, tokens. */
const CREDENTIAL_FIELD =
  /^\$?(?:password|passwd|pwd|password_?hash|pass_?hash|hashed_?password|password_?digest|salt|mfa_?secret|totp_?secret|otp_?secret|two_?factor_?secret|api_?key|api_?secret|secret_?key|client_?secret|private_?key|access_?token|refresh_?token|session_?token|reset_?token|recovery_?codes?)$/i;
/** JSON text of a pipeline: a join stage, then an included credential field within its body. */
const JOIN_TEXT =
  /"\$(?:unionWith|lookup|graphLookup)"\s{0,8}:[^\n]{0,600}?"(?:password|passwd|password_?hash|passwordHash|hashed_?password|salt|mfa_?secret|mfaSecret|totp_?secret|totpSecret|api_?key|apiKey|secret_?key|secretKey|client_?secret|clientSecret|private_?key|privateKey|access_?token|accessToken|refresh_?token|refreshToken)"\s{0,8}:\s{0,8}(?:1|true|"\$)/i;

/**
 * Why a MongoDB pipeline value joins another collection's credential fields, or undefined.
 * `text` is an object key or a string at JSON path `path` (keys end in `<key>`); a pipeline sent
 * as JSON text is read whole.
 */
export function crossCollectionSecret(text: string, path: string): string | undefined {
  if (path.includes("$unionWith") || path.includes("$lookup") || path.includes("$graphLookup")) {
    if (!JOIN_OUTPUT.test(path)) return undefined;
    const name = path.endsWith("<key>") || text.startsWith("$") ? text : "";
    if (name && CREDENTIAL_FIELD.test(name.replace(/^\$/, ""))) {
      return "joins another collection ($unionWith/$lookup) and reads its credential fields";
    }
    return undefined;
  }
  // A pipeline sent as JSON text is an array or object; other values never start with one.
  const first = text.charCodeAt(0);
  if (first !== 91 && first !== 123) return undefined;
  if (text.length > 65536 || !text.includes('"$')) return undefined;
  if (!/"\$(?:unionWith|lookup|graphLookup)"/.test(text)) return undefined;
  return JOIN_TEXT.test(text)
    ? "joins another collection ($unionWith/$lookup) and reads its credential fields"
    : undefined;
}
