/**
 * Database abuse, operating-system command execution from inside a database engine
 * (PayloadsAllTheThings / HackTricks database pages, sqlmap's takeover techniques, ATT&CK T1505.001
 * "SQL Stored Procedures", vendor hardening guides): PostgreSQL `COPY … PROGRAM`, untrusted
 * procedural languages and C functions, server commands set through `ALTER SYSTEM`; SQL Server
 * `xp_cmdshell`, OLE automation, UNSAFE CLR assemblies, Agent CmdExec steps, external scripts,
 * registry writes; MySQL UDFs; Oracle scheduler executables and Java; SQLite / DuckDB native
 * extensions; Redis modules and Lua sandbox escapes; Neo4j APOC; Elasticsearch scripts; CouchDB
 * query servers.
 */
import { type DbRule, r, TEMP_DIR } from "./_dbabuse_core.ts";

const re = (s: string) => new RegExp(s, "i");

/** Code in a procedural or external-script body that reaches the operating system or network. */
const OS_CALL =
  r`(?:\bimport\s{1,3}(?:os|subprocess|socket|pty|ctypes)\b|\bos\.(?:system|popen|exec\w{0,2}|spawn\w{0,3})|\bsubprocess\b|\bsystem\s{0,2}\(|\bpopen\b|\bqx\s{0,2}[({\/]|\bexec\s{0,2}\(|\bsocket\b|\burllib|\brequests\.(?:get|post)|\bdownload\.file|\bshell\s{0,2}\(|\bRuntime\.getRuntime|\bProcessBuilder|\bexec\s{1,3}["'])`;

/** A shell command doing more than copying a file: downloading, connecting back, decoding. */
const SHELLISH =
  r`(?:\bcurl\b|\bwget\b|\bnc\b|\bncat\b|\bbash\s{1,3}-[ci]|\bsh\s{1,3}-c|\/dev\/tcp\/|\bpython[23]?\s{1,3}-c|\bperl\s{1,3}-e|\bbase64\b|\bpowershell\b|\bchmod\s{1,3}\+?[0-7x]|\bmkfifo\b)`;

