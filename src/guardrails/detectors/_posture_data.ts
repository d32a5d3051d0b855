/**
 * Posture rules for databases and data services: features that run programs or write files turned
 * on (Redis CONFIG/MODULE, PostgreSQL COPY PROGRAM and preload, MySQL FILE/OUTFILE/UDF, SQL Server
 * xp_cmdshell/TRUSTWORTHY), superuser or any-host grants, and authentication switched off (pg_hba
 * trust, skip-grant-tables, MongoDB, Elasticsearch, Cassandra, anonymous Grafana/Jenkins admins).
 */
import { confLine, type PostureRule, U_PAYLOAD } from "./_posture_core.ts";

const r = String.raw;

export const DATA_RULES: PostureRule[] = [
  {
    id: "redis.config_dir_foothold",
    kind: "persistence",
    lit: "config set",
    re:
      /\bconfig\s{1,3}set\s{1,3}dir\s{1,3}["']?(?:\/root\/\.ssh|\/home\/[\w.-]{1,32}\/\.ssh|\/var\/spool\/cron|\/etc\/cron\.d|\/var\/www|\/usr\/share\/nginx\/html|\/etc\/(?:systemd|profile\.d|ld\.so))|\bconfig\s{1,3}set\s{1,3}dbfilename\s{1,3}["']?(?:authorized_keys|root|[\w.-]{1,40}\.(?:php|jsp|aspx?))\b/i,
    why:
      "points Redis' dump file at an SSH, cron or web directory (the saved data becomes a key, a job or a web shell)",
  },
  {
    id: "redis.protection_off",
    kind: "defense_evasion",
    lit: ["protected-mode", "requirepass"],
    re:
      /\bconfig\s{1,3}set\s{1,3}(?:protected-mode\s{1,3}["']?no\b|requirepass\s{1,3}(?:""|''))|^\s{0,4}protected-mode\s{1,3}no\b/im,
    why: "switches Redis protected mode or its password off",
  },
  {
    id: "redis.module_load",
    kind: "privilege_escalation",
    lit: "module load",
    re:
      /\bmodule\s{1,3}load\s{1,3}["']?\/(?:tmp|dev\/shm|var\/tmp|home|root)\/[\w.\/-]{1,80}\.so\b/i,
    why: "loads a Redis module from a temporary or home directory (native code inside the server)",
  },
  {
    id: "redis.rogue_replica",
    kind: "persistence",
    lit: ["slaveof", "replicaof"],
    re:
      /\b(?:slaveof|replicaof)\s{1,3}(?!no\s{1,3}one\b)(?:\d{1,3}\.){3}\d{1,3}\s{1,3}\d{2,5}\b[\s\S]{0,300}\bmodule\s{1,3}load\b/i,
    why:
      "makes Redis replicate from an outside server and load a module from it (rogue-master code execution)",
  },
  {
    id: "pg.copy_program",
    kind: "privilege_escalation",
    lit: ["from program", "to program"],
    re:
      /\bcopy\s{1,3}[\w."]{1,80}(?:\s{0,2}\([^)]{0,200}\))?\s{1,3}(?:from|to)\s{1,3}program\s{1,3}['"$]/i,
    why: "runs an operating-system command from the database (COPY … PROGRAM)",
  },
  {
    id: "pg.superuser_granted",
    kind: "privilege_escalation",
    lit: "superuser",
    re:
      /\balter\s{1,3}(?:role|user)\s{1,3}["']?(?!postgres\b)[\w-]{1,63}["']?\s{1,3}[a-z\s]{0,100}?\bsuperuser\b/i,
    why: "makes an existing database role a superuser",
  },
  {
    id: "pg.server_program_roles",
    kind: "privilege_escalation",
    lit: "pg_",
    re:
      /\bgrant\s{1,3}pg_(?:execute_server_program|write_server_files|read_server_files)\s{1,3}to\b/i,
    why: "grants a role that runs server programs or reads/writes server files",
  },
  {
    id: "pg.preload_or_command",
    kind: "persistence",
    lit: "alter system",
    re: new RegExp(
      r`\balter\s{1,3}system\s{1,3}set\s{1,3}(?:(?:shared|session|local)_preload_libraries\s{0,3}(?:=|to)\s{0,3}['"][^'"\n]{0,80}\/(?:tmp|dev\/shm|var\/tmp)\/|(?:archive_command|restore_command|ssl_passphrase_command)\s{0,3}(?:=|to)\s{0,3}['"][^\n]{0,200}?(?:${U_PAYLOAD}|\bnc\b|\bcurl\b|\bwget\b))`,
      "i",
    ),
    why: "makes PostgreSQL load a temporary-directory library or run a network command on its own",
  },
  {
    id: "pg.c_function_tmp",
    kind: "privilege_escalation",
    lit: "language c",
    re:
      /\bcreate\s{1,3}(?:or\s{1,3}replace\s{1,3})?function\b[^;]{0,300}\bas\s{1,3}'\/(?:tmp|dev\/shm|var\/tmp|var\/lib\/postgresql)\/[^']{1,80}'[^;]{0,80}\blanguage\s{1,3}c\b|\blanguage\s{1,3}c\b[^;]{0,200}\bas\s{1,3}'\/(?:tmp|dev\/shm|var\/tmp)\//i,
    why:
      "defines a database function from a native library in a temporary directory (code execution in the server)",
  },
  {
    id: "pg.hba_trust",
    kind: "defense_evasion",
    lit: "trust",
    re:
      /(?:^|["'>]|\\n)\s{0,4}(?:host(?:ssl|nossl)?\s{1,8}\S{1,40}\s{1,8}\S{1,40}\s{1,8}(?:0\.0\.0\.0\/0|::\/0|all|0\.0\.0\.0\s{1,4}0\.0\.0\.0)|local\s{1,8}all\s{1,8}all)\s{1,8}trust\b/im,
    // A write context, or a text that is itself a pg_hba file (its first non-comment line is a
    // `local`/`host` record): the content of a `write_file` whose path is another argument.
    also:
      /pg_hba|>>|\btee\b|\bcat\s{0,2}>|^(?:[ \t]{0,8}(?:#[^\n]{0,400})?\r?\n){0,40}[ \t]{0,8}(?:local|host(?:ssl|nossl|gssenc|nogssenc)?)[ \t]/i,
    why: "lets clients log into PostgreSQL without a password (pg_hba trust)",
  },
  {
    id: "mysql.grant_any_host",
    kind: "privilege_escalation",
    lit: "*.*",
    re:
      /\bgrant\s{1,3}(?:all(?:\s{1,3}privileges)?|super|file|[\w ,]{0,80}\bwith\s{1,3}grant\s{1,3}option)\b[^;]{0,80}\bon\s{1,3}\*\.\*\s{1,3}to\s{1,3}['"`]?[\w.-]{1,32}['"`]?@['"`]%['"`]/i,
    why:
      "grants all or server-level privileges (FILE, SUPER) on every database to a user from any host",
  },
  {
    id: "mysql.grant_file",
    kind: "privilege_escalation",
    lit: "*.*",
    re: /\bgrant\s[\w ,]{0,140}?\bfile\b[^;]{0,40}\bon\s{1,3}\*\.\*/i,
    why: "grants FILE (read and write any server file) to a database user",
  },
  {
    id: "mysql.outfile_webshell",
    kind: "persistence",
    lit: ["outfile", "dumpfile", "general_log_file"],
    re:
      /\binto\s{1,3}(?:out|dump)file\s{1,3}['"][^'"\n]{0,120}(?:\.(?:php\d?|phtml|jsp|aspx?)|\/var\/www\/|\/\.ssh\/|\/cron)|\bset\s{1,3}global\s{1,3}general_log_file\s{0,3}=\s{0,3}['"][^'"\n]{0,120}\.(?:php\d?|phtml|jsp|aspx?)['"]/i,
    why:
      "writes query output into a web page, SSH or cron directory (a web shell or a planted key)",
  },
  {
    id: "mysql.udf_exec",
    kind: "privilege_escalation",
    lit: "soname",
    re:
      /\bcreate\s{1,3}(?:aggregate\s{1,3})?function\s{1,3}\w{1,40}\s{1,3}returns\s{1,3}\w{1,20}\s{1,3}soname\s{1,3}['"][\w.-]{1,60}\.(?:so|dll)['"]/i,
    also: /\b(?:sys_exec|sys_eval|lib_mysqludf|do_system|udf)\b|\binto\s{1,3}dumpfile\b/i,
    why: "loads a native user-defined function that runs operating-system commands",
  },
  {
    id: "mysql.auth_off",
    kind: "defense_evasion",
    lit: ["skip-grant-tables", "secure_file_priv", "secure-file-priv"],
    re: /\bskip-grant-tables\b|^\s{0,4}secure[-_]file[-_]priv\s{0,3}=\s{0,3}(?:""|''|\s{0,3}$)/im,
    also: /my\.cnf|mysqld|\[mysqld\]|>>|\btee\b|conf\.d/i,
    not: /^\s{0,4}(?:grep|cat|less)\b/i,
    why: "starts MySQL without permission checks or lets it read and write files anywhere",
  },
  {
    id: "mssql.xp_cmdshell_on",
    kind: "privilege_escalation",
    lit: "sp_configure",
    re:
      /\bsp_configure\s{1,3}N?['"](?:xp_cmdshell|Ole\s{1,2}Automation\s{1,2}Procedures|clr\s{1,2}strict\s{1,2}security|external\s{1,2}scripts\s{1,2}enabled|Ad\s{1,2}Hoc\s{1,2}Distributed\s{1,2}Queries)['"]\s{0,3},\s{0,3}(?:1|0)\b/i,
    not:
      /\bxp_cmdshell['"]\s{0,3},\s{0,3}0\b|\bole\s{1,2}automation\s{1,2}procedures['"]\s{0,3},\s{0,3}0\b|\bstrict\s{1,2}security['"]\s{0,3},\s{0,3}1\b/i,
    why:
      "turns on a SQL Server feature that runs operating-system commands or unsigned code (xp_cmdshell, OLE automation, CLR without strict security)",
  },
  {
    id: "mssql.trustworthy",
    kind: "privilege_escalation",
    lit: "trustworthy",
    re: /\balter\s{1,3}database\s{1,3}[\w\[\]."]{1,80}\s{1,3}set\s{1,3}trustworthy\s{1,3}on\b/i,
    why: "marks a database TRUSTWORTHY (its owner's code can act as sysadmin)",
  },
  {
    id: "mssql.sysadmin_granted",
    kind: "privilege_escalation",
    lit: "sysadmin",
    re:
      /\bsp_addsrvrolemember\s{1,3}[^\n;]{0,120}['"]sysadmin['"]|\balter\s{1,3}server\s{1,3}role\s{1,3}\[?sysadmin\]?\s{1,3}add\s{1,3}member\b/i,
    why: "adds a login to the SQL Server sysadmin role",
  },
  {
    id: "mssql.impersonate_sa",
    kind: "privilege_escalation",
    lit: "impersonate",
    re:
      /\bgrant\s{1,3}impersonate\s{1,3}on\s{1,3}login::\s{0,2}\[?(?:sa|[\w-]{0,20}admin[\w-]{0,20})\]?\s{1,3}to\b/i,
    why: "lets a login impersonate sa or an administrator login",
  },
  {
    id: "mssql.sa_enabled",
    kind: "defense_evasion",
    lit: "alter login",
    re:
      /\balter\s{1,3}login\s{1,3}\[?sa\]?\s{1,3}enable\b|\balter\s{1,3}login\s{1,3}\[?sa\]?\s{1,3}with\s{1,3}check_policy\s{0,2}=\s{0,2}off\b/i,
    why: "enables the sa login or removes its password policy",
  },
  {
    id: "mongo.auth_off",
    kind: "defense_evasion",
    lit: ["noauth", "authorization"],
    re:
      /\bmongod\b[^\n]{0,200}\s--noauth\b|\bsecurity["']?\s{0,3}:[\s{]{0,20}["']?authorization["']?\s{0,3}:\s{0,3}["']?disabled\b|\bsecurity\.authorization\s{0,3}[:=]\s{0,3}["']?disabled\b/i,
    why: "runs MongoDB with authentication off",
  },
  {
    id: "elastic.security_off",
    kind: "defense_evasion",
    lit: "xpack.security",
    re: confLine(
      r`xpack\.security\.(?:enabled|http\.ssl\.enabled|transport\.ssl\.enabled)`,
      "false\\b",
    ),
    why: "switches Elasticsearch security (authentication, TLS) off",
  },
  {
    id: "cassandra.auth_off",
    kind: "defense_evasion",
    lit: ["allowallauthenticator", "allowallauthorizer"],
    re: confLine(
      r`(?:authenticator|authorizer)`,
      "(?:org\\.apache\\.cassandra\\.auth\\.)?AllowAll(?:Authenticator|Authorizer)\\b",
    ),
    why: "lets anyone into Cassandra (AllowAll authenticator/authorizer)",
  },
  {
    id: "app.anonymous_admin",
    kind: "privilege_escalation",
    lit: ["anonymous", "usesecurity"],
    re:
      /\bGF_AUTH_ANONYMOUS_ORG_ROLE\s{0,2}=\s{0,2}["']?Admin\b|\[auth\.anonymous\][\s\S]{0,200}\borg_role\s{0,3}=\s{0,3}Admin\b|<useSecurity>\s{0,2}false\s{0,2}<\/useSecurity>|\bAuthorizationStrategy\$Unsecured\b/i,
    why: "makes anonymous visitors administrators (Grafana anonymous Admin, Jenkins security off)",
  },
  {
    id: "pg.untrusted_language",
    kind: "privilege_escalation",
    lit: ["lanpltrusted", "plpython3u", "plperlu", "bypassrls"],
    re:
      /\bupdate\s{1,3}pg_language\s{1,3}set\s{1,3}lanpltrusted\s{0,2}=\s{0,2}(?:true|'t'|'true')|\bgrant\s{1,3}usage\s{1,3}on\s{1,3}language\s{1,3}(?:plpython3?u|plperlu|pltclu)\s{1,3}to\b|\balter\s{1,3}(?:role|user)\s{1,3}["']?[\w-]{1,63}["']?\s{1,3}(?:with\s{1,3})?bypassrls\b/i,
    why: "lets an ordinary database role run untrusted-language code or bypass row-level security",
  },
  {
    id: "mysql.open_account",
    kind: "privilege_escalation",
    lit: ["identified by", "mysql.user"],
    re:
      /\bcreate\s{1,3}user\s{1,3}['"`]?[\w.-]{1,32}['"`]?@['"`]%['"`]\s{1,3}identified\s{1,3}by\s{1,3}(?:''|"")|\bupdate\s{1,3}mysql\.user\s{1,3}set\s{1,3}[^;]{0,120}\b(?:super_priv|file_priv|grant_priv)\s{0,2}=\s{0,2}'y'/i,
    why:
      "creates a password-less account reachable from any host, or writes server-level privileges directly into mysql.user",
  },
  {
    id: "mssql.os_access",
    kind: "privilege_escalation",
    lit: ["xp_regwrite", "sp_oacreate"],
    re:
      /\bxp_regwrite\b|\bsp_OACreate\s{1,3}['"](?:WScript\.Shell|Scripting\.FileSystemObject|Shell\.Application)['"]/i,
    why: "writes the registry or runs shell objects from SQL Server",
  },
  {
    id: "pg.ssl_off",
    kind: "defense_evasion",
    lit: "alter system",
    re:
      /\balter\s{1,3}system\s{1,3}set\s{1,3}(?:ssl\s{0,3}(?:=|to)\s{0,3}'?off\b|password_encryption\s{0,3}(?:=|to)\s{0,3}'?md5\b|log_(?:connections|disconnections)\s{0,3}(?:=|to)\s{0,3}'?off\b|log_statement\s{0,3}(?:=|to)\s{0,3}'?none\b)/i,
    why: "switches PostgreSQL TLS or connection/statement logging off",
  },
];
