/**
 * Consent and permission grants through a browser agent (MITRE ATT&CK T1528 steal application
 * access token; Microsoft "illicit consent grant" and consent-phishing guidance; OWASP OAuth 2.0
 * cheat sheet; the Chrome DevTools Protocol `Browser.grantPermissions` / `Browser.setPermission`
 * and Playwright `grantPermissions` references): an OAuth authorisation for wide mail, file or
 * directory scopes sent to an unknown client, a consent screen's "Allow" clicked for such scopes,
 * camera / microphone / location / clipboard / notification permissions granted to an outside
 * origin or allowed on a site's prompt.
 */
import { type BrowserRule, noLocalHost, otherOrigin, r } from "./_browser_core.ts";

/** Scopes that hand over the mailbox, the files, the directory or the code (Graph, Google, GitHub). */
const WIDE_SCOPE =
  r`(?:(?<![a-z])(?:Mail\.(?:ReadWrite|Send|Read)|Files\.ReadWrite\.All|Files\.Read\.All|Sites\.(?:ReadWrite|FullControl|Read)\.All|Directory\.(?:ReadWrite|AccessAsUser)\.All|User\.ReadWrite\.All|Application\.ReadWrite\.All|RoleManagement\.ReadWrite\.\w{1,20}|full_access_as_user|EWS\.AccessAsUser\.All|MailboxSettings\.ReadWrite|Contacts\.ReadWrite)\b|mail\.google\.com|auth(?:\/|%2F)(?:gmail\.(?:modify|send|compose|readonly)|drive(?:\.readonly)?(?![\w.])|cloud-platform|admin\.directory)|(?:[=+\s,"]|%20)(?:repo|admin:org|delete_repo|write:org|admin:enterprise|workflow)(?=$|[&+\s,"]|%20))`;

/** An authorisation endpoint (Entra ID, Google, GitHub, generic OAuth 2.0). */
const AUTHORIZE =
  /\/(?:oauth2\/(?:v2\.0\/)?authorize|o\/oauth2\/(?:v2\/)?auth|login\/oauth\/authorize|oauth\/authorize|oauth2\/auth)\b/i;

/** The redirect target of an authorisation URL (group 1 the host). */
const REDIRECT_G = /redirect_uri=(?:https?|wss?)(?::|%3A)(?:\/|%2F){2}([\w.-]{1,200})/gi;

/** Prose of a consent screen (Entra, Google, GitHub). */
const CONSENT_SCREEN =
  /\b(?:consent|permissions? requested|wants? (?:to )?access|is requesting|requesting (?:access|permission)|would like (?:to|permission)|authori[sz]e (?:app|application)|grant (?:access|permissions?)|unverified (?:app|publisher)|wants? to)\b/i;

/** Wide access named in words on a consent screen. */
const WIDE_WORDS =
  r`${WIDE_SCOPE}|\b(?:read(?:,| and) (?:write|send)|send (?:mail|email|messages) (?:as|on behalf)|full (?:access|control)|(?:all|your) (?:mail|mailbox|e-?mail|files|contacts|repositories|drive)|maintain access|offline access|access (?:your|all) (?:mailbox|e-?mail|files|data)|directory data|on behalf of (?:you|your organi[sz]ation)|(?:read|view)\b[\w\s,]{0,40}\b(?:send|delete|manage)\b[\w\s,]{0,20}\b(?:e-?mails?|mail|messages|files)|send e-?mails? (?:from|as|on behalf))`;

/** A device or data permission (CDP / Playwright / Permissions API names). */
const PERMISSION =
  r`(?:camera|microphone|geolocation|clipboard-?(?:read|write)\w{0,10}|clipboardRead\w{0,10}|notifications|videoCapture|audioCapture|display-capture|screen|local-fonts|midi)`;

/** An origin a grant names (group 1 the host). */
const ORIGIN_G = /\borigin["']?\s{0,3}[:=\n]\s{0,3}["'`]?(?:https?):\/\/([\w.-]{1,200})/gi;

/** Puppeteer's `overridePermissions(origin, …)` (group 1 the host). */
const OVERRIDE_G = /overridePermissions\s{0,3}\(\s{0,3}["'`]https?:\/\/([\w.-]{1,200})/gi;

export const BROWSER_CONSENT_RULES: readonly BrowserRule[] = [
  {
    id: "consent.oauth_wide_authorize",
    lit: ["authorize", "oauth2/auth", "o/oauth2"],
    re: AUTHORIZE,
    also: new RegExp(WIDE_SCOPE, "i"),
    check: (view) => otherOrigin(view, REDIRECT_G),
    why:
      "opens an OAuth authorisation for wide mail, file, directory or repository scopes whose redirect goes to an unknown client: consenting hands that client a standing token (illicit consent grant)",
  },
  {
    id: "consent.allow_wide_scopes",
    lit: [
      "consent",
      "permissions requested",
      "wants to",
      "want access",
      "is requesting",
      "requesting access",
      "requesting permission",
      "would like",
      "authorize app",
      "authorise app",
      "authorize application",
      "grant access",
      "unverified",
    ],
    re: /\b(?:Allow|Accept|Authori[sz]e|Grant|Approve|Consent)\b/,
    also: new RegExp(
      r`(?:${CONSENT_SCREEN.source})[\s\S]{0,600}(?:${WIDE_WORDS})|(?:${WIDE_WORDS})[\s\S]{0,600}(?:${CONSENT_SCREEN.source})`,
      "i",
    ),
    not:
      /\b(?:Cancel|Deny|Decline|Reject|Don't allow|Do not allow)\b(?:[^\n]{0,40})(?:button|link)/i,
    why:
      "clicks Allow on an OAuth consent screen for wide mail, file or directory access: the requesting app keeps a token to the user's data (consent phishing)",
  },
  {
    id: "consent.admin_consent_click",
    lit: ["grant admin consent"],
    re: /\bGrant admin consent\b/i,
    also: /\b(?:browser_click|puppeteer_click|left_click|click)\b/i,
    why:
      "clicks 'Grant admin consent': the application gets its permissions for every user of the tenant",
  },
  {
    id: "consent.permission_grant_outside",
    lit: ["grantpermissions", "browser.setpermission", "setpermission", "overridepermissions"],
    re: /\b(?:grantPermissions|Browser\.setPermission|setPermission|overridePermissions)\b/,
    also: new RegExp(PERMISSION, "i"),
    check: (view) => otherOrigin(view, ORIGIN_G) || otherOrigin(view, OVERRIDE_G),
    why:
      "grants camera, microphone, location, clipboard or notification permission to an outside origin: that site can watch, listen, locate the user or read the clipboard",
  },
  {
    id: "consent.permission_prompt_allow",
    lit: [
      "wants to",
      "want to",
      "use your camera",
      "use your microphone",
      "know your location",
      "show notifications",
      "copied to the clipboard",
    ],
    re: /\b(?:Allow|Accept|Grant)\b/,
    also:
      /\b(?:wants? to )?(?:use your (?:camera|microphone)|know your location|show notifications|see text and images copied|access your (?:camera|microphone|location|clipboard))\b|\bwants? to (?:use|access) (?:the |your )?(?:camera|microphone|location|clipboard)\b/i,
    check: noLocalHost,
    not: /\b(?:Block|Deny|Don't allow|Never allow)\b[^\n]{0,40}(?:button|link)/i,
    why:
      "allows a site's prompt to use the camera, microphone, location, clipboard or notifications: the page gets that access",
  },
];
