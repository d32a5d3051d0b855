/**
 * `code_injection` — payloads aimed at an interpreter behind a tool rather than a shell:
 * server-side template injection (Jinja/Twig/Freemarker/Velocity/EL/ERB introspection and
 * sandbox escapes), language-level code execution (`__import__('os')`, `Runtime.getRuntime()`,
 * `child_process`, …), and unsafe deserialization gadgets (YAML language tags, Java/.NET/PHP/
 * Python pickle serialized objects, node-serialize functions).
 *
 * Written for the technique: each rule matches the *mechanism* (an introspection chain, a
 * language tag that constructs objects, a serialization magic header), not sample payloads.
 * Context matters: values under code-like keys (`template`, `expression`, `code`, `yaml`, …) get
 * the full rule set; free text (queries, messages, documents) only the unambiguous chains, so a
 * code search for "os.system(" or a README mentioning `{{ name }}` passes. The rules (in
 * `_code_rules.ts`) also run on what an interpreter would read (`_code_views.ts`): Log4j lookups
 * resolved, string concatenations joined, percent-encoding and base64 bodies decoded.
 */
import { argsLogit } from "./_args_model.ts";
import { CALL_VIEW } from "../walk.ts";
import type { FieldContext, Finding, TextDetector } from "../types.ts";
import { scanError } from "./_scan_error.ts";
import { RULES } from "./_code_rules.ts";
import { R13_CODE_RULES } from "./_code_r13_decoded.ts";
import { codeViews } from "./_code_views.ts";
import { proseMention } from "./_search_sentence.ts";
import {
  cypherInjection,
  ldapInjection,
  nosqlOperatorBypass,
  nosqlScript,
  sqlInjection,
  xpathInjection,
} from "./_code_sql.ts";
import { literalBreakout } from "./_code_breakout.ts";
import { encodedGadget, prototypePollution } from "./_code_r6_gadgets.ts";
import { graphqlBatching } from "./_code_r6_graphql.ts";
import { crossCollectionSecret, R13_RULES } from "./_code_r13.ts";
import { credentialSubquery, R14_RULES } from "./_code_r14.ts";
import { R15_RULES } from "./_code_r15.ts";
import { R16_RULES } from "./_code_r16.ts";
import { R17_RULES } from "./_code_r17.ts";
import { r18Mechanism } from "./_code_r18.ts";
import { r19Mechanism } from "./_code_r19.ts";
import { r20Mechanism } from "./_code_r20.ts";
import { r21Mechanism } from "./_code_r21.ts";
import { r22Mechanism } from "./_code_r22.ts";
import { r26Mechanism, readOnlyPySpawn } from "./_code_r26.ts";
import { placeholderJndiOnly } from "./_code_r27.ts";
import { r28Mechanism, readOnlyArgvSpawn } from "./_code_r28.ts";
import { inertPythonLiterals, r29Mechanism } from "./_code_r29.ts";
import { r30Mechanism } from "./_code_r30.ts";
import { r32Mechanism } from "./_code_r32.ts";
import { r33Mechanism } from "./_code_r33.ts";
import { r34Mechanism } from "./_code_r34.ts";
import { r35Mechanism } from "./_code_r35.ts";
import { r36Mechanism } from "./_code_r36.ts";
import { r37Mechanism } from "./_code_r37.ts";
import { r38Mechanism } from "./_code_r38.ts";
import { postureMechanism } from "./_posture.ts";
import { appsecMechanism } from "./_appsec.ts";
import { authOffInProdCall } from "./_appsec4_kb.ts";
import { tradecraftMechanism } from "./_tradecraft.ts";
import { dbAbuseMechanism } from "./_dbabuse.ts";
import { agentCfgMechanism } from "./_agentcfg.ts";
import { ctlPlaneMechanism } from "./_ctlplane.ts";
import { walletMechanism } from "./_wallet.ts";
import { supplyMechanism } from "./_supply.ts";
import { browserMechanism } from "./_browser.ts";
import { handoverMechanism } from "./_handover.ts";
import { deobfMechanism } from "./_deobf_judge.ts";
import { readOnlySpawn } from "./_code_r20_spawn.ts";
import { watchOnlyCall } from "./_path_watch_only.ts";
import { provedHarmlessCall } from "./_args_model_proof.ts";
import { ownershipScopeMechanism } from "./_code_r47_edit.ts";
import { constantFormulaFunction } from "./_code_formula_fn.ts";
import { type CodeInjectionOptions, CodeInjectionOptionsSchema } from "./options.ts";
import { TEXT_DETECTOR_SPECS } from "./specs.ts";
export { CodeInjectionOptionsSchema };
export type { CodeInjectionOptions };

