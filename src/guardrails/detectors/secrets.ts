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
 */
import { z } from "zod";
import { scanError } from "./_scan_error.ts";
import type { FieldContext, Finding, Severity, TextDetector } from "../types.ts";
import { type LiteralHits, LiteralSet } from "../text/literals.ts";

/** Every kind this detector reports (usable in `kinds`). */
export const SECRET_KINDS = [
  "aws_access_key_id",
  "aws_secret_access_key",
  "gcp_service_account",
  "gcp_api_key",
  "azure_storage_key",
  "azure_client_secret",
  "github_token",
  "gitlab_token",
  "slack_token",
  "slack_webhook",
  "stripe_key",
  "openai_api_key",
  "anthropic_api_key",
  "huggingface_token",
  "sendgrid_key",
  "npm_token",
  "private_key",
  "jwt",
  "connection_string",
  "bearer_token",
  "generic_secret",
] as const;
/** One secret kind. */
export type SecretKind = typeof SECRET_KINDS[number];

/** Returns an issue message when `source` is not a valid regex (or is a ReDoS-prone one). */
export function regexSourceProblem(source: string, flags: string): string | undefined {
  try {
    new RegExp(source, flags);
  } catch (e) {
    return `Invalid regex ${JSON.stringify(source)}: ${(e as Error).message}`;
  }
  // A quantified group whose body ends in a quantifier ((a+)+, (\w*)*) backtracks exponentially.
  if (/[+*}]\)[+*{]/.test(source)) {
    return `Regex ${JSON.stringify(source)} has a nested quantifier (catastrophic backtracking)`;
  }
  return undefined;
}

/** Options of the secrets detector. */
export const SecretsOptionsSchema = z.strictObject({
  /** Entropy (bits per char) a generic secret-named value needs; short values need less. */
  min_entropy: z.number().min(0).max(8).default(3),
  /** Regex sources; a found secret whose value matches one is ignored. */
  allow_patterns: z.array(z.string()).default([]).superRefine((list, ctx) => {
    list.forEach((source, i) => {
      const problem = regexSourceProblem(source, "u");
      if (problem) ctx.addIssue({ code: "custom", path: [i], message: problem });
    });
  }),
  /** Only report these kinds (default: all). */
  kinds: z.array(z.enum(SECRET_KINDS)).optional(),
});
/** Parsed secrets options. */
export type SecretsOptions = z.infer<typeof SecretsOptionsSchema>;

/** Shannon entropy of `s` in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const PLACEHOLDER_WORDS =
  /^(?:change_?me|password\d*|passw0rd|secret\d*|token|api_?key|example|sample|placeholder|dummy|test(?:ing)?|redacted|none|null|nil|undefined|true|false|todo|tbd|fixme|default|admin|root|letmein|qwerty|12345\d*|abc123|foobar|foo|bar)$/i;

/** True for documentation / template stand-ins rather than real values. */
export function isPlaceholder(v: string): boolean {
  return PLACEHOLDER_WORDS.test(v) ||
    /^[<[{(].*[>\]})]$/.test(v) || // <token>, [password], {secret}
    /^(?:\$|%|#\{|\{\{)/.test(v) || // ${VAR}, $VAR, %VAR%, #{x}, {{ x }}
    /^(?:x+|\*+|\.+|-+|_+|#+|0+|•+)$/i.test(v) ||
    /^(?:your|my|insert|enter|replace|put|add)[_\-\s]?/i.test(v) ||
    /here$/i.test(v) || /passw(?:or)?d/i.test(v) ||
    /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) && !/\d{4}/.test(v); // ENV_VAR_NAME
}

/** True when a value under a secret-named key looks like a real secret (see module doc). */
export function looksLikeSecret(v: string, minEntropy: number): boolean {
  if (v.length < 8 || v.length > 512 || /\s/.test(v) || isPlaceholder(v)) return false;
  if (/^(?:https?:|data:|file:|\/|\.\.?\/|~\/)/i.test(v) || v.includes("://")) return false;
  if (/\[[^\]]*\w-\w[^\]]*\]/.test(v)) return false; // a regex character class, not a secret
  const hasDigit = /\d/.test(v);
  const hasSpecial = /[^A-Za-z0-9_.\-]/.test(v);
  if (!hasDigit && !hasSpecial) return false; // words, identifiers, kebab/snake/dotted names
  const classes = Number(/[a-z]/.test(v)) + Number(/[A-Z]/.test(v)) + Number(hasDigit) +
    Number(/[^A-Za-z0-9]/.test(v));
  if (classes < 2) return false;
  return shannonEntropy(v) >= Math.min(minEntropy, 0.8 * Math.log2(v.length));
}

