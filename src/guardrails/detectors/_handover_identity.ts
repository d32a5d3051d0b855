/**
 * Access handover, identities and keys: an outsider's login put in an admin group (Linux
 * `usermod` / `gpasswd` / `adduser`, macOS `dscl` / `dseditgroup`, Windows `net localgroup`,
 * `Add-LocalGroupMember`, `Add-ADGroupMember`, `net group /domain`), sudo for everything without a
 * password, an outside SSH CA or key source trusted by sshd, an outsider's GitHub / Launchpad keys
 * imported, cloud / cluster / Vault / Redis / MySQL power given to an outside identity. From MITRE
 * ATT&CK T1098 (.001 additional cloud credentials, .004 SSH authorized keys, .007 additional local or
 * domain groups), T1136 (create account), T1078; Sigma `rules/linux/process_creation`
 * (`proc_creation_lnx_usermod_susp_group`, `..._sudoers`), `rules/windows/process_creation`
 * (`proc_creation_win_net_user_add`, `..._susp_add_user_privileged_group`), `rules/macos`
 * (`proc_creation_macos_dscl_add_user_to_admin_group`, `..._sysadminctl_add_user_to_admin_group`);
 * Elastic detection-rules (persistence_user_account_added_to_privileged_group_ad, linux
 * sshd_config TrustedUserCAKeys / AuthorizedKeysCommand); CIS Ubuntu 5.2 / 5.3 (sudo, sshd).
 */
import { r } from "./_ctlplane_core.ts";
import {
  differentOwner,
  FREE_MAIL_DOMAIN,
  type HandoverRule,
  outsideHost,
  outsideMail,
  outsiderName,
  someCapture,
} from "./_handover_core.ts";

/** An admin group of Linux, macOS or Windows. */
const ADMIN_GROUP =
  r`(?:sudo|wheel|admin|root|["']?Administra(?:tors|dores|teurs|toren|tori)["']?|"Remote Desktop Users"|'Remote Desktop Users'|"Domain Admins"|'Domain Admins'|"Enterprise Admins"|'Enterprise Admins'|"Schema Admins"|Backup\s?Operators)`;

/** The logins an admin-group command adds (group 1 or 2). */
const ADMIN_ADD = new RegExp(
  [
    r`\busermod\s[^\n;&|]{0,80}?-a?G\s{0,3}[\w,-]{0,80}?\b(?:sudo|wheel|admin)\b[\w,-]{0,40}\s{1,3}(?:-\S{1,20}\s{1,3}){0,3}([\w.@-]{1,60})`,
    r`\bgpasswd\s{1,3}(?:-a|--add)\s{1,3}([\w.@-]{1,60})\s{1,3}(?:sudo|wheel|admin)\b`,
    r`\badduser\s{1,3}([\w.@-]{1,60})\s{1,3}(?:sudo|wheel|admin)\b`,
    r`\buseradd\b[^\n;&|]{0,200}?-G\s{0,3}[\w,]{0,60}?\b(?:sudo|wheel|admin)\b[^\n;&|]{0,200}?\s([\w.@-]{1,60})\s{0,3}(?:$|[;&|\n])`,
    r`\bdscl\s{1,3}\S{1,40}\s{1,3}-append\s{1,3}\/Groups\/admin\s{1,3}GroupMembership\s{1,3}([\w.@-]{1,60})`,
    r`\bdseditgroup\s[^\n;&|]{0,40}?-a\s{1,3}([\w.@-]{1,60})[^\n;&|]{0,40}?\s(?:admin|wheel)\b`,
    r`\bsysadminctl\s{1,3}-addUser\s{1,3}([\w.@-]{1,60})[^\n;&|]{0,200}?\s-admin\b`,
    r`\bnet1?\s{1,3}(?:localgroup|group)\s{1,3}${ADMIN_GROUP}\s{1,3}["']?([\w.@\\-]{1,80})["']?\s{1,3}\/add`,
    r`\bAdd-LocalGroupMember\s[^\n;|]{0,120}?-Member\s{1,3}["']?([\w.@\\-]{1,80})`,
    r`\bAdd-ADGroupMember\s[^\n;|]{0,120}?-Members?\s{1,3}["']?([\w.@\\-]{1,80})`,
  ].join("|"),
  "gi",
);

