/**
 * Round-29 code-injection rules and two false-positive fixes:
 *
 * - unsafe deserialization of bytes fetched from the network: `pickle.loads`, `dill`,
 *   `cloudpickle`, `marshal.loads`, `joblib.load`, `torch.load` (without `weights_only=True`),
 *   `yaml.load`/`unsafe_load` fed by `requests`/`httpx`/`urlopen`/`urllib3`: loading a pickle runs
 *   whatever code its author put in it;
 * - the whole process environment put into a network request body: `process.env` / `os.environ` /
 *   `Deno.env.toObject()` (not one variable) near `fetch`/`axios`/`requests.post`/`http.request`;
 * - SQL erasing the audit trail: `TRUNCATE`/`DROP` of an audit/security-log table, or a `DELETE`
 *   from one scoped to an actor or to recent rows (a retention purge of OLD rows passes);
 * - recursive deletion of the home directory or the filesystem root from code: `shutil.rmtree`,
 *   `fs.rmSync(…, {recursive})`, `rimraf` aimed at `~`, `$HOME`, `Path.home()`, `/`;
 * - an assistant's MCP client configuration rewritten by code: a new entry assigned under
 *   `mcpServers` and the file written back (a new tool server silently registered, often handed
 *   tokens);
 * - T-SQL dynamic SQL hidden in a hex literal: `CAST(0x… AS NVARCHAR)` decoded to a statement that
 *   changes or drops data, then run by `EXEC(@v)` / `sp_executesql`;
 * - false positive: a Python runner whose only dangerous text sits inside plain string literals or
 *   comments and is only printed (see {@link inertPythonLiterals});
 * - false positive: a test runner (`pytest …`) spawned with a literal argument list (see
 *   {@link testRunnerCommand}).
 *
 * Literal gates first; bounded patterns, no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";
import { lowerOnce } from "../text/lower.ts";

const DESER =
  /\b(?:pickle|cpickle|dill|cloudpickle|marshal|_pickle)\s{0,2}\.\s{0,2}loads?\s{0,2}\(|\bjoblib\s{0,2}\.\s{0,2}load\s{0,2}\(|\btorch\s{0,2}\.\s{0,2}load\s{0,2}\((?![^)\n]{0,300}weights_only\s{0,2}=\s{0,2}True)|\byaml\s{0,2}\.\s{0,2}(?:unsafe_load|load)\s{0,2}\((?![^)\n]{0,300}(?:SafeLoader|CSafeLoader|safe_load))|\bnp\s{0,2}\.\s{0,2}load\s{0,2}\([^)\n]{0,300}allow_pickle\s{0,2}=\s{0,2}True/i;
const NET_FETCH =
  /\b(?:requests|httpx|session|s)\s{0,2}\.\s{0,2}(?:get|post|request)\s{0,2}\(|\burlopen\s{0,2}\(|\burllib3?\b[\w.]{0,30}\.(?:request|urlopen)\s{0,2}\(|\burlretrieve\s{0,2}\(|\bPoolManager\s{0,2}\(/;

/** The whole environment, not one variable. */
const WHOLE_ENV =
  /\bprocess\.env(?![\w.[?])|\bDeno\.env\.toObject\s{0,2}\(|\bdict\s{0,2}\(\s{0,2}os\.environ\s{0,2}\)|\bos\.environ(?![\w.[])(?!\s{0,2}\.\s{0,2}(?:get|copy|setdefault|pop|items|keys))|\b(?:Object\.entries|JSON\.stringify)\s{0,2}\(\s{0,2}process\.env\s{0,2}\)/;
const NET_SEND =
  /\bfetch\s{0,2}\(|\baxios\b|\b(?:https?|request|got|needle|superagent)\s{0,2}\.\s{0,2}(?:request|post|put|patch)\s{0,2}\(|\bnew\s{1,4}XMLHttpRequest\b|\bnavigator\.sendBeacon\b|\b(?:requests|httpx|session)\s{0,2}\.\s{0,2}(?:post|put|patch|request)\s{0,2}\(|\burlopen\s{0,2}\(|\bWebSocket\s{0,2}\(/;

/** Tables/schemas holding the audit trail. */
const AUDIT_NAME = String
  .raw`(?:[\w"\x60\[\]]{0,40}\.)?[\w"\x60\[\]]{0,30}(?:audit|auditlog|access_log|security_log|securitylog|event_log|login_history|activity_log)[\w"\x60\[\]]{0,30}|audit[\w"\x60\]]{0,10}\.[\w"\x60\[\]]{1,40}`;
const AUDIT_WIPE = new RegExp(
  String
    .raw`\b(?:truncate\s{1,4}(?:table\s{1,4})?|drop\s{1,4}(?:table|schema)\s{1,4}(?:if\s{1,4}exists\s{1,4})?)(?:${AUDIT_NAME})\b`,
  "i",
);
const AUDIT_DELETE = new RegExp(
  String.raw`\bdelete\s{1,4}from\s{1,4}(?:${AUDIT_NAME})\b([^;]{0,400})`,
  "gi",
);
/** A delete scoped to who did something, or to the most recent rows (covering tracks). */
const TARGETED =
  /\b(?:actor|actor_id|user|user_id|username|userid|principal|performed_by|changed_by|created_by|account_id|login|ip|ip_address|source_ip|session_id)\b\s{0,4}(?:=|in\b|like\b)|[>]=?\s{0,4}(?:now\s{0,2}\(|current_(?:timestamp|date)|getdate\s{0,2}\(|sysdate|date_sub|dateadd)|\bbetween\b/i;
/** Where-less delete (everything). */
const WHERE = /\bwhere\b/i;

/** A recursive delete call aimed at the home directory or root (Python, Node). */
const RM_CALL =
  /\b(?:shutil\s{0,2}\.\s{0,2}rmtree|rmtree|fs(?:\.promises)?\s{0,2}\.\s{0,2}(?:rmSync|rm|rmdirSync|rmdir)|fse?\s{0,2}\.\s{0,2}(?:removeSync|remove|emptyDirSync)|rimraf(?:\.sync)?|Deno\.remove)\s{0,2}\(/;
const HOME_TARGET =
  /(?:^|[\[(,=\s.])(?:(['"])(?:~|~\/|\/|\$HOME|\$HOME\/|%USERPROFILE%|C:\\\\?)\1|Path\s{0,2}\.\s{0,2}home\s{0,2}\(\s{0,2}\)(?!\s{0,2}(?:\/|\.joinpath))|os\.path\.expanduser\s{0,2}\(\s{0,2}(['"])~\/?\2\s{0,2}\)|os\.(?:homedir|environ\s{0,2}\[\s{0,2}['"]HOME['"]\s{0,2}\])\s{0,2}(?:\(\s{0,2}\))?(?=\s{0,2}[,)\]])|process\.env\.HOME(?=\s{0,2}[,)\]]))/;

/** A new server assigned under `mcpServers`, and the configuration written back. */
const MCP_ASSIGN =
  /\[\s{0,2}['"]mcpServers['"]\s{0,2}\]\s{0,2}\[[^\]\n]{1,80}\]\s{0,2}=(?!=)|\bmcpServers\s{0,2}(?:\.\s{0,2}[\w$-]{1,60}|\[[^\]\n]{1,80}\])\s{0,2}=(?!=)|\[\s{0,2}['"]mcpServers['"]\s{0,2}\]\s{0,2}\.\s{0,2}(?:update|setdefault)\s{0,2}\(|\bObject\.assign\s{0,2}\(\s{0,2}[\w.$]{0,40}mcpServers/;
const CONFIG_WRITE =
  /\.write_text\s{0,2}\(|\bjson\.dump\s{0,2}\(|\bwriteFileSync\s{0,2}\(|\bwriteFile\s{0,2}\(|\bDeno\.writeTextFile(?:Sync)?\s{0,2}\(|\bopen\s{0,2}\([^)\n]{1,200},\s{0,2}['"][wa]\+?['"]|\.write\s{0,2}\(/;

/** T-SQL: a long hex literal cast to a character type, then dynamic execution. */
const TSQL_HEX = /\bcast\s{0,4}\(\s{0,4}0x([0-9a-f]{16,8000})\s{1,4}as\s{1,4}n?(?:var)?char\b/gi;
const TSQL_EXEC = /\bexec(?:ute)?\s{0,4}\(\s{0,4}@|\bsp_executesql\b|\bexec(?:ute)?\s{1,4}@/i;
const SQL_CHANGE =
  /\b(?:drop|delete|truncate|alter|update|insert|grant|revoke|shutdown|create\s{1,4}(?:login|user)|xp_\w+|sp_configure|openrowset|bulk\s{1,4}insert)\b/i;

/** Decode a hex literal as UTF-16LE when every other byte is zero, else as Latin-1. */
export function decodeHexLiteral(hex: string): string {
  const bytes: number[] = [];
  for (let i = 0; i + 1 < hex.length && bytes.length < 4000; i += 2) {
    bytes.push(parseInt(hex.slice(i, i + 2), 16));
  }
  const wide = bytes.length >= 4 && bytes.filter((b, i) => i % 2 === 1 && b === 0).length >=
      Math.floor(bytes.length / 2) - 1;
  let out = "";
  if (wide) {
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
    }
  } else for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** True when `text` hides a data-changing T-SQL statement in a hex literal and executes it. */
export function hexDynamicSql(text: string): boolean {
  const low = lowerOnce(text.length > 16384 ? text.slice(0, 16384) : text);
  if (!low.includes("0x") || !low.includes("cast") || !TSQL_EXEC.test(text)) return false;
  TSQL_HEX.lastIndex = 0;
  for (let m = TSQL_HEX.exec(text), n = 0; m && n < 8; m = TSQL_HEX.exec(text), n++) {
    if (SQL_CHANGE.test(decodeHexLiteral(m[1]))) return true;
  }
  return false;
}

/** A `load(` / `loads(` call, on the lower-cased text (a literal-led pattern: fast to reject). */
const LOAD_CALL = /loads?\s{0,2}\(/;

/** True when `text` deserializes bytes fetched from the network with a code-running loader. */
export function networkDeserialize(text: string): boolean {
  if (text.length > 20000) return false;
  // Every loader the pattern names is called `…load(` / `…loads(`: a literal test first.
  const low = lowerOnce(text);
  return low.includes("load") && LOAD_CALL.test(low) && DESER.test(text) && NET_FETCH.test(text);
}

/** True when `text` puts the whole process environment into a network request. */
export function envToRequest(text: string): boolean {
  if (text.length > 20000 || !(text.includes("env") || text.includes("environ"))) return false;
  const m = WHOLE_ENV.exec(text);
  if (!m) return false;
  // The sender within a few lines of the environment object.
  const near = text.slice(Math.max(0, m.index - 600), m.index + 600);
  return NET_SEND.test(near);
}

/** True when SQL `text` truncates/drops an audit table or deletes selected audit rows. */
export function auditErase(text: string): boolean {
  if (text.length > 65536) return false;
  const low = lowerOnce(text.length > 16384 ? text.slice(0, 16384) : text);
  if (
    !(low.includes("audit") || low.includes("_log") || low.includes("history") ||
      low.includes("securitylog") || low.includes("auditlog")) ||
    !(low.includes("truncate") || low.includes("drop") || low.includes("delete"))
  ) return false;
  if (AUDIT_WIPE.test(text)) return true;
  AUDIT_DELETE.lastIndex = 0;
  for (let m = AUDIT_DELETE.exec(text), n = 0; m && n < 8; m = AUDIT_DELETE.exec(text), n++) {
    const rest = m[1] ?? "";
    if (!WHERE.test(rest) || TARGETED.test(rest)) return true;
  }
  return false;
}

/** True when code recursively deletes the home directory or the filesystem root. */
export function homeWipe(text: string): boolean {
  if (text.length > 20000) return false;
  // Every remover the pattern names holds "rm", "remove" or "rimraf" ("rmtree", "rmSync"): a
  // literal test before the pattern.
  const low = lowerOnce(text);
  if (!(low.includes("rm") || low.includes("remove")) || !RM_CALL.test(text)) return false;
  return HOME_TARGET.test(text);
}

/** True when code adds a server under `mcpServers` and writes the configuration back. */
export function mcpConfigRewrite(text: string): boolean {
  return text.length <= 20000 && text.includes("mcpServers") && MCP_ASSIGN.test(text) &&
    CONFIG_WRITE.test(text);
}

/** The round-29 checks, in order: the test, the finding kind, and the reason shown to the user. */
const CHECKS: readonly [(text: string) => boolean, string, string][] = [
  [
    hexDynamicSql,
    "sql_obfuscation",
    "T-SQL hides a data-changing statement in a hex literal and executes it",
  ],
  [
    auditErase,
    "audit_tampering",
    "SQL erases audit-trail rows (truncate/drop, or delete by actor or of recent rows)",
  ],
  [
    networkDeserialize,
    "deserialization",
    "Code deserializes network-fetched bytes with a code-running loader (pickle and kin)",
  ],
  [
    envToRequest,
    "data_exfiltration",
    "Code sends the whole process environment (tokens, keys) in a network request",
  ],
  [
    homeWipe,
    "destructive_code",
    "Code recursively deletes the home directory or the filesystem root",
  ],
  [
    mcpConfigRewrite,
    "config_tampering",
    "Code registers a new server in an MCP client configuration and writes it back",
  ],
];

/** Round-29 code mechanisms of `text`, or undefined. */
export function r29Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  if (field.stage !== "input") return undefined;
  for (const [test, kind, reason] of CHECKS) {
    if (test(text)) {
      return {
        detector: "code_injection",
        kind,
        severity: "high",
        reason: `${reason} in ${where}`,
      };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// False positives

/** Calls that only show a value. */
const SHOW_CALLS = new Set(["print", "repr", "str", "len", "format", "sorted", "list"]);

/**
 * Python code whose string literals and comments are blanked and in which nothing but printing is
 * left: no import, no dunder, no f-string (its braces run code), only calls of print/repr/str/len.
 * Dangerous text quoted in such code is never run.
 */
export function inertPythonLiterals(text: string): boolean {
  if (text.length > 4000) return false;
  let code = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "#") {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    if (ch === "'" || ch === '"') {
      // A prefix letter just before the quote: f-strings run code, so give up.
      const prev = code.match(/([A-Za-z]{1,2})$/)?.[1]?.toLowerCase();
      if (prev && /f/.test(prev) && /^[rfb]{1,2}$/.test(prev)) return false;
      const triple = text.startsWith(ch.repeat(3), i);
      const q = triple ? ch.repeat(3) : ch;
      let j = i + q.length;
      while (j < text.length && !text.startsWith(q, j)) {
        if (text[j] === "\\") j++;
        else if (!triple && text[j] === "\n") return false;
        j++;
      }
      if (j >= text.length) return false;
      code += '""';
      i = j + q.length;
      continue;
    }
    code += ch;
    i++;
  }
  if (
    /\bimport\b|__|\b(?:exec|eval|compile|getattr|globals|locals|open|setattr|vars)\b/.test(code)
  ) {
    return false;
  }
  const calls = code.match(/[\w.]{1,60}\s{0,2}\(/g) ?? [];
  return calls.every((c) => SHOW_CALLS.has(c.replace(/\s{0,2}\($/, "")));
}

/** A test runner with only plain options and relative paths. */
const TEST_RUNNER = /^(?:pytest|py\.test|python3?\s-m\spytest)(?:\s|$)/;
const TEST_WORD =
  /^(?:-[qvxsl]{1,3}|-r[a-zA-Z]{1,8}|--(?:tb|maxfail|durations|color|junitxml)=[\w.\/-]{1,80}|--(?:lf|ff|last-failed|failed-first|no-header|quiet|verbose|exitfirst|collect-only|co|strict-markers)|(?![\/~-])(?!.*\.\.)[\w.\/:\[\]-]{1,200})$/;

/** True when `cmd` (a joined literal argv) only runs pytest over relative paths with plain options. */
export function testRunnerCommand(cmd: string): boolean {
  const m = TEST_RUNNER.exec(cmd);
  if (!m) return false;
  const words = cmd.slice(m[0].length).split(" ").filter((w) => w);
  return words.length <= 12 && words.every((w) => TEST_WORD.test(w));
}
