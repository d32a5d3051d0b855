/**
 * Secrets detector: provider credentials (cloud keys, VCS / chat / payment / AI API tokens),
 * private keys, JWTs, passwords inside connection strings and `Authorization` values, and generic
 * high-entropy values assigned to secret-named keys. Spans cover only the secret part, so
 * redaction keeps `password=` / `postgres://user:` / `-----BEGIN … KEY-----` around it.
 *
 * Decisions:
 * - Free-standing high-entropy strings are never flagged: UUIDs, git SHAs, lockfile hashes and
 *   base64 images only matter when they sit under a secret-named key (`token = "<hex>"`), where
 *   they are flagged because many real API keys are hex or UUIDs.
 * - Generic values must look random: ≥ 8 chars, no whitespace, a digit or symbol, two character
 *   classes, Shannon entropy ≥ min(`min_entropy`, 0.8·log2(length)), and not a placeholder
 *   (`changeme`, `<token>`, `${VAR}`, `YOUR_API_KEY`, `****`). So `password = "changeme"` passes.
 * - AWS's documented example key pair (`AKIAIOSFODNN7EXAMPLE`, `wJalr…EXAMPLEKEY`) is flagged at
 *   `low` severity: it is never valid, but the action is per detector, so it is still redacted.
 * - Stripe test keys are flagged at `low`.
 * - Provider formats live in ./_secrets_rules.ts (prefix + length + alphabet: DigitalOcean, PyPI,
 *   Docker Hub, Telegram, Discord, Doppler, Vault, Grafana, age, …, kind `api_token` unless an
 *   older specific kind exists); a value with a run of 8 mask characters (`ghp_xxxxxxxx…`) is a
 *   placeholder. Secrets known by the grammar around them (`curl -u user:pass`, `mysql -p…`,
 *   `.netrc`, Docker `"auth"`, Azure SAS `sig=`, raw `Authorization:` values, webhook URLs,
 *   base64-wrapped PEM keys) live in ./_secrets_context.ts.
 * - Disguised secrets are rebuilt and rescanned: tokens cut in pieces, written backwards or wholly
 *   base64 (./_secrets_r6_disguise.ts); fixed-length tokens spaced into groups, string literals
 *   joined at run time, base64 runs inside a text, and `net use`/`net user` positional passwords
 *   (./_secrets_r13.ts).
 */
import { r44Secrets } from "./_secrets_r44.ts";
import { foldLookalikes, r46Secrets } from "./_secrets_r46.ts";
import { capsTemplateUserinfo, r47Secrets } from "./_secrets_r47.ts";
import { blankJsonEscapes } from "../text/json_escapes.ts";
import { scanError } from "./_scan_error.ts";
import type { FieldContext, Finding, Severity, TextDetector } from "../types.ts";
import { type LiteralHits, LiteralSet } from "../text/literals.ts";
import { type Rule, RULES } from "./_secrets_rules.ts";
import { KB_RULES } from "./_secrets_kb.ts";
import { userPasswordOk } from "./_secrets_context.ts";
import { firstWins } from "./_spans.ts";
import { tableHits } from "./_secrets_table.ts";
import { base64Text, reversedTokens, splitTokens } from "./_secrets_r6_disguise.ts";
import { PIECE_LITERALS, piecedTokens } from "./_secrets_r18.ts";
import { R20_LITERALS, spacedOpenAiKeys } from "./_secrets_r20.ts";
import { variableJoins } from "./_secrets_r28.ts";
import { defaultLocalCredential } from "./_secrets_r29.ts";
import { percentRuns } from "./_secrets_r32.ts";
import { secretStoreValue } from "./_secrets_r33.ts";
import { secretStoreField, storeCommand } from "./_secrets_stores.ts";
import { documentedExample } from "./_secrets_examples.ts";
import { r36Secrets } from "./_secrets_r36.ts";
import { r38Secrets } from "./_secrets_r38.ts";
import { authPairSecret } from "./_secrets_r6_pairs.ts";
import {
  embeddedBase64,
  joinedLiterals,
  netCommandPasswords,
  spacedAwsSecret,
  spacedTokens,
  WRAPPED_FRAGMENTS,
} from "./_secrets_r13.ts";
import { cutPrefixTokens } from "./_secrets_r14.ts";
import {
  decodeBase64,
  hasMaskRun,
  isPlaceholder,
  looksLikeSecret,
  shannonEntropy,
  standIn,
} from "./_secrets_values.ts";
import { type SecretsOptions, SecretsOptionsSchema } from "./options.ts";
import { regexSourceProblem, SECRET_KINDS, type SecretKind } from "./options.ts";
import { TEXT_DETECTOR_SPECS } from "./specs.ts";
export { regexSourceProblem, SECRET_KINDS };
export type { SecretKind };
export { SecretsOptionsSchema };
export type { SecretsOptions };

