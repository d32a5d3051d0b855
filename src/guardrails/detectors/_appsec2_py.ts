/**
 * Second pass, Python and Ruby (Bandit B3xx/B5xx/B6xx/B7xx, semgrep python/ruby, Brakeman warning
 * types): sinks and switches the first pass did not encode. Same shape as `_appsec_python.ts`.
 */
import {
  type AppsecRule,
  DEV_GUARD,
  PY_HEAD,
  RB_HEAD,
  REQ_PY_RE,
  REQ_RB_RE,
} from "./_appsec_core.ts";

export const APPSEC2_PY_RULES: AppsecRule[] = [
  {
    id: "py2.open_redirect",
    kind: "app_weakness",
    lit: ["redirect(", "httpresponseredirect("],
    re: new RegExp(
      String
        .raw`\b(?:redirect|HttpResponseRedirect|RedirectResponse)\s{0,8}\(\s{0,8}(?:url\s{0,8}=\s{0,8})?${PY_HEAD}[\w.]{0,20}(?:\.get)?\s{0,8}[(\[]\s{0,8}["'](?:next|url|return_?(?:to|url)?|redirect(?:_?(?:to|url|uri))?|continue|goto|dest(?:ination)?|target)["']`,
    ),
    also: REQ_PY_RE,
    not: /url_has_allowed_host_and_scheme|is_safe_url|urlparse\([^\n]{0,80}\)\.netloc/,
    why: "redirects to a URL taken from the request (open redirect, CWE-601)",
  },
  {
    id: "py2.marshal_shelve_request",
    kind: "app_weakness",
    lit: ["marshal.loads", "shelve.open"],
    re: new RegExp(
      String
        .raw`\b(?:marshal\.loads|shelve\.open)\s{0,8}\(\s{0,8}(?:${PY_HEAD}|base64\.\w{3,12}\(\s{0,8}${PY_HEAD})`,
    ),
    also: REQ_PY_RE,
    why: "loads request data with marshal/shelve (code objects and pickles, CWE-502)",
  },
  {
    id: "py2.xmlrpc_dotted_names",
    kind: "app_weakness",
    lit: "allow_dotted_names",
    re: /\bregister_instance\s{0,8}\([^\n]{0,120}allow_dotted_names\s{0,8}=\s{0,8}True/,
    why: "exposes an object's attribute chain over XML-RPC (remote code execution, CVE-2005-0089)",
  },
  {
    id: "py2.paramiko_autoadd",
    kind: "defense_evasion",
    lit: ["autoaddpolicy", "warningpolicy"],
    re:
      /\bset_missing_host_key_policy\s{0,8}\(\s{0,8}(?:paramiko\.)?(?:AutoAddPolicy|WarningPolicy)\s{0,8}\(?/,
    not: DEV_GUARD,
    why: "accepts any SSH host key (Bandit B507: man-in-the-middle on every connection)",
  },
  {
    id: "py2.ssl_old_protocol",
    kind: "defense_evasion",
    lit: ["protocol_ssl", "protocol_tlsv1", "tlsversion.tlsv1", "tlsversion.ssl"],
    re:
      /\bssl\.PROTOCOL_(?:SSLv2|SSLv3|SSLv23|TLSv1(?:_1)?)\b(?!_)|\bminimum_version\s{0,8}=\s{0,8}ssl\.TLSVersion\.(?:SSLv3|TLSv1(?:_1)?)\b|\bSSL\.(?:SSLv2|SSLv3|TLSv1(?:_1)?)_METHOD\b/,
    not: /\bOP_NO_(?:SSLv3|TLSv1)\b|\bif\s{1,8}(?:legacy|old)/,
    why: "pins an SSL/TLS version that is broken (Bandit B502/B503: SSLv3, TLS 1.0/1.1)",
  },
  {
    id: "py2.jinja_autoescape_off_html",
    kind: "app_weakness",
    lit: "autoescape",
    re:
      /\bEnvironment\s{0,8}\([^\n]{0,200}autoescape\s{0,8}=\s{0,8}False\b|\{%\s{0,4}autoescape\s{1,4}(?:false|off)\s{0,4}%\}/,
    also: /\.html\b|text\/html|<(?:div|p|span|body|td|li)\b|\brender_template\b|\bHTMLResponse\b/,
    why: "renders HTML templates with autoescaping off (Bandit B701: cross-site scripting)",
  },
  {
    id: "py2.mako_html_no_filter",
    kind: "app_weakness",
    lit: "templatelookup",
    re: /\bTemplateLookup\s{0,8}\(\s{0,8}(?:directories|[^\n)]{0,200}\.html)/,
    also: REQ_PY_RE,
    not: /default_filters\s{0,8}=\s{0,8}\[[^\]]{0,60}["']h["']/,
    why: "renders Mako HTML templates with no escaping filter on request input (Bandit B702)",
  },
  {
    id: "py2.cleartext_login",
    kind: "app_weakness",
    lit: ["telnetlib", "ftplib", "smtplib"],
    re:
      /\b(?:telnetlib\.Telnet|ftplib\.FTP)\s{0,8}\(\s{0,8}["'][\w.-]{3,80}["'][\s\S]{0,300}\.(?:login|write)\s{0,8}\([^\n]{0,80}pass|\bsmtplib\.SMTP\s{0,8}\(\s{0,8}["'][\w.-]{3,80}["']\s{0,8},\s{0,8}(?:25|587)\s{0,8}\)[\s\S]{0,200}\.login\s{0,8}\(/,
    not: /\.starttls\s{0,8}\(|FTP_TLS|localhost|127\.0\.0\.1/,
    why: "sends a login over Telnet/FTP/SMTP in clear text (Bandit B312/B321, CWE-319)",
  },
  {
    id: "py2.django_cookie_insecure_prod",
    kind: "defense_evasion",
    lit: ["cookie_secure", "cookie_httponly", "ssl_redirect"],
    re:
      /^(?:SESSION_COOKIE_SECURE|CSRF_COOKIE_SECURE|SESSION_COOKIE_HTTPONLY|SECURE_SSL_REDIRECT)\s{0,8}=\s{0,8}False\b/m,
    also: /\bprod(?:uction)?\b|settings[./\\]prod|DEBUG\s{0,8}=\s{0,8}False/i,
    not: /settings[./\\](?:dev|local|test)/i,
    why: "sends the session/CSRF cookie over plain HTTP in production settings (CWE-614)",
  },
  {
    id: "py2.ldap_filter_request",
    kind: "app_weakness",
    lit: ["search_s(", ".search("],
    re: new RegExp(
      String
        .raw`\.search(?:_s|_ext_s)?\s{0,8}\([^\n]{0,120}(?:f["'][^"'\n]{0,120}\((?:uid|cn|sAMAccountName|mail|user)=\{|["'][^"'\n]{0,80}\((?:uid|cn|sAMAccountName|mail|user)=["']\s{0,8}(?:\+|%))`,
    ),
    also: REQ_PY_RE,
    not: /escape_filter_chars|escape_rdn/,
    why: "builds an LDAP filter from request input (LDAP injection, CWE-90)",
  },
  {
    id: "py2.tempfile_mktemp",
    kind: "app_weakness",
    lit: "mktemp(",
    re:
      /\btempfile\.mktemp\s{0,8}\(|^from\s{1,8}tempfile\s{1,8}import\s{1,8}[^\n]{0,40}\bmktemp\b/m,
    also: /\bopen\s{0,8}\(|\.write\s{0,8}\(/,
    why: "creates a temp file with a racy predictable name (Bandit B306, CWE-377)",
  },
  {
    id: "py2.fastapi_docs_debug_prod",
    kind: "app_weakness",
    lit: "fastapi(",
    re: /\bFastAPI\s{0,8}\([^\n)]{0,200}\bdebug\s{0,8}=\s{0,8}True\b/,
    also: /\bprod(?:uction)?\b|0\.0\.0\.0/i,
    not: DEV_GUARD,
    why: "serves FastAPI/Starlette debug tracebacks in production",
  },
  {
    id: "py2.xml_stdlib_request",
    kind: "app_weakness",
    lit: ["minidom.parsestring", "xml.sax", "pulldom", "expatbuilder"],
    re: new RegExp(
      String
        .raw`\b(?:minidom\.parseString|xml\.sax\.parseString|pulldom\.parseString|expatbuilder\.parseString)\s{0,8}\(\s{0,8}${PY_HEAD}`,
    ),
    also: REQ_PY_RE,
    not: /defusedxml/,
    why: "parses request XML with the stdlib parser (Bandit B313-B320: entity expansion)",
  },
  // Ruby (Brakeman)
  {
    id: "rb2.kernel_open_params",
    kind: "app_weakness",
    lit: ["open(", "uri.open", "io.read"],
    re: new RegExp(
      String
        .raw`(?<![\w.:])(?:open|URI\.open|IO\.(?:read|readlines|popen)|Kernel\.open)\s{0,8}\(\s{0,8}${RB_HEAD}\s{0,8}\[`,
    ),
    also: REQ_RB_RE,
    why: "opens a request parameter with Kernel#open (a leading | runs a command, CWE-78)",
  },
  {
    id: "rb2.basic_auth_literal",
    kind: "app_weakness",
    lit: "http_basic_authenticate_with",
    re:
      /\bhttp_basic_authenticate_with\s{1,8}name:\s{0,8}["'][^"'\n]{1,40}["']\s{0,8},\s{0,8}password:\s{0,8}["'][^"'\n]{1,60}["']/,
    why: "guards a controller with a password written in the code (Brakeman basic auth)",
  },
  {
    id: "rb2.regex_anchor_validation",
    kind: "app_weakness",
    lit: "format:",
    re:
      /\bvalidates?\s{1,8}:\w{1,40}\s{0,8},[^\n]{0,80}format:\s{0,8}\{?\s{0,8}(?:with:\s{0,8})?\/\^[^\n]{1,120}\$\/\s{0,8}[},\n]/,
    why: "validates with ^...$ (line anchors: a newline smuggles any value past it; use \\A...\\z)",
  },
];
