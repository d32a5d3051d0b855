/**
 * Shared pieces of the application-security rules (`_appsec_*.ts`): the rule shape and the
 * fragments the area files combine (request input per framework, dev-only guards, test files).
 *
 * A rule is (a literal every match holds, for the one gate in `_appsec.ts`) + (the construct with
 * its insecure value or attacker-reachable input) + optionally (a second condition: the input
 * reaches it, a production context) and (a condition that clears it: the secure value, a dev-only
 * branch, a test file). Bounded patterns, no nested quantifiers.
 */
import type { PostureKind } from "./_posture_core.ts";

/** Finding kinds the application-security rules report (posture kinds, plus `app_weakness`). */
export type AppsecKind = PostureKind | "app_weakness";

/** One application weakness. */
export interface AppsecRule {
  /** Short id (area.weakness), for tests and reports. */
  id: string;
  kind: AppsecKind;
  /** Lower-case literal(s), one of which every match holds (the gate's index). */
  lit: string | string[];
  /** The construct with its insecure value. */
  re: RegExp;
  /** A second condition that must hold too (request input present, a production context). */
  also?: RegExp;
  /** A condition that clears the rule (the secure value, a dev-only guard). */
  not?: RegExp;
  /** True: still reported inside a test file (a conftest fixture reaching the network). */
  inTests?: boolean;
  /** What the code does, in words a user can act on. */
  why: string;
}

/** Request input in Python web frameworks (Flask, Django, FastAPI, aiohttp, Tornado). */
export const REQ_PY = String
  .raw`\brequest\.(?:args|form|values|json|get_json|get_data|data|GET|POST|query_params|path_params|files|FILES|cookies|COOKIES|headers|META|body|match_info|query)\b|\bself\.get_(?:argument|query_argument|body_argument)\s{0,8}\(|\bQuery\s{0,8}\(|\bForm\s{0,8}\(`;
/** Request input in Node frameworks (Express, Koa, Next, Nest, Lambda, Fastify, browser URL). */
export const REQ_JS = String
  .raw`\b(?:req|request|ctx|ctx\.request|c\.req)\.(?:query|body|params|headers|cookies|param|json|url)\b|\bevent\.(?:body|queryStringParameters|pathParameters)\b|\bsearchParams\.get\s{0,8}\(|@(?:Query|Body|Param)\s{0,8}\(|\blocation\.(?:hash|search)\b|\bformData\.get\s{0,8}\(`;
/** Request input in Java/Kotlin (Servlet, Spring). */
export const REQ_JAVA = String
  .raw`\b(?:request|req)\.get(?:Parameter|Header|QueryString|InputStream|Reader|Cookies)\s{0,8}\(|@(?:RequestParam|PathVariable|RequestBody|RequestHeader)\b`;
/** Request input in PHP (superglobals, Laravel, Symfony). */
export const REQ_PHP = String
  .raw`\$_(?:GET|POST|REQUEST|COOKIE|FILES)\b|\$_SERVER\s{0,8}\[\s{0,8}["']HTTP_|\$request->(?:input|get|query|post|all|file|cookie|header)\s{0,8}\(|\brequest\(\)->(?:input|get|query|all)\s{0,8}\(|\bInput::get\s{0,8}\(|file_get_contents\s{0,8}\(\s{0,8}["']php:\/\/input`;
/** Request input in Ruby (Rails, Sinatra). */
export const REQ_RB = String
  .raw`\bparams\s{0,8}\[|\bparams\.(?:require|permit|fetch|to_unsafe_h)\b|\brequest\.(?:params|body|headers|query_string|raw_post)\b|\bcookies\s{0,8}\[`;
/** Request input in Go (net/http, gin, echo, fiber, gorilla). */
export const REQ_GO = String
  .raw`\br\.(?:URL\.Query\(\)|(?:FormValue|PostFormValue|Form\.Get|Header\.Get|Body)\b)|\bc\.(?:Query|Param|PostForm|FormValue|QueryParam|DefaultQuery|Params|GetHeader)\s{0,8}\(|\bmux\.Vars\s{0,8}\(`;
/** Request input in ASP.NET. */
export const REQ_CS = String
  .raw`\bRequest\.(?:Query|Form|QueryString|Headers|Cookies|Body|Params)\b|\[From(?:Query|Body|Form|Route|Header)\]`;
/** Request input in any of the above. */
export const REQ_ANY = `${REQ_PY}|${REQ_JS}|${REQ_JAVA}|${REQ_PHP}|${REQ_RB}|${REQ_GO}|${REQ_CS}`;
/** {@link REQ_ANY} as a regex (for `also`). */
export const REQ_ANY_RE = new RegExp(REQ_ANY);

/**
 * A branch that runs only in development or tests (`if settings.DEBUG:`, `if app.debug`,
 * `NODE_ENV !== 'production'`, `IsDevelopment()`, `Rails.env.development?`, `#ifdef DEBUG`).
 */
