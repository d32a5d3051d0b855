/**
 * Control-plane abuse, identity providers: Entra ID (directory roles, conditional access, security
 * defaults, authentication methods, federation and cross-tenant trust, app credentials, consent),
 * the Google Workspace Admin SDK and Alert Center, Okta `/api/v1` (sign-on and password policies,
 * network zones, ThreatInsight, factors, admin roles, identity providers, log streams) and Auth0
 * (Guardian MFA, attack protection, user authenticators). From MITRE ATT&CK T1098.001/.003
 * (additional cloud credentials and roles), T1484.002 (domain / tenant trust modification),
 * T1556.006/.007/.009 (MFA, hybrid identity, conditional access), T1562.008; Datadog Stratus Red
 * Team entra-id techniques; Elastic `detection-rules` azure / okta / google_workspace; Sigma
 * `rules/cloud/azure` and `okta`; Panther Okta rules; CISA SCuBA AAD baselines; the Microsoft
 * Graph, Okta Management and Auth0 Management API references.
 */
import {
  type CtlRule,
  kv,
  method,
  methodIs,
  OFF,
  outAfter,
  r,
  URL_HOST,
  WRITE,
} from "./_ctlplane_core.ts";

/** Entra built-in admin role template ids (Global, Privileged Role/Auth, Application, Cloud App, Exchange, Security, User, Hybrid Identity, SharePoint, Authentication, Conditional Access, Intune, Partner Tier2). */
const ENTRA_ADMIN_ROLE =
  r`(?:62e90394-69f5-4237-9190-012177145e10|e8611ab8-c189-46e8-94e1-60213ab1f814|7be44c8a-adaf-4e2a-84d6-ab2649e08a13|9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3|158c047a-c907-4556-b7ef-446551a6b5f7|29232cdf-9323-42fd-ade2-1d097af3e4de|194ae4cb-b126-40b2-bd5b-6091b380977d|fe930be7-5e62-47db-91af-98c3a49a38b1|8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2|f28a1f50-f6e7-4571-818b-6a12f2af6b6c|c4e39bd9-1100-46d3-8c65-fb160da0071f|b1be1c3e-b65d-4f19-8427-f6fa0d97feb9|3a2c62db-5318-420d-8d74-23affee5d9d5|e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8|Global Administrator|Company Administrator|Privileged Role Administrator|Privileged Authentication Administrator|Application Administrator|Cloud Application Administrator|Exchange Administrator|Security Administrator|Hybrid Identity Administrator)`;

/** Graph application permissions that own the tenant or its mail. */
const WIDE_SCOPE =
  r`(?:RoleManagement\.ReadWrite\.Directory|AppRoleAssignment\.ReadWrite\.All|Application\.ReadWrite\.All|Directory\.ReadWrite\.All|Mail\.ReadWrite|Mail\.Send|MailboxSettings\.ReadWrite|Files\.ReadWrite\.All|Sites\.FullControl\.All|full_access_as_app|User\.ReadWrite\.All|9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8|06b708a9-e830-4db3-a914-8e69da51d44f|1bfefb4e-e0b5-418b-a88f-73c6d2e2e9e0|19dbc75e-c2e2-444c-a770-ec69d8559fc7|dc890d15-9560-4a4c-9b7f-a736ec74ec40|e2a3a72e-5f79-4c64-b1b1-878b674786c9)`;

/**
 * The whole-call view writes an empty list as nothing: `excludeUsers\nexcludeGroups\n…` is two
 * EMPTY exclusions, not a user named "excludeGroups". A line that is another key of a
 * conditional-access policy (or a prose key the view keeps) is no excluded member.
 */
const CA_KEY_LINE =
  r`(?:(?:include|exclude)[a-z]{1,40}|comment|comments|reason|note|notes|description|justification|displayName|state|grantControls|sessionControls|conditions|applications|users|platforms|locations|clientAppTypes|devices|signInRiskLevels|userRiskLevels|servicePrincipalRiskLevels|clientApplications)(?:\n|$)`;

