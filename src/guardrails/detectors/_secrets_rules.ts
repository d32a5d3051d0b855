/**
 * The secrets detector's pattern rules: credentials recognisable by their own structure (a
 * provider prefix, length and alphabet, a checksum-like shape) or by the grammar around them
 * (`-u user:pass`, `sig=` in a SAS URL, `"auth"` in a Docker config). Each rule is gated by
 * literals (found for all rules in one pass) or a cheap regex test, so most text never runs it.
 */
import type { Severity } from "../types.ts";
import type { SecretKind } from "./secrets.ts";
import { decodeBase64, looksLikeSecret, randomish, shannonEntropy } from "./_secrets_values.ts";
import { sampleJwt } from "./_secrets_r29.ts";
import { anonRoleJwt } from "./_secrets_r46.ts";
import { CONTEXT_RULES } from "./_secrets_context.ts";
import { GRAMMAR_RULES } from "./_secrets_grammar.ts";
import { R16_RULES } from "./_secrets_r16.ts";
import { KB_RULES } from "./_secrets_kb.ts";

/**
 * Judges a match: false rejects it, a severity overrides the rule's, true/undefined accept it.
 * `text` and `start` (of the secret) allow a look at the surroundings.
 */
export type Check = (value: string, text: string, start: number) => Severity | boolean | undefined;

/** One pattern rule. */
export interface Rule {
  kind: SecretKind;
  label: string;
  severity: Severity;
  /**
   * Global regex with the `d` flag. The secret is the named group `s` when present, else
   * capture group 1 when present, else the whole match.
   */
  re: RegExp;
  /** Cheap prefilter: the rule only runs when one of these literals is in the text. */
  hint?: string | readonly string[];
  /**
   * Prefilter by regex test: alone for rules without a fixed literal, or as a second gate once a
   * hint literal was found.
   */
  gate?: RegExp;
  check?: Check;
  /** Say the first four chars of the value in the reason (fixed public prefixes only). */
  showPrefix?: boolean;
  /** What a user should do about it (revoke where, send what instead), appended to the reason. */
  advice?: string;
}

const AWS_EXAMPLE_ID = "AKIA" + "IOSFODNN7EXAMPLE";
const AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";

/** Letters drawn at random from both cases: high entropy and 30–70% capitals. */
function randomLetters(v: string): boolean {
  if (!/^[A-Za-z]+$/.test(v)) return false;
  const upper = v.replace(/[^A-Z]/g, "").length / v.length;
  return upper >= 0.3 && upper <= 0.7 && shannonEntropy(v) >= 4;
}

function jwtHeaderOk(token: string): boolean {
  try {
    const json = decodeBase64(token.slice(0, token.indexOf(".")));
    if (json === undefined) return false;
    const header = JSON.parse(json);
    return typeof header === "object" && header !== null && typeof header.alg === "string";
  } catch {
    return false;
  }
}

const ASSIGN = String.raw`["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["']?`;

/** A provider token: fixed prefix, so the whole match is the secret and its prefix is public. */
function token(
  label: string,
  hint: string | readonly string[],
  re: RegExp,
  check?: Check,
  kind: SecretKind = "api_token",
): Rule {
  return { kind, label, severity: "high", hint, re, check, showPrefix: true };
}

/** Known cloud / VCS / chat / payment / AI credentials (the original rule set). */
const CORE_RULES: Rule[] = [
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
    hint: [
      "glpat-",
      "gldt-",
      "glrt-",
      "glptt-",
      "glcbt-",
      "glsoat-",
      "glft-",
      "gloas-",
      "glimt-",
      "glagent-",
      "glffct-",
    ],
    // Newer tokens end in a `.01.<base36>` routing suffix, which is part of the secret.
    re:
      /(?<![A-Za-z0-9_\-])gl(?:pat|dt|rt|ptt|cbt|soat|ft|oas|imt|agent|ffct)-[A-Za-z0-9_\-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_\-])/dg,
    showPrefix: true,
  },
  token(
    "GitLab runner registration token",
    "GR1348941",
    /(?<![A-Za-z0-9_\-])GR1348941[A-Za-z0-9_\-]{20,64}(?![A-Za-z0-9_\-])/dg,
    undefined,
    "gitlab_token",
  ),
  {
    kind: "slack_token",
    label: "Slack token",
    severity: "high",
    hint: ["xox", "xapp-"],
    re: /(?<![A-Za-z0-9])(?:xox[abposre]-[A-Za-z0-9\-]{10,}|xapp-\d-[A-Za-z0-9\-]{20,})/dg,
    // Every issued Slack token carries the numeric workspace/user ids (`xoxb-1234…-5678…-…`):
    // a body of letters only is a name written in its place (`xoxb-your-bot-token`, any language).
    check: (v) => /\d/.test(v.slice(5)),
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
    // Current tokens are 34 random letters, usually with no digit: accept mixed case that is
    // random rather than camelCase (random letters are about half capitals, names far fewer).
    check: (v) => randomish(v) || randomLetters(v.slice(3)),
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
    // A tutorial token with placeholder claims is recorded, not blocked (./_secrets_r29.ts).
    // An anonymous-role project key (Supabase `anon`) is public by design (./_secrets_r46.ts).
    check: (v) => jwtHeaderOk(v) && (sampleJwt(v) || anonRoleJwt(v) ? "low" : undefined),
  },
  {
    kind: "bearer_token",
    label: "Authorization credential",
    severity: "high",
    hint: ["Bearer", "bearer", "BEARER", "Basic ", "basic ", "BASIC "], // rare key pairs
    re: /\b(?:bearer|basic)\s+([A-Za-z0-9\-._~+\/]{12,}=*)(?![A-Za-z0-9\-._~+\/=])/dgi,
    check: (v) => looksLikeSecret(v, 3),
  },
];

