/**
 * A tool definition that has the model run a command which PRINTS a credential — `gh auth token`,
 * `gcloud auth print-access-token`, `az account get-access-token`, `aws configure get
 * aws_secret_access_key`, `kubectl config view --raw`, `vault print token`, `op read`, `security
 * find-generic-password -w`, `git credential fill` … — anywhere in its text (a description, an
 * example session, a field's description or default): the printed value is meant to travel into
 * this tool's arguments (HiddenLayer's and Invariant Labs' tool-poisoning write-ups; ATT&CK T1552).
 * A tool whose own job is a credential (a login, token, vault or keychain tool) and a prohibition
 * ("never run `gh auth token`") pass.
 */
import type { ToolDefinition } from "../types.ts";
import { negatedAt } from "./_definition_grammar.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

const GATE =
  /auth|token|credential|configure|config\s+view|print|password|\bop\s|\bbw\s|secret|decrypt|connections|\bsops\s|\bpass\s+show|heroku\s+config/i;
/**
 * Commands that print stored secrets in clear (session 36): `pulumi config --show-secrets`,
 * `pulumi stack export --show-secrets`, `airflow connections export|get`, `aws secretsmanager
 * get-secret-value`, `aws ssm get-parameter(s) --with-decryption`, `gcloud secrets versions
 * access`, `az keyvault secret show`, `kubectl get secret … -o yaml|json|jsonpath`, `vault kv get`,
 * `doppler secrets download|get`, `sops -d`, `ansible-vault view|decrypt`, `pass|gopass show`,
 * `heroku config`.
 */
const SECRET_DUMP = String
  .raw`pulumi\s{1,3}(?:config|stack\s{1,3}export)\b[^\n"\`]{0,60}--show-secrets|airflow\s{1,3}connections\s{1,3}(?:export|get)|aws\s{1,3}(?:secretsmanager\s{1,3}get-secret-value|ssm\s{1,3}get-parameters?(?:-by-path)?\b[^\n"\`]{0,80}--with-decryption)|gcloud\s{1,3}secrets\s{1,3}versions\s{1,3}access|az\s{1,3}keyvault\s{1,3}secret\s{1,3}(?:show|download)|kubectl\s{1,3}get\s{1,3}secrets?\b[^\n"\`]{0,60}-o\s{0,3}(?:yaml|json|jsonpath|go-template)|vault\s{1,3}kv\s{1,3}get|doppler\s{1,3}secrets\s{1,3}(?:download|get)|sops\s{1,3}(?:-d|--decrypt)\b|ansible-vault\s{1,3}(?:view|decrypt)|(?:go)?pass\s{1,3}show|heroku\s{1,3}config(?::get)?\b`;
const TOKEN_CLI = new RegExp(
  String
    .raw`\b(?:gh\s{1,3}auth\s{1,3}(?:token|status\s{1,3}(?:-t|--show-token))|glab\s{1,3}auth\s{1,3}status\s{1,3}(?:-t|--show-token)|gcloud\s{1,3}auth\s{1,3}(?:application-default\s{1,3})?print-(?:access|identity)-token|az\s{1,3}account\s{1,3}get-access-token|aws\s{1,3}(?:configure\s{1,3}(?:get\s{1,3}\w{0,20}(?:secret|key|token)\w{0,20}|export-credentials)|sts\s{1,3}get-session-token|ecr\s{1,3}get-login-password)|kubectl\s{1,3}config\s{1,3}view\s[^\n"]{0,40}(?:--raw|--flatten)|kubectl\s{1,3}create\s{1,3}token|vault\s{1,3}print\s{1,3}token|op\s{1,3}(?:read|item\s{1,3}get)|bw\s{1,3}get\s{1,3}password|security\s{1,3}find-(?:generic|internet)-password\s[^\n"]{0,80}-[wg]\b|heroku\s{1,3}auth:token|git\s{1,3}credential\s{1,3}fill|docker-credential-[\w-]{1,30}\s{1,3}get|printenv\s{1,3}\w{0,30}(?:TOKEN|SECRET|API_?KEY|PASSWORD)\b|${SECRET_DUMP})`,
  "i",
);
/** A tool whose own job is a credential. */
const CREDENTIAL_JOB =
  /auth|login|log_in|sign_?in|token|credential|secret|vault|keychain|keyring|password|passkey|sso|oauth|kube_?config/i;

function walk(v: unknown, path: string, out: { path: string; text: string }[], depth: number) {
  if (depth > 8 || out.length > 400) return;
  if (typeof v === "string") out.push({ path, text: v });
  else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, out, depth + 1));
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`, out, depth + 1);
  }
}

/** A prohibition earlier in the same sentence ("Never run commands that print secrets (e.g. …)"). */
const NEGATOR =
  /\b(?:never|do\s{1,3}not|don['’]t|must\s{1,3}not|should\s{1,3}not|no\s{1,3}longer|niemals|nie|jamais|nunca|mai|nooit)\b/i;
function prohibited(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  // The sentence so far: after the last stop followed by a space (not `~/.netrc`), or a line break.
  let start = 0;
  for (const m of before.matchAll(/[.!?]\s|\n/g)) start = m.index! + m[0].length;
  return NEGATOR.test(before.slice(start));
}

/** The definition's texts that have the model print a credential with a CLI. */
/**
 * The user is asked to run the command themselves ("ask the user to run `az account
 * get-access-token` themselves"): the person decides whether the credential leaves their machine.
 */
const USER_RUNS =
  /\b(?:ask|tell|have|let|invite)\s{1,3}(?:the\s{1,3})?(?:user|customer|operator)\s{1,3}(?:to\s{1,3})?(?:run|execute|type)\s{0,3}[`'"]?$|\b(?:the\s{1,3})?user\s{1,3}(?:can|should|may|must|needs\s{1,3}to)\s{1,3}run\s{0,3}[`'"]?$/i;
function userRuns(text: string, at: number): boolean {
  if (!USER_RUNS.test(text.slice(Math.max(0, at - 80), at))) return false;
  // Not when the model is then told to take the output ("… and pass its output as `auth`").
  const after = text.slice(at, at + 200).split(/[.!?]\s|\n/)[0];
  return !/\b(?:pass|put|send|copy|forward|include)\b[^.;\n]{0,40}\b(?:output|result|token|value)\b[^.;\n]{0,30}\b(?:as|into|to|in)\b/i
    .test(after);
}

export function tokenCliHits(tool: ToolDefinition): PathHit[] {
  if (CREDENTIAL_JOB.test(`${tool.name} ${tool.title ?? ""}`)) return [];
  const strings: { path: string; text: string }[] = [];
  walk(tool.description, "$.description", strings, 0);
  walk(tool.inputSchema, "$.inputSchema", strings, 0);
  walk(tool.extra, "$", strings, 0);
  for (const s of strings) {
    if (!GATE.test(s.text)) continue;
    const m = TOKEN_CLI.exec(s.text);
    if (
      !m || negatedAt(s.text, m.index) || prohibited(s.text, m.index) || userRuns(s.text, m.index)
    ) continue;
    return [{
      path: s.path,
      kind: "credential_harvesting",
      severity: "high",
      reason: `Definition has the model run a command that prints a credential (${
        m[0].split(/\s+/).slice(0, 3).join(" ")
      }), so its value can be passed on; ${JSON.stringify(tool.name)} is not a credential tool`,
    }];
  }
  return [];
}
