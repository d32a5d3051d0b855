import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "java2.jndi_lookup_request",
    block: [
      `String name = request.getParameter("ds");\nDataSource ds = (DataSource) new InitialContext().lookup(request.getParameter("ds"));\n`,
    ],
    pass: [`DataSource ds = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/app");\n`],
  },
  {
    id: "java2.reflection_request",
    block: [
      `Class<?> c = Class.forName(request.getParameter("handler"));\nHandler h = (Handler) c.getDeclaredConstructor().newInstance();\n`,
    ],
    pass: [`Class<?> c = Class.forName("org.postgresql.Driver");\n`],
  },
  {
    id: "java2.open_redirect",
    block: [
      `protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n  response.sendRedirect(request.getParameter("next"));\n}\n`,
    ],
    pass: [`response.sendRedirect(request.getContextPath() + "/home");\n`],
  },
  {
    id: "java2.servlet_xss",
    block: [
      `response.getWriter().println("<h1>Hello " + request.getParameter("name") + "</h1>");\n`,
    ],
    pass: [
      `response.getWriter().println("<h1>Hello " + Encode.forHtml(request.getParameter("name")) + "</h1>");\n`,
    ],
  },
  {
    id: "java2.path_traversal_request",
    block: [
      `File f = new File(UPLOAD_ROOT, request.getParameter("file"));\nFiles.copy(f.toPath(), response.getOutputStream());\n`,
    ],
    pass: [
      `File f = new File(UPLOAD_ROOT, FilenameUtils.getName(request.getParameter("file")));\n`,
    ],
  },
  {
    id: "java2.ldap_xpath_request",
    block: [
      `String filter = "(uid=" + request.getParameter("user") + ")";\nctx.search("ou=people,dc=corp", filter, controls);\n`,
    ],
    pass: [
      `String filter = "(uid=" + LdapEncoder.filterEncode(request.getParameter("user")) + ")";\n`,
    ],
  },
  {
    id: "java2.hostname_verifier_all",
    block: [`HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);\n`],
    pass: [
      `CloseableHttpClient c = HttpClients.custom().setSSLHostnameVerifier(new DefaultHostnameVerifier()).build();\n`,
    ],
  },
  {
    id: "java2.cookie_insecure",
    block: [
      `Cookie c = new Cookie("SESSION", token);\nc.setHttpOnly(false);\nresponse.addCookie(c);\n`,
      `server.servlet.session.cookie.secure=false\n`,
    ],
    pass: [`Cookie c = new Cookie("SESSION", token);\nc.setHttpOnly(true);\nc.setSecure(true);\n`],
  },
  {
    id: "java2.spring_cors_star_credentials",
    block: [
      `registry.addMapping("/**").allowedOriginPatterns("*").allowedMethods("*").allowCredentials(true);\n`,
    ],
    pass: [
      `registry.addMapping("/**").allowedOrigins("https://app.example.com").allowCredentials(true);\n`,
    ],
  },
  {
    id: "java2.weak_rsa_random",
    block: [
      `KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");\ng.initialize(1024);\n`,
      `String resetToken = RandomStringUtils.randomAlphanumeric(20);\n`,
    ],
    pass: [`KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");\ng.initialize(3072);\n`],
  },
  {
    id: "java2.zip_slip",
    block: [
      `try (ZipInputStream zis = new ZipInputStream(in)) {\n  ZipEntry entry;\n  while ((entry = zis.getNextEntry()) != null) {\n    File out = new File(destDir, entry.getName());\n    Files.copy(zis, out.toPath());\n  }\n}\n`,
    ],
    pass: [
      `try (ZipInputStream zis = new ZipInputStream(in)) {\n  ZipEntry entry;\n  while ((entry = zis.getNextEntry()) != null) {\n    File out = new File(destDir, entry.getName());\n    if (!out.getCanonicalPath().startsWith(destDir.getCanonicalPath() + File.separator)) throw new IOException("bad entry");\n  }\n}\n`,
    ],
  },
  {
    id: "mobile2.webview_file_access",
    block: [
      `webView.settings.javaScriptEnabled = true\nwebView.settings.allowUniversalAccessFromFileURLs = true\n`,
    ],
    pass: [`webView.settings.allowUniversalAccessFromFileURLs = false\n`],
  },
  {
    id: "mobile2.webview_debugging_release",
    block: [
      `override fun onCreate() {\n  super.onCreate()\n  WebView.setWebContentsDebuggingEnabled(true)\n}\n`,
    ],
    pass: [
      `override fun onCreate() {\n  super.onCreate()\n  if (BuildConfig.DEBUG) WebView.setWebContentsDebuggingEnabled(true)\n}\n`,
    ],
  },
  {
    id: "mobile2.webview_intent_url",
    block: [
      `webView.settings.setJavaScriptEnabled(true);\nwebView.loadUrl(getIntent().getStringExtra("url"));\n`,
    ],
    pass: [
      `webView.settings.setJavaScriptEnabled(true);\nUri u = Uri.parse(getIntent().getStringExtra("url"));\nif (ALLOWED_HOSTS.contains(u.getHost())) webView.loadUrl(u.toString());\n`,
    ],
  },
  {
    id: "mobile2.world_readable",
    block: [`val prefs = getSharedPreferences("auth", Context.MODE_WORLD_READABLE)\n`],
    pass: [`val prefs = getSharedPreferences("auth", Context.MODE_PRIVATE)\n`],
  },
  {
    id: "mobile2.exported_provider",
    block: [
      `<provider android:name=".FilesProvider" android:authorities="com.acme.files" android:exported="true" android:grantUriPermissions="true" />\n`,
    ],
    pass: [
      `<provider android:name=".FilesProvider" android:authorities="com.acme.files" android:exported="true" android:readPermission="com.acme.READ" />\n`,
      `<provider android:name="androidx.core.content.FileProvider" android:authorities="com.acme.fp" android:exported="false" android:grantUriPermissions="true" />\n`,
    ],
  },
  {
    id: "mobile2.user_ca_trusted",
    block: [
      `<network-security-config>\n  <base-config>\n    <trust-anchors>\n      <certificates src="system" />\n      <certificates src="user" />\n    </trust-anchors>\n  </base-config>\n</network-security-config>\n`,
    ],
    pass: [
      `<network-security-config>\n  <debug-overrides>\n    <trust-anchors>\n      <certificates src="user" />\n    </trust-anchors>\n  </debug-overrides>\n</network-security-config>\n`,
    ],
  },
  {
    id: "ios2.keychain_always",
    block: [
      `let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecAttrAccessible as String: kSecAttrAccessibleAlways, kSecValueData as String: token]\n`,
    ],
    pass: [
      `let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecAttrAccessible as String: kSecAttrAccessibleWhenUnlockedThisDeviceOnly]\n`,
    ],
  },
  {
    id: "ios2.ats_exception_insecure",
    block: [
      `<key>NSExceptionDomains</key>\n<dict>\n  <key>api.acme.com</key>\n  <dict>\n    <key>NSExceptionAllowsInsecureHTTPLoads</key>\n    <true/>\n  </dict>\n</dict>\n`,
    ],
    pass: [
      `<key>NSExceptionDomains</key>\n<dict>\n  <key>api.acme.com</key>\n  <dict>\n    <key>NSExceptionAllowsInsecureHTTPLoads</key>\n    <false/>\n  </dict>\n</dict>\n`,
    ],
  },
  {
    id: "ios2.wkwebview_file_access",
    block: [
      `let config = WKWebViewConfiguration()\nconfig.preferences.setValue(true, forKey: "allowFileAccessFromFileURLs")\n`,
    ],
    pass: [`let config = WKWebViewConfiguration()\nconfig.preferences.javaScriptEnabled = true\n`],
  },
  {
    id: "grpc.insecure_channel_remote",
    block: [
      `channel = grpc.insecure_channel("payments.internal.acme.com:443")\nstub = PaymentsStub(channel)\n`,
      `conn, err := grpc.Dial("ledger.prod.acme.net:9090", grpc.WithTransportCredentials(insecure.NewCredentials()))\n`,
    ],
    pass: [
      `channel = grpc.insecure_channel("localhost:50051")\n`,
      `channel = grpc.secure_channel("payments.internal.acme.com:443", grpc.ssl_channel_credentials())\n`,
    ],
  },
];

runCases("jvm2/mobile2/grpc", CASES);

runCases("jvm2/mobile2 extra", [
  {
    id: "mobile2.webview_file_access",
    block: [
      `<WebView source={{ uri }} javaScriptEnabled allowUniversalAccessFromFileURLs={true} />\n`,
    ],
    pass: [`<WebView source={{ uri }} allowUniversalAccessFromFileURLs={false} />\n`],
  },
]);
