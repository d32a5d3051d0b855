/**
 * Round-33 secrets false-positive fix: a secret written into a dedicated secrets manager. When the
 * server is a secrets manager (`secrets`, `vault`, `secret-manager`, `keyvault`, `doppler`,
 * `infisical`, `1password`, `bitwarden` …), the tool writes a secret (`put_secret`, `set_secret`,
 * `write_secret`, `create_secret`, `rotate_secret`, `kv_put`, `vault_write` …) and the argument is
 * the stored value (`value`, `secret`, `secret_value`, `secret_string`, `data`), the credential is
 * going where credentials belong: the vault is the store, not a leak. Secrets in any other argument
 * of the call (a description, a path), in other servers' secret tools (CI secret settings, cloud
 * CLIs), and in results are still reported.
 */
import type { FieldContext } from "../types.ts";

/** A server that is a secrets manager. */
const STORE_SERVER =
  /^(?:secrets?|vault|hashicorp[-_]?vault|openbao|secrets?[-_]?(?:manager|store|vault)|secretsmanager|key[-_]?vault|keyvault|doppler|infisical|1password|onepassword|bitwarden|conjur|akeyless)$/i;
/** A tool that writes (stores or rotates) a secret. */
const STORE_TOOL =
  /^(?:(?:put|set|write|store|create|update|upsert|rotate|add)[-_]?(?:kv[-_]?)?secrets?(?:[-_]?(?:value|version))?|(?:kv|vault|secrets?)[-_]?(?:put|write|set|store))$/i;
/** The argument holding the stored value. */
const VALUE_KEY = /^(?:value|secret|secret_value|secretvalue|secret_string|secretstring|data)$/;

/** True when `field` is the value a secrets-manager write tool stores. */
export function secretStoreValue(field: FieldContext): boolean {
  return field.stage === "input" && VALUE_KEY.test(field.key ?? "") &&
    STORE_TOOL.test(field.tool ?? "") && STORE_SERVER.test(field.server ?? "");
}
