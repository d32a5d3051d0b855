/**
 * Second pass, cross-language gaps (ASVS V5/V8/V9/V12/V14, MASVS-STORAGE, OWASP LLM Top 10):
 * SSRF sinks in Java/C#/Ruby, reflected HTML built by f-strings, Ktor request input into sinks,
 * framework and dev-server switches (Next image optimizer, webpack/Vite host checks, nginx
 * off-by-slash alias, Django pickle sessions and CSRF origins), secrets stored in plain mobile
 * preferences, PHP loose comparisons of secrets, and LLM keys or output reaching the browser.
 */
import {
  type AppsecRule,
  CS_HEAD,
  DEV_GUARD,
  JAVA_HEAD,
  PY_HEAD,
  RB_HEAD,
  REQ_JAVA_RE,
  REQ_PY_RE,
  REQ_RB_RE,
} from "./_appsec_core.ts";

/** Ktor request input. */
const KTOR_IN = String
  .raw`call\.(?:parameters|request\.queryParameters|receiveParameters\s{0,4}\(\s{0,4}\))\s{0,4}\[|call\.receiveText\s{0,4}\(`;
/** Production context for settings files. */
const PROD = /\bprod(?:uction)?\b|settings[./\\]prod|^DEBUG\s{0,8}=\s{0,8}False/im;

