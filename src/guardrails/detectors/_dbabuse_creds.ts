/**
 * Database abuse, credentials and secrets harvested from the database (ATT&CK T1555 / T1003 and
 * the PayloadsAllTheThings "dump password hashes" sections): PostgreSQL `pg_shadow` / `pg_authid` /
 * `pg_user_mappings`, MySQL `mysql.user` hashes, SQL Server login hashes and stored credentials,
 * Oracle `sys.user$` / `dba_users` password columns and `sys.link$`, MongoDB `system.users` and
 * `showCredentials`, Redis `CONFIG GET requirepass` / `ACL LIST`, Elasticsearch API-key listings and
 * the `.security` index, Neo4j user listings, and whole application tables of password hashes,
 * keys, sessions and tokens selected with no filter and no row limit. Counting users, listing
 * role names and a login check of ONE user (`WHERE email = $1`) pass.
 */
import type { DbRule } from "./_dbabuse_core.ts";

/** Application columns that hold a secret or a credential verifier. */
const SECRET_COLS = String
  .raw`(?:password(?:_?hash|_digest)?|passwd|pwd_?hash|hashed_password|encrypted_password|pass_hash|api_?key|api_?secret|secret_?key|client_secret|access_token|refresh_token|session_token|auth_token|bearer_token|oauth_token|totp_secret|mfa_secret|otp_secret|private_key|recovery_codes?)`;

/** Application tables whose rows are credentials. */
const SECRET_TABLES = String
  .raw`(?:api_?keys|access_tokens|refresh_tokens|oauth_(?:access_)?tokens|oauth_clients|personal_access_tokens|auth_tokens|user_sessions|sessions|credentials|secrets|password_resets|user_credentials|service_accounts_keys|mfa_secrets)`;

