/**
 * Round-18 code-injection mechanisms:
 *
 * - a Redis `EVAL` script leaving the Lua sandbox (CVE-2022-0543: Debian's Redis exposes
 *   `package`, so `package.loadlib(…, 'luaopen_io')` hands back `io.popen`): a script that loads
 *   a native library or opens a process runs commands on the database host;
 * - a Cypher `LOAD CSV FROM` / `apoc.load.*` whose URL is an internal or metadata address, or is
 *   built from a value: request forgery and exfiltration inside a query (a `file:` URL reads the
 *   import folder; system files are round 14's rule);
 * - an XSLT stylesheet calling code through an extension: PHP's `php:function('shell_exec', …)`,
 *   Xalan/Saxon Java bindings to `java.lang.Runtime`, an `msxsl:script` starting a process;
 * - a MySQL statement hidden in hex (`SET @q = UNHEX('…'); PREPARE s FROM @q`): the hex is
 *   decoded and the statement judged (file reads and writes, command UDFs, credential tables).
 *
 * They are judged once per argument (raw text, input stage: the value a tool runs), behind one
 * literal gate, so ordinary text pays a single pass. Every pattern is bounded and has no nested
 * quantifiers; each rule also has literal needles.
 */
import type { FieldContext, Finding } from "../types.ts";
import type { Rule } from "./_code_rules.ts";

/** Lua calls that leave the Redis sandbox (native libraries, processes, the OS). */
const LUA_ESCAPE = String
  .raw`(?:package\s{0,4}\.\s{0,4}loadlib|io\s{0,4}\.\s{0,4}popen|os\s{0,4}\.\s{0,4}execute)`;
/** Internal targets of a graph-database load: metadata, loopback, private ranges. */
const INTERNAL_URL = String
  .raw`(?:(?:https?|ftp):\/\/(?:[^\/@\s'"]{1,100}@)?(?:169\.254\.|metadata\b|100\.100\.100\.200|localhost\b|127\.|0\.0\.0\.0|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[(?:::1|fd|fe80)))`;
/** A Cypher load of a URL. */
const CYPHER_LOAD = String
  .raw`(?:\bLOAD\s{1,4}CSV\s{1,4}(?:WITH\s{1,4}HEADERS\s{1,4})?FROM|\bapoc\s{0,2}\.\s{0,2}(?:load|import)\s{0,2}\.\s{0,2}\w{1,20}\s{0,4}\()\s{0,4}`;
/** PHP functions an XSLT `php:function` call must never reach. */
const PHP_RUN =
  "shell_exec|system|exec|passthru|popen|proc_open|pcntl_exec|assert|eval|create_function|call_user_func|file_get_contents|file_put_contents|fopen|readfile|include|require|unserialize|preg_replace";

