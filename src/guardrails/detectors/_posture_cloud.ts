/**
 * Posture rules for AWS, Google Cloud and Azure: identity policies that grant everything or the
 * escalation primitives, trust to anyone, credentials added to an identity, data made public
 * (buckets, snapshots, images, databases), admin ports opened to the internet, and the audit and
 * detection services (CloudTrail, Config, GuardDuty, Security Hub, flow logs, Defender, org
 * policies) switched off. CLI commands, SDK calls and IaC documents alike.
 */
import { type PostureRule, PUBLIC_PRINCIPAL_ACTION } from "./_posture_core.ts";

const r = String.raw;
/** Administration, database and cleartext ports that should never face the internet. */
const ADMIN_PORT =
  r`(?:22|23|3389|445|135|139|1433|1521|3306|5432|5984|6379|9200|9300|11211|27017|2375|2376|2379|5601|5900|5985|5986|6443|10250|8500|9000)`;
const ANYWHERE = r`(?:0\.0\.0\.0\/0|::\/0)`;

export const CLOUD_RULES: PostureRule[] = [
  // --- AWS identity ---------------------------------------------------------------------------------
  {
    id: "aws.policy_star_star",
    kind: "privilege_escalation",
    lit: "action",
    re:
      /["']?Action["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}-?\s{0,3}["']\*["']\s{0,3}\]?[^{}]{0,300}["']?Resource["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}-?\s{0,3}["']\*["']|["']?Resource["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}-?\s{0,3}["']\*["']\s{0,3}\]?[^{}]{0,300}["']?Action["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}-?\s{0,3}["']\*["']/i,
    also: /["']?Effect["']?\s{0,3}[:=]\s{0,3}["']?Allow\b/i,
    not: /["']?Condition["']?\s{0,3}[:=]|NotAction|["']?Deny\b/i,
    why:
      "creates an identity policy that allows every action on every resource (full administrator)",
  },
  {
    id: "aws.passrole_any",
    kind: "privilege_escalation",
    lit: "iam:passrole",
    re:
      /["']iam:(?:PassRole|\*)["'][^{}]{0,300}["']?Resource["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}-?\s{0,3}["']\*["']|["']?Resource["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}-?\s{0,3}["']\*["']\s{0,3}\]?[^{}]{0,300}["']iam:PassRole["']/i,
    also: /["']?Effect["']?\s{0,3}[:=]\s{0,3}["']?Allow\b/i,
    not: /["']?Condition["']?\s{0,3}[:=][^{}]{0,40}\{[^{}]{0,200}iam:PassedToService/i,
    why:
      "allows passing any role to any service (the holder can run code as the most privileged role)",
  },
  {
    id: "aws.trust_anyone",
    kind: "privilege_escalation",
    lit: "sts:assumerole",
    re:
      /["']?Principal["']?\s{0,3}[:=]\s{0,3}(?:["']\*["']|\{\s{0,3}["']?AWS["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}-?\s{0,3}["']\*["'])/i,
    also: /["']sts:AssumeRole(?:WithWebIdentity)?["']|["']sts:\*["']/i,
    not: /["']?Condition["']?\s{0,3}[:=]/i,
    why: "lets any AWS account in the world assume the role",
  },
  {
    id: "aws.admin_to_user",
    kind: "privilege_escalation",
    lit: ["administratoraccess", "iamfullaccess"],
    re:
      /\battach_?(?:user|group)_?policy\b[\s\S]{0,300}?arn:aws:iam::aws:policy\/(?:AdministratorAccess|IAMFullAccess)\b|\battach-(?:user|group)-policy\b[^\n]{0,200}arn:aws:iam::aws:policy\/(?:AdministratorAccess|IAMFullAccess)\b|\battach-role-policy\b[^\n]{0,200}arn:aws:iam::aws:policy\/AdministratorAccess\b[^\n]{0,200}--role-name[= ]["']?[\w+=,.@-]{0,40}(?:lambda|ec2|instance|ecs|task|build|ci)/i,
    why: "attaches full administrator rights to a user, group or workload role",
  },
  {
    id: "aws.login_profile_added",
    kind: "persistence",
    lit: ["create-login-profile", "update-assume-role-policy"],
    re:
      /\biam\s{1,3}create-login-profile\b[^\n]{0,200}--user-name[= ]["']?[\w+=,.@-]{0,40}(?:svc|service|bot|ci|deploy|automation|backup|lambda)/i,
    why:
      "gives a service account a console password (a human login that bypasses the usual sign-in controls)",
  },
  {
    id: "aws.mfa_removed_root",
    kind: "defense_evasion",
    lit: "mfa",
    re:
      /\b(?:deactivate-mfa-device|delete-virtual-mfa-device)\b[^\n]{0,200}(?:root-account-mfa-device|:mfa\/root|--user-name[= ]["']?(?:root|admin\w{0,10}|break-?glass\w{0,10})\b)/i,
    why: "removes MFA from the root or an administrator account",
  },
  // --- AWS data made public -------------------------------------------------------------------------
  {
    id: "aws.bucket_public_write",
    kind: "data_exfiltration",
    lit: ["public-read-write", "allusers", "authenticatedusers"],
    re:
      /--acl[= ]["']?public-read-write\b|\bacl["']?\s{0,3}[=:]\s{0,3}["']public-read-write["']|--grant-(?:full-control|write|write-acp)[= ]["']?uri=["']?https?:\/\/acs\.amazonaws\.com\/groups\/global\/(?:AllUsers|AuthenticatedUsers)/i,
    why: "makes a bucket writable by anyone on the internet",
  },
  {
    id: "aws.public_access_block_off",
    kind: "data_exfiltration",
    lit: ["public-access-block", "publicaccessblock", "block_public"],
    re:
      /\bdelete-(?:account-)?public-access-block\b|\bBlockPublic(?:Acls|Policy)\s{0,2}=\s{0,2}false\b[^\n]{0,200}\bRestrictPublicBuckets\s{0,2}=\s{0,2}false\b|"BlockPublicPolicy"\s{0,3}:\s{0,3}false[^{}]{0,200}"RestrictPublicBuckets"\s{0,3}:\s{0,3}false|\bblock_public_policy\s{0,3}=\s{0,3}false\b[\s\S]{0,200}\brestrict_public_buckets\s{0,3}=\s{0,3}false\b/i,
    why: "removes S3 Block Public Access (buckets can be made public)",
  },
  {
    id: "aws.bucket_policy_world_write",
    kind: "data_exfiltration",
    lit: "principal",
    re: new RegExp(
      PUBLIC_PRINCIPAL_ACTION + String.raw`s3:(?:\*|Put\w{0,20}|Delete\w{0,20}|GetObject)["']`,
      "i",
    ),
    also: /["']?Effect["']?\s{0,3}[:=]\s{0,3}["']?Allow\b/i,
    not: /["']?Condition["']?\s{0,3}[:=]|"aws:SourceVpc|"aws:PrincipalOrgID|"static|website/i,
    why: "makes a bucket's objects readable or writable by anyone (bucket policy to Principal *)",
  },
  {
    id: "aws.snapshot_public",
    kind: "data_exfiltration",
    lit: [
      "groupnames",
      "snapshot-attribute",
      "image-attribute",
      "createvolumepermission",
      "launchpermission",
    ],
    re:
      /\bmodify-snapshot-attribute\b[^\n]{0,300}(?:--group-names[= ]["']?all\b|Group=all\b|"Group"\s{0,3}:\s{0,3}"all")|\bmodify_snapshot_attribute\b[\s\S]{0,300}?\bGroupNames\s{0,3}=\s{0,3}\[\s{0,3}["']all["']|\bmodify_image_attribute\b[\s\S]{0,300}?["']Group["']\s{0,3}:\s{0,3}["']all["']|\bmodify-image-attribute\b[^\n]{0,300}(?:Group=all\b|"Group"\s{0,3}:\s{0,3}"all"|--launch-permission[^\n]{0,60}all)|\bmodify-db(?:-cluster)?-snapshot-attribute\b[^\n]{0,300}--values-to-add[= ]["'\[]{0,3}all\b/i,
    why:
      "makes a disk snapshot, machine image or database snapshot public (anyone can copy the data)",
  },
  {
    id: "aws.sg_admin_port_open",
    kind: "privilege_escalation",
    lit: ["0.0.0.0/0", "::/0"],
    re: new RegExp(
      r`\bauthorize-security-group-ingress\b[^\n]{0,300}(?:--port[= ]["']?${ADMIN_PORT}\b[^\n]{0,200}--cidr[= ]["']?${ANYWHERE}|--cidr[= ]["']?${ANYWHERE}[^\n]{0,200}--port[= ]["']?${ADMIN_PORT}\b|--protocol[= ]["']?(?:-1|all)\b[^\n]{0,200}--cidr[= ]["']?${ANYWHERE}|--cidr[= ]["']?${ANYWHERE}[^\n]{0,200}--protocol[= ]["']?(?:-1|all)\b|(?:FromPort=|"FromPort"\s{0,3}:\s{0,3})${ADMIN_PORT}\b[^\n]{0,300}${ANYWHERE})|\bauthorize_security_group_ingress\b[\s\S]{0,400}?["']?FromPort["']?\s{0,3}[:=]\s{0,3}${ADMIN_PORT}\b[\s\S]{0,300}?["']?CidrIp(?:v6)?["']?\s{0,3}[:=]\s{0,3}["']${ANYWHERE}|\bfrom_port\s{0,3}=\s{0,3}${ADMIN_PORT}\b[^}]{0,300}\b(?:ipv6_)?cidr_blocks\s{0,3}=\s{0,3}\[\s{0,3}"${ANYWHERE}"`,
      "i",
    ),
    why:
      "opens an administration or database port (SSH, RDP, databases, Docker, Kubernetes) to the whole internet",
  },
  // --- AWS audit and detection off --------------------------------------------------------------------
  {
    id: "aws.cloudtrail_off",
    kind: "defense_evasion",
    lit: ["cloudtrail", "trail"],
    re:
      /\bcloudtrail\s{1,3}(?:stop-logging|delete-trail)\b|\bcloudtrail\s{1,3}update-trail\b[^\n]{0,200}--no-(?:is-multi-region-trail|include-global-service-events|enable-log-file-validation)\b|\bcloudtrail\s{1,3}put-event-selectors\b[^\n]{0,300}"?IncludeManagementEvents"?\s{0,3}[:=]\s{0,3}false\b/i,
    why: "stops or narrows CloudTrail (API activity no longer recorded)",
  },
  {
    // The same switches in infrastructure code: Terraform (`enable_logging = false` on a trail,
    // `enable = false` on a GuardDuty detector, a Config recorder status `is_enabled = false`) or
    // CloudFormation (`IsLogging: false`, `Enable: false`). Declaring them `true` passes.
    id: "aws.audit_off_in_iac",
    kind: "defense_evasion",
    lit: ["aws_cloudtrail", "aws_guardduty", "aws_config_configuration_recorder", "aws::"],
    re:
      /\bresource\s{1,4}"aws_cloudtrail"\s{1,4}"[\w-]{1,80}"\s{0,4}\{[^}]{0,1200}?\benable_logging\s{0,4}=\s{0,4}false\b|\bresource\s{1,4}"aws_guardduty_detector"\s{1,4}"[\w-]{1,80}"\s{0,4}\{[^}]{0,600}?\benable\s{0,4}=\s{0,4}false\b|\bresource\s{1,4}"aws_config_configuration_recorder_status"\s{1,4}"[\w-]{1,80}"\s{0,4}\{[^}]{0,600}?\bis_enabled\s{0,4}=\s{0,4}false\b|AWS::CloudTrail::Trail["']?[\s\S]{0,1200}?\bIsLogging["']?\s{0,4}:\s{0,4}["']?false\b|AWS::GuardDuty::Detector["']?[\s\S]{0,600}?\bEnable["']?\s{0,4}:\s{0,4}["']?false\b/i,
    why:
      "switches off CloudTrail logging, GuardDuty or the AWS Config recorder in infrastructure code",
  },
  {
    id: "aws.config_off",
    kind: "defense_evasion",
    lit: "configservice",
    re:
      /\bconfigservice\s{1,3}(?:stop-configuration-recorder|delete-configuration-recorder|delete-delivery-channel)\b/i,
    why: "stops AWS Config (configuration changes no longer recorded)",
  },
  {
    id: "aws.guardduty_off",
    kind: "defense_evasion",
    lit: "guardduty",
    re:
      /\bguardduty\s{1,3}(?:delete-detector|disassociate-from-(?:master|administrator)-account|update-detector\b[^\n]{0,200}--no-enable|create-filter\b[^\n]{0,300}--action[= ]["']?ARCHIVE|create-ip-set\b[^\n]{0,200}--activate)\b/i,
    why: "switches GuardDuty off, detaches it, or auto-archives or trusts away its findings",
  },
  {
    id: "aws.securityhub_off",
    kind: "defense_evasion",
    lit: ["securityhub", "macie", "inspector", "accessanalyzer", "detective"],
    re:
      /\bsecurityhub\s{1,3}(?:disable-security-hub|batch-disable-standards|disassociate-from-administrator-account)\b|\bmacie2\s{1,3}disable-macie\b|\binspector2\s{1,3}disable\b|\baccessanalyzer\s{1,3}delete-analyzer\b|\bdetective\s{1,3}delete-graph\b/i,
    why:
      "switches off a security detection service (Security Hub, Macie, Inspector, Access Analyzer, Detective)",
  },
  {
    id: "aws.logging_off",
    kind: "defense_evasion",
    lit: ["flow-logs", "bucket-logging", "retention-policy"],
    re:
      /\bec2\s{1,3}delete-flow-logs\b|\bput-bucket-logging\b[^\n]{0,200}--bucket-logging-status[= ]["']?\{\s{0,2}\}|\blogs\s{1,3}put-retention-policy\b[^\n]{0,200}--log-group-name[= ]["']?[^\s"']{0,60}(?:cloudtrail|flow|audit|security|guardduty)[^\n]{0,100}--retention-in-days[= ]1\b/i,
    why: "removes VPC flow logs, bucket access logging or the retention of security logs",
  },
  {
    id: "aws.scp_removed",
    kind: "defense_evasion",
    lit: "organizations",
    re:
      /\borganizations\s{1,3}(?:disable-policy-type\b[^\n]{0,200}SERVICE_CONTROL_POLICY|leave-organization\b|detach-policy\b[^\n]{0,200}--policy-id[= ]["']?p-[\w]{4,})/i,
    why:
      "removes organization guardrails (service control policies detached or the account taken out of the organization)",
  },
  {
    id: "aws.kms_policy_anyone",
    kind: "data_exfiltration",
    lit: "kms:",
    re:
      /["']?Principal["']?\s{0,3}[:=]\s{0,3}(?:["']\*["']|\{\s{0,3}["']?AWS["']?\s{0,3}[:=]\s{0,3}["']\*["']\s{0,3}\})[^{}]{0,300}["']kms:(?:\*|Decrypt|CreateGrant|ReEncrypt\*?)["']/i,
    also: /["']?Effect["']?\s{0,3}[:=]\s{0,3}["']?Allow\b/i,
    not: /["']?Condition["']?\s{0,3}[:=]/i,
    why: "lets anyone use the encryption key (data under it can be decrypted by any account)",
  },
  {
    id: "aws.rds_public",
    kind: "data_exfiltration",
    lit: ["publicly-accessible", "publiclyaccessible", "publicly_accessible"],
    re:
      /\brds\s{1,3}(?:modify|create|restore)-db-\w{1,40}\b[^\n]{0,300}--publicly-accessible\b|"PubliclyAccessible"\s{0,3}:\s{0,3}"?true\b|\bpublicly_accessible\s{0,3}=\s{0,3}true\b/i,
    why: "puts a database on a public address",
  },
  // --- Google Cloud -----------------------------------------------------------------------------------
  {
    id: "gcp.public_member_power",
    kind: "privilege_escalation",
    lit: ["allusers", "allauthenticatedusers"],
    re:
      /--member[= ]["']?all(?:Authenticated)?Users\b[^\n]{0,200}--role[= ]["']?roles\/(?!storage\.objectViewer\b|storage\.legacyObjectReader\b|run\.invoker\b|cloudfunctions\.invoker\b)[\w.]{2,60}|--role[= ]["']?roles\/(?!storage\.objectViewer\b|storage\.legacyObjectReader\b|run\.invoker\b|cloudfunctions\.invoker\b)[\w.]{2,60}[^\n]{0,200}--member[= ]["']?all(?:Authenticated)?Users\b|\bgsutil\s{1,3}(?:iam\s{1,3}ch\s{1,3}all(?:Authenticated)?Users:(?:objectAdmin|objectCreator|admin|legacyBucketWriter|legacyBucketOwner)|acl\s{1,3}ch\b[^\n]{0,80}-u\s{1,3}All(?:Authenticated)?Users:[WO]\b)/i,
    not: /\bremove-iam-policy-binding\b|\b(?:iam|acl)\s{1,3}ch\s{1,3}-d\b/i,
    why:
      "grants a role beyond public read to everyone on the internet (allUsers / allAuthenticatedUsers)",
  },
  {
    id: "gcp.org_policy_relaxed",
    kind: "defense_evasion",
    lit: "org-policies",
    re:
      /\bgcloud\s{1,3}(?:beta\s{1,3})?resource-manager\s{1,3}org-policies\s{1,3}(?:disable-enforce|delete|allow\b[^\n]{0,200}--all\b)|\bgcloud\s{1,3}org-policies\s{1,3}(?:delete|reset)\b/i,
    why: "relaxes an organization policy constraint (a guardrail removed for the whole scope)",
  },
  {
    id: "gcp.logging_off",
    kind: "defense_evasion",
    lit: ["logging", "flow-logs", "securitycenter"],
    re:
      /\bgcloud\s{1,3}logging\s{1,3}sinks\s{1,3}delete\b|\bgcloud\s{1,3}compute\s{1,3}networks\s{1,3}subnets\s{1,3}update\b[^\n]{0,200}--no-enable-flow-logs\b|\bgcloud\s{1,3}services\s{1,3}disable\s{1,3}[\w.\s-]{0,200}?(?:securitycenter|logging|cloudaudit|containersecurity|websecurityscanner)\.googleapis\.com/i,
    why: "deletes a log sink, flow logs or a security service (Security Command Center, logging)",
  },
  {
    id: "gcp.project_ssh_key",
    kind: "persistence",
    lit: "ssh-keys",
    re:
      /\bgcloud\s{1,3}compute\s{1,3}project-info\s{1,3}add-metadata\b[^\n]{0,200}(?:--metadata[= ]["']?ssh-keys=|--metadata-from-file[= ]["']?ssh-keys=)/i,
    why: "adds an SSH key to project metadata (a login on every VM of the project)",
  },
  {
    id: "gcp.oslogin_off",
    kind: "defense_evasion",
    lit: ["enable-oslogin", "serial-port-enable", "block-project-ssh-keys"],
    re:
      /--metadata[= ]["']?[^\n]{0,100}\b(?:enable-oslogin=(?:false|FALSE)|serial-port-enable=(?:true|TRUE|1)|block-project-ssh-keys=(?:false|FALSE))\b/i,
    why: "switches OS Login off or opens the serial console (VM access without IAM control)",
  },
  {
    id: "gcp.firewall_admin_open",
    kind: "privilege_escalation",
    lit: "firewall-rules",
    re: new RegExp(
      r`\bfirewall-rules\s{1,3}(?:create|update)\b[^\n]{0,400}(?:--allow[= ]["']?(?:[\w:,-]{0,40},)?(?:all\b|tcp:${ADMIN_PORT}\b|tcp(?:,|\s|$))[^\n]{0,300}--source-ranges[= ]["']?${ANYWHERE}|--source-ranges[= ]["']?${ANYWHERE}[^\n]{0,300}--allow[= ]["']?(?:[\w:,-]{0,40},)?(?:all\b|tcp:${ADMIN_PORT}\b|tcp(?:,|\s|$)))`,
      "im",
    ),
    why: "opens an administration port (or every port) to the whole internet",
  },
  {
    id: "gcp.sql_open",
    kind: "data_exfiltration",
    lit: "authorized-networks",
    re:
      /\bsql\s{1,3}instances\s{1,3}(?:patch|create)\b[^\n]{0,300}--authorized-networks[= ]["']?(?:[\d.\/,]{0,80},)?0\.0\.0\.0\/0\b/i,
    why: "lets every internet address connect to the Cloud SQL instance",
  },
  {
    id: "gcp.gke_weakened",
    kind: "privilege_escalation",
    lit: ["legacy-authorization", "master-authorized-networks", "basic-auth"],
    re:
      /\bcontainer\s{1,3}clusters\s{1,3}(?:create|update)\b[^\n]{0,300}(?:--enable-legacy-authorization\b|--no-enable-master-authorized-networks\b|--enable-basic-auth\b)/i,
    why: "turns on legacy ABAC or removes the control-plane network restriction on a GKE cluster",
  },
  {
    id: "gcp.sa_token_creator_broad",
    kind: "privilege_escalation",
    lit: "serviceaccounttokencreator",
    re:
      /--role[= ]["']?roles\/iam\.serviceAccountTokenCreator\b[^\n]{0,200}--member[= ]["']?(?:domain:|group:all|allAuthenticatedUsers|allUsers)|--member[= ]["']?(?:domain:|allAuthenticatedUsers|allUsers)[^\n]{0,200}--role[= ]["']?roles\/iam\.serviceAccountTokenCreator\b/i,
    why: "lets a whole domain or everyone mint tokens for the service account",
  },
  // --- Azure ------------------------------------------------------------------------------------------
  {
    id: "az.blob_public",
    kind: "data_exfiltration",
    lit: ["allow-blob-public-access", "public-access", "allowblobpublicaccess"],
    re:
      /--allow-blob-public-access[= ]["']?true\b|\bstorage\s{1,3}container\s{1,3}(?:create|set-permission)\b[^\n]{0,200}--public-access[= ]["']?container\b|"allowBlobPublicAccess"\s{0,3}:\s{0,3}true\b|\ballow_nested_items_to_be_public\s{0,3}=\s{0,3}true\b/i,
    why: "allows anonymous public access to blob storage",
  },
  {
    id: "az.storage_network_open",
    kind: "data_exfiltration",
    lit: "default-action",
    re:
      /\bstorage\s{1,3}account\s{1,3}update\b[^\n]{0,300}--default-action[= ]["']?Allow\b|\bkeyvault\s{1,3}update\b[^\n]{0,300}--default-action[= ]["']?Allow\b/i,
    why: "lets every network reach a storage account or key vault (firewall default set to Allow)",
  },
  {
    id: "az.nsg_admin_open",
    kind: "privilege_escalation",
    lit: "nsg",
    re: new RegExp(
      r`\bnetwork\s{1,3}nsg\s{1,3}rule\s{1,3}(?:create|update)\b(?=[^\n]{0,600}--destination-port-ranges?[= ]["']?(?:\*|${ADMIN_PORT}\b))(?=[^\n]{0,600}--source-address-prefix(?:es)?[= ]["']?(?:\*|Internet|Any|${ANYWHERE}))(?![^\n]{0,600}--access[= ]["']?Deny\b)(?![^\n]{0,600}--direction[= ]["']?Outbound\b)`,
      "i",
    ),
    why: "opens an administration port to the whole internet through a network security group",
  },
  {
    id: "az.sql_firewall_all",
    kind: "data_exfiltration",
    lit: "firewall-rule",
    re:
      /\b(?:sql|postgres|mysql|mariadb)\s{1,3}(?:flexible-)?server\s{1,3}firewall-rule\s{1,3}create\b[^\n]{0,300}--start-ip-address[= ]["']?0\.0\.0\.0\b[^\n]{0,200}--end-ip-address[= ]["']?255\.255\.255\.255\b/i,
    why: "lets every internet address connect to the database server",
  },
  {
    id: "az.diagnostics_off",
    kind: "defense_evasion",
    lit: ["diagnostic-settings", "log-profiles", "flow-log", "security pricing"],
    re:
      /\bmonitor\s{1,3}(?:diagnostic-settings|log-profiles)\s{1,3}delete\b|\bnetwork\s{1,3}watcher\s{1,3}flow-log\s{1,3}(?:delete|update\b[^\n]{0,200}--enabled[= ]["']?false)\b|\bsecurity\s{1,3}pricing\s{1,3}create\b[^\n]{0,200}--tier[= ]["']?free\b/i,
    why: "removes diagnostic logging or flow logs, or switches Defender for Cloud to the free tier",
  },
  {
    id: "az.credential_added",
    kind: "persistence",
    lit: ["credential reset", "addpassword", "addkey", "passwordcredential"],
    re:
      /\baz\s{1,3}ad\s{1,3}(?:sp|app)\s{1,3}credential\s{1,3}reset\b[^\n]{0,300}--append\b|\/(?:servicePrincipals|applications)\/[\w{}$-]{1,60}\/(?:addPassword|addKey)\b|\bNew-(?:AzureAD|Mg)(?:ServicePrincipal|Application)(?:Password|Key)(?:Credential)?\b|\bAdd-MgServicePrincipalPassword\b/i,
    why:
      "adds a new secret or certificate to an application or service principal (a standing sign-in as that app)",
  },
  {
    id: "az.elevate_access",
    kind: "privilege_escalation",
    lit: ["elevateaccess", "user access administrator"],
    re:
      /\/providers\/Microsoft\.Authorization\/elevateAccess\b|\brole\s{1,3}assignment\s{1,3}create\b(?=[^\n]{0,400}--role[= ]["']?User\s{1,2}Access\s{1,2}Administrator)(?=[^\n]{0,400}--scope[= ]["']?\/["']?(?:\s|$))/im,
    why: "elevates to User Access Administrator over the whole tenant root",
  },
  {
    id: "az.sas_long_full",
    kind: "data_exfiltration",
    lit: "generate-sas",
    re:
      /\bgenerate-sas\b(?=[^\n]{0,400}--permissions[= ]["']?[a-z]{0,10}[wd][a-z]{0,10}\b)(?=[^\n]{0,400}--expiry[= ]["']?(?:20[3-9]\d|2[1-9]\d\d))/i,
    why:
      "issues a write/delete storage token valid for years (a standing key anyone holding the URL can use)",
  },
];
