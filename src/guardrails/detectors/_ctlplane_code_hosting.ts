/**
 * Control-plane abuse, code hosting: GitHub REST and GraphQL (`api.github.com`, `gh api`, `gh repo`),
 * GitLab `/api/v4`, Bitbucket `/2.0`. From MITRE ATT&CK T1098.001/.003/.004 (deploy keys, roles,
 * SSH keys), T1562.001 (branch protection, secret scanning, alerts), T1537 / T1567 (repository made
 * public or transferred), T1546-style webhooks carrying pushes out; GitHub's audit-log event list
 * and REST reference, Elastic `detection-rules` github, Panther GitHub rules, Sigma
 * `rules/cloud/github`, GitLab API reference.
 */
import { type CtlRule, kv, method, methodIs, OFF, outAfter, r } from "./_ctlplane_core.ts";

/** A webhook / callback URL key (GitHub `config.url`, GitLab `url`, Okta `uri`, Twilio `SmsUrl`). */
const HOOK_URL_KEY =
  r`\b(?:url|uri|payload_url|callback_?url|webhook_?url|target_url|notification_url|endpoint|SmsUrl|VoiceUrl|StatusCallback|SmsFallbackUrl|VoiceFallbackUrl|address)\b`;

export const CTL_CODE_HOSTING_RULES: readonly CtlRule[] = [
  {
    id: "git.deploy_key_write",
    lit: ["/keys", "deploy-key", "deploy_keys", "deploy-keys", "deploykey", "createdeploykey"],
    re: new RegExp(
      r`(?:\/|\b)repos\/[\w.-]{1,100}\/[\w.-]{1,100}\/keys\b[\s\S]{0,400}?${
        kv("read_only|readOnly", "false")
      }|${
        kv("read_only|readOnly", "false")
      }[\s\S]{0,400}?\/repos\/[\w.-]{1,100}\/[\w.-]{1,100}\/keys\b|\bgh\s{1,3}repo\s{1,3}deploy-key\s{1,3}add\b[^\n]{0,200}(?:--allow-write|\s-w\b)|\/deploy_keys\b[\s\S]{0,400}?${
        kv("can_push", "true")
      }|${kv("can_push", "true")}[\s\S]{0,400}?\/deploy_keys\b`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why: "adds a writable deploy key to a repository (anyone holding the key can push)",
  },
  {
    id: "git.branch_protection_removed",
    lit: [
      "/protection",
      "protected_branches",
      "branch-restrictions",
      "/rulesets",
      "branchprotectionrule",
      "required_pull_request_reviews",
      "enforce_admins",
    ],
    re: new RegExp(
      r`(?:${
        method("DELETE")
      }[\s\S]{0,300}?(?:\/branches\/[^\s\/]{1,200}\/protection\b|\/protected_branches\/|\/branch-restrictions\/|\/rulesets\/\d)|(?:\/branches\/[^\s\/]{1,200}\/protection\b|\/protected_branches\/[^\s\/]{1,200}|\/branch-restrictions\/\d{1,20}|\/rulesets\/\d{1,20})[\s\S]{0,300}?${
        method("DELETE")
      }|\/branches\/[^\s\/]{1,200}\/protection\b[\s\S]{0,600}?(?:${
        kv("required_pull_request_reviews", "null")
      }[\s\S]{0,300}?${kv("enforce_admins", "false|null")}|${
        kv("enforce_admins", "false|null")
      }[\s\S]{0,300}?${kv("required_pull_request_reviews", "null")}|${
        kv("allow_force_pushes", "true")
      })|\/rulesets\/\d{1,20}[\s\S]{0,300}?${
        kv("enforcement", "disabled|evaluate")
      }|deleteBranchProtectionRule\b|updateBranchProtectionRule\b[\s\S]{0,400}?(?:(?:requiresApprovingReviews|isAdminEnforced|requiresStatusChecks|requiresCodeOwnerReviews)\s{0,2}:\s{0,2}false|allowsForcePushes\s{0,2}:\s{0,2}true)|\/protection\/(?:required_pull_request_reviews|enforce_admins|required_signatures)\b[\s\S]{0,200}?${
        method("DELETE")
      }|${
        method("DELETE")
      }[\s\S]{0,200}?\/protection\/(?:required_pull_request_reviews|enforce_admins|required_signatures)\b)`,
      "i",
    ),
    why:
      "removes branch protection or its required reviews (unreviewed code can reach the protected branch)",
  },
  {
    id: "git.webhook_out",
    lit: [
      "/hooks",
      "createwebhook",
      "create_webhook",
      "_webhook",
      "/webhook",
      "eventhooks",
      "webhook_endpoints",
      "incomingphonenumbers",
      "webhookconfigurations",
      "log-streams",
      "logstreams",
    ],
    re: new RegExp(
      r`(?:\/hooks\b|\/webhooks?\b|eventHooks|webhook_endpoints|IncomingPhoneNumbers|webhookconfigurations|log-streams|logStreams|create_(?:repo_|org_|repository_|project_)?webhook|add_webhook|createWebhook)[\s\S]{0,600}?${HOOK_URL_KEY}`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    out: outAfter(HOOK_URL_KEY, "host", 20),
    why:
      "points a webhook, event hook, SMS callback or log stream at a host outside the organisation (every event and its payload goes there)",
  },
  {
    id: "git.admin_granted",
    lit: [
      "/collaborators/",
      "/memberships/",
      "/members",
      "add-collaborator",
      "access_level",
      "default_repository_permission",
      "updateipallowlistenabledsetting",
      "createipallowlistentry",
    ],
    re: new RegExp(
      r`(?:\/|\b)repos\/[\w.-]{1,100}\/[\w.-]{1,100}\/collaborators\/[\w.-]{1,60}[\s\S]{0,300}?${
        kv("permission", "admin|maintain")
      }|(?:\/|\b)orgs\/[\w.-]{1,100}\/memberships\/[\w.-]{1,60}[\s\S]{0,300}?${
        kv("role", "admin")
      }|\/(?:projects|groups)\/[\w%.-]{1,200}\/members\b[\s\S]{0,300}?${
        kv("access_level", "50|60")
      }|\/enterprises\/[\w.-]{1,100}\/[\s\S]{0,200}?${
        kv("role", "owner|enterprise_owner")
      }|(?:\/|\b)orgs\/[\w.-]{1,100}(?:["\'\s?]|$)[\s\S]{0,300}?${
        kv("default_repository_permission", "admin|write")
      }|updateIpAllowListEnabledSetting\b[\s\S]{0,200}?DISABLED|createIpAllowListEntry\b[\s\S]{0,300}?allowListValue\s{0,2}:\s{0,2}\\?"0\.0\.0\.0\/0`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why:
      "makes an account an owner or administrator of a repository, organisation or group, gives every member write or admin, or turns off the IP allow list",
  },
  {
    id: "git.repo_exposed",
    lit: ["visibility", "private", "is_private", "/transfer"],
    re: new RegExp(
      r`(?:${
        method("PATCH|PUT")
      }[\s\S]{0,300}?\/(?:repos\/[\w.-]{1,100}\/[\w.-]{1,100}|projects\/[\w%.-]{1,200}|2\.0\/repositories\/[\w.-]{1,100}\/[\w.-]{1,100})(?:["'\s?]|$)[\s\S]{0,300}?(?:${
        kv("private|is_private", "false")
      }|${
        kv("visibility", "public")
      })|\/(?:repos\/[\w.-]{1,100}\/[\w.-]{1,100}|projects\/[\w%.-]{1,200}|2\.0\/repositories\/[\w.-]{1,100}\/[\w.-]{1,100})(?:["'\s?]|$)[\s\S]{0,300}?(?:${
        kv("private|is_private", "false")
      }|${kv("visibility", "public")})[\s\S]{0,300}?${
        method("PATCH|PUT")
      }|\bgh\s{1,3}repo\s{1,3}edit\b[^\n]{0,200}--visibility[\s=]{1,3}["']?public|updateRepository\b[\s\S]{0,300}?visibility\s{0,2}:\s{0,2}PUBLIC|\/repos\/[\w.-]{1,100}\/[\w.-]{1,100}\/transfer\b[\s\S]{0,300}?\bnew_owner\b|\/projects\/[\w%.-]{1,200}\/transfer\b)`,
      "i",
    ),
    why:
      "makes a private repository public or transfers it to another owner (its code and history leave the organisation)",
  },
  {
    id: "git.security_features_off",
    lit: [
      "security_and_analysis",
      "secret_scanning",
      "vulnerability-alerts",
      "automated-security-fixes",
      "secret-scanning/alerts",
      "code-scanning/alerts",
      "dependabot/alerts",
      "audit-log/streams",
      "require_two_factor_authentication",
      "can_approve_pull_request_reviews",
      "merge_requests_author_approval",
    ],
    re: new RegExp(
      r`(?:security_and_analysis|secret_scanning(?:_push_protection)?(?:_enabled_for_new_repositories)?|advanced_security|dependabot_security_updates)[\s\S]{0,80}?(?:${
        kv("status", "disabled")
      }|["']?[\s:=]{1,4}false\b)|(?:${
        method("DELETE")
      }[\s\S]{0,200}?\/(?:vulnerability-alerts|automated-security-fixes|audit-log\/streams\/\d)|\/(?:vulnerability-alerts|automated-security-fixes|audit-log\/streams\/\d{1,20})[\s\S]{0,200}?${
        method("DELETE")
      })|secret-scanning\/alerts\/\d{1,10}[\s\S]{0,200}?${
        kv("resolution", "false_positive|wont_fix|used_in_tests")
      }|\b(?:for|while|xargs|foreach|ForEach-Object)\b[\s\S]{0,300}?(?:code-scanning|dependabot|secret-scanning)\/alerts[\s\S]{0,300}?(?:dismissed|resolved)|${
        kv("can_approve_pull_request_reviews|merge_requests_author_approval", "true")
      }`,
      "i",
    ),
    not: methodIs("GET"),
    why:
      "switches off secret scanning, push protection or Dependabot alerts, resolves leaked-secret alerts or dismisses alerts in bulk, stops the audit-log stream, drops two-factor enforcement, or lets workflows approve their own pull requests",
  },
  {
    id: "git.token_minted",
    lit: [
      "impersonation_tokens",
      "personal_access_tokens",
      "access_tokens",
      "/runners/registration-token",
    ],
    re: new RegExp(
      r`\/users\/\d{1,12}\/(?:impersonation_tokens|personal_access_tokens)\b|\/(?:projects|groups)\/[\w%.-]{1,200}\/access_tokens\b[\s\S]{0,300}?(?:${
        kv("access_level", "50|40")
      }|\b(?:api|sudo|admin_mode|write_repository)\b)`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why:
      "mints an access token for another user (impersonation) or an owner-level group or project token",
  },
  {
    id: "git.gitlab_instance_weakened",
    lit: ["application/settings", "require_two_factor_authentication"],
    re: new RegExp(
      r`\/api\/v4\/(?:application\/settings\b|groups\/[\w%.-]{1,200}(?:["'\s?]|$))[\s\S]{0,400}?(?:${
        kv(
          "require_two_factor_authentication|password_authentication_enabled_for_git|admin_mode",
          OFF,
        )
      }|${kv("signup_enabled", "true")})`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why: "weakens a GitLab instance: two-factor or admin mode off, open sign-up",
  },
  {
    id: "git.tool_protection_or_access",
    lit: [
      "branch_protection",
      "branchprotection",
      "_collaborator",
      "addcollaborator",
      "updatecollaborator",
      "deploy_key",
      "deploykey",
      "update_repo",
      "updaterepo",
      "repos.update",
    ],
    re: new RegExp(
      r`\b(?:delete|remove)_?branch_?protection\b|\bupdate_?branch_?protection\b[\s\S]{0,600}?(?:${
        kv("required_pull_request_reviews", "null")
      }|required_pull_request_reviews(?:\n(?:enforce_admins|restrictions|required_status_checks|allow_force_pushes|allow_deletions|required_linear_history|branch|owner|repo)\b|$)|${
        kv("allow_force_pushes", "true")
      }|${
        kv("enforce_admins", "false")
      })|\b(?:add|update|invite)_?(?:repo_?|repository_?)?collaborator\b[\s\S]{0,400}?${
        kv("permission", "admin|maintain")
      }|\b(?:create|add)_?deploy_?key\b[\s\S]{0,400}?${
        kv("read_only|readOnly", "false")
      }|\b(?:update_?repo(?:sitory)?|repos\.update)\b[\s\S]{0,400}?(?:${kv("private", "false")}|${
        kv("visibility", "public")
      })`,
      "i",
    ),
    why:
      "removes branch protection, makes a collaborator an admin, adds a writable deploy key or makes a repository public (through a code-hosting MCP tool)",
  },
  {
    id: "git.user_key_added",
    lit: ["/keys"],
    re: /\/api\/v4\/users\/\d{1,12}\/(?:keys|gpg_keys)\b/i,
    not: methodIs("GET|DELETE"),
    why:
      "adds an SSH or GPG key to another GitLab user's account (an administrator's way in as that user)",
  },
];