export { isPlaceholder, looksLikeSecret, shannonEntropy };

interface Hit {
  kind: SecretKind;
  severity: Severity;
  reason: string;
  start: number;
  end: number;
}

const SCHEMES = new Set(
  ("postgres postgresql mysql mariadb mongodb mongodb+srv redis rediss amqp amqps mssql sqlserver " +
    "clickhouse cockroachdb couchdb neo4j neo4j+s bolt ldap ldaps ftp ftps sftp smtp smtps imap " +
    "imaps pop3 pop3s http https ws wss nats kafka oracle snowflake").split(" "),
);
const USERINFO = /[^\s:\/@"'<>]{0,128}:([^\s@\/"'<>]{1,256})@(?=[A-Za-z0-9\[._\-])/y;

/** `scheme://user:password@host`: only the password is the span. */
function connectionHits(text: string, at: readonly number[], out: Hit[]): void {
  for (const i of at) {
    let s = i;
    while (s > 0 && i - s < 20 && /[A-Za-z0-9+]/.test(text[s - 1])) s--;
    const scheme = text.slice(s, i).toLowerCase();
    // SQLAlchemy-style `postgresql+psycopg2://`, `mysql+pymysql://`: the base scheme decides.
    const plus = scheme.indexOf("+");
    if (!SCHEMES.has(scheme) && !(plus > 0 && SCHEMES.has(scheme.slice(0, plus)))) continue;
    USERINFO.lastIndex = i + 3;
    const m = USERINFO.exec(text);
    if (!m || isPlaceholder(m[1]) || standIn(m[1]) || /^(?:pass|pwd|\*+)$/i.test(m[1])) continue;
    const end = USERINFO.lastIndex - 1;
    // `postgres:postgres@db`: a stock credential of a local/CI container (./_secrets_r29.ts).
    if (defaultLocalCredential(m[0].slice(0, -1), text, end + 1)) continue;
    // `USUARIO:SENHA@HOST`: three upper-case slot names, a template (./_secrets_r47.ts).
    if (capsTemplateUserinfo(m[0], text.slice(end + 1, end + 41))) continue;
    out.push({
      kind: "connection_string",
      severity: "high",
      reason: `Password in a ${scheme}:// URL (${m[1].length} chars)`,
      start: end - m[1].length,
      end,
    });
  }
}

/** Key words that make a key secret-named (applied to the whole, lower-cased key). */
const SECRET_KEY =
  /passw(?:or)?d|passwort|passphrase|pwd|secret|token|api[_\-]?key|apikey|access[_\-]?key|private[_\-]?key|auth[_\-]?key|licen[cs]e[_\-]?key|signing[_-]?key|encryption[_-]?key|session[_\-]?key|master[_\-]?key|hmac[_\-]?key|credentials?|(?:^|[_\-.])pass$/;
/**
 * Keys that are not secret-named though they hold a key word: token counts, paging and CSRF
 * tokens, names and references; an idempotency token the caller makes up to deduplicate a request
 * (`client_request_token`, `idempotency_key`); a key saying its value is the NAME of the secret
 * something is loaded from (`inject-ca-from-secret: ns/name`, `envFromSecret`).
 */
const NOT_SECRET_KEY =
  /(?:max|min|num|total|input|output|prompt|completion|cached|reasoning)[_\-]?tokens?|tokens$|tokeniz|page[_\-]?token|next[_\-]?token|continuation|sync[_\-]?token|csrf|xsrf|nonce|client[_\-]?request[_\-]?token|idempotency|from[_\-]?secret$|(?:^|[_\-.])(?:min|max)(?:[_\-.]|$)|(?:file|path|name|hint|policy|reset|env|var|field|length|len|count|size|required|id|ids|ref|arn|version|rotation|manager|store|type|label|prompt|placeholder|strength|hash|expir\w*|enabled|url|uri|endpoint|limit|usage|ttl|budget|estimate|header|param|location|format|mode)$/;
/** Case-sensitive literals that occur in every secret-named key (indexOf is far faster than an /i regex). */
const KEY_ANCHORS = [
  "assw",
  "ASSW",
  "ecret",
  "ECRET",
  "oken",
  "OKEN",
  "pwd",
  "PWD",
  "Pwd",
  "key",
  "Key",
  "KEY",
  "redential",
  "REDENTIAL",
  "_pass",
  "_PASS",
  "-pass",
  "assphrase",
  "ASSPHRASE",
];
const VALUE =
  /["']?[ \t]{0,8}(?::=|=>|[:=])[ \t]{0,8}(?:"([^"\r\n]{1,512})"|'([^'\r\n]{1,512})'|`([^`\r\n]{1,512})`|([^\s"'`,;&<>(){}\[\]]{1,512}))/y;
/** [A-Za-z0-9_.-] by char code (hot loop). */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ||
    c === 46 || c === 45;
}
const CODE_PATH = /^[A-Za-z_$#][\w$#]*(?:\??\.[A-Za-z_$#][\w$#]*)+$/;
/** An `@file` reference (HTTPie, Vault, curl): `@/tmp/token.txt`, `@./pw`, `@secret.json`. */
const FILE_REF =
  /^@(?:~?\/|\.{1,2}\/|[A-Za-z]:\\|\$\{?\w{1,40}\}?\/)[\w.\/\\${}~-]{1,200}$|^@[\w.-]{1,80}\.(?:txt|json|pem|key|b64|bin|env|ya?ml|asc|gpg|jwt|token)$/;

function keyedKind(key: string, value: string): SecretKind | undefined {
  // Laravel-style `APP_KEY=base64:<32 bytes>`: an app key alone can be public (Pusher), a
  // base64-marked 32-byte value is the framework's encryption key.
  if (/(?:^|[_\-.])app[_\-]?key$/.test(key) && /^base64:[A-Za-z0-9+\/]{43}=$/.test(value)) {
    return "generic_secret";
  }
  if (!SECRET_KEY.test(key) || NOT_SECRET_KEY.test(key)) return undefined;
  if (/secret_?access_?key|aws_?secret/.test(key) && /^[A-Za-z0-9\/+]{40}$/.test(value)) {
    return "aws_secret_access_key";
  }
  if (key.includes("azure") && key.includes("secret")) return "azure_client_secret";
  if (key.endsWith("_authtoken")) return "npm_token";
  return "generic_secret";
}

function genericHits(
  text: string,
  found: LiteralHits,
  minEntropy: number,
  out: Hit[],
): void {
  const seen = new Set<number>();
  for (let a = 0; a < KEY_ANCHORS.length; a++) {
    const anchor = KEY_ANCHORS[a];
    for (const i of found[KEY_ANCHOR_IDS[a]]) {
      let ks = i;
      let ke = i + anchor.length;
      while (ks > 0 && i - ks < 64 && isKeyChar(text.charCodeAt(ks - 1))) ks--;
      if (seen.has(ks)) continue;
      seen.add(ks);
      while (ke < text.length && ke - i < 64 && isKeyChar(text.charCodeAt(ke))) ke++;
      // `node::credentials::HasOnly`, `syntax::tokenstream::TokenStream`: a C++/Rust path.
      if (text.charCodeAt(ke) === 58 && text.charCodeAt(ke + 1) === 58) continue;
      VALUE.lastIndex = ke;
      const v = VALUE.exec(text);
      if (!v) {
        if (text.charCodeAt(ks) === 45) flagHit(text, ks, ke, minEntropy, out);
        continue;
      }
      const value = v[1] ?? v[2] ?? v[3] ?? v[4];
      const quoted = v[4] === undefined;
      if (!quoted && /^[(\[]/.test(text[VALUE.lastIndex] ?? "")) continue; // a call or index
      if (!quoted && CODE_PATH.test(value)) continue; // this.#config.token, opts?.secret
      // `vault kv put … token=@/tmp/t.txt`, `curl -d password=@pw.txt`: the value is read from a
      // file by the tool; the text holds only the file's name.
      if (FILE_REF.test(value)) continue;
      const key = text.slice(ks, ke).toLowerCase();
      if (text.charCodeAt(ks - 1) === 58 && inArn(text, ks)) continue; // arn:…:secret:name
      const kind = keyedKind(key, value);
      if (!kind || !looksLikeSecret(value, minEntropy)) continue;
      const end = VALUE.lastIndex - (quoted ? 1 : 0);
      out.push({
        kind,
        severity: kind === "generic_secret" ? "medium" : "high",
        reason: secretReason(kind, value, key),
        start: end - value.length,
        end,
      });
    }
  }
}

/** A secret-named command-line flag (`--token`, `--api-key`, `--client-secret`, `-password`). */
const FLAG_NAME =
  /^--?(?:[a-z]{1,12}-){0,2}(?:token|api-?key|password|passwd|secret|auth-key|access-key|pat)$/i;
/** The flag's value after spaces (the `=` form is an ordinary assignment). */
const FLAG_VALUE = /[ \t]+(['"]?)([^\s'"]{8,256})\1(?![^\s;|&)])/y;

/** `--token abc…` at key span [ks, ke): the value after the space is the secret. */
function flagHit(text: string, ks: number, ke: number, minEntropy: number, out: Hit[]): void {
  const key = text.slice(ks, ke);
  if (!FLAG_NAME.test(key) || /max|min|count|file|path/i.test(key)) return;
  FLAG_VALUE.lastIndex = ke;
  const m = FLAG_VALUE.exec(text);
  if (!m || m[2].startsWith("-") || !looksLikeSecret(m[2], minEntropy)) return;
  const end = FLAG_VALUE.lastIndex - m[1].length;
  out.push({
    kind: "generic_secret",
    severity: "high",
    reason: secretReason("generic_secret", m[2], key.toLowerCase()),
    start: end - m[2].length,
    end,
  });
}

/** Cells under a secret-named column of a CSV / TSV / Markdown table (./_secrets_table.ts). */
function tableSecrets(text: string, found: LiteralHits, minEntropy: number, out: Hit[]): void {
  const anchors: number[] = [];
  for (const id of KEY_ANCHOR_IDS) for (const i of found[id]) anchors.push(i);
  if (anchors.length === 0) return;
  anchors.sort((a, b) => a - b);
  const name = (n: string): boolean => SECRET_KEY.test(n) && !NOT_SECRET_KEY.test(n);
  const value = (v: string): boolean => looksLikeSecret(v, minEntropy);
  for (const c of tableHits(text, anchors, name, value)) {
    out.push({
      kind: "generic_secret",
      severity: "medium",
      reason: secretReason("generic_secret", text.slice(c.start, c.end), c.column),
      start: c.start,
      end: c.end,
    });
  }
}

/** The key at `ks` is a segment of an ARN (`arn:aws:secretsmanager:…:secret:prod/db`): a name. */
function inArn(text: string, ks: number): boolean {
  let t = ks;
  while (t > 0 && ks - t < 128 && !/[\s"'`=,]/.test(text[t - 1])) t--;
  return text.startsWith("arn:", t);
}

