/**
 * Injection into a query language through a value that is NOT a query: an id, a name, a search
 * term or a filter that a backend pastes into SQL, and MongoDB's server-side JavaScript operators.
 *
 * The SQL check reads the value's grammar, not keywords: a leading token (the id or term the field
 * expects), then a breakout (a closing quote or parenthesis, or a statement separator) and a
 * clause that only SQL has right there — a stacked statement that changes data, `UNION SELECT`,
 * a tautology (`' OR 'a'='a`, `OR 1=1`), a timing probe (`AND SLEEP(5)`, `WAITFOR DELAY`) or a
 * comment that cuts the rest of the query off (`admin'--`). The whole value is anchored at its
 * start, so prose that merely mentions SQL ("use UNION SELECT to …") does not match, and a value
 * that IS a statement (a SQL tool's `query`) is skipped.
 */

/** A value that is itself a SQL statement (the argument of a query tool): not an injection. */
const STATEMENT_START =
  /^\s*\(?\s*(?:select|with|insert|update|delete|create|drop|alter|truncate|grant|revoke|begin|start|commit|rollback|explain|vacuum|analyze|set|show|use|call|exec|execute|declare|merge|copy|pragma|values|replace|upsert|--|\/\*)\b/i;
/** A table or user name, maybe qualified or quoted. */
const IDENT = String.raw`[\w.\x60"\[\]]{1,64}`;
/** A clause word right after the first token (`42 OR …`, `x UNION …`). */
const WORD_AFTER_TOKEN = /^\s*[^\s'";]{0,80}\s+(?:union|or|and|\|\|)[\s(]/i;

/**
 * Cheap necessary condition of every branch: the breakout character (quote, `;`, `)`) sits within
 * the 80-character token at the head, or a clause word follows the first token.
 */
function mayBreakOut(text: string): boolean {
  const head = text.length > 100 ? text.slice(0, 100) : text;
  return /['";)]/.test(head) || WORD_AFTER_TOKEN.test(text);
}
/** Statements stacked after `;` that change data or run server procedures, in their SQL shape. */
const STACKED = String
  .raw`;\s*(?:drop\s+(?:table|database|schema|view|user|index)\s+(?:if\s+exists\s+)?${IDENT}\s*(?:;|--|#|$|cascade\b)|truncate\s+(?:table\s+)?${IDENT}\s*(?:;|--|#|$)|delete\s+from\s+${IDENT}\s*(?:;|--|#|$|where\b)|insert\s+into\s+${IDENT}\s*(?:\(|values\b|select\b)|update\s+${IDENT}\s+set\s+[\w\x60"]{1,64}\s*=|alter\s+(?:table|user|login|role)\s+${IDENT}\s|create\s+(?:user|login|role)\s+${IDENT}|grant\s+(?:all|select|insert|update|delete)\b[^;]{0,80}\bto\s|exec(?:ute)?\s+(?:master\.|xp_|sp_)|shutdown\s*(?:;|--|#|$|with\b)|waitfor\s+(?:delay|time)\s+'|select\s+(?:pg_sleep|sleep|benchmark)\s*\(|declare\s+@)`;
/**
 * The tautology, timing and sub-query clauses of a boolean injection. The tautology compares a
 * word with itself (`'a'='a`, `x=x`) through a named back-reference; each use gets its own name,
 * since a reference to a group of another alternative would match the empty string.
 */
const boolean = (n: number): string =>
  String
    .raw`(?:(?:or|and)(?:\s+\(?|\s*\()|\|\|\s*\(?)\s*(?:['"]?(?<t${n}>\w{1,20})['"]?\s*(?:=|like)\s*['"]?\k<t${n}>(?![\w'"])|\d{1,6}\s*[<>=]{1,2}\s*\d{1,6}\b|(?:sleep|pg_sleep|benchmark|dbms_pipe\.receive_message)\s*\(|\(\s*select\b|(?:not\s+)?exists\s*\(\s*select\b|(?:extractvalue|updatexml|xmltype|utl_inaddr\.get_host_\w{1,20}|utl_http\.request|ctxsys\.drithsx\.sn)\s*\(|\d{1,6}\s*=\s*(?:convert|cast)\s*\()`;
/** A sub-select that only probes (`CASE WHEN`, `IF(`, sleeps) or reads another table. */
const SUBQUERY = String
  .raw`(?:case\s+when\b|if\s*\(|(?:pg_)?sleep\s*\(|benchmark\s*\(|[\w*.,\s]{1,80}?\bfrom\s+[\w.\x60"\[])`;
/** Clauses after a bare token (`42 UNION SELECT …`, `42 OR 1=1`). */
const afterToken = (n: number): string =>
  String
    .raw`union(?:\s+all|\s+distinct)?\s+select\b|waitfor\s+(?:delay|time)\s+'\d|${boolean(n)}`;
/** Clauses after a quote or parenthesis breakout: also `' OR TRUE`, `' ORDER BY 3--`. */
const afterBreakout = (n: number): string =>
  String
    .raw`${
    afterToken(n)
  }|(?:or|and)\s+(?:true|1)\b|(?:order|group)\s+by\s+\d{1,3}\s*(?:--|#)|procedure\s+analyse\s*\(`;
/**
 * Anchored grammar, in three parts so no part backtracks over the token: the leading token (no
 * spaces or quotes, at most 80 characters) ends at its first delimiter, where a quote breakout and
 * a clause, whitespace and a clause, or a stacked statement must follow (`TAIL`, sticky); a plain
 * word whose quote is followed by a comment that cuts off the query (`admin'--`, `guest'#`); and,
 * only when the token holds a parenthesis, a `)` breakout or a probing sub-select inside it.
 */
const TOKEN = /^\s*[^\s'";]{0,80}/;
const TAIL = new RegExp(
  String.raw`(?:['"]\s*\)?\s*(?:${STACKED}|${afterBreakout(1)})|\s+(?:${
    afterToken(2)
  })|\s*${STACKED})`,
  "iy",
);
const COMMENT = /^\s*[\w.@:+-]{1,80}['"]\s*\)?\s*(?:--(?:\s|-|$)|#\s*$|\/\*)/;
const PAREN = new RegExp(
  String
    .raw`^\s*[^\s'";]{0,80}?(?:\)\s*(?:${STACKED}|${afterBreakout(3)})|\(\s*select\s+${SUBQUERY})`,
  "i",
);

/**
 * A search term of a few words, then the quote breakout: `printer broken" OR pg_sleep(10)--`. The
 * quote closes a word (`search "union select"` opens a quoted phrase instead). Only
 * the clauses that never follow a quote in prose (a stacked statement, `UNION SELECT`, a
 * tautology, a timing probe or a sub-select), on the first line.
 */
const WORDS_THEN_QUOTE = new RegExp(
  String.raw`^[^'";\n]{0,80}?[^\s'";]['"]\s*\)?\s*(?:${STACKED}|${afterToken(4)})`,
  "i",
);

/**
 * A filter condition (`customer_id = 17`, `status IN (1,2)`, `name LIKE 'a%'`) — the value of a
 * `where`/`filter` argument pasted after WHERE — then a stacked statement that changes data.
 */
const CONDITION_THEN_STACKED = new RegExp(
  String
    .raw`^\s*\(?\s*[\w.\x60"\[\]]{1,64}\s*(?:=|<>|!=|<=|>=|<|>|\s(?:not\s+)?(?:like|in|is|between)\s)[^;\n]{0,120}?${STACKED}`,
  "i",
);

function grammar(text: string): boolean {
  if (text.includes(";") && CONDITION_THEN_STACKED.test(text)) return true;
  const token = TOKEN.exec(text)?.[0] ?? "";
  TAIL.lastIndex = token.length;
  if (TAIL.test(text) || COMMENT.test(text)) return true;
  if (WORDS_THEN_QUOTE.test(text)) return true;
  return (token.includes(")") || token.includes("(")) && PAREN.test(text);
}

/**
 * A sort or column value that smuggles a sub-select: `price desc, (select sleep(5))`,
 * `(CASE WHEN (SELECT …) THEN name ELSE price END)` — ORDER BY cannot take a bound parameter, so
 * apps paste the column in.
 */
const ORDER_SUBQUERY = new RegExp(
  String
    .raw`^\s*(?:[\w.\x60"]{1,64}(?:\s+(?:asc|desc))?\s*,\s*|\(?\s*(?:case\s+when|if\s*\()[^;]{0,200}?)\(\s*select\s+(?:${SUBQUERY}|[\w*.,()\s]{1,80}?\bfrom\s+[\w.\x60"\[])`,
  "i",
);

/**
 * Inline comments used as whitespace (UNION, an empty comment, SELECT); MySQL's versioned comment
 * (slash-star-bang-digits) keeps its body, which the server runs.
 */
const INLINE_COMMENT = /\/\*!?\d{0,6}|\*\//g;

function uncomment(text: string): string {
  return text.replace(/\/\*[^*!]{0,40}\*\//g, " ").replace(INLINE_COMMENT, " ");
}

/** True when `text` (an id, name, term or filter value) breaks out into SQL. */
export function sqlInjection(text: string): boolean {
  if (text.length > 1024) return false;
  if (mayBreakOut(text) && !STATEMENT_START.test(text) && grammar(text)) return true;
  if (text.includes("(") && ORDER_SUBQUERY.test(text)) return true;
  if (text.includes("/*")) {
    const plain = uncomment(text);
    if (mayBreakOut(plain) && !STATEMENT_START.test(plain) && grammar(plain)) return true;
  }
  // A query-string value arrives percent-encoded (`laptop%27%20UNION%20SELECT…`).
  if (!ENCODED.test(text)) return false;
  const plain = percentDecode(text);
  return plain !== text && mayBreakOut(plain) && !STATEMENT_START.test(plain) && grammar(plain);
}

const ENCODED = /%(?:27|22|3b|20|23|28|29)/i;

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** MongoDB operators whose value is JavaScript the database server runs. */
const NOSQL_JS_KEY = /^\$(?:where|function|accumulator)$/;
/** What a real `$where` predicate never needs: functions, loops, sleeps, process access. */
const NOSQL_JS_BODY =
  /\bfunction\s*\(|=>|\b(?:sleep|while|for)\s*\(|\bprocess\b|\brequire\s*\(|\bconstructor\b|\b(?:db|Mongo)\s*\.|\bemit\s*\(/;

/**
 * The same operator inside a query written as text (`{"$where": "…sleep(2000)"}`, mongo shell
 * `{$where: function() {…}}`): the operator's string or function value.
 */
const NOSQL_JS_IN_TEXT =
  /\$(?:where|function|accumulator)['"]?\s*:\s*(?:"((?:[^"\\\n]|\\.){0,2000})"|'((?:[^'\\\n]|\\.){0,2000})'|(function\b[^\n]{0,600}))/;

/**
 * A value nested under such an operator: `{"$function": {"body": "function(){…}", "lang": "js"}}`
 * puts the script in the operator's `body` (or `init`, `accumulate`, `merge`, `finalize`).
 */
const NOSQL_JS_PATH =
  /\.\$(?:where|function|accumulator)(?:\.|\[|$)|\["\$(?:where|function|accumulator)"\]/;

/** True when a MongoDB `$where`/`$function`/`$accumulator` value carries a script. */
export function nosqlScript(key: string, text: string, path = ""): boolean {
  if (NOSQL_JS_KEY.test(key)) return NOSQL_JS_BODY.test(text);
  if (path.includes("$") && NOSQL_JS_PATH.test(path)) return NOSQL_JS_BODY.test(text);
  if (!text.includes("$where") && !text.includes("$function") && !text.includes("$accumulator")) {
    return false;
  }
  const m = NOSQL_JS_IN_TEXT.exec(text);
  if (!m) return false;
  return m[3] !== undefined || NOSQL_JS_BODY.test(m[1] ?? m[2] ?? "");
}

/** MongoDB query operators an auth bypass puts where a string belongs. */
const NOSQL_OPERATOR =
  /^\$(?:ne|gt|gte|lt|lte|regex|exists|nin|in|not|expr|where|or|nor|type|size|elemMatch)$/;
/**
 * The walk visits object keys at `<parent path>["$ne"]<key>`: a credential field (password, PIN,
 * one-time code, token, secret) that holds an operator object instead of a string.
 */
const CREDENTIAL_PARENT =
  /(?:^|[.\["])(?:pass(?:word|wd|code|phrase)?|pwd|pin|otp(?:_?code)?|(?:one_?time_?|2fa_|mfa_|totp_?)code|token|secret|api_?key|credentials?)"?\]?(?:\.\$\w+|\["\$\w+"\])<key>$/i;

/**
 * NoSQL operator injection (`{"username": "admin", "password": {"$ne": null}}`): a credential that
 * is an operator matches any stored value, so the login succeeds without it. `key` is the object
 * key the walk visits, `path` its `…<key>` path. A query tool's own filters on other fields
 * (`{"age": {"$gt": 30}}`) are not credentials and pass.
 */
export function nosqlOperatorBypass(key: string, path: string): boolean {
  return key.length < 12 && key.charCodeAt(0) === 36 && NOSQL_OPERATOR.test(key) &&
    path.endsWith("<key>") && CREDENTIAL_PARENT.test(path);
}

/**
 * LDAP filter injection through a value pasted into `(uid=VALUE)`: it closes the parenthesis and
 * opens another filter (`*)(uid=*))(|(uid=*`, `admin)(&)`). A whole filter starts with `(` and is
 * the argument of an LDAP tool, so it is not judged here; a value with spaces is prose.
 */
const LDAP_BREAKOUT = /\)\s{0,2}\(\s{0,2}\(?\s{0,2}(?:[|&!]|[\w.-]{1,40}\s{0,2}[~<>]?=)/;

/** True when a name or id value breaks out of an LDAP filter. */
export function ldapInjection(text: string): boolean {
  if (
    text.length > 256 || !text.includes(")(") || /^\s*\(/.test(text) || /\s\S/.test(text.trim())
  ) {
    return false;
  }
  // A real breakout opens an OR/AND/NOT group or matches with a wildcard (`f(x)(y=2)` is maths).
  const m = LDAP_BREAKOUT.exec(text);
  return m !== null && (/[|&!]$/.test(m[0]) || text.includes("*"));
}

/**
 * Cypher (Neo4j) injection: a quote closes the string inside a node or map pattern
 * (`{name: '…'}`), closing brackets end the pattern, and a clause of the attacker's follows
 * (`x'}) MATCH (n) DETACH DELETE n //`). Upper-case clause words as Cypher is written; lower-case
 * ones only with the `//` comment that cuts off the rest of the query.
 */
const CYPHER_CLAUSES = String
  .raw`(?:(?:OPTIONAL\s+)?MATCH\s*\(|MERGE\s*\(|CREATE\s*\(|(?:DETACH\s+)?DELETE\s+[\w$]|REMOVE\s+\w+[.:]|SET\s+\w+\s*[.=+]|CALL\s+[\w.]{2,80}\s*\(|LOAD\s+CSV\b|UNWIND\s+\S|RETURN\s+[\w$*(]|WITH\s+[\w$*]+\s+(?:AS|WHERE|MATCH|CALL|RETURN)\b|UNION\s+(?:ALL\s+)?(?:MATCH|RETURN|CALL|WITH)\b)`;
const CYPHER_BREAKOUT = new RegExp(`['"]\\s{0,3}[})\\]]{1,4}\\s{0,3}${CYPHER_CLAUSES}`);
const CYPHER_BREAKOUT_COMMENT = new RegExp(
  `['"]\\s{0,3}[})\\]]{1,4}\\s{0,3}${CYPHER_CLAUSES}[^\\n]{0,300}\\/\\/`,
  "i",
);

const WHOLE_CYPHER =
  /^\s*(?:(?:OPTIONAL\s+)?MATCH|MERGE|CREATE|CALL|WITH|UNWIND|RETURN|LOAD\s+CSV|EXPLAIN|PROFILE)\b/i;

/** True when a value closes a Cypher string and pattern and adds its own clause. */
export function cypherInjection(text: string): boolean {
  if (text.length > 512 || (!text.includes("'") && !text.includes('"'))) return false;
  // A whole query (the argument of a graph tool) starts with its own clause.
  if (WHOLE_CYPHER.test(text)) return false;
  return CYPHER_BREAKOUT.test(text) || CYPHER_BREAKOUT_COMMENT.test(text);
}

/**
 * XPath injection: a quote closes the string inside a predicate and the value joins another path
 * (`'] | //user/*[1] | a['`) or tests the document's structure (`' or name()='`, `' or count(/*)=1`).
 */
const XPATH_BREAKOUT =
  /['"]\s*\]\s*\|\s*\/{1,2}[\w*@]|['"]\s+or\s+(?:name|local-name|count|string-length|substring|contains)\s*\(\s*[\/.)]/i;

/** True when a value breaks out of an XPath string predicate. */
export function xpathInjection(text: string): boolean {
  // A whole expression (the argument of an XPath tool) starts with a path or a parenthesis.
  if (text.length > 512 || /^\s*[\/.(]/.test(text)) return false;
  return (text.includes("'") || text.includes('"')) && XPATH_BREAKOUT.test(text);
}
