/**
 * Credential requests in definitions: a tool that asks the model for secrets as arguments.
 *
 * Severity, by where the secret comes from:
 * - high: from FILES (`~/.aws/credentials`, `.env`, `id_rsa`), from the ENVIRONMENT, the CLIENT's
 *   or gateway's own session/bearer token (token passthrough), ANOTHER principal's token (the
 *   admin's — confused deputy) or another server, or passed on to every call / other servers;
 * - medium: cloud, admin/root, SSH/private keys or a connection string with its password asked
 *   for as an argument (the upstream has no business holding them);
 * - low: an ordinary password/token/API-key parameter the upstream needs for its own sign-in.
 */
import { credentialActedOn } from "./_defside_r47_fp.ts";
import {
  type DefinitionContext,
  has,
  type Hit,
  identifierWords,
  nameSuggests,
  negatedAt,
  positiveMatches,
  sentences,
  SET_TO,
  singular,
} from "./_definition_grammar.ts";

const CRED = String
  .raw`(?:passwords?|passphrases?|passcodes?|credentials?|secrets?|api[ _-]?keys?|access[ _-]?keys?(?:[ _-]?ids?)?|secret[ _-]?(?:access[ _-]?)?keys?|private[ _-]?keys?|ssh[ _-]?keys?|tokens?|bearer|cookies?|session[ _-]?(?:ids?|cookies?|tokens?)|connection[ _-]?strings?|dsn|seed[ _-]?phrases?|mnemonics?|(?:2fa|mfa|otp|one[- ]time)[ _-]?(?:codes?|passwords?)|authori[sz]ation(?:[ _-]?header)?|[A-Z][A-Z0-9]*_(?:TOKEN|SECRET|PASSWORD|PASS|API_KEY|ACCESS_KEY(?:_ID)?|SECRET_ACCESS_KEY|KEY))`;
const CRED_RE = new RegExp(String.raw`(?<![\w-])${CRED}(?![\w-])`, "gi");

/** Verbs that ask the reader to hand something over (base form: an instruction, not a behaviour). */
const REQUEST = new RegExp(
  String
    .raw`\b(?:pass|provide|include|paste|enter|give|supply|send|submit|put|attach|specify|share|hand\s+over|forward|fill\s+in|fill|insert|append|prepend|add|populate|embed|place)\b|${SET_TO}`,
  "gi",
);

/** A connection string with its password: medium, unless it is a database tool's own input. */
const CONN_PASSWORD = /\bconnection\s+strings?\b[^.;]{0,60}\bpassword/i;
const HIGH_VALUE = new RegExp(
  String
    .raw`\b(?:aws|amazon|gcp|google\s+cloud|azure|cloud|root|admin|administrator|superuser|master|ssh|private|signing|secret\s+access|seed|recovery|wallet|sudo|domain|kerberos|vpn|service\s+account|production|prod)\b[\w\s'-]{0,30}?${CRED}|\b(?:all|every)\s+(?:of\s+)?(?:your|the\s+user'?s)\s+(?:credentials|passwords|tokens|keys|secrets)|\b(?:AWS|GCP|AZURE|GOOGLE)_[A-Z_]*(?:KEY|SECRET|TOKEN)\b`,
  "i",
);

const SECRET_FILE = new RegExp(
  String
    .raw`~\/\.(?:ssh|aws|gnupg|kube|docker|config|azure|netrc|npmrc|pypirc|git-credentials|pgpass)|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\.aws\/credentials\b|(?<![\w.])\.env\b|\.(?:netrc|npmrc|pypirc|pgpass|git-credentials)\b|\bmcp\.json\b|\bkeychain\b|\bcredentials?\s+files?\b`,
  "i",
);
/** A public key file (`~/.ssh/id_ed25519.pub`): made to be shared, so asking for it is no leak. */
const PUBLIC_KEY_FILE =
  /(?:~\/\.ssh\/)?\bid_(?:rsa|ed25519|ecdsa|dsa)(?:[\w-]{0,40})\.pub\b|~\/\.ssh\/[\w.-]{1,60}\.pub\b/gi;
