/**
 * Round-36 code rules: code and configuration that hand control or data to an outsider. One
 * alternation over the shared lower-case copy decides whether any check can apply; each check then
 * runs only when its own literal is present.
 *
 * - trust handed out: a domain federated to another party's token service, sshd asking a web
 *   service which keys may log in, a network share (RAM) open to outside accounts, an unlimited
 *   token allowance for a spender, macOS privacy permissions written straight into TCC.db;
 * - rights to everyone: tables granted to PUBLIC schema-wide (or by default for future tables);
 * - data out: a query exported to a bucket that belongs to nobody named in the statement, with
 *   personal columns; an edge script that copies submitted login forms to another host; build
 *   scripts that send secret-named environment variables; CI that runs a fork's code with secrets
 *   (`pull_request_target` + the PR head checked out);
 * - money out: a trigger that inserts outgoing transfers to a literal IBAN;
 * - accounts taken over by a data change: sign-in e-mails rewritten together with MFA cleared;
 * - an interactive debugger served to the network (`debug=True` on every interface, PIN off).
 *
 * Payloads and secrets rebuilt at run time (./_obf_r36.ts) are checked last.
 */
import { r45Obfuscated } from "./_obf_r45.ts";
import { type RoundMechanism, roundMechanism } from "./_round_code.ts";
import { lowerOnce } from "../text/lower.ts";
import { r36Obfuscated } from "./_obf_r36.ts";
import { LiteralGate } from "./_literal_gate.ts";

/** Any literal one of the checks needs. */
const GATE =
  /federation|authorizedkeyscommand|authorizedprincipalscommand|allow_external_principals|allow-external-principals|approve|setapprovalforall|kTCCService|tcc\.db| to public|export data|unload|copy into|\.clone\(\)|formdata|pull_request_target|trigger|mfa|otp|2fa|two_?factor|debug|environ|env::vars|process\.env|getenv/i;
/** {@link GATE} skipped when none of its literals is in the text (`_literal_gate.ts`). */
const GATED = new LiteralGate(GATE);

// --- Trust handed out -------------------------------------------------------------------------------

const FEDERATION =
  /federationconfiguration|new-mgdomainfederationconfiguration|set-msoldomainauthentication|new-msolfederateddomain|set-mgdomainfederationconfiguration/i;
