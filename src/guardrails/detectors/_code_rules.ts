/**
 * The rules of the `code_injection` detector, one per mechanism: template sandbox escapes,
 * expression languages reaching the Java runtime, interpreter calls that run commands, and
 * deserialization gadgets. `anywhere` rules are unambiguous enough for free text; the others apply
 * only under code-like keys.
 */
import type { Severity } from "../types.ts";

/** One code-injection rule. */
export interface Rule {
  kind: string;
  re: RegExp;
  severity: Severity;
  /** Applies in free-text fields too (unambiguous mechanism). */
  anywhere: boolean;
  reason: string;
  /** Literal strings the pattern cannot match without (any one): skip the scan when all are absent. */
  needles?: readonly string[];
  /** An anchored test the value must pass first (O(1) on any text): for rules about whole values. */
  lead?: RegExp;
}

// Template delimiters: {{ }}, {% %}, ${ }, #{ }, <%= %>, <# >, #set(
const TPL_OPEN = String.raw`(?:\{\{|\{%|\$\{|#\{|<%=?|<#|#set\s*\()`;
// Python/Jinja object-model introspection used to escape template sandboxes.
const DUNDER = String
  .raw`__(?:class|mro|base|bases|subclasses|globals|builtins|import|init|getattribute|dict|reduce|loader|spec)__`;

