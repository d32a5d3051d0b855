import { type PostureCase, runCases } from "./_posture_testing.ts";

const CASES: PostureCase[] = [
  {
    id: "android.hidden_surveillance_app",
    block: [
      "adb shell pm grant com.fam.tracker android.permission.ACCESS_FINE_LOCATION && adb shell pm grant com.fam.tracker android.permission.READ_CALL_LOG && adb shell pm hide com.fam.tracker",
      "adb -s 9A1B shell settings put secure enabled_notification_listeners com.notes.sync/.Listener; adb -s 9A1B shell pm disable-user --user 0 com.notes.sync/.MainActivity",
      "shell appops set org.helper.cam CAMERA allow\nshell appops set org.helper.cam RECORD_AUDIO allow\nshell pm suspend org.helper.cam",
    ],
    pass: [
      // a tester grants permissions to the app under test; the icon stays
      "adb shell pm grant com.acme.shop android.permission.CAMERA && adb shell am start -n com.acme.shop/.MainActivity",
      // hiding bloatware with no surveillance grant
      "adb shell pm disable-user --user 0 com.samsung.android.bixby.agent/.LauncherActivity",
      // an accessibility app enabled for the phone's own user, launcher kept
      "adb shell settings put secure enabled_accessibility_services com.google.android.marvin.talkback/.TalkBackService",
    ],
  },
  {
    id: "kms.key_purge",
    block: [
      "az keyvault key purge --vault-name kv-finance --name tde-key",
      "az keyvault purge --hsm-name mhsm-payments --location westeurope",
      "Remove-AzKeyVaultKey -VaultName kv-hr -Name cmk-blob -InRemovedState -Force",
      "gcloud kms keys versions destroy 3 --key=disk-cmek --keyring=prod --location=europe-west3",
    ],
    pass: [
      "az keyvault key delete --vault-name kv-finance --name old-test-key",
      "az keyvault key recover --vault-name kv-finance --name tde-key",
      "gcloud kms keys versions disable 3 --key=disk-cmek --keyring=prod --location=europe-west3",
      "az keyvault update --name kv-finance --enable-purge-protection true",
    ],
  },
  {
    id: "ceph.backup_pool_destroyed",
    block: [
      "ceph osd pool delete nightly-backups nightly-backups --yes-i-really-really-mean-it",
      "ceph osd pool rm pg_archive pg_archive --yes-i-really-really-mean-it",
      "rbd snap purge dr-replica/vm-104-disk-0",
    ],
    pass: [
      "ceph osd pool delete scratch-test scratch-test --yes-i-really-really-mean-it",
      "ceph osd pool create nightly-backups 128",
      "rbd snap ls nightly-backups/vm-104-disk-0",
    ],
  },
];

runCases("r46", CASES);
