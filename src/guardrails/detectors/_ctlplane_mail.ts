/**
 * Control-plane abuse, mail and files: Microsoft 365 / Exchange Online (Graph `messageRules`,
 * `mailboxSettings`, Exchange cmdlets, Defender for Office 365 and DLP cmdlets), the Gmail settings
 * API, OneDrive / SharePoint sharing links and Google Drive permissions, and MCP mail / drive tools
 * (`create_inbox_rule`, `add_mailbox_delegate`, `share_file`). From MITRE ATT&CK T1114.003 (email
 * forwarding rule), T1564.008 (email hiding rules), T1098.002 (additional email delegate
 * permissions), T1562.001, T1537 / T1530; Elastic `detection-rules` o365 and google_workspace;
 * Sigma `rules/cloud/m365` and `gworkspace`; Microsoft Sentinel hunting queries (mail forwarding,
 * mailbox permissions); CISA SCuBA EXO baselines (no automatic forwarding to external domains,
 * Defender policies on); the Graph, Exchange PowerShell, Gmail and Drive API references.
 */
import { type CtlRule, EMAIL, kv, methodIs, outAfter, r } from "./_ctlplane_core.ts";

/** Graph / Exchange / Gmail keys whose value is where mail goes. */
const FORWARD_KEY =
  r`(?<![a-z])(?:forwardTo|redirectTo|forwardAsAttachmentTo|ForwardingSmtpAddress|ForwardingAddress|RedirectMessageTo|BlindCopyTo|AddToRecipients|CopyTo|ForwardTo|RedirectTo|ForwardAsAttachmentTo|autoForwarding|auto_forwarding|forwardingEmail|forwardingAddresses|forward_to|forwarding_address|forward_spam|forward_bounce)\b|["\n]forward["\n]`;

/** Sensitive words a hiding rule matches on (BEC: replies from the bank, security notices). */
const HIDE_WORDS =
  r`(?:invoice|wire|payment|bank|remittance|transfer|payroll|password|security|phish|hack|compromis|suspicious|mfa|verif|unusual|sign-?in|fraud|helpdesk|it support)`;

/** Literals of a Google Drive permission change, as a REST path, an SDK call or an MCP tool name. */
const DRIVE_SHARE_LIT = [
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
];

export const CTL_MAIL_RULES: readonly CtlRule[] = [
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
      "forward_spam",
      "forward_bounce",
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
    lit: DRIVE_SHARE_LIT,
    re: new RegExp(
      r`(?:\/files\/[\w-]{1,100}\/permissions\b|permissions\.create|drive\.permissions|\bshare_(?:file|document|folder|drive_file)\b|\b(?:add|create)_(?:file_)?permission\b)[\s\S]{0,400}?${
        kv("type|share_type|scope|audience", "anyone|anyoneWithLink|anonymous|public")
      }|${
        kv("type", "anyone")
      }[\s\S]{0,400}?(?:\/files\/[\w-]{1,100}\/permissions\b|permissions\.create|drive\.permissions)`,
      "i",
    ),
    not: methodIs("GET|DELETE"),
    why: "opens a Google Drive file to anyone on the internet",
  },
  {
    id: "gdrive.shared_out",
    lit: [...DRIVE_SHARE_LIT, "transferownership"],
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
    id: "exchange.impersonation_role",
    lit: ["new-managementroleassignment", "add-rolegroupmember"],
    re:
      /\bNew-ManagementRoleAssignment\b[^\n]{0,300}-Role\s{1,3}["']?(?:ApplicationImpersonation|Mailbox Import Export|Role Management)\b|\bAdd-RoleGroupMember\b[^\n]{0,200}(?:-Identity\s{1,3})?["']?(?:Organization Management|Discovery Management|Compliance Management|Security Administrator)\b/i,
    why:
      "grants Exchange impersonation, mailbox export or organisation-management rights (every mailbox can be read or exported)",
  },
];