function secretReason(kind: SecretKind, value: string, key: string): string {
  const safeKey = key.replace(/[^a-z0-9_.\-]/g, "").slice(0, 40);
  return `Secret-looking value (${value.length} chars) assigned to "${safeKey}" (${kind})`;
}

function privateKeyHits(text: string, begins: readonly number[], out: Hit[]): void {
  let from = 0;
  for (let i of begins) {
    if (i < from) continue;
    from = i + 11;
    const close = text.indexOf("-----", i + 11);
    if (close < 0 || close - i > 60) continue;
    const label = text.slice(i + 11, close);
    if (!/^[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?$/.test(label)) continue;
    let bodyStart = close + 5;
    const endAt = text.indexOf("-----END", bodyStart);
    let bodyEnd: number;
    if (endAt >= 0 && endAt - bodyStart < 65536) bodyEnd = endAt;
    else {
      const run = /[A-Za-z0-9+\/=\s\\:,\-]*/y;
      run.lastIndex = bodyStart;
      run.exec(text);
      bodyEnd = run.lastIndex;
    }
    while (bodyStart < bodyEnd && /\s/.test(text[bodyStart])) bodyStart++;
    if (text.startsWith("\\n", bodyStart)) bodyStart += 2; // JSON-escaped newline
    while (bodyEnd > bodyStart && /\s/.test(text[bodyEnd - 1])) bodyEnd--;
    if (text.endsWith("\\n", bodyEnd)) bodyEnd -= 2;
    const body = text.slice(bodyStart, bodyEnd);
    if (body.replace(/\\n|[^A-Za-z0-9+\/]/g, "").length < 32) continue; // "-----BEGIN … KEY-----..."
    out.push({
      kind: "private_key",
      severity: "critical",
      reason: `Private key block (${label}, ${body.length} chars)`,
      start: bodyStart,
      end: bodyEnd,
    });
    i = bodyEnd;
    from = i + 11;
  }
}

/** Runs the provider rules; true when a rule's literal (a provider prefix) is in the text. */
function ruleHits(text: string, found: LiteralHits, out: Hit[]): boolean {
  // Which rules to run: those of the literals found, and the regex-gated ones whose gate holds.
  // Visiting literals (not rules) keeps a scan that finds nothing at one pass over the hit table.
  const run = RULE_STAMP;
  const stamp = nextStamp();
  const order = SCHEDULED;
  order.length = 0;
  let any = false;
  let prefixed = false;
  const ids = LITERALS.lastFound;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (found[id].length === 0) continue;
    for (const r of LITERAL_RULES[id]) {
      if (run[r] !== stamp) order.push(r);
      run[r] = stamp;
    }
    any = true;
    if (!KB_ONLY_LITERAL[id]) prefixed = true;
  }
  for (const r of GATED_RULES) {
    if (RULES[r].gate!.test(text)) {
      if (run[r] !== stamp) order.push(r);
      run[r] = stamp;
      any = true;
    }
  }
  if (!any) return false;
  // Table order: earlier rules win overlaps.
  if (order.length > 1) order.sort((a, b) => a - b);
  for (let k = 0; k < order.length; k++) {
    const rule = RULES[order[k]];
    if (rule.hint !== undefined && rule.gate && !rule.gate.test(text)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const span = m.indices!.groups?.s ?? m.indices![1] ?? m.indices![0];
      const [start, end] = span!;
      const value = text.slice(start, end);
      if (hasMaskRun(value)) continue; // ghp_xxxxxxxx…, sk_live_********…
      const verdict = rule.check?.(value, text, start);
      if (verdict === false) continue;
      const prefix = rule.showPrefix ? `${value.slice(0, 4)}…, ` : "";
      out.push({
        kind: rule.kind,
        severity: typeof verdict === "string" ? verdict : rule.severity,
        reason: `${rule.label} (${prefix}${value.length} chars)${
          verdict === "low" ? ", a documented example or test key" : ""
        }${rule.advice ? `: ${rule.advice}` : ""}`,
        start,
        end,
      });
    }
  }
  return prefixed;
}

