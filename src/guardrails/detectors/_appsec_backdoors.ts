/**
 * Backdoors and wide-open authorisation that ordinary-looking application code plants (OWASP A01
 * broken access control, CWE-284/285/287/290/640; WordPress backdoor write-ups from Sucuri and
 * Wordfence; AWS Cedar and Cognito documentation):
 * - a Cedar policy that permits every principal every action on every resource, with no condition
 *   or one every principal meets (`when { principal has department }`, `when { true }`);
 * - admin or approver groups granted because an e-mail address ends with a domain (an address is
 *   self-asserted: with self sign-up anyone registers one);
 * - a password-reset flow that e-mails a token and also returns it in the HTTP response;
 * - a WordPress user hidden from the Users list (`pre_user_query` filtering its login), or an
 *   administrator created by hook code.
 */
import type { AppsecRule } from "./_appsec_core.ts";

export const BACKDOOR_RULES: AppsecRule[] = [
  {
    id: "authz.cedar_permit_all",
    kind: "privilege_escalation",
    lit: "permit",
    re:
      /\bpermit\s{0,4}\(\s{0,4}principal\s{0,4},\s{0,4}action\s{0,4},\s{0,4}resource\s{0,4}\)\s{0,4}(?:;|when\s{0,4}\{\s{0,4}(?:true|principal\s{1,4}has\s{1,4}\w{1,40}|context\s{1,4}has\s{1,4}\w{1,40})\s{0,4}\}\s{0,4};)/,
    why:
      "authorises every principal to do every action on every resource (a Cedar permit with no scope, or a condition every principal meets)",
  },
  {
    id: "auth.role_by_email_domain",
    kind: "privilege_escalation",
    lit: ["endswith", "ends_with", "end_with", "hassuffix"],
    re:
      /\b(?:email|mail|e_mail|userEmail|user_email)\w{0,20}(?:\)|\.toLowerCase\(\)|\.lower\(\))?\s{0,4}\.\s{0,2}(?:endsWith|endswith|ends_with\?|end_with\?)\s{0,4}\(\s{0,4}["']@?[\w.-]{2,80}["'][\s\S]{0,400}?(?:["'](?:admins?|administrators?|superusers?|owners?|root|[\w-]{0,20}approvers?|finance[\w-]{0,20}|billing-admins?)["']|\bis_?(?:admin|staff|superuser)\s{0,4}=\s{0,4}(?:true|True))/i,
    not: /email_verified\b|emailVerified\b|verified_email\b|\bis_verified\b/i,
    why:
      "grants admin or approver rights because an e-mail address ends with a domain, without checking the address was verified",
  },
  {
    id: "auth.reset_token_in_response",
    kind: "privilege_escalation",
    lit: ["reset", "forgot"],
    re:
      /\b(?:forgot|reset)\w{0,30}[\s\S]{0,800}?\b(?:send|mail|email)\w{0,20}\s{0,4}\([^)\n]{0,120}\b(token|code|otp)\b[^)\n]{0,40}\)[\s\S]{0,300}?\b(?:res\.(?:json|send)|response\.(?:json|write)|return\s{1,4}(?:jsonify|JsonResponse|Response|ResponseEntity|Ok|json))\s{0,4}\(?[^\n;]{0,200}?(?::\s{0,4}\1\b|["']\w{0,20}(?:token|code|otp)\w{0,20}["']\s{0,4}[:=]\s{0,4}\1\b|\{\s{0,4}[^}\n]{0,120}\b\1\s{0,4}[,}])/i,
    why:
      "returns the password-reset token in the HTTP response as well as e-mailing it (anyone can reset any account by its e-mail address)",
  },
  {
    id: "php.wp_hidden_admin",
    kind: "persistence",
    lit: ["pre_user_query", "set_role", "wp_create_user"],
    re:
      /\bpre_user_query\b[\s\S]{0,400}?\buser_login\s{0,4}!=|\bwp_create_user\s{0,4}\([\s\S]{0,300}?->\s{0,2}set_role\s{0,4}\(\s{0,4}["']administrator["']/,
    also: /\badd_action\s{0,8}\(|\badd_filter\s{0,8}\(/,
    why:
      "hides a WordPress user from the Users list or creates an administrator from hook code (a persistent hidden admin)",
  },
];
