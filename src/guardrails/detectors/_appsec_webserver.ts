/**
 * Web-server and runtime configuration weaknesses: upload directories made to execute PHP/CGI
 * (`.htaccess`, nginx, Apache), directory listings and aliases over secrets, backups or `.git`,
 * `.env` and VCS metadata served, admin consoles (phpMyAdmin, Adminer, Django admin, Tomcat
 * manager, server-status) opened to everyone, CORS `*` with credentials, security headers
 * removed, CSP `unsafe-inline`/`*`, TLS downgraded, IIS/Caddy equivalents.
 */
import type { AppsecRule } from "./_appsec_core.ts";

/** An upstream on another organisation's host: a dotted public name, not an internal address. */
const OUTSIDE_UPSTREAM = String
  .raw`proxy_pass\s{1,8}https?:\/\/(?!(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[)|[\w.-]{0,100}\.(?:internal|local|lan|svc|corp|intranet|cluster\.local)\b)[\w-]{1,63}\.[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}[:\/;$]`;
/**
 * Visitors' credentials copied into ANOTHER request header (passing `Authorization` through under
 * its own name is a proxy's ordinary job), or every request mirrored with its body.
 */
const CREDENTIAL_COPY = String
  .raw`(?:proxy_set_header\s{1,8}(?!(?:authorization|cookie|x-api-key|x-auth-token)\s)[\w-]{1,60}\s{1,8}["']?\$(?:http_cookie|http_authorization|cookie_\w{1,40}|http_x_api_key|http_x_auth_token)\b|\bmirror_request_body\s{1,8}on\b)`;

