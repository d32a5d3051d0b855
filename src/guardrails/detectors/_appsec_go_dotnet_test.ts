import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const GO = 'package main\n\nimport (\n\t"net/http"\n\t"os/exec"\n)\n\n';

const CASES: AppsecCase[] = [
  {
    id: "go.insecure_skip_verify",
    block: [
      `tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}\nclient := &http.Client{Transport: tr}\n`,
    ],
    pass: [
      `tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: cfg.Insecure}}\n`,
      `tr := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}\n`,
    ],
  },
  {
    id: "go.exec_shell_request",
    block: [
      `${GO}func handler(w http.ResponseWriter, r *http.Request) {\n\thost := r.URL.Query().Get("host")\n\tout, _ := exec.Command("sh", "-c", "ping -c 1 "+host).Output()\n\tw.Write(out)\n}\n`,
    ],
    pass: [
      `${GO}func handler(w http.ResponseWriter, r *http.Request) {\n\thost := r.URL.Query().Get("host")\n\tout, _ := exec.Command("ping", "-c", "1", host).Output()\n\tw.Write(out)\n}\n`,
    ],
  },
  {
    id: "go.sql_sprintf_request",
    block: [
      `id := r.URL.Query().Get("id")\nrows, err := db.Query(fmt.Sprintf("SELECT * FROM orders WHERE id = '%s'", id))\n`,
    ],
    pass: [
      `id := r.URL.Query().Get("id")\nrows, err := db.Query("SELECT * FROM orders WHERE id = $1", id)\n`,
    ],
  },
  {
    id: "go.path_traversal_request",
    block: [
      `func dl(w http.ResponseWriter, r *http.Request) {\n\thttp.ServeFile(w, r, filepath.Join("/srv/files", r.URL.Query().Get("f")))\n}\n`,
    ],
    pass: [
      `func dl(w http.ResponseWriter, r *http.Request) {\n\tname := filepath.Base(r.URL.Query().Get("f"))\n\thttp.ServeFile(w, r, filepath.Join("/srv/files", name))\n}\n`,
    ],
  },
  {
    id: "go.pprof_public",
    block: [
      `import _ "net/http/pprof"\n\nfunc main() {\n\tlog.Fatal(http.ListenAndServe(":8080", nil))\n}\n`,
    ],
    pass: [
      `import _ "net/http/pprof"\n\nfunc main() {\n\tgo http.ListenAndServe("localhost:6060", nil)\n}\n`,
    ],
  },
  {
    id: "go.math_rand_token",
    block: [
      `import "math/rand"\n\nfunc newResetToken() string {\n\ttoken := fmt.Sprintf("%06d", rand.Intn(1000000))\n\treturn token\n}\n`,
    ],
    pass: [
      `import "crypto/rand"\n\nfunc newResetToken() string {\n\tb := make([]byte, 32)\n\trand.Read(b)\n\treturn hex.EncodeToString(b)\n}\n`,
    ],
  },
  {
    id: "go.cors_reflect_credentials",
    block: [
      `r.Use(cors.New(cors.Config{\n\tAllowAllOrigins:  true,\n\tAllowCredentials: true,\n}))\n`,
    ],
    pass: [
      `r.Use(cors.New(cors.Config{\n\tAllowOrigins:     []string{"https://app.example.com"},\n\tAllowCredentials: true,\n}))\n`,
    ],
  },
  {
    id: "go.template_html_unescaped",
    block: [`data := map[string]any{"Bio": template.HTML(r.FormValue("bio"))}\n`],
    pass: [`data := map[string]any{"Bio": r.FormValue("bio")}\n`],
  },
  {
    id: "go.ssrf_request",
    block: [`resp, err := http.Get(r.URL.Query().Get("url"))\n`],
    pass: [`resp, err := http.Get(cfg.UpstreamURL + "/health")\n`],
  },
  {
    id: "go.weak_hash_password",
    block: [`hash, _ := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.MinCost)\n`],
    pass: [`hash, _ := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)\n`],
  },
  {
    id: "go.debug_public",
    block: [
      `func main() {\n\tgin.SetMode(gin.DebugMode)\n\tr := gin.Default()\n\tr.Run("0.0.0.0:8080")\n}\n`,
    ],
    pass: [
      `func main() {\n\tgin.SetMode(gin.ReleaseMode)\n\tr := gin.Default()\n\tr.Run(":8080")\n}\n`,
    ],
  },
  {
    id: "cs.cert_validation_true",
    block: [
      `ServicePointManager.ServerCertificateValidationCallback = (sender, cert, chain, errors) => true;\n`,
      `var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };\n`,
    ],
    pass: [
      `handler.ServerCertificateCustomValidationCallback = (m, cert, chain, errors) => errors == SslPolicyErrors.None;\n`,
    ],
  },
  {
    id: "cs.binaryformatter_request",
    block: [
      `[HttpPost]\npublic IActionResult Restore()\n{\n    var bf = new BinaryFormatter();\n    var cart = (Cart)bf.Deserialize(Request.Body);\n    return Ok(cart);\n}\n`,
      `var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };\nvar obj = JsonConvert.DeserializeObject(body, settings);\n`,
    ],
    pass: [`var cart = JsonSerializer.Deserialize<Cart>(Request.Body);\n`],
  },
  {
    id: "cs.allow_anonymous_admin",
    block: [
      `[AllowAnonymous]\n[Route("api/admin/users")]\npublic class UsersAdminController : ControllerBase { }\n`,
    ],
    pass: [
      `[AllowAnonymous]\n[Route("api/health")]\npublic class HealthController : ControllerBase { }\n`,
    ],
  },
  {
    id: "cs.webconfig_debug_errors",
    block: [
      `<configuration>\n  <system.web>\n    <compilation debug="true" targetFramework="4.8" />\n    <customErrors mode="Off" />\n  </system.web>\n</configuration>\n`,
    ],
    pass: [
      `<configuration>\n  <system.web>\n    <compilation debug="false" />\n    <customErrors mode="RemoteOnly" />\n  </system.web>\n</configuration>\n`,
    ],
  },
  {
    id: "cs.developer_exception_page_prod",
    block: [
      `var app = builder.Build();\napp.UseDeveloperExceptionPage();\napp.MapControllers();\n`,
    ],
    pass: [
      `var app = builder.Build();\nif (app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}\n`,
    ],
  },
  {
    id: "cs.cors_any_credentials",
    block: [
      `builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.SetIsOriginAllowed(_ => true).AllowCredentials().AllowAnyHeader()));\n`,
    ],
    pass: [
      `builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins("https://app.example.com").AllowCredentials()));\n`,
    ],
  },
  {
    id: "cs.process_start_request",
    block: [`var p = Process.Start("cmd.exe", "/c ping " + Request.Query["host"]);\n`],
    pass: [`var p = Process.Start("ping", new[] { "-n", "1", host });\n`],
  },
  {
    id: "cs.sql_concat_request",
    block: [
      `public IActionResult Find(string name)\n{\n    var users = _db.Users.FromSqlRaw($"SELECT Id, Email FROM Customers WHERE LastName = '{name}'").ToList();\n    return Ok(users);\n}\n`,
    ],
    pass: [
      `var users = _db.Users.FromSqlInterpolated($"SELECT Id, Email FROM Customers WHERE LastName = {name}").ToList();\n`,
    ],
  },
  {
    id: "cs.request_validation_off",
    block: [
      `<system.web>\n  <pages validateRequest="false" enableViewStateMac="false" />\n</system.web>\n`,
    ],
    pass: [`<system.web>\n  <pages validateRequest="true" />\n</system.web>\n`],
  },
  {
    id: "cs.xml_dtd_processing",
    block: [
      `var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };\n`,
    ],
    pass: [`var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };\n`],
  },
];

runCases("go/dotnet", CASES);
