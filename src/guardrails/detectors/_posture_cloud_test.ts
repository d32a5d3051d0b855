import { type PostureCase, runCases } from "./_posture_testing.ts";

const CASES: PostureCase[] = [
  {
    id: "aws.policy_star_star",
    block: [
      `aws iam put-user-policy --user-name build --policy-name p --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'`,
      `{"Statement":[{"Effect":"Allow","Resource":["*"],"Action":["*"]}]}`,
    ],
    pass: [
      `{"Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"arn:aws:s3:::reports/*"}]}`,
      `{"Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}]}`,
    ],
  },
  {
    id: "aws.passrole_any",
    block: [`{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}]}`],
    pass: [
      `{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/app-task"}]}`,
    ],
  },
  {
    id: "aws.trust_anyone",
    block: [
      `aws iam update-assume-role-policy --role-name ops --policy-document '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}'`,
    ],
    pass: [
      `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}`,
      `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}]}`,
    ],
  },
  {
    id: "aws.admin_to_user",
    block: [
      "aws iam attach-user-policy --user-name build-runner --policy-arn arn:aws:iam::aws:policy/AdministratorAccess",
    ],
    pass: [
      "aws iam attach-user-policy --user-name build-runner --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess",
      "aws iam list-attached-user-policies --user-name build-runner",
    ],
  },
  {
    id: "aws.login_profile_added",
    block: [
      "aws iam create-login-profile --user-name svc-backup --password 'Xy!9long-pass' --no-password-reset-required",
    ],
    pass: ["aws iam get-login-profile --user-name svc-backup"],
  },
  {
    id: "aws.mfa_removed_root",
    block: [
      "aws iam deactivate-mfa-device --user-name admin --serial-number arn:aws:iam::111122223333:mfa/admin",
    ],
    pass: ["aws iam list-mfa-devices --user-name admin"],
  },
  {
    id: "aws.bucket_public_write",
    block: ["aws s3api put-bucket-acl --bucket media-uploads --acl public-read-write"],
    pass: [
      "aws s3api put-bucket-acl --bucket media-uploads --acl private",
      "aws s3api get-bucket-acl --bucket media-uploads",
    ],
  },
  {
    id: "aws.public_access_block_off",
    block: [
      "aws s3api delete-public-access-block --bucket hr-exports",
      "aws s3control put-public-access-block --account-id 111122223333 --public-access-block-configuration BlockPublicAcls=false,IgnorePublicAcls=false,BlockPublicPolicy=false,RestrictPublicBuckets=false",
    ],
    pass: [
      "aws s3api put-public-access-block --bucket hr-exports --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
      "aws s3api get-public-access-block --bucket hr-exports",
    ],
  },
  {
    id: "aws.bucket_policy_world_write",
    block: [
      `{"Statement":[{"Effect":"Allow","Principal":"*","Action":["s3:PutObject","s3:GetObject"],"Resource":"arn:aws:s3:::crm-exports/*"}]}`,
    ],
    pass: [
      `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/etl"},"Action":["s3:PutObject"],"Resource":"arn:aws:s3:::crm-exports/*"}]}`,
    ],
  },
  {
    id: "aws.snapshot_public",
    block: [
      "aws ec2 modify-snapshot-attribute --snapshot-id snap-0a1b2c3d --attribute createVolumePermission --operation-type add --group-names all",
      "aws rds modify-db-snapshot-attribute --db-snapshot-identifier prod-final --attribute-name restore --values-to-add all",
    ],
    pass: [
      "aws ec2 modify-snapshot-attribute --snapshot-id snap-0a1b2c3d --attribute createVolumePermission --operation-type add --user-ids 444455556666",
      "aws ec2 describe-snapshot-attribute --snapshot-id snap-0a1b2c3d --attribute createVolumePermission",
    ],
  },
  {
    id: "aws.sg_admin_port_open",
    block: [
      "aws ec2 authorize-security-group-ingress --group-id sg-0abc --protocol tcp --port 22 --cidr 0.0.0.0/0",
      "aws ec2 authorize-security-group-ingress --group-id sg-0abc --protocol -1 --cidr 0.0.0.0/0",
      `resource "aws_security_group_rule" "db" {\n  type = "ingress"\n  from_port = 5432\n  to_port = 5432\n  protocol = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]\n}`,
    ],
    pass: [
      "aws ec2 authorize-security-group-ingress --group-id sg-0abc --protocol tcp --port 443 --cidr 0.0.0.0/0",
      "aws ec2 authorize-security-group-ingress --group-id sg-0abc --protocol tcp --port 22 --cidr 10.20.0.0/16",
    ],
  },
  {
    id: "aws.cloudtrail_off",
    block: [
      "aws cloudtrail stop-logging --name mgmt-events-trail",
      "aws cloudtrail delete-trail --name mgmt-events-trail",
    ],
    pass: [
      "aws cloudtrail start-logging --name mgmt-events-trail",
      "aws cloudtrail get-trail-status --name mgmt-events-trail",
    ],
  },
  {
    id: "aws.audit_off_in_iac",
    block: [
      'resource "aws_cloudtrail" "main" {\n  name = "acct-trail"\n  s3_bucket_name = "logs-a1"\n  enable_logging = false\n}\n',
      'resource "aws_guardduty_detector" "this" {\n  enable = false\n  finding_publishing_frequency = "SIX_HOURS"\n}\n',
      "Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      S3BucketName: logs-b\n      IsLogging: false\n",
    ],
    pass: [
      'resource "aws_cloudtrail" "main" {\n  name = "acct-trail"\n  enable_logging = true\n  enable_log_file_validation = true\n}\n',
      'resource "aws_guardduty_detector" "this" {\n  enable = true\n}\nresource "aws_s3_bucket_logging" "x" {\n  enable = false\n}\n',
      "Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n",
    ],
  },
  {
    id: "aws.config_off",
    block: [
      "aws configservice stop-configuration-recorder --configuration-recorder-name main-recorder",
    ],
    pass: ["aws configservice describe-configuration-recorder-status"],
  },
  {
    id: "aws.guardduty_off",
    block: [
      "aws guardduty delete-detector --detector-id 12abc34d567e8fa901bc2d34e56789f0",
      `aws guardduty create-filter --detector-id 12ab --name quiet --action ARCHIVE --finding-criteria '{"Criterion":{"severity":{"Gte":1}}}'`,
    ],
    pass: [
      "aws guardduty list-findings --detector-id 12ab",
      "aws guardduty create-detector --enable",
    ],
  },
  {
    id: "aws.securityhub_off",
    block: ["aws securityhub disable-security-hub", "aws macie2 disable-macie"],
    pass: ["aws securityhub enable-security-hub", "aws securityhub get-findings --max-items 10"],
  },
  {
    id: "aws.logging_off",
    block: [
      "aws ec2 delete-flow-logs --flow-log-ids fl-0123456789abcdef0",
      `aws s3api put-bucket-logging --bucket app-data --bucket-logging-status {}`,
    ],
    pass: ["aws ec2 describe-flow-logs"],
  },
  {
    id: "aws.scp_removed",
    block: [
      "aws organizations detach-policy --policy-id p-examplepolicyid111 --target-id 111122223333",
      "aws --profile member organizations leave-organization",
    ],
    pass: ["aws organizations list-policies --filter SERVICE_CONTROL_POLICY"],
  },
  {
    id: "aws.kms_policy_anyone",
    block: [
      `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Resource":"*"}]}`,
    ],
    pass: [
      `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}`,
    ],
  },
  {
    id: "aws.rds_public",
    block: [
      "aws rds modify-db-instance --db-instance-identifier prod-pg --publicly-accessible --apply-immediately",
    ],
    pass: ["aws rds modify-db-instance --db-instance-identifier prod-pg --no-publicly-accessible"],
  },
  {
    id: "gcp.public_member_power",
    block: [
      "gcloud projects add-iam-policy-binding acme-prod --member=allAuthenticatedUsers --role=roles/editor",
      "gsutil iam ch allUsers:objectAdmin gs://acme-uploads",
    ],
    pass: [
      "gsutil iam ch allUsers:objectViewer gs://acme-public-site",
      "gcloud run services add-iam-policy-binding web --member=allUsers --role=roles/run.invoker",
    ],
  },
  {
    id: "gcp.org_policy_relaxed",
    block: [
      "gcloud resource-manager org-policies disable-enforce iam.disableServiceAccountKeyCreation --organization=123456789",
    ],
    pass: [
      "gcloud resource-manager org-policies enable-enforce iam.disableServiceAccountKeyCreation --organization=123456789",
      "gcloud resource-manager org-policies list --project=acme-prod",
    ],
  },
  {
    id: "gcp.logging_off",
    block: [
      "gcloud logging sinks delete audit-to-bq",
      "gcloud services disable securitycenter.googleapis.com --project acme-prod",
    ],
    pass: ["gcloud logging sinks list"],
  },
  {
    id: "gcp.project_ssh_key",
    block: [
      `gcloud compute project-info add-metadata --metadata ssh-keys="ops:ssh-ed25519 AAAAC3Nza ops"`,
    ],
    pass: ["gcloud compute project-info describe --format='value(commonInstanceMetadata.items)'"],
  },
  {
    id: "gcp.oslogin_off",
    block: ["gcloud compute instances add-metadata vm-1 --metadata enable-oslogin=FALSE"],
    pass: ["gcloud compute instances add-metadata vm-1 --metadata enable-oslogin=TRUE"],
  },
  {
    id: "gcp.firewall_admin_open",
    block: [
      "gcloud compute firewall-rules create allow-ssh --network default --allow tcp:22 --source-ranges 0.0.0.0/0",
    ],
    pass: [
      "gcloud compute firewall-rules create allow-https --allow tcp:443 --source-ranges 0.0.0.0/0",
      "gcloud compute firewall-rules create allow-ssh-iap --allow tcp:22 --source-ranges 35.235.240.0/20",
    ],
  },
  {
    id: "gcp.sql_open",
    block: ["gcloud sql instances patch prod-db --authorized-networks=0.0.0.0/0"],
    pass: ["gcloud sql instances patch prod-db --authorized-networks=203.0.113.0/24"],
  },
  {
    id: "gcp.gke_weakened",
    block: [
      "gcloud container clusters update prod --enable-legacy-authorization --zone europe-west1-b",
    ],
    pass: ["gcloud container clusters update prod --no-enable-legacy-authorization"],
  },
  {
    id: "gcp.sa_token_creator_broad",
    block: [
      "gcloud iam service-accounts add-iam-policy-binding deployer@acme.iam.gserviceaccount.com --role=roles/iam.serviceAccountTokenCreator --member=domain:acme.com",
    ],
    pass: [
      "gcloud iam service-accounts add-iam-policy-binding deployer@acme.iam.gserviceaccount.com --role=roles/iam.serviceAccountTokenCreator --member=serviceAccount:ci@acme.iam.gserviceaccount.com",
    ],
  },
  {
    id: "az.blob_public",
    block: [
      "az storage account update -n acmedata -g rg --allow-blob-public-access true",
      "az storage container set-permission -n backups --account-name acmedata --public-access container",
    ],
    pass: [
      "az storage account update -n acmedata -g rg --allow-blob-public-access false",
      "az storage container set-permission -n backups --account-name acmedata --public-access off",
    ],
  },
  {
    id: "az.storage_network_open",
    block: ["az storage account update -n acmedata -g rg --default-action Allow"],
    pass: ["az storage account update -n acmedata -g rg --default-action Deny"],
  },
  {
    id: "az.nsg_admin_open",
    block: [
      "az network nsg rule create -g rg --nsg-name web-nsg -n rdp --priority 100 --source-address-prefixes '*' --destination-port-ranges 3389 --access Allow --protocol Tcp",
    ],
    pass: [
      "az network nsg rule create -g rg --nsg-name web-nsg -n rdp --priority 100 --source-address-prefixes 10.1.0.0/16 --destination-port-ranges 3389 --access Allow",
      "az network nsg rule create -g rg --nsg-name web-nsg -n https --priority 110 --source-address-prefixes Internet --destination-port-ranges 443 --access Allow",
    ],
  },
  {
    id: "az.sql_firewall_all",
    block: [
      "az sql server firewall-rule create -g rg -s acme-sql -n all --start-ip-address 0.0.0.0 --end-ip-address 255.255.255.255",
    ],
    pass: [
      "az sql server firewall-rule create -g rg -s acme-sql -n azure --start-ip-address 0.0.0.0 --end-ip-address 0.0.0.0",
    ],
  },
  {
    id: "az.diagnostics_off",
    block: [
      "az monitor diagnostic-settings delete --name send-to-la --resource /subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1",
      "az security pricing create -n VirtualMachines --tier free",
    ],
    pass: [
      "az monitor diagnostic-settings list --resource /subscriptions/x",
      "az security pricing create -n VirtualMachines --tier standard",
    ],
  },
  {
    id: "az.credential_added",
    block: [
      "az ad sp credential reset --id 7f1e0000-0000-0000-0000-000000000001 --append --years 2",
    ],
    pass: ["az ad sp credential list --id 7f1e0000-0000-0000-0000-000000000001"],
  },
  {
    id: "az.elevate_access",
    block: [
      `az rest --method post --url "/providers/Microsoft.Authorization/elevateAccess?api-version=2016-07-01"`,
    ],
    pass: [`az role assignment list --scope "/" --role "User Access Administrator"`],
  },
  {
    id: "az.sas_long_full",
    block: [
      "az storage container generate-sas --account-name acmedata -n backups --permissions racwdl --expiry 2099-12-31 -o tsv",
    ],
    pass: [
      "az storage blob generate-sas --account-name acmedata -c r -n report.pdf --permissions r --expiry 2026-12-01",
    ],
  },
];