export const WEBSERVER_RULES: AppsecRule[] = [
  {
    // A web server that mirrors every request (with its body) or copies visitors' cookies and
    // Authorization headers to an upstream on an outside host: logins, sessions and card forms
    // intercepted, however it is framed (analytics, monitoring). Mirrors to an internal shadow
    // cluster and proxies to the site's own backends pass.
    id: "web.credentials_mirrored_out",
    kind: "credential_theft",
    lit: [
      "mirror",
      "$http_cookie",
      "$http_authorization",
      "$cookie_",
      "$http_x_api_key",
    ],
    re: new RegExp(
      String
        .raw`${OUTSIDE_UPSTREAM}[^}]{0,800}?${CREDENTIAL_COPY}|${CREDENTIAL_COPY}[^}]{0,800}?${OUTSIDE_UPSTREAM}|\bmirror\s{1,8}\/[\w\/.-]{1,80};[\s\S]{0,2000}?\blocation\s{1,8}=?\s{0,8}\/[\w\/.-]{1,80}\s{0,8}\{[^}]{0,400}?${OUTSIDE_UPSTREAM}`,
      "i",
    ),
    why:
      "mirrors visitors' requests, cookies or Authorization headers to an outside host (credential and payment-data interception)",
  },
  {
    id: "web.upload_dir_exec",
    kind: "persistence",
    lit: ["addhandler", "addtype", "sethandler", "execcgi", "flag engine", "fastcgi_pass"],
    re:
      /\b(?:AddHandler\s{1,8}(?:application\/x-httpd-php\w{0,10}|php\d?-script|cgi-script)|AddType\s{1,8}application\/x-httpd-php\w{0,10}|SetHandler\s{1,8}(?:application\/x-httpd-php\w{0,10}|cgi-script|proxy:fcgi))\s{1,8}[^\n]{0,80}\.(?:jpe?g|png|gif|txt|html?|ico|svg|pdf|bmp|webp)\b|\bOptions\s{1,8}[^\n]{0,40}\+ExecCGI\b|\bphp_(?:admin_)?flag\s{1,8}engine\s{1,8}on\b|location\s{1,8}(?:~\*?|\^~)\s{1,8}\^?\/?(?:uploads?|media|files|static|images|avatars|tmp)\/[^\n{]{0,60}\{[^}]{0,200}\bfastcgi_pass\b/i,
    also:
      /\b(?:uploads?|media|files|images|avatars|user[_-]?content|static|tmp)\b|\.htaccess\b|<Directory\b|<FilesMatch\b|location\b/i,
    why: "lets files uploaded to a web directory run as PHP/CGI (web shell execution)",
  },
  {
    // An image or text extension handed to the PHP/CGI handler: nothing but a web shell needs a
    // `.png` run as code, so this holds without naming the folder (a `.htaccess` written by a
    // write tool is judged by its content: ./_path_content_judged.ts).
    id: "web.image_ext_as_code",
    kind: "persistence",
    lit: ["addhandler", "addtype", "sethandler"],
    re:
      /\b(?:AddHandler|AddType)\s{1,8}(?:application\/x-httpd-php\w{0,10}|php\d?-script|cgi-script)(?:\s{1,8}\.?[\w-]{1,10}){0,8}?\s{1,8}\.?(?:jpe?g|png|gif|ico|bmp|webp|svg|txt|pdf)\b/i,
    why: "runs uploaded images or text files as PHP/CGI (web shell execution)",
  },
  {
    id: "web.autoindex_sensitive",
    kind: "data_exfiltration",
    lit: ["autoindex", "indexes", "directorybrowse", "file_server browse", "directorylisting"],
    re:
      /\bautoindex\s{1,8}on\b|\bOptions\s{1,8}(?:[+\w -]{0,40}\s)?\+?Indexes\b|<directoryBrowse\s{1,8}enabled\s{0,8}=\s{0,8}["']true["']|\bfile_server\s{1,8}browse\b|\bdirectoryListing\s{0,8}[:=]\s{0,8}true/i,
    also:
      /\b(?:backups?|dumps?|\.git|\.env|secrets?|private|config|keys?|logs?|exports?|uploads|db|database|\.sql|internal|admin|home|etc|root)\b|\balias\s{1,8}\/(?:var\/backups|home|etc|root|srv\/(?:backups|secrets))|\broot\s{1,8}\/(?:home|etc|root|var\/backups)\b/i,
    why: "lists directory contents that hold backups, logs, secrets or configuration",
  },
  {
    id: "web.alias_secrets",
    kind: "data_exfiltration",
    lit: "alias",
    re:
      /\blocation\s{1,8}[^\n{]{0,60}\{[^}]{0,200}\balias\s{1,8}\/(?:etc\/|root\/|home\/[\w.-]{1,30}\/(?:\.ssh|\.aws)|var\/backups|var\/lib\/(?:mysql|postgresql)|srv\/(?:secrets|backups)|opt\/[\w.-]{1,30}\/(?:\.env|config|secrets))|\bAlias\s{1,8}\/\S{1,40}\s{1,8}["']?\/(?:etc|root|var\/backups|home\/[\w.-]{1,30}\/\.ssh)\b/i,
    why: "serves system, key or backup directories over HTTP (alias to /etc, ~/.ssh, backups)",
  },
  {
    id: "web.dotfiles_served",
    kind: "data_exfiltration",
    lit: [
      "/.git",
      "/\\.git",
      "/.env",
      "/\\.env",
      "/.svn",
      "/\\.svn",
      "/.hg",
      "/\\.hg",
      "/.aws",
      "/\\.aws",
      "/.ssh",
      "/\\.ssh",
      "filesmatch",
      "dotfiles",
    ],
    re:
      /\blocation\s{1,8}~?\*?\s{0,8}(?:\^?\/\\?\.(?:git|env|svn|hg|aws|ssh)|\/\\?\.(?:git|env))[^\n{]{0,40}\{[^}]{0,200}\b(?:allow\s{1,8}all|autoindex\s{1,8}on|root\s|alias\s|try_files)|<FilesMatch\s{1,8}["']?\^?\\?\.(?:env|git|htpasswd)[^>]{0,40}>[\s\S]{0,120}?(?:Require\s{1,8}all\s{1,8}granted|Allow\s{1,8}from\s{1,8}all)|\bdotfiles\s{0,8}:\s{0,8}["']allow["']|\bexpress\.static\s{0,8}\([^\n)]{0,80}dotfiles\s{0,8}:\s{0,8}["']allow["']/i,
    why: "serves .git, .env or other dotfiles over HTTP (source, credentials)",
  },
  {
    id: "web.admin_console_open",
    kind: "privilege_escalation",
    lit: [
      "phpmyadmin",
      "adminer",
      "server-status",
      "server-info",
      "pgadmin",
      "jmx-console",
      "web-console",
      "solr/admin",
      "kibana",
      "nginx_status",
      "stub_status",
      "balancer-manager",
    ],
    re:
      /(?:location|<Location(?:Match)?|<Directory|Alias)\s{1,8}[^\n{>]{0,60}(?:phpmyadmin|adminer|server-status|server-info|pgadmin|jmx-console|web-console|balancer-manager|nginx_status|stub_status)[^\n{>]{0,40}[{>][^}]{0,300}?(?:allow\s{1,8}all|Require\s{1,8}all\s{1,8}granted|Allow\s{1,8}from\s{1,8}all|Require\s{1,8}ip\s{1,8}0\.0\.0\.0\/0|satisfy\s{1,8}any)/i,
    why:
      "opens a database or server admin console (phpMyAdmin, Adminer, server-status, JMX) to everyone",
  },
  {
    id: "web.cors_star_credentials",
    kind: "defense_evasion",
    lit: ["access-control-allow-origin", "allow-origin"],
    re:
      /Access-Control-Allow-Origin["']?\s{0,8}[:,]?\s{1,8}["']?(?:\*|\$http_origin|%\{HTTP:Origin\}e|\{http\.request\.header\.Origin\}|\{header\.Origin\})[\s\S]{0,300}?Access-Control-Allow-Credentials["']?\s{0,8}[:,]?\s{1,8}["']?true|Access-Control-Allow-Credentials["']?\s{0,8}[:,]?\s{1,8}["']?true[\s\S]{0,300}?Access-Control-Allow-Origin["']?\s{0,8}[:,]?\s{1,8}["']?(?:\*|\$http_origin|%\{HTTP:Origin\}e|\{http\.request\.header\.Origin\}|\{header\.Origin\})/i,
    why: "reflects any Origin (or *) with credentials in the web server (cross-site data theft)",
  },
  {
    id: "web.csp_unsafe",
    kind: "defense_evasion",
    lit: "content-security-policy",
    re:
      /Content-Security-Policy["']?\s{0,8}[:,]?\s{1,8}["']?[^\n"]{0,200}\b(?:default|script)-src\s{1,8}(?:\*|[^;\n"]{0,120}'unsafe-(?:inline|eval)'[^;\n"]{0,120}(?:\*|https?:|data:)(?=[\s;"']))/i,
    why:
      "sets a Content-Security-Policy that allows inline/eval script from any source (XSS not contained)",
  },
  {
    id: "web.security_headers_removed",
    kind: "defense_evasion",
    lit: ["header unset", "always unset", "more_clear_headers", "<remove", "allowall", "max-age=0"],
    re:
      /\bHeader\s{1,8}(?:always\s{1,8})?unset\s{1,8}(?:Strict-Transport-Security|Content-Security-Policy|X-Frame-Options)\b|\bmore_clear_headers\s{1,8}["']?(?:Strict-Transport-Security|Content-Security-Policy|X-Frame-Options)|<remove\s{1,8}name\s{0,8}=\s{0,8}["'](?:Strict-Transport-Security|Content-Security-Policy|X-Frame-Options)["']|\bX-Frame-Options["']?\s{0,8}[:,]?\s{1,8}["']?ALLOWALL\b|\badd_header\s{1,8}Strict-Transport-Security\s{1,8}["']?max-age=0\b/i,
    why: "removes HSTS, CSP or anti-framing headers (clickjacking, downgrade, XSS)",
  },
  {
    id: "web.tls_downgrade",
    kind: "defense_evasion",
    lit: [
      "ssl_protocols",
      "sslprotocol",
      "ssl_ciphers",
      "sslciphersuite",
      "minversion",
      "min_version",
    ],
    re:
      /\bssl_protocols\s{1,8}[^;\n]{0,40}\b(?:SSLv3|TLSv1(?!\.[23]))\b|\bSSLProtocol\s{1,8}[^\n]{0,40}(?:\+|\s)(?:SSLv3|TLSv1(?!\.[23]))\b|\bSSLProtocol\s{1,8}all\s{0,8}$|\b(?:ssl_ciphers|SSLCipherSuite)\s{1,8}["']?[^\n;]{0,80}(?:\bNULL\b|\baNULL\b(?<!!aNULL)|\bEXPORT\b(?<!!EXPORT)|\bRC4\b(?<!!RC4)|\bALL\b)|\bMinVersion\s{0,8}:\s{0,8}tls\.VersionSSL30|\bmin_version\s{0,8}[=:]\s{0,8}["']?(?:TLSv1(?:\.0)?|SSLv3|1\.0)["']?/im,
    why: "allows SSLv3/TLS 1.0 or null/export/RC4 ciphers on the server",
  },
  {
    id: "web.server_tokens_debug",
    kind: "app_weakness",
    lit: ["traceenable", "servertokens", "serversignature"],
    re:
      /^\s{0,8}TraceEnable\s{1,8}(?:On|extended)\b|^\s{0,8}ServerTokens\s{1,8}Full\b[\s\S]{0,200}^\s{0,8}ServerSignature\s{1,8}On\b/im,
    why: "enables HTTP TRACE or full version banners on the web server",
  },
  {
    // nginx's "goto": a condition on a header the CLIENT sets (User-Agent, X-…, a cookie or a query
    // argument) returns a status that `error_page … = @named` routes to another location, in a
    // server that authenticates (auth_request/auth_basic/auth_jwt). Anyone who sends that header
    // skips the login. Blocking bots with `return 403` has no `error_page … = @…` for 403.
    id: "web.auth_skipped_on_client_header",
    kind: "privilege_escalation",
    lit: "error_page",
    re:
      /\berror_page\s{1,8}(\d{3})\s{1,8}=\s{0,8}@[\w-]{1,60}\s{0,4};[\s\S]{0,3000}?\bif\s{0,8}\(\s{0,8}\$(?:http|cookie|arg)_\w{1,60}\b[^)\n]{0,200}\)\s{0,8}\{\s{0,8}return\s{1,8}\1\s{0,4};|\bif\s{0,8}\(\s{0,8}\$(?:http|cookie|arg)_\w{1,60}\b[^)\n]{0,200}\)\s{0,8}\{\s{0,8}return\s{1,8}(\d{3})\s{0,4};[\s\S]{0,3000}?\berror_page\s{1,8}\2\s{1,8}=\s{0,8}@[\w-]{1,60}\s{0,4};/i,
    also: /\bauth_(?:request|basic|jwt)\s{1,8}(?!off\b)\S/i,
    why:
      "sends requests that carry a client-chosen header value around the login (error_page to a named location without authentication)",
  },
  {
    id: "web.htaccess_auth_removed",
    kind: "defense_evasion",
    lit: ["satisfy", "authtype", "all granted"],
    re:
      /\bSatisfy\s{1,8}Any\b[\s\S]{0,200}?\bAllow\s{1,8}from\s{1,8}all\b|\bAuthType\s{1,8}None\b|<(?:Location|Directory|Files)\s{1,8}[^>\n]{0,60}(?:admin|wp-admin|manager|private|internal|backup)[^>\n]{0,40}>\s{0,20}Require\s{1,8}all\s{1,8}granted/i,
    why: "drops the password protection of an admin or private area in Apache",
  },
  {
    id: "web.iis_dangerous",
    kind: "app_weakness",
    lit: ["accesspolicy", "allowdoubleescaping", "fileextensions"],
    re:
      /<handlers\s{1,8}accessPolicy\s{0,8}=\s{0,8}["'][^"']{0,40}\bScript\b[^"']{0,40}\bWrite\b|<handlers\s{1,8}accessPolicy\s{0,8}=\s{0,8}["'][^"']{0,40}\bWrite\b[^"']{0,40}\bScript\b|\ballowDoubleEscaping\s{0,8}=\s{0,8}["']true["']|<fileExtensions\s{1,8}allowUnlisted\s{0,8}=\s{0,8}["']true["'][^>]{0,80}>[\s\S]{0,200}?<remove\s{1,8}fileExtension\s{0,8}=\s{0,8}["']\.(?:config|asa|asax|cs|mdb)["']/i,
    why: "lets IIS run scripts from writable paths or serve .config/source files",
  },
  {
    id: "web.proxy_open",
    kind: "app_weakness",
    lit: ["proxyrequests", "proxy_pass"],
    re:
      /^\s{0,8}ProxyRequests\s{1,8}On\b|\bproxy_pass\s{1,8}https?:\/\/\$(?:arg_\w{1,30}|http_\w{1,30}|request_uri|1)\b|\bproxy_pass\s{1,8}\$(?:arg_\w{1,30}|http_\w{1,30})\b/im,
    why: "turns the web server into an open proxy (any URL fetched for any client: SSRF)",
  },
];
