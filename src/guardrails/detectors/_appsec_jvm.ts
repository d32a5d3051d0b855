/**
 * Application weaknesses in Java / Kotlin (Spring Boot, Spring Security, Servlets, Tomcat):
 * command, expression and deserializer sinks fed by request input, trust-all TLS, XXE-enabled
 * parsers, security filters opened on admin routes, actuator endpoints exposed.
 */
import { type AppsecRule, DEV_GUARD, JAVA_HEAD, REQ_JAVA_RE } from "./_appsec_core.ts";

const REQ = REQ_JAVA_RE;

export const JVM_RULES: AppsecRule[] = [
  {
    id: "java.runtime_exec_request",
    kind: "app_weakness",
    lit: ["runtime.getruntime", "processbuilder"],
    re:
      /\bRuntime\.getRuntime\s{0,8}\(\s{0,8}\)\s{0,8}\.exec\s{0,8}\(\s{0,8}(?:["'][^"'\n]{0,80}["']\s{0,8}\+|new\s{1,8}String\s{0,8}\[\]\s{0,8}\{[^}\n]{0,80}["']-c["']|[a-z]\w{0,40}\s{0,8}\)|request\.)|\bnew\s{1,8}ProcessBuilder\s{0,8}\([^\n)]{0,120}(?:["']-c["']|["']\/c["']|request\.|\+\s{0,8}[a-z]\w{0,30})/,
    also: REQ,
    why: "runs an OS command built from request input (command injection, CWE-78)",
  },
  {
    id: "java.object_input_stream_request",
    kind: "app_weakness",
    lit: ["objectinputstream", "xmldecoder", "xstream.fromxml"],
    re:
      /\bnew\s{1,8}(?:ObjectInputStream|XMLDecoder)\s{0,8}\(\s{0,8}(?:request\.getInputStream|req\.getInputStream|new\s{1,8}ByteArrayInputStream\s{0,8}\(\s{0,8}(?:Base64|body|data|payload|request)|[a-z]\w{0,30}\.getInputStream)|\bxstream\.fromXML\s{0,8}\(\s{0,8}(?:request|body|xml|payload)/i,
    also: new RegExp(`${JAVA_HEAD}|@PostMapping|@RequestMapping|doPost|Socket|getInputStream`),
    not:
      /\bObjectInputFilter\b|\bsetObjectInputFilter\b|\bValidatingObjectInputStream\b|\ballowTypes\b/,
    why: "deserializes Java objects from the request (gadget chains run code, CWE-502)",
  },
  {
    id: "java.spel_request",
    kind: "app_weakness",
    lit: ["parseexpression", "ognl.getvalue", "mvel.eval", "scriptengine"],
    re:
      /\b(?:parser|expressionParser|PARSER|spelParser)\.parseExpression\s{0,8}\(\s{0,8}(?:request\.|expr|expression|input|filter|condition|[a-z]\w{0,30}\s{0,8}\))|\bOgnl\.getValue\s{0,8}\(\s{0,8}(?:request|expr|input)|\bMVEL\.eval\s{0,8}\(\s{0,8}(?:request|expr|input)|\bScriptEngine\w{0,20}[\s\S]{0,200}?\.eval\s{0,8}\(\s{0,8}(?:request\.|script|code|expr|input)/,
    also: REQ,
    not: /\bSimpleEvaluationContext\b/,
    why: "evaluates request input as a SpEL/OGNL/MVEL/script expression (code execution)",
  },
  {
    id: "java.trust_all_certs",
    kind: "defense_evasion",
    lit: [
      "checkservertrusted",
      "noophostnameverifier",
      "allow_all_hostname_verifier",
      "sethostnameverifier",
      "sslsession",
      "insecuretrustmanagerfactory",
      "trustallstrategy",
      "trustselfsignedstrategy",
    ],
    re:
      /\bcheckServerTrusted\s{0,8}\([^)]{0,200}\)\s{0,20}(?:throws\s{1,8}[\w.]{1,60}\s{0,4})?\{\s{0,20}(?:\/\/[^\n]{0,80}\s{0,8})?\}|\bNoopHostnameVerifier\b|\bALLOW_ALL_HOSTNAME_VERIFIER\b|\bsetHostnameVerifier\s{0,8}\(\s{0,8}\(\s{0,8}\w{0,20}\s{0,8},\s{0,8}\w{0,20}\s{0,8}\)\s{0,8}->\s{0,8}true|\bverify\s{0,8}\(\s{0,8}String\s{1,8}\w{1,20}\s{0,8},\s{0,8}SSLSession\s{1,8}\w{1,20}\s{0,8}\)\s{0,8}\{\s{0,4}return\s{1,8}true|\bInsecureTrustManagerFactory\.INSTANCE\b|\b(?:TrustAllStrategy|TrustSelfSignedStrategy)\b/,
    not: DEV_GUARD,
    why: "trusts every TLS certificate or host name (man-in-the-middle, CWE-295)",
  },
  {
    id: "java.xxe_enabled",
    kind: "app_weakness",
    lit: ["setfeature", "setproperty", "setexpandentityreferences"],
    re:
      /\bsetFeature\s{0,8}\(\s{0,8}(?:XMLConstants\.FEATURE_SECURE_PROCESSING|["']http:\/\/apache\.org\/xml\/features\/disallow-doctype-decl["'])\s{0,8},\s{0,8}false|\bsetFeature\s{0,8}\(\s{0,8}["']http:\/\/xml\.org\/sax\/features\/external-(?:general|parameter)-entities["']\s{0,8},\s{0,8}true|\bsetProperty\s{0,8}\(\s{0,8}XMLInputFactory\.(?:SUPPORT_DTD|IS_SUPPORTING_EXTERNAL_ENTITIES)\s{0,8},\s{0,8}(?:true|Boolean\.TRUE)|\bsetExpandEntityReferences\s{0,8}\(\s{0,8}true/,
    why: "parses XML with DTDs or external entities enabled (XXE: local files, SSRF)",
  },
  {
    id: "java.spring_permitall_admin",
    kind: "privilege_escalation",
    lit: ["permitall", "ignoring"],
    re:
      /\b(?:antMatchers|requestMatchers|mvcMatchers|pathMatchers)\s{0,8}\([^)\n]{0,160}["']\/(?:admin|actuator|management|internal|api\/admin|payments?|billing|users?\/\*\*)[^)\n]{0,80}\)\s{0,8}\.permitAll\s{0,8}\(|\banyRequest\s{0,8}\(\s{0,8}\)\s{0,8}\.permitAll\s{0,8}\(|\b(?:web|webSecurity)\s{0,8}(?:->|\.)\s{0,8}(?:web\.)?ignoring\s{0,8}\(\s{0,8}\)\s{0,8}\.(?:antMatchers|requestMatchers)\s{0,8}\(\s{0,8}["']\/(?:\*\*|admin|api)/,
    why: "opens every route, or an admin/payment route, to unauthenticated users (Spring Security)",
  },
  {
    id: "java.spring_csrf_disabled",
    kind: "defense_evasion",
    lit: "csrf",
    re:
      /\.csrf\s{0,8}\(\s{0,8}\)\s{0,8}\.disable\s{0,8}\(|\.csrf\s{0,8}\(\s{0,8}(?:AbstractHttpConfigurer::disable|(\w{1,10})\s{0,8}->\s{0,8}\w{1,10}\.disable\s{0,8}\(\s{0,8}\))/,
    also:
      /\bformLogin\b|\bsessionManagement\b[^\n]{0,120}(?:IF_REQUIRED|ALWAYS)|\bJSESSIONID\b|\bthymeleaf\b|\brememberMe\b/i,
    why: "turns off CSRF protection for a cookie-session (form login) application",
  },
  {
    id: "java.actuator_exposed",
    kind: "app_weakness",
    lit: "exposure",
    re:
      /\bmanagement\.endpoints\.web\.exposure\.include\s{0,8}[=:]\s{0,8}["']?(?:\*|[^\n]{0,80}\b(?:env|heapdump|jolokia|threaddump|shutdown|gateway|loggers|configprops|restart)\b)|\bexposure\s{0,8}:\s{0,8}\n?\s{0,12}include\s{0,8}:\s{0,8}["']?(?:\*|[^\n]{0,80}\b(?:env|heapdump|jolokia|shutdown|gateway)\b)/i,
    not:
      /\bmanagement\.server\.address\s{0,8}[=:]\s{0,8}127\.0\.0\.1|\bmanagement\.(?:server\.)?port\s{0,8}[=:]\s{0,8}-1/,
    why:
      "exposes Spring Boot actuator endpoints that leak secrets or run code (env, heapdump, jolokia)",
  },
  {
    id: "java.actuator_shutdown_sensitive_off",
    kind: "app_weakness",
    lit: ["endpoint.shutdown.enabled", "endpoints.sensitive", "show-values"],
    re:
      /\bmanagement\.endpoint\.shutdown\.enabled\s{0,8}[=:]\s{0,8}true|\bendpoints\.sensitive\s{0,8}[=:]\s{0,8}false|\bmanagement\.endpoint\.(?:env|configprops)\.show-values\s{0,8}[=:]\s{0,8}ALWAYS/i,
    why: "enables the actuator shutdown endpoint or shows secret values without authentication",
  },
  {
    id: "java.sql_concat_request",
    kind: "app_weakness",
    lit: ['"select ', '"update ', '"delete ', '"insert '],
    re:
      /\b(?:executeQuery|executeUpdate|execute|createQuery|createNativeQuery|queryForList|queryForObject|query|update)\s{0,8}\(\s{0,8}"(?:SELECT|UPDATE|DELETE|INSERT)\b[^"\n]{0,200}"\s{0,8}\+\s{0,8}(?:request\.getParameter|[a-z]\w{0,30})/i,
    also: REQ,
    why: "builds a SQL/JPQL statement by concatenating request input (SQL injection, CWE-89)",
  },
  {
    id: "java.weak_cipher_password",
    kind: "app_weakness",
    lit: [
      "messagedigest.getinstance",
      "cipher.getinstance",
      "nooppasswordencoder",
      "ivparameterspec",
    ],
    re:
      /\bMessageDigest\.getInstance\s{0,8}\(\s{0,8}["'](?:MD5|SHA-?1)["']\s{0,8}\)[\s\S]{0,200}?\b(?:password|passwd|pwd)\b|\bCipher\.getInstance\s{0,8}\(\s{0,8}["'](?:AES|DES|DESede)(?:\/ECB\/[\w]{1,20})?["']|\bNoOpPasswordEncoder\b|\bnew\s{1,8}IvParameterSpec\s{0,8}\(\s{0,8}(?:new\s{1,8}byte\s{0,8}\[\s{0,8}16\s{0,8}\]|["'][^"'\n]{8,32}["']\.getBytes)/i,
    why:
      "uses a broken cipher mode or password hash (ECB, DES, static IV, MD5/SHA-1, NoOp encoder)",
  },
  {
    id: "java.tomcat_manager_open",
    kind: "privilege_escalation",
    lit: ["<user", "remoteaddrvalve"],
    re:
      /<user\s[^>]{0,200}\broles\s{0,8}=\s{0,8}["'][^"']{0,80}\bmanager-(?:gui|script)\b[^>]{0,200}>|<user\s[^>]{0,200}\bpassword\s{0,8}=\s{0,8}["'](?:tomcat|admin|password|s3cret|manager|changeme)["'][^>]{0,200}>|RemoteAddrValve["'][^>]{0,80}\ballow\s{0,8}=\s{0,8}["']\.\*["']/i,
    also:
      /\bpassword\s{0,8}=\s{0,8}["'](?:tomcat|admin|password|s3cret|manager|changeme|)["']|RemoteAddrValve[^>]{0,80}\ballow\s{0,8}=\s{0,8}["']\.\*/i,
    why:
      "opens the Tomcat manager (deploys WARs: code execution) with a default password or to any address",
  },
  {
    id: "java.log4j_lookups_on",
    kind: "app_weakness",
    lit: ["formatmsgnolookups", "log4j2.enablejndi"],
    re:
      /log4j2?\.formatMsgNoLookups\s{0,8}[=:]\s{0,8}false|\blog4j2\.enableJndi(?:Lookup|Jms|ContextSelector)\s{0,8}[=:]\s{0,8}true/i,
    why: "re-enables Log4j JNDI lookups (Log4Shell remote code execution)",
  },
];
