/**
 * Database abuse, data sent out of the database (PayloadsAllTheThings / HackTricks out-of-band
 * pages, ATT&CK T1048 / T1567 / T1537 "Transfer Data to Cloud Account"): PostgreSQL `dblink` /
 * foreign servers to an outside host; SQL Server linked servers and ad-hoc `OPENROWSET` /
 * `OPENDATASOURCE`; Oracle `UTL_HTTP` / `HTTPURITYPE` / `UTL_INADDR` / `DBMS_LDAP` / `UTL_TCP`; UNC
 * paths for NTLM capture and DNS carrying data; Redis replication and `MIGRATE` to an outside host;
 * ClickHouse writes to `url()` / `s3()` / `remote()`; warehouse unloads carrying inline keys or
 * sensitive tables to outside storage; Mongo `$out` to object storage.
 */
import { type DbRule, DROP_SITE, OUT_HOST, r, UNC } from "./_dbabuse_core.ts";

const re = (s: string) => new RegExp(s, "i");

/** A public IPv4 address (not loopback, private or link-local). */
const PUBLIC_IP =
  r`(?!(?:127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|0\.))\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b`;

/** Data worth stealing named in the same statement: identities, credentials, payments, PII. */
const SENSITIVE_DATA =
  r`(?:\busers?\b|\bcustomers?\b|\baccounts?\b|\bemployees?\b|\bpatients?\b|\bmembers?\b|\bpayments?\b|\bcards?\b|\bcredit|\bssn\b|\bpii\b|\bsalar|\bpasswords?\b|\bpassword_hash|\bsecrets?\b|\btokens?\b|\bapi_?keys?\b|\bcredentials?\b|\bpg_shadow|\bpg_authid|\bmysql\.user\b|\bsys\.sql_logins)`;

/** Wording of a destination that belongs to no organisation: drops, leaks, personal or attacker. */
const ROGUE_DEST =
  r`(?:attacker|exfil|evil|leak|loot|stolen|pwn|hacker|personal|my-?own|anon|dump-?drop|drop-?zone|${DROP_SITE})`;

