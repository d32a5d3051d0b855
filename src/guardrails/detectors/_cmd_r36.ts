/**
 * Round-36 command rules (techniques, not tools): control or data handed to an outsider.
 *
 * - a name delegated away: an NS record created for a sign-in/mail/VPN host name whose name
 *   servers belong to another domain (Route 53 change batches, `gcloud dns
 *   record-sets`, `az network dns record-set ns`);
 * - rights granted to outside principals: tenant-wide admin consent for application permissions,
 *   a password vault or cloud role handed to a free-mail address, a whole drive shared with
 *   Everyone / anonymous / Guest access switched on, a read-write SNMP community, a database
 *   that trusts every address without a password;
 * - data mirrored to a personal cloud: an rclone remote on a consumer storage service registered
 *   to a free-mail address, then a sync/copy of local data into it;
 * - backups made to vanish quietly: versioning suspended together with a short expiry rule, or a
 *   near-immediate expiry over a whole backup/archive bucket;
 * - root for everyone: the setuid bit (or `cap_setuid`) put on an interpreter or shell;
 * - money rerouted: a new bank account made the default payout destination;
 * - physical access: a door unlocked together with the alarm disarmed.
 *
 * One case-insensitive word test first ({@link R36_WORD}); bounded patterns, no nested quantifiers.
 */
import { FREE_MAIL } from "./_cmd_r35.ts";

/** A word one of the checks below needs. */
export const R36_WORD =
  /\bns\b|"ns"|admin-consent|grant|provision|invite|add-iam-policy-binding|role\s{1,4}assignment|net\s{1,4}share|everyoneincludesanonymous|restrictanonymous|nullsession|\/active:yes|snmp|rwcommunity|pg_hba|rclone|versioning|lifecycle|chmod|setcap|external_account|payout|bank_?account|beneficiar|recipient|disarm/i;

const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,4})/g;

function freeMailIn(s: string): boolean {
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(s), n = 0; m && n < 12; m = EMAIL.exec(s), n++) {
    if (FREE_MAIL.test(m[1])) return true;
  }
  return false;
}

/** The last two labels of a host name (`ns1.example.com.` → `example.com`). */
function site(host: string): string {
  const parts = host.toLowerCase().replace(/\.$/, "").split(".");
  const two = parts.slice(-2).join(".");
  // `co.uk`, `com.au` style suffixes keep three labels.
  return /^(?:co|com|net|org|gov|ac|edu)\.[a-z]{2}$/.test(two) ? parts.slice(-3).join(".") : two;
}

// --- A sign-in / mail / VPN name delegated to outside name servers ------------------------------

const NS_CHANGE =
  /\bchange-resource-record-sets\b|\brecord-sets?\s{1,4}(?:create|update|transaction\s{1,4}add)\b|\brecord-set\s{1,4}ns\s{1,4}(?:add-record|create)\b/i;
const SENSITIVE_LABEL =
  /^(?:sso|login|logon|signin|auth|idp|id|adfs|sts|accounts?|okta|mail|smtp|autodiscover|webmail|vpn|remote|portal|secure|pay|payments?|admin)\./i;
