/**
 * Control-plane abuse, SaaS administration: Slack admin API, Salesforce REST, Atlassian (Jira /
 * Confluence / admin API), Stripe payouts, Cloudflare and other DNS APIs (MX / NS pointed outside,
 * TLS and WAF off), HashiCorp Vault `/v1/sys` and token API, and the Kubernetes API server. From
 * MITRE ATT&CK T1098.003, T1562.001/.008, T1584.002 (DNS), T1657 (financial theft), T1528; Slack
 * admin API and audit-log action reference, Salesforce Setup Audit Trail actions, Stripe Connect
 * docs, Cloudflare API reference, Vault API docs, Panther Slack / Salesforce rules.
 */
import { type CtlRule, kv, method, methodIs, r } from "./_ctlplane_core.ts";

/** A DNS record change: Cloudflare `dns_records`, Route 53 `ChangeResourceRecordSets`, Azure / GCP DNS. */
const DNS_CHANGE =
  r`(?:dns_records|ChangeResourceRecordSets|change-resource-record-sets|Microsoft\.Network\/dnsZones|dns\.googleapis\.com|record-sets?\s{1,3}(?:create|update)|managedZones\/[\w-]{1,100}\/(?:changes|rrsets))`;

export const CTL_SAAS_RULES: readonly CtlRule[] = [
  {
    // Round 46: a discount code worth the whole price with no usage limit, for every customer —
    // Shopify `discountCodeBasicCreate` (percentage 1.0), Stripe coupons (`percent_off` 100),
    // WooCommerce/REST coupons (`discount_type` percent, `amount` 100). Anyone holding the code
    // takes the goods for free, as often as they like (ATT&CK T1657 Financial Theft).
    id: "shop.free_unlimited_discount",
    lit: ["percentage", "percent_off", "percentoff", "discount_type"],
    re: new RegExp(
      [
        kv("percentage|percentOff|percent_off|percentage_off", r`1(?:\.0{1,4})?|100(?:\.0{1,2})?`),
        r`${kv("discount_type|discountType|type", "percent(?:age)?")}[\s\S]{0,300}?${
          kv("amount|value", r`100(?:\.0{1,2})?`)
        }`,
      ].join("|"),
      "i",
    ),
    also: new RegExp(
      [
        kv(
          "usageLimit|usage_limit|max_redemptions|maxRedemptions|usage_count_limit",
          r`null|none|0|-1|unlimited`,
        ),
        r`\b(?:usageLimit|usage_limit|max_redemptions|maxRedemptions)(?:\n(?![\d"'])|$)`,
        kv("duration", "forever"),
      ].join("|"),
      "i",
    ),
    // Restricted to named customers or segments, or a Stripe test-mode key.
    not:
      /\b(?:customerSelection\n(?:customers|customerSegments|segments)|prerequisite_?customer_?ids|customer_ids|email_restrictions)\b|\bsk_test_/i,
    why:
      "creates a discount worth the whole price with no usage limit for every customer: anyone with the code takes the goods for free",
  },
  {
    id: "slack.admin_or_barrier",
    lit: [
      "admin.users.setadmin",
      "admin.users.setowner",
      "admin.barriers.delete",
      "admin.apps.approve",
      "admin.teams.settings.setdiscoverability",
      "admin.users.setregular",
    ],
    re:
      /\badmin\.(?:users\.set(?:Admin|Owner)|barriers\.delete|teams\.settings\.setDiscoverability\b[\s\S]{0,200}?\b(?:open|unlisted)\b)/i,
    why:
      "makes a Slack user an admin or owner, removes an information barrier, or opens the workspace",
  },
  {
    id: "slack.shared_out",
    lit: ["conversations.inviteshared", "admin.conversations.setteams", "admin.users.invite"],
    re:
      /\b(?:conversations\.inviteShared|admin\.users\.invite)\b[\s\S]{0,400}?@(?:gmail|googlemail|outlook|hotmail|yahoo|icloud|proton|protonmail|gmx|yandex|mail|aol)\.[a-z.]{2,8}\b/i,
    why: "invites a consumer mail account into a Slack channel or workspace",
  },
  {
    id: "salesforce.admin_granted",
    lit: [
      "permissionsmodifyalldata",
      "permissionsviewalldata",
      "permissionsauthorapex",
      "permissionsmanageusers",
      "system administrator",
      "loginipranges",
      "loginiprange",
    ],
    re: new RegExp(
      r`${
        kv(
          "PermissionsModifyAllData|PermissionsViewAllData|PermissionsAuthorApex|PermissionsManageUsers|PermissionsCustomizeApplication|PermissionsViewAllUsers",
          "true",
        )
      }|sobjects\/User\/[\w-]{1,40}[\s\S]{0,300}?Profile[\s\S]{0,40}?System Administrator|LoginIpRanges?[\s\S]{0,300}?0\.0\.0\.0[\s\S]{0,100}?255\.255\.255\.255`,
      "i",
    ),
    not: methodIs("GET"),
    why:
      "gives a Salesforce profile or permission set Modify/View All Data, Author Apex or Manage Users, makes a user System Administrator, or allows logins from any IP",
  },
  {
    id: "atlassian.open_or_admin",
    lit: [
      "permissionscheme",
      "/permission",
      "site-admins",
      "jira-administrators",
      "confluence-administrators",
      "org-admins",
      "/group/user",
    ],
    re: new RegExp(
      r`\/permissionscheme\/\d{1,20}\/permission\b[\s\S]{0,300}?${
        kv("type", "anyone")
      }|\/wiki\/rest\/api\/space\/[\w-]{1,60}\/permission\b[\s\S]{0,300}?\banonymous\b|\/rest\/api\/\d\/group\/user\b[\s\S]{0,300}?(?:site-admins|jira-administrators|confluence-administrators|org-admins|administrators)|(?:site-admins|jira-administrators|confluence-administrators|org-admins)[\s\S]{0,300}?\/rest\/api\/\d\/group\/user\b`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why:
      "opens a Jira project or Confluence space to anyone, or adds a user to the site administrators",
  },
  {
    id: "stripe.payout_destination",
    lit: ["external_accounts", "external_account", "payouts"],
    re: new RegExp(
      r`api\.stripe\.com\/v1\/accounts\/[\w-]{1,60}(?:\/external_accounts\b|[\s\S]{0,300}?external_account\b)|api\.stripe\.com\/v1\/payouts\b[\s\S]{0,300}?\bdestination\b`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why: "changes where a Stripe account pays out (a new bank account or card for payouts)",
  },
  {
    id: "dns.mail_or_ns_out",
    lit: [
      "dns_records",
      "changeresourcerecordsets",
      "change-resource-record-sets",
      "dnszones",
      "dns.googleapis.com",
      "record-set",
      "managedzones",
      "updatedomainnameservers",
      "update-domain-nameservers",
    ],
    re: new RegExp(
      r`${DNS_CHANGE}[\s\S]{0,600}?(?:${
        kv("type|Type|rrtype", "MX|NS")
      }|\b(?:MX|NS)(?:Records)?\b)|\b(?:UpdateDomainNameservers|update-domain-nameservers)\b`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    out: {
      re:
        /\b(?:content|Value|value|exchange|nsdname|rrdatas|mailExchange|Nameservers?|nameservers|exchanges?|nsRecords?|data)["']?[\s:=\[{]{1,6}(?:\{?\s{0,2}["']?(?:Name|value)["']?[\s:=]{1,4})?["']?(?:\d{1,3}\s{1,3})?([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,6})\.?/gi,
      kind: "host",
    },
    why:
      "points a zone's mail (MX) or delegation (NS) records, or the domain's name servers, at a host outside the organisation (its mail or the whole domain is taken over)",
  },
  {
    id: "cloudflare.protection_off",
    lit: [
      "/settings/ssl",
      "/settings/security_level",
      "/settings/waf",
      "/settings/always_use_https",
      "/settings/min_tls_version",
    ],
    re: new RegExp(
      r`\/zones\/[\w-]{1,60}\/settings\/(?:ssl\b[\s\S]{0,200}?${
        kv("value", "off")
      }|security_level\b[\s\S]{0,200}?${kv("value", "essentially_off|off")}|waf\b[\s\S]{0,200}?${
        kv("value", "off")
      })`,
      "i",
    ),
    not: methodIs("GET"),
    why: "turns off TLS, the WAF or the security level for a Cloudflare zone",
  },
  {
    id: "vault.audit_or_root",
    lit: [
      "sys/audit",
      "token_policies",
      "/v1/auth/",
      "audit disable",
      "auth/token/create",
      "token create",
      "sys/generate-root",
      "generate-root",
      "sys/policies/acl",
      "sys/policy/",
    ],
    re: new RegExp(
      r`(?:${
        method("DELETE")
      }[\s\S]{0,200}?\/v1\/sys\/audit\/[\w.-]{1,60}|\/v1\/sys\/audit\/[\w.-]{1,60}[\s\S]{0,200}?${
        method("DELETE")
      })|\bvault\s{1,3}audit\s{1,3}disable\b|(?:\/v1\/auth\/token\/create(?:-orphan)?\b|\bvault\s{1,3}token\s{1,3}create\b)[\s\S]{0,300}?(?:\broot\b|${
        kv("no_parent|orphan", "true")
      }[\s\S]{0,200}?\badmin)|\/v1\/sys\/generate-root\/attempt\b[\s\S]{0,100}?${
        method("POST|PUT")
      }|${
        method("POST|PUT")
      }[\s\S]{0,100}?\/v1\/sys\/generate-root\/attempt\b|\/v1\/auth\/[\w-]{1,40}\/(?:users|role|roles|groups)\/[\w.-]{1,60}[\s\S]{0,300}?(?:token_)?policies["']?[\s:=\[]{1,6}["']?(?:[\w-]{1,30},\s{0,2})?root\b|\bvault\s{1,3}operator\s{1,3}generate-root\b(?![^\n]{0,80}-cancel)|\/v1\/sys\/polic(?:y|ies\/acl)\/[\w.-]{1,60}[\s\S]{0,300}?path\s{0,3}\\?["']\*\\?["'][\s\S]{0,200}?\bsudo\b`,
      "i",
    ),
    why:
      "disables a Vault audit device, mints a root or orphan admin token, starts root-token generation, or writes an ACL policy with sudo on every path",
  },
  {
    id: "k8s.api_cluster_admin",
    lit: ["clusterrolebindings", "rolebindings"],
    re: new RegExp(
      r`\/apis\/rbac\.authorization\.k8s\.io\/v1\/(?:namespaces\/[\w-]{1,63}\/)?(?:cluster)?rolebindings\b[\s\S]{0,600}?\bcluster-admin\b[\s\S]{0,400}?(?:system:(?:anonymous|unauthenticated|authenticated|serviceaccounts)\b|["']?kind["']?[\s:=]{1,4}["']?User\b[\s\S]{0,80}?@)`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why:
      "binds cluster-admin to anonymous, every authenticated user or an e-mail identity through the Kubernetes API",
  },
  {
    id: "edr.sensor_or_monitor_off",
    lit: [
      "hide_host",
      "devices-actions",
      "uninstall_protection",
      "/offboard",
      "agents/actions",
      "/api/v1/downtime",
      "/api/v2/downtime",
      "mute_all",
    ],
    re: new RegExp(
      r`devices-actions\/v\d[\s\S]{0,100}?action_name=hide_host\b|${
        kv("uninstall_protection", "DISABLED")
      }|\/api\/v\d\/machines\/[\w-]{1,80}\/offboard\b|\/web\/api\/v\d\.\d\/agents\/actions\/(?:uninstall|disable-agent)\b|\/api\/v\d\/monitor\/mute_all\b|\/api\/v\d\/downtime\b[\s\S]{0,300}?${
        kv("scope", r`\[?\s{0,2}["']?\*`)
      }`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why:
      "hides a host from the EDR console, removes sensor uninstall protection, offboards or uninstalls the agent, or silences every monitor",
  },
  {
    id: "k8s.api_system_token",
    lit: ["serviceaccounts/"],
    re: /\/api\/v1\/namespaces\/kube-system\/serviceaccounts\/[\w.-]{1,100}\/token\b/i,
    not: methodIs("GET|DELETE"),
    why: "mints a token for a kube-system service account through the Kubernetes API",
  },
  {
    id: "bulk.alerts_dismissed",
    lit: ["alerts", "findings", "incidents"],
    re:
      /(?:\bfor\s{1,3}\$?\w{1,20}\s{1,3}in\b|\bwhile\s{1,3}(?:read|true|\[)|\bxargs\b|\bForEach-Object\b|\bforeach\s{0,2}\(|%\s{0,2}\{)[\s\S]{0,300}?\b(?:alerts(?:_v2)?|findings|incidents)\b[\s\S]{0,300}?\b(?:dismiss(?:ed)?|resolved?|close[d]?|suppress(?:ed)?|archive[d]?|ARCHIVED|SUPPRESSED|RESOLVED|falsePositive)\b/i,
    also:
      /\b(?:curl|gh\s{1,3}api|az\s{1,3}rest|aws\s{1,3}\w{2,30}|gcloud|Invoke-RestMethod|Invoke-MgGraphRequest|Update-Mg\w{0,40}|PATCH|POST)\b/i,
    why:
      "dismisses, resolves or archives security alerts or findings in bulk (a loop over the API)",
  },
  {
    id: "cloudflare.access_everyone",
    lit: ["access/apps", "access/policies", "access/groups"],
    re:
      /\/access\/(?:apps\/[\w-]{1,60}\/)?policies\b[\s\S]{0,600}?["']?include["']?[\s:=\[{]{1,8}["']?everyone\b/i,
    not: methodIs("GET|DELETE"),
    why: "lets everyone through a Cloudflare Access application policy",
  },
];
