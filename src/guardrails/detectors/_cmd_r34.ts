/**
 * Round-34 command rules (techniques, not tools):
 *
 * - a security or audit control switched off: PAM told to accept anyone (`pam_permit.so` written
 *   into an auth stack), policy admission webhooks deleted / policy engines scaled to zero, cloud
 *   audit and threat detection stopped (CloudTrail, GuardDuty, Config, Security Hub, GCP log sinks,
 *   Azure diagnostic settings), host audit/EDR services stopped (`auditctl -e 0`, `systemctl stop
 *   auditd|falco|wazuh…`, `setenforce 0`), OS protections off (Gatekeeper `spctl --master-disable`,
 *   `csrutil disable`, Defender real-time monitoring, WDigest clear-text logons, LSA protection,
 *   the Windows firewall), a Vault audit device disabled, branch protection deleted;
 * - a private resource exposed to the whole internet: a firewall/security-group rule opening an
 *   admin or database port to `0.0.0.0/0`/`*`/`Internet`, a storage container made anonymously
 *   listable or world-writable, the account-level public-access guard deleted;
 * - the host handed to an outside party: a listener whose login program is a shell (no password),
 *   a shared-terminal join string (`#{tmate_ssh}`) sent out, a reverse tunnel publishing the local
 *   SSH/RDP/VNC port (`ssh -R …:22`, `ngrok tcp 22`, `cloudflared … ssh://`, `bore local 22`);
 * - personal-data tables dumped straight into a network upload (`pg_dump -t customers | … | aws s3
 *   cp - s3://…`): a selected extract of people's records streamed off the host, not a backup.
 *
 * One case-insensitive word test first ({@link R34_WORD}); bounded patterns, no nested quantifiers.
 */

/** A word one of the checks below needs. */
export const R34_WORD =
  /pam_permit|webhookconfiguration|gatekeeper|kyverno|cloudtrail|guardduty|configservice|securityhub|security-hub|sinks\s|diagnostic-settings|auditctl|setenforce|systemctl|service\s|spctl|csrutil|mppreference|wdigest|runasppl|advfirewall|netfirewallprofile|vault\s{1,4}audit|protection|firewall-rules|security-group-ingress|nsg\s|public-access|acl\s|allusers|telnetd|tcp-listen|tmate_|ngrok|cloudflared|bore\s|\s-[a-z]{0,6}r\s|_dump|mysqldump|mongodump/i;

// --- Security and audit controls switched off ---------------------------------------------------

