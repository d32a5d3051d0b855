import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "go2.tls_min_version_old",
    block: [`cfg := &tls.Config{MinVersion: tls.VersionTLS10}\n`],
    pass: [`cfg := &tls.Config{MinVersion: tls.VersionTLS12}\n`],
  },
  {
    id: "go2.weak_rsa_key",
    block: [`key, err := rsa.GenerateKey(rand.Reader, 1024)\n`],
    pass: [`key, err := rsa.GenerateKey(rand.Reader, 4096)\n`],
  },
  {
    id: "go2.file_perm_world",
    block: [`if err := os.WriteFile(filepath.Join(dir, "token.json"), data, 0666); err != nil {\n`],
    pass: [`if err := os.WriteFile(filepath.Join(dir, "token.json"), data, 0600); err != nil {\n`],
  },
  {
    id: "go2.zip_slip",
    block: [
      `r, _ := zip.OpenReader(src)\nfor _, f := range r.File {\n\tdst := filepath.Join(dest, f.Name)\n\tout, _ := os.Create(dst)\n}\n`,
    ],
    pass: [
      `r, _ := zip.OpenReader(src)\nfor _, f := range r.File {\n\tif !filepath.IsLocal(f.Name) {\n\t\tcontinue\n\t}\n\tdst := filepath.Join(dest, f.Name)\n}\n`,
    ],
  },
  {
    id: "go2.decompression_bomb",
    block: [
      `func upload(w http.ResponseWriter, r *http.Request) {\n\tzr, _ := gzip.NewReader(r.Body)\n\tdata, _ := io.ReadAll(zr)\n}\n`,
    ],
    pass: [
      `func upload(w http.ResponseWriter, r *http.Request) {\n\tzr, _ := gzip.NewReader(r.Body)\n\tdata, _ := io.ReadAll(io.LimitReader(zr, 10<<20))\n}\n`,
    ],
  },
  {
    id: "go2.open_redirect",
    block: [
      `func login(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)\n}\n`,
    ],
    pass: [
      `func login(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, "/dashboard", http.StatusFound)\n}\n`,
    ],
  },
  {
    id: "go2.gin_debug_trusted_proxies",
    block: [`r := gin.Default()\nr.SetTrustedProxies([]string{"0.0.0.0/0"})\n`],
    pass: [`r := gin.Default()\nr.SetTrustedProxies([]string{"10.0.0.0/8"})\n`],
  },
  {
    id: "cs2.validate_input_off",
    block: [
      `[HttpPost]\n[ValidateInput(false)]\npublic ActionResult Save(string body) {\n  ViewBag.Body = body;\n  return View();\n}\n// view: @Html.Raw(ViewBag.Body)\n`,
    ],
    pass: [
      `[HttpPost]\npublic ActionResult Save(string body) {\n  ViewBag.Body = body;\n  return View();\n}\n`,
    ],
  },
  {
    id: "cs2.html_raw_request",
    block: [`<p>Results for @Html.Raw(Request.Query["q"])</p>\n`],
    pass: [`<p>Results for @Request.Query["q"]</p>\n`],
  },
  {
    id: "cs2.open_redirect",
    block: [
      `public IActionResult Login(string returnUrl) {\n  await SignIn(user);\n  return Redirect(returnUrl);\n}\n`,
    ],
    pass: [
      `public IActionResult Login(string returnUrl) {\n  if (Url.IsLocalUrl(returnUrl)) return Redirect(returnUrl);\n  return RedirectToAction("Index");\n}\n`,
    ],
  },
  {
    id: "cs2.path_combine_request",
    block: [
      `public IActionResult Get([FromQuery] string fileName) {\n  var p = Path.Combine(_root, fileName);\n  return PhysicalFile(p, "application/octet-stream");\n}\n`,
    ],
    pass: [
      `public IActionResult Get([FromQuery] string fileName) {\n  var p = Path.Combine(_root, Path.GetFileName(fileName));\n  return PhysicalFile(p, "application/octet-stream");\n}\n`,
    ],
  },
  {
    id: "cs2.tls_protocol_old",
    block: [`ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;\n`],
    pass: [
      `ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;\n`,
    ],
  },
  {
    id: "cs2.directory_browsing",
    block: [`app.UseStaticFiles();\napp.UseDirectoryBrowser();\n`],
    pass: [`if (app.Environment.IsDevelopment()) {\n  app.UseDirectoryBrowser();\n}\n`],
  },
  {
    id: "php2.xxe_noent",
    block: [`<?php\n$xml = simplexml_load_string($body, 'SimpleXMLElement', LIBXML_NOENT);\n`],
    pass: [`<?php\n$xml = simplexml_load_string($body, 'SimpleXMLElement', LIBXML_NONET);\n`],
  },
  {
    id: "php2.xss_echo_request",
    block: [`<?php\necho "Hello " . $_GET['name'];\n`],
    pass: [`<?php\necho "Hello " . htmlspecialchars($_GET['name'], ENT_QUOTES);\n`],
  },
  {
    id: "php2.wp_remote_sslverify_off",
    block: [`$res = wp_remote_post($url, array('body' => $payload, 'sslverify' => false));\n`],
    pass: [`$res = wp_remote_post($url, array('body' => $payload, 'sslverify' => true));\n`],
  },
  {
    id: "php2.wp_option_update_no_cap",
    block: [
      `add_action('wp_ajax_save_settings', function () {\n  update_option('acme_settings', $_POST['settings']);\n  wp_send_json_success();\n});\n`,
    ],
    pass: [
      `add_action('wp_ajax_save_settings', function () {\n  check_ajax_referer('acme');\n  if (!current_user_can('manage_options')) wp_die();\n  update_option('acme_settings', $_POST['settings']);\n});\n`,
    ],
  },
  {
    id: "php2.ini_dangerous",
    block: [`; php.ini\nallow_url_include = On\n`],
    pass: [`; php.ini\nallow_url_include = Off\n`],
  },
  {
    id: "php2.symfony_debug_prod",
    block: [`# .env.prod\nAPP_ENV=prod\nAPP_DEBUG=1\n`],
    pass: [`# .env.prod\nAPP_ENV=prod\nAPP_DEBUG=0\n`, `# .env.local\nAPP_ENV=dev\nAPP_DEBUG=1\n`],
  },
  {
    id: "c2.unbounded_copy_input",
    block: [
      `int main(int argc, char **argv) {\n  char name[32];\n  strcpy(name, argv[1]);\n}\n`,
      `char line[128];\ngets(line);\n`,
    ],
    pass: [
      `int main(int argc, char **argv) {\n  char name[32];\n  snprintf(name, sizeof name, "%s", argv[1]);\n}\n`,
    ],
  },
  {
    id: "c2.format_string_input",
    block: [`int main(int argc, char **argv) {\n  printf(argv[1]);\n}\n`],
    pass: [`int main(int argc, char **argv) {\n  printf("%s", argv[1]);\n}\n`],
  },
  {
    id: "c2.system_input",
    block: [`char cmd[256];\nsnprintf(cmd, sizeof cmd, "ping -c 1 %s", argv[1]);\nsystem(cmd);\n`],
    pass: [`char *args[] = {"ping", "-c", "1", argv[1], NULL};\nexecvp("ping", args);\n`],
  },
  {
    id: "rs2.tls_verifier_off",
    block: [
      `let config = ClientConfig::builder()\n    .dangerous()\n    .with_custom_certificate_verifier(Arc::new(NoVerifier))\n    .with_no_client_auth();\n`,
    ],
    pass: [`let client = reqwest::Client::builder().use_rustls_tls().build()?;\n`],
  },
  {
    id: "rs2.command_shell_input",
    block: [
      `async fn ping(Query(q): Query<Host>) -> String {\n    let out = Command::new("sh").arg("-c").arg(format!("ping -c1 {}", q.host)).output().unwrap();\n}\n`,
    ],
    pass: [
      `async fn ping(Query(q): Query<Host>) -> String {\n    let out = Command::new("ping").arg("-c1").arg(&q.host).output().unwrap();\n}\n`,
    ],
  },
];

runCases("go2/cs2/php2/c2/rs2", CASES);