/** The rules, in report order. */
export const RULES: Rule[] = [
  {
    kind: "ssti_introspection",
    re: new RegExp(
      `${TPL_OPEN}[^\\n]{0,200}?(?:${DUNDER}|\\|\\s*attr\\s*\\((?!\\s*['"][a-z][a-z0-9_]{0,40}['"]\\s*\\))|\\b(?:lipsum|cycler|joiner|namespace|url_for|get_flashed_messages)\\s*\\.\\s*__)`,
      "i",
    ),
    severity: "high",
    anywhere: true,
    reason: "Template expression walks the object model (a template sandbox escape)",
  },
  {
    kind: "ssti_config",
    re: new RegExp(
      `${TPL_OPEN}\\s*(?:config|settings|self|request\\.application|_self\\.env|app\\.config)\\b[^}\\n]{0,80}`,
      "i",
    ),
    severity: "high",
    anywhere: false,
    reason: "Template expression reads the application's configuration or environment",
  },
  {
    kind: "ssti_java",
    re: new RegExp(
      String
        .raw`(?:\$\{|#\{|\*\{|%\{|T\s*\(|<#|#set\s*\()[^}\n]{0,200}?(?:java\.lang\.(?:Runtime|ProcessBuilder|System)|getRuntime\s*\(|(?:\.getClass\s*\(\s*\)|\.class)\s*\.\s*forName|freemarker\.template\.utility\.(?:Execute|ObjectConstructor|JythonRuntime)|"[\w.]{3,120}"\s*\?\s*new\s*\(|javax\.script)`,
      "i",
    ),
    severity: "high",
    anywhere: true,
    reason: "Expression-language payload reaches the Java runtime (code execution)",
  },
  {
    kind: "ssti_handlebars",
    needles: ["lookup"],
    // Handlebars/Mustache-style helpers reaching `constructor` (the prototype-pollution RCE chain).
    re:
      /\{\{[#~]?\s*[^{}\n]{0,80}?\blookup\s+[\w.@]{1,60}\s+['"](?:constructor|__proto__|prototype)['"]/,
    severity: "high",
    anywhere: true,
    reason: "Template helper looks up constructor/__proto__ (a Handlebars sandbox escape)",
  },
  {
    kind: "ssti_erb",
    re: /<%=?\s*(?:system|exec|spawn|`|%x|IO\.popen|Open3|File\.read|eval)\b/i,
    severity: "high",
    anywhere: true,
    reason: "ERB template runs a system command",
  },
  {
    kind: "template_probe",
    re: /(?:\{\{|\$\{|#\{|<%=)\s*\d{1,6}\s*[*+\-/]\s*\d{1,6}\s*(?:\}\}|\}|%>)/,
    severity: "medium",
    anywhere: false,
    reason: "Template arithmetic probe (tests whether input is evaluated as a template)",
  },
  {
    kind: "python_exec",
    re:
      /__import__\s*\(\s*['"](?:os|subprocess|sys|socket|pty|shutil|builtins|importlib|ctypes)['"]\s*\)|\b(?:os\.(?:system|popen|exec[lv]p?e?|spawn[lv]p?e?)|subprocess\.(?:Popen|call|run|check_output|getoutput)|pty\.spawn|commands\.getoutput)\s*\(/,
    severity: "high",
    anywhere: false,
    reason: "Python code that runs system commands",
  },
  {
    kind: "python_exec_chain",
    needles: ["__import__"],
    re:
      /__import__['"]?\s*\]?\s*\(\s*['"](?:os|subprocess|pty|posix|nt|commands)['"]\s*\)\s*(?:\.\s*|,\s*['"])(?:system|popen|Popen|spawn\w*|exec\w*|run|call|check_output|getoutput)\b/,
    severity: "high",
    anywhere: true,
    reason: "Python one-liner that imports a module and runs a system command",
  },
  {
    kind: "python_introspection",
    needles: ["__class__", "__subclasses__", "__globals__"],
    // The sandbox-escape walk without a template around it: from a literal (`().__class__`,
    // `''.__class__`) to its base class, from a base to every loaded class
    // (`__base__.__subclasses__()`), or from a function's globals to a module or builtin by name.
    re:
      /(?:\(\s*\)|''|""|\[\s*\]|\{\s*\})\s*\.\s*__class__\s*\.\s*__(?:base|bases|mro)__|__(?:base|bases|mro)__\s*(?:\[\s*-?\d{1,2}\s*\]\s*)?\.\s*__subclasses__\s*\(\s*\)|__globals__\s*(?:\[\s*|\.\s*get\s*\(\s*)['"](?:os|sys|subprocess|system|popen|__builtins__|__import__|eval|exec|open)['"]/,
    severity: "high",
    anywhere: true,
    reason: "Python expression walks the object model to reach other classes or module globals",
  },
  {
    kind: "python_introspection",
    needles: ["__subclasses__", "__globals__", "__builtins__", "__getattribute__"],
    // In an expression or code argument any of these attributes is the escape itself.
    re: /\.\s*__(?:subclasses|globals|builtins|getattribute)__\b/,
    severity: "high",
    anywhere: false,
    reason: "Expression reads interpreter internals (__subclasses__, __globals__, __builtins__)",
  },
  {
    kind: "python_eval",
    // Round 34: `re.compile('[\u200b]')` is a method (regex, template), not the builtin.
    re:
      /\b(?:eval|exec|(?<!\.\s{0,2})compile)\s*\(\s*(?:['"]|base64|bytes|codecs|__import__|input\s*\(|open\s*\()/,
    severity: "medium",
    anywhere: false,
    reason: "Python code that evaluates a string or decoded data",
  },
  {
    kind: "python_exec",
    needles: ["getattr", "import_module"],
    // The attribute or module named as a string: `getattr(os, 'system')(…)`,
    // `importlib.import_module('subprocess')`.
    re:
      /\bgetattr\s*\([^\n]{0,160}?,\s*['"](?:system|popen|Popen|spawn[lv]p?e?|exec[lv]p?e?|check_output|getoutput|call|run)['"]\s*\)\s*\(|\bimport_module\s*\(\s*['"](?:os|subprocess|pty|socket|posix|nt|ctypes)['"]\s*\)/,
    severity: "high",
    anywhere: false,
    reason: "Python code that looks up a command-running function or module by name",
  },
  {
    kind: "js_exec",
    re:
      /(?:require|import|_load)['"]?\]?\s*\(\s*['"](?:node:)?child_process['"]\s*\)|process\s*(?:\.\s*|\[\s*['"])(?:mainModule|binding)\b|\bchild_process\s*\.\s*(?:exec|execSync|spawn|spawnSync|fork)\s*\(|\bnew\s+Function\s*\(|\bDeno\.(?:run|Command)\b|\bBun\.spawn/,
    severity: "high",
    anywhere: false,
    reason: "JavaScript code that spawns processes or builds functions from strings",
  },
  {
    kind: "js_exec_chain",
    needles: ["child_process", "constructor", "binding"],
    re:
      /(?:require|import|_load)['"]?\]?\s*\(\s*['"](?:node:)?child_process['"]\s*\)[^;\n]{0,60}?\b(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\s*\(|\bconstructor\s*\.\s*constructor\s*\(|constructor\s*\[\s*['"]constructor['"]\s*\]\s*\(|\.constructor\s*\(\s*['"]\s*return\s|\bprocess\s*\.\s*binding\s*\(\s*['"](?:spawn_sync|process_wrap)['"]/,
    severity: "high",
    anywhere: true,
    reason: "JavaScript sandbox escape or process spawn",
  },
  {
    kind: "java_exec",
    needles: ["getRuntime", "ProcessBuilder"],
    re:
      /Runtime\s*\.\s*getRuntime\s*\(\s*\)\s*\.\s*exec\s*\(|new\s+(?:java\.lang\.)?ProcessBuilder\s*\(/,
    severity: "high",
    anywhere: true,
    reason: "Java code that runs system commands",
  },
  {
    kind: "php_exec",
    needles: ["<?", "preg_replace"],
    re:
      /<\?(?:php|=)?[^?]{0,200}?(?:\b(?:system|shell_exec|passthru|exec|popen|proc_open|assert|eval)\s*\(|`|\$_(?:GET|POST|REQUEST|COOKIE)\s*\[[^\]]{0,40}\]\s*\()|\bpreg_replace\s*\(\s*['"](.).*\1[a-z]*e[a-z]*['"]/i,
    severity: "high",
    anywhere: true,
    reason: "PHP code that runs commands or evaluates strings",
  },
  {
    kind: "yaml_language_tag",
    // Every tag starts with "!" (or is the long `tag:yaml.org,2002:` form): one memchr.
    needles: ["!", "2002:"],
    re:
      /!!(?:python\/(?:object|name|module|apply)|js\/(?:function|eval|undefined|regexp)|javax?\.|java\.|php\/object)|!{1,2}ruby\/(?:object|hash|struct|class|module|marshal)\b|(?<=tag:yaml\.org,)2002:(?:python|ruby|java|js)\//i,
    severity: "high",
    anywhere: true,
    reason: "YAML with a language tag that constructs objects (a deserialization gadget)",
  },
  {
    kind: "java_serialized",
    // Base64 is case-sensitive (`rO0AB` is 0xACED0005); the hex form comes in either case.
    needles: ["rO0AB", "0005"],
    re: /\brO0AB[A-Za-z0-9+/]{8,}|\baced0005[0-9a-f]{8,}/i,
    severity: "high",
    anywhere: true,
    reason: "Java serialized object (deserialization gadgets run code on load)",
  },
  {
    kind: "dotnet_serialized",
    needles: ["AAEAAAD", "$type"],
    re:
      /AAEAAAD\/{5,}|"\$type"\s*:\s*"[^"]*(?:ObjectDataProvider|System\.Diagnostics\.Process|WindowsIdentity|TypeConfuseDelegate|ActivitySurrogateSelector)/i,
    severity: "high",
    anywhere: true,
    reason: ".NET serialized payload with a known code-execution gadget",
  },
  {
    kind: "php_serialized",
    re: /\bO:\d{1,4}:"[A-Za-z_\\][A-Za-z0-9_\\]{0,200}":\d{1,4}:\{/,
    severity: "high",
    anywhere: false,
    reason: "PHP serialized object (magic methods run on unserialize)",
  },
  {
    kind: "pickle",
    re:
      /\bgA[I-X][A-Za-z0-9+/]{8,}={0,2}(?![A-Za-z0-9+/])|\\x80\\x0[2-5](?:\\x95)?|\bc(?:os|posix|subprocess|builtins|__builtin__|nt)\n(?:system|popen|Popen|eval|exec|getattr)\n/,
    severity: "high",
    anywhere: false,
    reason: "Python pickle stream (unpickling runs code)",
  },
  {
    kind: "node_serialize",
    needles: ["_$$ND_FUNC$$_"],
    re: /_\$\$ND_FUNC\$\$_\s*function/,
    severity: "high",
    anywhere: true,
    reason: "node-serialize function payload (runs when deserialized)",
  },
  {
    kind: "log4shell",
    needles: ["${"],
    re: /\$\{\s*jndi\s*:\s*(?:ldaps?|rmi|dns|iiop|corba|nds|nis\+?|https?)\s*:/i,
    severity: "critical",
    anywhere: true,
    reason: "Log4j JNDI lookup (Log4Shell): logging it loads remote code",
  },
  {
    kind: "ognl",
    needles: ["@", "#_memberAccess", "(#"],
    // Also the Struts shape `%{(#a='…').(#b=…)}`: chained OGNL assignments in one expression.
    re:
      /#_memberAccess|[%$]\{\s*\(#\w{1,30}\s*=[^()\n]{0,200}\)\s*\.\s*\(#\w{1,30}\s*=|@ognl\.OgnlContext@|#context\s*\[\s*['"]xwork|@java\.lang\.(?:Runtime|ProcessBuilder|System)@|@org\.apache\.commons\.io\.IOUtils@/i,
    severity: "high",
    anywhere: true,
    reason: "OGNL expression that reaches the Java runtime or unlocks static method access",
  },
  {
    kind: "java_reflection",
    needles: ["forName"],
    re:
      /forName(?<=(?:\.getClass\s*\(\s*\)|\.class)\s*\.\s*forName)\s*\(|forName\s*\(\s*['"](?:java\.lang\.(?:Runtime|ProcessBuilder)|javax\.script\.ScriptEngineManager)['"]/,
    severity: "high",
    anywhere: false,
    reason: "Expression loads a class by name through reflection (a sandbox escape)",
  },
  {
    kind: "java_gadget",
    needles: [
      "JdbcRowSetImpl",
      "Transformer",
      "XmlApplicationContext",
      "DataSource",
      "JndiConverter",
      "MLet",
      "@type",
    ],
    // Each branch starts at the class name's capital (or "@"), with its package as a look-behind.
    re:
      /(?<=com\.sun\.rowset\.)JdbcRowSetImpl|(?<=org\.apache\.commons\.collections4?\.functors\.)(?:Invoker|Chained|Instantiate)Transformer|(?<=org\.springframework\.context\.support\.)(?:ClassPath|FileSystem)XmlApplicationContext|(?<=com\.mchange\.v2\.c3p0\.)(?:WrapperConnectionPoolDataSource|JndiRefForwardingDataSource)|(?<=org\.apache\.xbean\.propertyeditor\.)JndiConverter|(?<=javax\.management\.loading\.)MLet|(?<=")@type"\s*:\s*"(?:com\.sun\.|org\.apache\.|java\.(?:lang|net)\.)/,
    severity: "high",
    anywhere: true,
    reason: "JSON/XML naming a Java deserialization gadget class (polymorphic typing runs code)",
  },
  {
    kind: "ssti_filter_callback",
    re:
      /\|\s*(?:filter|map|reduce|sort)\s*\(\s*['"](?:system|exec|passthru|shell_exec|popen|proc_open|assert|call_user_func|create_function|file_get_contents|readfile)['"]/i,
    severity: "high",
    anywhere: true,
    reason: "Template filter that calls a PHP command or file function (Twig sandbox escape)",
  },
  {
    kind: "ssti_filter_callback",
    needles: ["Callback"],
    re: /registerUndefined(?:Filter|Function)Callback\s*\(/,
    severity: "high",
    anywhere: true,
    reason: "Template registers a PHP function as a filter callback (Twig sandbox escape)",
  },
  {
    kind: "ssti_smarty",
    re:
      /\{php\}|\{\s*(?:system|passthru|shell_exec|exec|popen|proc_open|eval|assert|file_get_contents|readfile)\s*\([^{}\n]{0,200}\)\s*\}|\bSmarty_Internal_\w+::/i,
    severity: "high",
    anywhere: false,
    reason: "Smarty template tag that runs PHP or a command",
  },
  {
    kind: "ssti_import",
    needles: ["{%", "<%"],
    re: /(?:\{%|<%!?)\s*(?:import|from)\s+(?:os|subprocess|sys|pty|socket|builtins|commands)\b/,
    severity: "high",
    anywhere: true,
    reason: "Template tag that imports a Python system module (Tornado/Mako code execution)",
  },
  {
    kind: "python_builtins",
    needles: ["__builtins__"],
    // Subscript or getattr: `__builtins__['eval']`, `getattr(__builtins__, '__import__')`.
    re:
      /__builtins__\s*(?:\.\s*__dict__)?\s*(?:\[\s*|\.\s*get\s*\(\s*)['"](?:__import__|eval|exec|open|compile)['"]|getattr\s*\(\s*__builtins__\s*,\s*['"](?:__import__|eval|exec|open|compile)['"]/,
    severity: "high",
    anywhere: true,
    reason: "Python code that fetches eval/exec/__import__ out of __builtins__ (a sandbox escape)",
  },
  {
    kind: "dotnet_exec",
    needles: ["Process", "CreateObject"],
    re:
      /@\(?\s*(?:System\.Diagnostics\.)?Process\s*\.\s*Start\s*\(|\bSystem\.Diagnostics\.Process(?:StartInfo)?\b[^\n]{0,40}?(?:\.Start\s*\(|\()|CreateObject\s*\(\s*["']WScript\.Shell["']/,
    severity: "high",
    anywhere: true,
    reason: ".NET/ASP code that starts a process",
  },
  {
    kind: "format_string_introspection",
    needles: ["__globals__", "__builtins__", "__subclasses__", "__mro__"],
    // `{user.__class__.__init__.__globals__[app]}`: str.format walks attributes and indexes,
    // so a single-brace field reaches module globals (config, secrets) without any template engine.
    re:
      /\{\w{0,40}(?:\.\w{1,40}|\[[^\]\n{}]{0,60}\]){0,10}?\.__(?:globals|builtins|subclasses|mro)__/,
    severity: "high",
    anywhere: true,
    reason: "Format-string field walks the object model to module globals (a format-string escape)",
  },
  {
    kind: "sql_exec",
    // "gram" is in "program" in any case but PROGRAM; a needle starting with a rarer letter is
    // a much cheaper search than "program".
    needles: ["PROGRAM", "gram"],
    // PostgreSQL `COPY … FROM/TO PROGRAM '…'` runs a shell command as the database server. The
    // pattern starts at PROGRAM (rare) and looks back for its COPY.
    re:
      /PROGRAM\s+(?:E?'|\$\w{0,20}\$)(?<=\bCOPY\b[^;]{0,320}?\b(?:FROM|TO)\s+PROGRAM\s+(?:E?'|\$\w{0,20}\$))/i,
    severity: "critical",
    anywhere: true,
    reason: "SQL that runs an operating-system command (COPY … PROGRAM)",
  },
  {
    kind: "sql_exec",
    needles: ["_cmdshell", "_CMDSHELL"],
    // MSSQL xp_cmdshell, called or enabled.
    // `IN ('xp_cmdshell', …)` names the option in a read (the closing quote is no argument); a
    // call, `sp_configure 'xp_cmdshell', 1` and dynamic `EXEC('xp_cmdshell ''cmd''')` still match.
    re:
      /(?<!['"])\bxp_cmdshell\b\s*(?:N?'|\(|@|,\s*'?1\b)|'xp_cmdshell'\s*,\s*'?1\b|'xp_cmdshell\s{1,4}(?:''|[^'\s])/i,
    severity: "critical",
    anywhere: true,
    reason: "SQL that runs an operating-system command (xp_cmdshell)",
  },
  {
    kind: "sql_exec",
    needles: ["_OACreate", "_oacreate", "_OACREATE", "_exec", "_eval", "_EXEC", "_EVAL"],
    // MSSQL OLE automation of a shell object; MySQL's lib_mysqludf_sys.
    re:
      /\bsp_OACreate\b\s*N?'(?:wscript\.shell|shell\.application)'|\bsys_(?:exec|eval)\s*\(\s*['"]/i,
    severity: "critical",
    anywhere: false,
    reason: "SQL that runs an operating-system command (sp_OACreate shell object, sys_exec)",
  },
  {
    kind: "sql_exec",
    needles: ["plpython", "plperlu", "PLPYTHON"],
    // A function in an untrusted procedural language whose body imports os/subprocess or shells
    // out: once created, any query runs commands as the database server.
    re:
      /\bLANGUAGE\s+['"]?pl(?:python[23]?u|perlu)\b[^;]{0,40}?\bAS\s+(?:\$\w{0,20}\$|')[^$']{0,2000}?\b(?:import\s+(?:os|subprocess|pty|socket)|os\.(?:system|popen)|subprocess\.|system\s*\(|qx\s*[({\/]|exec\s*\(|`)|\bAS\s+(?:\$\w{0,20}\$|')[^$']{0,2000}?\b(?:import\s+(?:os|subprocess|pty|socket)|os\.(?:system|popen)|subprocess\.|system\s*\(|qx\s*[({\/]|exec\s*\()[^$']{0,2000}(?:\$\w{0,20}\$|')\s*(?:[^;]{0,80}?\s)?LANGUAGE\s+['"]?pl(?:python[23]?u|perlu)\b/i,
    severity: "critical",
    anywhere: false,
    reason: "SQL creates a function in an untrusted language that runs system commands",
  },
  {
    kind: "formula_injection",
    // A spreadsheet cell: `=cmd|' /C calc'!A0`, `@SUM(1+1)*cmd|'…'!A0`, `=MSEXCEL|'…'!''`. The
    // DDE grammar `app|'topic'!item` launches a program when the sheet opens.
    lead: /^[\s'"]{0,4}[=+\-@]/,
    re: /^[\s'"]{0,4}[=+\-@][^\n]{0,120}?\b[A-Za-z][\w.]{0,30}\|\s*['"][^'"\n]{0,300}['"]\s*!/,
    severity: "high",
    anywhere: true,
    reason: "Spreadsheet formula that launches a program through DDE",
  },
  {
    kind: "formula_injection",
    needles: ["|'", '|"'],
    // The same cell inside CSV or TSV text (a field after a separator).
    re:
      /(?:^|[\s,;"'\t(])[=+\-@][^\n,;|]{0,60}?\b[A-Za-z][\w.]{0,30}\|\s*['"][^'"\n]{0,300}['"]\s*!/,
    severity: "high",
    anywhere: false,
    reason: "Spreadsheet formula that launches a program through DDE",
  },
  {
    kind: "formula_injection",
    needles: ["DDEAUTO", "DDE("],
    // Word/Excel field codes `{ DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc" }`, `=DDE(…)`.
    re: /\bDDE(?:AUTO)?\b\s+['"]?[a-z]:\\{1,2}|=\s*DDE\s*\(/i,
    severity: "high",
    anywhere: true,
    reason: "Document field or formula that launches a program through DDE",
  },
  {
    kind: "formula_injection",
    // Functions the spreadsheet calls by itself on every recalculation (no click), with a URL built
    // from cells: `=IMPORTXML(CONCAT("http://x/?",A1:A20),"//a")`, `=IMAGE("https://x/p?d="&B2)`.
    // The sheet's contents leave for that host when it opens. A static URL, or HYPERLINK (a
    // click), is not judged.
    lead: /^[\s'"]{0,4}[=+@]/,
    re:
      /^[\s'"]{0,4}[=+@][^\n]{0,200}?\b(?:IMPORTXML|IMPORTDATA|IMPORTHTML|IMPORTFEED|IMAGE|WEBSERVICE)\s*\(\s*(?:(?:CONCAT(?:ENATE)?|TEXTJOIN|JOIN|ENCODEURL)\s*\([^\n]{0,300}?\b\$?[A-Z]{1,3}\$?\d{1,7}\b|"[a-z]{3,8}:\/\/[^"\n]{1,300}"\s*&\s*(?:[A-Z]+\s*\(\s*)?\$?[A-Z]{1,3}\$?\d{1,7}\b)/i,
    severity: "high",
    anywhere: true,
    reason:
      "Spreadsheet formula that sends cell contents to a URL each time the sheet recalculates",
  },
  {
    kind: "xxe",
    needles: ["<!ENTITY", "<!entity", "<!Entity", "XInclude", "xinclude"],
    // An XML external entity: a DTD declares an entity (or a parameter entity, `<!ENTITY % d …>`)
    // whose value is fetched from a URI — a local file read or an out-of-band request when the
    // document is parsed. XInclude does the same from inside the document.
    re:
      /<!ENTITY\s+(?:%\s+)?[\w.:-]{1,60}\s+(?:SYSTEM|PUBLIC\s+["'][^"'\n]{0,200}["'])\s+["'][^"'\n]{1,500}["']|<[\w-]{1,20}:include\b[^>]{0,300}\bhref\s*=\s*["'](?:file:|\/|[a-z]{3,8}:\/\/)[^>]{0,300}(?:xmlns:[\w-]{1,20}\s*=\s*["']http:\/\/www\.w3\.org\/2001\/XInclude|parse\s*=\s*["']text)|xmlns:[\w-]{1,20}\s*=\s*["']http:\/\/www\.w3\.org\/2001\/XInclude["'][^\n]{0,300}?<[\w-]{1,20}:include\b[^>]{0,300}\bhref\s*=\s*["'](?:file:|\/)/i,
    severity: "high",
    anywhere: true,
    reason:
      "XML declares an external entity or XInclude (the parser reads a local file or calls a URL)",
  },
  {
    kind: "ruby_exec",
    needles: ["%x", "Kernel", "IO.popen", "Open3", "qx", "os.execute", "io.popen"],
    re:
      /%x\s*[({\[<|!]|\bKernel\s*\.\s*(?:system|exec|spawn|`)|\bIO\s*\.\s*popen\b|\bOpen3\s*\.\s*(?:popen[23e]?|capture[23]e?|pipeline\w*)\b|\bqx\s*[({\[\/]|\bos\s*\.\s*execute\s*\(|\bio\s*\.\s*popen\s*\(/,
    severity: "high",
    anywhere: false,
    reason: "Ruby/Perl/Lua code that runs system commands",
  },
  {
    kind: "ruby_exec",
    needles: ["%x"],
    re:
      /%x\s*[({\[<|!]\s*(?:(?:\/usr)?\/bin\/)?(?:(?:ba|z|k|da)?sh|curl|wget|nc|ncat|python[23]?|perl|id|whoami|uname|cat\s+\/etc\/)\b/,
    severity: "high",
    anywhere: true,
    reason: "Ruby %x command literal that runs a shell or network command",
  },
  {
    kind: "groovy_exec",
    needles: [".execute"],
    // Groovy runs a String or a List of strings as a process with `.execute()`.
    re: /(?:['"][^'"\n]{1,300}['"]|\[\s*['"][^\]\n]{0,300}\])\s*\.execute\s*\(\s*\)/,
    severity: "high",
    anywhere: false,
    reason: "Groovy code that runs a command with String/List.execute()",
  },
  {
    kind: "php_wrapper",
    // Every branch starts at the scheme's ":", with the scheme name as a look-behind.
    re:
      /(?<=\bphp):\/\/filter\/[^\s]{0,300}?resource=|(?<=\bexpect):\/\/[\w\/.-]|(?<=\bphar):\/\/[^\s'"]{3,}|(?<=\bzip):\/\/[^\s'"]{1,200}%23|(?<=\bdata):(?:\/\/)?text\/plain(?:;base64)?,\s*(?:<\?|PD9)/i,
    severity: "high",
    anywhere: true,
    reason: "PHP stream wrapper that reads source, runs a command or deserializes a file",
  },
];
