/**
 * Third pass, signature checks that leak timing (CWE-208; semgrep python/javascript/go/ruby/php
 * "insecure HMAC comparison" rules, the GitHub/Stripe/Slack webhook guides, Brakeman): a computed
 * HMAC compared with `==` / `===` / `!=` instead of the constant-time compare of the same
 * library (`hmac.compare_digest`, `crypto.timingSafeEqual`, `hmac.Equal`, `secure_compare`,
 * `hash_equals`), which pass.
 */
import type { AppsecRule } from "./_appsec_core.ts";

/** The constant-time compare of each language. */
const CONSTANT_TIME =
  /\bcompare_digest\s{0,4}\(|\btimingSafeEqual\s{0,4}\(|\bhmac\.Equal\s{0,4}\(|\bsubtle\.ConstantTimeCompare\s{0,4}\(|\bsecure_compare\s{0,4}\(|\bhash_equals\s{0,4}\(|\bMessageDigest\.isEqual\s{0,4}\(|\bCryptographicOperations\.FixedTimeEquals\s{0,4}\(/;

export const APPSEC3_COMPARE_RULES: AppsecRule[] = [
  {
    id: "cmp3.hmac_equality",
    kind: "app_weakness",
    lit: ["hmac.new(", "createhmac(", "hmac.new(sha", "mac.sum(", "openssl::hmac.", "hash_hmac("],
    re: new RegExp(
      String.raw`(?:` +
        // Python / Ruby / PHP / JS: the digest expression compared directly.
        String
          .raw`(?:\bhmac\.new\s{0,4}\([^\n]{0,120}\)\s{0,4}\.(?:hexdigest|digest)\s{0,4}\(\s{0,4}\)|\bOpenSSL::HMAC\.(?:hexdigest|digest)\s{0,4}\([^\n]{0,120}\)|\bhash_hmac\s{0,4}\([^\n]{0,120}\)|\bcrypto\.createHmac\s{0,4}\([^\n]{0,160}\.digest\s{0,4}\(\s{0,4}["'](?:hex|base64)["']\s{0,4}\)|\bhex\.EncodeToString\s{0,4}\(\s{0,4}\w{1,20}\.Sum\s{0,4}\(\s{0,4}nil\s{0,4}\)\s{0,4}\)|\bstring\s{0,4}\(\s{0,4}\w{1,20}\.Sum\s{0,4}\(\s{0,4}nil\s{0,4}\)\s{0,4}\))\s{0,4}(?:[!=]==?)` +
        // The digest kept in a variable, then compared: `sig = hmac.new(...)...` / `if sig == ...`.
        String
          .raw`|\b(\w{1,30})\s{0,4}:?=\s{0,4}(?:hmac\.new\s{0,4}\(|crypto\.createHmac\s{0,4}\(|OpenSSL::HMAC\.(?:hexdigest|digest)\s{0,4}\(|hash_hmac\s{0,4}\(|hex\.EncodeToString\s{0,4}\(\s{0,4}\w{1,20}\.Sum\s{0,4}\()[^\n]{0,160}\n(?:[^\n]{0,160}\n){0,4}?[^\n]{0,60}(?:\b\1\s{0,4}[!=]==?|[!=]==?\s{0,4}\1\b)` +
        `)`,
    ),
    not: CONSTANT_TIME,
    why:
      "checks a webhook/API signature with == instead of a constant-time compare (timing side channel, CWE-208)",
  },
];
