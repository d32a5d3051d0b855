/**
 * Round-46 posture techniques:
 *
 * - covert phone surveillance installed over adb (stalkerware): an app handed surveillance access
 *   (SMS, call log, microphone, camera, location, contacts through `appops set … allow` or
 *   `pm grant`, or an accessibility service / notification listener / device admin, which read
 *   every screen and message) together with its launcher icon hidden (`pm disable-user` of its
 *   launcher component, `pm hide`, `pm suspend`). Either half alone is how an MDM, a tester or an
 *   accessibility app is set up; both together is an app made to spy unseen (MITRE ATT&CK Mobile
 *   T1628 Hide Artifacts + T1636 Protected User Data);
 * - crypto-shredding of data-encryption keys: purging a soft-deleted Key Vault key, vault or
 *   managed HSM (`az keyvault key purge`, `az keyvault purge`, `Remove-AzKeyVault… -InRemovedState`)
 *   or destroying a Cloud KMS key version (`gcloud kms keys versions destroy`): every byte the key
 *   encrypts becomes unreadable for good (ATT&CK T1485 Data Destruction);
 * - backup storage destroyed at the storage layer: a Ceph pool or RBD snapshots of a pool whose
 *   name says backup/archive/replica deleted with the irreversibility confirmation (ATT&CK T1490
 *   Inhibit System Recovery).
 */
import type { PostureRule } from "./_posture_core.ts";

const r = String.raw;

/** A surveillance grant over adb. */
const SPY_GRANT = new RegExp(
  [
    r`\bappops\s{1,4}set\s{1,4}(?:--user\s{1,4}\d{1,3}\s{1,4})?[\w.]{3,120}\s{1,4}(?:android:)?(?:READ_SMS|RECEIVE_SMS|READ_CALL_LOG|RECORD_AUDIO|CAMERA|FINE_LOCATION|COARSE_LOCATION|ACCESS_FINE_LOCATION|MONITOR_LOCATION|READ_CONTACTS|READ_PHONE_STATE|GET_USAGE_STATS|PROJECT_MEDIA|SYSTEM_ALERT_WINDOW|READ_CLIPBOARD)\s{1,4}allow\b`,
    r`\bpm\s{1,4}grant\s{1,4}[\w.]{3,120}\s{1,4}android\.permission\.(?:READ_SMS|RECEIVE_SMS|READ_CALL_LOG|RECORD_AUDIO|CAMERA|ACCESS_FINE_LOCATION|ACCESS_BACKGROUND_LOCATION|READ_CONTACTS|PACKAGE_USAGE_STATS)\b`,
    r`\bsettings\s{1,4}put\s{1,4}secure\s{1,4}(?:enabled_accessibility_services|enabled_notification_listeners)\b`,
    r`\bdpm\s{1,4}set-(?:active-admin|device-owner|profile-owner)\b`,
  ].join("|"),
  "i",
);

export const R46_POSTURE_RULES: PostureRule[] = [
  {
    id: "android.hidden_surveillance_app",
    kind: "defense_evasion",
    lit: ["disable-user", "pm hide", "pm suspend", "disable "],
    re: new RegExp(
      r`\bpm\s{1,4}(?:disable(?:-user)?(?:\s{1,4}--user\s{1,4}\d{1,3})?\s{1,4}[\w.]{3,120}\/[\w.$]{0,120}?(?:launcher|main|splash|home|entry)[\w.$]{0,60}|hide(?:\s{1,4}--user\s{1,4}\d{1,3})?\s{1,4}[\w.]{3,120}|suspend\s{1,4}[\w.]{3,120})`,
      "i",
    ),
    also: SPY_GRANT,
    why:
      "installs an app with access to messages, microphone, location or every screen and hides its icon: covert surveillance of the phone's owner (stalkerware)",
  },
  {
    id: "kms.key_purge",
    kind: "destructive_command",
    lit: ["purge", "-inremovedstate", "versions destroy"],
    re: new RegExp(
      [
        r`\baz\s{1,4}keyvault\s{1,4}(?:key\s{1,4})?purge\b`,
        r`\baz\s{1,4}keyvault\s{1,4}purge\b`,
        r`\bRemove-AzKeyVault(?:Key|ManagedHsm)?\b[^\n|;]{0,200}-InRemovedState\b`,
        r`\bgcloud\s{1,4}kms\s{1,4}keys\s{1,4}versions\s{1,4}destroy\b`,
      ].join("|"),
      "i",
    ),
    why:
      "permanently destroys encryption keys (purged past soft-delete, or a KMS version destroyed): every piece of data they encrypt can never be decrypted again",
  },
  {
    id: "ceph.backup_pool_destroyed",
    kind: "destructive_command",
    lit: ["pool delete", "pool rm", "snap purge"],
    re: new RegExp(
      [
        r`\bceph\s{1,4}osd\s{1,4}pool\s{1,4}(?:delete|rm)\s{1,4}([\w.-]{0,60}(?:backup|bkp|veeam|archive|snapshot|replica|restic|borg|vault)[\w.-]{0,60})\s{1,4}\1\b`,
        r`\brbd\s{1,4}snap\s{1,4}purge\s{1,4}["']?[\w.-]{0,60}(?:backup|bkp|veeam|archive|replica)[\w.-]{0,60}\/`,
      ].join("|"),
      "i",
    ),
    why:
      "deletes backup or archive storage (Ceph pools, RBD snapshots) irreversibly: the data cannot be recovered",
  },
];