export const DB_EXFIL_RULES: readonly DbRule[] = [
  {
    id: "db.pg_dblink_out",
    lit: ["dblink", "postgres_fdw", "mysql_fdw", "foreign data wrapper"],
    re: re(
      r`\b(?:dblink(?:_connect(?:_u)?|_exec|_send_query)?\s{0,2}\([^)]{0,200}?|create\s{1,3}server\b[^;]{0,300}?\boptions\s{0,2}\([^)]{0,200}?)\bhost(?:addr)?\s{0,3}(?:=\s{0,3}|')['"]?(?:${PUBLIC_IP}|${OUT_HOST})`,
    ),
    also: re(
      r`(?:${PUBLIC_IP}|\bdblink_exec\b|\binsert\s{1,3}into\b|${SENSITIVE_DATA}|${ROGUE_DEST})`,
    ),
    why:
      "connects the database to an outside server (dblink / foreign server) and moves data to it",
  },
  {
    id: "db.mssql_linked_out",
    lit: ["openrowset", "opendatasource", "sp_addlinkedserver"],
    re: re(
      r`\b(?:openrowset|opendatasource)\s{0,2}\(\s{0,3}N?'[\w.]{1,40}'\s{0,3},\s{0,3}N?'[^']{0,200}?\b(?:server|data\s?source|addr(?:ess)?)\s{0,3}=\s{0,3}(?:tcp:)?(?:${PUBLIC_IP}|${OUT_HOST})|\bsp_addlinkedserver\b[^;]{0,400}?@datasrc\s{0,3}=\s{0,3}N?'(?:tcp:)?(?:${PUBLIC_IP}|[^']{0,80}${ROGUE_DEST})`,
    ),
    why:
      "opens an ad-hoc or linked connection from SQL Server to an outside server (data pulled or pushed across)",
  },
  {
    id: "db.oracle_net_out",
    lit: ["utl_http", "httpuritype", "utl_inaddr", "dbms_ldap", "utl_tcp", "utl_smtp"],
    re: re(
      r`\b(?:utl_http\.(?:request(?:_pieces)?|begin_request)|httpuritype|utl_inaddr\.get_host_(?:address|name)|dbms_ldap\.init|utl_tcp\.open_connection|utl_smtp\.open_connection)\s{0,2}\(\s{0,3}(?:[^;]{0,300}?\|\||(?:remote_host\s{0,3}=>\s{0,3})?'(?:https?:\/\/|ldap:\/\/)?(?:${PUBLIC_IP}|${OUT_HOST}))`,
    ),
    why:
      "makes the Oracle server call out over HTTP / DNS / LDAP / TCP (data carried in the request)",
  },
  {
    id: "db.oracle_xxe_out",
    lit: ["xmltype", "extractvalue"],
    re:
      /\b(?:xmltype|extractvalue)\s{0,2}\([\s\S]{0,400}?<!(?:doctype|entity)\b[^>]{0,300}?\bsystem\s{1,3}["'](?:https?|ftp|file|jar|gopher):/i,
    why: "an XML external entity in SQL (Oracle XMLType) that makes the server fetch a URL or file",
  },
  {
    id: "db.unc_capture",
    lit: ["xp_dirtree", "xp_fileexist", "xp_subdirs", "load_file", "outfile", "bulk", "backup"],
    re: re(
      r`\b(?:xp_(?:dirtree|fileexist|subdirs)\b\s{0,3}(?:N?['"]|@\w{1,30}|\()|load_file\s{0,2}\(\s{0,3}(?:concat\s{0,2}\(\s{0,3})?['"]|into\s{1,3}(?:outfile|dumpfile)\s{1,3}['"]|bulk\s{1,3}insert\s{1,3}[\w.\[\]]{1,100}\s{1,3}from\s{1,3}N?'|openrowset\s{0,2}\(\s{0,3}bulk\s{1,3}N?'|backup\s{1,3}(?:database|log)\s{1,3}[\w\[\]]{1,100}\s{1,3}to\s{1,3}(?:url\s{0,3}=\s{0,3}|disk\s{0,3}=\s{0,3})N?')${UNC}`,
    ),
    not: re(
      r`\bbackup\s{1,3}(?:database|log)\b[^;]{0,200}?'\\{2,4}[\w-]{1,40}\\(?![\s\S]{0,200}?${ROGUE_DEST})`,
    ),
    why:
      "makes the database server open a UNC path (NTLM hash capture or data carried in a DNS name)",
  },
  {
    id: "db.redis_replicate_out",
    lit: ["replicaof", "slaveof", "migrate"],
    re: re(
      r`\b(?:replicaof|slaveof|migrate)\b["',\s]{1,6}["']?(?:${PUBLIC_IP}|(?!no\b)${OUT_HOST})["']?["',\s]{1,6}\d{2,5}\b`,
    ),
    why: "makes Redis replicate from (rogue-master RCE) or migrate keys to an outside host",
  },
  {
    id: "db.clickhouse_write_out",
    lit: ["into function", "into table function"],
    re: re(
      r`\binsert\s{1,3}into\s{1,3}(?:table\s{1,3})?function\s{1,3}(?:url|s3|s3cluster|remote(?:secure)?|mysql|postgresql|hdfs|azureblobstorage|gcs)\s{0,2}\(\s{0,3}'(?:https?:\/\/|s3:\/\/|tcp:\/\/)?(?:[^']{0,200}?${ROGUE_DEST}|${PUBLIC_IP})`,
    ),
    why: "writes query results out to a remote URL / bucket / server (ClickHouse table function)",
  },
  {
    id: "db.warehouse_unload_out",
    lit: ["unload", "export data", "copy into", "stage", "$out", "$merge"],
    re: re(
      r`(?:\bunload\s{0,3}\(|\bexport\s{1,3}data\b|\bcopy\s{1,3}into\s{1,3}(?:'|@)|\bcreate\s{1,3}(?:or\s{1,3}replace\s{1,3})?stage\b|["']?\$(?:out|merge)["']?\s{0,3}:)`,
    ),
    also: re(
      r`(?:(?:s3|gs|gcs|azure|wasbs?|abfss?|https?):\/\/[^'"\s]{0,120}?${ROGUE_DEST}|\b(?:aws_key_id|aws_secret_key|access_key_id|secret_access_key|aws_access_key_id|azure_sas_token)\b\s{0,3}[=:'"]|["']s3["']\s{0,3}:\s{0,3}\{[^}]{0,200}?${ROGUE_DEST})`,
    ),
    why:
      "unloads warehouse data to outside storage (inline keys or a destination that belongs to no organisation)",
  },
  {
    // A warehouse function that reaches the network (Snowflake external access integration /
    // network rule, BigQuery remote function, Postgres `http`/`pg_net`, SQL Server
    // `sp_invoke_external_rest_endpoint`) posting rows of a table of people or payments: every
    // row leaves the warehouse, one call per row.
    id: "db.warehouse_rows_posted_out",
    lit: [
      "external_access_integrations",
      "mode = egress",
      "mode=egress",
      "http_post",
      "net.http_post",
      "sp_invoke_external_rest_endpoint",
    ],
    re: re(
      r`(?:\bexternal_access_integrations\s{0,3}=|\bmode\s{0,3}=\s{0,3}egress\b|\b(?:net\.)?http_post\s{0,3}\(|\bsp_invoke_external_rest_endpoint\b)[\s\S]{0,3000}?\bselect\b[^;]{0,400}?\bfrom\s{1,3}[\w."]{0,80}${SENSITIVE_DATA}|\bselect\b[^;]{0,400}?\b(?:net\.)?http_post\s{0,3}\([^;]{0,400}?\bfrom\s{1,3}[\w."]{0,80}${SENSITIVE_DATA}`,
    ),
    also: re(
      r`\b(?:requests\.post|urllib|httpx|fetch|http_post|sp_invoke_external_rest_endpoint|url\s{0,3}=)`,
    ),
    why:
      "posts the rows of a table of people, payments or credentials from inside the warehouse to an outside endpoint",
  },
  {
    id: "db.snowflake_share_out",
    lit: ["share"],
    re: /\balter\s{1,3}share\s{1,3}\w{1,64}\s{1,3}(?:add|set)\s{1,3}accounts?\s{0,3}=/i,
    also:
      /\b(?:customers?|users?|employees?|patients?|members?|payments?|cards?|pii|ssn|salar\w{0,6}|passwords?|credentials?)\b/i,
    why: "shares sensitive Snowflake data with another account",
  },
];

/** Exported for the creds file and tests. */
export { ROGUE_DEST, SENSITIVE_DATA };
