/**
 * Round-37 code rules: configuration and scripts that quietly remove a control or hand it to
 * someone else. One alternation decides whether any check can apply; each check then runs only
 * when its own literal is present in the shared lower-case copy.
 *
 * - outside accounts in a resource policy: an Allow statement whose principal is an AWS account
 *   other than the one that owns the policy's own principals/resources;
 * - deployment handed to a moving branch: GitOps (Argo CD / Flux) auto-sync of a floating
 *   revision (HEAD, main, master) into a cluster-system namespace;
 * - TLS checking turned off for every process: start-up hooks (sitecustomize, usercustomize, .pth,
 *   shell profiles) that disable certificate checks or force a proxy;
 * - authorization that allows the anonymous: a policy rule whose only condition is that the caller
 *   has no identity;
 * - admin keys minted for someone: a long-lived access key for an administrator account, encrypted
 *   to a PGP/Keybase identity or written to an output;
 * - security controls torn down: two or more of SELinux, auditd, EDR/AV sensors, host firewall
 *   switched off in one script;
 * - browser-wide harvest: an extension that reads every cookie or every submitted form and posts
 *   it to a URL;
 * - multisig reduced to one signer (threshold 1);
 * - unfiltered CRM deletes with the recycle bin emptied;
 * - disk-recovery and local-admin secrets collected and posted to a URL.
 */
import { type RoundMechanism, roundMechanism } from "./_round_code.ts";
import { lowerOnce } from "../text/lower.ts";
import { r37Obfuscated } from "./_obf_r37.ts";
import { LiteralGate } from "./_literal_gate.ts";

/** Any literal one of the checks needs. */
const GATE =
  /principal|targetrevision|\bbranch:|customize|\.pth\b|unverified|reject_?unauthorized|httpsverify|ssl_no_verify|_ca_bundle|strict-ssl|not input\.|!\s{0,2}context|_key\b|_password\b|selinux|setenforce|auditd|ufw\s{1,3}disable|falcon|wazuh|mdatp|osquery|cookies\.getall|formdata|threshold|removeowner|emptyrecyclebin|recoverypassword|recovery_?key|-protectors|lapspassword|mcs-admpwd|fdesetup/i;
/** {@link GATE} skipped when none of its literals is in the text (`_literal_gate.ts`). */
const GATED = new LiteralGate(GATE);

// --- Outside accounts in a resource policy ---------------------------------------------------------

const ALLOW_STMT = /"effect"\s{0,3}:\s{0,3}"allow"/i;
const AWS_ACCOUNT =
  /arn:aws[\w-]{0,12}:(?:iam|kms|s3|sts|secretsmanager|sns|sqs|lambda|ecr)::?[\w-]{0,20}:(\d{12}):/gi;
