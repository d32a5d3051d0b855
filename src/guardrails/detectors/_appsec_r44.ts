/**
 * Round-44 application weaknesses, by technique (each across the languages it is written in):
 *
 * - request data deserialized through ONE local variable (`raw = cookies[:prefs]` …
 *   `Marshal.load(Base64.decode64(raw))`; `data = request.cookies.get("s")` … `pickle.loads(…)`;
 *   `$c = $_COOKIE['cart']` … `unserialize($c)`): the one-hop version of the direct sinks;
 * - a password-reset, e-mail verification, invitation or magic-link URL whose HOST comes from the
 *   request (`X-Forwarded-Host`, `Host`, `$_SERVER['HTTP_HOST']`, `request.host_url`): whoever asks
 *   for a victim's reset with their own host receives the token when the victim clicks
 *   (reset poisoning). Django's `get_host()` (checked against ALLOWED_HOSTS) and a configured base
 *   URL pass;
 * - a SAML assertion consumer that decodes `SAMLResponse` and parses it with a plain XML parser,
 *   with no signature check anywhere (no verify/validate call, no SAML library): anyone can post a
 *   hand-written assertion;
 * - Firebase security rules that let ANY caller — or any signed-in caller, anonymous sign-in
 *   included — write a collection's documents (`allow read, write: if request.auth != null;`,
 *   `if true`), with no ownership condition.
 *
 * Bounded windows, no nested quantifiers over overlapping classes.
 */
import type { AppsecRule } from "./_appsec_core.ts";

const r = String.raw;

/** Where the request's host header is read, per framework. */
const HOST_SRC =
  r`(?:["']x-forwarded-host["']|\bheaders\s{0,4}(?:\.get\s{0,4}\(\s{0,4}|\[\s{0,4})["'](?:host|x-forwarded-host)["']|\breq\.(?:get|header)\s{0,4}\(\s{0,4}["'](?:host|x-forwarded-host)["']|\breq\.host(?:name)?\b|\$_SERVER\s{0,4}\[\s{0,4}["']HTTP_(?:X_FORWARDED_)?HOST["']|\brequest\.(?:host_url|host_with_port|url_root|host)\b|\bRequest\.Host\b|\bHTTP_X_FORWARDED_HOST\b)`;

