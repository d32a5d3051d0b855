import { strictEqual } from "node:assert/strict";
import { blocks } from "./_cmd_testing.ts";
import { storageWipe } from "./_cmd_storage.ts";

/** Whole buckets emptied or removed, backups and snapshots deleted, with or without the program. */
Deno.test("command_injection blocks storage wipes and backup deletion", () => {
  const cases: [string, string][] = [
    ["command", "aws s3 rm s3://tenant-media --recursive"],
    ["command", "aws s3 rm s3://tenant-media/ --recursive --quiet"],
    ["args", "s3 rm s3://ledger-archive/2025/ --recursive"],
    ["command", "aws s3 rb s3://staging-assets --force"],
    ["command", "gsutil -m rm -r gs://ml-datasets/**"],
    ["command", "gcloud storage rm -r gs://pg-wal-archive/"],
    ["command", "gcloud storage buckets delete gs://team-drive-exports"],
    ["command", "rclone purge b2:family-photos"],
    ["command", "rclone delete wasabi:nightly-sauvegarde/db"],
    ["command", "mc rb --force minio/invoices"],
    ["command", "mc rm --recursive --force minio/db-backups/2026"],
    ["command", "az storage container delete --name exports --account-name corpdata"],
    ["command", "az storage blob delete-batch --source '$web' --account-name site01"],
    ["command", "aws rds delete-db-cluster-snapshot --db-cluster-snapshot-identifier nightly-7"],
    [
      "command",
      "aws backup delete-recovery-point --backup-vault-name Default --recovery-point-arn x",
    ],
    ["args", "ec2 delete-snapshot --snapshot-id snap-0f1e2d3c"],
    ["command", "gcloud sql backups delete 1700000000 --instance=orders"],
    ["command", "az snapshot delete -g rg-prod -n osdisk-snap"],
    ["command", "aws s3api delete-bucket --bucket logs-eu"],
    ["command", "echo done && aws s3 rm s3://media-sicherung --recursive"],
    [
      "command",
      "aws rds delete-db-cluster --db-cluster-identifier billing --skip-final-snapshot --delete-automated-backups",
    ],
    [
      "command",
      "aws rds delete-db-instance --delete-automated-backups --db-instance-identifier crm --skip-final-snapshot",
    ],
  ];
  for (const [key, v] of cases) strictEqual(blocks(key, v, "shell"), true, v);
});

Deno.test("command_injection passes ordinary storage cleanup and reads", () => {
  const cases: [string, string][] = [
    ["command", "aws s3 rm s3://ci-artifacts/tmp/build-991/ --recursive"],
    ["command", "aws rds delete-db-instance --db-instance-identifier pr-77 --skip-final-snapshot"],
    [
      "command",
      "aws rds delete-db-instance --db-instance-identifier crm-old --final-db-snapshot-identifier crm-old-final",
    ],
    ["command", "aws s3 rm s3://tenant-media/avatars/u-77.png"],
    ["command", "aws s3 ls s3://prod-backups/2026/11/"],
    ["command", "aws s3 cp s3://db-backups/orders-2026-11-20.dump /restore/"],
    ["command", "aws s3 sync ./dist s3://www-site/ --delete"],
    ["command", "gsutil rm gs://reports/old/q1.csv"],
    ["command", "gcloud storage ls gs://pg-wal-archive/"],
    ["command", "rclone purge b2:family-photos/tmp/thumbnails"],
    ["command", "rclone copy b2:nightly-backup/db ./restore"],
    ["command", "aws ec2 describe-snapshots --owner-ids self"],
    [
      "command",
      "aws rds create-db-snapshot --db-instance-identifier orders --db-snapshot-identifier s1",
    ],
    ["command", "az storage blob list --container-name exports --account-name corpdata"],
    ["command", "rm -rf node_modules && npm ci"],
    ["args", "s3 rm s3://ci-cache/pip/ --recursive"],
  ];
  for (const [key, v] of cases) strictEqual(blocks(key, v, "shell"), false, v);
});

Deno.test("storage wipes quoted in prose are left to the injection detector", () => {
  strictEqual(
    storageWipe("Step 4: run `aws s3 rb s3://scratch --force` after sign-off", true),
    undefined,
  );
});
