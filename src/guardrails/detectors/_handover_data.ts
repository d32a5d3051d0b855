/**
 * Access handover, data: buckets copied to another owner's bucket (S3, Cloud Storage, Azure Blob)
 * or exported there (BigQuery, Cloud SQL), files synced to a personal cloud drive (rclone) or an
 * outside object store (MinIO), backups written to an outside repository (restic, borg, duplicity,
 * kopia), dumps and data directories copied or streamed to an outside server, long-lived presigned
 * links, mailboxes exported to an outside share, credentials mailed out or published as gists
 * (repositories and images: ./_handover_repos.ts). From MITRE ATT&CK T1537 (transfer data to cloud account), T1567 (.001 code
 * repository, .002 cloud storage), T1048 (alternative protocol), T1030, T1020 (automated
 * exfiltration), T1530, T1114.002 (remote mailbox export); Elastic detection-rules
 * (exfiltration_rclone_*, exfiltration_aws_s3_*), Sigma `proc_creation_win_pua_rclone_execution`,
 * `proc_creation_lnx_rclone_*`; the aws s3 / gcloud storage / azcopy / rclone / restic references.
 */
import { EMAIL, r } from "./_ctlplane_core.ts";
import {
  differentOwner,
  type HandoverRule,
  notOwnHost,
  outsideHost,
  outsideMail,
  outsiderName,
  PUBLIC_IP,
} from "./_handover_core.ts";

/** Personal cloud-drive rclone remotes (the remote's name, before the colon). */
const PERSONAL_REMOTE =
  r`(?:mega|dropbox|gdrive|googledrive|google-drive|drive|onedrive|pcloud|box|icloud|yandex|koofr|mediafire|4shared|putio|opendrive|jottacloud|filen|proton|protondrive|personal|my|mine|exfil|loot|ext|external|partner|vendor|anon)`;

/** A remote name with a personal part (`mega:`, `remote-personal:`, `my-drive:`). */
const REMOTE = r`(?:[\w]{1,20}[-_])?${PERSONAL_REMOTE}(?:[-_][\w-]{0,20})?:`;

