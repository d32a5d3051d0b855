/**
 * Control-plane abuse, AWS: API actions as an MCP `call_api {service, action, params}` names them,
 * in the SDK's snake_case and in the `aws` CLI's kebab-case — audit logging stopped (CloudTrail,
 * Config, flow logs, log groups), detection off (GuardDuty, Security Hub, Macie, Detective, Access
 * Analyzer), snapshots / images / functions shared with the public or another account, foreign
 * trust in role / key / bucket / resource policies and Lambda layers, credentials minted, admin
 * attached, public-access blocks lifted, MFA removed, admin ports opened, and remote commands with
 * a payload (SSM, run-command, startup scripts, user data). From Datadog Stratus Red Team
 * (aws.defense-evasion.*, aws.exfiltration.ec2-share-ami / ec2-share-ebs-snapshot /
 * rds-share-snapshot, aws.persistence.iam-* and lambda-layer-extension, aws.execution.ssm-send-
 * command), MITRE ATT&CK T1098.001/.003, T1537, T1562.001/.008, T1651, T1578; Elastic
 * `detection-rules` aws, Sigma `rules/cloud/aws`. The IaC / CLI posture rules (`_posture_cloud*.ts`)
 * cover many CLI forms already; these add the API spelling and judge the account shared with.
 */
import { api, apiLit, type CtlRule, kv, r } from "./_ctlplane_core.ts";

/** A payload in a remote command: fetch-and-run, reverse shell, new user or key, encoded script. */
const PAYLOAD =
  r`(?:\b(?:curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^\n]{0,200}?\|\s{0,3}(?:sudo\s{1,3})?(?:ba|z|da)?sh\b|\b(?:IEX|Invoke-Expression)\b|DownloadString|DownloadFile|\/dev\/tcp\/|\bnc(?:at)?\s{1,3}-[a-z]{0,4}e\b|\bbase64\s{1,3}(?:-d|--decode)\b[^\n]{0,80}\|\s{0,3}(?:ba)?sh|-(?:enc|EncodedCommand)\s{1,3}[A-Za-z0-9+\/=]{20}|\buseradd\b|\bnet\s{1,3}user\s{1,3}\S{1,40}\s{1,3}\S{1,60}\s{1,3}\/add|authorized_keys|\bchpasswd\b|\/etc\/shadow|\bmimikatz\b|169\.254\.169\.254[^\n]{0,80}credentials|\bpython3?\s{1,3}-c\s{1,3}["'][^\n]{0,120}socket)`;

const SHARE_ACTIONS = [
  "ModifySnapshotAttribute",
  "ModifyImageAttribute",
  "ModifyDBSnapshotAttribute",
  "ModifyDBClusterSnapshotAttribute",
  "ModifyFpgaImageAttribute",
];

const TRAIL_ACTIONS = [
  "StopLogging",
  "DeleteTrail",
  "DeleteEventDataStore",
  "StopEventDataStoreIngestion",
  "StopConfigurationRecorder",
  "DeleteConfigurationRecorder",
  "DeleteDeliveryChannel",
  "DeleteFlowLogs",
  "DeleteLogGroup",
  "DeleteLogStream",
  "DeleteSubscriptionFilter",
  "DeleteResolverQueryLogConfig",
  "DeleteLoggingConfiguration",
  "DeleteBucketLogging",
];

const DETECT_ACTIONS = [
  "DeleteDetector",
  "DisassociateFromMasterAccount",
  "DisassociateFromAdministratorAccount",
  "StopMonitoringMembers",
  "DeleteMembers",
  "DisableSecurityHub",
  "BatchDisableStandards",
  "DisableImportFindingsForProduct",
  "DisableMacie",
  "DisableOrganizationAdminAccount",
  "DeleteGraph",
  "DeleteAnalyzer",
  "DeleteAlarms",
  "DisableAlarmActions",
  "DeleteConfigRule",
  "DeleteConformancePack",
  "DeleteInsight",
  "LeaveOrganization",
];

/** API calls that write a trust or resource policy (who may assume, decrypt, read or push). */
const TRUST_POLICY_APIS = [
  "UpdateAssumeRolePolicy",
  "CreateRole",
  "PutKeyPolicy",
  "PutBucketPolicy",
  "PutResourcePolicy",
  "SetQueueAttributes",
  "SetTopicAttributes",
  "PutBackupVaultAccessPolicy",
  "SetRepositoryPolicy",
];

