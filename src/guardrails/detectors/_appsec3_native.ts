/**
 * Third pass, C#, Go, Ruby, PHP, C/C++ and Swift (CodeQL `*-security-extended`: cs/unsafe-type-name-
 * handling-setting, go/insecure-randomness, go/insecure-hostkeycallback, go/sql-injection,
 * cpp/command-line-injection, cpp/cleartext-storage, swift/insecure-tls; gosec
 * G106/G201/G404; Brakeman; phpcs-security-audit; semgrep laravel/blade, swift packs). Same shape as
 * `_appsec2_misc.ts`; the safe form of each API passes.
 */
import type { AppsecRule } from "./_appsec_core.ts";

export const APPSEC3_NATIVE_RULES: AppsecRule[] = [
  // C# (Json.NET, ASP.NET Core)
  {
    id: "cs3.typename_handling",
    kind: "app_weakness",
    lit: "typenamehandling.",
    re: /\bTypeNameHandling\s{0,4}=\s{0,4}TypeNameHandling\.(?:All|Objects|Auto|Arrays)\b/,
    not: /\bSerializationBinder\s{0,4}=|\bISerializationBinder\b/,
    why:
      "lets Json.NET instantiate the types the JSON names, with no binder (deserialization RCE, CA2326/CA2327)",
  },
  {
    id: "cs3.cookie_not_secure",
    kind: "app_weakness",
    lit: ["cookieoptions", "cookiesecurepolicy.none"],
    re:
      /\bnew\s{1,4}CookieOptions\s{0,4}(?:\(\s{0,4}\))?\s{0,4}\{[^}]{0,200}\bSecure\s{0,4}=\s{0,4}false\b|\bSecurePolicy\s{0,4}=\s{0,4}CookieSecurePolicy\.None\b/,
    why: "sends the ASP.NET cookie over plain HTTP (Secure off; CWE-614)",
  },
  // Go (gosec)
  {
    id: "go3.math_rand_bytes",
    kind: "app_weakness",
    lit: '"math/rand"',
    re: /\b(?:rand|\w{1,8}rand)\.Read\s{0,4}\(\s{0,4}\w{1,30}\s{0,4}\)/,
    also: /^\s{0,8}(?:import\s{1,4})?(?:\w{1,20}\s{1,4})?"math\/rand(?:\/v2)?"/m,
    not: /"crypto\/rand"/,
    why: "fills key/token bytes from math/rand (predictable; gosec G404, go/insecure-randomness)",
  },
  {
    id: "go3.ssh_insecure_hostkey",
    kind: "defense_evasion",
    lit: "insecureignorehostkey",
    re: /\bHostKeyCallback\s{0,4}:\s{0,4}ssh\.InsecureIgnoreHostKey\s{0,4}\(\s{0,4}\)/,
    why: "accepts any SSH host key (man-in-the-middle; gosec G106)",
  },
  {
    id: "go3.sql_sprintf_quoted",
    kind: "app_weakness",
    lit: "sprintf(",
    re:
      /\bfmt\.Sprintf\s{0,4}\(\s{0,4}["`]\s{0,4}(?:SELECT|INSERT|UPDATE|DELETE)\b[^"`\n]{0,200}(?:'%[sv]'|=\s{0,2}%[sv]\b|LIKE\s{1,4}'%%?%[sv])/i,
    also: /\.(?:Query|QueryRow|QueryContext|QueryRowContext|Exec|ExecContext|Raw)\s{0,4}\(/,
    why: "formats a value into SQL with fmt.Sprintf (SQL injection; gosec G201, go/sql-injection)",
  },
  // PHP / Laravel
  {
    id: "php3.upload_original_name",
    kind: "app_weakness",
    lit: "move_uploaded_file(",
    re:
      /\bmove_uploaded_file\s{0,4}\([^;]{0,120}\$_FILES\s{0,4}\[\s{0,4}["']\w{1,30}["']\s{0,4}\]\s{0,4}\[\s{0,4}["']name["']\s{0,4}\]|\$(\w{1,30})\s{0,4}=\s{0,4}[^;\n]{0,80}\.\s{0,4}\$_FILES\s{0,4}\[\s{0,4}["']\w{1,30}["']\s{0,4}\]\s{0,4}\[\s{0,4}["']name["']\s{0,4}\]\s{0,4};[\s\S]{0,200}?move_uploaded_file\s{0,4}\([^;]{0,80},\s{0,4}\$\1\s{0,4}\)/,
    not:
      /\bpathinfo\s{0,4}\(|\bin_array\s{0,4}\(|\bPATHINFO_EXTENSION\b|\bfinfo_file\s{0,4}\(|\bmime_content_type\s{0,4}\(|\bbasename\s{0,4}\(/,
    why:
      "saves an upload under the name and extension the client chose (a `.php` upload runs; CWE-434)",
  },
  {
    id: "php3.blade_raw_request",
    kind: "app_weakness",
    lit: "{!!",
    re:
      /\{!!\s{0,4}(?:request\s{0,4}\(|\$request->|Request::(?:input|get|query)\s{0,4}\(|\$_(?:GET|POST|REQUEST|COOKIE)\b|old\s{0,4}\()/,
    why: "prints request input unescaped in a Blade view (`{!! !!}`: reflected XSS)",
  },
  // C / C++
  {
    id: "c3.sprintf_system",
    kind: "app_weakness",
    lit: ["system(", "popen("],
    re:
      /\bs?n?printf\s{0,4}\(\s{0,4}(\w{1,30})\s{0,4},(?:\s{0,4}(?:sizeof\s{0,4}\(?\s{0,4}\w{1,30}\s{0,4}\)?|\d{1,5})\s{0,4},)?\s{0,4}"[^"\n]{0,80}%s[^"\n]{0,40}"[^;]{0,80};[\s\S]{0,200}?\b(?:system|popen)\s{0,4}\(\s{0,4}\1\s{0,4}[,)]/,
    not: /\bshell_?escape\w{0,10}\s{0,4}\(|\bexecv[pe]?\s{0,4}\(/,
    why:
      "formats a string into a shell command and runs it with system()/popen() (command injection, cpp/command-line-injection)",
  },
  {
    id: "c3.rand_for_key",
    kind: "app_weakness",
    lit: "rand()",
    re:
      /(?:\biv|(?:key|token|nonce|salt|secret|password|session)\w{0,10})\s{0,4}\[\s{0,4}\w{1,10}\s{0,4}\]\s{0,4}=\s{0,4}(?:\([\w ]{1,20}\)\s{0,4})?rand\s{0,4}\(\s{0,4}\)/i,
    why: "fills key/token bytes with rand() (predictable; CWE-338)",
  },
  // Swift / iOS
  {
    id: "ios3.trust_any_certificate",
    kind: "defense_evasion",
    lit: "urlcredential(trust:",
    re:
      /\bcompletionHandler\s{0,4}\(\s{0,4}\.useCredential\s{0,4},\s{0,4}URLCredential\s{0,4}\(\s{0,4}trust\s{0,4}:\s{0,4}(?:challenge\.protectionSpace\.serverTrust!?|serverTrust|trust)\s{0,4}\)\s{0,4}\)/,
    also: /\bdidReceive\s{0,4}(?:challenge|_\s{1,4}challenge)\b|\bURLAuthenticationChallenge\b/,
    not:
      /\bSecTrustEvaluate(?:WithError)?\s{0,4}\(|\bSecTrustCopy\w{0,30}\s{0,4}\(|\bSecCertificateCopyData\s{0,4}\(|\bpinned\w{0,20}\b|\bprotectionSpace\.host\s{0,4}==/,
    why:
      "accepts any server certificate in a URLSession challenge (TLS validation off, swift/insecure-tls)",
  },
  {
    id: "go3.request_path_open",
    kind: "app_weakness",
    lit: ["os.open(", "os.readfile(", "http.servefile(", "ioutil.readfile("],
    re:
      /\b(\w{1,30})\s{0,4}:?=\s{0,4}(?:filepath|path)\.Join\s{0,4}\([^\n]{0,80}\b(?:r\.URL\.Query\(\)\.Get|r\.FormValue|c\.Query|c\.Param|mux\.Vars\s{0,4}\(\s{0,4}r\s{0,4}\)\s{0,4}\[)[^\n]{0,60}\)\s{0,4}\n(?:(?!filepath\.IsLocal\s{0,4}\(|strings\.HasPrefix\s{0,4}\(|filepath\.Rel\s{0,4}\(|strings\.Contains\s{0,4}\([^\n]{0,40}"\.\.")[\s\S]){0,300}?\b(?:os\.(?:Open|ReadFile|OpenFile)|ioutil\.ReadFile|http\.ServeFile\s{0,4}\(\s{0,4}w\s{0,4},\s{0,4}r\s{0,4},)\s{0,4}\(?\s{0,4}\1\b/,
    why:
      "opens a file at a path joined from request input with no containment check (path traversal, gosec G304, go/path-injection)",
  },
];