const PRINCIPAL_ACCOUNT =
  /"principal"\s{0,3}:\s{0,3}\{\s{0,6}"aws"\s{0,3}:\s{0,3}\[?\s{0,6}"(?:arn:aws[\w-]{0,12}:iam::)?(\d{12})\b/gi;

const SENSITIVE_ACTION =
  /"(?:kms:(?:decrypt|creategrant|reencrypt\w{0,10}|\*)|s3:(?:getobject|\*)|secretsmanager:(?:getsecretvalue|\*)|sts:assumerole|ssm:getparameters?|\*)"/i;

function outsideAccount(text: string): boolean {
  if (!ALLOW_STMT.test(text) || !SENSITIVE_ACTION.test(text)) return false;
  const owners = new Set<string>();
  AWS_ACCOUNT.lastIndex = 0;
  for (let m = AWS_ACCOUNT.exec(text), n = 0; m && n < 40; m = AWS_ACCOUNT.exec(text), n++) {
    owners.add(m[1]);
  }
  const principals: string[] = [];
  PRINCIPAL_ACCOUNT.lastIndex = 0;
  for (
    let m = PRINCIPAL_ACCOUNT.exec(text), n = 0;
    m && n < 20;
    m = PRINCIPAL_ACCOUNT.exec(text), n++
  ) principals.push(m[1]);
  // The first principal is the owner (the usual "root of this account" statement); any other
  // account named in a principal is an outsider.
  if (principals.length === 0) return false;
  for (const p of principals) owners.add(p);
  return owners.size > 1;
}

// --- Deployment handed to a moving branch ----------------------------------------------------------

const GITOPS = /kind:\s{0,3}(?:application|applicationset|kustomization|helmrelease)\b/i;
const FLOATING_REV =
  /\b(?:targetrevision|branch):\s{0,3}["']?(?:head|main|master|latest|\*)["']?\s*$/im;
const AUTO_SYNC = /\bautomated:|\bprune:\s{0,3}true|\bselfheal:\s{0,3}true/i;
const SYSTEM_NS =
  /\b(?:namespace|targetnamespace):\s{0,3}["']?(?:kube-system|kube-public|argocd|flux-system|cert-manager|gatekeeper-system|istio-system)\b/i;

function floatingDeploy(text: string): boolean {
  if (!GITOPS.test(text) || !FLOATING_REV.test(text) || !AUTO_SYNC.test(text)) return false;
  // The Application itself lives in argocd/flux-system; the destination must be a system
  // namespace too, so count system namespaces named after the source.
  const src = text.search(/\b(?:source|sourceref|destination|spec):/i);
  return src >= 0 && SYSTEM_NS.test(text.slice(src));
}

// --- TLS checking turned off for every process ------------------------------------------------------

const STARTUP_HOOK =
  /\b(?:sitecustomize|usercustomize)(?:\.py)?\b|\w\.pth\b|\/etc\/profile|\/etc\/environment|\.bashrc|\.zshrc|\.profile\b|\.npmrc|setx\s/i;
const TLS_OFF =
  /_create_default_https_context\s{0,3}=\s{0,3}ssl\._create_unverified_context|pythonhttpsverify["'\]]?\s{0,3}[=:,]\s{0,3}\\?["']?0|(?:requests|curl)_ca_bundle["'\]]?\s{0,3}=\s{0,3}\\?["']{2}|node_tls_reject_unauthorized["'\]]?\s{0,3}[=:,]\s{0,3}\\?["']?0|git_ssl_no_verify["'\]]?\s{0,3}=\s{0,3}\\?["']?(?:1|true)|strict-ssl\s{0,3}=?\s{0,3}false/i;

// --- Authorization that allows the anonymous -------------------------------------------------------

const ANON_ALLOW =
  /\b(?:allow|authorized?|permit)\w{0,12}\s{0,3}(?::?=\s{0,3}true\s{1,3})?(?:if\s{1,3})?\{\s{0,40}not\s{1,3}input(?:\.\w{1,30}){0,3}\.(?:id|uid|sub|user(?:_?id|name)?|identity|principal|token|jwt|auth\w{0,15}|session|subject|claims)\s{0,40}\}|\bpermit\s{0,3}\([^)]{0,200}\)\s{0,6}(?:when|unless)\s{0,3}\{\s{0,6}!\s{0,3}\(?\s{0,3}(?:context|principal)\s{1,3}has\s{1,3}\w{0,20}(?:user|id|identity|auth\w{0,10}|token)\w{0,10}\s{0,3}\)?\s{0,6}\}/i;

// --- Admin keys minted for someone -----------------------------------------------------------------

const LONG_KEY =
  /\bresource\s{1,3}"(?:aws_iam_access_key|google_service_account_key|azuread_application_password|azuread_service_principal_password)"/i;
const ADMIN_GRANT =
  /policy\/administratoraccess\b|\broles\/(?:owner|editor)\b|"(?:owner|global administrator)"|\biam:\*|"action"\s{0,3}[:=]\s{0,3}"\*"|\baction\s{0,3}=\s{0,3}"\*"/i;
const KEY_HANDED =
  /\bpgp_key\s{0,3}=\s{0,3}"(?:keybase:|[a-z0-9+/=]{40})|\boutput\s{1,3}"[^"]{1,80}"\s{0,3}\{[^}]{0,200}\.(?:encrypted_secret|secret|private_key|value|password)\b/i;

// --- Security controls torn down --------------------------------------------------------------------

const CONTROL_OFF: RegExp[] = [
  /\bselinux:\s{0,3}\{?\s{0,20}(?:policy:\s{0,3}\w{1,20},?\s{0,20})?state:\s{0,3}(?:disabled|permissive)|\bsetenforce\s{1,3}0\b|\bselinux=disabled\b/i,
  /\bauditd\b[^\n}]{0,60}\bstate:\s{0,3}stopped|\b(?:systemctl|service)\s{1,3}(?:stop|disable|mask)\s{1,3}(?:--now\s{1,3})?auditd\b|\bauditctl\s{1,3}-e\s{0,3}0\b/i,
  /\b(?:falcon-sensor|falcon|falco|wazuh-agent|ossec|osquery|sentinelone|sentinelagent|cbagentd|cylance\w{0,10}|mdatp|elastic-agent|sysmon|clamav|crowdstrike)\b[\],'"\s]{0,12}state:\s{0,3}(?:absent|stopped|removed|purged)|\b(?:apt(?:-get)?|yum|dnf|zypper)\s{1,3}(?:-y\s{1,3})?(?:remove|purge|erase)\s{1,3}(?:-y\s{1,3})?[\w\s-]{0,60}\b(?:falcon-sensor|falco|wazuh-agent|ossec\w{0,10}|osquery|sentinelagent|mdatp|elastic-agent|clamav)\b|\b(?:systemctl|service)\s{1,3}(?:stop|disable|mask)\s{1,3}(?:--now\s{1,3})?(?:falcon-sensor|falco|wazuh-agent|osqueryd|sentinelone|mdatp|elastic-agent|clamav-daemon)\b|\bstate:\s{0,3}(?:absent|stopped)\b[^\n]{0,80}\b(?:falcon-sensor|falco|wazuh-agent|osquery|mdatp|elastic-agent|clamav)\b/i,
  /\b(?:ufw\s{1,3}disable|systemctl\s{1,3}(?:stop|disable|mask)\s{1,3}(?:--now\s{1,3})?(?:firewalld|iptables|nftables))\b|\b(?:firewalld|nftables)\b[^\n}]{0,60}\bstate:\s{0,3}stopped/i,
];

function controlsOff(text: string): boolean {
  let n = 0;
  for (const r of CONTROL_OFF) if (r.test(text) && ++n >= 2) return true;
  return false;
}

// --- Browser-wide harvest ---------------------------------------------------------------------------

const ALL_COOKIES =
  /\bcookies\.getall\s{0,2}\(\s{0,2}\{\s{0,2}\}|\brequestbody\b[^\n]{0,40}\.formdata\b|\bcookies\.getall\s{0,2}\(\s{0,2}\{\s{0,4}(?:url|domain)\s{0,2}:\s{0,2}[\w.]{1,40}\s{0,2}\}/i;
const POST_OUT =
  /\b(?:fetch|navigator\.sendbeacon|axios\.post|\$\.post)\s{0,2}\(\s{0,2}[`'"]https?:\/\/|\bxmlhttprequest\b|\bnew\s{1,3}websocket\s{0,2}\(\s{0,2}[`'"]wss?:\/\//i;

// --- Multisig reduced to one signer -----------------------------------------------------------------

const THRESHOLD_ONE =
  /\bchangethreshold\b["'`]?\s{0,3}(?:\(\s{0,3}|,\s{0,3}\[\s{0,3})1n?\s{0,3}[\])]|\b(?:addownerwiththreshold|removeowner)\b["'`]?\s{0,3}(?:,\s{0,3}\[|\()[^\])]{0,160}?,\s{0,3}1n?\s{0,3}[\])]|\bcreate(?:add|remove)owner\w{0,4}tx\s{0,2}\(\s{0,2}\{[^}]{0,200}\bthreshold\s{0,2}:\s{0,2}1\b|\bcreatechangethresholdtx\s{0,2}\(\s{0,2}1\s{0,2}\)/i;
const MULTISIG = /\bsafe\b|multisig|gnosis|owners?\b/i;

// --- Unfiltered CRM deletes with the recycle bin emptied --------------------------------------------

const UNFILTERED_SOQL =
  /\[\s{0,3}select\s{1,3}id\s{1,3}from\s{1,3}\w{2,60}\s{0,3}(?:limit\s{1,3}\d{1,6}\s{0,3})?\]/gi;
const PURGE =
  /\bdatabase\.emptyrecyclebin\s{0,2}\(|\bdatabase\.delete\s{0,2}\([^)]{0,80}\)\s{0,3};[^\n]{0,80}\bemptyrecyclebin|\ballorrnone\b|\bhard_?delete\b/i;

function crmWipe(text: string): boolean {
  if (!/\bdelete\b/i.test(text)) return false;
  UNFILTERED_SOQL.lastIndex = 0;
  let n = 0;
  for (let m = UNFILTERED_SOQL.exec(text); m && n < 5; m = UNFILTERED_SOQL.exec(text)) n++;
  return n >= 1 && PURGE.test(text);
}

// --- Disk-recovery and local-admin secrets posted out -----------------------------------------------

const RECOVERY_SECRET =
  /\brecoverypassword\b|\bmanage-bde(?:\.exe)?\s{1,3}-protectors\s{1,3}-get\b|\bget-lapsadpassword\b|\bms-mcs-admpwd\b|\bmslaps-password\b|\bfdesetup\s{1,3}(?:changerecovery|validaterecovery)|\brecovery_?key\b/i;
const SEND_OUT =
  /\b(?:invoke-restmethod|invoke-webrequest|irm|iwr|curl|wget)\b[^\n]{0,200}https?:\/\/|\b(?:uploadstring|uploadvalues|uploaddata)\s{0,2}\(\s{0,2}["']https?:\/\/|\brequests\.post\s{0,2}\(\s{0,2}["']https?:\/\//i;

/** A round-37 finding for `text`, if any. */
export const r37Mechanism: RoundMechanism = roundMechanism((text, hit) => {
  if (!GATED.test(text)) {
    const obf = r37Obfuscated(text);
    return obf ? hit("obfuscated_code", `Hidden payload or secret: ${obf}`) : undefined;
  }
  const lo = lowerOnce(text);
  if (
    (lo.includes("principal") && outsideAccount(text)) ||
    (lo.includes("_key") && LONG_KEY.test(text) && ADMIN_GRANT.test(text) &&
      KEY_HANDED.test(text)) ||
    ((lo.includes("threshold") || lo.includes("removeowner")) && THRESHOLD_ONE.test(text) &&
      MULTISIG.test(text))
  ) {
    return hit(
      "privilege_escalation",
      "Control handed to someone else (an outside account allowed in a resource policy, an administrator's long-lived key encrypted or output for a third party, a multisig reduced to one signer)",
    );
  }
  if (
    (lo.includes("targetrevision") || lo.includes("branch:")) && floatingDeploy(text) ||
    (lo.includes("not input.") || lo.includes("has ")) && ANON_ALLOW.test(text)
  ) {
    return hit(
      "privilege_escalation",
      "Authority given to whoever asks (a moving branch auto-synced into a system namespace, an authorization rule that allows callers without an identity)",
    );
  }
  if (
    (lo.includes("customize") || lo.includes(".pth") || lo.includes("rc") ||
      lo.includes("profile") || lo.includes("environment") || lo.includes("setx")) &&
    STARTUP_HOOK.test(text) && TLS_OFF.test(text)
  ) {
    return hit(
      "security_bypass",
      "Certificate checking switched off for every later process (a start-up hook or profile that disables TLS verification)",
    );
  }
  if (
    (lo.includes("selinux") || lo.includes("setenforce") || lo.includes("auditd") ||
      lo.includes("ufw") || lo.includes("falcon") || lo.includes("wazuh") ||
      lo.includes("mdatp") || lo.includes("osquery")) && controlsOff(text)
  ) {
    return hit(
      "security_bypass",
      "Several security controls switched off together (SELinux, auditing, EDR/antivirus, host firewall)",
    );
  }
  if (
    (lo.includes("getall") || lo.includes("formdata")) && ALL_COOKIES.test(text) &&
      POST_OUT.test(text) ||
    RECOVERY_SECRET.test(text) && SEND_OUT.test(text)
  ) {
    return hit(
      "data_exfiltration",
      "Secrets collected wholesale and posted to a URL (every browser cookie or submitted form, disk-recovery or local-admin passwords)",
    );
  }
  if (lo.includes("emptyrecyclebin") && crmWipe(text)) {
    return hit(
      "destructive_operation",
      "Whole CRM objects deleted without a filter and the recycle bin emptied (no restore)",
    );
  }
  const obf = r37Obfuscated(text);
  return obf ? hit("obfuscated_code", `Hidden payload or secret: ${obf}`) : undefined;
});