const NAME =
  /(?:(?<![a-z-])["']?(?:name|--name|--record-name)["']?\s{0,2}[:=\s]|record-sets?\s{1,4}(?:create|update))\s{0,2}["']?([\w-]{1,63}(?:\.[\w-]{1,63}){1,6}\.?)/gi;
const NS_VALUE = /\b(ns[\w-]{0,20}(?:\.[\w-]{1,63}){2,5})\.?/gi;

function nameDelegatedOut(view: string): boolean {
  if (
    !NS_CHANGE.test(view) ||
    !/(?:"type"\s{0,2}:\s{0,2}"ns"|--type[\s=]{1,3}["']?ns\b|record-set\s{1,4}ns\b)/i.test(view)
  ) {
    return false;
  }
  const names: string[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(view), n = 0; m && n < 12; m = NAME.exec(view), n++) names.push(m[1]);
  // `az … --record-set-name vpn -z example.com`: the label and the zone apart.
  const label = /--record-set-name[\s=]{1,3}["']?([\w-]{1,63})\b/i.exec(view);
  const zone = /(?:\s-z|--zone-name)[\s=]{1,3}["']?([\w-]{1,63}(?:\.[\w-]{1,63}){1,6})/i.exec(view);
  if (label && zone) names.push(`${label[1]}.${zone[1]}`);
  const targets = names.filter((h) => SENSITIVE_LABEL.test(h));
  if (targets.length === 0) return false;
  const own = new Set(names.map(site));
  NS_VALUE.lastIndex = 0;
  for (let m = NS_VALUE.exec(view), n = 0; m && n < 12; m = NS_VALUE.exec(view), n++) {
    const s = site(m[1]);
    if (
      !own.has(s) && !/awsdns|azure-dns|googledomains|cloudflare|nsone|ultradns|dynect/i.test(s)
    ) {
      return true;
    }
  }
  return false;
}

// --- Rights granted to outside principals ---------------------------------------------------------

/** Tenant-wide consent to application (not delegated) permissions, or to a foreign app just added. */
const ADMIN_CONSENT = /\bad\s{1,4}app\s{1,4}permission\s{1,4}admin-consent\b/i;
const APP_ROLE = /=Role\b|\bad\s{1,4}sp\s{1,4}create\s{1,4}--id\b/i;

/** A vault, project or subscription role handed to a free-mail address. */
const GRANT_TO_PERSON =
  /\b(?:op\s{1,4}(?:vault\s{1,4}(?:user|group)\s{1,4}grant|user\s{1,4}(?:provision|invite))|bw\s{1,4}(?:create|edit)\s{1,4}org-member|add-iam-policy-binding|role\s{1,4}assignment\s{1,4}create|gh\s{1,4}api\b[^|;&\n]{0,120}\/collaborators\/|vault\s{1,4}write\b[^|;&\n]{0,80}\/(?:entity|userpass))\b[^|;&\n]{0,400}/gi;

function grantedToFreeMail(view: string): boolean {
  GRANT_TO_PERSON.lastIndex = 0;
  for (let m = GRANT_TO_PERSON.exec(view), n = 0; m && n < 6; m = GRANT_TO_PERSON.exec(view), n++) {
    if (freeMailIn(m[0])) return true;
  }
  return false;
}

const OPEN_TO_ALL = new RegExp(
  [
    // A whole drive (or a share) writable by Everyone / anonymous users.
    String
      .raw`\bnet\s{1,4}share\s{1,4}[^|;&\n]{0,80}=\s{0,2}["']?[a-z]:\\?["']?\s[^|;&\n]{0,120}\/grant:\s{0,2}["']?(?:everyone|jeder|tout le monde|todos|iedereen|anonymous logon),\s{0,2}(?:full|change)\b`,
    String
      .raw`\bnet\s{1,4}share\s{1,4}[^|;&\n]{0,200}\/grant:\s{0,2}["']?(?:everyone|anonymous logon),\s{0,2}full\b`,
    String.raw`\beveryoneincludesanonymous\b[^|;&\n]{0,60}(?:\/d\s{1,4}1\b|-value\s{1,4}1\b)`,
    String.raw`\brestrictanonymous(?:sam)?\b[^|;&\n]{0,60}(?:\/d\s{1,4}0\b|-value\s{1,4}0\b)`,
    String.raw`\bnullsessionshares\b[^|;&\n]{0,40}(?:\/d\s|-value\s)`,
    String
      .raw`\bnet1?\s{1,4}user\s{1,4}(?:guest|gast|invité|invitado|convidado|ospite|gość|гость)\s{1,4}\/active:yes\b`,
    // Read-write SNMP: the whole device configuration writable with one community string.
    String.raw`\bsnmp-server\s{1,4}community\s{1,4}\S{1,64}\s{1,4}rw\b`,
    String.raw`\brwcommunity6?\s{1,4}\S{1,64}(?:\s{1,4}(?:default|0\.0\.0\.0(?:\/0)?)|\s{0,4}$)`,
    // A database that lets every address in without a password.
    String
      .raw`\bhost(?:ssl|nossl)?\s{1,8}all\s{1,8}all\s{1,8}(?:0\.0\.0\.0\/0|::\/0|all|samenet)\s{1,8}trust\b`,
  ].join("|"),
  "im",
);

// --- Data mirrored to a personal cloud account -----------------------------------------------------

const RCLONE_REMOTE =
  /\brclone\s{1,4}config\s{1,4}create\s{1,4}["']?([\w.-]{1,40})["']?\s{1,4}(?:mega|pcloud|dropbox|drive|onedrive|box|koofr|yandex|mailru|jottacloud|opendrive|putio|premiumizeme|internetarchive|icloud|proton(?:drive)?|filefabric|sugarsync|hidrive|ftp|sftp|webdav)\b([^|;&\n]{0,300})/gi;

/** `rclone copy|sync|move SRC DST` where both are remotes (groups 1–3 source, 4 destination). */
const RCLONE_REMOTE_COPY =
  /\brclone\s{1,4}(?:sync|copy|move|copyto|bisync)\s{1,4}(?:-\S{1,40}\s{1,4}){0,6}(?:"([\w.-]{1,40}):[^"\n]{0,300}"|'([\w.-]{1,40}):[^'\n]{0,300}'|([\w.-]{1,40}):[^\s"']{0,300})\s{1,4}["']?([\w.-]{1,40}):/gi;
/** A remote named for a consumer storage service or a personal account. */
const CONSUMER_REMOTE =
  /(?:^|[\W_])(?:mega(?:nz)?|pcloud|dropbox|gdrive|googledrive|icloud|yandex|mailru|koofr|jotta\w{0,10}|putio|mediafire|4shared|proton\w{0,6}|personal|privat\w{0,4}|perso)(?:$|[\W_\d])/i;
/** A remote named for the organisation's own storage (SharePoint, OneDrive for Business, a corp NAS). */
const CORPORATE_REMOTE =
  /(?:^|[\W_])(?:sp|sharepoint|spo|onedrive-?(?:business|biz|work|corp)|teams|corp\w{0,8}|company|firm\w{0,4}|office|work|nas|fileserver|prod\w{0,6}|hr|finance|legal)(?:$|[\W_\d])/i;

function mirroredToPersonalCloud(view: string): boolean {
  // The organisation's share copied straight into a remote named for a consumer service.
  RCLONE_REMOTE_COPY.lastIndex = 0;
  for (
    let m = RCLONE_REMOTE_COPY.exec(view), n = 0;
    m && n < 4;
    m = RCLONE_REMOTE_COPY.exec(view), n++
  ) {
    const src = m[1] ?? m[2] ?? m[3];
    if (CORPORATE_REMOTE.test(src) && CONSUMER_REMOTE.test(m[4]) && !CORPORATE_REMOTE.test(m[4])) {
      return true;
    }
  }
  RCLONE_REMOTE.lastIndex = 0;
  for (let m = RCLONE_REMOTE.exec(view), n = 0; m && n < 4; m = RCLONE_REMOTE.exec(view), n++) {
    if (!freeMailIn(m[2])) continue;
    const remote = m[1].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const copy = new RegExp(
      String.raw`\brclone\s{1,4}(?:sync|copy|move|copyto|bisync)\b[^|;&\n]{0,200}\s["']?${remote}:`,
      "i",
    );
    if (copy.test(view)) return true;
  }
  return false;
}

// --- Backups made to vanish quietly ------------------------------------------------------------------

const VERSIONING_OFF =
  /\bput-bucket-versioning\b[^|;&\n]{0,200}status=suspended\b|\bgsutil\s{1,4}versioning\s{1,4}set\s{1,4}off\b|\bgcloud\s{1,4}storage\s{1,4}buckets\s{1,4}update\b[^|;&\n]{0,200}--no-versioning\b|--enable-versioning\s{1,4}false\b/i;
const SHORT_EXPIRY =
  /"?(?:days|noncurrentdays|daysafterinitiation|age|daysaftermodificationgreaterthan)"?\s{0,2}[:=]\s{0,2}[0-3]\b/i;
const LIFECYCLE =
  /\bput-bucket-lifecycle(?:-configuration)?\b|\blifecycle\s{1,4}set\b|\bmanagement-policy\s{1,4}(?:create|update)\b|--lifecycle-file\b/i;
const WHOLE_BUCKET = /"prefix"\s{0,2}:\s{0,2}""|"filter"\s{0,2}:\s{0,2}\{\s{0,2}\}/i;
const BACKUP_BUCKET =
  /--bucket[\s=]{1,3}["']?[\w.-]{0,60}(?:backup|bkp|wal|archive|snapshot|dump|vault|dr-)[\w.-]{0,60}/i;

function backupsExpired(view: string): boolean {
  if (!LIFECYCLE.test(view) || !SHORT_EXPIRY.test(view)) return false;
  return VERSIONING_OFF.test(view) || (WHOLE_BUCKET.test(view) && BACKUP_BUCKET.test(view));
}

// --- Root for everyone: setuid on an interpreter ------------------------------------------------------

const INTERPRETER = String
  .raw`(?:\/[\w.+-]{1,40}){0,4}\/(?:python[\d.]{0,5}|perl[\d.]{0,5}|ruby[\d.]{0,5}|node|nodejs|php[\d.]{0,4}|lua[\d.]{0,4}|bash|sh|dash|zsh|ksh|csh|tcsh|fish|busybox|env|find|vim?|nano|less|more|awk|gawk|nawk|tar|zip|cp|tee|dd|socat|nc|ncat|gdb|docker|rsync|git|sed|xargs|nmap|openssl|tclsh|wish|expect|screen|tmux|strace)\b`;
/** The interpreter named through a resolver (`$(realpath /usr/bin/ruby)`, `` `which perl` ``). */
const RESOLVED = String
  .raw`(?:\$\(|\`)\s{0,2}(?:readlink\s{1,3}-\w{1,3}|realpath|which|command\s{1,3}-v|type\s{1,3}-p)\s{1,3}["']?(?:${INTERPRETER}|(?:python[\d.]{0,5}|perl[\d.]{0,5}|ruby[\d.]{0,5}|node|php[\d.]{0,4}|bash|sh|zsh|find|vim?|tar|gdb|env)\b)`;
const SETUID = new RegExp(
  String
    .raw`\bchmod\s{1,4}(?:-\w{1,3}\s{1,4})?(?:[ugoa]{0,3}\+[rwx]{0,3}s[rwx]{0,3}|[4-7][0-7]{3})\s{1,4}(?:["']?${INTERPRETER}["']?\s{1,4}){0,3}["']?${INTERPRETER}|\bsetcap\s{1,4}["']?cap_(?:setuid|setgid|dac_override|sys_admin|dac_read_search)[^\s'"]{0,40}["']?\s{1,4}["']?(?:${INTERPRETER}|${RESOLVED})`,
  "i",
);

// --- Money rerouted ------------------------------------------------------------------------------------

const PAYOUT_ACCOUNT =
  /\b(?:external_accounts?|payout_?(?:method|destination|account)s?|bank_?accounts?|beneficiar\w{0,6}|recipients?)\b[^|;&\n]{0,400}(?:\n[^|;&\n]{0,200}){0,2}?\b(?:account_number|iban|routing_number|sort_code|bsb)\b[^|;&\n]{0,600}(?:\n[^|;&\n]{0,200}){0,2}?\bdefault(?:_for_currency)?\b["']?\s{0,2}[=:]\s{0,2}["']?true\b/i;
const WRITE_VERB =
  /\b(?:post|create(?:_\w{1,30})?|update|put|patch|modify)\b|-X\s{0,2}(?:POST|PUT|PATCH)\b/i;

/** A new bank account made the default payout destination (commands and code alike). */
export function payoutRerouted(text: string): boolean {
  return PAYOUT_ACCOUNT.test(text) && WRITE_VERB.test(text);
}

// --- Physical access: door unlocked and alarm disarmed ------------------------------------------------

const UNLOCK =
  /\bunlock(?:ed)?\b|\block\.(?:unlock|open)\b|["']?state["']?\s{0,2}:\s{0,2}["']?(?:unlock|unlocked|open)["']?/i;
const DISARM = /\b(?:alarm_)?disarm(?:ed)?\b|\balarm\w{0,20}\/(?:off|disable)\b/i;

/** Round-36 command techniques of `view`, or undefined. */
export function r36Techniques(view: string): { kind: string; reason: string } | undefined {
  if (view.length > 8192 || !R36_WORD.test(view)) return undefined;
  if (nameDelegatedOut(view)) {
    return {
      kind: "destructive_command",
      reason:
        "delegates a sign-in, mail or VPN host name to another party's name servers (they can then serve that name and obtain certificates for it)",
    };
  }
  if (
    (ADMIN_CONSENT.test(view) && APP_ROLE.test(view)) || grantedToFreeMail(view) ||
    OPEN_TO_ALL.test(view)
  ) {
    return {
      kind: "privilege_escalation",
      reason:
        "grants rights to an outside or anonymous principal (tenant-wide consent to application permissions, a vault or role for a free-mail address, a drive for Everyone or Guest, a read-write SNMP community, a database trusting every address)",
    };
  }
  if (mirroredToPersonalCloud(view)) {
    return {
      kind: "data_exfiltration",
      reason: "copies local data into a consumer cloud account registered to a free-mail address",
    };
  }
  if (backupsExpired(view)) {
    return {
      kind: "destructive_command",
      reason:
        "makes backups expire quietly (versioning suspended with a short expiry, or a whole backup bucket expiring within days)",
    };
  }
  if (SETUID.test(view)) {
    return {
      kind: "privilege_escalation",
      reason:
        "puts the setuid bit or a setuid capability on an interpreter or shell (root for any local user)",
    };
  }
  if (payoutRerouted(view)) {
    return {
      kind: "payment_diversion",
      reason: "makes a new bank account the default payout destination",
    };
  }
  if (/disarm|alarm/i.test(view) && UNLOCK.test(view) && DISARM.test(view)) {
    return {
      kind: "destructive_command",
      reason:
        "unlocks a door and disarms the alarm in one step (physical entry with protection off)",
    };
  }
  return undefined;
}
