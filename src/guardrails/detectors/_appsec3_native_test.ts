import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "cs3.typename_handling",
    block: [
      `var serializer = new JsonSerializer { TypeNameHandling = TypeNameHandling.Arrays };\n`,
      `services.AddControllers().AddNewtonsoftJson(o => o.SerializerSettings.TypeNameHandling = TypeNameHandling.Objects);\n`,
      `JsonConvert.DefaultSettings = () => new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };\n`,
    ],
    pass: [
      `var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };\n`,
      `var settings = new JsonSerializerSettings {\n    TypeNameHandling = TypeNameHandling.Auto,\n    SerializationBinder = new KnownTypesBinder(typeof(CreateOrder), typeof(CancelOrder)),\n};\n`,
      `var cmd = JsonSerializer.Deserialize<Command>(body);\n`,
    ],
  },
  {
    id: "cs3.cookie_not_secure",
    block: [
      `Response.Cookies.Append("auth", jwt, new CookieOptions { HttpOnly = true, Secure = false });\n`,
      `var o = new CookieOptions { Path = "/", Secure = false, SameSite = SameSiteMode.Lax };\n`,
      `var opts = new CookieOptions() { Expires = DateTime.UtcNow.AddDays(30), Secure = false };\n`,
    ],
    pass: [
      `Response.Cookies.Append("auth", jwt, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict });\n`,
      `services.ConfigureApplicationCookie(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);\n`,
      `var opts = new CookieOptions { Expires = DateTime.UtcNow.AddDays(30) };\n`,
    ],
  },
  {
    id: "go3.math_rand_bytes",
    block: [
      `package auth\n\nimport (\n\t"encoding/base64"\n\t"math/rand"\n)\n\nfunc NewKey() string {\n\tb := make([]byte, 32)\n\trand.Read(b)\n\treturn base64.StdEncoding.EncodeToString(b)\n}\n`,
      `import mrand "math/rand"\n\nfunc salt() []byte {\n\ts := make([]byte, 16)\n\tmrand.Read(s)\n\treturn s\n}\n`,
      `import "math/rand"\n\nfunc fill(buf []byte) {\n\t_, _ = rand.Read(buf)\n}\n`,
    ],
    pass: [
      `package auth\n\nimport (\n\t"crypto/rand"\n\t"encoding/base64"\n)\n\nfunc NewKey() string {\n\tb := make([]byte, 32)\n\trand.Read(b)\n\treturn base64.StdEncoding.EncodeToString(b)\n}\n`,
      `import "math/rand"\nfunc jitter() time.Duration { return time.Duration(rand.Intn(500)) * time.Millisecond }\n`,
      `import (\n\t"crypto/rand"\n\tmrand "math/rand"\n)\nfunc k() { b := make([]byte, 8); rand.Read(b); _ = mrand.Intn(3) }\n`,
    ],
  },
  {
    id: "go3.ssh_insecure_hostkey",
    block: [
      `config := &ssh.ClientConfig{User: "backup", Auth: auth, HostKeyCallback: ssh.InsecureIgnoreHostKey()}\n`,
      `cfg := ssh.ClientConfig{\n\tUser:            user,\n\tHostKeyCallback: ssh.InsecureIgnoreHostKey(),\n}\n`,
      `return &ssh.ClientConfig{HostKeyCallback:ssh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second}\n`,
    ],
    pass: [
      `hostKeyCallback, _ := knownhosts.New(filepath.Join(home, ".ssh", "known_hosts"))\nconfig := &ssh.ClientConfig{User: "backup", Auth: auth, HostKeyCallback: hostKeyCallback}\n`,
      `config := &ssh.ClientConfig{User: "backup", HostKeyCallback: ssh.FixedHostKey(pinned)}\n`,
      `config := &ssh.ClientConfig{User: "backup", HostKeyCallback: verifyAgainstInventory}\n`,
    ],
  },
  {
    id: "go3.sql_sprintf_quoted",
    block: [
      "q := fmt.Sprintf(\"SELECT id FROM accounts WHERE email = '%s'\", email)\nrow := db.QueryRow(q)\n",
      'stmt := fmt.Sprintf("DELETE FROM sessions WHERE token = %s", tok)\n_, err := db.ExecContext(ctx, stmt)\n',
      "rows, err := db.Query(fmt.Sprintf(\"select * from items where name like '%%%s%%'\", term))\n",
    ],
    pass: [
      'row := db.QueryRow("SELECT id FROM accounts WHERE email = $1", email)\n',
      'q := fmt.Sprintf("SELECT count(*) FROM %s", pq.QuoteIdentifier(table))\nrow := db.QueryRow(q)\n',
      "msg := fmt.Sprintf(\"user '%s' logged in\", name)\nlog.Println(msg)\n",
    ],
  },
  {
    id: "php3.upload_original_name",
    block: [
      `<?php\n$to = $base . DIRECTORY_SEPARATOR . $_FILES['img']['name'];\n@move_uploaded_file($_FILES['img']['tmp_name'], $to);\n`,
      `<?php\n$dest = UPLOAD_DIR . '/' . $_FILES["avatar"]["name"];\nif (move_uploaded_file($_FILES["avatar"]["tmp_name"], $dest)) { echo "saved"; }\n`,
      `<?php\n$path = "uploads/" . time() . "_" . $_FILES['f']['name'];\nmove_uploaded_file($_FILES['f']['tmp_name'], $path);\n`,
    ],
    pass: [
      `<?php\n$ext = strtolower(pathinfo($_FILES['doc']['name'], PATHINFO_EXTENSION));\nif (!in_array($ext, ['pdf', 'png'], true)) exit;\nmove_uploaded_file($_FILES['doc']['tmp_name'], __DIR__ . '/files/' . bin2hex(random_bytes(8)) . ".$ext");\n`,
      `<?php\nmove_uploaded_file($_FILES['doc']['tmp_name'], __DIR__ . '/files/' . bin2hex(random_bytes(16)) . '.bin');\n`,
      `<?php\necho htmlspecialchars($_FILES['doc']['name']);\n`,
    ],
  },
  {
    id: "php3.blade_raw_request",
    block: [
      `<p class="hint">{!! request('q') !!}</p>\n`,
      `<input value="{!! old('title') !!}">\n`,
      `<h1>{!! $request->input('headline') !!}</h1>\n`,
    ],
    pass: [
      `<p class="hint">{{ request('q') }}</p>\n`,
      `<div>{!! $post->rendered_html !!}</div>\n`,
      `<input value="{{ old('title') }}">\n`,
    ],
  },
  {
    id: "c3.sprintf_system",
    block: [
      `char cmd[512];\nsnprintf(cmd, sizeof(cmd), "convert %s -resize 200 thumb.png", upload_path);\nsystem(cmd);\n`,
      `char buf[256];\nsprintf(buf, "nslookup %s", host);\nFILE *p = popen(buf, "r");\n`,
      `char line[128];\nsnprintf(line, 128, "tar xf %s -C /tmp/x", archive);\nint rc = system(line);\n`,
    ],
    pass: [
      `char *argv[] = {"convert", (char *)upload_path, "-resize", "200", "thumb.png", NULL};\nexecvp("convert", argv);\n`,
      `char msg[256];\nsnprintf(msg, sizeof(msg), "saved %s", path);\nputs(msg);\n`,
      `system("sync");\n`,
    ],
  },
  {
    id: "c3.rand_for_key",
    block: [
      `for (i = 0; i < 16; i++) session_key[i] = rand() % 256;\n`,
      `srand(time(NULL));\nfor (int i = 0; i < 12; i++)\n    iv[i] = (unsigned char)rand();\n`,
      `for (size_t j = 0; j < n; j++) token[j] = rand();\n`,
    ],
    pass: [
      `if (RAND_bytes(session_key, 16) != 1) abort();\n`,
      `for (int i = 0; i < n; i++) samples[i] = rand();\n`,
      `getrandom(iv, 12, 0);\n`,
    ],
  },
  {
    id: "ios3.trust_any_certificate",
    block: [
      `func urlSession(_ s: URLSession, didReceive challenge: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {\n    guard let serverTrust = challenge.protectionSpace.serverTrust else { return completionHandler(.performDefaultHandling, nil) }\n    completionHandler(.useCredential, URLCredential(trust: serverTrust))\n}\n`,
      `func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge) async -> (URLSession.AuthChallengeDisposition, URLCredential?) {\n    let trust = challenge.protectionSpace.serverTrust!\n    completionHandler(.useCredential, URLCredential(trust: trust))\n}\n`,
      `session(didReceive challenge: URLAuthenticationChallenge) {\n  if let serverTrust = challenge.protectionSpace.serverTrust { completionHandler(.useCredential, URLCredential(trust: serverTrust)) }\n}\n`,
    ],
    pass: [
      `func urlSession(_ s: URLSession, didReceive challenge: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {\n    guard let serverTrust = challenge.protectionSpace.serverTrust, SecTrustEvaluateWithError(serverTrust, nil), pinnedKeys.contains(publicKeyHash(serverTrust)) else {\n        return completionHandler(.cancelAuthenticationChallenge, nil)\n    }\n    completionHandler(.useCredential, URLCredential(trust: serverTrust))\n}\n`,
      `func urlSession(_ s: URLSession, didReceive challenge: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {\n    completionHandler(.performDefaultHandling, nil)\n}\n`,
      `let cred = URLCredential(user: user, password: pass, persistence: .forSession)\ncompletionHandler(.useCredential, cred)\n`,
    ],
  },
  {
    id: "go3.request_path_open",
    block: [
      'func get(w http.ResponseWriter, r *http.Request) {\n\tname := filepath.Join(baseDir, r.URL.Query().Get("name"))\n\tdata, _ := os.ReadFile(name)\n\tw.Write(data)\n}\n',
      'func dl(c *gin.Context) {\n\tp := path.Join("/srv/exports", c.Query("f"))\n\tf, err := os.Open(p)\n\t_ = err\n\tio.Copy(c.Writer, f)\n}\n',
      'func serve(w http.ResponseWriter, r *http.Request) {\n\tfull := filepath.Join(root, mux.Vars(r)["file"])\n\thttp.ServeFile(w, r, full)\n}\n',
    ],
    pass: [
      'func get(w http.ResponseWriter, r *http.Request) {\n\tn := r.URL.Query().Get("name")\n\tif !filepath.IsLocal(n) { http.Error(w, "bad", 400); return }\n\tname := filepath.Join(baseDir, n)\n\tdata, _ := os.ReadFile(name)\n\tw.Write(data)\n}\n',
      'func get(w http.ResponseWriter, r *http.Request) {\n\tname := filepath.Join(baseDir, r.URL.Query().Get("name"))\n\tif !strings.HasPrefix(filepath.Clean(name), baseDir) { return }\n\tdata, _ := os.ReadFile(name)\n\tw.Write(data)\n}\n',
      'func get(w http.ResponseWriter, r *http.Request) {\n\tdata, _ := os.ReadFile(filepath.Join(baseDir, "index.html"))\n\tw.Write(data)\n}\n',
    ],
  },
];

runCases("appsec3 native", CASES);