/**
 * Reading a file, in words or through another tool (`call read_file with ~/.aws/credentials and
 * include the result`).
 */
const READ_VERB =
  /\b(?:read|cat|open|load|get|take|copy|fetch|extract|grab|look\s+up|find)\b|\bfrom\b|\bits\s+contents?\b|\bcontents?\s+of\b|\bthe\s+(?:whole|entire)\s+file\b|\b(?:text|output|result|body)\s+of\b|\bthe\s+(?:result|output)\b|\b(?:read|cat|get|load|open|fetch)_[a-z_]*(?:file|content|text)s?\b/i;

const ENV_SOURCE = new RegExp(
  String
    .raw`\b(?:from|in|of)\s+(?:the\s+|your\s+|its\s+)?(?:environment|env|shell|process(?:\.env|\s+env(?:ironment)?))\b|\benvironment\s+variables?\b|\benv\s+vars?\b|\$[A-Z][A-Z0-9_]{2,}\b|\bprocess\.env\b`,
  "i",
);

const CLIENT_SOURCE = new RegExp(
  [
    String
      .raw`\b(?:your|the|this)\s+(?:mcp\s+)?(?:client|gateway|host|ide|assistant|agent|proxy|connection)(?:'s)?\s+(?:own\s+)?(?:(?!(?:uses?|is|are|has|have|holds?|keeps?|stores?|reads?|takes?|gets?|with|from|in|on)\s)[\w/-]+\s+){0,2}(?:token|credentials?|session|bearer|authori[sz]ation|cookie|api\s+key)`,
    String
      .raw`\b(?:token|bearer|credentials?|authori[sz]ation(?:\s+header)?|cookie)s?\s+(?:that\s+|which\s+)?(?:your|the)\s+(?:mcp\s+)?(?:client|gateway|host|ide|agent|assistant)\s+(?:or\s+\w+\s+)?(?:uses|sends|sent|holds|has|presents|received|got|passed|forwarded|attached|supplied|provided)`,
    String.raw`\b(?:client|gateway|host|agent)'?s\s+own\b`,
    String.raw`\byour\s+own\s+(?:[\w/-]+\s+){0,2}(?:token|session|credentials|cookie)`,
    String
      .raw`\bthe\s+user'?s\s+(?:oauth|access|session|bearer|id|refresh)(?:\s+access)?\s+tokens?\b`,
    String.raw`\bauthori[sz]ation:?\s+bearer\b`,
  ].join("|"),
  "i",
);
/** The header's FORMAT only ("Authorization: Bearer …"): says how, not whose token. */
const HEADER_FORMAT = /\bauthori[sz]ation:?\s+bearer\b/gi;
/**
 * The credential is one the user hands over for the target API ("credentials the user gives you
 * for an API go in `headers`"): an HTTP client's ordinary input, not the client's own token.
 */
const USER_GIVEN =
  /\b(?:credentials?|tokens?|api\s+keys?|keys?)\s+(?:that\s+|which\s+)?the\s+user\s+(?:gives?|gave|provides?|provided|supplies|supplied|pastes?|pasted|enters?|entered|hands?\s+(?:you|over))\b|\buser[-\s](?:provided|supplied|given)\s+(?:credentials?|tokens?|api\s+keys?|keys?)\b/i;

/** A sentence cut after "e.g." or "i.e.". */
const EXAMPLE_CUT = /\b(?:e\.g|i\.e)\.$/i;

/** A token the client or gateway holds, not one the user gives for the target (see above). */
/** The token stays with the server: "configured in the server, never passed by the model". */
const NOT_FROM_MODEL =
  /\b(?:never|not)\s+(?:be\s+)?(?:passed|sent|supplied|provided|given|included|seen|handled)\s+(?:by|through|via|to)\s+(?:the\s+)?(?:model|assistant|agent|llm|ai)\b/i;

function clientToken(s: string, lead: string): boolean {
  if (!CLIENT_SOURCE.test(s) || NOT_FROM_MODEL.test(s)) return false;
  // A sentence cut after "e.g." carries the example: its lead says whose credential it is.
  if (!USER_GIVEN.test(s) && !(EXAMPLE_CUT.test(lead) && USER_GIVEN.test(lead))) return true;
  return CLIENT_SOURCE.test(s.replace(HEADER_FORMAT, " "));
}

