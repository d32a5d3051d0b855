import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "tf3.s3_public_acl",
    block: [
      `resource "aws_s3_bucket_acl" "exports" {\n  bucket = aws_s3_bucket.exports.id\n  acl    = "public-read"\n}\n`,
      `resource "aws_s3_bucket" "scratch" {\n  bucket = "team-scratch"\n  acl = "public-read-write"\n}\n`,
      `Resources:\n  Backups:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: AuthenticatedRead\n`,
    ],
    pass: [
      `resource "aws_s3_bucket_acl" "exports" {\n  bucket = aws_s3_bucket.exports.id\n  acl    = "private"\n}\n`,
      `resource "aws_s3_bucket_website_configuration" "site" {\n  bucket = aws_s3_bucket.site.id\n  index_document { suffix = "index.html" }\n}\nresource "aws_s3_bucket_acl" "site" {\n  bucket = aws_s3_bucket.site.id\n  acl    = "public-read"\n}\n`,
      `Resources:\n  Backups:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n`,
    ],
  },
  {
    id: "tf3.s3_public_access_block_off",
    block: [
      `resource "aws_s3_bucket_public_access_block" "logs" {\n  bucket              = aws_s3_bucket.logs.id\n  block_public_policy = false\n}\n`,
      `resource "aws_s3_bucket_public_access_block" "b" {\n  bucket = aws_s3_bucket.b.id\n  block_public_acls = true\n  restrict_public_buckets = false\n}\n`,
      `resource "aws_s3_bucket_public_access_block" "x" {\n  bucket = "x"\n  ignore_public_acls = false\n  block_public_policy = false\n}\n`,
    ],
    pass: [
      `resource "aws_s3_bucket_public_access_block" "logs" {\n  bucket                  = aws_s3_bucket.logs.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n`,
      `resource "aws_s3_bucket_public_access_block" "b" {\n  bucket = aws_s3_bucket.b.id\n}\n`,
      `resource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration { status = "Enabled" }\n}\n`,
    ],
  },
  {
    id: "tf3.gcs_all_users",
    block: [
      `resource "google_storage_bucket_iam_member" "dump" {\n  bucket = google_storage_bucket.dump.name\n  role   = "roles/storage.objectViewer"\n  member = "allUsers"\n}\n`,
      `resource "google_storage_bucket_iam_binding" "b" {\n  bucket  = "ml-datasets"\n  role    = "roles/storage.objectAdmin"\n  members = ["user:ana@example.com", "allAuthenticatedUsers"]\n}\n`,
      `resource "google_storage_bucket_iam_member" "w" {\n  bucket = "uploads"\n  role = "roles/storage.objectCreator"\n  member = "allUsers"\n}\n`,
    ],
    pass: [
      `resource "google_storage_bucket_iam_member" "dump" {\n  bucket = google_storage_bucket.dump.name\n  role   = "roles/storage.objectViewer"\n  member = "serviceAccount:\${google_service_account.etl.email}"\n}\n`,
      `resource "google_storage_bucket" "site" {\n  name = "www-example"\n  website {\n    main_page_suffix = "index.html"\n  }\n}\nresource "google_storage_bucket_iam_member" "pub" {\n  bucket = google_storage_bucket.site.name\n  role   = "roles/storage.objectViewer"\n  member = "allUsers"\n}\n`,
      `resource "google_storage_bucket_iam_binding" "b" {\n  bucket  = "ml-datasets"\n  role    = "roles/storage.objectViewer"\n  members = ["group:ml@example.com"]\n}\n`,
    ],
  },
  {
    id: "tf3.azure_storage_public_or_weak_tls",
    block: [
      `resource "azurerm_storage_account" "docs" {\n  name = "docsprod"\n  allow_nested_items_to_be_public = true\n}\n`,
      `resource "azurerm_storage_account" "legacy" {\n  name            = "legacy"\n  min_tls_version = "TLS1_0"\n}\n`,
      `resource "azurerm_storage_account" "x" {\n  name = "x"\n  https_traffic_only_enabled = false\n}\n`,
    ],
    pass: [
      `resource "azurerm_storage_account" "docs" {\n  name = "docsprod"\n  allow_nested_items_to_be_public = false\n  min_tls_version = "TLS1_2"\n}\n`,
      `resource "azurerm_storage_account" "x" {\n  name = "x"\n  https_traffic_only_enabled = true\n}\n`,
      `resource "azurerm_mssql_server" "db" {\n  minimum_tls_version = "1.2"\n}\n`,
    ],
  },
  {
    id: "tf3.cdn_allow_http",
    block: [
      `default_cache_behavior {\n  target_origin_id       = "api"\n  viewer_protocol_policy = "allow-all"\n}\n`,
      `ordered_cache_behavior {\n  path_pattern = "/downloads/*"\n  viewer_protocol_policy = "allow-all"\n}\n`,
      `viewer_protocol_policy="allow-all"\n`,
    ],
    pass: [
      `default_cache_behavior {\n  target_origin_id       = "api"\n  viewer_protocol_policy = "redirect-to-https"\n}\n`,
      `ordered_cache_behavior {\n  viewer_protocol_policy = "https-only"\n}\n`,
      `origin_protocol_policy = "http-only"\n`,
    ],
  },
  {
    id: "tf3.k8s_api_public",
    block: [
      `resource "aws_eks_cluster" "prod" {\n  vpc_config {\n    endpoint_public_access = true\n    public_access_cidrs = ["0.0.0.0/0"]\n  }\n}\n`,
      `master_authorized_networks_config {\n  cidr_blocks {\n    cidr_block   = "0.0.0.0/0"\n    display_name = "all"\n  }\n}\n`,
      `api_server_access_profile {\n  authorized_ip_ranges = ["0.0.0.0/0"]\n}\n`,
    ],
    pass: [
      `resource "aws_eks_cluster" "prod" {\n  vpc_config {\n    endpoint_public_access = true\n    public_access_cidrs = ["203.0.113.0/24"]\n  }\n}\n`,
      `master_authorized_networks_config {\n  cidr_blocks {\n    cidr_block   = "10.20.0.0/16"\n    display_name = "vpn"\n  }\n}\n`,
      `api_server_access_profile {\n  authorized_ip_ranges = [var.office_cidr]\n}\n`,
    ],
  },
  {
    id: "cfn3.sg_world_admin_port",
    block: [
      `SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 3389\n    ToPort: 3389\n    CidrIp: 0.0.0.0/0\n`,
      `"SecurityGroupIngress": [{ "IpProtocol": "tcp", "FromPort": "6379", "ToPort": "6379", "CidrIp": "0.0.0.0/0" }]\n`,
      `SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 27017\n    ToPort: 27017\n    CidrIp: '0.0.0.0/0'\n`,
    ],
    pass: [
      `SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 443\n    ToPort: 443\n    CidrIp: 0.0.0.0/0\n`,
      `SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 5432\n    ToPort: 5432\n    CidrIp: 10.0.0.0/16\n`,
      `SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 22\n    ToPort: 22\n    SourceSecurityGroupId: !Ref BastionSg\n`,
    ],
  },
  {
    id: "k8s3.default_sa_cluster_admin",
    block: [
      `kind: ClusterRoleBinding\napiVersion: rbac.authorization.k8s.io/v1\nmetadata:\n  name: ci-admin\nsubjects:\n  - kind: ServiceAccount\n    name: default\n    namespace: ci\nroleRef:\n  kind: ClusterRole\n  name: cluster-admin\n  apiGroup: rbac.authorization.k8s.io\n`,
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: jobs\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n- kind: ServiceAccount\n  name: default\n  namespace: batch\n`,
      `kind: ClusterRoleBinding\nmetadata: {name: x}\nsubjects:\n  - kind: ServiceAccount\n    name: default\n    namespace: monitoring\nroleRef: {kind: ClusterRole, name: cluster-admin, apiGroup: rbac.authorization.k8s.io}\n`,
    ],
    pass: [
      `kind: ClusterRoleBinding\napiVersion: rbac.authorization.k8s.io/v1\nmetadata:\n  name: ci-view\nsubjects:\n  - kind: ServiceAccount\n    name: default\n    namespace: ci\nroleRef:\n  kind: ClusterRole\n  name: view\n`,
      `kind: ClusterRoleBinding\napiVersion: rbac.authorization.k8s.io/v1\nmetadata:\n  name: platform-admins\nsubjects:\n  - kind: Group\n    name: platform-admins\nroleRef:\n  kind: ClusterRole\n  name: cluster-admin\n`,
      `kind: RoleBinding\nmetadata:\n  name: ci-edit\n  namespace: ci\nsubjects:\n  - kind: ServiceAccount\n    name: deployer\nroleRef:\n  kind: ClusterRole\n  name: edit\n`,
    ],
  },
  {
    id: "tf3.volume_unencrypted",
    block: [
      'resource "aws_ebs_volume" "scratch" {\n  availability_zone = "us-east-1a"\n  size              = 100\n  encrypted         = false\n}\n',
      'resource "aws_instance" "db" {\n  ami = var.ami\n  root_block_device {\n    volume_size = 200\n    encrypted   = false\n  }\n}\n',
      'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = false\n}\n',
    ],
    pass: [
      'resource "aws_ebs_volume" "scratch" {\n  availability_zone = "us-east-1a"\n  size              = 100\n  encrypted         = true\n  kms_key_id        = aws_kms_key.ebs.arn\n}\n',
      'resource "aws_instance" "db" {\n  root_block_device {\n    volume_size = 200\n    encrypted   = true\n  }\n}\n',
      'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}\n',
    ],
  },
  {
    id: "tf3.azure_nsg_admin_port_any",
    block: [
      'resource "azurerm_network_security_rule" "ssh" {\n  direction                  = "Inbound"\n  access                     = "Allow"\n  destination_port_range     = "22"\n  source_address_prefix      = "Internet"\n}\n',
      'security_rule {\n  name = "sql"\n  direction = "Inbound"\n  access = "Allow"\n  source_address_prefix = "*"\n  destination_port_range = "1433"\n}\n',
      'resource "azurerm_network_security_rule" "winrm" {\n  direction = "Inbound"\n  destination_port_ranges = ["5986", "443"]\n  source_address_prefix = "0.0.0.0/0"\n  access = "Allow"\n}\n',
    ],
    pass: [
      'resource "azurerm_network_security_rule" "ssh" {\n  direction                  = "Inbound"\n  access                     = "Allow"\n  destination_port_range     = "22"\n  source_address_prefix      = "10.10.0.0/16"\n}\n',
      'resource "azurerm_network_security_rule" "web" {\n  direction = "Inbound"\n  access = "Allow"\n  destination_port_range = "443"\n  source_address_prefix = "Internet"\n}\n',
      'resource "azurerm_network_security_rule" "deny" {\n  direction = "Inbound"\n  access = "Deny"\n  destination_port_range = "3389"\n  source_address_prefix = "*"\n}\n',
    ],
  },
  {
    id: "tf3.iam_user_admin_policy",
    block: [
      'resource "aws_iam_user_policy_attachment" "deployer" {\n  user       = aws_iam_user.deployer.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n',
      'resource "aws_iam_group_policy_attachment" "contractors" {\n  group = aws_iam_group.contractors.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n',
      'resource "aws_iam_user_policy_attachment" "x" {\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n  user = "build-bot"\n}\n',
    ],
    pass: [
      'resource "aws_iam_user_policy_attachment" "deployer" {\n  user       = aws_iam_user.deployer.name\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
      'resource "aws_iam_role_policy_attachment" "breakglass" {\n  role       = aws_iam_role.breakglass.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n',
      'resource "aws_iam_user_policy_attachment" "deployer" {\n  user       = aws_iam_user.deployer.name\n  policy_arn = aws_iam_policy.deploy_only.arn\n}\n',
    ],
  },
];

runCases("appsec3 cloud", CASES);
