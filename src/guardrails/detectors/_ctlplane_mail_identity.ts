/**
 * Control-plane abuse, mail and identity providers: Microsoft 365 / Exchange Online (Graph
 * `messageRules`, `mailboxSettings`, Exchange cmdlets), Gmail settings API, Google Drive and the
 * Admin SDK, Entra ID (roles, conditional access, federation, consent, app credentials), Okta
 * (`/api/v1` policies, factors, roles, IdPs, zones) and Auth0 (Guardian, attack protection). From
 * MITRE ATT&CK T1114.003 (email forwarding rule), T1564.008 (email hiding rules), T1098.001/.002/
 * .003 (additional cloud credentials, delegate permissions, cloud roles), T1484.002 (trust
 * modification), T1556.006/.007/.009 (MFA, hybrid identity, conditional access), T1562.008; Elastic
 * `detection-rules` o365/azure/okta/google_workspace; Sigma `rules/cloud/m365|azure|okta|gworkspace`;
 * CISA SCuBA baselines (EXO forwarding, Defender, AAD CA); the vendors' API references.
 */
import {
  type CtlRule,
  EMAIL,
  kv,
  method,
  methodIs,
  OFF,
  outAfter,
  r,
  WRITE,
} from "./_ctlplane_core.ts";

/** Graph / Exchange / Gmail keys whose value is where mail goes. */
const FORWARD_KEY =
  r`(?<![a-z])(?:forwardTo|redirectTo|forwardAsAttachmentTo|ForwardingSmtpAddress|ForwardingAddress|RedirectMessageTo|BlindCopyTo|AddToRecipients|CopyTo|ForwardTo|RedirectTo|ForwardAsAttachmentTo|autoForwarding|auto_forwarding|forwardingEmail|forwardingAddresses|forward_to|forwarding_address)\b|["\n]forward["\n]`;

/** Sensitive words a hiding rule matches on (BEC: replies from the bank, security notices). */
const HIDE_WORDS =
  r`(?:invoice|wire|payment|bank|remittance|transfer|payroll|password|security|phish|hack|compromis|suspicious|mfa|verif|unusual|sign-?in|fraud|helpdesk|it support)`;

/** Entra built-in admin role template ids (Global, Privileged Role/Auth, Application, Cloud App, Exchange, Security, User, Hybrid Identity, SharePoint, Authentication, Conditional Access, Intune, Partner Tier2). */
const ENTRA_ADMIN_ROLE =
  r`(?:62e90394-69f5-4237-9190-012177145e10|e8611ab8-c189-46e8-94e1-60213ab1f814|7be44c8a-adaf-4e2a-84d6-ab2649e08a13|9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3|158c047a-c907-4556-b7ef-446551a6b5f7|29232cdf-9323-42fd-ade2-1d097af3e4de|194ae4cb-b126-40b2-bd5b-6091b380977d|fe930be7-5e62-47db-91af-98c3a49a38b1|8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2|f28a1f50-f6e7-4571-818b-6a12f2af6b6c|c4e39bd9-1100-46d3-8c65-fb160da0071f|b1be1c3e-b65d-4f19-8427-f6fa0d97feb9|3a2c62db-5318-420d-8d74-23affee5d9d5|e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8|Global Administrator|Company Administrator|Privileged Role Administrator|Privileged Authentication Administrator|Application Administrator|Cloud Application Administrator|Exchange Administrator|Security Administrator|Hybrid Identity Administrator)`;

/** Graph application permissions that own the tenant or its mail. */
const WIDE_SCOPE =
  r`(?:RoleManagement\.ReadWrite\.Directory|AppRoleAssignment\.ReadWrite\.All|Application\.ReadWrite\.All|Directory\.ReadWrite\.All|Mail\.ReadWrite|Mail\.Send|MailboxSettings\.ReadWrite|Files\.ReadWrite\.All|Sites\.FullControl\.All|full_access_as_app|User\.ReadWrite\.All|9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8|06b708a9-e830-4db3-a914-8e69da51d44f|1bfefb4e-e0b5-418b-a88f-73c6d2e2e9e0|19dbc75e-c2e2-444c-a770-ec69d8559fc7|dc890d15-9560-4a4c-9b7f-a736ec74ec40|e2a3a72e-5f79-4c64-b1b1-878b674786c9)`;