const allowCache = new WeakMap<readonly string[], RegExp[]>();
function allowRegexes(list: readonly string[]): RegExp[] {
  let res = allowCache.get(list);
  if (!res) {
    res = [];
    for (const s of list) {
      try {
        res.push(new RegExp(s, "u"));
      } catch { /* rejected by the schema; ignore here so scan never throws */ }
    }
    allowCache.set(list, res);
  }
  return res;
}

// One pass finds every literal the rules and anchors need (see ../text/literals.ts).
const LITERAL_LIST: string[] = [];
function literalId(lit: string): number {
  if (rulesRegistered) OTHER_LITS.add(lit); // a key anchor or disguise gate
  const at = LITERAL_LIST.indexOf(lit);
  return at >= 0 ? at : LITERAL_LIST.push(lit) - 1;
}
/** Per literal id: the rules it gates (rules run in table order, so earlier rules win overlaps). */
const LITERAL_RULES: number[][] = [];
/** Rules gated by a regex test instead of literals. */
const GATED_RULES: number[] = [];
/**
 * The knowledge-base rules (./_secrets_kb.ts): their literals (`pat`, `KEY`, `docker` …) are often
 * plain words, so finding one that nothing else uses does not count as a provider prefix (which
 * starts the costly disguise searches: joined literals, pieced and split tokens).
 */
