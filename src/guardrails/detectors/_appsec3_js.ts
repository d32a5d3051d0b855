/**
 * Third pass, JavaScript/TypeScript (CodeQL `javascript-security-extended`: js/insecure-randomness,
 * js/zipslip, js/weak-cryptographic-algorithm, js/sql-injection (NoSQL), js/missing-token-validation;
 * semgrep javascript.lang / express / angular packs; the Electron security checklist). Same shape as
 * `_appsec2_js.ts`: the API call with its insecure value or request input in the argument; the safe
 * form (crypto.randomBytes, a path check, jwt.verify, a permission allow-list) passes.
 */
import { type AppsecRule, DEV_GUARD, REQ_JS_RE } from "./_appsec_core.ts";

/** A development-only switch (`NODE_ENV !== "production"`, `secure: isProd`). */
const DEV_ONLY = new RegExp(
  `${DEV_GUARD.source}|\\bsecure\\s{0,4}:\\s{0,4}(?:isProd|isProduction|process\\.env\\.NODE_ENV)`,
);

export const APPSEC3_JS_RULES: AppsecRule[] = [
  {
    id: "js3.math_random_secret",
    kind: "app_weakness",
    lit: "math.random()",
    re:
      /(?:[tT]oken|[sS]ecret|[pP]assword|[aA]pi[kK]ey|[oO]tp|[nN]once|[sS]alt|[sS]ession[iI]d|[rR]esetCode|[iI]nvite[cC]ode)\w{0,30}\s{0,4}(?:=|:|\([^)\n]{0,60}\)\s{0,4}(?::\s{0,4}\w{1,20}\s{0,4})?(?:=>|\{))[^;\n]{0,40}\s{0,8}(?:return\s{1,4})?[^;\n]{0,40}Math\.random\s{0,4}\(\s{0,4}\)\s{0,4}\.toString\s{0,4}\(\s{0,4}(?:36|16|32)\s{0,4}\)/,
    not: /\bcrypto\.(?:randomBytes|randomUUID|getRandomValues)\s{0,4}\(|\bnanoid\b/,
    why:
      "makes a token, password or key with Math.random() (predictable; js/insecure-randomness, CWE-338)",
  },
  {
    id: "js3.create_cipher_no_iv",
    kind: "app_weakness",
    lit: ["createcipher(", "createdecipher("],
    re: /\bcrypto\.create(?:Cipher|Decipher)\s{0,4}\(\s{0,4}["'`]/,
    why:
      "encrypts with crypto.createCipher (MD5-derived key, no IV; removed from Node for being unsafe)",
  },
  {
    id: "js3.zip_slip_entry_path",
    kind: "app_weakness",
    lit: ["entry.path", "entry.filename", "entry.entryname", "header.name", "file.path"],
    re:
      /\bpath\.(?:join|resolve)\s{0,4}\(\s{0,4}[\w.]{1,40}\s{0,4},\s{0,4}(?:entry\.(?:path|fileName|entryName)|header\.name|file\.path)\s{0,4}\)/,
    also:
      /\b(?:unzipper|yauzl|adm-zip|AdmZip|tar-stream|tar\.x|extract\s{0,4}\(\s{0,4}\)|decompress|jszip|JSZip)\b/,
    not:
      /\.startsWith\s{0,4}\(\s{0,4}(?:path\.resolve\s{0,4}\()?[\w.]{1,40}|\.includes\s{0,4}\(\s{0,4}["'`]\.\.["'`]|path\.relative\s{0,4}\(/,
    why: "extracts archive entries to the paths they name (zip slip, js/zipslip)",
  },
  {
    id: "js3.electron_grant_all_permissions",
    kind: "app_weakness",
    lit: ["setpermissionrequesthandler", "setpermissioncheckhandler"],
    re:
      /\.setPermission(?:Request|Check)Handler\s{0,4}\(\s{0,4}(?:async\s{1,4})?\(?[\w\s,]{0,80}\)?\s{0,4}=>\s{0,4}(?:\{\s{0,8}(?:callback|cb)\s{0,4}\(\s{0,4}true\s{0,4}\)|true\b)/,
    why:
      "grants every web permission (camera, microphone, geolocation…) to any page (Electron security checklist #5)",
  },
  {
    id: "js3.jwt_decode_as_auth",
    kind: "app_weakness",
    lit: "jwt.decode(",
    re: /\bjwt\.decode\s{0,4}\(\s{0,4}(?:req|request|ctx)\.(?:headers|cookies|query|body|get)\b/,
    not: /\bjwt\.verify\s{0,4}\(|\bjwtVerify\s{0,4}\(/,
    why:
      "trusts a JWT read from the request with jwt.decode (no signature check: any forged token passes)",
  },
  {
    id: "js3.mongo_password_from_body",
    kind: "app_weakness",
    lit: ["findone(", ".find("],
    re:
      /\.(?:findOne|find|findOneAndUpdate|countDocuments)\s{0,4}\(\s{0,4}\{[^}\n]{0,120}\bpass(?:word)?\s{0,4}:\s{0,4}(?:req|request|ctx\.request)\.(?:body|query)\.\w{1,30}\s{0,4}[,}]/,
    also: REQ_JS_RE,
    why:
      "matches a login against the raw request value in a MongoDB query (operator injection `{$ne: null}`, and plain-text passwords)",
  },
  {
    id: "js3.angular_bypass_untrusted",
    kind: "app_weakness",
    lit: ["bypasssecuritytrust"],
    re:
      /\.bypassSecurityTrust(?:Html|Script|Url|ResourceUrl|Style)\s{0,4}\(\s{0,4}(?:this\.)?(?:route\.snapshot\.(?:queryParam|param)\w{0,10}|activatedRoute\.snapshot\.\w{0,16}|location\.(?:hash|search)|window\.location|params\[|queryParams\[|event\.data|(?:req|request)\.)/,
    why:
      "marks URL or message input as trusted HTML/script for Angular (DOM XSS; semgrep angular-bypasssecuritytrust)",
  },
  {
    id: "js3.request_path_to_file_sink",
    kind: "app_weakness",
    lit: ["res.download(", "res.sendfile(", "readfile(", "createreadstream(", "readfilesync("],
    re:
      /\b(?:const|let|var)\s{1,4}(\w{1,30})\s{0,4}=\s{0,4}path\.(?:join|resolve)\s{0,4}\((?![^;\n]{0,80}\b(?:path\.)?(?:basename|sanitize\w{0,12})\s{0,4}\()[^;\n]{0,80}\b(?:req|request|ctx|ctx\.request)\.(?:query|params|body)\b[^;\n]{0,60}\)\s{0,4};?(?:(?!\.startsWith\s{0,4}\(|path\.basename\s{0,4}\(|path\.relative\s{0,4}\(|\.includes\s{0,4}\(\s{0,4}["'`]\.\.)[\s\S]){0,300}?\b(?:res\.(?:download|sendFile)|fs\.(?:promises\.)?(?:readFile|readFileSync|createReadStream)|readFile|createReadStream)\s{0,4}\(\s{0,4}\1\b/,
    why:
      "builds a file path from request input and reads or serves it with no containment check (path traversal, js/path-injection)",
  },
  {
    id: "js3.session_cookie_insecure",
    kind: "app_weakness",
    lit: ["cookiesession(", "usesecurecookies"],
    re:
      /\bcookieSession\s{0,4}\(\s{0,4}\{[^}]{0,300}\bsecure\s{0,4}:\s{0,4}false\b|\buseSecureCookies\s{0,4}:\s{0,4}false\b/,
    not: DEV_ONLY,
    why: "sends the session cookie over plain HTTP (secure: false on the session cookie, CWE-614)",
  },
];