runCases("cloud", CASES);

runCases("cloud iac", [
  {
    id: "aws.policy_star_star",
    block: [
      `resource "aws_iam_policy" "ops" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect = "Allow"\n      Action = "*"\n      Resource = "*"\n    }]\n  })\n}`,
      "PolicyDocument:\n  Statement:\n    - Effect: Allow\n      Action: '*'\n      Resource: '*'\n",
    ],
    pass: [
      `resource "aws_iam_policy" "ro" {\n  policy = jsonencode({\n    Statement = [{\n      Effect = "Allow"\n      Action = ["s3:GetObject"]\n      Resource = "arn:aws:s3:::logs/*"\n    }]\n  })\n}`,
    ],
  },
  {
    id: "aws.trust_anyone",
    block: [
      `assume_role_policy = jsonencode({\n  Statement = [{\n    Effect = "Allow"\n    Principal = { AWS = "*" }\n    Action = "sts:AssumeRole"\n  }]\n})`,
    ],
  },
]);

runCases("cloud sdk", [
  {
    id: "aws.bucket_public_write",
    block: [`s3.put_bucket_acl(Bucket="media-uploads", ACL="public-read-write")`],
    pass: [`s3.put_bucket_acl(Bucket="media-uploads", ACL="private")`],
  },
  {
    id: "aws.admin_to_user",
    block: [
      `iam.attach_user_policy(UserName="build-runner", PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")`,
    ],
    pass: [
      `iam.attach_user_policy(UserName="build-runner", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")`,
    ],
  },
  {
    id: "aws.snapshot_public",
    block: [
      `ec2.modify_snapshot_attribute(SnapshotId="snap-0a1b", Attribute="createVolumePermission", OperationType="add", GroupNames=["all"])`,
    ],
    pass: [
      `ec2.modify_snapshot_attribute(SnapshotId="snap-0a1b", Attribute="createVolumePermission", OperationType="add", UserIds=["444455556666"])`,
    ],
  },
  {
    id: "aws.sg_admin_port_open",
    block: [
      `ec2.authorize_security_group_ingress(GroupId="sg-1", IpPermissions=[{"IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])`,
    ],
    pass: [
      `ec2.authorize_security_group_ingress(GroupId="sg-1", IpPermissions=[{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])`,
    ],
  },
  {
    id: "aws.sdk_detection_off",
    block: [
      `boto3.client("cloudtrail").stop_logging(Name="mgmt-events-trail")`,
      `await client.send(new DeleteDetectorCommand({ DetectorId: id }));`,
    ],
    pass: [
      `boto3.client("cloudtrail").start_logging(Name="mgmt-events-trail")`,
      `await client.send(new GetDetectorCommand({ DetectorId: id }));`,
    ],
  },
]);

runCases("ansible", [
  {
    id: "linux.ansible_protection_off",
    block: [
      "- name: relax\n  ansible.posix.selinux:\n    state: disabled\n",
      "- community.general.ufw:\n    state: disabled\n",
      "- ansible.builtin.systemd:\n    name: auditd\n    state: stopped\n    enabled: false\n",
    ],
    pass: [
      "- ansible.posix.selinux:\n    policy: targeted\n    state: enforcing\n",
      "- ansible.builtin.systemd:\n    name: nginx\n    state: stopped\n",
    ],
  },
  {
    id: "linux.kernel_hardening_off",
    block: [
      "- ansible.posix.sysctl:\n    name: kernel.randomize_va_space\n    value: '0'\n    state: present\n",
    ],
    pass: ["- ansible.posix.sysctl:\n    name: kernel.randomize_va_space\n    value: '2'\n"],
  },
  {
    id: "linux.uid0_account",
    block: ["- ansible.builtin.user:\n    name: sysbackup\n    uid: 0\n    non_unique: yes\n"],
    pass: ["- ansible.builtin.user:\n    name: sysbackup\n    uid: 1500\n"],
  },
]);