export const APPSEC2_CFG_RULES: AppsecRule[] = [
  {
    id: "java2.ssrf_request",
    kind: "app_weakness",
    lit: ["new url(", "getforobject(", "getforentity(", "uri.create("],
    re: new RegExp(
      String
        .raw`\bnew\s{1,4}URL\s{0,4}\(\s{0,4}${JAVA_HEAD}\s{0,4}\(|\b(?:restTemplate|rest|template)\.(?:getForObject|getForEntity|exchange)\s{0,4}\(\s{0,4}(?:url|target|${JAVA_HEAD}\s{0,4}\()|\bURI\.create\s{0,4}\(\s{0,4}${JAVA_HEAD}\s{0,4}\(`,
    ),
    also: new RegExp(
      `${REQ_JAVA_RE.source}|@RequestParam\\s{0,4}(?:\\([^)]{0,40}\\)\\s{0,4})?String\\s{1,4}(?:url|target)\\b`,
    ),
    not: /ALLOWED_HOSTS|allowedHosts|isAllowed\w{0,12}\s{0,4}\(/,
    why: "fetches a URL taken from the request on the server (SSRF, CWE-918)",
  },
  {
    id: "cs2.ssrf_request",
    kind: "app_weakness",
    lit: ["getasync(", "getstringasync(", "getstreamasync(", "postasync(", "webclient"],
    re: new RegExp(
      String
        .raw`\b\w{0,20}\.(?:GetAsync|GetStringAsync|GetStreamAsync|GetByteArrayAsync|PostAsync|DownloadString|DownloadData)\s{0,4}\(\s{0,4}(?:url|uri|target|${CS_HEAD}\s{0,4}\[)`,
    ),
    also:
      /\bRequest\.(?:Query|Form)\b|\[From(?:Query|Form|Body)\]\s{0,4}string\s{1,4}(?:url|uri|target)\b/,
    not: /IsAllowed\w{0,12}\s{0,4}\(|AllowedHosts|allowedHosts/,
    why: "fetches a URL taken from the request on the server (SSRF, CWE-918)",
  },
  {
    id: "rb2.ssrf_params",
    kind: "app_weakness",
    lit: ["net::http", "httparty", "faraday.get", "rest-client", "restclient"],
    re: new RegExp(
      String
        .raw`\bNet::HTTP\.(?:get|get_response|post_form)\s{0,4}\(\s{0,4}URI(?:\.parse)?\s{0,4}\(\s{0,4}${RB_HEAD}\s{0,4}\[|\b(?:HTTParty|Faraday|RestClient)\.(?:get|post)\s{0,4}\(\s{0,4}${RB_HEAD}\s{0,4}\[`,
    ),
    also: REQ_RB_RE,
    why: "fetches a URL taken from params on the server (SSRF, CWE-918)",
  },
  {
    id: "py2.reflected_fstring_html",
    kind: "app_weakness",
    lit: ["return f", "htmlresponse(f"],
    re: new RegExp(
      String
        .raw`\b(?:return|HTMLResponse\s{0,4}\(|HttpResponse\s{0,4}\()\s{0,4}f["'][^"'\n]{0,120}<(?:h\d|p|div|span|b|body|html|td|li|a)\b[^"'\n]{0,120}\{\s{0,4}${PY_HEAD}`,
    ),
    also: REQ_PY_RE,
    not: /\{\s{0,4}(?:escape|html\.escape|markupsafe\.escape)\s{0,4}\(/,
    why: "returns HTML built from request input with no escaping (reflected XSS, CWE-79)",
  },
  {
    id: "py2.yaml_load_default_request",
    kind: "app_weakness",
    lit: "yaml.load(",
    re: new RegExp(String.raw`\byaml\.load\s{0,4}\(\s{0,4}${PY_HEAD}[\w.()\[\]'"]{0,30}\s{0,4}\)`),
    also: REQ_PY_RE,
    why:
      "parses request YAML with yaml.load and no SafeLoader (object construction on old PyYAML, B506)",
  },
  {
    id: "py2.flask_cookie_httponly_off",
    kind: "defense_evasion",
    lit: ["session_cookie_httponly", "remember_cookie_httponly"],
    re:
      /\b(?:SESSION|REMEMBER)_COOKIE_HTTPONLY["']?\s{0,4}\]?\s{0,4}=\s{0,4}False\b|\b(?:SESSION|REMEMBER)_COOKIE_HTTPONLY\s{0,4}=\s{0,4}False\b/,
    not: /settings[./\\](?:dev|local|test)|class\s{1,4}(?:Dev|Test)\w{0,20}Config/,
    why: "lets page scripts read the session cookie (XSS turns into session theft, CWE-1004)",
  },
  {
    id: "py2.django_pickle_session",
    kind: "app_weakness",
    lit: "pickleserializer",
    re: /\bSESSION_SERIALIZER\s{0,4}=\s{0,4}["'][\w.]{0,60}PickleSerializer["']/,
    why:
      "stores sessions with pickle (with a signed-cookie backend, a leaked key is remote code execution)",
  },
  {
    id: "py2.django_csrf_trusted_star",
    kind: "defense_evasion",
    lit: "csrf_trusted_origins",
    re: /\bCSRF_TRUSTED_ORIGINS\s{0,4}=\s{0,4}[\[(]\s{0,4}["'](?:\*|https?:\/\/\*)["']/,
    why: "trusts every origin for Django CSRF checks (cross-site requests accepted)",
  },
  {
    id: "py2.django_no_password_validators",
    kind: "app_weakness",
    lit: "auth_password_validators",
    re: /^AUTH_PASSWORD_VALIDATORS\s{0,4}=\s{0,4}\[\s{0,4}\]/m,
    also: PROD,
    not: /settings[./\\](?:dev|local|test)/i,
    why: "drops every password-strength rule in production settings (ASVS V2.1)",
  },
  {
    id: "py2.torch_load_untrusted",
    kind: "app_weakness",
    lit: ["torch.load(", "joblib.load("],
    re: new RegExp(
      String
        .raw`\b(?:torch|joblib)\.load\s{0,4}\(\s{0,4}(?:${PY_HEAD}|io\.BytesIO\s{0,4}\(\s{0,4}${PY_HEAD}|(?:upload|uploaded|file|f)\.(?:stream|file)\b)`,
    ),
    also: REQ_PY_RE,
    not: /weights_only\s{0,4}=\s{0,4}True/,
    why: "loads an uploaded model file with pickle (torch.load/joblib: code runs on load)",
  },
  {
    id: "py2.trust_remote_code_request",
    kind: "app_weakness",
    lit: "trust_remote_code",
    re: /\btrust_remote_code\s{0,4}=\s{0,4}True\b/,
    also: new RegExp(
      String
        .raw`from_pretrained\s{0,4}\(\s{0,4}(?:${PY_HEAD}|body\.\w{1,20}|payload\.\w{1,20}|req\.\w{1,20}|model_(?:id|name)\s{0,4}=\s{0,4}${PY_HEAD})|=\s{0,4}${PY_HEAD}[^\n]{0,40}\n[\s\S]{0,200}from_pretrained`,
    ),
    why:
      "runs Python code shipped with a model the request names (trust_remote_code on user input)",
  },
  {
    id: "kt.ktor_request_sink",
    kind: "app_weakness",
    lit: [
      "call.parameters",
      "call.request.queryparameters",
      "call.receivetext",
      "call.receiveparameters",
    ],
    re: new RegExp(
      String
        .raw`\b(?:Runtime\.getRuntime\s{0,4}\(\s{0,4}\)\.exec|ProcessBuilder|File|call\.respondRedirect|call\.respondFile|URL|ObjectInputStream)\s{0,4}\([^\n]{0,40}(?:${KTOR_IN})`,
    ),
    not: /\.normalize\s{0,4}\(\s{0,4}\)\s{0,4}\.startsWith|canonicalPath\.startsWith/,
    why:
      "feeds Ktor request input into a command, file, redirect or URL sink (injection, traversal, SSRF)",
  },
  {
    id: "mobile2.secret_plain_prefs",
    kind: "app_weakness",
    lit: ["userdefaults", "putstring(", "setstring("],
    re:
      /\bUserDefaults\.standard\.set\s{0,4}\(\s{0,4}\w{0,20}(?:[pP]assword|[pP]asswd|[pP]in[cC]ode|[sS]ecret|[pP]rivateKey|refreshToken)\w{0,12}\s{0,4},\s{0,4}forKey:|\.putString\s{0,4}\(\s{0,4}["'](?:password|passwd|pin|pin_code|secret|private_key|refresh_token|credit_card|card_number)["']\s{0,4},|\bprefs\.setString\s{0,4}\(\s{0,4}["'](?:password|pin|secret|private_key|refresh_token)["']/,
    not: /EncryptedSharedPreferences|FlutterSecureStorage|Keychain/,
    why:
      "stores a password or secret in plain app preferences (readable from backups and rooted devices, MASVS-STORAGE)",
  },
  {
    id: "mobile2.flutter_bad_certificate",
    kind: "defense_evasion",
    lit: "badcertificatecallback",
    re:
      /\bbadCertificateCallback\s{0,4}=\s{0,4}\(\s{0,4}(?:X509Certificate\s{1,4})?\w{1,20}\s{0,4},\s{0,4}(?:String\s{1,4})?\w{1,20}\s{0,4},\s{0,4}(?:int\s{1,4})?\w{1,20}\s{0,4}\)\s{0,4}(?:=>\s{0,4}true|\{\s{0,4}return\s{1,4}true\s{0,4};?\s{0,4}\})/,
    not: /kDebugMode|kReleaseMode\s{0,4}\)|host\s{0,4}==\s{0,4}["']/,
    why: "accepts any TLS certificate in a Flutter/Dart HttpClient (man-in-the-middle)",
  },
  {
    id: "js2.dev_server_host_check_off",
    kind: "app_weakness",
    lit: ["allowedhosts", "disablehostcheck", "strict: false", "strict:false"],
    re:
      /\bdisableHostCheck\s{0,4}:\s{0,4}true\b|\ballowedHosts\s{0,4}:\s{0,4}(?:["']all["']|true\b)|\bfs\s{0,4}:\s{0,4}\{\s{0,4}strict\s{0,4}:\s{0,4}false\b/,
    also: /\bhost\s{0,4}:\s{0,4}(?:["']0\.0\.0\.0["']|true\b)|--host\s{1,4}0\.0\.0\.0/,
    why:
      "opens a dev server to the network with its host/file checks off (DNS rebinding, source and file read)",
  },
  {
    id: "js2.next_image_any_host",
    kind: "app_weakness",
    lit: ["remotepatterns", "dangerouslyallowsvg", "domains:"],
    re:
      /\bremotePatterns\s{0,4}:\s{0,4}\[[^\]]{0,120}hostname\s{0,4}:\s{0,4}["']\*\*?["']|\bimages\s{0,4}:\s{0,4}\{[^}]{0,200}domains\s{0,4}:\s{0,4}\[\s{0,4}["']\*["']|\bdangerouslyAllowSVG\s{0,4}:\s{0,4}true\b(?![\s\S]{0,200}contentSecurityPolicy)/,
    why:
      "lets the Next.js image optimizer fetch any host or serve SVG without a CSP (SSRF, stored XSS)",
  },
  {
    id: "web2.nginx_alias_off_by_slash",
    kind: "app_weakness",
    lit: "location /",
    re:
      /\blocation (?:\^~ )?\/[\w.-]{1,60}(?<!\/)\s{0,4}\{\s{0,8}alias\s{1,4}\/[\w.\/-]{1,120}\/\s{0,4};/,
    why:
      "maps an nginx location without a trailing slash to an alias with one (/static../ walks out of the directory)",
  },
  {
    id: "php2.loose_secret_compare",
    kind: "app_weakness",
    lit: ["$_post", "$_get", "$_request", "strcmp("],
    re:
      /\$_(?:POST|GET|REQUEST|COOKIE)\s{0,4}\[\s{0,4}["'](?:password|pass|pwd|token|api_?key|secret|code|otp|signature|hash)["']\s{0,4}\]\s{0,4}==(?!=)|==(?!=)\s{0,4}\$_(?:POST|GET|REQUEST|COOKIE)\s{0,4}\[\s{0,4}["'](?:password|pass|pwd|token|api_?key|secret|code|otp|signature|hash)["']|\bstrcmp\s{0,4}\(\s{0,4}\$_(?:POST|GET|REQUEST)\s{0,4}\[[^\]\n]{1,30}\][^\n]{0,80}\)\s{0,4}==\s{0,4}0\b/,
    why:
      "compares a secret from the request loosely (PHP type juggling: 0e… hashes and arrays pass, CWE-697)",
  },
  {
    id: "cs2.antiforgery_ignored",
    kind: "defense_evasion",
    lit: "ignoreantiforgerytoken",
    re:
      /\[IgnoreAntiforgeryToken\][\s\S]{0,200}\[Http(?:Post|Put|Delete|Patch)\]|\[Http(?:Post|Put|Delete|Patch)\][\s\S]{0,200}\[IgnoreAntiforgeryToken\]|Filters\.Add\s{0,4}\(\s{0,4}new\s{1,4}IgnoreAntiforgeryTokenAttribute/,
    why: "turns ASP.NET antiforgery validation off for state-changing actions (CSRF)",
  },
  {
    id: "java2.spring_security_debug",
    kind: "app_weakness",
    lit: "enablewebsecurity",
    re: /@EnableWebSecurity\s{0,4}\(\s{0,4}debug\s{0,4}=\s{0,4}true\s{0,4}\)/,
    not: DEV_GUARD,
    why: "logs every request with headers and session data through Spring Security's debug filter",
  },
  // LLM applications
  {
    id: "llm.browser_api_key",
    kind: "app_weakness",
    lit: "dangerouslyallowbrowser",
    re: /\bdangerouslyAllowBrowser\s{0,4}:\s{0,4}true\b/,
    why: "ships the LLM provider's API key to every browser (dangerouslyAllowBrowser)",
  },
  {
    id: "llm.output_to_html",
    kind: "app_weakness",
    lit: ["innerhtml", "dangerouslysetinnerhtml", "v-html", "|safe", "mark_safe("],
    re:
      /\.innerHTML\s{0,4}\+?=\s{0,4}(?:\w{1,30}\.choices\s{0,4}\[\s{0,4}0\s{0,4}\]|(?:completion|llmOutput|modelOutput|aiResponse|aiReply|botReply|assistantReply|generatedHtml)\b)|__html\s{0,4}:\s{0,4}(?:completion|llmOutput|modelOutput|aiResponse|aiReply|botReply|assistantReply|message\.content)\b|\bv-html\s{0,4}=\s{0,4}["'](?:completion|aiResponse|aiReply|botReply|assistantReply|msg\.content|message\.content)["']|\bmark_safe\s{0,4}\(\s{0,4}(?:completion|llm_output|model_output|response\.choices)|\{\{\s{0,4}(?:completion|llm_output|answer|ai_response)\s{0,4}\|\s{0,4}safe\s{0,4}\}\}/,
    not: /DOMPurify|sanitize\s{0,4}\(|bleach\.clean/,
    why:
      "renders model output as raw HTML (prompt-injected markup runs in the user's session, LLM05)",
  },
  {
    id: "llm.agent_ci_untrusted",
    kind: "app_weakness",
    lit: ["dangerously-skip-permissions", "--yolo", "--full-auto", "dangerously-bypass-approvals"],
    re:
      /--(?:dangerously-skip-permissions|yolo|full-auto|dangerously-bypass-approvals-and-sandbox)\b/,
    also:
      /\$\{\{\s{0,4}github\.event\.(?:issue|pull_request|comment|review|discussion)\.(?:body|title)|\$\{\{\s{0,4}github\.event\.(?:issue|comment)\.\w{1,20}\s{0,4}\}\}|\bISSUE_BODY\b|\bPR_BODY\b|\bCOMMENT_BODY\b/,
    why:
      "runs a coding agent with every permission on issue/PR text anyone can write (prompt injection to code execution)",
  },
];
