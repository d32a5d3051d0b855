/**
 * A JDBC connection string in code or configuration (`spark.read.option("url",
 * "jdbc:postgresql://db.internal:5432/sales")`, `url: jdbc:mysql://db:3306/app` in an
 * `application.yml`): it names the database the program connects to, like `postgres://…` in a
 * README, which free text already treats as configuration. The `jdbc:` smuggling checks are for
 * the driver tricks that turn a connection into code execution or a file read — a MySQL client
 * that deserialises what the server sends (`autoDeserialize`, interceptors), local-file reads
 * (`allowLoadLocalInfile`, `allowUrlInLocalInfile`), PostgreSQL driver classes loaded by name
 * (`socketFactory`, `sslfactory`, `loggerFile`), H2/HSQLDB/Derby in-memory databases running
 * scripts (`INIT=RUNSCRIPT`), JNDI lookups, and nested URLs. Those keep counting, and so does a
 * `jdbc:` value in a URL argument and any metadata address (checked on the inner URL).
 */

/** A common server database's JDBC URL (the subprotocol, then `//host` or Oracle `@host`). */
const PLAIN_JDBC =
  /^jdbc:(?:postgresql|pgsql|mysql|mariadb|sqlserver|jtds:sqlserver|oracle:thin:@|db2|redshift|snowflake|clickhouse|ch|trino|presto|vertica|teradata|sap|exasol|cockroachdb|yugabytedb|databricks|spark|hive2|impala|awsathena|bigquery|firebolt|singlestore|tidb|timescaledb)(?::\/\/|\/\/|@)?/i;

/** Driver options and parts that make a connection run code, read files or look names up. */
const DRIVER_TRICK =
  /autoDeserialize|queryInterceptors|statementInterceptors|exceptionInterceptors|connectionLifecycleInterceptors|allowLoadLocalInfile|allowUrlInLocalInfile|allowLocalInfile|socketFactory|sslfactory|sslhostnameverifier|sslpasswordcallback|loggerFile|authenticationPluginClassName|authenticationPlugins|defaultAuthenticationPlugin|propertiesTransform|clientRerouteServerListJNDI|jndi|INIT\s{0,3}=|RUNSCRIPT|TRACE_LEVEL|\$\{|%24%7b|[a-z][\w+.-]{1,20}:\/\/[^\s"']{0,300}[a-z][\w+.-]{1,20}:\/\//i;

/** True when `url` (a `jdbc:` URL found in free text) is a plain server connection string. */
export function plainJdbcUrl(url: string): boolean {
  return url.length < 1024 && PLAIN_JDBC.test(url) && !DRIVER_TRICK.test(url);
}