/** A filter or a bound that turns a dump into a lookup. */
const BOUNDED =
  /\bwhere\b|\blimit\s{1,3}(?:[1-9]\d{0,2}|1000)\b|\btop\s{0,2}\(?\s{0,2}\d{1,3}\b|\bfetch\s{1,3}first\s{1,3}\d{1,3}\b|\bcount\s{0,2}\(|\brownum\s{0,3}<=?\s{0,3}\d{1,3}\b/i;

/** A statement inside a driver call in source code: `db.query("…`, `cursor.execute('…`. */
const IN_DRIVER_CALL =
  /\b(?:query|execute|exec|prepare|raw|sql|queryRaw|executemany)\s{0,2}\(\s{0,2}["'\x60]/;

export const DB_CRED_RULES: readonly DbRule[] = [
  {
    id: "db.pg_password_hashes",
    lit: ["pg_shadow", "pg_authid", "pg_user_mapping"],
    re:
      /\b(?:select\s[^;]{0,300}?(?:\bpasswd\b|\brolpassword\b|\bumoptions\b|\*)[^;]{0,300}?\bfrom\s{1,3}(?:pg_catalog\s{0,2}\.\s{0,2})?(?:pg_shadow|pg_authid|pg_user_mappings?)\b|\b(?:table|copy)\s{1,3}(?:pg_catalog\s{0,2}\.\s{0,2})?(?:pg_shadow|pg_authid)\b)/i,
    why:
      "reads PostgreSQL password hashes or foreign-server passwords (pg_shadow / pg_authid / user mappings)",
  },
  {
    id: "db.mysql_password_hashes",
    lit: ["mysql.user", "mysql.slave_master_info", "slave_master_info"],
    re:
      /\bselect\s[^;]{0,300}?(?:\bauthentication_string\b|\bpassword\b|\*)[^;]{0,300}?\bfrom\s{1,3}`?mysql`?\s{0,2}\.\s{0,2}`?(?:user|slave_master_info)\b|\bselect\s[^;]{0,300}?(?:\buser_password\b|\*)[^;]{0,300}?\bfrom\s{1,3}`?mysql`?\s{0,2}\.\s{0,2}`?slave_master_info\b/i,
    why: "reads MySQL account password hashes (mysql.user authentication_string)",
  },
  {
    id: "db.mssql_password_hashes",
    lit: [
      "sql_logins",
      "syslogins",
      "sysxlogins",
      "passwordhash",
      "linked_logins",
      "credentials",
      "sysoledbusers",
    ],
    re:
      /\bselect\s[^;]{0,300}?(?:\bpassword_hash\b|\bpassword\b|\*|\bcredential_identity\b|\bremote_name\b|\bpwdhash\b)[^;]{0,300}?\bfrom\s{1,3}(?:\[?master\]?\s{0,2}\.\s{0,2}(?:\[?(?:sys|dbo)\]?)?\s{0,2}\.\s{0,2}|\[?sys\]?\s{0,2}\.\s{0,2}|\[?dbo\]?\s{0,2}\.\s{0,2})\[?(?:sql_logins|syslogins|sysxlogins|linked_logins|credentials|database_scoped_credentials|sysoledbusers)\b|\bloginproperty\s{0,2}\([^)]{0,100}?'passwordhash'/i,
    why: "reads SQL Server login password hashes or stored / linked-server credentials",
  },
  {
    id: "db.oracle_password_hashes",
    lit: ["user$", "link$", "dba_users", "dba_users_with_defpwd"],
    re:
      /\bselect\s[^;]{0,300}?(?:\bpassword\b|\bspare4\b|\bpasswordx\b|\*)[^;]{0,300}?\bfrom\s{1,3}(?:sys\s{0,2}\.\s{0,2})?(?:user\$|link\$)|\bselect\s[^;]{0,300}?\b(?:password|spare4)\b[^;]{0,300}?\bfrom\s{1,3}(?:sys\s{0,2}\.\s{0,2})?dba_users\b/i,
    why: "reads Oracle password hashes (sys.user$ spare4 / password) or database-link passwords",
  },
  {
    id: "db.mongo_user_hashes",
    lit: ["system.users", "showcredentials"],
    re:
      /\bsystem\.users\b["']?\s{0,3}(?:\)\s{0,3})?(?:\.\s{0,3}(?:find|findOne|aggregate|export)\b|,\s{0,3}["']?filter)|["'](?:find|aggregate)["']\s{0,3}:\s{0,3}["']system\.users["']|\bshowCredentials["']?\s{0,3}:\s{0,3}(?:true|1)\b|--collection[=\s]{1,3}system\.users\b/i,
    why:
      "reads MongoDB user documents with their SCRAM credentials (system.users / showCredentials)",
  },
  {
    id: "db.redis_secret_config",
    lit: [
      "requirepass",
      "masterauth",
      "masteruser",
      "-pass",
      "*pass",
      "get *",
      'get", "*',
      "get', '*",
      "acl ",
      'acl"',
      "acl'",
      "acl,",
    ],
    re:
      /\bconfig\b["',\s]{1,6}get\b["',\s]{1,6}["']?(?:requirepass|masterauth|masteruser|tls-key-file-pass|tls-client-key-file-pass|\*pass\w{0,10}\*?|\*)["']?(?:$|[\s,\]])|(?:^|[\s"'\[;])acl\b["',\s]{1,6}(?:list|dryrun)\b/im,
    why: "reads Redis passwords or the ACL user list with password hashes",
  },
  {
    id: "db.es_api_keys",
    lit: ["_security", ".security"],
    re:
      /\/?_security\/(?:_query\/api_key|api_key\?(?:[^\s"']{0,80}&)?(?:owner|realm_name|username|name|id|active_only|with_limited_by|with_profile_uid)=|service\/[\w.-]{1,60}\/[\w.-]{1,60}\/credential)|\/\.security(?:-\d{1,2})?[*\w-]{0,10}\/_(?:search|doc)\b/i,
    why: "lists Elasticsearch API keys / service credentials or reads the .security index",
  },
  {
    id: "db.cassandra_role_hashes",
    lit: "system_auth",
    re:
      /\bselect\s[^;]{0,300}?(?:\bsalted_hash\b|\*)[^;]{0,300}?\bfrom\s{1,3}system_auth\s{0,2}\.\s{0,2}(?:roles|credentials)\b/i,
    why: "reads Cassandra role password hashes (system_auth.roles salted_hash)",
  },
  {
    id: "db.neo4j_list_users",
    lit: "dbms.security.listusers",
    re: /\bcall\s{1,3}dbms\.security\.listusers\s{0,2}\(/i,
    why: "lists Neo4j users and their roles",
  },
  {
    // A trigger, function or procedure that keeps a plaintext password: a session variable the
    // application sets to the typed password, or a column/variable marked plain/raw/clear, written
    // into a table, a notification, a log line or an HTTP call. Password-history triggers that
    // copy the stored hash (`NEW.password_hash`) and hashing triggers (`NEW.pw := crypt(…)`) pass.
    id: "db.plaintext_password_captured",
    lit: ["trigger", "function", "procedure"],
    re: new RegExp(
      String
        .raw`\b(?:insert\s{1,3}into\s[^;]{0,300}?\b(?:values|select)\b|pg_notify\s{0,2}\(|raise\s{1,3}(?:notice|log|info|warning)\b|http_(?:post|get)\s{0,2}\(|utl_http\.|dbms_output\.put_line\s{0,2}\(|xp_cmdshell\b)[^;]{0,400}?(?:current_setting\s{0,2}\(\s{0,2}'[^']{0,60}?(?:pass|pwd|kennwort|senha|contrase|parol|hasl|wachtwoord|salasana|adgangskode|heslo|jelszo|sifre|mật|mima|pw\b)|\b(?:new|inserted|old)\s{0,2}\.\s{0,2}["\[\x60]?(?:plain|raw|clear|cleartext|unhashed|typed|entered)_?(?:password|passwd|pwd|pw|passcode|pin)\b|\b(?:plain|raw|clear|cleartext|unhashed)_?(?:password|passwd|pwd|pw)\b(?!_?(?:hash|digest)))`,
      "i",
    ),
    why:
      "a trigger or function stores or sends on users' plaintext passwords (a session variable or a raw/plain password column) — credential harvesting inside the database",
  },
  {
    id: "db.app_secret_dump",
    lit: ["select", "copy"],
    re: new RegExp(
      String
        .raw`\bselect\s(?:[^;]{0,300}?\b${SECRET_COLS}\b[^;]{0,300}?\bfrom\s{1,3}[\w."\x60\[\]]{1,80}|(?:[^;]{0,200}?\b(?:token|key|secret|hash|value|data)\b[^;]{0,200}?|\s{0,3}(?:\*|[\w.]{1,30}\.\*)\s{1,3})from\s{1,3}(?:[\w"\x60\[\]]{1,40}\.){0,2}["\x60\[]?${SECRET_TABLES}\b)|\bcopy\s{1,3}\(?\s{0,3}(?:select\s[^;]{0,300}?\bfrom\s{1,3})?(?:[\w"]{1,40}\.){0,2}"?${SECRET_TABLES}\b[^;]{0,200}?\bto\b`,
      "i",
    ),
    // Application source that carries the statement in a driver call (`db.query("SELECT * FROM
    // sessions …")`) is code being written or reviewed, not a dump run through a database tool.
    not: new RegExp(`${BOUNDED.source}|${IN_DRIVER_CALL.source}`, "i"),
    why:
      "selects a whole table of password hashes, API keys, sessions or tokens with no filter and no row limit",
  },
];
