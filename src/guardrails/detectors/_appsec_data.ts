/**
 * Data exposure and data-layer weaknesses in application code: passwords, tokens and card numbers
 * written to logs; request bodies with credentials mirrored to an outside host; page scripts
 * reading password fields for analytics; secrets in telemetry; mass assignment of admin/role
 * fields; objects looked up by id without an owner check; weak crypto for stored data.
 */
import { ANY_HEAD, type AppsecRule, REQ_ANY_RE } from "./_appsec_core.ts";

/** A secret-bearing name. */
const SECRET = String
  .raw`(?:password|passwd|pwd|passphrase|secret|api_?key|apiKey|access_?token|accessToken|refresh_?token|refreshToken|auth_?token|authToken|card_?number|cardNumber|cvv|cvc|ssn|private_?key|privateKey|client_?secret|clientSecret)`;

/**
 * A request's credential header read by name: `h['authorization']`, `headers.get("cookie")`,
 * `req.headers.cookie`, `request.headers["X-Api-Key"]`.
 */
const HEADER_READ = String
  .raw`(?:\[\s{0,8}["'](?:authorization|proxy-authorization|cookie|x-api-key|x-auth-token)["']\s{0,8}\]|\.get\s{0,8}\(\s{0,8}["'](?:authorization|proxy-authorization|cookie|x-api-key|x-auth-token)["']\s{0,8}\)|\.headers\.(?:authorization|cookie)\b)`;

/** Payment-card fields by their autofill token or usual name. */
const CARD_FIELD = String
  .raw`(?:cc-(?:number|csc|exp(?:-month|-year)?|name)|card[-_]?(?:number|num|no|cvc|cvv|code)|cardnumber|\bcvv2?\b|\bcvc2?\b|security[-_]?code|expiry[-_]?date)`;

/** Card processors' own hosts (their hosted fields and SDKs read card fields by design). */
const PROCESSOR = String
  .raw`(?:[\w-]{1,40}\.){0,4}(?:stripe\.com|stripe\.network|braintreegateway\.com|braintree-api\.com|adyen\.com|adyenpayments\.com|paypal\.com|paypalobjects\.com|checkout\.com|squareup\.com|squareupsandbox\.com|mollie\.com|klarna\.com|razorpay\.com|authorize\.net|worldpay\.com|payu\.\w{2,3}|mercadopago\.com|nexi\.it|przelewy24\.pl|iyzipay\.com)\b`;

/** A page script sending data (a second argument, or text added to the URL) to an outside URL. */
export const SEND_OUT = String
  .raw`(?:sendBeacon|fetch|\.open\s{0,8}\(\s{0,8}["'](?:POST|GET)["']\s{0,8},|new\s{1,8}WebSocket|\.src\s{0,8}=|\$\.(?:post|ajax|get)|axios\.(?:post|get|put))\s{0,8}\(?\s{0,8}["'\x60](?:https?:|wss?:)?\/\/(?!${PROCESSOR})[\w-]{1,63}\.[\w.-]{2,100}[^"'\x60\s]{0,200}["'\x60]\s{0,8}[,+]`;

