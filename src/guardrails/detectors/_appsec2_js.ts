/**
 * Second pass, JavaScript/TypeScript (eslint-plugin-security, eslint-plugin-no-unsanitized,
 * semgrep javascript/typescript: express, next, react, angular, vue, nest, electron), GraphQL
 * servers and LLM applications (OWASP LLM Top 10: model output into code/shell/SQL sinks, tools
 * auto-approved). Same shape as `_appsec_node.ts`.
 */
import { type AppsecRule, DEV_GUARD, JS_HEAD, REQ_JS_RE } from "./_appsec_core.ts";

/** Model output: an OpenAI/Anthropic/LangChain completion's text. */
const LLM_OUT = String
  .raw`(?:\w{1,30}\.choices\s{0,4}\[\s{0,4}0\s{0,4}\]\s{0,4}\.(?:message\s{0,4}\.\s{0,4}content|text)|\w{1,30}\.content\s{0,4}\[\s{0,4}0\s{0,4}\]\s{0,4}\.text|\w{1,30}\.output_text|(?:llm|model|chain|agent)\w{0,20}\.(?:invoke|predict|run|generate)\s{0,4}\([^\n)]{0,80}\)(?:\.content)?|(?:completion|llm_?output|llmOutput|model_?output|modelOutput|generated_?code|generatedCode)\b)`;