/**
 * Every mechanism rule, in report order: the base set, then the round-13 additions (environment,
 * files, data sent out; code decoded at run time) and round 14 (Smarty call tags, graph queries
 * loading system files).
 */
const ALL_RULES = [
  ...RULES,
  ...R13_RULES,
  ...R13_CODE_RULES,
  ...R14_RULES,
  ...R15_RULES,
  ...R16_RULES,
  // Round 17 (./_code_r17.ts): LaTeX shell escapes (\write18, piped \input, \directlua).
  ...R17_RULES,
];

const CODE_KEYS =
  /^(template|tpl|tmpl|expr|expression|formula|code|script|source|src_code|snippet|eval|exec|program|lambda|function|fn|filter|predicate|yaml|yml|pickle|payload|serialized|object|obj|data|blob|state|session|body_template|jinja|render|format|fmt|format_string|sql|statement|stmt|sql_query|tsql|condition|conditions|cond|guard|transform|mapper|reducer|callback|handler|hook|macro|calc|calculation|computed)$/;

/**
 * Compound names whose part says "code" (`filter_js`, `sort_expression`, `footer_template`,
 * `python_snippet`), or names a template engine (`smarty`, `twig_body`, `liquid`): its value is a
 * template. Separator-delimited so `transcript` or `postscript` do not count.
 */
const CODE_KEY_PART =
  /(?:^|[_.\-])(?:template|tpl|tmpl|expr|expression|formula|script|snippet|lambda|predicate|jinja|jinja2|js|javascript|python|py|ruby|lua|php|groovy|spel|ognl|mvel|jexl|jsonata|jq|xpath|smarty|twig|handlebars|mustache|liquid|velocity|freemarker|erb|ejs|pug|thymeleaf|gotmpl)(?:$|[_.\-])|(?:expression|template|formula|predicate|snippet)$/;

/** The text an edit replaces (`oldText`, `old_string`, `old_str`): taken out, not written. */
const REPLACED_KEY = /^old_?(?:text|string|str|content|code|value|lines?|snippet)$/;
const STRICT_CACHE = new Map<string, boolean>();