interface Hit {
  kind: SecretKind;
  severity: Severity;
  reason: string;
  start: number;
  end: number;
}

/** false rejects the match; a severity overrides the rule's; true/undefined accept it. */
type Check = (value: string) => Severity | boolean | undefined;

interface Rule {
  kind: SecretKind;
  label: string;
  severity: Severity;
  /** Global regex with the `d` flag; the secret is capture group 1 when present, else the match. */
  re: RegExp;
  /** Cheap prefilter: the rule only runs when one of these literals is in the text. */
  hint?: string | readonly string[];
  check?: Check;
  /** Say the first four chars of the value in the reason (fixed public prefixes only). */
  showPrefix?: boolean;
}

const AWS_EXAMPLE_ID = "AKIA" + "IOSFODNN7EXAMPLE";
const AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
const randomish: Check = (v) => shannonEntropy(v) >= 3 && /\d/.test(v) && /[A-Za-z]/.test(v);

function jwtHeaderOk(token: string): boolean {
  try {
    const head = token.slice(0, token.indexOf("."));
    const json = atob(
      head.replaceAll("-", "+").replaceAll("_", "/").padEnd(
        Math.ceil(head.length / 4) * 4,
        "=",
      ),
    );
    const header = JSON.parse(json);
    return typeof header === "object" && header !== null && typeof header.alg === "string";
  } catch {
    return false;
  }
}

const ASSIGN = String.raw`["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["']?`;