/** Further providers' documented token formats (prefix + length + alphabet). */
const PROVIDER_RULES: Rule[] = [
  token(
    "DigitalOcean token",
    "_v1_",
    /(?<![A-Za-z0-9_])do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9_])/dg,
  ),
  token("PyPI token", "pypi-AgE", /(?<![A-Za-z0-9_\-])pypi-AgE[A-Za-z0-9_\-]{50,400}/dg),
  token(
    "Docker Hub token",
    "dckr_",
    /(?<![A-Za-z0-9_])dckr_(?:pat|oat)_[A-Za-z0-9_\-]{27,64}(?![A-Za-z0-9_\-])/dg,
  ),
  token(
    // Also inside the Bot API URL path, `https://api.telegram.org/bot<token>/getMe`.
    "Telegram bot token",
    ":AA",
    /(?:(?<=\/bot)|(?<![A-Za-z0-9_:]))\d{8,10}:AA[A-Za-z0-9_\-]{33}(?![A-Za-z0-9_\-])/dg,
  ),
  token(
    "Doppler token",
    ["dp.st.", "dp.sa.", "dp.ct.", "dp.pt.", "dp.scim.", "dp.audit."],
    /(?<![A-Za-z0-9_.])dp\.(?:st|sa|ct|pt|scim|audit)\.(?:[a-z0-9_\-]{1,40}\.)?[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/dg,
  ),
  token("Linear API key", ["_api_", "_oauth_"], /lin_(?:api|oauth)_[A-Za-z0-9]{40,64}/dg),
  token(
    "Tailscale key",
    ["y-auth-", "y-api-", "y-client-", "y-scim-", "y-webhook-"],
    /(?<![A-Za-z0-9_\-])tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,40}-[A-Za-z0-9]{16,80}(?![A-Za-z0-9_\-])/dg,
  ),
  token(
    "HashiCorp Vault token",
    ["hvs.", "hvb.", "hvr."],
    /(?<![A-Za-z0-9_.\-])hv[sbr]\.[A-Za-z0-9_\-]{24,512}(?![A-Za-z0-9_\-])/dg,
    (v) => randomish(v),
  ),
  token("Grafana service-account token", "glsa_", /glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}/dg),
  token(
    "Grafana Cloud token",
    "glc_",
    /(?<![A-Za-z0-9_])glc_[A-Za-z0-9+\/]{32,512}={0,2}/dg,
    (v) => randomish(v),
  ),
  token("Grafana API key", "eyJrIjoi", /eyJrIjoi[A-Za-z0-9+\/_\-]{40,200}={0,2}/dg),
  token("Heroku token", "HRK", /(?<![A-Za-z0-9_\-])HRKU-[A-Za-z0-9_\-]{40,80}/dg),
  token(
    "Mailchimp API key",
    "-us",
    /(?<![A-Za-z0-9])[0-9a-f]{32}-us\d{1,2}(?![A-Za-z0-9])/dg,
    (v) => randomish(v.slice(0, 32)),
  ),
  token("Atlassian API token", "ATATT3", /ATATT3[A-Za-z0-9_\-=]{150,300}/dg),
  token(
    "Bitbucket app password",
    "ATBB",
    /(?<![A-Za-z0-9])ATBB[A-Za-z0-9]{32,64}(?![A-Za-z0-9])/dg,
    (v) => randomish(v),
  ),
  token(
    "Terraform Cloud token",
    "atlasv",
    /(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,100}/dg,
  ),
  token(
    "Shopify token",
    ["shpat", "shpss", "shpca", "shppa"],
    /shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9])/dg,
  ),
  token("Postman API key", "PMAK-", /PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9])/dg),
  token("Groq API key", "gsk_", /(?<![A-Za-z0-9_])gsk_[A-Za-z0-9]{48,56}(?![A-Za-z0-9])/dg),
  token("Replicate token", "r8_", /(?<![A-Za-z0-9_])r8_[A-Za-z0-9]{37}(?![A-Za-z0-9])/dg),
  token("Perplexity API key", "pplx-", /(?<![A-Za-z0-9_])pplx-[A-Za-z0-9]{48}(?![A-Za-z0-9])/dg),
  token("xAI API key", "xai-", /(?<![A-Za-z0-9_\-])xai-[A-Za-z0-9]{70,90}(?![A-Za-z0-9])/dg),
  token("LangSmith key", "lsv2_", /lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}/dg),
  token("Pinecone API key", "pcsk_", /pcsk_[A-Za-z0-9_]{50,90}/dg),
  token("Google OAuth client secret", "GOCSPX-", /GOCSPX-[A-Za-z0-9_\-]{28}/dg),
  token("Google OAuth access token", "ya2", /(?<![A-Za-z0-9])ya29\.[A-Za-z0-9_\-]{50,2048}/dg),
  token("Sentry token", ["sntrys_", "sntryu_"], /sntry[su]_[A-Za-z0-9+\/=_\-]{40,400}/dg),
  token("New Relic key", "NRAK-", /NRAK-[A-Z0-9]{27}(?![A-Za-z0-9])/dg),
  token("Supabase token", "sbp_", /(?<![A-Za-z0-9_])sbp_[a-f0-9]{40}(?![A-Za-z0-9])/dg),
  token("Netlify token", "nfp_", /(?<![A-Za-z0-9_])nfp_[A-Za-z0-9]{36}(?![A-Za-z0-9])/dg),
  token("Pulumi token", "pul-", /(?<![A-Za-z0-9_\-])pul-[a-f0-9]{40}(?![A-Za-z0-9])/dg),
  token("PlanetScale token", "pscal", /pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.\-]{32,64}/dg),
  token("Figma token", "figd", /figd_[A-Za-z0-9_\-]{40,}/dg),
  token("RubyGems key", "rubygems", /rubygems_[a-f0-9]{48}(?![A-Za-z0-9])/dg),
  token("Dynatrace token", "dt0c", /dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}/dg),
  token("Contentful token", "CFPAT-", /CFPAT-[A-Za-z0-9_\-]{43}/dg),
  token("Notion token", "ntn_", /(?<![A-Za-z0-9_])ntn_\d{11}[A-Za-z0-9]{35}(?![A-Za-z0-9])/dg),
  token(
    "Firebase Cloud Messaging key",
    ":APA91b",
    /(?<![A-Za-z0-9_\-])AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{100,160}/dg,
  ),
  token("Square token", ["sq0atp-", "sq0csp-"], /sq0(?:atp|csp)-[A-Za-z0-9_\-]{22,43}/dg),
  token(
    "Square access token",
    "EAAA",
    /(?<![A-Za-z0-9+\/_\-])EAAA[A-Za-z0-9_\-]{60}(?![A-Za-z0-9_\-])/dg,
    (v) => randomish(v),
  ),
  token("Mapbox secret token", "sk.eyJ", /sk\.eyJ[A-Za-z0-9_\-]{40,}\.[A-Za-z0-9_\-]{20,}/dg),
  token("JFrog API key", "AKCp", /(?<![A-Za-z0-9])AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9])/dg),
  token("NuGet API key", "oy2", /(?<![A-Za-z0-9])oy2[a-z0-9]{43}(?![A-Za-z0-9])/dg, randomish),
  token("Buildkite token", "bkua_", /bkua_[a-f0-9]{40}/dg),
  token("Sourcegraph token", "sgp", /sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}/dg),
  token("Prefect API key", "pnu_", /(?<![A-Za-z0-9_])pnu_[A-Za-z0-9]{36}(?![A-Za-z0-9])/dg),
  token(
    "HubSpot private-app token",
    ["pat-na", "pat-eu"],
    /pat-(?:na|eu)1-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/dg,
  ),
  // `FlyV1 fm2_…` macaroons: a deploy token can be under 100 characters (session 30).
  token("Fly.io token", ["fm1_", "fm2_"], /(?<![A-Za-z0-9_])fm[12]_[A-Za-z0-9+\/=,_\-]{60,}/dg),
  token("Clojars token", "CLOJARS_", /CLOJARS_[a-z0-9]{60}/dg),
  {
    kind: "private_key",
    label: "age secret key",
    severity: "critical",
    hint: "AGE-SECRET-KEY-1",
    re: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/dg,
    showPrefix: true,
  },
  {
    // The first part is base64 of the bot's numeric id, so every 4 chars encode 3 ASCII digits.
    kind: "api_token",
    label: "Discord bot token",
    severity: "high",
    // The first two chars of any such id ("MT" for ids from 1e18 on); then the shape of 2 groups.
    hint: ["MT", "Mj", "Mz", "MD", "NT", "Nj", "Nz", "ND", "OT", "Oj", "Oz", "OD"],
    gate: /[MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5]/,
    re:
      /(?<![A-Za-z0-9_\-])(?:[MNO][DTjz][AEIMQUYcgk][w-z0-5]){5,6}[A-Za-z0-9_\-]{0,3}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}(?![A-Za-z0-9_\-])/dg,
  },
];

/** Every pattern rule, earlier rules winning overlaps (specific formats before generic ones). */
export const RULES: readonly Rule[] = [
  ...CORE_RULES,
  ...PROVIDER_RULES,
  ...CONTEXT_RULES,
  ...GRAMMAR_RULES,
  ...R16_RULES,
  ...KB_RULES,
];
