/**
 * Database abuse: a statement sent to a database tool (`query`, `execute_sql`, `redis_command`,
 * `mongo_run_command`, `es_request`, `cypher_query`, warehouse tools …) that uses the database as a
 * PIVOT or a HARVEST, written from public knowledge (PayloadsAllTheThings and HackTricks database
 * pages for PostgreSQL, MySQL, SQL Server, Oracle, SQLite, MongoDB, Redis, Elasticsearch, Neo4j,
 * ClickHouse, CouchDB, DuckDB; sqlmap's takeover and file-system techniques; ATT&CK; CIS
 * benchmarks and vendor hardening guides; warehouse unload docs), by area: operating-system
 * commands (`_dbabuse_exec.ts`), server files read or written (`_dbabuse_files.ts`), data sent out
 * (`_dbabuse_exfil.ts`), credentials harvested (`_dbabuse_creds.ts`), privileges raised, audit and
 * authentication switched off, and Mongo server-side JavaScript (`_dbabuse_tamper.ts`). Each rule
 * is (the construct) + (the argument shape that makes it abuse), never a bare keyword: `COPY … FROM
 * STDIN`, `GRANT SELECT … TO reporting_ro`, `CONFIG GET maxmemory`, reading `sp_configure`, a
 * login check of one user pass. SQL injection through a value that is NOT a query stays in
 * `_code_sql.ts`.
 *
 * Cost: one {@link literalRuleGate} over every rule's construct names; a rule's regexes run only
 * when one of its own literals is present. Bounded patterns, no nested quantifiers.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { firstKbRule, kbKeys } from "./_kb_rule.ts";
import type { DbRule } from "./_dbabuse_core.ts";
import { DB_EXEC_RULES } from "./_dbabuse_exec.ts";
import { DB_FILE_RULES } from "./_dbabuse_files.ts";
import { DB_EXFIL_RULES } from "./_dbabuse_exfil.ts";
import { R48_DB_RULES } from "./_code_r48.ts";
import { DB_CRED_RULES } from "./_dbabuse_creds.ts";
import { DB_TAMPER_RULES } from "./_dbabuse_tamper.ts";
import { findingFactory, type RoundMechanism } from "./_round_code.ts";

/** The one finding kind of this knowledge base. */
export const DBABUSE_KIND = "database_abuse";

/** Every database-abuse rule, area by area. */
export const DBABUSE_RULES: readonly DbRule[] = [
  ...DB_EXEC_RULES,
  ...DB_FILE_RULES,
  ...DB_EXFIL_RULES,
  ...R48_DB_RULES,
  ...DB_CRED_RULES,
  ...DB_TAMPER_RULES,
];

/** The first database-abuse technique `view` performs, or undefined (one shared gate). */
export const dbAbuseRule: (view: string) => DbRule | undefined = firstKbRule(DBABUSE_RULES);

/**
 * Text that looks for the construct instead of running it: a code search (`grep`, `rg`,
 * `Select-String`, `findstr`), a detection rule (Sigma, KQL), a manual page, documentation markup.
 */
const DESCRIBES =
  /^\s{0,3}(?:detection|logsource|falsepositives)\s{0,2}:|\|(?:contains|endswith|startswith)(?:\|all)?\s{0,2}:|^\s{0,8}(?:grep|egrep|fgrep|rg|ag|ack|zgrep|git\s{1,3}grep|findstr|select-string|sls|man|tldr)\b(?![^\n]{0,400}(?:&&|;|\|\|))|^\s{0,3}(?:\x60\x60\x60|~~~)|^\.\. code-block::/im;

/** Argument names that hold a search or a description, not a statement to run. */
const SEARCH_KEY =
  /^(?:q|pattern|search|regex|term|keyword|keywords|grep|description|summary|title|comment|message|notes?)$/;

/**
 * The database-abuse check, in the shape of the tradecraft check: tool-call arguments only
 * (input stage), reported when no more specific finding names the value.
 */
export const dbAbuseMechanism: RoundMechanism = (text, field, where) => {
  if (field.stage !== "input" || text.length < 8 || text.length > 100000) return undefined;
  const found = dbAbuseRule(text);
  if (!found) return undefined;
  if (field.key !== undefined && SEARCH_KEY.test(field.key)) return undefined;
  if (quotedInProse(text, dbAbuseRule) || inSentence(text, found.re, 8) || DESCRIBES.test(text)) {
    return undefined;
  }
  return findingFactory(where)(DBABUSE_KIND, `Database abuse: ${found.why} (${found.id})`);
};

/** The gate's keys (for the cost check in `scripts/dev`). */
export const DBABUSE_GATE_KEYS: readonly string[] = [...new Set(DBABUSE_RULES.flatMap(kbKeys))];
