/**
 * Round-45 application weaknesses, by technique (each across the languages and frameworks it is
 * written in):
 *
 * - a deserializer's type check switched to "allow everything" on data from outside: SnakeYAML's
 *   `TagInspector` answering true for every global tag, XStream `AnyTypePermission.ANY` or a `**`
 *   wildcard, Jackson's polymorphic validator allowing `Object`, a Java serialization filter of
 *   `*` (the gadget chains every deserialization advisory lists);
 * - a token contract's transfer hook with a branch keyed on one particular sender that mints or
 *   credits balances (a hidden mint / rug-pull switch), or lets that sender move anyone's tokens
 *   without an allowance;
 * - a template compiled from a field a user, customer or subscriber fills in (Twig
 *   `template_from_string`, `createTemplate`, Jinja `from_string`, ERB, EJS/Pug/Nunjucks render of
 *   a string, FreeMarker from a string): stored server-side template injection;
 * - a CORS origin callback that accepts whatever origin asks (`cb(null, origin ?? true)`, any
 *   parameter names, `/.*\/` origins, FastAPI `allow_origin_regex=".*"`) while credentials are
 *   allowed;
 * - an OAuth redirect-URI check that answers yes for some clients without looking at the URI.
 *
 * Bounded windows, no nested quantifiers over overlapping classes.
 */
import { type AppsecRule, DEV_GUARD, REQ_ANY } from "./_appsec_core.ts";

const r = String.raw;

/** Data from outside the process: a request, a message consumer, a socket, an upload. */
const OUTSIDE = new RegExp(
  `${REQ_ANY}|@(?:PostMapping|PutMapping|KafkaListener|RabbitListener|JmsListener|SqsListener|MessageMapping|StreamListener)\\b|\\bgetInputStream\\s{0,4}\\(|\\bMultipartFile\\b|\\bSocket\\b|\\bServerSocket\\b|\\bConsumerRecord\\b|\\bHttpExchange\\b`,
);

/** Who a user-filled field belongs to: the object before `.field` / `->field` / `['field']`. */
const USER_OWNED =
  r`(?:(?:app\.)?request|user|users|current_?user|customer|subscriber|member|visitor|guest|profile|account|author|commenter|comment|review|submission|form|input|params|seller|vendor|tenant|contact|lead|signup|applicant|player|student|client)`;

