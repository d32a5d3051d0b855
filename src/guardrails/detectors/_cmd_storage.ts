/**
 * Recovery destroyed from the command line (MITRE ATT&CK T1490, "inhibit system recovery", on
 * cloud storage): a command or argv that
 *
 * - empties or removes a whole object-store bucket or container: `aws s3 rm s3://b --recursive`,
 *   `aws s3 rb s3://b --force`, `gsutil -m rm -r gs://b`, `gcloud storage rm -r gs://b/**`,
 *   `az storage container delete`, `az storage blob delete-batch`, `azcopy rm … --recursive`,
 *   `rclone purge remote:b`, `mc rb --force alias/b` — a prefix inside a bucket
 *   (`s3://b/tmp/build-7/`) is ordinary cleanup and passes;
 * - deletes backups wherever they sit: a recursive delete whose target names backups, snapshots,
 *   archives or recovery data (`s3://b/backups/`, `gs://db-snapshots`), or the cloud APIs that drop
 *   snapshots, recovery points, backup vaults and bucket versions (`aws ec2 delete-snapshot`,
 *   `aws rds delete-db-snapshot`, `aws backup delete-recovery-point`, `gcloud compute snapshots
 *   delete`, `az snapshot delete`, `az backup … --delete-backup-data`, `aws s3api delete-bucket`),
 *   or an RDS database deleted with no final snapshot AND its automated backups
 *   (`--skip-final-snapshot --delete-automated-backups`: nothing left to restore from).
 *
 * Argv arrays are read as one line by the engine (`<argv>` views), so `["s3", "rm", "s3://b",
 * "--recursive"]` is judged like the typed command; the program name may be missing there (the
 * tool is the program). Only command-like fields are judged: prose that quotes such a command
 * (a runbook, a post-mortem) is the injection detector's business.
 */

/** Words every command below holds (one pass before the patterns). */
const STORAGE_WORD = /s3|gs:\/\/|gsutil|gcloud|az\s|azcopy|rclone|mc\s|snapshot|backup|recovery/i;

/** A storage URL: scheme, bucket, optional key path (group 1 bucket, group 2 path). */
const STORAGE_URL = /\b(?:s3|s3a|gs|r2|b2|oss|cos):\/\/([\w.-]{2,80})(\/[^\s'"`;|&)]{0,300})?/gi;
/** A recursive or forced delete verb of the storage CLIs (the program name may be absent). */
const RECURSIVE_DELETE =
  /(?:^|[\s'"`;|&(])(?:(?:aws\s+)?s3\s+rm\b(?=[^\n;|&]{0,400}\s--recursive\b)|(?:aws\s+)?s3\s+rb\b|(?:gsutil\s+(?:-\w+\s+){0,3})?rm\s+(?:-\w+\s+){0,3}-[a-z]*r|(?:gsutil\s+(?:-\w+\s+){0,3})?rb\b|(?:gcloud\s+)?storage\s+(?:rm\s+(?:[^\n;|&]{0,200}\s)?(?:-r|--recursive)\b|buckets\s+delete\b)|azcopy\s+(?:rm|remove)\b(?=[^\n;|&]{0,400}--recursive)|rclone\s+(?:purge|delete)\b|mc\s+(?:rb\b|rm\b(?=[^\n;|&]{0,200}(?:--recursive|-r\b))))/i;
/** A whole-bucket target: no key, `/`, `/*` or `/**`. */
const WHOLE = /^(?:\/?\*{0,2})?$/;
/** Names of backup and recovery data. */
const BACKUP_NAME =
  /backup|bkp|(?:^|[\W_])bak(?:$|[\W_])|snapshot|snap(?:$|[\W_])|archive|recovery|disaster|(?:^|[\W_])dr(?:$|[\W_])|pitr|(?:^|[\W_])wal(?:$|[\W_])|restore|sicherung|respaldo|sauvegarde/i;
/** Azure and rclone/mc forms that take a container or remote, not a URL. */
const CONTAINER_WIPE =
  /\baz\s+storage\s+(?:container\s+delete|blob\s+delete-batch|fs\s+delete|share\s+delete)\b|\brclone\s+purge\s+(?:-\S+\s+){0,3}[\w.-]{1,60}:[\w.-]{0,80}\/?(?=$|\s|['"])|\bmc\s+rb\s+(?:-\S+\s+){0,3}--force\b/i;
/** rclone/mc deletes of a `remote:path` or `alias/path` target (group 1). */
const REMOTE_DELETE =
  /\b(?:rclone\s+(?:purge|delete)|mc\s+rm(?=[^\n;|&]{0,200}(?:--recursive|\s-r\b)))\s+(?:-\S+\s+){0,4}(\S{1,300})/i;
/** Cloud APIs that destroy snapshots, recovery points, backup vaults or whole buckets. */
const BACKUP_API =
  /\b(?:aws\s+)?rds\s+delete-db-(?:instance|cluster)\b(?=[^\n;|&]{0,400}--skip-final-snapshot)(?=[^\n;|&]{0,400}--delete-automated-backups)|\b(?:aws\s+)?(?:ec2\s+delete-snapshot|rds\s+delete-db-(?:cluster-)?snapshot|backup\s+delete-(?:recovery-point|backup-vault|backup-plan)|dynamodb\s+delete-backup|s3api\s+delete-bucket\b(?!-)|lightsail\s+delete-\w*snapshot|redshift\s+delete-cluster-snapshot|elasticache\s+delete-snapshot|fsx\s+delete-backup)|(?:\bgcloud\s+|^\s*)(?:compute\s+snapshots|sql\s+backups|filestore\s+backups)\s+delete\b|\baz\s+(?:snapshot\s+delete|backup\s+(?:protection\s+disable\b[^\n;|&]{0,200}--delete-backup-data|vault\s+delete|item\s+delete))\b/i;

/** Why `text` (a command or an argv line) destroys storage or backups, or undefined. */
export function storageWipe(text: string, free: boolean): string | undefined {
  if (free || text.length > 8192 || !STORAGE_WORD.test(text)) return undefined;
  if (BACKUP_API.test(text)) return "deletes backups, snapshots or recovery points";
  const del = RECURSIVE_DELETE.exec(text);
  if (del) {
    STORAGE_URL.lastIndex = del.index;
    for (let m = STORAGE_URL.exec(text); m; m = STORAGE_URL.exec(text)) {
      if (BACKUP_NAME.test(m[0])) {
        return "recursively deletes backups or snapshots in object storage";
      }
      if (WHOLE.test(m[2] ?? "")) return "empties or removes a whole object-storage bucket";
    }
  }
  if (CONTAINER_WIPE.test(text)) {
    return "empties or removes a whole storage container, remote or bucket";
  }
  const r = REMOTE_DELETE.exec(text);
  if (r && BACKUP_NAME.test(r[1])) return "recursively deletes backups or snapshots in storage";
  return undefined;
}

/** {@link storageWipe} as a command-detector technique. */
export function storageWipeTechnique(
  text: string,
  free: boolean,
): { kind: string; reason: string } | undefined {
  const why = storageWipe(text, free);
  return why ? { kind: "destructive_command", reason: why } : undefined;
}
