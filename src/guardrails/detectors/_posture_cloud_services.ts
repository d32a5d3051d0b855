/**
 * Posture rules for cloud service settings beyond identity and storage: functions and queues open
 * to everyone, instance metadata without session tokens, encryption or password policy removed,
 * web apps and storage served over plain HTTP or old TLS, policy assignments not enforced, key
 * vault access for outside accounts, and OpenShift security constraints handed to every workload.
 */
import {
  FREE_MAIL_AT,
  type PostureRule,
  PUBLIC_PRINCIPAL_ACTION,
  U_PAYLOAD,
} from "./_posture_core.ts";

const r = String.raw;

export const CLOUD_SERVICE_RULES: PostureRule[] = [
  {
    id: "aws.function_public",
    kind: "privilege_escalation",
    lit: ["add-permission", "function-url", "auth-type"],
    re:
      /\blambda\s{1,3}add-permission\b[^\n]{0,300}--principal[= ]["']?\*["']?(?:\s|$)|\blambda\s{1,3}(?:create|update)-function-url-config\b[^\n]{0,200}--auth-type[= ]["']?NONE\b/im,
    not: /--source-(?:arn|account)\b|--principal-org-id\b/i,
    why:
      "lets anyone on the internet invoke the function (no caller restriction or authentication)",
  },
  {
    // The same function URL declared in a template: CloudFormation/SAM `AWS::Lambda::Url` or
    // `FunctionUrlConfig` with `AuthType: NONE`, Terraform `aws_lambda_function_url` with
    // `authorization_type = "NONE"`, CDK `FunctionUrlAuthType.NONE`.
    id: "aws.function_url_public_template",
    kind: "privilege_escalation",
    lit: ["authtype", "authorization_type", "functionurlauthtype"],
    re:
      /(?:AWS::Lambda::Url|FunctionUrlConfig)\b[\s\S]{0,400}?\bAuthType["']?\s{0,3}[:=]\s{0,3}["']?NONE\b|\baws_lambda_function_url\b[\s\S]{0,400}?\bauthorization_type\s{0,3}=\s{0,3}["']NONE["']|\bFunctionUrlAuthType\.NONE\b/,
    why: "declares a function URL anyone on the internet can invoke without authentication",
  },
  {
    id: "aws.resource_policy_public",
    kind: "data_exfiltration",
    lit: "principal",
    re: new RegExp(
      PUBLIC_PRINCIPAL_ACTION +
        String
          .raw`(?:sqs|sns|lambda|secretsmanager|ecr|glacier|es|backup|logs|ssm):(?:\*|Send\w{0,20}|Receive\w{0,20}|Publish|Subscribe|InvokeFunction|GetSecretValue|BatchGetImage|GetDownloadUrlForLayer|PutImage|ESHttp\w{1,10}|GetParameters?)["']`,
      "i",
    ),
    also: /["']?Effect["']?\s{0,3}[:=]\s{0,3}["']?Allow\b/i,
    not: /["']?Condition["']?\s{0,3}[:=]/i,
    why:
      "opens a queue, topic, function, secret, registry or domain to every AWS account (resource policy to Principal *)",
  },
  {
    id: "aws.imds_v1",
    kind: "credential_theft",
    lit: ["http-tokens", "http_tokens", "httptokens"],
    re:
      /\bmodify-instance-metadata-options\b[^\n]{0,200}--http-tokens[= ]["']?optional\b|\bhttp_tokens\s{0,3}=\s{0,3}"optional"|"HttpTokens"\s{0,3}:\s{0,3}"optional"/i,
    why:
      "re-enables instance metadata without session tokens (IMDSv1: an SSRF can read the instance's credentials)",
  },
  {
    id: "aws.encryption_removed",
    kind: "defense_evasion",
    lit: [
      "delete-bucket-encryption",
      "disable-ebs-encryption-by-default",
      "delete-account-password-policy",
    ],
    re:
      /\bs3api\s{1,3}delete-bucket-encryption\b|\bec2\s{1,3}disable-ebs-encryption-by-default\b|\biam\s{1,3}delete-account-password-policy\b/i,
    why: "removes default encryption or the account password policy",
  },
  {
    id: "gcp.public_access_prevention_off",
    kind: "data_exfiltration",
    lit: ["public-access-prevention", "uniform-bucket-level-access"],
    re:
      /\bstorage\s{1,3}buckets\s{1,3}update\b[^\n]{0,200}--no-public-access-prevention\b|\bgsutil\s{1,3}pap\s{1,3}set\s{1,3}(?:inherited|unspecified)\b/i,
    why: "removes a bucket's public access prevention",
  },
  {
    id: "az.plain_http",
    kind: "defense_evasion",
    lit: ["https-only", "min-tls-version", "ftps-state"],
    re:
      /--https-only[= ]["']?false\b|--min-tls-version[= ]["']?(?:TLS1_0|TLS1_1|1\.0|1\.1)\b|--ftps-state[= ]["']?AllAllowed\b/i,
    why:
      "allows plain HTTP, FTP or TLS 1.0/1.1 to a storage account or web app (credentials and data in clear text)",
  },
  {
    id: "az.policy_not_enforced",
    kind: "defense_evasion",
    lit: ["policy assignment", "policy exemption"],
    re:
      /\bpolicy\s{1,3}assignment\s{1,3}delete\b|\bpolicy\s{1,3}assignment\s{1,3}(?:create|update)\b[^\n]{0,300}--enforcement-mode[= ]["']?DoNotEnforce\b|\bpolicy\s{1,3}exemption\s{1,3}create\b[^\n]{0,300}--scope[= ]["']?\/(?:subscriptions\/[\w-]{1,40}|providers\/Microsoft\.Management\/managementGroups\/[\w-]{1,90})["']?(?:\s|$)/im,
    why: "removes or stops enforcing an Azure Policy guardrail for a whole scope",
  },
  {
    id: "az.keyvault_outside_access",
    kind: "credential_theft",
    lit: "keyvault",
    re: new RegExp(
      r`\bkeyvault\s{1,3}set-policy\b[^\n]{0,300}--upn[= ]["']?(?:[\w.+-]{1,64}${FREE_MAIL_AT}|[^\s"']{1,80}#EXT#)[^\n]{0,200}--(?:secret|key|certificate)-permissions\b`,
      "i",
    ),
    why: "gives an outside or guest account access to a key vault's secrets or keys",
  },
  {
    id: "openshift.scc_to_all",
    kind: "privilege_escalation",
    lit: ["add-scc-to", "add-cluster-role-to"],
    re:
      /\boc\s{1,3}adm\s{1,3}policy\s{1,3}add-scc-to-(?:user|group)\s{1,3}(?:privileged|anyuid|hostaccess|hostmount-anyuid|hostnetwork)\b[^\n]{0,120}(?:\s-z\s{1,3}default\b|system:(?:authenticated|serviceaccounts|unauthenticated)\b)|\boc\s{1,3}adm\s{1,3}policy\s{1,3}add-cluster-role-to-(?:user|group)\s{1,3}cluster-admin\b[^\n]{0,120}(?:\s-z\s{1,3}default\b|system:(?:authenticated|serviceaccounts|unauthenticated|anonymous)\b)/i,
    why: "gives the privileged security context (or cluster-admin) to every workload or user",
  },
  {
    id: "k8s.long_lived_token",
    kind: "persistence",
    lit: "create token",
    re:
      /\bkubectl\b[^\n|;]{0,60}?\screate\s{1,3}token\b[^\n]{0,200}--duration[= ]["']?(?:\d{5,}h|[1-9]\d{3,}h|\d{1,4}(?:y|d))\b/i,
    not: /--duration[= ]["']?(?:[1-9]\d{0,2}h|[1-6]?\dd)\b/i,
    why: "issues a service-account token valid for a year or more (a standing credential)",
  },
  {
    id: "k8s.static_pod_dropped",
    kind: "persistence",
    lit: "/etc/kubernetes/manifests",
    re:
      /(?:>>?|\btee\b|\bcp\b|\bmv\b|\bscp\b|\bopen\s{0,2}\(|["']?path["']?\s{0,3}[:=])[^\n]{0,160}?\/etc\/kubernetes\/manifests\/[\w.-]{1,60}\.ya?ml\b/i,
    not:
      /\/etc\/kubernetes\/manifests\/(?:kube-apiserver|kube-controller-manager|kube-scheduler|etcd)\.ya?ml\b/i,
    why: "drops a static pod manifest on a node (the kubelet runs it outside the API's control)",
  },
  {
    id: "k8s.legacy_sa_token_kube_system",
    kind: "persistence",
    lit: "service-account-token",
    re: /\btype["']?\s{0,3}:\s{0,3}["']?kubernetes\.io\/service-account-token\b/i,
    also:
      /\bnamespace["']?\s{0,3}:\s{0,3}["']?kube-system\b|kubernetes\.io\/service-account\.name["']?\s{0,3}:\s{0,3}["']?[\w-]{0,30}(?:admin|controller|operator)\b/i,
    why: "creates a non-expiring token secret for a kube-system or administrator service account",
  },
  {
    id: "ecs.privileged_task",
    kind: "privilege_escalation",
    lit: "containerdefinitions",
    re:
      /"privileged"\s{0,3}:\s{0,3}true\b|"pidMode"\s{0,3}:\s{0,3}"host"|"sourcePath"\s{0,3}:\s{0,3}"\/(?:var\/run\/docker\.sock)?"/i,
    why: "registers a privileged ECS task (host PID, the host root or the Docker socket)",
  },
  {
    id: "aws.sdk_detection_off",
    kind: "defense_evasion",
    lit: [
      "stop_logging",
      "stoplogging",
      "delete_trail",
      "deletetrail",
      "delete_detector",
      "deletedetector",
      "configuration_recorder",
      "configurationrecorder",
      "disable_security_hub",
      "disablesecurityhub",
      "delete_flow_logs",
      "deleteflowlogs",
      "delete_public_access_block",
      "deletepublicaccessblock",
      "delete_bucket_encryption",
      "deletebucketencryption",
      "leave_organization",
      "leaveorganization",
    ],
    re:
      /\.(?:stop_logging|delete_trail|delete_detector|stop_configuration_recorder|delete_configuration_recorder|disable_security_hub|delete_flow_logs|delete_public_access_block|delete_bucket_encryption|leave_organization)\s{0,2}\(|\bnew\s{1,3}(?:StopLogging|DeleteTrail|DeleteDetector|StopConfigurationRecorder|DeleteConfigurationRecorder|DisableSecurityHub|DeleteFlowLogs|DeletePublicAccessBlock|DeleteBucketEncryption|LeaveOrganization)Command\s{0,2}\(/,
    why:
      "calls the cloud API to stop audit logging or threat detection, or remove public-access blocks and encryption",
  },
  {
    id: "aws.admin_credential_added",
    kind: "persistence",
    lit: [
      "create-access-key",
      "upload-ssh-public-key",
      "upload-signing-certificate",
      "create_access_key",
    ],
    re:
      /\b(?:create-access-key|upload-ssh-public-key|upload-signing-certificate|create_access_key)\b[^\n]{0,200}(?:--user-name[= ]|UserName\s{0,2}=\s{0,2})["']?[\w+=,.@-]{0,40}(?:admin|root|break-?glass|owner|security|audit)[\w+=,.@-]{0,40}/i,
    why:
      "adds a new access key or login credential to an administrator account (a standing way in)",
  },
  {
    id: "aws.cognito_mfa_off",
    kind: "defense_evasion",
    lit: ["mfa-configuration", "mfaconfiguration"],
    re:
      /--mfa-configuration[= ]["']?OFF\b|["']?MfaConfiguration["']?\s{0,3}[:=]\s{0,3}["']OFF["']/i,
    why: "switches multi-factor authentication off for a user pool",
  },
  {
    id: "cloud.guardrails_removed_misc",
    kind: "defense_evasion",
    lit: [
      "permissions-boundary",
      "backup-retention-period",
      "delete-log-group",
      "audit-policy",
      "tde",
      "disable-rbac",
      "enable-rbac",
      "document-permission",
      "open-port",
    ],
    re:
      /\biam\s{1,3}delete-(?:role|user)-permissions-boundary\b|\brds\s{1,3}modify-db-(?:instance|cluster)\b[^\n]{0,300}--backup-retention-period[= ]0\b|\blogs\s{1,3}delete-log-group\b[^\n]{0,120}--log-group-name[= ]["']?[^\s"']{0,80}(?:cloudtrail|flow|audit|security|guardduty)|\bsql\s{1,3}(?:server|db)\s{1,3}(?:audit-policy\s{1,3}update\b[^\n]{0,200}--state[= ]["']?Disabled|tde\s{1,3}set\b[^\n]{0,200}--status[= ]["']?Disabled)\b|\baks\s{1,3}(?:create|update)\b[^\n]{0,300}(?:--disable-rbac\b|--enable-rbac[= ]false\b)|\bssm\s{1,3}modify-document-permission\b[^\n]{0,200}--account-ids-to-add[= ]["']?all\b|\bvm\s{1,3}open-port\b[^\n]{0,200}--port[= ]["']?(?:\*|22|3389|5985|5986|1433|3306|5432)\b/i,
    why:
      "removes a cloud guardrail (permission boundary, backups, audit logs, database auditing or encryption, AKS RBAC) or opens an admin port or document to everyone",
  },
  {
    id: "gcp.startup_script_payload",
    kind: "persistence",
    lit: "startup-script",
    re: new RegExp(
      r`--metadata[= ]["']?[^\n]{0,80}\bstartup-script\s{0,2}=[^\n]{0,300}?${U_PAYLOAD}`,
      "i",
    ),
    why:
      "sets a VM startup script that downloads and runs code, or opens a reverse shell, at every boot",
  },
  {
    id: "cloud.public_or_unauthenticated_misc",
    kind: "data_exfiltration",
    lit: [
      "publicly-accessible",
      "anonymousauthenabled",
      "serial-console",
      "public-sharing-permission",
    ],
    re:
      /\b(?:redshift|dms|docdb|neptune|lightsail)\s{1,3}(?:modify|create|restore)-[\w-]{1,40}\b[^\n]{0,300}--publicly-accessible\b|["']?AnonymousAuthEnabled["']?\s{0,3}[:=]\s{0,3}["']?true\b|\bec2\s{1,3}enable-serial-console-access\b|\/ssm\/documents\/console\/public-sharing-permission\b[^\n]{0,120}--setting-value[= ]["']?Enable\b/i,
    why:
      "makes a data service public or unauthenticated (public Redshift/DMS/DocumentDB, anonymous OpenSearch, public SSM documents, the EC2 serial console)",
  },
];