const KB_SET = new Set<Rule>(KB_RULES);
/** Literals of knowledge-base rules, and literals anything else needs. */
const KB_LITS = new Set<string>();
const OTHER_LITS = new Set<string>();
/** Set once the rules' literals are in: later literals are the other passes' gates. */
let rulesRegistered = false;
/** The rules one scan runs, in table order (reused: ruleHits never re-enters itself). */
const SCHEDULED: number[] = [];
RULES.forEach((rule, r) => {
  if (rule.hint === undefined) {
    if (!rule.gate) throw new Error(`Secret rule ${rule.label} needs a hint or a gate`);
    GATED_RULES.push(r);
    return;
  }
  const kb = KB_SET.has(rule);
  for (const lit of typeof rule.hint === "string" ? [rule.hint] : rule.hint) {
    const id = literalId(lit);
    (LITERAL_RULES[id] ??= []).push(r);
    (kb ? KB_LITS : OTHER_LITS).add(lit);
  }
});
rulesRegistered = true;
/** Per rule: the stamp of the last scan that must run it (no per-scan allocation). */
const RULE_STAMP = new Uint32Array(RULES.length);
let scanStamp = 0;
function nextStamp(): number {
  scanStamp = (scanStamp + 1) >>> 0;
  if (scanStamp === 0) { // wrapped after 2^32 scans: old stamps could collide
    RULE_STAMP.fill(0);
    scanStamp = 1;
  }
  return scanStamp;
}
const KEY_ANCHOR_IDS: readonly number[] = KEY_ANCHORS.map(literalId);
const SCHEME_SEP_ID = literalId("://");
const BEGIN_ID = literalId("-----BEGIN ");
const PRIVATE_KEY_ID = literalId("PRIVATE KEY");
/** Public prefixes a split token starts with; reversed prefixes a backwards token ends with. */
const SPLIT_IDS = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"].map(literalId);
const REVERSED_IDS = [
  "_evil_",
  "_tset_",
  "_phg",
  "_ohg",
  "_uhg",
  "_shg",
  "_rhg",
  "_tap_buhtig",
  "AIKA",
  "AISA",
  "-bxox",
  "-pxox",
  "-axox",
  "-taplg",
  "-ks",
  "_fh",
  "_mpn",
  "-ipyp",
  "azIA",
].map(literalId);
/** Prefixes of the fixed-length formats `spacedTokens` rebuilds (all rule hints already). */
const SPACED_IDS = ["AKIA", "ASIA", "github_pat_", "AIza", "glpat-"].map(literalId);
/**
 * Pieces a prefix cut by spaces keeps (`tsk`, `key-`, `xo x` …): gate of ./_secrets_r14.ts, found
 * in the one literal pass.
 */