const RULES: Rule[] = [
  {
    kind: "gcp_service_account",
    label: "GCP service-account private key",
    severity: "critical",
    hint: "service_account",
    re: /"private_key"\s*:\s*"(-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----(?:\\.|[^"\\]){32,16384})"/dg,
  },
  {
    kind: "aws_access_key_id",
    label: "AWS access key id",
    severity: "high",
    hint: ["AKIA", "ASIA"],
    re: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/dg,
    check: (v) => v === AWS_EXAMPLE_ID ? "low" : undefined,
    showPrefix: true,
  },
  {
    kind: "aws_secret_access_key",
    label: "AWS secret access key",
    severity: "critical",
    hint: ["ecret", "ECRET"],
    re: new RegExp(
      String
        .raw`(?:secret_?access_?key|aws_?secret_?key)${ASSIGN}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
      "dgi",
    ),
    check: (v) => v === AWS_EXAMPLE_SECRET ? "low" : shannonEntropy(v) >= 3.5,
  },
  {
    kind: "gcp_api_key",
    label: "Google API key",
    severity: "high",
    hint: "AIza",
    re: /AIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])/dg,
    showPrefix: true,
  },
  {
    kind: "azure_storage_key",
    label: "Azure storage / service bus key",
    severity: "critical",
    hint: "Key=",
    re: /(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+\/]{30,}={0,2})/dg,
  },
  {
    kind: "azure_client_secret",
    label: "Azure client secret",
    severity: "high",
    hint: "Q~",
    re: /(?<![A-Za-z0-9_~.\-])[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~.\-])/dg,
  },
  {
    kind: "azure_client_secret",
    label: "Azure client secret",
    severity: "high",
    hint: ["zure", "ZURE"],
    re: new RegExp(
      String.raw`azure_?client_?secret${ASSIGN}([A-Za-z0-9_~.\-]{16,64})(?![A-Za-z0-9_~.\-])`,
      "dgi",
    ),
    check: (v) => looksLikeSecret(v, 3),
  },
  {
    kind: "github_token",
    label: "GitHub token",
    severity: "high",
    hint: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
    re:
      /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])|github_pat_[A-Za-z0-9_]{36,244})/dg,
    showPrefix: true,
  },
  {
    kind: "gitlab_token",
    label: "GitLab token",
    severity: "high",
    hint: ["glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "glsoat-", "glft-"],
    re:
      /(?<![A-Za-z0-9_\-])gl(?:pat|dt|rt|ptt|cbt|soat|ft)-[A-Za-z0-9_\-]{20,}(?![A-Za-z0-9_\-])/dg,
    showPrefix: true,
  },
  {
    kind: "slack_token",
    label: "Slack token",
    severity: "high",
    hint: ["xox", "xapp-"],
    re: /(?<![A-Za-z0-9])(?:xox[abposre]-[A-Za-z0-9\-]{10,}|xapp-\d-[A-Za-z0-9\-]{20,})/dg,
    showPrefix: true,
  },
  {
    kind: "slack_webhook",
    label: "Slack webhook URL",
    severity: "high",
    hint: "hooks.slack.com",
    re: /hooks\.slack\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9_\/\-]{20,})/dg,
  },
  {
    kind: "stripe_key",
    label: "Stripe key",
    severity: "critical",
    hint: ["_live_", "_test_", "whsec_"],
    re:
      /(?<![A-Za-z0-9])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}(?![A-Za-z0-9])|whsec_[A-Za-z0-9+\/]{24,}/dg,
    check: (v) => v.includes("_test_") ? "low" : v.startsWith("whsec") ? "high" : undefined,
    showPrefix: true,
  },
  {
    kind: "anthropic_api_key",
    label: "Anthropic API key",
    severity: "critical",
    hint: "sk-ant-",
    re: /(?<![A-Za-z0-9_\-])sk-ant-[A-Za-z0-9_\-]{32,}/dg,
    showPrefix: true,
  },
  {
    kind: "openai_api_key",
    label: "OpenAI-style API key",
    severity: "high",
    hint: "sk-",
    re: /(?<![A-Za-z0-9_\-])sk-(?!ant-)[A-Za-z0-9_\-]{32,}(?![A-Za-z0-9_\-])/dg,
    check: (v) => randomish(v),
    showPrefix: true,
  },
  {
    kind: "huggingface_token",
    label: "Hugging Face token",
    severity: "high",
    hint: "hf_",
    re: /(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{34,}(?![A-Za-z0-9_])/dg,
    check: (v) => randomish(v),
    showPrefix: true,
  },
  {
    kind: "sendgrid_key",
    label: "SendGrid API key",
    severity: "high",
    hint: "SG.",
    re: /(?<![A-Za-z0-9])SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{30,64}/dg,
    showPrefix: true,
  },
  {
    kind: "npm_token",
    label: "npm token",
    severity: "high",
    hint: "npm_",
    re: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/dg,
    showPrefix: true,
  },
  {
    kind: "jwt",
    label: "JSON Web Token",
    severity: "high",
    hint: "eyJ",
    re: /(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*/dg,
    check: (v) => jwtHeaderOk(v),
  },
  {
    kind: "bearer_token",
    label: "Authorization credential",
    severity: "high",
    hint: ["earer", "EARER", "asic ", "ASIC "],
    re: /\b(?:bearer|basic)\s+([A-Za-z0-9\-._~+\/]{12,}=*)(?![A-Za-z0-9\-._~+\/=])/dgi,
    check: (v) => looksLikeSecret(v, 3),
  },
];

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
    if (!SCHEMES.has(text.slice(s, i).toLowerCase())) continue;
    USERINFO.lastIndex = i + 3;
    const m = USERINFO.exec(text);
    if (!m || isPlaceholder(m[1]) || /^(?:pass|pwd|\*+)$/i.test(m[1])) continue;
    const end = USERINFO.lastIndex - 1;
    out.push({
      kind: "connection_string",
      severity: "high",
      reason: `Password in a ${text.slice(s, i).toLowerCase()}:// URL (${m[1].length} chars)`,
      start: end - m[1].length,
      end,
    });
  }
}

/** Key words that make a key secret-named (applied to the whole, lower-cased key). */
const SECRET_KEY =
  /passw(?:or)?d|passphrase|pwd|secret|token|api[_\-]?key|apikey|access[_\-]?key|private[_\-]?key|auth[_\-]?key|signing[_-]?key|encryption[_-]?key|credentials?|(?:^|[_\-.])pass$/;
const NOT_SECRET_KEY =
  /(?:max|min|num|total|input|output|prompt|completion|cached|reasoning)[_\-]?tokens?|tokens$|tokeniz|page[_\-]?token|next[_\-]?token|continuation|sync[_\-]?token|csrf|xsrf|nonce|(?:^|[_\-.])(?:min|max)(?:[_\-.]|$)|(?:file|path|name|hint|policy|reset|env|var|field|length|len|count|size|required|id|ids|ref|arn|version|rotation|manager|store|type|label|prompt|placeholder|strength|hash|expir\w*|enabled|url|uri|endpoint|limit|usage|ttl|budget|estimate|header|param|location|format|mode)$/;
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

