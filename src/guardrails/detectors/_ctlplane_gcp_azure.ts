/**
 * Control-plane abuse, GCP and Azure: GCP REST and `gcloud` / `gsutil` (IAM policies granting
 * public or outside members, service-account keys minted, audit sinks deleted or disabled, log
 * exclusions, Security Command Center mute rules and notification configs) and Azure Resource
 * Manager / `az` (Owner, Contributor and User Access Administrator assignments, diagnostic settings
 * and activity-log alerts deleted, Defender for Cloud set to the free tier, Sentinel analytics rules
 * deleted or auto-closed, disks and snapshots exported). From Datadog Stratus Red Team
 * (gcp.persistence.create-service-account-key, gcp.exfiltration.share-compute-disk,
 * azure.exfiltration.disk-export), MITRE ATT&CK T1098.001/.003, T1562.008, T1537; Elastic
 * `detection-rules` gcp / azure, Sigma `rules/cloud/gcp` and `azure`, Microsoft Sentinel
 * analytics templates; Google Cloud and Azure REST references.
 */
import { type CtlRule, kv, method, methodIs, r } from "./_ctlplane_core.ts";

export const CTL_GCP_AZURE_RULES: readonly CtlRule[] = [
  {
    id: "gcp.iam_outside_or_public",
    lit: [
      "setiampolicy",
      "set_iam_policy",
      "add-iam-policy-binding",
      "add_iam_policy_binding",
      "/iam",
      "iam ch",
      "acl ch",
      "defaultobjectacl",
    ],
    re: new RegExp(
      r`(?:setIamPolicy|set_iam_policy|add[-_]iam[-_]policy[-_]binding|\/storage\/v1\/b\/[\w.-]{1,200}\/iam\b|\bgsutil\s{1,3}(?:-m\s{1,3})?(?:iam|acl)\s{1,3}ch\b|defaultObjectAcl)[\s\S]{0,800}?(?:\ballUsers\b|\ballAuthenticatedUsers\b|(?:user|group|domain|serviceAccount):[\w.+-]{0,64}@?[\w-]{1,63}\.[\w.-]{2,100})`,
      "i",
    ),
    out: {
      re:
        /\b(allUsers|allAuthenticatedUsers)\b|\b(?:user|group|domain):([\w.+-]{0,64}@?[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,4})/gi,
      kind: "mail",
    },
    // A public member with any role (but a public web service or static site), or an outside member
    // with more than a read-only role.
    not:
      /roles\/(?:run|cloudfunctions)\.invoker\b|\ballUsers:(?:objectViewer|legacyObjectReader|R)\b[^\n]{0,40}gs:\/\/[\w.-]{0,40}(?:www|static|site|public|assets|cdn|web|media|images?)/,
    also:
      /\b(?:allUsers|allAuthenticatedUsers)\b|roles\/(?:owner|editor|[\w.]{0,60}(?:[aA]dmin|[cC]reator|[wW]riter|[dD]eveloper|[eE]ditor|[uU]ser|[aA]ctAs|[iI]nvoker))\b|(?:-u|-g|-d)\s{1,3}\S{1,100}:(?:W|O|FC|OWNER|WRITER)\b|:(?:objectAdmin|admin|legacyBucketOwner|legacyBucketWriter|objectCreator)\b/,
    why:
      "grants a GCP project or bucket role to everyone on the internet, or more than read access to an outside account",
  },
  {
    id: "gcp.sa_key_or_logging",
    lit: [
      "serviceaccounts",
      "service-accounts",
      "/sinks",
      "sinks delete",
      "sinks update",
      "muteconfigs",
      "mute-configs",
      "bulkmute",
      "/exclusions",
      "exclusions create",
      "notificationconfigs",
    ],
    re: new RegExp(
      r`serviceAccounts\/[^\s\/]{1,200}\/keys\b(?![\/:])[\s\S]{0,200}?${method("POST")}|${
        method("POST")
      }[\s\S]{0,200}?serviceAccounts\/[^\s\/]{1,200}\/keys\b(?![\/:])|\bgcloud\s{1,3}iam\s{1,3}service-accounts\s{1,3}keys\s{1,3}create\b|(?:${
        method("DELETE")
      }[\s\S]{0,200}?logging\.googleapis\.com[\s\S]{0,200}?\/sinks\/|logging\.googleapis\.com[\s\S]{0,200}?\/sinks\/[\w.-]{1,100}[\s\S]{0,200}?${
        method("DELETE")
      })|\bgcloud\s{1,3}logging\s{1,3}sinks\s{1,3}(?:delete\b|update\b[^\n]{0,200}--disabled)|\/sinks\/[\w.-]{1,100}[\s\S]{0,300}?${
        kv("disabled", "true")
      }|(?:muteConfigs|mute-configs\s{1,3}create|findings:bulkMute|bulk-mute)|\/exclusions\b[\s\S]{0,300}?${
        kv("filter", r`[^\n]{0,60}(?:cloudaudit|logName|protoPayload|severity)`)
      }|\bgcloud\s{1,3}logging\s{1,3}(?:sinks|buckets)\s{1,3}update\b[^\n]{0,200}--(?:add-)?exclusion|notificationConfigs\/[\w-]{1,100}[\s\S]{0,200}?${
        method("DELETE")
      }`,
      "i",
    ),
    not: methodIs("GET"),
    why:
      "mints a GCP service-account key, or deletes, disables or filters out audit log sinks, or mutes Security Command Center findings in bulk",
  },
  {
    id: "azure.rbac_owner_granted",
    lit: [
      "roleassignments",
      "role_assignments",
      "role_assignment",
      "roleassignment",
      "role assignment create",
    ],
    re:
      /(?:Microsoft\.Authorization\/roleAssignments\b|role_?assignments?\b)[\s\S]{0,800}?roleDefinitions\/(?:8e3af657-a8ff-443c-a75c-2fe8c4bcb635|b24988ac-6180-42a0-ab88-20f7382dd24c|18d7d88d-d35e-4fb5-a5c3-7773c20a72d9|f58310d9-a9f6-439a-9e8d-f62e7b41a168)/i,
    not: methodIs("GET|DELETE"),
    why: "assigns Owner, Contributor or User Access Administrator on an Azure scope",
  },
  {
    id: "azure.defences_off",
    lit: [
      "securityinsights",
      "diagnosticsettings",
      "diagnostic-settings",
      "microsoft.security/pricings",
      "autoprovisioningsettings",
      "logprofiles",
      "activitylogalerts",
      "security pricing",
      "beginGetAccess",
      "grant-access",
    ],
    re: new RegExp(
      r`(?:${
        method("DELETE")
      }[\s\S]{0,300}?(?:Microsoft\.Insights\/(?:diagnosticSettings|logprofiles|activityLogAlerts)|Microsoft\.Security\/(?:securityContacts|automations))|(?:Microsoft\.Insights\/(?:diagnosticSettings|logprofiles|activityLogAlerts)|Microsoft\.Security\/(?:securityContacts|automations))\/[\w.-]{1,100}[\s\S]{0,300}?${
        method("DELETE")
      })|\baz\s{1,3}monitor\s{1,3}(?:diagnostic-settings|log-profiles|activity-log\s{1,3}alert)\s{1,3}delete\b|Microsoft\.Security\/pricings\/[\w-]{1,60}[\s\S]{0,300}?${
        kv("pricingTier", "Free")
      }|\baz\s{1,3}security\s{1,3}pricing\s{1,3}create\b[^\n]{0,200}--tier\s{1,3}["']?free|Microsoft\.Security\/autoProvisioningSettings\b[\s\S]{0,200}?${
        kv("autoProvision", "Off")
      }|Microsoft\.Insights\/activityLogAlerts\/[\w.-]{1,100}[\s\S]{0,300}?${
        kv("enabled", "false")
      }|Microsoft\.SecurityInsights\/(?:alertRules|dataConnectors)\/[\w.-]{1,100}[\s\S]{0,300}?(?:${
        method("DELETE")
      }|${kv("enabled", "false")})|${
        method("DELETE")
      }[\s\S]{0,300}?Microsoft\.SecurityInsights\/(?:alertRules|dataConnectors)\/|Microsoft\.SecurityInsights\/automationRules\/[\s\S]{0,1200}?${
        kv("status", "Closed")
      }|\/(?:disks|snapshots)\/[\w.-]{1,100}\/beginGetAccess\b|\baz\s{1,3}(?:disk|snapshot)\s{1,3}grant-access\b`,
      "i",
    ),
    why:
      "deletes Azure diagnostic settings, log profiles, activity-log alerts or Sentinel analytics rules (or auto-closes incidents), sets Defender for Cloud to the free tier, or exports a disk or snapshot through a download link",
  },
  {
    id: "azure.owner_cmdlet",
    lit: ["new-azroleassignment", "role assignment create"],
    re: new RegExp(
      r`\bNew-AzRoleAssignment\b[^\n]{0,300}-RoleDefinitionName\s{1,3}["']?(?:Owner|User Access Administrator|Role Based Access Control Administrator)\b|\baz\s{1,3}role\s{1,3}assignment\s{1,3}create\b[^\n]{0,300}--role\s{1,3}["']?(?:Owner|User Access Administrator)\b`,
      "i",
    ),
    also:
      /(?:-SignInName|-ObjectId|--assignee(?:-object-id)?)\s{1,3}["']?[^\s"']{0,80}(?:#EXT#|@(?:gmail|googlemail|outlook|hotmail|yahoo|icloud|proton|protonmail|gmx|yandex|mail|aol)\.)/i,
    why: "makes an outside or guest account Owner or User Access Administrator of an Azure scope",
  },
];
