/**
 * More framework switches and sinks, per framework: zip-slip extraction of uploads, weak password
 * hashers and CSRF switches in settings, reflected output, dynamic `require`, XXE parser options,
 * Spring/H2/Struts/devtools consoles, polymorphic JSON typing, PHP variable import and redirects,
 * Laravel/WordPress open write paths, cookie flags dropped, SAML signatures and MFA/rate limits
 * off, whole request headers logged.
 */
import {
  type AppsecRule,
  DEV_GUARD,
  JS_HEAD,
  PY_HEAD,
  REQ_JS_RE,
  REQ_PY_RE,
} from "./_appsec_core.ts";

export const MORE_RULES: AppsecRule[] = [
  {
    id: "py.archive_extract_upload",
    kind: "app_weakness",
    lit: ["extractall"],
    re:
      /\b(?:tarfile\.open|zipfile\.ZipFile|shutil\.unpack_archive)\s{0,8}\([^\n]{0,120}\b(?:request\.files|upload|uploaded|file\.stream|f\.stream|io\.BytesIO\s{0,8}\(\s{0,8}request)[\s\S]{0,300}?\.extractall\s{0,8}\(/,
    not:
      /\bfilter\s{0,8}=\s{0,8}["']data["']|\bis_within_directory\b|os\.path\.commonpath|\.resolve\(\)[^\n]{0,60}is_relative_to/,
    why:
      "extracts an uploaded archive without checking member paths (zip slip: files written anywhere)",
  },
  {
    id: "py.django_weak_hasher",
    kind: "app_weakness",
    lit: ["password_hashers"],
    re:
      /\bPASSWORD_HASHERS\s{0,8}=\s{0,8}[[(]\s{0,8}["']django\.contrib\.auth\.hashers\.(?:Unsalted(?:MD5|SHA1)|MD5|SHA1)PasswordHasher["']/,
    not: /settings[./\\](?:test|testing)|\bTESTING\b|# ?(?:speed up )?tests?\b/i,
    why: "stores Django passwords with MD5/SHA-1 (unsalted) hashers",
  },
  {
    id: "py.flask_csrf_off",
    kind: "defense_evasion",
    lit: ["wtf_csrf_enabled", "csrf_enabled"],
    re: /\b(?:app\.config\[\s{0,8}["'])?WTF_CSRF_ENABLED["']?\s{0,8}\]?\s{0,8}=\s{0,8}False\b/,
    not: /\bTESTING\s{0,8}=\s{0,8}True|class\s{1,8}Test\w{0,20}Config\b/,
    why: "turns Flask-WTF CSRF protection off for the application",
  },
  {
    id: "py.reflected_markup",
    kind: "app_weakness",
    lit: ["markup(", "mark_safe(", "format_html("],
    re: new RegExp(
      String
        .raw`\b(?:Markup|mark_safe)\s{0,8}\(\s{0,8}(?:f["'][^"'\n]{0,120}\{\s{0,8})?(?:${PY_HEAD})`,
    ),
    also: REQ_PY_RE,
    why: "marks request input as safe HTML (reflected XSS)",
  },
  {
    id: "js.dynamic_require_request",
    kind: "app_weakness",
    lit: ["require(", "import("],
    re: new RegExp(String.raw`\b(?:require|import)\s{0,8}\(\s{0,8}(?:${JS_HEAD})`),
    also: REQ_JS_RE,
    why: "loads a module named by the request (arbitrary file or code loading)",
  },
  {
    id: "js.reflected_xss",
    kind: "app_weakness",
    lit: ["res.send", "res.write", "res.end"],
    re:
      /\bres\.(?:send|write|end)\s{0,8}\(\s{0,8}(?:\x60[^\x60\n]{0,200}<[a-z][^\x60\n]{0,120}\$\{\s{0,8}req\.(?:query|params|body)|["'][^"'\n]{0,120}<[a-z][^"'\n]{0,80}["']\s{0,8}\+\s{0,8}req\.(?:query|params|body))/i,
    not: /\bescape(?:Html)?\s{0,8}\(\s{0,8}req\.|\bsanitize\w{0,10}\s{0,8}\(\s{0,8}req\./,
    why: "writes request input into an HTML response without escaping (reflected XSS)",
  },
  {
    id: "js.xml_noent",
    kind: "app_weakness",
    lit: ["noent"],
    re:
      /\b(?:parseXml|parseXmlString|parseXmlAsync|libxmljs\w{0,10}\.parse\w{0,10})\s{0,8}\([^\n)]{0,200}\bnoent\s{0,8}:\s{0,8}true/,
    why: "parses XML with entity substitution on (XXE)",
  },
  {
    id: "js.session_secret_constant",
    kind: "credential_theft",
    lit: ["keyboard cat", "secret:"],
    re:
      /\b(?:session|cookieSession|expressSession)\s{0,8}\(\s{0,8}\{[^}]{0,200}\bsecret\s{0,8}:\s{0,8}["'](?:keyboard cat|secret|changeme|session_secret|my-?secret|supersecret|default)["']|\bcookieParser\s{0,8}\(\s{0,8}["'](?:keyboard cat|secret|changeme)["']/i,
    not: DEV_GUARD,
    why: "signs session cookies with a well-known secret (anyone can forge a session)",
  },
  {
    id: "java.h2_devtools_console",
    kind: "app_weakness",
    lit: ["web-allow-others", "devtools.remote.secret", "struts.devmode"],
    re:
      /\bspring\.h2\.console\.settings\.web-allow-others\s{0,8}[=:]\s{0,8}true|\bweb-allow-others\s{0,8}:\s{0,8}true|\bspring\.devtools\.remote\.secret\s{0,8}[=:]|\bstruts\.devMode\s{0,8}=\s{0,8}true|name\s{0,8}=\s{0,8}["']struts\.devMode["']\s{1,8}value\s{0,8}=\s{0,8}["']true["']/i,
    why:
      "serves the H2 console to other hosts, Spring devtools remote, or Struts devMode (code execution)",
  },
  {
    id: "java.error_details_exposed",
    kind: "app_weakness",
    lit: ["include-stacktrace", "include-exception"],
    re:
      /\bserver\.error\.include-(?:stacktrace|exception)\s{0,8}[=:]\s{0,8}(?:always|true)\b|\binclude-stacktrace\s{0,8}:\s{0,8}always/i,
    why: "sends stack traces and exception details to every client",
  },
  {
    id: "java.polymorphic_typing",
    kind: "app_weakness",
    lit: [
      "enabledefaulttyping",
      "activatedefaulttyping",
      "jsontypeinfo.id.class",
      "autotypesupport",
    ],
    re:
      /\.enableDefaultTyping\s{0,8}\(|\.activateDefaultTyping\s{0,8}\(\s{0,8}LaissezFaireSubTypeValidator|@JsonTypeInfo\s{0,8}\(\s{0,8}use\s{0,8}=\s{0,8}JsonTypeInfo\.Id\.CLASS|\bsetAutoTypeSupport\s{0,8}\(\s{0,8}true|\bfastjson\.parser\.autoTypeSupport\s{0,8}=\s{0,8}true/i,
    why:
      "lets JSON name the Java class to build (Jackson default typing / fastjson autotype: gadget RCE)",
  },
  {
    id: "java.snakeyaml_request",
    kind: "app_weakness",
    lit: ["new yaml("],
    re:
      /\bnew Yaml\s{0,8}\(\s{0,8}\)\s{0,8}(?:\.load(?:As)?\s{0,8}\(|;[\s\S]{0,200}?\.load(?:As)?\s{0,8}\()\s{0,8}(?:request|body|input|payload|req|yamlText|content)\b/,
    also: /@RequestBody|@PostMapping|getInputStream|HttpServletRequest|@RequestParam/,
    not: /\bSafeConstructor\b/,
    why: "parses request YAML with SnakeYAML's default constructor (arbitrary objects: RCE)",
  },
  {
    id: "php.extract_request",
    kind: "app_weakness",
    lit: ["extract(", "parse_str(", "import_request_variables"],
    re:
      /\bextract\s{0,8}\(\s{0,8}\$_(?:GET|POST|REQUEST|COOKIE)\b|\bparse_str\s{0,8}\(\s{0,8}\$_SERVER\s{0,8}\[\s{0,8}["']QUERY_STRING["']\s{0,8}\]\s{0,8}\)|\bimport_request_variables\s{0,8}\(/,
    why: "imports request parameters as PHP variables (overwrites $is_admin, $user …)",
  },
  {
    id: "php.open_redirect_xss",
    kind: "app_weakness",
    lit: ["location:", "echo ", "print ", "<?="],
    re:
      /\bheader\s{0,8}\(\s{0,8}["']Location:\s{0,8}["']\s{0,8}\.\s{0,8}\$_(?:GET|POST|REQUEST)\b|\b(?:echo|print)\s{1,8}\$_(?:GET|POST|REQUEST|COOKIE)\s{0,8}\[|<\?=\s{0,8}\$_(?:GET|POST|REQUEST)\s{0,8}\[/,
    why: "echoes request input into the page or a redirect (reflected XSS, open redirect)",
  },
  {
    id: "php.laravel_guarded_empty",
    kind: "privilege_escalation",
    lit: ["$guarded", "unguard"],
    re:
      /\bprotected\s{1,8}\$guarded\s{0,8}=\s{0,8}\[\s{0,8}\]\s{0,8};|\bModel::unguard\s{0,8}\(\s{0,8}\)/,
    also:
      /\bclass\s{1,8}(?:User|Account|Admin|Member|Customer|Team|Role|Order|Payment)\w{0,20}\s{1,8}extends\s{1,8}(?:Model|Authenticatable)|\bAppServiceProvider\b/,
    not: /\bDatabaseSeeder\b|\bfactory\b|extends\s{1,8}Seeder/i,
    why: "lets every model attribute (role, is_admin, balance) be mass-assigned from requests",
  },
  {
    id: "php.wp_nopriv_write",
    kind: "privilege_escalation",
    lit: ["wp_ajax_nopriv_"],
    re:
      /\badd_action\s{0,8}\(\s{0,8}["']wp_ajax_nopriv_\w{1,60}["'][\s\S]{0,600}?\b(?:update_option|wp_update_user|wp_insert_user|update_user_meta|wp_set_password|wp_delete_post|\$wpdb->(?:query|update|delete|insert))\s{0,8}\(/,
    not: /\bcheck_ajax_referer\s{0,8}\(|\bwp_verify_nonce\s{0,8}\(|\bcurrent_user_can\s{0,8}\(/,
    why: "lets logged-out visitors change options, users or posts through admin-ajax",
  },
  {
    id: "rb.secret_key_base_literal",
    kind: "credential_theft",
    lit: ["secret_key_base"],
    re:
      /\bconfig\.secret_key_base\s{0,8}=\s{0,8}["'][\w-]{4,200}["']|^\s{0,4}secret_key_base:\s{0,8}["']?[0-9a-f]{30,}\b/m,
    also: /production|Rails\.application\.configure/,
    why: "hard-codes the Rails secret_key_base in production (sessions and signed ids forgeable)",
  },
  {
    id: "go.weak_session_secret",
    kind: "credential_theft",
    lit: ["newcookiestore", "jwt.parse"],
    re:
      /\bsessions\.NewCookieStore\s{0,8}\(\s{0,8}\[\]byte\s{0,8}\(\s{0,8}"[^"\n]{0,40}"\s{0,8}\)|\bjwt\.Parse\w{0,20}\s{0,8}\([^\n]{0,120}return\s{1,8}\[\]byte\s{0,8}\(\s{0,8}"(?:secret|changeme|key|jwt|mysecret|supersecret)"\s{0,8}\)/,
    why: "signs Go sessions or JWTs with a key written in the code",
  },
  {
    id: "go.cors_gorilla_star_credentials",
    kind: "defense_evasion",
    lit: ["allowedorigins"],
    re:
      /\bhandlers\.AllowedOrigins\s{0,8}\(\s{0,8}\[\]string\s{0,8}\{\s{0,8}"\*"\s{0,8}\}\s{0,8}\)[\s\S]{0,200}?\bhandlers\.AllowCredentials\s{0,8}\(|\bAllowedOrigins\s{0,8}:\s{0,8}\[\]string\s{0,8}\{\s{0,8}"\*"\s{0,8}\}[\s\S]{0,200}?\bAllowCredentials\s{0,8}:\s{0,8}true/,
    why: "lets any website make credentialed requests to the Go API",
  },
  {
    id: "cs.cookie_flags_off",
    kind: "app_weakness",
    lit: ["cookiesecurepolicy.none", "cookie.httponly", "ignoreantiforgerytoken"],
    re:
      /\bCookie\.SecurePolicy\s{0,8}=\s{0,8}CookieSecurePolicy\.None\b|\bCookie\.HttpOnly\s{0,8}=\s{0,8}false\b|\[IgnoreAntiforgeryToken\][\s\S]{0,120}?class\s{1,8}\w{1,60}Controller\b/,
    why:
      "sends the auth cookie without Secure/HttpOnly, or drops anti-forgery checks for a controller",
  },
  {
    id: "web.fpm_image_exec",
    kind: "persistence",
    lit: ["security.limit_extensions", "filesmatch"],
    re:
      /\bsecurity\.limit_extensions\s{0,8}=\s{0,8}[^\n]{0,40}\.(?:jpe?g|png|gif|txt|ico|html?)\b|<FilesMatch\s{1,8}["']?[^>\n]{0,60}(?:jpe?g|png|gif|txt|ico)[^>\n]{0,40}>\s{0,20}(?:SetHandler|AddHandler|ForceType)\s{1,8}application\/x-httpd-php/i,
    why: "makes PHP run files with image or text extensions (uploaded web shells execute)",
  },
  {
    id: "auth.saml_signature_off",
    kind: "privilege_escalation",
    lit: [
      "wantassertionssigned",
      "wantmessagessigned",
      "want_assertions_signed",
      "validatesignature",
      "validate_signature",
      "requiresignedassertions",
      "allowunsigned",
      "allow_unsigned",
      "allowunsolicitedauthnresponse",
      "strict",
    ],
    re:
      /["']?(?:wantAssertionsSigned|wantMessagesSigned|want_assertions_signed|validateSignature|validate_signature|requireSignedAssertions|WantAssertionsSigned)["']?\s{0,8}[:=]\s{0,8}["']?(?:false|False|0)\b|["']?(?:allowUnsignedAssertions|allow_unsigned|AllowUnsolicitedAuthnResponse)["']?\s{0,8}[:=]\s{0,8}["']?(?:true|True)\b|["']strict["']\s{0,8}:\s{0,8}(?:false|False)\b[\s\S]{0,400}?["'](?:sp|idp)["']\s{0,8}:/,
    also: /\bsaml|\bidp\b|\bassertion|\bSAML/i,
    why: "accepts SAML responses without a valid signature (forged logins as any user)",
  },
  {
    id: "auth.mfa_rate_limit_off",
    kind: "defense_evasion",
    lit: [
      "mfa",
      "2fa",
      "otp_required",
      "two_factor",
      "ratelimit_enabled",
      "limiter.exempt",
      "throttle_classes",
    ],
    re:
      /\b(?:MFA_REQUIRED|REQUIRE_MFA|require_mfa|mfa_required|enforce_mfa|ENFORCE_MFA|ENFORCE_2FA|require_2fa|two_factor_required|TWO_FACTOR_REQUIRED|OTP_REQUIRED|mfaRequired|requireMfa)["']?\s{0,8}[:=]\s{0,8}(?:False|false|0|["']off["'])\b|\bRATELIMIT_ENABLED\s{0,8}=\s{0,8}False\b|@limiter\.exempt\s{1,4}(?:@[^\n]{0,80}\s{1,4}){0,3}def\s{1,8}(?:login|signin|sign_in|verify_otp|verify_mfa|reset_password|token)\b|\bthrottle_classes\s{0,8}=\s{0,8}\[\s{0,8}\][\s\S]{0,200}?def\s{1,8}(?:post|create)\b[\s\S]{0,200}?(?:password|otp|login|authenticate)/,
    not: /\bTESTING\b|settings[./\\]test/,
    why:
      "turns off MFA enforcement or the rate limit on login/OTP endpoints (brute force, takeover)",
  },
  {
    id: "auth.jwt_claims_off",
    kind: "privilege_escalation",
    lit: ["verify_aud", "verify_iss", "validateaudience", "validateissuer"],
    re:
      /["']verify_(?:aud|iss)["']\s{0,8}:\s{0,8}False\b|\bValidate(?:Audience|Issuer)\s{0,8}=\s{0,8}false\b/,
    why: "accepts tokens issued for another audience or by another issuer",
  },
  {
    id: "data.log_request_headers",
    kind: "credential_theft",
    lit: ["request.headers", "req.headers"],
    re:
      /\b(?:log(?:ger)?\.(?:info|debug|warn|warning|error)|logging\.(?:info|debug|warning)|console\.(?:log|info|debug)|print)\s{0,8}\(\s{0,8}(?:f?["'][^"'\n]{0,60}["']\s{0,8}[,%+]\s{0,8})?(?:dict\s{0,8}\(\s{0,8})?(?:request\.headers|req\.headers|JSON\.stringify\s{0,8}\(\s{0,8}req\.headers)\s{0,8}\)/,
    why: "writes every request header (Authorization, cookies) to the logs",
  },
];
