/**
 * Client-side weaknesses: mobile apps (Android manifest and WebView, iOS App Transport Security)
 * and front-end frameworks (Angular/Vue sanitizer bypasses fed by the URL, tokens kept where page
 * scripts or other origins read them), plus framework CORS switches that allow every origin with
 * credentials (Django, Flask, Spring, Laravel).
 */
import type { AppsecRule } from "./_appsec_core.ts";

export const CLIENT_RULES: AppsecRule[] = [
  {
    id: "mobile.android_debuggable_cleartext",
    kind: "app_weakness",
    lit: [
      "android:debuggable",
      "android:usescleartexttraffic",
      "cleartexttrafficpermitted",
      "android:allowbackup",
    ],
    re:
      /\bandroid:debuggable\s{0,8}=\s{0,8}["']true["']|\bandroid:usesCleartextTraffic\s{0,8}=\s{0,8}["']true["']|<base-config\s[^>]{0,80}\bcleartextTrafficPermitted\s{0,8}=\s{0,8}["']true["']/i,
    also: /<application\b|<network-security-config\b|<manifest\b/i,
    not: /src\/debug\/|buildTypes\s{0,8}\{\s{0,8}debug\b/,
    why: "ships an Android app that is debuggable or sends traffic in clear text",
  },
  {
    id: "mobile.android_ssl_error_proceed",
    kind: "defense_evasion",
    lit: "onreceivedsslerror",
    re:
      /\bonReceivedSslError\s{0,8}\([^)]{0,200}\)\s{0,4}(?::\s{0,8}Unit\s{0,8})?\{\s{0,20}(?:\/\/[^\n]{0,80}\s{0,8})?(?:super\.onReceivedSslError[^\n]{0,80}\s{0,8})?handler\s{0,8}(?:\?\.|\.)proceed\s{0,8}\(/,
    why: "makes an Android WebView accept any TLS certificate error (handler.proceed())",
  },
  {
    id: "mobile.android_webview_bridge",
    kind: "app_weakness",
    lit: [
      "addjavascriptinterface",
      "setallowuniversalaccessfromfileurls",
      "setallowfileaccessfromfileurls",
    ],
    re:
      /\.addJavascriptInterface\s{0,8}\([\s\S]{0,400}?\.loadUrl\s{0,8}\(\s{0,8}(?:(?:intent|uri|url|data|deepLink)\b|getIntent\s{0,8}\(\s{0,8}\))|\.loadUrl\s{0,8}\(\s{0,8}(?:intent|getIntent\s{0,8}\(\s{0,8}\))[^\n]{0,80}[\s\S]{0,400}?\.addJavascriptInterface\s{0,8}\(|\.setAllow(?:Universal|File)AccessFromFileURLs\s{0,8}\(\s{0,8}true/i,
    why:
      "exposes a JavaScript bridge to pages loaded from intents, or lets file pages read any origin",
  },
  {
    id: "mobile.ios_arbitrary_loads",
    kind: "defense_evasion",
    lit: ["nsallowsarbitraryloads", "nsexceptionallowsinsecurehttploads"],
    re:
      /<key>NSAllowsArbitraryLoads<\/key>\s{0,20}<true\s{0,8}\/>|\bNSAllowsArbitraryLoads["']?\s{0,8}[:=]\s{0,8}(?:true|YES)\b/i,
    why: "turns off iOS App Transport Security (plain HTTP and any certificate allowed)",
  },
  {
    id: "mobile.ios_trust_all",
    kind: "defense_evasion",
    lit: [
      "servertrust",
      "allowsinvalidsslcertificate",
      "disabledtrustevaluator",
      "disabledevaluator",
    ],
    re:
      /completionHandler\s{0,8}\(\s{0,8}\.useCredential\s{0,8},\s{0,8}URLCredential\s{0,8}\(\s{0,8}trust:\s{0,8}challenge\.protectionSpace\.serverTrust!?\s{0,8}\)\s{0,8}\)|\ballowsInvalidSSLCertificate\s{0,8}=\s{0,8}(?:YES|true)|\bDisabledTrustEvaluator\s{0,8}\(|\bDisabledEvaluator\s{0,8}\(/,
    not: /SecTrustEvaluateWithError|pinnedCertificates|PinnedCertificatesTrustEvaluator/,
    why: "accepts any server certificate in an iOS app (man-in-the-middle)",
  },
  {
    id: "fe.sanitizer_bypass_url",
    kind: "app_weakness",
    lit: ["bypasssecuritytrust", "v-html", "[innerhtml]", "{@html"],
    re:
      /\bbypassSecurityTrust(?:Html|Script|Url|ResourceUrl|Style)\s{0,8}\(\s{0,8}(?:this\.)?(?:route\.snapshot\.(?:queryParams|params|fragment)|params\.|queryParams|location\.|window\.location|decodeURIComponent\s{0,8}\(\s{0,8}location)|\bv-html\s{0,8}=\s{0,8}["']\$route\.(?:query|params|hash)|\{@html\s{1,8}\$page\.url\.searchParams/,
    why: "renders URL-controlled text as trusted HTML (sanitizer bypass: XSS)",
  },
  {
    id: "fe.token_to_third_party",
    kind: "credential_theft",
    lit: ["localstorage.getitem", "document.cookie", "sessionstorage.getitem"],
    re:
      /(?:new\s{1,8}Image\s{0,8}\(\s{0,8}\)\s{0,8}\.src\s{0,8}=|navigator\.sendBeacon\s{0,8}\(|fetch\s{0,8}\()\s{0,8}["'\x60]https?:\/\/[^"'\x60\n]{3,120}["'\x60]?\s{0,8}\+?[^\n;]{0,160}\b(?:localStorage\.getItem\s{0,8}\(\s{0,8}["'](?:token|jwt|auth|access_token|id_token|session)\w{0,20}["']|document\.cookie|sessionStorage\.getItem\s{0,8}\(\s{0,8}["'](?:token|jwt|auth)\w{0,20}["'])/i,
    why: "sends the session token or cookies from page script to an outside address",
  },
  {
    id: "fw.cors_all_credentials",
    kind: "defense_evasion",
    lit: ["cors_allow_credentials", "supports_credentials", "allowcredentials"],
    re:
      /\bCORS_(?:ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL)\s{0,8}=\s{0,8}True\b[\s\S]{0,400}?\bCORS_ALLOW_CREDENTIALS\s{0,8}=\s{0,8}True|\bCORS_ALLOW_CREDENTIALS\s{0,8}=\s{0,8}True[\s\S]{0,400}?\bCORS_(?:ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL)\s{0,8}=\s{0,8}True|\bCORS\s{0,8}\([^)\n]{0,200}\bsupports_credentials\s{0,8}=\s{0,8}True[^)\n]{0,200}\)|@CrossOrigin\s{0,8}\([^)\n]{0,120}\ballowCredentials\s{0,8}=\s{0,8}["']true["'][^)\n]{0,120}\)|["']supports_credentials["']\s{0,8}=>\s{0,8}true/,
    also:
      /\bCORS_(?:ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL)\s{0,8}=\s{0,8}True|\bCORS\s{0,8}\((?:(?!origins?\s{0,8}=)[^)\n]){0,200}\)|origins?\s{0,8}=\s{0,8}["']\*["']|["']allowed_origins["']\s{0,8}=>\s{0,8}\[\s{0,8}["']\*["']|@CrossOrigin\s{0,8}\((?:(?!origins\s{0,8}=\s{0,8}["']https)[^)\n]){0,200}\)/,
    why: "allows every origin with credentials in the framework's CORS settings",
  },
  {
    id: "fw.static_root_exposed",
    kind: "data_exfiltration",
    lit: ["express.static", "http.fileserver", "send_from_directory"],
    re:
      /\bexpress\.static\s{0,8}\(\s{0,8}(?:__dirname|process\.cwd\s{0,8}\(\s{0,8}\)|["']\.\/?["']|["']\/["']|path\.join\s{0,8}\(\s{0,8}__dirname\s{0,8},\s{0,8}["']\.\.["']\s{0,8}\))\s{0,8}[,)]|\bhttp\.FileServer\s{0,8}\(\s{0,8}http\.Dir\s{0,8}\(\s{0,8}["'](?:\/|\.|\/etc|\/home|\/root)["']\s{0,8}\)|\bsend_from_directory\s{0,8}\(\s{0,8}["']\/["']/,
    why: "serves the project root or the whole file system as static files (.env, source, keys)",
  },
  {
    id: "fw.route_auth_removed",
    kind: "privilege_escalation",
    lit: ["withoutmiddleware", "excludepathpatterns", "@permitall"],
    re:
      /->withoutMiddleware\s{0,8}\(\s{0,8}\[?\s{0,8}["'](?:auth|auth:\w{1,20}|verified|can:\w{1,30}|admin)["']|\.excludePathPatterns\s{0,8}\([^)\n]{0,120}["']\/(?:admin|api\/admin|internal|payments?)\/?\*{0,2}["']|@PermitAll\b[\s\S]{0,160}?@(?:Path|DELETE|POST|PUT)\s{0,8}\(\s{0,8}["'][^"'\n]{0,30}(?:admin|payment|refund|role|users?\/\{)/i,
    why: "removes the authentication middleware or interceptor from admin or payment routes",
  },
];
