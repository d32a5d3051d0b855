/**
 * A credential on its way INTO a secret store is not a leak: the store is where it belongs. Two
 * shapes beside round 33's secrets-manager server tools (./_secrets_r33.ts):
 *
 * - a cloud tool named for its secret service, on any server (`secretsmanager_put_secret_value`,
 *   `keyvault_set_secret`, `secretmanager_add_secret_version`), and every value under the stored
 *   argument (`data.do_token` of a `kv_put`, not only a flat `data` string); likewise a CI
 *   platform's encrypted secret tool (`set_actions_secret`, `create_or_update_repo_secret`);
 * - a shell command line that does nothing but feed a value to a store's CLI: `gh secret set`,
 *   `op item create`, `vault kv put`, `aws secretsmanager put-secret-value`, `gcloud secrets
 *   versions add`, `az keyvault secret set`, `kubectl create secret`, `security
 *   add-generic-password`, `pass insert`, `fly secrets set`, `wrangler secret put` … — alone, or
 *   fed by `printf`/`echo`/`cat` through a pipe. Any other program on the line (a second command,
 *   an upload, a redirect to a file) and the line is judged as usual; so is a store CLI pointed at
 *   an explicit outside address (`VAULT_ADDR=https://…`, `--address`, `--endpoint-url`).
 */
import type { FieldContext } from "../types.ts";

/** A secret-service prefix in a tool name. */
const SERVICE = String
  .raw`(?:aws[-_]?)?secrets?[-_]?manager|secretsmanager|secretmanager|key[-_]?vault|keyvault|vault|kv|doppler|infisical|onepassword|1password|op|bitwarden|bw|akeyless|conjur`;
const VERB = String.raw`(?:put|set|write|store|create|update|upsert|rotate|add)`;
/** `secretsmanager_put_secret_value`, `keyvault_set_secret`, `secretmanager_add_secret_version`. */
const SERVICE_TOOL = new RegExp(
  String
    .raw`^(?:${SERVICE})[-_.]${VERB}[-_]?(?:kv[-_]?)?secrets?(?:[-_]?(?:value|version|string))?$`,
  "i",
);
/** The same verbs on a secrets-manager server (./_secrets_r33.ts names the servers). */
const STORE_SERVER =
  /^(?:secrets?|vault|hashicorp[-_]?vault|openbao|secrets?[-_]?(?:manager|store|vault)|secretsmanager|key[-_]?vault|keyvault|doppler|infisical|1password|onepassword|bitwarden|conjur|akeyless)$/i;