export const DEV_GUARD =
  /\bif\s{0,8}\(?\s{0,8}(?:settings\.DEBUG|app\.debug|DEBUG)\b(?!\s{0,8}(?:or|\|\|))|NODE_ENV\s{0,8}(?:!==?|===?)\s{0,8}["'](?:production|development|test)["']|\bIsDevelopment\s{0,8}\(|\bRails\.env\.(?:development|test)\?|#if(?:def)?\s{1,8}DEBUG\b|@Profile\s{0,8}\(\s{0,8}["'](?:dev|local|test)|\bkDebugMode\b|\bBuildConfig\.DEBUG\b|\bapp\.get\s{0,8}\(\s{0,8}["']env["']\s{0,8}\)\s{0,8}===?\s{0,8}["']development/;

/**
 * A test file: pytest/unittest, Jest/Mocha/Vitest, JUnit, Go tests, RSpec/minitest, xUnit/NUnit,
 * PHPUnit. An insecure setting there (TLS off against a local fixture server) is accepted.
 */
export const TEST_FILE =
  /^\s{0,8}(?:def\s{1,8}test_\w|class\s{1,8}Test\w{0,60}\s{0,8}[(:]|import\s{1,8}pytest\b|from\s{1,8}unittest\b|(?:describe|it|test)\s{0,8}\(\s{0,8}["'`]|func\s{1,8}Test\w{0,60}\s{0,8}\(\s{0,8}t\s{1,8}\*testing\.T|RSpec\.describe\b|@Test\b|\[(?:Fact|Test|TestMethod)\]|class\s{1,8}\w{1,60}\s{1,8}extends\s{1,8}TestCase\b)/m;

/**
 * Text that explains the construct rather than ships it: a security rule (semgrep, CodeQL,
 * Bandit), a "vulnerable vs fixed" training example, a review finding.
 */
export const DOC_CONTEXT =
  /\b(?:noncompliant|non-compliant|vulnerable\s{1,8}(?:code|example|snippet|pattern|version)|insecure\s{1,8}(?:example|pattern)|bad\s{1,8}(?:example|practice)|anti-?pattern|(?:do\s{1,8}not|don't|never)\s{1,8}do\s{1,8}this|ruleid:|pattern-(?:either|inside|not)|semgrep|codeql|bandit\s{1,8}(?:B\d{3}|rule)|B\d{3}:\s|CWE-\d{1,4}|OWASP\s{1,8}(?:A\d|Top|ASVS)|security\s{1,8}(?:training|advisory)|remediation|fix(?:ed)?\s{1,8}version|(?:flags?|detects?|reports?|catch(?:es)?)\s{1,8}(?:code|calls?|uses?|usage))\b/i;

/**
 * Compact heads of request input, inlined in sink patterns (the full forms above are long: inlined
 * in many patterns they would multiply the compiled regex code). A rule matching a head checks
 * the full form once more through the shared regexes below (`also`).
 */
export const PY_HEAD = String.raw`(?:request\.\w{2,12}|self\.get_\w{0,8}argument)`;
export const JS_HEAD = String
  .raw`(?:(?:req|request|ctx|event)\.\w{2,22}|searchParams\.get|location\.(?:hash|search))`;
export const JAVA_HEAD = String.raw`(?:request\.get\w{2,16})`;
export const PHP_HEAD = String
  .raw`(?:\$_(?:GET|POST|REQUEST|COOKIE|FILES|SERVER)\b|\$request->\w{2,8}|request\(\)->\w{2,8})`;
export const RB_HEAD = String.raw`(?:params\b|request\.\w{2,12}|cookies\b)`;
export const GO_HEAD = String
  .raw`(?:r\.(?:URL|Form\w{0,6}|PostForm\w{0,6}|Header|Body)\b|c\.(?:Query|Param|PostForm|FormValue|QueryParam|DefaultQuery|Params|GetHeader)\b|mux\.Vars)`;
export const CS_HEAD = String.raw`(?:Request\.\w{2,12})`;
/** Any of the heads. */
export const ANY_HEAD =
  `(?:${PY_HEAD}|${JS_HEAD}|${JAVA_HEAD}|${PHP_HEAD}|${RB_HEAD}|${GO_HEAD}|${CS_HEAD})`;

/** The full request-input forms, compiled once and shared by the rules' `also`. */
export const REQ_PY_RE = new RegExp(REQ_PY);
export const REQ_JS_RE = new RegExp(REQ_JS);
export const REQ_JAVA_RE = new RegExp(REQ_JAVA);
export const REQ_PHP_RE = new RegExp(REQ_PHP);
export const REQ_RB_RE = new RegExp(REQ_RB);
export const REQ_GO_RE = new RegExp(REQ_GO);
export const REQ_CS_RE = new RegExp(REQ_CS);
