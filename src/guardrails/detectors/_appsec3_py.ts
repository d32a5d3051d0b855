/**
 * Third pass, Python (CodeQL `python-security-extended`: py/insecure-randomness, py/regex-injection,
 * py/weak-crypto-key, py/stack-trace-exposure, py/path-injection, py/sql-injection, py/nosql-injection,
 * py/unsafe-deserialization; Bandit B3xx/B5xx; semgrep python.flask / python.django packs). Same
 * shape as `_appsec2_py.ts`: the API call with its insecure value or with request input in the
 * argument; the safe form of the same API (escaped, parameterised, `secrets`, a size ≥ 2048) passes.
 */
import { type AppsecRule, REQ_PY_RE } from "./_appsec_core.ts";

/** A credential-like value the code makes (a token, a password, a key, a one-time code). */
const SECRET_WORD = String
  .raw`(?:token|secret|passw(?:or)?d|api_?key|otp|nonce|salt|session_?id|reset_?code|verification_?code|invite_?code)`;

export const APPSEC3_PY_RULES: AppsecRule[] = [
  {
    id: "py3.random_for_secret",
    kind: "app_weakness",
    lit: ["random.choice", "random.randint", "random.getrandbits", "random.random("],
    re: new RegExp(
      String
        .raw`${SECRET_WORD}\w{0,30}\s{0,4}(?:=|\()[^\n]{0,120}\brandom\.(?:choices?|randint|getrandbits|randrange|random)\s{0,4}\(|\bdef\s{1,4}\w{0,30}${SECRET_WORD}\w{0,30}\s{0,4}\([^\n]{0,80}\)[^\n]{0,30}:\s{0,4}\n(?:[^\n]{0,120}\n){0,3}\s{1,12}return\b[^\n]{0,80}\brandom\.(?:choices?|randint|getrandbits|randrange)\s{0,4}\(`,
      "i",
    ),
    not:
      /\bsecrets\.|\bSystemRandom\s{0,4}\(|\bos\.urandom\s{0,4}\(|\brandom\.seed\s{0,4}\(\s{0,4}\d/,
    why:
      "makes a token, password or key with the `random` module (predictable; CWE-338, py/insecure-randomness)",
  },
  {
    id: "py3.regex_injection",
    kind: "app_weakness",
    lit: ["re.compile(", "re.search(", "re.match(", "re.findall(", "re.sub(", "re.fullmatch("],
    re:
      /\bre\.(?:compile|search|match|fullmatch|findall|finditer|sub|split)\s{0,4}\(\s{0,4}(?:request\.(?:args|form|values|GET|POST|query_params)\s{0,4}(?:\[|\.get\s{0,4}\()|f["'][^"'\n]{0,60}\{request\.)/,
    also: REQ_PY_RE,
    not: /\bre\.escape\s{0,4}\(/,
    why:
      "compiles a regular expression taken from the request (ReDoS / regex injection, py/regex-injection)",
  },
  {
    id: "py3.weak_asym_key",
    kind: "app_weakness",
    lit: ["generate_private_key", "rsa.generate(", "dsa.generate("],
    re:
      /\b(?:rsa|dsa)\.generate_private_key\s{0,4}\([^)]{0,80}key_size\s{0,4}=\s{0,4}(?:512|768|1024)\b|\b(?:RSA|DSA)\.generate\s{0,4}\(\s{0,4}(?:512|768|1024)\b/,
    why: "generates an RSA/DSA key shorter than 2048 bits (py/weak-crypto-key, Bandit B505)",
  },
  {
    id: "py3.pbkdf2_low_iterations",
    kind: "app_weakness",
    lit: ["pbkdf2_hmac", "pbkdf2hmac"],
    re:
      /\bpbkdf2_hmac\s{0,4}\(\s{0,4}["']sha\d{1,3}["']\s{0,4},[^,\n]{1,60},[^,\n]{1,60},\s{0,4}(?:iterations\s{0,2}=\s{0,2})?\d{1,4}\s{0,4}[,)]|\bPBKDF2HMAC\s{0,4}\([^\n]{0,160}iterations\s{0,4}=\s{0,4}\d{1,4}\s{0,4}[,)]/,
    why: "derives password hashes with fewer than 10,000 PBKDF2 iterations (ASVS V2.4.5, CWE-916)",
  },
  {
    id: "py3.mongo_where_concat",
    kind: "app_weakness",
    lit: "$where",
    re:
      /["']\$where["']\s{0,4}:\s{0,4}(?:f["']|(?:"[^"\n]{0,80}"|'[^'\n]{0,80}')\s{0,4}(?:\+|%)|[^,}\n]{0,80}\.format\s{0,4}\()/,
    also: REQ_PY_RE,
    why:
      "builds a MongoDB `$where` JavaScript clause from request input (NoSQL injection, py/nosql-injection)",
  },
  {
    id: "py3.stack_trace_response",
    kind: "app_weakness",
    lit: ["format_exc(", "print_exc("],
    re:
      /\breturn\s{1,4}(?:(?:jsonify|make_response|Response|HttpResponse|JSONResponse|PlainTextResponse)\s{0,4}\([^\n]{0,60})?traceback\.format_exc\s{0,4}\(\s{0,4}\)/,
    also:
      /@(?:app|bp|blueprint|router|api)\.(?:route|errorhandler|get|post|exception_handler)\b|\bdef\s{1,4}\w{1,40}\s{0,4}\(\s{0,4}request\b|\bfrom\s{1,4}(?:flask|django|fastapi|starlette)\b/,
    not: /\bif\s{1,4}(?:app\.debug|settings\.DEBUG|DEBUG)\b/,
    why:
      "returns the full Python traceback to the client (information exposure, py/stack-trace-exposure)",
  },
  {
    id: "py3.torch_load_pickle",
    kind: "app_weakness",
    lit: "weights_only",
    re: /\btorch\.load\s{0,4}\([^\n]{0,160}weights_only\s{0,4}=\s{0,4}False\b/,
    why: "loads a PyTorch file with full pickle (weights_only=False): a crafted model runs code",
  },
  {
    id: "py3.numpy_allow_pickle_request",
    kind: "app_weakness",
    lit: "allow_pickle",
    re:
      /\bnp\.load\s{0,4}\(\s{0,4}(?:request\.\w{2,12}|\w{1,30})\b[^)\n]{0,80}allow_pickle\s{0,4}=\s{0,4}True\b/,
    also: REQ_PY_RE,
    why: "unpickles an uploaded NumPy file (allow_pickle=True on request input runs code)",
  },
  {
    id: "py3.ssti_concat",
    kind: "app_weakness",
    lit: ["render_template_string(", "template(", "environment().from_string("],
    re:
      /\b(?:render_template_string|Template|from_string)\s{0,4}\(\s{0,4}(?:f["'][^"'\n]{0,120}\{request\.|["'][^"'\n]{0,120}["']\s{0,4}(?:\+|%)\s{0,4}\(?\s{0,4}request\.|["'][^"'\n]{0,120}["']\s{0,4}\.format\s{0,4}\([^)\n]{0,40}request\.)/,
    also: REQ_PY_RE,
    why: "builds a template's source from request input (server-side template injection)",
  },
  {
    id: "py3.send_file_request_path",
    kind: "app_weakness",
    lit: ["send_file(", "fileresponse(", "open("],
    re:
      /\b(?:send_file|FileResponse|open)\s{0,4}\(\s{0,4}(?:["'][^"'\n]{0,80}["']\s{0,4}\+\s{0,4}request\.|os\.path\.join\s{0,4}\([^()\n]{0,80},\s{0,4}request\.|f["'][^"'\n]{0,80}\{request\.)(?:args|form|values|GET|POST|query_params)\b/,
    also: REQ_PY_RE,
    not:
      /\bsend_from_directory\s{0,4}\(|\bsafe_join\s{0,4}\(|\bsecure_filename\s{0,4}\(|\.resolve\(\)\.is_relative_to\s{0,4}\(|os\.path\.commonpath\s{0,4}\(/,
    why:
      "opens or serves a file whose path comes from the request (path traversal, py/path-injection)",
  },
  {
    id: "py3.django_extra_raw_format",
    kind: "app_weakness",
    lit: [".extra(", "rawsql(", ".raw("],
    re:
      /\.(?:extra|raw)\s{0,4}\([^\n]{0,80}["'][^"'\n]{0,120}["']\s{0,4}(?:%\s{0,4}\(?\s{0,4}request\.|\+\s{0,4}request\.|\.format\s{0,4}\(\s{0,4}request\.)|\bRawSQL\s{0,4}\(\s{0,4}f["'][^"'\n]{0,120}\{request\./,
    also: REQ_PY_RE,
    why:
      "formats request input into Django `.extra()`/`.raw()` SQL (SQL injection, py/sql-injection)",
  },
  {
    id: "py3.sax_external_entities",
    kind: "app_weakness",
    lit: ["feature_external_ges", "feature_external_pes"],
    re:
      /\.setFeature\s{0,4}\(\s{0,4}(?:\w{1,20}\.)?feature_external_[gp]es\s{0,4},\s{0,4}(?:True|1)\s{0,4}\)/,
    why:
      "turns on external entities in a SAX parser (XXE: local files and internal URLs read, py/xxe)",
  },
];
