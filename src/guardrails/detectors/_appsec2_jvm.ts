/**
 * Second pass, JVM and mobile (find-sec-bugs, CodeQL java/kotlin, semgrep java/kotlin/swift,
 * OWASP MASVS): request input into script engines, JNDI, XML decoders, reflection, LDAP/XPath,
 * redirects and files; Android WebView and component switches; iOS keychain/ATS/WebView; gRPC
 * channels without TLS. Same shape as `_appsec_jvm.ts` / `_appsec_client.ts`.
 */
import { type AppsecRule, DEV_GUARD, JAVA_HEAD, REQ_JAVA_RE } from "./_appsec_core.ts";

/** A Java request-input head, or a Spring handler parameter named like one. */
const J_IN = String
  .raw`(?:${JAVA_HEAD}\s{0,4}\(|(?:param|input|expr|expression|name|user(?:name)?|url|path|file(?:name)?|query|cls|className|template)\b)`;
/** Not a local host: a gRPC/HTTP target that leaves the machine. */
const REMOTE_TARGET = String
  .raw`["'](?!localhost|127\.|\[::1\]|0\.0\.0\.0|unix:)[\w.-]{3,80}:\d{2,5}["']`;

/** A Go string literal target off the machine. */
const GO_TARGET = String.raw`"(?!localhost|127\.|\[::1\]|0\.0\.0\.0|unix:)[\w.-]{3,80}:\d{2,5}"`;