/** Steps that switch an audit, detection or access control off on their own. */
const CONTROL_OFF = new RegExp(
  [
    // Cloud audit and threat detection.
    String.raw`\baws\s[^|;&\n]{0,80}\bcloudtrail\s{1,4}(?:stop-logging|delete-trail)\b`,
    String
      .raw`\baws\s[^|;&\n]{0,80}\bguardduty\s{1,4}(?:delete-detector|disassociate-from-(?:master|administrator)-account|update-detector\b[^|;&\n]{0,120}--no-enable)\b`,
    String
      .raw`\baws\s[^|;&\n]{0,80}\bconfigservice\s{1,4}(?:stop-configuration-recorder|delete-configuration-recorder|delete-delivery-channel)\b`,
    String.raw`\baws\s[^|;&\n]{0,80}\bsecurityhub\s{1,4}disable-security-hub\b`,
    String.raw`\bgcloud\s[^|;&\n]{0,80}\blogging\s{1,4}sinks\s{1,4}delete\b`,
    String.raw`\baz\s{1,4}monitor\s{1,4}diagnostic-settings\s{1,4}delete\b`,
    // Kubernetes policy admission.
    String
      .raw`\bkubectl\b[^|;&\n]{0,80}\bdelete\s{1,4}(?:validating|mutating)webhookconfigurations?\b[^|;&\n]{0,200}(?:gatekeeper|kyverno|policy|opa\b|kubewarden|pod-security|falco|neuvector|sysdig)`,
    String
      .raw`\bkubectl\b[^|;&\n]{0,120}(?:-n|--namespace)[\s=]{1,4}(?:gatekeeper-system|kyverno|kubewarden|falco|neuvector)\b[^|;&\n]{0,80}\bscale\b[^|;&\n]{0,120}--replicas[\s=]{1,2}0\b`,
    String
      .raw`\bkubectl\b[^|;&\n]{0,80}\bscale\b[^|;&\n]{0,120}(?:-n|--namespace)[\s=]{1,4}(?:gatekeeper-system|kyverno|kubewarden|falco|neuvector)\b[^|;&\n]{0,80}--replicas[\s=]{1,2}0\b`,
    // Host audit, EDR and mandatory access control.
    String.raw`\bauditctl\s{1,4}(?:-e\s{0,2}0|-D)\b`,
    String.raw`\bsetenforce\s{1,4}(?:0|permissive)\b`,
    String
      .raw`\b(?:systemctl\s{1,4}(?:stop|disable|mask)(?:\s{1,4}--now)?|service)\s{1,4}(?:auditd|falco|wazuh-agent|osqueryd|falcon-sensor|sentinelone|ossec|auditbeat|mdatp|elastic-agent|apparmor|sysmon)\b(?!\s{1,4}(?:status|start|restart))`,
    // macOS and Windows protections.
    String.raw`\bspctl\s{1,4}--(?:master|global)-disable\b`,
    String.raw`\bcsrutil\s{1,4}disable\b`,
    String
      .raw`\bset-mppreference\b[^|;\n]{0,120}-disable(?:realtimemonitoring|behaviormonitoring|ioavprotection|scriptscanning|intrusionpreventionsystem)\s{1,4}(?:\$true|1)\b`,
    String
      .raw`\breg(?:\.exe)?\s{1,4}add\b[^|&;\n]{0,160}\\wdigest\b[^|&;\n]{0,80}uselogoncredential\b[^|&;\n]{0,60}\/d\s{1,4}1\b`,
    String
      .raw`\breg(?:\.exe)?\s{1,4}add\b[^|&;\n]{0,160}\\lsa\b[^|&;\n]{0,80}runasppl\b[^|&;\n]{0,60}\/d\s{1,4}0\b`,
    String.raw`\bnetsh\s{1,4}advfirewall\s{1,4}set\s{1,4}\w{1,20}\s{1,4}state\s{1,4}off\b`,
    String.raw`\bset-netfirewallprofile\b[^|;\n]{0,120}-enabled\s{1,4}(?:\$?false|0)\b`,
    // Secrets manager audit and repository protection.
    String.raw`\bvault\s{1,4}audit\s{1,4}disable\b`,
    String
      .raw`\b(?:gh|glab)\s{1,4}api\b[^|;&\n]{0,80}(?:-X|--method)[\s=]{0,2}DELETE\b[^|;&\n]{0,160}(?:branches\/[^\s\/]{1,80}\/protection|protected_branches)\b`,
    String
      .raw`\b(?:gh|glab)\s{1,4}api\b[^|;&\n]{0,160}(?:branches\/[^\s\/]{1,80}\/protection|protected_branches)\b[^|;&\n]{0,80}(?:-X|--method)[\s=]{0,2}DELETE\b`,
  ].join("|"),
  "i",
);

/** PAM's accept-anything module placed in an auth stack by a writing step. */
const PAM_PERMIT =
  /\bauth\s{1,12}(?:sufficient|required|requisite|\[success=[^\]\n]{1,40}\])\s{1,12}pam_permit\.so\b/i;