const OTHER_PRINCIPAL = new RegExp(
  [
    String
      .raw`\b(?:(?:the\s+|an?\s+)?(?:admin|administrator|root|superuser|owner|manager|privileged\s+user)(?:'s|s')|another\s+user'?s|other\s+users'?|a\s+different\s+user'?s|someone\s+else'?s)\s+(?:[\w-]+\s+){0,2}(?:token|credentials?|password|key|session|cookie)s?\b`,
    String
      .raw`\b(?:ask|request|get|obtain|fetch|borrow|take|steal|copy|grab|pass|send|include|use|reuse|forward|attach)\s+(?:it|them|one|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+from\s+(?:the\s+gateway|the\s+client|another\s+(?:server|tool|mcp)|other\s+(?:servers|tools)|the\s+[\w-]+\s+(?:server|tool|plugin|extension|integration))`,
  ].join("|"),
  "i",
);

/**
 * A secret that belongs to another integration: "the same GitHub token the github server is
 * configured with", "the session cookie from the browser tool's cookie store".
 */
const OTHER_INTEGRATION = new RegExp(
  [
    String
      .raw`\b(?:same|identical)\s+(?:[\w-]+\s+){0,2}?${CRED}\s+(?:that\s+|which\s+|as\s+)?(?:the\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:server|tool|integration|plugin|connector|extension|client|cli)\b`,
    String
      .raw`${CRED}\s+(?:that\s+|which\s+)?the\s+[\w.-]+\s+(?:mcp\s+)?(?:server|tool|integration|plugin|connector|extension)\s+(?:is\s+configured\s+with|uses|holds|has|stores|authenticates\s+with|was\s+given|signs\s+in\s+with)\b`,
    String
      .raw`\b(?!(?:this|our|its|same|my|your|the|a|an)\s)[\w.-]+\s+(?:mcp\s+)?(?:server|tool|integration|plugin|connector|extension)(?:'s|s')\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:env|environment|config(?:uration)?|cookie\s+(?:store|jar)|keychain|keyring|credentials?|tokens?|secrets?|sessions?|cookies?|api\s+keys?)\b`,
  ].join("|"),
  "i",
);

/**
 * Every secret in reach, not one the tool needs: "all API keys visible in the workspace",
 * "every token you can find".
 */
const BULK = new RegExp(
  String
    .raw`\b(?:all|every|each|any)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?${CRED}[^.;]{0,40}?\b(?:visible|available|accessible|found|present|stored|saved|lying\s+around|you\s+(?:can\s+)?(?:see|find|access|have|know|read)|in\s+(?:the|this|your|the\s+user'?s)\s+(?:current\s+)?(?:workspace|project|repo\w*|machine|computer|environment|codebase|files?|config\w*|home|disk|folder|directory|context))\b|${CRED}\s+(?:for|from|of|in)\s+(?:every|all|each|any)\s+(?:(?:open|logged[\s-]in|signed[\s-]in|active|saved)\s+)?(?:tabs?|sites?|websites?|accounts?|services?|domains?|browsers?|profiles?|repos?|repositories|servers?|apps?)\b`,
  "i",
);

const PROPAGATE = new RegExp(
  String
    .raw`\b(?:pass|send|include|forward|reuse|attach|give|share|provide|add)\s+(?:[\w-]+\s+){0,3}(?:to|in|with|into)\s+(?:every|all|any|each)\s+(?:[\w-]+\s+){0,2}(?:calls?|requests?|tools?|servers?)\b|\b(?:calls?|requests?)\s+to\s+(?:other|another|any\s+other|every\s+other)\s+(?:mcp\s+)?(?:servers?|tools?)\b`,
  "i",
);

/**
 * The server reads the variable itself when the argument is left out ("defaults to
 * OPENAI_API_KEY from the environment"): documentation of a fallback, not a request.
 */