function keyedKind(key: string, value: string): SecretKind | undefined {
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
      VALUE.lastIndex = ke;
      const v = VALUE.exec(text);
      if (!v) continue;
      const value = v[1] ?? v[2] ?? v[3] ?? v[4];
      const quoted = v[4] === undefined;
      if (!quoted && /^[(\[]/.test(text[VALUE.lastIndex] ?? "")) continue; // a call or index
      if (!quoted && CODE_PATH.test(value)) continue; // this.#config.token, opts?.secret
      const key = text.slice(ks, ke).toLowerCase();
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

function ruleHits(text: string, found: LiteralHits, out: Hit[]): void {
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r];
    if (!RULE_HINT_IDS[r].some((id) => found[id].length > 0)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const g = m.indices?.[1] ? 1 : 0;
      const [start, end] = m.indices![g]!;
      const value = m[g];
      const verdict = rule.check?.(value);
      if (verdict === false) continue;
      const prefix = rule.showPrefix ? `${value.slice(0, 4)}…, ` : "";
      out.push({
        kind: rule.kind,
        severity: typeof verdict === "string" ? verdict : rule.severity,
        reason: `${rule.label} (${prefix}${value.length} chars)${
          verdict === "low" ? ", a documented example or test key" : ""
        }`,
        start,
        end,
      });
    }
  }
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
  const at = LITERAL_LIST.indexOf(lit);
  return at >= 0 ? at : LITERAL_LIST.push(lit) - 1;
}
/** Per rule: ids of its hint literals (a rule without hints would always run). */
const RULE_HINT_IDS: readonly number[][] = RULES.map((rule) => {
  if (rule.hint === undefined) throw new Error(`Secret rule ${rule.kind} needs a hint`);
  return (typeof rule.hint === "string" ? [rule.hint] : rule.hint).map(literalId);
});
const KEY_ANCHOR_IDS: readonly number[] = KEY_ANCHORS.map(literalId);
const SCHEME_SEP_ID = literalId("://");
const BEGIN_ID = literalId("-----BEGIN ");
const PRIVATE_KEY_ID = literalId("PRIVATE KEY");
const LITERALS = new LiteralSet(LITERAL_LIST);

function scanSecrets(text: string, field: FieldContext, options: SecretsOptions): Finding[] {
  const hits: Hit[] = [];
  const minEntropy = options.min_entropy ?? 3;
  const found = LITERALS.find(text);
  ruleHits(text, found, hits);
  connectionHits(text, found[SCHEME_SEP_ID], hits);
  if (found[PRIVATE_KEY_ID].length > 0) privateKeyHits(text, found[BEGIN_ID], hits);
  genericHits(text, found, minEntropy, hits);
  // A string that is the whole value of a secret-named JSON property (policy engines scan leaves).
  if (field.key && hits.length === 0) {
    const trimmed = text.trim();
    const kind = keyedKind(field.key.toLowerCase(), trimmed);
    if (kind && looksLikeSecret(trimmed, minEntropy)) {
      const start = text.indexOf(trimmed);
      hits.push({
        kind,
        severity: kind === "generic_secret" ? "medium" : "high",
        reason: secretReason(kind, trimmed, field.key.toLowerCase()),
        start,
        end: start + trimmed.length,
      });
    }
  }
  if (hits.length === 0) return [];
  const kinds = options.kinds ? new Set<string>(options.kinds) : undefined;
  const allow = allowRegexes(options.allow_patterns ?? []);
  const accepted: Hit[] = [];
  for (const h of hits) {
    if (kinds && !kinds.has(h.kind)) continue;
    if (accepted.some((a) => h.start < a.end && a.start < h.end)) continue; // earlier rule wins
    const value = text.slice(h.start, h.end);
    if (allow.some((re) => re.test(value))) continue;
    accepted.push(h);
  }
  accepted.sort((a, b) => a.start - b.start);
  return accepted.map((h) => ({ detector: "secrets", ...h }));
}

/** Secrets in any string: provider tokens, keys, passwords, high-entropy secret assignments. */
export const secretsDetector: TextDetector<SecretsOptions> = {
  id: "secrets",
  description:
    "Credentials: cloud keys, API tokens, private keys, JWTs, passwords in URLs and assignments",
  stages: ["input", "output", "definition"],
  redactable: true,
  optionsSchema: SecretsOptionsSchema,
  scan(text: string, field: FieldContext, options: SecretsOptions): Finding[] {
    try {
      return scanSecrets(text, field, options ?? {});
    } catch {
      // Fail closed: a value the detector could not judge is reported, and the policy decides.
      return [scanError("secrets")];
    }
  },
};
