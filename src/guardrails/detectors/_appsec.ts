/**
 * Application-security weaknesses planted through a tool (a file written, a patch applied, a pull
 * request opened): code, framework configuration and web-server configuration that open an
 * authentication bypass, turn TLS or token checks off, feed request input into a command, code,
 * query, template or deserializer sink, serve a debugger or an admin console, or send credentials
 * out. Written from public knowledge (OWASP Top 10 / ASVS, CWE Top 25, the semgrep registry,
 * CodeQL, Bandit, Brakeman, gosec, find-sec-bugs, framework security docs), per area in
 * `_appsec_<area>.ts` (python, node, jvm, php, ruby, go, dotnet, webserver, auth, data, supply,
 * client: mobile, front end and framework CORS/static/route switches).
 *
 * Each rule is (the construct) + (the insecure value or attacker-reachable input) + (a write /
 * production context); the secure value, dev-only branches, test files, reverts (lines a diff
 * removes), documentation, rule descriptions and review prose pass.
 *
 * Cost: one {@link LiteralGate} over every rule's literals (read in the shared prefilter pass the
 * other argument checks use) decides whether anything can apply, as in `_posture.ts`.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { literalRuleGate } from "./_literal_gate.ts";
import { kbKeys, kbRuleHolds } from "./_kb_rule.ts";
import { type AppsecRule, DOC_CONTEXT, TEST_FILE } from "./_appsec_core.ts";
import { PYTHON_RULES } from "./_appsec_python.ts";
import { NODE_RULES } from "./_appsec_node.ts";
import { JVM_RULES } from "./_appsec_jvm.ts";
import { PHP_RULES } from "./_appsec_php.ts";
import { RUBY_RULES } from "./_appsec_ruby.ts";
import { GO_RULES } from "./_appsec_go.ts";
import { DOTNET_RULES } from "./_appsec_dotnet.ts";
import { WEBSERVER_RULES } from "./_appsec_webserver.ts";
import { AUTH_RULES } from "./_appsec_auth.ts";
import { BACKDOOR_RULES } from "./_appsec_backdoors.ts";
import { DATA_RULES } from "./_appsec_data.ts";
import { LEAK_RULES } from "./_appsec_leak.ts";
import { SUPPLY_RULES } from "./_appsec_supply.ts";
import { CLIENT_RULES } from "./_appsec_client.ts";
import { MORE_RULES } from "./_appsec_more.ts";
import { CRYPTO_RULES } from "./_appsec_crypto.ts";
import { APPSEC2_PY_RULES } from "./_appsec2_py.ts";
import { APPSEC2_JS_RULES } from "./_appsec2_js.ts";
import { APPSEC2_JVM_RULES } from "./_appsec2_jvm.ts";
import { APPSEC2_MISC_RULES } from "./_appsec2_misc.ts";
import { APPSEC2_CFG_RULES } from "./_appsec2_cfg.ts";
import { APPSEC2_SINK_RULES } from "./_appsec2_sink.ts";
import { R44_APPSEC_RULES } from "./_appsec_r44.ts";
import { R45_APPSEC_RULES } from "./_appsec_r45.ts";
import { R46_APPSEC_RULES } from "./_appsec_r46.ts";
import { R47_APPSEC_RULES } from "./_appsec_r47.ts";
import { R48_APPSEC_RULES } from "./_code_r48.ts";
import { APPSEC3_PY_RULES } from "./_appsec3_py.ts";
import { APPSEC3_JS_RULES } from "./_appsec3_js.ts";
import { APPSEC3_JVM_RULES } from "./_appsec3_jvm.ts";
import { APPSEC3_NATIVE_RULES } from "./_appsec3_native.ts";
import { APPSEC3_CLOUD_RULES } from "./_appsec3_cloud.ts";
import { APPSEC3_CHAIN_RULES } from "./_appsec3_chain.ts";
import { APPSEC3_COMPARE_RULES } from "./_appsec3_compare.ts";
import { APPSEC4_KB_RULES } from "./_appsec4_kb.ts";
import { findingFactory, type RoundMechanism } from "./_round_code.ts";

/** Every application-security rule, area by area. */
export const APPSEC_RULES: readonly AppsecRule[] = [
  ...AUTH_RULES,
  ...BACKDOOR_RULES,
  ...PYTHON_RULES,
  ...NODE_RULES,
  ...JVM_RULES,
  ...PHP_RULES,
  ...RUBY_RULES,
  ...GO_RULES,
  ...DOTNET_RULES,
  ...WEBSERVER_RULES,
  ...DATA_RULES,
  ...LEAK_RULES,
  ...SUPPLY_RULES,
  ...CLIENT_RULES,
  ...MORE_RULES,
  ...CRYPTO_RULES,
  ...APPSEC2_PY_RULES,
  ...APPSEC2_JS_RULES,
  ...APPSEC2_JVM_RULES,
  ...APPSEC2_MISC_RULES,
  ...APPSEC2_CFG_RULES,
  ...APPSEC2_SINK_RULES,
  // Round 44 (./_appsec_r44.ts): one-hop deserialization, reset poisoning, hand-parsed SAML,
  // Firebase rules open to every (signed-in) caller.
  ...R44_APPSEC_RULES,
  ...R45_APPSEC_RULES,
  ...R46_APPSEC_RULES,
  ...R47_APPSEC_RULES,
  // Round 48 (./_code_r48.ts): sessions assumed, spoofable bypasses, open routes, outside buckets.
  ...R48_APPSEC_RULES,
  // Third pass from the public catalogues (CodeQL security-extended, semgrep packs, tfsec/CIS,
  // Firebase rules, SWC): ./_appsec3_<area>.ts.
  ...APPSEC3_PY_RULES,
  ...APPSEC3_JS_RULES,
  ...APPSEC3_JVM_RULES,
  ...APPSEC3_NATIVE_RULES,
  ...APPSEC3_CLOUD_RULES,
  ...APPSEC3_CHAIN_RULES,
  ...APPSEC3_COMPARE_RULES,
  // Fourth pass (CWE-798/290/494/916/434/352/862/306/89 one-hop): ./_appsec4_kb.ts.
  ...APPSEC4_KB_RULES,
];

