/**
 * Fourth pass from the public catalogues, for the shapes the earlier passes leave open (each
 * across the languages it is written in):
 *
 * - a password compared with a string literal inside a login (CWE-798 / CWE-259, semgrep
 *   `hardcoded-password-comparison`, ASVS V2.10.4) — any literal, not only "master"-like words;
 * - a request header compared with a literal that grants access or skips a signature check
 *   (CWE-290 authentication bypass by spoofing, CWE-798; a static "partner key" or "QA header");
 * - the whole request (all headers, the raw body) sent to an outside host by a logger or
 *   middleware (CWE-532 / CWE-201, ASVS V7.1.1: no credentials or session tokens in logs);
 * - code fetched over the network and run (`new Function(code)`, `vm.runInThisContext`,
 *   `exec(requests.get(…).text)`, `eval(file_get_contents('http…'))`: CWE-494 download of code
 *   without an integrity check, CWE-829);
 * - passwords stored with a fast unsalted digest in Python, Java, Ruby, Node, PHP array fields
 *   (CWE-916 / CWE-328, ASVS V2.4.1; Bandit B303/B324, find-sec-bugs WEAK_MESSAGE_DIGEST);
 * - upload allow-lists that admit server-executable extensions, WordPress `upload_mimes` adding
 *   PHP, upload capability granted to subscribers (CWE-434, ASVS V12.2);
 * - CSRF protection dropped for a whole application (Rails `skip_forgery_protection` in
 *   `ApplicationController`, Laravel `VerifyCsrfToken::$except = ['*']`: CWE-352, Brakeman);
 * - admin or export routes added to an authentication allow-list (`PUBLIC_PATHS`, `publicRoutes`,
 *   `excludedPaths`: CWE-862 missing authorization, OWASP A01);
 * - authentication switched off by an environment flag in a production deployment
 *   (`AUTH_DISABLED=true`, `ALLOW_ANONYMOUS_ADMIN`, `REQUIRE_AUTH=false`: CWE-306);
 * - SQL built from a request value held in one local variable (PHP string interpolation and
 *   concatenation, Python f-strings / `%` / `.format` / `+`: CWE-89 one-hop; Node template
 *   literals are `data.sql_fstring_request`).
 *
 * Each rule is (the construct) + (the insecure value or attacker-reachable input); the secure
 * value, test files, removed diff lines and documentation pass (see `_appsec.ts`).
 */
import type { AppsecRule } from "./_appsec_core.ts";
import { SEND_OUT } from "./_appsec_data.ts";

const r = String.raw;

/** A name of a password field or variable (English and common European spellings). */
const PW =
  r`(?:password|passwd|passwort|kennwort|pwd|passcode|passphrase|contrasena|contraseña|senha|mot_?de_?passe|wachtwoord|haslo|hasło)`;

/** A literal that looks like a real secret: 6–40 characters, no spaces, with a digit or symbol. */
const SECRET_LIT = r`["'](?=[^"'\s]{0,40}[\d!#$%&*@?+=-])[^"'\s]{6,40}["']`;

/** An absolute URL to a public host: not loopback, private ranges or internal suffixes. */
const OUTSIDE_URL =
  r`["'\x60]https?:\/\/(?!(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[|[\w.-]{0,80}\.(?:internal|local|lan|svc|corp|intranet|cluster\.local)\b))[\w.-]{1,100}\.[a-z]{2,24}(?:[:\/][^"'\x60\s]{0,200})?["'\x60]`;

/** A variable or field that holds a stored password (not a reset token's digest). */
const PWV =
  r`\b(?:self\.|user\.|this\.|@|\$this->|\$user->)?(?:hashed_?|encrypted_?|enc_)?(?:password|passwd|pwd)(?:_?hash|_?digest|Hash|Digest|_enc)?`;

/** Server-executable file extensions (PHP variants, JSP, ASP(X), CGI). */
const EXEC_EXT = r`(?:php[3-8]?|phtml|phar|pht|jsp|jspx|aspx?|ashx|asmx|cgi)`;

