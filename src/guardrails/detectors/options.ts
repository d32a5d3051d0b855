/**
 * The options of every local detector (zod schemas, strict, every field defaulted) and the few
 * values they name, apart from the detectors themselves: config validation (`../policy_check.ts`,
 * run by every CLI command) reads these without loading the rule sets, which costs about a second
 * of start-up. Each detector re-exports its own schema and type.
 */
import { z } from "zod";
import {
  ARGS_BLOCK_LOGIT,
  DEFINITION_BLOCK_LOGIT,
  INJECTION_BLOCK_LOGIT,
} from "./_learned_levels.ts";

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
  "api_token",
  "login_password",
  "signed_url",
  "webhook_url",
] as const;

/** One secret kind. */
export type SecretKind = typeof SECRET_KINDS[number];

/** Every kind this detector reports. */
export const PII_KINDS = [
  "email",
  "phone",
  "credit_card",
  "iban",
  "us_ssn",
  "uk_nino",
  "ipv4",
  "ipv6",
  "mac_address",
  "national_id",
] as const;

/** One PII kind. */
export type PiiKind = typeof PII_KINDS[number];

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

/** True when `src` compiles as a case-insensitive Unicode regex. */
export function validRegex(src: string): boolean {
  try {
    new RegExp(src, "iu");
    return true;
  } catch {
    return false;
  }
}

const RegexSource = z.string().max(2000).refine(validRegex, {
  message: "must be a valid regular expression",
});

/**
 * An `allowed_hosts` entry: a name or IPv4 address (optionally `*.`-prefixed), or an IPv6 address
 * (bare or in brackets). A scheme, path or `:port` would never equal a URL's host, so the entry
 * would silently allow nothing.
 */
const HOST_ENTRY =
  /^(?:\*\.)?[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.?$|^\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.%\w]*\]?$/u;

/** Options of the injection detector. */
export const InjectionOptionsSchema = z.strictObject({
  /** Score at which text is reported as `high` (2× → `critical`); half of it → `low`. */
  threshold: z.number().positive().default(1),
  /** Extra regular expressions (case-insensitive) that each count as a blocking signal. */
  extra_patterns: z.array(RegexSource).default([]),
  /** Regular expressions for text that is known to be fine; matches are blanked before scanning. */
  allow_patterns: z.array(RegexSource).default([]),
  /**
   * Let the learned model (`_injection_model.ts`) supply the missing half for a tool result the
   * grammar found half-suspicious (`learned_injection`).
   */
  learned: z.boolean().default(true),
  /**
   * Logit at which the learned model blocks a tool result on its own, where no grammar rule
   * matched (`learned_injection_alone`); raise it to trust the model less, or set `learned: false`.
   */
  learned_block_logit: z.number().min(1).max(20).default(INJECTION_BLOCK_LOGIT),
});
/** Parsed injection detector options. */
export type InjectionOptions = z.infer<typeof InjectionOptionsSchema>;

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

/** Options of the SSRF detector. */
export const SsrfOptionsSchema = z.object({
  /** Hosts that always pass: exact (`api.example.com`) or subdomain wildcards (`*.example.com`). */
  allowed_hosts: z.array(
    z.string().refine((h) => HOST_ENTRY.test(h.trim()), {
      message:
        'must be a host name, IP address or "*.domain" — not a URL, path or port (write "localhost", not "http://localhost:3000")',
    }),
  ).default([]),
  /** Allow private, loopback, CGNAT and `.internal`-style names (metadata and link-local stay blocked). */
  allow_private: z.boolean().default(false),
  /** Schemes a URL-like argument may use. */
  allowed_schemes: z.array(
    z.string().refine((v) => /^[a-z][a-z0-9+.-]{0,31}$/i.test(v.trim()), {
      message: 'must be a bare scheme name such as "https" or "ftp" (no ":" or "//")',
    }),
  ).default(["http", "https"]),
}).strict();
/** Parsed SSRF options. */
export type SsrfOptions = z.infer<typeof SsrfOptionsSchema>;

/** Options of the keywords detector. */
export const KeywordsOptionsSchema = z.strictObject({
  /** Words or phrases to find. */
  keywords: z.array(z.string().min(1)).default([]),
  /** Regex sources (JavaScript syntax, `u` flag). */
  patterns: z.array(z.string().min(1)).default([]).superRefine((list, ctx) => {
    list.forEach((source, i) => {
      const problem = regexSourceProblem(source, "giu");
      if (problem) ctx.addIssue({ code: "custom", path: [i], message: problem });
    });
  }),
  /** Keywords only match between non-word characters. */
  whole_word: z.boolean().default(true),
  case_sensitive: z.boolean().default(false),
  /** Reason shown for a match (default names the keyword/pattern number, never the text). */
  message: z.string().optional(),
  severity: z.enum(["low", "medium", "high", "critical"]).default("high"),
});
/** Parsed keywords options. */
export type KeywordsOptions = z.infer<typeof KeywordsOptionsSchema>;