const SERVER_READS_ENV =
  /\b(?:defaults?\s+to|falls?\s+back\s+to|(?:is\s+)?read\s+from|(?:is\s+)?taken\s+from|if\s+(?:omitted|unset|empty|not\s+(?:set|given|provided)))\b[^.;]{0,60}?\b(?:environment|env\b|env\s+vars?|\$[A-Z])/i;

/**
 * "Optional if the OPENWEATHER_API_KEY environment variable is set on the server": the variable's
 * STATE decides whether the argument is needed — the server reads it, the model is asked nothing.
 * Only for a sentence with no order in it ("… is set; otherwise copy it here" stays a request).
 */
const ENV_STATE_OPTIONAL = new RegExp(
  String
    .raw`\b(?:optional|not\s+(?:needed|required|necessary)|(?:can|may)\s+be\s+(?:omitted|left\s+(?:out|empty|blank)|skipped))\s+(?:if|when|once|as\s+long\s+as)\b[^.;]{0,80}?\b(?:is|are)\s+(?:already\s+)?(?:set|configured|defined|exported|present)\b`,
  "i",
);
/** An order to fetch a value for the model to hand over ("read it", "copy its value"). */
const FETCH_ORDER = /\b(?:read|take|copy|grab|fetch|extract|look\s+up|echo|print|cat|use)\b/i;
const FETCH_ORDER_G = new RegExp(FETCH_ORDER.source, "gi");

/** The environment as a SOURCE to take from ("from your env", "$TOKEN", `process.env`). */
const ENV_DIRECTION =
  /\b(?:from|in|inside|within)\s+(?:the\s+|your\s+|its\s+|this\s+)?(?:local\s+|current\s+)?(?:environment|env|shell|process)\b|\$[A-Z][A-Z0-9_]{2,}\b|\bprocess\.env\b|\bos\.environ\b|\bprintenv\b/i;

/**
 * True when the sentence only says the server falls back to its own environment variable — or,
 * for a tool whose job is managing environment variables (`create_env_var`), names the variable
 * the tool writes ("Value of the environment variable") without pointing at the model's own
 * environment as where to take it from.
 */
function serverEnvFallback(s: string, envTool: boolean): boolean {
  if (envTool && !ENV_DIRECTION.test(s) && positiveMatches(FETCH_ORDER_G, s).length === 0) {
    return true;
  }
  if (SERVER_READS_ENV.test(s)) return true;
  return ENV_STATE_OPTIONAL.test(s) && positiveMatches(REQUEST, s).length === 0 &&
    !FETCH_ORDER.test(s);
}

/** A parameter text that says its value is a file's content, not its path. */
const CONTENT_OF = /\b(?:contents?|text|output|body|copy|bytes)\s+of\b/gi;
/** A named argument as the destination ("in the 'auth' field", "as `token`"). */
const FIELD_DEST = new RegExp(
  String
    .raw`\b(?:in|into|to|as|under)\s+(?:the\s+)?[\x60'"][\w.-]+[\x60'"](?:\s+(?:field|parameter|param|argument|arg|key|property))?|\b(?:in|into|as)\s+(?:the\s+|this\s+)(?:[\w-]+\s+)?(?:field|parameter|param|argument|property)\b`,
  "i",
);

function credRequest(s: string, param: boolean): boolean {
  return has(CRED_RE, s) && (param || positiveMatches(REQUEST, s).length > 0);
}

/** Words of a tool name that say the tool's job is to connect to a data store. */
const STORE_WORDS: ReadonlySet<string> = new Set(
  [
    "connect",
    "connection",
    "database",
    "db",
    "sql",
    "postgres",
    "postgresql",
    "pg",
    "mysql",
    "mariadb",
    "sqlite",
    "mongo",
    "mongodb",
    "redis",
    "mssql",
    "oracle",
    "snowflake",
    "clickhouse",
  ].map(singular),
);
/** Parameter names that ARE a connection string (`connectionString`, `dsn`, `database_url`). */
const CONN_PARAM =
  /^(?:(?:db|database|postgres?|pg|mysql|mongo|redis?|sql)\s+)?(?:connection\s+(?:string|uri|url)|dsn|(?:db|database|postgres?|pg|mysql|mongo|mongodb|redis?)\s+(?:url|uri))$/;
