/**
 * Database abuse, privileges raised and audit / security controls switched off (CIS benchmarks for
 * PostgreSQL, MySQL, SQL Server, Oracle, MongoDB; vendor hardening guides; ATT&CK T1078 / T1098 /
 * T1562.008 "Disable or Modify Cloud Logs" in its database forms), and MongoDB server-side
 * JavaScript in filters doing more than a comparison. `GRANT SELECT … TO reporting_ro`, reading a
 * setting, a retention purge of old audit rows and a filter comparing two fields pass.
 */
import type { DbRule } from "./_dbabuse_core.ts";

export const DB_TAMPER_RULES: readonly DbRule[] = [
  {
    id: "db.pg_role_escalate",
    lit: ["superuser", "bypassrls", "createrole", "replication"],
    re:
      /\b(?:alter|create)\s{1,3}(?:role|user)\s{1,3}["\w$.-]{1,64}\s{1,3}(?:with\s{1,3})?(?:(?:login|nologin|inherit|createdb|password\s{1,3}'[^']{0,100}'|encrypted\s{1,3}password\s{1,3}'[^']{0,100}')\s{1,3}){0,4}(?<!no)(?:superuser|bypassrls|createrole)\b/i,
    why: "gives a PostgreSQL role SUPERUSER / BYPASSRLS / CREATEROLE",
  },
  {
    id: "db.pg_grant_server_roles",
    lit: [
      "pg_execute_server_program",
      "pg_read_server_files",
      "pg_write_server_files",
      "rds_superuser",
      "cloudsqlsuperuser",
      "azure_pg_admin",
    ],
    re:
      /\bgrant\s{1,3}(?:[\w\s,]{0,120}?,\s{0,3})?(?:pg_execute_server_program|pg_read_server_files|pg_write_server_files|rds_superuser|cloudsqlsuperuser|azure_pg_admin)\b[^;]{0,120}?\bto\b/i,
    why: "grants a PostgreSQL role that runs server programs or reads / writes server files",
  },
  {
    id: "db.grant_all_admin",
    lit: ["grant"],
    re:
      /\bgrant\s{1,3}all(?:\s{1,3}privileges)?\s{1,3}on\s{1,3}(?:\*\.\*|all\s{1,3}tables\s{1,3}in\s{1,3}schema\s{1,3}\w{1,64}|database\s{1,3}\w{1,64}|schema\s{1,3}\w{1,64}|[\w.`"*]{1,80})\s{1,3}to\s{1,3}[^;]{1,120}?\bwith\s{1,3}grant\s{1,3}option\b|\bgrant\s{1,3}(?:all(?:\s{1,3}privileges)?|file|super|process|shutdown)\s{1,3}on\s{1,3}\*\.\*\s{1,3}to\b|\bgrant\s{1,3}(?:control\s{1,3}server|impersonate\s{1,3}on\s{1,3}login\s{0,2}::\s{0,2}\[?sa\]?|alter\s{1,3}any\s{1,3}login|dba|sysdba|become\s{1,3}user|alter\s{1,3}system|execute\s{1,3}any\s{1,3}procedure|create\s{1,3}any\s{1,3}(?:trigger|procedure|directory)|grant\s{1,3}any\s{1,3}(?:privilege|role))\b[^;]{0,80}?\bto\b/i,
    why:
      "grants every privilege with the right to grant it on, or a server-wide admin privilege (FILE, SUPER, CONTROL SERVER, DBA)",
  },
  {
    id: "db.mssql_sysadmin",
    lit: ["sysadmin", "securityadmin", "serveradmin"],
    re:
      /\bsp_addsrvrolemember\b[^;]{0,200}?'(?:sysadmin|securityadmin|serveradmin)'|\balter\s{1,3}server\s{1,3}role\s{1,3}\[?(?:sysadmin|securityadmin|serveradmin)\]?\s{1,3}add\s{1,3}member\b/i,
    why: "adds a login to a SQL Server administrative server role (sysadmin / securityadmin)",
  },
  {
    id: "db.admin_account_takeover",
    lit: [
      "login",
      "pg_authid",
      "mysql.user",
      "_config/admins",
      "_admin",
      "createuser",
      "grantrolestouser",
      "addroletouser",
      "grant role",
      "superuser",
      "all privileges",
    ],
    re:
      /\balter\s{1,3}login\s{1,3}\[?sa\]?\s{1,3}(?:enable\b|with\s{1,3}password\b)|\bupdate\s{1,3}(?:pg_catalog\s{0,2}\.\s{0,2})?pg_authid\s{1,3}set\b|\bupdate\s{1,3}`?mysql`?\s{0,2}\.\s{0,2}`?user`?\s{1,3}set\b|_config\/admins\/[\w.@-]{1,60}|["']roles["']\s{0,3}:\s{0,3}\[\s{0,3}["']_admin["']|\b(?:createuser|grantrolestouser)\s{0,2}\([\s\S]{0,400}?\broles?["']?\s{0,3}:[\s\S]{0,200}?["'](?:root|__system|useradminanydatabase|dbadminanydatabase|clusteradmin|restore)["']|\bdbms\.security\.addroletouser\s{0,2}\(\s{0,3}["']admin["']|\bgrant\s{1,3}role\s{1,3}(?:admin|accountadmin|securityadmin|orgadmin|useradmin)\s{1,3}to\b|_security\/(?:user|role_mapping)\/[\w.@-]{1,60}[\s\S]{0,300}?["']roles["']\s{0,3}:\s{0,3}\[[^\]]{0,100}?["']superuser["']|\bcreate\s{1,3}user\s{1,3}\S{1,64}\s{1,3}with\s{1,3}password\s{1,3}'[^']{0,100}'\s{1,3}with\s{1,3}all\s{1,3}privileges\b/i,
    why:
      "takes over or creates an administrator account (sa enabled, catalog rows edited, Mongo root / CouchDB / Neo4j / Snowflake / Elasticsearch / InfluxDB admin)",
  },
  {
    id: "db.warehouse_grant_outside",
    lit: ["grant", "network_policy", "network policy"],
    re:
      /\bgrant\s{1,3}`?roles\/bigquery\.\w{1,30}`?\s{1,3}on\s{1,3}[^;]{1,200}?\bto\s{1,3}["'](?:allusers|allauthenticatedusers|(?:user|group):[^"']{1,80}@(?:gmail|googlemail|outlook|hotmail|yahoo|proton(?:mail)?|icloud|aol)\.)|\balter\s{1,3}account\s{1,3}(?:\w{1,64}\s{1,3})?unset\s{1,3}network_policy\b|\bdrop\s{1,3}network\s{1,3}policy\b/i,
    why:
      "opens warehouse data to personal or anonymous accounts, or removes the account's network policy",
  },
  {
    id: "db.mssql_impersonate_sa",
    lit: ["execute as", "exec as"],
    re:
      /\bexec(?:ute)?\s{1,3}as\s{1,3}(?:login|user)\s{0,3}=\s{0,3}N?'(?:sa|dbo|admin|administrator|nt authority\\system|builtin\\administrators|nt service\\mssqlserver)'/i,
    why: "impersonates sa / dbo / SYSTEM (EXECUTE AS LOGIN) to act with administrator rights",
  },
  {
    id: "db.mssql_trustworthy",
    lit: "trustworthy",
    re: /\balter\s{1,3}database\s{1,3}[\w\[\]]{1,128}\s{1,3}set\s{1,3}trustworthy\s{1,3}on\b/i,
    why: "marks a SQL Server database TRUSTWORTHY (its owner's code runs with server rights)",
  },
  {
    id: "db.mysql_file_priv",
    lit: ["local_infile", "secure_file_priv", "secure-file-priv"],
    re:
      /\bset\s{1,3}(?:global\s{1,3}|persist\s{1,3}|@@global\.)?local_infile\s{0,3}(?:=|to)\s{0,3}'?(?:1|on|true)\b|\bset\s{1,3}(?:global\s{1,3}|persist(?:_only)?\s{1,3}|@@global\.)?secure_file_priv\b|\bsecure[_-]file[_-]priv\s{0,3}=\s{0,3}(?:""|''|\s{0,3}$)/im,
    why: "lifts MySQL's file-import / export restrictions (local_infile, secure_file_priv)",
  },
  {
    id: "db.audit_off",
    lit: [
      "pgaudit",
      "log_statement",
      "log_connections",
      "log_disconnections",
      "common criteria",
      "audit",
      "general_log",
      "sql_log_off",
      "noaudit",
      "audit_trail",
      "c2 audit",
      "default trace",
      "sp_trace_setstatus",
    ],
    re:
      /\b(?:alter\s{1,3}system\s{1,3}set|alter\s{1,3}(?:role|user|database)\s{1,3}\S{1,64}\s{1,3}set|set)\s{1,3}(?:pgaudit\.log\s{0,3}(?:=|to)\s{0,3}'?none|log_statement\s{0,3}(?:=|to)\s{0,3}'?none|log_(?:dis)?connections\s{0,3}(?:=|to)\s{0,3}'?(?:off|false|0)\b)|\bdrop\s{1,3}extension\s{1,3}(?:if\s{1,3}exists\s{1,3})?pgaudit\b|\balter\s{1,3}(?:server|database)\s{1,3}audit\s{1,3}(?:specification\s{1,3})?[\w\[\]]{1,128}\s{1,3}with\s{0,3}\(\s{0,3}state\s{0,3}=\s{0,3}off|\bdrop\s{1,3}(?:server|database)\s{1,3}audit\b|\bsp_configure\s{1,3}N?'(?:c2 audit mode|default trace enabled|common criteria compliance enabled)'\s{0,3},\s{0,3}'?0\b|\bsp_trace_setstatus\b[^;]{0,60}?(?:@status\s{0,3}=\s{0,3})?[02]\b|\bset\s{1,3}(?:global\s{1,3}|persist\s{1,3}|@@global\.)?(?:general_log\s{0,3}=\s{0,3}'?(?:off|0)\b|server_audit_logging\s{0,3}=\s{0,3}'?(?:off|0)\b|audit_log_disable\s{0,3}=\s{0,3}'?(?:on|1)\b)|\bset\s{1,3}(?:session\s{1,3}|@@session\.|@@)?sql_log_off\s{0,3}=\s{0,3}'?(?:on|1)\b|\buninstall\s{1,3}(?:plugin\s{1,3}(?:audit_log|server_audit)\b|component\s{1,3}['"]file:\/\/component_audit)|\bnoaudit\s{1,3}(?:all|policy|session)\b|\balter\s{1,3}system\s{1,3}set\s{1,3}(?:audit_trail\s{0,3}=\s{0,3}'?none|audit_sys_operations\s{0,3}=\s{0,3}false)\b|\bauditAuthorizationSuccess["']?\s{0,3}:\s{0,3}false\b/i,
    why:
      "switches off database auditing or statement logging (pgaudit, SQL Server audit, MySQL logs, Oracle audit)",
  },
  {
    id: "db.audit_rows_erased",
    lit: ["audit", "aud$", "history", "_log", "unified_audit_trail"],
    re:
      /\b(?:truncate\s{1,3}(?:table\s{1,3})?|drop\s{1,3}table\s{1,3}(?:if\s{1,3}exists\s{1,3})?)[\w."\x60\[\]]{0,80}?(?:audit\w{0,30}|aud\$|\w{0,30}_history|\w{0,30}(?:access|activity|security|login|event)_logs?|unified_audit_trail)(?![\w$])|\bdelete\s{1,3}from\s{1,3}[\w."\x60\[\]]{0,80}?(?:audit\w{0,30}|aud\$|\w{0,30}(?:access|activity|security|login)_(?:logs?|history))(?![\w$])\s{0,3}(?:;|$|where\s[^;]{0,200}?\b(?:user_?(?:id|name)?|actor\w{0,10}|username|ip(?:_address)?|principal|login)\b\s{0,3}(?:=|in\b|like\b))|\bdbms_audit_mgmt\.clean_audit_trail\b/im,
    why: "erases audit-trail rows (whole tables, or one actor's entries) to hide activity",
  },
  {
    id: "db.audit_trigger_off",
    lit: ["trigger"],
    re:
      /\b(?:alter\s{1,3}table\s{1,3}[\w."\x60\[\]]{1,128}\s{1,3}disable\s{1,3}trigger\s{1,3}(?:all\b|user\b|[\w"]{0,40}(?:audit|history|hist|track|log|security|changelog))|disable\s{1,3}trigger\s{1,3}(?:all\b|[\w.\[\]]{0,40}(?:audit|history|track|log|security))[^;]{0,80}?\bon\b|drop\s{1,3}(?:event\s{1,3})?trigger\s{1,3}(?:if\s{1,3}exists\s{1,3})?[\w."\[\]]{0,40}(?:audit|history|track|changelog|security))/i,
    why: "disables or drops audit / history triggers so changes go unrecorded",
  },
  {
    id: "db.rls_off",
    lit: ["row level security", "policy"],
    re:
      /\balter\s{1,3}table\s{1,3}[\w."\[\]]{1,128}\s{1,3}(?:disable|no\s{1,3}force)\s{1,3}row\s{1,3}level\s{1,3}security\b|\b(?:create|alter)\s{1,3}policy\b[^;]{0,300}?\b(?:using|with\s{1,3}check)\s{0,3}\(\s{0,3}(?:true|1\s{0,3}=\s{0,3}1)\s{0,3}\)/i,
    why: "switches off row-level security or adds a policy that lets every row through",
  },
  {
    id: "db.service_auth_off",
    lit: [
      "protected-mode",
      "nopass",
      "requirepass",
      "xpack.security",
      "plugins.security",
      "disabled",
      "noauth",
      "enable-",
      "setuser",
    ],
    re:
      /\bconfig\b["',\s]{1,6}set\b["',\s]{1,6}(?:protected-mode\b["',\s]{1,6}["']?no\b|requirepass\b["',\s]{1,6}(?:""|''|$)|enable-(?:protected-configs|debug-command|module-command)\b["',\s]{1,6}["']?yes\b)|\bacl\b["',\s]{1,6}setuser\b[^\n;]{0,200}?\bnopass\b|\bacl\b["',\s]{1,6}setuser\s{1,3}default\b[^\n;]{0,200}?(?:\+@all|allcommands)|["']?xpack\.security(?:\.audit|\.http\.ssl|\.transport\.ssl)?\.enabled["']?\s{0,3}[:=]\s{0,3}["']?false\b|["']?xpack\.security\.authc\.anonymous\.roles["']?\s{0,3}[:=]\s{0,3}[\["']{0,3}superuser|["']?plugins\.security\.disabled["']?\s{0,3}[:=]\s{0,3}["']?true\b|\bsecurity["']?\s{0,3}:[\s\S]{0,80}?\bauthorization["']?\s{0,3}:\s{0,3}["']?disabled\b|\bmongod\b[^\n]{0,200}?--noauth\b/im,
    why:
      "switches off the data store's authentication or protection (Redis protected mode / nopass, Elasticsearch security, Mongo authorization)",
  },
  {
    id: "db.mongo_server_js",
    lit: ["$where", "$function", "$accumulator", "mapreduce"],
    re:
      /["']?\$(?:where|function|accumulator)["']?\s{0,3}:[\s\S]{0,1500}?(?:\bsleep\s{0,2}\(|\bwhile\s{0,2}\(\s{0,2}(?:true|1|new\s{1,3}date)|\bfor\s{0,2}\(\s{0,2};\s{0,2};|\bprocess\.|\brequire\s{0,2}\(|\bconstructor\b|\bnew\s{1,3}function\s{0,2}\(|\bfunction\s{0,2}\(\s{0,2}["']|\beval\s{0,2}\(|\bdb\.\w{1,40}|\bload\s{0,2}\(|\brun\w{0,10}command\b|\bthis\.(?:password|passwd|pass|pwd|token|secret|api_?key|hash)\w{0,12}\s{0,2}(?:\.\s{0,2}(?:match|charAt|charCodeAt|substr|substring|startsWith|slice|indexOf|length)|\[\s{0,2}\d)|\breturn\s{1,3}true\s{0,3};?\s{0,3}\}?\s{0,3}["']|["']\s{0,3}(?:1\s{0,3}==\s{0,3}1|true)\s{0,3}["'])|\bmapreduce\b[\s\S]{0,1500}?(?:\bsleep\s{0,2}\(|\bprocess\.|\brequire\s{0,2}\(|\bdb\.\w{1,40}\.\w{1,20}\s{0,2}\(|\bthis\.(?:password|passwd|token|secret|api_?key)\w{0,12}\b)/i,
    why:
      "MongoDB server-side JavaScript ($where / $function / $accumulator / mapReduce) that sleeps, loops, reaches the runtime or extracts a secret",
  },
  {
    // A rule or trigger on a payments / payouts / transfers / invoices table that writes a fixed
    // account into every new row (`CREATE RULE … DO INSTEAD INSERT … VALUES (…, '4270198356', …)`,
    // `NEW.iban := 'DE…'`): every future payment goes to that account (payment diversion).
    id: "db.payment_destination_rewritten",
    lit: [
      "create rule",
      "create or replace rule",
      "create trigger",
      "create or replace trigger",
      "new.iban",
      "new.account",
    ],
    re:
      /\bcreate\s{1,3}(?:or\s{1,3}replace\s{1,3})?(?:rule|trigger)\b[^;]{0,300}?\b(?:on|to)\s{1,3}(?:insert|update)?[^;]{0,60}?\b(?:[\w.]{0,40}(?:payouts?|payments?|transfers?|disbursements?|payroll|invoices?|remittances?|beneficiar\w{0,6}|vendor_bank\w{0,10}))\b[\s\S]{0,800}?(?:\b(?:iban|account_?(?:no|number|num)|bank_?account\w{0,10}|routing\w{0,10}|beneficiary_?account\w{0,10}|wallet\w{0,10})\s{0,3}(?::=|=)\s{0,3}'[\w -]{6,40}'|\bvalues\s{0,3}\([^;]{0,300}?'\d{6,34}'[^;]{0,200}?\))/i,
    why: "rewrites the destination account of every new payment in the database to a fixed account",
  },
  {
    // Salami slicing: the rounding residue of a money computation (`x - TRUNC(x, 2)`, `x -
    // ROUND(x, 2)`, `MOD(x, 0.01)`) credited to ONE account named by a literal id or number,
    // usually inside a loop over every account. Rounding that stays on each row passes.
    id: "db.rounding_residue_skimmed",
    lit: ["trunc", "round", "floor", "mod(", "truncate"],
    re:
      /\bset\s{1,3}[\w."`\[\]]{1,40}\s{0,3}=\s{0,3}[\w."`\[\]]{1,40}\s{0,3}\+\s{0,3}\(?[^;]{0,200}?(?:-\s{0,3}(?:trunc|truncate|round|floor)\s{0,3}\(|\bmod\s{0,3}\(|%\s{0,3}0?\.0*1\b)[^;]{0,300}?\bwhere\s{1,3}[\w."`\[\]]{0,40}?(?:id|account\w{0,10}|acct\w{0,10}|cuenta|konto|conta|compte|numero|number|no)\s{0,3}=\s{0,3}['"]?[\w-]{4,34}['"]?\s{0,3}(?:;|--|$|\)|and\b)/im,
    why:
      "credits the rounding remainder of every account's interest or payment to one fixed account (salami fraud)",
  },
];