export const CTL_MAIL_IDENTITY_RULES: readonly CtlRule[] = [
  {
    id: "mail.forward_out",
    lit: [
      "forwardto",
      "redirectto",
      "forwardasattachmentto",
      "forwardingsmtpaddress",
      "forwardingaddress",
      "redirectmessageto",
      "blindcopyto",
      "addtorecipients",
      "copyto",
      "autoforwarding",
      "auto_forwarding",
      "forwardingemail",
      "forward_to",
      "forwarding_address",
      '"forward"',
      "forward\n",
    ],
    re: new RegExp(r`(?:${FORWARD_KEY})[\s\S]{0,160}?${EMAIL}`, "i"),
    out: outAfter(FORWARD_KEY, "mail"),
    why:
      "forwards, redirects or copies a mailbox's mail to an address outside the organisation (inbox, transport or Gmail forwarding rule)",
  },
  {
    id: "mail.hiding_rule",
    lit: [
      "new-inboxrule",
      "set-inboxrule",
      "messagerules",
      "inbox_rule",
      "inboxrule",
      "settings/filters",
      "mail_filter",
    ],
    re: new RegExp(
      r`(?:\b(?:MoveToFolder|moveToFolder|destinationFolder|folder)\b[\s\S]{0,40}?(?:RSS (?:Feeds|Subscriptions)|Conversation History|Deleted Items|deleteditems|Junk|Archive|Notes)|\b(?:DeleteMessage|delete|SoftDeleteMessage|permanentDelete)["']?[\s:=]{1,5}["']?\$?true|removeLabelIds[\s\S]{0,30}?INBOX|addLabelIds[\s\S]{0,30}?TRASH)`,
      "i",
    ),
    also: new RegExp(
      r`\b(?:SubjectContainsWords|SubjectOrBodyContainsWords|BodyContainsWords|FromAddressContainsWords|subjectContains|bodyContains|bodyOrSubjectContains|senderContains|query|subject|from)\b[\s\S]{0,60}?${HIDE_WORDS}`,
      "i",
    ),
    why:
      "creates a mail rule that hides or deletes messages about payments or security notices (a compromised mailbox hiding its tracks)",
  },
  {
    id: "mail.delegate_out",
    lit: [
      "add-mailboxpermission",
      "add-recipientpermission",
      "grantsendonbehalfto",
      "add-mailboxfolderpermission",
      "delegates",
      "delegateemail",
      "add_delegate",
      "add_mailbox_delegate",
      "add_mailbox_permission",
      "grant_mailbox_access",
      "add_send_as",
    ],
    re:
      /\b(?:Add-MailboxPermission|Add-RecipientPermission|GrantSendOnBehalfTo|Add-MailboxFolderPermission|settings\/delegates|delegateEmail|add_(?:mailbox_)?delegate|add_mailbox_permission|grant_mailbox_access|add_send_as)\b/i,
    out: outAfter(
      r`(?:(?:^|\s)-(?:User|Trustee)|\bGrantSendOnBehalfTo|\bdelegateEmail|\bsettings\/delegates|\n(?:user|trustee|delegate|delegate_email|email|grantee)\n|"(?:user|trustee|delegate|delegate_email|email|grantee)"\s{0,2}:)`,
      "mail",
      200,
    ),
    why: "gives an outside account access to a mailbox (full access, send-as or a Gmail delegate)",
  },
  {
    id: "mail.folder_open_to_all",
    lit: ["add-mailboxfolderpermission", "set-mailboxfolderpermission"],
    re:
      /\b(?:Add|Set)-MailboxFolderPermission\b[^\n]{0,200}-User\s{1,3}["']?(?:Default|Anonymous)\b[^\n]{0,120}-AccessRights\s{1,3}["']?(?!None\b|AvailabilityOnly\b|LimitedDetails\b)\w/i,
    why: "opens a mailbox folder to every user in the organisation or to anonymous users",
  },
  {
    id: "mail.transport_spam_bypass",
    lit: ["new-transportrule", "set-transportrule"],
    re: /\b(?:New|Set)-TransportRule\b[^\n]{0,400}-SetSCL\s{1,3}["']?-1\b/i,
    why: "adds a transport rule that skips spam and phishing filtering (SCL -1) for chosen senders",
  },
  {
    id: "m365.protection_off",
    lit: [
      "set-antiphishpolicy",
      "set-malwarefilterpolicy",
      "set-hostedcontentfilterpolicy",
      "set-safelinkspolicy",
      "set-safeattachmentpolicy",
      "set-atppolicyforo365",
      "set-dlpcompliancepolicy",
      "remove-dlpcompliancepolicy",
      "remove-dlpcompliancerule",
      "set-protectionalert",
      "remove-protectionalert",
      "set-externalinoutlook",
      "set-hostedoutboundspamfilterpolicy",
      "disable-antiphishrule",
      "disable-malwarefilterrule",
      "disable-safelinksrule",
      "disable-safeattachmentrule",
      "disable-dlpcompliancerule",
      "set-organizationconfig",
    ],
    re: new RegExp(
      r`\b(?:Set-(?:AntiPhishPolicy|MalwareFilterPolicy|HostedContentFilterPolicy|SafeLinksPolicy|SafeAttachmentPolicy|AtpPolicyForO365|ExternalInOutlook)\b[^\n]{0,300}-(?:Enable\w{0,40}|Enabled|Enforce\w{0,30})\s{0,3}:?\s{0,3}\$?false|Set-DlpCompliancePolicy\b[^\n]{0,200}-Mode\s{1,3}["']?(?:Disable|TestWithoutNotifications)|Remove-(?:DlpCompliancePolicy|DlpComplianceRule|ProtectionAlert)\b|Set-ProtectionAlert\b[^\n]{0,200}-Disabled\s{0,3}:?\s{0,3}\$?true|Set-HostedOutboundSpamFilterPolicy\b[^\n]{0,200}-AutoForwardingMode\s{1,3}["']?On\b|Disable-(?:AntiPhishRule|MalwareFilterRule|SafeLinksRule|SafeAttachmentRule|DlpComplianceRule)\b|Set-OrganizationConfig\b[^\n]{0,200}-(?:AuditDisabled\s{0,3}:?\s{0,3}\$?true|OAuth2ClientProfileEnabled\s{0,3}:?\s{0,3}\$?false))`,
      "i",
    ),
    why:
      "switches off a Microsoft 365 defence (anti-phishing, malware, Safe Links/Attachments, DLP, alert policies) or allows automatic forwarding out",
  },
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
      }|\bexclude(?:Users|Groups|Roles|Applications|Locations|GuestsOrExternalUsers)["']?[\s:=]{1,5}[\[{]?\s{0,3}["']?[\w-]|\bRemove-MgIdentityConditionalAccessPolicy\b)|(?:^|\n|method["']?[\s:=]{1,4}["']?)DELETE\b[\s\S]{0,200}?conditionalAccess\/policies\/[\w-]|conditionalAccess\/policies\/[\w-]{1,60}[\s\S]{0,200}?${
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
      r`(?:directoryRoles|assign_(?:directory_)?role|add_(?:directory_)?role_member|grant_(?:admin_)?role|add_role_assignment|create_role_assignment|roleManagement\/directory\/roleAssignment|RoleManagementDirectoryRoleAssignment|DirectoryRoleMember|MsolRoleMember|AzureADDirectoryRoleMember)[\s\S]{0,500}?${ENTRA_ADMIN_ROLE}|${ENTRA_ADMIN_ROLE}[\s\S]{0,300}?(?:\/members\/\$ref|roleAssignments)`,
      "i",
    ),
    not: new RegExp(
      r`${
        method("DELETE|GET")
      }|\bRemove-(?:Msol|AzureAD|Mg)\w{0,40}Role|"?action"?["']?[\s:=]{1,4}["']?adminRemove`,
      "i",
    ),
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
    id: "sharepoint.anonymous_link",
    lit: ["createlink", "/invite", "sharingcapability"],
    re: new RegExp(
      r`\/createLink\b[\s\S]{0,300}?${kv("scope", "anonymous|anyone")}|${
        kv("scope", "anonymous|anyone")
      }[\s\S]{0,300}?\/createLink\b|\/invite\b[\s\S]{0,400}?${
        kv("requireSignIn", "false")
      }|Set-SPOSite\b[^\n]{0,200}-SharingCapability\s{1,3}["']?(?:ExternalUserAndGuestSharing|ExistingExternalUserSharingOnly)`,
      "i",
    ),
    why: "shares a OneDrive / SharePoint item through an anonymous link anyone can open",
  },
  {
    id: "sharepoint.invite_out",
    lit: ["/invite"],
    re: new RegExp(
      r`\/(?:drives|items|drive|sites)\/[\s\S]{0,200}?\/invite\b[\s\S]{0,400}?${EMAIL}`,
      "i",
    ),
    also: /\b(?:write|owner|sp\.full control|edit)\b/i,
    out: outAfter(r`\b(?:recipients|email)\b`, "mail", 200),
    why: "gives an outside address edit rights on a OneDrive / SharePoint item",
  },
  {
    id: "gdrive.shared_anyone",
    lit: [
      "/permissions",
      "permissions.create",
      "drive.permissions",
      "share_file",
      "share_document",
      "share_folder",
      "share_drive_file",
      "add_permission",
      "add_file_permission",
      "create_permission",
    ],
    re: new RegExp(
      r`(?:\/files\/[\w-]{1,100}\/permissions\b|permissions\.create|drive\.permissions|\bshare_(?:file|document|folder|drive_file)\b|\b(?:add|create)_(?:file_)?permission\b)[\s\S]{0,400}?${
        kv("type|share_type|scope|audience", "anyone|anyoneWithLink|anonymous|public")
      }|${
        kv("type", "anyone")
      }[\s\S]{0,400}?(?:\/files\/[\w-]{1,100}\/permissions\b|permissions\.create|drive\.permissions)`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why: "shares a Google Drive file with anyone on the internet",
  },
  {
    id: "gdrive.shared_out",
    lit: [
      "/permissions",
      "permissions.create",
      "drive.permissions",
      "transferownership",
      "share_file",
      "share_document",
      "share_folder",
      "share_drive_file",
      "add_permission",
      "add_file_permission",
      "create_permission",
    ],
    re:
      /(?:\/files\/[\w-]{1,100}\/permissions\b|permissions\.create|drive\.permissions|transferOwnership|\b(?:share_(?:file|document|folder|drive_file)|add_(?:file_)?permission|create_permission)\b)/i,
    also: new RegExp(
      r`${kv("role", "owner|writer|organizer|fileOrganizer")}|${
        kv("type", "domain")
      }|transferOwnership["']?[\s:=]{1,4}["']?true`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    out: {
      re:
        /\b(?:emailAddress|email_address|email|domain|user|recipient)["']?[\s:=]{1,5}["']?([\w.+-]{0,64}@?[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,4})/gi,
      kind: "mail",
    },
    why: "gives an outside account or domain write access to, or ownership of, a Google Drive file",
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
    lit: ["/roles", "/api/v1/idps", "/api/v1/eventhooks", "/api/v1/logstreams"],
    re: new RegExp(
      r`\/api\/v1\/(?:users|groups)\/[\w@.%-]{1,100}\/roles\b[\s\S]{0,200}?${
        kv(
          "type",
          "SUPER_ADMIN|ORG_ADMIN|APP_ADMIN|USER_ADMIN|GROUP_MEMBERSHIP_ADMIN|API_ACCESS_MANAGEMENT_ADMIN",
        )
      }|\/api\/v1\/idps\b(?!\/[\w-]{1,40}\/(?:lifecycle\/deactivate|users))[\s\S]{0,400}?${
        kv("type", "SAML2|OIDC|OAUTH2")
      }|\/api\/v1\/logStreams\/[\w-]{1,40}\/lifecycle\/deactivate\b`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
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
];