export const DB_EXEC_RULES: readonly DbRule[] = [
  {
    id: "db.pg_copy_program",
    lit: "program",
    re: /\bcopy\s{1,3}[^;]{0,400}?\b(?:to|from)\s{1,3}program\s{1,3}(?:E?'|\$)/i,
    why: "PostgreSQL COPY … PROGRAM runs a shell command as the database server's OS account",
  },
  {
    id: "db.pg_untrusted_lang",
    lit: ["plpython", "plperlu", "pltclu", "plsh", "plr"],
    re: /\blanguage\s{1,3}['"]?(?:plpython[23]?u|plperlu|pltclu|plsh|plr)\b/i,
    also: re(OS_CALL),
    why:
      "creates a function in an untrusted procedural language whose body calls the operating system",
  },
  {
    id: "db.pg_c_function",
    lit: ["language c", "language 'c'"],
    re:
      /\bcreate\s{1,3}(?:or\s{1,3}replace\s{1,3})?function\b[^;]{0,300}?\bas\s{1,3}'[^']{1,200}'\s{0,3},\s{0,3}'\w{1,40}'[^;]{0,80}?\blanguage\s{1,3}'?c\b/i,
    also:
      /(?:'\/tmp\/|'\/var\/tmp\/|'\/dev\/shm\/|'\/home\/|libc\.so|'(?:system|sys_exec|sys_eval|pg_exec|execv?p?|popen|do_system)')/i,
    why:
      "defines a C-language SQL function from libc or a dropped library (a `system()` call in SQL)",
  },
  {
    id: "db.pg_server_command",
    lit: ["archive_command", "restore_command", "passphrase_command", "preload_libraries"],
    re:
      /\b(?:alter\s{1,3}system|set)\s{1,3}(?:archive_command|restore_command|archive_cleanup_command|recovery_end_command|ssl_passphrase_command)\s{0,3}(?:=|to)\s{0,3}E?'[^']{0,400}?(?:\bcurl\b|\bwget\b|\bnc\b|\bncat\b|\bbash\b|\bsh\s{1,3}-c|\/dev\/tcp|\bpython|\bperl\b|\bbase64\b|\|)/i,
    why: "sets a server command hook (archive / restore / passphrase) to run a shell payload",
  },
  {
    id: "db.pg_preload_library",
    lit: "preload_libraries",
    re: re(
      r`\b(?:alter\s{1,3}system\s{1,3}set|alter\s{1,3}(?:role|user|database)\s{1,3}\S{1,64}\s{1,3}set|set)\s{1,3}(?:shared|session|local)_preload_libraries\s{0,3}(?:=|to)\s{0,3}'[^']{0,200}?${TEMP_DIR}`,
    ),
    why: "makes the server load a library from a temporary or user-writable directory",
  },
  {
    id: "db.mssql_xp_cmdshell",
    lit: "xp_cmdshell",
    re:
      /\b(?:exec(?:ute)?\s{0,3}\(?\s{0,3}N?['"]?(?:@\w{1,30}\s{0,3}=\s{0,3})?(?:\[?master\]?\s{0,2}\.\s{0,2}(?:\[?(?:dbo|sys)\]?)?\s{0,2}\.\s{0,2})?\[?xp_cmdshell\]?|sp_configure\s{1,3}N?'xp_cmdshell'\s{0,3},\s{0,3}'?1)/i,
    why: "SQL Server xp_cmdshell runs an operating-system command (or is being switched on)",
  },
  {
    id: "db.mssql_enable_feature",
    lit: "sp_configure",
    re:
      /\bsp_configure\s{1,3}(?:@configname\s{0,3}=\s{0,3})?N?'(?:ole automation procedures|clr enabled|external scripts enabled|ad hoc distributed queries)'\s{0,3},\s{0,3}(?:@configvalue\s{0,3}=\s{0,3})?'?1\b|\bsp_configure\s{1,3}N?'clr strict security'\s{0,3},\s{0,3}'?0\b/i,
    why:
      "switches on a SQL Server feature that runs code or reaches other servers (OLE automation, CLR, external scripts, ad-hoc distributed queries)",
  },
  {
    id: "db.mssql_ole_shell",
    lit: "sp_oacreate",
    re:
      /\bsp_oacreate\s{1,3}N?'(?:wscript\.shell|shell\.application|scripting\.filesystemobject|msxml2\.(?:server)?xmlhttp|winhttp\.winhttprequest|adodb\.stream)/i,
    why: "creates a shell, file-system or HTTP COM object from SQL (OLE automation)",
  },
  {
    id: "db.mssql_unsafe_assembly",
    lit: "assembly",
    re:
      /\b(?:create|alter)\s{1,3}assembly\b[^;]{0,20000}?\bpermission_set\s{0,3}=\s{0,3}(?:unsafe|external_access)\b/i,
    why: "loads a CLR assembly with UNSAFE / EXTERNAL_ACCESS rights (native code in the server)",
  },
  {
    id: "db.mssql_agent_cmdexec",
    lit: "@subsystem",
    re:
      /\bsp_add_jobstep\b[^;]{0,2000}?@subsystem\s{0,3}=\s{0,3}N?'(?:cmdexec|powershell|activescripting)'/i,
    why: "adds a SQL Server Agent job step that runs an operating-system or PowerShell command",
  },
  {
    id: "db.mssql_external_script",
    lit: "sp_execute_external_script",
    re: /\bsp_execute_external_script\b/i,
    also: re(OS_CALL),
    why: "runs an external Python / R script from SQL that calls the operating system or network",
  },
  {
    id: "db.mssql_regwrite",
    lit: ["xp_regwrite", "xp_instance_regwrite", "xp_regdeletekey", "xp_regdeletevalue"],
    re:
      /\b(?:exec(?:ute)?\s{1,3})?(?:master\s{0,2}\.[\w\s.]{0,8})?xp_(?:instance_)?reg(?:write|deletekey|deletevalue)\b\s{0,3}(?:N?'|@)/i,
    why: "writes or deletes Windows registry keys from SQL (persistence, disabling protections)",
  },
  {
    id: "db.mysql_udf",
    lit: "soname",
    re:
      /\bcreate\s{1,3}(?:aggregate\s{1,3})?function\s{1,3}(?:if\s{1,3}not\s{1,3}exists\s{1,3})?`?\w{1,64}`?\s{1,3}returns\s{1,3}\w{1,12}\s{1,3}soname\s{1,3}['"][^'"]{0,200}?(?:sys|exec|eval|system|shell|cmd|udf|backdoor|\.dll|\/)/i,
    why: "registers a MySQL user-defined function from a shared library (sys_exec / sys_eval UDF)",
  },
  {
    id: "db.mysql_udf_call",
    lit: ["sys_exec", "sys_eval", "do_system", "sys_bineval"],
    re: /\b(?:select|call|do)\b[^;]{0,80}?\b(?:sys_exec|sys_eval|do_system|sys_bineval)\s{0,2}\(/i,
    why: "calls a command-running UDF (sys_exec / sys_eval)",
  },
  {
    id: "db.oracle_scheduler_exec",
    lit: "dbms_scheduler",
    re:
      /\bdbms_scheduler\.create_(?:job|program)\b[^;]{0,1000}?\b(?:job|program)_type\s{0,3}=>\s{0,3}'(?:executable|external_script)'/i,
    why: "creates an Oracle scheduler job that runs an operating-system executable",
  },
  {
    id: "db.oracle_java_exec",
    lit: ["dbms_java", "java source", "java  source"],
    re:
      /\bdbms_java\.grant_permission\s{0,2}\([^;]{0,300}?(?:java\.io\.filepermission[^;]{0,200}?execute|runtimepermission|<<all files>>)|\bjava\s{1,3}source\b[\s\S]{0,5000}?(?:runtime\.getruntime\s{0,2}\(\s{0,2}\)\s{0,2}\.\s{0,2}exec|new\s{1,3}processbuilder)/i,
    why: "gives Oracle Java execute rights or compiles a Java stored procedure that runs commands",
  },
  {
    id: "db.native_extension",
    lit: ["load_extension", "load "],
    re: re(
      r`(?:\bload_extension\s{0,2}\(\s{0,3}['"]|^\s{0,8}load\s{1,3}['"]|;\s{0,8}load\s{1,3}['"])[^'"]{0,200}?${TEMP_DIR}`,
    ),
    why: "loads a native extension into SQLite / DuckDB from a temporary or user-writable path",
  },
  {
    id: "db.duckdb_untrusted_ext",
    lit: ["install", "allow_unsigned_extensions"],
    re:
      /\binstall\s{1,3}['"]?\w{1,40}['"]?\s{1,3}from\s{1,3}['"]?(?!core\b|core_nightly\b|community\b|(?:https?:\/\/)?(?:extensions|nightly-extensions|community-extensions)\.duckdb\.org)[\w:\/.-]{3,200}|\bset\s{1,3}(?:global\s{1,3})?allow_unsigned_extensions\s{0,3}(?:=|to)\s{0,3}'?(?:true|1|on)\b|\ballow_unsigned_extensions['"]?\s{0,3}[:=]\s{0,3}['"]?true/i,
    why:
      "installs a DuckDB extension from an untrusted repository or allows unsigned native extensions",
  },
  {
    id: "db.redis_module_load",
    lit: "module",
    re: re(r`\bmodule\b["',\s]{1,6}load(?:ex)?\b["',\s]{1,6}[^\s"',]{0,200}?${TEMP_DIR}`),
    why: "loads a Redis module (native code) from a temporary or user-writable path",
  },
  {
    id: "db.redis_lua_escape",
    lit: ["io.popen", "os.execute", "package.loadlib", "luaopen_", "io.open", "debug.getregistry"],
    re:
      /\b(?:eval(?:_ro|sha)?|function\b["',\s]{1,6}load)\b["',\s]{1,6}[\s\S]{0,2000}?(?:\bio\.popen|\bos\.execute|\bpackage\.loadlib|\bluaopen_\w|\bio\.open|\bdebug\.getregistry)/i,
    why: "a Redis Lua script that leaves the sandbox (io / os / package.loadlib)",
  },
  {
    id: "db.neo4j_apoc_file",
    lit: ["apoc.", "load csv"],
    re:
      /\bapoc\.(?:cypher\.run(?:schema)?files?|load\.(?:json|jsonparams|jsonarray|csv|xml|html|binary|directory|arrow)|import\.\w{2,12}|log\.stream)\s{0,2}\(\s{0,3}['"](?:file:|\/|\.\.|~|[a-z]:\\|https?:\/\/(?:169\.254\.169\.254|metadata\.google|localhost|127\.))|\bapoc\.export\.\w{2,12}\.\w{2,12}\s{0,2}\([^)]{0,400}?['"](?:file:|\/|\.\.|~|[a-z]:\\)|\bload\s{1,3}csv\s{1,3}(?:with\s{1,3}headers\s{1,3})?from\s{1,3}['"]file:\/{2,3}(?:etc|root|home|proc|var\/lib\/neo4j\/conf)/i,
    why:
      "reads or writes server files (or the cloud metadata service) through Neo4j APOC / LOAD CSV",
  },
  {
    id: "db.neo4j_systemdb",
    lit: ["apoc.systemdb", "apoc.config"],
    re: /\bapoc\.(?:systemdb\.(?:execute|graph|export\.metadata)|config\.(?:list|map))\s{0,2}\(/i,
    why: "queries the Neo4j system database or server configuration (users, secrets) through APOC",
  },
  {
    id: "db.es_script_exec",
    lit: ["getruntime", "processbuilder", "java.lang.runtime", "java.lang.system"],
    re:
      /(?:["']?(?:script|source|inline|script_fields)["']?\s{0,3}[:=])[\s\S]{0,600}?(?:java\.lang\.(?:runtime|processbuilder|system)\b|getruntime\s{0,2}\(\s{0,2}\)\s{0,2}\.\s{0,2}exec|new\s{1,3}processbuilder)/i,
    why: "an Elasticsearch / OpenSearch script that reaches java.lang.Runtime (command execution)",
  },
  {
    id: "db.couchdb_query_server",
    lit: ["query_servers", "os_daemons"],
    re: re(
      r`_config\/(?:query_servers|native_query_servers|os_daemons)\/[\s\S]{0,300}?${SHELLISH}|\/(?:query_servers|os_daemons)\/\w{1,40}[\s\S]{0,40}?(?:\/bin\/|\bsh\b|bash|python|perl|\bnc\b|cmd(?:\.exe)?\b)`,
    ),
    why: "sets a CouchDB query server / OS daemon to an arbitrary command",
  },
  {
    id: "db.clickhouse_executable",
    lit: "executable",
    re:
      /\b(?:executable(?:pool)?\s{0,2}\(\s{0,3}'(?:\.\.|\/)|engine\s{0,3}=\s{0,3}executable(?:pool)?\s{0,2}\(\s{0,3}'(?:\.\.|\/))/i,
    why: "a ClickHouse executable table function pointing outside the user_scripts directory",
  },
];
