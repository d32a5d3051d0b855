/**
 * Third pass, infrastructure as code (tfsec / Checkov / KICS catalogues, CIS AWS/GCP/Azure
 * benchmarks, the Kubernetes RBAC good-practice guide): storage opened to everyone, TLS turned off
 * or downgraded on a storage account or CDN, a cluster API or database port open to the internet,
 * the default service account bound to cluster-admin. Each rule is the resource's setting with
 * its insecure value; the private / scoped value passes.
 */
import type { AppsecRule } from "./_appsec_core.ts";

/** A static website (a bucket that is meant to be read by everyone). */
const WEBSITE =
  /\baws_s3_bucket_website_configuration\b|^\s{0,8}website\s{0,4}\{|\bWebsiteConfiguration\s{0,4}:/m;

export const APPSEC3_CLOUD_RULES: AppsecRule[] = [
  {
    id: "tf3.s3_public_acl",
    kind: "data_exfiltration",
    lit: ["public-read", "publicread", "authenticated-read", "authenticatedread"],
    re:
      /^\s{0,8}acl\s{0,40}=\s{0,4}"(?:public-read-write|public-read|authenticated-read)"|^\s{0,12}AccessControl\s{0,4}:\s{0,4}["']?(?:PublicReadWrite|PublicRead|AuthenticatedRead)\b/m,
    not: WEBSITE,
    why:
      "makes an S3 bucket readable (or writable) by everyone (tfsec aws-s3-no-public-access-with-acl, CIS AWS 2.1.5)",
  },
  {
    id: "tf3.s3_public_access_block_off",
    kind: "data_exfiltration",
    lit: "aws_s3_bucket_public_access_block",
    re:
      /\bresource\s{1,4}"aws_s3_bucket_public_access_block"[^{]{0,80}\{[^}]{0,400}\b(?:block_public_policy|restrict_public_buckets)\s{0,40}=\s{0,4}false\b/,
    not: WEBSITE,
    why:
      "turns off an S3 bucket's public access block (a public policy can then publish it; CIS AWS 2.1.5)",
  },
  {
    id: "tf3.gcs_all_users",
    kind: "data_exfiltration",
    lit: ["allusers", "allauthenticatedusers"],
    re:
      /\bresource\s{1,4}"google_storage_bucket_iam_(?:member|binding)"[^{]{0,80}\{[^}]{0,300}(?:\bmember\s{0,40}=\s{0,4}|\bmembers\s{0,40}=\s{0,4}\[[^\]]{0,200})"(?:allUsers|allAuthenticatedUsers)"/,
    not: WEBSITE,
    why:
      "grants a Cloud Storage bucket to allUsers / allAuthenticatedUsers (public data; CIS GCP 5.1)",
  },
  {
    id: "tf3.azure_storage_public_or_weak_tls",
    kind: "data_exfiltration",
    lit: [
      "allow_nested_items_to_be_public",
      "allow_blob_public_access",
      "min_tls_version",
      "enable_https_traffic_only",
      "https_traffic_only_enabled",
    ],
    re:
      /\b(?:allow_nested_items_to_be_public|allow_blob_public_access)\s{0,40}=\s{0,4}true\b|\bmin_tls_version\s{0,40}=\s{0,4}"TLS1_[01]"|\b(?:enable_https_traffic_only|https_traffic_only_enabled)\s{0,40}=\s{0,4}false\b/,
    also: /\bazurerm_storage_account\b/,
    why:
      "opens an Azure storage account's blobs to anonymous reads or allows plain HTTP / TLS 1.0 (CIS Azure 3.x)",
  },
  {
    id: "tf3.cdn_allow_http",
    kind: "defense_evasion",
    lit: "viewer_protocol_policy",
    re: /\bviewer_protocol_policy\s{0,40}=\s{0,4}"allow-all"/,
    why:
      "serves a CloudFront distribution over plain HTTP too (tfsec aws-cloudfront-enforce-https)",
  },
  {
    id: "tf3.k8s_api_public",
    kind: "app_weakness",
    lit: ["public_access_cidrs", "master_authorized_networks", "authorized_ip_ranges"],
    re:
      /\bpublic_access_cidrs\s{0,40}=\s{0,4}\[\s{0,4}"0\.0\.0\.0\/0"|\bmaster_authorized_networks_config\s{0,4}\{[^}]{0,200}cidr_block\s{0,40}=\s{0,4}"0\.0\.0\.0\/0"|\bauthorized_ip_ranges\s{0,40}=\s{0,4}\[\s{0,4}"0\.0\.0\.0\/0"/,
    why:
      "exposes the Kubernetes API server to the whole internet (tfsec aws-eks-no-public-cluster-access-to-cidr)",
  },
  {
    id: "cfn3.sg_world_admin_port",
    kind: "app_weakness",
    lit: [
      "cidrip: 0.0.0.0/0",
      "cidrip: '0.0.0.0/0'",
      'cidrip: "0.0.0.0/0"',
      '"cidrip": "0.0.0.0/0"',
    ],
    re:
      /\bFromPort["']?\s{0,4}:\s{0,4}["']?(22|23|445|1433|1521|2375|2379|3306|3389|5432|5984|6379|9200|11211|27017)\b["']?,?\s{0,12}["']?ToPort["']?\s{0,4}:\s{0,4}["']?\1\b["']?,?\s{0,12}["']?CidrIp["']?\s{0,4}:\s{0,4}["']?0\.0\.0\.0\/0/,
    why:
      "opens SSH/RDP or a database port to 0.0.0.0/0 in a CloudFormation security group (CIS AWS 5.2)",
  },
  {
    id: "k8s3.default_sa_cluster_admin",
    kind: "privilege_escalation",
    lit: "cluster-admin",
    re:
      /\bkind\s{0,4}:\s{0,4}ClusterRoleBinding\b[\s\S]{0,600}?(?:\bkind\s{0,4}:\s{0,4}ServiceAccount\s{0,8}\n\s{0,8}name\s{0,4}:\s{0,4}default\b[\s\S]{0,400}?\bname\s{0,4}:\s{0,4}cluster-admin\b|\bname\s{0,4}:\s{0,4}cluster-admin\b[\s\S]{0,400}?\bkind\s{0,4}:\s{0,4}ServiceAccount\s{0,8}\n\s{0,8}name\s{0,4}:\s{0,4}default\b)/,
    why:
      "binds a namespace's default service account to cluster-admin (every pod there owns the cluster)",
  },
  {
    id: "tf3.volume_unencrypted",
    kind: "data_exfiltration",
    lit: [
      "aws_ebs_volume",
      "aws_ebs_encryption_by_default",
      "root_block_device",
      "ebs_block_device",
    ],
    re:
      /\b(?:resource\s{1,4}"aws_ebs_volume"[^{]{0,80}\{[^}]{0,300}|(?:root|ebs)_block_device\s{0,4}\{[^}]{0,200})\bencrypted\s{0,40}=\s{0,4}false\b|\bresource\s{1,4}"aws_ebs_encryption_by_default"[^{]{0,80}\{[^}]{0,80}\benabled\s{0,40}=\s{0,4}false\b/,
    why: "stores an EBS volume unencrypted (tfsec aws-ebs-enable-volume-encryption, CIS AWS 2.2.1)",
  },
  {
    id: "tf3.azure_nsg_admin_port_any",
    kind: "app_weakness",
    lit: ["azurerm_network_security_rule", "security_rule"],
    re:
      /\bdestination_port_ranges?\s{0,40}=\s{0,4}\[?\s{0,4}"(?:22|3389|1433|3306|5432|5985|5986|6379|27017|\*)"[^}]{0,300}\bsource_address_prefix\s{0,40}=\s{0,4}"(?:\*|0\.0\.0\.0\/0|Internet|Any)"|\bsource_address_prefix\s{0,40}=\s{0,4}"(?:\*|0\.0\.0\.0\/0|Internet|Any)"[^}]{0,300}\bdestination_port_ranges?\s{0,40}=\s{0,4}\[?\s{0,4}"(?:22|3389|1433|3306|5432|5985|5986|6379|27017|\*)"/,
    also: /\bdirection\s{0,40}=\s{0,4}"Inbound"/,
    not: /\baccess\s{0,40}=\s{0,4}"Deny"/,
    why:
      "opens SSH/RDP/WinRM or a database port to the whole internet in an Azure NSG (CIS Azure 6.1/6.2)",
  },
  {
    id: "tf3.iam_user_admin_policy",
    kind: "privilege_escalation",
    lit: "policy/administratoraccess",
    re:
      /\bresource\s{1,4}"aws_iam_(?:user|group)_policy_attachment"[^{]{0,80}\{[^}]{0,200}\bpolicy_arn\s{0,40}=\s{0,4}"arn:aws:iam::aws:policy\/AdministratorAccess"/,
    why: "gives an IAM user (long-lived keys) full administrator access (CIS AWS 1.16)",
  },
];
