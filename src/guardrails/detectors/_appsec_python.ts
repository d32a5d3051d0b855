/**
 * Application weaknesses in Python web code (Django, Flask, FastAPI) and its libraries: command,
 * code, template and deserializer sinks fed by request input; TLS verification off; debuggers
 * served to the network; weak password hashing; production settings left open.
 */
import { type AppsecRule, DEV_GUARD, PY_HEAD, REQ_PY_RE } from "./_appsec_core.ts";

const REQ = REQ_PY_RE;
/** A call argument that is not a plain string literal (a variable, an f-string, a concatenation). */
const DYN = String.raw`\s{0,8}(?:f["']|[\w.\[]|["'][^"'\n]{0,80}["']\s{0,8}(?:\+|%|\.format))`;

export const PYTHON_RULES: AppsecRule[] = [
  {
    id: "py.os_system_request",
    kind: "app_weakness",
    lit: ["os.system", "os.popen", "commands.getoutput", "subprocess.getoutput"],
    re: new RegExp(
      String
        .raw`\b(?:os\.(?:system|popen)|commands\.getoutput|subprocess\.getoutput)\s{0,8}\(${DYN}`,
    ),
    also: REQ,
    why: "runs a shell command built from request input (command injection, CWE-78)",
  },
  {
    id: "py.subprocess_shell_request",
    kind: "app_weakness",
    lit: "subprocess",
    re:
      /\bsubprocess\.(?:run|call|Popen|check_output|check_call)\s{0,8}\((?:\s{0,8}f["']|\s{0,8}[a-z_][\w.]{0,40}\s{0,8}[,+)]|[^\n]{0,120}\+)[^\n]{0,200}shell\s{0,8}=\s{0,8}True/,
    also: REQ,
    why: "runs subprocess with shell=True on a command built from request input",
  },
  {
    id: "py.eval_request",
    kind: "app_weakness",
    lit: ["eval(", "exec(", "compile("],
    re: new RegExp(
      String
        .raw`(?<![\w.])(?:eval|exec)\s{0,8}\(\s{0,8}(?:${PY_HEAD}|[a-z_]\w{0,40}\s{0,8}\))|(?<![\w.])compile\s{0,8}\(\s{0,8}(?:${PY_HEAD})`,
    ),
    also: REQ,
    why: "evaluates request input as Python code (code injection, CWE-95)",
  },
  {
    id: "py.pickle_request",
    kind: "app_weakness",
    lit: ["pickle.load", "dill.load", "jsonpickle.decode", "read_pickle"],
    re:
      /\b(?:c?pickle|dill|_pickle)\.loads?\s{0,8}\(|\bjsonpickle\.decode\s{0,8}\(|\bpd\.read_pickle\s{0,8}\(/,
    also: new RegExp(
      `${PY_HEAD}|base64\\.b64decode\\s{0,8}\\(\\s{0,8}request|\\bcookies?\\.get\\(`,
    ),
    why: "unpickles request data (arbitrary code execution on load, CWE-502)",
  },
  {
    id: "py.yaml_unsafe_load",
    kind: "app_weakness",
    lit: ["yaml.load", "yaml.unsafe_load"],
    re:
      /\byaml\.(?:load\s{0,8}\([^\n)]{0,120}Loader\s{0,8}=\s{0,8}yaml\.(?:Loader|UnsafeLoader|FullLoader)|unsafe_load(?:_all)?\s{0,8}\()/,
    also: REQ,
    why: "parses request data with an unsafe YAML loader (object construction, CWE-502)",
  },
  {
    id: "py.ssti_render_template_string",
    kind: "app_weakness",
    lit: ["template(", "template_string(", "from_string("],
    re: new RegExp(
      String
        .raw`\b(?:render_template_string|(?:jinja2\.|Jinja2?)?Template|(?:env|environment)\.from_string|mako\.template\.Template)\s{0,8}\(\s{0,8}(?:${PY_HEAD}|f["'][^"'\n]{0,200}\{(?:request|[a-z_]{1,30}\}))`,
    ),
    also: REQ,
    why: "renders a template built from request input (server-side template injection)",
  },
  {
    id: "py.ssti_render_var",
    kind: "app_weakness",
    lit: "render_template_string",
    re: /\brender_template_string\s{0,8}\(\s{0,8}[a-z_]\w{0,40}\s{0,8}[,)]/,
    also: new RegExp(String.raw`=\s{0,8}(?:${PY_HEAD})`),
    not: /\brender_template_string\s{0,8}\(\s{0,8}[A-Z_]{3,40}\s{0,8}[,)]/,
    why: "renders a template string that comes from the request (server-side template injection)",
  },
  {
    id: "py.requests_verify_false",
    kind: "defense_evasion",
    lit: ["verify=", "verify ="],
    re:
      /\b(?:requests|session|s|client|httpx|self\.session)\.(?:get|post|put|patch|delete|request|head|Client|AsyncClient)\s{0,8}\([^\n]{0,300}\bverify\s{0,8}=\s{0,8}False\b|\b(?:session|s|self\.session)\.verify\s{0,8}=\s{0,8}False\b|\bhttpx\.(?:Async)?Client\s{0,8}\([^)]{0,200}verify\s{0,8}=\s{0,8}False/,
    not: DEV_GUARD,
    why: "turns TLS certificate verification off for HTTP requests (man-in-the-middle, CWE-295)",
  },
  {
    id: "py.ssl_unverified_context",
    kind: "defense_evasion",
    lit: ["_create_unverified_context", "cert_none"],
    re:
      /\bssl\._create_(?:unverified|default_https)_context\s{0,8}=\s{0,8}ssl\._create_unverified_context|\bssl\._create_unverified_context\s{0,8}\(|\bverify_mode\s{0,8}=\s{0,8}ssl\.CERT_NONE\b|\bcheck_hostname\s{0,8}=\s{0,8}False\b[\s\S]{0,200}CERT_NONE/,
    not: DEV_GUARD,
    why: "disables TLS certificate checks for every HTTPS connection of the process",
  },
  {
    id: "py.urllib3_warnings_off_verify",
    kind: "defense_evasion",
    lit: "disable_warnings",
    re: /\burllib3\.disable_warnings\s{0,8}\([^\n]{0,80}InsecureRequestWarning/,
    also: /\bverify\s{0,8}=\s{0,8}False\b|CERT_NONE/,
    not: DEV_GUARD,
    why: "turns TLS verification off and silences the warning about it",
  },
  {
    id: "py.flask_debug_public",
    kind: "app_weakness",
    lit: ["app.run", "application.run", "server.run", "run_simple"],
    re:
      /\b(?:app|application|server)\.run\s{0,8}\([^\n)]{0,200}\bdebug\s{0,8}=\s{0,8}True\b|\brun_simple\s{0,8}\([^\n)]{0,200}use_debugger\s{0,8}=\s{0,8}True/,
    also: /\bhost\s{0,8}=\s{0,8}["'](?:0\.0\.0\.0|::)["']|["']0\.0\.0\.0["']/,
    why: "serves the Werkzeug debugger (a Python console) on every interface",
  },
  {
    id: "py.django_debug_prod",
    kind: "app_weakness",
    lit: ["debug =", "debug="],
    re: /^DEBUG\s{0,8}=\s{0,8}True\b/m,
    also:
      /\bALLOWED_HOSTS\s{0,8}=\s{0,8}\[\s{0,8}["']\*["']|\bprod(?:uction)?\b|SECURE_SSL_REDIRECT|DATABASES\s{0,8}=[\s\S]{0,400}(?:rds\.amazonaws|postgres(?:ql)?:\/\/[^\n]{0,60}@(?!localhost|127))/i,
    not: /settings[./\\](?:dev|local|test)|#\s{0,8}(?:dev|local)\b/i,
    why: "turns Django DEBUG on in production settings (tracebacks and settings shown to anyone)",
  },
  {
    id: "py.django_allowed_hosts_star_debug",
    kind: "app_weakness",
    lit: "allowed_hosts",
    re: /\bALLOWED_HOSTS\s{0,8}=\s{0,8}\[\s{0,8}["']\*["']\s{0,8}\]/,
    also: /\bSECRET_KEY\s{0,8}=\s{0,8}["'](?:django-insecure|changeme|secret|[a-z]{1,12}["'])/i,
    why: "accepts any Host header with a published or trivial Django SECRET_KEY",
  },
  {
    id: "py.django_csrf_removed",
    kind: "defense_evasion",
    lit: ["csrfviewmiddleware", "csrf_exempt"],
    re:
      /^\s{0,8}#\s{0,8}["']django\.middleware\.csrf\.CsrfViewMiddleware["']|@csrf_exempt\s{1,4}(?:@\w[^\n]{0,80}\s{1,4}){0,3}def\s{1,8}\w{0,40}(?:pay|transfer|withdraw|password|email|admin|delete|role|user|account|transfer|checkout|settings)/im,
    why: "turns off CSRF protection (globally, or on a state-changing account/payment view)",
  },
  {
    id: "py.drf_allowany_admin",
    kind: "privilege_escalation",
    lit: "allowany",
    re:
      /["']DEFAULT_PERMISSION_CLASSES["']\s{0,8}:\s{0,8}[[(]\s{0,8}["']rest_framework\.permissions\.AllowAny["']|class\s{1,8}\w{0,40}(?:Admin|Payment|Billing|User|Account|Refund|Payout|Role|Internal)\w{0,40}\s{0,8}\([^)\n]{0,120}\)\s{0,8}:[\s\S]{0,300}?permission_classes\s{0,8}=\s{0,8}[[(]\s{0,8}AllowAny\b|permission_classes\s{0,8}=\s{0,8}[[(]\s{0,8}AllowAny\b[\s\S]{0,400}?def\s{1,8}(?:destroy|delete|refund|payout|grant|promote|set_role|make_admin)/,
    why: "lets anonymous users call an admin, payment or account API (AllowAny)",
  },
  {
    id: "py.md5_password",
    kind: "app_weakness",
    lit: ["hashlib.md5", "hashlib.sha1"],
    re:
      /\bhashlib\.(?:md5|sha1)\s{0,8}\(\s{0,8}(?:[\w.]{0,30}password|pw|passwd|pwd)[\w.\[\]'"]{0,40}/i,
    why: "stores passwords as unsalted MD5/SHA-1 (cracked offline in seconds, CWE-916)",
  },
  {
    id: "py.random_token",
    kind: "app_weakness",
    lit: "random.",
    re:
      /\b(?:token|otp|reset_code|reset_token|api_key|session_id|password|secret|nonce|verification_code)\w{0,20}\s{0,8}=\s{0,8}[^\n]{0,80}\brandom\.(?:choice|choices|randint|random|getrandbits|sample)\s{0,8}\(/i,
    not: /\bSystemRandom\b|\bsecrets\./,
    why: "makes a security token with the predictable random module (use secrets)",
  },
  {
    id: "py.flask_secret_constant",
    kind: "app_weakness",
    lit: "secret_key",
    re:
      /\b(?:app\.secret_key|app\.config\[\s{0,8}["'](?:SECRET_KEY|JWT_SECRET_KEY)["']\s{0,8}\])\s{0,8}=\s{0,8}["'](?:|secret|changeme|dev|development|key|password|123456|supersecret|default|test)["']/i,
    not: DEV_GUARD,
    why: "signs sessions with an empty or well-known secret key (anyone can forge a session)",
  },
  {
    id: "py.xxe_lxml",
    kind: "app_weakness",
    lit: "xmlparser",
    re:
      /\bXMLParser\s{0,8}\([^)]{0,200}\b(?:resolve_entities\s{0,8}=\s{0,8}True|no_network\s{0,8}=\s{0,8}False|load_dtd\s{0,8}=\s{0,8}True)/,
    why: "parses XML with external entities or DTDs enabled (XXE: local files, SSRF)",
  },
  {
    id: "py.ssrf_requests_url",
    kind: "app_weakness",
    lit: ["requests.", "httpx.", "session.", "urlopen"],
    re: new RegExp(
      String
        .raw`\b(?:requests|httpx|session)\.(?:get|post|request)\s{0,8}\(\s{0,8}(?:${PY_HEAD})|\burllib\.request\.urlopen\s{0,8}\(\s{0,8}(?:${PY_HEAD})|\b(?:requests|httpx)\.get\s{0,8}\(\s{0,8}(?:url|target|link|endpoint|callback_url|webhook_url)\s{0,8}[,)]`,
    ),
    also: new RegExp(
      String
        .raw`(?:url|target|link|endpoint|callback_url|webhook_url)\s{0,8}=\s{0,8}(?:${PY_HEAD})|\(\s{0,8}(?:${PY_HEAD})`,
    ),
    not:
      /\bALLOWED_(?:HOSTS|DOMAINS)\b|\ballowlist\b|\bwhitelist\b|urlparse\([^\n]{0,80}\)\.(?:hostname|netloc)\s{0,8}(?:not\s{1,8})?in\b/i,
    why: "fetches whatever URL the request names (SSRF to internal services and cloud metadata)",
  },
  {
    id: "py.path_traversal_send_file",
    kind: "app_weakness",
    lit: ["send_file", "fileresponse", "open("],
    re: new RegExp(
      String
        .raw`\b(?:send_file|FileResponse|open)\s{0,8}\(\s{0,8}(?:os\.path\.join\s{0,8}\([^\n)]{0,80},\s{0,8})?(?:${PY_HEAD}|f["'][^"'\n]{0,80}\{(?:request|filename|name|path)[^}]{0,40}\})`,
    ),
    also: REQ,
    not:
      /\bsecure_filename\s{0,8}\(|\bsafe_join\s{0,8}\(|\bsend_from_directory\s{0,8}\(|\.resolve\(\)[^\n]{0,80}(?:is_relative_to|startswith)|os\.path\.(?:realpath|abspath)\([^\n]{0,80}\)[^\n]{0,40}startswith|\.\.["']\s{0,8}in\b/,
    why:
      "opens or serves a file path taken from the request without normalising it (path traversal)",
  },
  {
    id: "py.upload_no_check",
    kind: "app_weakness",
    lit: ".filename",
    re:
      /\b(?:f|file|upload|uploaded|request\.files\[[^\]\n]{1,40}\])\.save\s{0,8}\(\s{0,8}(?:os\.path\.join\s{0,8}\([^\n)]{0,80})?[^\n)]{0,80}\b(?:f|file|upload|uploaded)\.filename\b/,
    also: /\brequest\.files\b/,
    not: /\bsecure_filename\s{0,8}\(|\ballowed_file\s{0,8}\(|ALLOWED_EXTENSIONS/,
    why: "saves an uploaded file under the name the client chose, with no type or name check",
  },
];