/** Two bucket-style URLs in one copy command (group 1 source, group 2 destination). */
const BUCKET_PAIR = new RegExp(
  r`\b(?:s3|gs):\/\/([\w.-]{3,63})\S{0,300}?\s{1,3}(?:--?\S{1,40}\s{1,3}){0,4}(?:s3|gs):\/\/([\w.-]{3,63})`,
  "gi",
);
const AZ_PAIR =
  /https:\/\/([a-z0-9]{3,24})\.(?:blob|dfs|file)\.core\.windows\.net\S{0,300}?\s{1,3}["']?https:\/\/([a-z0-9]{3,24})\.(?:blob|dfs|file)\.core\.windows\.net/gi;

function pairDiffers(re: RegExp, view: string): boolean {
  for (const m of view.matchAll(re)) if (differentOwner(m[1], m[2])) return true;
  return false;
}

/** Files that hold credentials (a `.env`, a kubeconfig, cloud credentials, private keys). */
const SECRET_FILE =
  r`(?:\.env(?:\.\w{1,12})?|\.kube\/config|kubeconfig\S{0,40}|\.aws\/credentials|credentials\.json|service-account\S{0,40}\.json|id_(?:rsa|ed25519|ecdsa)|\.pem|\.npmrc|\.pypirc|\.netrc|\.git-credentials|secrets?\.(?:ya?ml|json|env|txt))(?![\w])`;

/** Data worth taking: dumps, database directories, home directories, exports, secrets. */
const DATA =
  r`(?:dump|\.sql\b|\.bak\b|backup|\/var\/lib\/(?:mysql|postgresql|mongodb|redis)|\/home\/|\/srv\/|customers?|export|\.csv\b|secrets?|\.env\b|prod|payroll|users)`;

export const HANDOVER_DATA_RULES: readonly HandoverRule[] = [
  {
    id: "bucket.copied_to_other_owner",
    lit: ["s3://", "gs://", ".core.windows.net"],
    re:
      /\b(?:aws\s{1,3}s3\s{1,3}(?:sync|cp|mv)|gsutil\s{1,3}(?:-m\s{1,3})?(?:cp|rsync|mv)|gcloud\s{1,3}storage\s{1,3}(?:cp|rsync|mv)|azcopy\s{1,3}(?:copy|cp|sync))\b/i,
    judge: (view) =>
      pairDiffers(BUCKET_PAIR, view) || pairDiffers(AZ_PAIR, view) ||
      /\b(?:s3|gs):\/\/[\w.-]{3,63}\S{0,200}\s[^\n;|]{0,200}?--profile[= ]{1,3}["']?[\w-]{0,40}/i
          .test(view) &&
        outsiderName(/--profile[= ]{1,3}["']?([\w-]{1,40})/i.exec(view)?.[1] ?? ""),
    why: "copies a bucket's data into a bucket or account of another owner",
  },
  {
    id: "rclone.personal_drive",
    lit: "rclone",
    re: new RegExp(
      r`\brclone\s{1,3}(?:copy|sync|move|copyto|moveto|bisync)\s(?:[^\n;|]{0,200}?\s)?${REMOTE}\S{0,200}`,
      "i",
    ),
    not: new RegExp(
      r`\brclone\s{1,3}(?:copy|sync|move|copyto|moveto)\s(?:--?\S{1,40}\s{1,3}){0,6}${REMOTE}\S{0,200}\s{1,3}(?:\.{0,2}\/|~)`,
      "i",
    ),
    why: "copies data to a personal or outside cloud drive with rclone",
  },
  {
    id: "backup.outside_repository",
    lit: ["restic", "borg", "duplicity", "kopia", "duplicacy"],
    re:
      /\b(?:restic\s[^\n;|]{0,120}?(?:-r|--repo)[= ]{1,3}["']?(?:sftp:|rest:https?:\/\/)|borg\s{1,3}(?:create|init)\s[^\n;|]{0,160}?ssh:\/\/|duplicity\s[^\n;|]{0,200}?(?:sftp|scp|ssh|rsync|ftp|ftps|webdav|mega|pydrive|dropbox):\/\/|kopia\s{1,3}repository\s{1,3}(?:create|connect)\s{1,3}(?:sftp|webdav|rclone)\b|duplicacy\s{1,3}init\b[^\n;|]{0,160}?sftp:\/\/)/i,
    judge: (view) => {
      const m =
        /(?:sftp:|rest:https?:\/\/|ssh:\/\/|(?:sftp|scp|ssh|rsync|ftps?|webdav):\/\/|--host[= ])(?:[\w.-]{1,64}(?::[^@\s]{0,80})?@)?([\w.-]{3,120})/i
          .exec(view);
      return m !== null && outsideHost(view, m[0]);
    },
    why: "writes a backup of this machine's data to a repository on an outside host",
  },
  {
    id: "copy.data_to_outside_host",
    lit: ["scp", "rsync", "sftp"],
    re: new RegExp(
      r`\b(?:scp|rsync|sftp)\s[^\n;|]{0,200}?${DATA}[^\n;|]{0,200}?\s([\w.-]{1,64}@[\w.-]{3,120}):`,
      "i",
    ),
    judge: (view) => {
      for (const m of view.matchAll(/\s([\w.-]{1,64}@[\w.-]{3,120}):/g)) {
        if (outsideHost(view, m[1])) return true;
      }
      return false;
    },
    why: "copies dumps, database files or home directories to an outside host",
  },
  {
    id: "db.dump_into_outside_server",
    lit: ["pg_dump", "mysqldump", "mongodump", "pg_dumpall", "mariadb-dump"],
    re:
      /\b(?:pg_dump(?:all)?|mysqldump|mariadb-dump|mongodump)\b[^\n;]{0,300}?\|\s{0,3}(?:(?:gzip|zstd|xz|bzip2)\b[^\n;|]{0,40}\|\s{0,3})?(?:psql|mysql|mariadb|mongorestore|ssh|nc|ncat|socat)\b[^\n;|]{0,200}/i,
    judge: (view) => {
      const m =
        /\|\s{0,3}(?:(?:gzip|zstd|xz|bzip2)\b[^\n;|]{0,40}\|\s{0,3})?(?:psql|mysql|mariadb|mongorestore|ssh|nc|ncat|socat)\b([^\n;|]{0,200})/i
          .exec(view);
      if (m === null) return false;
      const dest = m[1];
      if (new RegExp(PUBLIC_IP).test(dest) || outsiderName(dest)) return true;
      const h =
        /(?:-h\s{0,2}|--host[= ]|@|mongodb(?:\+srv)?:\/\/(?:[^@\s]{1,80}@)?)([\w-]{1,63}(?:\.[\w-]{1,63}){1,6})/i
          .exec(dest);
      return h !== null && notOwnHost(view, h[1]) &&
        !/\.(?:internal|local|corp|lan)$/i.test(h[1]) && outsideHost(view, h[1]);
    },
    why: "streams a database dump straight into a server outside the organisation",
  },
  {
    id: "s3.long_presigned_link",
    lit: "presign",
    re:
      /\baws\s{1,3}s3\s{1,3}presign\s{1,3}s3:\/\/\S{3,300}[^\n;|]{0,80}?--expires-in[= ]{1,3}(?:[2-9]\d{5}|1\d{6}|6048\d\d|[3-5]\d{5})\b/i,
    why: "hands out a days-long anonymous download link to a bucket object (aws s3 presign)",
  },
  {
    id: "mail.export_to_outside_share",
    lit: ["new-mailboxexportrequest", "new-compliancesearchaction"],
    re: /\bNew-MailboxExportRequest\b[^\n;|]{0,200}?-FilePath\s{1,3}["']?\\\\([\w.-]{3,120})\\/i,
    judge: (view) => {
      const m = /-FilePath\s{1,3}["']?\\\\([\w.-]{3,120})\\/i.exec(view);
      return m !== null && (new RegExp(`^${PUBLIC_IP}$`).test(m[1]) || outsideHost(view, m[1]));
    },
    why: "exports a mailbox to a file share on an outside host",
  },
  {
    id: "gcp.export_to_other_bucket",
    lit: ["bq extract", "sql export", "firestore export", "datastore export"],
    re:
      /\b(?:bq\s{1,3}extract\b[^\n;|]{0,200}?\s["']?([\w-]{3,63})[:.][\w.$-]{1,200}\s{1,3}["']?gs:\/\/([\w.-]{3,63})|gcloud\s{1,3}(?:sql\s{1,3}export\s{1,3}(?:sql|csv|bak)|firestore\s{1,3}export|datastore\s{1,3}export)\s{1,3}(?:[\w-]{3,63}\s{1,3})?["']?gs:\/\/([\w.-]{3,63}))/i,
    judge: (view) => {
      const bq =
        /\bbq\s{1,3}extract\b[^\n;|]{0,200}?\s["']?([\w-]{3,63})[:.][\w.$-]{1,200}\s{1,3}["']?gs:\/\/([\w.-]{3,63})/i
          .exec(view);
      if (bq !== null) return differentOwner(bq[1], bq[2]);
      const g = /\bgcloud\s{1,3}(?:sql|firestore|datastore)\b[^\n;|]{0,120}?gs:\/\/([\w.-]{3,63})/i
        .exec(view);
      const p = /(?:--project[= ]{1,3}|\bsql\s{1,3}export\s{1,3}\w{2,4}\s{1,3})["']?([\w-]{3,63})/i
        .exec(view);
      return g !== null && p !== null && differentOwner(p[1], g[1]);
    },
    why: "exports a warehouse table or database into another owner's Cloud Storage bucket",
  },
  {
    id: "minio.outside_alias",
    lit: "mc alias set",
    re: new RegExp(
      r`\bmc\s{1,3}alias\s{1,3}set\s{1,3}([\w-]{1,40})\s{1,3}["']?https?:\/\/(${PUBLIC_IP}|[\w.-]{3,120})[\s\S]{0,400}?\bmc\s{1,3}(?:mirror|cp|mv)\b`,
      "i",
    ),
    judge: (view) => {
      const m =
        /\bmc\s{1,3}alias\s{1,3}set\s{1,3}[\w-]{1,40}\s{1,3}["']?https?:\/\/([\w.-]{3,120})/i.exec(
          view,
        );
      return m !== null && outsideHost(view, m[1]);
    },
    why: "mirrors data into an object store on an outside host (MinIO client alias)",
  },
  {
    id: "creds.sent_to_outsider",
    lit: ["mail ", "mailx", "sendmail", "mutt", "swaks", "gist create"],
    re: new RegExp(
      r`\b(?:sts\s{1,3}get-session-token|sts\s{1,3}assume-role|create-access-key|print-access-token|print-identity-token|get-access-token|config\s{1,3}view\s[^\n|]{0,60}?--raw|create\s{1,3}token|token\s{1,3}create|auth\s{1,3}token|keys\s{1,3}(?:create|list)|credential\s{1,3}reset|config:get|api_keys|get-secret-value|secrets?\s{1,3}(?:get|show|access)|kv\s{1,3}get|show-connection-string|DATABASE_URL|${SECRET_FILE})(?![\w-])[^\n]{0,200}?\|\s{0,3}(?:(?:base64|gzip|cat)\b[^\n|]{0,40}\|\s{0,3})?(?:mailx?|s-nail|sendmail|mutt|swaks|gh\s{1,3}gist\s{1,3}create)\b([^\n;|]{0,200})`,
      "i",
    ),
    judge: (view) => {
      const m =
        /\|\s{0,3}(?:mailx?|s-nail|sendmail|mutt|swaks|gh\s{1,3}gist\s{1,3}create)\b([^\n;|]{0,200})/i
          .exec(view);
      if (m === null) return false;
      if (/gist\s{1,3}create/i.test(m[0])) return /(?:--public|\s-p)\b/.test(m[1]);
      for (const a of m[1].matchAll(new RegExp(EMAIL, "gi"))) {
        if (outsideMail(view, a[1])) return true;
      }
      return false;
    },
    why:
      "sends freshly minted credentials, a kubeconfig or a secrets file to an outside address or a public gist",
  },
  {
    id: "gist.public_secret_file",
    lit: "gist create",
    re: new RegExp(
      r`\bgh\s{1,3}gist\s{1,3}create\b(?=[^\n;|]{0,200}?(?:--public|\s-p\b))[^\n;|]{0,200}?${SECRET_FILE}`,
      "i",
    ),
    why: "publishes a secrets or credentials file as a public gist",
  },
];
