/**
 * Round-34 path rules:
 *
 * - data-tool client configs that keep a warehouse/database password in plain text in the home
 *   folder: SnowSQL (`~/.snowsql/config`), Snowflake CLI (`~/.snowflake/connections.toml`,
 *   `config.toml`), dbt (`~/.dbt/profiles.yml`), Databricks (`~/.databrickscfg`), MySQL's login
 *   paths (`~/.mylogin.cnf`, `~/.my.cnf`), PostgreSQL's service file (`~/.pg_service.conf`), ODBC
 *   DSNs (`~/.odbc.ini`), cqlsh (`~/.cassandra/cqlshrc`), rclone remotes (`rclone.conf`), DBeaver's
 *   saved credentials (`credentials-config.json`). Linking one into a served folder, reading or
 *   copying it hands the database to the reader;
 * - the node's pod volumes: `/var/lib/kubelet/pods/…` (every pod's mounted secrets and service
 *   account tokens), `/var/lib/kubelet/pki` (the kubelet's client key), and any path through a
 *   `volumes/kubernetes.io~secret` folder;
 * - PowerShell profiles (Windows `Documents\WindowsPowerShell|PowerShell\*profile.ps1`, pwsh's
 *   `~/.config/powershell/*profile.ps1`): they run at every console start, like `.bashrc`;
 * - precision: a credential-store name inside a project's test tree (`tests/fixtures/filezilla/
 *   sitemanager.xml`, `testdata/.aws/credentials`) is a fixture: the real stores live at fixed
 *   places in the home or profile folder, never below a `tests`/`fixtures`/`testdata` folder, so
 *   a path through one cannot be the user's store (see {@link fixtureCopy}).
 *
 * Paths arrive lower-cased with `/` separators. Bounded patterns, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** Plain-text database/warehouse client credentials and the node's pod secret volumes. */
export const R34_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)\.(?:snowsql\/config|snowflake\/(?:connections|config)\.toml|dbt\/profiles\.ya?ml|databrickscfg|mylogin\.cnf|my\.cnf|pg_service\.conf|odbc\.ini|cassandra\/cqlshrc)$|(?:^|\/)\.config\/(?:snowflake\/(?:connections|config)\.toml|rclone\/rclone\.conf)$|(?:^|\/)\.dbeaver\/credentials-config\.json$/,
    "a database or warehouse client config that stores the password in plain text",
    "critical",
  ],
  [
    /(?:^|\/)var\/lib\/kubelet\/(?:pods|pki)(?:\/|$)|(?:^|\/)volumes\/kubernetes\.io~(?:secret|projected)(?:\/|$)/,
    "the node's pod volumes (every pod's mounted secrets and service-account tokens) or the kubelet's keys",
    "critical",
  ],
];

/** PowerShell profiles: they run at every console start. */
export const R34_PERSISTENCE_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)(?:windowspowershell|powershell)\/(?:microsoft\.(?:powershell|powershellise|vscode)_)?profile\.ps1$/,
    "a PowerShell profile (its contents run at every console start)",
    "high",
  ],
];

/** A project test tree folder. */
const TEST_TREE =
  /(?:^|\/)(?:tests?|__tests__|testdata|test-data|test_data|fixtures|__fixtures__|spec)\//;

/**
 * True when the resolved, lower-cased path `lp` runs through a project's test tree before the
 * secret-file match at `at` (`…/tests/fixtures/filezilla/sitemanager.xml`): a fixture copy, not
 * the user's own store. Paths that climbed with `..` never count (`tests/../../.aws/credentials`),
 * nor a test folder inside the store (`…/kubernetes.io~secret/test/`).
 */
export function fixtureCopy(lp: string, climbs: boolean, at: number): boolean {
  if (climbs || lp.length > 1024) return false;
  const m = TEST_TREE.exec(lp);
  return !!m && m.index + m[0].length <= at + 1;
}