/** Indices of the rules one of whose literals is in a view, in rule order (one shared gate). */
const candidates = literalRuleGate(APPSEC_RULES.map(kbKeys));

/** A unified diff (a patch, a pull request body), or an `*** Begin Patch` / `*** Update File:` patch. */
const DIFF = /^(?:@@ -\d|diff --git |--- a\/|\+\+\+ b\/|\*\*\* (?:Begin Patch|Update File: ))/m;
/** A line a diff removes. */
const REMOVED_LINE = /^-(?!--).*$/gm;
/** The marker of a line a diff adds. */
const ADDED_MARK = /^\+(?!\+\+)/gm;

/** The first weakness `text` plants, or undefined. */
export function appsecRule(text: string): AppsecRule | undefined {
  if (text.length < 12 || text.length > 100000) return undefined;
  let view: string | undefined;
  let test: boolean | undefined;
  for (const i of candidates(text)) {
    const rule = APPSEC_RULES[i];
    // A patch is judged on what it leaves: the lines it removes (a revert) are not planted,
    // the lines it adds are read as written.
    view ??= DIFF.test(text) ? text.replace(REMOVED_LINE, "").replace(ADDED_MARK, "") : text;
    if (!kbRuleHolds(rule, view)) continue;
    if (!rule.inTests && (test ??= TEST_FILE.test(view))) continue;
    return rule;
  }
  return undefined;
}

/** Words of a tool name that say it only reads, searches or reviews. */
const READS = new Set(
  "search grep find lookup read get list review lint analyze analyse explain diff summarize scan audit check"
    .split(" "),
);
/** Words of a tool name that say it writes, commits, applies or runs. */
const WRITES = new Set(
  "create update write push put commit apply patch deploy run exec execute save edit upload merge set insert replace"
    .split(" "),
);
const TOOL_CACHE = new Map<string, boolean>();

/** True for a tool whose name says it only reads or searches code. */
function readOnlyTool(tool: string): boolean {
  let ro = TOOL_CACHE.get(tool);
  if (ro === undefined) {
    const words = tool.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/);
    ro = words.some((w) => READS.has(w)) && !words.some((w) => WRITES.has(w));
    if (TOOL_CACHE.size > 1024) TOOL_CACHE.clear();
    TOOL_CACHE.set(tool, ro);
  }
  return ro;
}

/**
 * Documentation markup around code: a Markdown fence, a reStructuredText code block, an
 * interactive-prompt example. A file of code carries none of these; a README or a guide does.
 */
const DOC_MARKUP = /^\s{0,3}(?:\x60\x60\x60|~~~)|^\.\. code-block::|^\s{0,8}>>> /m;

/** A line of code that ends a statement or opens/closes a block (`…;`, `… {`, `}`). */
const STATEMENT_LINE = /[;{}]\s{0,4}$/gm;

/**
 * True when `text` is a file of code (three statement lines or more), so its back-quoted parts are
 * JavaScript template literals or shell substitutions, not the inline code spans of prose
 * (round 44: a reset link built inside a template literal).
 */
function codeStatements(text: string): boolean {
  return (text.match(STATEMENT_LINE)?.length ?? 0) >= 3;
}

/**
 * True when the match of `re` sits in a line of prose: {@link inSentence}, and the line has six
 * space-separated tokens or more. A call that ends in a Ruby bang method or a Swift force-unwrap
 * (`.permit!)`, `serverTrust!))`) ends like a sentence but is one token, or a few.
 */
function proseLine(text: string, re: RegExp): boolean {
  if (!inSentence(text, re, 6)) return false;
  const m = re.exec(text);
  if (m === null) return false;
  const from = text.lastIndexOf("\n", m.index) + 1;
  const stop = text.indexOf("\n", m.index);
  // A diff's added/removed-line marker is not a word of the line.
  const line = text.slice(from, stop === -1 ? text.length : stop).trim().replace(
    /^[+-]\s{0,8}/,
    "",
  );
  return line.split(/\s+/).length >= 6;
}

/** Argument names that hold a search, not code to ship. */
const QUERY_KEY = /^(?:q|query|pattern|search|regex|term|keyword|keywords|grep)$/;

/**
 * The application-security check, in the shape of the posture check: tool-call arguments only,
 * reported when no more specific finding names the value.
 */
export const appsecMechanism: RoundMechanism = (text, field, where) => {
  if (field.stage !== "input" || text.length < 12 || text.length > 100000) return undefined;
  const found = appsecRule(text);
  if (!found) return undefined;
  if (field.tool !== undefined && readOnlyTool(field.tool)) return undefined;
  if (field.key !== undefined && QUERY_KEY.test(field.key)) return undefined;
  if (
    (quotedInProse(text, appsecRule) && !codeStatements(text)) ||
    proseLine(text, found.re) || DOC_CONTEXT.test(text)
  ) return undefined;
  if (DOC_MARKUP.test(text)) return undefined;
  return findingFactory(where)(
    found.kind,
    `Application weakness planted: ${found.why} (${found.id})`,
  );
};

/** The gate's keys (for the cost check in `scripts/dev`). */
export const APPSEC_GATE_KEYS: readonly string[] = [...new Set(APPSEC_RULES.flatMap(kbKeys))];