/** The group of an `Add-LocalGroupMember` / `Add-ADGroupMember` call is an admin group. */
const PS_ADMIN_GROUP =
  /\b(?:Add-LocalGroupMember|Add-ADGroupMember)\b[^\n;|]{0,120}?["'\s](?:Administra(?:tors|dores|teurs|toren|tori)|Remote Desktop Users|Domain Admins|Enterprise Admins|Schema Admins|Backup Operators|S-1-5-32-5(?:44|55|51))\b/i;

export const HANDOVER_IDENTITY_RULES: readonly HandoverRule[] = [
  {
    id: "os.outsider_admin",
    lit: [
      "usermod",
      "gpasswd",
      "adduser",
      "useradd",
      "dscl",
      "dseditgroup",
      "sysadminctl",
      "localgroup",
      "net group",
      "add-localgroupmember",
      "add-adgroupmember",
    ],
    re:
      /\b(?:usermod|gpasswd|adduser|useradd|dscl|dseditgroup|sysadminctl|net1?\s{1,3}(?:localgroup|group)|Add-LocalGroupMember|Add-ADGroupMember)\b/i,
    judge: (view) =>
      someCapture(ADMIN_ADD, view, outsiderName) &&
      (!/Add-(?:Local|AD)GroupMember/i.test(view) || PS_ADMIN_GROUP.test(view)),
    why:
      "puts an outside party's login (vendor, contractor, partner, guest, personal …) in an administrators / sudo / remote-desktop group",
  },
  {
    id: "sudo.nopasswd_all",
    lit: "nopasswd",
    re: /\bNOPASSWD\s{0,3}:\s{0,3}ALL\b/,
    also: /\b(?:sudoers|visudo)\b/,
    why: "gives a login every command as root without a password (sudoers NOPASSWD: ALL)",
  },
  {
    id: "ssh.outside_ca_or_key_source",
    lit: ["trustedusercakeys", "authorizedkeyscommand", "authorizedkeysfile"],
    re:
      /\b(?:TrustedUserCAKeys|AuthorizedKeysCommand|AuthorizedKeysFile)\b[^\n]{0,300}?(?:sshd_config|\|\s{0,3}(?:sudo\s{1,3})?tee\b)|\b(?:echo|printf|sed|tee|cat)\b[^\n]{0,200}?\b(?:TrustedUserCAKeys|AuthorizedKeysCommand)\b/i,
    judge: (view) =>
      someCapture(
        /\b(?:TrustedUserCAKeys|AuthorizedKeysFile)\s{1,3}(\S{1,200})/gi,
        view,
        outsiderName,
      ) ||
      someCapture(
        /\bAuthorizedKeysCommand\s{1,3}[^\n]{0,200}?https?:\/\/([\w.-]{1,200})/gi,
        view,
        (h) => !/^(?:localhost|127\.|10\.|192\.168\.)|\.(?:internal|local|corp|lan)$/i.test(h),
      ),
    why:
      "makes sshd trust an outside certificate authority or take the keys it accepts from an outside host",
  },
  {
    id: "ssh.import_outsider_keys",
    lit: ["ssh-import-id", "ssh-copy-id"],
    re:
      /\bssh-copy-id\b[^\n;&|]{0,80}?\s-i\s|\bssh-import-id(?:-gh|-lp)?\s{1,3}(?:-\S{1,20}\s{1,3}\S{0,40}\s{1,3}){0,2}(?:(?:gh|lp):)?[\w.-]{1,60}/i,
    judge: (view) =>
      someCapture(
        /\bssh-copy-id\b[^\n;&|]{0,80}?\s-i\s{1,3}["']?(\S{1,200})/gi,
        view,
        outsiderName,
      ) ||
      someCapture(
        /\bssh-import-id(?:-gh|-lp)?\s[^\n;&|]{0,80}?(?:gh|lp):([\w.-]{1,60})/gi,
        view,
        outsiderName,
      ),
    why: "trusts an outside party's published SSH keys for logins to this machine",
  },
  {
    id: "cloud.foreign_service_account_power",
    lit: "add-iam-policy-binding",
    re: new RegExp(
      r`\badd-iam-policy-binding\s{1,3}([\w-]{3,60})\b[^\n]{0,300}?--member[= ]["']?serviceAccount:[\w.-]{1,80}@([\w-]{3,60})\.iam\.gserviceaccount\.com[^\n]{0,200}?--role[= ]["']?roles\/(?:owner|editor|iam\.\w{0,40}|resourcemanager\.\w{0,40}|\w{0,30}\.admin)\b`,
      "i",
    ),
    judge: (view) => {
      const m =
        /add-iam-policy-binding\s{1,3}([\w-]{3,60})\b[^\n]{0,300}?serviceAccount:[\w.-]{1,80}@([\w-]{3,60})\.iam/i
          .exec(view);
      return m !== null && differentOwner(m[1], m[2]);
    },
    why: "gives a service account of another organisation's project owner / editor / admin power",
  },
  {
    id: "openshift.outside_cluster_role",
    lit: [
      "add-cluster-role-to-user",
      "add-role-to-user",
      "add-cluster-role-to-group",
      "add-role-to-group",
    ],
    re:
      /\boc\s{1,3}adm\s{1,3}policy\s{1,3}add-(?:cluster-)?role-to-(?:user|group)\s{1,3}(?:cluster-admin|admin|edit|cluster-reader|sudoer)\s{1,3}\S{1,80}/i,
    judge: (view) => {
      const m =
        /\badd-(?:cluster-)?role-to-(?:user|group)\s{1,3}\S{1,40}\s{1,3}["']?([\w.+-]{1,64}@[\w.-]{1,120}|system:(?:anonymous|unauthenticated|authenticated))/i
          .exec(view);
      return m !== null && (m[1].startsWith("system:") || outsideMail(view, m[1]));
    },
    why: "gives an outside identity or anonymous users an admin role on an OpenShift cluster",
  },
  {
    id: "aws.kms_grant_foreign",
    lit: "create-grant",
    re:
      /\bkms\s{1,3}create-grant\b[^\n]{0,300}?--grantee-principal[= ]{1,3}["']?(?:arn:aws[\w-]{0,12}:iam::)?\d{12}\b/i,
    judge: (view) => {
      const g =
        /--grantee-principal[= ]{1,3}["']?(?:arn:aws[\w-]{0,12}:iam::)?(\d{12})(:root\b|(?![:\d]))?/i
          .exec(view);
      if (g === null) return false;
      const key = /--key-id[= ]{1,3}["']?arn:aws[\w-]{0,12}:kms:[\w-]{1,30}:(\d{12}):/i.exec(view);
      if (key !== null) return key[1] !== g[1];
      return g[2] !== undefined && view.split(g[1]).length < 3;
    },
    why: "lets another AWS account use a KMS key (decrypt the data it protects)",
  },
  {
    id: "host.outside_authorized_keys_source",
    lit: "authorized_keys",
    re:
      /\b(?:curl|wget)\b[^\n|;]{0,200}?https?:\/\/([\w.-]{1,120})\/[^\s|;]{0,200}\s{0,3}(?:>>?|\|\s{0,3}(?:sudo\s{1,3})?tee\s{1,3}(?:-a\s{1,3})?)\s{0,3}\S{0,80}authorized_keys\b/i,
    judge: (view) =>
      someCapture(
        /\b(?:curl|wget)\b[^\n|;]{0,200}?https?:\/\/([\w.-]{1,120})\/[^\s|;]{0,200}\s{0,3}(?:>>?|\|)/gi,
        view,
        (h) => outsideHost(view, h) || /^(?:github\.com|gitlab\.com)$/i.test(h),
      ),
    why: "appends keys fetched from an outside host to authorized_keys (standing SSH access)",
  },
  {
    id: "ssh.certificate_for_outsider",
    lit: "ssh-keygen",
    re: /\bssh-keygen\b[^\n;|]{0,200}?\s-s\s{1,3}\S{1,200}[^\n;|]{0,200}?\s-I\s{1,3}\S{1,120}/,
    judge: (view) => {
      const m = /\bssh-keygen\b([^\n;|]{0,500})/.exec(view);
      if (m === null) return false;
      const a = m[1];
      const id = /\s-I\s{1,3}["']?(\S{1,120})/.exec(a)?.[1] ?? "";
      const principals = /\s-n\s{1,3}["']?(\S{1,200})/.exec(a)?.[1] ?? "";
      const weeks = /\s-V\s{1,3}["']?(?:always:forever|\+(\d{1,4})w)/.exec(a);
      const long = weeks !== null && (weeks[1] === undefined || Number(weeks[1]) >= 8);
      return outsiderName(id) || outsiderName(principals) ||
        /(?:^|,)root(?:,|$)/.test(principals) && long;
    },
    why: "signs an SSH certificate for an outside party, or a long-lived one that logs in as root",
  },
  {
    id: "k8s.outsider_binding",
    lit: ["rolebinding"],
    re:
      /\bkubectl\s{1,3}(?:-n\s{1,3}\S{1,60}\s{1,3})?create\s{1,3}(?:cluster)?rolebinding\b[^\n;|]{0,300}?--(?:cluster)?role[= ]{1,3}["']?(?:cluster-admin|admin|edit)\b/i,
    judge: (view) => {
      for (
        const m of view.matchAll(
          /--(?:user|group)[= ]{1,3}["']?([\w.+-]{1,64}@[\w.-]{3,120}|system:(?:anonymous|unauthenticated|authenticated)|[\w.-]{1,60})/gi,
        )
      ) {
        const who = m[1];
        if (who.startsWith("system:") || outsiderName(who)) return true;
        if (who.includes("@") && outsideMail(view, who)) return true;
      }
      return false;
    },
    why: "binds an outside identity or anonymous users to an admin / edit role in the cluster",
  },
  {
    // EKS `aws-auth` (mapRoles / mapUsers) or an access entry mapping another AWS account's
    // role or user to `system:masters` / cluster admin: "another" means a 12-digit account that
    // differs from an account the same call shows as the cluster's (its ARN, a node role).
    id: "eks.foreign_cluster_admin",
    lit: ["aws-auth", "maproles", "mapusers", "create-access-entry", "associate-access-policy"],
    re:
      /\b(?:aws-auth\b[^]{0,2000}?(?:maproles|mapusers)\b[^]{0,2000}?system:masters\b|eks\s{1,3}(?:create-access-entry|associate-access-policy)\b[^\n;|]{0,400}?(?:system:masters|AmazonEKSClusterAdminPolicy|AmazonEKSAdminPolicy))/i,
    judge: (view) => {
      const accounts = [
        ...view.matchAll(/arn:aws[\w-]{0,12}:(?:iam|eks|sts)::?[\w-]{0,20}:?(\d{12}):/g),
      ]
        .map((m) => m[1]);
      const own = new Set(accounts.filter((a, i) => accounts.indexOf(a) !== i));
      const grantee =
        /(?:rolearn|userarn|principal-arn)["'\s:=]{1,6}arn:aws[\w-]{0,12}:iam::(\d{12}):(?:role|user)\/([\w+=,.@\/-]{1,128})/gi;
      for (const m of view.matchAll(grantee)) {
        if (own.size > 0 && !own.has(m[1])) return true;
        // Another account than one the map already trusts, under a vendor's or contractor's name.
        if (accounts.some((a) => a !== m[1]) && outsiderName(m[2])) return true;
      }
      return false;
    },
    why:
      "maps another AWS account's role or user to cluster admin (system:masters) in an EKS cluster",
  },
  {
    // Infrastructure as code that makes a consumer-mail account an owner / admin / editor of a
    // GCP organisation, folder or project (`google_organization_iam_member` … `member =
    // "user:someone@gmail.com"`), or lifts the domain-restricted-sharing policy so it can.
    id: "iac.outsider_member_power",
    lit: ["iam_member", "iam_binding", "iam_policy", "allowedpolicymemberdomains"],
    re: new RegExp(
      r`\bgoogle_(?:organization|folder|project)_iam_(?:member|binding)\b[^]{0,600}?(?:\brole\s{0,3}=\s{0,3}"roles\/(?:owner|editor|resourcemanager\.\w{0,40}admin\w{0,10}|iam\.\w{0,40}admin\w{0,10}|[\w.]{0,40}\.admin)"[^]{0,300}?\bmembers?\s{0,3}=\s{0,3}\[?\s{0,3}"user:[\w.+-]{1,64}@${FREE_MAIL_DOMAIN}"|\bmembers?\s{0,3}=\s{0,3}\[?\s{0,3}"user:[\w.+-]{1,64}@${FREE_MAIL_DOMAIN}"[^]{0,300}?\brole\s{0,3}=\s{0,3}"roles\/(?:owner|editor|resourcemanager\.\w{0,40}admin\w{0,10}|iam\.\w{0,40}admin\w{0,10}|[\w.]{0,40}\.admin)")`,
      "i",
    ),
    why:
      "makes a personal (consumer mail) account an owner, editor or admin of a cloud organisation or project in infrastructure code",
  },
  {
    id: "cloud.outside_member_power",
    lit: ["add-iam-policy-binding", "role assignment create"],
    re:
      /\b(?:gcloud\s[^\n;|]{0,80}?add-iam-policy-binding\b[^\n;|]{0,300}?--member[= ]{1,3}["']?(?:user|group):[\w.+-]{1,64}@[\w.-]{3,120}[^\n;|]{0,200}?--role[= ]{1,3}["']?roles\/(?:owner|editor|[\w.]{0,40}admin\w{0,20}|iam\.[\w.]{1,60}|secretmanager\.secretAccessor|storage\.objectAdmin)\b|az\s{1,3}role\s{1,3}assignment\s{1,3}create\b[^\n;|]{0,300}?--role[= ]{1,3}["']?(?:Owner|Contributor|User Access Administrator|Key Vault Administrator|Storage Blob Data Owner|Storage Blob Data Contributor)\b)/i,
    judge: (view) => {
      for (
        const m of view.matchAll(
          /(?:--member[= ]{1,3}["']?(?:user|group):|--assignee(?:-object-id)?[= ]{1,3}["']?)([\w.+-]{1,64}@[\w.-]{3,120})/gi,
        )
      ) if (outsideMail(view, m[1])) return true;
      return false;
    },
    why:
      "gives an address of another organisation owner / editor / admin power on the cloud project",
  },
];
