/**
 * Application weaknesses in Go services (net/http, gin, echo, fiber), in gosec's terms: TLS
 * verification off, shell commands and SQL built from request input, files served from request
 * paths, pprof on a public listener, weak randomness and hashing for secrets.
 */
import { type AppsecRule, DEV_GUARD, GO_HEAD, REQ_GO_RE } from "./_appsec_core.ts";

const REQ = REQ_GO_RE;

export const GO_RULES: AppsecRule[] = [
  {
    id: "go.insecure_skip_verify",
    kind: "defense_evasion",
    lit: "insecureskipverify",
    re: /\bInsecureSkipVerify\s{0,8}:\s{0,8}true\b|\.InsecureSkipVerify\s{0,8}=\s{0,8}true\b/,
    not:
      /\bflag\.Bool\s{0,8}\(\s{0,8}["'](?:insecure|skip-verify|k)["']|\bif\s{1,8}\*?(?:insecure|skipVerify|cfg\.Insecure)\b|InsecureSkipVerify\s{0,8}:\s{0,8}(?:cfg|conf|opts?|c)\.\w{1,30}/,
    why:
      "turns TLS certificate verification off in a Go client or server (man-in-the-middle, G402)",
  },
  {
    id: "go.exec_shell_request",
    kind: "app_weakness",
    lit: "exec.command",
    re: new RegExp(
      String
        .raw`\bexec\.Command(?:Context)?\s{0,8}\([^\n)]{0,40}["'](?:sh|bash|\/bin\/sh|\/bin\/bash|cmd(?:\.exe)?|powershell)["']\s{0,8},\s{0,8}["'](?:-c|\/c|-Command)["']\s{0,8},\s{0,8}(?:[a-z]\w{0,30}|fmt\.Sprintf|["'][^"'\n]{0,80}["']\s{0,8}\+|${GO_HEAD})`,
    ),
    also: REQ,
    why: "runs a shell command built from request input (command injection, G204)",
  },
  {
    id: "go.sql_sprintf_request",
    kind: "app_weakness",
    lit: [".query", ".exec", ".raw", ".where"],
    re:
      /\b(?:db|tx|conn|DB|pool)\.(?:Query|QueryRow|Exec|QueryContext|ExecContext|QueryRowContext|Raw|Where)\s{0,8}\(\s{0,8}(?:ctx\s{0,8},\s{0,8})?(?:fmt\.Sprintf\s{0,8}\(\s{0,8}["`](?:SELECT|UPDATE|DELETE|INSERT)\b|"(?:SELECT|UPDATE|DELETE|INSERT)\b[^"\n]{0,160}"\s{0,8}\+|`(?:SELECT|UPDATE|DELETE|INSERT)\b[^`\n]{0,160}`\s{0,8}\+)/i,
    also: REQ,
    why: "builds SQL with Sprintf or concatenation from request input (SQL injection, G201/G202)",
  },
  {
    id: "go.path_traversal_request",
    kind: "app_weakness",
    lit: ["servefile", "os.open", "os.readfile", "ioutil.readfile", "c.file"],
    re: new RegExp(
      String
        .raw`\b(?:http\.ServeFile\s{0,8}\(\s{0,8}w\s{0,8},\s{0,8}r\s{0,8},|os\.(?:Open|ReadFile)\s{0,8}\(|ioutil\.ReadFile\s{0,8}\(|c\.File\s{0,8}\()\s{0,8}(?:filepath\.Join\s{0,8}\([^\n)]{0,60},\s{0,8}|path\.Join\s{0,8}\([^\n)]{0,60},\s{0,8}|["'][^"'\n]{0,60}["']\s{0,8}\+\s{0,8})?(?:${GO_HEAD})`,
    ),
    not:
      /\bfilepath\.Clean\s{0,8}\(|\bfilepath\.Base\s{0,8}\(|\bstrings\.HasPrefix\s{0,8}\([^\n]{0,80}(?:root|base|dir)|\bfilepath\.IsLocal\b|\bos\.OpenRoot\b/i,
    also: REQ_GO_RE,
    why:
      "opens or serves a file path taken from the request without cleaning it (path traversal, G304)",
  },
  {
    id: "go.pprof_public",
    kind: "app_weakness",
    lit: "net/http/pprof",
    re: /_\s{1,8}"net\/http\/pprof"/,
    also:
      /\bListenAndServe(?:TLS)?\s{0,8}\(\s{0,8}["']:\d{2,5}["']|\bListenAndServe(?:TLS)?\s{0,8}\(\s{0,8}["']0\.0\.0\.0:/,
    not: /\bListenAndServe\s{0,8}\(\s{0,8}["'](?:localhost|127\.0\.0\.1):/,
    why: "serves Go's pprof profiler (heap, goroutines, command line) on a public listener (G108)",
  },
  {
    id: "go.math_rand_token",
    kind: "app_weakness",
    lit: "rand.",
    re:
      /\b(?:token|otp|secret|nonce|resetCode|sessionID|apiKey|password)\w{0,20}[^\n]{0,80}\brand\.(?:Intn|Int63|Int31|Read|Uint32|Int)\s{0,8}\(/i,
    also: /"math\/rand(?:\/v2)?"/,
    not: /"crypto\/rand"/,
    why: "makes a security token with math/rand (predictable; use crypto/rand, G404)",
  },
  {
    id: "go.cors_reflect_credentials",
    kind: "defense_evasion",
    lit: ["allowcredentials", "access-control-allow-credentials"],
    re:
      /\bAllowCredentials\s{0,8}:\s{0,8}true[\s\S]{0,300}?\b(?:AllowOrigins\s{0,8}:\s{0,8}\[\]string\{\s{0,8}"\*"|AllowAllOrigins\s{0,8}:\s{0,8}true|AllowOriginFunc\s{0,8}:\s{0,8}func\s{0,8}\([^)]{0,60}\)\s{0,8}bool\s{0,8}\{\s{0,4}return\s{1,8}true)|\b(?:AllowOrigins\s{0,8}:\s{0,8}\[\]string\{\s{0,8}"\*"|AllowAllOrigins\s{0,8}:\s{0,8}true|AllowOriginFunc\s{0,8}:\s{0,8}func\s{0,8}\([^)]{0,60}\)\s{0,8}bool\s{0,8}\{\s{0,4}return\s{1,8}true)[\s\S]{0,300}?\bAllowCredentials\s{0,8}:\s{0,8}true|Header\(\)\.Set\s{0,8}\(\s{0,8}"Access-Control-Allow-Origin"\s{0,8},\s{0,8}r\.Header\.Get\s{0,8}\(\s{0,8}"Origin"\s{0,8}\)\s{0,8}\)[\s\S]{0,300}?"Access-Control-Allow-Credentials"\s{0,8},\s{0,8}"true"/,
    why: "lets any website make credentialed requests and read the answers (CORS with credentials)",
  },
  {
    id: "go.template_html_unescaped",
    kind: "app_weakness",
    lit: ["template.html", "template.js", "template.url"],
    re: new RegExp(String.raw`\btemplate\.(?:HTML|JS|URL|HTMLAttr)\s{0,8}\(\s{0,8}(?:${GO_HEAD})`),
    also: REQ_GO_RE,
    why: "marks request input as trusted HTML/JS in html/template (XSS, G203)",
  },
  {
    id: "go.ssrf_request",
    kind: "app_weakness",
    lit: ["http.get", "http.post", "http.head", "http.newrequest"],
    re: new RegExp(
      String
        .raw`\bhttp\.(?:Get|Post|Head|NewRequest(?:WithContext)?)\s{0,8}\(\s{0,8}(?:ctx\s{0,8},\s{0,8})?(?:["'][A-Z]{3,7}["']\s{0,8},\s{0,8})?(?:${GO_HEAD})`,
    ),
    also: REQ_GO_RE,
    why: "fetches whatever URL the request names (SSRF, G107)",
  },
  {
    id: "go.weak_hash_password",
    kind: "app_weakness",
    lit: ["md5.sum", "sha1.sum", "generatefrompassword"],
    re:
      /\b(?:md5|sha1)\.Sum\s{0,8}\(\s{0,8}\[\]byte\s{0,8}\(\s{0,8}\w{0,20}(?:password|passwd|pwd)\w{0,10}\s{0,8}\)|\bbcrypt\.GenerateFromPassword\s{0,8}\([^\n]{0,80}?,\s{0,8}(?:bcrypt\.MinCost|[1-7])\s{0,8}\)/i,
    why: "hashes passwords with MD5/SHA-1 or a minimal bcrypt cost (cracked offline)",
  },
  {
    id: "go.debug_public",
    kind: "app_weakness",
    lit: ["gin.debugmode", "e.debug"],
    re: /\bgin\.SetMode\s{0,8}\(\s{0,8}gin\.DebugMode\s{0,8}\)|\be\.Debug\s{0,8}=\s{0,8}true\b/,
    also:
      /\b(?:Run|Start|Listen)\s{0,8}\(\s{0,8}["'](?:0\.0\.0\.0)?:(?:80|443|8080)["']|\bprod(?:uction)?\b/i,
    not: DEV_GUARD,
    why: "runs the web framework in debug mode on a production listener",
  },
];