export const APPSEC2_JS_RULES: AppsecRule[] = [
  {
    id: "js2.regexp_request",
    kind: "app_weakness",
    lit: ["new regexp(", "regexp("],
    re: new RegExp(
      String.raw`\bnew\s{1,4}RegExp\s{0,8}\(\s{0,8}${JS_HEAD}[\w.\[\]'"]{0,40}\s{0,8}[,)]`,
    ),
    also: REQ_JS_RE,
    not: /escapeRegExp|escape-string-regexp|_\.escapeRegExp|lodash\.escaperegexp/i,
    why:
      "compiles a regular expression from request input (ReDoS, eslint detect-non-literal-regexp)",
  },
  {
    id: "js2.fs_path_request",
    kind: "app_weakness",
    lit: ["readfile", "createreadstream", "unlink", "writefile", "readdir"],
    re: new RegExp(
      String
        .raw`\bfs(?:\.promises|Promises)?\.(?:readFile|readFileSync|createReadStream|unlink|unlinkSync|rm|rmSync|writeFile|writeFileSync|readdir|readdirSync)\s{0,8}\(\s{0,8}(?:${JS_HEAD}|path\.join\s{0,8}\([^\n)]{0,60}${JS_HEAD}|\x60[^\x60\n]{0,80}\$\{\s{0,4}${JS_HEAD})`,
    ),
    also: REQ_JS_RE,
    not:
      /\.startsWith\s{0,8}\(\s{0,8}(?:ROOT|BASE|root|base|uploadDir|UPLOAD)|path\.basename\s{0,8}\(/,
    why: "reads, writes or deletes a file named by the request (path traversal, CWE-22)",
  },
  {
    id: "js2.template_compile_request",
    kind: "app_weakness",
    lit: ["compile(", "render(", "renderstring("],
    re: new RegExp(
      String
        .raw`\b(?:Handlebars|handlebars|pug|jade|ejs|nunjucks|_|lodash|dot|doT|Mustache|mustache|Vue|Hogan)\.(?:compile|render|renderString|template)\s{0,8}\(\s{0,8}${JS_HEAD}`,
    ),
    also: REQ_JS_RE,
    why: "compiles a template from request input (server-side template injection)",
  },
  {
    id: "js2.render_view_request",
    kind: "app_weakness",
    lit: "res.render(",
    re: new RegExp(
      String
        .raw`\bres\.render\s{0,8}\(\s{0,8}${JS_HEAD}|\bres\.render\s{0,8}\([^\n)]{0,80},\s{0,8}req\.(?:query|body)\s{0,8}[,)]`,
    ),
    also: REQ_JS_RE,
    why:
      "renders a view named by, or with options from, the request (template path / option injection)",
  },
  {
    id: "js2.handlebars_noescape",
    kind: "app_weakness",
    lit: ["noescape", "escapemarkup"],
    re:
      /\bnoEscape\s{0,8}:\s{0,8}true\b|\bescapeMarkup\s{0,8}=\s{0,8}false\b|\bMustache\.escape\s{0,8}=\s{0,8}(?:function\s{0,4}\(\s{0,4}(\w{1,12})\s{0,4}\)\s{0,4}\{\s{0,4}return\s{1,4}\1|\(?\s{0,4}(\w{1,12})\s{0,4}\)?\s{0,4}=>\s{0,4}\2\b)/,
    also: /\.html?\b|text\/html|res\.send|innerHTML|<\w{1,10}[\s>]/,
    why:
      "turns HTML escaping off in a template engine (eslint detect-disable-mustache-escape, XSS)",
  },
  {
    id: "js2.electron_node_integration",
    kind: "app_weakness",
    lit: ["nodeintegration", "contextisolation", "websecurity", "allowrunninginsecurecontent"],
    re:
      /\b(?:nodeIntegration(?:InSubFrames|InWorker)?\s{0,8}:\s{0,8}true|contextIsolation\s{0,8}:\s{0,8}false|webSecurity\s{0,8}:\s{0,8}false|allowRunningInsecureContent\s{0,8}:\s{0,8}true|sandbox\s{0,8}:\s{0,8}false)\b/,
    also: /\bBrowserWindow\b|\bwebPreferences\b|<webview\b/,
    not: DEV_GUARD,
    why:
      "gives an Electron window's web content Node or turns its web security off (remote content gets a shell)",
  },
  {
    id: "js2.electron_open_external",
    kind: "app_weakness",
    lit: "openexternal",
    re:
      /\bshell\.openExternal\s{0,8}\(\s{0,8}(?:url|details\.url|\w{1,20}\.url|event\.\w{1,12})\s{0,8}\)/,
    also: /\b(?:setWindowOpenHandler|will-navigate|new-window|ipcMain\.(?:on|handle))\b/,
    not:
      /\.protocol\s{0,8}={2,3}\s{0,8}["']https:|startsWith\s{0,8}\(\s{0,8}["']https:\/\/|new\s{1,4}URL\s{0,8}\([^\n]{0,60}\)[\s\S]{0,80}(?:allow|ALLOWED)/,
    why:
      "passes any URL a page asks for to shell.openExternal (file:, smb: and custom schemes run code)",
  },
  {
    id: "js2.graphql_introspection_prod",
    kind: "app_weakness",
    lit: ["introspection", "graphiql", "playground"],
    re:
      /\b(?:introspection|graphiql|playground)\s{0,8}:\s{0,8}true\b|\bNoSchemaIntrospectionCustomRule\b(?=[\s\S]{0,20}\/\/)/,
    also:
      /\bApolloServer\b|\bgraphqlHTTP\b|\bcreateYoga\b|\bGraphQLModule\b|\bmercurius\b|\bcreateHandler\b/,
    not: DEV_GUARD,
    why:
      "serves GraphQL introspection or the GraphiQL console in production (schema mapping for attackers)",
  },
  {
    id: "js2.graphql_limits_off",
    kind: "app_weakness",
    lit: ["allowbatchedhttprequests", "maxdepth", "depthlimit(", "csrfprevention"],
    re:
      /\bcsrfPrevention\s{0,8}:\s{0,8}false\b|\bdepthLimit\s{0,8}\(\s{0,8}(?:Infinity|\d{3,})\s{0,8}\)|\bmaxDepth\s{0,8}:\s{0,8}(?:Infinity|\d{3,})\b/,
    also: /\bApolloServer\b|\bgraphqlHTTP\b|\bcreateYoga\b|\bGraphQLModule\b|\bvalidationRules\b/,
    why:
      "turns GraphQL CSRF prevention or query-depth limits off (cross-site mutations, resource exhaustion)",
  },
  {
    id: "js2.xpath_request",
    kind: "app_weakness",
    lit: ["xpath.select", "evaluate(", "xpath.parse"],
    re: new RegExp(
      String
        .raw`\b(?:xpath\.(?:select1?|parse|evaluate)|document\.evaluate|\.evaluate)\s{0,8}\(\s{0,8}(?:\x60[^\x60\n]{0,120}\$\{\s{0,4}${JS_HEAD}|["'][^"'\n]{0,120}["']\s{0,8}\+\s{0,8}${JS_HEAD})`,
    ),
    also: REQ_JS_RE,
    why: "builds an XPath query from request input (XPath injection, CWE-643)",
  },
  {
    id: "js2.ldap_filter_request",
    kind: "app_weakness",
    lit: ["filter:", ".search("],
    re: new RegExp(
      String
        .raw`\bfilter\s{0,8}:\s{0,8}(?:\x60[^\x60\n]{0,80}\((?:uid|cn|sAMAccountName|mail|user)=\$\{\s{0,4}${JS_HEAD}|["'][^"'\n]{0,80}\((?:uid|cn|sAMAccountName|mail|user)=["']\s{0,8}\+\s{0,8}${JS_HEAD})`,
    ),
    also: REQ_JS_RE,
    why: "builds an LDAP filter from request input (LDAP injection, CWE-90)",
  },
  {
    id: "js2.header_injection",
    kind: "app_weakness",
    lit: ["setheader(", "res.set(", "res.header(", "writehead("],
    re: new RegExp(
      String
        .raw`\bres\.(?:setHeader|set|header)\s{0,8}\(\s{0,8}["'](?:Set-Cookie|Location|Content-Disposition|Link|Refresh)["']\s{0,8},\s{0,8}(?:${JS_HEAD}|\x60[^\x60\n]{0,80}\$\{\s{0,4}${JS_HEAD}|["'][^"'\n]{0,80}["']\s{0,8}\+\s{0,8}${JS_HEAD})`,
    ),
    also: REQ_JS_RE,
    not: /encodeURIComponent|contentDisposition\s{0,8}\(|\.replace\s{0,8}\(\s{0,8}\/\[\\r\\n\]/,
    why:
      "writes request input into a response header (header/cookie injection, response splitting)",
  },
  {
    id: "js2.react_html_request",
    kind: "app_weakness",
    lit: "dangerouslysetinnerhtml",
    re: new RegExp(
      String
        .raw`dangerouslySetInnerHTML\s{0,8}=\s{0,8}\{\{\s{0,8}__html\s{0,8}:\s{0,8}(?:${JS_HEAD}|(?:router\.query|query|params|searchParams|props\.(?:comment|message|body|html|content|bio)|comment|message)\b[\w.]{0,30}\s{0,8}\}\})`,
    ),
    not: /DOMPurify|sanitize(?:Html)?\s{0,8}\(|xss\s{0,8}\(/,
    why: "renders request or user-supplied content as raw HTML in React (cross-site scripting)",
  },
  {
    id: "js2.buffer_noassert_unsafe",
    kind: "app_weakness",
    lit: ["allocunsafe", "noassert", "new buffer("],
    re: new RegExp(
      String
        .raw`\bnew\s{1,4}Buffer\s{0,8}\(\s{0,8}${JS_HEAD}|\bBuffer\.allocUnsafe(?:Slow)?\s{0,8}\(\s{0,8}(?:parseInt\s{0,8}\(\s{0,8})?${JS_HEAD}`,
    ),
    also: REQ_JS_RE,
    why:
      "allocates an uninitialised buffer sized by the request (memory disclosure, eslint detect-new-buffer)",
  },
  {
    id: "js2.csrf_after_method_override",
    kind: "app_weakness",
    lit: "methodoverride",
    re:
      /\bapp\.use\s{0,8}\(\s{0,8}(?:csrf|csurf|csrfProtection|lusca\.csrf)\b[\s\S]{0,400}\bapp\.use\s{0,8}\(\s{0,8}methodOverride\s{0,8}\(/,
    why:
      "installs methodOverride after CSRF protection (a GET becomes a POST that skips the check)",
  },
  {
    id: "js2.next_public_secret",
    kind: "app_weakness",
    lit: ["next_public_", "vite_", "react_app_"],
    re:
      /\b(?:NEXT_PUBLIC|VITE|REACT_APP|NUXT_PUBLIC|EXPO_PUBLIC)_\w{0,30}(?:SECRET|PRIVATE_KEY|SERVICE_ROLE|DB_PASSWORD|DATABASE_URL|STRIPE_SK|OPENAI_API_KEY|ANTHROPIC_API_KEY|AWS_SECRET)\w{0,20}\b/,
    not: /PUBLISHABLE|ANON_KEY|SITE_KEY/,
    why: "ships a server secret to every browser (public build-time env prefix)",
  },
  {
    id: "js2.jwt_decode_as_auth",
    kind: "app_weakness",
    lit: ["jwt_decode(", "jwtdecode(", "decodejwt("],
    re:
      /\b(?:jwt_decode|jwtDecode|decodeJwt)\s{0,8}\(\s{0,8}(?:req\.|token|authorization|bearer|ctx\.)[\s\S]{0,200}\b(?:req\.user|ctx\.state\.user|isAdmin|role|userId|sub)\b/i,
    also:
      /\b(?:middleware|app\.use|router\.|next\s{0,4}\(\s{0,4}\)|getServerSideProps|export\s{1,4}(?:async\s{1,4})?function\s{1,4}(?:GET|POST|middleware))\b/,
    not: /\bjwtVerify\s{0,8}\(|\bjwt\.verify\s{0,8}\(|\bverifyIdToken\s{0,8}\(/,
    why: "trusts an unverified JWT on the server (decode without signature check, CWE-347)",
  },
  // LLM applications (OWASP LLM02/LLM06)
  {
    id: "llm.output_to_code_sink",
    kind: "app_weakness",
    lit: [
      "eval(",
      "exec(",
      "execsync(",
      "new function(",
      "os.system(",
      "subprocess",
      "execute(",
      "db.query(",
      "db.raw(",
    ],
    re: new RegExp(
      String
        .raw`(?:(?<![\w.])(?:eval|exec)|\bexecSync|\bnew\s{1,4}Function|\bos\.system|\bsubprocess\.(?:run|call|Popen|check_output)|\bchild_process\.exec|\bcursor\.execute|\bdb\.(?:execute|query|raw))\s{0,8}\(\s{0,8}(?:f["'][^"'\n]{0,80}\{\s{0,4})?${LLM_OUT}`,
    ),
    why: "runs model output as code, a shell command or SQL (LLM insecure output handling)",
  },
  {
    id: "llm.dangerous_tools_on",
    kind: "app_weakness",
    lit: [
      "allow_dangerous",
      "pythonrepltool",
      "shelltool",
      "auto_approve",
      "autoapprove",
      "dangerously",
      "alwaysallow",
      "palchain",
      "create_python_agent",
      "trust_all_tools",
    ],
    re:
      /\ballow_dangerous_(?:code|requests|deserialization)\s{0,8}=\s{0,8}True\b|\b(?:auto_?approve(?:_tools)?|autoApprove(?:Tools)?|alwaysAllow|trust_all_tools|dangerouslySkipPermissions|dangerously_skip_permissions)["\']?\s{0,8}[:=]\s{0,8}(?:True|true|["']\*["']|\[\s{0,4}["']\*["'])|\btools\s{0,8}=\s{0,8}\[[^\]\n]{0,120}\b(?:PythonREPLTool|ShellTool|PythonAstREPLTool)\s{0,4}\(|\bPALChain\.from_\w{1,20}\s{0,4}\(|\bcreate_python_agent\s{0,4}\(/,
    not: DEV_GUARD,
    why:
      "lets an agent run code, shell or unreviewed tools with no human approval (LLM excessive agency)",
  },
  {
    id: "llm.system_prompt_from_request",
    kind: "app_weakness",
    lit: ['"system"', "'system'", "systemmessage("],
    re: new RegExp(
      String
        .raw`["']?role["']?\s{0,8}:\s{0,8}["']system["']\s{0,8},\s{0,8}["']?content["']?\s{0,8}:\s{0,8}(?:f["'][^"'\n]{0,160}\{\s{0,4}(?:request\.\w{2,12}|${JS_HEAD})|\x60[^\x60\n]{0,160}\$\{\s{0,4}${JS_HEAD}|${JS_HEAD}|request\.(?:json|args|form|query_params)\b)|\bSystemMessage\s{0,8}\(\s{0,8}(?:content\s{0,8}=\s{0,8})?(?:f["'][^"'\n]{0,160}\{\s{0,4})?request\.\w{2,12}`,
    ),
    why: "puts request input into the system prompt (prompt injection with system authority)",
  },
];
