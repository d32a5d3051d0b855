/**
 * Third pass, Java/Kotlin (CodeQL `java-security-extended`: java/unsafe-deserialization (XStream),
 * java/path-injection, java/sql-injection (HQL/JPQL), java/insecure-randomness,
 * java/static-initialization-vector; find-sec-bugs; semgrep java.spring). Same shape as
 * `_appsec2_jvm.ts`; the safe form (an XStream allow-list, a normalised path check, a bound
 * parameter, SecureRandom, a random IV) passes.
 */
import type { AppsecRule } from "./_appsec_core.ts";

export const APPSEC3_JVM_RULES: AppsecRule[] = [
  {
    id: "java3.xstream_from_request",
    kind: "app_weakness",
    lit: "fromxml(",
    re:
      /\.fromXML\s{0,4}\(\s{0,4}(?:\w{1,30}|request\.get(?:InputStream|Reader|Parameter)\s{0,4}\([^)]{0,40}\))\s{0,4}\)/,
    also:
      /@(?:RequestBody|RequestParam|PathVariable)\b|\brequest\.get(?:InputStream|Reader|Parameter)\s{0,4}\(|@(?:POST|PUT)\b/,
    not:
      /\.(?:allowTypes|allowTypesByWildcard|allowTypeHierarchy|addPermission|setupDefaultSecurity)\s{0,4}\(/,
    why:
      "deserializes request XML with XStream and no type allow-list (remote code execution, CVE-2021-39144 class)",
  },
  {
    id: "java3.file_from_request_param",
    kind: "app_weakness",
    lit: ["new file(", "paths.get(", "new fileinputstream(", "filesystemresource("],
    re:
      /@(?:RequestParam|PathVariable)(?:\s{0,4}\([^)]{0,60}\))?\s{1,4}String\s{1,4}(\w{1,30})\s{0,4}[,)][\s\S]{0,400}?\b(?:new\s{1,4}(?:File|FileInputStream|FileSystemResource|FileReader)|Paths\.get|Path\.of)\s{0,4}\([^;\n]{0,80}\b\1\b/,
    not:
      /\.normalize\s{0,4}\(\s{0,4}\)[\s\S]{0,120}\.startsWith\s{0,4}\(|\bFilenameUtils\.getName\s{0,4}\(|\.contains\s{0,4}\(\s{0,4}"\.\."|\.getCanonicalPath\s{0,4}\(\s{0,4}\)[\s\S]{0,120}\.startsWith\s{0,4}\(/,
    why:
      "opens a file at a path taken from a request parameter (path traversal, java/path-injection)",
  },
  {
    id: "java3.query_string_concat",
    kind: "app_weakness",
    lit: ["createquery(", "createnativequery(", "createsqlquery("],
    re:
      /\.(?:createQuery|createNativeQuery|createSQLQuery)\s{0,4}\(\s{0,4}"[^"\n]{0,160}(?:=|like|LIKE|in|IN)\s{0,4}(?:'|\(\s{0,4}'?)?"\s{0,4}\+\s{0,4}\w/,
    why: "builds an HQL/JPQL/SQL query by string concatenation (injection; use a bound parameter)",
  },
  {
    id: "java3.util_random_secret",
    kind: "app_weakness",
    lit: ["new random(", "math.random()", "threadlocalrandom.current()"],
    re:
      /\b(?:String|byte\[\]|long|int)\s{1,4}\w{0,30}(?:[tT]oken|[sS]ecret|[pP]assword|[oO]tp|[nN]once|[sS]alt|[sS]essionId|[rR]esetCode|ApiKey|apiKey)\w{0,30}\s{0,4}\([^)\n]{0,60}\)\s{0,4}\{\s{0,8}(?:[^{}\n]{0,120}\n\s{0,12}){0,3}[^{}\n]{0,60}\b(?:new\s{1,4}(?:java\.util\.)?Random\s{0,4}\(|ThreadLocalRandom\.current\s{0,4}\(|Math\.random\s{0,4}\()/,
    not: /\bSecureRandom\b/,
    why:
      "makes a token, password or key with java.util.Random (predictable; java/insecure-randomness)",
  },
  {
    id: "java3.static_iv",
    kind: "app_weakness",
    lit: ["ivparameterspec(", "gcmparameterspec("],
    re:
      /\bbyte\s{0,4}\[\]\s{0,4}(\w{1,20})\s{0,4}=\s{0,4}new\s{1,4}byte\s{0,4}\[\s{0,4}\d{1,3}\s{0,4}\]\s{0,4};(?:(?!\.nextBytes\s{0,4}\(|\bSystem\.arraycopy\b|\.read(?:Fully)?\s{0,4}\(|\.get\s{0,4}\(\s{0,4}\1\b)[\s\S]){0,300}?new\s{1,4}(?:IvParameterSpec\s{0,4}\(|GCMParameterSpec\s{0,4}\(\s{0,4}\d{2,3}\s{0,4},)\s{0,4}\1\s{0,4}\)/,
    why:
      "encrypts with an all-zero IV/nonce that is never filled with random bytes (java/static-initialization-vector, CWE-329)",
  },
  {
    id: "java3.spring_headers_disabled",
    kind: "app_weakness",
    lit: ["headers().disable()", "frameoptions().disable()", "frameoptions(", "headers("],
    re:
      /\.headers\s{0,4}\(\s{0,4}\)\s{0,4}\.(?:disable\s{0,4}\(|frameOptions\s{0,4}\(\s{0,4}\)\s{0,4}\.disable\s{0,4}\()|\.headers\s{0,4}\(\s{0,4}(\w{1,12})\s{0,4}->\s{0,4}\1\s{0,4}\.(?:disable\s{0,4}\(|frameOptions\s{0,4}\(\s{0,4}(?:\w{1,12}\s{0,4}->\s{0,4}\w{1,12}\.disable\s{0,4}\(|\w{1,30}::disable))|\.frameOptions\s{0,4}\(\s{0,4}HeadersConfigurer\.FrameOptionsConfig::disable\s{0,4}\)/,
    why:
      "turns off Spring Security's response headers or frame protection (clickjacking, no HSTS/nosniff)",
  },
  {
    id: "android3.log_secret",
    kind: "data_exfiltration",
    lit: ["log.d(", "log.i(", "log.v(", "log.w(", "log.e(", "timber."],
    re:
      /\b(?:Log\.[divwe]|Timber\.[divwe])\s{0,4}\([^;\n]{0,80}(?:\$\{?|"\s{0,4}\+\s{0,4})(?:password|passwd|pin|otp|accessToken|refreshToken|authToken|idToken|apiKey|secret|cardNumber|cvv)\b/,
    why:
      "writes a password, token or card number to the Android log (readable through logcat, CWE-532, java/android/cleartext-logging)",
  },
];
