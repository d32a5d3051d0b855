/**
 * Application weaknesses in .NET (ASP.NET Core, ASP.NET web.config): certificate validation
 * callbacks that accept everything, BinaryFormatter and type-name-handling deserializers,
 * `[AllowAnonymous]` on admin actions, errors and debug shown in production, permissive CORS.
 */
import { type AppsecRule, CS_HEAD, DEV_GUARD, REQ_CS_RE } from "./_appsec_core.ts";

export const DOTNET_RULES: AppsecRule[] = [
  {
    id: "cs.cert_validation_true",
    kind: "defense_evasion",
    lit: [
      "servercertificatevalidationcallback",
      "servercertificatecustomvalidationcallback",
      "dangerousacceptanyservercertificatevalidator",
      "remotecertificatevalidationcallback",
    ],
    re:
      /\b(?:ServerCertificateValidationCallback|ServerCertificateCustomValidationCallback|RemoteCertificateValidationCallback)\s{0,8}(?:\+?=|:)\s{0,8}(?:\(?[^\n=]{0,80}\)?\s{0,8}=>\s{0,8}(?:\{\s{0,4}return\s{1,8})?true\b|delegate\s{0,8}\{\s{0,4}return\s{1,8}true|HttpClientHandler\.DangerousAcceptAnyServerCertificateValidator)|\bDangerousAcceptAnyServerCertificateValidator\b/,
    not: DEV_GUARD,
    why: "accepts every TLS certificate in .NET (man-in-the-middle, CWE-295)",
  },
  {
    id: "cs.binaryformatter_request",
    kind: "app_weakness",
    lit: [
      "binaryformatter",
      "losformatter",
      "netdatacontractserializer",
      "soapformatter",
      "objectstateformatter",
      "typenamehandling",
      "javascriptserializer",
    ],
    re:
      /\bnew\s{1,8}(?:BinaryFormatter|LosFormatter|NetDataContractSerializer|SoapFormatter|ObjectStateFormatter)\s{0,8}\(\s{0,8}\)[\s\S]{0,200}?\.(?:Deserialize|UnsafeDeserialize)\s{0,8}\(|\bTypeNameHandling\s{0,8}=\s{0,8}TypeNameHandling\.(?:All|Auto|Objects|Arrays)\b|\bnew\s{1,8}JavaScriptSerializer\s{0,8}\(\s{0,8}new\s{1,8}SimpleTypeResolver/,
    also: new RegExp(
      `${CS_HEAD}|\\bHttpRequest\\b|\\bStream\\b|\\bControllerBase\\b|\\[Http(?:Post|Put)\\]|JsonConvert\\.DeserializeObject`,
    ),
    why:
      "deserializes request data with a type-embedding formatter (gadget chains run code, CWE-502)",
  },
  {
    id: "cs.allow_anonymous_admin",
    kind: "privilege_escalation",
    lit: "allowanonymous",
    re:
      /\[AllowAnonymous\][\s\S]{0,200}?(?:\[Route\s{0,8}\(\s{0,8}"[^"\n]{0,40}(?:admin|payment|payout|refund|billing|internal|users\/[^"\n]{0,20}role|impersonat)|class\s{1,8}\w{0,40}(?:Admin|Payment|Billing|Payout|Refund|Internal)\w{0,30}Controller\b|public\s{1,8}(?:async\s{1,8})?[\w<>]{1,40}\s{1,8}(?:Delete|Grant|Promote|Impersonate|Refund|Payout|SetRole|MakeAdmin)\w{0,30}\s{0,8}\()/i,
    why: "lets anonymous users reach an admin, payment or role-changing action ([AllowAnonymous])",
  },
  {
    id: "cs.webconfig_debug_errors",
    kind: "app_weakness",
    lit: ["customerrors", "<compilation", "httperrors"],
    re:
      /<customErrors\s[^>]{0,80}\bmode\s{0,8}=\s{0,8}["']Off["']|<compilation\s[^>]{0,120}\bdebug\s{0,8}=\s{0,8}["']true["']|<httpErrors\s[^>]{0,80}\berrorMode\s{0,8}=\s{0,8}["']Detailed["']/i,
    also: /<configuration\b|<system\.web\b|<system\.webServer\b/i,
    not: /Web\.Debug\.config|xdt:Transform/i,
    why: "shows detailed ASP.NET errors and debug builds to remote visitors (web.config)",
  },
  {
    id: "cs.developer_exception_page_prod",
    kind: "app_weakness",
    lit: "usedeveloperexceptionpage",
    re: /^\s{0,12}app\.UseDeveloperExceptionPage\s{0,8}\(\s{0,8}\)\s{0,8};/m,
    not: /\bIsDevelopment\s{0,8}\(|\bIsEnvironment\s{0,8}\(\s{0,8}"(?:Development|Local)"/,
    why: "shows the developer exception page (stack traces, config) to every visitor",
  },
  {
    id: "cs.cors_any_credentials",
    kind: "defense_evasion",
    lit: "allowcredentials",
    re:
      /\.(?:AllowAnyOrigin|SetIsOriginAllowed\s{0,8}\(\s{0,8}(?:_|origin|o|\w{1,10})\s{0,8}=>\s{0,8}true\s{0,8}\))[\s\S]{0,200}?\.AllowCredentials\s{0,8}\(|\.AllowCredentials\s{0,8}\(\s{0,8}\)[\s\S]{0,200}?\.SetIsOriginAllowed\s{0,8}\(\s{0,8}\w{1,10}\s{0,8}=>\s{0,8}true/,
    why: "lets any website make credentialed requests to the API (CORS with credentials)",
  },
  {
    id: "cs.process_start_request",
    kind: "app_weakness",
    lit: ["process.start", "arguments =", "arguments="],
    re: new RegExp(
      String
        .raw`\bProcess\.Start\s{0,8}\(\s{0,8}"(?:cmd(?:\.exe)?|powershell(?:\.exe)?|\/bin\/(?:ba)?sh)"\s{0,8},\s{0,8}(?:\$"|"[^"\n]{0,40}"\s{0,8}\+|${CS_HEAD})|\bArguments\s{0,8}=\s{0,8}(?:\$"[^"\n]{0,60}\{|"[^"\n]{0,60}"\s{0,8}\+\s{0,8})[^\n]{0,60}(?:${CS_HEAD})`,
    ),
    also: REQ_CS_RE,
    why: "starts a shell process with arguments built from request input (command injection)",
  },
  {
    id: "cs.sql_concat_request",
    kind: "app_weakness",
    lit: ["fromsqlraw", "executesqlraw", "sqlcommand", "commandtext"],
    re:
      /\b(?:FromSqlRaw|ExecuteSqlRaw(?:Async)?|new\s{1,8}SqlCommand)\s{0,8}\(\s{0,8}(?:\$"(?:SELECT|UPDATE|DELETE|INSERT)\b[^"\n]{0,160}\{|"(?:SELECT|UPDATE|DELETE|INSERT)\b[^"\n]{0,160}"\s{0,8}\+)|\bCommandText\s{0,8}=\s{0,8}(?:\$"(?:SELECT|UPDATE|DELETE|INSERT)\b[^"\n]{0,160}\{|"(?:SELECT|UPDATE|DELETE|INSERT)\b[^"\n]{0,160}"\s{0,8}\+)/i,
    also: new RegExp(`${CS_HEAD}|\\bstring\\s{1,8}\\w{1,30}\\s{0,8}[,)]`),
    why: "builds SQL by interpolating input into a raw command (SQL injection; use parameters)",
  },
  {
    id: "cs.request_validation_off",
    kind: "defense_evasion",
    lit: [
      "validaterequest",
      "requestvalidationmode",
      "enableviewstatemac",
      "viewstateencryptionmode",
    ],
    re:
      /\bvalidateRequest\s{0,8}=\s{0,8}["']false["']|\brequestValidationMode\s{0,8}=\s{0,8}["']2\.0["']|\benableViewStateMac\s{0,8}=\s{0,8}["']false["']|\bviewStateEncryptionMode\s{0,8}=\s{0,8}["']Never["']/i,
    why: "turns off ASP.NET request validation or view-state MAC (XSS, view-state deserialization)",
  },
  {
    id: "cs.xml_dtd_processing",
    kind: "app_weakness",
    lit: ["dtdprocessing", "xmlresolver", "prohibitdtd"],
    re:
      /\bDtdProcessing\s{0,8}=\s{0,8}DtdProcessing\.Parse\b|\bXmlResolver\s{0,8}=\s{0,8}new\s{1,8}XmlUrlResolver\b|\bProhibitDtd\s{0,8}=\s{0,8}false\b/,
    why: "parses XML with DTDs and external resolution enabled (XXE)",
  },
];
