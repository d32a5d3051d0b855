/**
 * Round-47 posture techniques (argument stage), each written for the mechanism, not the product:
 *
 * - every recovery point destroyed at once (ATT&CK T1490 Inhibit System Recovery, the ransomware
 *   pre-step): snapshots removed in bulk (`btrfs subvolume delete` over `subvolume list -s`,
 *   `vim-cmd vmsvc/snapshot.removeall`, `zfs destroy` over `zfs list -t snapshot`,
 *   `Get-VMSnapshot | Remove-VMSnapshot`, cloud snapshot listings fed to deletes) TOGETHER with
 *   backup archives or backup software removed. Either half alone is housekeeping;
 * - remote logging cut on a hypervisor (`esxcli system syslog config set --loghost=''`): the host
 *   stops sending its log to the collector (T1562.006);
 * - silent remote-session control: the Remote Desktop `Shadow` policy set to 2 or 4 (control or
 *   view WITHOUT the user's consent) or `mstsc /shadow … /noConsentPrompt`;
 * - a Kubernetes admission webhook patched to an outside URL: every object the cluster admits
 *   (pod specs, secrets) goes to that endpoint and, for a mutating hook, can be rewritten;
 * - a plugin DLL loaded by a domain-controller service (DNS `ServerLevelPluginDll`, NTDS
 *   `DirectoryServiceExtPt`): code runs as SYSTEM on the DC (DnsAdmins escalation);
 * - a packet capture of a clear-text login protocol (LDAP 389/3268, FTP, Telnet, POP3, IMAP,
 *   RADIUS) written to a shared or public location: everyone's passwords in a readable file;
 * - the recovery window cut and the data dropped in the same batch (time travel / retention /
 *   deletion protection reduced, then `DROP SCHEMA|DATABASE|TABLE`);
 * - rows changed with the triggers off (`session_replication_role = replica`, `DISABLE TRIGGER`,
 *   `sql_log_bin = 0`) — audit and ledger triggers bypassed for an UPDATE/DELETE;
 * - a SECURITY DEFINER function reading the user/credential table granted to the anonymous role;
 * - second factors wiped for every account (an UPDATE of the users table with no WHERE / a query
 *   builder `update` on the whole table setting the 2FA/MFA/OTP fields to null/false).
 *
 * Bounded windows, no nested quantifiers over overlapping classes.
 */
import type { PostureRule } from "./_posture_core.ts";

const r = String.raw;

/** Snapshots removed in bulk (all of them, or a listing fed to a delete). */
const SNAPSHOTS_PURGED = [
  r`\bbtrfs\s{1,4}subvolume\s{1,4}list\b[^\n)|]{0,40}\s-s\b[\s\S]{0,300}?\bbtrfs\s{1,4}subvolume\s{1,4}delete\b`,
  r`\bvim-cmd\s{1,4}vmsvc\/snapshot\.removeall\b`,
  r`\bzfs\s{1,4}list\b[^\n|]{0,40}-t\s{1,4}snap(?:shot)?\b[\s\S]{0,300}?\bzfs\s{1,4}destroy\b`,
  r`\bzfs\s{1,4}destroy\s{1,4}(?:-\w{1,4}\s{1,4}){0,3}[\w./-]{1,80}@%`,
  r`\bGet-VMSnapshot\b[^\n]{0,200}\|\s{0,4}Remove-VMSnapshot\b`,
  r`\bdescribe-snapshots\b[\s\S]{0,400}?\bdelete-snapshot\b`,
  r`\bgcloud\s{1,4}compute\s{1,4}snapshots\s{1,4}list\b[\s\S]{0,400}?\bsnapshots\s{1,4}delete\b`,
  r`\brm\s{1,4}-\w{0,3}[rR]\w{0,3}\s[^\n;&|]{0,200}?\/#snapshot\b`,
  r`\btmutil\s{1,4}deletelocalsnapshots\b`,
].join("|");

/** Backup archives or the backup software itself removed. */
const BACKUPS_REMOVED = [
  r`\brm\s{1,4}-\w{0,3}[rRf]\w{0,3}\s[^\n;&|]{0,300}?(?:backup|bkp|veeam|\.hbk\b|\.vbk\b|\.vib\b|\.tib\b|borg|restic|bacula|acronis|timemachine|time\s{0,1}machine)`,
  r`\b(?:Remove-Item|del|rmdir|rd)\b[^\n;&|]{0,300}?(?:backup|veeam|\.vbk\b|\.vib\b|\.tib\b|windowsimagebackup)`,
  r`\b(?:uninstall|remove|purge|erase)\b[^\n;&|]{0,40}?\b(?:hyper\s{0,1}backup|veeam\w{0,20}|acronis\w{0,20}|backup\w{0,20}|time\s{0,1}machine|restic|borg(?:backup|matic)?)\b`,
  r`\btmutil\s{1,4}(?:delete|disable)\b`,
].join("|");

