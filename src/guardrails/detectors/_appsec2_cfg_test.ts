import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "java2.ssrf_request",
    block: [
      `URL u = new URL(request.getParameter("feed"));\nInputStream in = u.openStream();\n`,
      `@GetMapping("/proxy")\npublic String proxy(@RequestParam String url) {\n  return restTemplate.getForObject(url, String.class);\n}\n`,
    ],
    pass: [`URL u = new URL(FEED_URL);\nInputStream in = u.openStream();\n`],
  },
  {
    id: "cs2.ssrf_request",
    block: [
      `public async Task<string> Preview([FromQuery] string url) {\n  return await _http.GetStringAsync(url);\n}\n`,
    ],
    pass: [
      `public async Task<string> Preview([FromQuery] string id) {\n  return await _http.GetStringAsync($"https://api.example.com/items/{Uri.EscapeDataString(id)}");\n}\n`,
    ],
  },
  {
    id: "rb2.ssrf_params",
    block: [`def preview\n  body = Net::HTTP.get(URI(params[:url]))\n  render plain: body\nend\n`],
    pass: [`def preview\n  body = Net::HTTP.get(URI(FEED_URL))\nend\n`],
  },
  {
    id: "py2.reflected_fstring_html",
    block: [
      `@app.route("/hi")\ndef hi():\n    return f"<h1>Hello {request.args.get('name')}</h1>"\n`,
    ],
    pass: [
      `@app.route("/hi")\ndef hi():\n    return f"<h1>Hello {escape(request.args.get('name'))}</h1>"\n`,
    ],
  },
  {
    id: "py2.yaml_load_default_request",
    block: [`@app.post("/cfg")\ndef cfg():\n    data = yaml.load(request.data)\n`],
    pass: [`@app.post("/cfg")\ndef cfg():\n    data = yaml.safe_load(request.data)\n`],
  },
  {
    id: "py2.flask_cookie_httponly_off",
    block: [`app.config["SESSION_COOKIE_HTTPONLY"] = False\n`],
    pass: [`app.config["SESSION_COOKIE_HTTPONLY"] = True\n`],
  },
  {
    id: "py2.django_pickle_session",
    block: [
      `SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"\nSESSION_SERIALIZER = "django.contrib.sessions.serializers.PickleSerializer"\n`,
    ],
    pass: [`SESSION_SERIALIZER = "django.contrib.sessions.serializers.JSONSerializer"\n`],
  },
  {
    id: "py2.django_csrf_trusted_star",
    block: [`CSRF_TRUSTED_ORIGINS = ["https://*"]\n`],
    pass: [`CSRF_TRUSTED_ORIGINS = ["https://*.example.com"]\n`],
  },
  {
    id: "py2.django_no_password_validators",
    block: [`# production settings\nDEBUG = False\nAUTH_PASSWORD_VALIDATORS = []\n`],
    pass: [`# settings/test.py\nAUTH_PASSWORD_VALIDATORS = []\n`],
  },
  {
    id: "py2.torch_load_untrusted",
    block: [`@app.post("/model")\ndef up():\n    state = torch.load(request.files["ckpt"])\n`],
    pass: [
      `@app.post("/model")\ndef up():\n    state = torch.load(request.files["ckpt"], weights_only=True)\n`,
    ],
  },
  {
    id: "py2.trust_remote_code_request",
    block: [
      `@app.post("/load")\ndef load():\n    model = AutoModel.from_pretrained(request.json["model"], trust_remote_code=True)\n`,
    ],
    pass: [
      `model = AutoModel.from_pretrained("org/fixed-model", trust_remote_code=True, revision=PINNED_SHA)\n`,
    ],
  },
  {
    id: "kt.ktor_request_sink",
    block: [
      `get("/ping") {\n    val p = Runtime.getRuntime().exec(call.parameters["cmd"])\n}\n`,
      `get("/go") {\n    call.respondRedirect(call.request.queryParameters["next"]!!)\n}\n`,
    ],
    pass: [`get("/go") {\n    call.respondRedirect("/home")\n}\n`],
  },
  {
    id: "mobile2.secret_plain_prefs",
    block: [
      `UserDefaults.standard.set(userPassword, forKey: "pw")\n`,
      `prefs.edit().putString("password", password).apply()\n`,
    ],
    pass: [
      `prefs.edit().putString("theme", theme).apply()\n`,
      `val prefs = EncryptedSharedPreferences.create(ctx, "s", key, AES256_SIV, AES256_GCM)\nprefs.edit().putString("password", password).apply()\n`,
    ],
  },
  {
    id: "mobile2.flutter_bad_certificate",
    block: [
      `final client = HttpClient()\n  ..badCertificateCallback = (X509Certificate cert, String host, int port) => true;\n`,
    ],
    pass: [
      `final client = HttpClient()\n  ..badCertificateCallback = (cert, host, port) => host == "10.0.2.2";\n`,
    ],
  },
  {
    id: "js2.dev_server_host_check_off",
    block: [`module.exports = {\n  devServer: { host: "0.0.0.0", allowedHosts: "all" },\n};\n`],
    pass: [`module.exports = {\n  devServer: { host: "localhost", allowedHosts: "all" },\n};\n`],
  },
  {
    id: "js2.next_image_any_host",
    block: [
      `module.exports = {\n  images: { remotePatterns: [{ protocol: "https", hostname: "**" }] },\n};\n`,
    ],
    pass: [
      `module.exports = {\n  images: { remotePatterns: [{ protocol: "https", hostname: "cdn.example.com" }] },\n};\n`,
    ],
  },
  {
    id: "web2.nginx_alias_off_by_slash",
    block: [`server {\n  location /static {\n    alias /var/www/app/static/;\n  }\n}\n`],
    pass: [`server {\n  location /static/ {\n    alias /var/www/app/static/;\n  }\n}\n`],
  },
  {
    id: "php2.loose_secret_compare",
    block: [
      `<?php\nif ($_POST['token'] == $row['reset_token']) {\n  reset_password($row);\n}\n`,
      `<?php\nif (strcmp($_POST['password'], $stored) == 0) { login(); }\n`,
    ],
    pass: [
      `<?php\nif (hash_equals($row['reset_token'], $_POST['token'])) {\n  reset_password($row);\n}\n`,
    ],
  },
  {
    id: "cs2.antiforgery_ignored",
    block: [
      `[HttpPost]\n[IgnoreAntiforgeryToken]\npublic IActionResult Transfer(TransferModel m) { }\n`,
    ],
    pass: [
      `[HttpPost]\n[ValidateAntiForgeryToken]\npublic IActionResult Transfer(TransferModel m) { }\n`,
    ],
  },
  {
    id: "java2.spring_security_debug",
    block: [`@Configuration\n@EnableWebSecurity(debug = true)\npublic class SecurityConfig {}\n`],
    pass: [`@Configuration\n@EnableWebSecurity\npublic class SecurityConfig {}\n`],
  },
  {
    id: "llm.browser_api_key",
    block: [
      `const openai = new OpenAI({ apiKey: import.meta.env.VITE_KEY, dangerouslyAllowBrowser: true });\n`,
    ],
    pass: [`const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n`],
  },
  {
    id: "llm.output_to_html",
    block: [
      `const completion = await res.json();\nchatBox.innerHTML += completion;\n`,
      `return <div dangerouslySetInnerHTML={{ __html: aiResponse }} />;\n`,
    ],
    pass: [
      `chatBox.innerHTML += DOMPurify.sanitize(marked.parse(completion));\n`,
      `chatBox.textContent = completion;\n`,
    ],
  },
  {
    id: "llm.agent_ci_untrusted",
    block: [
      `on: issues\njobs:\n  fix:\n    steps:\n      - run: claude --dangerously-skip-permissions -p "Fix: \${{ github.event.issue.body }}"\n`,
    ],
    pass: [
      `on: workflow_dispatch\njobs:\n  fix:\n    steps:\n      - run: claude --dangerously-skip-permissions -p "Update the changelog"\n`,
    ],
  },
];

runCases("cfg2/llm2", CASES);
