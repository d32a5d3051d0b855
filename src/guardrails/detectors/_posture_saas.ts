/**
 * Posture rules for CI/CD, SaaS administration and network devices: workflows that run untrusted
 * code with secrets or write tokens, unpinned actions handed secrets, branch protection removed,
 * install scripts with payloads; mail forwarded out, audit off, tenant-wide consent, admin roles to
 * guests, federation backdoors, anonymous sharing; telnet, any-any ACLs and default communities.
 */
import { FREE_MAIL_AT, type PostureRule, U_PAYLOAD } from "./_posture_core.ts";

const r = String.raw;

export const SAAS_RULES: PostureRule[] = [
  {
    id: "ci.prt_head_checkout",
    kind: "supply_chain",
    lit: "pull_request_target",
    re:
      /\bsecrets\s{0,2}:\s{0,2}inherit\b|\bref["']?\s{0,3}:\s{0,3}["']?\$\{\{\s{0,3}(?:github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref)\s{0,3}\}\}|\brepository["']?\s{0,3}:\s{0,3}["']?\$\{\{\s{0,3}github\.event\.pull_request\.head\.repo\.full_name\s{0,3}\}\}|\bgh\s{1,3}pr\s{1,3}checkout\b|\bgit\s{1,3}(?:fetch|checkout)\b[^\n]{0,120}(?:refs\/pull\/|\$\{\{\s{0,3}github\.event\.pull_request\.head)/i,
    also: /\bpull_request_target\b/i,
    why:
      "checks out and runs a fork's pull-request code in a pull_request_target workflow (it gets the repository's secrets and write token)",
  },
  {
    id: "ci.permissions_write_all",
    kind: "supply_chain",
    lit: "write-all",
    re: /^\s{0,8}permissions\s{0,2}:\s{0,2}["']?write-all\b/im,
    why: "gives the workflow token write access to everything in the repository",
  },
  {
    id: "ci.script_injection",
    kind: "supply_chain",
    lit: "github.event",
    re:
      /\brun\s{0,2}:\s{0,2}[|>]?[-+]?(?:[^\n]|\n(?![ \t]{0,40}(?:-\s|env\s{0,2}:|with\s{0,2}:|uses\s{0,2}:|name\s{0,2}:))[ \t]){0,1600}?\$\{\{\s{0,3}github\.event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.ref|head\.label)|comment\.body|review\.body|review_comment\.body|discussion\.(?:title|body)|head_commit\.(?:message|author\.(?:name|email))|commits\[\d{1,3}\]\.message|pages\[\d{1,3}\]\.page_name)\s{0,3}\}\}/i,
    why:
      "interpolates attacker-written text (an issue, PR title or comment) straight into a workflow shell step",
  },
  {
    id: "ci.head_ref_in_run",
    kind: "supply_chain",
    lit: "github.head_ref",
    re:
      /\brun\s{0,2}:\s{0,2}[|>]?[-+]?(?:[^\n]|\n(?![ \t]{0,40}(?:-\s|env\s{0,2}:|with\s{0,2}:|uses\s{0,2}:|name\s{0,2}:))[ \t]){0,1600}?\$\{\{\s{0,3}github\.head_ref\s{0,3}\}\}/i,
    why: "interpolates the attacker-chosen branch name straight into a workflow shell step",
  },
  {
    id: "ci.self_hosted_fork",
    kind: "supply_chain",
    lit: "self-hosted",
    re: /\bruns-on\s{0,2}:\s{0,2}\[?\s{0,2}["']?self-hosted\b/i,
    also:
      /^\s{0,4}on\s{0,2}:[\s\S]{0,200}?\bpull_request(?:_target)?\b|^\s{0,4}on\s{0,2}:\s{0,2}\[?[^\n]{0,80}\bpull_request(?:_target)?\b/im,
    not:
      /head\.repo\.full_name\s{0,3}==\s{0,3}github\.repository|head\.repo\.fork\s{0,3}==\s{0,3}false|!\s{0,2}github\.event\.pull_request\.head\.repo\.fork/i,
    why:
      "runs pull-request code from forks on a self-hosted runner (outsiders execute code on your machine)",
  },
  {
    id: "ci.unpinned_action_secrets",
    kind: "supply_chain",
    lit: "secrets.",
    re:
      /\buses\s{0,2}:\s{0,2}["']?(?!actions\/|github\/|docker:\/\/|\.\/)[\w.-]{1,60}\/[\w.\/-]{1,80}@(?:main|master|HEAD|latest|dev|develop|trunk)["']?\s{0,3}\n(?:[^\n]|\n[ \t]){0,1200}?\$\{\{\s{0,3}secrets\.(?!GITHUB_TOKEN\b)\w{1,60}\s{0,3}\}\}/i,
    why:
      "hands a secret to a third-party action pinned to a moving branch (whoever pushes to it gets the secret)",
  },
  {
    id: "ci.unsecure_commands",
    kind: "supply_chain",
    lit: "actions_allow_unsecure_commands",
    re: /\bACTIONS_ALLOW_UNSECURE_COMMANDS["']?\s{0,3}[:=]\s{0,3}["']?true\b/i,
    why:
      "re-enables the deprecated set-env/add-path workflow commands (log output can inject environment variables)",
  },
  {
    id: "ci.branch_protection_removed",
    kind: "defense_evasion",
    lit: "protection",
    re:
      /\bgh\s{1,3}api\b[^\n]{0,80}(?:-X|--method)\s{0,2}DELETE\b[^\n]{0,160}\/branches\/[^\s\/]{1,100}\/protection\b|\bgh\s{1,3}api\b[^\n]{0,80}\/branches\/[^\s\/]{1,100}\/protection\b[^\n]{0,160}(?:-X|--method)\s{0,2}DELETE\b|"allow_force_pushes"\s{0,3}:\s{0,3}true\b[^}]{0,200}"enforce_admins"\s{0,3}:\s{0,3}false|\/protection\/enforce_admins\b[^\n]{0,80}(?:-X|--method)\s{0,2}DELETE/i,
    why: "removes branch protection (unreviewed or force pushes to the protected branch)",
  },
  {
    id: "ci.install_script_payload",
    kind: "supply_chain",
    lit: ['install"'],
    re: new RegExp(
      r`"(?:pre|post)?install"\s{0,3}:\s{0,3}"[^"\n]{0,200}(?:${U_PAYLOAD}|\bnode\s{1,3}-e\b[^"\n]{0,120}\b(?:child_process|https?\.get)\b)`,
      "i",
    ),
    why:
      "adds a package install script that downloads and runs code on every machine that installs it",
  },
  {
    id: "ci.git_fsmonitor",
    kind: "persistence",
    lit: "fsmonitor",
    re: new RegExp(
      r`\bcore\.fsmonitor\s{0,3}[= ]\s{0,3}["']?[^\n"']{0,200}(?:${U_PAYLOAD}|\bcurl\b|\bwget\b|\bnc\b)`,
      "i",
    ),
    why: "sets git's fsmonitor hook to a command that runs on every git status",
  },
  {
    id: "m365.inbox_rule_hidden_forward",
    kind: "data_exfiltration",
    lit: "inboxrule",
    re: /\b(?:new|set)-inboxrule\b[^\n]{0,400}-(?:ForwardTo|RedirectTo|ForwardAsAttachmentTo)\b/i,
    also:
      /-(?:DeleteMessage\s{1,3}\$?true|MarkAsRead\s{1,3}\$?true|MoveToFolder\s{1,3}["']?[^\n"']{0,40}(?:RSS|Archive|Conversation History|Deleted|Junk))|@(?:gmail|outlook|hotmail|yahoo|proton|protonmail|gmx|yandex|icloud|mail)\./i,
    why: "creates an inbox rule that forwards mail out and hides it from the owner",
  },
  {
    id: "m365.mailbox_forward_out",
    kind: "data_exfiltration",
    lit: ["forwardingsmtpaddress", "blindcopyto", "redirectmessageto", "autoforwardenabled"],
    re: new RegExp(
      r`\bset-mailbox\b[^\n]{0,300}-ForwardingSmtpAddress\s{1,3}["']?(?:smtp:)?[\w.+-]{1,64}${FREE_MAIL_AT}|\bnew-transportrule\b[^\n]{0,400}-(?:BlindCopyTo|RedirectMessageTo|AddToRecipients)\s{1,3}["']?[\w.+-]{1,64}${FREE_MAIL_AT}|\bset-remotedomain\b[^\n]{0,120}-AutoForwardEnabled\s{1,3}\$?true\b`,
      "i",
    ),
    why: "forwards or blind-copies an organisation's mail to an outside address",
  },
  {
    id: "m365.audit_off",
    kind: "defense_evasion",
    lit: ["unifiedauditlogingestionenabled", "auditenabled", "auditdisabled", "auditbypass"],
    re:
      /-UnifiedAuditLogIngestionEnabled\s{1,3}\$?false\b|\bset-mailbox\b[^\n]{0,200}-AuditEnabled\s{1,3}\$?false\b|\bset-organizationconfig\b[^\n]{0,200}-AuditDisabled\s{1,3}\$?true\b|\bset-mailboxauditbypassassociation\b[^\n]{0,200}-AuditBypassEnabled\s{1,3}\$?true\b/i,
    why: "switches Microsoft 365 audit logging off",
  },
  {
    id: "entra.consent_all_principals",
    kind: "data_exfiltration",
    lit: ["allprincipals", "userspermissiontouserconsenttoappenabled"],
    re:
      /\bconsentType["']?\s{0,3}[:=]\s{0,3}["']?AllPrincipals\b[\s\S]{0,400}\bscope["']?\s{0,3}[:=]\s{0,3}["']?[^"'\n]{0,200}\b(?:Mail\.(?:Read|ReadWrite|Send)|Files\.ReadWrite\.All|Sites\.ReadWrite\.All|Directory\.ReadWrite\.All|full_access_as_app)\b|-UsersPermissionToUserConsentToAppEnabled\s{1,3}\$?true\b/i,
    why:
      "consents for every user to an app reading mail or files (or lets every user consent to any app)",
  },
  {
    id: "entra.app_role_escalation",
    kind: "privilege_escalation",
    lit: ["approleassignment", "rolemanagement"],
    re:
      /\b(?:new-mgserviceprincipalapproleassignment|new-mgserviceprincipalapproleassignedto|\/appRoleAssignments?\b|\/appRoleAssignedTo\b)[\s\S]{0,400}\b(?:9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8|06b708a9-e830-4db3-a914-8e69da51d44f|1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9|19dbc75e-c2e2-444c-a770-ec69d8559fc7|RoleManagement\.ReadWrite\.Directory|AppRoleAssignment\.ReadWrite\.All|Application\.ReadWrite\.All)\b/i,
    why: "grants an application a permission that lets it make itself Global Administrator",
  },
  {
    id: "entra.guest_admin_role",
    kind: "privilege_escalation",
    lit: ["directoryrole", "roleassignment", "rolemember"],
    re:
      /\b(?:add-mgdirectoryrolemember\w{0,20}|new-mgrolemanagementdirectoryroleassignment|add-azureaddirectoryrolemember|add-msolrolemember)\b[^\n]{0,400}(?:#EXT#|@(?:gmail|outlook|hotmail|yahoo|proton|protonmail|gmx|yandex|icloud)\.)/i,
    why: "gives an administrator role to a guest or outside account",
  },
  {
    id: "entra.federation_backdoor",
    kind: "persistence",
    lit: ["domainauthentication", "federationconfiguration", "domainfederation"],
    re:
      /\bset-msoldomainauthentication\b[^\n]{0,300}-Authentication\s{1,3}["']?federated\b|\b(?:new|update)-mgdomainfederationconfiguration\b|\/domains\/[\w.-]{1,100}\/federationConfiguration\b/i,
    also:
      /-(?:IssuerUri|SigningCertificate|PassiveLogOnUri)\b|\b(?:issuerUri|signingCertificate|passiveSignInUri)\b/i,
    why:
      "federates a domain to a new identity provider (whoever holds its signing key can sign in as any user)",
  },
  {
    id: "spo.anonymous_sharing",
    kind: "data_exfiltration",
    lit: ["sharingcapability", "defaultsharinglinktype"],
    re:
      /\bset-spo(?:tenant|site)\b[^\n]{0,300}-SharingCapability\s{1,3}["']?ExternalUserAndGuestSharing\b|\bset-spotenant\b[^\n]{0,300}-DefaultSharingLinkType\s{1,3}["']?AnonymousAccess\b/i,
    why:
      "allows anyone-with-the-link sharing for SharePoint/OneDrive (documents reachable without sign-in)",
  },
  {
    id: "gdrive.anyone_writer",
    kind: "data_exfiltration",
    lit: "anyone",
    re:
      /"type"\s{0,3}:\s{0,3}"anyone"[^{}]{0,200}"role"\s{0,3}:\s{0,3}"(?:writer|fileOrganizer|organizer|owner)"|"role"\s{0,3}:\s{0,3}"(?:writer|fileOrganizer|organizer|owner)"[^{}]{0,200}"type"\s{0,3}:\s{0,3}"anyone"|\bgam\b[^\n]{0,200}\badd\s{1,3}drivefileacl\b[^\n]{0,200}\banyone\b[^\n]{0,80}\brole\s{1,3}(?:writer|editor|organizer|owner)\b/i,
    why: "lets anyone with the link edit a shared file or drive",
  },
  {
    id: "okta.policy_or_admin",
    kind: "privilege_escalation",
    lit: ["lifecycle/deactivate", "super_admin", "org_admin", "app_admin"],
    re:
      /\/api\/v1\/policies\/[\w-]{1,40}\/lifecycle\/deactivate\b|\/api\/v1\/users\/[^\s\/]{1,80}\/roles\b[\s\S]{0,200}"type"\s{0,3}:\s{0,3}"(?:SUPER_ADMIN|ORG_ADMIN|APP_ADMIN)"|"type"\s{0,3}:\s{0,3}"(?:SUPER_ADMIN|ORG_ADMIN)"[\s\S]{0,200}\/api\/v1\/users\/[^\s\/]{1,80}\/roles\b/i,
    why: "deactivates an Okta sign-on/MFA policy or makes a user a super/org administrator",
  },
  {
    id: "workspace.outside_admin",
    kind: "privilege_escalation",
    lit: "gam",
    re: new RegExp(
      r`\bgam\s{1,3}(?:create\s{1,3}admin\s{1,3}[\w.+-]{1,64}${FREE_MAIL_AT}|update\s{1,3}user\s{1,3}[\w.+-]{1,64}${FREE_MAIL_AT}\s{1,3}admin\s{1,3}on)`,
      "i",
    ),
    why: "makes an outside account a Google Workspace administrator",
  },
  {
    id: "net.telnet_mgmt",
    kind: "defense_evasion",
    lit: ["transport input", "feature telnet"],
    re:
      /^\s{0,8}transport\s{1,3}input\s{1,3}(?:telnet|all)\b|^\s{0,8}transport\s{1,3}input\s{1,3}ssh\s{1,3}telnet\b|^\s{0,8}feature\s{1,3}telnet\b/im,
    why: "allows clear-text telnet management of the device (passwords readable on the wire)",
  },
  {
    id: "net.acl_any_any",
    kind: "defense_evasion",
    lit: "any any",
    re:
      /^\s{0,8}(?:access-list\s{1,3}[\w-]{1,40}\s{1,3}(?:extended\s{1,3})?|\d{1,6}\s{1,3}|)permit\s{1,3}(?:ip|tcp|udp|any)\s{1,3}any\s{1,3}any(?:\s{1,3}(?:log|eq\s{1,3}(?:22|23|3389|445|161)))?\s{0,3}$/im,
    not:
      /^\s{0,8}(?:access-list\s{1,3}[\w-]{1,40}\s{1,3}(?:extended\s{1,3})?|\d{1,6}\s{1,3}|)deny\b/im,
    why: "adds a firewall/ACL rule that permits any traffic from anywhere to anywhere",
  },
  {
    id: "net.http_server_cleartext",
    kind: "defense_evasion",
    lit: ["ip http server", "service password-encryption", "enable password"],
    re:
      /^\s{0,8}ip\s{1,3}http\s{1,3}server\s{0,3}$|^\s{0,8}no\s{1,3}service\s{1,3}password-encryption\b|^\s{0,8}enable\s{1,3}password\s{1,3}(?:0\s{1,3})?\S/im,
    why: "turns on the device's clear-text web management or stores its passwords in clear text",
  },
  {
    id: "net.snmp_public_rw",
    kind: "privilege_escalation",
    lit: "snmp",
    re: /^\s{0,8}snmp-server\s{1,3}community\s{1,3}(?:public|private)\b(?:\s{1,3}(?:ro|rw))?/im,
    why:
      "configures SNMP with a default community string (anyone can read or change the device configuration)",
  },
  {
    id: "saas.mfa_bypass_or_superpowers",
    kind: "privilege_escalation",
    lit: ["bypass", "modifyalldata", "viewalldata"],
    re:
      /\/admin\/v1\/users\/[\w-]{1,40}\b[\s\S]{0,200}?\bstatus["']?\s{0,3}[=:]\s{0,3}["']?bypass\b|["']?Permissions(?:ModifyAllData|ViewAllData|ManageUsers|AuthorApex)["']?\s{0,3}[:=]\s{0,3}["']?true\b/i,
    why:
      "puts a user in MFA bypass (Duo) or gives a profile modify-all-data / manage-users powers (Salesforce)",
  },
];