/** A clear-text login protocol by port or name in a capture filter. */
const CLEARTEXT_AUTH =
  r`(?:\bport\s{1,4}(?:389|3268|21|23|110|143|1812|513)\b|\bport\s{1,4}(?:ldap|ftp|telnet|pop3|imap)\b|\b(?:ldap|ftp|telnet|pop|imap)\s{0,4}(?:and|or|&&|\|\||["'])|tcp\.port\s{0,3}==\s{0,3}(?:389|3268|21|23|110|143)\b)`;

/** The users / credential table. */
const USER_TABLE =
  r`\bfrom\s{1,4}(?:auth\.users|pg_(?:shadow|authid)|[\w."]{0,40}\b(?:users|accounts|customers|members|profiles|employees)\b)`;

/** Second-factor fields. */
const MFA_FIELD = r`["'\x60]?\w{0,20}(?:two_factor|twofactor|2fa|mfa|otp|totp)\w{0,30}["'\x60]?`;
/** The value that wipes them. */
const WIPED = r`(?:null|nil|none|false|0|''|"")\b`;

export const R47_POSTURE_RULES: PostureRule[] = [
  {
    id: "backup.recovery_points_destroyed",
    kind: "destructive_command",
    lit: ["subvolume", "removeall", "zfs", "vmsnapshot", "snapshots", "#snapshot", "tmutil"],
    re: new RegExp(SNAPSHOTS_PURGED, "i"),
    also: new RegExp(BACKUPS_REMOVED, "i"),
    why:
      "deletes every snapshot and the backups too: no recovery point is left (the step ransomware and sabotage take before they strike)",
  },
  {
    id: "esxi.remote_syslog_cut",
    kind: "defense_evasion",
    lit: "loghost",
    re:
      /\besxcli\s{1,4}system\s{1,4}syslog\s{1,4}config\s{1,4}set\b[^\n;&|]{0,80}--loghost(?:=|\s{1,4})(?:''|""|(?=\s|$|&|;))/i,
    why:
      "stops the host sending its logs to the central collector: what happens next leaves no record outside the host",
  },
  {
    id: "rdp.shadow_without_consent",
    kind: "privilege_escalation",
    lit: "shadow",
    re: new RegExp(
      [
        r`-Name\s{1,4}["']?Shadow["']?\s{1,4}(?:-PropertyType\s{1,4}\w{1,10}\s{1,4})?-Value\s{1,4}["']?[24]\b`,
        r`\/v\s{1,4}["']?Shadow["']?\s{1,4}(?:\/t\s{1,4}REG_DWORD\s{1,4})?\/d\s{1,4}(?:0x0{0,7})?[24]\b`,
        r`["']Shadow["']\s{0,4}[:=,]\s{0,4}[24]\b`,
        r`\bmstsc(?:\.exe)?\b[^\n]{0,80}\/shadow:[^\n]{0,60}\/noConsentPrompt\b`,
      ].join("|"),
      "i",
    ),
    also: /terminal\s{0,1}serv|winstations|rdp|mstsc/i,
    why:
      "lets an operator watch and control users' desktop sessions without asking them (RDP shadowing with no consent prompt)",
  },
  {
    id: "k8s.webhook_patched_external",
    kind: "persistence",
    lit: "webhookconfiguration",
    re:
      /\b(?:patch|edit|replace|set)\b[^\n]{0,40}\b(?:mutating|validating)webhookconfigurations?\b[\s\S]{0,600}?\burl["']?\s{0,3}(?::|,\s{0,3}["']?value["']?\s{0,3}:)\s{0,3}["']?https?:\/\/(?![\w-]{1,63}\.[\w-]{1,63}\.svc\b)/i,
    why:
      "points an admission webhook at an outside URL: every object the cluster admits (pod specs, secrets) is sent there and can be rewritten",
  },
  {
    id: "win.dc_service_plugin_dll",
    kind: "privilege_escalation",
    lit: ["serverlevelplugindll", "directoryserviceextpt"],
    re:
      /\b(?:ServerLevelPluginDll|DirectoryServiceExtPt)\b["']?\s{1,4}(?:\/t\s{1,4}REG_\w{1,12}\s{1,4})?(?:\/d\s{1,4}|-Value\s{1,4})?["']?(?:\\\\|[A-Za-z]:\\|%\w{1,20}%)/i,
    why:
      "makes a domain-controller service (DNS / directory) load a DLL at start: its code runs as SYSTEM on the domain controller",
  },
  {
    id: "net.cleartext_login_capture_shared",
    kind: "credential_theft",
    lit: ["tcpdump", "tshark", "dumpcap", "windump"],
    re: new RegExp(
      r`\b(?:tcpdump|tshark|dumpcap|windump)\b[^\n]{0,200}?\s-w\s{1,4}["']?(?:\/mnt\/|\/media\/|\/net\/|\/nfs\/|\\\\|\/\/|[^\s"']{0,80}(?:public|shared?|pub|www|html|nextcloud|dropbox|gdrive)\b)`,
      "i",
    ),
    also: new RegExp(CLEARTEXT_AUTH, "i"),
    why:
      "records clear-text logins (LDAP simple binds, FTP, Telnet, POP/IMAP) into a file on a shared location: everyone's password becomes readable",
  },
  {
    id: "data.retention_cut_then_dropped",
    kind: "destructive_command",
    lit: ["max_time_travel", "retention", "deletion", "point_in_time"],
    re: new RegExp(
      [
        r`\bmax_time_travel_hours\s{0,3}=\s{0,3}(?:4[89]|[1-3]\d|\d)\b`,
        r`\bdata_retention_time_in_days\s{0,3}=\s{0,3}0\b`,
        r`\bbackup[-_]retention[-_]period[\s=]{1,4}0\b`,
        r`\bdeletion[-_]protection["']?\s{0,3}[=:]\s{0,3}false\b|--no-deletion-protection\b`,
        r`\bpoint_in_time_recovery\w{0,20}["']?\s{0,3}[=:]\s{0,3}(?:false|disabled)\b`,
      ].join("|"),
      "i",
    ),
    also: /\bDROP\s{1,4}(?:SCHEMA|DATABASE|TABLE|DATASET)\b|\bbq\s{1,4}rm\s{1,4}-r\b/i,
    why:
      "shortens the recovery window (time travel, retention, deletion protection) and drops the data in the same batch: it cannot be restored",
  },
  {
    id: "sql.rows_changed_triggers_off",
    kind: "defense_evasion",
    lit: ["session_replication_role", "disable trigger", "sql_log_bin"],
    re:
      /\bsession_replication_role\s{0,3}(?:=|to)\s{0,3}'?replica\b|\bDISABLE\s{1,4}TRIGGER\b|\bsql_log_bin\s{0,3}=\s{0,3}(?:0|off)\b/i,
    also: /\bUPDATE\s{1,4}[\w."\x60\[\]]{1,80}\s{1,4}SET\b|\bDELETE\s{1,4}FROM\b/i,
    why:
      "changes or deletes rows with the triggers (audit, ledger, history) switched off: the change bypasses the records meant to catch it",
  },
  {
    id: "sql.definer_user_table_to_anon",
    kind: "data_exfiltration",
    lit: "security definer",
    re: /\bsecurity\s{1,4}definer\b/i,
    also: new RegExp(
      r`${USER_TABLE}[\s\S]{0,1500}?\bgrant\s{1,4}execute\s{1,4}on\s{1,4}(?:function\s{1,4})?[^;]{0,200}?\bto\s{1,4}(?:[\w"]{1,30}\s{0,2},\s{0,2}){0,3}(?:anon|public)\b`,
      "i",
    ),
    why:
      "publishes a function that runs with its owner's rights over the user table to anonymous callers: anyone can read every account's data",
  },
  {
    id: "auth.mfa_wiped_for_all",
    kind: "defense_evasion",
    lit: ["two_factor", "twofactor", "2fa", "mfa", "otp"],
    re: new RegExp(
      [
        // query builder / ORM: the whole table updated (no where before the update)
        r`(?:\btable\(\s{0,3}["'](?:users|accounts|members)["']\s{0,3}\)|\b(?:User|Account|Member)::query\(\)|\b(?:User|Account|Member)\.objects(?:\.all\(\))?)\s{0,3}(?:->|\.)\s{0,3}update\s{0,3}\(\s{0,3}[\[{]?[^;]{0,200}?${MFA_FIELD}\s{0,3}(?:=>|=|:)\s{0,3}${WIPED}`,
        // Rails: User.update_all(otp_secret: nil) / User.all.update_all(…)
        r`\b(?:User|Account|Member)s?(?:\.all)?\.update_all\s{0,3}\(\s{0,3}[^;)]{0,200}?${MFA_FIELD}\s{0,3}(?::|=>)\s{0,3}${WIPED}`,
        // SQL: UPDATE users SET mfa… = NULL with no WHERE in the statement
        r`\bUPDATE\s{1,4}[\w."\x60]{0,40}?(?:users|accounts|members)["\x60]?\s{1,4}SET\s[^;]{0,200}?${MFA_FIELD}\s{0,3}=\s{0,3}${WIPED}(?![^;]{0,300}\bWHERE\b)`,
      ].join("|"),
      "i",
    ),
    why:
      "removes the second factor (2FA/MFA secrets, recovery codes) from every account at once: all sign-ins fall back to the password alone",
  },
];