const ISSUER =
  /(?:issuer_?uri|passive_?sign_?in_?uri|active_?sign_?in_?uri|metadata_?exchange_?uri|-issueruri|-passivelogonuri|-federationbrandname)["']?\s{0,3}[:=]?\s{0,3}["']?(?:https?:\/\/)?([\w-]{1,63}(?:\.[\w-]{1,63}){1,6})/gi;
const DOMAIN_OF =
  /(?:\/domains\/|-domain(?:name|id)\s{1,4}["']?|"domain(?:name|id)?"\s{0,2}:\s{0,2}")([\w-]{1,63}(?:\.[\w-]{1,63}){1,6})/i;

function site(host: string): string {
  const parts = host.toLowerCase().split(".");
  const two = parts.slice(-2).join(".");
  return /^(?:co|com|net|org|gov|ac|edu)\.[a-z]{2}$/.test(two) ? parts.slice(-3).join(".") : two;
}

function federatedOut(text: string): boolean {
  if (!FEDERATION.test(text)) return false;
  const d = DOMAIN_OF.exec(text);
  ISSUER.lastIndex = 0;
  for (let m = ISSUER.exec(text), n = 0; m && n < 6; m = ISSUER.exec(text), n++) {
    if (!d || site(m[1]) !== site(d[1])) return true;
  }
  return false;
}

/** sshd deciding logins from a web answer. */
const KEYS_FROM_WEB = /\bauthorized(?:keys|principals)command\b/i;
const WEB_FETCH =
  /(?:\b|(?<=\\[nt]))(?:curl|wget|fetch|http(?:ie)?|invoke-restmethod)\b[^\n]{0,200}https?:\/\//i;

/** A resource share open to accounts outside the organisation, with a named outside account. */
const RAM_OPEN =
  /allow_external_principals\s{0,20}=\s{0,3}true|--allow-external-principals\b|"allowexternalprincipals"\s{0,2}:\s{0,2}true/i;
const RAM_ACCOUNT = /\bprincipals?["']?\s{0,20}[=:]\s{0,3}\[?\s{0,3}["']?\d{12}["']?/i;

/** An unlimited allowance (or operator rights over every token) for a spender. */
const UNLIMITED_ALLOWANCE =
  /\.approve\s{0,2}\(\s{0,3}[\w."'$]{1,80},\s{0,3}(?:ethers\.(?:constants\.)?maxuint256|maxuint256|max_uint(?:256)?|type\(\s{0,2}uint256\s{0,2}\)\.max|2\s{0,2}\*\*\s{0,2}256\s{0,2}-\s{0,2}1|\(?\s{0,2}1n?\s{0,2}<<\s{0,2}256n?\s{0,2}\)?\s{0,2}-\s{0,2}1n?|0x[f]{64}|uint256\(\s{0,2}-1\s{0,2}\)|web3\.utils\.toTwosComplement\(-1\))|\.setapprovalforall\s{0,2}\(\s{0,3}[\w."'$]{1,80},\s{0,3}true\b/i;

/** Privacy permissions written straight into the TCC database. */
const TCC_WRITE =
  /\b(?:insert|replace|update)\b[^;]{0,80}\baccess\b[^;]{0,600}\bktccservice\w{3,40}|\bktccservice\w{3,40}[^;]{0,600}\b(?:insert|replace)\b/i;

// --- Rights to everyone -------------------------------------------------------------------------------

const GRANT_PUBLIC =
  /\bgrant\s{1,4}(?:select|all(?:\s{1,4}privileges)?|insert|update|delete)\b[^;]{0,120}\bon\s{1,4}all\s{1,4}tables\s{1,4}in\s{1,4}schema\b[^;]{0,200}\bto\s{1,4}public\b|\balter\s{1,4}default\s{1,4}privileges\b[^;]{0,200}\bgrant\b[^;]{0,120}\bto\s{1,4}public\b/i;

// --- Data out -------------------------------------------------------------------------------------------

const EXPORT_TO =
  /\b(?:export\s{1,4}data\b[^;]{0,200}\buri\s{0,2}=\s{0,2}|unload\s{0,2}\([^;]{0,2000}\)\s{0,4}to\s{1,4}|copy\s{1,4}into\s{1,4})['"]?(?:gs|s3|s3a|azure|abfss?|wasbs?|r2|oss|cos):\/\/([\w.-]{3,63})/gi;
const PERSONAL_COLUMNS =
  /\b(?:full_?name|first_?name|last_?name|surname|birth_?date|date_of_birth|dob|ssn|national_?id|my_?number|passport\w{0,10}|tax_?id|address|phone\w{0,8}|email|diagnos\w{0,10}|icd\d{0,2}_?code|iban|card_?number|salary)\b/gi;

function exportedOut(text: string): boolean {
  EXPORT_TO.lastIndex = 0;
  for (let m = EXPORT_TO.exec(text), n = 0; m && n < 4; m = EXPORT_TO.exec(text), n++) {
    const bucket = m[1].toLowerCase();
    const rest = (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length)).toLowerCase();
    const own = bucket.split(/[-_.]/).filter((t) => t.length >= 4 && !/^\d+$/.test(t)).some((t) =>
      rest.includes(t)
    );
    if (own) continue;
    const cols = new Set((text.match(PERSONAL_COLUMNS) ?? []).map((c) => c.toLowerCase()));
    if (cols.size >= 3) return true;
  }
  return false;
}

/** An edge/proxy script that copies a submitted request body to another host. */
const BODY_READ =
  /\b(?:request|req)\.clone\(\)\s{0,2}\.\s{0,2}(?:text|json|formdata|arraybuffer)\s{0,2}\(|\bawait\s{1,4}(?:request|req)\.(?:formdata|text|json)\s{0,2}\(/i;
const SEND_ABS =
  /\bfetch\s{0,2}\(\s{0,3}[`'"]https?:\/\/[^`'"\s]{3,200}[`'"]\s{0,3},\s{0,3}\{[^}]{0,200}\bmethod\s{0,2}:\s{0,2}['"]post['"]|\bnavigator\.sendbeacon\s{0,2}\(\s{0,3}[`'"]https?:\/\//i;
const LOGIN_WORD = /log_?in|sign_?in|passw|auth|session|otp|checkout|payment|card/i;

/** Secret-named environment variables collected and sent. */
const ENV_ENUM =
  /\benv::vars\s{0,2}\(|\bos\.environ\.(?:items|keys)\s{0,2}\(|\bobject\.(?:entries|keys)\s{0,2}\(\s{0,2}process\.env\b|\bos\.environ\(\s{0,2}\)|\bsystem\.getenv\(\s{0,2}\)|\bfor\s{1,4}\(?\s{0,2}\w{1,20}\s{1,4}in\s{1,4}process\.env\b|\bos\.environ\b[^\n]{0,40}\bfor\s{1,4}\w{1,20}\s{1,4}in\b/i;
const SECRET_FILTER =
  /["'](?:token|secret|key|pass(?:word)?|aws_|credential|api_?key|npm_|registr\w{0,6})/i;
const NET_SEND =
  /\b(?:command::new|subprocess\.\w{1,12}|spawn|exec\w{0,6})\s{0,2}\(\s{0,2}\[?\s{0,2}["'](?:curl|wget)["']|\b(?:requests\.post|urllib\.request\.urlopen|reqwest::|ureq::|fetch\s{0,2}\(|axios\.post|http\.request|httpclient|urlopen)\b/i;

/** CI that runs a fork's code with secrets: `pull_request_target` plus a checkout of the PR head. */
const PR_HEAD =
  /\bref\s{0,2}:\s{0,3}["']?\$\{\{\s{0,3}github\.event\.pull_request\.head\.(?:sha|ref)\s{0,3}\}\}|\brepository\s{0,2}:\s{0,3}["']?\$\{\{\s{0,3}github\.event\.pull_request\.head\.repo\.full_name|\bgh\s{1,4}pr\s{1,4}checkout\b|\bgit\s{1,4}fetch\b[^\n]{0,80}\bpull\/\$\{\{/i;
const CI_SECRET =
  /\$\{\{\s{0,3}secrets\.|\bpermissions\s{0,2}:[^\n]{0,4}\n(?:[ \t]{1,8}[\w-]{1,30}\s{0,2}:\s{0,2}(?:read|write|none)\s{0,2}\n){0,8}[ \t]{1,8}[\w-]{1,30}\s{0,2}:\s{0,2}write\b|\bpermissions\s{0,2}:\s{0,2}write-all\b/i;

// --- Money out --------------------------------------------------------------------------------------------

const TRIGGER = /\bcreate\s{1,4}(?:or\s{1,4}(?:alter|replace)\s{1,4})?trigger\b/i;
const INSERT_WITH_IBAN =
  /\binsert\s{1,4}into\b[^;]{0,400}\bvalues\b[^;]{0,400}['"][A-Z]{2}\d{2}[A-Z0-9]{11,30}['"]/i;

// --- Accounts taken over by a data change ---------------------------------------------------------------

const MFA_CLEARED = /\b(?:mfa|otp|totp|2fa|two_?factor)\w{0,20}\s{0,2}=\s{0,2}(?:null|0|false|'')/i;
const EMAIL_REWRITE =
  /\bset\b[^;]{0,300}\b(?:e_?mail|login_email|username)\s{0,2}=\s{0,2}(?!null\b)[^,;]{1,200}/i;

// --- Debugger served to the network ------------------------------------------------------------------------

const DEBUG_EXPOSED =
  /werkzeug_debug_pin["']?\s{0,3}\]?\s{0,3}[:=]\s{0,3}["']?off\b|\.run\s{0,2}\([^)]{0,200}\bhost\s{0,2}=\s{0,2}["'](?:0\.0\.0\.0|::)["'][^)]{0,200}\bdebug\s{0,2}=\s{0,2}true\b|\.run\s{0,2}\([^)]{0,200}\bdebug\s{0,2}=\s{0,2}true\b[^)]{0,200}\bhost\s{0,2}=\s{0,2}["'](?:0\.0\.0\.0|::)["']/i;

/** A round-36 code finding for `text`, or undefined. */
export const r36Mechanism: RoundMechanism = roundMechanism((text, hit) => {
  if (!GATED.test(text)) {
    const obf = r36Obfuscated(text) ?? r45Obfuscated(text);
    return obf ? hit("obfuscated_code", `Hidden payload or secret: ${obf}`) : undefined;
  }
  const lo = lowerOnce(text);
  if (
    (lo.includes("federation") || lo.includes("msol")) && federatedOut(text) ||
    (lo.includes("authorized") && KEYS_FROM_WEB.test(text) && WEB_FETCH.test(text)) ||
    (lo.includes("external") && RAM_OPEN.test(text) && RAM_ACCOUNT.test(text)) ||
    (lo.includes("approv") && UNLIMITED_ALLOWANCE.test(text)) ||
    (lo.includes("ktccservice") && TCC_WRITE.test(text))
  ) {
    return hit(
      "privilege_escalation",
      "Trust handed to an outside party (domain sign-in federated to another token service, SSH keys decided by a web service, a resource share open to outside accounts, an unlimited token allowance, privacy permissions written into TCC.db)",
    );
  }
  if (lo.includes("public") && GRANT_PUBLIC.test(text)) {
    return hit(
      "privilege_escalation",
      "Whole schemas granted to PUBLIC (every login, now and for future tables)",
    );
  }
  if (
    ((lo.includes("export") || lo.includes("unload") || lo.includes("copy")) &&
      exportedOut(text)) ||
    ((lo.includes("clone") || lo.includes("formdata") || lo.includes("await")) &&
      BODY_READ.test(text) && SEND_ABS.test(text) && LOGIN_WORD.test(text)) ||
    (ENV_ENUM.test(text) && SECRET_FILTER.test(text) && NET_SEND.test(text)) ||
    (lo.includes("pull_request_target") && PR_HEAD.test(text) && CI_SECRET.test(text))
  ) {
    return hit(
      "data_exfiltration",
      "Data or secrets sent to an outside party (personal columns exported to a foreign bucket, submitted forms copied to another host, secret environment variables posted, a fork's code run with CI secrets)",
    );
  }
  if (lo.includes("trigger") && TRIGGER.test(text) && INSERT_WITH_IBAN.test(text)) {
    return hit(
      "payment_diversion",
      "A trigger that creates outgoing transfers to a fixed bank account",
    );
  }
  if (MFA_CLEARED.test(text) && EMAIL_REWRITE.test(text) && /\bupdate\b/i.test(text)) {
    return hit(
      "account_takeover",
      "Accounts' sign-in e-mail rewritten together with their second factor cleared",
    );
  }
  if (lo.includes("debug") && DEBUG_EXPOSED.test(text)) {
    return hit(
      "remote_code_execution",
      "An interactive debugger served on every interface (or with its PIN off)",
    );
  }
  const obf = r36Obfuscated(text) ?? r45Obfuscated(text);
  return obf ? hit("obfuscated_code", `Hidden payload or secret: ${obf}`) : undefined;
});