const CUT_IDS = [
  "tsk",
  "key-",
  "key -",
  "xox",
  "xo x",
  "x ox",
  "k_li",
  "_live",
  "glp",
  "gl p",
  "hub_p",
  "hvs",
  "sk-an",
  "k-ant",
].map(literalId);
/** Pieces of a prefix cut by spacing (gate of ./_secrets_r18.ts with the rule hints). */
const PIECE_IDS = PIECE_LITERALS.map(literalId);
/** OpenAI key prefixes (gate of ./_secrets_r20.ts). */
const R20_IDS = R20_LITERALS.map(literalId);
/** `net use` / `net user` in the usual cases (gate of the positional-password grammar). */
const NET_USE_IDS = ["et use", "ET USE", "et USE"].map(literalId);
/** Base64 text of credential names and prefixes (gate of the embedded-base64 search). */
const WRAPPED_IDS = WRAPPED_FRAGMENTS.map(literalId);
const LITERALS = new LiteralSet(LITERAL_LIST);
/** Per literal id: only knowledge-base rules use it (finding it is no provider prefix). */
const KB_ONLY_LITERAL: readonly boolean[] = LITERAL_LIST.map((l) =>
  KB_LITS.has(l) && !OTHER_LITS.has(l)
);
for (let id = 0; id < LITERAL_LIST.length; id++) LITERAL_RULES[id] ??= [];

/** True when any of the literals `ids` occurs (a plain loop: this runs on every scan). */
function anyFound(found: LiteralHits, ids: readonly number[]): boolean {
  for (let i = 0; i < ids.length; i++) if (found[ids[i]].length > 0) return true;
  return false;
}

/** `Authorization` header values: an optional non-Bearer scheme, then the credential. */
const AUTH_VALUE = /^(?:(?:token|bot|ssws|apikey|api-key|key|sso-key|splunk)[ \t]+)?(\S+)$/i;

/** The whole string is the value of JSON property `key` (lower-cased): is it a secret? */
function fieldHit(key: string, text: string, minEntropy: number): Hit | undefined {
  if (text.length > 2048) return undefined; // a document, not one credential
  const trimmed = text.trim();
  let kind = keyedKind(key, trimmed);
  let value = trimmed;
  if (!kind && (key === "authorization" || key === "proxy-authorization")) {
    const m = AUTH_VALUE.exec(trimmed);
    if (m) [kind, value] = ["bearer_token", m[1]];
  } else if (!kind && key === "auth" && userPasswordOk(decodeBase64(trimmed))) {
    const start = text.indexOf(trimmed);
    return {
      kind: "login_password",
      severity: "high",
      reason: `Registry auth (base64 user:password, ${trimmed.length} chars) under "auth"`,
      start,
      end: start + trimmed.length,
    };
  }
  if (!kind) {
    const pair = authPairSecret(key, text);
    if (pair) {
      return {
        kind: "login_password",
        severity: "high",
        reason: `Secret half of a user:secret pair (${pair[1] - pair[0]} chars) under "${
          key.replace(/[^a-z0-9_.\-]/g, "").slice(0, 40)
        }"`,
        start: pair[0],
        end: pair[1],
      };
    }
  }
  if (!kind || !looksLikeSecret(value, minEntropy)) return undefined;
  const end = text.indexOf(trimmed) + trimmed.length;
  return {
    kind,
    severity: kind === "generic_secret" ? "medium" : "high",
    reason: secretReason(kind, value, key),
    start: end - value.length,
    end,
  };
}

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** A secret found in a rebuilt form of `text[start, end)` (joined, reversed or decoded). */
function rebuiltHit(
  rebuilt: string,
  start: number,
  end: number,
  how: string,
  options: SecretsOptions,
  out: Hit[],
): boolean {
  const inner = scanSecrets(rebuilt, { stage: "input", path: "$" }, options, true);
  const best = inner.find((f) => RANK[f.severity] >= RANK.medium);
  if (!best) return false;
  out.push({
    kind: best.kind as SecretKind,
    severity: best.severity,
    reason: `${best.reason}, ${how}`,
    start,
    end,
  });
  return true;
}