export const R44_APPSEC_RULES: AppsecRule[] = [
  {
    id: "deser.request_via_local",
    kind: "app_weakness",
    lit: ["marshal.load", "yaml.load", "yaml.unsafe_load", "pickle.load", "unserialize"],
    re: new RegExp(
      [
        // Ruby
        r`\b(\w{1,30})\s{0,4}=\s{0,4}(?:cookies\s{0,2}\[|params\s{0,2}[\[.]|request\.(?:body|cookies|params|headers|raw_post))[^\n]{0,120}\n[\s\S]{0,600}?\b(?:Marshal\.load|YAML\.(?:unsafe_)?load|Psych\.unsafe_load)\s{0,4}\(\s{0,4}(?:Base64\.\w{8,18}\s{0,4}\(\s{0,4})?\1\b`,
        // Python
        r`\b(\w{1,30})\s{0,4}=\s{0,4}request\.(?:cookies|args|form|values|data|get_data|json|GET|POST|COOKIES|headers|body)\b[^\n]{0,120}\n[\s\S]{0,600}?\b(?:c?[Pp]ickle|dill|cloudpickle|marshal)\.loads?\s{0,4}\(\s{0,4}(?:(?:base64|codecs)\.\w{6,20}\s{0,4}\(\s{0,4})?\2\b`,
        // PHP
        r`\$(\w{1,30})\s{0,4}=\s{0,4}\$_(?:COOKIE|GET|POST|REQUEST)\b[^\n]{0,120}\n[\s\S]{0,600}?\bunserialize\s{0,4}\(\s{0,4}(?:base64_decode\s{0,4}\(\s{0,4}|urldecode\s{0,4}\(\s{0,4}){0,2}\$\3\b(?![^\n]{0,80}allowed_classes["']?\s{0,4}=>\s{0,4}false)`,
      ].join("|"),
    ),
    why:
      "deserializes request data (a cookie, parameter or body kept in a variable) with Marshal/pickle/unserialize — a crafted gadget chain runs code (CWE-502)",
  },
  {
    id: "auth.reset_link_request_host",
    kind: "privilege_escalation",
    lit: [
      "forwarded-host",
      "forwarded_host",
      "http_host",
      "host_url",
      "host_with_port",
      "url_root",
      "request.host",
      "req.host",
      "'host'",
      '"host"',
    ],
    re: new RegExp(
      r`\b(\$?\w{1,30})\s{0,4}=[^\n;]{0,120}?${HOST_SRC}[\s\S]{0,1200}?https?:\/\/["'\x60]?\s{0,4}[+.]?\s{0,4}(?:\$\{|#\{|\{|\$)?\s{0,4}\1\b|https?:\/\/(?:\$\{|#\{|\{|["'\x60]\s{0,4}[+.]\s{0,4})\s{0,4}${HOST_SRC}`,
      "i",
    ),
    also:
      /(?:reset|forgot|recover|magic[_-]?link|verif|confirm|invit|passwor|activat)\w{0,30}[^\n]{0,120}[?&/](?:token|code|key|t|sig)\b|[?&](?:token|code|key)=[^\n]{0,120}(?:reset|passwor|verif|confirm|invit|magic)/i,
    not: /\b(?:ALLOWED_HOSTS|allowed_?hosts|trusted_?hosts|allowlist|whitelist)\b/i,
    why:
      "builds a password-reset or verification link from the request's Host / X-Forwarded-Host header (reset poisoning: the attacker's host receives the victim's token)",
  },
  {
    id: "auth.saml_unverified_parse",
    kind: "privilege_escalation",
    lit: ["samlresponse"],
    re:
      /(?:\bSAMLResponse\b[^\n]{0,200}?(?:base64|b64decode|decode64|FromBase64String)|(?:base64|b64decode|decode64|FromBase64String)[^\n]{0,200}?\bSAMLResponse\b)[\s\S]{0,600}?\b(?:XMLParser|DOMParser|parseFromString|xml2js|parseString|fromstring|ElementTree|etree\.|minidom|Nokogiri::XML|REXML|simplexml_load_string|DOMDocument|XmlDocument|LoadXml|XDocument\.Parse)\b[\s\S]{0,1200}?\bNameID\b/i,
    also:
      /\b(?:login|log_in|signIn|sign_in|session|set_cookie|authenticate|jwt\.sign|createSession)\w{0,20}/i,
    not:
      /\b(?:verify\w{0,24}|validate\w{0,24}|checkSignature|check_signature)\s{0,4}\(|SignedXml|xml-crypto|xmlsec|samlify|node-saml|passport-saml|onelogin|ruby-saml|RubySaml|python3?-saml|pysaml2|saml2\b|Sustainsys|ITfoxtec|signxml/i,
    why:
      "accepts a SAML response parsed as plain XML with no signature, issuer or audience check (anyone can post a forged assertion and log in as any user)",
  },
  {
    id: "cfg.firebase_rules_open_write",
    kind: "privilege_escalation",
    lit: ["allow"],
    re:
      /\bmatch\s{1,4}\/[^\n{]{0,120}\{\w{1,40}(?:=\*\*)?\}[^\n{]{0,40}\{[^}]{0,400}?\ballow\s{1,4}[\w, ]{0,40}\b(?:write|update|delete)\b[\w, ]{0,40}:\s{0,4}if\s{1,4}(?:true|request\.auth\s{0,2}!=\s{0,2}null)\s{0,4}(?:;|$)/m,
    also: /\b(?:service\s{1,4}(?:cloud\.firestore|firebase\.storage)|rules_version)\b/,
    why:
      "lets any caller — or any signed-in caller, anonymous sign-in included — write every document of a collection (Firebase rules with no ownership check)",
  },
];