const PARAM_OF_TEXT =
  /\.properties(?:\.([A-Za-z_$][\w$]*)|\["((?:[^"\\]|\\.)*)"\])\.(?:description|title)$/;

/**
 * True when `path` is the text of a parameter that IS a connection string of a tool whose own
 * job is connecting to a data store (`connect_database` → `connectionString`): the password in
 * it is the declared input, not a secret smuggled into an unrelated field.
 */
function declaredConnectionParam(path: string, ctx: DefinitionContext): boolean {
  const m = PARAM_OF_TEXT.exec(path);
  if (m === null) return false;
  const name = m[1] ?? m[2] ?? "";
  return CONN_PARAM.test(identifierWords(name).join(" ")) && nameSuggests(ctx, STORE_WORDS);
}

/** What the tool declares as its own input (see {@link declaredInputs}). */
export interface DeclaredInputs {
  /** The parameter is the connection string of a tool that connects to a data store. */
  connection: boolean;
  /** The tool's job is managing environment variables or secrets (`create_env_var`). */
  envTool: boolean;
}
const NOTHING_DECLARED: DeclaredInputs = { connection: false, envTool: false };
/** Words of a tool name that say it writes environment variables or stored secrets. */
const ENV_TOOL_WORDS: ReadonlySet<string> = new Set(["env", "environment", "var", "variable"]);

/** What the tool itself declares, for the parameter text at `path` (see {@link credentialHits}). */
export function declaredInputs(path: string, ctx: DefinitionContext): DeclaredInputs {
  return {
    connection: declaredConnectionParam(path, ctx),
    envTool: nameSuggests(ctx, ENV_TOOL_WORDS),
  };
}

/**
 * The field takes the NAME of the variable that holds the key, and the text keeps the value out:
 * "Name of the environment variable holding your API key (default OPENAI_API_KEY). The server
 * reads it itself; do not paste the key." A name is no secret; asking for its value still is.
 */
const VARIABLE_NAME =
  /^\W{0,3}(?:the\s{1,3})?name\s{1,3}of\s{1,3}the\s{1,3}(?:environment|env|shell)\s{1,3}variable\b|^\W{0,3}(?:the\s{1,3})?(?:environment|env)\s{1,3}variable\s{1,3}name\b/i;
const VALUE_KEPT_OUT =
  /\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:paste|send|include|enter|put|pass|type)\s{1,3}(?:the\s{1,3}|its\s{1,3}|your\s{1,3})?(?:key|token|secret|value|password|credential)s?\b|\b(?:server|tool)\s{1,3}reads\s{1,3}(?:it|the\s{1,3}value)\s{1,3}itself\b/i;

/**
 * "For password or OTP fields pass the environment variable name (e.g. ${TEST_PASSWORD}) instead
 * of the value": a placeholder goes into the argument, the secret stays where it is (session 36).
 */
const PLACEHOLDER_INSTEAD =
  /\b(?:pass|use|enter|give|send|put|record|type|write)\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?:(?:environment|env|ci|shell)\s{1,3})?(?:variable\s{1,3})?(?:name|placeholder|reference)\b(?:e\.g\.\s|i\.e\.\s|[^.;\n]|\.(?=\S)){0,80}?\binstead\s{1,3}of\s{1,3}(?:the\s{1,3}|its\s{1,3})?(?:real\s{1,3}|actual\s{1,3}|literal\s{1,3})?(?:values?|secrets?|passwords?|credentials?)\b/i;

/**
 * True when the sentence `s` (of `text`, when given: a sentence split may cut "e.g.") passes a
 * placeholder instead of the secret's value.
 */
export function placeholderInstead(s: string, text = s): boolean {
  const m = PLACEHOLDER_INSTEAD.exec(text);
  if (!m) return false;
  const at = text.indexOf(s.slice(0, 40));
  return at < 0
    ? PLACEHOLDER_INSTEAD.test(s)
    : at < m.index + m[0].length && m.index < at + s.length;
}

function variableNameOnly(s: string, text: string): boolean {
  return VARIABLE_NAME.test(s) && VALUE_KEPT_OUT.test(text) &&
    !/\b(?:value|contents?)\s{1,3}of\b/i.test(s);
}