/** Tokens cut in pieces, written backwards, or wrapped whole in base64 (./_secrets_r6_disguise.ts). */
function disguisedHits(
  text: string,
  found: LiteralHits,
  prefixed: boolean,
  options: SecretsOptions,
  out: Hit[],
): void {
  if (SPLIT_IDS.some((id) => found[id].length > 0)) {
    for (const [start, end] of splitTokens(text)) {
      out.push({
        kind: text.startsWith("npm_", start) ? "npm_token" : "github_token",
        severity: "high",
        reason: `Token cut into pieces (${end - start} chars) whose checksum matches when joined`,
        start,
        end,
      });
    }
  }
  if (REVERSED_IDS.some((id) => found[id].length > 0)) {
    const at = REVERSED_IDS.flatMap((id) => found[id]);
    for (const [start, end, reversed] of reversedTokens(text, at)) {
      rebuiltHit(reversed, start, end, "written backwards", options, out);
    }
  }
  if (text.length >= 20 && text.length <= 8192) {
    const decoded = base64Text(text);
    if (decoded) {
      const start = text.length - text.trimStart().length;
      rebuiltHit(decoded, start, start + text.trim().length, "base64-encoded", options, out);
    }
  }
  // Round 32 (./_secrets_r32.ts): a token written entirely in percent-escapes.
  for (const [start, end, decoded] of percentRuns(text)) {
    rebuiltHit(decoded, start, end, "percent-encoded", options, out);
  }
  if (out.length === 0) r13Disguises(text, found, prefixed, options, out);
  if (out.length > 0) return;
  // Round 18 (./_secrets_r18.ts): a token cut over lines, or spaced through its prefix (`dop_ v1_`).
  const pieced = prefixed || anyFound(found, PIECE_IDS) ? piecedTokens(text) : [];
  for (const joins of pieced) {
    for (const [start, end, joined] of joins) {
      if (rebuiltHit(joined, start, end, "cut into pieces", options, out)) break;
    }
  }
  if (out.length > 0) return;
  // Round 20 (./_secrets_r20.ts): an OpenAI `sk-proj-` key spaced into chunks after its prefix.
  if (anyFound(found, R20_IDS)) {
    for (const joins of spacedOpenAiKeys(text)) {
      for (const [start, end, joined] of joins) {
        if (rebuiltHit(joined, start, end, "spaced into chunks", options, out)) break;
      }
    }
    if (out.length > 0) return;
  }
  // Round 28 (./_secrets_r28.ts): a token split across variables, joined where it is used.
  if (prefixed) {
    for (const [start, end, joined] of variableJoins(text)) {
      if (rebuiltHit(joined, start, end, "split across variables", options, out)) break;
    }
    if (out.length > 0) return;
  }
  // A prefix cut by the spacing too (./_secrets_r14.ts): the longest join a rule accepts.
  if (!anyFound(found, CUT_IDS)) return;
  for (const joins of cutPrefixTokens(text)) {
    for (const [start, end, joined] of joins) {
      if (rebuiltHit(joined, start, end, "spaced into pieces", options, out)) break;
    }
  }
}

/**
 * Fixed-length tokens spaced into groups (./_secrets_r13.ts), and an AWS secret key in groups
 * after a spaced key id. Runs before the generic rules: a `secret: kT9p…` label would otherwise
 * claim the first group alone.
 */
function spacedHits(text: string, options: SecretsOptions, out: Hit[]): void {
  for (const [start, end, joined] of spacedTokens(text)) {
    if (!rebuiltHit(joined, start, end, "spaced into pieces", options, out)) continue;
    const secret = /^A[KS]IA/.test(joined) ? spacedAwsSecret(text, end) : undefined;
    if (secret) {
      out.push({
        kind: "aws_secret_access_key",
        severity: "high",
        reason: "AWS secret access key (40 chars) written in groups after its key id",
        start: secret[0],
        end: secret[1],
      });
    }
  }
}

/**
 * Round-13 disguises (./_secrets_r13.ts): string literals joined at run time, when a provider
 * prefix is in the text (no rule matched it whole); base64 runs inside a text, when the base64
 * of a credential name or prefix is in it. Both gates come from the one literal pass.
 */
function r13Disguises(
  text: string,
  found: LiteralHits,
  prefixed: boolean,
  options: SecretsOptions,
  out: Hit[],
): void {
  if (
    prefixed &&
    (text.includes('"') || text.includes("'") || text.includes("`"))
  ) {
    for (const [start, end, joined] of joinedLiterals(text)) {
      rebuiltHit(joined, start, end, "joined from string pieces", options, out);
    }
  }
  if (out.length > 0 || text.length < 24 || text.length > 262144) return;
  if (!anyFound(found, WRAPPED_IDS)) return;
  for (const [start, end, decoded] of embeddedBase64(text)) {
    rebuiltHit(decoded, start, end, "base64-encoded inside the text", options, out);
  }
}

