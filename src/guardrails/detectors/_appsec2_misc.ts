/**
 * Second pass, Go, C#, PHP, C/C++ and Rust (gosec G1xx-G5xx, semgrep csharp/php/c/rust,
 * Psalm/phpcs-security-audit, SonarQube hotspots, ASVS V9/V12/V14). Same shape as
 * `_appsec_go.ts` / `_appsec_dotnet.ts` / `_appsec_php.ts`.
 */
import {
  type AppsecRule,
  CS_HEAD,
  DEV_GUARD,
  GO_HEAD,
  REQ_CS_RE,
  REQ_GO_RE,
} from "./_appsec_core.ts";

export const APPSEC2_MISC_RULES: AppsecRule[] = [
  // Go (gosec)
  {
    id: "go2.tls_min_version_old",
    kind: "defense_evasion",
    lit: ["versiontls10", "versiontls11", "versionssl30"],
    re: /\b(?:MinVersion|MaxVersion)\s{0,4}:\s{0,4}tls\.Version(?:SSL30|TLS10|TLS11)\b/,
    why: "allows SSLv3/TLS 1.0/1.1 on a Go TLS config (gosec G402)",
  },
  {
    id: "go2.weak_rsa_key",
    kind: "app_weakness",
    lit: "rsa.generatekey(",
    re:
      /\brsa\.GenerateKey\s{0,4}\(\s{0,4}(?:rand\.Reader|\w{1,20})\s{0,4},\s{0,4}(?:512|768|1024)\s{0,4}\)/,
    why: "generates an RSA key shorter than 2048 bits (gosec G403)",
  },
  {
    id: "go2.file_perm_world",
    kind: "app_weakness",
    lit: ["0777", "0666", "0o777", "0o666"],
    re:
      /\bos\.(?:WriteFile|OpenFile|Mkdir|MkdirAll|Chmod)\s{0,4}\([^\n]{0,160},\s{0,4}0o?(?:777|666|776|766)\s{0,4}\)/,
    also: /\b(?:key|secret|token|cred|passw|\.pem|\.env|config|upload)/i,
    why: "writes secrets or uploads world-readable/writable (gosec G302/G306)",
  },
  {
    id: "go2.zip_slip",
    kind: "app_weakness",
    lit: ["filepath.join(", "path.join("],
    re:
      /\b(?:filepath|path)\.Join\s{0,4}\(\s{0,4}\w{1,30}\s{0,4},\s{0,4}(?:f|file|hdr|header|h|entry|zf)\.Name\s{0,4}\)/,
    also: /\b(?:zip\.(?:OpenReader|NewReader)|tar\.NewReader|\*zip\.File|\*tar\.Header)\b/,
    not:
      /strings\.HasPrefix\s{0,4}\([^\n]{0,80}filepath\.Clean|filepath\.IsLocal\s{0,4}\(|filepath\.Rel\s{0,4}\(|strings\.Contains\s{0,4}\([^\n]{0,40}"\.\."/,
    why: "extracts archive entries to paths they name (zip slip, gosec G305)",
  },
  {
    id: "go2.decompression_bomb",
    kind: "app_weakness",
    lit: ["io.copy(", "ioutil.readall(", "io.readall("],
    re:
      /\b(?:gzip|zlib|flate|bzip2|lzw)\.NewReader\s{0,4}\(\s{0,4}(?:r\.Body|c\.Request\.Body|req\.Body)\b/,
    also: /\bio\.Copy\s{0,4}\(|\b(?:io|ioutil)\.ReadAll\s{0,4}\(/,
    not: /\bio\.(?:LimitReader|CopyN)\s{0,4}\(|http\.MaxBytesReader/,
    why: "decompresses a request body with no size limit (decompression bomb, gosec G110)",
  },
  {
    id: "go2.open_redirect",
    kind: "app_weakness",
    lit: ["http.redirect(", "c.redirect("],
    re: new RegExp(
      String
        .raw`\bhttp\.Redirect\s{0,4}\(\s{0,4}w\s{0,4},\s{0,4}r\s{0,4},\s{0,4}(?:${GO_HEAD}[\w.()]{0,30}\(\s{0,4}"(?:next|url|redirect|return|returnTo|to)"|r\.FormValue\s{0,4}\()|\bc\.Redirect\s{0,4}\(\s{0,4}(?:http\.Status\w{1,20}|\d{3})\s{0,4},\s{0,4}(?:c\.(?:Query|QueryParam|DefaultQuery|FormValue|PostForm)\s{0,4}\()`,
    ),
    also: REQ_GO_RE,
    why: "redirects to a URL taken from the request (open redirect, CWE-601)",
  },
  {
    id: "go2.gin_debug_trusted_proxies",
    kind: "app_weakness",
    lit: ["settrustedproxies", "gin.debugmode"],
    re:
      /\bSetTrustedProxies\s{0,4}\(\s{0,4}\[\]string\s{0,4}\{\s{0,4}"0\.0\.0\.0\/0"|\bgin\.SetMode\s{0,4}\(\s{0,4}gin\.DebugMode\s{0,4}\)[\s\S]{0,400}\.Run\s{0,4}\(\s{0,4}"(?:0\.0\.0\.0)?:(?:80|443|8080)"/,
    why:
      "trusts X-Forwarded-For from any peer, or serves gin in debug mode publicly (client IP spoofing)",
  },
  // C# / ASP.NET
  {
    id: "cs2.validate_input_off",
    kind: "app_weakness",
    lit: ["validateinput(false)", "allowhtml", "requestvalidationmode"],
    re:
      /\[ValidateInput\s{0,4}\(\s{0,4}false\s{0,4}\)\]|\[AllowHtml\]|requestValidationMode\s{0,4}=\s{0,4}"2\.0"/,
    also: /Html\.Raw\s{0,4}\(|@Html\.Raw|\bRaw\s{0,4}\(|Response\.Write\s{0,4}\(|\.html\b|<%=/,
    why: "turns ASP.NET request validation off for content rendered raw (stored/reflected XSS)",
  },
  {
    id: "cs2.html_raw_request",
    kind: "app_weakness",
    lit: ["html.raw(", "response.write("],
    re: new RegExp(
      String
        .raw`\b(?:Html\.Raw|Response\.Write)\s{0,4}\(\s{0,4}(?:${CS_HEAD}|ViewBag\.\w{1,30}|ViewData\s{0,4}\[)[^\n]{0,20}`,
    ),
    also: new RegExp(
      `${REQ_CS_RE.source}|ViewBag\\.\\w{1,30}\\s{0,4}=\\s{0,4}(?:q|query|name|search|msg)\\b`,
    ),
    not: /HtmlEncoder\.Default\.Encode|HttpUtility\.HtmlEncode|AntiXssEncoder/,
    why: "writes request input into the page unencoded (reflected XSS, CWE-79)",
  },
  {
    id: "cs2.open_redirect",
    kind: "app_weakness",
    lit: ["redirect(", "response.redirect("],
    re:
      /\b(?:return\s{1,4}Redirect|Response\.Redirect)\s{0,4}\(\s{0,4}(?:returnUrl|returnURL|ReturnUrl|redirectUrl|next|url|Request\.Query\s{0,4}\[)/,
    also: new RegExp(`${REQ_CS_RE.source}|string\\s{1,4}(?:returnUrl|redirectUrl|next|url)\\b`),
    not: /Url\.IsLocalUrl\s{0,4}\(|LocalRedirect\s{0,4}\(|IsLocalUrl\s{0,4}\(/,
    why: "redirects to a caller-supplied URL without Url.IsLocalUrl (open redirect, CWE-601)",
  },
  {
    id: "cs2.path_combine_request",
    kind: "app_weakness",
    lit: ["path.combine(", "file.readall", "physicalfile(", "file.openread("],
    re: new RegExp(
      String
        .raw`\b(?:Path\.Combine|File\.(?:ReadAll\w{1,6}|OpenRead|Delete|WriteAll\w{1,6})|PhysicalFile)\s{0,4}\([^\n;]{0,80}(?:${CS_HEAD}|\bfileName\b|\bfilename\b|\bpath\b)`,
    ),
    also: /\[From(?:Query|Route|Form|Body)\]|Request\.(?:Query|Form|RouteValues)\b/,
    not:
      /Path\.GetFileName\s{0,4}\(|GetFullPath\s{0,4}\([^\n]{0,80}\)\s{0,4}\.StartsWith|\.StartsWith\s{0,4}\(\s{0,4}(?:root|baseDir|_root|BasePath)/,
    why: "opens a file named by the request (path traversal, CWE-22)",
  },
  {
    id: "cs2.tls_protocol_old",
    kind: "defense_evasion",
    lit: [
      "securityprotocoltype.ssl3",
      "securityprotocoltype.tls ",
      "securityprotocoltype.tls;",
      "sslprotocols.tls ",
      "securityprotocoltype.tls11",
      "sslprotocols.tls11",
    ],
    re: /\b(?:SecurityProtocolType|SslProtocols)\.(?:Ssl3|Tls|Tls11)\b(?![\d])/,
    not:
      /SecurityProtocolType\.Tls1[23]\s{0,4}\|[^\n]{0,40}SecurityProtocolType\.(?:Tls|Tls11)\b(?!\d)/,
    why: "forces SSLv3/TLS 1.0/1.1 for .NET connections (CWE-327)",
  },
  {
    id: "cs2.directory_browsing",
    kind: "app_weakness",
    lit: ["usedirectorybrowser", "adddirectorybrowser", "directorybrowse"],
    re: /\bapp\.UseDirectoryBrowser\s{0,4}\(|<directoryBrowse\s{1,4}enabled\s{0,4}=\s{0,4}"true"/,
    not: DEV_GUARD,
    why: "lists every file of the web root (directory browsing, CWE-548)",
  },
  // PHP
  {
    id: "php2.xxe_noent",
    kind: "app_weakness",
    lit: ["libxml_noent", "libxml_dtdload", "libxml_disable_entity_loader(false)"],
    re:
      /\b(?:simplexml_load_(?:string|file)|loadXML|DOMDocument::loadXML|->load)\s{0,4}\([^\n]{0,160}LIBXML_(?:NOENT|DTDLOAD)\b|\blibxml_disable_entity_loader\s{0,4}\(\s{0,4}false\s{0,4}\)/,
    why: "parses XML with external entities on (XXE, CWE-611)",
  },
  {
    id: "php2.xss_echo_request",
    kind: "app_weakness",
    lit: ["$_get", "$_post", "$_request", "$_cookie"],
    re: new RegExp(
      String
        .raw`(?:\becho|\bprint|<\?=)\s{1,4}(?:["'][^"'\n]{0,80}["']\s{0,4}\.\s{0,4})?\$_(?:GET|POST|REQUEST|COOKIE)\s{0,4}\[[^\]\n]{1,40}\]|\becho\s{1,4}"[^"\n]{0,120}\{\$_(?:GET|POST|REQUEST)\[`,
    ),
    not:
      /htmlspecialchars\s{0,4}\(|htmlentities\s{0,4}\(|esc_html\s{0,4}\(|intval\s{0,4}\(|\(int\)/,
    why: "echoes request input into the page unescaped (reflected XSS, CWE-79)",
  },
  {
    id: "php2.wp_remote_sslverify_off",
    kind: "defense_evasion",
    lit: "sslverify",
    re: /["']sslverify["']\s{0,4}=>\s{0,4}false\b|\bhttps_ssl_verify["'][^\n]{0,40}__return_false/,
    not: DEV_GUARD,
    why: "turns TLS certificate verification off for WordPress HTTP calls (CWE-295)",
  },
  {
    id: "php2.wp_option_update_no_cap",
    kind: "app_weakness",
    lit: ["update_option(", "wp_insert_user(", "wp_update_user("],
    re: new RegExp(
      String
        .raw`\b(?:update_option|wp_update_user|wp_insert_user|update_user_meta)\s{0,4}\([^\n]{0,80}\$_(?:POST|GET|REQUEST)\b`,
    ),
    also: /\badd_action\s{0,4}\(\s{0,4}["'](?:wp_ajax_|admin_post_|init|rest_api_init)/,
    not:
      /current_user_can\s{0,4}\(|check_ajax_referer\s{0,4}\(|wp_verify_nonce\s{0,4}\(|check_admin_referer\s{0,4}\(/,
    why:
      "updates options or users from request input with no capability or nonce check (privilege escalation, CSRF)",
  },
  {
    id: "php2.ini_dangerous",
    kind: "app_weakness",
    lit: ["allow_url_include", "register_globals", "use_only_cookies", "enable_dl"],
    re:
      /^\s{0,8}(?:php_(?:flag|value)\s{1,4})?(?:allow_url_include|register_globals|enable_dl)\s{0,4}=?\s{0,4}(?:On|1|true)\b|^\s{0,8}session\.use_only_cookies\s{0,4}=\s{0,4}(?:Off|0)\b|\bini_set\s{0,4}\(\s{0,4}["']allow_url_include["']\s{0,4},\s{0,4}["']?(?:1|On)/m,
    why: "turns on PHP settings that let a URL be included as code or a session id ride in the URL",
  },
  {
    id: "php2.symfony_debug_prod",
    kind: "app_weakness",
    lit: ["app_debug", "app_env"],
    re:
      /^APP_ENV\s{0,4}=\s{0,4}dev\b[\s\S]{0,400}^APP_DEBUG\s{0,4}=\s{0,4}(?:1|true)\b|^APP_DEBUG\s{0,4}=\s{0,4}(?:1|true)\b/m,
    also:
      /\.env\.prod|\.env\.production|APP_ENV\s{0,4}=\s{0,4}prod\b|DATABASE_URL\s{0,4}=\s{0,4}["']?\w{2,12}:\/\/[^\n@]{1,80}@(?!localhost|127\.|db\b|database\b|mysql\b|postgres\b)[\w.-]{4,80}\.(?:com|net|io|cloud|amazonaws\.com)/,
    not: /\.env\.(?:local|dev|test)\b/,
    why: "runs Symfony/Laravel with the debug toolbar and profiler on in production",
  },
  // C / C++ (memory-unsafe calls in new code)
  {
    id: "c2.unbounded_copy_input",
    kind: "app_weakness",
    lit: ["gets(", "strcpy(", "strcat(", "sprintf(", "scanf("],
    re:
      /(?<![\w.])gets\s{0,4}\(\s{0,4}\w{1,30}\s{0,4}\)|\b(?:strcpy|strcat)\s{0,4}\(\s{0,4}\w{1,30}\s{0,4},\s{0,4}(?:argv\s{0,4}\[|getenv\s{0,4}\(|optarg\b|(?:req|request|hdr|header|packet|pkt|input|buf_in|user)\w{0,12}(?:->|\.)\w{1,20})|\bsprintf\s{0,4}\(\s{0,4}\w{1,30}\s{0,4},\s{0,4}"[^"\n]{0,80}%s[^"\n]{0,80}"\s{0,4},[^\n]{0,60}(?:argv\s{0,4}\[|getenv\s{0,4}\(|optarg\b)|(?<![\w.])scanf\s{0,4}\(\s{0,4}"[^"\n]{0,20}%s/,
    why: "copies external input into a fixed buffer without a bound (buffer overflow, CWE-120/242)",
  },
  {
    id: "c2.format_string_input",
    kind: "app_weakness",
    lit: ["printf(", "syslog("],
    re:
      /(?<![\w.])(?:printf|syslog\s{0,4}\(\s{0,4}LOG_\w{2,10}\s{0,4},)\s{0,4}\(?\s{0,4}(?:argv\s{0,4}\[\s{0,4}\d\s{0,4}\]|getenv\s{0,4}\([^)\n]{1,40}\)|buf|input|user_input)\s{0,4}\)\s{0,4};|\bfprintf\s{0,4}\(\s{0,4}(?:stderr|stdout|\w{1,20})\s{0,4},\s{0,4}(?:argv\s{0,4}\[\s{0,4}\d\s{0,4}\]|buf|input|user_input)\s{0,4}\)\s{0,4};/,
    why: "passes external input as a printf format string (format-string attack, CWE-134)",
  },
  {
    id: "c2.system_input",
    kind: "app_weakness",
    lit: ["system(", "popen("],
    re:
      /\b(?:snprintf|sprintf|strcat)\s{0,4}\(\s{0,4}(\w{1,30})[^\n]{0,160}(?:argv\s{0,4}\[|getenv\s{0,4}\(|optarg\b)[^\n]{0,80}\)\s{0,4};[\s\S]{0,200}(?<![\w.])(?:system|popen)\s{0,4}\(\s{0,4}\1\b/,
    why:
      "builds a shell command from argv/environment input and runs it (command injection, CWE-78)",
  },
  // Rust
  {
    id: "rs2.tls_verifier_off",
    kind: "defense_evasion",
    lit: ["danger_accept_invalid_hostnames", "dangerous()", "set_verify(", "sslverifymode::none"],
    re:
      /\.danger_accept_invalid_hostnames\s{0,4}\(\s{0,4}true\s{0,4}\)|\.dangerous\s{0,4}\(\s{0,4}\)\s{0,12}\.(?:set_certificate_verifier|with_custom_certificate_verifier)\s{0,4}\(|\bset_verify\s{0,4}\(\s{0,4}SslVerifyMode::NONE\s{0,4}\)/,
    not: DEV_GUARD,
    why: "turns TLS certificate or host-name checks off in a Rust client (CWE-295)",
  },
  {
    id: "rs2.command_shell_input",
    kind: "app_weakness",
    lit: ["command::new("],
    re:
      /\bCommand::new\s{0,4}\(\s{0,4}"(?:sh|bash|cmd|cmd\.exe|powershell)"\s{0,4}\)[\s\S]{0,80}\.arg\s{0,4}\(\s{0,4}"(?:-c|\/C)"\s{0,4}\)[\s\S]{0,40}\.arg\s{0,4}\(\s{0,4}(?:&?format!\s{0,4}\([^\n]{0,120}\b(?:q|query|params|req|input|body|form|payload)\.\w{1,20}|(?:q|query|params|req|body|form|payload)\.\w{1,20})/,
    also: /\b(?:Query|Json|Form|Path|web::\w{1,10})\s{0,4}[<(]|HttpRequest\b/,
    why: "runs a shell command built from request input (command injection, CWE-78)",
  },
];