export const R45_APPSEC_RULES: AppsecRule[] = [
  {
    id: "deser.type_check_allow_all",
    kind: "app_weakness",
    lit: [
      "settaginspector",
      "taginspector",
      "anytypepermission",
      "allowtypesbywildcard",
      "allowtypesbyregexp",
      "allowifbasetype",
      "allowifsubtype",
      "createfilter",
    ],
    re: new RegExp(
      [
        // SnakeYAML 2.x: a TagInspector that accepts every global tag (Java lambda, Kotlin, class)
        r`\bsetTagInspector\s{0,4}\(\s{0,4}(?:\(?\s{0,4}\w{1,20}\s{0,4}\)?\s{0,4}->\s{0,4}(?:\{\s{0,8}return\s{1,4})?true\b|new\s{1,4}TagInspector\s{0,4}\(\s{0,4}\)\s{0,4}\{[^}]{0,200}?\breturn\s{1,4}true\s{0,4};)`,
        r`\b(?:setTagInspector|TagInspector)\s{0,4}\{\s{0,8}(?:\w{1,20}\s{0,4}->\s{0,4})?true\s{0,4}\}`,
        // XStream: any type permitted
        r`\baddPermission\s{0,4}\(\s{0,4}(?:AnyTypePermission\.ANY|new\s{1,4}AnyTypePermission\s{0,4}\(\s{0,4}\))`,
        r`\ballowTypesByWildcard\s{0,4}\(\s{0,4}(?:new\s{1,4}String\s{0,4}\[\s{0,4}\]\s{0,4}\{\s{0,4}|arrayOf\s{0,4}\(\s{0,4})?"\*\*?"`,
        r`\ballowTypesByRegExp\s{0,4}\(\s{0,4}(?:new\s{1,4}String\s{0,4}\[\s{0,4}\]\s{0,4}\{\s{0,4}|arrayOf\s{0,4}\(\s{0,4})?"\.\*"`,
        // Jackson: the polymorphic type validator lets any class through
        r`\.allowIf(?:BaseType|SubType)\s{0,4}\(\s{0,4}(?:(?:java\.lang\.)?Object\.class|Any::class(?:\.java)?|"java\.lang\.Object")\s{0,4}\)`,
        // Java serialization filter accepting every class
        r`\bObjectInputFilter\.Config\.createFilter\s{0,4}\(\s{0,4}"\*"\s{0,4}\)`,
      ].join("|"),
    ),
    also: OUTSIDE,
    why:
      "deserializes outside data with the type check set to allow every class or tag (SnakeYAML TagInspector, XStream, Jackson, serial filter): a gadget chain runs code (CWE-502)",
  },
  {
    id: "sol.transfer_hook_privileged_branch",
    kind: "privilege_escalation",
    lit: ["function _update", "function _transfer", "function transfer", "_beforetokentransfer"],
    re: new RegExp(
      // A transfer hook …
      r`\bfunction\s{1,4}(?:_update|_transfer|transfer|transferFrom|_beforeTokenTransfer|_afterTokenTransfer)\s{0,4}\([^)]{0,200}\)[^{;]{0,160}\{` +
        // … a branch on one particular sender (not the zero address) …
        r`(?:(?!\bfunction\b)[\s\S]){0,600}?\bif\s{0,4}\([^{};]{0,120}?(?:\b(?:msg\.sender|_msgSender\(\)|tx\.origin|from|sender|spender)\s{0,4}==\s{0,4}(?!address\s{0,4}\()(?:0x[0-9a-fA-F]{40}|\w{1,42})|\b(?!address\b)(?:0x[0-9a-fA-F]{40}|\w{1,42})\s{0,4}==\s{0,4}(?:msg\.sender|_msgSender\(\)|tx\.origin)\b)[^{};]{0,120}\)\s{0,4}\{?` +
        // … that mints, credits a balance, or moves tokens with no allowance and returns
        r`(?:(?!\bfunction\b)[^}]){0,300}?(?:\b_mint\s{0,4}\(|\b_update\s{0,4}\(\s{0,4}address\s{0,4}\(\s{0,4}0\s{0,4}\)|\b_balances\s{0,4}\[[^\]]{1,60}\]\s{0,4}(?:\+=|=\s{0,4}[^;]{0,60}\+)|\bbalanceOf\s{0,4}\[[^\]]{1,60}\]\s{0,4}\+=|\b_totalSupply\s{0,4}\+=|\b_transfer\s{0,4}\(\s{0,4}from\s{0,4},[^;]{0,80};\s{0,40}return\s{1,4}true\s{0,4};)`,
    ),
    why:
      "gives one hard-coded sender a private branch in the token's transfer code that mints, credits balances or moves tokens without allowance (hidden mint / rug-pull backdoor)",
  },
  {
    id: "ssti.user_field_as_template",
    kind: "app_weakness",
    lit: [
      "template_from_string",
      "createtemplate",
      "from_string",
      "erb.new",
      "ejs.render",
      "pug.render",
      "pug.compile",
      "renderstring",
      "new template(",
      "blade::render",
    ],
    re: new RegExp(
      r`(?:\btemplate_from_string|->createTemplate|\.createTemplate|\bfrom_string|\bERB\.new|\bejs\.render|\bpug\.(?:render|compile)|\b(?:nunjucks|env)\.renderString|\bBlade::render)\s{0,4}\(\s{0,4}\$?(?:this\.|self\.|@)?${USER_OWNED}\w{0,12}(?:\.|->|\[\s{0,4}["']?)(?!id\b|name\b|email\b)\w{1,40}|\bnew\s{1,4}Template\s{0,4}\([^,()]{1,60},\s{0,4}new\s{1,4}StringReader\s{0,4}\(\s{0,4}${USER_OWNED}\w{0,12}\.\w{1,40}`,
      "i",
    ),
    not:
      /\{%\s{0,4}sandbox\s{0,4}%\}|\bSandboxExtension\b|\bSandboxedEnvironment\b|\bImmutableSandboxedEnvironment\b/,
    why:
      "compiles a field a user fills in as a server-side template (stored template injection: template syntax reaches the engine's code execution)",
  },
  {
    id: "js.cors_origin_accepts_any",
    kind: "defense_evasion",
    lit: ["origin:", "origin :", "allow_origin_regex"],
    re: new RegExp(
      [
        r`\borigin\s{0,4}:\s{0,4}(?:async\s{1,4})?\(\s{0,4}(\w{1,20})\s{0,4},\s{0,4}(\w{1,20})\s{0,4}\)\s{0,4}=>\s{0,4}\{?\s{0,4}(?:return\s{1,4})?\2\s{0,4}\(\s{0,4}null\s{0,4},\s{0,4}(?:true\b|["']\*["']|\1\b(?!\s{0,4}(?:&&|===?|!==?|\.|\?(?!\?))))`,
        r`\borigin\s{0,4}:\s{0,4}function\s{0,4}\w{0,30}\s{0,4}\(\s{0,4}(\w{1,20})\s{0,4},\s{0,4}(\w{1,20})\s{0,4}\)\s{0,4}\{\s{0,8}(?:return\s{1,4})?\4\s{0,4}\(\s{0,4}null\s{0,4},\s{0,4}(?:true\b|["']\*["']|\3\b(?!\s{0,4}(?:&&|===?|!==?|\.|\?(?!\?))))`,
        r`\borigin\s{0,4}:\s{0,4}(?:\/\.\*\/|\/\^?\.\*\$?\/|new\s{1,4}RegExp\s{0,4}\(\s{0,4}["']\^?\.\*\$?["'])`,
        r`\ballow_origin_regex\s{0,4}=\s{0,4}r?["']\^?(?:https?:\/\/)?\.[*+]\$?["']`,
      ].join("|"),
    ),
    also:
      /\bcredentials\s{0,4}:\s{0,4}true\b|\ballow_credentials\s{0,4}=\s{0,4}True\b|\bAccess-Control-Allow-Credentials\b/,
    not: DEV_GUARD,
    why:
      "accepts every Origin in the CORS check while allowing credentials: any website a signed-in user visits reads their data and acts with their session",
  },
  {
    id: "oauth.redirect_check_skipped",
    kind: "privilege_escalation",
    lit: ["redirect"],
    re: new RegExp(
      [
        // Python: def is_allowed_redirect(...): … if <no URI in the condition>: return True
        r`\bdef\s{1,4}\w{0,30}(?:valid|allow|check|verify|match|permit|safe)\w{0,30}redirect\w{0,30}\s{0,4}\([^)]{0,200}\)[^:\n]{0,60}:[^\n]{0,200}\n(?:[^\n]{0,200}\n){0,8}?[ \t]{1,16}if\s{1,4}(?![^\n]{0,160}(?:redirect|uri|url|host|origin|netloc|domain|scheme|debug|DEBUG))[^\n]{1,160}:\s{0,4}(?:#[^\n]{0,120})?\n?[ \t]{0,24}return\s{1,4}True\b`,
        r`\bdef\s{1,4}\w{0,30}redirect\w{0,30}(?:valid|allow|ok|safe|permitted)\w{0,20}\s{0,4}\([^)]{0,200}\)[^:\n]{0,60}:[^\n]{0,200}\n(?:[^\n]{0,200}\n){0,8}?[ \t]{1,16}if\s{1,4}(?![^\n]{0,160}(?:redirect|uri|url|host|origin|netloc|domain|scheme|debug|DEBUG))[^\n]{1,160}:\s{0,4}(?:#[^\n]{0,120})?\n?[ \t]{0,24}return\s{1,4}True\b`,
        // JS/TS/Java/C#/Go/Kotlin: a boolean redirect check with an early `return true`
        r`\b(?:function|boolean|bool|func|fun)\s{1,4}(?:\([^)]{0,60}\)\s{0,4})?\w{0,30}(?:[Vv]alid|[Aa]llow|[Cc]heck|[Vv]erify|[Mm]atch|[Pp]ermit|[Ss]afe)\w{0,30}[Rr]edirect\w{0,30}\s{0,4}\([^)]{0,200}\)[^{\n]{0,60}\{(?:[^\n]{0,200}\n){0,8}?\s{0,16}if\s{0,4}\(?(?![^\n]{0,160}(?:[Rr]edirect|[Uu]ri\b|URI|[Uu]rl\b|URL|[Hh]ost|[Oo]rigin|[Dd]omain|[Ss]cheme|[Dd]ebug|isDevelopment))[^\n]{1,160}\)?\s{0,4}\{?\s{0,8}\n?\s{0,24}return\s{1,4}true\b`,
      ].join("|"),
    ),
    also: /\b(?:oauth|oidc|openid|client_?id|redirect_?uris?|authoriz)/i,
    not: DEV_GUARD,
    why:
      "skips the OAuth redirect-URI check for some clients (any redirect is accepted: a crafted login link sends the user's code or token to an attacker's site)",
  },
];
