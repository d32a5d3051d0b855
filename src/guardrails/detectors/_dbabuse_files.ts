/**
 * Database abuse, server files read or written through the database (PayloadsAllTheThings /
 * HackTricks file-system pages, sqlmap `--file-read` / `--file-write`): PostgreSQL admin file
 * functions, large objects and `COPY` with a server path; MySQL `LOAD_FILE`, `LOAD DATA INFILE`,
 * `INTO OUTFILE / DUMPFILE`; SQL Server `BULK INSERT` / `OPENROWSET(BULK)`; Oracle directories,
 * `UTL_FILE` and `BFILENAME`; SQLite `ATTACH` / `VACUUM INTO`; Redis `CONFIG SET dir/dbfilename`;
 * ClickHouse `file()`; DuckDB readers. Loading a project CSV, `COPY … FROM STDIN / TO STDOUT`, a
 * report written to the export directory pass.
 */
import { type DbRule, r, SYS_READ, WRITE_TARGET } from "./_dbabuse_core.ts";

const re = (s: string) => new RegExp(s, "i");

export const DB_FILE_RULES: readonly DbRule[] = [
  {
    id: "db.pg_read_server_file",
    lit: ["pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file"],
    re: re(
      r`\bpg_(?:read_file|read_binary_file|ls_dir|stat_file)\s{0,2}\(\s{0,3}E?'(?:\/|\.\.|~|[a-z]:\\|[^']{0,200}?(?:pg_hba\.conf|server\.key|\.pgpass|pg_ident\.conf))`,
    ),
    why: "reads or lists files outside the data directory with PostgreSQL's admin file functions",
  },
  {
    id: "db.pg_file_write",
    lit: ["pg_file_write", "pg_file_rename", "pg_file_unlink"],
    re: /\bpg_file_(?:write|rename|unlink)\s{0,2}\(\s{0,3}E?'/i,
    why: "writes, renames or deletes server files through PostgreSQL adminpack",
  },
  {
    id: "db.pg_large_object_file",
    lit: ["lo_import", "lo_export"],
    re: /\blo_(?:import|export)\s{0,2}\((?:[^)']{0,80},)?\s{0,3}E?'(?:\/|\.\.|~|[a-z]:\\|\\\\)/i,
    why: "moves a server file into or out of a large object (lo_import / lo_export of a path)",
  },
  {
    id: "db.copy_server_file",
    lit: "copy",
    re: re(
      r`\bcopy\s{1,3}[\s\S]{0,400}?(?:\bfrom\s{1,3}E?'[^']{0,200}?${SYS_READ}|\bto\s{1,3}E?'[^']{0,200}?${WRITE_TARGET})`,
    ),
    why:
      "COPY reads a system / credential file on the server, or writes into a web root, cron, SSH or library path",
  },
  {
    id: "db.mysql_load_file",
    lit: ["load_file", "infile"],
    re: re(
      r`\bload_file\s{0,2}\(\s{0,3}(?:0x[0-9a-f]{8,}|(?:unhex|char)\s{0,2}\(|['"][^'"]{0,200}?${SYS_READ})|\bload\s{1,3}data\s{1,3}(?:low_priority\s{1,3}|concurrent\s{1,3})?(?:local\s{1,3})?infile\s{1,3}['"][^'"]{0,200}?${SYS_READ}`,
    ),
    why: "reads a system or credential file through MySQL LOAD_FILE / LOAD DATA INFILE",
  },
  {
    id: "db.mysql_outfile",
    lit: ["outfile", "dumpfile"],
    re: re(
      r`\binto\s{1,3}(?:outfile|dumpfile)\s{1,3}['"][^'"]{0,200}?${WRITE_TARGET}|\b0x[0-9a-f]{64,}[\s\S]{0,40}?\binto\s{1,3}dumpfile\b|\binto\s{1,3}outfile\s{1,3}['"][^'"]{0,200}['"][^;]{0,200}?\b(?:lines|fields)\s{1,3}(?:terminated|starting)\s{1,3}by\s{1,3}(?:0x3c3f|'<\?|"<\?)`,
    ),
    why:
      "writes a file with SELECT … INTO OUTFILE / DUMPFILE into a web root, cron, SSH or plugin path (or a binary library)",
  },
  {
    id: "db.mssql_bulk_sysfile",
    lit: ["bulk"],
    re: re(
      r`\b(?:bulk\s{1,3}insert\s{1,3}[\w.\[\]]{1,100}\s{1,3}from|openrowset\s{0,2}\(\s{0,3}bulk)\s{1,3}N?'[^']{0,200}?${SYS_READ}`,
    ),
    why: "reads a system or credential file into SQL Server (BULK INSERT / OPENROWSET(BULK))",
  },
  {
    id: "db.mssql_fs_probe",
    lit: ["xp_dirtree", "xp_subdirs", "xp_fileexist", "xp_availablemedia"],
    re: re(
      r`\bxp_(?:dirtree|subdirs|fileexist)\b\s{0,3}N?'[^']{0,200}?(?:${SYS_READ}|[a-z]:\\{1,2}users\\|[a-z]:\\{1,2}'|[a-z]:\\{1,2}inetpub)|\bexec(?:ute)?\s{1,3}(?:master\s{0,2}\.[\w\s.]{0,8})?xp_availablemedia\b`,
    ),
    why:
      "enumerates the server's drives, profiles or system folders through SQL Server xp_ procedures",
  },
  {
    id: "db.oracle_directory",
    lit: ["directory", "utl_file", "bfilename"],
    re: re(
      r`\bcreate\s{1,3}(?:or\s{1,3}replace\s{1,3})?directory\s{1,3}\w{1,64}\s{1,3}as\s{1,3}'(?:\/'|\/(?:etc|root|home|u01\/app\/oracle\/(?:product\/[^']{0,60}\/)?(?:dbs|network\/admin))\b|[a-z]:\\{0,2}'|[^']{0,200}?${WRITE_TARGET})|\butl_file\.fopen\s{0,2}\([^)]{0,200}?'[^']{0,120}?(?:\.(?:sh|jsp|php|aspx?|so|dll|ps1|bat)|authorized_keys|\.bashrc|crontab)'\s{0,3},\s{0,3}'[wa]|\bbfilename\s{0,2}\(\s{0,3}'\w{1,64}'\s{0,3},\s{0,3}'[^']{0,120}?(?:passwd|shadow|id_rsa|orapw|\.ora\b|cwallet|ewallet|\.ssh)`,
    ),
    why:
      "maps a system or web directory into Oracle, or reads / writes key, wallet or script files with UTL_FILE / BFILENAME",
  },
  {
    id: "db.sqlite_attach_drop",
    lit: ["attach", "vacuum"],
    re: re(
      r`\b(?:attach\s{1,3}(?:database\s{1,3})?|vacuum\s{1,3}(?:\w{1,40}\s{1,3})?into\s{1,3})['"](?:\\\\|[^'"]{0,200}?${WRITE_TARGET})`,
    ),
    why:
      "creates a database file in a web root, cron, SSH or library path (SQLite ATTACH / VACUUM INTO as a file write)",
  },
  {
    id: "db.redis_config_drop",
    lit: [
      "dbfilename",
      "/var/www",
      "/usr/share/nginx",
      "/srv/",
      "/root",
      "/home/",
      "/etc/",
      "cron",
      ".ssh",
      "htdocs",
      "wwwroot",
      "public_html",
    ],
    re:
      /\bconfig\b["',\s]{1,6}set\b["',\s]{1,6}(?:dir\b["',\s]{1,6}["']?(?:\/var\/www|\/usr\/share\/nginx|\/srv\/|\/root|\/home\/|\/etc\/|\/var\/spool\/cron|\/var\/lib\/\w{1,20}\/\.ssh|[^\s"']{0,120}\.ssh|[^\s"']{0,120}(?:htdocs|wwwroot|public_html|cron))|dbfilename\b["',\s]{1,6}["']?(?:authorized_keys|root\b|crontab|[\w.-]{0,80}\.(?:php\d?|jsp|aspx?|sh|so)\b|\.bashrc|\.profile))/i,
    why:
      "points the Redis dump file at a web root, cron or SSH directory (file write as the Redis user)",
  },
  {
    id: "db.clickhouse_file",
    lit: ["file("],
    re: re(
      r`\b(?:from|function)\s{1,3}file\s{0,2}\(\s{0,3}'(?:\.\.\/|[^']{0,200}?${SYS_READ})`,
    ),
    why: "reads or writes a server file through ClickHouse's file() table function",
  },
  {
    id: "db.duckdb_read_secret",
    lit: ["read_", "glob("],
    re: re(
      r`\b(?:read_(?:text|blob|csv(?:_auto)?|json(?:_auto|_objects)?|ndjson|parquet)|glob)\s{0,2}\(\s{0,3}\[?\s{0,3}'[^']{0,200}?${SYS_READ}`,
    ),
    why: "reads system, key or secret files with a DuckDB file reader",
  },
];