export const APPSEC4_KB_RULES: AppsecRule[] = [
  {
    id: "auth.password_equals_literal",
    kind: "privilege_escalation",
    lit: ["pass", "pwd", "kennwort", "contrase", "senha", "haslo", "hasło", "mot_de"],
    re: new RegExp(
      [
        // `password == "S3cret!"`, `form.password.data === 'x-2026'`, `$pass === "…"`
        r`${PW}\w{0,12}(?:\.data|\.value|\(\)|["']\])?\s{0,4}(?:===?|\.equals\s{0,4}\()\s{0,4}${SECRET_LIT}`,
        // `"S3cret!".equals(password)`, `'x' == $password`
        r`${SECRET_LIT}\s{0,4}(?:===?|\.equals\s{0,4}\()\s{0,4}[\w.$>-]{0,40}${PW}\b`,
      ].join("|"),
      "i",
    ),
    // … inside a login: a real password check or a sign-in call is there too.
    also:
      /\b(?:check_?password|verify_?password|checkpw|password_verify|bcrypt|argon2|scrypt|pbkdf2|hashpw|compare(?:Sync)?\s{0,4}\(|matches\s{0,4}\(|login(?:_user)?\s{0,4}\(|authenticate\s{0,4}\(|sign_?in|LocalStrategy|Auth::attempt|issue_?session|login_?form|LoginForm|def\s{1,4}login|function\s{1,4}login|validate_credentials)/i,
    // A rule that refuses a known default or weak value is the opposite (it raises / rejects).
    not:
      /(?:===?|\.equals\s{0,4}\()\s{0,4}["'][^"'\n]{6,40}["']\s{0,4}\)?\s{0,4}(?::|\{|\bthen\b)?\s{0,4}(?:#[^\n]{0,80})?\n?\s{0,12}(?:raise\b|throw\b|abort\s{0,4}\(\s{0,4}4|errors?\.|return\s{1,4}(?:False|false|res\.status\(\s{0,4}4))|\b(?:weak|default|common|banned|breached)_?passwords?\b|^\s{0,12}(?:assert|expect)\b[^\n]{0,80}(?:pass|pwd)/im,
    why:
      "accepts one hard-coded password for the login next to the real check: anyone who learns the string signs in as any account (CWE-798)",
  },
  {
    id: "auth.header_literal_grants",
    kind: "privilege_escalation",
    lit: ["header", "http_x_", "req.get("],
    re: new RegExp(
      [
        // JS/TS: req.headers['x-…'] === '…' / req.get('X-…') === '…' / req.header('x-…')
        r`\b(?:req|request|ctx|ctx\.request|c\.req)\.(?:headers\s{0,4}\[\s{0,4}|headers\.get\s{0,4}\(\s{0,4}|get\s{0,4}\(\s{0,4}|header\s{0,4}\(\s{0,4})["']x-(?!forwarded|requested-with|real-ip|http-method|request-id|correlation)[\w-]{2,40}["']\s{0,4}[\])]\s{0,4}===?\s{0,4}["'][^"'\s]{1,60}["']\s{0,4}\)?\s{0,4}\{?\s{0,4}(?:\/\/[^\n]{0,120})?\s{0,12}(?:return\s{1,4}(?:true|next\s{0,4}\(|handler)\b|next\s{0,4}\(\s{0,4}\)|(?:\w{1,30}\s{0,4}=\s{0,4})?JSON\.parse\s{0,4}\(\s{0,4}req\.(?:body|rawBody))`,
        // Python: request.headers.get('X-…') == '…' / request.META['HTTP_X_…'] == '…'
        r`\brequest\.(?:headers\.get\s{0,4}\(\s{0,4}|headers\s{0,4}\[\s{0,4}|META\.get\s{0,4}\(\s{0,4}|META\s{0,4}\[\s{0,4})["'](?:HTTP_)?x[-_](?!forwarded|requested|real)[\w-]{2,40}["']\s{0,4}[\])]\s{0,4}==\s{0,4}["'][^"'\s]{1,60}["']\s{0,4}:\s{0,4}(?:#[^\n]{0,120})?\s{0,12}(?:return\s{1,4}(?:True|None|f\s{0,4}\(|view_func|func\s{0,4}\(|await\s{1,4}call_next)|(?:\w{1,30}\s{0,4}=\s{0,4})?json\.loads\s{0,4}\(\s{0,4}request\.(?:body|data|get_data))`,
        // Go: r.Header.Get("X-…") == "…" { next.ServeHTTP
        r`\br\.Header\.Get\s{0,4}\(\s{0,4}"X-(?!Forwarded|Requested|Real)[\w-]{2,40}"\s{0,4}\)\s{0,4}==\s{0,4}"[^"\s]{1,60}"\s{0,4}\{\s{0,12}(?:\/\/[^\n]{0,120}\s{0,12})?(?:next\.ServeHTTP|return\s{1,4}true\b|h\.ServeHTTP)`,
        // PHP: $_SERVER['HTTP_X_…'] === '…'
        r`\$_SERVER\s{0,4}\[\s{0,4}["']HTTP_X_(?!FORWARDED|REQUESTED|REAL)\w{2,40}["']\s{0,4}\]\s{0,4}===?\s{0,4}["'][^"'\s]{1,60}["']\s{0,4}\)\s{0,4}\{?\s{0,12}(?:\/\/[^\n]{0,120}\s{0,12})?(?:return\s{1,4}(?:true|\$next)|wp_set_current_user|Auth::login(?:UsingId)?\s{0,4}\()`,
        // Java: "…".equals(request.getHeader("X-…")) → return true / chain.doFilter
        r`["'][^"'\s]{1,60}["']\s{0,4}\.equals\s{0,4}\(\s{0,4}request\.getHeader\s{0,4}\(\s{0,4}"X-(?!Forwarded|Requested|Real)[\w-]{2,40}"\s{0,4}\)\s{0,4}\)\s{0,4}\)\s{0,4}\{?\s{0,12}(?:\/\/[^\n]{0,120}\s{0,12})?(?:return\s{1,4}true\b|chain\.doFilter)`,
      ].join("|"),
      "i",
    ),
    why:
      "lets a request in (or skips the signature check) when it carries a fixed header value: anyone who sends that header is treated as trusted (CWE-290 / CWE-798)",
  },
  {
    id: "data.request_shipped_outside",
    kind: "data_exfiltration",
    lit: ["headers"],
    re: new RegExp(
      [
        // JS: axios.post('https://…', { headers: req.headers, body: req.body }) / a fetch call whose body holds req.headers
        r`\b(?:axios(?:\.(?:post|put|request))?|fetch|got(?:\.post)?|needle\s{0,4}\(\s{0,4}["']post["']\s{0,4},|superagent\.post|request\.post|ky\.post)\s{0,4}\(\s{0,4}${OUTSIDE_URL}[^;]{0,400}?\b(?:headers|hdrs|h)\s{0,4}:\s{0,4}(?:req|request|ctx\.request|ctx)\.headers\b(?!\s{0,4}[.\[])`,
        // Python: requests.post('https://…', json={'headers': dict(request.headers) …})
        r`\b(?:requests|httpx|session|client)\.(?:post|put)\s{0,4}\(\s{0,4}${OUTSIDE_URL}[^\n]{0,300}?["']headers["']\s{0,4}:\s{0,4}(?:dict\s{0,4}\(\s{0,4})?request\.(?:headers|META)\b(?!\s{0,4}[.\[])`,
      ].join("|"),
      "i",
    ),
    not: /\b(?:redact|sanitiz|scrub|mask|omit|pick)\w{0,20}\s{0,4}\(/i,
    why:
      "sends every request's full headers (cookies, Authorization) to an outside host: session tokens and credentials of all users leave the service (CWE-532 / CWE-201)",
  },
  {
    id: "supply.fetched_code_executed",
    kind: "supply_chain",
    lit: ["eval", "function", "runin", "vm.script", "exec", "instance_eval"],
    re: new RegExp(
      [
        // JS: const code = await res.text(); … new Function(…, code) / eval(code) / vm.runInThisContext(code)
        r`\b(?:const|let|var)\s{1,4}(\w{1,30})\s{0,4}=\s{0,4}await\s{1,4}\(?\s{0,4}(?:await\s{1,4}fetch\s{0,4}\([^;]{0,200}?\)\s{0,4}\)\s{0,4})?\w{0,20}\.text\s{0,4}\(\s{0,4}\)[\s\S]{0,400}?(?:\bnew\s{1,4}Function\s{0,4}\([^;]{0,160}?\b\1\s{0,4}\)|\beval\s{0,4}\(\s{0,4}\1\s{0,4}\)|\bvm\.(?:runInThisContext|runInNewContext|runInContext|compileFunction)\s{0,4}\(\s{0,4}\1\b|\bnew\s{1,4}vm\.Script\s{0,4}\(\s{0,4}\1\b)`,
        // JS direct: eval of the awaited text of a fetch call
        r`\b(?:eval|new\s{1,4}Function|vm\.runIn\w{0,12}Context)\s{0,4}\(\s{0,4}await\s{1,4}\(?\s{0,4}await\s{1,4}fetch\s{0,4}\(`,
        // Python: exec(requests.get(…).text) / exec(urlopen(…).read()) / src = requests.get(…).text … exec(src)
        r`\bexec\s{0,4}\(\s{0,4}(?:requests|httpx)\.get\s{0,4}\([^)\n]{1,200}\)\s{0,4}\.(?:text|content)|\bexec\s{0,4}\(\s{0,4}(?:urllib\.request\.)?urlopen\s{0,4}\([^)\n]{1,200}\)\s{0,4}\.read\s{0,4}\(`,
        r`\b(\w{1,30})\s{0,4}=\s{0,4}(?:requests|httpx)\.get\s{0,4}\([^)\n]{1,200}\)\s{0,4}\.(?:text|content)\b[\s\S]{0,300}?\bexec\s{0,4}\(\s{0,4}(?:compile\s{0,4}\(\s{0,4})?\2\b`,
        // PHP: eval(file_get_contents('http…')) / eval('?>' . file_get_contents('https://…'))
        r`\beval\s{0,4}\(\s{0,4}(?:["']\?>["']\s{0,4}\.\s{0,4})?(?:file_get_contents|wp_remote_retrieve_body|curl_exec)\s{0,4}\(\s{0,4}(?:["']https?:|wp_remote_get|\$ch\b)`,
        // Ruby: eval(Net::HTTP.get(…)) / eval(URI.open(…).read)
        r`\b(?:eval|instance_eval|class_eval)\s{0,4}\(?\s{0,4}(?:Net::HTTP\.get|URI\.open|open-uri|HTTParty\.get|Faraday\.get)\b`,
      ].join("|"),
    ),
    // An integrity check on what was fetched (a pinned digest, a signature) is the fix.
    not:
      /\b(?:integrity|verify_?signature|verifySignature|createVerify|crypto\.verify|sha256|sha384|sha512|hmac|checksum|digest)\b/i,
    why:
      "downloads code at run time and executes it with the application's privileges: whoever controls that host or the network path runs code in the service (CWE-494)",
  },
  {
    id: "crypto.password_fast_digest",
    kind: "app_weakness",
    lit: ["md5", "sha1"],
    re: new RegExp(
      [
        // Python: self.password_hash = hashlib.md5(raw…).hexdigest() / password=hashlib.sha1(…)
        r`${PWV}\s{0,4}=\s{0,4}hashlib\.(?:md5|sha1)\s{0,4}\(`,
        // Java: setPassword(DigestUtils.md5Hex(…)) / password = DigestUtils.sha1Hex(…)
        r`(?:\bset(?:Password|PasswordHash|Pwd)\s{0,4}\(|${PWV}\s{0,4}=)\s{0,4}DigestUtils\.(?:md5|sha1|sha)(?:Hex)?\s{0,4}\(`,
        // Ruby: self.password_digest = Digest::MD5.hexdigest(…)
        r`${PWV}\s{0,4}=\s{0,4}Digest::(?:MD5|SHA1)\.(?:hexdigest|digest|base64digest)\b`,
        // PHP/Laravel array field: 'password' => md5($data['password']) / sha1(…)
        r`["'](?:password|passwd|pwd|password_hash)["']\s{0,4}=>\s{0,4}(?:md5|sha1|hash\s{0,4}\(\s{0,4}["'](?:md5|sha1)["']\s{0,4},)\s{0,4}\(?\s{0,4}\$`,
        // Node: password: crypto.createHash('md5').update(…)
        r`\b(?:password|passwd|pwd|passwordHash|password_hash)\s{0,4}[:=]\s{0,4}(?:await\s{1,4})?crypto\.createHash\s{0,4}\(\s{0,4}["'](?:md5|sha1)["']\s{0,4}\)\s{0,4}\.update\s{0,4}\(`,
      ].join("|"),
      "i",
    ),
    // A keyed or iterated construction wrapped around the digest (PBKDF2, HMAC) is not a bare one.
    not: /\b(?:pbkdf2|hmac|bcrypt|argon2|scrypt|password_hash\s{0,4}\(|Hash::make)\b/i,
    why:
      "stores passwords as a fast unsalted digest (MD5/SHA): a leaked table is cracked in minutes (CWE-916; use bcrypt/argon2/scrypt/PBKDF2)",
  },
  {
    id: "upload.executable_extension_allowed",
    kind: "app_weakness",
    lit: ["upload_mimes", "allowed", "upload_files", "whitelist", "permitted"],
    re: new RegExp(
      [
        // WordPress: $mimes['php'] = '…' inside an upload_mimes filter
        r`\bupload_mimes\b[\s\S]{0,300}?\$\w{1,20}\s{0,4}\[\s{0,4}["']${EXEC_EXT}(?:\|\w{1,8}){0,4}["']\s{0,4}\]\s{0,4}=`,
        // WordPress: the upload capability granted to subscribers / contributors
        r`\bget_role\s{0,4}\(\s{0,4}["'](?:subscriber|customer|contributor)["']\s{0,4}\)\s{0,4}->\s{0,4}add_cap\s{0,4}\(\s{0,4}["'](?:upload_files|unfiltered_upload|unfiltered_html|edit_plugins|install_plugins|edit_files)["']`,
        // Allow-lists: ALLOWED_EXTENSIONS = {…, 'php'}, allowed_types = 'gif|jpg|php', allowedExtensions: ['.jsp']
        r`\b(?:ALLOWED_EXTENSIONS|ALLOWED_EXTS|allowed_?extensions|allowedExtensions|allowed_?types|allowedTypes|allowed_?file_?types|allowedFileTypes|PERMITTED_EXTENSIONS|permitted_?extensions|UPLOAD_(?:WHITELIST|ALLOWED)\w{0,12}|extension_whitelist|extensionWhitelist)\b["']?\]?\s{0,4}(?:=|:|=>)\s{0,4}(?:set\s{0,4}\(\s{0,4})?[\[{(]?[^\n\])}]{0,200}?["'|,]\s{0,4}\.?${EXEC_EXT}\s{0,4}["'|,]`,
      ].join("|"),
      "i",
    ),
    not:
      /\bunset\s{0,4}\(\s{0,4}\$\w{1,20}\s{0,4}\[\s{0,4}["']php|\b(?:BLOCKED|DENIED|FORBIDDEN|DISALLOWED|blocked|denied|forbidden|disallowed|dangerous|blacklist|blocklist)_?(?:extensions|exts|types)/,
    why:
      "lets users upload server-executable files (PHP/JSP/ASPX) or grants the upload capability to ordinary accounts: an uploaded web shell runs on the server (CWE-434)",
  },
  {
    id: "csrf.disabled_app_wide",
    kind: "defense_evasion",
    lit: ["skip_forgery_protection", "$except", "csrf"],
    re: new RegExp(
      [
        // Rails: skip_forgery_protection in the base controller, with no only:/if: scope
        r`class\s{1,4}ApplicationController\b[\s\S]{0,400}?^\s{0,8}\+?\s{0,4}skip_forgery_protection\b(?![^\n]{0,40}\b(?:only|if|unless)\s{0,2}:)`,
        // Laravel: VerifyCsrfToken $except = ['*'] / ['/*']
        r`\bVerifyCsrfToken\b[\s\S]{0,400}?\$except\s{0,4}=\s{0,4}\[\s{0,16}(?:\/\/[^\n]{0,80}\s{0,16})?["']\/?\*["']`,
        // Laravel 11: validateCsrfTokens(except: ['*'])
        r`\bvalidateCsrfTokens\s{0,4}\(\s{0,4}except\s{0,4}:\s{0,4}\[\s{0,4}["']\/?\*["']`,
        // Django: CsrfViewMiddleware commented out / removed is undecidable; a global exempt decorator is not:
        r`\bCSRF_(?:TRUSTED_ORIGINS)\s{0,4}=\s{0,4}\[\s{0,4}["']https?:\/\/\*["']`,
      ].join("|"),
      "m",
    ),
    not:
      /config\/environments\/test|Rails\.env\.test\?|app\.runningUnitTests|ApiController\s{0,4}<\s{0,4}ActionController::API/,
    why:
      "turns cross-site request forgery protection off for the whole application: any site a logged-in user visits can submit its forms (CWE-352)",
  },
  {
    id: "authz.admin_path_made_public",
    kind: "privilege_escalation",
    lit: ["public", "allow", "whitelist", "exclude", "ignore", "anonymous", "unprotected", "skip"],
    re: new RegExp(
      r`\b(?:PUBLIC_(?:PATHS|ROUTES|URLS|ENDPOINTS)|public(?:Paths|Routes|Urls|Endpoints|_paths|_routes|_urls)|(?:AUTH_)?(?:ALLOW|WHITE)_?LIST(?:ED)?_?(?:PATHS|ROUTES|URLS)?|(?:allow|white)[lL]ist(?:ed)?(?:Paths|Routes|Urls)?|(?:EXCLUDED|IGNORED|SKIP_AUTH|UNPROTECTED|ANONYMOUS)_(?:PATHS|ROUTES|URLS)|(?:excluded|ignored|unprotected|anonymous|skipAuth|noAuth)(?:Paths|Routes|Urls)|LOGIN_EXEMPT_URLS|AUTH_EXEMPT_\w{0,12})\b["']?\s{0,4}(?::\s{0,4}[\w<>\[\]]{1,30}\s{0,4})?(?:=|:|=>)\s{0,4}(?:\[|\(|\{|new\s{1,4}Set\s{0,4}\(\s{0,4}\[|Set\.of\s{0,4}\(|List\.of\s{0,4}\(|Arrays\.asList\s{0,4}\()[^\]\)}]{0,400}?["'^]\/?(?:api\/)?(?:v\d\/)?(?:admin|internal-admin|backoffice|superadmin|exports?)(?:\/\*{1,2}|\/\.\*|\/)?["'$]`,
    ),
    why:
      "adds the admin / export API to the list of paths that need no session: anyone can call it without logging in (CWE-862 / CWE-306)",
  },
  {
    id: "authz.auth_off_by_env_in_prod",
    kind: "defense_evasion",
    lit: ["auth", "anonymous", "login_required"],
    re: new RegExp(
      [
        r`["']?\b(?:AUTH_DISABLED|DISABLE_AUTH(?:ENTICATION|ORIZATION)?|AUTHN?_OFF|SKIP_AUTH(?:ENTICATION|_CHECK)?|BYPASS_AUTH(?:ENTICATION)?|NO_AUTH|ALLOW_ANONYMOUS(?:_(?:ADMIN|ACCESS|WRITE|API|ALL))?|ANONYMOUS_(?:ADMIN|ACCESS)|INSECURE_DISABLE_AUTH\w{0,12})\b["']?\s{0,4}(?:=|:)\s{0,4}["']?(?:true|1|yes|on)\b["']?`,
        r`["']?\b(?:AUTH_ENABLED|AUTHENTICATION_ENABLED|REQUIRE_AUTH(?:ENTICATION)?|LOGIN_REQUIRED|ENABLE_AUTH(?:ENTICATION)?|AUTH_REQUIRED)\b["']?\s{0,4}(?:=|:)\s{0,4}["']?(?:false|0|no|off)\b["']?`,
        // YAML env lists: - name: DISABLE_AUTH \n value: "true"
        r`(?:name|key)\s{0,4}:\s{0,4}["']?(?:AUTH_DISABLED|DISABLE_AUTH\w{0,16}|SKIP_AUTH\w{0,16}|BYPASS_AUTH\w{0,16}|NO_AUTH|ALLOW_ANONYMOUS(?:_(?:ADMIN|ACCESS|WRITE|API|ALL))?)["']?\s{0,4}\n\s{0,12}value\s{0,4}:\s{0,4}["']?(?:true|1|yes|on)\b`,
      ].join("|"),
    ),
    // … in a production deployment, not a local / test one.
    also: /\bprod(?:uction)?\b/i,
    not:
      /\b(?:environment|env|stage|NODE_ENV|APP_ENV|RAILS_ENV|FLASK_ENV|ASPNETCORE_ENVIRONMENT)["']?\s{0,4}[:=]\s{0,4}["']?(?:dev|development|local|test|testing|ci|e2e)\b|docker-compose\.(?:dev|local|test)|\.env\.(?:example|sample|test|local)/i,
    why:
      "deploys a production service with authentication switched off by a flag: every endpoint, admin ones included, answers anonymous callers (CWE-306)",
  },
  {
    id: "sql.request_var_interpolated",
    kind: "app_weakness",
    lit: [
      "$_get",
      "$_post",
      "$_request",
      "$request->",
      "request.get",
      "request.post",
      "request.args",
      "request.form",
      "request.values",
      "request.query_params",
      "request.json",
    ],
    re: new RegExp(
      [
        // PHP: $q = $_GET['q']; … "SELECT … $q …" / "SELECT … '" . $q
        r`(\$\w{1,30})\s{0,4}=\s{0,4}(?:trim\s{0,4}\(\s{0,4})?(?:\$_(?:GET|POST|REQUEST|COOKIE)\s{0,4}\[|\$request->(?:input|get|query|post)\s{0,4}\()[^;\n]{0,80};[\s\S]{0,600}?(?:"(?:SELECT|UPDATE|DELETE|INSERT)\b[^"\n;]{0,300}?(?:\1\b|\{\1\})|["'](?:SELECT|UPDATE|DELETE|INSERT)\b[^\n;]{0,300}?["']\s{0,4}\.\s{0,4}\1\b)`,
        // Python: x = request.GET.get('x') … execute(f"… {x} …") / execute("… %s" % x) / .format(x)
        r`\b(\w{1,30})\s{0,4}=\s{0,4}request\.(?:GET|POST|args|form|values|query_params|json)\b[^\n]{0,80}\n[\s\S]{0,600}?\.(?:execute|executescript|raw|text)\s{0,4}\(\s{0,4}(?:\n\s{0,16})?(?:f["'](?:SELECT|UPDATE|DELETE|INSERT|WITH)\b(?:[^\n]|\n\s{0,16}f?["']){0,300}?\{\2\}|["'](?:SELECT|UPDATE|DELETE|INSERT|WITH)\b[^\n]{0,300}?["']\s{0,4}(?:%\s{0,4}\(?\s{0,4}\2\b|\.format\s{0,4}\([^)\n]{0,60}\b\2\b|\+\s{0,4}\2\b))`,
      ].join("|"),
      "i",
    ),
    // a value forced to a number or run through the driver's escaping is no longer free text
    not:
      /\b(?:intval|\(int\)|ctype_digit|is_numeric|mysqli_real_escape_string|->quote\s{0,4}\(|parseInt|Number\s{0,4}\(|escape\s{0,4}\(|int\s{0,4}\(\s{0,4}request)/i,
    why:
      "builds an SQL statement from a request value kept in a local variable: the caller rewrites the query and reads or changes any row (CWE-89)",
  },
  {
    id: "ssti.request_var_in_template_source",
    kind: "app_weakness",
    lit: [
      "render_template_string",
      "template(",
      "from_string",
      "compile(",
      "render(",
      "renderstring(",
    ],
    re: new RegExp(
      [
        // Flask/Jinja: name = request.args.get('n') … render_template_string('…' + name) / f"…{name}…"
        r`\b(\w{1,30})\s{0,4}=\s{0,4}request\.(?:args|form|values|json|GET|POST|cookies|headers)\b[^\n]{0,80}\n[\s\S]{0,600}?\b(?:render_template_string|Template|from_string|Environment\s{0,4}\([^)\n]{0,80}\)\.from_string)\s{0,4}\(\s{0,4}(?:f["'][^\n]{0,200}?\{\1\}|["'][^"'\n]{0,200}["']\s{0,4}(?:\+\s{0,4}\1\b|%\s{0,4}\(?\s{0,4}\1\b|\.format\s{0,4}\([^)\n]{0,60}\b\1\b)|\1\s{0,4}[,)+])`,
        // Node: const t = req.query.t … pug.compile(t) / ejs.render(t) / Handlebars.compile(t) / nunjucks.renderString(t)
        r`\b(?:const|let|var)\s{1,4}(\w{1,30})\s{0,4}=\s{0,4}(?:req|request|ctx\.request|ctx)\.(?:query|body|params)\b[^;\n]{0,60}[\s\S]{0,600}?\b(?:pug|jade|ejs|Handlebars|handlebars|nunjucks|_|lodash|doT|Mustache|Twig|twig)\.(?:compile|render|renderString|template)\s{0,4}\(\s{0,4}\2\b`,
      ].join("|"),
    ),
    why:
      "compiles a template from text the caller sends: template syntax in it runs on the server (server-side template injection, CWE-1336)",
  },
  {
    id: "path.request_var_joined_into_file_path",
    kind: "app_weakness",
    lit: [
      "send_file",
      "send_from",
      "open(",
      "sendfile",
      "readfile",
      "createreadstream",
      "fileresponse",
      "unlink",
      "remove(",
    ],
    re: new RegExp(
      [
        // Python: f = request.args.get('f') … send_file(os.path.join(BASE, f)) / open(os.path.join(…, f))
        r`\b(\w{1,30})\s{0,4}=\s{0,4}request\.(?:args|form|values|json|GET|POST|query_params)\b[^\n]{0,80}\n[\s\S]{0,600}?\b(?:send_file|FileResponse|open|os\.remove|os\.unlink|shutil\.rmtree)\s{0,4}\(\s{0,4}(?:os\.path\.join\s{0,4}\([^)\n]{0,120}\b\1\s{0,4}\)|f["'][^"'\n]{0,120}\{\1\}|["'][^"'\n]{1,120}["']\s{0,4}\+\s{0,4}\1\b|(?:Path|pathlib\.Path)\s{0,4}\([^)\n]{0,80}\)\s{0,4}\/\s{0,4}\1\b)`,
        // Node: const f = req.query.f … res.sendFile(path.join(dir, f)) / fs.readFile(path.join(…, f))
        r`\b(?:const|let|var)\s{1,4}(?:\{\s{0,4}(\w{1,30})[^}]{0,60}\}|(\w{1,30}))\s{0,4}=\s{0,4}(?:req|request|ctx\.request|ctx)\.(?:query|body|params)\b[^;\n]{0,60}[\s\S]{0,600}?\b(?:sendFile|download|readFile|readFileSync|createReadStream|unlink|unlinkSync|rm|rmSync)\s{0,4}\(\s{0,4}(?:path\.(?:join|resolve)\s{0,4}\([^)\n]{0,120}\b(?:\3|\4)\s{0,4}\)|\x60[^\x60\n]{0,120}\$\{(?:\3|\4)\}\x60)`,
      ].join("|"),
    ),
    // a containment check on the resolved path, or a basename-only / secure_filename value
    not:
      /\b(?:secure_filename|safe_join|send_from_directory|basename|startsWith|startswith|is_relative_to|commonpath|realpath|relative_to|normalize\s{0,4}\([^)\n]{0,80}\)\s{0,4}\.startsWith|includes\s{0,4}\(\s{0,4}["']\.\.["'])/,
    why:
      "joins a file name from the request into a server path without a containment check: `../` reads or deletes any file the service can reach (CWE-22)",
  },
  {
    id: "archive.entry_name_joined_unchecked",
    kind: "app_weakness",
    lit: ["f.name", "getname", "entry.path", "entry.name", "header.name", "entryname", "filename"],
    re: new RegExp(
      [
        // Go: filepath.Join(dest, f.Name) / hdr.Name (zip, tar)
        r`\bfilepath\.Join\s{0,4}\(\s{0,4}\w{1,30}\s{0,4},\s{0,4}(?:f|file|zf|hdr|header|h|entry)\.Name\s{0,4}\)`,
        // Java: new File(destDir, entry.getName()) / Paths.get(dest, entry.getName()) / dest.resolve(entry.getName())
        r`(?:\bnew\s{1,4}File\s{0,4}\(\s{0,4}\w{1,30}\s{0,4},|\bPaths\.get\s{0,4}\(\s{0,4}\w{1,30}\s{0,4},|\.resolve\s{0,4}\()\s{0,4}(?:zipEntry|entry|ze|e|tarEntry|zEntry)\.getName\s{0,4}\(\s{0,4}\)\s{0,4}\)`,
        // Node: path.join(dest, entry.path) / entry.fileName (unzipper / yauzl / tar-stream)
        r`\bpath\.(?:join|resolve)\s{0,4}\(\s{0,4}\w{1,30}\s{0,4},\s{0,4}(?:entry|header|file)\.(?:path|fileName|name)\s{0,4}\)`,
      ].join("|"),
    ),
    // … and the entry is written there (a path only logged or listed is not)
    also:
      /\b(?:os\.(?:Create|OpenFile|MkdirAll|WriteFile)|createWriteStream|writeFile(?:Sync)?|FileOutputStream|Files\.(?:copy|write|newOutputStream|createDirectories)|transferTo|io\.Copy)\b/,
    // the classic check: the resolved path must stay under the destination
    not:
      /\b(?:HasPrefix|startsWith|startswith|getCanonicalPath|normalize\s{0,4}\(\s{0,4}\)\s{0,4}\.startsWith|toRealPath|is_relative_to|IsLocal|filepath\.Rel|ErrInsecurePath|contains\s{0,4}\(\s{0,4}["']\.\.["']|includes\s{0,4}\(\s{0,4}["']\.\.["']|Contains\s{0,4}\([^)\n]{0,40}["']\.\.["'])/,
    why:
      "writes archive entries to a path built from the entry's own name with no check that it stays in the target folder: a `../` entry overwrites any file (zip slip, CWE-22)",
  },
  {
    id: "webhook.payment_event_unverified",
    kind: "app_weakness",
    lit: ["webhook", "/hooks", "/ipn", "notify"],
    re: new RegExp(
      [
        // JS: const event = req.body … event.type === 'checkout.session.completed' → markPaid
        r`\b(?:const|let|var)\s{1,4}(\w{1,20})\s{0,4}=\s{0,4}(?:req\.body|JSON\.parse\s{0,4}\(\s{0,4}req\.(?:body|rawBody)(?:\.toString\(\))?\s{0,4}\))\s{0,4};?[\s\S]{0,400}?\b\1\.(?:type|event_type|event)\s{0,4}===?\s{0,4}["'](?:checkout\.session\.completed|payment_intent\.succeeded|invoice\.paid|invoice\.payment_succeeded|charge\.succeeded|PAYMENT\.CAPTURE\.COMPLETED|PAYMENT\.SALE\.COMPLETED|orders\/paid|order\.paid|payment\.paid|payment\.captured|subscription\.activated)["']`,
        // Python: event = request.json / json.loads(request.data) … event['type'] == 'checkout.session.completed'
        r`\b(\w{1,20})\s{0,4}=\s{0,4}(?:request\.(?:json|get_json\s{0,4}\(\s{0,4}\)|data)|json\.loads\s{0,4}\(\s{0,4}request\.(?:body|data|get_data\s{0,4}\(\s{0,4}\)))[\s\S]{0,400}?\b\2\s{0,4}(?:\[\s{0,4}["'](?:type|event_type)["']\s{0,4}\]|\.get\s{0,4}\(\s{0,4}["'](?:type|event_type)["']\s{0,4}\))\s{0,4}==\s{0,4}["'](?:checkout\.session\.completed|payment_intent\.succeeded|invoice\.paid|invoice\.payment_succeeded|charge\.succeeded|PAYMENT\.CAPTURE\.COMPLETED|PAYMENT\.SALE\.COMPLETED|orders\/paid|order\.paid|payment\.paid|payment\.captured|subscription\.activated)["']`,
      ].join("|"),
    ),
    // a signature check anywhere in the handler (Stripe constructEvent, an HMAC compare, a verify call)
    not:
      /\b(?:constructEvent|construct_event|verify\w{0,20}|Webhook\.construct|hmac|signature|timingSafeEqual|compare_digest|validateWebhook|validate_webhook)\b/i,
    why:
      "marks orders paid from a payment webhook whose body is never verified (no signature check): anyone can post a forged 'payment succeeded' event (CWE-345)",
  },
  {
    id: "token.predictable_reset_token",
    kind: "app_weakness",
    lit: ["md5", "sha1", "sha256", "createhash", "uniqid"],
    re: new RegExp(
      [
        // Python: token = hashlib.md5((user.email + str(time.time())).encode()).hexdigest()
        r`\b\w{0,20}(?:token|reset|code|nonce|otp|magic|verify|verification|invite)\w{0,12}\s{0,4}=\s{0,4}hashlib\.(?:md5|sha1|sha256)\s{0,4}\(\s{0,4}\(?\s{0,4}(?:f["'][^\n]{0,120}|[^\n]{0,120}?)\b(?:email|username|user_?id|user\.id|login)\b[^\n]{0,120}?\b(?:time\.time|datetime\.now|datetime\.utcnow|timezone\.now|int\s{0,4}\(\s{0,4}time)\b`,
        // Node: token = crypto.createHash('md5').update(user.email + Date.now())
        r`\b\w{0,20}(?:token|reset|code|nonce|otp|magic|verify|verification|invite)\w{0,12}\s{0,4}=\s{0,4}crypto\.createHash\s{0,4}\(\s{0,4}["'](?:md5|sha1|sha256)["']\s{0,4}\)\s{0,4}\.update\s{0,4}\([^\n)]{0,120}\b(?:email|username|userId|user\.id|login)\b[^\n)]{0,120}\b(?:Date\.now|new\s{1,4}Date|getTime)\b`,
        // PHP: $token = md5($email . time()) / sha1($user->id . microtime()) / uniqid()
        r`\$\w{0,20}(?:token|reset|code|nonce|otp|magic|verify|invite)\w{0,12}\s{0,4}=\s{0,4}(?:md5|sha1|hash\s{0,4}\(\s{0,4}["']sha256["']\s{0,4},)\s{0,4}\(?[^\n;]{0,120}\$\w{0,20}(?:email|user|login|id)\w{0,12}[^\n;]{0,60}\b(?:time|microtime|date)\s{0,4}\(|\$\w{0,20}(?:token|reset|otp|nonce)\w{0,12}\s{0,4}=\s{0,4}(?:md5\s{0,4}\(\s{0,4})?uniqid\s{0,4}\(`,
      ].join("|"),
      "i",
    ),
    // a random component in the hashed input makes it unguessable
    not:
      /\b(?:secrets\.|token_(?:hex|urlsafe|bytes)|randomBytes|random_bytes|openssl_random_pseudo_bytes|SecureRandom|urandom|uuid4|randomUUID|random_int)\b/,
    why:
      "derives a reset / verification token from the user's e-mail or id and the time: anyone who knows the address can compute it and take the account over (CWE-330 / CWE-640)",
  },
  {
    id: "massassign.user_serializer_all_fields",
    kind: "privilege_escalation",
    lit: ["__all__"],
    re:
      /\bclass\s{1,4}\w{1,60}\s{0,4}\(\s{0,4}(?:serializers\.)?(?:ModelSerializer|HyperlinkedModelSerializer|forms\.ModelForm|ModelForm)\s{0,4}\)\s{0,4}:[\s\S]{0,300}?\bmodel\s{0,4}=\s{0,4}(?:(?:User|CustomUser|Account|Member|UserProfile|Profile)\b|get_user_model\s{0,4}\(\s{0,4}\))[\s\S]{0,200}?\bfields\s{0,4}=\s{0,4}["']__all__["']/,
    // read-only serializers and explicit exclusions of the privilege fields are the fix
    not:
      /\bread_only_fields\b|\bexclude\s{0,4}=|ReadOnlyModelViewSet|\bread_only\s{0,4}=\s{0,4}True/,
    why:
      "exposes every field of the user model to writes (is_staff, is_superuser, groups, password): a user can make themselves an administrator (mass assignment, CWE-915)",
  },
  {
    // The card skimmer of `data.card_fields_sent_out` when the shop names its fields with
    // underscores (Magento/Braintree `cc_number`, `cc_cid`, OpenCart `cc_cvv2`), which that rule's
    // field list (`cc-number`, `card_number`, `cvv`) does not hold (PCI DSS 6.4.3 / 11.6.1).
    id: "skimmer.cc_underscore_fields_sent_out",
    kind: "credential_theft",
    lit: [
      "cc_number",
      "cc_num",
      "cc_cid",
      "cc_cvv",
      "cc_cvc",
      "cc_csc",
      "ccnum",
      "cc_exp",
      "cc_owner",
    ],
    re: new RegExp(
      r`(?:\$\(|jQuery\(|querySelector(?:All)?\s{0,4}\(|getElementById\s{0,4}\(|getElementsByName\s{0,4}\()[^)\n]{0,80}(?:cc_(?:number|num|cid|cvv2?|cvc|csc)|ccnum)[\s\S]{0,800}?${SEND_OUT}|${SEND_OUT}[\s\S]{0,800}?(?:\$\(|jQuery\(|querySelector(?:All)?\s{0,4}\(|getElementById\s{0,4}\(|getElementsByName\s{0,4}\()[^)\n]{0,80}(?:cc_(?:number|num|cid|cvv2?|cvc|csc)|ccnum)`,
      "i",
    ),
    why:
      "page script reads payment-card fields (number, CVV) and sends them to an outside host: a card skimmer",
  },
];

/** An authentication-off flag set on, as the whole-call view writes a key and its value. */
const CALL_AUTH_OFF = new RegExp(
  [
    r`^["']?(?:AUTH_DISABLED|DISABLE_AUTH(?:ENTICATION|ORIZATION)?|AUTHN?_OFF|SKIP_AUTH(?:ENTICATION|_CHECK)?|BYPASS_AUTH(?:ENTICATION)?|NO_AUTH|ALLOW_ANONYMOUS(?:_(?:ADMIN|ACCESS|WRITE|API|ALL))?|ANONYMOUS_(?:ADMIN|ACCESS))["']?\n["']?(?:true|1|yes|on)["']?$`,
    r`^["']?(?:AUTH_ENABLED|AUTHENTICATION_ENABLED|REQUIRE_AUTH(?:ENTICATION)?|LOGIN_REQUIRED|ENABLE_AUTH(?:ENTICATION)?|AUTH_REQUIRED)["']?\n["']?(?:false|0|no|off)["']?$`,
  ].join("|"),
  "m",
);
/** A production target in the call view (an environment / stage value, a prod name). */
const CALL_PROD = /^(?:prod|production|prd|live)$|\bprod(?:uction)?\b/im;
/** A development / test target in the call view. */
const CALL_DEV =
  /^(?:environment|env|stage|target|NODE_ENV|APP_ENV)\n["']?(?:dev|development|local|test|testing|ci|e2e|preview)["']?$/im;

/**
 * True when a deployment call (its whole-call view: keys and values on their own lines) sets an
 * authentication-off flag for a production target (`env: {AUTH_DISABLED: "true"}` with
 * `environment: production`) — the key and its value sit in one object, so no single value
 * shows it.
 */
export function authOffInProdCall(text: string): boolean {
  if (text.length < 16 || !/auth|anonymous|login_required/i.test(text)) return false;
  return CALL_AUTH_OFF.test(text) && CALL_PROD.test(text) && !CALL_DEV.test(text);
}