export const DATA_RULES: AppsecRule[] = [
  {
    id: "data.log_credentials",
    kind: "credential_theft",
    lit: [
      "password",
      "passwd",
      "pwd",
      "passphrase",
      "secret",
      "api_key",
      "apikey",
      "token",
      "card_number",
      "cardnumber",
      "cvv",
      "cvc",
      "ssn",
      "private_key",
      "privatekey",
    ],
    re: new RegExp(
      String
        .raw`\b(?:log(?:ger)?\.(?:info|debug|warn|warning|error|log|trace)|logging\.(?:info|debug|warning|error)|console\.(?:log|info|debug|warn)|print|println|System\.out\.println|Log\.[diwe]|error_log|Rails\.logger\.\w{2,5}|fmt\.Printf|log\.Printf|_logger\.Log\w{0,12})\s{0,8}\(\s{0,8}(?:f?["'\x60][^"'\x60\n]{0,100}(?:\{|\$\{|%s|%v|["'\x60]\s{0,8}[+,.])\s{0,8}[\w.\[\]'"]{0,40}\b${SECRET}\b|[\w.]{0,40}\b${SECRET}\s{0,8}\))`,
      "i",
    ),
    not:
      /\bmask\w{0,10}\s{0,8}\(|\bredact\w{0,10}\s{0,8}\(|\*{4}|\blen\s{0,8}\(|\.length\b|\bis\s{1,8}None\b|\bhash\w{0,10}\s{0,8}\(/i,
    why: "writes passwords, tokens or card numbers to logs (CWE-532)",
  },
  {
    id: "data.credentials_forwarded",
    kind: "credential_theft",
    lit: ['("http', "('http", "(`http", '( "http', "( 'http"],
    re: new RegExp(
      String
        .raw`\b(?:fetch|axios\.post|requests\.post|httpx\.post|http\.Post|navigator\.sendBeacon|\$\.post|WebClient\.UploadString|HttpClient\.PostAsync|Net::HTTP\.post_form|wp_remote_post|curl_setopt)\s{0,8}\(\s{0,8}["'\x60]https?:\/\/(?!(?:localhost|127\.0\.0\.1|api\.stripe\.com|hooks\.slack\.com\/services\/T))[^"'\x60\n]{4,120}["'\x60][^\n]{0,200}\b(?:${ANY_HEAD}|${SECRET}\b|document\.cookie|localStorage)|${HEADER_READ}`,
      "i",
    ),
    also: new RegExp(
      String
        .raw`\b${SECRET}\b|document\.cookie|localStorage\.getItem\s{0,8}\(\s{0,8}["'](?:token|jwt|auth)|${HEADER_READ}`,
      "i",
    ),
    why: "forwards request credentials, cookies or secrets to an outside host",
  },
  {
    // A cut of every payment skimmed to a fixed account: a Connect/marketplace transfer whose
    // destination is a hard-coded connected account (`acct_…`, inline or in a constant) while the
    // amount is a percentage of the order. Platforms keep their fee with `application_fee_amount`;
    // a transfer to the seller's own (variable) account passes.
    id: "data.payment_cut_to_fixed_account",
    kind: "data_exfiltration",
    lit: ["transfers.create", "transfer.create"],
    re:
      /\btransfers?\s{0,2}\.\s{0,2}create\s{0,2}\([^)]{0,500}?\bdestination["']?\s{0,3}[:=]\s{0,3}(?:["']acct_[A-Za-z0-9]{8,40}["']|[A-Z][A-Z0-9_]{2,40}\b)/i,
    also:
      /^(?=[\s\S]{0,20000}?["']acct_[A-Za-z0-9]{8,40}["'])(?=[\s\S]{0,20000}?\*\s{0,3}(?:0?\.\d{1,4}|\w{1,30}(?:rate|pct|percent|fee)\w{0,10})\b)/i,
    why:
      "sends a percentage of every payment to one hard-coded account (a skim on each order, not the platform fee)",
  },
  {
    // A Magecart-style skimmer: page script reads the card fields of a form and sends them to an
    // absolute URL that is not a card processor's. Checkout code posting to its own relative
    // endpoint, and processors' hosted fields, pass.
    id: "data.card_fields_sent_out",
    kind: "credential_theft",
    lit: [
      "cc-number",
      "cc-csc",
      "cc-exp",
      "cardnumber",
      "card_number",
      "card-number",
      "cvv",
      "cvc",
      "security_code",
      "security-code",
    ],
    re: new RegExp(
      String
        .raw`(?:querySelector(?:All)?|getElementById|getElementsByName|\.elements\b|FormData|\.value\b|\.val\s{0,8}\()[\s\S]{0,600}?${SEND_OUT}|${SEND_OUT}[\s\S]{0,600}?(?:querySelector(?:All)?|getElementById|getElementsByName|\.elements\b|FormData|\.value\b|\.val\s{0,8}\()`,
      "i",
    ),
    also: new RegExp(CARD_FIELD, "i"),
    why: "page script reads payment-card fields and sends them to an outside host (a card skimmer)",
  },
  {
    // The same skimmer with the sink reached indirectly: the outside URL held in a variable, the
    // sender called through a bracket name (`w["navigator"]["sendBeacon"](u, …)`, `new Image().src
    // = u + …`), the card fields read in a submit/change handler. A bare `= https://…` is how a
    // decoded view (`_deobf_judge.ts`) writes a URL that was a char-code list.
    id: "data.card_fields_sent_out_indirect",
    kind: "credential_theft",
    lit: ["sendbeacon", "xmlhttprequest", "new image", "websocket", "fetch"],
    re: new RegExp(
      String
        .raw`^(?=[\s\S]{0,30000}?(?:["'\x60](?:https?:|wss?:)?|=\s{0,3}(?:https?:|wss?:))\/\/(?!${PROCESSOR})[\w-]{1,63}\.[\w.-]{2,100})(?=[\s\S]{0,30000}?(?:addEventListener\s{0,8}\(\s{0,8}["'](?:submit|change|blur|input|click)["']|\.on(?:submit|change|blur|input|click)\s{0,8}=))(?=[\s\S]{0,30000}?(?:\.value\b|FormData\s{0,8}\())[\s\S]{0,30000}?(?:sendBeacon|XMLHttpRequest|new\s{1,8}Image\b|WebSocket|\bfetch)\b["'\]]{0,2}\s{0,8}[(.=\]]`,
      "i",
    ),
    also: new RegExp(CARD_FIELD, "i"),
    why:
      "page script reads payment-card fields in a form handler and sends them to an outside host (a card skimmer)",
  },
  {
    // The whole process environment (database URLs, API keys, signing secrets) returned in an
    // HTTP response — a "diagnostics" endpoint, whatever guards it (CWE-526). One variable read
    // by name (`process.env.VERSION`, `os.environ["PORT"]`) passes.
    id: "data.env_in_response",
    kind: "credential_theft",
    lit: [
      "process.env",
      "os.environ",
      "os.environ()",
      "environ",
      "getenv()",
      "system.getenv()",
      "getenvironmentvariables",
      "env.to_h",
      "$_env",
      "$_server",
    ],
    re: new RegExp(
      String
        .raw`\b(?:res(?:ponse)?\.(?:json|send|jsonp|end|write)|reply\.send|ctx\.body\s{0,8}=|c\.(?:json|JSON|body)|jsonify|JsonResponse|HttpResponse|JSONResponse|PlainTextResponse|render\s{1,8}json:|json\.NewEncoder\s{0,8}\(\s{0,8}w\s{0,8}\)\.Encode|echo\s{1,8}json_encode|print_r|var_dump|ResponseEntity\.ok|Results\.(?:Ok|Json))\s{0,8}\(?[^\n;]{0,160}?(?:process\.env\b(?![.\[])|(?:dict\s{0,8}\(\s{0,8})?os\.environ\b(?![.\[])|os\.Environ\s{0,8}\(\s{0,8}\)|System\.getenv\s{0,8}\(\s{0,8}\)|Environment\.GetEnvironmentVariables\s{0,8}\(\s{0,8}\)|ENV\.to_h\b|\$_(?:ENV|SERVER)\b(?!\s{0,8}\[)|\bgetenv\s{0,8}\(\s{0,8}\))`,
    ),
    why: "returns the whole process environment (every configured secret) in an HTTP response",
  },
  {
    id: "data.password_field_read",
    kind: "credential_theft",
    lit: "input[type",
    re:
      /querySelector(?:All)?\s{0,8}\(\s{0,8}["']input\[type\s{0,8}=\s{0,8}\\?["']?password\\?["']?\]["'][\s\S]{0,300}?(?:fetch|sendBeacon|XMLHttpRequest|new\s{1,8}Image|\.src\s{0,8}=|analytics|track|gtag|dataLayer\.push|mixpanel|segment|amplitude)/i,
    why: "reads password fields in page script and sends them to analytics or another host",
  },
  {
    id: "data.telemetry_secrets",
    kind: "credential_theft",
    lit: ["process.env", "os.environ", "getenv", "getenvironmentvariables"],
    re:
      /\b(?:analytics|telemetry|sentry|mixpanel|segment|amplitude|posthog|datadog|track|capture|setExtra|setContext|set_context|set_extra|add_breadcrumb|identify)\w{0,20}\s{0,8}\.?\w{0,20}\s{0,8}\([^\n]{0,120}\b(?:process\.env\b(?!\.)|dict\s{0,8}\(\s{0,8}os\.environ\s{0,8}\)|os\.environ\b(?!\s{0,8}[.[])|\{\s{0,8}\.\.\.process\.env\s{0,8}\}|System\.getenv\s{0,8}\(\s{0,8}\)|Environment\.GetEnvironmentVariables\s{0,8}\(\s{0,8}\)|os\.Environ\s{0,8}\(\s{0,8}\))/,
    why: "sends the whole process environment (every secret) in telemetry",
  },
  {
    id: "data.mass_assignment",
    kind: "privilege_escalation",
    lit: [
      "**request",
      "request.json",
      "request.form",
      "request.data",
      "request.get_json",
      "**data",
      "**payload",
      "**body",
      "req.body",
      "request.all",
      "request->all",
      "request()->all",
      "$_post",
      "params",
      "setattr",
    ],
    re:
      /\b(?:User|Account|Member|Profile|user|account|self\.model|Model)\w{0,20}(?:\.objects)?(?:\.|::)(?:create|update|update_attributes|new|build|assign_attributes|fill|forceFill|findByIdAndUpdate|findOneAndUpdate|updateOne|save)\s{0,8}\(\s{0,8}(?:[^\n,)]{0,40},\s{0,8})?(?:\*\*request\.(?:json|data|POST|form)|\*\*(?:data|payload|body)\b|req\.body\b|request\.all\s{0,8}\(\s{0,8}\)|\$request->all\s{0,8}\(\s{0,8}\)|request\(\)->all\s{0,8}\(\s{0,8}\)|\$_POST\b|params\b(?!\.(?:require|permit)))|\.update\s{0,8}\(\s{0,8}(?:\*\*)?(?:request\.(?:json|form|data|get_json\s{0,8}\(\s{0,8}\))|req\.body)\s{0,8}\)|\bObject\.assign\s{0,8}\(\s{0,8}(?:user|account|req\.user|currentUser)\s{0,8},\s{0,8}req\.body\s{0,8}\)|\bsetattr\s{0,8}\(\s{0,8}(?:user|account|request\.user)\s{0,8},\s{0,8}(?:k|key|field)\s{0,8},[^\n]{0,40}\)/,
    also:
      /\bfor\s{1,8}(?:k|key|field)\s{0,8},\s{0,8}(?:v|value)\s{1,8}in\s{1,8}request\.|req\.body|request\.(?:json|data|POST|form|all)|\$request->all|\$_POST|\bparams\b|\*\*(?:data|payload|body)/,
    not:
      /\$fillable\b|\$guarded\s{0,8}=\s{0,8}\[\s{0,8}['"]|\bpick\s{0,8}\(\s{0,8}req\.body|\bserializer\.is_valid\b|\battr_accessible\b|\bvalidated\s{0,8}\(\s{0,8}\)|\bonly\s{0,8}\(\s{0,8}\[/,
    why:
      "creates or updates a user/account from the whole request body (mass assignment of role/admin fields)",
  },
  {
    id: "data.idor_sensitive",
    kind: "app_weakness",
    lit: ["request.args", "request.get", "params", "req.query", "$request->"],
    re:
      /\b(?:Invoice|Order|Payment|Statement|MedicalRecord|Record|Document|BankAccount|Account|Message|Payslip|TaxReturn|Prescription)\w{0,10}(?:\.objects|\.query)?\.(?:get|find|findById|findByPk|findOne|find_by|filter|get_or_404|findOrFail|FindAsync|findUnique)\s{0,8}\(\s{0,8}(?:pk|id|where:\s{0,8}\{\s{0,8}id)?\s{0,8}[:=]?\s{0,8}(?:request\.(?:args|GET|query_params)\.get\s{0,8}\(\s{0,8}["']id["']|req\.(?:params|query)\.id\b|params\s{0,8}\[\s{0,8}:id\s{0,8}\]|req\.(?:params|query)\.\w{0,20}[iI]d\b|\$request->(?:route|input)\s{0,8}\(\s{0,8}["']id["'])\s{0,8}[,)}]/,
    also: /\breturn\b|\bres\.json\b|\bjsonify\b|\brender\b|\bsend_file\b|\bOk\s{0,8}\(/,
    not:
      /\b(?:user|owner|owner_id|user_id|userId|ownerId|customer|customer_id|tenant|tenant_id|account_id|organization)\s{0,8}[:=]{1,2}\s{0,8}(?:request\.user|req\.user|current_user|currentUser|auth\(\)|Auth::|self\.request\.user|user\.id|g\.user)|\.(?:filter|where)\s{0,8}\([^\n)]{0,80}\b(?:user|owner|tenant|customer)\b|\bauthorize[!(\s]|\bpolicy\w{0,10}\b|\bcan\?|\bhas_object_permission\b|\bcheck_object_permissions\b|\bpermission_classes\b|\bGate::|\bcurrent_user\.\w{1,30}\.find\b|\bforbidden\b|\b403\b/i,
    why: "returns a sensitive record looked up by the id in the request with no owner check (IDOR)",
  },
  {
    id: "data.weak_crypto_mode",
    kind: "app_weakness",
    lit: ["ecb", "des.new", "des3.new", "createcipheriv", "iv =", "iv="],
    re:
      /\bAES\.new\s{0,8}\([^\n)]{0,80}AES\.MODE_ECB|\bcreateCipheriv\s{0,8}\(\s{0,8}["']aes-\d{3}-ecb["']|\bopenssl_encrypt\s{0,8}\([^\n)]{0,80}["']aes-\d{3}-ecb["']|\bmodes\.ECB\s{0,8}\(|\bDES3?\.new\s{0,8}\(|\bcreateCipheriv\s{0,8}\([^\n)]{0,60},\s{0,8}(?:Buffer\.alloc\s{0,8}\(\s{0,8}16\s{0,8}\)|["'][^"'\n]{16}["'])\s{0,8}\)|\biv\s{0,8}=\s{0,8}(?:b["'](?:\\x00|0){8,32}["']|bytes\s{0,8}\(\s{0,8}16\s{0,8}\)|b["']\w{16}["'])/i,
    why: "encrypts with ECB, DES or a fixed IV (patterns and repeats leak; CWE-327/329)",
  },
  {
    id: "data.bcrypt_cost_low",
    kind: "app_weakness",
    lit: ["bcrypt", "password_hash", "pbkdf2"],
    re:
      /\b(?:bcrypt\.gensalt\s{0,8}\(\s{0,8}(?:rounds\s{0,8}=\s{0,8})?[1-7]\s{0,8}\)|(?:saltRounds|SALT_ROUNDS|BCRYPT_ROUNDS|BCRYPT_LOG_ROUNDS|bcrypt_rounds|rounds)\s{0,8}[:=]\s{0,8}[1-7]\b|bcrypt\.hash(?:Sync)?\s{0,8}\([^\n,)]{1,60},\s{0,8}[1-7]\s{0,8}\)|["']cost["']\s{0,8}=>\s{0,8}[1-7]\b|\biterations\s{0,8}[:=]\s{0,8}(?:1|10|100|1000)\b[^\n]{0,80}\b(?:pbkdf2|PBKDF2))/i,
    also: /\bbcrypt\b|\bpassword_hash\b|\bpbkdf2\b|\bPASSWORD_BCRYPT\b/i,
    not:
      /\bif\s{0,8}\(?\s{0,8}(?:TESTING|settings\.TESTING|process\.env\.NODE_ENV\s{0,8}===?\s{0,8}["']test)|BCRYPT_LOG_ROUNDS\s{0,8}=\s{0,8}4\s{0,8}#\s{0,8}test/i,
    why: "lowers the password-hash work factor so stolen hashes crack quickly",
  },
  {
    id: "data.sql_fstring_request",
    kind: "app_weakness",
    lit: [
      '"select ',
      "'select ",
      "`select ",
      '"update ',
      "'update ",
      "`update ",
      '"delete ',
      "'delete ",
      "`delete ",
      '"insert ',
      "'insert ",
      "`insert ",
    ],
    re: new RegExp(
      String
        .raw`\b(?:cursor\.execute|\.execute|\.raw|text|\.query|sequelize\.query|knex\.raw|\$queryRawUnsafe|\$executeRawUnsafe|db\.(?:run|all|get|exec))\s{0,8}\(\s{0,8}(?:f"(?:SELECT|UPDATE|DELETE|INSERT)\b[^"\n]{0,200}\{|f'(?:SELECT|UPDATE|DELETE|INSERT)\b[^'\n]{0,200}\{|\x60(?:SELECT|UPDATE|DELETE|INSERT)\b[^\x60\n]{0,200}\$\{|(?:"(?:SELECT|UPDATE|DELETE|INSERT)\b[^"\n]{0,200}"|'(?:SELECT|UPDATE|DELETE|INSERT)\b[^'\n]{0,200}')\s{0,8}(?:%\s{0,8}\(?|\+\s{0,8}|\.format\s{0,8}\())`,
      "i",
    ),
    also: REQ_ANY_RE,
    why:
      "builds SQL from request input with string formatting (SQL injection; use bound parameters)",
  },
  {
    id: "data.nosql_request_object",
    kind: "app_weakness",
    lit: [".find", ".count", ".deletemany", ".updatemany", "$where"],
    re:
      /\.(?:find|findOne|find_one|count|deleteMany|updateMany)\s{0,8}\(\s{0,8}(?:req\.body|req\.query|request\.json|request\.get_json\s{0,8}\(\s{0,8}\))\s{0,8}[,)]|["']?\$where["']?\s{0,8}:\s{0,8}(?:req\.|request\.|\x60[^\x60\n]{0,80}\$\{)/,
    why: 'passes the raw request object as a MongoDB filter (operator injection: {"$ne": null})',
  },
];
