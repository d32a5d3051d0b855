/**
 * Application weaknesses in Node.js / TypeScript web code (Express, Koa, Next.js, NestJS) and in
 * browser code: command, code and deserializer sinks fed by request input, TLS verification off,
 * permissive CORS with credentials, security middleware removed, DOM sinks fed by the URL.
 */
import { type AppsecRule, DEV_GUARD, JS_HEAD, REQ_JS_RE } from "./_appsec_core.ts";

const REQ = REQ_JS_RE;

/** Where request input shows up in Node/JS code: the gate literals of the request-input rules. */
const JS_INPUT = [
  "req.",
  "request.",
  "ctx.",
  "c.req",
  "event.",
  "searchparams.get",
  "@query",
  "@body",
  "@param",
  "location.",
  "formdata.get",
];

export const NODE_RULES: AppsecRule[] = [
  {
    id: "js.child_process_request",
    kind: "app_weakness",
    lit: ["exec(", "execsync(", "spawn"],
    re: new RegExp(
      String
        .raw`\b(?:exec|execSync|child_process\.exec|cp\.exec)\s{0,8}\(\s{0,8}(?:\x60[^\x60\n]{0,200}\$\{|["'][^"'\n]{0,120}["']\s{0,8}\+|${JS_HEAD})|\bspawn(?:Sync)?\s{0,8}\([^\n]{0,200}\bshell\s{0,8}:\s{0,8}true`,
    ),
    also: REQ,
    not: /\bexecFile(?:Sync)?\s{0,8}\(\s{0,8}["'][\w./-]{1,40}["']\s{0,8},\s{0,8}\[/,
    why: "runs a shell command built from request input (command injection, CWE-78)",
  },
  {
    id: "js.eval_request",
    kind: "app_weakness",
    lit: JS_INPUT,
    re: new RegExp(
      String
        .raw`(?<![\w.])eval\s{0,8}\(\s{0,8}(?:${JS_HEAD})|\bnew Function\s{0,8}\([^\n)]{0,80}(?:${JS_HEAD})|\bvm\.(?:runInNewContext|runInThisContext|runInContext|Script)\s{0,8}\(\s{0,8}(?:${JS_HEAD})|\bset(?:Timeout|Interval)\s{0,8}\(\s{0,8}(?:${JS_HEAD})`,
    ),
    also: REQ_JS_RE,
    why: "evaluates request input as JavaScript (code injection, CWE-95)",
  },
  {
    id: "js.eval_var_request",
    kind: "app_weakness",
    lit: ["eval(", "new function", "runinnewcontext"],
    re:
      /(?<![\w.])eval\s{0,8}\(\s{0,8}(?:expr|code|formula|input|payload|script|body|query|q|cmd|calc|expression)\s{0,8}\)|\bnew Function\s{0,8}\([^\n)]{0,40}\b(?:expr|expression|code|formula|input|payload|script|body)\s{0,8}\)|\bvm\.runInNewContext\s{0,8}\(\s{0,8}(?:expr|code|input|payload|script)\b/,
    also: new RegExp(
      String
        .raw`(?:expr|code|formula|input|payload|script|body|query|q|cmd|calc|expression)\s{0,8}=\s{0,8}(?:${JS_HEAD})|\{\s{0,8}(?:expr|code|formula|input|payload|script|cmd|expression)\s{0,8}\}\s{0,8}=\s{0,8}(?:${JS_HEAD})`,
    ),
    why: "evaluates a value taken from the request as JavaScript (code injection)",
  },
  {
    id: "js.unserialize_request",
    kind: "app_weakness",
    lit: [".unserialize", "deepdeserialize"],
    re:
      /\b(?:serialize|nodeSerialize|serialijse)\.unserialize\s{0,8}\(|\bfuncster\.deepDeserialize\s{0,8}\(/,
    also: new RegExp(`${JS_HEAD}|cookies?\\b|Buffer\\.from\\(`),
    why: "deserializes request data with node-serialize (runs embedded functions, CWE-502)",
  },
  {
    id: "js.tls_reject_unauthorized",
    kind: "defense_evasion",
    lit: ["rejectunauthorized", "node_tls_reject_unauthorized"],
    re:
      /\brejectUnauthorized\s{0,8}:\s{0,8}false\b|\bprocess\.env\.NODE_TLS_REJECT_UNAUTHORIZED\s{0,8}=\s{0,8}["']?0\b|\bNODE_TLS_REJECT_UNAUTHORIZED\s{0,8}[=:]\s{0,8}["']?0["']?\s{0,8}$/m,
    also:
      /\b(?:https?\.(?:Agent|request|get|createServer)|tls\.connect|axios|fetch|got|request|superagent|new\s{1,8}(?:Agent|Pool|Client)|mongoose|MongoClient|pg|Pool|createConnection|ssl\s{0,8}:|process\.env)\b/,
    not: DEV_GUARD,
    why: "turns TLS certificate verification off (man-in-the-middle, CWE-295)",
  },
  {
    id: "js.cors_reflect_credentials",
    kind: "defense_evasion",
    lit: ["credentials:", "credentials :", "allow-credentials"],
    re:
      /\borigin\s{0,8}:\s{0,8}(?:true|["']\*["']|\(\s{0,8}origin\s{0,8},\s{0,8}(?:cb|callback)\s{0,8}\)\s{0,8}=>\s{0,8}(?:cb|callback)\s{0,8}\(\s{0,8}null\s{0,8},\s{0,8}(?:true|origin)\s{0,8}\))[^{}]{0,200}?credentials\s{0,8}:\s{0,8}true|credentials\s{0,8}:\s{0,8}true[^{}]{0,200}?\borigin\s{0,8}:\s{0,8}(?:true|["']\*["'])|Access-Control-Allow-Origin["']\s{0,8},\s{0,8}(?:req\.headers\.origin|req\.get\(["']origin["']\)|request\.headers\.origin|origin)\b[\s\S]{0,300}?Access-Control-Allow-Credentials["']\s{0,8},\s{0,8}["']?true|Access-Control-Allow-Credentials["']\s{0,8},\s{0,8}["']?true[\s\S]{0,300}?Access-Control-Allow-Origin["']\s{0,8},\s{0,8}(?:req\.headers\.origin|req\.get\(["']origin["']\)|request\.headers\.origin|["']\*["'])/i,
    why: "lets any website make credentialed requests and read the answers (CORS with credentials)",
  },
  {
    id: "js.helmet_csp_off",
    kind: "defense_evasion",
    lit: "helmet",
    re:
      /\bhelmet\s{0,8}\(\s{0,8}\{[^}]{0,300}\bcontentSecurityPolicy\s{0,8}:\s{0,8}false|\bhelmet\s{0,8}\(\s{0,8}\{[^}]{0,300}\bframeguard\s{0,8}:\s{0,8}false[^}]{0,200}\bhsts\s{0,8}:\s{0,8}false/,
    not: DEV_GUARD,
    why: "turns off the Content-Security-Policy (and framing/HSTS) headers",
  },
  {
    id: "js.express_auth_bypass_header",
    kind: "privilege_escalation",
    lit: [
      "x-admin",
      "x-debug",
      "x-bypass",
      "x-internal",
      "x-override",
      "x-role",
      "x-user-role",
      "x-skip-auth",
      "x-auth-bypass",
    ],
    re:
      /\breq\.(?:headers\s{0,8}\[\s{0,8}["']|get\s{0,8}\(\s{0,8}["']|header\s{0,8}\(\s{0,8}["'])x-(?:admin|debug|bypass|internal|override|role|user-role|skip-auth|auth-bypass)[\w-]{0,20}["']\s{0,8}[\])]\s{0,8}(?:===?\s{0,8}["'][^"'\n]{1,60}["']|\)?\s{0,8}(?:\)|&&|\|\|))[\s\S]{0,200}?(?:return\s{1,8}next\s{0,8}\(|isAdmin\s{0,8}=\s{0,8}true|role\s{0,8}=\s{0,8}["']admin|req\.user\s{0,8}=)/i,
    why: "grants admin or skips authentication when a request carries a magic header",
  },
  {
    id: "js.jwt_verify_ignored",
    kind: "privilege_escalation",
    lit: ["jwt.decode", "jwt.verify"],
    re:
      /\b(?:req\.user|user|payload|claims|session\.user)\s{0,8}=\s{0,8}jwt\.decode\s{0,8}\(\s{0,8}(?:token|req\.|bearer|auth)[\w.\[\]'\x22]{0,40}\s{0,8}(?:\)|,\s{0,8}\{)|\bjwt\.verify\s{0,8}\([^\n]{0,200}\b(?:ignoreExpiration\s{0,8}:\s{0,8}true|algorithms\s{0,8}:\s{0,8}\[[^\]\n]{0,60}["']none["'])/i,
    why: "accepts a JWT without checking its signature or expiry (anyone can mint a token)",
  },
  {
    id: "js.open_redirect",
    kind: "app_weakness",
    lit: ".redirect",
    re:
      /\b(?:res|ctx|reply|response)\.redirect\s{0,8}\(\s{0,8}(?:\d{3}\s{0,8},\s{0,8})?(?:req|ctx|request)\.(?:query|body|params)\.(?:url|next|redirect|redirect_uri|returnTo|return_to|returnUrl|continue|dest|destination|target|to)\b/i,
    not:
      /\b(?:allowed|whitelist|allowlist|safe)(?:Hosts|Redirects|Urls|Origins)\b|\.startsWith\s{0,8}\(\s{0,8}["']\/(?!\/)/i,
    why: "redirects to whatever URL the request names (open redirect for phishing and token theft)",
  },
  {
    id: "js.ssrf_fetch_request",
    kind: "app_weakness",
    lit: JS_INPUT,
    re: new RegExp(
      String
        .raw`\b(?:fetch|axios(?:\.(?:get|post|request))?|got|needle\.get|superagent\.get|https?\.get)\s{0,8}\(\s{0,8}(?:${JS_HEAD})`,
    ),
    not: /\b(?:allowed|whitelist|allowlist)(?:Hosts|Domains|Urls)\b/i,
    also: REQ_JS_RE,
    why: "fetches whatever URL the request names (SSRF to internal services and cloud metadata)",
  },
  {
    id: "js.path_traversal_sendfile",
    kind: "app_weakness",
    lit: JS_INPUT,
    re: new RegExp(
      String
        .raw`\b(?:res\.(?:sendFile|download)|fs\.(?:createReadStream|readFile|readFileSync))\s{0,8}\(\s{0,8}(?:path\.join\s{0,8}\([^\n)]{0,80},\s{0,8}|\x60[^\x60\n]{0,80}\$\{\s{0,8}|["'][^"'\n]{0,80}["']\s{0,8}\+\s{0,8})?(?:${JS_HEAD})`,
    ),
    not:
      /\bpath\.basename\s{0,8}\(|\.startsWith\s{0,8}\(\s{0,8}(?:ROOT|BASE|root|base|uploadDir|UPLOAD)|\broot\s{0,8}:\s{0,8}/,
    also: REQ_JS_RE,
    why:
      "reads or serves a file path taken from the request without normalising it (path traversal)",
  },
  {
    id: "js.dom_xss_sink",
    kind: "app_weakness",
    lit: ["innerhtml", "outerhtml", "document.write"],
    re:
      /\.(?:innerHTML|outerHTML)\s{0,8}=\s{0,8}[^;\n]{0,120}\b(?:location\.(?:hash|search|href)|URLSearchParams|searchParams\.get|document\.referrer|window\.name|postMessage|e\.data|event\.data)\b|\bdocument\.write(?:ln)?\s{0,8}\([^;\n]{0,120}\b(?:location\.(?:hash|search|href)|document\.referrer|searchParams\.get)|dangerouslySetInnerHTML\s{0,8}=\s{0,8}\{\{\s{0,8}__html\s{0,8}:\s{0,8}(?:router\.query|searchParams\.get|params\.|query\.|location\.)/,
    not: /\bDOMPurify\.sanitize\s{0,8}\(|\bsanitizeHtml\s{0,8}\(/,
    why: "writes URL- or message-controlled text into the page as HTML (DOM XSS)",
  },
  {
    id: "js.postmessage_any_origin",
    kind: "app_weakness",
    lit: ".postmessage",
    re:
      /\.postMessage\s{0,8}\([^\n)]{0,120}\b(?:token|session|password|secret|jwt|auth|cookie|accessToken|localStorage)[^\n)]{0,80},\s{0,8}["']\*["']\s{0,8}\)/i,
    why: 'posts a token or session to any window origin ("*")',
  },
  {
    id: "js.express_session_insecure",
    kind: "app_weakness",
    lit: ["samesite", "httponly"],
    re:
      /\bcookie\s{0,8}:\s{0,8}\{[^}]{0,200}\bsameSite\s{0,8}:\s{0,8}["']none["'][^}]{0,200}\bsecure\s{0,8}:\s{0,8}false|\bcookie\s{0,8}:\s{0,8}\{[^}]{0,200}\bsecure\s{0,8}:\s{0,8}false[^}]{0,200}\bsameSite\s{0,8}:\s{0,8}["']none["']|\bres\.cookie\s{0,8}\(\s{0,8}["'](?:session|sid|token|auth|jwt|access_token)[\w-]{0,20}["'][^\n)]{0,200}\bhttpOnly\s{0,8}:\s{0,8}false/i,
    not: DEV_GUARD,
    why: "sends the session cookie cross-site without Secure, or readable by page scripts",
  },
  {
    id: "js.prototype_merge_request",
    kind: "app_weakness",
    lit: JS_INPUT,
    re: new RegExp(
      String
        .raw`\b(?:_\.(?:merge|defaultsDeep|set|setWith)|lodash\.(?:merge|defaultsDeep)|\$\.extend\s{0,8}\(\s{0,8}true|deepmerge|mergeDeep|hoek\.merge)\s{0,8}\([^\n)]{0,80}(?:${JS_HEAD})`,
    ),
    also: REQ_JS_RE,
    why: "deep-merges request JSON into an object (prototype pollution: __proto__ keys)",
  },
  {
    id: "js.next_middleware_bypass",
    kind: "privilege_escalation",
    lit: ["x-middleware-subrequest", "matcher"],
    re:
      /\bx-middleware-subrequest\b[^\n]{0,120}(?:return\s{1,8}NextResponse\.next|=\s{0,8}true)|export\s{1,8}const\s{1,8}config\s{0,8}=\s{0,8}\{\s{0,8}matcher\s{0,8}:\s{0,8}\[\s{0,8}["']\/\(\(\?!(?:admin|api|dashboard)/,
    why:
      "lets requests skip the Next.js auth middleware (subrequest header or admin routes excluded)",
  },
  {
    id: "js.nest_public_admin",
    kind: "privilege_escalation",
    lit: ["@public", "@skipauth", "@allowanonymous", "@ispublic"],
    re:
      /@(?:Public|SkipAuth|AllowAnonymous|IsPublic)\s{0,8}\(\s{0,8}\)[\s\S]{0,120}?@(?:Controller|Delete|Post|Put|Patch|Get)\s{0,8}\(\s{0,8}["'][^"'\n]{0,40}(?:admin|payment|payout|refund|billing|users?\/[^"'\n]{0,20}role|internal|impersonat)/i,
    why: "marks an admin, payment or role-changing route public (authentication skipped)",
  },
];