export const CTL_AWS_RULES: readonly CtlRule[] = [
  {
    id: "aws.audit_logging_stopped",
    lit: [
      ...apiLit(...TRAIL_ACTIONS),
      ...apiLit(
        "PutEventSelectors",
        "UpdateTrail",
        "PutRetentionPolicy",
        "PutBucketLifecycleConfiguration",
        "PutBucketLifecycle",
      ),
    ],
    re: new RegExp(
      r`${api(...TRAIL_ACTIONS)}|${
        api("PutEventSelectors", "PutAdvancedEventSelectors")
      }[\s\S]{0,400}?(?:${kv("IncludeManagementEvents", "false")}|${
        kv("ReadWriteType", "ReadOnly")
      })|${api("UpdateTrail")}[\s\S]{0,300}?${
        kv("IsMultiRegionTrail|IncludeGlobalServiceEvents|EnableLogFileValidation", "false")
      }|${
        api("PutBucketLifecycleConfiguration", "PutBucketLifecycle")
      }[\s\S]{0,300}?(?:cloudtrail|audit|trail-?logs?)[\s\S]{0,600}?${kv("Days|days", "1")}|${
        api("PutRetentionPolicy")
      }[\s\S]{0,200}?${kv("retentionInDays|retention-in-days", "1")}`,
      "i",
    ),
    not:
      /\b(?:Describe|Get|List|Lookup)\w{0,40}(?:Trails?|Logging|Recorders?)\b(?![\s\S]{0,200}(?:StopLogging|stop-logging|DeleteTrail|delete-trail))/i,
    why:
      "stops or deletes cloud audit logging (CloudTrail, Config, flow logs, log groups, resolver or bucket logging) or cuts what it records",
  },
  {
    id: "aws.detection_disabled",
    lit: [
      ...apiLit(...DETECT_ACTIONS),
      ...apiLit(
        "UpdateDetector",
        "CreateIPSet",
        "UpdateIPSet",
        "CreateFilter",
        "BatchUpdateFindings",
        "UpdateOrganizationConfiguration",
      ),
    ],
    re: new RegExp(
      r`${api(...DETECT_ACTIONS)}|${api("UpdateDetector")}[\s\S]{0,300}?${
        kv("Enable|enable", "false")
      }|${api("CreateIPSet", "UpdateIPSet")}[\s\S]{0,400}?${kv("Activate", "true")}|${
        api("CreateFilter")
      }[\s\S]{0,400}?${kv("Action", "ARCHIVE")}|${api("BatchUpdateFindings")}[\s\S]{0,400}?${
        kv("Status", "SUPPRESSED|RESOLVED")
      }`,
      "i",
    ),
    why:
      "switches off cloud threat detection or hides its findings (GuardDuty, Security Hub, Macie, Detective, Access Analyzer, alarms, Config rules, trusted-IP lists, auto-archive filters)",
  },
  {
    id: "aws.shared_out",
    lit: [
      ...apiLit(...SHARE_ACTIONS),
      ...apiLit(
        "AddPermission",
        "PutResourcePolicy",
        "SetRepositoryPolicy",
        "CreateResourceShare",
        "PutBucketReplication",
        "TransferDomainToAnotherAwsAccount",
        "CreateGrant",
      ),
    ],
    re: new RegExp(
      r`${api(...SHARE_ACTIONS)}[\s\S]{0,500}?(?:${
        kv(
          "UserIds|user-ids|ValuesToAdd|values-to-add|UserId|AWSAccountId",
          r`["'\[\s{]{0,8}(?:all|\d{12})`,
        )
      }|${
        kv("Group|group-names", r`["'\[\s{]{0,4}all`)
      }|launch-permission[\s\S]{0,80}?(?:all|\d{12}))|${
        api("CreateResourceShare")
      }[\s\S]{0,400}?(?:${
        kv("allowExternalPrincipals|allow-external-principals", "true")
      }|\d{12})|${api("AddPermission")}[\s\S]{0,400}?${
        kv("Principal|principal|AWSAccountIds?|aws-account-id", r`["'\[\s]{0,4}(?:\*|\d{12})`)
      }|${api("PutBucketReplication")}[\s\S]{0,800}?\bAccount\b|${
        api("TransferDomainToAnotherAwsAccount")
      }|${api("CreateGrant")}[\s\S]{0,300}?GranteePrincipal[\s\S]{0,40}?\d{12}`,
      "i",
    ),
    not: new RegExp(
      r`${
        kv("OperationType|operation-type", "remove")
      }|\bValuesToRemove\b|--remove\b|\bRemove\b["']?\s{0,3}:`,
      "i",
    ),
    out: {
      re:
        /(?:\b(?:UserIds?|user-ids|ValuesToAdd|values-to-add|AWSAccountIds?|aws-account-id|Principal|principal|Account|GranteePrincipal|principals|Group|group-names|launch-permission)\b[\s\S]{0,60}?)(?:\b(all)(?![\w-])|(\*)(?![\w-])|(?<![\d:])(?:arn:aws[\w-]{0,12}:[\w-]{0,30}:[\w-]{0,20}:)?(\d{12})(?!\d))/gi,
      kind: "account",
    },
    why:
      "shares a snapshot, machine image, database snapshot, function, repository or resource with the public or another AWS account (data leaves the organisation)",
  },
  {
    id: "aws.foreign_trust",
    lit: apiLit(
      ...TRUST_POLICY_APIS,
      "PutRepositoryPolicy",
      "UpdateFunctionConfiguration",
      "PublishLayerVersion",
    ),
    re: new RegExp(
      r`${
        api(...TRUST_POLICY_APIS)
      }[\s\S]{0,1200}?Principal[\s\S]{0,80}?(?:arn:aws[\w-]{0,12}:iam::\d{12}:|\b\d{12}\b|["']\*["'])|${
        api("UpdateFunctionConfiguration")
      }[\s\S]{0,400}?Layers[\s\S]{0,80}?arn:aws[\w-]{0,12}:lambda:[\w-]{1,30}:\d{12}:layer`,
      "i",
    ),
    not:
      /\b(?:sts:ExternalId|aws:PrincipalOrgID|aws:SourceOrgID|aws:SourceAccount|aws:SourceArn)\b|"Effect"\s{0,3}:\s{0,3}"Deny"/i,
    out: {
      re:
        /(?:Principal[\s\S]{0,12}?\bAWS\b[\s\S]{0,60}?|Principal["'\s:=]{1,8}|Layers[\s\S]{0,80}?)(?:["'](\*)["']|arn:aws[\w-]{0,12}:(?:iam|lambda):[\w-]{0,30}:(\d{12}):|(?<![\d:])(\d{12})(?!\d))/gi,
      kind: "account",
    },
    why:
      "trusts another AWS account (or everyone) in a role trust, key, bucket or resource policy, or loads a Lambda layer from another account",
  },
  {
    id: "aws.credential_minted",
    lit: apiLit(
      "CreateAccessKey",
      "CreateLoginProfile",
      "UpdateLoginProfile",
      "CreateServiceSpecificCredential",
      "UploadSSHPublicKey",
      "UploadSigningCertificate",
      "GetFederationToken",
      "CreateUser",
    ),
    re: new RegExp(
      r`${
        api(
          "CreateAccessKey",
          "CreateLoginProfile",
          "UpdateLoginProfile",
          "CreateServiceSpecificCredential",
          "UploadSSHPublicKey",
          "UploadSigningCertificate",
        )
      }|${
        api("GetFederationToken")
      }[\s\S]{0,400}?(?:AdministratorAccess|"Action"\s{0,3}:\s{0,3}"\*")`,
      "i",
    ),
    not:
      /\b(?:DeleteAccessKey|delete-access-key|UpdateAccessKey|update-access-key|rotat\w{1,6})\b|\bcreate-access-key\b[^\n]{0,60}--help\b/i,
    why:
      "mints a long-lived credential for an IAM user (access key, console password, service credential, SSH key or signing certificate)",
  },
  {
    id: "aws.admin_attached",
    lit: apiLit(
      "AttachUserPolicy",
      "AttachRolePolicy",
      "AttachGroupPolicy",
      "PutUserPolicy",
      "PutRolePolicy",
      "PutGroupPolicy",
      "CreatePolicyVersion",
      "AddUserToGroup",
    ),
    re: new RegExp(
      r`${
        api("AttachUserPolicy", "AttachRolePolicy", "AttachGroupPolicy")
      }[\s\S]{0,400}?arn:aws[\w-]{0,12}:iam::aws:policy\/(?:AdministratorAccess|IAMFullAccess|PowerUserAccess|AWSOrganizationsFullAccess)\b|${
        api("PutUserPolicy", "PutRolePolicy", "PutGroupPolicy", "CreatePolicyVersion")
      }[\s\S]{0,800}?"?Action"?\\?["']?\s{0,3}:\s{0,3}\\?["']?(?:\*|iam:\*)\\?["'][\s\S]{0,200}?"?Resource"?\\?["']?\s{0,3}:\s{0,3}\\?["']?\*|${
        api("AddUserToGroup")
      }[\s\S]{0,200}?${kv("GroupName|group-name", r`[\w-]{0,20}admin`)}`,
      "i",
    ),
    why: "grants administrator rights to an IAM user, role or group",
  },
  {
    id: "aws.public_access_opened",
    lit: apiLit(
      "DeletePublicAccessBlock",
      "PutPublicAccessBlock",
      "PutBucketAcl",
      "PutObjectAcl",
      "DeleteAccountPublicAccessBlock",
      "PutAccountPublicAccessBlock",
      "DisableSnapshotBlockPublicAccess",
      "DisableImageBlockPublicAccess",
    ),
    re: new RegExp(
      r`${
        api(
          "DeletePublicAccessBlock",
          "DeleteAccountPublicAccessBlock",
          "DisableSnapshotBlockPublicAccess",
          "DisableImageBlockPublicAccess",
        )
      }|${api("PutPublicAccessBlock", "PutAccountPublicAccessBlock")}[\s\S]{0,400}?${
        kv("BlockPublicAcls|IgnorePublicAcls|BlockPublicPolicy|RestrictPublicBuckets", "false")
      }|${api("PutBucketAcl", "PutObjectAcl")}[\s\S]{0,400}?(?:${
        kv("ACL|acl", "public-read|public-read-write|authenticated-read")
      }|acs\.amazonaws\.com\/groups\/global\/(?:AllUsers|AuthenticatedUsers))`,
      "i",
    ),
    why: "lifts an S3 / EBS / AMI public-access block or makes a bucket or object public",
  },
  {
    id: "cloud.remote_exec_payload",
    lit: [
      ...apiLit(
        "SendCommand",
        "StartAutomationExecution",
        "ModifyInstanceAttribute",
        "RunInstances",
      ),
      "runcommand",
      "run-command",
      "setmetadata",
      "startup-script",
      "commandtoexecute",
      "customscript",
    ],
    re: new RegExp(
      r`(?:${
        api("SendCommand", "StartAutomationExecution")
      }|AWS-Run(?:Shell|PowerShell)Script|runCommand|run-command|RunShellScript|RunPowerShellScript|setMetadata|startup-script|commandToExecute|CustomScript(?:Extension)?|${
        api("ModifyInstanceAttribute")
      }[\s\S]{0,200}?UserData)[\s\S]{0,1200}?${PAYLOAD}`,
      "i",
    ),
    why:
      "runs a download-and-execute, reverse-shell or account-creating payload on cloud machines through the control plane (SSM, VM run-command, startup script, user data, custom-script extension)",
  },
  {
    id: "aws.mfa_or_password_policy",
    lit: apiLit(
      "DeactivateMFADevice",
      "DeleteVirtualMFADevice",
      "DeleteAccountPasswordPolicy",
      "UpdateAccountPasswordPolicy",
    ),
    re: new RegExp(
      r`${api("DeactivateMFADevice", "DeleteVirtualMFADevice", "DeleteAccountPasswordPolicy")}|${
        api("UpdateAccountPasswordPolicy")
      }[\s\S]{0,300}?${kv("MinimumPasswordLength|minimum-password-length", r`[1-7]`)}`,
      "i",
    ),
    why: "removes an IAM user's MFA device or weakens / deletes the account password policy",
  },
  {
    id: "aws.network_or_url_open",
    lit: apiLit(
      "AuthorizeSecurityGroupIngress",
      "CreateFunctionUrlConfig",
      "UpdateFunctionUrlConfig",
    ),
    re: new RegExp(
      r`${api("AuthorizeSecurityGroupIngress")}[\s\S]{0,600}?(?:0\.0\.0\.0\/0|::\/0)[\s\S]{0,0}|${
        api("CreateFunctionUrlConfig", "UpdateFunctionUrlConfig")
      }[\s\S]{0,300}?${kv("AuthType|auth-type", "NONE")}`,
      "i",
    ),
    also: new RegExp(
      r`${
        kv("FromPort|ToPort|port", "22|3389|5432|3306|1433|6379|9200|27017|5985|5986|445|23|0")
      }|${
        kv("IpProtocol|protocol", r`-1|all`)
      }|--port[\s=]{1,3}(?:22|3389|0-65535)\b|AuthType|auth-type`,
      "i",
    ),
    why:
      "opens an administration port (or every port) of a security group to the whole internet, or serves a Lambda function URL without authentication",
  },
  {
    id: "aws.sso_admin_assigned",
    lit: apiLit("CreateAccountAssignment", "AttachManagedPolicyToPermissionSet"),
    re: new RegExp(
      r`${
        api("AttachManagedPolicyToPermissionSet")
      }[\s\S]{0,400}?policy\/(?:AdministratorAccess|IAMFullAccess)\b|${
        api("CreateAccountAssignment")
      }[\s\S]{0,400}?(?:Admin\w{0,20}|PowerUser\w{0,20})`,
      "i",
    ),
    why: "assigns an administrator permission set in IAM Identity Center",
  },
  {
    id: "aws.federation_or_contact",
    lit: apiLit(
      "CreateSAMLProvider",
      "UpdateSAMLProvider",
      "CreateOpenIDConnectProvider",
      "AddClientIDToOpenIDConnectProvider",
      "PutAlternateContact",
      "PutContactInformation",
    ),
    re: new RegExp(
      r`${
        api(
          "CreateSAMLProvider",
          "UpdateSAMLProvider",
          "CreateOpenIDConnectProvider",
          "AddClientIDToOpenIDConnectProvider",
        )
      }|${
        api("PutAlternateContact", "PutContactInformation")
      }[\s\S]{0,400}?@(?:gmail|googlemail|outlook|hotmail|yahoo|icloud|proton|protonmail|gmx|yandex|mail|aol|tutanota)\.[a-z.]{2,8}\b`,
      "i",
    ),
    why:
      "trusts a new SAML or OpenID Connect identity provider for the AWS account, or moves its billing / security contact to a consumer mailbox",
  },
  {
    id: "aws.function_code_foreign",
    lit: apiLit("UpdateFunctionCode", "CreateFunction"),
    re: new RegExp(
      r`${
        api("UpdateFunctionCode", "CreateFunction")
      }[\s\S]{0,600}?(?:ImageUri|image-uri)[\s\S]{0,20}?\d{12}\.dkr\.ecr`,
      "i",
    ),
    out: {
      re: /(?:ImageUri|image-uri)[\s\S]{0,20}?(?<!\d)(\d{12})\.dkr\.ecr/gi,
      kind: "account",
    },
    why: "replaces a Lambda function's code with an image from another AWS account",
  },
  {
    id: "aws.events_out",
    lit: apiLit("PutTargets", "PutPermission"),
    re: new RegExp(
      r`${api("PutTargets")}[\s\S]{0,600}?arn:aws[\w-]{0,12}:events:[\w-]{1,30}:\d{12}:event-bus|${
        api("PutPermission")
      }[\s\S]{0,300}?${kv("Principal|principal", r`["'\s]{0,3}\*`)}`,
      "i",
    ),
    out: {
      re: /arn:aws[\w-]{0,12}:events:[\w-]{1,30}:(\d{12}):event-bus|Principal["'\s:=]{1,8}(\*)/gi,
      kind: "account",
    },
    why:
      "sends the account's events to another account's event bus, or lets every account put events on this one",
  },
];
