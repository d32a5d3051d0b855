/**
 * Posture rules for network devices, code hosting and SaaS mail/identity beyond `_posture_saas.ts`:
 * device logins without authentication, SSHv1, telnet and HTTP management on other vendors;
 * repositories made public, secret scanning or vulnerability alerts off, workflow tokens given
 * write and approval rights, package registries over plain HTTP; mailboxes delegated to outside
 * accounts, Exchange impersonation, per-user MFA cleared, Gmail auto-forwarding to outside.
 */
import { FREE_MAIL_AT, type PostureRule } from "./_posture_core.ts";

const r = String.raw;

export const NETWORK_RULES: PostureRule[] = [
  {
    id: "net.vty_no_login",
    kind: "defense_evasion",
    lit: ["no login", "ip ssh version 1", "no aaa new-model"],
    re:
      /^\s{0,8}line\s{1,3}(?:vty|con(?:sole)?)\b[^\n]{0,40}\n[\s\S]{0,600}?\n[ \t]{1,8}no\s{1,3}login\b|^\s{0,8}ip\s{1,3}ssh\s{1,3}version\s{1,3}1\b|^\s{0,8}no\s{1,3}aaa\s{1,3}new-model\b/im,
    why: "lets anyone reach the device's command line without a login (or with SSHv1 / no AAA)",
  },
  {
    id: "net.cleartext_mgmt_other",
    kind: "defense_evasion",
    lit: ["telnet", "allowaccess"],
    re:
      /^\s{0,8}set\s{1,3}system\s{1,3}services\s{1,3}telnet\b|^\s{0,8}set\s{1,3}allowaccess\b[^\n]{0,80}\b(?:telnet|http)\b(?![-\w])|^\s{0,8}\/ip\s{1,3}service\s{1,3}(?:enable\s{1,3}telnet|set\s{1,3}telnet\s{1,3}disabled=no)\b/im,
    why: "enables telnet or plain-HTTP management on a firewall or router",
  },
  {
    id: "gh.repo_made_public",
    kind: "data_exfiltration",
    lit: ["visibility", '"private"'],
    re:
      /\bgh\s{1,3}repo\s{1,3}edit\b[^\n]{0,200}--visibility[= ]["']?public\b|\bgh\s{1,3}api\b[^\n]{0,200}(?:-X|--method)\s{0,2}PATCH\b[^\n]{0,200}(?:-[fF]\s{1,3}private=false|-[fF]\s{1,3}visibility=public)|"private"\s{0,3}:\s{0,3}false[^{}]{0,200}\bPATCH\b|\bPATCH\b[^{}]{0,200}\/repos\/[^\s"']{1,100}["'][^{}]{0,200}"(?:private"\s{0,3}:\s{0,3}false|visibility"\s{0,3}:\s{0,3}"public")/i,
    why: "makes a private repository public (its code, history and any committed secrets)",
  },
  {
    id: "gh.security_features_off",
    kind: "defense_evasion",
    lit: ["secret_scanning", "vulnerability-alerts", "vulnerability_alerts"],
    re:
      /"secret_scanning(?:_push_protection)?"\s{0,3}:\s{0,3}\{\s{0,3}"status"\s{0,3}:\s{0,3}"disabled"|security_and_analysis\[secret_scanning(?:_push_protection)?\]\[status\]=disabled|\bgh\s{1,3}api\b[^\n]{0,80}(?:-X|--method)\s{0,2}DELETE\b[^\n]{0,160}\/vulnerability-alerts\b/i,
    why: "switches secret scanning, push protection or vulnerability alerts off for a repository",
  },
  {
    id: "gh.workflow_token_write",
    kind: "supply_chain",
    lit: ["default_workflow_permissions", "can_approve_pull_request_reviews"],
    re:
      /\bdefault_workflow_permissions["']?\s{0,3}[=:]\s{0,3}["']?write\b|\bcan_approve_pull_request_reviews["']?\s{0,3}[=:]\s{0,3}["']?true\b/i,
    why: "gives every workflow a write token (or lets workflows approve their own pull requests)",
  },
  {
    id: "ci.registry_plain_http",
    kind: "supply_chain",
    lit: ["registry", "index-url", "trusted-host"],
    re:
      /\b(?:npm|yarn|pnpm)\s{1,3}config\s{1,3}(?:--?[\w-]{1,20}(?:=[\w.-]{1,30})?\s{1,3}){0,3}set\s{1,3}(?:@[\w-]{1,40}:)?registry\s{1,3}["']?http:\/\/(?!localhost|127\.0\.0\.1)|\bpip3?\s{1,3}config\s{1,3}(?:--?[\w-]{1,20}(?:=[\w.-]{1,30})?\s{1,3}){0,3}set\s{1,3}global\.(?:extra-)?index-url\s{1,3}["']?http:\/\/(?!localhost|127\.0\.0\.1)|^\s{0,4}(?:@[\w-]{1,40}:)?registry\s{0,2}=\s{0,2}http:\/\/(?!localhost|127\.0\.0\.1)|\bpip3?\s{1,3}config\s{1,3}(?:--?[\w-]{1,20}(?:=[\w.-]{1,30})?\s{1,3}){0,3}set\s{1,3}(?:global|install)\.trusted-host\b/im,
    why:
      "fetches packages from a registry over plain HTTP or without certificate checks (anyone on the path can swap them)",
  },
  {
    id: "ci.debug_trace_secrets",
    kind: "credential_theft",
    lit: "ci_debug_trace",
    re: /\bCI_DEBUG_TRACE["']?\s{0,3}[:=]\s{0,3}["']?true\b/i,
    why:
      "turns on GitLab debug tracing, which prints every CI variable, secrets included, into the job log",
  },
  {
    id: "jenkins.csrf_off",
    kind: "defense_evasion",
    lit: ["disable_csrf_protection", "no_authentication", "setcrumbissuer"],
    re:
      /\bDISABLE_CSRF_PROTECTION\s{0,2}=\s{0,2}true\b|\bSecurityRealm\.NO_AUTHENTICATION\b|\.setCrumbIssuer\s{0,2}\(\s{0,2}null\s{0,2}\)/i,
    why: "switches Jenkins authentication or CSRF protection off",
  },
  {
    id: "m365.mailbox_delegated_out",
    kind: "data_exfiltration",
    lit: ["mailboxpermission", "recipientpermission"],
    re: new RegExp(
      r`\badd-(?:mailbox|recipient)permission\b[^\n]{0,300}-(?:User|Trustee)\s{1,3}["']?(?:[\w.+-]{1,64}${FREE_MAIL_AT}|[^\s"']{1,80}#EXT#)`,
      "i",
    ),
    why: "gives an outside or guest account full access to (or send-as on) a mailbox",
  },
  {
    id: "m365.impersonation_role",
    kind: "privilege_escalation",
    lit: "applicationimpersonation",
    re: /\bnew-managementroleassignment\b[^\n]{0,200}-Role\s{1,3}["']?ApplicationImpersonation\b/i,
    why: "lets an account impersonate every mailbox (Exchange ApplicationImpersonation)",
  },
  {
    id: "entra.per_user_mfa_cleared",
    kind: "defense_evasion",
    lit: "strongauthenticationrequirements",
    re: /\bset-msoluser\b[^\n]{0,200}-StrongAuthenticationRequirements\s{1,3}@\(\s{0,2}\)/i,
    why: "clears a user's per-user MFA requirement",
  },
  {
    id: "gmail.auto_forward_out",
    kind: "data_exfiltration",
    lit: ["autoforwarding", "forwardingaddress", "forwarding on"],
    re: new RegExp(
      r`"emailAddress"\s{0,3}:\s{0,3}"[\w.+-]{1,64}${FREE_MAIL_AT}"[^{}]{0,200}"(?:enabled"\s{0,3}:\s{0,3}true|disposition")|"enabled"\s{0,3}:\s{0,3}true[^{}]{0,200}"emailAddress"\s{0,3}:\s{0,3}"[\w.+-]{1,64}${FREE_MAIL_AT}"|\bgam\s{1,3}user\s{1,3}\S{1,80}\s{1,3}(?:add\s{1,3}forwardingaddress|forward\s{1,3}on)\s{1,3}[^\n]{0,40}?[\w.+-]{1,64}${FREE_MAIL_AT}`,
      "i",
    ),
    also: /forward/i,
    why: "auto-forwards a mailbox to an outside address",
  },
  {
    id: "slack.shared_out",
    kind: "data_exfiltration",
    lit: ["inviteshared", "conversations.inviteshared"],
    re: new RegExp(
      r`\bconversations\.inviteShared\b[\s\S]{0,300}?[\w.+-]{1,64}${FREE_MAIL_AT}`,
      "i",
    ),
    why: "shares a Slack channel with an outside personal address (Slack Connect)",
  },
  {
    id: "net.admin_cleartext_or_acl_removed",
    kind: "defense_evasion",
    lit: ["privilege 15", "no ip access-group"],
    re:
      /^\s{0,8}username\s{1,3}\S{1,64}\s{1,3}privilege\s{1,3}15\s{1,3}password\s{1,3}(?:0\s{1,3})?\S|^\s{0,8}no\s{1,3}ip\s{1,3}access-group\s{1,3}\S{1,64}\s{1,3}in\b/im,
    why:
      "creates a device administrator with a clear-text password, or removes the inbound access list from an interface",
  },
];