export const APPSEC2_JVM_RULES: AppsecRule[] = [
  {
    id: "java2.jndi_lookup_request",
    kind: "app_weakness",
    lit: [".lookup("],
    re: new RegExp(
      String
        .raw`\b(?:new\s{1,4}InitialContext\s{0,4}\(\s{0,4}\)|ctx|context|initialContext|jndi\w{0,12})\.lookup\s{0,8}\(\s{0,8}${J_IN}`,
    ),
    also: REQ_JAVA_RE,
    why: "looks up a JNDI name from the request (remote class loading, Log4Shell-style RCE)",
  },
  {
    id: "java2.reflection_request",
    kind: "app_weakness",
    lit: ["class.forname", "loadclass("],
    re: new RegExp(
      String
        .raw`\b(?:Class\.forName|\w{0,20}[lL]oader\.loadClass)\s{0,8}\(\s{0,8}${JAVA_HEAD}\s{0,4}\(`,
    ),
    also: REQ_JAVA_RE,
    why: "loads a class named by the request (unsafe reflection, CWE-470)",
  },
  {
    id: "java2.open_redirect",
    kind: "app_weakness",
    lit: ["sendredirect", "redirect:"],
    re: new RegExp(
      String
        .raw`\bresponse\.sendRedirect\s{0,8}\(\s{0,8}${JAVA_HEAD}\s{0,4}\(|["']redirect:["']\s{0,8}\+\s{0,8}(?:${JAVA_HEAD}\s{0,4}\(|(?:url|next|returnUrl|redirectUrl|target)\b)`,
    ),
    also: new RegExp(`${REQ_JAVA_RE.source}|@RequestParam`),
    why: "redirects to a URL taken from the request (open redirect, CWE-601)",
  },
  {
    id: "java2.servlet_xss",
    kind: "app_weakness",
    lit: ["getwriter()", "out.print", "out.write"],
    re: new RegExp(
      String
        .raw`\b(?:response\.getWriter\s{0,4}\(\s{0,4}\)|out)\.(?:print|println|write|append)\s{0,8}\([^\n;]{0,100}${JAVA_HEAD}\s{0,4}\(`,
    ),
    also: REQ_JAVA_RE,
    not: /Encode\.forHtml|StringEscapeUtils\.escapeHtml|HtmlUtils\.htmlEscape|ESAPI\.encoder/,
    why: "writes request input into an HTML response unescaped (reflected XSS, CWE-79)",
  },
  {
    id: "java2.path_traversal_request",
    kind: "app_weakness",
    lit: ["new file(", "paths.get(", "path.of(", "fileinputstream("],
    re: new RegExp(
      String
        .raw`\bnew\s{1,4}(?:File|FileInputStream|FileOutputStream|FileReader)\s{0,8}\([^\n;]{0,60}${JAVA_HEAD}\s{0,4}\(|\b(?:Paths\.get|Path\.of)\s{0,8}\([^\n;]{0,60}${JAVA_HEAD}\s{0,4}\(`,
    ),
    also: REQ_JAVA_RE,
    not:
      /getCanonicalPath\s{0,4}\(\s{0,4}\)\s{0,4}\.startsWith|\.normalize\s{0,4}\(\s{0,4}\)\s{0,4}\.startsWith|FilenameUtils\.getName/,
    why: "opens a file named by the request (path traversal, CWE-22)",
  },
  {
    id: "java2.ldap_xpath_request",
    kind: "app_weakness",
    lit: ["(uid=", "(cn=", "(samaccountname=", "xpath", "(mail="],
    re: new RegExp(
      String
        .raw`"[^"\n]{0,80}\((?:uid|cn|sAMAccountName|mail)="\s{0,8}\+\s{0,8}(?:${JAVA_HEAD}\s{0,4}\(|user(?:name)?\b)|\b(?:xpath|xPath)\.(?:evaluate|compile)\s{0,8}\(\s{0,8}"[^"\n]{0,120}"\s{0,8}\+\s{0,8}(?:${JAVA_HEAD}\s{0,4}\(|user(?:name)?\b|name\b)`,
    ),
    also: new RegExp(`${REQ_JAVA_RE.source}|@RequestParam`),
    not: /LdapEncoder\.filterEncode|encodeForLDAP|XPathVariableResolver/,
    why: "builds an LDAP filter or XPath query from request input (CWE-90/643)",
  },
  {
    id: "java2.hostname_verifier_all",
    kind: "defense_evasion",
    lit: ["hostnameverifier", "noophostnameverifier", "allow_all_hostname_verifier"],
    re:
      /\bALLOW_ALL_HOSTNAME_VERIFIER\b|\bNoopHostnameVerifier\.INSTANCE\b|\bnew\s{1,4}NoopHostnameVerifier\s{0,4}\(|\bsetDefaultHostnameVerifier\s{0,8}\(\s{0,8}\(\s{0,4}\w{0,12}\s{0,4},\s{0,4}\w{0,12}\s{0,4}\)\s{0,4}->\s{0,4}true|\bhostnameVerifier\s{0,8}\{\s{0,4}_\s{0,4},\s{0,4}_\s{0,4}->\s{0,4}true\s{0,4}\}|\bverify\s{0,8}\(\s{0,8}(?:final\s{1,4})?String\s{1,4}\w{1,20}\s{0,4},\s{0,4}(?:final\s{1,4})?SSLSession\s{1,4}\w{1,20}\s{0,4}\)\s{0,8}\{\s{0,8}return\s{1,4}true/,
    not: DEV_GUARD,
    why: "accepts any host name on a TLS connection (man-in-the-middle, CWE-297)",
  },
  {
    id: "java2.cookie_insecure",
    kind: "defense_evasion",
    lit: ["setsecure(false)", "sethttponly(false)", "cookie.secure", "cookie.http-only"],
    re:
      /\b\w{1,20}\.set(?:Secure|HttpOnly)\s{0,4}\(\s{0,4}false\s{0,4}\)|\bserver\.servlet\.session\.cookie\.(?:secure|http-only)\s{0,4}[=:]\s{0,4}false\b/,
    also: /\b(?:session|jsessionid|token|auth|remember)/i,
    not: DEV_GUARD,
    why: "sends a session cookie over HTTP or lets scripts read it (CWE-614/1004)",
  },
  {
    id: "java2.spring_cors_star_credentials",
    kind: "app_weakness",
    lit: ["crossorigin", "allowedorigins", "allowedoriginpatterns"],
    re:
      /@CrossOrigin\s{0,4}\([^)\n]{0,160}allowCredentials\s{0,4}=\s{0,4}"true"|\ballowedOrigin(?:Pattern)?s\s{0,4}\(\s{0,4}"\*"\s{0,4}\)[\s\S]{0,160}\ballowCredentials\s{0,4}\(\s{0,4}true|\bsetAllowedOriginPatterns\s{0,4}\([^\n]{0,40}"\*"[\s\S]{0,200}setAllowCredentials\s{0,4}\(\s{0,4}true/,
    not: /@CrossOrigin\s{0,4}\(\s{0,4}origins\s{0,4}=\s{0,4}"https:\/\/[\w.-]{3,60}"/,
    why: "allows credentialed cross-origin requests from any origin in Spring (CWE-942)",
  },
  {
    id: "java2.weak_rsa_random",
    kind: "app_weakness",
    lit: ["initialize(", "new random(", "randomstringutils"],
    re:
      /\bKeyPairGenerator\.getInstance\s{0,4}\(\s{0,4}"(?:RSA|DSA|DH)"\s{0,4}\)[\s\S]{0,120}\.initialize\s{0,4}\(\s{0,4}(?:512|768|1024)\s{0,4}[,)]|\bnew\s{1,4}Random\s{0,4}\(\s{0,4}\)[\s\S]{0,200}\b(?:token|otp|resetCode|sessionId|apiKey|nonce)\b|\b\w{0,20}(?:[Tt]oken|[Oo]tp|[Rr]esetCode|[Ss]essionId|[Aa]piKey|[Nn]once)\s{0,4}=\s{0,4}RandomStringUtils\.random(?:Alphanumeric|Numeric)?\s{0,4}\(/,
    not: /SecureRandom/,
    why: "generates keys too short or security tokens from a predictable generator (CWE-326/338)",
  },
  {
    id: "java2.zip_slip",
    kind: "app_weakness",
    lit: ["getname()", "zipentry", "entry.name"],
    re:
      /\bnew\s{1,4}File\s{0,4}\(\s{0,4}\w{1,30}\s{0,4},\s{0,4}(?:entry|zipEntry|ze|e)\.(?:getName\s{0,4}\(\s{0,4}\)|name)\s{0,4}\)|\b(?:resolve|Paths\.get)\s{0,4}\([^\n]{0,40}(?:entry|zipEntry|ze)\.(?:getName\s{0,4}\(\s{0,4}\)|name)\s{0,4}\)/,
    also: /\bZip(?:Input|Archive)?(?:Stream|Entry|File)\b|\bTarArchive/,
    not:
      /getCanonicalPath\s{0,4}\(\s{0,4}\)\s{0,4}\.startsWith|\.normalize\s{0,4}\(\s{0,4}\)\s{0,4}\.startsWith|!\s{0,4}\w{1,30}\.startsWith\s{0,4}\(|canonicalPath\.startsWith/,
    why: "extracts archive entries to paths they name (zip slip: ../ writes outside the target)",
  },
  // Android / Kotlin (MASVS)
  {
    id: "mobile2.webview_file_access",
    kind: "app_weakness",
    lit: [
      "allowuniversalaccessfromfileurls",
      "allowfileaccessfromfileurls",
      "setallowfileaccess",
      "allowfileaccess",
    ],
    re:
      /\b(?:setAllowUniversalAccessFromFileURLs|setAllowFileAccessFromFileURLs)\s{0,4}\(\s{0,4}true\s{0,4}\)|\ballow(?:Universal|File)AccessFromFileURLs\s{0,4}=\s{0,4}\{?\s{0,4}true\b/,
    why: "lets a file:// page in a WebView read every file and origin (MASVS-PLATFORM)",
  },
  {
    id: "mobile2.webview_debugging_release",
    kind: "app_weakness",
    lit: "setwebcontentsdebuggingenabled",
    re: /\bsetWebContentsDebuggingEnabled\s{0,4}\(\s{0,4}true\s{0,4}\)/,
    not: /\bBuildConfig\.DEBUG\b|\bFLAG_DEBUGGABLE\b|\bif\s{0,4}\(\s{0,4}(?:isDebug|DEBUG|debug)\b/,
    why: "opens every WebView of the release app to a remote Chrome debugger",
  },
  {
    id: "mobile2.webview_intent_url",
    kind: "app_weakness",
    lit: ["loadurl(", "evaluatejavascript("],
    re:
      /\b(?:webView|webview|web)\.(?:loadUrl|evaluateJavascript)\s{0,4}\(\s{0,4}(?:intent\.(?:data|getData\s{0,4}\(\s{0,4}\)|getStringExtra\s{0,4}\(|extras)|getIntent\s{0,4}\(\s{0,4}\)\.(?:getData|getStringExtra)|uri\.getQueryParameter\s{0,4}\()/,
    also: /setJavaScriptEnabled\s{0,4}\(\s{0,4}true|javaScriptEnabled\s{0,4}=\s{0,4}true/,
    not:
      /\.host\s{0,4}={2,3}\s{0,4}"|getHost\s{0,4}\(\s{0,4}\)\s{0,4}\.equals|ALLOWED_HOSTS|allowedHosts/,
    why:
      "loads a URL from an incoming intent into a JavaScript WebView (MASVS-PLATFORM: any app drives it)",
  },
  {
    id: "mobile2.world_readable",
    kind: "app_weakness",
    lit: ["mode_world_readable", "mode_world_writeable"],
    re: /\b(?:Context\.)?MODE_WORLD_(?:READABLE|WRITEABLE)\b/,
    also: /\b(?:openFileOutput|getSharedPreferences|openOrCreateDatabase|getDir)\s{0,4}\(/,
    why: "creates an app file every other app can read or write (MASVS-STORAGE)",
  },
  {
    id: "mobile2.exported_provider",
    kind: "app_weakness",
    lit: ["<provider", "<receiver", "<service"],
    re:
      /<(?:provider|receiver|service)\b[^>]{0,400}android:exported\s{0,4}=\s{0,4}"true"(?![^>]{0,400}android:(?:permission|readPermission)\s{0,4}=)[^>]{0,400}>/,
    also:
      /android:grantUriPermissions\s{0,4}=\s{0,4}"true"|<provider\b[^>]{0,400}android:exported\s{0,4}=\s{0,4}"true"/,
    why: "exports a content provider with no permission (any app reads its data, MASVS-PLATFORM)",
  },
  {
    id: "mobile2.user_ca_trusted",
    kind: "app_weakness",
    lit: "<certificates",
    re: /<certificates\s{1,4}src\s{0,4}=\s{0,4}"user"\s{0,4}\/>[\s\S]{0,300}<\/base-config>/,
    why:
      "trusts user-installed CAs for the whole app (interception by any profile CA, MASVS-NETWORK)",
  },
  // iOS / Swift
  {
    id: "ios2.keychain_always",
    kind: "app_weakness",
    lit: ["ksecattraccessiblealways", "ksecattraccessiblealwaysthisdeviceonly"],
    re: /\bkSecAttrAccessibleAlways(?:ThisDeviceOnly)?\b/,
    why: "stores a keychain item readable while the device is locked (MASVS-STORAGE)",
  },
  {
    id: "ios2.ats_exception_insecure",
    kind: "defense_evasion",
    lit: [
      "nsexceptionallowsinsecurehttploads",
      "nsallowsarbitraryloadsinwebcontent",
      "nsexceptionminimumtlsversion",
    ],
    re:
      /<key>(?:NSExceptionAllowsInsecureHTTPLoads|NSAllowsArbitraryLoadsInWebContent|NSAllowsArbitraryLoadsForMedia)<\/key>\s{0,20}<true\s{0,2}\/>|<key>NSExceptionMinimumTLSVersion<\/key>\s{0,20}<string>TLSv1\.[01]<\/string>/,
    why: "lets the iOS app load HTTP or TLS 1.0 content (App Transport Security exception)",
  },
  {
    id: "ios2.wkwebview_file_access",
    kind: "app_weakness",
    lit: ["allowfileaccessfromfileurls", "allowuniversalaccessfromfileurls", "uiwebview"],
    re:
      /\bsetValue\s{0,4}\(\s{0,4}true\s{0,4},\s{0,4}forKey:\s{0,4}"allow(?:File|Universal)AccessFromFileURLs"|\b(?:let|var)\s{1,4}\w{1,30}\s{0,4}(?::\s{0,4}UIWebView|=\s{0,4}UIWebView\s{0,4}\()/,
    why: "gives a WebView's file:// pages access to every file, or ships the deprecated UIWebView",
  },
  // gRPC
  {
    id: "grpc.insecure_channel_remote",
    kind: "defense_evasion",
    lit: [
      "insecure_channel",
      "withinsecure",
      "insecure.newcredentials",
      "useplaintext",
      "createinsecure",
    ],
    re: new RegExp(
      String
        .raw`\bgrpc\.(?:aio\.)?insecure_channel\s{0,8}\(\s{0,8}${REMOTE_TARGET}|\bgrpc\.Dial\s{0,8}\(\s{0,8}${GO_TARGET}[^\n]{0,120}(?:WithInsecure\s{0,4}\(|insecure\.NewCredentials\s{0,4}\()|\bforAddress\s{0,8}\(\s{0,8}"(?!localhost|127\.)[\w.-]{3,80}"\s{0,8},\s{0,8}\d{2,5}\s{0,8}\)[\s\S]{0,80}\.usePlaintext\s{0,4}\(|new\s{1,4}\w{1,40}Client\s{0,4}\(\s{0,4}${REMOTE_TARGET}\s{0,4},\s{0,4}(?:grpc\.)?credentials\.createInsecure\s{0,4}\(`,
    ),
    not:
      /credentials\.createSsl|ssl_channel_credentials|\bTLS\b[^\n]{0,40}sidecar|istio|linkerd|\bmtls\b/i,
    why: "talks gRPC in plaintext to a remote host (credentials and data readable on the wire)",
  },
];
