/**
 * Authentication and authorization weaknesses in any language: master passwords and magic
 * parameters that grant access, `if DEBUG or …: return True` shortcuts, JWT checks turned off
 * (`verify_signature: False`, `alg none`, empty or well-known secrets), OAuth/OIDC redirect
 * wildcards and PKCE/state removed, identity-provider auto-linking, password resets without a
 * token check, impersonation endpoints.
 */
import type { AppsecRule } from "./_appsec_core.ts";

/** A name for a password, key or token being compared. */
const CRED = String
  .raw`(?:password|passwd|pwd|pass|otp|token|api_?key|apiKey|secret|code|pin)`;

export const AUTH_RULES: AppsecRule[] = [
  {
    id: "auth.master_password",
    kind: "privilege_escalation",
    lit: ["=='", '=="', "== '", '== "', '.equals("', ".equals('"],
    re: new RegExp(
      String
        .raw`\b(?:if|elif|elsif|unless|or|\|\||&&)\s{0,8}\(?\s{0,8}[\w.\[\]'"]{0,40}${CRED}[\w\]'"]{0,10}\s{0,8}(?:===?|\.equals\s{0,8}\()\s{0,8}["'](?:master|backdoor|letmein|god(?:mode)?|override|debug|support|magic|skeleton|superuser|admin123|opensesame|bypass)[\w!@#$%-]{0,30}["']`,
      "i",
    ),
    why: "accepts a hard-coded master password or token for any account (backdoor, CWE-798)",
  },
  {
    id: "auth.magic_param_admin",
    kind: "privilege_escalation",
    lit: ["request.", "req.", "params", "$_", "url.query"],
    re:
      /\b(?:request\.(?:args|GET|POST|headers|params|query)|req\.(?:query|headers|body|params)|params|\$_(?:GET|REQUEST|POST|COOKIE)|r\.URL\.Query\(\)|Request\.(?:Query|Headers))[.\[(]\s{0,8}(?:get\s{0,8}\(\s{0,8})?["']?(?:x-)?(?:admin|debug|bypass|backdoor|god_?mode|is_?admin|internal|skip_?auth|as_?admin|sudo)["']?\s{0,8}[\])]?\s{0,8}(?:===?\s{0,8}["']?(?:1|true|yes|on|[\w-]{3,40})["']?)?\s{0,4}\)?\s{0,4}(?::|\{|\bthen\b|&&|\?)[\s\S]{0,160}?(?:is_?admin\s{0,8}=\s{0,8}(?:true|True|1)|role\s{0,8}=\s{0,8}["'](?:admin|superuser|root)|\bsession\s{0,8}\[\s{0,8}["'](?:user_id|is_admin|role|admin|authenticated)|login_user\s{0,8}\(|return\s{1,8}(?:True|true)\b|return\s{1,8}next\s{0,8}\(|authenticated\s{0,8}=\s{0,8}(?:true|True)|grant|\.user\s{0,8}=\s{0,8}\w{0,20}(?:admin|root))/i,
    why: "grants admin or logs the caller in when a request carries a magic parameter or header",
  },
  {
    id: "auth.debug_or_bypass",
    kind: "privilege_escalation",
    lit: [
      "debug or",
      "debug ||",
      "debug||",
      'debug"] or',
      'debug"] ||',
      'debug"]||',
      "debug'] or",
      "debug'] ||",
      "debug']||",
      'debug") or',
      'debug") ||',
      'debug")||',
      "debug') or",
      "debug') ||",
      "debug')||",
      "debug) or",
      "debug) ||",
      "debug)||",
      "testing or",
      "testing ||",
      "testing||",
      'testing"] or',
      'testing"] ||',
      'testing"]||',
      "testing'] or",
      "testing'] ||",
      "testing']||",
      'testing") or',
      'testing") ||',
      'testing")||',
      "testing') or",
      "testing') ||",
      "testing')||",
      "testing) or",
      "testing) ||",
      "testing)||",
      "bypass_auth",
      "skip_auth",
      "disable_auth",
      "auth_disabled",
      "no_auth",
    ],
    re:
      /\bif\s{0,8}\(?\s{0,8}(?:settings\.|app\.config\[["']|config\.|os\.environ\.get\(["']|process\.env\.)?(?:DEBUG|TESTING|BYPASS_AUTH|SKIP_AUTH|DISABLE_AUTH|AUTH_DISABLED|NO_AUTH)\b["'\])]{0,3}\s{0,8}(?:or|\|\|)\s{0,8}[^\n]{0,120}(?::|\{)\s{0,4}(?:\n\s{0,12})?return\s{1,8}(?:True|true|next\s{0,8}\(|None|handler|f\s{0,8}\(|func\s{0,8}\()/,
    why:
      "lets every request through authentication when a debug/testing flag OR another condition holds",
  },
  {
    id: "auth.check_short_circuit",
    kind: "privilege_escalation",
    lit: ["def ", "function ", "boolean ", "bool "],
    re:
      /\b(?:def\s{1,8}(?:has_permission|has_object_permission|check_password|verify_password|is_authenticated|authenticate|check_permission|verify_token|is_admin)\s{0,8}\([^)\n]{0,120}\)\s{0,8}(?:->\s{0,8}\w{1,10}\s{0,8})?:\s{0,4}(?:#[^\n]{0,80})?\n\s{1,12}return\s{1,8}True\b|(?:function\s{1,8}|(?:public|private|protected)\s{1,8}(?:static\s{1,8})?(?:boolean|bool|Boolean)\s{1,8})(?:isAuthenticated|checkAuth|verifyToken|hasPermission|isAuthorized|checkPassword|verifyPassword|isAdmin)\s{0,8}\([^)\n]{0,120}\)\s{0,8}(?::\s{0,8}\w{1,10}\s{0,8})?\{\s{0,4}(?:\/\/[^\n]{0,80}\s{0,8})?return\s{1,8}true\s{0,8};?\s{0,4}\})/,
    why: "makes an authentication or permission check always succeed",
  },
  {
    id: "auth.jwt_no_verify",
    kind: "privilege_escalation",
    lit: [
      "jwt.decode",
      "parseunverified",
      "withoutclaimsvalidation",
      "verify_signature",
      "validateissuersigningkey",
      "requiresignedtokens",
      "signaturevalidator",
    ],
    re:
      /\bjwt\.decode\s{0,8}\([^\n]{0,200}(?:["']verify_signature["']\s{0,8}:\s{0,8}False|\bverify\s{0,8}=\s{0,8}False)|\bParseUnverified\s{0,8}\(|\bWithoutClaimsValidation\s{0,8}\(|\bjwt\.decode\s{0,8}\([^\n]{0,120}\balgorithms\s{0,8}=\s{0,8}\[[^\]\n]{0,40}["']none["']|\bverify_signature["']?\s{0,8}[:=]\s{0,8}(?:False|false)\b|\bValidateIssuerSigningKey\s{0,8}=\s{0,8}false|\bRequireSignedTokens\s{0,8}=\s{0,8}false|\bSignatureValidator\s{0,8}=\s{0,8}\([^)\n]{0,60}\)\s{0,8}=>\s{0,8}new\s{1,8}JwtSecurityToken/,
    why: "accepts JWTs without verifying their signature (anyone can mint an admin token)",
  },
  {
    id: "auth.jwt_alg_none",
    kind: "privilege_escalation",
    lit: ["alg", "signingmethodnone", "allownonesignaturetype"],
    re:
      /\b(?:algorithms?|alg)["']?\s{0,8}[:=]\s{0,8}\[?\s{0,8}["'](?:none|None|NONE)["']|\bAlgorithm\.none\s{0,8}\(|\bSignatureAlgorithm\.NONE\b|\bjwt\.SigningMethodNone\b|\bUnsafeAllowNoneSignatureType\b/,
    also: /\bjwt\b|\bjose\b|\btoken\b|\bJWT\b|Jwts?\b/i,
    why: 'accepts unsigned JWTs (alg "none")',
  },
  {
    id: "auth.jwt_weak_secret",
    kind: "credential_theft",
    lit: "jwt",
    re:
      /\bjwt\.(?:sign|encode|verify|decode)\s{0,8}\([^\n]{0,160},\s{0,8}["'](?:|secret|secretkey|secret_key|changeme|jwt_secret|jwtsecret|mysecret|shhhhh|password|key|your-256-bit-secret|supersecret|default)["']|\b(?:JWT_SECRET|JWT_SECRET_KEY|jwtSecret|SECRET_KEY_JWT)\s{0,8}[:=]\s{0,8}(?:process\.env\.\w{1,40}\s{0,8}(?:\|\||\?\?)\s{0,8})?["'](?:|secret|secretkey|changeme|mysecret|jwt_secret|supersecret|default|password)["']/i,
    not: /\bif\s{0,8}\(?\s{0,8}!\s{0,8}process\.env\.JWT_SECRET[^\n]{0,40}throw/,
    why: "signs or verifies tokens with an empty or well-known secret (anyone can forge tokens)",
  },
  {
    id: "auth.jwt_no_expiry",
    kind: "privilege_escalation",
    lit: ["verify_exp", "ignoreexpiration", "validatelifetime", "requireexpirationtime"],
    re:
      /["']verify_exp["']\s{0,8}:\s{0,8}False|\bignoreExpiration\s{0,8}:\s{0,8}true|\bValidateLifetime\s{0,8}=\s{0,8}false|\bRequireExpirationTime\s{0,8}=\s{0,8}false/,
    why: "accepts expired tokens (a stolen token works forever)",
  },
  {
    id: "auth.jwt_hs_rs_confusion",
    kind: "privilege_escalation",
    lit: "hs256",
    re:
      /\b(?:jwt\.(?:decode|verify)|verify)\s{0,8}\([^\n]{0,160}\b(?:public_?key|PUBLIC_KEY|publicKey|pubkey|public\.pem)[^\n]{0,120}\balgorithms?\s{0,8}[:=]\s{0,8}\[[^\]\n]{0,40}["']HS256["'][^\]\n]{0,40}["']RS256["']|\balgorithms?\s{0,8}[:=]\s{0,8}\[[^\]\n]{0,40}["']RS256["'][^\]\n]{0,40}["']HS256["'][^\n]{0,120}\b(?:public_?key|publicKey|PUBLIC_KEY|pubkey)/,
    why:
      "verifies tokens with the public key while also accepting HS256 (algorithm confusion: forge with the public key)",
  },
  {
    id: "auth.oauth_redirect_wildcard",
    kind: "privilege_escalation",
    lit: ['"*', "'*", "://*", '"/*', "'/*"],
    re:
      /\b(?:redirect_?uris?|redirectUris?|redirect-uris?|valid_?redirect_?uris|validRedirectUris|allowed_?callback_?urls|callback_?urls|redirect_urls|allowed_redirect_uris)["']?\s{0,8}[:=]\s{0,8}\[?\s{0,8}["'](?:\*|https?:\/\/\*|\/\*|https?:\/\/\*\.[\w-]{1,30}\.[a-z]{2,6}\/?\*?)["']/i,
    why: "lets OAuth/OIDC send authorization codes to any redirect URI (token theft)",
  },
  {
    id: "auth.oauth_state_pkce_off",
    kind: "defense_evasion",
    lit: [
      "pkce",
      "checks:",
      "checks :",
      "state:",
      "state=",
      "state =",
      'state":',
      "state':",
      "statecheck",
    ],
    re:
      /\b(?:pkce|usePKCE|use_pkce|requirePkce|require_pkce|PkceRequired|RequirePkce)["']?\s{0,8}[:=]\s{0,8}(?:false|False|["']?disabled)\b|\bchecks\s{0,8}:\s{0,8}\[\s{0,8}["']none["']\s{0,8}\]|\b(?:state|validateState|verify_state|check_state)["']?\s{0,8}[:=]\s{0,8}(?:false|False)\b[^\n]{0,80}(?:oauth|oidc|openid|passport|authlib|strategy)|\bsetStateCheck\s{0,8}\(\s{0,8}false/i,
    also:
      /\boauth|\boidc\b|\bopenid|\bpassport\b|\bnext-?auth\b|\bauthlib\b|\bauthorization_?code\b|\bclient_?id\b|\bkeycloak\b|\bauth0\b/i,
    why: "drops the OAuth state or PKCE check (login CSRF, code interception)",
  },
  {
    id: "auth.idp_trust_email_autolink",
    kind: "privilege_escalation",
    lit: [
      "trustemail",
      "trust_email",
      "allowdangerousemailaccountlinking",
      "auto_link",
      "autolink",
      "link_existing",
      "auto_connect",
    ],
    re:
      /["']?(?:trustEmail|trust_email)["']?\s{0,8}[:=]\s{0,8}["']?true\b|\ballowDangerousEmailAccountLinking\s{0,8}:\s{0,8}true|\b(?:auto_?link|autoLink|link_existing_accounts?|auto_?link_?by_?email|SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT)["']?\s{0,8}[:=]\s{0,8}(?:true|True)\b/i,
    why: "links an external identity to an existing account by unverified email (account takeover)",
  },
  {
    id: "auth.password_reset_no_token",
    kind: "privilege_escalation",
    lit: ["set_password", "setpassword", ".password"],
    re:
      /\b(?:def|function|async\s{1,8}function|public\s{1,8}\w{1,20})\s{1,8}\w{0,30}reset\w{0,30}\s{0,8}\([^)\n]{0,160}\)[^\n]{0,40}(?:\{|:)[\s\S]{0,300}?(?:\.find(?:One|_by|ByEmail)?\w{0,20}|\.get|\.where|\.objects\.get|\.filter(?:_by)?|\.first_or_404)\s{0,8}\([^\n)]{0,80}\bemail\b[\s\S]{0,200}?(?:\.set_password\s{0,8}\(|\.setPassword\s{0,8}\(|\.password\s{0,8}=\s{0,8}(?:hash\w{0,20}\()?[\w.]{0,30}(?:new_?password|password)\b)/i,
    not:
      /\btoken\b|\botp\b|\bcode\b|check_token|verify_?(?:reset_?)?token|signed_?url|\bsignature\b/i,
    why: "resets a password by email alone, with no reset token or code check (account takeover)",
  },
  {
    id: "auth.impersonation_endpoint",
    kind: "privilege_escalation",
    lit: ["/impersonate", "/login", "/become", "/switch", "/sudo"],
    re:
      /(?:route|get|post|path|Mapping|@app\.\w{1,10}|router\.\w{1,10}|Route)\s{0,8}\(\s{0,8}["'][^"'\n]{0,40}\/(?:impersonate|login[_-]?as|become|switch[_-]?user|sudo)\b[^"'\n]{0,40}["'][\s\S]{0,400}?(?:login_user|login\s{0,8}\(|session\s{0,8}\[\s{0,8}["']user_id["']\s{0,8}\]\s{0,8}=|req\.session\.user(?:Id)?\s{0,8}=|sign_in|SignInAsync|auth\(\)->loginUsingId|Auth::loginUsingId|setAuthentication)/i,
    not:
      /\b(?:is_superuser|is_admin|isAdmin|hasRole\s{0,8}\(\s{0,8}["']admin|require_admin|admin_required|@login_required\s{0,4}@\w{0,20}admin|authorize\s{0,8}\(\s{0,8}["']admin|can\?\s{0,8}\(?\s{0,8}:impersonate)\b/i,
    why: "adds an endpoint that logs the caller in as any user without an admin check",
  },
  {
    id: "auth.session_fixation",
    kind: "app_weakness",
    lit: ["session_id", "sessionid", "session.id", "session[", "session_key"],
    re:
      /\bsession_id\s{0,8}\(\s{0,8}\$_(?:GET|POST|REQUEST|COOKIE)|\b(?:req\.sessionID|session\.id|session\[["']id["']\])\s{0,8}=\s{0,8}(?:req|request)\.(?:query|params|body|args)|\bsession\.session_key\s{0,8}=\s{0,8}request\.(?:GET|POST)/,
    why: "takes the session id from the request (session fixation)",
  },
  {
    id: "auth.role_from_body",
    kind: "privilege_escalation",
    lit: [".role", ".is_admin", ".isadmin", ".is_staff", ".is_superuser", ".permissions", ".admin"],
    re:
      /\b(?:user|account|member|current_user|req\.user|self\.user|u)\.(?:role|is_admin|isAdmin|is_staff|is_superuser|roles|permissions|admin)\s{0,8}=\s{0,8}(?:request\.(?:json|form|data|POST|args)|req\.body|params|\$request->input|\$_POST|body|data)\s{0,8}(?:\[\s{0,8}["']|\.get\s{0,8}\(\s{0,8}["']|\.|->)(?:role|is_admin|isAdmin|is_staff|is_superuser|roles|permissions|admin)\b/,
    why: "sets a user's role or admin flag straight from the request body (privilege escalation)",
  },
  {
    id: "auth.inverted_role_check",
    kind: "privilege_escalation",
    lit: ["is_admin", "isadmin", "is_superuser", "hasrole"],
    re:
      /\bif\s{0,8}\(?\s{0,8}(?:not\s{1,8}|!\s{0,8})(?:user|current_user|req\.user|request\.user)\.(?:is_admin|isAdmin|is_superuser|hasRole\s{0,8}\(\s{0,8}["']admin["']\s{0,8}\))\s{0,8}\)?\s{0,8}(?::|\{)\s{0,4}(?:\n\s{0,12})?(?:return\s{1,8})?(?:next\s{0,8}\(|handler\s{0,8}\(|f\s{0,8}\(\s{0,8}\*args|view_func\s{0,8}\()/,
    why: "lets non-admins through an admin check (the role test is inverted)",
  },
];
