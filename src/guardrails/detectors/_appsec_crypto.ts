/**
 * TLS, hashing, randomness and cookie weaknesses in the languages the other area files leave out
 * or cover only in part: aiohttp and Rust clients with certificate checks off, passwords hashed
 * with MD5/SHA-1 in Node and PHP, `Math.random`/`rand` tokens, uploads stored under a public
 * folder with no filter, session cookies sent cross-site without Secure.
 */
import type { AppsecRule } from "./_appsec_core.ts";

export const CRYPTO_RULES: AppsecRule[] = [
  {
    id: "py.aiohttp_ssl_off",
    kind: "defense_evasion",
    lit: ["tcpconnector", "ssl=", "ssl ="],
    re:
      /\b(?:aiohttp\.)?TCPConnector\s{0,8}\([^)\n]{0,120}\b(?:ssl|verify_ssl)\s{0,8}=\s{0,8}False\b|\b(?:session|client|s)\.(?:get|post|put|request)\s{0,8}\([^\n]{0,200}\bssl\s{0,8}=\s{0,8}False\b/,
    why: "turns TLS certificate verification off for aiohttp requests",
  },
  {
    id: "rs.accept_invalid_certs",
    kind: "defense_evasion",
    lit: ["danger_accept_invalid", "set_certificate_verifier", "sslverifymode::none"],
    re:
      /\.danger_accept_invalid_(?:certs|hostnames)\s{0,8}\(\s{0,8}true\s{0,8}\)|\.dangerous\s{0,8}\(\s{0,8}\)\s{0,8}\.set_certificate_verifier\s{0,8}\(|\.set_verify\s{0,8}\(\s{0,8}SslVerifyMode::NONE\s{0,8}\)/,
    why: "accepts any TLS certificate in a Rust client (man-in-the-middle)",
  },
  {
    id: "js.weak_hash_password",
    kind: "app_weakness",
    lit: "createhash",
    re:
      /\bcreateHash\s{0,8}\(\s{0,8}["'](?:md5|sha1)["']\s{0,8}\)\s{0,8}\.update\s{0,8}\(\s{0,8}[\w.]{0,30}(?:password|passwd|pwd|Password)\w{0,10}/,
    why: "hashes passwords with unsalted MD5/SHA-1 (cracked offline in seconds)",
  },
  {
    id: "php.md5_password",
    kind: "app_weakness",
    lit: ["md5", "sha1"],
    re:
      /\b(?:md5|sha1)\s{0,8}\(\s{0,8}(?:\$\w{0,20}(?:pass|pwd)\w{0,20}|\$_POST\s{0,8}\[\s{0,8}["']\w{0,10}pass\w{0,10}["']\s{0,8}\])/i,
    why: "stores PHP passwords as unsalted MD5/SHA-1 (use password_hash)",
  },
  {
    id: "js.math_random_token",
    kind: "app_weakness",
    lit: "math.random",
    re:
      /\b(?:token|otp|resetCode|reset_token|resetToken|apiKey|api_key|sessionId|session_id|secret|nonce|verificationCode|inviteCode|password)\w{0,20}\s{0,8}[:=]\s{0,8}[^\n;]{0,80}\bMath\.random\s{0,8}\(/,
    why: "makes a security token with Math.random (predictable; use crypto.randomBytes/randomUUID)",
  },
  {
    id: "php.rand_token",
    kind: "app_weakness",
    lit: ["rand", "uniqid", "lcg_value"],
    re:
      /\$(?:token|otp|reset_?(?:token|code)|api_?key|session_?id|secret|nonce|code|password)\w{0,20}\s{0,8}=\s{0,8}[^\n;]{0,80}\b(?:mt_rand|rand|uniqid|lcg_value)\s{0,8}\(/i,
    not: /\brandom_bytes\s{0,8}\(|\brandom_int\s{0,8}\(/,
    why: "makes a security token with rand()/uniqid() (predictable; use random_bytes)",
  },
  {
    id: "js.multer_public_no_filter",
    kind: "app_weakness",
    lit: "multer",
    re:
      /\bmulter\s{0,8}\(\s{0,8}\{[^}]{0,200}\bdest\s{0,8}:\s{0,8}["'](?:\.\/)?(?:public|static|www|htdocs|dist)\/[^"'\n]{0,60}["']/,
    not: /\bfileFilter\s{0,8}:|\blimits\s{0,8}:[^}]{0,80}\bfileSize\b[\s\S]{0,200}\bmimetype\b/,
    why:
      "stores uploads under a publicly served folder with no file filter (served back as HTML/JS)",
  },
  {
    id: "web.cookie_samesite_none_insecure",
    kind: "app_weakness",
    lit: ["samesite"],
    re:
      /\bSESSION_COOKIE_SAMESITE\s{0,8}=\s{0,8}["']None["'][\s\S]{0,300}?\bSESSION_COOKIE_SECURE\s{0,8}=\s{0,8}False|\bSESSION_COOKIE_SECURE\s{0,8}=\s{0,8}False[\s\S]{0,300}?\bSESSION_COOKIE_SAMESITE\s{0,8}=\s{0,8}["']None["']|\bset_cookie\s{0,8}\([^\n)]{0,200}\bsamesite\s{0,8}=\s{0,8}["']None["'][^\n)]{0,120}\bsecure\s{0,8}=\s{0,8}False|Set-Cookie["']?\s{0,8}[:,]\s{0,8}["']?(?:session|sid|auth|token|jwt)[\w-]{0,20}=[^\n"']{0,200};\s{0,8}SameSite=None(?![^\n"']{0,100};\s{0,8}Secure)/i,
    why: "sends the session cookie cross-site without the Secure flag (CSRF, interception)",
  },
];