// `/*`: SQL keywords split by inline comments (./_code_r15.ts); `dumpfile`/`outfile`: SQL file
// writes, which a hex-literal query spells without any other trigger (./_code_r16.ts).
const TRIGGER =
  /[{$#<%!_|]|PROGRAM|rO0AB|aced0005|gA[I-X]|AAEAAAD|Runtime|ProcessBuilder|\(|:\/\/|\/\*|dumpfile|outfile/i;

function isStrict(field: FieldContext, opts: CodeInjectionOptions): boolean {
  const k = field.key;
  if (!k) return false;
  let strict = STRICT_CACHE.get(k);
  if (strict === undefined) {
    strict = CODE_KEYS.test(k) || CODE_KEY_PART.test(k);
    // Keys repeat across calls; bound the cache so hostile key sets cannot grow it.
    if (STRICT_CACHE.size > 4096) STRICT_CACHE.clear();
    STRICT_CACHE.set(k, strict);
  }
  if (opts.strict_keys.includes(k)) return true;
  // A tool that reads code (review, lint, explain, diff) gets code as data: it never runs it, so
  // a `code` argument there is free text and only the unambiguous chains apply.
  return strict && !(field.tool !== undefined && readsCodeOnly(field.tool));
}

/** Words of a tool name that say it reads code as data. */
const READS_CODE = new Set(
  "review reviews lint linter analyze analyse analysis explain format formatter prettify highlight diff summarize summarise annotate"
    .split(" "),
);
/** Words of a tool name that say it runs or stores what it gets: `format_and_run`, `lintThenDeploy`. */
const RUNS_CODE = new Set(
  "run runs exec execute eval evaluate apply invoke call compile build test start launch deploy query sql mutate update insert write save fix disk drive volume"
    .split(" "),
);

/** True for a tool whose name says it only reads code (review, lint, explain) and never runs it. */
function readsCodeOnly(tool: string): boolean {
  const words = tool.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/);
  return words.some((w) => READS_CODE.has(w)) && !words.some((w) => RUNS_CODE.has(w));
}

/** Markdown code spans (`…`), where stored prose quotes a payload. */
const CODE_SPAN = /\x60[^\x60\n]{1,400}\x60/g;

/**
 * A payload quoted in a code span of stored prose (a ticket: "Payload used in the pentest:
 * `' OR '1'='1`. Parameterise the query."): a mention, unless the prose outside the spans is an
 * injection too.
 */
function quotedInProse(field: FieldContext, text: string): boolean {
  return text.includes("\x60") && proseMention(field.key, text) &&
    !sqlInjection(text.replace(CODE_SPAN, " "));
}

/**
 * The whole-call view (`walk.ts` `callText`, path `…<call>`) is read by the control-plane rules
 * (./_ctlplane.ts) and, from 100 characters, by the learned argument model
 * only: every rule reads the values one by one already.
 */
/** The learned model reads whole calls of this many characters or more (`walk.ts` visits shorter ones for the control-plane rules). */
const LEARNED_MIN_CHARS = 100;

function learnedCall(text: string, opts: CodeInjectionOptions, tool?: string): Finding[] {
  if (!opts.learned) return [];
  const logit = argsLogit(text);
  if (logit <= opts.learned_block_logit) return [];
  // A call proved inspect-only by a rule (./_path_watch_only.ts: fingerprints, stat, audit
  // watches of sensitive files) is not overruled by the model's reading of the paths it names.
  if (watchOnlyCall(text)) return [];
  // Nor a call proved harmless as a whole (./_args_model_proof.ts): a bookmarks-only copy, a
  // directory listing, a call that only revokes a grant.
  if (provedHarmlessCall(text, tool)) return [];
  return [{
    detector: "code_injection",
    kind: "learned_dangerous_call",
    severity: "high",
    reason:
      "The call's arguments read strongly like the dangerous tool calls a learned model was " +
      `trained on (logit ${logit.toFixed(1)}); if the call is fine, raise the code_injection ` +
      "option learned_block_logit or set learned: false for this server",
  }];
}

function scan(text: string, field: FieldContext, opts: CodeInjectionOptions): Finding[] {
  try {
    if (field.path.endsWith(CALL_VIEW)) {
      if (field.stage !== "input") return [];
      // The management-API rules judge a URL in one argument with a body in another.
      const ctl = ctlPlaneMechanism(text, field, "the call");
      if (ctl) return [ctl];
      const wallet = walletMechanism(text, field, "the call");
      if (wallet) return [wallet];
      const browser = browserMechanism(text, field, "the call");
      if (browser) return [browser];
      // Round 47 (./_code_r47_edit.ts): an edit that drops a query's tenant/owner condition.
      const scope = ownershipScopeMechanism(text, field);
      if (scope) return [scope];
      // ./_appsec4_kb.ts: a production deployment whose env object switches authentication off.
      if (authOffInProdCall(text)) {
        return [{
          detector: "code_injection",
          kind: "defense_evasion",
          severity: "high",
          reason:
            "The call deploys to production with an environment flag that switches authentication off (AUTH_DISABLED / ALLOW_ANONYMOUS…): every endpoint, admin ones included, answers anonymous callers (CWE-306)",
        }];
      }
      return text.length >= LEARNED_MIN_CHARS ? learnedCall(text, opts, field.tool) : [];
    }
    if (text.charCodeAt(0) === 36 && field.stage === "input" && field.path.endsWith("<key>")) {
      if (!nosqlOperatorBypass(text, field.path)) return [];
      return [{
        detector: "code_injection",
        kind: "nosql_operator",
        severity: "high",
        reason:
          `A credential argument holds the MongoDB operator ${text} instead of a value (it matches any stored value: authentication bypass); send the credential as a string`,
      }];
    }
    if (text.length < 5) return [];
    const strict = isStrict(field, opts);
    const out: Finding[] = [];
    const where = field.key ? `"${field.key}"` : "the value";
    // Round 34 (./_code_r34.ts, ./_obf_r34.ts): access given away, secrets moved out, login
    // backdoors, key destruction; payloads decoded from escapes, code lists, XOR, indirection.
    const r34 = r34Mechanism(text, field, where);
    if (r34) return [r34];
    // Round 35 (./_code_r35.ts, ./_obf_r35.ts): replication/webhooks/linked servers out, keyring
    // and secret-manager sweeps sent, payee rewrites, allow-by-default, network deserialization;
    // integer, radix, escaped-SQL and whitespace payloads.
    const r35 = r35Mechanism(text, field, where);
    if (r35) return [r35];
    // Round 36 (./_code_r36.ts): trust, rights, data and money handed to outsiders; account
    // takeover by a data change; a debugger served to the network.
    const r36 = r36Mechanism(text, field, where);
    if (r36) return [r36];
    // Round 37 (./_code_r37.ts): outside accounts in resource policies, moving branches
    // auto-synced, TLS off for every process, anonymous allowed, security controls torn down,
    // wholesale secret harvests, one-signer multisigs, unrecoverable CRM wipes.
    const r37 = r37Mechanism(text, field, where);
    if (r37) return [r37];
    // Round 38 (./_code_r38.ts, ./_obf_r38.ts): payloads and keys decoded from byte-escape runs,
    // folded look-alike letters, stripped junk, shifted literals, uuencode, colour codes, slices.
    const r38 = r38Mechanism(text, field, where);
    if (r38) return [r38];
    // Systematic deobfuscation (./_deobf.ts, ./_deobf_judge.ts): decoded views judged once.
    const deobf = deobfMechanism(text, field, where);
    if (deobf) return [deobf];
    // Security posture (./_posture.ts): footholds planted and defences weakened in code,
    // manifests, IaC, SQL, workflows and object documents, per platform; reported when no more
    // specific finding below names the value.
    // Application weaknesses (./_appsec.ts): authentication bypasses, TLS/token checks off,
    // request input in command/code/query/template/deserializer sinks, debuggers and consoles
    // served, credentials sent out; reported, like posture, when nothing more specific is.
    // Attacker tradecraft (./_tradecraft.ts): launchers, shells, tunnels, credential dumping, AD
    // attacks, lateral movement, evasion, collection, exfiltration and impact in commands.
    // Database abuse (./_dbabuse.ts): a statement using the database as a pivot or a harvest
    // (OS commands, server files, data sent out, credential dumps, privileges and audit off).
    // Agent configuration tampering (./_agentcfg.ts): MCP servers that fetch-and-run, approvals
    // and sandboxes off, hooks that send data out, standing orders in instruction files.
    // Control-plane abuse (./_ctlplane.ts): SaaS / identity / cloud management-API calls that
    // hand access out, silence a defence or take control (also read on the whole-call view).
    // Wallet asset control (./_wallet.ts): unlimited allowances and permits, ownership and
    // multisig control handed over, balances swept, keys exposed (also on the whole-call view).
    // Supply-chain tampering (./_supply.ts): install hooks that fetch or run, dependency sources
    // and lockfiles moved to foreign hosts, CI/CD weakened, releases overwritten, checks off.
    // Browser-automation abuse (./_browser.ts): credentials typed into look-alike pages, sessions
    // and tokens sent to other origins, wide consents and permissions granted, browser defences
    // off (also on the whole-call view).
    // Access handover (./_handover.ts): shell and CLI commands that hand an outsider standing
    // access, remote reach, data or control.
    // An edit's replaced text (`oldText`, `old_string`) is what the edit takes OUT: a weakness
    // found there is being removed; the new text and the whole file are judged as usual.
    const replaced = field.key !== undefined && REPLACED_KEY.test(field.key);
    const posture = replaced ? undefined : postureMechanism(text, field, where) ??
      appsecMechanism(text, field, where) ??
      tradecraftMechanism(text, field, where) ?? dbAbuseMechanism(text, field, where) ??
      agentCfgMechanism(text, field, where) ?? ctlPlaneMechanism(text, field, where) ??
      walletMechanism(text, field, where) ?? supplyMechanism(text, field, where) ??
      browserMechanism(text, field, where) ?? handoverMechanism(text, field, where);
    // Query injection through a value that is not a query (an id, a term, a Mongo operator).
    if (field.key && nosqlScript(field.key, text, field.path)) {
      out.push({
        detector: "code_injection",
        kind: "nosql_script",
        severity: "high",
        reason:
          `MongoDB operator ${where} carries a server-side script (functions, loops or sleeps)`,
      });
    } else if (sqlInjection(text) && !quotedInProse(field, text)) {
      out.push({
        detector: "code_injection",
        kind: "sql_injection",
        severity: "high",
        reason:
          `Value of ${where} breaks out of its place in a SQL query (stacked statement, UNION, tautology or comment)`,
      });
    } else if (ldapInjection(text) || xpathInjection(text)) {
      out.push({
        detector: "code_injection",
        kind: "filter_injection",
        severity: "high",
        reason:
          `Value of ${where} closes an LDAP filter or XPath predicate and adds its own conditions`,
      });
    } else if (cypherInjection(text)) {
      out.push({
        detector: "code_injection",
        kind: "cypher_injection",
        severity: "high",
        reason:
          `Value of ${where} closes a string in a Cypher (graph database) query and adds its own clause`,
      });
    } else if (credentialSubquery(text)) {
      out.push({
        detector: "code_injection",
        kind: "sql_injection",
        severity: "high",
        reason:
          `Value of ${where} sub-selects a credential column (password hash, secret, token) inside a filter`,
      });
    } else if (literalBreakout(text)) {
      out.push({
        detector: "code_injection",
        kind: "literal_breakout",
        severity: "high",
        reason:
          `Value of ${where} closes a string literal and calls a command- or code-running function`,
      });
    }
    const mechanism = mechanismFinding(text, field, where);
    if (mechanism) out.push(mechanism);
    // Code-like keys may carry a bare base64 object, which has none of the trigger characters.
    if (!strict && !TRIGGER.test(text)) return out.length === 0 && posture ? [posture] : out;
    const views = [text, ...codeViews(text, strict)];
    // A JavaScript runner spawning only literal read-only commands (./_code_r20_spawn.ts): judged
    // once, and only when a process-spawn rule matched.
    let quietSpawn: boolean | undefined;
    let quietPySpawn: boolean | undefined;
    let quietPyText: boolean | undefined;
    for (const r of ALL_RULES) {
      if (!strict && !r.anywhere) continue;
      if (r.kind === "template_probe" && !opts.flag_probes) continue;
      for (const view of views) {
        if (r.lead && !r.lead.test(view)) continue;
        if (r.needles && !r.needles.some((n) => view.includes(n))) continue;
        const m = r.re.exec(view);
        if (!m) continue;
        if (r.kind === "js_exec" || r.kind === "js_exec_chain") {
          // Decoded views are still judged: a benign call must not excuse a hidden one.
          // `execFileSync('git', ['status'])`: the literal list joined (./_code_r28.ts).
          quietSpawn ??= readOnlySpawn(text, field) || readOnlyArgvSpawn(text, field) ||
            // A `new Function` of a constant arithmetic formula (./_code_formula_fn.ts).
            constantFormulaFunction(text, field);
          if (quietSpawn && view === text) continue;
        }
        // `${jndi:ldap://...}` in an advisory: a placeholder, no server to load from (./_code_r27.ts).
        if (r.kind === "log4shell" && placeholderJndiOnly(view)) continue;
        if (r.kind === "python_exec") {
          // A Python runner calling subprocess only for literal read-only commands (./_code_r26.ts).
          quietPySpawn ??= readOnlyPySpawn(text, field);
          if (quietPySpawn && view === text) continue;
        }
        // Dangerous text only inside printed string literals or comments (./_code_r29.ts).
        if ((r.kind === "python_exec" || r.kind === "python_exec_chain") && view === text) {
          quietPyText ??= inertPythonLiterals(text);
          if (quietPyText) continue;
        }
        // Spans only make sense on the raw text; a decoded view has its own offsets.
        const raw = view === text;
        out.push({
          detector: "code_injection",
          kind: r.kind,
          severity: r.severity,
          reason: `${r.reason} in ${where}`,
          start: raw ? m.index : undefined,
          end: raw ? m.index + m[0].length : undefined,
        });
        break;
      }
    }
    return out.length === 0 && posture ? [posture] : out;
  } catch {
    // Fail closed: a value the detector could not judge is reported, and the policy decides.
    return [scanError("code_injection")];
  }
}

/** Mechanisms judged in any field: encoded gadgets, prototype pollution, GraphQL batching. */
function mechanismFinding(text: string, field: FieldContext, where: string): Finding | undefined {
  const proto = prototypePollution(text, field.path, field.key);
  if (proto) {
    return {
      detector: "code_injection",
      kind: "prototype_pollution",
      severity: "high",
      reason: `Value of ${where} ${proto}`,
    };
  }
  const gadget = encodedGadget(text);
  if (gadget) {
    return {
      detector: "code_injection",
      kind: "deserialization",
      severity: "high",
      reason: `Value of ${where} ${gadget}`,
    };
  }
  const join = field.key !== undefined || field.path.endsWith("<key>")
    ? crossCollectionSecret(text, field.path)
    : undefined;
  if (join) {
    return {
      detector: "code_injection",
      kind: "nosql_cross_collection",
      severity: "high",
      reason: `MongoDB pipeline in ${where} ${join}`,
    };
  }
  // Round 18 (./_code_r18.ts): Redis Lua escapes, Cypher LOAD CSV SSRF, XSLT extension calls,
  // a MySQL statement hidden in hex and run through PREPARE (input stage, one gate).
  const r18 = r18Mechanism(text, field, where);
  if (r18) return r18;
  // Round 19 (./_code_r19.ts): code hidden in hex that pack('H*')/hex2bin/fromhex decode.
  const r19 = r19Mechanism(text, field, where);
  if (r19) return r19;
  // Round 20 (./_code_r20.ts): Redis dumps aimed at SSH keys/cron, formulas sending cell ranges.
  const r20 = r20Mechanism(text, field, where);
  if (r20) return r20;
  // Round 21 (./_code_r21.ts): Go templates reaching exec/env, widened LDAP filters.
  const r21 = r21Mechanism(text, field, where);
  if (r21) return r21;
  // Round 22 (./_code_r22.ts): Painless role/MFA tampering, fullwidth SQL keywords.
  const r22 = r22Mechanism(text, field, where);
  if (r22) return r22;
  // Round 26 (./_code_r26.ts): downloads piped to a shell from code, exec of packed bytes.
  const r26 = r26Mechanism(text, field, where);
  if (r26) return r26;
  // Round 28 (./_code_r28.ts): SQL writing rows to a URL or remote server, system file reads.
  const r28 = r28Mechanism(text, field, where);
  if (r28) return r28;
  // Round 29 (./_code_r29.ts): pickles from the network, environment posted, audit trail erased,
  // home/root wiped, MCP client config rewritten, T-SQL hidden in hex.
  const r29 = r29Mechanism(text, field, where);
  if (r29) return r29;
  // Round 30 (./_code_r30.ts): TRUNCATE … CASCADE, rows copied to a remote server, role-up with MFA
  // off, bulk payout rewrites, SQL from base64, JS eval of escape-spelled strings.
  const r30 = r30Mechanism(text, field, where);
  if (r30) return r30;
  // Round 32 (./_code_r32.ts): pickle literals, inline remote-DB writes, credential files copied
  // out by SQL, mass in-place encryption.
  const r32 = r32Mechanism(text, field, where);
  if (r32) return r32;
  // Round 33 (./_code_r33.ts): SQL spelled from character codes and run, admin + MFA off in a
  // whole update object.
  const r33 = r33Mechanism(text, field, where);
  if (r33) return r33;
  const batch = graphqlBatching(text);
  if (batch) {
    return {
      detector: "code_injection",
      kind: "graphql_batching",
      severity: "high",
      reason: `GraphQL in ${where} ${batch}`,
    };
  }
  return undefined;
}

/** The code-injection detector. */
export const codeInjectionDetector: TextDetector<CodeInjectionOptions> = {
  id: "code_injection",
  description: "Template injection, interpreter code execution and unsafe deserialization payloads",
  ...TEXT_DETECTOR_SPECS.code_injection,
  scan,
};
