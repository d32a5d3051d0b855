import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "py.archive_extract_upload",
    block: [
      `@app.post("/import")\ndef imp():\n    with tarfile.open(fileobj=request.files["bundle"].stream) as tar:\n        tar.extractall("/srv/data")\n`,
    ],
    pass: [
      `@app.post("/import")\ndef imp():\n    with tarfile.open(fileobj=request.files["bundle"].stream) as tar:\n        tar.extractall("/srv/data", filter="data")\n`,
    ],
  },
  {
    id: "py.django_weak_hasher",
    block: [
      `PASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",\n]\n`,
    ],
    pass: [`PASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.Argon2PasswordHasher",\n]\n`],
  },
  {
    id: "py.flask_csrf_off",
    block: [`class ProductionConfig(Config):\n    WTF_CSRF_ENABLED = False\n`],
    pass: [`class TestingConfig(Config):\n    TESTING = True\n    WTF_CSRF_ENABLED = False\n`],
  },
  {
    id: "py.reflected_markup",
    block: [
      `@app.route("/hi")\ndef hi():\n    return Markup(f"<b>{request.args.get('name')}</b>")\n`,
    ],
    pass: [
      `@app.route("/hi")\ndef hi():\n    return Markup("<b>{}</b>").format(request.args.get("name"))\n`,
    ],
  },
  {
    id: "js.dynamic_require_request",
    block: [
      `app.get('/render', (req, res) => {\n  const view = require(req.query.view);\n  res.send(view.render());\n});\n`,
    ],
    pass: [`const view = require('./views/' + VIEWS[name]);\n`],
  },
  {
    id: "js.reflected_xss",
    block: [
      `app.get('/hello', (req, res) => {\n  res.send(\`<h1>Hello \${req.query.name}</h1>\`);\n});\n`,
    ],
    pass: [
      `app.get('/hello', (req, res) => {\n  res.send(\`<h1>Hello \${escapeHtml(req.query.name)}</h1>\`);\n});\n`,
    ],
  },
  {
    id: "js.xml_noent",
    block: [`const doc = libxmljs.parseXml(req.body, { noent: true, dtdload: true });\n`],
    pass: [`const doc = libxmljs.parseXml(req.body, { noent: false });\n`],
  },
  {
    id: "js.session_secret_constant",
    block: [
      `app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));\n`,
    ],
    pass: [`app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));\n`],
  },
  {
    id: "java.h2_devtools_console",
    block: [`spring.h2.console.enabled=true\nspring.h2.console.settings.web-allow-others=true\n`],
    pass: [`spring.h2.console.enabled=false\n`],
  },
  {
    id: "java.error_details_exposed",
    block: [`server.error.include-stacktrace=always\n`],
    pass: [`server.error.include-stacktrace=never\n`],
  },
  {
    id: "java.polymorphic_typing",
    block: [`ObjectMapper mapper = new ObjectMapper();\nmapper.enableDefaultTyping();\n`],
    pass: [`ObjectMapper mapper = JsonMapper.builder().build();\n`],
  },
  {
    id: "java.snakeyaml_request",
    block: [
      `@PostMapping("/config")\npublic Map<String, Object> load(@RequestBody String body) {\n  return new Yaml().load(body);\n}\n`,
    ],
    pass: [
      `@PostMapping("/config")\npublic Map<String, Object> load(@RequestBody String body) {\n  return new Yaml(new SafeConstructor(new LoaderOptions())).load(body);\n}\n`,
    ],
  },
  {
    id: "php.extract_request",
    block: [`<?php\nextract($_POST);\nif ($is_admin) { show_admin(); }\n`],
    pass: [`<?php\nextract(['title' => 'Home']);\n`],
  },
  {
    id: "php.open_redirect_xss",
    block: [`<?php\nheader("Location: " . $_GET['next']);\n`, `<?php echo $_GET['q']; ?>`],
    pass: [`<?php echo htmlspecialchars($_GET['q'], ENT_QUOTES, 'UTF-8'); ?>`],
  },
  {
    id: "php.laravel_guarded_empty",
    block: [`<?php\nclass User extends Authenticatable\n{\n    protected $guarded = [];\n}\n`],
    pass: [
      `<?php\nclass User extends Authenticatable\n{\n    protected $fillable = ['name', 'email'];\n}\n`,
    ],
  },
  {
    id: "php.wp_nopriv_write",
    block: [
      `add_action('wp_ajax_nopriv_save_settings', function () {\n  update_option('users_can_register', $_POST['v']);\n  wp_die();\n});\n`,
    ],
    pass: [
      `add_action('wp_ajax_nopriv_save_settings', function () {\n  check_ajax_referer('s');\n  if (!current_user_can('manage_options')) wp_die();\n  update_option('x', $_POST['v']);\n});\n`,
    ],
  },
  {
    id: "rb.secret_key_base_literal",
    block: [
      `# config/environments/production.rb\nRails.application.configure do\n  config.secret_key_base = "3b7cd727ee24e8444053437c36cc66c3"\nend\n`,
    ],
    pass: [
      `Rails.application.configure do\n  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE")\nend\n`,
    ],
  },
  {
    id: "go.weak_session_secret",
    block: [`var store = sessions.NewCookieStore([]byte("super-secret-key"))\n`],
    pass: [`var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))\n`],
  },
  {
    id: "go.cors_gorilla_star_credentials",
    block: [
      `h := handlers.CORS(handlers.AllowedOrigins([]string{"*"}), handlers.AllowCredentials())(r)\n`,
    ],
    pass: [
      `h := handlers.CORS(handlers.AllowedOrigins([]string{"https://app.example.com"}), handlers.AllowCredentials())(r)\n`,
    ],
  },
  {
    id: "cs.cookie_flags_off",
    block: [
      `services.ConfigureApplicationCookie(o => {\n    o.Cookie.SecurePolicy = CookieSecurePolicy.None;\n});\n`,
    ],
    pass: [
      `services.ConfigureApplicationCookie(o => {\n    o.Cookie.SecurePolicy = CookieSecurePolicy.Always;\n});\n`,
    ],
  },
  {
    id: "web.fpm_image_exec",
    block: [`[www]\nsecurity.limit_extensions = .php .jpg .png\n`],
    pass: [`[www]\nsecurity.limit_extensions = .php\n`],
  },
  {
    id: "auth.saml_signature_off",
    block: [
      `{\n  "strict": false,\n  "security": { "wantAssertionsSigned": false },\n  "sp": { "entityId": "https://app.example.com/saml" },\n  "idp": { "entityId": "https://idp.example.com" }\n}\n`,
    ],
    pass: [
      `{\n  "strict": true,\n  "security": { "wantAssertionsSigned": true },\n  "sp": { "entityId": "https://app.example.com/saml" },\n  "idp": { "entityId": "https://idp.example.com" }\n}\n`,
    ],
  },
  {
    id: "auth.mfa_rate_limit_off",
    block: [
      `# settings/production.py\nREQUIRE_MFA = False\n`,
      `@limiter.exempt\n@app.post("/login")\ndef login():\n    ...\n`,
    ],
    pass: [`# settings/production.py\nREQUIRE_MFA = True\n`],
  },
  {
    id: "auth.jwt_claims_off",
    block: [`claims = jwt.decode(tok, KEY, algorithms=["RS256"], options={"verify_aud": False})\n`],
    pass: [`claims = jwt.decode(tok, KEY, algorithms=["RS256"], audience="orders-api")\n`],
  },
  {
    id: "data.log_request_headers",
    block: [
      `app.use((req, res, next) => {\n  console.log(JSON.stringify(req.headers));\n  next();\n});\n`,
    ],
    pass: [`app.use((req, res, next) => {\n  console.log(req.method, req.path);\n  next();\n});\n`],
  },
];

runCases("more", CASES);