export const CTL_IDENTITY_RULES: readonly CtlRule[] = [
  {
    id: "entra.conditional_access_weakened",
    lit: [
      "conditionalaccess",
      "conditional_access",
      "identitysecuritydefaultsenforcementpolicy",
      "authenticationmethodspolicy",
      "strongauthenticationrequirements",
      "peruserm",
    ],
    re: new RegExp(
      r`(?:conditionalAccess\/policies|ConditionalAccessPolicy|conditional_access(?:_policy)?)[\s\S]{0,600}?(?:${
        kv("state", "disabled|enabledForReportingButNotEnforced")
      }|\bexclude(?:Users|Groups|Roles|Applications|Locations|GuestsOrExternalUsers)["']?[\s:=]{1,5}[\[{]?\s{0,3}["']?(?!${CA_KEY_LINE})[\w-]|\bRemove-MgIdentityConditionalAccessPolicy\b)|(?:^|\n|method["']?[\s:=]{1,4}["']?)DELETE\b[\s\S]{0,200}?conditionalAccess\/policies\/[\w-]|conditionalAccess\/policies\/[\w-]{1,60}[\s\S]{0,200}?${
        method("DELETE")
      }|Remove-MgIdentityConditionalAccessPolicy\b|identitySecurityDefaultsEnforcementPolicy[\s\S]{0,200}?${
        kv("isEnabled", OFF)
      }|authenticationMethodsPolicy[\s\S]{0,300}?(?:${kv("state", "disabled")}|${
        kv("registrationEnforcement|systemCredentialPreferences", "disabled")
      })|StrongAuthenticationRequirements\s{1,3}@\(\s{0,2}\)|perUserMfaState["']?[\s:=]{1,5}["']?disabled`,
      "i",
    ),
    why:
      "disables, deletes or carves an exclusion into a conditional-access / MFA policy (sign-ins skip MFA)",
  },
  {
    id: "entra.admin_role_granted",
    lit: [
      "directoryroles",
      "62e90394-69f5-4237-9190-012177145e10",
      "e8611ab8-c189-46e8-94e1-60213ab1f814",
      "7be44c8a-adaf-4e2a-84d6-ab2649e08a13",
      "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3",
      "158c047a-c907-4556-b7ef-446551a6b5f7",
      "29232cdf-9323-42fd-ade2-1d097af3e4de",
      "194ae4cb-b126-40b2-bd5b-6091b380977d",
      "fe930be7-5e62-47db-91af-98c3a49a38b1",
      "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2",
      "f28a1f50-f6e7-4571-818b-6a12f2af6b6c",
      "c4e39bd9-1100-46d3-8c65-fb160da0071f",
      "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9",
      "3a2c62db-5318-420d-8d74-23affee5d9d5",
      "e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8",
      "global administrator",
      "company administrator",
      "privileged role administrator",
      "privileged authentication administrator",
      "application administrator",
      "cloud application administrator",
      "exchange administrator",
      "security administrator",
      "hybrid identity administrator",
      "assign_role",
      "assign_directory_role",
      "add_role_member",
      "add_directory_role_member",
      "grant_role",
      "grant_admin_role",
      "add_role_assignment",
      "create_role_assignment",
      "rolemanagement/directory",
      "roleassignments",
      "add-msolrolemember",
      "add-azureaddirectoryrolemember",
      "new-mgrolemanagementdirectoryroleassignment",
      "new-mgdirectoryrolememberbyref",
      "roleassignmentschedulerequests",
    ],
    re: new RegExp(
      r`(?:directoryRoles|(?:^|["\n])(?:role|roleName|role_name|roleDisplayName|roleDefinitionId|roleTemplateId|roleId)["\n]|assign_(?:directory_)?role|add_(?:directory_)?role_member|grant_(?:admin_)?role|add_role_assignment|create_role_assignment|roleManagement\/directory\/roleAssignment|RoleManagementDirectoryRoleAssignment|DirectoryRoleMember|MsolRoleMember|AzureADDirectoryRoleMember)[\s\S]{0,500}?${ENTRA_ADMIN_ROLE}|${ENTRA_ADMIN_ROLE}[\s\S]{0,300}?(?:\/members\/\$ref|roleAssignments)`,
      "i",
    ),
    not: new RegExp(
      r`${
        method("DELETE|GET")
      }|\bRemove-(?:Msol|AzureAD|Mg)\w{0,40}Role|"?action"?["']?[\s:=]{1,4}["']?adminRemove|^(?:remove|revoke|delete|unassign)[\w-]{0,40}role[\w-]{0,20}\n`,
      "i",
    ),
    // The whole-call view opens with the tool's name: `remove_directory_role_member` takes away.
    why: "grants an Entra ID administrator role (Global, Privileged Role, Application, Exchange …)",
  },
  {
    id: "entra.app_credential_added",
    lit: [
      "addpassword",
      "addkey",
      "passwordcredentials",
      "keycredentials",
      "new-mgserviceprincipalpassword",
      "add-mgapplicationpassword",
      "add-mgserviceprincipalpassword",
      "new-azureadserviceprincipalpasswordcredential",
      "new-azureadapplicationpasswordcredential",
      "federatedidentitycredentials",
    ],
    re: new RegExp(
      r`(?:servicePrincipals|applications)\/[\w-]{1,60}\/(?:addPassword|addKey|federatedIdentityCredentials)\b|\b(?:New-MgServicePrincipalPassword|Add-MgApplicationPassword|Add-MgServicePrincipalPassword|New-AzureAD(?:ServicePrincipal|Application)(?:Password|Key)Credential|New-MgApplicationFederatedIdentityCredential)\b|(?:servicePrincipals|applications)\/[\w-]{1,60}[\s\S]{0,200}?\b(?:passwordCredentials|keyCredentials)["']?[\s:=]{1,5}\[\s{0,3}\{`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why:
      "mints a new secret, certificate or federated credential for an application or service principal (a standing way in)",
  },
  {
    id: "entra.consent_wide_scope",
    lit: [
      "oauth2permissiongrants",
      "approleassignments",
      "approleassignedto",
      "new-mgserviceprincipalapproleassignment",
      "new-mgoauth2permissiongrant",
    ],
    re: new RegExp(
      r`(?:oauth2PermissionGrants|appRoleAssign(?:ments|edTo)|MgServicePrincipalAppRoleAssignment|MgOauth2PermissionGrant)[\s\S]{0,600}?${WIDE_SCOPE}`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why:
      "consents an application to tenant-wide mail, file, directory or role-management permissions",
  },
  {
    id: "entra.federation_trust",
    lit: [
      "federationconfiguration",
      "set-msoldomainauthentication",
      "new-mgdomainfederationconfiguration",
      "set-msoldomainfederationsettings",
      "update-mgdomain",
      "crosstenantaccesspolicy",
      "identityproviders",
      "new-mgidentityprovider",
    ],
    re: new RegExp(
      r`domains\/[\w.-]{1,100}\/federationConfiguration\b|\b(?:New-MgDomainFederationConfiguration|Update-MgDomainFederationConfiguration|New-MgIdentityProvider)\b|Set-MsolDomainAuthentication\b[^\n]{0,200}Federated|Set-MsolDomainFederationSettings\b[^\n]{0,300}-(?:NextSigningCertificate|SigningCertificate|IssuerUri)|Update-MgDomain\b[^\n]{0,200}-AuthenticationType\s{1,3}["']?Federated|crossTenantAccessPolicy[\s\S]{0,600}?${
        kv(
          "isMfaAccepted|isCompliantDeviceAccepted|isHybridAzureADJoinedDeviceAccepted|inboundAllowed",
          "true",
        )
      }|identity\/identityProviders\b[\s\S]{0,200}?${WRITE}|${WRITE}[\s\S]{0,200}?identity\/identityProviders\b`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why:
      "federates a domain with, or trusts the MFA of, an identity provider or tenant outside the organisation (sign-ins forged there are accepted)",
  },
  {
    id: "gworkspace.admin_granted",
    lit: [
      "makeadmin",
      "roleassignments",
      "isadmin",
      "isenforcedin2sv",
      "alerts:batchdelete",
      "batchdelete",
    ],
    re: new RegExp(
      r`\/users\/[^\s\/]{1,100}\/makeAdmin\b[\s\S]{0,200}?${
        kv("status", "true")
      }|admin\/directory\/v1\/users\/[\s\S]{0,300}?(?:${kv("isAdmin", "true")}|${
        kv("isEnforcedIn2Sv|isEnrolledIn2Sv", "false")
      })|admin\/directory\/v1\/customer\/[\w-]{1,40}\/roleassignments\b[\s\S]{0,300}?${
        kv("roleId", r`\d{1,30}`)
      }[\s\S]{0,300}?${
        kv("scopeType", "CUSTOMER")
      }|alertcenter\.googleapis\.com[\s\S]{0,200}?alerts:batchDelete`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why:
      "makes a Google Workspace user a super admin, grants an admin role domain-wide, lifts 2-step verification or deletes security alerts in bulk",
  },
  {
    id: "okta.signon_weakened",
    lit: [
      "/api/v1/policies",
      "/api/v1/zones",
      "threats/configuration",
      "/api/v1/authenticators",
      "requirefactor",
      "factormode",
    ],
    re: new RegExp(
      r`${
        kv("requireFactor", "false")
      }|(?:\/api\/v1\/policies\/[\w-]{1,40}\/rules\b|policy_rule|sign_?on_(?:policy|rule))[\s\S]{0,600}?(?:${
        kv("requireFactor", "false")
      }|${kv("factorMode", "1FA")}|${
        kv("possession\\W{1,8}required|deviceBound", "false")
      })|\/api\/v1\/policies\b[\s\S]{0,800}?(?:${kv("minLength", r`[1-7]`)}|${
        kv("maxAttempts", "0")
      })|\/api\/v1\/zones\b[\s\S]{0,400}?(?:0\.0\.0\.0\/0|::\/0|0\.0\.0\.0-255\.255\.255\.255)|\/api\/v1\/threats\/configuration\b[\s\S]{0,200}?${
        kv("action", "none")
      }|\/api\/v1\/authenticators\/[\w-]{1,40}\/lifecycle\/deactivate\b|\/api\/v1\/policies\/[\w-]{1,40}\/(?:rules\/[\w-]{1,40}\/)?lifecycle\/deactivate\b`,
      "i",
    ),
    why:
      "weakens Okta sign-on: a rule without a second factor, a trivial password or lockout policy, a network zone of the whole internet, ThreatInsight off, or a policy or authenticator deactivated",
  },
  {
    id: "okta.mfa_removed",
    lit: ["/factors/", "reset_factors", "/authenticators/"],
    re: new RegExp(
      r`\/api\/v1\/users\/[\w@.%-]{1,100}\/lifecycle\/reset_factors\b|(?:${
        method("DELETE")
      }[\s\S]{0,200}?\/api\/v1\/users\/[\w@.%-]{1,100}\/(?:factors|authenticator-enrollments)\/[\w-]{1,40}|\/api\/v1\/users\/[\w@.%-]{1,100}\/(?:factors|authenticator-enrollments)\/[\w-]{1,40}[\s\S]{0,200}?${
        method("DELETE")
      })`,
      "i",
    ),
    why: "removes a user's enrolled MFA factors in Okta (the next sign-in needs only the password)",
  },
  {
    id: "okta.admin_or_idp",
    lit: [
      "super_admin",
      "org_admin",
      "/roles",
      "/api/v1/idps",
      "/api/v1/eventhooks",
      "/api/v1/logstreams",
    ],
    re: new RegExp(
      r`${
        kv("type|role|roleType|role_type", "SUPER_ADMIN|ORG_ADMIN")
      }|\/api\/v1\/(?:users|groups)\/[\w@.%-]{1,100}\/roles\b[\s\S]{0,200}?${
        kv(
          "type",
          "SUPER_ADMIN|ORG_ADMIN|APP_ADMIN|USER_ADMIN|GROUP_MEMBERSHIP_ADMIN|API_ACCESS_MANAGEMENT_ADMIN",
        )
      }|\/api\/v1\/idps\b(?!\/[\w-]{1,40}\/(?:lifecycle\/deactivate|users))[\s\S]{0,400}?${
        kv("type", "SAML2|OIDC|OAUTH2")
      }|\/api\/v1\/logStreams\/[\w-]{1,40}\/lifecycle\/deactivate\b`,
      "i",
    ),
    not:
      /(?:^|\n|method["']?[\s:=]{1,4}["']?|-X\s{1,3}|--method\s{1,3})(?:GET|DELETE)\b|\b(?:remove|unassign|revoke|delete)[_-]?\w{0,20}role/i,
    why:
      "grants an Okta administrator role, adds an outside identity provider that can sign users in, or stops the log stream",
  },
  {
    id: "auth0.mfa_or_protection_off",
    lit: [
      "guardian/factors",
      "guardian/policies",
      "attack-protection",
      "/authenticators",
      "/multifactor",
    ],
    re: new RegExp(
      r`\/api\/v2\/guardian\/factors\/[\w-]{1,30}\b[\s\S]{0,200}?${
        kv("enabled", "false")
      }|\/api\/v2\/guardian\/policies\b[\s\S]{0,200}?(?:\n|["']?[\s:=]{1,4})\[\s{0,3}\]|\/api\/v2\/attack-protection\/[\w-]{1,40}\b[\s\S]{0,200}?${
        kv("enabled", "false")
      }|${
        method("DELETE")
      }[\s\S]{0,200}?\/api\/v2\/users\/[^\s\/]{1,100}\/(?:authenticators|multifactor\/\w{1,20}|authentication-methods)|\/api\/v2\/users\/[^\s\/]{1,100}\/(?:authenticators|multifactor\/\w{1,20}|authentication-methods)[\s\S]{0,200}?${
        method("DELETE")
      }`,
      "i",
    ),
    why:
      "turns off Auth0 MFA factors or attack protection, sets the MFA policy to never, or deletes a user's authenticators",
  },
  {
    id: "gworkspace.domain_wide_delegation",
    lit: ["domain-wide", "domain_wide", "domainwide", "dwd"],
    re:
      /(?<![a-z])(?:domain[-_ ]?wide[-_ ]?delegation|dwd)(?![a-z])[\s\S]{0,300}?(?:https:\/\/mail\.google\.com\/|https:\/\/www\.googleapis\.com\/auth\/(?:gmail\.|admin\.directory|cloud-platform|drive\b|drive["'\s,])|\bscopes?\b[\s\S]{0,80}?(?:gmail|admin\.directory|cloud-platform|drive))/i,
    not:
      /\b(?:remove|delete|revoke|list|get)[-_ ]?(?:domain[-_ ]?wide|dwd)|\b(?:remove|delete|revoke)\b/i,
    why:
      "grants a service account Google Workspace domain-wide delegation over mail, directory, Drive or all of Google Cloud (it can act as any user)",
  },
  {
    id: "idp.account_recovery_takeover",
    lit: [
      "reset_password",
      "expire_password",
      "temporaryaccesspassmethods",
      "phonemethods",
      "emailmethods",
      "softwareoathmethods",
      "recoveryemail",
      "secondemail",
    ],
    re: new RegExp(
      r`\/api\/v1\/users\/[\w@.%-]{1,100}\/lifecycle\/(?:reset_password\b[^\s"']{0,40}sendEmail=false|expire_password\b[^\s"']{0,40}tempPassword=true)|\/users\/[^\s\/]{1,100}\/authentication\/(?:temporaryAccessPassMethods|phoneMethods|emailMethods|softwareOathMethods)\b`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why:
      "hands the caller a way into another user's account: a password-reset link or temporary password returned instead of mailed, or a temporary access pass, phone, e-mail or OATH method registered for them",
  },
  {
    id: "idp.recovery_email_out",
    lit: [
      "okta.com/api/v1/users/",
      "oktapreview.com/api/v1/users/",
      "okta-emea.com/api/v1/users/",
      "directory/v1/users/",
    ],
    re:
      /(?:\.okta(?:preview|-emea)?\.com\/api\/v1\/users\/[\w@.%-]{1,100}|admin\/directory\/v1\/users\/[^\s\/]{1,100})[\s\S]{0,400}?\b(?:recoveryEmail|secondEmail|email|login)\b/i,
    not: methodIs("GET|DELETE"),
    out: outAfter(r`\b(?:recoveryEmail|secondEmail|email|login)\b`, "mail", 20),
    why:
      "points a user's sign-in or recovery e-mail at an address outside the organisation (password resets go there: account takeover)",
  },
  {
    id: "oauth.redirect_out",
    lit: [
      "redirecturis",
      "redirect_uris",
      "callbackurls",
      "callback_urls",
      "replyurls",
      '"callbacks"',
      "callbacks\n",
      "logouturls",
    ],
    re: new RegExp(
      r`\b(?:redirectUris|redirect_uris|CallbackURLs|callback_urls|replyUrls|callbacks)\b[\s\S]{0,80}?${URL_HOST}`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    out: outAfter(
      r`\b(?:redirectUris|redirect_uris|CallbackURLs|callback_urls|replyUrls|callbacks)\b`,
      "host",
      80,
    ),
    why:
      "adds a sign-in redirect (reply) URL outside the organisation to an OAuth application (its authorization codes and tokens are sent there)",
  },
];