const STORE_TOOL = new RegExp(
  String
    .raw`^(?:(?:${SERVICE})[-_.])?(?:${VERB}[-_]?(?:kv[-_]?)?secrets?(?:[-_]?(?:value|version))?|(?:kv|vault|secrets?)[-_]?(?:put|write|set|store|patch))$`,
  "i",
);
/** The argument holding the stored value (the first property under `arguments`). */
const VALUE_ARG =
  /^\$\.(?:arguments\.)?(?:value|secret|secret_value|secretvalue|secret_string|secretstring|data|payload|secret_data|fields)(?:$|[.[<])/i;

/**
 * A CI or hosting platform's encrypted secret store, on any server: `set_actions_secret`,
 * `create_or_update_repo_secret`, `create_environment_secret`, `put_pipeline_secret`,
 * `set_dependabot_secret`. The platform encrypts the value for its workflows; an ordinary
 * variable tool (`set_variable`, `create_env`) is not one.
 */
const CI_SECRET_TOOL =
  /^(?:set|put|add|create|update|upsert|create[-_]or[-_]update)[-_](?:(?:actions?|repo|repository|org|organi[sz]ation|environment|env|ci|pipeline|workflow|dependabot|codespaces?|project|deployment)[-_]){1,2}secrets?$/i;

/** True when `field` is (inside) the value a secret-store write tool stores. */
export function secretStoreField(field: FieldContext): boolean {
  if (field.stage !== "input" || !VALUE_ARG.test(field.path)) return false;
  const tool = field.tool ?? "";
  return SERVICE_TOOL.test(tool) || CI_SECRET_TOOL.test(tool) ||
    (STORE_TOOL.test(tool) && STORE_SERVER.test(field.server ?? ""));
}

/** Store CLIs: program and sub-command words at the start of a pipeline stage. */
const STORE_CLI = new RegExp(
  "^(?:" +
    [
      String.raw`gh\s+secret\s+set`,
      String.raw`op\s+(?:item\s+(?:create|edit)|document\s+create)`,
      String.raw`vault\s+kv\s+(?:put|patch)`,
      String.raw`aws\s+secretsmanager\s+(?:put-secret-value|create-secret|update-secret)`,
      String.raw`aws\s+ssm\s+put-parameter\b(?=[^|;&\n]{0,400}\bSecureString\b)`,
      String.raw`gcloud\s+secrets\s+(?:create|versions\s+add)`,
      String.raw`az\s+keyvault\s+secret\s+set`,
      String.raw`(?:doppler|infisical)\s+secrets\s+set`,
      String.raw`kubectl\s+(?:-n\s+\S+\s+)?create\s+secret`,
      String.raw`(?:docker|podman)\s+secret\s+create`,
      String.raw`security\s+add-(?:generic|internet)-password`,
      String.raw`secret-tool\s+store`,
      String.raw`(?:go)?pass\s+insert`,
      String.raw`(?:fly|flyctl)\s+secrets\s+(?:set|import)`,
      String.raw`wrangler\s+secret\s+put`,
      String.raw`vercel\s+env\s+add`,
      String.raw`dotnet\s+user-secrets\s+set`,
    ].join("|") + String.raw`)(?=\s|$)`,
  "i",
);
/** What may feed a store through a pipe: a value printed, nothing else. */
const FEEDER = /^(?:printf|echo)(?=\s|$)|^cat\s+[\w./~-]+$/i;
/** An explicit address sends the value to whichever server that is. */
const OUTSIDE_ADDRESS =
  /\b(?:VAULT_ADDR|OP_CONNECT_HOST|DOPPLER_API_HOST|INFISICAL_API_URL)=|--(?:address|endpoint-url|endpoint|url|host)\b/i;
const COMMAND_KEY = /^(?:command|cmd|script|shell|command_line|commandline)$/;

/** Unquoted pipeline stages and separators of `line`; undefined when a quote never closes. */
function stages(line: string): { text: string; sep: string }[] | undefined {
  const out: { text: string; sep: string }[] = [];
  let start = 0;
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"') i++;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "\\") i++;
    else if (c === "|" || c === ";" || c === "&" || c === "\n" || c === ">" || c === "<") {
      const two = line.slice(i, i + 2);
      const sep = two === "||" || two === "&&" || two === ">>" || two === "<<" ? two : c;
      out.push({ text: line.slice(start, i).trim(), sep });
      i += sep.length - 1;
      start = i + 1;
    }
  }
  if (quote) return undefined;
  out.push({ text: line.slice(start).trim(), sep: "" });
  return out;
}

/** `sudo`, `env X=1` and `X=1` prefixes before the program word. */
const PREFIX =
  /^(?:(?:sudo(?:\s+-\S+)*|env)\s+|[A-Za-z_][A-Za-z0-9_]*=(?:'[^']*'|"[^"]*"|\S*)\s+)*/;

/**
 * True when `text` (a shell command argument) only stores a value in a secret store: one store CLI
 * stage, optionally fed through pipes by `printf`/`echo`/`cat`, and nothing else.
 */
export function storeCommand(field: FieldContext, text: string): boolean {
  if (field.stage !== "input" || !COMMAND_KEY.test(field.key ?? "") || text.length > 8192) {
    return false;
  }
  if (OUTSIDE_ADDRESS.test(text)) return false;
  const parts = stages(text.trim());
  if (!parts || parts.length > 4) return false;
  let stored = false;
  for (let i = 0; i < parts.length; i++) {
    const { text: stage, sep } = parts[i];
    const body = stage.replace(PREFIX, "");
    // Only pipes join the stages; a redirect, `;` or `&&` adds another effect.
    if (sep !== "" && sep !== "|") return false;
    if (STORE_CLI.test(body)) {
      if (sep !== "") return false; // the store's output piped on
      stored = true;
    } else if (!(sep === "|" && FEEDER.test(body))) {
      return false;
    }
  }
  return stored;
}