/** Options of the PII detector. */
export const PiiOptionsSchema = z.strictObject({
  /** Only report these kinds (default: all). */
  kinds: z.array(z.enum(PII_KINDS)).optional(),
  /** Skip private, loopback, link-local, documentation and other non-public IP addresses. */
  exclude_private_ips: z.boolean().default(true),
});
/** Parsed PII options. */
export type PiiOptions = z.infer<typeof PiiOptionsSchema>;

/** Options. */
export const CodeInjectionOptionsSchema = z.strictObject({
  /** Extra property names treated as code-like (strict) fields. */
  strict_keys: z.array(z.string()).default([]),
  /** Also flag bare arithmetic template probes like `{{7*7}}` (medium in code-like fields). */
  flag_probes: z.boolean().default(true),
  /**
   * Read the whole call with the learned argument model (`_args_model.ts`): a call whose
   * arguments read like the dangerous calls it was trained on, above `learned_block_logit`, is
   * blocked, whether or not a rule matched.
   */
  learned: z.boolean().default(true),
  /** Logit above which the learned argument model blocks a call on its own. */
  learned_block_logit: z.number().min(1).max(20).default(ARGS_BLOCK_LOGIT),
});
/** Parsed options. */
export type CodeInjectionOptions = z.infer<typeof CodeInjectionOptionsSchema>;

/** Options of the unicode detector. */
export const UnicodeOptionsSchema = z.strictObject({
  /** Accept ZWNJ/ZWJ between two letters of a non-Latin script (Persian, Hindi, …). */
  allow_zwnj_in_words: z.boolean().default(true),
  /** Report Latin words spelled with Cyrillic/Greek look-alikes as `high` (else `medium`). */
  block_homoglyphs: z.boolean().default(true),
  /** Do not report ANSI colour/style sequences (`ESC[…m`), e.g. for shell-tool output. */
  allow_ansi_colors: z.boolean().default(false),
});
/** Parsed unicode detector options. */
export type UnicodeOptions = z.infer<typeof UnicodeOptionsSchema>;

/** Options of the command injection detector. */
export const CommandInjectionOptionsSchema = z.object({
  /** Extra argument names treated like command/host/file arguments. */
  strict_keys: z.array(z.string()).default([]),
  /** `auto` decides by argument name; `strict`/`lenient` force one rule set for every field. */
  mode: z.enum(["auto", "strict", "lenient"]).default("auto"),
}).strict();
/** Parsed command injection options. */
export type CommandInjectionOptions = z.infer<typeof CommandInjectionOptionsSchema>;

/** Options of the path traversal detector. */
export const PathTraversalOptionsSchema = z.object({
  /** Directories arguments must stay inside (after resolving `.` and `..`). Empty: no root check. */
  allowed_roots: z.array(z.string()).default([]),
  /** Extra sensitive file names or path suffixes (`secrets.yaml`, `.config/app/token`). */
  sensitive_files: z.array(z.string()).default([]),
  /** Block absolute paths outside every root (default true when roots are set). */
  block_absolute_outside_roots: z.boolean().optional(),
  /**
   * Record (warn), rather than block, a read of a system log, web-server config or host file
   * (`/var/log/nginx/access.log`, `/etc/hosts`; ./_path_public_read.ts) when no allowed_roots are
   * set. Off by default: the public LFI lists use these very files as probes and as log-poisoning
   * targets; turn it on for a server whose read tool is meant to look at the host's logs.
   */
  public_system_reads: z.boolean().optional(),
}).strict();
/** Parsed path traversal options. */
export type PathTraversalOptions = z.infer<typeof PathTraversalOptionsSchema>;

/** Options of the tool-definition detector. */
export const ToolDefinitionOptionsSchema = z.strictObject({
  /** Compare names with other servers' tools. */
  check_shadowing: z.boolean().default(true),
  /** Report names at edit distance 1 from another server's tool (names of 6+ characters). */
  fuzzy_names: z.boolean().default(true),
  /** Report "always use this tool" style preference manipulation. */
  check_preference: z.boolean().default(true),
  /** Report descriptions that talk about other tools. */
  check_cross_references: z.boolean().default(true),
  /**
   * Let the learned definition model (`_definition_model.ts`) block a definition no rule matched
   * (`learned_definition`).
   */
  learned: z.boolean().default(true),
  /**
   * Logit above which the learned model blocks a definition; raise it to trust the model less, or
   * set `learned: false`.
   */
  learned_block_logit: z.number().min(0.5).max(20).default(DEFINITION_BLOCK_LOGIT),
  /** Options passed to the injection detector for each string. */
  injection: InjectionOptionsSchema.default(InjectionOptionsSchema.parse({})),
  /** Options passed to the unicode detector for each string. */
  unicode: UnicodeOptionsSchema.default(UnicodeOptionsSchema.parse({})),
});
/** Parsed tool-definition detector options. */
export type ToolDefinitionOptions = z.infer<typeof ToolDefinitionOptionsSchema>;