/**
 * Credential-request findings for one string; `param` when it describes an input parameter,
 * `declared` for what the tool declares as its own job (a connection string, env variables).
 */
export function credentialHits(
  text: string,
  param: boolean,
  declared: DeclaredInputs = NOTHING_DECLARED,
): Hit[] {
  const out: Hit[] = [];
  const textHasCred = has(CRED_RE, text);
  let lead = "";
  for (const s of sentences(text)) {
    const prev = lead;
    lead = s;
    const asks = credRequest(s, param);
    const fileAsked = SECRET_FILE.test(s.includes(".pub") ? s.replace(PUBLIC_KEY_FILE, " ") : s) &&
      (READ_VERB.test(s) && positiveMatches(REQUEST, s).length > 0 ||
        param && positiveMatches(CONTENT_OF, s).length > 0);
    if (fileAsked) {
      out.push({
        kind: "secret_file_request",
        severity: "high",
        reason: "Definition asks the model to read a secret file and pass its contents",
      });
    } else if (
      (asks || FIELD_DEST.test(s)) && has(CRED_RE, s) && ENV_SOURCE.test(s) &&
      !serverEnvFallback(s, param && declared.envTool) && !variableNameOnly(s, text) &&
      !placeholderInstead(s, text)
    ) {
      out.push({
        kind: "credential_request",
        severity: "high",
        reason: "Definition asks the model to pass credentials taken from the environment",
      });
    } else if (has(CRED_RE, s) && clientToken(s, prev)) {
      out.push({
        kind: "token_passthrough",
        severity: "high",
        reason:
          "Definition asks for the client's or gateway's own session or bearer token (token passthrough)",
      });
    } else if (OTHER_PRINCIPAL.test(s) && (textHasCred || /\btokens?\b/i.test(s))) {
      out.push({
        kind: "confused_deputy",
        severity: "high",
        reason:
          "Definition asks for another principal's credentials (an admin's token, another server's secret)",
      });
    } else if (textHasCred && (asks || FIELD_DEST.test(s)) && OTHER_INTEGRATION.test(s)) {
      out.push({
        kind: "confused_deputy",
        severity: "high",
        reason: "Definition asks for a secret that belongs to another server, tool or client",
      });
    } else if (textHasCred && BULK.test(s) && positiveMatches(REQUEST, s).length > 0) {
      out.push({
        kind: "credential_request",
        severity: "high",
        reason: "Definition asks for every secret in reach (all keys or tokens in the workspace)",
      });
    } else if (textHasCred && PROPAGATE.test(s)) {
      out.push({
        kind: "credential_propagation",
        severity: "high",
        reason: "Definition asks for tokens or credentials to be passed on to every call or server",
      });
    } else if (
      solicitsUser(s) &&
      (ONE_TIME_SECRET.test(s) || (has(CRED_RE, s) && SOLICIT_PRESSURE.test(text)))
    ) {
      out.push({
        kind: "credential_phishing",
        severity: "high",
        reason:
          "Definition tells the model to collect the user's password, token or one-time code (on an 'expired session' or 'recovery' pretext) and pass it to this tool",
      });
    } else if (
      asks && (HIGH_VALUE.test(s) || CONN_PASSWORD.test(s) && !(param && declared.connection)) &&
      !credentialActedOn(s)
    ) {
      out.push({
        kind: "credential_request",
        severity: "medium",
        reason:
          "Definition asks for cloud, admin or private-key credentials (or a connection string with its password) as an argument",
      });
    } else if (asks && !param) {
      out.push({
        kind: "credential_request",
        severity: "low",
        reason: "Definition asks for a password or token as an argument",
      });
    }
  }
  return out;
}

/** The model told to get something from the user ("ask the user to paste …", "ask the user for …"). */
const USER_SOLICIT =
  /\b(?:ask|asks|asking|prompt|prompts|request|requests|get|collect|obtain)\s+(?:the\s+)?(?:user|users|customer|human|account\s+holder|them)\b[^.;]{0,40}?\b(?:for|to\s+(?:paste|provide|enter|type|share|give|send|supply|re-?enter|confirm|read\s+out))\b/i;