function scanSecrets(
  text: string,
  field: FieldContext,
  options: SecretsOptions,
  rebuilt = false,
): Finding[] {
  const hits: Hit[] = [];
  const minEntropy = options.min_entropy ?? 3;
  const found = LITERALS.find(text);
  const prefixed = ruleHits(text, found, hits);
  if (!rebuilt && anyFound(found, SPACED_IDS)) spacedHits(text, options, hits);
  connectionHits(text, found[SCHEME_SEP_ID], hits);
  if (found[PRIVATE_KEY_ID].length > 0) privateKeyHits(text, found[BEGIN_ID], hits);
  genericHits(text, found, minEntropy, hits);
  if (text.includes("\n")) tableSecrets(text, found, minEntropy, hits);
  if (!rebuilt && anyFound(found, NET_USE_IDS)) {
    for (const [start, end] of netCommandPasswords(text)) {
      hits.push({
        kind: "login_password",
        severity: "high",
        reason: `Windows password (${end - start} chars) typed into a net use / net user command`,
        start,
        end,
      });
    }
  }
  if (hits.length === 0 && !rebuilt) disguisedHits(text, found, prefixed, options, hits);
  // A string that is the whole value of a secret-named JSON property (policy engines scan leaves).
  if (field.key && hits.length === 0) {
    const h = fieldHit(field.key.toLowerCase(), text, minEntropy);
    if (h) hits.push(h);
  }
  // Round 36 (./_secrets_r36.ts): seed phrases, backup codes, full cards, hard-coded fallbacks.
  if (hits.length === 0 && !rebuilt && field.stage === "input") {
    for (const [start, end, kind, reason] of r36Secrets(text, field.key ?? "")) {
      hits.push({ kind, severity: "high", reason, start, end });
    }
  }
  // Round 38 (./_secrets_r38.ts): a password labelled in the writer's language, in a message.
  if (hits.length === 0 && !rebuilt && field.stage === "input") {
    for (const [start, end, kind, reason] of r38Secrets(text)) {
      hits.push({ kind, severity: "high", reason, start, end });
    }
  }
  // Round 44 (./_secrets_r44.ts): an API token labelled in prose, numbered backup-code lists.
  if (hits.length === 0 && !rebuilt && field.stage === "input") {
    for (const [start, end, kind, reason] of r44Secrets(text)) {
      hits.push({ kind, severity: "high", reason, start, end });
    }
  }
  // Round 46 (./_secrets_r46.ts): disk-encryption recovery secrets; look-alike Unicode letters.
  if (hits.length === 0 && !rebuilt && field.stage === "input") {
    for (const [start, end, kind, reason] of r46Secrets(text)) {
      hits.push({ kind, severity: "high", reason, start, end });
    }
  }
  // Round 47 (./_secrets_r47.ts): account recovery keys.
  if (hits.length === 0 && !rebuilt && field.stage === "input") {
    for (const [start, end, kind, reason] of r47Secrets(text)) {
      hits.push({ kind, severity: "high", reason, start, end });
    }
  }
  if (hits.length === 0 && !rebuilt) {
    const folded = foldLookalikes(text);
    if (folded !== undefined) {
      rebuiltHit(folded, 0, text.length, "written in look-alike Unicode letters", options, hits);
    }
  }
  if (hits.length === 0) return [];
  const kinds = options.kinds ? new Set<string>(options.kinds) : undefined;
  const allow = allowRegexes(options.allow_patterns ?? []);
  const wanted = hits.filter((h) =>
    !(kinds && !kinds.has(h.kind)) &&
    !(allow.length > 0 && allow.some((re) => re.test(text.slice(h.start, h.end))))
  );
  // Earlier rules win overlaps, in linear time per rule (see ./_spans.ts).
  return firstWins(wanted).map((h) => ({ detector: "secrets", ...h }));
}

/** Secrets in any string: provider tokens, keys, passwords, high-entropy secret assignments. */
export const secretsDetector: TextDetector<SecretsOptions> = {
  id: "secrets",
  description:
    "Credentials: cloud keys, API tokens, private keys, JWTs, passwords in URLs, CLI flags and assignments",
  ...TEXT_DETECTOR_SPECS.secrets,
  scan(text: string, field: FieldContext, options: SecretsOptions): Finding[] {
    try {
      // The value a secrets-manager write tool stores (./_secrets_r33.ts).
      if (secretStoreValue(field)) return [];
      // A value stored by a cloud secret-service tool or a store CLI line (./_secrets_stores.ts).
      if (secretStoreField(field) || storeCommand(field, text)) return [];
      // JSON text: an escaped line break must not glue itself to the value after it (same offsets).
      const found = scanSecrets(blankJsonEscapes(text), field, options ?? {});
      // Emulator keys and documentation samples open nothing (./_secrets_examples.ts).
      return found.length === 0
        ? found
        : found.filter((f) =>
          f.start === undefined || f.end === undefined ||
          !documentedExample(text.slice(f.start, f.end))
        );
    } catch {
      // Fail closed: a value the detector could not judge is reported, and the policy decides.
      return [scanError("secrets")];
    }
  },
};