const PAM_WRITE =
  /\bsed\b[^|;&\n]{0,40}\s-i|\btee\b|>>?\s{0,2}['"]?\/etc\/pam\.d\/|\bcat\s{0,2}>|\bprintf\b|\becho\b/i;

/** True when `view` switches an audit, detection or access control off. */
export function securityControlOff(view: string): boolean {
  if (view.length > 8192) return false;
  if (CONTROL_OFF.test(view)) return true;
  return PAM_PERMIT.test(view) && view.includes("pam.d") && PAM_WRITE.test(view);
}

// --- Private resources exposed to the whole internet --------------------------------------------

const FW_OPEN =
  /\b(?:firewall-rules\s{1,4}(?:create|update)|authorize-security-group-ingress|nsg\s{1,4}rule\s{1,4}(?:create|update)|firewall\s{1,4}(?:policies\s{1,4}rules|rules)\s{1,4}create)\b([^|;&\n]{0,800})/gi;
const WORLD =
  /(?:source-ranges|cidr(?:-ip)?|cidrip|source-address-prefix(?:es)?|source-ip-ranges|src-ip-ranges)[\s="':]{1,4}[^|;&\n]{0,80}?(?:0\.0\.0\.0\/0|::\/0|['"]?\*['"]?(?=\s|$)|\binternet\b|\bany\b)/i;
/** An admin, remote-desktop or database port. */
const ADMIN_PORT =
  /(?:tcp:|udp:|all:|ports?[\s=]{1,3}|port-range[\s=]{1,3}|destination-port-ranges?[\s=]{1,3}|fromport=|toport=|,)(?:22|23|135|139|445|1433|1521|2375|2376|3306|3389|5432|5900|5984|6379|6443|9200|10250|11211|27017)(?![\d.])/i;
const STORAGE_PUBLIC = new RegExp(
  [
    String
      .raw`\baz\s{1,4}storage\s{1,4}container\s{1,4}(?:create|set-permission)\b[^|;&\n]{0,200}--public-access[\s=]{1,3}container\b`,
    String.raw`--acl[\s=]{1,3}public-read-write\b`,
    String
      .raw`\ballusers:(?:objectadmin|admin|legacybucketwriter|legacybucketowner|objectcreator|w|o|fc)\b`,
    String
      .raw`--member[\s=]{1,3}['"]?allusers['"]?[^|;&\n]{0,80}--role[\s=]{1,3}['"]?roles\/storage\.(?:admin|objectadmin|objectcreator|legacybucketwriter|legacybucketowner)\b`,
    String.raw`\baws\s{1,4}(?:s3api|s3control)\s{1,4}delete-public-access-block\b`,
  ].join("|"),
  "i",
);

/** True when `view` opens an admin/database port to the internet or makes storage world-open. */
export function publicExposure(view: string): boolean {
  if (view.length > 8192) return false;
  if (STORAGE_PUBLIC.test(view)) return true;
  FW_OPEN.lastIndex = 0;
  for (let m = FW_OPEN.exec(view), n = 0; m && n < 4; m = FW_OPEN.exec(view), n++) {
    if (WORLD.test(m[1]) && ADMIN_PORT.test(m[1])) return true;
  }
  return false;
}

// --- The host handed to an outside party --------------------------------------------------------

const SHELL = String.raw`(?:\/usr)?\/bin\/(?:ba|a|z|da|k)?sh\b`;
const HANDOUT = new RegExp(
  [
    // A listener whose login program is a shell: no password, a root prompt for whoever connects.
    String.raw`\btelnetd\b[^|;&\n]{0,80}\s-l\s{0,2}${SHELL}`,
    String.raw`\btcp(?:6|4)?-listen:[^\s|;&]{1,80}\s{1,4}['"]?(?:exec|system):${SHELL}`,
    // A shared terminal's join string.
    String.raw`#\{tmate_(?:ssh|web)(?:_ro)?\}`,
    // A reverse tunnel publishing the local SSH/RDP/VNC/WinRM port.
    String
      .raw`\b(?:auto)?ssh\b[^|;&\n]{0,120}\s-[a-qs-z]{0,6}R\s{0,2}(?:[\w.*\[\]:-]{0,60}:)?\d{1,5}:(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[?::1\]?):(?:22|3389|5900|5985|5986)\b`,
    // (also `ngrok.exe … -ArgumentList 'tcp 3389'`, the port given to a launcher)
    String
      .raw`\bngrok(?:\.exe)?\b["']?(?:\s{1,4}-{1,2}[\w-]{1,20}(?:[=\s]{1,3}(?!tcp\b)[\w./:-]{1,40})?){0,3}\s{1,4}["']?tcp\s{1,4}(?:[\w.-]{0,60}:)?(?:22|3389|5900|5985)\b`,
    String
      .raw`\bcloudflared\b[^|;&\n]{0,120}--url[\s=]{1,3}(?:ssh|rdp|tcp):\/\/[^\s:]{1,60}:(?:22|3389|5900)\b`,
    String.raw`\bbore\s{1,4}local\s{1,4}(?:22|3389|5900)\b`,
  ].join("|"),
  "i",
);
/** A sender for a join string. */
const SENDER =
  /(?<![\w.$-])(?:curl|wget|nc|ncat|socat|mail|sendmail|invoke-webrequest|invoke-restmethod|iwr|irm)(?![\w-])/i;

/** True when `view` hands an interactive session on the host to an outside party. */
export function remoteAccessHandout(view: string): boolean {
  if (view.length > 8192) return false;
  const m = HANDOUT.exec(view);
  if (!m) return false;
  // A join string counts when it is sent on (printing it to the own terminal is how tmate works).
  if (m[0].startsWith("#")) return SENDER.test(view.slice(m.index));
  return true;
}

// --- Personal-data tables streamed off the host -------------------------------------------------

const DUMP = /\b(?:pg_dump|mysqldump|mariadb-dump|mongodump)\b([^|;&\n]{0,400})\|/gi;
const PEOPLE_TABLE =
  /(?:\s-t\s{0,2}|--tables?[\s=]{1,2}|--collection[\s=]{1,2}|\s-c\s{1,2})['"]?(?:[\w]{1,30}\.)?(?:customers?|contacts?|users?|members?|patients?|employees?|invoices?|payments?|subscribers?|leads?|clients?|cardholders?|accounts?)\b/i;
const UPLOAD =
  /\baws\s[^|;&\n]{0,60}\bs3\s{1,4}cp\s{1,4}-\s{1,4}s3:\/\/|\bgsutil\s[^|;&\n]{0,40}\bcp\s{1,4}-\s{1,4}gs:\/\/|\brclone\s{1,4}rcat\b|\bcurl\b[^|;&\n]{0,120}(?:-T\s{0,2}-|--upload-file\s{1,4}-|--data-binary\s{1,4}@-|-F\s{0,2}['"]?\w{1,30}=[@<]-)/i;

/** True when `view` streams selected personal-data tables of a database into a network upload. */
export function peopleDumpOut(view: string): boolean {
  if (view.length > 8192) return false;
  DUMP.lastIndex = 0;
  for (let m = DUMP.exec(view), n = 0; m && n < 4; m = DUMP.exec(view), n++) {
    if (PEOPLE_TABLE.test(m[1]) && UPLOAD.test(view.slice(m.index + m[0].length, m.index + 1200))) {
      return true;
    }
  }
  return false;
}

/** Round-34 command techniques of `view`, or undefined. */
export function r34Techniques(view: string): { kind: string; reason: string } | undefined {
  if (!R34_WORD.test(view)) return undefined;
  if (securityControlOff(view)) {
    return {
      kind: "destructive_command",
      reason:
        "switches a security or audit control off (authentication, admission policy, audit logging, threat detection, OS protection or branch protection)",
    };
  }
  if (publicExposure(view)) {
    return {
      kind: "destructive_command",
      reason:
        "exposes a private resource to the whole internet (admin/database port open to any address, storage made world-listable or writable)",
    };
  }
  if (remoteAccessHandout(view)) {
    return {
      kind: "reverse_shell",
      reason:
        "hands an interactive session on the host to an outside party (password-less shell listener, shared-terminal join string sent out, reverse tunnel of SSH/RDP)",
    };
  }
  if (peopleDumpOut(view)) {
    return {
      kind: "data_exfiltration",
      reason: "dumps personal-data tables of a database straight into a network upload",
    };
  }
  return undefined;
}