const USER_SOLICIT_ALL = new RegExp(USER_SOLICIT.source, "gi");
/** Prohibitions that are orders in disguise ("do not hesitate to ask the user for …"). */
const FALSE_NEGATION = /\b(?:hesitate|forget|fail|neglect|omit)\b[^,;.]{0,20}$/i;

/** An ask of the user that is not forbidden ("… — do not ask them to paste it here"). */
function solicitsUser(s: string): boolean {
  USER_SOLICIT_ALL.lastIndex = 0;
  for (const m of s.matchAll(USER_SOLICIT_ALL)) {
    if (
      !negatedAt(s, m.index) || FALSE_NEGATION.test(s.slice(Math.max(0, m.index - 40), m.index))
    ) {
      return true;
    }
  }
  return false;
}
/** Secrets no tool needs from a chat: one-time codes, bank logins, card security data, seed phrases. */
const ONE_TIME_SECRET =
  /\b(?:one[- ]time\s+(?:code|password|passcode|pin)|otp|2fa\s+code|mfa\s+code|verification\s+code|sms\s+code|authenticator\s+code|seed\s+phrase|recovery\s+(?:phrase|codes?)|mnemonic|bank(?:ing)?\s+(?:login|password|credentials?|pin)|card\s+(?:pin|cvv|cvc|security\s+code)|cvv|cvc)\b/i;