/** The round-18 rules (all unambiguous enough for free text). */
const R18_RULES: Rule[] = [
  {
    kind: "lua_sandbox_escape",
    needles: ["loadlib", "popen", "os.execute"],
    re: new RegExp(String.raw`\bEVAL(?:SHA|_RO)?\s{1,4}[^\n]{0,400}?${LUA_ESCAPE}`, "i"),
    severity: "critical",
    anywhere: true,
    reason: "Redis EVAL script leaves the Lua sandbox (native library, process or OS call)",
  },
  {
    kind: "lua_sandbox_escape",
    needles: ["loadlib"],
    re:
      /\bpackage\s{0,4}\.\s{0,4}loadlib\s{0,4}\(\s{0,4}['"][^'"\n]{1,200}\.(?:so|dll|dylib)(?:\.\d{1,3}){0,3}['"]/i,
    severity: "critical",
    anywhere: true,
    reason: "Lua script loads a native library (package.loadlib, a sandbox escape)",
  },
  {
    kind: "cypher_load_ssrf",
    needles: ["CSV", "csv", "apoc"],
    re: new RegExp(`${CYPHER_LOAD}['"]${INTERNAL_URL}`, "i"),
    severity: "critical",
    anywhere: true,
    reason: "Cypher query loads an internal or metadata URL (request forgery)",
  },
  {
    kind: "cypher_load_ssrf",
    needles: ["CSV", "csv", "apoc"],
    // `LOAD CSV FROM 'https://x/?v=' + u.password`: the URL carries data out of the graph.
    re: new RegExp(
      String.raw`${CYPHER_LOAD}['"](?:https?|ftp):\/\/[^'"\s]{1,300}['"]\s{0,4}\+`,
      "i",
    ),
    severity: "high",
    anywhere: true,
    reason: "Cypher query loads a URL built from graph values (data sent out)",
  },
  {
    kind: "xslt_extension_exec",
    needles: ["php:function"],
    re: new RegExp(
      String.raw`\bphp:function(?:String)?\s{0,4}\(\s{0,4}['"]\s{0,4}(?:${PHP_RUN})\s{0,4}['"]`,
      "i",
    ),
    severity: "critical",
    anywhere: true,
    reason: "XSLT calls a PHP command or file function through php:function",
  },
  {
    kind: "xslt_extension_exec",
    needles: ["java.lang.Runtime", "java.lang.ProcessBuilder", "msxsl:script"],
    re:
      /\bxmlns:[\w-]{1,40}\s{0,4}=\s{0,4}["'](?:http:\/\/xml\.apache\.org\/xalan?\/java\/|java:|xalan:\/\/|http:\/\/saxon\.sf\.net\/java-type)?java\.lang\.(?:Runtime|ProcessBuilder)|<msxsl:script\b[\s\S]{0,2000}?(?:Process\.Start|System\.Diagnostics\.Process|WScript\.Shell|ActiveXObject)/i,
    severity: "critical",
    anywhere: true,
    reason: "XSLT binds java.lang.Runtime or a script block that starts a process",
  },
];

/** Hex text a MySQL statement hides a query in: `UNHEX('…')`, `X'…'`, `0x…`. */
const HEX_QUERY =
  /\bunhex\s{0,4}\(\s{0,4}'([0-9a-f]{16,8192})'|\bx'([0-9a-f]{16,8192})'|\b0x([0-9a-f]{16,8192})\b/gi;
/** What a hidden statement must not do: read or write files, run commands, reach credentials. */
const HIDDEN_DANGER =
  /\b(?:load_file|into\s{1,4}(?:out|dump)file|load\s{1,4}data|sys_(?:exec|eval)|xp_cmdshell|mysql\.user|authentication_string|information_schema|drop\s{1,4}(?:table|database)|truncate|grant|create\s{1,4}(?:user|function)|sleep|benchmark)\b|\bunion\s{1,4}(?:all\s{1,4})?select\b/i;

/**
 * A statement decoded from hex and run as a prepared statement, when it reads or writes files,
 * runs commands or reaches credentials: the reason, or undefined.
 */
function hexPreparedStatement(text: string): string | undefined {
  if (text.length > 65536) return undefined;
  if (!text.includes("PREPARE") && !text.includes("prepare") && !text.includes("Prepare")) {
    return undefined;
  }
  if (!/\bprepare\s{1,4}\w{1,64}\s{1,4}from\b/i.test(text)) return undefined;
  HEX_QUERY.lastIndex = 0;
  for (let m = HEX_QUERY.exec(text), n = 0; m && n < 16; m = HEX_QUERY.exec(text), n++) {
    const hex = m[1] ?? m[2] ?? m[3];
    if (hex.length % 2 !== 0) continue;
    let decoded = "";
    for (let i = 0; i < hex.length; i += 2) {
      decoded += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    }
    if (HIDDEN_DANGER.test(decoded)) {
      return "runs a SQL statement hidden in hex (PREPARE … FROM a decoded string) that reads or writes files, runs commands or reaches credentials";
    }
  }
  return undefined;
}

/**
 * Every round-18 mechanism needs one of these (the gate: one pass over the text). Mostly anchored
 * on `.` and `:` so the scan skips fast: `package.loadlib`, `io.popen`, `os.execute`,
 * `apoc.load.`, `java.lang.`, `php:function`, `msxsl:script`, then `CSV` and `PREPARE`.
 */
const GATE =
  /\.\s{0,4}(?:loadlib|popen|execute|lang\.|load\.|import\.)|:(?:function|script)|CSV|csv|PREPARE|prepare|Prepare/;

/** The round-18 finding for an argument value, or undefined (`where` names the value). */
export function r18Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  if (field.stage !== "input" || text.length > 65536 || !GATE.test(text)) return undefined;
  for (const r of R18_RULES) {
    if (r.needles && !r.needles.some((n) => text.includes(n))) continue;
    const m = r.re.exec(text);
    if (!m) continue;
    return {
      detector: "code_injection",
      kind: r.kind,
      severity: r.severity,
      reason: `${r.reason} in ${where}`,
      start: m.index,
      end: m.index + m[0].length,
    };
  }
  const hidden = hexPreparedStatement(text);
  if (!hidden) return undefined;
  return {
    detector: "code_injection",
    kind: "sql_injection",
    severity: "high",
    reason: `Value of ${where} ${hidden}`,
  };
}