/** The pretext a phishing definition gives ("session expired", "error 401", "normal recovery flow"). */
const SOLICIT_PRESSURE =
  /\b(?:expired|expires|error\s*\d{3}|40[13]|unauthori[sz]ed|re-?auth\w*|re-?login|session|recovery|to\s+continue|do\s+not\s+suggest|don't\s+suggest|no\s+alternatives?|only\s+way)\b/i;

const HIGH_VALUE_PARAM = new Set([
  "admin",
  "administrator",
  "root",
  "master",
  "superuser",
  "aws",
  "gcp",
  "azure",
  "private",
  "ssh",
  "seed",
  "mnemonic",
  "sudo",
]);
const CRED_PARAM = new Set([
  "password",
  "passwd",
  "passphrase",
  "secret",
  "token",
  "credential",
  "cred",
  "apikey",
  "key",
  "cookie",
  "bearer",
  "mnemonic",
  "seed",
  "dsn",
]);

/** A parameter name that asks for a file's bytes, not its path (`contents_of_id_rsa`). */
const CONTENT_WORD = /\b(?:contents?|text|body|dump|bytes|copy|data)\b/;

/** An order to read or paste a file, spelled into a name (`read_file_ssh_id_rsa_then_put_here`). */
const READ_WORD = /\b(?:read|reading|paste|pasted|cat|put|fill|include)\b/;
/** Names that take where a file is, not what it holds (`ssh_key_path_to_read`). */
const PATH_WORD = /\b(?:path|dir|directory|folder|location|filename|name|uri|url)\b/;

/** Identifier words put back into path spelling: "home ssh id rsa" → "~/.ssh id_rsa". */
function pathSpelling(words: readonly string[]): string {
  return words.join(" ")
    .replace(
      /\b(?:home|tilde)\s+(?:dot\s+)?(?=(?:ssh|aws|gnupg|kube|docker|netrc|npmrc|pypirc|pgpass)\b)/g,
      "~/.",
    )
    .replace(/\bdot\s+(?=[a-z])/g, ".")
    .replace(/\bid\s+(rsa|ed25519|ecdsa|dsa)\b/g, "id_$1");
}

/** The last word of a parameter that takes a place, not a value. */
const KEY_WHERE = new Set(["path", "paths", "dir", "directory", "folder", "location"]);

/** Words that make a key parameter public material (`ssh_public_key`, `key_fingerprint`). */
const PUBLIC_KEY_WORD = new Set(["public", "pub", "fingerprint", "authorized"]);
/** Words that make it secret again, whatever else the name says. */
const SECRET_KEY_WORD = new Set(["private", "priv", "secret", "password", "passphrase", "token"]);

/**
 * A key parameter that takes public material: a public key, a fingerprint, or the SSH keys to
 * install on a new machine (`ssh_keys`: cloud APIs authorise public keys, by ID or by text; a
 * client logs in with one private key, so a plural is the server side). None of them lets the
 * tool log in anywhere; a request for the private half is still a credential.
 */
function publicKeyParam(name: string, words: readonly string[]): boolean {
  if (!words.includes("key") || words.some((w) => SECRET_KEY_WORD.has(w))) return false;
  if (words.some((w) => PUBLIC_KEY_WORD.has(w))) return true;
  return words.length === 2 && words[0] === "ssh" && /keys$/i.test(name);
}

/**
 * Names of tools whose job is to open a password vault or sign in (`unlock_vault`, `bw_login`,
 * `keychain_unlock`): for them a vault's master password is the input the job needs, like a
 * plain `password` for any login — still recorded, not blocked. Cloud, root, SSH and seed
 * parameters stay high whatever the name.
 */
export const VAULT_LOGIN_NAME: ReadonlySet<string> = new Set([
  "unlock",
  "vault",
  "keychain",
  "keepass",
  "bitwarden",
  "lastpass",
  "1password",
  "login",
  "signin",
  "logon",
]);

/**
 * A tool whose job (name, title, first sentence) is to configure a device it logs in to: a home
 * or office router, modem, NAS, printer, camera or access point (en, de, fr, es, pt, zh, ja, ko).
 */
export const DEVICE_JOB =
  /\b(?:router|modem|wi-?fi|wlan|nas|printer|ip\s{0,2}camera|access\s{1,3}point|mesh\s{1,3}node|fritz!?box|routeur|enrutador|roteador|drucker)\b|공유기|라우터|와이파이|路由器|无线网|ルーター|プリンター/i;

/**
 * Findings for an input parameter's name (`admin_token`, `aws_secret_key`, `password`);
 * `opensVault` when the tool's name says it unlocks a vault or signs in (see VAULT_LOGIN_NAME).
 */
export function credentialParamHits(
  name: string,
  opensVault = false,
  administersDevice = false,
): Hit[] {
  const words = identifierWords(name);
  const joined = words.join(" ");
  if (
    words.length >= 3 &&
    (CONTENT_WORD.test(joined) || (READ_WORD.test(joined) && !PATH_WORD.test(joined)))
  ) {
    if (SECRET_FILE.test(pathSpelling(words))) {
      return [{
        kind: "secret_file_request",
        severity: "high",
        reason: `Parameter ${JSON.stringify(name)} asks for the contents of a secret file`,
      }];
    }
  }
  if (!words.some((w) => CRED_PARAM.has(w))) return [];
  if (words.length === 1 && words[0] === "key") return [];
  // `ssh_private_key_path`, `key_file_location`: where a key lies, read by the tool locally — the
  // argument carries no secret (a parameter for the key's contents stays a credential).
  if (
    words.length >= 2 && KEY_WHERE.has(words[words.length - 1]) &&
    !CONTENT_WORD.test(words.join(" "))
  ) {
    return [{
      kind: "credential_parameter",
      severity: "low",
      reason: `Parameter ${JSON.stringify(name)} takes where a credential lies, not the credential`,
    }];
  }
  if (publicKeyParam(name, words)) return [];
  const high = words.filter((w) => HIGH_VALUE_PARAM.has(w));
  // `admin_password` of a tool that configures a home or office device (router, NAS, printer):
  // the device's own login, the input the job needs, like a plain `password` for a login tool.
  const deviceLogin = administersDevice &&
    high.every((w) => w === "admin" || w === "administrator") &&
    words.some((w) => w === "password" || w === "passwd" || w === "pin");
  if (high.length && !(opensVault && high.every((w) => w === "master")) && !deviceLogin) {
    return [{
      kind: "credential_parameter",
      severity: "medium",
      reason: `Parameter ${
        JSON.stringify(name)
      } asks for admin, cloud or private-key credentials as an argument`,
    }];
  }
  return [{
    kind: "credential_parameter",
    severity: "low",
    reason: `Parameter ${JSON.stringify(name)} takes a password or token`,
  }];
}
